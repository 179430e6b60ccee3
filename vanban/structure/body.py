"""Addressees, preamble, the body's tree of numbered parts, tables and appendices.

The tree follows the labels Vietnamese directives use, by rank: Phần/Chương,
Mục, I., Điều, 1., 1.1., 1.1.1., a), -, +. Unlabelled lines continue the
part above them (paragraphs of an item, hard-wrapped lines). Table cells
(lines with table geometry) are not body lines: they are read as tables.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from vanban.models import Part, Table, TableCell
from vanban.structure import break_words as W
from vanban.structure import vocab as V
from vanban.structure.attached import attached_title
from vanban.structure.captions import caption_above, is_caption
from vanban.structure.continued import join_continued
from vanban.structure.header import kinh_gui_item_above
from vanban.structure.header_rows import headed
from vanban.structure.lines import Line, upper_ratio
from vanban.structure.period_rows import carried_month_cells
from vanban.text import CAPITAL, ROMAN_NUMERALS, colon_outside_brackets, fold


def label_of(ln: Line, prev: Line | None = None, nxt: Line | None = None) -> tuple[str, int] | None:
    """(label, rank) of a line that opens a numbered or bulleted part.

    A dash before a lower-case word right under an unfinished line is a hard-wrapped
    hyphen ("kinh tế" / "- xã hội"), not a list item."""
    t = ln.text.lstrip("*")
    if stray := V.STRAY_DASH_ARTICLE_RE.match(t):
        t = t[stray.end():]  # "- Điều 8. Hiệu lực thi hành": an article heading all the same
    if t.strip(" *") in ("-", "–") and nxt is not None and not nxt.blank and nxt.text.lstrip("*")[:1].isupper() \
            and (prev is None or prev.blank or prev.text.rstrip(" *").endswith((".", ";", ":"))):
        # "-" alone, its text on the next line (a web page's list copied as text): a bullet,
        # not a hyphen of a wrapped "kinh tế -" / "xã hội"
        return t.strip(" *"), 8
    for rx, rank in V.LABELS:
        m = rx.match(t)
        if m:
            rest = t[m.end():].lstrip()
            if rank == 8 and not rest:
                return None
            if m.group().rstrip(" *").endswith(")") and "(" not in m.group() and prev is not None and not prev.blank \
                    and prev.text.count("(") > prev.text.count(")"):
                return None  # "… Định kỳ hằng năm (trước ngày 30 tháng" / "11) báo cáo …" (597/KH-UBND as a text PDF):
                #               the bracket the line above opened closes, no "11)" item
            if (rank == 8 and rest[:1].islower() and prev is not None and not prev.blank
                    and not prev.text.rstrip(" *").endswith((".", ";", ":", ","))):
                return None
            if (rank == 8 and prev is not None and not prev.blank and len(prev.text) >= 50
                    and prev.text.rstrip(" *")[-1:].isalpha() and prev.text.rstrip(" *").split()[-1][:1].isupper()
                    and upper_ratio(prev.text) < 0.5 and not label_of(prev) and not V.BULLET_TASK_RE.match(fold(rest))):
                return None  # "… cao tốc Ninh Bình" / "- Hải Phòng, đoạn qua …": a name "A - B" wrapped
            if rank == 3 and ((rest[:1] and rest[:1] in ";,)") or (prev is not None and not prev.blank and V.CITING_END_RE.search(prev.view))):
                return None  # "… khoản 3" / "Điều 6; khoản 5 Điều 9; …" (2623-QD-TTg): an article cited in a list
            if rank == 3 and not m.group().rstrip().endswith((".", ":")) and V.CITED_ARTICLE_RE.match(fold(rest)):
                return None  # "Điều 47 Nghị định số 77/2025/NĐ-CP" wrapped into a title: a cited article
            if rank == 4 and m.group().endswith(",") and prev is not None and not prev.blank \
                    and not prev.text.rstrip(" *").endswith((".", ";", ":")):
                return None  # "5, Sở …" under an unfinished line: a list wrapped, not a label read with a comma
            if rx is V.PARTY_ITEM_RE and prev is not None and not prev.blank \
                    and not prev.text.rstrip(" *").endswith((".", ";", ":")):
                return None  # "… từ ngày 20" / "1- Sở …" under an unfinished line: wrapped text, no Party item
            if rx is V.TONED_LABEL_RE and not rest[:1].isupper():
                return None  # a toned letter opens a label's text only before a capital ("á) Tổ chức …")
            if rank == 4 and not rest:
                return (m.group().strip(), rank) if len(t) <= 4 else None
            if rank == 2 and not rest:
                return (m.group().strip(), rank) if len(t) <= 6 else None  # "III." alone, its heading below
            if rank == 2 and not (rest[:1].isupper() or rest[:1].isdigit()):
                return None
            if rx is V.BARE_NUMERAL_RE and (upper_ratio(rest) < 0.8 or len(rest.split()) < 2
                                            or not (prev is None or prev.blank)):
                return None  # "II QUY TRÌNH …" after a blank line only; "I Love …", a wrapped line's "V …" are none
            if rank == 2 and "H" in m.group() and (upper_ratio(rest) < 0.8 or len(rest.split()) < 2):
                return None  # "H. Ba Vì" (huyện): a numeral read with H heads an upper-case heading only
            return m.group().strip(), rank
    return None


def _generated_label(label: str, level: int) -> tuple[str, int]:
    """(label, rank) of a number Word generates ("2.", "a)"), ranked like a printed one."""
    probe = Line(0, 0, len(label) + 2, label + " X", label.lower() + " x", 0, None)
    lab = label_of(probe)
    return (label, lab[1]) if lab else (label, 4 + max(0, level))


#: a scan's speck read before an item's mark (".- Trưởng các khu phố;", "'- Như trên;", "~- Bộ Nội vụ")
_SPECK_BEFORE_MARK = re.compile(r"^[.,'`~_·]{1,2}(?=[-–+•])")
_GUI_RE = re.compile(r"^\W*g[uw][il1]\s*:")  # the second half of a wrapped "Kính / gửi:"


def addressees(lines: list[Line], lo: int, hi: int) -> tuple[list[Part], int]:
    """Kính gửi items from the first lines after the title; index after them."""
    for i in range(lo, min(hi, lo + 12)):
        ln = lines[i]
        seg = next((sg for sg in ln.segs if V.KINH_GUI_RE.match(sg.view) or V.INVITEES_RE.match(sg.view)), None)
        m = (V.KINH_GUI_RE.match(seg.view) or V.INVITEES_RE.match(seg.view)) if seg is not None else None
        if seg is None and ln.view.strip(" *") in ("kinh", "k1nh") and i + 1 < hi and lines[i + 1].segs:
            # "**Kính" / "gửi:** Công ty …": the label wrapped by the page (Cục Hải quan letters)
            seg = lines[i + 1].segs[0]
            m = _GUI_RE.match(seg.view)
            if m is None:
                continue
            i += 1
        if seg is None:
            continue
        items: list[list[tuple[int, int, str]]] = []
        # the list's first item(s) read above the label (a text PDF of the label-and-list table, see
        # kinh_gui_item_above): theirs, in print order
        items += [[(lines[k].start, lines[k].end, lines[k].text)] for k in range(max(0, i - 3), i)
                  if not lines[k].blank and kinh_gui_item_above(lines, k)]
        rest = seg.text[m.end():].strip(" :*")
        below = lines[i + 1].text.strip() if i + 1 < hi else ""
        opener = V.BODY_OPENER_RE.search(rest + " " + below)  # "… trung ương Triển" / "khai việc …"
        if opener and opener.start() < len(rest) and len(rest[:opener.start()].split()) >= 2:
            # the body's first words read onto the addressee's line (a scan): the addressee ends, the body begins
            off = seg.text.find(rest, m.end())
            return [Part("addressee", seg.start + off, seg.start + off + opener.start())], i
        if rest:
            off = seg.text.find(rest, m.end())
            items.append([(seg.start + off, seg.start + off + len(rest), rest)])
        j = i + 1
        while j < hi:
            nl = lines[j]
            if nl.blank:
                if items and not _list_goes_on(items[-1][-1][2], lines, j + 1, hi):
                    break
                j += 1
                continue
            t = _SPECK_BEFORE_MARK.sub("", nl.text)  # ".- Trưởng các khu phố;": a scan's speck before the item's dash
            at = nl.start + len(nl.text) - len(t)
            if nl.cell is not None and V.PLACE_DATE_RE.match(nl.view.lstrip(" *")):
                j += 1  # the header's place-date cell beside "Kính gửi:" (a scan's two columns): no addressee
                continue
            if not items and V.MOTTO_RE.match(nl.view.strip(" *")) and not V.MOTTO_RE.sub("", nl.view).strip(" -–—,.*_"):
                j += 1  # "Kính gửi:" / "CỘNG HÒA XÃ HỘI …" / "Độc lập - …": the header's right column read after it (5487/CT-CS scanned)
                continue
            if items and (past := _note_then_item(lines, j, hi)):
                j = past  # "- Công ty …;" / "(Địa chỉ: …)" / "- Thuế tỉnh Phú Thọ.": the note is no addressee
                continue
            if t[:1] in "-–+•" and items and items[-1][-1][2].rstrip().endswith(",") \
                    and ":" in " ".join(x[2] for x in items[-1]):
                # a list of names under way: "… các tỉnh: Gia Lai," / "- Đắk Lắk và Khánh Hòa;" is one addressee
                # ("- Ủy ban nhân dân tỉnh," / "- Các chi bộ, …" are two)
                items[-1].append((at, nl.end, t))
            elif t[:1] in "-–+•":
                items.append([(at, nl.end, t)])
            elif items and (opener := V.BODY_OPENER_RE.search(t)) and len(t[:opener.start()].split()) >= 1 \
                    and _open_name(items[-1]):
                # the wrapped addressee's rest, then the body's first sentence on the same line ("… cơ quan thuộc" /
                # "Chính phủ Xét báo cáo của …", a scan of a letter whose addressee ran on into its body)
                items[-1].append((at, at + opener.start(), t[:opener.start()]))
                return [Part("addressee", it[0][0], it[-1][1]) for it in items], j
            elif items and (t[:1].islower() or nl.indent > 10 or (nl.cell is not None and nl.cell == lines[j - 1].cell)
                            or items[-1][-1][2].rstrip().endswith((",", ":"))
                            or t.rstrip().endswith((";", ".", ",")) or _wrapped(items[-1]) or _open_name(items[-1])) \
                    and (not items[-1][-1][2].rstrip().endswith((";", ".", ":")) or _names_after_colon(items[-1], t)) \
                    and not V.BASIS_RE.match(nl.view) and len(t) < 100:
                # a wrapped addressee goes on: "- Các Bộ: Quốc phòng, …, Xây dựng, Công" / "Thương, …, Tài chính;"
                items[-1].append((at, nl.end, t))
            elif not items and len(t) < 120:
                items.append([(at, nl.end, t)])
            else:
                break
            j += 1
        return [Part("addressee", it[0][0], it[-1][1]) for it in items], j
    return [], lo


def _note_then_item(lines: list[Line], j: int, hi: int) -> int | None:
    """Index of the next "- …" addressee when line ``j`` opens a note in brackets under the addressee above it and that
    item follows the note: "- Công ty cổ phần siêu thị Sài Gòn;" / "(Địa chỉ: Trung tâm Thương mại Hà Tiên, …)" /
    "- Thuế tỉnh Phú Thọ." (5608/CT-CS). The note (an address, "Đ/c: …", a tax code, as 37413/CHQ-NVTHQ, 37951/CHQ-GSQL
    and 5331/CT-CS print under their one addressee) names no addressee of its own: the labels keep the addressee's
    name alone; the list goes on. A note with no item after it ends the list, as before (the body follows)."""
    if not lines[j].text.lstrip(" *_").startswith("("):
        return None
    k = j
    while k < min(hi, j + 4) and ")" not in lines[k].text:
        k += 1
    if k >= min(hi, j + 4):
        return None
    nxt = next((n for n in range(k + 1, min(hi, k + 3)) if not lines[n].blank), None)
    if nxt is None or _SPECK_BEFORE_MARK.sub("", lines[nxt].text)[:1] not in "-–+•":
        return None
    return nxt


def _wrapped(item: list[tuple[int, int, str]]) -> bool:
    """A "- …" addressee line cut by the page's width ("- Bí thư …: Gia Lai, - Đăk Lắk và Khánh" /
    "Hòa; …"): long, and no punctuation closes it (a "Kính gửi: X" line without one is no list item)."""
    t = item[-1][2].rstrip(" *")
    return item[0][2][:1] in "-–+•" and len(t) >= 60 and t[-1:].isalpha()


#: an addressee's last word that waits for its object: a bare "thuộc" ("… cơ quan thuộc" / "Chính phủ"; "trực thuộc"
#: ends a name: "các đơn vị trực thuộc") or an administrative unit before its proper name ("… Ủy ban nhân dân tỉnh" /
#: "Đồng Nai"); folded. With :data:`vocab.WRAPPED_END_RE` (a preposition, "của", "và", "các").
_OPEN_NAME_END = re.compile(r"(?:^|\s)(?:(?<!truc )thuoc|tinh|thanh pho|huyen|quan|xa|phuong)$")


def _open_name(item: list[tuple[int, int, str]]) -> bool:
    """An addressee cut by the page's width in the middle of its name ("Kính gửi: Bộ trưởng, Thủ trưởng các cơ quan
    ngang Bộ, cơ quan thuộc" / "Chính phủ"): its last word waits for the rest, which the next line holds."""
    v = fold(item[-1][2]).rstrip(" *_")
    return bool(v) and v[-1:].isalpha() and bool(V.WRAPPED_END_RE.search(v) or _OPEN_NAME_END.search(v))


def _names_after_colon(item: list[tuple[int, int, str]], t: str) -> bool:
    """``t`` is the list of names that the item's closing colon announces ("- Bộ trưởng" /
    "các Bộ:" / "Quốc phòng, Công an, Tài chính,"), not a paragraph: a short line of names."""
    return (item[-1][2].rstrip(" *").endswith(":") and not item[-1][2].lstrip().startswith(("Kính", "KÍNH"))
            and t[:1].isupper() and ("," in t or len(t.split()) <= 6))


def _list_goes_on(last: str, lines: list[Line], j: int, hi: int) -> bool:
    """After a blank line, the addressee list goes on (OCR puts blank lines between and inside
    items): the next line is one more "- …" item after an item closed by ";" or ",", or the rest
    of an item left open ("- Bí thư …, Chủ tịch Ủy ban nhân dân các" / "" / "tỉnh: Gia Lai,")."""
    nxt = next((ln for ln in lines[j:min(hi, j + 5)] if not ln.blank), None)
    if nxt is None:
        return False
    last = last.rstrip(" *")
    if V.BASIS_RE.match(nxt.view):
        return False
    if _SPECK_BEFORE_MARK.sub("", nxt.text)[:1] in "-–+•":
        return True  # ("~- Đảng ủy các cơ quan Đảng tỉnh;": a scan's speck before the dash, t20-04 scanned)
    # "- Bộ trưởng" / "các Bộ:" / "" / "Quốc phòng, Công an, …": the names a colon announces;
    # "gửi: Công ty TNHH" / "" / "Tokokosen." (39365/CHQ-GSQL, legacy OCR): an open name closed by a short line
    nt = nxt.text.strip(" *")
    return last.endswith(":") or (not last.endswith((";", ".", ",")) and (
        nt[:1].islower() or (nt.endswith((".", ";")) and len(nt.split()) <= 6)))


def _basis_lead(lines: list[Line], i: int, hi: int) -> bool:
    """Line ``i`` opens a Căn cứ / Thực hiện / Theo đề nghị paragraph (``vocab.BASIS_RE``), its capital first. A text
    copied from a web page or a PDF breaks the lead itself over the line ("Căn" / "cứ Luật Hải quan ngày 23/6/2014;",
    39305/TB-CHQ pasted as text; "Thực" / "hiện Kế hoạch số …", "Theo đề" / "nghị của …"): a line of one or two words
    that the next line's first words complete to a lead is one too."""
    ln = lines[i]
    if not ln.text.lstrip("-+• ")[:1].isupper():
        return False
    if V.BASIS_RE.match(ln.view):
        return True
    if len(ln.view.split()) > 2 or i + 1 >= hi or lines[i + 1].blank or not lines[i + 1].text[:1].islower():
        return False
    return bool(V.BASIS_RE.match(ln.view.rstrip() + " " + lines[i + 1].view.lstrip()))


def _paragraph_starts(lines: list[Line], lo: int, hi: int) -> list[int]:
    starts = []
    prev: Line | None = None
    for ln in lines[lo:hi]:
        if ln.blank:
            prev = None
            continue
        if prev is None or _basis_lead(lines, ln.index, hi) or label_of(ln) or (
                prev.text.rstrip().endswith((".", ";", ":")) and ln.text[:1].isupper()):
            starts.append(ln.index)
        prev = ln
    return starts


def preamble(lines: list[Line], lo: int, hi: int) -> tuple[list[Part], int]:
    """Căn cứ / Thực hiện / Theo đề nghị paragraphs; index of the first body line."""
    first_label = hi
    for ln in lines[lo:hi]:
        if ln.blank or ln.cell is not None:
            continue
        lab = label_of(ln)
        if (lab and lab[1] <= 4) or V.ENACT_RE.match(ln.view):
            first_label = ln.index
            break
    starts = _paragraph_starts(lines, lo, first_label)
    parts: list[Part] = []
    end_idx = lo
    for k, s in enumerate(starts):
        e = (starts[k + 1] if k + 1 < len(starts) else first_label)
        last = max((x for x in lines[s:e] if not x.blank), key=lambda x: x.index, default=lines[s])
        if _basis_lead(lines, s, e):
            comma = main_clause(lines, s, e)
            if comma is not None:  # "Thực hiện <văn bản>, Sở … đề nghị …": the body opens in this paragraph
                parts.append(Part("basis", lines[s].start, comma))
                return parts, s
            parts.append(Part("basis", lines[s].start, last.end))
            end_idx = e
        elif first_label < hi or (not parts and upper_ratio(lines[s].text) > 0.8):
            continue  # the rest of a preamble before the first numbered part ("… như sau:")
        else:
            break
    if first_label < hi:
        end_idx = first_label
    return parts, end_idx


def main_clause(lines: list[Line], s: int, e: int) -> int | None:
    """Offset of the comma after which the basis paragraph of lines ``s``…``e`` goes on with its own main clause
    (:data:`V.MAIN_CLAUSE_RE`: "Thực hiện Công văn số 456/BNV-CCVC … của Bộ Nội vụ, Sở Nội vụ đề nghị các cơ quan,
    đơn vị gửi báo cáo … trước ngày 20/02/2026."), or None: a căn cứ alone ("Căn cứ Luật …;", "Xét Tờ trình … tại
    các Hội do Đảng, Nhà nước giao nhiệm vụ …;": a list's item ends with ";", 72/2025/NQ-HĐND), or one that
    announces what follows ("…, Sở Nội vụ đề nghị các đơn vị thực hiện một số nội dung sau:" closes the preamble).
    The clause's subject opens with a capital ("Sở Nội vụ"), with "các" ("các chi bộ báo cáo …") or is left out
    ("…, đề nghị các đơn vị …")."""
    got = [x for x in lines[s:e] if not x.blank]
    if not got or not got[-1].text.rstrip(" *").endswith("."):
        return None  # a căn cứ of a list ends with ";", one that announces its items with ":"
    view = " ".join(x.view for x in got)
    text = " ".join(x.text for x in got)
    m = V.MAIN_CLAUSE_RE.search(view)
    if m is None:
        return None
    first = text[m.start("clause")]
    if not (first.isupper() or m.group("clause").startswith(("cac ", "de nghi", "yeu cau", "giao "))):
        return None
    at = m.start()  # the comma, in the joined text: back to the document's offsets
    for x in got:
        if at <= len(x.text):
            return x.start + at
        at -= len(x.text) + 1
    return None


@dataclass
class _Node:
    kind: str
    start: int
    end: int
    label: str | None
    rank: float  # a label's rank (V.LABELS); _ROMAN_IN_ARTICLE between two
    label_end: int = 0
    children: list["_Node"] = field(default_factory=list)
    last: str = ""  # the last line of its text so far
    first_line: str = ""
    first_alone: bool = False  # its first line stands alone (bold, or what follows opens a new line of thought)
    lines: int = 1
    bold_head: int = 0  # how many leading lines are bold


def _after_table(stack: list[_Node], roots: list[_Node], ln: Line) -> bool:
    """The prose line after a table in the body opens a paragraph of its own: the lead-in over the table ("2. Các
    nhiệm vụ cụ thể được giao như bảng sau:") ended where the table began, so the sentence after the table ("Sở Y tế
    sẽ tổng hợp, báo cáo UBND tỉnh trước ngày 20/12/2026.") is no wrap of it. The lead-in, with nothing under it,
    closes; the paragraph goes under the part still open (a sibling of that part's items) or stands at the root.
    False (the line is left to the usual reading) when it carries a label: it opens an item anyway."""
    if label_of(ln) is not None or (ln.geo is not None and ln.geo.label):
        return False
    while stack and (not stack[-1].children or stack[-1].kind == "paragraph"):
        stack.pop()
    node = _Node("paragraph", ln.start, ln.end, None, 10, ln.start, last=ln.text)
    (stack[-1].children if stack else roots).append(node)
    stack.append(node)
    return True


def _closed(n: _Node, ln: Line | None = None) -> bool:
    """A list item whose sentence is over: prose after a blank line is not its — unless that prose
    states the item's time limit ("1. Sở … chủ trì …: … theo quy định." / "Thời hạn chậm nhất 05 ngày
    làm việc …", 1489/QĐ-UBND) or goes on with its task, the subject left out ("3. Giao Ban … tới." /
    "Định kỳ tham mưu việc đánh giá …", 13-KH/ĐU): one item, with or without the blank line."""
    return (n.kind == "item" and n.rank >= 4 and n.last.rstrip(" *").endswith((".", ";")) and not n.children
            and not (ln is not None and (V.DUE_PARAGRAPH_RE.match(ln.view) or _goes_on_task(ln))))


def _addressed_paragraph(lines: list[Line], ln: Line, top: _Node) -> bool:
    """``ln`` opens a paragraph that charges a body of its own after an item whose sentence is over, with no blank line
    between them (a page's lines kept as they wrap, a Markdown or HTML copy): "3. Bộ trưởng các Bộ … chỉ đạo … ."
    / "Văn phòng Chính phủ theo dõi, đôn đốc …", a Công điện's closing words to another body, or "(3) Tổng kinh phí
    … ." / "Ủy ban nhân dân các tỉnh … khẩn trương gửi báo cáo …" after a list of what to report. Its own paragraph,
    not the item's text (the session-43 newcomer found such a closing cited as item 3 and as sub-item "(3)"): a
    sentence closed by its stop, then a capital (:func:`_starts_paragraph`), a body's head or an office's title
    opening the line (:data:`V.ADDRESSED_HEAD_RE`) and a verb or word of duty in its first two lines
    (:data:`V.DUTY_VERB_RE`). The outline puts it back in the item before it when the numbering goes on after it
    (:func:`vanban.outline.continued`)."""
    if not (_closed(top, ln) and _starts_paragraph(lines, ln)) or not top.first_line.strip(" *_.:"):
        return False  # (a label alone on its line, "1.1.", ends with its dot, no sentence: its heading follows)
    m = V.ADDRESSED_HEAD_RE.match(ln.view.lstrip(" *"))
    if m is None:
        return False
    window = ln.view.lstrip(" *")[m.end():]
    nxt = lines[ln.index + 1] if ln.index + 1 < len(lines) else None
    if nxt is not None and not nxt.blank and nxt.cell is None and not _labelled(nxt):
        window += " " + nxt.view
    return V.DUTY_VERB_RE.search(window) is not None


def _goes_on_task(ln: Line) -> bool:
    """``ln`` opens a paragraph of recurring duty with no subject of its own ("Định kỳ tham mưu …",
    "Hằng quý, báo cáo …"): a word of recurrence, then a lower-case verb (:data:`V.RECURRING_DUTY_RE`)."""
    m = V.RECURRING_DUTY_RE.match(ln.view)
    return bool(m) and ln.text[m.start("word"):m.end("word")].islower()


def tree(lines: list[Line], lo: int, hi: int, text: str) -> list[Part]:
    """The body's parts between line ``lo`` and ``hi`` as a tree."""
    roots: list[_Node] = []
    stack: list[_Node] = []
    after_blank = False
    after_table = False  # a table's lines were just passed: the prose after it is no wrap of the lead-in
    articles = _article_lines(lines, lo, hi)
    for ln in lines[lo:hi]:
        if ln.blank or ln.cell is not None:
            after_blank = after_blank or ln.blank
            after_table = after_table or (ln.cell is not None and bool(stack or roots))
            continue
        if is_caption(lines, ln.index, _labelled(ln)):
            continue  # "Bảng phân công nhiệm vụ:" over a table: the table's, not the item's above (.captions)
        if after_table:
            after_table = False
            if _after_table(stack, roots, ln):
                after_blank = False
                continue
        lab = label_of(ln, lines[ln.index - 1] if ln.index else None,
                       lines[ln.index + 1] if ln.index + 1 < len(lines) else None)
        label_end = ln.start + ln.text.find(lab[0]) + len(lab[0]) if lab else ln.start
        if lab is None and ln.geo is not None and ln.geo.label:
            lab = _generated_label(ln.geo.label, ln.geo.level)  # Word numbering: the number is not in the text
        if lab is None and after_blank:
            lab = _damaged_number_label(ln, stack)
            if lab:
                label_end = ln.start + len(ln.text) - len(ln.text.lstrip("* ")) + 2
        if lab:
            node = _Node("item", ln.start, ln.end, lab[0], lab[1], label_end,
                         last=ln.text, first_line=ln.text[len(lab[0]) + _stray_mark(ln.text):].strip(),
                         first_alone=bool(ln.geo and ln.geo.bold), bold_head=int(bool(ln.geo and ln.geo.bold)))
            if node.rank == 2 and _inside_article(stack, articles, ln.index):
                node.rank = _ROMAN_IN_ARTICLE
            while stack and stack[-1].rank >= node.rank:
                stack.pop()
            (stack[-1].children if stack else roots).append(node)
            stack.append(node)
            after_blank = False
            continue
        if not after_blank and stack and V.CLOSING_LINE_RE.match(ln.view) \
                and stack[-1].last.rstrip(" *_").endswith((".", ";", ":")):
            after_blank = True  # "- Đề xuất … trên địa bàn Tỉnh." / "Trên đây là Kế hoạch …": as after a blank line
        if after_blank:
            while stack and (_closed(stack[-1], ln) or (stack[-1].kind == "paragraph")):
                stack.pop()
            if stack and stack[-1].children:
                node = _Node("paragraph", ln.start, ln.end, None, 10, ln.start, last=ln.text)
                stack[-1].children.append(node)
                stack.append(node)
                after_blank = False
                continue
        if not after_blank and stack and _addressed_paragraph(lines, ln, stack[-1]):
            while stack and (_closed(stack[-1], ln) or stack[-1].kind == "paragraph"):
                stack.pop()
            node = _Node("paragraph", ln.start, ln.end, None, 10, ln.start, last=ln.text)
            (stack[-1].children if stack else roots).append(node)
            stack.append(node)
            continue
        if stack:
            top = stack[-1]
            if (top.kind == "item" and top.bold_head and top.lines == top.bold_head and not after_blank
                    and ln.geo is not None and ln.geo.bold):
                top.first_line += " " + ln.text  # a bold heading broken over lines
                top.bold_head += 1
            elif top.lines == 1 and top.kind == "item" and (after_blank or ln.text[:1].isupper()) \
                    and (after_blank or not (_name_runs_over(top.first_line, ln.text)
                                             or _bracket_left_open(top.first_line)
                                             or _clause_runs_over(top.first_line))):
                top.first_alone = True
            elif top.lines == 2 and top.kind == "item" and after_blank and not top.first_alone \
                    and _wrapped_title(top.first_line, top.last):
                top.first_line += " " + top.last.strip()  # "3. Các trường …, Trung tâm … - Giáo dục" / "thường xuyên"
                top.first_alone = True
            top.lines += 1
            for n in stack:
                n.end = max(n.end, ln.end)
            top.last = ln.text
        after_blank = False
        if stack:
            pass
        else:
            if roots and roots[-1].kind == "paragraph" and not _starts_paragraph(lines, ln):
                roots[-1].end = ln.end
            else:
                roots.append(_Node("paragraph", ln.start, ln.end, None, 10, ln.start))
    for n in _walk(roots):
        for c in n.children:
            n.end = max(n.end, c.end)
    _mend_numbering(roots)
    for n in _walk(roots):
        _mend_numbering(n.children)
    return [_freeze(n, text) for n in roots]


_ROMAN_IN_ARTICLE = 3.5  # a Roman part inside an article: below its Điều, above the article's "1." items


def _labelled(ln: Line) -> bool:
    """``ln`` opens a numbered or bulleted part, its label printed or generated by Word."""
    return label_of(ln) is not None or bool(ln.geo is not None and ln.geo.label)


def _article_lines(lines: list[Line], lo: int, hi: int) -> list[int]:
    """Indices of the lines between ``lo`` and ``hi`` that open an article ("Điều 2. Tổ chức thực hiện")."""
    out = []
    for ln in lines[lo:hi]:
        if not ln.blank and ln.cell is None and ln.text.lstrip("* -–")[:1] in "ĐDPBđ":
            lab = label_of(ln, lines[ln.index - 1] if ln.index else None)
            if lab and lab[1] == 3:
                out.append(ln.index)
    return out


def _inside_article(stack: list[_Node], articles: list[int], at: int) -> bool:
    """A Roman part ("I. Chỉ tiêu kinh tế", "II. NHIỆM VỤ") opens inside an article: an article ("Điều 1. Nhiệm vụ phát
    triển kinh tế - xã hội …") is open, no Roman part above it groups the articles, and another article follows
    ("Điều 2. Tổ chức thực hiện"). A Nghị quyết's Điều 1 sets out its targets and tasks in Roman parts (or a table's
    group rows, "I. Chỉ tiêu kinh tế", lost as prose), then Điều 2 assigns them: the parts are the article's, and the
    next Điều closes them, never nested under the last part (a24-09: Điều 2's three bodies were read under "III. Chỉ tiêu
    môi trường" and lost)."""
    return any(n.rank == 3 for n in stack) and not any(n.rank <= 2 for n in stack) \
        and any(a > at for a in articles)


# a numbered heading's digit OCR read as a letter, its dot kept, before a capital ("o. Công an tỉnh" for "5. Công an
# tỉnh", t24-03 and t22-07 scanned); the letters of a lettered list (a, b, c, d, đ, e, g, h) are labels of their own
_DAMAGED_DIGIT_LABEL = re.compile(rf"^[*\s]*([i-zI-Z])\.\s+(?=[{CAPITAL}])")
_HEADING_WORDS = 12  # a body's heading is short: its name, no sentence


def _damaged_number_label(ln: Line, stack: list[_Node]) -> tuple[str, int] | None:
    """("N+1.", rank) for a line after a blank one whose label OCR damaged into a letter with its dot ("o. Văn phòng
    Đảng ủy", "4. Các chi bộ trực thuộc" above it): a short heading that opens with a capital and ends without a stop,
    where a numbered item "N." is open — the next of its siblings. Read as no label, the heading and its duties went
    into the item above and were charged to the body before (the office lost its task)."""
    m = _DAMAGED_DIGIT_LABEL.match(ln.text)
    if not m:
        return None
    rest = ln.text[m.end():].strip(" *")
    if len(rest.split()) > _HEADING_WORDS or rest.endswith((".", ";", ",")):
        return None
    item = next((n for n in reversed(stack) if n.kind == "item" and n.rank == 4), None)
    val = _label_value(item.label) if item is not None else None
    if val is None or val[1] or val[2] != ".":
        return None
    return f"{val[0] + 1}.", 4


_ROMAN = ("", *ROMAN_NUMERALS)  # a numeral's value is its index
_NUMBER_LABEL_RE = re.compile(r"^(?P<n>[IVX]{1,4}|\d{1,2})(?P<rest>\W*)$")


def _label_value(label: str | None) -> tuple[int, bool, str] | None:
    """(value, roman, what follows the number) of a label "III." / "2." / "II-"; else None."""
    m = _NUMBER_LABEL_RE.match(label or "")
    if not m:
        return None
    n = m.group("n")
    if n.isdigit():
        return int(n), False, m.group("rest")
    return (_ROMAN.index(n), True, m.group("rest")) if n in _ROMAN else None


def _mend_numbering(siblings: list[_Node]) -> None:
    """A label OCR misread between two that fix it: I, II, **II**, IV → III (the demo scan's
    heading "III." read "II.", found by a newcomer). Only when the label before and the one
    after are one apart on each side of the value it should have, and it is of their kind."""
    values = [_label_value(n.label) if n.kind == "item" else None for n in siblings]
    for k in range(1, len(siblings) - 1):
        prev, cur, nxt = values[k - 1], values[k], values[k + 1]
        if not (prev and cur and nxt) or not (prev[1] == cur[1] == nxt[1]):
            continue
        if nxt[0] == prev[0] + 2 and cur[0] != prev[0] + 1:
            want = prev[0] + 1
            if cur[1] and want >= len(_ROMAN):
                continue
            siblings[k].label = (_ROMAN[want] if cur[1] else str(want)) + cur[2]
            values[k] = (want, cur[1], cur[2])
    # a run of Roman headings whose strokes OCR lost: "I.", "I.", "I." for I, II, III (Tesseract reads "II."/"III."
    # as "I.", session-41 newcomer: the checklist numbered the third part's items I.1, I.2). A heading not above the
    # one before it, whose numeral is the wanted one with "I" strokes dropped, takes the wanted value — unless what
    # follows shows a numbering begun again (the next heading one above it: "I.", "II." of a new list)
    for k in range(1, len(siblings)):
        prev, cur = values[k - 1], values[k]
        if not (prev and cur and prev[1] and cur[1]) or cur[0] > prev[0]:
            continue
        want = prev[0] + 1
        if want >= len(_ROMAN) or not _strokes_lost(_ROMAN[cur[0]], _ROMAN[want]):
            continue
        nxt = values[k + 1] if k + 1 < len(siblings) else None
        if nxt and nxt[1] and nxt[0] <= want and not (want + 1 < len(_ROMAN)
                                                        and _strokes_lost(_ROMAN[nxt[0]], _ROMAN[want + 1])):
            continue
        siblings[k].label = _ROMAN[want] + cur[2]
        values[k] = (want, True, cur[2])


def _strokes_lost(read: str, meant: str) -> bool:
    """``read`` is the numeral ``meant`` with some of its "I" strokes lost ("I" for "III", "V" for "VII")."""
    return len(read) < len(meant) and meant.replace("I", "") == read.replace("I", "") and (
        meant.startswith(read.rstrip("I")) and read.count("I") < meant.count("I"))


def _stray_mark(text: str) -> int:
    """The length of a stray dash read before an article's heading (:data:`.vocab.STRAY_DASH_ARTICLE_RE`), else 0."""
    m = V.STRAY_DASH_ARTICLE_RE.match(text.lstrip("*"))
    return m.end() if m else 0


def _clause_runs_over(first: str) -> bool:
    """An item's first line opens a sentence of assignment or request ("1. Giao Ủy ban nhân dân Thành phố tổ chức thực
    hiện" / "Nghị quyết này, bảo đảm …", 65/2025/NQ-HĐND as a text PDF: the newcomer of session 53) and closes nothing:
    its sentence goes on under it, whatever the capital there (the object named, a body's name), no title of its own —
    the judgement a flat text's line breaks get (:func:`.paragraphs.break_kind` with ``opens``). Read as the item's
    heading, the task was cut in two and joined back with "; "."""
    line = first.rstrip(" *")
    return not line.endswith((".", ";", ":", ",")) and bool(W.CLAUSE_OPEN.match(fold(line).strip(" *")))


def _starts_paragraph(lines: list[Line], ln: Line) -> bool:
    prev = lines[ln.index - 1] if ln.index else None
    return prev is None or prev.blank or (prev.text.endswith((".", ";", ":")) and ln.text[:1].isupper())


def _wrapped_title(first: str, second: str) -> bool:
    """An item's title wrapped onto a short second line before the blank line that ends it: "3. Các trường trung học
    phổ thông, Trung tâm Giáo dục nghề nghiệp - Giáo dục" / "thường xuyên" / "" / "Xây dựng kế hoạch …" (t18-05): a
    body's name over its tasks, as a one-line title is. A wrapped sentence ends with its stop ("… và thi" / "hành kỷ
    luật trong Đảng."); a title line runs near a page's width before it wraps."""
    a, b = first.strip(" *"), second.strip(" *")
    if re.search(r"[.;:,!?]$", a) or re.search(r"[.;:,!?]$", b):
        return False
    if 50 <= len(a) and len(a) + len(b) < 100 and len(b.split()) <= 5 and b[:1].islower():
        return True
    # a title cut after a word that waits for what follows, at any length: "2. Kế hoạch phát triển giai đoạn" /
    # "2026 - 2030" (a period word before its years), "5. Các chủ đầu tư xây dựng và" / "kinh doanh hạ tầng Khu
    # công nghiệp" (a conjunction before its second half), 987/KH-UBND as a plain text
    fa = fold(a)
    return (len(a) + len(b) < 120 and len(b.split()) <= 8 and (b[:1].islower() or b[:1].isdigit())
            and a.split()[-1:] != [] and a.split()[-1][:1].islower()  # ("… Đông Nam" names a place; a scan's
            # blank line over a page number "22" has no last word)
            and bool(V.WRAPPED_END_RE.search(fa) or V.PERIOD_WORD_END_RE.search(fa)))


def _bracket_left_open(first: str) -> bool:
    """An item's first line wraps inside a bracket it opened ("c) Các xã chưa có tổ thu gom rác tại tất cả các thôn
    (Định Hải, Định Tường, Yên" / "Lạc, Yên Phú, Định Bình) khẩn trương kiện toàn, …", a44-08's legacy OCR; "1. Cơ quan
    nhà nước (bao gồm" / "Văn phòng Đoàn Đại biểu Quốc hội …", 83/2025/QĐ-UBND; "- Trung tâm Phục vụ hành chính công
    tỉnh Hà Tĩnh (số 02A, đường Nguyễn" / "Chí Thanh, …", 3005/QĐ-UBND): the capital that opens the next line is a
    name's inside the bracket, so the first line is no heading standing alone — a heading closes what it opens. Read
    as one, the lettered item was headed by a name cut in its bracket, and its section's body lost every task."""
    depth = 0
    for ch in first:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
    return depth > 0


def _name_runs_over(first: str, nxt: str) -> bool:
    """An item's first line ends inside a body's name the next line goes on with ("- Tham mưu đề xuất Chủ tịch" /
    "UBND tỉnh và cấp thẩm quyền khen thưởng …", "- Phối hợp Bộ Chỉ huy" / "Quân sự tỉnh, Công an tỉnh …"): the
    capital that opens the next line is the name's, not a sentence's under a heading, so the first line is no heading
    (the bullet's row lost its opening words to a heading "Tham mưu đề xuất Chủ tịch"). Only a first line that opens
    with a duty's verb is a sentence begun; a first line that is a name ("4. Sở Nội vụ" / "Chủ trì …", "3. Các đơn vị
    trực thuộc Sở" / "Trung tâm …") or a next line that opens a sentence ("Các cơ quan …") keeps its heading."""
    head = first.strip(" *")
    words = head.split()
    if _object_runs_over(head, nxt):
        return True
    # a name's words past its first keep their small letter ("Chủ tịch", "Bộ Chỉ huy"): a capital among the last three
    if len(words) < 2 or not any(w[:1].isupper() for w in words[1:][-3:]) or head.endswith((":", ".", ";", ",")):
        return False
    folded = fold(head)
    if not V.TASK_OPENING_RE.match(folded):
        return False  # "3. Các đơn vị sự nghiệp trực thuộc Sở" / "Trung tâm Văn hóa …": a name over its list, a heading
    rest = nxt.strip(" *")
    return rest[:1].isupper() and not V.SENTENCE_OPEN_RE.match(fold(rest) + " ") \
        and not V.TASK_OPENING_RE.match(fold(rest))


def _object_runs_over(head: str, nxt: str) -> bool:
    """An item's first line opens with a duty's verb and ends on a verb still awaiting its object, which the next line
    opens with a capital — a document's or a system's name, no body ("a) Tổ chức triển khai thực hiện" / "Thông tư
    này.", "a) Thực hiện quản trị, vận hành" / "Hệ thống thư điện tử công vụ tỉnh, …": a page wrapped after a few
    words, its first line is no heading; the session-43 newcomer's phiếu listed "Thông tư này" as the task). A next
    line that opens a sentence, a task or a body's name ("Sở Y tế chủ trì …") keeps the heading, and so does the
    heading every plan prints, "Tổ chức thực hiện"."""
    folded, rest = fold(head), nxt.strip(" *")
    if head.endswith((":", ".", ";", ",")) or len(head.split()) < 2 or V.HEADING_PHRASE_RE.match(folded):
        return False
    if not (V.TASK_OPENING_RE.match(folded) and V.OBJECT_AWAITED_RE.search(folded)):
        return False
    fr = fold(rest)
    return rest[:1].isupper() and not V.SENTENCE_OPEN_RE.match(fr + " ") and not V.TASK_OPENING_RE.match(fr) \
        and not V.ADDRESSED_HEAD_RE.match(fr)


def _walk(nodes):
    for n in nodes:
        yield from _walk(n.children)
        yield n


def _freeze(n: _Node, text: str) -> Part:
    own_end = n.children[0].start if n.children else n.end
    own = re.sub(r"\s+", " ", text[n.label_end:own_end]).strip(" *")
    heading = None
    # an article's title may run over four lines ("Điều 5. Thẩm quyền quyết định xác lập quyền sở hữu toàn dân
    # đối với tài sản do chủ sở hữu tự nguyện chuyển giao … (trừ tài sản quy định tại …)", 123/2025/QĐ-CTUBND)
    if n.children and (alone := _title_over_paragraph(n, text[n.label_end:own_end], own)):
        heading = alone
    elif n.children and 0 < len(own) <= (450 if n.rank == 3 else 250):
        heading = own.rstrip(" :.")
    elif (colon := colon_outside_brackets(own[:160])) >= 0 and not V.NAME_LIST_RE.search(own[:colon + 3]) \
            and not _SENTENCE_END.search(own[:colon]) and not _title_apart(text[n.label_end:own_end]):
        # (a colon inside a bracket is no title's: "2. Tiểu ban Chuyên môn (Trưởng tiểu ban: Trưởng phòng …)" over its
        # tasks is headed by its line, below)
        head = own[:colon].strip()
        if head and "(" not in head:
            heading = head
    elif n.kind == "item" and own and len(own) <= 120 and upper_ratio(own) > 0.8:
        heading = own.rstrip(" :.")
    elif n.kind == "item" and n.first_line and len(n.first_line) <= 120 and upper_ratio(n.first_line) > 0.8 \
            and own.startswith(n.first_line.strip(" *")):
        # "III. NHIỆM VỤ CỤ THỂ" / "(Chi tiết theo bảng sau)" over a table: the line in capitals is the heading
        heading = re.sub(r"\s+", " ", n.first_line).strip(" *:.")
    elif (n.kind == "item" and n.first_alone and n.first_line and len(n.first_line) < 100
          and len(own) > len(n.first_line) + 5 and not n.first_line.rstrip(" *").endswith((".", ";", ","))
          and not (_first_line_wraps(n.first_line, own)
                   # "4. Chế độ báo cáo tiếp theo" / "" / "Kể từ tháng 01/2027, các chi bộ …" (a18-04): "tiếp theo" (next)
                   # closes a title; its "theo" waits for no object
                   and not re.search(r"\btiep theo$", fold(n.first_line.rstrip(" *"))))
          # "Điều 2. Giao Sở Y tế chủ trì, phối hợp với các đơn vị: Văn phòng" / "UBND tỉnh (…) và …" (3005/QĐ-UBND):
          # the line breaks inside the list of names its colon opens
          # (not in a bracket: "2. Tiểu ban Chuyên môn (Trưởng tiểu ban: Trưởng phòng …)" names the body's head there)
          and not V.NAME_LIST_RE.search(re.sub(r"\([^()]*\)", "", n.first_line))
          and not _clause_list_wraps(n.first_line, own)):
        heading = re.sub(r"\s+", " ", n.first_line).strip(" *:")  # "3. Sở Khoa học và Công nghệ" / its tasks
    return Part(n.kind, n.start, n.end, n.label, heading, math.ceil(n.rank), tuple(_freeze(c, text) for c in n.children))


# a ";" with words after it on the same line: a list of bodies or clauses running on, no title's
_SEMICOLON_INSIDE = re.compile(r";\s*\S")


def _clause_list_wraps(first: str, own: str) -> bool:
    """An item's first line holds a ";" with words after it: a sentence listing bodies or clauses, wrapped where the
    page ended the line, no heading — a title or a body's name never parts its words with ";". "Điều 2. Trách nhiệm
    thực hiện Sở Văn hóa và Thể thao, Sở Khoa học và Công nghệ; Viễn thông" / "Ninh Bình; Chủ tịch UBND các xã,
    phường thực hiện …" (1498/QĐ-UBND as a text PDF, session-50 newcomer: the line read as the article's title, its
    owners cut to "Chủ tịch UBND các xã, phường"), "Điều 4. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Y tế, Giám đốc các"
    / "…", "2. Thông tư này áp dụng đối với người nộp lệ phí; tổ" / "…" (40 such first lines in
    ../shared/realdocs/docs, none a heading). Bodies named jointly over their task keep the line as their heading:
    "3. Sở Nội vụ; Sở Tài chính" / "Chủ trì …" (the next line opens with a duty's verb)."""
    line = first.rstrip(" *")
    if not _SEMICOLON_INSIDE.search(line):
        return False
    after = own[len(re.sub(r"\s+", " ", first).strip(" *")):].lstrip(" *")
    return not V.TASK_OPENING_RE.match(fold(after))


def _first_line_wraps(first: str, own: str) -> bool:
    """An item's first line ends in a word that waits for what follows (:func:`vocab.wrapped_end`: a preposition or a
    conjunction, spelled as one where the line carries marks), or in what folds like one while the item's text goes on
    in small letters ("3. Hồ sơ đề" / "" / "nghị gồm:": the syllable "đề" of "đề nghị" cut by the line). (obl47t) A
    title that ends in a noun folding like a connector stands alone ("4. Hậu cần tại chỗ" / "" / "Các thôn vận động …",
    "3. Giám sát, xử lý sự cố" / "" / "Trạm Y tế phường lấy mẫu …", t46-01, t46-02): its item's heading."""
    line = first.rstrip(" *")
    if V.wrapped_end(line) or V.CUE_ALONE_RE.match(fold(line).strip()):
        return True  # (scan49) "Điều 2. Giao" / "Văn phòng …; Sở … thực hiện …": the assignment's verb alone
    after = own[len(re.sub(r"\s+", " ", first).strip(" *")):].lstrip(" *")
    if len(line.split()) == 1 and after[:1].islower():
        return True  # (scan49) "Điều 1. Ban" / "hành kèm theo Quyết định này …": one word, cut from its sentence by the wrap
    return bool(V.WRAPPED_END_RE.search(fold(line))) and after[:1].islower()


# a blank line: what is above it is a line standing alone
_BLANK_LINE = re.compile(r"\n[ \t*]*\n")


def _title_over_paragraph(n: _Node, raw: str, own: str) -> str | None:
    """The heading of an item with sub-items whose first line stands a blank line apart over a closed paragraph of its
    own: "1. Công chức Văn hóa - Xã hội" / "" / "Là đầu mối tham mưu UBND phường …, "Tổ dân phố văn hóa"." / "" /
    "- Xây dựng nội dung …" (a51-08 as eng OCR reads it: the page printed "- Là đầu mối …", and OCR lost the dash).
    Taken whole as the heading (an item's own text before its sub-items is its heading), the body's name ran on into
    its first task's sentence and the body lost its tasks. The line is the heading when it is short, closes nothing
    (no stop, comma, semicolon or colon), does not wrap into the text (:func:`_first_line_wraps`), and the text under
    the blank line ends a sentence (a lead-in ending in ":" over the sub-items stays the heading's)."""
    if n.kind != "item" or not n.first_alone:
        return None
    parts = _BLANK_LINE.split(raw.strip(" \t\n"), maxsplit=1)
    if len(parts) != 2 or "\n" in parts[0].strip():
        return None
    head = re.sub(r"\s+", " ", parts[0]).strip(" *")
    rest = re.sub(r"\s+", " ", parts[1]).strip(" *")
    if not head or len(head) >= 100 or head.endswith((".", ";", ",", ":")) or not rest.endswith(".") \
            or _first_line_wraps(head, own) or upper_ratio(head) > 0.8:
        return None
    return head


def _title_apart(raw: str) -> bool:
    """The item's first line stands a blank line apart from the colon of its text: "6. Chế độ báo cáo" / "" / "Các chi
    bộ, Đảng ủy Ủy ban nhân dân xã và các đoàn thể báo cáo kết quả thực hiện về Văn phòng Đảng ủy xã: báo cáo 6 tháng
    …" (a20-10): the title is the line, the sentence up to the colon is the item's first paragraph, no heading."""
    head = raw.split(":", 1)[0].strip(" *\n")
    return bool(re.search(r"\n[ \t*]*\n", head))


# a sentence closed inside an item's text: words before a later colon are no heading ("Điều 1. Quy định chung" /
# "Quy chế này quy định … ." / "Các cơ quan thực hiện theo Quy chế này: …")
_SENTENCE_END = re.compile(rf"[.;!?]\s+[{CAPITAL}]")


def tables(lines: list[Line], sig_end: int | None, text: str = "", labels: frozenset[int] = frozenset()) -> list[Table]:
    """Tables from line geometry: one per table index, rows of cells, header row named; a table's part on a
    later page (a grid of its own in a PDF or a scan) joined to it (:mod:`.continued`, needs ``text``). ``labels``:
    the starts of the lines that open the recipients list (:func:`.signature.opens_recipients`): a table holding one
    is the signature's (Nơi nhận | signature); a column named "Nơi nhận" leaves its table a data table."""
    by_table: dict[int, dict[tuple[int, int], list[Line]]] = {}
    for ln in lines:
        if ln.cell is None or ln.blank or ln.cell[2] == -2:
            continue  # -2: a text table's line (structure.columns reads those)
        t, r, c = ln.cell
        by_table.setdefault(t, {}).setdefault((r, c), []).append(ln)
    out = []
    for t, cells in sorted(by_table.items()):
        grid: dict[int, dict[int, TableCell]] = {}
        for (r, c), lns in sorted(cells.items()):
            txt = re.sub(r"\s+", " ", " ".join(x.text for x in lns)).strip()
            if V.SEPARATOR_RE.match(txt):
                continue
            grid.setdefault(r, {})[c] = TableCell(txt, lns[0].start, lns[-1].end)
        if not grid:
            continue
        row_list = [tuple(grid[r].values()) for r in sorted(grid)]
        allv = fold(" ".join(c.text for row in row_list for c in row))
        role = "data"
        if len(row_list) <= 4 and not any(x.role == "header" for x in out) and (V.MOTTO_RE.search(allv) or (len(row_list) <= 3 and re.search(r"(?:^| )so\s*:", allv))):
            role = "header"
        elif any(ln.start in labels for lns in cells.values() for ln in lns) or any(V.SIGN_LEVEL_RE.match(fold(c.text)) for row in row_list for c in row):
            role = "signature"
        if role == "data":
            row_list = _grid_rows(grid)
        header: tuple[str, ...] = ()
        first = fold(" ".join(c.text for c in row_list[0]))
        # a first row numbered like the rows under it ("7 | Hỗ trợ … | Sở KH&CN | … các đơn vị liên quan | Hằng năm") is
        # a task row, not column names, though its cells hold a column's words ("đơn vị", "hoàn thành"): the part of
        # a table on the page after a break, its header not printed again (617-KH-UBND as a text PDF)
        # … and so is a first row a cell of which opens in a small letter ("quả các nhiệm vụ, giải pháp …" under an
        # empty STT): the rest of the row the page break cut, column names opening in capitals (624-TB-VPCP)
        numbered = V.ROW_NUMBER_RE.match(row_list[0][0].text.strip()) and len(row_list[0]) > 1
        cut = any(c.text.strip()[:1].islower() for c in row_list[0])
        if (role == "data" and len(row_list) > 1 and not numbered and not cut
                and (V.TASK_DUE_COL.search(first) or V.TASK_BODY_COL.search(first))):
            header = tuple(c.text for c in row_list[0])
        start = min(c.start for row in row_list for c in row)
        end = max(c.end for row in row_list for c in row)
        # a header row under group rows, printed again or one column short (:mod:`.header_rows`)
        # a data table's caption over it ("Bảng 2. Phân công thực hiện", .captions): the table stands on its own
        first_line = min((x for lns in cells.values() for x in lns), key=lambda x: x.index)
        caption = caption_above(lines, first_line.index, _labelled) if role == "data" else ""
        out.append(carried_month_cells(headed(Table(start, end, tuple(row_list), header, role,
                                                    in_appendix=sig_end is not None and start >= sig_end and role == "data",
                                                    caption=caption))))
    # a month table run over a page break: the rows at the next page's top under the month of the page before
    # (its cell merged down over the break) carried once the parts are one table
    return [carried_month_cells(t) for t in join_continued(out, text)] if text else out


def _grid_rows(grid: dict[int, dict[int, TableCell]]) -> list[tuple[TableCell, ...]]:
    """Rows with every column of the table, an empty cell (an empty span where its row starts)
    where the input left one empty, so each cell stays under its column's name."""
    width = max(c for cells in grid.values() for c in cells) + 1
    out = []
    for r in sorted(grid):
        at = min(cell.start for cell in grid[r].values())
        out.append(tuple(grid[r].get(c, TableCell("", at, at)) for c in range(width)))
    return out


def appendices(lines: list[Line], lo: int, text: str) -> list[Part]:
    """Parts after the signature, split at each "Phụ lục" heading."""
    starts = [ln.index for ln in lines[lo:] if not ln.blank and ln.cell is None and V.APPENDIX_RE.match(ln.text)
              and not (ln.text[:7].upper() != ln.text[:7] and V.CITED_APPENDIX_RE.match(fold(ln.text)))]
    first = next((ln.index for ln in lines[lo:] if not ln.blank and ln.cell is None
                  and not V.SEPARATOR_RE.match(ln.text)), None)
    if first is None:
        first = next((ln.index for ln in lines[lo:] if not ln.blank and ln.cell is not None), None)
        if first is None:
            return []
    if not starts or starts[0] != first:
        starts = [first] + starts
    out = []
    for k, s in enumerate(starts):
        e = starts[k + 1] if k + 1 < len(starts) else len(lines)
        body = [ln for ln in lines[s:e] if not ln.blank]
        if not body:
            continue
        attached = attached_title(lines, s, e)  # a document of its own, its header printed again
        if attached:
            head_lines, under = [ln.text for ln in attached[0]], attached[1]
        else:
            head_lines = [ln.text for ln in body[:4] if ln.cell is None and upper_ratio(ln.text) > 0.6][:3]
            under = s + 1
        heading = re.sub(r"\s+", " ", " ".join(head_lines)).strip() or body[0].text
        kids = tree(lines, under, e, text)
        out.append(Part("appendix", body[0].start, body[-1].end, None, heading, 0, tuple(kids)))
    return out

"""The signature block and the Nơi nhận list.

The block is a table (Nơi nhận | signature) in DOCX and Markdown, two runs on
each line in legacy OCR, or the two cells one after the other in copied
text. Each line is classified by what it says: a signing level (TM./T/M,
KT./K/T, TL./T/L, TUQ.), the signer's own title (PHÓ CHỦ TỊCH), the name, or
a recipient item — so a three-level block keeps the deputy's own title and
the name never joins the recipients.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vanban.family_names import FOLDED
from vanban.models import Part, SignatureBlock
from vanban.place_nouns import ADMIN_LEVEL_RE
from vanban.structure import vocab as V
from vanban.structure.lines import Line, Seg, upper_ratio
from vanban.text import CAPITAL, fold

_TITLE_TAIL = re.compile(rf"[\s,;]((?:[{CAPITAL}][{CAPITAL}i]*\s?){{2,5}})$")
P_ARCHIVE_RE = re.compile(r"l[uw]u\s*:")  # the "Lưu: VT, …" note, folded
# the archive note opening a line with no dash of its own ("Lưu: VT, VP." / "Lưu VP Huyện ủy."): the list's own item,
# never the rest of the item above it, even one left open by its comma (folded; "Lưu Văn Hùng", a name, has neither)
_ARCHIVE_OPENS_RE = re.compile(r"l[uw]u\s*(?::|\s+(?:vt|vp|van thu|van phong)\b)")
_FOOTNOTE_RE = re.compile(r"^\[\d{1,3}\]")  # "[1] Các công điện: …" below the block: no item's rest
_BARE_LEVEL_RE = re.compile(r"^(?:[tk]\s?/\s?[mtlu]\.?|tm\.|kt\.|tl\.|tuq\.)$")  # "TL." alone on its line
_CODES_RE = re.compile(r"[A-ZĐ][A-ZĐ&.\-]{0,9}(?:,\s*[A-ZĐ][A-ZĐ&.\-]{0,9})+[;.]?")  # units' short names
_LEVEL_TAIL_RE = re.compile(r"^(.{2,40}?)\s+((?:PHÓ|THỨ TRƯỞNG\b)\s*.*)$")
_FILE_CODE_RE = re.compile(r"[\wĐđ.\-/]*[_\d][\wĐđ.\-/]*")  # "HP_VP11_QĐ": the drafter's file code, no title
# (real38) the count of copies printed under the archive note, with the kind of paper or the drafter's mark: "16 QĐ",
# "20 bản", "15b" — a figure first, which no signer's title has (2568/QĐ-UBND: "- Lưu: VT, CT." / "16 QĐ" beside the
# "TM. ỦY BAN NHÂN DÂN" it stood above)
_COPIES_RE = re.compile(r"\d{1,3}\s*[^\W\d_]{1,5}\.?")
# a signing level inside a recipient item's line (the two columns joined): "… Việt NaKT. TRƯỞNG BAN NGHIỆP VỤ"
_JOINED_LEVEL_RE = re.compile(rf"(?<=\S)\s*(?:TM|KT|TL|TUQ|T/M|K/T|T/L)\.\s*[{CAPITAL}]{{2,}}(?:\s+[{CAPITAL}]{{2,}})+")
# a deputy's own title ("PHÓ TRƯỞNG BAN") is never the rest of a level that ends with a comma: "KT. TRƯỞNG BAN
# GIÁM SÁT QUẢN LÝ VỀ," / "PHÓ THỐNG BAN" (37563/CHQ-GSQL scanned: OCR read "HQ" as ",")
_DEPUTY_RE = re.compile(r"^(?:ph[o0]|thu truong)\s")
def garbled_deputy(v: str) -> bool:
    """A deputy's title a scan garbled ("PHÚUƯUỬẾG BẾN" for "PHÓ TRƯỞNG BAN", 5331/CT-CS scanned; folded view): it
    opens with "ph" and its first word is no Vietnamese syllable, so it goes on no level's body ("PHÁT TRIỂN …")."""
    from vanban.ocr.restore.lexicon import is_vietnamese_syllable  # noqa: PLC0415

    first = re.sub(r"[\W\d_]", "", v.split()[0]) if v.split() else ""  # "PH“ƯƯƯỬẾG": a speck inside the word
    return first.startswith("ph") and len(first) > 3 and not is_vietnamese_syllable(first)


_NAME_RE = re.compile(rf"^(?:[{CAPITAL}][\wÀ-ỹ]*\s){{1,5}}[{CAPITAL}][\wÀ-ỹ]*$")


@dataclass
class _Acc:
    levels: list[str] = field(default_factory=list)
    title: str | None = None
    name: str | None = None
    items: list[list[Seg]] = field(default_factory=list)
    label_seen: bool = False
    list_open: bool = False
    last_sig: str = ""  # "level", "title", "name"; "aside": an attached header's lines (:func:`_attached_header_line`)
    title_after_level: bool = False  # the title was read from the line right under a level
    rank: str = ""  # a rank's first word wrapped above the name ("Đại" / "tướng Tạ Văn Toại")
    heading_lines: int = 0  # lines of a heading above the levels ("XÁC THỰC VĂN BẢN HỢP NHẤT"): signature lines
    start: int | None = None
    end: int = 0


def _run_above(lines: list[Line], i: int, lo: int) -> int:
    """Start of a dash list right above a "Nơi nhận" line (two-column OCR put the
    list before its label), accepted when it ends with a "Lưu …" item."""
    j = i - 1
    first = i
    while j > lo and (lines[j].blank or lines[j].text[:1] in "-–+•"):
        if not lines[j].blank:
            first = j
        j -= 1
    last = next((ln for ln in reversed(lines[first:i]) if not ln.blank), None)
    if first < i and last is not None and re.search(r"(?<![a-z])l[uw]u(?![a-z])", last.view):
        return first
    return i


def _title_above(lines: list[Line], i: int, lo: int) -> int:
    """The signer's title alone on the line right above "Nơi nhận:" (no level: a department head signs in his own
    name, "TRƯỞNG PHÒNG" ⏎ "Nơi nhận:" … "- Lưu: VT.   Lê Văn Tám"), a blank line above it, or an authority marker
    alone there ("T/M", "KT.", "TL.", "TUQ.": a scan read the label of the other column between the marker and its
    body, which then lost its level, session 39): the block starts at that line; else at the "Nơi nhận" line ``i``."""
    if (k := _title_in_signature_column(lines, i, lo)) is not None:
        return k
    j = i - 1
    if j <= lo or lines[j].blank or len(lines[j].segs) != 1:
        return i
    t = lines[j].text.strip(" *")
    if _BARE_LEVEL_RE.match(fold(t)):
        # "T/M" ⏎ "Nơi nhận:" ⏎ "BAN THƯỜNG VỤ" (a scan reading the two columns line by line): the authority marker
        # alone above the label is the signature's, its body the capitals under the label
        return j
    if not lines[j - 1].blank:
        return i
    if upper_ratio(t) > 0.8 and len(t.split()) <= 6 and V.SIGNER_TITLE_RE.match(lines[j].view.strip(" *")):
        return j
    return i


#: (ncfix47a) the page's middle (fraction of its width): a line whose left edge is right of it sits in the signature
#: column, one whose left edge is left of it in the Nơi nhận column
_SIG_COLUMN_X0 = 0.45
#: lines of the signer's title (with blank lines between) printed in the signature column above the "Nơi nhận" row
_TITLE_ABOVE_LINES = 4


def _title_in_signature_column(lines: list[Line], i: int, lo: int) -> int | None:
    """(ncfix47a) Index of the signer's title printed in the signature column above the "Nơi nhận:" line ``i`` when
    the page's geometry shows it there (PDF words, OCR boxes), else None.

    Why: a minister signs in his own title, with no level ("BỘ TRƯỞNG" / "Đinh Văn Phúc", 9476/BNNMT-CNTY), and a
    PDF's or a scan's two-column region opens at the first row holding both columns — the "Nơi nhận:" row with the
    name — so the title is a line of its own above it, right under the body's last line (text PDF) or with a blank
    line each side (scan). The line reader's rule (:func:`_title_above`: a blank line above the title, the title right
    above the label) misses both, and the name then has no title to follow. Here the geometry decides: the lines
    between the body and the label (blank lines skipped) all start right of the page's middle, the label left of it,
    they are capitals of a few words, and the top one names a post (``V.SIGNER_TITLE_RE``)."""
    g = lines[i].geo
    if g is None or g.x0 is None or g.x0 >= _SIG_COLUMN_X0:
        return None
    top = None
    j = i - 1
    while j > lo and i - j <= _TITLE_ABOVE_LINES:
        ln = lines[j]
        if ln.blank:
            j -= 1
            continue
        if ln.geo is None or ln.geo.x0 is None or ln.geo.x0 < _SIG_COLUMN_X0 or len(ln.segs) != 1:
            break
        t = ln.text.strip(" *")
        if upper_ratio(t) <= 0.8 or len(t.split()) > 6:
            break
        top = j
        j -= 1
    if top is None or not V.SIGNER_TITLE_RE.match(lines[top].view.strip(" *")):
        return None
    return top


def _column_name(lines: list[Line], ln: Line) -> bool:
    """Whether a "Nơi nhận" line is a table's column name, where each report goes ("STT | Đơn vị lập | Nội dung báo cáo |
    Nơi nhận | Thời hạn", a Sở Tài chính's calendar of settlement reports, a23-09), not the signature's recipient list:
    a cell of a row whose other cells are column names (the row number column, "Nội dung", "Thời hạn" …)."""
    if ln.cell is None:
        return False
    mates = [x for x in lines if x.cell is not None and x is not ln and not x.blank
             and x.cell[0] == ln.cell[0] and x.cell[1] == ln.cell[1]]
    return sum(bool(V.COLUMN_HEADER_RE.fullmatch(fold(x.text).strip(" *:."))) for x in mates) >= 2


def opens_recipients(lines: list[Line], ln: Line, view: str) -> bool:
    """Whether a line whose run (its folded ``view``, stripped of " *") opens with "Nơi nhận" opens the signature's
    recipients list — the one answer the later stages read (``Structure.recipient_labels``): not a table's column
    name (:func:`_column_name`), nor a column name whose document's own list comes later (:func:`_list_comes_later`)."""
    return not (_column_name(lines, ln) or _list_comes_later(view, lines, ln.index))


def recipient_labels(lines: list[Line]) -> list[Part]:
    """Every line that opens a recipients list (:func:`opens_recipients`), as a "recipients_label" part: the
    signature's own label, and any other a reader left elsewhere (legacy OCR reading the closing block's two
    columns one after the other); a column named "Nơi nhận" is none."""
    out = []
    for ln in lines:
        for sg in ln.segs[:1]:
            v = sg.view.strip(" *")
            if V.NOI_NHAN_RE.match(v) and opens_recipients(lines, ln, v):
                out.append(Part("recipients_label", ln.start, ln.end))
    return out


def find_start(lines: list[Line], lo: int) -> int | None:
    """Index of the first line of the signature block after line ``lo``."""
    for ln in lines[lo:]:
        for sg in ln.segs:
            v = sg.view.strip(" *")
            nn = V.NOI_NHAN_RE.match(v)
            if nn:
                if not opens_recipients(lines, ln, v):
                    continue
                rest = v[nn.end():].strip()
                below = next((x for x in lines[ln.index + 1:ln.index + 4] if not x.blank), None)
                if (not rest or V.SIGN_LEVEL_RE.match(rest)) and not (below and below.text[:1] in "-–+•"):
                    first = _run_above(lines, ln.index, lo)
                    return first if first < ln.index else _title_above(lines, ln.index, lo)
                return _title_above(lines, ln.index, lo)
            if V.SIGN_LEVEL_RE.match(v) and upper_ratio(sg.text) > 0.6:
                return ln.index
    # no "Nơi nhận" and no level: the last title line followed closely by a name
    best = None
    for ln in lines[lo:]:
        if V.APPENDIX_RE.match(ln.text):
            break
        if (len(ln.segs) == 1 and upper_ratio(ln.text) > 0.8 and len(ln.text.split()) <= 6
                and V.SIGNER_TITLE_RE.match(ln.view)):
            nxt = [x for x in lines[ln.index + 1:ln.index + 6] if not x.blank]
            if nxt and _NAME_RE.match(nxt[0].text) and upper_ratio(nxt[0].text) < 0.7:
                best = ln.index
    return best


def _list_comes_later(view: str, lines: list[Line], at: int) -> bool:
    """Whether a "Nơi nhận" without its colon is a column name the cell reader did not see as one (the column
    stacked one cell a line, no row of cells: ``_column_name`` has no mates to count) because the document's own
    list comes later with its colon ("Nơi nhận:"); a lone "Nơi nhận" whose colon a scan lost stays the list."""
    if ":" in view:
        return False
    for ln in lines[at + 1:]:
        for sg in ln.segs:
            w = sg.view.strip(" *")
            m = V.NOI_NHAN_RE.match(w)
            if m and ":" in w[:m.end() + 1]:
                return True
    return False


#: (ncfix52a) a colon (or semicolon) glued to the end of the signer's name, a speck a scan reads there ("Hoàng Thị Cúc:",
#: 0129/KH-UBND scanned by session 52's newcomer, the Nơi nhận list read beside the block): no name ends in one
#: … (ncfix53a) or a dot: a speck of the seal read after the name ("Đinh Thị Quế.", 65/2025/NQ-HĐND scanned by session
#: 53's newcomer: the name was lost)
_NAME_SPECK_RE = re.compile(r"(?<=[^\W\d_])\s?[:;.]$")

#: (ncfix53a) middle names a wrapped name line may end on: "PHÓ THỦ TƯỚNG" / "Phan Văn" ⏎ "Nam" in a narrow column
_MIDDLE_NAMES = frozenset({"van", "thi"})


def _name_rest(name: str, t: str) -> bool:
    """(ncfix53a) ``t`` is the rest of the signer's name the column wrapped: one capitalised Vietnamese syllable alone on
    the line under a name of two words or one ending on a middle name ("Phan Văn" ⏎ "Nam", Công điện 229/CĐ-TTg as a
    text PDF and a scan, session 53's newcomer: "Phan Văn" was kept). A full name is three words or more; a two-word
    one is whole only when its column is wide enough, so the lone syllable under it is its given name."""
    from vanban.ocr.restore.lexicon import is_vietnamese_syllable  # noqa: PLC0415

    words = name.split()
    if not (len(words) == 2 or len(words) == 3 and fold(words[-1]) in _MIDDLE_NAMES):
        return False
    return bool(re.fullmatch(rf"[{CAPITAL}][a-zà-ỹđ]+", t)) and is_vietnamese_syllable(t)


def _is_name(text: str) -> bool:
    t = text.strip(" *")
    return bool(_NAME_RE.match(t)) and upper_ratio(t) < 0.7 and 2 <= len(t.split()) <= 6


# inside one run: where a further level ("… NHÂN DÂN KT. CHỦ TỊCH"), a deputy's title ("KT. CHỦ TỊCH PHÓ CHỦ
# TỊCH") or the name ("PHÓ CHỦ TỊCH Phạm Văn Bảo") starts (48/2025/QĐ-UBND scanned: the block read as one line)
_RUN_LEVEL_RE = re.compile(r"\s(?=(?:[tk]\s?/\s?[mtl]|tm|kt|tl|tuq)\.\s*[a-z])")
_RUN_DEPUTY_RE = re.compile(r"\s(?=(?:pho|thu truong)\s)")
_RUN_NAME_RE = re.compile(rf"\s((?:[{CAPITAL}][a-zà-ỹđ]+\s){{1,4}}[{CAPITAL}][a-zà-ỹđ]+)\s*$")


def _run_pieces(sg: Seg) -> list[Seg]:
    """One run cut into the block's lines when it holds a level and more (another level, the deputy's title,
    the name); else [sg]."""
    v = sg.view
    if not V.SIGN_LEVEL_RE.match(v.strip(" *").lower()):
        return [sg]
    name = _RUN_NAME_RE.search(sg.text)
    head_end = name.start() if name else len(sg.text)
    cuts = [m.end() for m in _RUN_LEVEL_RE.finditer(v, 0, head_end)]
    last = cuts[-1] if cuts else 0
    deputy = _RUN_DEPUTY_RE.search(v, last, head_end)
    if deputy and deputy.end() > last + 4:
        cuts.append(deputy.end())
    if name:
        cuts.append(name.start(1))
    if not cuts or upper_ratio(sg.text[:head_end]) < 0.75:
        return [sg]
    bounds = [0, *cuts, len(sg.text)]
    out = []
    for a, b in zip(bounds, bounds[1:]):
        piece = sg.text[a:b].rstrip()
        if piece.strip():
            out.append(Seg(sg.start + a, sg.start + a + len(piece), piece, v[a:a + len(piece)], sg.col))
    return out


def _unglued_level(t: str) -> str | None:
    """A level line whose marker a scan glued to its body, with the marker set apart ("TMBAN THƯỜNG VỤ" →
    "T/M BAN THƯỜNG VỤ", "KTCHỦ TỊCH" → "KT. CHỦ TỊCH"); None for any other line. A Party body's "TM" is the
    Party's "T/M"."""
    if upper_ratio(t) <= 0.6:
        return None
    v = fold(t).lower()
    m = V.GLUED_LEVEL_RE.match(v)
    if m is None:
        return None
    rest = t[m.end():]
    marker = m.group("marker").replace("/", "").upper()
    if marker == "TM" and V.PARTY_LEVEL_BODY_RE.match(v[m.end():]):
        return f"T/M {rest}"
    return f"{marker}. {rest}"


def _title_on_level_line(t: str) -> tuple[str, str] | None:
    """(level, title) of a level line a scan ran its title onto ("T/M ỦY BAN KIỂM TRA CHỦ NHIỆM" → "T/M ỦY BAN KIỂM
    TRA", "CHỦ NHIỆM"), None for a level alone. The printed text keeps one character per folded one."""
    m = V.LEVEL_TITLE_TAIL_RE.match(fold(t))
    if m is None:
        return None
    return t[:m.end("level")], t[m.start("title"):]


#: (ncfix46b) a scan's specks at a signature line's ends, a table rule's bar before it or a seal's dash after it:
#: "|KT. TRƯỞNG BAN" (39305/TB-CHQ scanned), "TƯỚNG -" / "|TƯỚNG" (228/CĐ-TTg scanned, session 46's newcomer: the
#: level was none and the specks were kept in the title). A bar opening a line, a dash or bar after a space ending it
#: specks a scan reads beside the block's lines: a bar at either end; (scan48) underscores or a tilde before the line
#: ("__ PHÓ THỦ TƯỚNG", 386/NQ-CP scanned by session 47's newcomer: the delegation read "KT. THỦ TƯỚNG __")
_SIG_SPECKS_RE = re.compile(r"^(?:[|¦]|[_~]+(?=\s))\s*|\s+[-–|¦]$")


def _sig_line(acc: _Acc, sg: Seg) -> bool:
    """Feed one signature-side run; False when it is not signature text."""
    pieces = _run_pieces(sg)
    if len(pieces) > 1:
        return all([_sig_line(acc, p) for p in pieces])  # every piece fed, in order
    v = _SIG_SPECKS_RE.sub("", sg.view.strip(" *"))
    t = re.sub(r"\s+", " ", _SIG_SPECKS_RE.sub("", sg.text.strip(" *"))).strip()
    if acc.name is None and (unglued := _unglued_level(t)):
        acc.levels.append(unglued)  # "TMBAN THƯỜNG VỤ": the level, its marker set apart
        acc.last_sig = "level"
        return True
    if V.SIGNED_MARK_RE.match(v.strip("()[] ")) or t in ("(Đã ký)", "Đã ký"):
        return True
    if acc.name is None and not acc.levels and acc.title is None and (
            V.AUTHENTICATE_RE.match(v) or acc.last_sig == "heading" and upper_ratio(t) > 0.75
            and not V.SIGN_LEVEL_RE.match(v) and not V.SIGNER_TITLE_RE.match(v)):
        # "XÁC THỰC VĂN" / "BẢN HỢP NHẤT" (a consolidated text; eng OCR "xAC THUC VAN"): above the levels
        acc.last_sig = "heading"
        acc.heading_lines += 1
        return True
    if V.ACTING_RE.match(v) and upper_ratio(t) > 0.6 and acc.name is None and acc.title is None:
        # "Q. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN" / "Q. CHỦ TỊCH": the acting head signs in the post's own name; "Q." is
        # the signer's title (Quyền), no level signed for another
        acc.title = t
        acc.title_after_level = acc.last_sig == "level"
        acc.last_sig = "title"
        return True
    if (V.SIGN_LEVEL_RE.match(v) or _BARE_LEVEL_RE.match(v)) and upper_ratio(t) > 0.6 and acc.name is None:
        if acc.title is None and (cut := _title_on_level_line(t)):
            acc.levels.append(cut[0])  # "T/M ỦY BAN KIỂM TRA CHỦ NHIỆM": the level, then its signer's title
            acc.title = cut[1]
            acc.title_after_level = True
            acc.last_sig = "title"
            return True
        acc.levels.append(t)  # a bare "TL." / "KT." wrapped from its body by the page takes the next line
        acc.last_sig = "level"
        return True
    if acc.name is None and _attached_header_line(acc, v):
        acc.last_sig = "aside"  # a header read between the title and the name: neither (see the function)
        return True
    if upper_ratio(t) > 0.75 and sum(c.isalpha() for c in t) >= 2 and acc.name is None:
        if acc.last_sig == "level" and not garbled_deputy(v) and ((acc.levels[-1].endswith(",") and not _DEPUTY_RE.match(v)) or V.BARE_LEVEL_RE.match(fold(acc.levels[-1])) or _BARE_LEVEL_RE.match(fold(acc.levels[-1])) or (
                not V.SIGNER_TITLE_RE.match(v) and len(t.split()) <= 3) or _title_broken(acc.levels[-1], v)):
            acc.levels[-1] += " " + t  # "TM. ỦY BAN NHÂN" / "DÂN"
            return True
        tail = _LEVEL_TAIL_RE.match(t)
        if acc.last_sig == "level" and acc.title is None and tail and not V.SIGNER_TITLE_RE.match(v):
            # "KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ" / "VỀ HQ PHÓ TRƯỞNG BAN" (39365/CHQ-GSQL): the level's tail, then the title
            acc.levels[-1] += " " + tail.group(1)
            acc.title = tail.group(2)
            acc.last_sig = "title"
            return True
        if acc.title is None and len(t.split()) <= 9 and not _FILE_CODE_RE.fullmatch(t) and not _COPIES_RE.fullmatch(t):
            acc.title = t
            acc.title_after_level = acc.last_sig == "level"
            acc.last_sig = "title"
            return True
        if (acc.last_sig == "title" and acc.title_after_level and V.SIGNER_TITLE_RE.match(v)
                and not V.SIGNER_TITLE_RE.match(fold(acc.title))):
            # "KT. TRƯỞNG" / "BAN NGHIỆP VỤ THUẾ HQ" / "PHÓ TRƯỞNG BAN" (37695/TB-CHQ): the line taken for the
            # title names no title, the one under it does: it was the level's wrapped body
            acc.levels[-1] += " " + acc.title
            acc.title = t
            acc.title_after_level = False
            return True
        if _post_over_own_title(acc, v):
            # "TM. BAN CHỈ ĐẠO" / "TRƯỞNG BAN" / "PHÓ CHỦ TỊCH UBND XÃ": the head's post signed for, then the signer's own
            acc.levels.append(acc.title)
            acc.title = t
            acc.title_after_level = False
            return True
        if acc.last_sig == "title" and len(t.split()) <= 4:
            acc.title += " " + t
            return True
        return False
    if acc.name is None and acc.levels and _deputy_title_wrapped(acc, t):
        return True
    if acc.title is None and acc.name is None and t.split()[0].isupper() and len(t.split()[0]) > 1 \
            and _title_and_name(acc, t):
        return True  # "KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG Ngô Văn Khánh": the cell's title and name flowed into one paragraph
    if acc.name is not None and acc.last_sig == "name" and _name_rest(acc.name, rest := t.strip(" -–—")):
        acc.name += " " + rest  # "Phan Văn" ⏎ "Nam" in the signature's cell (a scan: "— Nam", a speck before it)
        return True
    if acc.name is None and (acc.levels or acc.title) and _is_name(named := _NAME_SPECK_RE.sub("", t)):
        acc.name = named
        acc.last_sig = "name"
        return True
    if acc.name is None and (acc.levels or acc.title) and _ranked_name(acc, t):
        return True
    if _title_and_name(acc, t):  # "CHỦ Tịch Lý Văn Mạnh": a title read on one line with its name, before a bare name
        return True
    if acc.name is None and not acc.levels and acc.title is None and _archive_last(acc) and _is_name(t) \
            and not _dash(t):
        # (scan49) the signer's title lost on a scan (bold capitals over the seal read as "JinU hy ống", or not at
        # all: 234/CĐ-TTg scanned by session 48's newcomer), the name printed alone below the list's archive note:
        # the signer's name — no item is a bare name, and the note ("- Lưu: VT, NN (2)") closed the list
        acc.name = t
        acc.last_sig = "name"
        return True
    return False


#: (ocr48t) a local authority's head alone on its line, and the level and place under it (folded)
_AUTHORITY_HEAD_RE = re.compile(r"^(?:uy ban nhan dan|hoi dong nhan dan)$")
_AUTHORITY_PLACE_RE = re.compile(rf"^{ADMIN_LEVEL_RE}\s+\S")


def _attached_header_line(acc: _Acc, v: str) -> bool:
    """``v`` (folded) is a line of the header of the document attached after the signature, read by legacy OCR
    between the signer's title and name: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "ỦY BAN NHÂN DÂN" / "XÃ PHÚ THỊNH" /
    "Nguyễn Hữu Phong" (t47-07 legacy: the Quy chế issued by the Quyết định opens on the signature's page, its header
    beside the signature; the title was read "PHÓ CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ PHÚ THỊNH"). A title printed under its
    level ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH") is whole on its line, and a signer's title never goes on with a
    People's Committee's or Council's head alone on a line (the labels: a body in a signer's title only as printed on
    the title's own line, "PHÓ CHỦ TỊCH UBND PHƯỜNG"); the place line under that head goes with it."""
    v = v.strip(" .")
    if acc.last_sig == "aside":
        return bool(_AUTHORITY_PLACE_RE.match(v))
    return (acc.last_sig == "title" and acc.title_after_level and bool(acc.levels) and acc.title is not None
            and bool(V.SIGNER_TITLE_RE.match(fold(acc.title))) and bool(_AUTHORITY_HEAD_RE.match(v)))


# a military rank printed before the signer's name ("Thượng tướng Cao Văn Vĩnh", 94/VBHN-BQP), or wrapped
# after its first word ("Đại" / "tướng Tạ Văn Toại", 89/VBHN-BQP): the name as printed, with its rank
_RANK_HEAD_RE = re.compile(r"^(?:dai|thuong|trung|thieu)$")
_RANK_RE = re.compile(r"^(?:dai|thuong|trung|thieu)\s+(?:tuong|ta|uy)\s+")


def _ranked_name(acc: _Acc, t: str) -> bool:
    if acc.last_sig != "rank" and _RANK_HEAD_RE.match(fold(t)) and t[:1].isupper():
        acc.rank, acc.last_sig = t, "rank"
        return True
    whole = f"{acc.rank} {t}" if acc.last_sig == "rank" else t
    m = _RANK_RE.match(fold(whole))
    if m and _is_name(whole[m.end():]):
        acc.name, acc.last_sig = whole, "name"
        return True
    return False


def _post_over_own_title(acc: _Acc, v: str) -> bool:
    """A second title under the post a collegial body's head signs in (``v``: the line's folded view): "TM. BAN CHỈ
    ĐẠO" / "TRƯỞNG BAN" / "PHÓ CHỦ TỊCH UBND PHƯỜNG" — the Trưởng ban is a Phó Chủ tịch, and prints both. The labels
    README's authority is the TM. lines and the signer's own title is what stands above the name: the post goes with
    the level ("TM. BAN CHỈ ĐẠO / TRƯỞNG BAN"), the line under it is the title. Only under a TM. level and a head's
    post (no "PHÓ …": a deputy's title under KT. is the signer's own already)."""
    if acc.last_sig != "title" or not acc.title_after_level or not acc.levels or acc.title is None:
        return False
    post = fold(acc.title)
    return bool(_TM_LEVEL_RE.match(fold(acc.levels[-1])) and V.SIGNER_TITLE_RE.match(post)
                and not _DEPUTY_RE.match(post) and V.SIGNER_TITLE_RE.match(v) and len(v.split()) >= 2)


#: a "thay mặt" level, folded ("TM. BAN CHỈ ĐẠO", "T/M BAN THƯỜNG VỤ")
_TM_LEVEL_RE = re.compile(r"^t\s?/?\s?m\b")


def _title_broken(level: str, v: str) -> bool:
    """The level's body was cut inside a compound title: "KT. BỘ" / "TRƯỞNG", "KT. CỤC" / "TRƯỞNG"
    (58/2025/TT-BCT) — its last word does not end a title, and with the next line's words it makes one
    that runs past it ("bộ trưởng"), so the next line is the level's rest, not the signer's own title."""
    words = level.split()
    if len(words) < 2:
        return False
    last = fold(words[-1]).strip(" *.,")
    if not last or V.SIGNER_TITLE_RE.match(last):
        return False
    m = V.SIGNER_TITLE_RE.match(last + " " + v)
    return bool(m) and m.end() > len(last) + 1


#: (scan48) the deputy's word a wrapped line leaves at the level's end ("KT. TRƯỞNG BAN NGHIỆP VỤ THUẾ HQ PHÓ")
_DANGLING_DEPUTY_RE = re.compile(r"\s(PHÓ)$")


def _deputy_title_wrapped(acc: _Acc, t: str) -> bool:
    """(scan48) The deputy's title wrapped after its "PHÓ", the rest read on one line with the name: "TL. CỤC TRƯỞNG KT.
    TRƯỞNG BAN NGHIỆP VỤ THUẾ HQ PHÓ" / "TRƯỞNG BAN Bùi Văn Kiên" (37689/TB-CHQ scanned: the name read "TRƯỞNG BAN Bùi
    Văn Kiên", no title). The capitals before the name are the title, "PHÓ" its first word, taken off the level."""
    if acc.title is not None or acc.last_sig != "level" or not _DANGLING_DEPUTY_RE.search(acc.levels[-1]):
        return False
    words = t.split()
    k = 0
    while k < len(words) and words[k].isupper() and sum(c.isalpha() for c in words[k]) >= 2:
        k += 1
    if not 1 <= k <= 4 or not _is_name(" ".join(words[k:])):
        return False
    title = "PHÓ " + " ".join(words[:k])
    if not V.SIGNER_TITLE_RE.match(fold(title)):
        return False
    acc.levels[-1] = acc.levels[-1][:-len(" PHÓ")]
    acc.title, acc.name, acc.last_sig = title, " ".join(words[k:]), "name"
    return True


def _title_and_name(acc: _Acc, t: str) -> bool:
    """A title read on one line with its name ("CHỦ Tịch Lý Văn Mạnh", 34/2025/NQ-HĐND scanned; "THỨ TRƯỞNG Ngô Văn
    Khánh" under "KT. BỘ TRƯỞNG", 96/CĐ-BXD as a DOCX converted from HTML, the cell's lines flowed into one paragraph):
    the words up to the end of a signer's title (or its run of words in capitals), then a name."""
    words = t.split()
    if acc.title is not None or acc.name is not None or not words or not words[0][:1].isupper():
        return False
    for k in range(1, min(7, len(words) - 1)):
        head = fold(" ".join(words[:k]))
        m = V.SIGNER_TITLE_RE.match(head)
        if words[k].isupper() and len(words[k]) > 1 and words[k - 1].isupper():
            continue  # "PHÓ" / "CHỦ TỊCH Cao Văn Vĩnh": a title in capitals goes on while its words are in capitals
        if m and (m.end() == len(head) or all(w.isupper() for w in words[:k])) and _is_name(" ".join(words[k:])):
            acc.title, acc.name, acc.last_sig = " ".join(words[:k]), " ".join(words[k:]), "name"
            return True
    return False


#: (ncfix46b) the signature column's run joined to a recipient line by a scan that read the two columns' rows as one
#: line: the name after an item's closing ";" (specks between), two to five capitalised syllables to the line's end
_JOINED_NAME_RE = re.compile(rf";[\s:;|.\-–]*\s((?:[{CAPITAL}][a-zà-ỹđ]+\s){{1,4}}[{CAPITAL}][a-zà-ỹđ]+)\s*$")


def _speck_word_off(name: str) -> str:
    """(scan47) ``name`` without a first word that a scan read out of a speck or the seal: "An Phan Văn Nam" (1490/QĐ-UBND
    scanned by session 46's newcomer, "- Như Điều 4; An Phan Văn Nam": the name's column joined to the item). A
    person's name opens with the family name; a first word that is none (:data:`vanban.family_names.FOLDED`) before one
    that is — not "Văn", a middle name as often — with two words or more after it, is no part of the name."""
    words = name.split()
    if len(words) >= 3 and fold(words[0]) not in FOLDED and fold(words[1]) in FOLDED and fold(words[1]) != "van":
        return " ".join(words[1:])
    return name


def _joined_title(rest: str) -> bool:
    """``rest`` (what follows the Nơi nhận label on its line) is the signer's title in capitals, the signature
    column's row joined to the label's: "Nơi nhận: PHÓ CHỦ TỊCH"."""
    return upper_ratio(rest) > 0.75 and len(rest.split()) <= 5 and bool(V.SIGNER_TITLE_RE.match(fold(rest)))


#: (scan48) a speck a scan reads between the "Nơi nhận:" label and the signing level joined to its line: one letter or
#: mark alone, never a word
_SPECK_BEFORE_LEVEL_RE = re.compile(r"[\W_]{0,2}[^\W\d_]?[\W_]{0,2}\s+")


def _list_line(acc: _Acc, sg: Seg) -> bool:
    """Feed one recipient-side run; False when it is not part of the list."""
    lead = len(sg.view) - len(sg.view.lstrip())
    m = V.NOI_NHAN_RE.match(sg.view, lead)  # matched on the run itself: its offsets are the text's ("*Nơi nhận**:*")
    if m:
        acc.label_seen = acc.list_open = True
        rest = sg.text[m.end():].strip(" :*_")
        speck = _SPECK_BEFORE_LEVEL_RE.match(rest)
        if speck and V.SIGN_LEVEL_RE.match(fold(rest[speck.end():])):
            rest = rest[speck.end():]  # (scan48) "Nơi nhận: Ặ TM. ỦY BAN NHÂN DÂN" (2568/QĐ-UBND scanned by session 47's
            # newcomer: a speck between the label and the level joined to its line; the level was read as an item)
        lv = V.SIGN_LEVEL_RE.search(fold(rest))
        if rest and lv and lv.start() == 0:  # "Nơi nhận: T/M BAN THƯỜNG VỤ" (columns joined)
            off = sg.text.find(rest, m.end())
            return _sig_line(acc, Seg(sg.start + off, sg.end, rest, fold(rest), 1)) or True
        if rest and acc.name is None and (acc.levels or acc.title is None) and _joined_title(rest):
            # "Nơi nhận: PHÓ CHỦ TỊCH" (1490/QĐ-UBND scanned: the title's column joined to the label's line)
            off = sg.text.find(rest, m.end())
            return _sig_line(acc, Seg(sg.start + off, sg.end, rest, fold(rest), 1)) or True
        if rest:
            off = sg.text.find(rest, m.end())
            acc.items.append([Seg(sg.start + off, sg.start + off + len(rest), rest, sg.view[off:off + len(rest)], sg.col)])
        return True
    if not acc.list_open:
        return False
    t = sg.text.strip()
    if _dash(t):
        lv = _JOINED_LEVEL_RE.search(sg.text)
        if lv and acc.name is None and upper_ratio(sg.text[lv.start():]) > 0.75:
            # "- Công ty TNHH Công nghệ Huawei Việt NaKT. TRƯỞNG BAN NGHIỆP VỤ THUẾ HQ" (37691/TB-CHQ scanned): the
            # signature column's level joined to the item's line; the item ends where the level starts
            cut = lv.start()
            _sig_line(acc, Seg(sg.start + cut, sg.end, sg.text[cut:], sg.view[cut:], sg.col))
            sg = Seg(sg.start, sg.start + len(sg.text[:cut].rstrip()), sg.text[:cut].rstrip(), sg.view[:len(sg.text[:cut].rstrip())], sg.col)
            t = sg.text.strip()
        tail = _TITLE_TAIL.search(t)
        if tail and V.SIGNER_TITLE_RE.match(fold(tail.group(1))) and acc.title is None:
            # "- Ban TG va DV Tinh uy (bao cao), PHÓ BÍ THƯ": the title's column joined to the item
            cut = tail.start(1)
            acc.title = tail.group(1).strip()
            acc.last_sig = "title"
            sg = Seg(sg.start, sg.start + len(t[:cut].rstrip()), t[:cut].rstrip(), fold(t[:cut].rstrip()), sg.col)
        named = _JOINED_NAME_RE.search(sg.text)
        if named and acc.name is None and (acc.levels or acc.title) and _is_name(named.group(1)):
            # "- Như Điều 4; Phan Văn Nam", "- Chính phủ; : Đinh Thị Quế" (1490/QĐ-UBND, 83/2025/NQ-HĐND scanned): the
            # name's column joined to the item after its closing ";", a scan's specks between
            acc.name = _speck_word_off(named.group(1))
            acc.last_sig = "name"
            cut = named.start() + 1
            sg = Seg(sg.start, sg.start + cut, sg.text[:cut], sg.view[:cut], sg.col)
        acc.items.append([sg])
        return True
    if acc.items and _ARCHIVE_OPENS_RE.match(fold(t)) and not _archive_last(acc):
        acc.items.append([sg])  # "- Các đồng chí Huyện ủy viên," / "Lưu: VT, VP.": the note is an item of its own
        return True
    if acc.items and _FILE_CODE_RE.fullmatch(t) and P_ARCHIVE_RE.match(fold(acc.items[-1][0].text.lstrip("-–+•* "))):
        acc.items[-1].append(sg)  # "- Lưu: VT, VP10,11." / "HP_VP11_QĐ": the file code under the Lưu note is its rest
        return True
    if _FOOTNOTE_RE.match(t):
        acc.list_open = False  # the footnotes below close the list, with their wrapped lines
        return False
    last = acc.items[-1][-1].text.rstrip(" *") if acc.items else ""
    if acc.items and not _signature_like(sg) and (
            (t[:1].islower() and not _closed_archive(acc)) or not last.endswith((";", ".", ":"))
            or (last.endswith(":") and (_LIST_AFTER_COLON.match(t) or _CODES_RE.fullmatch(t)))):
        # an item broken across lines ("- VPCP: …, các Vụ, Cục:" / "TH, KTTH, NN, PL, QHĐP, QHQT;": the
        # codes its colon announces)
        acc.items[-1].append(_name_cut(acc, sg))
        return True
    return False


# "- Lưu: VT, VX. Nguyễn Văn Sơn": the signer's name (the column beside, text copied from a PDF) after the archive
# note's office codes and their full stop: two to five capitalised syllables, nothing after them
_ARCHIVE_NAME_TAIL = re.compile(rf"\.\s+((?:[{CAPITAL}][a-zà-ỹđ]+\s){{1,4}}[{CAPITAL}][a-zà-ỹđ]+)\s*$")


def _archive_name(acc: _Acc) -> None:
    """The signer's name printed on the archive note's line, the list's last ("- Lưu: VT, VX. Nguyễn Văn Sơn"),
    taken as the signer's when the block has a level or a title and no name: the note ends at its full stop."""
    if acc.name is not None or not (acc.levels or acc.title) or not _archive_last(acc):
        return
    last = acc.items[-1][-1]
    m = _ARCHIVE_NAME_TAIL.search(last.text)
    if not m:
        return
    acc.name = m.group(1)
    cut = m.start() + 1  # the note keeps its full stop
    acc.items[-1][-1] = Seg(last.start, last.start + cut, last.text[:cut], last.view[:cut], last.col)


_LIST_AFTER_COLON = re.compile(rf"^[{CAPITAL}][\wĐđ&.]*(?:\s[\wĐđ&.]+){{0,3}}\s*[,;]")

# "TH; Phan Văn Nam": OCR of a scan put the signer's name (the column beside) on an item's line
_NAME_TAIL = re.compile(rf";\s*((?:[{CAPITAL}][a-zà-ỹđ]+\s){{2,4}}[{CAPITAL}][a-zà-ỹđ]+)\s*$")


def _name_cut(acc: _Acc, sg: Seg) -> Seg:
    """The run without a signer's name joined to its end, the name taken as the signer's
    (only while the block has a level or a title and no name yet)."""
    m = _NAME_TAIL.search(sg.text)
    if not m or acc.name is not None or not (acc.levels or acc.title):
        return sg
    acc.name = m.group(1)
    acc.last_sig = "name"
    cut = m.start() + 1
    return Seg(sg.start, sg.start + cut, sg.text[:cut], sg.view[:cut], sg.col)


def _signature_like(sg: Seg) -> bool:
    """A signing level, a signer's title or a name: never a recipient item's rest."""
    v = sg.view.strip(" *")
    t = sg.text.strip()
    return bool(V.SIGN_LEVEL_RE.match(v) or _is_name(t)
                or (upper_ratio(t) > 0.75 and len(t.split()) <= 6 and V.SIGNER_TITLE_RE.match(v)))


def _after_closed_list(acc: _Acc, ln: Line, cells_list: set) -> bool:
    """A line in capitals (or a rule) of the Nơi nhận cell below the archive note closed by its full stop: the
    header of a document attached after the signature, its table read as the signature table's rows by a PDF's
    table finder ("- Lưu: VT, VP." / "ỦY BAN NHÂN DÂN" / "PHƯỜNG HỒNG GAI" / "-------" | "CHỦ TỊCH", qd312.pdf):
    neither an item's rest nor the signer's title, and no gap that ends the block before the signature beside."""
    if ln.cell is None or ln.cell not in cells_list or not acc.items or not _closed_archive(acc) or len(ln.segs) != 1 \
            or acc.last_sig in ("level", "title", "heading"):  # "TM. ỦY BAN" / "NHÂN DÂN": a level's wrapped words
        return False
    sg = ln.segs[0]
    t = sg.text.strip(" *")
    return (V.SEPARATOR_RE.match(t) is not None or (upper_ratio(t) > 0.75 and not _signature_like(sg)
                                                   and not _FILE_CODE_RE.fullmatch(t)))


def _cell_rest(acc: _Acc, sg: Seg) -> bool:
    """A line of the Nơi nhận cell that no rule took: the rest of the last item
    ("- VPCP: BTCN, các Vụ:" / "QHĐP, KTTH, Cục KSTTHC;" — the colon does not close
    it), since the cell beside holds the signature (scans: columns split by x)."""
    if not acc.items or _signature_like(sg) or _closed_archive(acc):
        return False  # the archive note closed by its full stop is the list's last: an attached plan's header below
    acc.items[-1].append(sg)  # ("- Lưu: VT, VP." / "ỦY BAN NHÂN DÂN" / "PHƯỜNG HỒNG GAI", qd312.pdf) is none of it
    return True


def read_signature(lines: list[Line], start: int, stop: int) -> tuple[SignatureBlock, list[Part], int]:
    """(signature, recipient items, index after the block) from line ``start``."""
    acc = _Acc()
    above = acc.list_open = lines[start].text[:1] in "-–+•"  # the list printed above its label
    i = start
    quiet = 0
    first_quiet = start
    cells_sig: set = set()
    cells_list: set = set()
    prev_cell = None  # cell of the last non-blank line
    while i < stop:
        ln = lines[i]
        if ln.blank:
            if acc.list_open and acc.items and ln.geo is None and (acc.label_seen or not above) \
                    and not _item_ahead(lines, i + 1, stop) and not _rest_ahead(acc, lines, i + 1, stop) \
                    and not _units_between_items(acc, lines, _next_filled(lines, i + 1, stop), stop) \
                    and not _stacked_ahead(acc, lines, i + 1, stop):
                acc.list_open = False
            i += 1
            continue
        if i > start and len(re.sub(r"\W", "", ln.text)) <= 1 and not _dash(ln.text.strip()) \
                and not _closes_open_bracket(acc, ln.text):
            i += 1  # a speck read as a letter ("z" under "TL. CỤC TRƯỞNG", 5348/CT-CS scanned): neither item nor gap
            continue
        if i > start and _page_number(ln):
            # "Nơi nhận:" | "XÁC THỰC VĂN BẢN HỢP NHẤT" / (page break) "548)" / "- Lãnh đạo Bộ Quốc phòng;" … (94/VBHN-BQP
            # scanned): the next page's number, read however, neither closes the list nor ends the block
            i += 1
            continue
        if i > start and (V.APPENDIX_RE.match(ln.text) or (
                V.MOTTO_RE.search(ln.view) and ln.text.lstrip(" *")[:1] not in "-–+•" and _next_page_motto(ln))):
            break  # the next page's header; a "- Cổng thông tin điện tử Bộ Công Thương" item is no motto ("tử Bộ" ~ "tự do")
        used = False
        segs = ln.segs
        cell = ln.cell
        if _after_closed_list(acc, ln, cells_list):
            i += 1
            continue
        if cells_list and cell is None and prev_cell is not None and ln.geo is not None and not _dash(ln.text.strip()) \
                and not _open_item_goes_on(acc, lines, i, stop) and not _item_before_archive(acc, lines, i, stop):
            # the line right after the two-column region: a footnote below is no item's rest (items
            # printed below the region, beside the signer's seal gap or on the next page, are still
            # items, with their wrapped lines: 96-CD-BXD, 70/2025/NQ-HĐND)
            acc.list_open = False
        prev_cell = cell
        for k, sg in enumerate(segs):
            right = len(segs) > 1 and k == len(segs) - 1
            signed = (tuple(acc.levels), acc.title, acc.name, acc.heading_lines)
            if len(segs) == 1 and _first_item_undashed(acc, lines, i, stop):
                acc.items.append([sg])  # "Nơi nhận:" / "Công ty TNHH … (204 …, Quận" — OCR lost its dash
                ok = True
            elif len(segs) == 1 and _units_between_items(acc, lines, i, stop):
                acc.items[-1].append(_name_cut(acc, sg))  # "- VPUB: CVP, các PCVP;" / "Phòng KT, TTPVHCC;" / "- Các Ban …"
                ok = True
            elif len(segs) == 1 and _item_before_archive(acc, lines, i, stop):
                acc.items.append([sg])  # "sc VPCGP' các PGCN, …" / "các Vụ: …;" / "- Lưu: VT, KTTH (2)": its dash misread
                ok = True
            elif cell is not None and cell in cells_sig:
                ok = _sig_line(acc, sg)
            elif cell is not None and cell in cells_list:
                ok = _list_line(acc, sg) or _cell_rest(acc, sg) or _sig_line(acc, sg)
            elif right or (len(segs) == 1 and ln.indent >= 30 and ln.geo is None):
                ok = _sig_line(acc, sg) or _list_line(acc, sg)
            elif acc.last_sig == "level" and acc.name is None and sg.text.lstrip(" *")[:1] not in "-–+•" \
                    and upper_ratio(sg.text) > 0.75 and not _item_cut_at_comma(acc, lines, i):
                # "- Lưu: VT, KTTH" / "TM. ỦY BAN" / "NHÂN DÂN" / "KT. CHỦ TỊCH" (legacy OCR stacks the two
                # columns): the capitals after a level go on with the level, not with the last item
                ok = _sig_line(acc, sg) or _list_line(acc, sg)
            else:
                ok = _list_line(acc, sg) or _sig_line(acc, sg)
            if ok and cell is not None:
                # the cell whose line fed the signature is the signature's, even with the list still open
                # the "Nơi nhận:" label's own cell is the list's, also after a level read above it: "KT. CHỦ TỊCH" at a
                # page's foot, then "Nơi nhận:" | "PHÓ CHỦ TỊCH" on the next page (2904/QĐ-UBND scanned)
                (cells_sig if (tuple(acc.levels), acc.title, acc.name, acc.heading_lines) != signed
                 else cells_list if acc.list_open and (acc.items or V.NOI_NHAN_RE.match(sg.view.strip(" *")))
                 or acc.label_seen and not acc.levels
                 else cells_sig).add(cell)
            used |= ok
        if used:
            acc.start = ln.start if acc.start is None else acc.start
            acc.end = ln.end
            quiet = 0
        else:
            quiet += 1
            first_quiet = i if quiet == 1 else first_quiet
            if acc.name is not None or quiet >= 2:
                i = first_quiet  # what follows starts at the first line the block did not take (a footnote)
                break
        if acc.name is not None and (not acc.list_open or _archive_last(acc)) \
                and (acc.label_seen or not _list_ahead(lines, i + 1, stop)):
            # the archive note ("- Lưu: VT, KTTH", no full stop) is the list's last item: with the signer
            # named, nothing below belongs to the block (an appendix "QUY CHẾ …" is no item's rest)
            if acc.last_sig == "name" and (k := _next_filled(lines, i + 1, stop)) <= i + 2 and k < stop \
                    and len(lines[k].segs) == 1 and _name_rest(acc.name, rest := lines[k].text.strip(" *-–—")):
                acc.name += " " + rest  # "Phan Văn" ⏎ "Nam" (a scan: "— Nam", a speck before it): the name's wrapped rest
                acc.end, i = lines[k].end, k
            i += 1
            break
        i += 1
    _archive_name(acc)
    recips = [Part("recipient", it[0].start, it[-1].end) for it in acc.items]
    sig = SignatureBlock(start=acc.start if acc.start is not None else lines[start].start, end=acc.end,
                         levels=tuple(acc.levels), title=acc.title, name=acc.name)
    return sig, recips, i


def recipients_below(lines: list[Line], i: int) -> tuple[list[Part], int] | None:
    """(recipient items, index after the list) of a Nơi nhận list printed below a joint document's signatures (the
    signature table first, the list's own block under it, t28-04) when the first filled line from ``i`` opens it
    (:func:`opens_recipients`); else None."""
    at = next((k for k in range(i, len(lines)) if not lines[k].blank), None)
    if at is None or not lines[at].segs:
        return None
    v = lines[at].segs[0].view.strip(" *")
    if not (V.NOI_NHAN_RE.match(v) and opens_recipients(lines, lines[at], v)):
        return None
    _, items, after = read_signature(lines, at, len(lines))
    return items, after


_PAGE_NUMBER_RE = re.compile(r"[\W_]{0,2}\d{1,3}[\W_]{0,2}")


_CO_BODY_LINES = 3  # a body's name above a joint document's further signature: at most this many lines of capitals


def co_signature_start(lines: list[Line], i: int, stop: int) -> int | None:
    """Index of a second signature's first line right after a first one (from line ``i``), else None: a joint
    document (văn bản liên tịch) signs once per body, side by side or one below the other ("TM. BAN THƯỜNG VỤ TỈNH
    ĐOÀN" / "BÍ THƯ" / name, then "SỞ GIÁO DỤC VÀ ĐÀO TẠO" / "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" / name). The second block
    opens with a level line, or with a signer's title over a name; the body's name above it, wrapped on up to
    ``_CO_BODY_LINES`` lines of capitals ("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI" / "CHI NHÁNH TỈNH …", t28-04), is passed over
    (:func:`co_signature_body` reads it). A list item, the Nơi nhận label or the motto (an attached document's
    header) first: no second signature."""
    body_lines = 0
    for ln in lines[i:min(stop, i + 12)]:
        if ln.blank:
            continue
        v = ln.view.strip(" *")
        if V.NOI_NHAN_RE.match(v) or ln.text.lstrip(" *")[:1] in "-–+•" or V.APPENDIX_RE.match(ln.text) \
                or V.MOTTO_RE.search(ln.view):
            return None
        if upper_ratio(ln.text) > 0.6 and V.SIGN_LEVEL_RE.match(v):
            return ln.index
        if upper_ratio(ln.text) > 0.8 and V.SIGNER_TITLE_RE.match(ln.view) and len(ln.text.split()) <= 6:
            below = next((x for x in lines[ln.index + 1:min(stop, ln.index + 5)] if not x.blank), None)
            if below is not None and _is_name(below.text.strip(" *")):
                return ln.index
        body_lines += 1
        if body_lines > _CO_BODY_LINES or upper_ratio(ln.text) < 0.8:
            return None
    return None


def co_signature_body(lines: list[Line], i: int, at: int) -> str | None:
    """The body's name printed in place of a level above a further signature that opens with its signer's title
    (lines ``i``..``at``, ``at`` from :func:`co_signature_start`): "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI" / "CHI NHÁNH TỈNH
    ĐỒNG THÁP" / "GIÁM ĐỐC" / name — the body the signer signs for, so the signature's authority (t28-04's labels keep
    it as such); None when the block opens with a level of its own (the level is the authority) or nothing is above."""
    if V.SIGN_LEVEL_RE.match(lines[at].view.strip(" *")):
        return None
    names = [re.sub(r"\s+", " ", ln.text.strip(" *")).strip() for ln in lines[i:at] if not ln.blank]
    return " ".join(names) or None


def _page_number(ln: Line) -> bool:
    """A page's printed number on a line of its own (OCR may add specks: "548)" for "22"), centred when the
    line's position is known."""
    if not _PAGE_NUMBER_RE.fullmatch(ln.text.strip()):
        return False
    geo = ln.geo
    x0, x1 = getattr(geo, "x0", None), getattr(geo, "x1", None)
    return x0 is None or x1 is None or 0.4 < (x0 + x1) / 2 < 0.6


def _item_ahead(lines: list[Line], i: int, stop: int) -> bool:
    """The next non-blank line is one more "- …" item (legacy OCR leaves blank lines between items). The next
    page's printed number between is passed over: "- Sở Công Thương …;" / (page break) "4" / "- Lưu: VT, XNK (12)."
    (a text copy of a PDF whose list ran over its page, the session-50 newcomer's 61/2025/TT-BCT): the list goes on
    over the number as :func:`read_signature` reads it, where the blank line before the number had closed it."""
    for ln in lines[i:min(stop, i + 6)]:
        if not ln.blank and not _page_number(ln):
            return _dash(ln.text)
    return False


def _stacked_ahead(acc: _Acc, lines: list[Line], i: int, stop: int) -> bool:
    """The two columns stacked a line each, a blank line between (a document run on one line, broken by its words):
    "- Như trên (t/h);" / "" / "PHÓ BÍ THƯ" / "" / "- Thường trực Tỉnh ủy (để b/c);" — the next filled line is the
    signature's (a level or title, no name read yet) and the one after it one more item: the list goes on."""
    if acc.name is not None:
        return False
    filled = [ln for ln in lines[i:min(stop, i + 6)] if not ln.blank][:2]
    return (len(filled) == 2 and len(filled[0].segs) == 1 and _signature_like(filled[0].segs[0])
            and not _is_name(filled[0].text.strip()) and _dash(filled[1].text.strip()))


_MOTTO_HEADS_RE = re.compile(V.kw("cong hoa xa hoi") + "|" + V.kw("doc lap") + "|" + V.kw("dang cong san viet nam"))


def _next_page_motto(ln: Line) -> bool:
    """The line is the next page's motto: nothing but the motto's words, or its head ("CỘNG HÒA XÃ HỘI …",
    "Độc lập - …") — not an item's rest that folds like a piece of it ("tin điện tử Bộ Công Thương;": "tử Bộ"
    ~ "tự do", 56/2025/TT-BCT scanned)."""
    return bool(_MOTTO_HEADS_RE.search(ln.view)) or not V.MOTTO_RE.sub("", ln.view).strip(" -–—,.*_")


def _first_item_undashed(acc: _Acc, lines: list[Line], i: int, stop: int) -> bool:
    """Line ``i``, right under the "Nơi nhận:" label, is the list's first item whose dash OCR lost
    (37700/TB-CHQ as legacy OCR reads it): no signing level, title or name, and "- …" items follow
    within a few lines."""
    if not (acc.label_seen and acc.list_open) or acc.items or acc.levels or acc.title or not lines[i].segs:
        return False
    t = lines[i].text.strip()
    if _dash(t) or _signature_like(lines[i].segs[0]) or upper_ratio(t) > 0.6 or V.NOI_NHAN_RE.match(lines[i].view.strip(" *")):
        return False
    ahead = [ln for ln in lines[i + 1:min(stop, i + 8)] if not ln.blank][:4]
    return any(_dash(ln.text.strip()) for ln in ahead)


#: filled lines looked at below an undashed line for the archive note that ends the list
_ARCHIVE_AHEAD_LINES = 3


def _item_before_archive(acc: _Acc, lines: list[Line], i: int, stop: int) -> bool:
    """(scan48) Line ``i`` is one more item of the open list whose dash a scan misread as letters, because the archive
    note ("- Lưu: …"), the list's last item, follows within :data:`_ARCHIVE_AHEAD_LINES` filled lines with nothing of
    the signature between: 386/NQ-CP scanned by session 47's newcomer read "- VPCP: các PCN, Trợ lý TTg," under the
    signer's name as "sc VPCGP' các PGCN, Trợ lý 11," and the list lost it and the "- Lưu" note. Only after a closed
    item (an open one takes the line as its rest) and never the block's own line (a level, title or name)."""
    if not (acc.list_open and acc.items) or not lines[i].segs or len(lines[i].segs) != 1 or _archive_last(acc):
        return False
    t = lines[i].text.strip()
    if (_dash(t) or _signature_like(lines[i].segs[0]) or _is_name(t) or len(t) > 100
            or V.NOI_NHAN_RE.match(lines[i].view.strip(" *")) or P_ARCHIVE_RE.match(fold(t))
            or not acc.items[-1][-1].text.rstrip(" *").endswith((";", "."))):
        return False
    for ln in [x for x in lines[i + 1:stop] if not x.blank][:_ARCHIVE_AHEAD_LINES]:
        text = ln.text.strip()
        if _dash(text):
            return bool(P_ARCHIVE_RE.match(fold(text.lstrip("-–+•_~|¦ "))))
        if not ln.segs or _signature_like(ln.segs[0]) or _is_name(text):
            return False
    return False


def _open_item_goes_on(acc: _Acc, lines: list[Line], i: int, stop: int) -> bool:
    """Below a scan's two-column region, line ``i`` goes on the last item when nothing closed it
    ("- Công ty TNHH …" / "Việt Nam (Tầng 33, Keangnam Landmark, E6," | the signature beside | "đường Phạm
    Hùng, …", 37695/TB-CHQ scanned; "… Thuế tỉnh" | "KT. CHỦ TỊCH" | "Lạng Sơn;", 2512/QĐ-UBND): in small
    letters, or with more "- …" items right below — a footnote below the block has neither."""
    if not acc.items or not lines[i].segs or _signature_like(lines[i].segs[0]):
        return False
    last = acc.items[-1][-1].text.rstrip(" *")
    if last.endswith((";", ".", ":")):
        return False
    ahead = [ln for ln in lines[i + 1:min(stop, i + 6)] if not ln.blank][:3]
    return lines[i].text.strip()[:1].islower() or any(_dash(ln.text.strip()) for ln in ahead)


def _item_cut_at_comma(acc: _Acc, lines: list[Line], i: int) -> bool:
    """The line right above ``i`` was the open list's last item and ends with a comma: line ``i`` is that item's
    rest, in capitals when it goes on listing units' codes ("- Các Bộ, cơ quan: NNMT, DTTG," / "TC, XD, YT, GDĐT,
    VHTTDL, NV,"). Why: the office print of 631/TB-VPCP put "KT. BỘ TRƯỞNG, CHỦ NHIỆM" at a page's foot and the
    list on the next page; the codes' line after the level read as the level's rest. A level wrapped in a stacked
    scan ("TM. ỦY BAN" / "NHÂN DÂN") never follows an item cut at its comma."""
    if not (acc.list_open and acc.items):
        return False
    above = next((ln for ln in reversed(lines[:i]) if not ln.blank), None)
    last = acc.items[-1][-1]
    return above is not None and last.end == above.end and last.text.rstrip(" *").endswith(",")


def _next_filled(lines: list[Line], i: int, stop: int) -> int:
    """Index of the first non-blank line from ``i`` (``stop`` when none)."""
    return next((k for k in range(i, stop) if not lines[k].blank), stop)


def _units_between_items(acc: _Acc, lines: list[Line], i: int, stop: int) -> bool:
    """Line ``i``, with no item mark, sits between two items of an open list, the one above naming a body
    and its units after a colon ("- VPUB: CVP, các PCVP;" / "Phòng KT, TTPVHCC;" / "- Các Ban HĐND tỉnh;",
    138/2025/QĐ-UBND; legacy OCR leaves blank lines between them): it goes on listing those units,
    whatever closed the line above."""
    if i >= stop or not (acc.list_open and acc.items) or _dash(lines[i].text.strip()) or not lines[i].segs:
        return False
    head = acc.items[-1][0].text.lstrip("-–+•_* ")
    t = lines[i].text.strip()
    return (":" in head and not P_ARCHIVE_RE.match(fold(head)) and len(t) <= 80 and not _signature_like(lines[i].segs[0])
            and not V.NOI_NHAN_RE.match(lines[i].view.strip(" *")) and _item_ahead(lines, i + 1, stop))


def _closed_archive(acc: _Acc) -> bool:
    """The last item is the archive note ("- Lưu: VT, TCCB."), the list's last, closed by its full stop:
    nothing below goes on it (eng OCR's "ok ok" for the seal under the signer's name)."""
    first, last = acc.items[-1][0].view.lstrip(" -–+•_*"), acc.items[-1][-1].text.rstrip(" *")
    return bool(re.match(r"l[uw]u\b", first)) and last.endswith(".")


def _archive_last(acc: _Acc) -> bool:
    """The last item is the archive note ("- Lưu: VT, KTTH"), full stop or not."""
    return bool(acc.items) and bool(re.match(r"l[uw]u\b", acc.items[-1][0].view.lstrip(" -–+•_*")))


def _dash(text: str) -> bool:
    """A list item's mark opens ``text``: "-", "–", "+", "•", or "_ " (eng OCR's reading of a dash), "~ " (a scan's or a phone
    photo's: "~ Sở Nội vụ tỉnh (b/c);", qd312 scanned); (scan47) or a speck read as a bar before the dash ("|- Thủ tướng,
    các Phó Thủ tướng Chính phủ;", 228/CĐ-TTg scanned by session 46's newcomer: the item was read as the rest of the
    one above, "- Như trên; NT")."""
    return text[:1] in "-–+•" or text.startswith(("_ ", "~ ")) or bool(_BAR_DASH_RE.match(text)) \
        or bool(_SPECKED_DASH_RE.match(text)) or bool(_COLON_DASH_RE.match(text))


#: (scan47) a speck read as a bar before an item's dash: "|- ", "¦– "
_BAR_DASH_RE = re.compile(r"[|¦]\s?[-–+•]\s?(?=\S)")
#: (scan48) an item's dash a scan read as two or three specks, then the item's capital: "_~ Văn phòng Chủ tịch nước;"
#: (217/CĐ-TTg scanned by session 47's newcomer, under the signer's name: the list's last five items were lost),
#: "~- Bộ Nội vụ", "-~ Như trên;", "—_ Lưu: VT"
_SPECKED_DASH_RE = re.compile(rf"[-–—_~|¦]{{2,3}}\s?(?=[{CAPITAL}])")
#: (scan48) an item's dash a scan read as a colon at the line's start: ": Ủy ban MTTQ Việt Nam xã, Hội Nông dân" (a46-07
#: scanned: the item ran into the one above it, "Các chi bộ trực thuộc, : Ủy ban MTTQ …"); no item's rest opens so
_COLON_DASH_RE = re.compile(rf":\s(?=[{CAPITAL}])")


def _closes_open_bracket(acc: _Acc, text: str) -> bool:
    """(scan47) ``text`` closes the bracket the last item left open: the purpose note wrapped onto its own line, read
    with as few letters as a speck ("- PCTr Bùi Văn Kiên (để" ⏎ "b/€); :", 5608/CT-CS scanned by session 46's
    newcomer): it is the item's rest, not a speck to skip — skipped, the item kept "(để" and the note half."""
    if not (acc.list_open and acc.items) or ")" not in text:
        return False
    last = " ".join(sg.text for sg in acc.items[-1])
    return last.count("(") > last.count(")")


def _rest_ahead(acc: _Acc, lines: list[Line], i: int, stop: int) -> bool:
    """The next non-blank line is the rest of the last item, cut off by a blank line (legacy OCR):
    "- Các tỉnh ủy, thành ủy, đảng ủy" / "" / "trực thuộc Trung ương," (a small letter), or
    "- Ban Thi đua - Khen thưởng Trung ương" / "" / "(b/c);" (the item not closed by ";" or ".")."""
    nxt = next((ln for ln in lines[i:min(stop, i + 4)] if not ln.blank), None)
    if nxt is None or not nxt.segs or _signature_like(nxt.segs[0]) or V.NOI_NHAN_RE.match(nxt.view):
        return False
    t = nxt.text.strip()
    last = acc.items[-1][-1].text.rstrip(" *")
    open_item = not last.endswith((";", ".", ":"))
    return ((t[:1].islower() and not _closed_archive(acc)) or (open_item and len(t) < 100)
            or (last.endswith(":") and bool(_LIST_AFTER_COLON.match(t))))


def _list_ahead(lines: list[Line], i: int, stop: int) -> bool:
    for ln in lines[i:min(stop, i + 4)]:
        if ln.blank:
            continue
        return any(V.NOI_NHAN_RE.match(sg.view.strip(" *")) for sg in ln.segs)
    return False

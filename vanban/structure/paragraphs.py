"""Paragraph breaks of a "flat" text: paragraphs one newline apart, no blank line between them.

Why: text pasted from Word or a web page into a .txt, and many DOCX/ODT conversions, put each
paragraph (or each printed line) on its own line with no blank line between paragraphs. The
structure stage and the extractors read a blank line as the end of a title block, a heading, a
table cell or a list item; without one a Thông tư's trích yếu swallows the body under it
("THÔNG TƯ" / "Quy định chi tiết …" / "Trong thời hạn …"), an article heading takes the prose
under it up to the next colon, a heading in capitals runs into the next line ("Sở Văn hoá, Thể
thao và Du lịch" / "Định hướng …"). :func:`is_flat` says whether a text is of that kind;
:func:`spread` writes it back with a blank line at each paragraph break read from the lines
themselves (a line closed by "." / ";" / ":" before a capital; a label "1." / "a)" / "-" opening
a line; a line much shorter than the page's measure before a capital; the header's cells, the
type line, separators; a table's cells copied one per line: a figure, an empty cell's dash, column names opening
alike), with the map from its offsets to those of the flat text (:class:`.spread.Spread`). A table whose cells stand
one after the other, read well from the flat lines by :mod:`.stacked`, is written with the layout its clean copy
has (:func:`cell_gaps`: cells one blank line apart, rows two), so every reader after it sees the rows.

The structure stage decides (``vanban.structure.build_structure``): a flat text's Structure holds offsets into the
text as given and the breaks written (``Structure.breaks``), which extraction writes into the text it reads.

Only text with next to no blank lines is spread: legacy OCR and text copied with its blank lines
(and every input with geometry) are read as they are.
"""

from __future__ import annotations

import re

from vanban.cellgrid import is_group_label
from vanban.structure import break_words as W
from vanban.structure import vocab as V
from vanban.structure.lines import GAP, lines_of, pages_of_text
from vanban.structure.mend import upper_ratio
from vanban.structure.spread import Spread
from vanban.structure.stacked import read_stacked_tables
from vanban.text import fold

__all__ = ["is_flat", "spread", "Spread", "breaks", "break_kind", "goes_on", "labelled", "page_measure"]

# a list label opening a line ("1.", "1.1.", "a)", "I.", "Điều 3.", "-", "+", "(1)"); a bare number ("1")
# is a table's STT cell
_LABEL = [rx for rx, _ in V.LABELS]


def _lines(page: str) -> list[str]:
    return page.split("\n")


def is_flat(text: str) -> bool:
    """The text has next to no blank lines between its non-blank lines (≤ 1 in 40, at least 12
    lines): paragraphs one newline apart."""
    n = blanks = 0
    gap = False
    for ln in text.replace("\f", "\n").split("\n"):
        if ln.strip():
            blanks += gap and n > 0  # a blank run between two non-blank lines
            n += 1
            gap = False
        else:
            gap = True
    return n >= 12 and blanks <= n // 40


def page_measure(lines: list[str]) -> int:
    """The page's measure: the length that nine lines in ten stay under (hard-wrapped text: the
    wrap width; a paragraph per line: a long paragraph's length)."""
    lens = sorted(len(x.strip()) for x in lines if x.strip())
    return lens[int(len(lens) * 0.9)] if lens else 0


def _capitals(s: str) -> bool:
    return upper_ratio(s) > 0.8 and sum(c.isalpha() for c in s) >= 2


def _left_cell(s: str) -> str:
    """The left cell of a line laid out in columns (cells apart by a run of spaces or a tab, :data:`.lines.GAP`); the
    line itself when it has one cell. Why: a two-column header pasted as text holds a line of the issuer and a line of
    the national title on one line, and the issuer's name wraps in its own column, not across the line."""
    return GAP.split(s, maxsplit=1)[0]


def _type_line(s: str) -> bool:
    """A type line in capitals ("KẾ HOẠCH", "THÔNG TƯ", "QUYẾT ĐỊNH"), nothing else on it."""
    # (the few words first: a long line — a text pasted on one line, a paragraph a line — is not counted letter by letter)
    return len(s.split(maxsplit=6)) <= 6 and ":" not in s and _capitals(s) and bool(V.TYPE_LINE_RE.match(fold(s).strip(" *")))


def labelled(s: str) -> bool:
    """The line ``s`` opens with a list's or an item's label ("1.", "a)", "-", "+"): a paragraph of its own, not a
    line of prose going on (also read by :mod:`.heading_breaks`, a heading's paragraph under it opens with none)."""
    return any(rx.match(s) for rx in _LABEL)


def breaks(a: str, b: str, width: int, opens: bool = False, title: bool = False) -> bool:
    """A paragraph break falls between the line ``a`` and the line ``b`` under it (both stripped,
    non-blank) on a page whose measure is ``width``; ``opens``: ``a`` opens its paragraph; ``title``:
    ``a`` is a line of the trích yếu (the paragraph under the type line)."""
    return break_kind(a, b, width, opens, title) is not None


def _place_wrapped(a: str, fb: str) -> bool:
    """``a`` is the first part of a place name its date line ends ("Thành phố Hồ" / "Chí Minh, ngày 19 …"):
    a few words, no digit, no colon, no closing mark, the date line's place one or two words."""
    place = fb.split(",", 1)[0].split()
    return (len(place) <= 2 and len(a.split()) <= 4 and not re.search(r"[\d:.;,]", a) and not labelled(a)
            and all(w[:1].isupper() or w in ("phố", "tỉnh", "xã", "phường", "huyện", "quận") for w in a.split()))


def _parallel(a: str, b: str, width: int) -> bool:
    """The short line ``a`` and the line ``b`` open with the same two words, the first capitalised ("Nhiệm vụ thẩm
    tra, thông qua" / "Nhiệm vụ soạn thảo": a table's column names, a list's items copied without their marks): a
    sentence wrapped over two lines does not open both alike."""
    wa, wb = a.strip(" *").split()[:2], b.strip(" *").split()[:2]
    return len(wa) == 2 and wa == wb and wa[0][:1].isupper() and not _capitals(wa[0] + wa[1]) and len(a) < 0.7 * width


def goes_on(a: str, fa: str, b: str) -> bool:
    """The line ``a`` (folded ``fa``) leaves its sentence open for ``b``: a comma, a connector ("… của",
    "… bởi"), "…, ngày" before its date, a label alone, an abbreviation ("TP."), a word before its number."""
    end = fa.rstrip(" *")
    return bool(a.endswith(",") or V.WRAPPED_END_RE.search(end) or W.OPEN_END.search(end) or W.PLACE_DATE_OPEN.search(fa)
                or W.BARE_LABEL.match(a.strip(" *")) or W.ABBREV_END.search(a.rstrip(" *"))
                or (b[:1].isdigit() and W.WAITS_NUMBER.search(a.rstrip(" *:"))))


def break_kind(a: str, b: str, width: int, opens: bool = False, title: bool = False) -> str | None:
    """Why a paragraph break falls between the lines ``a`` and ``b`` (see :func:`breaks`): "rule", "type",
    "cell", "list", "label", "title", "closed", "short"; None when ``b`` goes on ``a``'s paragraph."""
    fa, fb = fold(a), fold(b)
    if not b.strip(" *"):
        return "cell"  # "* *": an empty cell of the page's table (after the signature, before a note)
    if (V.SEPARATOR_RE.match(b) and len(b.strip()) >= 3) or (V.MOTTO_RE.match(fb) and _capitals(a)):
        return None  # the rule under a header cell ("ỦY BAN NHÂN DÂN" / "-------") belongs to it
    if a.strip(" *") in ("-", "–") and (W.FIGURE_CELL.match(b.strip(" *")) or b.strip(" *") in ("-", "–")):
        return "cell"  # "-" / "80": a table's empty cell ("-") before the next cell's figure
    if a.strip(" *") in ("-", "–", "+", "•"):
        return None  # a dash alone, its item's text on the next line (a web page's list copied as text)
    if V.SEPARATOR_RE.match(a) and len(a.strip()) >= 3:
        return "rule"
    if b.strip(" *") in ("-", "–", "+", "•"):
        return "label"  # a dash alone, its item's text on the next line
    if _type_line(a):
        return "type"  # "KẾ HOẠCH" / "CHUYỂN ĐỔI SỐ …", "THÔNG TƯ" / "Quy định …": the type line apart from the trích yếu
    pd = V.PLACE_DATE_RE.match(fa.strip(" *"))
    if _type_line(b) or (pd and pd.end() >= len(fa.strip(" *")) - 2):
        return "cell"  # the place-date cell ("… ngày 10 tháng 11 năm 2025") over the type line
    if _parallel(a, b, width):
        return "cell"  # "Nhiệm vụ thẩm định" / "Nhiệm vụ tổng hợp, …": column names or items opening alike
    if goes_on(a, fa, b):
        return None  # the sentence, the list of names, the place-date or the label's text goes on
    if W.FIGURE_CELL.match(b.strip(" *")):
        return "cell"  # a figure alone on its line: a table's cell (a row's number, a value), after a long line too
    first = b.lstrip("*\"“(")[:1]
    if first.islower() and not labelled(b):
        return None
    if b.startswith("(") and a.rstrip(" *").endswith("/."):
        return None  # "… (qua email: …)./." / "(Công điện số 225/CĐ-TTg … gửi kèm theo)": the note under the text's
        # closing mark goes with its last paragraph, no paragraph (nor task) of its own (96/CĐ-BXD)
    if (W.SYMBOL_START.match(b) or b.startswith("(")) and not W.CLOSED.search(a):
        return None  # "Căn cứ Phương án" / "02600/PA-UBND ngày …"; "1. Giao Sở …" / "(Chi cục Kiểm lâm) chủ trì …"
    if V.NOI_NHAN_RE.match(fa) or V.NOI_NHAN_RE.match(fb) or V.KINH_GUI_RE.match(fb) or V.APPENDIX_RE.match(b):
        return "list"
    if W.PLACE_DATE_START.match(fb) and not _place_wrapped(a, fb):
        return "cell"  # the header's place-date cell ("V/v: Chính sách thuế TNCN" / "Hà Nội, ngày 19 tháng 11")
    if (fa.lstrip("- ").startswith("luu") and W.CLERK_MARK.match(b)) or (V.VV_RE.match(fa) and len(a.split()) <= 2):
        return None  # a clerk's mark under "Lưu:"; "V/v:" over its trích yếu
    if labelled(b):
        return "label"
    if title and not _capitals(b) and (W.PROSE_OPEN.match(fb) or re.search(r"[.;]\s*$", b)) \
            and not W.NAME_HEAD.search(fa.rstrip(" *")) and not (a.rstrip(" *").split() or [""])[-1][:1].isupper():
        return "title"  # the trích yếu ends where prose begins ("Quy định chi tiết …" / "Trong thời hạn 30 ngày …")
    if title and _capitals(b) and not W.TITLE_GOES_ON.search(fa.rstrip(" *")) and (V.AUTHORITY_LINE_RE.match(fb.strip(" *")) or V.ENACTING_RE.match(fb.strip(" *"))):
        return "title"  # the enacting authority under the trích yếu ("… THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA BỘ CÔNG
        # THƯƠNG" / "BỘ TRƯỞNG BỘ CÔNG THƯƠNG", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …"), both in capitals
    if _capitals(a) and _capitals(b):
        return None  # a name, a title or a signature level in capitals wrapped
    if _capitals(_left_cell(a)) and _capitals(_left_cell(b)):
        return None  # the same in the left column of a two-column header ("ỦY BAN NHÂN DÂN   CỘNG HÒA …" /
        # "HUYỆN AN PHÚ   Độc lập …"): the issuer's second line, no paragraph of its own
    if W.CLOSED.search(a):
        return "closed"
    if len(a) >= 0.7 * width:
        return None  # a full line: the paragraph goes on
    if b[:1].isupper() and not _capitals(a):
        # a capital under a short line: a new paragraph, or a name the line broke ("… của Tổng" / "Bí thư …",
        # "… Giám đốc Sở Giáo dục và Đào tạo tỉnh" / "Cao Bằng tại …"), or the rest of a paragraph whose
        # first line is short (indented: "Theo đề nghị của Giám đốc" / "Sở Y tế tại Tờ trình …")
        last = (a.rstrip(" *").split() or [""])[-1]
        if last[:1].isupper() or (W.NAME_HEAD.search(fa.rstrip(" *")) and last.lower() not in W.NOT_NAME_HEAD) \
                or (W.PLACE_HEAD.search(fa.rstrip(" *")) and W.PROPER_NAME.match(b)):
            return None
        if opens and ((not labelled(a) and (len(a) >= 0.45 * width or len(b) >= 0.7 * width))
                      or W.CLAUSE_OPEN.match(fa.strip(" *"))):
            return None  # a paragraph's first line, or a sentence of assignment or basis under way
            # ("Giao Văn phòng Ủy ban nhân dân" / "Thành phố kiểm tra, đôn đốc …")
        if W.DASH_ITEM.match(a) and not _capitals(b):
            return None  # a dash item's first line, short as a page indents it, its sentence not closed: a
            # dash opens a task or a point, never a heading ("- Lập dự toán kinh phí báo cáo" / "Sở Nông nghiệp …");
            # the dash opens its item even when the line above ran on into it (an addressee after "Kính gửi: - Ủy ban
            # nhân dân tỉnh,": "- Các cơ quan chuyên trách tham mưu, giúp việc" / "Đảng ủy Ủy ban nhân dân tỉnh,")
        if not opens and not labelled(a) and len(b) >= 0.7 * width:
            return None  # a short line inside a paragraph, a long one under it: the paragraph goes on
            # ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam các cấp" / "Thành phố và các tổ chức thành viên …")
    return "short"



def spread(text: str) -> Spread:
    """``text`` with a blank line written at each paragraph break (see :func:`breaks`), page by page
    (pages joined with "\\f"); offsets map back through :meth:`Spread.back`."""
    out: list[str] = []
    added: list[int] = []
    pos = 0  # the length of ``out``'s text so far
    # a table whose cells stand one after the other is read from the flat lines (the row numbers
    # open its rows, vanban.structure.stacked): inside it, only its cells and rows are written apart
    flat_lines = lines_of(pages_of_text(text))
    tables = read_stacked_tables(flat_lines, text)
    at = {ln.start: ln.index for ln in flat_lines if not ln.blank}
    laid = [(table, lo, hi, cell_gaps(table)) for table, lo, hi in tables]
    # a table read poorly (no layout to write) is read line by line as the rest of the text
    inside = {i for _, lo, hi, g in laid if g for i in range(lo + 1, hi + 1)}
    gaps = {at[start]: gap for _, _, _, g in laid for start, gap in g if start in at}
    index = 0  # the line's index over all pages, as lines_of counts them
    for k, page in enumerate(text.split("\f")):
        if k:
            out.append("\f")
            pos += 1
        lines = _lines(page)
        width = page_measure(lines)
        prev = None
        opens, title = True, False
        for i, raw in enumerate(lines):
            if i:
                out.append("\n")
                pos += 1
            s = raw.strip()
            kind = break_kind(prev, s, width, opens, title) if s and prev is not None and index not in inside else None
            for _ in range(gaps.get(index, 0) if index in inside else 1 if kind else 0):
                out.append("\n")
                added.append(pos)
                pos += 1
            kind = kind or ("cell" if gaps.get(index) and index in inside else None)
            if s:
                opens = bool(kind) or prev is None
                title = kind == "type" or (title and not kind)
            out.append(raw)
            pos += len(raw)
            prev = s or None
            index += 1
    return Spread("".join(out), tuple(added))


def cell_gaps(table) -> list[tuple[int, int]]:
    """(offset of a cell's first line, blank lines before it) for each cell of a stacked-cell table read from
    a flat text but its first: the blank lines a page's table markup leaves (``realdocs/md2plain.py``, read
    back by :func:`vanban.cellgrid.next_cell`): one between two cells of a row and one more for each empty
    cell skipped; at a row's end two, and one more for each empty cell at the end or at the next row's start.
    Written into the text, they give the table the layout its clean copy has: its rows marked by two blank lines.
    [] for a table read poorly (:func:`_well_read`): its lines stay as they are."""
    n = len(table.rows[0])
    if not _well_read(table.rows[1:]):
        return []
    out, last = [(table.start, 2)], None  # last: the column of the cell before; the header apart from the text above
    for row in table.rows:
        first = True
        label = row[0].text.split()[0] if row[0].text and row is not table.rows[0] else ""
        # "I." / "NÂNG CAO …" one cell as a page prints it (vocab.GROUP_ROW_RE); "I" / "CƠ CHẾ, CHÍNH SÁCH" two
        group = is_group_label(label) and label.endswith((".", ")"))
        for col, cell in enumerate(row):
            if cell.start == cell.end and not cell.text:
                continue  # an empty cell: counted in the gap before the next one
            if group and not first:
                continue  # a group row's name goes on its label's cell
            if last is not None:
                out.append((cell.start, (n - last + 1) + col if first else col - last))
            last, first = col, False
    return out


def _well_read(body) -> bool:
    """The rows of a stacked-cell table read from flat lines follow their numbers: two rows at least, seven in ten
    opened by a row number ("1", "1.2", "I.", "A") and no number more than one past the last ("1.1" / "50": a norm
    table's figure taken for a row's number, its columns guessed wrong)."""
    labels = [W.ROW_LABEL.match(r[0].text) for r in body]
    if len(body) < 2 or sum(bool(m) for m in labels) < 0.7 * len(body):
        return False
    last = None
    for m in labels:
        if m and m.group("n"):
            n = int(m.group("n"))
            if last is not None and n > last + 1:
                return False
            last = n
    return True


"""Tables of figures printed a cell a line: quota tables by unit, indicator tables by year, and the one reader of an
indicator table's columns.

Why: a plan's "Phụ lục giao chỉ tiêu" ("TT | Đơn vị | Đơn vị máu (đơn vị) | Kết nạp đoàn viên mới (đoàn viên)", a
row per unit charged) and its "Chỉ tiêu cụ thể theo từng năm" ("STT | Chỉ tiêu | Năm 2027 | Năm 2028 | …") come, in
plain text and in legacy OCR, as one cell after the other, the blank lines between cells kept, lost or added at
random ("1" / "Đoàn Khối các cơ quan tỉnh" / "20" / "600" / "2" / …). Their column names are no task table's, so the
stacked reader (:mod:`.stacked`) does not take them; the extraction stage read them from the text itself, apart from
the Structure (issue #9). Here they become the Structure's :class:`Table` s, with their cells' offsets, and the target
extractor reads their cells (:mod:`vanban.extract.indicator_cells`):

* a quota table (``role`` :data:`QUOTA`): its header a units' column (:data:`vocab.QUOTA_BODY_HEAD_RE`, after an
  optional "TT"), then two or more kinds of target (:data:`vocab.QUOTA_KIND_HEAD_RE`: a unit or a bound in
  parentheses; a bare name when the first row's number follows), under a caption naming quotas set, not results
  (:data:`vocab.QUOTA_CAPTION_RE`, kept in ``Table.caption``: its period is the targets'). Columns: the row's number,
  its unit's name, one per kind;
* an indicator table by year (``role`` :data:`BY_YEAR`): "Chỉ tiêu" (:data:`vocab.YEAR_ROWS_LABEL_HEAD_RE`, after an
  optional "STT") over two or more year heads ("Năm 2027", "2028"). Columns: the row's number, its indicator (wrapped
  over three lines at most), one per year.

Rows are read line by line, whatever the blank lines say: a number alone just before a line that is no figure opens
the next row, a short line of words a unit's name or an indicator, a figure cell (:data:`vocab.FIGURE_CELL_RE`, a
quota cell with its own unit: :data:`vocab.UNIT_FIGURE_CELL_RE`) the next column's; a line of prose ends the table.
A scan's OCR damages some cells: a figure misread ("1B" for 15) still holds its column, a row's number misread ("s4",
"c" for 2, 3) still opens its row after a full row (a20-10 and t21-10 scanned); the figures of a row OCR damaged are put
back in their columns by :mod:`.quota_realign`. A group row over rows numbered on ("I" / "Cấp học mầm non" / "1" / "Giáo
viên mầm non", a Thông báo tuyển dụng's positions, t52-08) is read as a row without figures and counts no row.
The text is read whole, table lines of a page's geometry too: these roles are read by the target extractor alone, and
a data table of the geometry may cover the same cells (the other readers read that one).
Tests: tests/test_figure_tables.py.
"""

from __future__ import annotations

import re

from vanban.models import Table, TableCell
from vanban.structure import vocab as V
from vanban.structure.quota_realign import OVER as _OVER
from vanban.structure.quota_realign import damaged_figure as _damaged_figure
from vanban.structure.quota_realign import figure_cell as _figure
from vanban.structure.quota_realign import realign as _realign
from vanban.structure.quota_realign import words_cell as _words_cell
from vanban.text import CAPITAL, fold

__all__ = ["BY_YEAR", "QUOTA", "counted_caption", "goals_part_at", "grouped_head", "indicator_columns", "measure_head", "planned_count", "quota_grids",
           "quota_head", "quota_kinds", "quota_part_at", "read_figure_tables", "states_figure", "turned_grids",
           "undated_head"]

QUOTA = "quota"  # Table.role of a quota table by unit
BY_YEAR = "by_year"  # Table.role of an indicator table by year

_LINE = re.compile(r"[^\n\f]*\S[^\n\f]*")
_NAME_MAX_WORDS = 16  # a unit's name cell ("Các Đoàn xã, phường còn lại (mỗi đơn vị)"); longer is prose: the table ended
_ROW_LABEL_MAX_WORDS = 30  # an indicator's cell ("Tỷ lệ hồ sơ công việc … (trừ hồ sơ mật)"); longer is prose
_CAPTION_LINES = 4  # the caption's lines above the header (a note in parentheses wrapped over lines counts as one)
_NOTE_LINES = 5  # lines a note in parentheses ("(Kèm theo Quyết định số … của Ủy ban nhân dân tỉnh …)") runs over
_TEXT_COLUMNS = 2  # a quota table's columns of words about the unit before its figures ("Thuộc xã cũ")

# (tgt35c) a time column's cell ("Tháng 5, 12", "Quý II") read as a unit's name when the last column went out of line
_TIME_WORDS = re.compile(r"^(?:thang|quy|nam|tuan|ngay)\s+[\divx]")
Ln = tuple[int, int, str]  # a line: start, end, its words joined by single spaces


def indicator_columns(header: tuple[str, ...] | list[str]) -> tuple[int, int, list[int]] | None:
    """(indicator column, unit column, figure columns) of an indicator table's header ("STT | Chỉ tiêu | Đơn vị tính |
    Kế hoạch năm 2027 | Ước thực hiện 2026"), else None: the indicator's column (:data:`vocab.TASK_TARGET_COL`, no
    period), the unit's (:data:`vocab.TASK_UNIT_COL`) and every column of a year or a span (:data:`vocab.PERIOD_COL`,
    results too: :data:`vocab.RESULT_COL` tells them). The one reader of those columns: the stacked reader of legacy
    OCR (which reads the cells by their place after the unit's) and the target extractor (which reads the figures
    set) both read a header with it."""
    head = [fold(h).strip(" *.:") for h in header]
    label = next((i for i, h in enumerate(head) if V.TASK_TARGET_COL.search(h) and not V.PERIOD_COL.match(h)), None)
    unit = next((i for i, h in enumerate(head) if V.TASK_UNIT_COL.search(h)), None)
    figures = [i for i, h in enumerate(head) if V.PERIOD_COL.match(h) and i not in (label, unit)]
    if label is None or unit is None or unit == label or not figures:
        return None
    return label, unit, figures


def _lines(text: str) -> list[Ln]:
    return [(m.start(), m.end(), " ".join(m.group(0).split())) for m in _LINE.finditer(text)]


def _damaged_number(ln: str, nxt: str) -> bool:
    """A row's number OCR damaged ("s4", "c", ")" for 2, 3, a20-10 and t21-10 scanned): two characters at most, no
    number, and a line of words after it; read where the row before is full, so the next row's number is due (as the
    stacked reader reads a task table's, :func:`.stacked._damaged_number`). (tbl56t) Three characters where one is a
    mark no name holds ("fs)" for 5, t55-04's Phụ lục in legacy OCR: read as the row's name, the next row's cells slid
    one column)."""
    return (0 < len(ln) <= 2 or len(ln) == 3 and bool(_NUMBER_DAMAGE_MARK.search(ln))) and not ln.isdigit() \
        and bool(nxt) and not _figure(nxt)


#: (tbl56t) a mark OCR leaves in a damaged row number that no unit's short name holds: ")", "}", "]", "|", "/"
_NUMBER_DAMAGE_MARK = re.compile(r"[)}\]|/\\]")


def _pair_cell(ln: str, head: str) -> bool:
    """(tgt33c) A cell of two figures split by a slash ("60 / 30") under a head split so ("Mức hỗ trợ (triệu đồng/nhà)
    xây mới / sửa chữa", t32-04): one cell of the row, the two norms, no two columns."""
    return bool(re.fullmatch(r"\d+(?:[.,]\d+)?\s*/\s*\d+(?:[.,]\d+)?", ln)) and " / " in head


def _more_words(lines: list[Ln], j: int, count: int, units: str) -> bool:
    """(tgt33c) ``lines[j]`` is one more cell of words of a numbered quota row whose figures are all there: a recruitment
    quota's "TT | Vị trí việc làm | Số chỉ tiêu | Trình độ, chuyên ngành | Nơi làm việc" (t32-07) prints two columns of
    words after the figure, each wrapped at will ("Đại học trở lên, chuyên ngành Văn hóa," / "Công tác xã hội, Xã hội
    học" / "Phòng Văn hóa - Xã hội các xã, phường"). A line of words there is no next unit's name, which the next row's
    number opens: it is words while the next line is words too, or that number before a name. A short line of words,
    no heading, no total row, no unit's name of the units' kind (an unnumbered row whose number OCR lost).

    (tbl54) The next row's number may be one a scan's OCR damaged (:func:`_damaged_number`): "Từ 14/3 đến 26/3/2039" /
    "Nhà văn hóa thôn Nà Khuổi" / "ẻ" / "Bản Ngòi" (a xã's call-up quotas per thôn beside each thôn's training window
    and place, a52-07 scanned, "ẻ" for 2): the place is still row 1's, not a unit's name opening a row of its own (which
    took "ẻ" for its quota and put every later row's figures a column off)."""
    ln = lines[j][2]
    nxt = lines[j + 1][2] if j + 1 < len(lines) else ""
    after = lines[j + 2][2] if j + 2 < len(lines) else ""
    if not _words_cell(ln) or len(ln.split()) > _NAME_MAX_WORDS or ln.endswith((":", ".", ";")) \
            or _part_heading(ln, nxt) or V.QUOTA_TOTAL_ROW_RE.match(fold(ln).strip(" *:")) or _unit_name(ln, units):
        return False
    return bool(nxt) and ((_words_cell(nxt) and not _damaged_number(nxt, after))
                          or ((nxt == str(count + 1) or _damaged_number(nxt, after)) and bool(after) and not _figure(after)))


def _number_ahead(lines: list[Ln], j: int) -> bool:
    """(tgt33c) The figure ``lines[j]`` that reads as the next row's number stands again as a row's number further on,
    within a row's reach and before the number after it: "5" / "Chuyên viên quản lý thủy sản" / "6" / "Đại học …" /
    … / "6" / "Chuyên viên công nghệ thông tin" (t32-07): the first "6" is row 5's quota, the second opens row 6.
    (tbl53) The number further on may be printed without the quota's leading zero: "3" / "Đông Tiến" / "03" / "04" /
    "Từ 16/5 đến 22/5/2039" / "4" / "Tây Sơn" (a xã's call-up and militia quotas per thôn, t52-07): "04" is row 3's
    second quota, "4" opens row 4."""
    n = lines[j][2]
    for m in range(j + 1, min(len(lines) - 1, j + _WIDTH_REACH)):
        if lines[m][2] == str(int(n) + 1):
            return False
        if lines[m][2] in (n, str(int(n))) and not _figure(lines[m + 1][2]):
            return True
    return False


def _row_number(lines: list[Ln], j: int) -> bool:
    """``lines[j]`` is a row's number: one or two digits, a line of words (the unit's name) after it."""
    nxt = lines[j + 1][2] if j + 1 < len(lines) else ""
    return j < len(lines) and bool(re.fullmatch(r"\d{1,2}", lines[j][2])) and bool(nxt) and not _figure(nxt)


def _part_heading(ln: str, nxt: str) -> bool:
    """``ln`` is the heading of the document's next part ("III. NHIỆM VỤ", its Roman label), no unit's name: the quota
    table has ended. A group row of units ("I. Khối cơ quan") has its first row's number under it.

    (tgt33b) So is an item's heading, its number and a dot before its words ("4. Chỉ tiêu tuyển sinh lớp 6", a31-04's
    second table under the first): a unit's name stands on its own line, its row's number on the line before; read as
    one, the next table's header went into the first one's last row."""
    if _ITEM_LABEL.match(ln) and not _figure(nxt) and not V.UNIT_FIGURE_CELL_RE.match(fold(nxt)):
        return True
    return bool(_PART_LABEL.match(ln)) and not re.fullmatch(r"\d{1,2}\.?", nxt)


_PART_LABEL = re.compile(r"^[IVXL]{1,5}\s?[.)]\s+\S")
#: (tbl54) a group row's Roman number alone on its line ("I", "II" over "Cấp học mầm non", "Cấp tiểu học"): its rows are
#: numbered on from the group before, the group itself is no row of the count
_GROUP_LABEL = re.compile(r"[IVX]{1,4}\.?")
_ITEM_LABEL = re.compile(rf"^\d{{1,2}}\.\s+[{CAPITAL}]\S*(?:\s+\S+){{2,}}")  # "4. Chỉ tiêu tuyển sinh lớp 6"


def _head_at(lines: list[Ln], i: int, head_re: re.Pattern, strip: str) -> int | None:
    """The index of a table's first named column head when one starts at line ``i`` (after an optional "STT" / "TT"
    head line): the line ``head_re`` matches, folded and stripped of ``strip``; None otherwise."""
    k = i + bool(V.QUOTA_NUMBER_HEAD_RE.match(fold(lines[i][2]).strip(" *")))
    return k if k < len(lines) and head_re.match(fold(lines[k][2]).strip(strip)) else None


#: (tgt42a) the period a bare kind head closes with (folded): "… năm 2032", "… đến 30/11/2032", "… đến hết năm 2032",
#: "… giai đoạn 2031 - 2035"
_HEAD_PERIOD = re.compile(r"\s+(?:(?:den|trong)\s+(?:het\s+)?(?:ngay\s+)?\d{1,2}/\d{1,2}/20\d\d"
                          r"|(?:den\s+(?:het\s+)?|trong\s+)?(?:nam|giai doan)\s+20\d\d(?:\s*[-–]\s*20\d\d)?)$")


def undated_head(head: str) -> str:
    """A bare kind head without the period it closes with: "Số hồ sơ phải tiếp nhận năm 2032" → "Số hồ sơ phải tiếp
    nhận", "Tỷ lệ phải đạt đến 30/11/2032" → "Tỷ lệ phải đạt"; any other head as it is.

    Why (tgt42a): a xã's plan hands each thôn its quotas for the year under heads that print the year or the day they
    are due for ("Số hồ sơ phải tiếp nhận năm 2032 | Chỉ tiêu cấp GCN năm 2032", a phường's Công văn "Số phải mở mới |
    Tỷ lệ phải đạt đến 30/11/2032"): the figures in a head read as counts in the name, the column was no kind and the
    table no quota table. The period says when, not what: the kind is read from the words before it (a head with
    parentheses keeps its own grammar: "(đến 30/6/2028)" names the day a count was taken)."""
    one = " ".join(head.split())
    if "(" in one:
        return head
    folded = fold(one)
    m = _HEAD_PERIOD.search(folded)
    return one[:m.start()] if m and m.start() >= 3 and len(folded) == len(one) else head


def quota_head(head: str) -> tuple[str, str | None, str | None] | None:
    """("unit", unit, None) for a kind head with its unit in parentheses ("Đơn vị máu (đơn vị)" → "đơn vị máu": the
    lead when it starts with its unit, lower-cased), ("bound", None, "min" / "max") for a head with the column's bound
    ("Mô hình … (ít nhất)"), ("bare", None, None) for a short name without parentheses, None otherwise; ``head`` the
    cell's words, stripped of " *". Shared with the extractor, which reads the cells' units and bounds by it. A head
    of a two-row header printed as one ("Lớp 1: Số lớp", "Trong đó: Nữ", :func:`grouped_head`) is read by its sub-head,
    which may be a single short word ("Nữ")."""
    group, head = grouped_head(head)
    head = undated_head(head)
    if _dated_count(head):
        return "bare", None, None  # (tgt33c) "Số hộ đã phân loại (đến 30/6/2028)": a count of the present, no unit
    if share := V.QUOTA_SHARE_OF_HEAD_RE.match(head.strip()):
        return "unit", "%", _lead_bound(share.group("lead"))  # (tgt41a) "… (% dân số từ 14 tuổi)": a share, in %
    m = V.QUOTA_KIND_HEAD_RE.match(head)
    if m and V.QUOTA_HEAD_BOUND_RE.fullmatch(fold(m.group("unit")).strip()):
        return "bound", None, "max" if V.QUOTA_HEAD_MAX_RE.match(fold(m.group("unit")).strip()) else "min"
    if m and (both := _bound_and_unit(m.group("unit"))):
        return "unit", *both  # (tgt36b) "Chỉ tiêu kích hoạt tài khoản (tối thiểu, tài khoản)"
    if m and len(m.group("unit").split()) <= 3:
        lead, unit = m.group("lead").strip(" ,").lower(), m.group("unit").strip().lower()
        u = lead if fold(lead).startswith(fold(unit) + " ") and len(lead.split()) <= 4 else unit
        # (tgt41c) "Ngày công (công)": the lead is the unit whole, a measure word before the parentheses' word
        u = lead if len(lead.split()) == 2 and lead.split()[0] in _UNIT_MEASURE_WORDS and fold(lead).endswith(
            " " + fold(unit)) else u
        if u:
            return "unit", u, _lead_bound(lead)
    if (V.QUOTA_BARE_HEAD_RE.match(head) or group and re.fullmatch(r"[^\d()]{2,}", head)
            or V.QUOTA_NAMED_YEAR_HEAD_RE.match(fold(" ".join(head.split())))) \
            and not head.endswith((":", ".", ";")):
        return "bare", None, _lead_bound(head)
    return None


#: measure words a unit of two words opens with, "Ngày công (công)", "Giờ công (công)", "Lượt người (người)": the
#: parentheses print only its second word (lower case)
_UNIT_MEASURE_WORDS = frozenset({"ngày", "giờ", "lượt", "buổi", "suất"})


def measure_head(head: str) -> str | None:
    """The head itself as a unit when it is one, a measure word and its noun without parentheses ("Ngày công", "Giờ
    công", "Lượt người" → lower-cased); None for any other head.

    Why (tgt43a): a plan's table of work per thôn prints the labour each thôn gives under a bare "Ngày công" beside
    "Khối lượng đất (m³)": the head names the unit its cells count in, as "Ngày công (công)" does with parentheses
    (:func:`quota_head`). A head naming people ("Đảng viên", "Nam") is no measure: its cells count the row's members."""
    words = " ".join(head.split()).strip(" *.:").lower().split()
    return " ".join(words) if len(words) == 2 and words[0] in _UNIT_MEASURE_WORDS and "(" not in head else None


def _bound_and_unit(words: str) -> tuple[str, str] | None:
    """(unit, "min" / "max") of a kind head's parentheses naming both the column's bound and its unit, in either order
    ("(tối thiểu, tài khoản)", "(người, tối đa)"), else None.

    Why (tgt36b): a Công an xã's plan hands each ấp its activations under "Chỉ tiêu kích hoạt tài khoản mức 2 (tối
    thiểu, tài khoản)" (t35-10): neither a unit alone nor a bound alone, the head was no kind and the table lost its
    column of quotas."""
    parts = [p.strip() for p in words.split(",")]
    if len(parts) != 2:
        return None
    for bound, unit in (parts, parts[::-1]):
        fb = fold(bound)
        if V.QUOTA_HEAD_BOUND_RE.fullmatch(fb) and unit and len(unit.split()) <= 3 \
                and not V.QUOTA_HEAD_BOUND_RE.search(fold(unit)):
            return unit.lower(), "max" if V.QUOTA_HEAD_MAX_RE.match(fb) else "min"
    return None


_PAREN = re.compile(r"^(?P<lead>[^()]{2,80}?)\s*\((?P<words>[^()]{4,30})\)$")


def _dated_count(head: str) -> bool:
    """(tgt33c) A count head whose parentheses name the day it was taken ("Số hộ đã phân loại (đến 30/6/2028)",
    :data:`vocab.DATED_COUNT_PAREN_RE`): what a unit has reached by then, beside its quota for later (a phường's plan
    of phân loại rác, t32-09: "Số hộ | Số hộ đã phân loại (đến 30/6/2028) | Tỷ lệ hộ phân loại đến 31/12/2028 (%)")."""
    m = _PAREN.match(head.strip())
    return bool(m) and bool(V.DATED_COUNT_PAREN_RE.match(fold(m.group("words")).strip()))


def planned_count(head: str) -> bool:
    """(tgt33c) A count head of what the plan is to make or do, "Số nhà xây mới", "Số nhà sửa chữa"
    (:data:`vocab.QUOTA_PLANNED_COUNT_HEAD_RE`): a kind of target, though it opens with "Số" as a count of the present
    does ("Số hộ"). A xã's plan of xóa nhà tạm hands each thôn its houses to build and to repair under "Phân bổ theo
    thôn" (t32-04); read as words about the unit, the table was lost. Shared with the extractor (its unit the noun).
    (tgt45t) So is a head of the people a unit is to send on ("Quần chúng ưu tú đưa đi bồi dưỡng",
    :data:`vocab.QUOTA_SENT_COUNT_HEAD_RE`), "Số" or not."""
    key = fold(" ".join(undated_head(head).split())).strip(" *.:")
    return bool(V.QUOTA_PLANNED_COUNT_HEAD_RE.match(key) or V.QUOTA_SENT_COUNT_HEAD_RE.match(key))


def grouped_head(head: str) -> tuple[str | None, str]:
    """(group, sub-head) of a head of a two-row header printed as one, "Lớp 1: Số lớp" → ("Lớp 1", "Số lớp"), "Trong
    đó: Nữ" → ("Trong đó", "Nữ") (:data:`vocab.GROUPED_HEAD_RE`); (None, ``head``) for any other head.

    Why (tgt32d): a phường's plan of enrolment hands each school its classes and pupils under a merged top row, "Lớp 1"
    over "Số lớp | Số học sinh" (t31-04), and a Đảng ủy's plan splits each chi bộ's quota under "Trong đó" over "Đoàn
    viên | Nữ | Dân tộc thiểu số" (t31-05); a text copied from such a grid joins the two rows' words with a colon.
    The sub-head names the column's kind; the group names what it belongs to (the grade, the quota it splits)."""
    m = V.GROUPED_HEAD_RE.match(head.strip())
    if not m:
        return None, head
    return m.group("group").strip(" *"), m.group("sub").strip(" *")


def _lead_bound(lead: str) -> str | None:
    """"max" / "min" when a kind head's words end with the column's bound ("Tỷ lệ mắc tối đa (ca/100.000 dân)", "Số
    đợt chiến dịch tối thiểu"), else None."""
    m = V.QUOTA_LEAD_BOUND_RE.search(fold(lead).strip(" *"))
    return None if m is None else "max" if V.QUOTA_HEAD_MAX_RE.match(m.group(0)) else "min"


def _bound_head(head: str) -> bool:
    """(tgt33b) A kind head that sets its column's bound ("Lực lượng xung kích tối thiểu (người)", "Mô hình … (ít
    nhất)"): its figures are floors or caps set per unit, quotas whatever the caption says ("Các thôn vùng trũng thực
    hiện theo bảng sau:", t31-08)."""
    kind = quota_head(head.strip(" *"))
    return kind is not None and (kind[0] == "bound" or kind[2] is not None)


#: (tbl56t) the time a count of the present was taken at, closing its head: "đầu năm 2040", "đầu kỳ", "năm 2040"
#: (folded), and the "Tổng" a count may open with ("Tổng số hộ")
_COUNT_TIME_TAIL = re.compile(r"\s+(?:(?:dau|cuoi)\s+(?:nam|ky)(?:\s+20\d\d)?|nam\s+20\d\d)$")
_COUNT_TOTAL_LEAD = re.compile(r"^tong\s+(?=so\s)")


def _count_column(head: str) -> bool:
    """A quota table's column about the unit counting what it holds ("Số xã, phường", "Dân số"): its cells are
    figures of the present, read as the row's words, no kind of target.

    (tbl56t) Its head may open with "Tổng" and close with the time it was counted: "TT | Xã, thị trấn | Tổng số hộ | Số
    hộ nghèo đầu năm 2040 | Tỷ lệ hộ nghèo đầu năm (%) | Chỉ tiêu giảm số hộ nghèo năm 2040 (hộ) | …" (a huyện's Phụ
    lục of poverty quotas per xã, t55-04): read as words, those two columns let the row's first two figures slide into
    the kinds' columns, each quota read from its neighbour's cell."""
    key = _COUNT_TOTAL_LEAD.sub("", _COUNT_TIME_TAIL.sub("", fold(" ".join(head.split())).strip(" *")))
    return bool(V.QUOTA_COUNT_HEAD_RE.match(key)) and _lead_bound(head) is None


def quota_kinds(header: tuple[str, ...] | list[str]) -> int:
    """The column of a quota table's first kind of target: after the row's number, the unit's name and the words about
    the unit ("Thuộc xã cũ"), the first head with parentheses (:func:`quota_head`); in a pipe table whose kinds are all
    bare names (their cells print their units, :func:`_pipe_quota_tables`) the column after the unit's name. Shared
    with the extractor."""
    kinds = [quota_head(h) for h in header[2:]]
    first = next((i for i, k in enumerate(kinds, 2) if (k or ("",))[0] in ("unit", "bound")
                  or planned_count(header[i].strip(" *"))  # (tgt33c) "Số nhà xây mới": a kind
                  or k and V.QUOTA_NAMED_HEAD_RE.match(fold(header[i]).strip(" *.:"))), None)
    # (tgt41c) a bare head naming the quota, "Chỉ tiêu hồ sơ hoàn thành năm 2032", before "Tỷ lệ (%)": a kind too
    if first is None and all(k is not None for k in kinds) and (
            len(kinds) >= 2 or len(kinds) == 1 and V.QUOTA_NAMED_HEAD_RE.match(fold(header[2]).strip(" *.:"))):
        return 2  # (tbl38) a lone "Chỉ tiêu" is the kind too (see :func:`_quota_header`)
    return len(header) if first is None else first


def _quota_heads(lines: list[Ln], j: int, units: str = "") -> tuple[list[int], list[int], list[int], int]:
    """(line indices of a quota table's text heads, of its kind heads, of its remarks' head, index after the header)
    from ``lines[j]`` on.

    One kind of target is a table when its head names its unit or bound ("STT | Tổ dân phố | Chỉ tiêu giao quân
    (công dân) | Ghi chú", t23-05's Phụ lục: bare digits under it); a "Ghi chú" head after the kinds is the remarks'
    column (:data:`vocab.NOTES_COL`), its cells words ("01 chỉ tiêu Công an"), no kind of target.

    A bare head counts only after a head with parentheses, and only when the row number "1" follows the header: in
    legacy OCR a lost row number would make the first unit's name read as a head. Bare heads before the first head with
    parentheses are columns of words about the unit (:data:`_TEXT_COLUMNS` at most: "STT | Ấp | Thuộc xã cũ | Tỷ lệ …
    (%) | …", a21-06), when two kinds with parentheses follow them.

    (tgt33b) A table without row numbers ("Thôn | Lực lượng xung kích tối thiểu (người) | Điểm sơ tán tập trung", then
    "Thôn Trường Thọ", t31-08) opens its rows with the first unit's name, which names the units' kind of the units'
    head ``units`` ("Thôn"): the header ends there, as at the row number "1"."""
    text: list[int] = []
    while j < len(lines) and len(text) < _TEXT_COLUMNS and (quota_head(lines[j][2].strip(" *")) or ("",))[0] == "bare" \
            and not planned_count(lines[j][2].strip(" *")):
        text.append(j)
        j += 1
    heads: list[tuple[int, str]] = []
    notes: list[int] = []
    while j < len(lines):
        if heads and V.NOTES_COL.match(fold(lines[j][2]).strip(" *.:")):
            notes.append(j)  # the remarks' column, printed last ("Ghi chú"): words, no kind of target
            j += 1
            break
        kind = quota_head(lines[j][2].strip(" *"))
        if kind is None or (kind[0] == "bare" and not heads and not planned_count(lines[j][2].strip(" *"))) \
                or (heads and _unit_name(lines[j][2], units)):
            break
        heads.append((j, kind[0]))
        j += 1
    if not notes and not (j < len(lines) and (lines[j][2] == "1" or (heads and _unit_name(lines[j][2], units)))):
        if heads and heads[-1][1] == "bare" and len(heads) == (_second_row_width(lines, j) or 0) + 1:
            heads.pop()  # (tgt33b) the first row's name, its number lost: the next rows tell the header's width
            j -= 1
        else:
            while heads and heads[-1][1] == "bare":
                heads.pop()
                j -= 1
    if not (len(heads) >= 2 or (heads and heads[0][1] != "bare")):
        heads = []  # one kind only when its head names its unit or bound ("Chỉ tiêu giao quân (công dân)")
    if text and not heads and (bare := _bare_heads(lines, text[0], units)) is not None:
        return _place_heads(lines, *bare)
    if text and len(heads) < 2 and not (heads and heads[0][1] != "bare"
                                        and all(_count_column(lines[t][2]) for t in text)):
        # (tgt33c) one kind with its unit is enough after counts of the present ("Số hộ | Số hộ đã phân loại (đến
        # 30/6/2028) | Tỷ lệ hộ phân loại đến 31/12/2028 (%)", t32-09): their figures fill the text columns
        return [], [], [], text[0]  # no kinds after the words: no text columns either (the table is read from there)
    return text, [h for h, _ in heads], notes if heads else [], j


def _place_heads(lines: list[Ln], heads: list[int], notes: list[int], j: int
                 ) -> tuple[list[int], list[int], list[int], int]:
    """(text heads, kind heads, remarks' head, index after the header) of a header of bare heads (:func:`_bare_heads`)
    whose first heads name the unit's place or body (:data:`vocab.QUOTA_PLACE_HEAD_RE`): those are columns of words
    about the unit, read as "Thuộc xã cũ" is, while two bare heads at least stay kinds.

    Kind (tgt34b): a Thông báo tuyển dụng prints "STT | Vị trí việc làm | Cơ quan, địa bàn tuyển dụng | Số chỉ tiêu |
    Trình độ, chuyên ngành" (a32-07); read as a kind, the body's column took each post's quota ("06") and the body
    ("Sở Tài chính") was joined to the post's name."""
    lead = 0
    while lead < len(heads) - 2 and lead < _TEXT_COLUMNS \
            and V.QUOTA_PLACE_HEAD_RE.match(fold(" ".join(lines[heads[lead]][2].split())).strip(" *.:")):
        lead += 1
    return heads[:lead], heads[lead:], notes, j


def _second_row_width(lines: list[Ln], j: int) -> int | None:
    """The cells after the name of the row numbered "2" that stands within :data:`_WIDTH_REACH` lines of ``lines[j]``
    (the lines between "2" and "3" less the name's), None where those numbers are not there.

    Why (tgt33b): legacy OCR lost a quota table's row number "1" (a31-08: "… | Điểm sơ tán tập trung" / "Ăn Ủ" / "48"),
    so its first unit's name reads as one more bare head; the rows after it are whole and show how many kinds there
    are: the header takes that many heads, the line after them is the first row's name."""
    two = next((n for n in range(j, min(len(lines), j + _WIDTH_REACH)) if lines[n][2] == "2"), None)
    if two is None:
        return None
    three = next((n for n in range(two + 1, min(len(lines), two + _WIDTH_REACH)) if lines[n][2] == "3"), None)
    return None if three is None or three - two < 3 else three - two - 2


_WIDTH_REACH = 12  # lines: a row of a quota table runs this far at most (a name, a few figures, a words cell)


def _unit_name(line: str, units: str) -> bool:
    """``line`` is a unit's name of the kind the units' head ``units`` names, a name after it ("Thôn Trường Thọ" under
    "Thôn"; folded heads of one kind word or two only, "Tên" left out), or its number ("Tổ dân phố số 8", tgt33c: a
    row whose number and last cells legacy OCR lost, t32-09, its name no words about the unit before it)."""
    kind = re.sub(r"^ten\s+", "", fold(units).strip(" *.:"))
    words = line.strip(" *").split()
    n = len(kind.split())
    return bool(kind) and "," not in kind and len(words) > n and fold(" ".join(words[:n])) == kind \
        and (words[n][:1].isupper() or (fold(words[n]) == "so" and len(words) > n + 1 and words[n + 1].isdigit()))


def _bare_heads(lines: list[Ln], j: int, units: str = "") -> tuple[list[int], list[int], int] | None:
    """(kind heads, remarks' head, index after the header) of a header whose heads after the units' column are all
    bare names, from ``lines[j]`` on; None unless two such heads at least stand there and the first row's number "1"
    follows them.

    Kind (tgt33b): a phường's plan of enrolment prints each school's quota as "TT | Trường | Số lớp | Số học sinh |
    Địa bàn tuyển sinh" (a31-04), a Đảng ủy's plan each chi bộ's as "TT | Chi bộ | Chỉ tiêu kết nạp | Trong đó: đoàn
    viên | Trong đó: nữ" (a31-05): no head names its unit in parentheses, so the heads were read as words about the unit
    and the table was lost, in plain text and legacy OCR alike (the pipe form of the same tables was read:
    :func:`quota_kinds`). Every bare head is then a column of the table; the extractor reads those whose cells are
    figures and whose unit it can tell (:func:`vanban.extract.indicator_cells.quota_cells`), a column of words ("Địa
    bàn tuyển sinh") holds the row's words (:func:`_words_cell`). The row number after the header keeps a unit's first
    name from being read as a head."""
    heads: list[int] = []
    notes: list[int] = []
    while j < len(lines) and len(heads) < _BARE_HEADS_MAX:
        v = lines[j][2].strip(" *")
        if heads and V.NOTES_COL.match(fold(v).strip(" *.:")):
            notes.append(j)
            j += 1
            break
        if (quota_head(v) or ("",))[0] != "bare":
            break
        heads.append(j)
        j += 1
    if len(heads) >= 3 and not notes and j < len(lines) and lines[j][2] == "1" and _groups_ahead(lines, j):
        heads.pop()  # (tbl54) the first group's label, its Roman "I" lost by OCR: no head, no row
    elif len(heads) >= 3 and not notes and _subtotals_to_one(lines, j):
        heads.pop()  # (leg56) the same with the group's subtotals after its label ("Huyện Trà Giang" / "21:552" /
        j -= 1  # "11.700" / "1", t54-09 scanned): the label opens the group's row, its figures in the kinds' columns
    if not (len(heads) >= 2 or len(heads) == 1 and _lone_count(lines[heads[0]][2])) or not _first_row(lines, j, units):
        return None
    return heads, notes, j


def _groups_ahead(lines: list[Ln], j: int) -> bool:
    """(tbl54) The rows from ``lines[j]`` on are parted by group rows, a Roman number and a label before the next row's
    number ("II" / "Cấp tiểu học" / "2", t52-08). Legacy OCR drops the lone "I" of the first group as it drops a lone
    digit, so its label ("Cấp học mầm non") stands between the header and the row number "1", read as one more head."""
    return any(_GROUP_LABEL.fullmatch(lines[m][2]) and lines[m + 2][2].isdigit() and _row_number(lines, m + 2)
               for m in range(j + 1, min(len(lines) - 2, j + 2 * _WIDTH_REACH)))


def _lone_count(head: str) -> bool:
    """(tbl53) ``head``, the one bare head after the units' column, counts what each unit is to bring or do, not a
    stock it holds: "Số người tham gia đồng diễn" in "STT | Đơn vị | Số người tham gia đồng diễn | Ghi chú" under "4. Chỉ
    tiêu người tham gia đồng diễn dân vũ của các thôn" (a xã's sports day, t52-04, whose labels count each thôn's
    figure and the total). The caption must still name quotas (:func:`_quota_tables`); "Số hộ", "Dân số", "Số hộ hiện
    có" stay counts of the present (:data:`vocab.QUOTA_STOCK_NOUNS`, :data:`vocab.QUOTA_PRESENT_HEAD_RE`)."""
    key = fold(" ".join(head.split())).strip(" *.:")
    if not V.QUOTA_COUNT_HEAD_RE.match(key) or V.QUOTA_PRESENT_HEAD_RE.search(key) or "(" in key:
        return False
    noun = re.sub(r"^(?:tong so|so luong|so)\s+", "", key)
    return not any(noun == n or noun.startswith(n + " ") for n in V.QUOTA_STOCK_NOUNS) and len(noun.split()) >= 2


def _first_row(lines: list[Ln], j: int, units: str) -> bool:
    """``lines[j]`` opens a quota table's first row: the number "1", a unit's name of the units' head's kind
    (:func:`_unit_name`), or a number a scan's OCR damaged ("+") before such a name."""
    if j >= len(lines):
        return False
    nxt = lines[j + 1][2] if j + 1 < len(lines) else ""
    return lines[j][2] == "1" or _unit_name(lines[j][2], units) \
        or (_damaged_number(lines[j][2], nxt) and _unit_name(nxt, units)) or _group_row(lines, j) \
        or (not _figure(lines[j][2]) and _subtotals_to_one(lines, j + 1))  # (leg56) its "I" lost


def _group_at(lines: list[Ln], j: int, count: int) -> bool:
    """(tbl54) ``lines[j]`` is a group row's Roman number ("II" / "Cấp tiểu học" / "2" / "Giáo viên tiểu học …", t52-08),
    no row number OCR damaged: the next row's number stands after the group's label."""
    return bool(_GROUP_LABEL.fullmatch(lines[j][2])) and j + 2 < len(lines) and lines[j + 2][2] == str(count + 1) \
        and _row_number(lines, j + 2)


def _group_row(lines: list[Ln], j: int) -> bool:
    """(tbl54) ``lines[j]`` opens a group row over the first rows, the Roman "I" and the group's label before the row
    number "1": "STT | Vị trí việc làm | Hạng chức danh nghề nghiệp | Số lượng | Trình độ chuyên môn", then "I" / "Cấp
    học mầm non" / "1" / "Giáo viên mầm non" / "Hạng III" / "12" (a huyện's Thông báo tuyển dụng, t52-08, whose labels
    count each post's quota): the header ends there, as at "1".

    (leg56) The group row may print its subtotals after its label, one per column: "TT | Đơn vị | Nợ thuế đến
    30/11/2039 | Chỉ tiêu thu nợ năm 2040", then "I" / "Huyện Trà Giang" / "21.552" / "11.700" / "1" / "Thị trấn Trà
    Giang" / … (a Chi cục Thuế's Phụ lục of quotas by huyện and xã, t54-09 legacy): its figures stand between the label
    and the "1", at most as many as a header has bare heads."""
    if lines[j][2] != "I" or j + 2 >= len(lines) or _figure(lines[j + 1][2]):
        return False
    return lines[j + 2][2] == "1" or _subtotals_to_one(lines, j + 2)


def _subtotals_to_one(lines: list[Ln], m: int) -> bool:
    """(leg56) ``lines[m]`` opens a group row's subtotals, one to :data:`_BARE_HEADS_MAX` figures (or figures a scan
    damaged, "21:552"), and the first row's number "1" follows them: the label above them is a group's, no unit's."""
    k = m
    while k < len(lines) and k - m < _BARE_HEADS_MAX and lines[k][2] != "1" \
            and (_figure(lines[k][2]) or _damaged_figure(lines[k][2]) and len(lines[k][2]) > 1):
        k += 1
    return m < k < len(lines) and lines[k][2] == "1"


_BARE_HEADS_MAX = 6  # a quota table's bare heads after the units' column ("Lớp 1: Số lớp" … "Lớp 6: Số học sinh")


def _above(lines: list[Ln], i: int) -> list[Ln]:
    """The lines over the header at ``i`` where its caption may stand: :data:`_CAPTION_LINES` of them, the lines of a
    note in parentheses under the caption ("(Kèm theo Quyết định số … của Ủy ban" / "nhân" / "dân tỉnh Phú Thọ)", as
    legacy OCR wraps it) counted as one, so the note's wrapping does not push the caption out of reach."""
    out: list[Ln] = []
    j, units = i - 1, 0
    while j >= 0 and units < _CAPTION_LINES:
        k = j
        if lines[j][2].endswith(")") and not lines[j][2].startswith("("):
            k = next((m for m in range(j - 1, max(-1, j - _NOTE_LINES), -1) if lines[m][2].startswith("(")), j)
        out[:0] = lines[k:j + 1]
        j, units = k - 1, units + 1
    return out


def _caption(above: list[Ln]) -> list[Ln]:
    """The caption's lines among ``above`` (the lines over the header): those after the last sentence that ends there
    ("- Giảm ít nhất 30% số vụ … so với năm 2026." / "3. Chỉ tiêu giao cho các ấp": the item's heading alone)."""
    ends = [n + 1 for n, x in enumerate(above) if x[2].endswith((".", ";")) and not x[2].endswith("./.")]
    # (tgt33b) or its heading's label ("4. Chỉ tiêu tuyển sinh lớp 6"): the table above it ("Cộng" / "15" / "525") no part
    ends += [n for n, x in enumerate(above) if n and (_ITEM_LABEL.match(x[2]) or _PART_LABEL.match(x[2]))]
    return above[max(ends):] if ends else above


def _cell(text: str, span: list[Ln] | None, at: int) -> TableCell:
    """The cell of ``span`` (its lines), its words joined by single spaces and stripped of " *"; an empty cell at
    ``at``."""
    if not span:
        return TableCell("", at, at)
    s, e = span[0][0], span[-1][1]
    return TableCell(" ".join(text[s:e].split()).strip(" *"), s, e)


def _table(text: str, head: list[list[Ln] | None], rows: list[dict[int, list[Ln]]], role: str,
           caption: str) -> Table:
    n = len(head)
    at = next(h[0][0] for h in head if h)
    head_row = tuple(_cell(text, h, at) for h in head)
    body = []
    for r in rows:
        r_at = min(lns[0][0] for lns in r.values())
        body.append(tuple(_cell(text, r.get(c), r_at) for c in range(n)))
    end = max(c.end for row in (head_row, *body) for c in row)
    return Table(at, end, (head_row, *body), tuple(c.text for c in head_row), role, caption=caption)


#: (tgt56) an item's label before a heading: "3.", "3.2.", "a)", "-"
_ITEM_MARK = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[a-z\u0111]\)|[-+•])\s+")
#: (tgt56) the words a count opens with before its noun (folded): "Số lượng", "Tổng số", "Số"
_COUNT_OPENING = re.compile(r"^(?:so luong|tong so|so)\s+")


def counted_caption(caption: str, heads: list[str] | tuple[str, ...]) -> bool:
    """(tgt56) The caption's last line (``caption``) is a count of what the plan is to do (:func:`planned_count`: "3. Số
    lượng cơ sở kiểm tra") whose noun is the unit one of ``heads`` prints in its parentheses ("Đợt 1 (cơ sở)"): the table
    splits that count by unit and by round, its figures the plan's. Shared with the plan tables' reader
    (:mod:`vanban.extract.plan_cells`, a grid or pipe table of the same kind).

    Why: a huyện's food-safety plan prints under "3. Số lượng cơ sở kiểm tra" the premises each group is to have
    inspected per round, "STT | Nhóm cơ sở | Tuyến kiểm tra | Đợt 1 (cơ sở) | Đợt 2 (cơ sở)" and a "Tổng cộng" row
    (a54-01, whose labels count every cell and both totals); the caption says "số lượng", no "chỉ tiêu", and the quotas
    went unread in every form. A count of another noun than the heads' unit names no quota of theirs; money is no
    count."""
    lines = [x for x in caption.splitlines() if x.strip(" *_")]
    if not lines:
        return False
    last = _ITEM_MARK.sub("", fold(" ".join(re.sub(r"[*_]", " ", lines[-1]).split()))).strip(" .:")
    if not planned_count(last):
        return False
    noun = _COUNT_OPENING.sub("", last) + " "
    units = [(quota_head(h.strip(" *")) or ("", None))[1] for h in heads]
    return any(u and noun.startswith(fold(u) + " ") for u in units)


def _quota_tables(text: str, lines: list[Ln]) -> list[Table]:
    """The quota tables by unit of ``lines`` (see the module): columns number, unit's name, one per kind."""
    out: list[Table] = []
    i = 0
    while i < len(lines):
        if (k := _head_at(lines, i, V.QUOTA_BODY_HEAD_RE, " *")) is None:
            i += 1
            continue
        texts, heads, notes, j = _quota_heads(lines, k + 1, lines[k][2])
        above = _caption(_above(lines, i))
        caption = " ".join(fold(x[2]) for x in above)
        named = V.QUOTA_CAPTION_RE.search(caption) or V.QUOTA_BREAKDOWN_CAPTION_RE.search(caption) \
            or any(V.QUOTA_CAPTION_RE.search(fold(lines[h][2])) or _bound_head(lines[h][2]) for h in heads) \
            or _quota_part(lines, above, [lines[k][2], *(lines[h][2] for h in heads)]) \
            or bool(_quota_note(lines, i, [lines[k][2], *(lines[h][2] for h in heads)])) \
            or bool(above) and counted_caption(above[-1][2], [lines[h][2] for h in heads])
        # (t51tgt) an item's heading under "II. CHỈ TIÊU TUYỂN SINH"; (tbl55) a note under "III. CHỈ TIÊU GIAO CÁC CƠ SỞ
        # ĐOÀN"
        if not heads or not named or V.QUOTA_RESULT_RE.search(caption):  # (tgt32a) or a kind head says "Chỉ tiêu …":
            # legacy OCR misread the caption's "CHỈ TIÊU" as "CHI TIZU" (a30-04), the header still names the quotas
            i = j if heads else i + 1
            continue
        n_kinds = len(heads)
        # a last bare column may hold the row's words ("Địa bàn tuyển sinh"), until a row holds a figure there ("nữ")
        last_words = bool(heads) and (quota_head(lines[heads[-1]][2].strip(" *")) or ("",))[0] == "bare"
        note_col = 2 + len(texts) + n_kinds  # the remarks' column, when the header has one
        first = 2 + len(texts)  # the first kind's column
        rows: list[dict[int, list[Ln]]] = []
        row: dict[int, list[Ln]] = {}
        col = 0
        count = 0  # the rows met: a row's number is the next of it, or its name opens it unnumbered
        room = 0  # (tgt33c) the columns of words a row may still fill after its first one
        numbered = False
        while j < len(lines):
            ln = lines[j]
            fig = _figure(ln[2])
            nxt = lines[j + 1][2] if j + 1 < len(lines) else ""
            named = 1 in row
            if fig and re.fullmatch(r"\d{1,2}", ln[2]) and (not named or col >= n_kinds or int(ln[2]) == count + 1
                                                             and not _number_ahead(lines, j)) \
                    and nxt and not _figure(nxt) and not _pair_cell(nxt, " / "):
                if row:
                    rows.append(row)
                row, col, count, numbered, room = {0: [ln]}, 0, int(ln[2]), True, 0  # the next row's number
            elif named and col >= n_kinds and _damaged_number(ln[2], nxt) and not _group_at(lines, j, count):
                rows.append(row)
                row, col, count, numbered = {0: [ln]}, 0, count + 1, True  # … OCR damaged, after a full row
            elif named and col == 0 and (fig or _damaged_figure(ln[2])) \
                    and (filled := sum(c in row for c in range(2, first))) < len(texts) \
                    and _count_column(lines[texts[filled]][2]):
                # the unit's count ("Số xã, phường": "14"), no target; (tgt33c) a count a scan damaged ("S1" for 311)
                # holds its column, so the quota after it stays in the quota's (t32-09 scanned)
                row[2 + filled] = [ln]
            elif named and col < n_kinds and (fig or V.UNIT_FIGURE_CELL_RE.match(fold(ln[2])) or _damaged_figure(ln[2])
                                              or _pair_cell(ln[2], lines[heads[col]][2])):
                row[first + col] = [ln]
                col += 1
                last_words = last_words and col < n_kinds
            elif named and (fig or V.UNIT_FIGURE_CELL_RE.match(fold(ln[2]))) and not notes \
                    and not V.QUOTA_TOTAL_ROW_RE.match(fold(row[1][0][2]).strip(" *:")):
                row.setdefault(_OVER, []).append(ln)  # more figures than kinds: the next rows' names lost (legacy OCR)
            elif named and 0 < col < n_kinds and n_kinds > 1 and last_words and _words_cell(ln[2]) \
                    and not _part_heading(ln[2], nxt) and not V.QUOTA_TOTAL_ROW_RE.match(fold(ln[2]).strip(" *:")) \
                    and not _unit_name(ln[2], lines[k][2]):
                # (tgt33b) the last column's words ("Địa bàn tuyển sinh": "Tổ dân phố 1 đến 9"); where they come before
                # the row's figures are all there, OCR lost one ("6>," for 32): no figure is words, they are the last's
                row[first + n_kinds - 1] = [ln]
                room, col = n_kinds - col - 1, n_kinds  # (tgt33c) the columns of words left after this one
            elif named and col >= n_kinds and first + n_kinds - 1 in row and ln[2][:1].islower() \
                    and _words_cell(row[first + n_kinds - 1][-1][2]) and _words_cell(ln[2]):
                row[first + n_kinds - 1].append(ln)  # the last column's words wrapped ("… và địa bàn" / "được phân tuyến")
            elif named and (0 in row or any(0 in r for r in rows)) and col >= n_kinds and first + n_kinds - 1 in row \
                    and _words_cell(row[first + n_kinds - 1][-1][2]) and _more_words(lines, j, count, lines[k][2]) \
                    and (room > 0 or row[first + n_kinds - 1][-1][2].endswith(",")):
                # (tgt33c) a numbered row's further columns of words, as many as the header has left, or a cell's
                # words wrapped after a comma ("… chuyên ngành Văn hóa," / "Công tác xã hội, Xã hội học")
                room -= not row[first + n_kinds - 1][-1][2].endswith(",")
                row[first + n_kinds - 1].append(ln)
            elif notes and named and col >= n_kinds and note_col not in row and not fig \
                    and not V.QUOTA_TOTAL_ROW_RE.match(fold(ln[2]).strip(" *:")) and not _part_heading(ln[2], nxt) \
                    and (not _figure(nxt) or _row_number(lines, j + 1)):
                row[note_col] = [ln]  # the row's remarks ("01 chỉ tiêu Công an"): the next row's number follows
            elif not fig and len(ln[2].split()) <= _NAME_MAX_WORDS and not ln[2].endswith((":", ".", ";")) \
                    and not _part_heading(ln[2], nxt):
                if named and col == 0 and len(row[1]) == 1 and _GROUP_LABEL.fullmatch(row[1][0][2]) \
                        and not any(c in row for c in range(2, first)):
                    row[1].append(ln)  # (tbl54) a group row's label after its Roman number ("I" / "Cấp học mầm non")
                elif named and col == 0 and (filled := sum(c in row for c in range(2, first))) < len(texts) \
                        and not _unit_name(ln[2], lines[k][2]):
                    row[2 + filled] = [ln]  # the words about the unit ("Thuộc xã cũ": "Tân Đông")
                elif named and col == 0 and first - 1 in row and not (
                        V.QUOTA_TOTAL_ROW_RE.match(fold(ln[2]).strip(" *:")) and _TIME_WORDS.match(fold(row[first - 1][0][2]))):
                    row[first - 1].append(ln)  # a name (its last words column's) wrapped over two lines; (tgt35c) not
                    # the "Tổng cộng" row's label after a time cell read as a name ("Tháng 5, 12", t33-05): no unit's
                else:
                    if named:
                        rows.append(row)
                        row = {}
                    row[1], col = [ln], 0
                    count += 0 if numbered or _GROUP_LABEL.fullmatch(ln[2]) else 1  # (tbl54) a group row counts none
                numbered = False
            else:
                break
            j += 1
        if 1 in row:
            rows.append(row)
        rows = _realign([r for r in rows if 1 in r], first, n_kinds)
        if rows:
            number_head = [lines[i]] if k > i else None
            out.append(_table(text, [number_head, [lines[k]]] + [[lines[h]] for h in texts + heads + notes], rows, QUOTA,
                              _caption_or_note(lines, i, [lines[k][2], *(lines[h][2] for h in heads)])))
        i = j
    return out


def _year_tables(text: str, lines: list[Ln]) -> list[Table]:
    """The indicator tables by year of ``lines`` (see the module): columns number, indicator, one per year."""
    out: list[Table] = []
    i = 0
    while i < len(lines):
        if (k := _head_at(lines, i, V.YEAR_ROWS_LABEL_HEAD_RE, " *.:")) is None:
            i += 1
            continue
        years: list[int] = []
        j = k + 1
        while j < len(lines) and V.YEAR_ROWS_YEAR_HEAD_RE.match(fold(lines[j][2]).strip(" *")):
            years.append(j)
            j += 1
        if len(years) < 2:
            i = j
            continue
        rows: list[dict[int, list[Ln]]] = []
        row: dict[int, list[Ln]] = {}
        col = count = 0
        while j < len(lines):
            ln = lines[j]
            fig = _figure(ln[2])
            nxt = lines[j + 1][2] if j + 1 < len(lines) else ""
            label = row.get(1, [])
            if fig and re.fullmatch(r"\d{1,2}", ln[2]) and int(ln[2]) == count + 1 and (not label or col > 0) \
                    and nxt and not _figure(nxt):
                if row:
                    rows.append(row)
                row, col, count = {0: [ln]}, 0, count + 1  # the next row's number, its indicator after it
            elif label and col == len(years) and _damaged_number(ln[2], nxt):
                rows.append(row)
                row, col, count = {0: [ln]}, 0, count + 1  # … OCR damaged, after a full row
            elif (fig or _damaged_figure(ln[2])) and label and col < len(years):
                row[2 + col] = [ln]
                col += 1
            elif not fig and col == 0 and len(label) < 3 and len(ln[2].split()) <= _ROW_LABEL_MAX_WORDS \
                    and not ln[2].endswith((":", ";")):
                row.setdefault(1, []).append(ln)  # the indicator, wrapped over a line or two
            else:
                break
            j += 1
        if row:
            rows.append(row)
        rows = [r for r in rows if 1 in r]
        if rows:
            number_head = [lines[i]] if k > i else None
            out.append(_table(text, [number_head, [lines[k]]] + [[lines[y]] for y in years], rows, BY_YEAR, ""))
        i = j
    return out


def _pipe_cells(text: str, line: Ln, after: int | None = None) -> list[Ln] | None:
    """The cells of a pipe row of ``text`` ("| 1 | Thôn Đông Hòa | 486 | 365 hộ |"), each (start, end, words), an
    empty cell's words "" at its place; None for a line that is no pipe row (two cells at least after its first "|").

    ``after``: the number of the row above, when there is one; a line that opens with a stroke glyph glued to the
    number that follows it is then a row whose opening pipe legacy OCR read as that glyph (:data:`_LOST_OPENING_RE`)."""
    s, e, _ = line
    raw = text[s:e]
    lost = _LOST_OPENING_RE.match(raw) if after is not None else None
    if lost and int(lost.group("n")) != after + 1:
        lost = None
    if not raw.lstrip().startswith("|") and not lost:
        return None
    bar = r"(?<!\\)[|\]]" if "[" not in raw else r"(?<!\\)\|"  # (tgt32d) legacy OCR reads a bar as "]" ("Sín Chải] 2|1")
    bars = [s + m.start() for m in re.finditer(bar, raw)]
    if lost:
        bars = [s + lost.start("glyph")] + [b for b in bars if b > s + lost.start("glyph")]
    if not raw.rstrip().endswith("|"):
        bars.append(e)  # the closing pipe left out
    out: list[Ln] = []
    for a, b in zip(bars, bars[1:]):
        chunk = text[a + 1:b]
        at = a + 1 + len(chunk) - len(chunk.lstrip())
        out.append((at, at + len(chunk.strip()), " ".join(chunk.split()).strip(" *")))
    return out if len(out) >= 2 else None


#: (ocr40b) a pipe row's opening pipe that legacy OCR read as a stroke glyph glued to the row's number: "17 |5| 178 |"
#: under "| 6 | 5 | 186 |" is "| 7 | 5 | 178 |" (a thin rule beside a figure drawn as a 1, an l, an I or a bracket);
#: read so only where the number, the glyph left out, follows the row above's (a row numbered 17 follows 16)
_LOST_OPENING_RE = re.compile(r"^\s*(?P<glyph>[1lI\[!])(?P<n>\d{1,2})\s*\|")
_DELIMITER = re.compile(r"^:?-+:?$")  # (tgt40b) ":-:" too: one dash is a delimiter cell, centred (GFM)
_PIPE_GAP_LINES = 2  # lines that are no rows between a pipe header and its first row (legacy OCR's misread delimiter)


def _slashed_pipe(cells: list[Ln], n: int) -> list[Ln]:
    """``cells`` (a pipe row's) with a cell of two one-digit figures split at the slash between them, where legacy OCR
    read a pipe as "/" ("| 1 | Chi bộ thôn Nà Pén | 3|2| 1/3 |" for "… | 3 | 2 | 1 | 3 |", t31-05): only in a row one
    cell short of the header's ``n``, that cell its only one so written, every other figure of the row one digit (a
    quota of a few admissions a unit; a ratio "04/05" has two digits a side)."""
    slashed = [k for k, c in enumerate(cells) if re.fullmatch(r"\d/\d", c[2])]
    if len(cells) != n - 1 or len(slashed) != 1 \
            or not all(re.fullmatch(r"\d", c[2]) for c in cells[2:] if c is not cells[slashed[0]] and c[2]):
        return cells
    a, b, v = cells[slashed[0]]
    return cells[:slashed[0]] + [(a, a + 1, v[0]), (b - 1, b, v[2])] + cells[slashed[0] + 1:]


def _quota_header(header: list[str]) -> int | None:
    """The column of the units' names (0, or 1 after a "TT" head) of a quota table's header read whole (a pipe row, a
    grid's first row): the units' head (:data:`vocab.QUOTA_BODY_HEAD_RE`), then two kinds of target or more
    (:func:`quota_head`: every head after it one, a remarks' head last allowed); None for any other header.

    One kind is enough when its head names its unit or bound, as a table printed a cell a line reads it
    (:func:`_quota_heads`): (tbl38) "TT | Chi bộ | Chỉ tiêu kết nạp (đảng viên)" in a Đảng ủy's Phụ lục, "TT | Đơn vị
    | Chỉ tiêu năm 2031 (đơn vị máu)" under "4. Chỉ tiêu vận động giao cho các đơn vị" (t37-08, t37-09): typed as pipe
    rows, those quotas were read by no one. A lone bare head ("Số lượng") stays no table: it may count the present."""
    names = [fold(h).strip(" *.:") for h in header]
    k = 1 if names and V.QUOTA_NUMBER_HEAD_RE.match(names[0]) else 0
    kinds = [quota_head(h.strip(" *")) for h in header[k + 1:]]
    if len(kinds) > 1 and kinds[-1] is not None and V.NOTES_COL.match(names[-1]):
        kinds = kinds[:-1]
    if k >= len(names) or not kinds or None in kinds \
            or len(kinds) == 1 and kinds[0][0] == "bare" and not V.QUOTA_NAMED_HEAD_RE.match(names[k + 1]):
        return None  # a lone "Chỉ tiêu" stays a kind: its unit is the caption's "(Đơn vị tính: …)" (the extractor's)
    if not V.QUOTA_BODY_HEAD_RE.match(names[k]) and not _set_per_row(header, k):
        return None
    if any(V.QUOTA_GIVEN_COUNT_HEAD_RE.match(V.head_lead(h)) for h in header[k + 1:]):
        return None  # (tgt43c) "Thôn | Số hộ nghèo | Số suất quà | Mức quà (đồng/suất)": the gifts each unit hands out,
        # no quota of a kind beside counts of the present — the plan tables' reader tells the count set from the base
    return k


def _set_per_row(header: list[str], k: int) -> bool:
    """A header whose rows are no units but rounds or groups ("Đợt", "Độ tuổi mừng thọ": the head at ``k``, a short
    name), read as a quota table all the same because a head after it names its column what the plan sets for each
    row, with the unit in parentheses (:data:`vocab.QUOTA_SET_HEAD_RE`).

    Kind (tbl38): a blood-donation plan prints its rounds "Đợt | Ngày tổ chức | Địa điểm | Chỉ tiêu (đơn vị máu)" (each
    round's quota), a xã's plan of mừng thọ its gifts by age "TT | Độ tuổi mừng thọ | Năm sinh | Số người (dự kiến) |
    Mức quà của xã (đồng/người) | Ghi chú" (each age's level; t37-09, t37-01): the rows' figures were read by no one.
    The head names the kind, so no caption of quotas is asked. A level per item is the row's target only where the
    table counts no such items of its own: "Số suất | Mức quà (đồng/suất)" sets the count of gifts, the level its
    price (:mod:`vanban.extract.gift_quotas`, t34-08), while "Số người (dự kiến)" only estimates who will come. A task
    table's header (a body in charge, a due time) stays the task readers'."""
    if not V.QUOTA_BARE_HEAD_RE.match(header[k].strip(" *")):
        return False
    leads = [V.head_lead(h) for h in header]  # "(đơn vị máu)" is no body
    # (tgt51) a rounds table ("Đợt hiến máu", "Đợt") may name, after its set column, the bodies that rally each round
    # ("STT | Đợt hiến máu | Thời gian | Địa điểm | Chỉ tiêu (đơn vị máu) | Đơn vị vận động", t50-07): each round's quota
    # is still set (a37-09, t37-09, t43-07 and t50-07 label every round's), the bodies' column stays the task readers';
    # its "Thời gian" is the day each round is held, no task's due time
    # … and so may a table of the gift each group gets, the level that hands it ("Đối tượng | Mức quà (đồng/suất) | Cấp
    # thực hiện", t50-04: "Mẹ Việt Nam anh hùng còn sống | 1.000.000 | Lãnh đạo huyện trực tiếp thăm, tặng"): a level per
    # item is set for each group as in t37-01, t44-10, a44-10, t45-03, t49-02 (labelled; a45-03 and a49-02 alone leave it)
    rounds = bool(V.ROUND_NAMED_COL.fullmatch(fold(header[k]).strip(" *.:")))
    set_at = next((i for i in range(k + 1, len(header)) if _names_set([header[i]])), len(header))
    per_item = set_at < len(header) and "/" in ((quota_head(header[set_at].strip(" *")) or ("", ""))[1] or "")
    if any(V.TASK_BODY_COL.search(h) and not V.TASK_UNIT_COL.search(h) and not ((rounds or per_item) and i > set_at)
           or V.TASK_DUE_COL.search(h) and not rounds for i, h in enumerate(leads[k + 1:], k + 1)):
        return False
    return _names_set(header[k + 1:])


def _names_set(header: list[str]) -> bool:
    """A head of ``header`` names its column what the plan sets for each row, its unit in parentheses
    (:data:`vocab.QUOTA_SET_HEAD_RE`: "Chỉ tiêu (đơn vị máu)", "Mức quà của xã (đồng/người)"); a level per item only
    where no head counts those items ("Số suất" beside "(đồng/suất)": see :func:`_set_per_row`)."""
    keys = [fold(" ".join(h.split())).strip(" *.:") for h in header]
    for h in header:
        m = V.QUOTA_KIND_HEAD_RE.match(h.strip(" *"))
        if not m or not V.QUOTA_SET_HEAD_RE.match(fold(m.group("lead")).strip()):
            continue
        per = fold(m.group("unit")).partition("/")[2].strip()
        if not per or not any(re.match(rf"so (?:luong )?{re.escape(per)}$", key) for key in keys):
            return True  # "(đồng/người)" beside "Số người (dự kiến)": an estimate, not "Số người"
    return False


def _quota_caption(lines: list[Ln], i: int, header: list[str] | None = None) -> bool:
    """The caption over the header at ``lines[i]`` names quotas set, not results (:data:`vocab.QUOTA_CAPTION_RE`);
    or (tbl38) the ``header`` names a column what the plan sets for each row (:func:`_names_set`), under a caption
    that names no results ("3. Thời gian, địa điểm tổ chức các đợt hiến máu" over "… | Chỉ tiêu (đơn vị máu)")."""
    cap = _caption(_above(lines, i))
    caption = " ".join(fold(x[2]) for x in cap)
    named = bool(V.QUOTA_CAPTION_RE.search(caption) or V.QUOTA_BREAKDOWN_CAPTION_RE.search(caption))
    return (named or header is not None and (_names_set(header) or _quota_part(lines, cap, header)
                                             or bool(_quota_note(lines, i, header)))) \
        and not V.QUOTA_RESULT_RE.search(caption)


#: (t51tgt) a part heading that names quotas alone, "II. CHỈ TIÊU TUYỂN SINH", "III. CHỈ TIÊU" (folded, its Roman label
#: and bold marks stripped): no other topic joined to it by a comma or "và" ("II. CHỈ TIÊU, ĐỐI TƯỢNG VÀ MỨC HỖ TRỢ",
#: whose tables may list the support by thôn; "II. CHỈ TIÊU VÀ NỘI DUNG KIỂM TRA" a schedule of inspections)
_QUOTA_PART = re.compile(r"^chi tieu(?![a-z])(?![^,;]*(?:,|(?<![a-z])va(?![a-z])))")
_PART_REACH = 80  # lines back from an item's heading to its part's heading


#: (t51tgt) a head that counts what the row is to reach: "Số học sinh", "Số lớp", "Tổng số", "Chỉ tiêu …" (folded lead)
_COUNT_HEAD = re.compile(r"^(?:tong so|so|chi tieu)(?![a-z])")


def _quota_part(lines: list[Ln], cap: list[Ln], header: list[str]) -> bool:
    """(t51tgt) The caption ``cap`` ends in an item's heading ("1. Tuyển sinh vào lớp 1") inside a part whose heading
    names quotas alone (:data:`_QUOTA_PART`: "II. CHỈ TIÊU TUYỂN SINH").

    Why: a Phòng GD&ĐT's enrolment plan splits its "II. CHỈ TIÊU TUYỂN SINH" into "1. Tuyển sinh vào lớp 1" and "2.
    Tuyển sinh vào lớp 6", each over a table "STT | Trường | Số lớp | Số học sinh" with a "Cộng lớp 1" row (t51-10,
    whose labels count each school's row and the totals). The caption stops at the item's heading, which names no
    quota, so the tables went unread, though the same table right under "III. CHỈ TIÊU TUYỂN SINH" is read (t31-04;
    a40-06, t40-06 under a lead naming the quotas: every set labels the rows). The part's heading names what its
    items' tables hold; the header must still be a quota table's (units, then figures), and every head after the units'
    a count ("Số lớp", "Số học sinh") or a kind with its unit: a schedule by area under "1. Lịch tiêm chủng theo khu
    vực:" ("Khu vực | Tổ dân phố | Ngày tiêm | Địa điểm | Đối tượng") sets no figure, whatever part it stands in."""
    if not _counting_heads(header):
        return False
    if not cap or not _ITEM_LABEL.match(cap[-1][2].strip(" *")):
        return False  # the item's heading the last line over the header (a Markdown text's bold marks aside)
    at = next((n for n, ln in enumerate(lines) if ln[0] == cap[-1][0]), None)
    if at is None:
        return False
    for n in range(at - 1, max(-1, at - _PART_REACH), -1):
        words = lines[n][2].strip(" *")
        if _PART_LABEL.match(words):
            head = fold(re.sub(r"^[IVXL]{1,5}\s?[.)]\s+", "", words)).strip(" *.:")
            return bool(_QUOTA_PART.match(head))
    return False


def quota_part_at(text: str, at: int) -> bool:
    """(tbl55b) The part ``text[at:]`` stands in is headed by words naming quotas alone (:data:`_QUOTA_PART`: "III. CHỈ
    TIÊU NĂM 2040"): the nearest part heading with its Roman label within :data:`_PART_REACH` lines over ``at``.

    Why: a Chi cục Thuế's plan sets, inside "III. CHỈ TIÊU NĂM 2040", "5. Số thuế truy thu … đạt tối thiểu 6,5 tỷ đồng,
    phân theo lĩnh vực như sau:" over "TT | Lĩnh vực chống thất thu | Số thu tăng thêm (triệu đồng) | Đơn vị chủ trì |
    Đơn vị phối hợp" (t54-09, whose labels count each lĩnh vực's amount): a table of figures whose rows name who leads
    each, its one column of figures the quota split by lĩnh vực because the part it stands in sets quotas. Shared with
    the plan tables' readers (:mod:`.plan_tables`, :mod:`vanban.extract.plan_cells`)."""
    lines = _lines(text)
    i = next((n for n, ln in enumerate(lines) if ln[0] >= at), len(lines))
    for n in range(i - 1, max(-1, i - 1 - _PART_REACH), -1):
        words = lines[n][2].strip(" *")
        if _PART_LABEL.match(words):
            return bool(_QUOTA_PART.match(fold(re.sub(r"^[IVXL]{1,5}\s?[.)]\s+", "", words)).strip(" *.:")))
    return False


#: (tgt56) a part heading that names the plan's goals alone, its aims and its quotas together: "II. MỤC TIÊU, CHỈ TIÊU",
#: "II. MỤC TIÊU VÀ CHỈ TIÊU", "III. CHỈ TIÊU, MỤC TIÊU NĂM 2040" (folded, its Roman label and bold marks stripped; a
#: period or "cụ thể" after it, no other topic)
_GOALS_PART = re.compile(r"^(?:muc tieu|chi tieu)(?:\s*(?:,|va)\s*(?:muc tieu|chi tieu))?(?:\s+cu the)?"
                         r"(?:\s+(?:nam|giai doan)\s+20\d\d(?:\s*[-–]\s*20\d\d)?)?$")


def goals_part_at(text: str, at: int) -> bool:
    """(tgt56) The part ``text[at:]`` stands in is headed by words naming the plan's goals alone (:data:`_GOALS_PART`:
    "II. MỤC TIÊU, CHỈ TIÊU"), or quotas alone (:func:`quota_part_at`): the nearest part heading with its Roman label
    within :data:`_PART_REACH` lines over ``at``.

    Why: a Chi cục Thuế's plan sets its year's revenue by lĩnh vực inside "II. MỤC TIÊU, CHỈ TIÊU", under "3. Dự toán
    thu theo lĩnh vực", as "STT | Lĩnh vực thu | Dự toán năm 2040 (tỷ đồng)" (a54-09, whose labels count every row's
    figure and the total): no head says "chỉ tiêu" or "kế hoạch", and the text states no sum the rows split, so its ten
    figures went unread. The part's heading names what its tables hold: goals, set for the plan's time. Shared with the
    plan tables' reader (:mod:`vanban.extract.plan_cells`)."""
    lines = _lines(text)
    i = next((n for n, ln in enumerate(lines) if ln[0] >= at), len(lines))
    for n in range(i - 1, max(-1, i - 1 - _PART_REACH), -1):
        words = lines[n][2].strip(" *")
        if _PART_LABEL.match(words):
            head = fold(re.sub(r"^[IVXL]{1,5}\s?[.)]\s+", "", words)).strip(" *.:")
            return bool(_GOALS_PART.match(head) or _QUOTA_PART.match(head))
    return False


_NOTE_REACH = 6  # lines of the note between a quota heading and its table (two sentences, as legacy OCR wraps them)


def _quota_note(lines: list[Ln], i: int, header: list[str]) -> list[Ln]:
    """(tbl55) The lines of the quota heading and its note over the header at ``lines[i]`` when the header stands under
    a note of a sentence or two that closes with a full stop, itself right under a part's or an item's heading that
    names quotas alone (:data:`_QUOTA_PART`: "III. CHỈ TIÊU GIAO CÁC CƠ SỞ ĐOÀN"), and the note names no results
    (:data:`vocab.QUOTA_RESULT_RE`); none otherwise.

    Why: a Huyện đoàn's plan hands each cơ sở Đoàn its quotas under "III. CHỈ TIÊU GIAO CÁC CƠ SỞ ĐOÀN", then says how
    to read them ("Chỉ tiêu dưới đây là chỉ tiêu tối thiểu; số ĐVTN … tính cho mỗi đợt ra quân, số điểm … tính cho cả
    năm 2039.") over "STT | Đơn vị | Số ĐVTN tham gia (người/đợt) | Tuyến đường vệ sinh (km/đợt) | Điểm tồn đọng rác
    được xử lý (điểm/năm)" (a53-03, whose labels count every cell and the total). The caption stops after the note's
    full stop (:func:`_caption`), so nothing over the table named the quotas and its 27 figures went unread. The header
    must still be a quota table's whose heads all count or name their unit (as under :func:`_quota_part`). The lines
    stand for the caption: the note may set the quotas' bound ("chỉ tiêu tối thiểu", read by the extractor)."""
    if not _counting_heads(header) or i == 0 or not lines[i - 1][2].rstrip(" *").endswith((".", ";")) \
            or lines[i - 1][2].rstrip(" *").endswith("./."):
        return []
    for n in range(i - 1, max(-1, i - 1 - _NOTE_REACH), -1):
        words = lines[n][2].strip(" *")
        if _PART_LABEL.match(words) or _ITEM_LABEL.match(words):
            if n == i - 1:
                return []  # a heading closed by a full stop, no note
            head = fold(re.sub(r"^(?:[IVXL]{1,5}\s?[.)]|\d{1,2}\.)\s+", "", words)).strip(" *.:")
            return lines[n:i] if _QUOTA_PART.match(head) else []
        if V.QUOTA_RESULT_RE.search(fold(words)):
            return []
    return []


def _caption_or_note(lines: list[Ln], i: int, header: list[str]) -> str:
    """The caption over the header at ``lines[i]`` (:func:`_caption`), else (tbl55) the quota heading and note over it
    (:func:`_quota_note`), as one line of words."""
    cap = _caption(_above(lines, i)) or _quota_note(lines, i, header)
    return " ".join(x[2] for x in cap)


def _counting_heads(header: list[str]) -> bool:
    """The ``header`` is a quota table's (:func:`_quota_header`) whose every head after the units' counts ("Số lớp",
    "Tổng số", "Chỉ tiêu …"), names its unit or bound in parentheses, or is the remarks' ("Ghi chú")."""
    k = _quota_header(header) if header else None
    heads = [h.strip(" *") for h in header[k + 1:]] if k is not None else []
    return bool(heads) and all(_COUNT_HEAD.match(fold(grouped_head(h)[1]).strip())
                               or (quota_head(h) or ("",))[0] in ("unit", "bound")
                               or V.NOTES_COL.match(fold(h).strip(" *.:")) for h in heads)


def _pipe_quota_tables(text: str, lines: list[Ln]) -> list[Table]:
    """The quota tables by unit printed as pipe tables, a row a line ("| TT | Thôn | Tổng số hộ | Số hộ phân loại rác
    tại nguồn | Số buổi tổng vệ sinh trong năm | Số mô hình |", then "| 1 | Thôn Đông Hòa | 486 | 365 hộ | 12 buổi |
    02 mô hình |"): as a text copied from a Markdown editor, or a legacy OCR of its page, gives them. The task-table
    reader (:mod:`.columns`) takes no such header (no task column), so its figures were read by no one (t29-09's
    Phụ lục: 18 quotas missed). Same kind as :func:`_quota_tables`: a units' column (:data:`vocab.QUOTA_BODY_HEAD_RE`,
    after an optional "TT"), two kinds of target or more after it (:func:`quota_head`: with a unit or a bound in
    parentheses, or bare names whose cells print their units, "365 hộ"), a caption naming quotas set
    (:data:`vocab.QUOTA_CAPTION_RE`). Columns: the row's number, the unit's name, then the header's others in their
    order; the pipes say which cell is whose, so no realigning. A column whose cells are bare figures under a bare head
    ("Tổng số hộ": "486", a count of the present) has no unit for the extractor, which leaves it."""
    out: list[Table] = []
    i = 0
    while i < len(lines):
        head = _pipe_cells(text, lines[i])
        if head is None:
            i += 1
            continue
        k = _quota_header([c[2] for c in head])
        captioned = k is not None and _quota_caption(lines, i, [c[2] for c in head])
        if k is None or not captioned and not _after_paragraph(text, lines, i):
            i += 1
            continue
        rows: list[dict[int, list[Ln]]] = []
        j, gap = i + 1, 0
        while j < len(lines):
            first = rows[-1][min(rows[-1])][0][2] if rows else ""
            cells = _pipe_cells(text, lines[j], int(first) if first.isdigit() else None)
            if cells is None and rows and lines[j][2].endswith("|"):
                j += 1  # (tgt32d) the rest of a last cell wrapped ("Tiểu học Tân Quang |", "|"), as legacy OCR prints it
                continue
            if cells is None:
                if rows or gap >= _PIPE_GAP_LINES:
                    break
                gap += 1  # "Jaffe": the delimiter row as legacy OCR reads it
                j += 1
                continue
            j += 1
            cells = _slashed_pipe(cells, len(head))
            if all(_DELIMITER.match(c[2]) or not c[2] for c in cells) or len(cells) != len(head):
                continue  # the delimiter row; a row whose pipes OCR lost or added: its cells' columns unknown
            row = {(c if k else c + 1): [cell] for c, cell in enumerate(cells) if cell[2]}
            if 1 in row:
                rows.append(row)
        if rows and (captioned or _stated_sums(text, lines[i][0], rows)):
            columns = ([[head[0]]] if k else [None]) + [[c] for c in head[k:]]
            out.append(_table(text, columns, rows, QUOTA, _caption_or_note(lines, i, [c[2] for c in head])))
        i = j
    return out


def _transposed_quota_tables(text: str, lines: list[Ln]) -> list[Table]:
    """The quota tables printed with the units as columns, a pipe row per kind of figure: "| Nguồn | Thôn Trung Hòa |
    Thôn Yên Lạc | Cộng |", then "| Ngân sách xã (triệu đồng) | 320 | 280 | 600 |", "| Ngày công lao động (ngày công)
    | 2.400 | 2.000 | 4.400 |". Each is given back turned, as the quota table it is (a row per unit, the total column
    its total row, a column per kind), so the extractor reads it as any other (:func:`vanban.extract.indicator_cells.
    quota_cells`).

    Kind (tgt42a): a xã's plan of model residential areas sets the money and labour each of its two thôn is to raise
    and prints them by source, the thôn across. Told by the shape, not the words: after an optional "TT" and the kinds'
    head, two heads or more that each name a unit (its kind and its name: :data:`vocab.QUOTA_UNIT_NAME_RE`, "Thôn Trung
    Hòa", "Xã An Phú"), a last total head allowed ("Cộng", "Tổng cộng", "Toàn xã"); every row a kind with its unit in
    parentheses (:func:`quota_head`) over figures. Under a caption of quotas (:func:`_quota_caption`) or a lead line that
    plans its figures ("Tổng kinh phí dự kiến …, trong đó:", :data:`vocab.QUOTA_PLANNED_LEAD_RE`), not results."""
    out: list[Table] = []
    i = 0
    while i < len(lines):
        head = _pipe_cells(text, lines[i])
        if head is None or i and _pipe_cells(text, lines[i - 1]) is not None:
            i += 1
            continue
        k = _units_across([c[2] for c in head])
        if k is None or not _planned_caption(lines, i):
            i += 1
            continue
        units = head[k + 1:]
        kinds: list[list[Ln]] = []
        j, gap = i + 1, 0
        while j < len(lines):
            cells = _pipe_cells(text, lines[j])
            j += 1
            if cells is None:
                if kinds or gap >= _PIPE_GAP_LINES:
                    j -= 1
                    break
                gap += 1  # the delimiter row as legacy OCR misreads it ("anal")
                continue
            if all(_DELIMITER.match(c[2]) or not c[2] for c in cells):
                continue
            if len(cells) != len(head) or not _kind_row([c[2] for c in cells], k):
                kinds = []
                break
            kinds.append(cells)
        if len(kinds) >= 2:
            rows = [{1: [u], **{2 + n: [row[k + 1 + m]] for n, row in enumerate(kinds) if row[k + 1 + m][2]}}
                    for m, u in enumerate(units)]
            columns = [None, [head[k]]] + [[row[k]] for row in kinds]
            out.append(_table(text, columns, rows, QUOTA, " ".join(x[2] for x in _caption(_above(lines, i)))))
        i = max(j, i + 1)
    return out


def _units_across(header: list[str]) -> int | None:
    """The column of the kinds' head (0, or 1 after a "TT") of a ``header`` whose other heads name units, two or more,
    a last total head allowed ("Cộng", "Toàn xã"); None for any other header (:func:`_transposed_quota_tables`)."""
    k = V.name_col(header)
    units = header[k + 1:]
    named = [_names_unit(h) for h in units]
    if len(units) < 2 or sum(named) < 2 or not all(named[:-1]) \
            or not (named[-1] or V.QUOTA_WHOLE_ROW_RE.match(fold(units[-1]).strip(" *.:"))):
        return None
    return k


def _kind_row(cells: list[str], k: int) -> bool:
    """``cells`` (a row's words) are a kind of figure with its unit or bound in parentheses at ``k`` ("Ngân sách xã
    (triệu đồng)"), then figures or empty cells."""
    return (quota_head(cells[k]) or ("",))[0] in ("unit", "bound") and all(_figure(c) or not c for c in cells[k + 1:])


def _planned_caption(lines: list[Ln], i: int) -> bool:
    """The caption over the header at ``lines[i]`` names quotas (:func:`_quota_caption`) or plans the figures below it
    (:data:`vocab.QUOTA_PLANNED_LEAD_RE`: "Tổng kinh phí dự kiến …, trong đó:"), and names no results."""
    caption = " ".join(fold(x[2]) for x in _caption(_above(lines, i)))
    return bool(_quota_caption(lines, i) or V.QUOTA_PLANNED_LEAD_RE.search(caption)) \
        and not V.QUOTA_RESULT_RE.search(caption)


def turned_grids(tables: tuple[Table, ...] | list[Table], text: str, read: tuple[Table, ...] | list[Table] = ()
                 ) -> list[Table]:
    """The data tables a page's geometry gave (a scan's grid) that print the units as columns (:func:`_units_across`)
    and a kind of figure a row (:func:`_kind_row`), under a caption that plans them: each turned into the quota table
    it is, as :func:`_transposed_quota_tables` turns a pipe table (a40-09 scanned). A grid whose cells a quota table of
    ``read`` (the text's own) holds already is left to that one."""
    lines = _lines(text)
    starts = [ln[0] for ln in lines]
    out: list[Table] = []
    for t in tables:
        if t.role != "data" or not t.header or (k := _units_across(list(t.header))) is None \
                or any(q.role == QUOTA and q.start < t.end and t.start < q.end for q in read):
            continue
        kinds = [r for r in t.rows[1:] if len(r) == len(t.header)]
        if len(kinds) < 2 or len(kinds) != len(t.rows) - 1 or not all(_kind_row([c.text for c in r], k) for r in kinds):
            continue
        at = next((n for n, s in enumerate(starts) if s >= t.start), None)
        head_line = at - 1 if at is not None and at > 0 and lines[at - 1][1] >= t.start else at
        if head_line is None or not _planned_caption(lines, head_line):
            continue
        head = t.rows[0]
        rows = [(TableCell("", u.start, u.start), u, *(r[k + 1 + m] for r in kinds))
                for m, u in enumerate(head[k + 1:])]
        top = (TableCell("", head[0].start, head[0].start), head[k], *(r[k] for r in kinds))
        out.append(Table(t.start, t.end, (top, *rows), tuple(c.text for c in top), QUOTA, in_appendix=t.in_appendix,
                         caption=" ".join(x[2] for x in _caption(_above(lines, head_line)))))
    return out


def _names_unit(head: str) -> bool:
    """``head`` names one unit, its kind then its name opening with a capital or a figure ("Thôn Trung Hòa", "Tổ dân phố
    3"; :data:`vocab.QUOTA_UNIT_NAME_RE`)."""
    one = " ".join(head.split()).strip(" *")
    m = V.QUOTA_UNIT_NAME_RE.match(fold(one))
    return bool(m) and m.end() < len(one) and (one[m.end()].isupper() or one[m.end()].isdigit())


_PARAGRAPH_CHARS = 1500  # the paragraph over a table read for the figures its total row sums


def _inside_sentence(para: str, blank: re.Match) -> bool:
    """The blank line ``blank`` of ``para`` falls inside a sentence: the text before it ends with a word (no full
    stop, colon or semicolon) and the text after it opens with a small letter."""
    before, after = para[:blank.start()].rstrip(), para[blank.end():].lstrip()
    return bool(before) and before[-1].isalnum() and after[:1].islower()
_BLANK = re.compile(r"\n[ \t]*\n")
#: a total row's figure worth comparing with the prose: three characters or more ("650", "835,5"; not "12"), no
#: year ("2031")
_STATED_FIGURE = re.compile(r"^(?!(?:19|20)\d\d$)(?=[\d.,]{3,}$)\d[\d.,]*\d$")


def _after_paragraph(text: str, lines: list[Ln], i: int) -> bool:
    """The header at ``lines[i]`` follows a paragraph of prose with no caption of its own (the sentence before it
    ends the paragraph: :func:`_caption` keeps nothing)."""
    above = _above(lines, i)
    return bool(above) and not _caption(above) or bool(above) and _caption(above) == above[-1:] \
        and above[-1][2].endswith((".", ";"))


def states_figure(para: str, fig: str) -> bool:
    """``para`` states the total row's figure ``fig``: three characters or more, no year (:data:`_STATED_FIGURE`), and
    a figure of its own there, not a date's or a số ký hiệu's part ("ngày 15/12/2031", "Kế hoạch số 120/KH-UBND")."""
    return bool(_STATED_FIGURE.match(fig)
                and re.search(rf"(?<![\d.,/]){re.escape(fig)}(?![\d/]|[.,]\d)", para))


def _stated_sums(text: str, at: int, rows: list[dict[int, list[Ln]]]) -> bool:
    """The total row ("Cộng", "Tổng cộng", "Toàn xã") of a per-unit table printed right after a paragraph sums, in one
    column at least, a figure that paragraph states: the table breaks the paragraph's planned figures down by unit.

    Kind (tgt41c): a Ban Chỉ đạo's plan of nông thôn mới sets the money to raise ("Tổng kinh phí dự kiến …, gồm ngân
    sách xã hỗ trợ 650 triệu đồng và Nhân dân đóng góp 835,5 triệu đồng; mỗi hộ tham gia 05 ngày công") and prints each
    thôn's share at once, no caption: "TT | Thôn | Số hộ | Ngày công (công) | Nhân dân đóng góp (triệu đồng) | Ngân
    sách xã hỗ trợ (triệu đồng)", "Cộng | 557 | 2.785 | 835,5 | 650" (t40-09). A caption naming quotas would make it a
    quota table; without one, the sums the paragraph sets say the same. A table of the present per unit sums to
    nothing the plan sets. Only figures of three characters or more count (small ones recur by chance)."""
    para = text[max(0, at - _PARAGRAPH_CHARS):at]
    # (ocr42) a blank line a scan read inside a sentence ("… hộ có người" ⏎ "" ⏎ "khuyết tật nặng.": the line before
    # ends no sentence, the line after opens with a small letter) ends no paragraph
    blanks = [b for b in _BLANK.finditer(para.rstrip()) if not _inside_sentence(para, b)]
    para = para[blanks[-1].end():] if blanks else para
    for row in rows:
        name = row.get(1)
        if not name or not V.QUOTA_WHOLE_ROW_RE.match(fold(name[0][2]).strip(" *:")):
            continue
        for c, cell in row.items():
            fig = cell[0][2].strip(" *")
            if c > 1 and states_figure(para, fig):
                return True
    return False


def quota_grids(tables: tuple[Table, ...] | list[Table], text: str, read: tuple[Table, ...] | list[Table] = ()) -> list[Table]:
    """The quota tables by unit among the data tables a page's geometry or the text's readers gave (a scan's grid, or
    the pipe rows its OCR read as one run-on line, :mod:`.pipe_flow`: "TT | Thôn | Tổng số hộ | Số hộ phân loại rác
    tại nguồn | …" the header), each again with ``role`` :data:`QUOTA`, its columns the row's
    number (an empty one when the grid has none), the unit's name and the header's others; the data table stays for
    the other readers. Same kind as :func:`_pipe_quota_tables` (t29-09 scanned: its 18 quotas missed). A grid whose
    cells a quota table of ``read`` (:func:`read_figure_tables`' own) holds already is left to that one."""
    lines = _lines(text)
    starts = [ln[0] for ln in lines]
    out: list[Table] = []
    for t in tables:
        if t.role != "data" or not t.header or (k := _quota_header(list(t.header))) is None or len(t.rows) < 2:
            continue
        if any(q.role == QUOTA and q.start < t.end and t.start < q.end for q in read):
            continue
        at = next((n for n, s in enumerate(starts) if s >= t.start), None)
        head_line = at - 1 if at is not None and at > 0 and lines[at - 1][1] >= t.start else at
        if head_line is None or not (_quota_caption(lines, head_line, list(t.header))
                                     or _after_paragraph(text, lines, head_line) and _grid_sums_stated(text, t, k)):
            continue  # (ocr42) or no caption, its total row summing what the paragraph over it sets (as on a text's
            # pipe table, :func:`_pipe_quota_tables`: a scan's flowed table of shares per thôn, t40-09, was lost)
        rows = [((TableCell("", r[0].start, r[0].start),) if not k else ()) + tuple(r) for r in t.rows]
        header = (("",) if not k else ()) + tuple(t.header)
        out.append(Table(t.start, t.end, tuple(rows), header, QUOTA, in_appendix=t.in_appendix,
                         caption=_caption_or_note(lines, head_line, list(t.header))))
    return out


def _grid_sums_stated(text: str, t: Table, k: int) -> bool:
    """:func:`_stated_sums` of a data table's rows (``k``: 1 when its first column numbers the rows), its cells put
    under the keys the pipe reader gives them (the unit's name at 1)."""
    rows = [{(c if k else c + 1): [(cell.start, cell.end, cell.text)] for c, cell in enumerate(r) if cell.text}
            for r in t.rows[1:]]
    return _stated_sums(text, t.start, rows)


def read_figure_tables(text: str) -> list[Table]:
    """The quota tables by unit and the indicator tables by year of ``text`` (the document's text, pages joined with
    "\\f"), in text order, each with its cells' offsets into ``text``."""
    lines = _lines(text)
    return sorted(_quota_tables(text, lines) + _pipe_quota_tables(text, lines) + _transposed_quota_tables(text, lines)
                  + _year_tables(text, lines),
                  key=lambda t: t.start)


#: the pipe-table readers that structure/plan_tables.py shares (a plan table is read like a quota table)
DELIMITER, above, caption, lines, pipe_cells, table = _DELIMITER, _above, _caption, _lines, _pipe_cells, _table
PIPE_GAP_LINES = _PIPE_GAP_LINES

"""Where the next cell of a table written cell after cell lands: the counting rule shared by
the Markdown reader (``ingest/markdown.py``: cells between ``|`` lines) and the stacked-cell
reader of plain text (``structure/stacked.py``: the same markup turned into blank lines).

Why one rule: a published page writes each row as ``|`` cell ``|`` cell … ``|`` and the next
row opens with its own ``|``, so between two cells' texts a run of ``gap`` separators means
``gap - 1`` empty cells inside a row, or — once the row's last column is passed — the row's
closing ``|``, the next row's opening ``|`` and the empty cells that open it. Both readers
must agree on that arithmetic, and on the row labels that break it: a group row ("A" /
"PHÁT TRIỂN …", "I" / "Hoàn thiện thể chế") is one merged cell spanning the columns, written
with fewer separators than columns, so the row number that follows opens a new row.
"""

from __future__ import annotations

import re

__all__ = ["GROUP_COL_RE", "NUMBER_COL", "NUMBER_COL_RE", "PERIOD_COL_RE", "PERIOD_KEY_RE", "ROW_NUMBER_RE", "TASK_NAME_COL_RE",
           "next_cell", "is_group_label", "is_group_row"]

# the number column's name, folded (vanban.text.fold): "STT", "TT", "Số TT", "Số thứ tự" (OCR: "S1T", "S0 TT"; "SỊT",
# Tesseract vie's reading of a scanned "STT": a16-04 scan lost its task table's header and seven rows; a stroke read
# before the second T or after the last, "SITTL" / "S1TT" / "STTI": t20-07 scan lost its ten-row task table);
# NUMBER_COL also for the stacked norm cells of extraction (vanban.extract.cell_words), on a line of the folded view
NUMBER_COL = r"(?:s[il1]?[t1li]t[l1i]?|tt|s[o06]\s+tt|s[o06]\s+thu\s+tu)"
NUMBER_COL_RE = re.compile(rf"^{NUMBER_COL}\.?$")
# a row's number cell: "1", "2.", "IV", "1.1", "I.2", "a)" (a group row's label is a roman numeral or letter)
ROW_NUMBER_RE = re.compile(r"^(?:\d{1,3}|[IVXL]{1,5}|(?:[IVXL]{1,5}|\d{1,2})(?:\.\d{1,2}){1,2}|[a-zđ])\s?[.)]?$")
# a header row's first name when it leaves the number column unnamed ("Nội dung | Đơn vị thực hiện | …" over rows
# "1.1 | Kiện toàn …": 179-KH-UBND's tables B and C print it again under each group), folded, the whole cell
TASK_NAME_COL_RE = re.compile(r"^(?:noi dung|nhiem vu|ten nhiem vu|cong viec|nhiem vu, giai phap|noi dung cong viec)\.?$")
# the first column of a month-by-month table named by the period alone ("Tháng | Nội dung | Người phụ trách" of a Kế
# hoạch năm học, "Tháng | Nội dung | Cơ quan chủ trì chuẩn bị | Cơ quan phối hợp" of a Chương trình công tác năm), folded,
# the whole cell; and a month's or quarter's cell under it ("Tháng 10/2027", "Quý I/2028"; folded, so legacy OCR's
# "Thắng 10/2027" reads as the month it is), its year left to the title where the plan prints each month bare ("Tháng
# 01" … "Tháng 12" of a "Chương trình công tác năm 2040", a54-10: :mod:`vanban.extract.period_cells` dates them). The month's cell may be merged down over the month's rows, the rows below
# it then written one cell short (the Markdown reader places their cells from the second column on)
PERIOD_COL_RE = re.compile(r"^(?:thang|quy)\.?$")
PERIOD_KEY_RE = re.compile(r"^(?:thang\s+(?:0?[1-9]|1[0-2])|quy\s+(?:iv|i{1,3}|[1-4]))(?:\s*(?:[/-]|\s+nam\s+)\s*20\d{2})?\.?$")
# the first column of a table that groups its rows by a place or a group ("Xã | Đơn vị phụ trách | Thôn phụ trách |
# Nhiệm vụ trọng tâm" of a phổ cập plan, a54-07; "Địa bàn | …", "Nhóm | …"), folded, the whole cell: the group's cell
# may be merged down over its rows as a month's is (PERIOD_COL_RE), the rows below it written one cell short, their
# cells standing under the last columns. Not the number column: a short row under "STT" is as often one whose last
# cells were left out ("Bước 2 | Lãnh đạo phòng … | 04 giờ làm việc" under "… | Mức độ dịch vụ công", 3854/QĐ-UBND;
# "Tổng số danh mục TTHC công bố: | 02 | TTHC", 1951/QĐ-UBND: ten such rows in realdocs against one whose number was
# merged down, 2634/QĐ-TTg's "NMTĐ tích năng Đơn Dương (Tổ máy 2)")
_PLACE = r"(?:xa|phuong|thi tran|thon|to dan pho|khu pho|dia ban|dia phuong|huyen|don vi hanh chinh)"
GROUP_COL_RE = re.compile(rf"^(?:{_PLACE}(?:\s*(?:,|/|va)\s*{_PLACE})*|nhom|cum|khoi|cum thi dua|khoi thi dua)\.?$")
_LETTER = re.compile(r"[A-ZĐ]\s?[.)]?")  # "A", "B.", "Đ" (after "D" in the alphabet): the part letters above the roman numerals


def next_cell(col: int, gap: int, ncols: int) -> tuple[int, bool]:
    """(column, opens a new row) of the cell that follows the cell in column ``col`` (0-based)
    after ``gap`` separators (``|`` lines or blank lines, ≥ 1) in a table of ``ncols`` columns.

    The column equals ``ncols`` when the separators close the row without opening another:
    the text there follows the table (or, in a row shortened by a merged cell, the caller decides)."""
    if gap < ncols - col + 1:
        return col + gap, False
    return gap - (ncols - col + 1), True


def is_group_label(text: str) -> bool:
    """A group row's number: a roman numeral or a letter ("I", "II.", "A", "B.", "I.1"), not a row's digits."""
    t = text.strip(" *")
    return bool(t) and not t[:1].isdigit() and bool(ROW_NUMBER_RE.match(t) or _LETTER.fullmatch(t))


_LABELLED_GROUP = re.compile(r"^(?:[IVXL]{1,5}|[A-Z])\s?[.)]\s+\S")  # "I. NÂNG CAO NHẬN THỨC …": label and name


def is_group_row(text: str) -> bool:
    """A group row's one merged cell: its label alone ("II.") or with the group's name ("I. NÂNG CAO NHẬN THỨC VÀ
    ĐỔI MỚI TƯ DUY", 617-KH-UBND's appendix: the name wrapped in the label's cell)."""
    t = text.strip(" *")
    return is_group_label(t) or bool(_LABELLED_GROUP.match(t))

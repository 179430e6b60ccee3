"""Tables whose cells stand one after the other, each its own paragraph ("stacked cells").

Why: a task table copied from a published page (``realdocs/md2plain.py``), read by legacy OCR
from a rendered page or pulled out of a PDF's text comes as plain text with one cell after
the other: "STT" / "" / "Nội dung" / "" / "Đơn vị chủ trì" / "" / "Thời hạn" / "" / "" / "1." /
"" / "Xây dựng …" / "" / "Bộ Tài chính" / "" / "31/05/2025". Read as prose, a row's body and
its deadline fall apart. Here a header row of known column names (:data:`vocab.STACKED_COL_WORDS`)
gives the column count; the cells that follow are grouped into rows:

* clean text (cells one blank line apart, rows two, an empty cell one more blank line — the
  page's table markup turned into blank lines): each blank run says how many columns were
  skipped, so cells land in their columns even where some are empty;
* legacy OCR (blank lines lost or added, cells wrapped over lines): rows start at their
  number ("1.", "2", "II", "I.1") and the short cells of the last columns (body, deadline)
  are taken from the row's end, one wrapped cell each; the rest is the task.

A table ends at a cell past the last column, a paragraph that is no row number where one is
due, a heading, a signature or the next header row. Prose lists never have a header row of
three short column names, so they make no table. The result is the same :class:`Table` the
DOCX and Markdown readers give (row 0 the header), read by extraction unchanged.

Norm tables (amounts, figures, time limits, without task columns) printed the same way are not
read here but by :mod:`vanban.extract.stacked_cells` for the norm readers, from the contents of
their cells; its docstring says why the two readers stay apart.
"""

from __future__ import annotations

import re
from dataclasses import replace

from vanban.cellgrid import is_group_label, next_cell
from vanban.models import Table, TableCell
from vanban.structure import vocab as V
from vanban.structure.figure_tables import indicator_columns, planned_count
from vanban.structure.lines import Line
from vanban.structure.mend import date_goes_on, upper_ratio
from vanban.structure.period_rows import carried_periods, ends_period_table, merged_group_row, merged_period_row, rows_by_period
from vanban.text import CAPITAL, ROMAN_NUMERALS, fold

__all__ = ["read_stacked_tables"]

_MAX_ROW_LINES = 60  # a row (legacy OCR) runs this far at most before the table is taken as ended
_PROSE_LINE = 60  # a line this long (characters) spans a page's width: prose, never a task table's cell
_MAX_GAP = 12  # more blank lines than this between two cells: the table has ended
_KEYS = (V.TASK_WHAT_COL, V.TASK_BODY_COL, V.TASK_DUE_COL)
_BODY_KIND = V.TASK_BODY_KIND_COL  # "Chi bộ", "Địa phương": a column naming each row's body by its kind, a body column
_GLUED_GROUP = re.compile(rf"^[IVXL]{{1,5}}\s?[.)]\s*[{CAPITAL}]{{2}}")  # "I.NÂNG CAO …": OCR lost the space after the label
_CLOSING_LINE = re.compile(rf"^[{CAPITAL}].*\./\.\s*$")  # a sentence closing the document's body with "./."
_LABELLED = re.compile(r"^(\d{1,3})\s?[.)]\s+(\S.*)$")  # "2. Các nhiệm vụ …": a row number with its text
# a task table's total row, its first cell alone on its line (folded): "Tổng cộng", "Tổng số" — the table's last row
# (a "Cộng" may be a group's subtotal, more rows under it)
_TOTAL_ROW = re.compile(r"^(?:tong cong|tong so)\.?:?$")
_FIGURE = re.compile(r"^\d[\d.,]*%?$")  # a figure cell alone on its line ("42", "1.250", "95%")


def _placed(ln: Line) -> bool:
    """The line sits in a table its input's geometry gives (DOCX, PDF, OCR boxes, Markdown cells); an OCR
    line outside any table (a scan of a page whose table prints its cells one after the other) is text."""
    return ln.geo is not None and ln.geo.table >= 0


def _col_name(text: str) -> bool:
    """A cell that names a column ("STT", "Đơn vị chủ trì", "Thời hạn hoàn thành"): short, no
    sentence end, no proper name inside ("Nhiệm vụ giao Bộ trưởng Bộ Khoa học …" is a group row)."""
    v = fold(text).strip(" *")
    if V.STACKED_NUMBER_COL.match(v) or V.PERIOD_COL.match(v) or V.STACKED_YEAR_COL.match(v) or _BODY_KIND.match(v) \
            or V.STACKED_PERIOD_COL.match(v) or V.STACKED_GROUP_COL.match(v) or V.TEAM_NAME_COL.match(v) \
            or V.ATTEND_COL.match(v) or _dated_indicator_col(v) or _dated_result_col(v) or V.FIGURE_COL.match(v) \
            or _unit_col(text) or planned_count(text.strip(" *")):
        return True  # (tbl55b) a count of what the plan is to do ("Số cơ sở kiểm tra", :func:`.figure_tables.planned_count`)
    if _LABELLED.match(text.strip(" *")) or V.GROUP_ROW_RE.match(text.strip(" *")):
        return False  # "II. CÁC BƯỚC TIẾN HÀNH MỘT CUỘC KIỂM TRA": a part's heading above the table, its label first
    # (the body a due column sends to is named, not a proper name: "Thời hạn gửi Sở Tài chính")
    named = text.split()[1:len((m.group(0) if (m := V.DUE_COL_RECIPIENT.match(v)) else v).split())]
    return (len(v.split()) <= V.STACKED_MAX_COL_WORDS and not re.search(r"[:;.]$|:\s|\d{2}", v)
            and not any(w[:1].isupper() and w[1:2].islower() for w in named)
            and bool(V.STACKED_COL_WORDS.search(v)))


def _unit_col(text: str) -> bool:
    """``text`` names a column of figures by its unit in parentheses (:data:`vocab.UNIT_COL`: "Thành tiền (đồng)",
    "Tài liệu tồn đọng (mét giá)"), a short cell of common words: a row's cell with a note in parentheses names a thing
    by its proper name ("Chi bộ ấp Tân Phú (đại hội điểm)", a22-10: a capital inside), and an acronym in brackets
    spells out the name before it ("Tốc độ tăng trưởng kinh tế (GRDP)": an indicator row's, :func:`_acronym_note`)."""
    words = text.strip(" *").split()
    return bool(V.UNIT_COL.match(fold(" ".join(words)))) and len(words) <= V.STACKED_MAX_COL_WORDS \
        and not any(w[:1].isupper() and w[1:2].islower() for w in words[1:]) and not _acronym_note(" ".join(words))


def _acronym_note(text: str) -> bool:
    """``text`` ends in brackets holding an acronym in capitals after a name that is not in capitals ("… kinh tế
    (GRDP)"): the name's short form, no unit; a header printed in capitals throughout ("THÀNH TIỀN (ĐỒNG)") and a
    currency's code ("(VNĐ)", :data:`vocab.UNIT_CURRENCY_CODE`) still name one."""
    m = re.search(r"\(([^()]*)\)$", text)
    inner = m.group(1).strip() if m else ""
    return inner.isupper() and not text[:m.start()].isupper() and not V.UNIT_CURRENCY_CODE.match(fold(inner))


def _units_only(views: list[str]) -> bool:
    """A header that is a table's for its unit columns alone (:func:`_unit_col`, two or more; no task column): a table
    of figures by row, no task's."""
    return sum(_unit_col(x) for x in views) >= 2 and not any(rx.search(fold(x)) for rx in _KEYS for x in views)


def _dated_indicator_col(v: str) -> bool:
    """``v`` (folded) names the indicator column with the year its figures are set for ("Chỉ tiêu kế hoạch năm 2027",
    "Chỉ tiêu năm 2027"): the indicator's word, a period's (:data:`vocab.PERIOD_COL_WORDS`), nothing else."""
    return bool(V.TASK_TARGET_COL.match(v) and V.PERIOD_COL_WORDS.search(v)) and len(v.split()) <= 7 \
        and not re.search(r"[:;.,]", v)


def _dated_result_col(v: str) -> bool:
    """``v`` (folded) names the column of the figures reached by a year, the goals' baseline ("Hiện trạng đầu năm
    2028", "Kết quả năm 2027", "Ước thực hiện năm 2027", t31-10 legacy: the header read from its fourth cell on,
    the rows' first figures run into their criterion): :data:`vocab.RESULT_COL_WORDS`, a short cell, no stop."""
    return bool(V.RESULT_COL.match(v) and V.RESULT_COL_WORDS.search(v)) and len(v.split()) <= 7 \
        and not re.search(r"[:;.,]", v)


def _statement_indicators(views: list[str]) -> bool:
    """An indicator table whose indicator cells state their figure ("TT | Chỉ tiêu kế hoạch năm 2027 | Ước thực hiện
    năm 2026", a Nghị quyết HĐND's Điều 1: "Tổng giá trị sản xuất tăng từ 8,5% trở lên" | "8,1%"): a number column
    first, the indicator's column, a year's figures (:data:`vocab.PERIOD_COL`) beside it, no unit column. Read as a
    table, its group rows ("I. Chỉ tiêu kinh tế") are no parts of the text."""
    v = [fold(x).strip(" *.:") for x in views]
    return bool(V.STACKED_NUMBER_COL.match(v[0])) and any(V.TASK_TARGET_COL.match(x) for x in v[1:]) \
        and any(V.PERIOD_COL.match(x) for x in v[1:] if not V.TASK_TARGET_COL.match(x))


def _damaged_name(ln: Line, lines: list[Line]) -> bool:
    """A column name OCR damaged between two it read ("Năm" / "Tân mô hình" / "Đơn vị chủ trì", t19-04 legacy, for
    "Tên mô hình"): a short cell (three words at most, no digit, no stop) opening with a capital, under a column
    name and over another, the next line that is no blank."""
    t = ln.text.strip(" *")
    if not (t[:1].isupper() and len(t.split()) <= 3 and not re.search(r"\d|[.:;,]", t)):
        return False
    nxt = next((x for x in lines[ln.index + 1:ln.index + 4] if not x.blank), None)
    return nxt is not None and not _placed(nxt) and _col_name(nxt.text)


def _header(lines: list[Line], k: int) -> tuple[list[list[Line]], int, bool] | None:
    """(cells as lists of lines, index of the header's last line, cells one blank line apart)."""
    cells: list[list[Line]] = []
    clean = True
    blank = 0
    i = k
    last = k
    plain = 0  # (leg56) names of no column word read in the header (:func:`_plain_name`)
    first_row = False  # the line after the header is the first row's number
    while i < len(lines):
        ln = lines[i]
        if ln.blank:
            blank += 1
            i += 1
            if blank > 2:
                break
            continue
        if _placed(ln):
            break
        if cells and (V.ROW_NUMBER_RE.match(ln.text.strip(" *")) or V.STEP_ROW_RE.match(ln.view.strip(" *"))):
            first_row = ln.text.strip(" *.") == "1"
            break  # a row's number ("1.1", "Bước 1") under the last column's name: the first row, no wrapped name
        new = not cells or blank > 0 or ln.text.lstrip(" *")[:1].isupper()
        if new:
            if cells and not blank and not _col_name(ln.text) and not _damaged_name(ln, lines) and _plain_name(ln.text):
                plain += 1  # "TT" / "Thôn" / "Số hộ" / "Trường phụ trách điều tra": kept if the row "1" follows; on
                # consecutive lines only (OCR lost the blank lines): after a blank line a name of no column word is a
                # row's first cell ("Xã" / … / "Nhiệm vụ trọng tâm" / two blanks / "Cam Tuyền", a54-07 clean)
            elif not _col_name(ln.text) and not (cells and _damaged_name(ln, lines)):
                break
            if cells and blank != 1:
                clean = False
            cells.append([ln])
        else:
            if not _col_name(" ".join(x.text for x in cells[-1] + [ln])):
                break
            cells[-1].append(ln)
        if cells and len(cells[-1]) == 1 and new and len(cells) > 1 and blank == 0:
            clean = False  # two cells on consecutive lines: the blank lines were lost
        last = i
        blank = 0
        i += 1
    views = [" ".join(x.view for x in c) for c in cells]
    keys = sum(any(rx.search(v) for v in views) for rx in _KEYS) + (
        not any(V.TASK_BODY_COL.search(v) for v in views) and any(_BODY_KIND.match(v.strip(" *")) for v in views))
    indicators = all(any(rx.search(v.strip(" *")) for v in views) for rx in (V.TASK_TARGET_COL, V.TASK_UNIT_COL, V.PERIOD_COL)) \
        or (len(cells) >= 3 and _statement_indicators(views)) \
        or (len(cells) >= 4 and bool(V.STACKED_NUMBER_COL.match(views[0].strip(" *")))
            and sum(_unit_col(" ".join(x.text for x in c)) for c in cells) >= 2)  # (ocr36) figures by row, units named
    if len(cells) < 3 or (keys < 2 - bool(V.STACKED_NUMBER_COL.match(views[0].strip(" *"))) and not indicators):
        return None  # three short column names, two of them task columns (one beside a "STT"), or an indicator
        # table's "Chỉ tiêu | ĐVT | Kế hoạch 2027"
    if plain and not (first_row and V.STACKED_NUMBER_COL.match(views[0].strip(" *")) and keys >= 1
                      and plain <= len(cells) - 3 + keys):
        return None  # (leg56) names of no column word stand in a header over the row numbered "1" only, beside its
        # "TT" and a task column
    return cells, last, clean


def _plain_name(text: str) -> bool:
    """(leg56) A column name of no column word ("Thôn", "Số hộ", "Số giáo viên tham gia"): short, opening with a
    capital, no digit, no stop. Where OCR put a grid's names on consecutive lines ("TT" / "Thôn" / "Số hộ" / "Trường
    phụ trách điều tra" / "Số giáo viên tham gia" / "1" / "Đông Hà", a xã's plan assigning each thôn's survey to a
    school, t54-07 legacy and scanned), the clean text's blank lines that say "a table's header" are lost: the header
    is still one, its "TT" first, a task column among its names and the row "1" under them (:func:`_header`)."""
    t = text.strip(" *")
    return t[:1].isupper() and len(t.split()) <= 5 and not re.search(r"\d|[.:;,()]", t) and len(t) > 1 \
        and not is_group_label(t) and upper_ratio(t) <= 0.8  # "A" / "KIỂM TRA": a group row over the rows, no name


_GRID_CELL_WORDS = 16  # a column name of a norm table runs this long at most ("Dự kiến nghỉ hưu, thôi việc đến 31/8/2027")


def _grid_key(text: str) -> bool:
    """A cell that opens a table's header row by its key column: "STT", "TT", "Mẫu", "Mẫu số", "Mã số"."""
    v = fold(text).strip(" *")
    return bool(V.STACKED_NUMBER_COL.match(v) or V.GRID_KEY_COL.match(v))


def _grid_header(lines: list[Line], k: int) -> tuple[list[list[Line]], int, bool] | None:
    """The header of a table in clean text whose columns are no task's (a norm, budget or quota table: "STT | Loại vắc
    xin | Đối tượng tiêm | Nguồn kinh phí | Ghi chú", "Mẫu | Tên biểu mẫu | Đối tượng sử dụng"): opened by its key
    column (:func:`_grid_key`), every name one blank line from the next (the page's ``|`` between cells), the row under
    it two blank lines on (or one, a page writing its rows as its cells) and opened by a row number or a key ("1", "A",
    "I", "Mẫu 01"). The page's markup alone says it is a table, so no column word is asked; legacy OCR never keeps that
    rhythm (cells on consecutive lines), a prose list has no key column over three short names. ``None`` otherwise."""
    if not _grid_key(lines[k].text):
        return None
    cells: list[list[Line]] = [[lines[k]]]
    spaced = True  # every name one blank line from the next (the page's markup kept)
    blank, i = 0, k + 1
    while i < len(lines):
        ln = lines[i]
        if ln.blank:
            blank += 1
            i += 1
            continue
        if _placed(ln) or blank > 2:
            return None
        t = ln.text.strip(" *")
        row_key = bool(V.ROW_NUMBER_RE.match(t) or is_group_label(t) or V.TOTAL_ROW_RE.match(fold(t)) or V.FORM_CODE_ROW.match(fold(t))
                       or (fold(t).split()[:1] == fold(cells[0][0].text).strip(" *").split()[:1] and len(t.split()) <= 3))
        if blank == 2 or (blank == 1 and row_key and t[:1].isdigit() and len(cells) >= 3):
            if len(cells) >= 3 and row_key:
                return cells, cells[-1][-1].index, spaced
            return None
        if len(t.split()) > _GRID_CELL_WORDS or re.search(r"[.:;]$", t) or _LABELLED.match(t) or row_key:
            return None
        if blank == 1 or _key_then_name(cells, ln, blank):
            spaced = spaced and blank == 1  # a lost blank line: an OCR text, its rows read by their numbers
            cells.append([ln])
        else:
            cells[-1].append(ln)  # a name wrapped over two lines ("Số giáo viên hiện có" / "(biên chế/hợp đồng)")
        blank = 0
        i += 1
    return None


def _row_past_head(grid: list[list[Line]], head: list[list[Line]]) -> bool:
    """(leg56t) The cells the page's markup reads as a header (:func:`_grid_header`) go on past the task table's header
    (:func:`_header`) into its first row: the first cell after the task columns is that row's number a scan damaged, one
    or two characters opening with a small letter ("ả", "x)" for 1, 5, t55-04 scanned), never a column's name. Read as
    names, the first row became header cells and the rows after it went out of their columns (the plan's five
    obligations with their dates lost)."""
    t = " ".join(x.text for x in grid[len(head)]).strip(" *")
    return 0 < len(t) <= 2 and t[:1].isalpha() and t[:1].islower()


def _key_then_name(cells: list[list[Line]], ln: Line, blank: int) -> bool:
    """(leg56b) ``ln``, on the line right under the key column's name alone ("STT" / "Lĩnh vực thu" / "" / "Dự toán
    năm 2040 (tỷ đồng)", a54-09 legacy: OCR lost the one blank line between the first two names), is the next
    column's name: the number column's name ("STT", "TT") is whole in itself and never wraps onto a line that opens
    with a capital, so the line is no rest of it. The other names still keep the page's rhythm, and the header is
    then read as OCR text (not spaced): its rows from their numbers."""
    return blank == 0 and len(cells) == 1 and len(cells[0]) == 1 and ln.text.strip(" *")[:1].isupper() \
        and bool(V.STACKED_NUMBER_COL.match(fold(cells[0][0].text).strip(" *")))


def _end_mark(ln: Line, cell: list[Line] | None = None) -> bool:
    """A line no table cell holds: a Phụ lục heading, Nơi nhận, a signature level, a heading in
    capitals — unless it goes on a group row's cell ("I." / "NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY",
    "II. HOÀN" / "THIỆN CƠ CHẾ, CHÍNH SÁCH …", 617-KH-UBND: the group's name wrapped below its label)."""
    v = ln.view
    if V.APPENDIX_RE.match(ln.text) or V.NOI_NHAN_RE.match(v) or V.SIGN_LEVEL_RE.match(v) \
            or V.ARTICLE_HEADING_RE.match(ln.text):
        return True
    if _CLOSING_LINE.match(ln.text) and len(ln.text.split()) >= 6:
        return True  # "Kế hoạch này được triển khai đến chi bộ./." right under the last row (a17-07 legacy): the body's end
    if ln.text.rstrip().endswith("./."):
        return True  # the document's closing sentence ("Kế hoạch này được triển khai đến chi bộ./."): no cell ends so
    if upper_ratio(ln.text) <= 0.8 or len(ln.text) <= 25 or V.GROUP_ROW_RE.match(ln.text) or _GLUED_GROUP.match(ln.text):
        return False
    return not (cell and (is_group_label(cell[0].text) or V.GROUP_ROW_RE.match(cell[0].text))
                and all(upper_ratio(x.text) > 0.8 for x in cell[1:]))


def _blocks(lines: list[Line], lo: int) -> list[tuple[int, list[Line]]]:
    """(blank lines before, lines) of each paragraph from ``lo`` on, up to the first end mark.

    A line of spaces only is an empty cell (the page wrote "| |"), a block without lines;
    an empty line is the cell border."""
    out: list[tuple[int, list[Line]]] = []
    gap = 0
    cur: list[Line] | None = None
    for ln in lines[lo:]:
        if _placed(ln):
            break
        if ln.blank and ln.raw.strip(" \t\u00a0") == "" and ln.raw != "" and "\f" not in ln.raw:
            out.append((gap, []))
            gap = 0
            cur = None
            continue
        if ln.blank:
            gap += 1
            cur = None
            continue
        if _end_mark(ln, cur) and not _spanning_group(ln, lines):
            break
        if cur is None:
            cur = [ln]
            out.append((gap, cur))
        else:
            cur.append(ln)
        gap = 0
    return out


def _one_apart(blocks, n: int) -> bool:
    """The first row's cells after the header stand one blank line apart and so does the cell after them: the rows are
    parted as the cells are (a scan, a legacy OCR), not by one more blank line."""
    gaps = [g for g, _ in blocks[:n + 1]]
    return len(gaps) == n + 1 and all(g == 1 for g in gaps[1:])


def _rows_clean(blocks, n: int, numbered: bool, names: list[str] | None = None,
                by_period: bool = False, by_group: bool = False) -> list[dict[int, list[Line]]]:
    """Rows by the blank-line count: one blank line steps one column, a row ends with one more.

    A group row ("I" / "Hoàn thiện thể chế") may span the columns as one merged cell, and a cell
    merged down over rows is left out of the rows below it — fewer blank lines than columns: the
    row number that follows opens the next row all the same. The header row printed again (under each
    group row of 179-KH-UBND, or at the top of the next page) is no row: the row after it opens at its
    number. ``names``: the header's cells, folded. ``by_period``: the first column is the month each row
    is for ("Tháng | Nội dung | Cơ quan chủ trì chuẩn bị | …"), its cell merged down over the month's rows
    (:func:`.period_rows.merged_period_row`: such a row opens at its task, the month carried down to it).
    ``by_group``: the first column groups the rows by a place or a group ("Xã | Đơn vị phụ trách | …"), its cell
    merged down the same way (:func:`.period_rows.merged_group_row`)."""
    rows: list[dict[int, list[Line]]] = []
    c = n - 1  # the header's last cell
    named = [x for x in (names or []) if x and not V.STACKED_NUMBER_COL.match(x)]  # "STT" may not be printed again
    seen: list[str] = []  # the header's names met again, in order
    for i, (gap, blk) in enumerate(blocks):
        if gap == 0 or gap > _MAX_GAP:
            break
        txt = " ".join(x.text for x in blk)
        v = fold(txt).strip(" *")
        if blk and len(named) >= 3 and len(seen) < len(named) and v == named[len(seen)]:
            seen.append(v)
            if len(seen) == len(named):
                c, seen = n - 1, []  # the repeated header is over: what follows opens a row
            continue
        if seen:
            break  # a header's first names, then something else: not a repeated header
        col, new = next_cell(c, gap, n)
        if numbered and col > 0 and rows and V.ROW_NUMBER_RE.match(txt) and ((_group(rows[-1]) and len(rows[-1]) <= 2) or (
                col >= n and _follows(rows[-1], txt))):
            col, new = 0, True  # the row after a merged group row, or after a cell merged down (rowspan); a row lettered
            # as a sub-item ("a | Áo khoác | Cái | 01 | 01") fills its columns: its figures ("01") are no row's number
        if col >= n and not blk and not new:
            c = n - 1
            continue  # an empty cell past the last column ("5.1 | ** ** | Thương mại | ** ** …", a sub-group row
            # written with one cell too many, 179-KH-UBND): padding, the row after it opens at its number
        if col == n and not new and rows and _empty_cell_written_blank(rows[-1], c, n, blk, names):
            col = n - 1
        if col >= n:
            break  # a cell past the last column: text after the table
        if by_period and new and col == 0 and merged_period_row(rows[-1] if rows else None, blocks, i, n):
            rows.append({0: rows[-1][0], 1: blk})  # the month merged down: the row's task, its month the one above
            c = 1
            continue
        if by_group and new and col == 0 and merged_group_row(rows[-1] if rows else None, blocks, i, n):
            rows.append({0: rows[-1][0], 1: blk})  # the group's cell merged down: the row's cells from the second on
            c = 1
            continue
        if blk and not new and col > c + 1 and rows and _total_row(rows[-1]) and _text_after_total(txt):
            break  # (tbl55b) "Tổng cộng" / "119" / "" / "c) Kiểm tra của cấp xã: …": a total row printed short (its label
            # merged over the first columns), then the paragraph after the table, no cell of it
        if blk and new and numbered and col == 0 and not (V.ROW_NUMBER_RE.match(txt) or V.GROUP_ROW_RE.match(txt)
                                                          or is_group_label(txt) or V.STEP_ROW_RE.match(v)
                                                          or _named_group(blk, i, blocks)
                                                          or (rows and V.TOTAL_ROW_RE.match(v))):
            break  # a paragraph where a row number is due (a part's capital letter "A" / "PHÁT TRIỂN …" is a group's)
        if blk and new and not numbered and rows and _part_heading_cell(txt):
            break  # "4. Tổ chức thực hiện" two blank lines under the last row of a table without a number column (a
            # schedule "Chi bộ | Thời gian đại hội | …", a22-10): the document's next part, no row naming a unit
        if blk and new and not numbered and rows and i + 1 < len(blocks) and len(txt) >= _PROSE_LINE \
                and txt.rstrip().endswith(".") and _part_heading_cell(" ".join(x.text for x in blocks[i + 1][1])):
            break  # "Lịch … 6 tháng cuối năm do Văn phòng Đảng ủy tham mưu, thông báo trước ngày 25/6/2028." / "5. Tiếp
            # công dân đột xuất" two blank lines under the last row of a schedule without a number column: the paragraph
            # closing the table's part, then the document's next item, no row (a row's first cell is no sentence)
        if blk and new and numbered and col > 0 and _item_after_table(txt):
            break  # "2.3. Định kỳ hằng quý, Ban Xây dựng Đảng … phối hợp …" three blank lines under the last row: the
            # document's next item, no row that lost its number
        if blk and new and numbered and col > 0 and i + 1 < len(blocks) \
                and _prose_then_item(txt, " ".join(x.text for x in blocks[i + 1][1])):
            break  # "Hồ sơ gửi sau thời hạn nêu trên sẽ không được tổng hợp, …." / "6. Chế độ báo cáo định kỳ năm 2027"
            # three blank lines under the last row (a Sở's Công văn, a21-07): the paragraph closing the table's part,
            # then the document's next item, no row that lost its number
        if blk and not new and rows and _numberless_item_row(rows[-1], numbered):
            rows.pop()
            break  # "3. Chương trình Lễ kỷ niệm (ngày 09/7/2028)" / "- 07 giờ 00 - 07 giờ 30: Đón tiếp …" three blank
            # lines under the last row of a numbered table: the document's next item, no row (a row's number is its own)
        if blk and not new and rows and (_heading_then_prose(rows[-1], txt) or _heading_then_header(rows[-1], v)):
            rows.pop()
            break  # "III. TỔ CHỨC THỰC HIỆN" / "Các phòng … báo cáo …": the document's next part after the table
        if new or not rows:
            rows.append({})
        if blk:
            rows[-1][col] = blk
        c = col
    return rows


def _total_row(row: dict[int, list[Line]]) -> bool:
    """(tbl55b) The row's first cell printed (the number's or the name's) is a total's label ("Tổng cộng", "Cộng")."""
    first = next((row[c] for c in sorted(row) if row[c]), None)
    return bool(first) and bool(V.TOTAL_ROW_RE.match(fold(" ".join(x.text for x in first)).strip(" *")))


def _text_after_total(txt: str) -> bool:
    """(tbl55b) ``txt``, standing a column or more past the last cell of a total row, is the text after the table: an
    item with its label ("c) Kiểm tra của cấp xã: …", "3. …") or a sentence as long as a page's line — a total row's
    cells are its figures."""
    t = " ".join(txt.split())
    return len(t) >= _PROSE_LINE and bool(_LOWER_ITEM.match(t) or _ITEM_LABEL.match(t) or _prose(t))


def _total_under_figures(rows: list[dict[int, list[Line]]], n: int) -> list[dict[int, list[Line]]]:
    """(tbl55b) The last row, a total printed short, its figures put under the columns of figures: its label merged
    over the first columns ("| **Tổng cộng** | **119** |" under "TT | Nhóm cơ sở kiểm tra | Đơn vị chủ trì | Số cơ sở
    kiểm tra | Thời hạn hoàn thành", t54-01) gives its figure the name's column. Where the total's figures are as many
    as the columns whose every row above holds a figure, each goes under its column, in order."""
    if len(rows) < 3 or not _total_row(rows[-1]):
        return rows
    total = rows[-1]
    label = min(c for c in total if total[c])
    figs = [c for c in sorted(total) if c > label and total[c]]
    if not figs or not all(_FIGURE.match(" ".join(x.text for x in total[c]).strip(" *")) for c in figs):
        return rows
    above = rows[:-1]
    cols = [c for c in range(n) if c > label and all(
        r.get(c) and _FIGURE.match(" ".join(x.text for x in r[c]).strip(" *")) for r in above[1:])]
    cols = [c for c in cols if [" ".join(x.text for x in r[c]).strip(" *.") for r in above]
            != [str(m) for m in range(1, len(above) + 1)]]  # the rows' numbers 1, 2, 3 … are no figures
    if len(cols) != len(figs) or cols == figs:
        return rows
    moved = {label: total[label], **{col: total[f] for col, f in zip(cols, figs)}}
    return above + [moved]


def _empty_cell_written_blank(row: dict[int, list[Line]], c: int, n: int, blk: list[Line],
                              names: list[str] | None) -> bool:
    """The row's due cell one blank line further than the columns allow: an empty cell written as an empty line
    between its pipes ("|" / "" / "|", a Markdown table's empty "Đơn vị phối hợp" before "Trước ngày 20/11/2038")
    gives three blank lines where the page's "| |" gives two, so the date reads one column past the last. It is the
    row's last cell when the last column is a due column still empty in this row, the one cell between was left empty
    (``c`` two columns short of it: one such cell reads exactly one column too far) and the block is a date or a
    period — never prose after the table."""
    return (bool(blk) and bool(names) and len(names) == n and c == n - 3 and (n - 1) not in row
            and bool(V.TASK_DUE_COL.search(names[-1])) and _due_or_period(blk))


_ITEM_LABEL = re.compile(rf"^\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}\.\s+[{CAPITAL}]")  # "2.3. Định kỳ …", "3. Các chi bộ …"


def _item_after_table(txt: str) -> bool:
    """``txt``, where a new row would open without its number, is the document's next item: a label with its dot
    ("2.3.", the numbering of the plan's items, never a row's "1.1" cell alone) and a sentence as long as a page's
    line, ended as prose ends (t22-07: the model table of III.2.2, then "2.3. Định kỳ hằng quý, … ."), not a cell."""
    return bool(_ITEM_LABEL.match(txt)) and len(txt) >= _PROSE_LINE and txt.rstrip().endswith((".", ";", ":"))


def _prose_then_item(txt: str, nxt: str) -> bool:
    """``txt``, where a new row would open without its number, is a sentence as long as a page's line, ended as prose
    ends, and the block after it is a numbered item's heading (:func:`_numbered_heading`): the closing paragraph of the
    table's part and the document's next item, not a row's cells (a row's task cell is followed by its other cells)."""
    return len(txt) >= _PROSE_LINE and txt.rstrip().endswith((".", ";")) and _numbered_heading(nxt)


def _heading_then_prose(row: dict[int, list[Line]], txt: str) -> bool:
    """The row so far is one heading in capitals with its Roman label ("III. TỔ CHỨC THỰC HIỆN") and the cell after
    it is a sentence: a part of the document after the table (its heading, then its first paragraph), no group row
    (a group's name is followed by its first row's number, never by a sentence). The heading may follow the paragraph
    closing the table's part ("Ban Tổ chức Tỉnh ủy báo cáo Ban Tổ chức Trung ương … trước ngày 15 tháng 3 năm 2027." /
    "IV. TỔ CHỨC THỰC HIỆN" / "1. Các đảng ủy xã, phường, …" under a table without row numbers, a Ban Tổ chức's Hướng
    dẫn, a22-08): that paragraph is text after the table too."""
    cells = [c for c in row.values() if c]
    if len(cells) == 2 and _prose(" ".join(x.text for x in cells[0])):
        cells = cells[1:]
    if len(cells) != 1:
        return False
    head = " ".join(x.text for x in cells[0])
    # … or by the part's first item's short heading ("IV. NHIỆM VỤ VÀ GIẢI PHÁP" / "1. Trước mùa mưa bão" three blank
    # lines under the last row of a numbered table: a row's number stands alone in its cell, never with a heading)
    return bool(re.match(r"^[IVXL]{1,5}\s?[.\-–]\s", head)) and upper_ratio(head) > 0.8 and upper_ratio(txt) < 0.3 \
        and ((len(txt) > 60 and txt.rstrip().endswith((".", ":", ";"))) or _numbered_heading(txt)
             or _part_heading_cell(txt))


def _heading_then_header(row: dict[int, list[Line]], v: str) -> bool:
    """The row so far is one heading in capitals with its Roman label ("III. QUY TRÌNH, THỜI GIAN THỰC HIỆN") and the
    cell after it (``v``, folded) names a number column ("TT", "STT"): the document's next part and the header of the
    table it opens with, two tables one after the other, not a group row of this one (a group's name is followed by
    its first row's number, never by a column's name)."""
    cells = [c for c in row.values() if c]
    if len(cells) != 1 or not V.STACKED_NUMBER_COL.match(v):
        return False
    head = " ".join(x.text for x in cells[0])
    return bool(re.match(r"^[IVXL]{1,5}\s?[.\-–]\s", head)) and upper_ratio(head) > 0.8


def _numberless_item_row(row: dict[int, list[Line]], numbered: bool) -> bool:
    """In a table whose rows carry a number, the row so far has no number and its one cell is a numbered item's heading
    in sentence case ("3. Chương trình Lễ kỷ niệm (ngày 09/7/2028)", a31-07's programme table): the document's next
    item after the table, not a row."""
    cells = [(k, v) for k, v in row.items() if v]
    if not numbered or len(cells) != 1 or cells[0][0] == 0:
        return False
    head = " ".join(x.text for x in cells[0][1])
    return bool(re.match(rf"^\d{{1,2}}\.\s+[{CAPITAL}]", head)) and upper_ratio(head) < 0.5


def _prose(txt: str) -> bool:
    """``txt`` is a sentence of prose, no cell: long, in sentence case, closed by a full stop."""
    t = " ".join(txt.split())
    return len(t) > 2 * _PROSE_LINE and t.endswith(".") and upper_ratio(t) < 0.3 and t[:1].isupper()


def _part_heading_cell(txt: str) -> bool:
    """``txt`` is a numbered heading of the text ("4. Tổ chức thực hiện", "III. KINH PHÍ"): a label with its stop,
    then a name opening with a capital — no cell of a table whose rows carry no number."""
    return bool(re.match(rf"^(?:\d{{1,2}}|[IVXL]{{1,5}})\.\s+[{CAPITAL}]", " ".join(txt.split())))


def _numbered_heading(txt: str) -> bool:
    """``txt`` is a numbered item's heading in sentence case, its number on its line ("1. Giám đốc các sở, Thủ trưởng
    các cơ quan, đơn vị thuộc Ủy ban nhân dân tỉnh" under "IV. TỔ CHỨC THỰC HIỆN", a20-07: the table had taken part IV
    and its first item as one more row): the next part's first item. A group row's first row opens with its number
    alone in its cell, the task in the next one."""
    m = re.match(r"^\d{1,2}[.)]\s+(\S.*)$", " ".join(txt.split()))
    # … or a short one that names a body ("IV. TỔ CHỨC THỰC HIỆN" / "1. Phòng Kinh tế" / "- Là cơ quan thường trực, …",
    # t24-08: the task table had taken part IV, its bodies and their duties as one more row)
    return bool(m) and m.group(1)[:1].isupper() and (len(m.group(1).split()) >= 5
                                                     or bool(V.BODY_ITEM_RE.match(" ".join(txt.split()))))


def _rows_spaced(blocks, n: int, what: int, lines: list[Line] | None = None,
                 due_last: bool = False) -> list[dict[int, list[Line]]]:
    """Rows of a table whose every cell stands one blank line from the next, rows too (a scan of a page
    that printed the cells one after the other, 617-KH-UBND): each row opens with its number — which OCR
    may damage ("Ÿj", "&" for 2, 3: any cell of two characters at most where a row opens) — and takes the
    next ``n - 1`` cells; a group row ("I.NÂNG CAO …", its name wrapped into a block of capitals below)
    is one cell. [] when the blocks do not follow that rhythm (most rows not of ``n`` cells). ``lines`` (the
    document's) lets a part's heading after the table end it though OCR parted its first paragraph by blank lines
    (:func:`_part_heading`). With ``due_last`` (the last column is the due date's) a row's due cell with the next
    row's cells glued under it opens that row though OCR lost its number (:func:`_unnumbered_after_due`)."""
    rows: list[dict[int, list[Line]]] = []
    col = n
    group = total = False
    blocks = _numbers_apart(blocks)
    for b, (gap, blk) in enumerate(blocks):
        if gap == 0 or gap > 2:
            break
        if not blk:
            col += 1
            continue
        txt = " ".join(x.text for x in blk).strip(" *")
        if total and (col >= n or not V.FIGURE_CELL_RE.match(fold(txt))):
            break  # the sums' row is the table's last: "(Bằng chữ: …)" / "b) Quà của …" under it are the text's
        if rows and not group and 0 in rows[-1] and V.TOTAL_ROW_RE.match(fold(txt)):
            # (ocr36) "Tổng cộng" where the last row still wants a cell: OCR glued two of its cells ("Gia đình chính
            # sách …" / "20", no blank line between), so the row came short; the sums' row opens here, without a number
            if col < n:
                rows[-1] = _refill(rows[-1], n, what)
            rows.append({what: list(blk)})
            col, total = what + 1, True
            continue
        if total:
            rows[-1][col] = blk  # the sums, left to right
            col += 1
            continue
        after = next((" ".join(x.text for x in nb) for _, nb in blocks[b + 1:] if nb), "")
        # (not a group row whose name wraps on in capitals or whose first row's number follows: "II. HOÀN THIỆN …
        # DOANH" / "NGHIỆP" / "4", 617-KH-UBND scanned)
        # (nor one whose first row's number OCR damaged into a block of two characters at most: "IV. HỢP TÁC VÀ THU HÚT
        # ĐẦU TƯ" / "b," for 9 / "Tổ chức học tập …", 617-KH-UBND scanned — read as a part's heading over its first
        # sentence, the table ended and its last three rows were lost)
        group_next = upper_ratio(after) > 0.8 or bool(V.ROW_NUMBER_RE.match(after.strip(" *")) and len(after.strip(" *")) <= 3) \
            or 0 < len(after.strip(" *")) <= 2
        if _heading_then_prose({0: blk}, after) or _heading_with_item(txt) \
                or (lines is not None and len(blk) == 1 and not group_next and _part_heading(blk[0], lines)):
            break  # "IV. KINH PHÍ THỰC HIỆN" / "Kinh phí thực hiện từ …": the document's next part
        if group and upper_ratio(txt) > 0.8 and not V.ROW_NUMBER_RE.match(txt):
            rows[-1][what].extend(blk)  # "II. HOÀN THIỆN … DOANH" / "NGHIỆP"
            continue
        if len(blk) > 1 and rows and not group and V.ROW_NUMBER_RE.match(blk[0].text.strip(" *")) \
                and blk[0].text.strip(" *")[:1].isdigit() and _follows(rows[-1], blk[0].text.strip(" *")):
            # the next row's number with its first cells under it, no blank line between ("4" / "Hội nghị tổng kết …"
            # / "Ban Tuyên giáo …", a17-07 legacy: the row before came short, its cells glued): the row before is read
            # again from its lines, this one opens here, its glued cells read likewise when it ends
            if col < n:
                rows[-1] = _refill(rows[-1], n, what)
            rows.append({0: blk[:1], what: blk[1:]})
            col = what + 1
            continue
        if col < n and not group and rows and (_cell_wraps_on(rows[-1], col, blk)
                                               or _one_block_too_many(rows[-1], col, blk, blocks[b + 1:], n)):
            rows[-1][col - 1] = rows[-1][col - 1] + list(blk)  # "… cơ sở chăn nuôi, sản" / "" / "xuất"
            continue
        if col < n and not group and _next_number(rows[-1], txt):
            rows[-1] = _refill(rows[-1], n, what)  # the row came short: OCR glued two of its cells
            col = n
        if col < n and not group and rows and 0 in rows[-1] and _prose_then_item(txt, after):
            # (ocr37) a sentence closing the table's part, the document's next numbered item under it, where the last
            # row still wants a cell (its task and its form glued by legacy OCR, "… tổ dân phố 12" / "Phát phiếu …"):
            # the row came short, the text after the table is no row whose number was lost (as :func:`_rows_clean`
            # reads the clean text's)
            rows[-1] = _refill(rows[-1], n, what)
            break
        if due_last and col < n and not group and rows and 0 in rows[-1]:
            due_before = col - 1 > what and _due_cell(" ".join(x.text for x in rows[-1].get(col - 1, [])))
            nxt = _unnumbered_after_due(blk, n, what, due_before)
            k = 0 if due_before else 1  # the first line after the row's due cell
            if nxt is None and len(blk) > k + 1 and _damaged_label(blk[k].text):
                # the next row's number OCR damaged ("fs)" for 5), its task glued under it, after the row's due cell
                # ("Từ ngày 20/3/2027 đến ngày 26/3/2027" / "fs)" / "Tổng kết Tháng Thanh niên, …" across a page break,
                # t24-06 legacy: read as one due cell, the row after it lost)
                nxt = _unnumbered_after_due(blk[:k] + blk[k + 1:], n, what, due_before)
                if nxt is not None:
                    nxt[0] = blk[k:k + 1]
            if nxt is not None:
                if not due_before:
                    rows[-1][col] = blk[:1]
                if col + (not due_before) < n:
                    rows[-1] = _refill(rows[-1], n, what)  # the row came short: OCR glued two of its cells
                rows.append(nxt)
                col = max(nxt) + 1
                continue
        if col < n and rows and 0 in rows[-1] and not group and (_paragraph_after_row(txt, after)
                                                                  or _next_item_after_row(rows[-1], txt, after)):
            rows[-1] = _refill(rows[-1], n, what)  # the row came short: OCR glued two of its cells
            break
        if col < n:
            rows[-1][col] = blk
            col += 1
            continue
        if V.ROW_NUMBER_RE.match(txt) and txt[:1].isdigit() or (len(txt) <= 3 and not V.GROUP_ROW_RE.match(txt)):
            rows.append({0: blk})
            col, group = 1, False
        elif V.GROUP_ROW_RE.match(txt) or _GLUED_GROUP.match(txt) or is_group_label(txt) \
                or (upper_ratio(txt) > 0.8 and len(txt) > 12):
            rows.append({what: list(blk)})
            col, group = n, True
        else:
            break  # a paragraph where a row is due: the table has ended
    if group and rows:
        rows.pop()  # "III. NHIỆM VỤ CỦA CÁC CẤP ỦY, TỔ CHỨC ĐẢNG" with no row under it: the document's next part
    if rows and 0 in rows[-1] and len(rows[-1]) < n and not group:
        rows[-1] = _refill(rows[-1], n, what)
    body = [r for r in rows if len(r) > 1 or 0 in r]
    full = sum(len(r) == n for r in body)
    if len(body) < 2 or full < 0.7 * len(body):
        return []
    return rows


def _paragraph_after_row(txt: str, after: str) -> bool:
    """``txt``, a block standing where the last row still wants a cell, is the first line of the paragraph after the
    table: as long as a page's line, its sentence going on in the next block, which opens in small letters and closes
    with a full stop ("Số liệu ước tính từ ngày chốt số liệu đến hết kỳ báo cáo được ghi rõ là số ước" / "" / "thực
    hiện và được cập nhật … kỳ tiếp theo.", a Sở's report calendar read by legacy OCR: its last row came one cell short,
    its period glued under its name, and the note under the table was read as the row's last cell). A cell wraps at
    its column's width and goes on under it without a blank line."""
    return len(txt) >= _PROSE_LINE and not txt.rstrip(" *").endswith((".", ";", ":")) and after[:1].islower() \
        and after.rstrip(" *").endswith(".") and _prose(txt + " " + after)


def _cell_wraps_on(row: dict[int, list[Line]], col: int, blk: list[Line]) -> bool:
    """``blk``, opening in small letters where the row wants its cell ``col``, is the cell above wrapped over a blank
    line OCR put inside it ("Kiểm tra việc chấp hành … của cơ sở chăn nuôi, sản" / "" / "xuất", t24-08 legacy: read as
    the next column's cell, each cell after it went one column right and the due cell fell out of the row): a cell
    opens with a capital, a due cell aside ("trước ngày 30/9/2027"), and the cell above does not close its sentence nor
    is a due cell (whole: "fs)" under it is the next row's number OCR damaged, :func:`_damaged_label`).
    So is a year under its date's word ending the cell above (:func:`.mend.date_goes_on`)."""
    above = row.get(col - 1)
    if not above or col - 1 <= 0 or not blk[0].text.split():
        return False
    if date_goes_on(above[-1].text, blk[0].text.split()[0]):
        return True  # "… kế hoạch vốn" / "năm" / "" / "2026 của dự án …" (a22-06 legacy): a date parted from its word
    return blk[0].text[:1].islower() and not _LOWER_ITEM.match(blk[0].text) \
        and not (_damaged_label(blk[0].text) and re.search(r"[^\w\s]|\d", blk[0].text)) \
        and not _due_text(" ".join(x.text for x in blk)) and not _due_text(" ".join(x.text for x in above)) \
        and not above[-1].text.rstrip().endswith((".", ";", ":"))


_LOWER_ITEM = re.compile(r"^[a-zđ]\s?[.)]\s")  # "a) …": an item's label, no wrapped word


def _next_item_after_row(row: dict[int, list[Line]], txt: str, after: str) -> bool:
    """``txt``, a block standing where the last row still wants a cell, is the document's next numbered item after the
    table ("2. Yêu cầu về nội dung, hình thức và phương thức gửi báo cáo" / "a) Báo cáo phải …", under a report
    calendar's last row that legacy OCR read one cell short, two of its cells glued): its heading in sentence case
    (:func:`_numbered_heading`), a number that is not the next row's, and an item or a sentence under it — or the item
    is a sentence itself, closed by its full stop ("2. Văn phòng Sở tổng hợp, báo cáo … trước ngày 20 hằng tháng.")."""
    return _numbered_heading(txt) and not _follows(row, txt) \
        and bool(_LOWER_ITEM.match(after) or len(after) >= _PROSE_LINE or txt.rstrip(" *").endswith("."))


def _one_block_too_many(row: dict[int, list[Line]], col: int, blk: list[Line], rest, n: int) -> bool:
    """``blk``, opening in small letters where the row wants its cell ``col``, is the cell above wrapped over a blank
    line OCR put inside it though it reads as a due cell ("Báo cáo kết quả … nhiệm vụ trọng tâm 6 tháng" / "" / "cuối
    năm 2028", a report calendar's row read by legacy OCR: taken for the period cell, every cell after it went one
    column right and the table ended at that row): the row holds one block more than it has cells left before the next
    row's number, and the cell above does not close its sentence. ``rest``: the blocks after ``blk``."""
    above = row.get(col - 1)
    if not above or col - 1 <= 0 or not blk[0].text[:1].islower() or _LOWER_ITEM.match(blk[0].text) \
            or above[-1].text.rstrip().endswith((".", ";", ":")):
        return False
    count = 1
    for _, nb in rest:
        t = " ".join(x.text for x in nb).strip(" *")
        if V.ROW_NUMBER_RE.match(t) and t[:1].isdigit() and _follows(row, t):
            return count == n - col + 1
        count += 1
        if count > n - col + 1:
            return False
    return False


def _damaged_label(text: str) -> bool:
    """A row's number OCR damaged: three characters at most, no word opening with a capital ("fs)", "si", "“")."""
    t = text.strip(" *")
    return 0 < len(t) <= 3 and not t[:1].isupper()


def _unnumbered_after_due(blk: list[Line], n: int, what: int, due_before: bool = False) -> dict[int, list[Line]] | None:
    """The next row's first cells, that row's number lost, when ``blk`` (a block standing where a row still wants a
    cell) follows the row's due cell (``due_before``: the row came short, OCR glued its task to its body) or is a due
    cell with the next row's cells glued under it ("Trước ngày 10/3/2027" / "" / "Sơ kết công tác …" / "Cục An toàn
    thực phẩm" / "Các đơn vị liên quan", then "Tháng 3/2027": t20-03 legacy, row 5 glued, row 6 unnumbered; rows 5
    and 6 were read as one, Cục Quản lý Khám, chữa bệnh's). The cells are read as wrapped cells (:func:`_units`) from
    the task column on; None when they are more than the row holds before its due cell, or open in small letters. After
    a short row's due cell the block may be the task alone ("Quý III/2027" / "\f" / "Kiểm tra việc chấp hành …", t24-08
    legacy: the number "3" lost at the page's top, the row's cells read into the row above and the table ended)."""
    cells = blk if due_before else blk[1:]
    if not cells or not cells[0].text.strip(" *")[:1].isupper() or _due_cell(" ".join(x.text for x in cells)) \
            or (not due_before and not _due_cell(blk[0].text)):
        return None
    units = _units(cells)
    if len(units) > n - 1 - what:  # the row's due cell is yet to come
        return None
    return {what + j: u for j, u in enumerate(units)}


def _heading_with_item(txt: str) -> bool:
    """``txt`` opens with a part's heading in capitals and its Roman label, then the part's first numbered item on the
    same line ("IV. TỔ CHỨC THỰC HIỆN 1. Các đồng chí ủy viên Ủy ban Kiểm tra …", t18-03 scanned: OCR read the heading and
    the item as one line, and the table took part IV as its last row's cells): the document's next part. A group row's
    name is followed by its first row's number alone, never by a numbered sentence."""
    m = re.match(r"^[IVXL]{1,5}\s?[.\-–]\s+(\S.{5,80}?)\s+\d{1,2}[.)]\s+\w", txt)
    return bool(m) and upper_ratio(m.group(1)) > 0.9 and upper_ratio(txt[m.end() - 1:]) < 0.5 or _heading_with_prose(txt)


def _heading_with_prose(txt: str) -> bool:
    """``txt``, a line of a page's full width, opens with a part's heading in capitals and its Roman label, then the
    part's first sentence on the same line ("V. KINH PHÍ THỰC HIỆN Tổng kinh phí dự kiến 18.640 triệu đồng, từ nguồn",
    a19-09 scanned: the page ran the parts after the table into one paragraph, and the table took them as its last
    row's cells): the document's next part. A group row's name in capitals ends its line or wraps on in capitals;
    a cell's line is as narrow as its column."""
    m = re.match(rf"^[IVXL]{{1,5}}\s?[.\-–]\s+((?:[{CAPITAL}][{CAPITAL},\-]*\s+){{2,}}?)(?=[{CAPITAL}][a-zà-ỹđ])", txt)
    return bool(m) and len(txt) >= _PROSE_LINE and upper_ratio(m.group(1)) > 0.9 \
        and upper_ratio(txt[m.end():]) < 0.3 and len(txt[m.end():].split()) >= 4


def _numbers_apart(blocks):
    """``blocks`` with a row's number alone on the first line of a block parted from the lines after it: OCR lost the
    blank line between the number and the row's first cell ("4" / "Hội nghị tổng kết phong trào năm 2027 cấp tỉnh" /
    "Ban Tuyên giáo và Dân vận Tỉnh ủy", a17-07 legacy: read as one cell, the row's number never opened it)."""
    out = []
    for gap, blk in blocks:
        head = blk[0].text.strip(" *") if len(blk) > 1 else ""
        if head and V.ROW_NUMBER_RE.match(head) and head[:1].isdigit():
            out += [(gap, blk[:1]), (1, blk[1:])]
        else:
            out.append((gap, blk))
    return out


def _full_rows(rows: list[dict[int, list[Line]]], n: int) -> int:
    """How many ``rows`` hold a cell in every column after the number's."""
    return sum(1 for r in rows if all(r.get(c) for c in range(1, n)))


def _numbered_rows(rows: list[dict[int, list[Line]]]) -> int:
    """How many ``rows`` open with a row's number: a cell of three characters at most (OCR may damage it)."""
    return sum(1 for r in rows if r.get(0) and len(" ".join(x.text for x in r[0]).strip(" *")) <= 3)


def _dated_rows(rows: list[dict[int, list[Line]]], col: int) -> int:
    """How many ``rows`` hold a due cell (a date, a period, a yearless time: :func:`_due_or_period`) in column ``col``."""
    return sum(1 for r in rows if r.get(col) and _due_or_period(r[col]))


def _unnumbered_rows(rows: list[dict[int, list[Line]]]) -> int:
    """How many ``rows`` hold no row number at all (neither a number cell nor a group row's label)."""
    return sum(1 for r in rows if not r.get(0))


def _next_number(row: dict[int, list[Line]], txt: str) -> bool:
    """``txt``, a block standing where ``row`` still wants a cell, is the next row's number: the number after the
    row's, or a short block OCR damaged ("fs)" for "5") right after the row's due cell (a16-01 legacy: "nó cao" /
    "Công an phường" one block, then "Phòng Kinh tế …", "Trước ngày 31/3/2027" and "3" read as the row's last
    cell: the table ended at its second row)."""
    if 0 not in row:
        return False
    if V.ROW_NUMBER_RE.match(txt) and txt[:1].isdigit():
        # (after a number OCR damaged, "fs)", any row number: its own cannot be told)
        return _follows(row, txt) or not row[0][0].text[:1].isdigit()
    last = row[max(row)]
    # (the due cell may stand glued under the cell before it, no blank line between: "Chi cục Chăn nuôi, Thú y và Thủy
    # sản; UBND các xã, phường" / "Trong quý II và quý III/2027", then "fs)", a19-09 legacy: its last line is the due)
    return len(txt) <= 3 and max(row) > 1 and (_due_cell(" ".join(x.text for x in last))
                                               or (len(last) > 1 and _due_cell(last[-1].text)))


def _refill(row: dict[int, list[Line]], n: int, what: int) -> dict[int, list[Line]]:
    """``row`` (its number in column 0) short of cells, its cells read again from its lines as legacy OCR's rows are
    (:func:`_units`, :func:`_fill`: the last columns from the row's end, one wrapped cell each)."""
    lines = [x for c in sorted(row) if c for x in row[c]]
    return _fill({0: row[0]}, _units(lines), n, what)


def _parted(units: list[list[Line]], tail: int) -> list[list[Line]]:
    """``units`` with too few cells for the task to keep one (``tail`` cells after it) parted again: a line was read
    as the one above's wrap ("… ứng phó sự cố" / "Văn phòng HĐND và UBND xã": "cố" folds like the connector "có",
    a16-07 legacy and scan) — a wrapped unit parts at its last line opening with a capital, unless that line closes
    a parenthesis the unit opened ("(qua Phòng Giáo dục" / "Trung học)")."""
    units = list(units)
    while len(units) <= tail:
        cut = next(((u, k) for u in range(len(units) - 1, -1, -1) for k in range(len(units[u]) - 1, 0, -1)
                    if units[u][k].text[:1].isupper() and not _closes_parenthesis(units[u][:k], units[u][k])), None)
        if cut is None:
            break
        u, k = cut
        units[u:u + 1] = [units[u][:k], units[u][k:]]
    return units


def _follows(row: dict[int, list[Line]], label: str) -> bool:
    """``label`` numbers the row after ``row`` ("02" after "01", "3." after "2.")."""
    first = row.get(0)
    a = re.match(r"\d+", first[0].text) if first else None
    b = re.match(r"\d+", label)
    return bool(a and b) and int(b.group()) == int(a.group()) + 1


def _group(row: dict[int, list[Line]]) -> bool:
    """A group row: its number is a roman numeral or a letter ("I", "II.", "A", "I.1"), not a row's; or one merged
    cell naming the rows' period or kind without a label ("THÁNG 01", "NỘI DUNG ĐỊNH KỲ, THƯỜNG XUYÊN":
    :func:`_named_group`)."""
    first = row.get(0)
    # its label may share the line with its name ("II. HOÀN" / "THIỆN CƠ CHẾ, …")
    return bool(first) and bool(is_group_label(first[0].text) or V.GROUP_ROW_RE.match(first[0].text)
                                or len(row) == 1 and _group_name(" ".join(x.text for x in first)))


_BARE_NUMBER = re.compile(r"^\d{1,3}\.?$")  # a row's number alone in its cell ("1", "17.")


def _group_name(txt: str) -> bool:
    """``txt`` names a group of rows without a label: a period ("THÁNG 01", "Quý II/2027",
    :data:`vocab.PERIOD_GROUP_ROW_RE`) or a name in capitals ("NỘI DUNG ĐỊNH KỲ, THƯỜNG XUYÊN")."""
    t = txt.strip(" *")
    return bool(V.PERIOD_GROUP_ROW_RE.match(fold(t))) or (upper_ratio(t) > 0.8 and len(t.split()) <= 12
                                                          and not re.search(r"\d{3}|[.:;]$", t))


def _named_group(blk: list[Line], i: int, blocks) -> bool:
    """A group row spanning a numbered table, its one merged cell the rows' month or kind in capitals, no label (a
    UBND xã's Chương trình công tác: "STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian trình" with
    "THÁNG 01", "QUÝ II", "NỘI DUNG ĐỊNH KỲ, THƯỜNG XUYÊN" over their rows, a23-08): where a row's number is due, a
    name of the kind (:func:`_group_name`) whose next cell is a row's number alone."""
    nxt = blocks[i + 1][1] if i + 1 < len(blocks) else []
    return bool(nxt) and bool(_BARE_NUMBER.match(" ".join(x.text for x in nxt).strip(" *"))) \
        and _group_name(" ".join(x.text for x in blk))


def _spanning_group(ln: Line, lines: list[Line]) -> bool:
    """``ln``, a line in capitals that would end the table as a heading does, is a group row spanning it (the
    kind of :func:`_named_group`): no label, a name of the kind, and the next line that is no blank a row's number
    alone ("NỘI DUNG ĐỊNH KỲ, THƯỜNG XUYÊN" / "17"); a heading of the text is followed by its prose or its items."""
    if V.APPENDIX_RE.match(ln.text) or V.NOI_NHAN_RE.match(ln.view) or V.SIGN_LEVEL_RE.match(ln.view) \
            or V.ARTICLE_HEADING_RE.match(ln.text) or ln.text.rstrip().endswith("./."):
        return False
    nxt = next((x for x in lines[ln.index + 1:ln.index + 4] if not x.blank), None)
    return nxt is not None and bool(_BARE_NUMBER.match(nxt.text.strip(" *"))) and _group_name(ln.text)


def _units(lns: list[Line]) -> list[list[Line]]:
    """Lines grouped into wrapped cells: a line that opens in lower case or with a long run of
    digits ("6001/BKHCN-CĐSQG ngày 24/10/2025. Hiện nay …"), or follows a line ending in a comma
    or a preposition ("Bộ Khoa học và" / "Công nghệ") or a body's head word ("Bộ Công an, Bộ" /
    "Khoa học và Công nghệ"), goes on the cell above — unless the line is a whole due cell ending with its year: "Sở
    Tài chính; cơ quan cấp trên của chủ đầu tư" / "Trước ngày 28/02/2027" (a23-09 legacy: "tư" folds like the
    preposition "từ") is a body cell, then the due cell. A place name's last syllable folds like a preposition too
    ("Chi bộ thôn Nà Cọ", "cọ" as "có"): a word opening with a capital is no preposition (:func:`_name_end`). A quoted
    cell closed by its quote ('"Mỗi thầy cô giáo đỡ đầu một học sinh …"') is whole: "100% học sinh …" under it is the
    next cell (t22-07 legacy: a model table's rows read one cell short, the chi bộ lost)."""
    out: list[list[Line]] = []
    for ln in lns:
        prev = out[-1][-1] if out else None
        digits = ln.text[:1].isdigit() and not _COUNT_CELL.match(ln.text) and len(ln.text) > 25 and not _due_cell(ln.text) \
            and not _quoted(out[-1] if out else [])
        bound = _bound_cell(ln.text)  # (leg56) a bound and its figure open a cell, unless a comma or a dash waits
        if prev is not None and (ln.text[:1].islower() and not _dated_cell(out[-1]) and not bound
                                 or digits or prev.text.endswith((",", "(", "-", "–"))
                                 or _closes_parenthesis(out[-1], ln)
                                 or V.WRAPPED_END_RE.search(prev.view) and not _dated_cell([ln]) and not _name_end(prev.text)
                                 and not _figure_after_lookalike(prev.text, ln.text) and not bound
                                 or _head_word_end(prev.text) and not _due_cell(ln.text)
                                 or bool(ln.text.split()) and date_goes_on(prev.text, ln.text.split()[0])):
            # (a task ending with its body's head, "… chuyển đổi số của Sở", goes on to no date: the due cell)
            # (a date parted from its word: "Số liệu từ ngày … đến hết ngày" / "31/12/2028", a report calendar's
            # period cell read by legacy OCR, :func:`.mend.date_goes_on`)
            out[-1].append(ln)
        else:
            out.append([ln])
    return out


# a cell opening with a count or a share, the number before its noun ("04 đảng ủy trực thuộc Tỉnh ủy", the Đối tượng of
# t24-07's row 2, legacy: glued to the task, the row's cells went one column left and its body was lost; "100% học sinh
# …"), not a wrapped line opening with digits ("6001/BKHCN-CĐSQG ngày …", "2026 của dự án", "20, quốc lộ 28, …")
_COUNT_CELL = re.compile(r"^\d{1,3}(?:,\d{1,2})?%?\s+\(?[^\W\d_]")
# (leg56) … with a decimal share and a note in parentheses: "96,8% (còn 14 nhà chưa đạt)", the baseline of a criterion's
# row (a54-02 legacy: glued to the criterion above it, the row's cells went one column left, its body lost)
# (leg56) a target cell a row of figures prints, its bound word first ("ít nhất 01 sản phẩm", "từ 95% trở lên"): in
# legacy OCR its capital may be lost ("Chưa có" / "ít nhất 01 sản phẩm", a54-02), still a cell of its own
_BOUND_CELL = re.compile(r"^(?:(?:it nhat|toi thieu|toi da|khong qua|khong duoi)\s+\d[\d.,]*%?(?:\s+\S+){0,3}"
                         r"|(?:tu|duoi|tren)\s+\d[\d.,]*\s*%(?:\s+tro len)?|tu\s+\d[\d.,]*\s+tro len)$")


def _bound_cell(text: str) -> bool:
    return bool(_BOUND_CELL.match(fold(text.strip(" *"))))


def _figure_after_lookalike(prev: str, text: str) -> bool:
    """(leg56) ``text`` is a bare figure ("980") under a line whose last word only folds like a connector ("… sàn
    thương mại điện tử", "tử" → "từ"; :func:`vocab.wrapped_end` reads it as printed): the figure is the next column's
    cell, not the cell above wrapped. A figures-by-row table read by OCR, its cells on consecutive lines ("4" / "Hộ kinh
    doanh, kinh doanh qua sàn thương mại điện tử" / "980" / "Đội Quản lý thuế …", t54-09 legacy and scanned): glued to
    the name, the row's cells went one column right and its figure was lost. A year ("… từ" / "2027") is no such cell."""
    return bool(_FIGURE.match(text.strip(" *"))) and not re.fullmatch(r"(?:19|20)\d{2}", text.strip(" *")) \
        and not V.wrapped_end(prev)


def _name_end(text: str) -> bool:
    """The line ends with a word opening with a capital after another ("… thôn Nà Cọ"): a name, no preposition."""
    words = text.split()
    return len(words) > 1 and words[-1][:1].isupper() and not words[-1].isupper() and words[-2][:1].isupper()


def _quoted(cell: list[Line]) -> bool:
    """The cell opens with a quotation mark and its last line closes it: a model's or a movement's name, whole."""
    return bool(cell) and cell[0].text.lstrip(" *")[:1] in "\"“" and cell[-1].text.rstrip(" *")[-1:] in "\"”"


def _dated_cell(cell: list[Line]) -> bool:
    """``cell`` is a due cell of one line ending with its year ("Quý II/2027", "Trước ngày 20/01/2027"): whole, so a
    line under it opening in lower case is the next cell, not its wrap ("Quý II/2027" / "ít nhất 02 lớp tập huấn", a
    "Sản phẩm" cell after the due cell, t23-03 legacy: the product glued to the date and the row's cells shifted one
    column, the task lost)."""
    return len(cell) == 1 and _due_cell(cell[0].text) and bool(re.search(r"\b(?:19|20)\d{2}\s*$", cell[0].text))


def _closes_parenthesis(cell: list[Line], ln: Line) -> bool:
    """``ln`` closes a parenthesis the cell above left open: "Báo cáo tiến độ về Sở (qua Phòng Giáo dục" /
    "Trung học)" is one task cell (t17-09 legacy), though its second line opens with a capital."""
    above = " ".join(x.text for x in cell)
    head = ln.text.split("(", 1)[0]
    return above.count("(") > above.count(")") and ")" in head


def _head_word_end(text: str) -> bool:
    last = text.split()[-1] if len(text.split()) > 1 else ""
    return last[:1].isupper() and fold(last) in V.HEAD_WORDS


def _rows_loose(lines: list[Line], lo: int, n: int, what: int, due_last: bool,
                notes: bool = False, due_before_last: bool = False, yearly: bool = False,
                periodic: bool = False, after_due: int = 0, count_last: bool = False) -> list[dict[int, list[Line]]]:
    """Rows from their numbers (legacy OCR); the last columns' cells from the row's end. ``notes``: a "Ghi chú"
    column follows the ``n`` columns, empty in most rows (:func:`_fill`). ``due_before_last``: the due column is
    the one before the last ("… | Thời gian hoàn thành | Sản phẩm"), so a row ends one cell after its due cell.
    ``yearly``: the first column is the year each row is for ("Năm | Tên mô hình | Đơn vị chủ trì | … | Thời gian
    hoàn thành", :data:`vocab.STACKED_YEAR_COL`): a row opens with its year alone on a line ("2027"), as another
    table's row opens with its number; the years repeat ("2027" / … / "2027"), so they count no rows. ``periodic``: the
    same with the month or quarter each row is for ("Tháng | Nội dung | Người phụ trách", a Kế hoạch năm học's month by
    month, :data:`vocab.STACKED_PERIOD_COL`): a row opens with "Tháng 10/2027" alone on a line
    (:data:`vocab.PERIOD_ROW_KEY`). ``after_due``: the due column has this many columns after it (two and more,
    :func:`_cells_after_due`), so a row is whole once that many short cells follow its due cell."""
    raw: list[list[Line | None]] = []
    groups: set[int] = set()  # the lines of period group rows (:func:`_period_group`)
    expect = 1
    item = 1  # (periodic) the number the month's next item is due to carry
    gap = False  # a blank line before this one
    total = False  # a total row was read: only its figures follow it
    for ln in lines[lo:]:
        if _placed(ln) or (_end_mark(ln, raw[-1] if raw and raw[-1][0] is not None else None)
                           and not _spanning_group(ln, lines)):
            break
        if ln.blank:
            gap = True
            continue
        after_gap, gap = gap, False
        if due_last and not notes and after_gap and raw and _prose_after_due(raw[-1], ln, lines, n):
            break  # "… UBND các xã, phường" / "Trước ngày 31/3/2027" / "" / "Báo cáo gửi bằng văn bản và bản điện tử …"
        if due_before_last and not notes and after_gap and raw and len(raw[-1]) > 2 and raw[-1][-1] is not None \
                and len(raw[-1][-1].text.strip()) < _PROSE_LINE and _prose_after_due(raw[-1][:-1], ln, lines, n):
            break  # the same where one short cell follows the due cell ("… | Thời gian | Đơn vị chủ trì": "Tháng
            # 10/2029" / "Sở Tài chính" / "" / "Ngoài các lớp nêu trên, các cơ quan, đơn vị tiếp tục cử …"): the row is whole
        if after_due and not notes and after_gap and raw and _closed_after_due(raw[-1], after_due, ln, lines, n):
            break  # the same two and more short cells after the due cell ("… | Thời gian | Chủ trì | Hướng dẫn, phối
            # hợp": "Chủ nhật, 25/9/2039" / "Tổ trưởng tổ dân phố số 15, số 16" / "Công an phường" / "" / "Ngoài ra, tổ
            # chức 01 cuộc diễn tập …", a53-08 legacy): the paragraph under the table, not the last row's cells
        if _col_name(ln.text) and V.STACKED_NUMBER_COL.match(ln.view.strip(" *")):
            break  # the next table's header
        if _part_heading(ln, lines) or _heading_with_item(ln.text):
            break  # "IV. KINH PHÍ THỰC HIỆN" / "Từ nguồn ngân sách …": the document's next part after the table
        if after_gap and raw and _ITEM_LABEL.match(ln.text) and "." in ln.text.split()[0].rstrip(".") \
                and len(ln.text) >= _PROSE_LINE:
            break  # "2.3. Định kỳ hàng quý, Ban Xây dựng Đảng … Ủy ban Mặt" (t22-07 legacy): the plan's next item, a
            # page-wide line under the last row, not a cell of it (:func:`_item_after_table`, its sentence wrapped here)
        m = _LABELLED.match(ln.text)
        if (yearly and V.YEAR_ROW_KEY.match(ln.text.strip(" *"))) or (periodic and V.PERIOD_ROW_KEY.match(ln.view.strip(" *"))):
            raw.append([ln])  # "2027", "Tháng 10/2027": the row's year or month, its first cell
            item = 1
            continue
        if periodic and raw and raw[-1][0] is not None and m and int(m.group(1)) == item \
                and (len(raw[-1]) == 1) == (item == 1):
            # "Tháng 01/2040" / "1. Triển khai …" / … / "2. Chương trình kiểm tra …": the month's items, its cell merged
            # over their rows (a Chương trình công tác năm); the first shares the month's row, the next opens a row of
            # that month (:func:`.period_rows.merged_period_row`, the same in a clean text)
            if item == 1:
                raw[-1].append(ln)
            else:
                raw.append([raw[-1][0], ln])
            item += 1
            continue
        if periodic and ends_period_table(ln.text):
            break  # "V. TỔ CHỨC THỰC HIỆN", "1. Hiệu trưởng": the text after a table whose rows open with their month
        if total and not _FIGURE.match(ln.text.strip(" *")):
            if not V.ROW_NUMBER_RE.match(ln.text.strip(" *")):
                break  # "Tổng cộng" / "42" / "Chỉ tiêu cụ thể tại từng trường …": the text under the table
            total = False  # a total printed above the first row ("Tổng cộng" / "42" / "1" / …): the rows go on
        if _TOTAL_ROW.match(fold(ln.text.strip(" *"))) or _sum_row(ln, lines):
            raw.append([ln])  # the total row, its figures under it
            total = True
            continue
        if total:
            raw[-1].append(ln)
            continue
        if count_last and _count_in_row(ln, lines, raw, expect, n):
            raw[-1].append(ln)  # "4" teachers of row 1, no row "4" (:func:`_count_in_row`)
            continue
        if _stray_digit(ln.text, raw, expect, n - 1 - what):
            continue  # "3" / "Mở chuyên mục …" / "2" / "Trung tâm Văn hóa …": a speck read as a digit inside row 3
        if (V.ROW_NUMBER_RE.match(ln.text) and not _figure_cell(ln.text, raw, expect)) \
                or (V.GROUP_ROW_RE.match(ln.text) and len(ln.text.split()) <= 10) \
                or (due_last and _damaged_number(ln, raw)) or _number_after_full_row(ln, raw, n) \
                or (due_before_last and _damaged_number(ln, raw, 1)):
            raw.append([ln])
            if re.match(r"\d", ln.text):
                expect = int(re.match(r"\d+", ln.text).group()) + 1
            elif not raw[-1][0].text[:1].isdigit():
                expect = 1  # a group row: its items count from 1 again
            continue
        if due_last and _period_group(ln, lines, raw):
            raw.append([ln])  # "Tháng 3/2027": a group row naming the next rows' period, not this row's due cell
            groups.add(ln.index)
            continue
        if raw and raw[-1][0] is not None and raw[-1][0].text.strip(" *")[:1].isdigit() and len(raw[-1]) > 2 \
                and len(ln.text.split()) >= 3 and upper_ratio(ln.text) > 0.8 and _spanning_group(ln, lines):
            # "NỘI DUNG ĐỊNH KỲ, THƯỜNG XUYÊN" / "17" after a full numbered row: a group row in capitals, not the row's
            # last cell (a labelled group's name, "I" / "CƠ CHẾ, CHÍNH SÁCH" / "1", stays in its label's row)
            groups.add(ln.index)
            continue
        if m and int(m.group(1)) != expect:
            break  # "2. Các nhiệm vụ …": a heading of the text, not the next row
        if m:
            raw.append([ln])
            expect += 1
            continue
        if not raw:
            raw.append([None])  # the first row's number lost (or a group row without one)
        if len(raw[-1]) >= _MAX_ROW_LINES:
            break
        raw[-1].append(ln)
    if not any(r[0] is not None for r in raw):
        return []  # no row number at all: no table to read this way
    rows: list[dict[int, list[Line]]] = []
    for r in raw:
        head, rest = r[0], r[1:]
        if head is None:
            rows += [_fill({}, part, n, what, notes)
                     for part in _split_at_due(_units(rest), n - 1 - what, due_last, due_before_last)]
            continue
        m = _LABELLED.match(head.text)
        if head.index in groups or V.GROUP_ROW_RE.match(head.text) and not V.ROW_NUMBER_RE.match(head.text):
            rows.append({what: [head] + rest})  # "I. Kinh tế số": a group row, its name in the task column
            continue
        if m:
            rest = [head] + rest  # the task text shares the number's line: it stays in the task
        units = _units(rest)
        if not periodic and (not re.match(r"\d", head.text) or "." in head.text.rstrip(".")) and len(units) <= 1:
            rows.append({0: [head], what: units[0]} if units else {0: [head]})  # "I" / "CƠ CHẾ, CHÍNH SÁCH"
            continue
        if due_last:
            units = _list_wraps(units, n - 1 - what)
        for j, part in enumerate(_split_at_due(units, n - 1 - what, due_last, due_before_last)):
            row = {0: [head]} if j == 0 and not m else {}
            lost = count_last and 0 < len(part) < n - 1 and not notes and n - 1 > what + 1 \
                and not _FIGURE.match(" ".join(x.text for x in part[-1]).strip(" *"))
            # (leg56) a row of a table whose last column counts that ends on words: its count was lost (OCR drops a
            # lone digit, "2" / "Trung Lâm" / "341" / "Trường Tiểu học Phú Lâm" / "3", t54-07 legacy) or left empty —
            # its cells fill the columns before the count's, the school stays in its column
            rows.append(_fill(row, part, n - 1 if lost else n, what, notes))
    return rows


def _sum_row(ln: Line, lines: list[Line]) -> bool:
    """(leg56) ``ln`` is "Cộng" alone, a figure on the next line: a sum row, read as a total row is (its figures under
    it; a row number after them and the rows go on, a group's subtotal). Legacy OCR and a scan put a figures-by-row
    table's cells on consecutive lines ("5" / "Kinh doanh vận tải …" / "430" / "Đội Kiểm tra thuế" / "Công an hai
    huyện" / "Cộng" / "6.500", t54-09): read as the last row's cells, the sum took the row's last columns, its unit's
    figure was lost, and the paragraph under the table ("6. 100% hộ kinh doanh …") became one more row."""
    if fold(ln.text.strip(" *")).rstrip(".:") != "cong":
        return False
    nxt = next((x for x in lines[ln.index + 1:] if not x.blank), None)
    return nxt is not None and bool(_FIGURE.match(nxt.text.strip(" *")))


def _cells_after_due(views: list[str]) -> int:
    """How many columns follow the header's due column when two and more do ("TT | Tổ dân phố | Tình huống giả định |
    Thời gian | Chủ trì | Hướng dẫn, phối hợp"); 0 when the due column is one of the last two (``due_last``,
    ``due_before_last`` read those) or there is none."""
    for k in range(2, len(views) - 2):
        if V.TASK_DUE_COL.search(views[-1 - k]):
            return k
    return 0


def _closed_after_due(row: list[Line | None], after: int, ln: Line, lines: list[Line], n: int) -> bool:
    """``ln`` is the paragraph under the table (:func:`_prose_after_due`) and ``row`` holds its due cell followed by
    the ``after`` short cells of the columns after it, each wrapped over two lines at most: the row is whole. A cell
    spans its column's width only, so none of those is a page-wide line."""
    for j in range(after, 2 * after + 1):
        tail = row[-j:]
        if len(row) <= j + 1 or any(x is None or len(x.text.strip()) >= _PROSE_LINE for x in tail):
            break
        if _prose_after_due(row[:-j], ln, lines, n):
            return True
    return False


def _prose_after_due(row: list[Line | None], ln: Line, lines: list[Line], n: int = 0) -> bool:
    """``ln``, after a blank line, spans a page's width and the row so far ends with its due cell ("Trước ngày
    31/3/2027", the last column's): the paragraph after the table (t22-03, t22-10 legacy: the closing "Báo cáo gửi bằng
    văn bản …", "Đây là nhiệm vụ quan trọng, …" under the last row), not a cell of that row — a row's cells wrap at
    their column's width and its due cell closes it."""
    last = row[-1] if len(row) > 1 else None
    # (a task's sentence wrapped over lines may end with its date: "… trước ngày" / "18/10/2025." is no due cell, 624-TB)
    # (… and a row whose number OCR lost on a page break has its own body and due cell a few lines on: "Lãnh đạo tổ
    # chức các hoạt động kỷ niệm …" / "Việt Nam (…)" / "Ban Xây dựng Đảng Đảng ủy" / "Cuối tháng 01/2027", t23-08 legacy)
    # (… up to a row's cells on: a table of ``n`` columns whose row holds figures between its criterion and its body,
    # "Thủy lợi … (TC3): tỷ lệ …" / "được tưới, tiêu chủ động" / "88%" / "Tối thiểu 95%" / "Phòng Kinh tế" / "Trước
    # 30/9/2028", t31-10 legacy: the row's number lost, its due cell the fifth line)
    reach = max(4, n - 1)
    ahead = [x for x in lines[ln.index + 1:ln.index + 2 * reach + 1] if not x.blank][:reach]
    return last is not None and len(ln.text.strip()) >= _PROSE_LINE and not last.text.rstrip(" *").endswith((".", ",", ";")) \
        and (_due_cell(last.text) or bool(V.YEARLESS_DUE_CELL_RE.match(fold(last.text)))) \
        and not any(len(x.text.strip()) < _PROSE_LINE and _due_cell(x.text) and not x.text.rstrip(" *").endswith(".")
                    for x in ahead)
    # (a short line ending with a year and a full stop is the paragraph's own last line, no due cell ahead: "Hồ sơ gửi
    # sau thời hạn nêu trên sẽ không được tổng hợp, …" / "kết năm 2026.", a21-07 legacy: read into the last row)


_FIGURE_AHEAD = 10  # a row number this far past the next one due is a figure of the row's cells


def _figure_cell(text: str, raw: list[list[Line | None]], expect: int) -> bool:
    """``text``, digits alone on a line, is a figure cell of the row being read ("860" children, "730" under "Sơn Kỳ"
    / "Trung tâm Y tế khu vực Sơn Hà", t23-09 legacy: OCR glued the body and the figure under it, so the figure stood
    where a row opens), not the next row's number: the row already has cells and the number runs far past the one
    due (``expect``; a lost number or two leaves it a little ahead, never ten). Only under a row opened by its number:
    after a group row ("IV" / "QUÝ IV") the count may go on from the groups before ("12", a20-07 legacy)."""
    t = text.strip(" *").rstrip(".")
    head = raw[-1][0] if raw else None
    return t.isdigit() and head is not None and head.text.strip(" *")[:1].isdigit() and len(raw[-1]) > 1 \
        and int(t) > expect + _FIGURE_AHEAD


def _count_col(view: str) -> bool:
    """(leg56) A header's column of counts or figures ("Số giáo viên tham gia", "Tỷ lệ (%)", :data:`vocab.FIGURE_COL`):
    its cells are bare figures."""
    v = fold(view).strip(" *")
    return bool(re.match(r"(?:so|ty le|tong so)\s", v) or V.FIGURE_COL.match(v))


def _count_in_row(ln: Line, lines: list[Line], raw: list[list[Line | None]], expect: int, n: int) -> bool:
    """(leg56) ``ln``, a short number alone on its line, is a count of the row being read, no row's number: the table's
    last column counts (``count_last``), the row opened by its number holds fewer cells than its columns, and the
    number is not the one due next — or is, and the next line prints it again, the row's number after the count.

    Kind: legacy OCR and a scan print a grid's cells one a line, "1" / "Đông Hà" / "286" / "Trường Tiểu học Phú Lâm" /
    "4" / "2" / … and "3" / "Phú Thịnh" / "265" / "Trường THCS Phú Lâm" / "4" / "4" / "Tân Phú" (t54-07: the teachers
    each thôn's survey takes): read as row numbers, every count opened an empty row and the rows' names moved a column
    right, the schools charged with them lost."""
    t = ln.text.strip(" *")
    head = raw[-1][0] if raw else None
    if not re.fullmatch(r"\d{1,3}", t) or head is None or not re.fullmatch(r"\d{1,3}\.?", head.text.strip(" *")):
        return False
    if len(_units([x for x in raw[-1][1:] if x is not None])) >= n - 1:
        return False
    nxt = next((x for x in lines[ln.index + 1:] if not x.blank), None)
    return int(t) != expect or (nxt is not None and nxt.text.strip(" *") == t)


def _stray_digit(text: str, raw: list[list[Line | None]], expect: int, tail: int) -> bool:
    """``text``, one digit alone on a line, is a speck OCR read inside the row being read, not the next row's number:
    the count goes back (a "2" where row 4 is due, a52-03 legacy and scan: "3" / "Mở chuyên mục tuyên truyền …" /
    "2" / "Trung tâm Văn hóa …" / "Phòng Tư pháp; …" / "Thường xuyên …") and the row so far holds its task alone, none
    of the ``tail`` cells after it (body, due) that a row is read whole with. Taken as a row, it cut row 3 after its
    task and gave its body and due cell to a row "2" of its own. A numbering that starts again (a second list under
    the table, a group's items from 1) opens after a whole row, never inside one whose cells are still due."""
    t = text.strip(" *").rstrip(".)")
    head = raw[-1][0] if raw else None
    if not (t.isdigit() and len(t) == 1 and int(t) < expect - 1 and head is not None):
        return False
    if not re.fullmatch(r"\d{1,3}\.?", head.text.strip(" *")) or int(re.match(r"\d+", head.text.strip(" *")).group()) != expect - 1:
        return False
    return 0 < len(_units([x for x in raw[-1][1:] if x is not None])) < min(tail, 2)


def _period_group(ln: Line, lines: list[Line], raw: list[list[Line | None]]) -> bool:
    """``ln`` is a group row naming the period of the rows under it ("Tháng 3/2027", "Quý II/2027":
    :data:`vocab.PERIOD_GROUP_ROW_RE`), in a table whose last column is the due one: alone on its line, before the first
    row or after a row that already ends with its due cell, and the next line a row's number. Legacy OCR prints the
    merged cell between a row's due cell and the next row's number ("Ban Xây dựng Đảng Đảng ủy" / "Trước ngày
    28/02/2027" / "Tháng 3/2027" / "5", a work programme by month): read as the row's end, it made the due cell the
    row's body and the month its due date in every row before a month's first."""
    if not V.PERIOD_GROUP_ROW_RE.match(fold(ln.text.strip(" *"))):
        return False
    if raw:
        last = next((x for x in reversed(raw[-1]) if x is not None), None)
        if len(raw[-1]) < 2 or last is None or not _due_cell(last.text) or last.text.rstrip().endswith(("-", "–")):
            return False
    nxt = next((x for x in lines[ln.index + 1:ln.index + 4] if not x.blank), None)
    return nxt is not None and bool(re.fullmatch(r"\d{1,3}\.?", nxt.text.strip(" *")))


def _damaged_number(ln: Line, raw: list[list[Line | None]], after_due: int = 0) -> bool:
    """A row's number OCR damaged ("E;", "Ÿj", "&" for 2, 3; "ẻ,", "S", a17-02 scanned): a line of two characters at
    most right after a row that ends with its due cell, or ``after_due`` cells after it (a "Sản phẩm" column after
    the due column) — a scanned or legacy page printing the cells one after the other; a bracket or stop after it
    is the number's mark ("fs)" for 5 under "Quý 1/2027" / "Ủy ban Kiểm tra Đảng ủy phường", a18-03 legacy)."""
    t = ln.text.strip(" *")
    t = t[:-1] if len(t) == 3 and t[-1] in ".)" else t
    if not (0 < len(t) <= 2 and not t.isdigit() and raw and raw[-1][0] is not None and len(raw[-1]) > 1 + after_due):
        return False
    due = raw[-1][-1 - after_due]
    return due is not None and _due_cell(due.text)


def _number_after_full_row(ln: Line, raw: list[list[Line | None]], n: int) -> bool:
    """A row's number OCR damaged ("ẻ,", "S" for 2, 3) after a row that already holds a cell for each of its ``n``
    columns: a scan of a17-02's Phụ lục, whose last column ("Sản phẩm") holds no date, so its rows end with no due
    cell to tell them (:func:`_damaged_number`)."""
    t = ln.text.strip(" *")
    if not (0 < len(t) <= 2 and not t.isdigit() and raw and raw[-1][0] is not None):
        return False
    return len(_units([x for x in raw[-1][1:] if x is not None])) >= n - 1


def _part_heading(ln: Line, lines: list[Line]) -> bool:
    """``ln`` is a part's heading in capitals with its Roman label ("IV. KINH PHÍ THỰC HIỆN") and the paragraph
    under it a sentence ("Từ nguồn ngân sách nhà nước … khác."): the document goes on after the table. A group
    row's name is followed by its first row's number, never by a sentence (:func:`_heading_then_prose` for rows
    read by their blank lines)."""
    if not re.match(r"^[IVXL]{1,5}\s?[.\-–]\s", ln.text) or upper_ratio(ln.text) <= 0.8:
        return False
    para: list[str] = []  # its lines up to the first sentence end (OCR may part them with blank lines)
    most = 4  # lines read for the sentence's end
    for nxt in lines[ln.index + 1:ln.index + 16]:
        if nxt.blank:
            continue
        if not para and (V.ROW_NUMBER_RE.match(nxt.text.strip(" *"))
                         or _LABELLED.match(nxt.text) and not _first_item_of_next_part(ln, nxt, lines)):
            return False
        if not para and _LABELLED.match(nxt.text):
            # the next part's first item across the page: its sentence may run over more lines, which OCR cut short
            # and parted by blank lines ("1. Ủy ban Kiểm tra … cụ thể hóa Kế hoạch," / "thành lập các" / "" / "đoàn
            # kiểm tra, giám sát; …" / "tổng kết" / "" / "năm chậm nhất ngày 05/12/2027.", a18-03 legacy)
            most = 8
        para.append(nxt.text)
        if nxt.text.rstrip().endswith((".", ":", ";")) or len(para) == most:
            break
    txt = " ".join(para)
    # a sentence's end within four lines, or four lines of a page's full width (a long paragraph of prose runs on:
    # "IV. KINH PHÍ THỰC HIỆN" / five lines of "Kinh phí thực hiện từ nguồn …", a16-04 legacy; a cell's lines are
    # as short as its column is narrow)
    # (… or two of the four as wide, OCR having cut each line of the paragraph in two: "Căn cứ Kế hoạch này, các cơ sở
    # giáo dục xây dựng kế hoạch cụ thể của đơn vị," / "phân công rõ người, rõ" / "việc, rõ trách nhiệm; chủ động phối
    # hợp với chính quyền địa phương, Ban đại diện" / "cha mẹ học sinh", a26-10 legacy: under a last row whose due cell
    # OCR misread, "Thắng 6 - 8/2027", the table took part V and its paragraph as one more row)
    ended = txt.rstrip().endswith((".", ":", ";")) or (len(para) >= 4 and (
        min(map(len, para[:4])) >= _PROSE_LINE or sum(len(x) >= _PROSE_LINE for x in para[:4]) >= 2))
    return len(txt) > 60 and ended and upper_ratio(txt) < 0.3


def _first_item_of_next_part(head: Line, item: Line, lines: list[Line]) -> bool:
    """``item`` ("1. Phòng Giáo dục Trung học là đầu mối, theo dõi, đôn đốc …"), the labelled line under the heading
    ``head`` ("IV. TỔ CHỨC THỰC HIỆN"), is the first item of the document's next part, no table row: it spans the
    page's width (a cell's lines are as narrow as its column; a legacy row's number stands alone) and ``head``'s
    numeral is the one after the last part heading above it, the part that holds the table ("III. NHIỆM VỤ VÀ PHÂN
    CÔNG THỰC HIỆN", t17-09 legacy: the table took part IV and its three tasks as rows); or it names a body, short as
    its heading is ("VI. TỔ CHỨC THỰC HIỆN" / "1. Phòng Kinh tế, Hạ tầng và Đô thị" / "" / "Là cơ quan thường trực …",
    t21-06 legacy: the task table took part VI's five bodies and their duties as rows)."""
    if len(item.text) < _PROSE_LINE and not V.BODY_ITEM_RE.match(item.text):
        return False
    mark = re.match(r"[IVXL]{1,5}", head.text).group()
    for prev in reversed(lines[:head.index]):
        m = re.match(r"^([IVXL]{1,5})\s?[.\-–]\s", prev.text)
        if m and upper_ratio(prev.text) > 0.8:
            # (or one "I" more: OCR lost a stroke of the numeral above, "II. LỊCH TUYỂN SINH" for III, a31-04 legacy)
            return _ROMAN.get(mark) in (_ROMAN.get(m.group(1), -1) + 1, _ROMAN.get(m.group(1) + "I", -2) + 1)
    return False


_ROMAN = {r: i for i, r in enumerate(ROMAN_NUMERALS[:12])}


def _list_wraps(units: list[list[Line]], tail: int) -> list[list[Line]]:
    """A list of bodies wrapped after its semicolon, joined back into its one cell: a row holding more cells than the
    task and its ``tail`` columns, one of them after the task ending with ";" and the next the last before the due
    cell ("Phòng Tư pháp" / "Trung tâm Văn hóa, …; Phòng Giáo dục và Đào tạo;" / "Huyện đoàn" / "Hoàn thành trong
    tháng 11/2038", a52-03 legacy: the đơn vị phối hợp wrapped at its column's width). Read as two cells, the row's
    cells went one column left and the co-operating bodies were taken for the one in charge (Phòng Tư pháp lost to
    the task). Only where the row runs over: a row of the right length keeps a cell that ends with ";"."""
    j = len(units) - 3  # the cell ending with ";", then its wrapped line, then the due cell
    if len(units) <= tail + 1 or j < 1 or not units[j][-1].text.rstrip(" *").endswith(";"):
        return units
    nxt, due = (" ".join(x.text for x in u) for u in units[j + 1:])
    if not _due_cell(due) or _due_cell(nxt):
        return units
    return units[:j] + [units[j] + units[j + 1], units[j + 2]]


def _split_at_due(units: list[list[Line]], tail: int, due_last: bool,
                  due_before_last: bool = False) -> list[list[list[Line]]]:
    """A row's cells cut after each deadline cell that more cells follow: legacy OCR lost the
    next row's number ("18/10/2025" / "Rà soát các quy định …" / … / "30/06/2025"). With ``due_before_last`` (a
    "Sản phẩm" column after the due column) the cut falls one cell after the due cell, which may name a period
    without a year ("Hằng năm" / "Báo cáo kết quả khảo sát" / "Triển khai số hóa …", a24-03 legacy: row 6's number
    lost under row 5's product, its four cells read as row 5's)."""
    if not due_last and not due_before_last:
        return [units]
    parts, cur = [], []
    for u in units:
        cur.append(u)
        if due_last and len(cur) > tail and _due_cell(" ".join(x.text for x in u)):
            parts.append(cur)
            cur = []
        elif not due_last and len(cur) > tail and _due_or_period(cur[-2]) and not _due_or_period(u):
            parts.append(cur)
            cur = []
    if cur and parts:
        parts[-1].extend(cur)  # cells after the last deadline cell: the row's own (a remark)
    elif cur:
        parts.append(cur)
    return parts


def _due_text(t: str) -> bool:
    """A due cell's text, dated or not ("Trước ngày 25/12/2026", "Trong tháng 02/2027", "Hằng tháng")."""
    return _due_cell(t) or bool(V.YEARLESS_DUE_CELL_RE.match(fold(t)))


def _rows_by_due(blocks: list[tuple[int, list[Line]]], n: int) -> list[dict[int, list[Line]]]:
    """Rows of a table without a number column whose last column is the due date's ("Cấp thực hiện | Nội dung |
    Thời gian hoàn thành", a Ban Tổ chức's calendar of reviews, a22-08 legacy and scan), its rows parted by one blank
    line as its cells are (OCR lost the second blank line that ends a row, so the blank-line count reads no row):
    ``n`` blocks a row, each row closed by its due cell. A due cell with the next row's first cell glued under it
    ("Trước ngày 10/01/2027" / "Đảng ủy xã, phường, …", no blank line between) is parted there. Reading stops at the
    first row that does not close with a due cell or holds one before its end (the paragraph after the table); []
    below two rows."""
    queue = [list(blk) for gap, blk in blocks[:_MAX_ROW_LINES] if 0 < gap <= 2 and blk]
    queue = queue[:next((i for i, (gap, blk) in enumerate(blocks) if not (0 < gap <= 2 and blk)), len(blocks))]
    rows: list[dict[int, list[Line]]] = []
    while queue:
        queue = _unglued_before_due(queue, n)  # before the count: the glued row at the table's end is short of blocks
        if len(queue) < n:
            break
        cells, queue = queue[:n], queue[n:]
        due = cells[-1]
        if len(due) > 1 and _dated_cell(due[:1]) and due[1].text[:1].isupper():
            queue.insert(0, due[1:])
            due = cells[-1] = due[:1]
        if not _due_text(" ".join(x.text for x in due)) \
                or any(_due_text(" ".join(x.text for x in c)) for c in cells[:-1]) \
                or any(_part_heading_cell(" ".join(x.text for x in c)) for c in cells):
            break
        rows.append(dict(enumerate(cells)))
    return rows if len(rows) >= 2 else []


_CELL_GOES_ON = re.compile(r"(?:[,;:(&/-]|\b(?:và|của|cho|với|các|tại|trên|theo))\s*$")  # a line a cell wraps after


def _unglued_before_due(queue: list[list[Line]], n: int) -> list[list[Line]]:
    """``queue`` with the first row's blocks before its due cell split where OCR lost the blank lines between cells
    ("Đoàn số 02" / "Sở Nông nghiệp và Môi trường" / "Công an tỉnh, Sở Y tế" read as one paragraph, an inspection plan's
    team table in legacy OCR, then "Cơ sở giết mổ …" and the team's window "Từ ngày … đến ngày …"): when the row's due
    cell comes before its ``n``-th block, the lines inside its blocks that open with a capital after a line no cell
    wraps on (:data:`_CELL_GOES_ON`) are the lost cells' starts. Split only when they are just as many as the cells
    missing; ``queue`` unchanged otherwise (a wrapped cell's line in capitals, "Sở Văn hóa, Thể thao và" / "Du lịch")."""
    due = next((j for j, blk in enumerate(queue[:n]) if _due_text(" ".join(x.text for x in blk))), None)
    if due is None or due >= n - 1 or due == 0:
        return queue
    starts = [(j, i) for j, blk in enumerate(queue[:due]) for i in range(1, len(blk))
              if blk[i].text.lstrip(" *")[:1].isupper() and not _CELL_GOES_ON.search(blk[i - 1].text.rstrip())]
    if len(starts) != n - 1 - due:
        return queue
    out: list[list[Line]] = []
    for j, blk in enumerate(queue[:due]):
        cuts = [0] + [i for jj, i in starts if jj == j] + [len(blk)]
        out += [blk[a:b] for a, b in zip(cuts, cuts[1:])]
    return out + queue[due:]


def _rows_two_apart(blocks: list[tuple[int, list[Line]]]) -> bool:
    """Whether a clean table's rows are parted by two blank lines or more (a row's number opening a block two blank
    lines or more below the one before: 2629/QĐ-TTg's task table as copied from the page), so its rows are read by
    that rhythm; a Markdown table whose rows are parted as its cells are (one blank line, two only after its last
    row: a22-03's calendar of report forms) is read from its numbers instead."""
    return any(g >= 2 and b and V.ROW_NUMBER_RE.match(" ".join(x.text for x in b).strip(" *"))
               for g, b in blocks[:_MAX_ROW_LINES])


def _due_or_period(cell: list[Line]) -> bool:
    """A due cell: a date or a period (:func:`_due_cell`), or a yearless time ("Hằng năm", "Thường xuyên", "Trước
    ngày 20 hằng tháng": :data:`vocab.YEARLESS_DUE_CELL_RE`)."""
    t = " ".join(x.text for x in cell)
    return _due_cell(t) or (len(t.split()) <= 6 and bool(V.YEARLESS_DUE_CELL_RE.match(fold(t).strip(" *"))))


def _due_cell(t: str) -> bool:
    """A short cell holding a date or a period ("18/10/2025", "Quý II/2026", "Năm 2026", "2026-2027")."""
    return len(t.split()) <= 6 and bool(re.search(r"\b(?:19|20)\d{2}\b", t)) and not re.search(r"\bs[ốo]\s", t)


def _fill(row: dict[int, list[Line]], units: list[list[Line]], n: int, what: int,
          notes: bool = False) -> dict[int, list[Line]]:
    """The last columns' cells from the row's end, one wrapped cell each; the rest is the task. With ``notes`` a
    remark after the row's due cell is the "Ghi chú" column's (column ``n``), else that column is empty.

    A column before the task's (the body that makes each report in "STT | Đơn vị lập | Nội dung báo cáo | Nơi nhận |
    Thời hạn", a23-09 legacy and scan: a Sở Tài chính's calendar of settlement reports) takes the row's first cell
    when the row has cells to spare after the task keeps one: read from the end alone, the body was glued to the
    task and its column left empty, the row's obligation lost."""
    if notes and len(units) >= 2 and _due_cell(" ".join(x.text for x in units[-2])) \
            and not _due_cell(" ".join(x.text for x in units[-1])):
        row[n] = units[-1]
        units = units[:-1]
    tail = n - 1 - what
    units = _parted(units, tail)
    last = " ".join(x.text for x in units[-1]) if units else ""
    if 2 <= len(units) <= tail and (_due_cell(last) or V.YEARLESS_DUE_CELL_RE.match(fold(last))):
        # a row short of cells ends with its due cell: a cell between the task and it was empty ("Báo cáo tiến độ …"
        # / "Các trường THPT, …" / "Trước ngày 25 hằng tháng", no đơn vị phối hợp: t17-09). A task table's task is
        # never empty: the first cell is the task, the bodies follow it, the due cell stays last
        row[what] = units[0]
        for j, u in enumerate(units[1:-1]):
            row[what + 1 + j] = u
        row[n - 1] = units[-1]
        return row
    k = max(0, len(units) - tail)
    lead = [c for c in range(what) if c not in row][:max(0, k - 1)]
    for j, c in enumerate(lead):
        row[c] = units[j]  # a column before the task's ("STT | Đơn vị lập | Nội dung báo cáo | …"): the row's first cell
    task = [x for u in units[len(lead):k] for x in u]
    if task:
        row[what] = task
    for j, u in enumerate(units[k:]):
        row[n - len(units[k:]) + j] = u
    return row


#: a programme's first column, its rows' times (folded, the whole header cell): "Thời gian", "Thời gian, ngày"
_TIMED_HEAD = re.compile(r"^(?:thoi gian|ngay,? gio|gio,? ngay|thoi gian,? ngay)$")
#: … a row's time cell, alone on its line: "06 giờ 30 - 07 giờ 30 ngày 29/4/2028", "14h00 ngày 03/5", "Ngày 29/4/2028"
_TIMED_KEY = re.compile(r"^(?:tu\s+)?(?:\d{1,2}\s*(?:gio|h|:)\s*\d{0,2}\b|ngay\s+\d{1,2}/\d{1,2}\b|sang|chieu|toi)"
                        r".{0,40}\d{1,2}/\d{1,2}(?:/\d{2,4})?\.?$")


def _rows_timed(lines: list[Line], lo: int, n: int, what: int) -> list[dict[int, list[Line]]]:
    """Rows of a programme printed a cell a line ("Thời gian | Nội dung | Địa điểm | Bộ phận thực hiện"), read by legacy
    OCR: no row numbers, blank lines lost or added at random ("06 giờ 30 - 07 giờ 30 ngày 29/4/2028" / "Lễ dâng hương
    …" / "Đài tưởng niệm …" / "" / "Văn phòng HĐND và UBND phường", t31-07 legacy: no table read, the units of the
    programme lost). A row opens at its time cell, alone on its line (:data:`_TIMED_KEY`); its other cells are the
    wrapped cells up to the next time cell (:func:`_fill`, from the row's end). The table ends where the loose reader's
    does (a heading of the next part, an end mark, a line as long as prose after a blank line once a row is full); no
    time cell first, no table."""
    rows: list[dict[int, list[Line]]] = []
    cur: list[Line] = []
    gap = False
    for ln in lines[lo:lo + 12 * _MAX_ROW_LINES]:
        if _placed(ln) or _end_mark(ln):
            break
        if ln.blank:
            gap = True
            continue
        after_gap, gap = gap, False
        if _part_heading(ln, lines) or _heading_with_item(ln.text) or V.GROUP_ROW_RE.match(ln.text):
            break
        if _TIMED_KEY.match(ln.view.strip(" *")):
            if cur:
                rows.append(_fill({0: [cur[0]]}, _units(cur[1:]), n, what))
            cur = [ln]
            continue
        if not cur:
            return []
        if after_gap and len(_units(cur[1:])) >= n - 1 and len(ln.text) >= _PROSE_LINE:
            break  # the paragraph after the table: the row has its cells
        cur.append(ln)
    if cur:
        rows.append(_fill({0: [cur[0]]}, _units(cur[1:]), n, what))
    return rows if len(rows) >= 2 else []


_PLACE_NAME = 4  # a place's name in a group column runs this many words at most ("Cam Tuyền", "Thị trấn Bến Quan")


def _place_cell(ln: Line) -> bool:
    """(leg56b) ``ln`` is a group column's cell, a place's name alone on its line: every word opens with a capital
    (after the first, a place noun's "thị trấn" aside), a few words, no digit, no stop, no comma ("Cam Tuyền", "Hải
    Lâm"); a task's wrapped line has words in lower case, a body's name opens with its head (:data:`vocab.ORG_HEAD_RE`)."""
    t = ln.text.strip(" *")
    words = t.split()
    return 1 <= len(words) <= _PLACE_NAME and not re.search(r"[\d.,:;()&/]", t) and t[:1].isupper() \
        and all(w[:1].isupper() for w in words[1:]) and not V.ORG_HEAD_RE.match(ln.view.strip(" *")) \
        and upper_ratio(t) <= 0.8


def _body_key(ln: Line, after_gap: bool, prev: Line | None) -> bool:
    """(leg56b) ``ln`` opens a row of a table grouped by place at its body's cell ("Trường THCS Cam Tuyền"): a body's
    name by its head (:data:`vocab.ORG_HEAD_RE`), a short line, no sentence end, after a blank line or right under
    its group's name (:func:`_place_cell`); a task's wrapped line naming a body runs on from the line above it."""
    t = ln.text.strip(" *")
    return t[:1].isupper() and len(t.split()) <= 10 and not re.search(r"[.:;]$", t) \
        and bool(V.ORG_HEAD_RE.match(ln.view.strip(" *"))) and (after_gap or prev is None or _place_cell(prev))


def _rows_by_body(lines: list[Line], lo: int, n: int, body: int) -> list[dict[int, list[Line]]]:
    """(leg56b) Rows of a table grouped by place ("Xã | Đơn vị phụ trách | Thôn phụ trách | Nhiệm vụ trọng tâm"),
    read by OCR: no row numbers, the blank lines lost or added at random, a place's cell printed once over the rows
    it spans ("Cam Tuyền" / "Trường THCS Cam Tuyền" / "Thôn Tuyền Tây, …" / "" / "Vận động học sinh …" / "" /
    "Trường Tiểu học Cam Tuyền" / …, a54-07 legacy and scanned: no row read, each school's task lost). A row opens at
    its body's cell (:func:`_body_key`); the place's name right above it is the group column's, taken off the row
    before; the lines after the body are the next columns' cells (:func:`_units`), one each, the last column the
    rest. The table ends at a numbered heading, an end mark or a part's heading; fewer than two rows, no table."""
    rows: list[dict[int, list[Line]]] = []
    cur: list[Line] = []
    key: Line | None = None
    place: list[Line] = []
    gap = False

    def close() -> None:
        if key is None:
            return
        row: dict[int, list[Line]] = {body: [key]}
        if place:
            row[0] = list(place)
        units = _units(cur)
        for j, u in enumerate(units[:n - body - 2]):
            row[body + 1 + j] = u
        rest = [x for u in units[n - body - 2:] for x in u]
        if rest:
            row[n - 1] = rest
        rows.append(row)

    for ln in lines[lo:lo + 12 * _MAX_ROW_LINES]:
        if _placed(ln) or _end_mark(ln):
            break
        if ln.blank:
            gap = True
            continue
        after_gap, gap = gap, False
        if _part_heading(ln, lines) or _heading_with_item(ln.text) or V.GROUP_ROW_RE.match(ln.text) or _LABELLED.match(ln.text):
            break
        prev = cur[-1] if cur else None
        if _body_key(ln, after_gap, prev if key is not None else None):
            name = [cur.pop()] if cur and _place_cell(cur[-1]) else []
            if key is None and cur:
                return []  # text before the first body that is no place's name: no such table
            close()
            key, place, cur = ln, name, []
            continue
        if key is None and not cur and not _place_cell(ln):
            return []
        cur.append(ln)
    close()
    return rows if len(rows) >= 2 else []


def _month_cells(rows: list[dict[int, list[Line]]], n: int) -> list[dict[int, list[Line]]]:
    """(leg56b) The rows of each month read again from its wrapped cells (:func:`_units`) where OCR lost the blank
    line between two cells ("Nghe báo cáo kết quả thu ngân sách …" / "Ủy ban nhân dân huyện" / "" / "Chi cục Thuế khu
    vực" / "" / "Cho ý kiến … năm" / "2040" / "Ban Chỉ huy Quân sự huyện" / "Ủy ban nhân dân huyện, Công an huyện",
    a54-10 legacy's July: read by their blank lines, the first task took its body, the chủ trì column the partners,
    the second task and its bodies one cell). Only where the month's lines part into whole rows (a multiple of the
    columns after the month's) and into more rows than were read: a clean text's cells, one paragraph each, part the
    same, and a task wrapped onto a line opening with a capital gives no whole row more."""
    out: list[dict[int, list[Line]]] = []
    i = 0
    while i < len(rows):
        key = rows[i].get(0)
        j = i + 1
        while j < len(rows) and key and rows[j].get(0) is not None \
                and [x.index for x in rows[j][0]] == [x.index for x in key]:
            j += 1
        group = rows[i:j]
        lns = [x for r in group for c in sorted(r) if c and r[c] for x in r[c]] if key else []
        units = _units(lns) if key and all(0 in r for r in group) else []
        m, left = divmod(len(units), n - 1) if n > 1 else (0, 1)
        if key and m > len(group) and not left and all(len(r) == n for r in group):
            out += [{0: key, **{1 + c: units[k * (n - 1) + c] for c in range(n - 1)}} for k in range(m)]
        else:
            out += group
        i = j
    return out


def read_stacked_tables(lines: list[Line], text: str) -> list[tuple[Table, int, int]]:
    """(table, first line, last line) of each stacked-cell table of text without geometry.

    ``lines`` as :func:`.lines.lines_of` gives them for the text before its blank lines were
    mended; ``text`` the document text (same offsets) whose slices become the cells' texts."""
    out: list[tuple[Table, int, int]] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        if ln.blank or _placed(ln) or not ln.text.lstrip(" *")[:1].isupper() or not (_col_name(ln.text) or _grid_key(ln.text)):
            k += 1  # a header opens with a capital ("STT", "Nội dung"), not with a label or a wrapped line
            continue
        head = _header(lines, k) if _col_name(ln.text) else None
        grid = _grid_header(lines, k)
        if grid is not None and (head is None or len(grid[0]) > len(head[0]) and not _row_past_head(grid[0], head[0])):
            head = grid  # the page's markup gives every column, names the column words leave out too ("STT | Đơn vị |
            # Mô hình sinh kế thành lập mới | Hội viên kết nạp mới": three read, the fourth's rows shifted)
        if head is None:
            k += 1
            continue
        cells, last, clean = head
        views = [" ".join(x.view for x in c) for c in cells]
        later = next((i for i, v in enumerate(views) if i and V.STACKED_NUMBER_COL.match(v.strip(" *"))), None)
        if later is not None:
            k = cells[later][0].index  # a heading line read as a header cell: the header starts at "STT"
            continue
        if not V.STACKED_NUMBER_COL.match(views[0].strip(" *")) and (lost := _misread_number_col(lines, cells)) is not None:
            cells, views = [[lost]] + cells, ["tt"] + views  # its name read as the number column's
        n = len(cells)
        numbered = bool(V.STACKED_NUMBER_COL.match(views[0].strip(" *")))
        yearly = not numbered and bool(V.STACKED_YEAR_COL.match(views[0].strip(" *")))  # "Năm | Tên mô hình | …"
        by_period = not numbered and bool(V.STACKED_PERIOD_COL.match(views[0].strip(" *")))  # "Tháng | Nội dung | …"
        by_group = not numbered and bool(V.STACKED_GROUP_COL.match(fold(views[0]).strip(" *:")))  # "Xã | Đơn vị phụ trách | …"
        periodic = by_period and not clean  # its blank lines lost (legacy OCR; the clean text's rows are parted by them)
        what = next((i for i, v in enumerate(views) if V.TASK_WHAT_COL.search(v)), 1 if numbered or yearly or periodic else 0)
        blocks = _blocks(lines, last + 1) if clean else []
        group = _sub_heads(blocks, views) if clean and numbered else None
        if group is not None:  # a second header row under a merged name: the columns it names replace that name's
            p, subs = group
            parent = cells[p]
            cells, views = cells[:p] + subs + cells[p + 1:], views[:p] + [" ".join(x.view for x in c) for c in subs] + views[p + 1:]
            n, what, blocks = len(cells), what + (len(subs) - 1 if p < what else 0), blocks[len(subs):]
        if clean and not numbered and blocks and blocks[0][1] and blocks[0][0] >= 2 \
                and V.ROW_NUMBER_RE.match(" ".join(x.text for x in blocks[0][1])):
            # the number column's name sits in a row above ("TT" spanning two header rows)
            cells, views, n, numbered, what = [[]] + cells, [""] + views, n + 1, True, what + 1
        elif clean and not numbered and _number_name_lost(blocks, views):
            # a scan whose OCR lost the number column's short name ("TT" over the page break, read as nothing): the
            # rows under the header still open with their numbers, every cell one blank line apart
            cells, views, n, numbered, what = [[]] + cells, [""] + views, n + 1, True, what + 1
        elif not clean and not numbered and _numbered_below(lines, last + 1):
            # the same in a flat text: the row under the header opens with its number ("Nội dung" / … / "Sản phẩm
            # đầu ra" / "1.1" / "Xây dựng …", 179-KH-UBND's tables after the first: their "STT" cell is empty)
            cells, views, n, numbered, what = [[]] + cells, [""] + views, n + 1, True, what + 1
        timed = not numbered and n >= 3 and bool(_TIMED_HEAD.match(fold(views[0]).strip(" *.")))
        if clean:
            rows = _total_under_figures(_rows_clean(blocks, n, numbered, [v.strip(" *") for v in views], by_period,
                                                    by_group), n)
            if by_period:
                rows = carried_periods(rows)  # a month cell left empty under its first row: the month above
            if timed and not any(len(r) > 1 for r in rows):
                rows = _rows_timed(lines, last + 1, n, what)
            if by_period and (not any(len(r) > 1 for r in rows)
                              or len(by_month := rows_by_period(blocks, n)) > len(rows) >= 1 and _one_apart(blocks, n)):
                # every cell one blank line apart (a scan): rows open at their month — also where only the first row
                # was read so, the next row (its month merged down) taken for text past the last column (a54-10 legacy)
                rows = rows_by_period(blocks, n)
            if by_period:
                rows = _month_cells(rows, n)  # (leg56b) a month's cells OCR ran together, parted by their kinds
            if not numbered and not yearly and not any(len(r) > 1 for r in rows) and V.TASK_DUE_COL.search(views[-1]):
                rows = _rows_by_due(blocks, n)  # rows parted as the cells are (:func:`_rows_by_due`)
            if (cols := _unnumbered_indicator(views, numbered)) is not None and _one_apart(blocks, n):
                rows = _rows_indicator(lines, last + 1, n, *cols)  # (leg56t) rows parted as the cells are (a scan)
            if numbered and not any(len(r) > 1 for r in rows) and not _rows_two_apart(blocks):
                # the header's names one blank line apart, the first row's cells too, never two (a Markdown table whose
                # rows are parted as its cells are, two blank lines only after its last row: a22-03's "… | Thời hạn gửi
                # về Sở Nội vụ" calendar of report forms; a scan of a page printing the cells one after the other, its wrapped cells parted by blank lines here and glued there): rows
                # from their numbers, as in legacy OCR; or by the cells' rhythm (:func:`_rows_spaced`) when that finds
                # more rows that open with their number (OCR damaged numbers: "“", "si" for 2, 3 under "Không quá 10
                # ngày làm việc …", a scan of a17-08's steps table), or as many and the loose reading runs on past the
                # table ("III. NHIỆM VỤ …" / "1. Ủy ban kiểm tra …" taken for rows without a number) where the rhythm
                # ends it
                # (a "Sản phẩm" column after the due column: a damaged number one cell after the due cell opens the next
                # row, "Quý II/2027" / "Quyết định của UBND tỉnh" / "fs)" for 5, t23-03 legacy, as in a flat text below)
                rows = _rows_loose(lines, last + 1, n, what, bool(V.TASK_DUE_COL.search(views[-1])),
                                   due_before_last=n > 3 and bool(V.TASK_DUE_COL.search(views[-2])),
                                   after_due=_cells_after_due(views), count_last=_count_col(views[-1]))
                spaced = _rows_spaced(blocks, n, what, lines)
                if spaced and (_numbered_rows(spaced), -_unnumbered_rows(spaced)) > (
                        _numbered_rows(rows), -_unnumbered_rows(rows)):
                    rows = spaced
                if (cols := _indicator_columns(views)) is not None \
                        and _full_rows(ind := _rows_indicator(lines, last + 1, n, *cols), n) > _full_rows(rows, n):
                    # (leg56) an indicator table ("TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2040") whose header
                    # kept its blank lines where its rows lost them (legacy OCR, t54-05: "2" / "Diện tích gieo trồng lúa
                    # cả năm" / "ha" / "" / "5.800"): read by its cells' kinds, as where the header lost them too — read
                    # as a task's, the unit in lower case went on the indicator's name, the row's cells a column right
                    rows = ind
        elif numbered and _units_only([" ".join(x.text for x in c) for c in cells]):
            # (ocr36) a table of figures by row ("TT | Đối tượng | Số suất | Mức quà (đồng/suất) | Thành tiền (đồng)")
            # read by legacy OCR: its rows by the cells' rhythm only; read from their numbers as a task's, a row whose
            # number OCR lost runs on into the next and the table into the text below it
            rows = _rows_spaced(_blocks(lines, last + 1), n, what, lines)
        elif numbered and (cols := _indicator_columns(views)) is not None:
            rows = _rows_indicator(lines, last + 1, n, *cols)
        elif numbered and (rows := _rows_spaced(_blocks(lines, last + 1), n, what, lines,
                                                bool(V.TASK_DUE_COL.search(views[-1])))):
            # the cells' rhythm, unless OCR glued a task to its body in most rows ("Rà soát, đưa thủ tục …" / "Văn phòng
            # Sở" / "" / "Các phòng thuộc Sở", t18-05 legacy: the rhythm ended after two rows of eight) and the rows read
            # from their numbers are more
            due_last = bool(V.TASK_DUE_COL.search(views[-1]))
            loose = _rows_loose(lines, last + 1, n, what, due_last,
                                due_before_last=n > 3 and bool(V.TASK_DUE_COL.search(views[-2])),
                                after_due=_cells_after_due(views))
            due_col = n - 1 if due_last else n - 2 if n > 3 and V.TASK_DUE_COL.search(views[-2]) else None
            if _numbered_rows(loose) >= 2 * _numbered_rows(rows) and _numbered_rows(loose) >= _numbered_rows(rows) + 3:
                rows = loose
            elif due_col is not None and _dated_rows(loose, due_col) > _dated_rows(rows, due_col) \
                    and _numbered_rows(loose) >= _numbered_rows(rows):
                # the rhythm went off by a cell where OCR lost the blank line between two cells ("Sở Nội vụ" / "Sở
                # Khoa học và Công nghệ, Trường Chính trị tỉnh" / "Quý 1/2027", a27-01 legacy): its due column then
                # holds the next row's damaged number ("fs)") and its rows end there; the rows read from their numbers,
                # as many or more, put a date in the due column more often
                rows = loose
        elif numbered and n > 3 and V.NOTES_COL.match(fold(views[-1]).strip(" *")):
            # "… | Thời gian thực hiện | Ghi chú" in a flat text: the notes are empty in most rows, so the row's end is
            # its due cell (read from the end, an empty last column shifted every cell one column right)
            rows = _rows_loose(lines, last + 1, n - 1, what, bool(V.TASK_DUE_COL.search(views[-2])), notes=True)
        elif (cols := _unnumbered_indicator(views, numbered)) is not None:
            rows = _rows_indicator(lines, last + 1, n, *cols)  # (leg56t) no number column, blank lines lost
        elif numbered or yearly or periodic:
            rows = _rows_loose(lines, last + 1, n, what, bool(V.TASK_DUE_COL.search(views[-1])),
                               due_before_last=n > 3 and bool(V.TASK_DUE_COL.search(views[-2])),
                               after_due=_cells_after_due(views),
                               yearly=yearly, periodic=periodic, count_last=_count_col(views[-1]))
        elif timed:
            rows = _rows_timed(lines, last + 1, n, what)
        elif V.TASK_DUE_COL.search(views[-1]):
            rows = _rows_by_due(_blocks(lines, last + 1), n)  # no number column, the header's blank lines lost too
        elif by_group and n >= 3 and V.TASK_BODY_COL.search(views[1]):
            rows = _rows_by_body(lines, last + 1, n, 1)  # (leg56b) "Xã | Đơn vị phụ trách | …", its blank lines lost
        else:
            rows = []
        rows = [r for r in (_without_header(r, views, what) for r in rows) if r]
        if not rows or not any(len(r) > 1 for r in rows):
            k = last + 1
            continue
        first = next(c for c in cells if c)[0]
        end_line = max(x.index for r in rows for blk in r.values() for x in blk)
        head_row = _row(text, dict(enumerate(cells)), n)
        if group is not None:  # each column under the merged name named by both rows, "Số lượng: Cấp trung học cơ sở"
            top = _row(text, {0: parent}, 1)[0].text
            head_row = tuple(replace(c, text=f"{top}: {c.text}") if group[0] <= i < group[0] + len(group[1]) else c
                             for i, c in enumerate(head_row))
        groups = _groups_above(lines, first.index, out[-1][1] if out else -1) if numbered and n > 2 else []
        if groups and out and groups[0][0][0].index <= out[-1][2]:
            groups = _taken_from(out, groups, first.start)  # the table before read them as its last rows
        body = tuple(_row(text, r, n) for r in groups + rows)
        end = max(c.end for row in body for c in row)
        top = groups[0][0][0] if groups else first  # the group rows printed above the header are the table's
        out.append((Table(top.start, end, (head_row,) + body, tuple(c.text for c in head_row), "data"),
                    top.index, end_line))
        k = end_line + 1
    return out


def _misread_number_col(lines: list[Line], cells: list[list[Line]]) -> Line | None:
    """The number column's name ("TT") as OCR misread it, the line right above a header that opens with a named
    column: a few letters, no capital, no column word ("đi l", the vie model's reading of a scanned "TT", t31-10's
    criteria table), with the first row's number right under the header's last name. The header is then numbered,
    its rows read by their numbers; ``None`` otherwise (a heading or prose above the header keeps it as it is)."""
    first = cells[0][0]
    above = next((x for x in reversed(lines[max(0, first.index - 3):first.index]) if not x.blank), None)
    below = next((x for x in lines[cells[-1][-1].index + 1:cells[-1][-1].index + 4] if not x.blank), None)
    if above is None or below is None or _placed(above):
        return None
    t = above.text.strip(" *")
    # a garble of two letters' worth, a lone letter among its tokens ("đi l"): never a word a heading wrapped onto the
    # line above the header ("Tổ chức, bộ máy, mạng ⏎ lưới", 179-KH)
    return above if 0 < len(t) <= 4 and len(t.split()) > 1 and any(len(w) == 1 for w in t.split()) \
        and not any(c.isupper() or c.isdigit() for c in t) \
        and not _col_name(t) and V.ROW_NUMBER_RE.match(below.text.strip(" *")) and below.text.strip(" *")[:1].isdigit() \
        else None


_GROUPS_ABOVE = 2  # group rows printed above a table's header ("B" / "PHÁT TRIỂN …", "I" / "Phát triển …"), at most
_GROUP_NAME_LINES = 3  # a group row's name wraps over a few lines at most


def _groups_above(lines: list[Line], k: int, after: int) -> list[dict[int, list[Line]]]:
    """The group rows printed right above the header at line ``k`` (not above line ``after``, the table before), each
    its label cell and its name cell one blank line apart ("C" / "CÁC GIẢI PHÁP PHÁT TRIỂN …" / "I" / "Tổ chức, bộ
    máy, mạng lưới" / "Nội dung" …: 179-KH-UBND's parts B and C, their header under the group rows), as rows of
    columns 0 and 1: the rows under them are cited under their group as under a group row inside the table."""
    out: list[dict[int, list[Line]]] = []
    i = k - 1
    while len(out) < _GROUPS_ABOVE:
        name: list[Line] = []
        while i > after and lines[i].blank:
            i -= 1
        while i > after and not lines[i].blank and len(name) < _GROUP_NAME_LINES:
            name.insert(0, lines[i])
            i -= 1
        while i > after and lines[i].blank:
            i -= 1
        if not name or i <= after or not is_group_label(lines[i].text) or (i > 0 and not lines[i - 1].blank):
            break
        if not name[0].text.strip(" *")[:1].isupper() or _prose(" ".join(x.text for x in name)):
            break
        out.insert(0, {0: [lines[i]], 1: name})
        i -= 1
    return out


def _taken_from(out: list[tuple[Table, int, int]], groups: list[dict[int, list[Line]]],
                head: int) -> list[dict[int, list[Line]]]:
    """``groups`` (the group rows above a header opening at offset ``head``) taken out of the table before, which read
    them as its last rows (``out[-1]`` shortened in place); none when that table runs on past them."""
    prev, lo, _ = out[-1]
    at = groups[0][0][0].start
    keep = [r for r in prev.rows if min(c.start for c in r) < at or r is prev.rows[0]]
    gone = prev.rows[len(keep):]
    if len(keep) + len(gone) != len(prev.rows) or len(keep) < 2 or any(c.end > head for r in gone for c in r):
        return []  # (the rows it loses hold the group rows' lines alone, however it cut them into cells)
    end = max(c.end for r in keep[1:] for c in r)
    out[-1] = (replace(prev, rows=tuple(keep), end=end), lo, groups[0][0][0].index - 1)
    return groups


# an indicator table's value cell in flat text: a figure, a range, with its bound words or "%" ("10,5", "dưới 1",
# "Tối thiểu 31", "8,5 trở lên", "0,8 - 1", "-", a figure after its comparison sign "> 70", ">95": a bound printed as a
# sign, a26-04 legacy), folded; a row's number alone ("5") reads the same, its place tells
_INDICATOR_VALUE = re.compile(r"^(?:(?:[a-z]+ ){0,2}(?:[<>≤≥]=?\s*)?\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*%?(?: tro (?:len|xuong))?|[-–])$")
_UNIT_WORDS = 4  # a unit cell is short ("triệu đồng", "%/năm", "đảng viên", "Người/1.000 dân")
_DAMAGED_FIGURE = 6  # characters: a figure cell OCR could not read ("z đó", "z %5" for ≥95) is no longer


def _indicator_columns(views: list[str]) -> tuple[int, int, list[int]] | None:
    """(indicator column, unit column, figure columns) of an indicator table's header, "STT | Chỉ tiêu | Đơn vị tính |
    Năm 2027 | … | Năm 2030" (:func:`.figure_tables.indicator_columns`), when its cells can be read by their place: the
    unit's column right after the indicator's, the figure columns right after the unit's (a column after them allowed:
    "Đơn vị chủ trì"); else None."""
    cols = indicator_columns(views)
    if cols is None or cols[1] != cols[0] + 1:
        return None
    label, unit, figures = cols
    run = []
    for i in range(unit + 1, len(views)):
        if i not in figures:
            break
        run.append(i)
    return (label, unit, run) if run else None


def _damaged_value(seen: list[Line], j: int) -> bool:
    """(leg56t) ``seen[j]`` is a figure cell a scan damaged ("2,Ð" for 5,5, "o1" for 51, t55-09 scanned): a short line
    holding a digit, no figure, a figure or the table's end after it. It holds its column, so the figures after it stay
    under their years (read as the indicator's unit, "2,Ð" moved every figure of its row one year back)."""
    t = seen[j].text.strip(" *")
    if not (0 < len(t) <= 3 and any(c.isdigit() for c in t) and not _INDICATOR_VALUE.match(seen[j].view.strip(" *"))):
        return False
    nxt = seen[j + 1].view.strip(" *") if j + 1 < len(seen) else ""
    return not nxt or bool(_INDICATOR_VALUE.match(nxt)) or len(nxt.split()) > _UNIT_WORDS


def _unnumbered_indicator(views: list[str], numbered: bool) -> tuple[int, int, list[int]] | None:
    """(leg56t) :func:`_indicator_columns` of an indicator table printed without a number column, its indicator's
    column first ("Chỉ tiêu | Đơn vị tính | Năm 2040 | … | Năm 2045", an Đề án's goals by year, t55-09), else None.

    Why: a scan or legacy OCR prints it one cell a line, its rows parted as its cells are (one blank line or none):
    the clean reader takes the whole table for one row, and the loose reader of OCR forms opens rows at their numbers,
    which it has none of. Read by the cells' kinds (:func:`_rows_indicator`) each row is its indicator's words, the
    short line of its unit, then one figure per year."""
    cols = None if numbered else _indicator_columns(views)
    return cols if cols is not None and cols[0] == 0 else None


def _rows_indicator(lines: list[Line], lo: int, n: int, label: int, unit: int,
                    figures: list[int]) -> list[dict[int, list[Line]]]:
    """Rows of an indicator table read by its cells' kinds, where the blank lines say nothing (legacy OCR).

    Why: eng OCR prints an indicator table one cell a line, blank lines lost or added at random ("1" / "Tốc độ tăng
    tổng giá trị sản xuất" / "%/năm" / "10" / "10,5" / "11" / "11" / "2" / …, t21-02): the loose reader of task
    tables starts a row at each number alone on its line, and here every figure is one — the rows fell apart into
    "10", "11", "68" with nothing beside them, and no indicator was read. Here a row is its number (when printed), its
    indicator's lines, the short line of its unit, then up to one figure per figure column; a column after those
    ("Đơn vị chủ trì") takes the lines up to the next row's number. A row whose figures OCR lost ends at the next
    indicator's words ("1,8" / "Tỷ lệ lao động qua đào tạo": the number "4" lost too). The table ends at a line as
    long as prose, a heading or a signature (:func:`_end_mark`)."""
    rows: list[dict[int, list[Line]]] = []
    row: dict[int, list[Line]] = {}
    phase = "name"  # name → figures → tail
    k_fig = 0
    after = list(range(figures[-1] + 1, n))
    seen = [x for x in lines[lo:lo + 12 * _MAX_ROW_LINES] if not x.blank]

    def figure_follows(j: int) -> bool:
        """The lines after ``seen[j]`` are a unit's short line (maybe) and a figure: ``seen[j]`` names an indicator."""
        nxt = [x.view.strip(" *") for x in seen[j + 1:j + 3]]
        if nxt and _INDICATOR_VALUE.match(nxt[0]):
            return True
        return len(nxt) == 2 and len(nxt[0].split()) <= _UNIT_WORDS and bool(_INDICATOR_VALUE.match(nxt[1]))

    def indicator_ends(j: int) -> bool:
        """``seen[j]`` is an indicator's line: a unit and a figure follow it, or its wrapped end and then those."""
        if figure_follows(j):
            return True
        wrap = seen[j + 1].text.rstrip() if j + 1 < len(seen) else ""
        return bool(wrap) and len(wrap) <= _PROSE_LINE and not wrap.endswith((".", ";", ":")) and figure_follows(j + 1)

    def unit_follows(j: int) -> bool:
        """A short line (a unit's) follows ``seen[j]``, then a short one (its figure, maybe one OCR damaged): after a
        row number, ``seen[j]`` is the indicator's line however long."""
        nxt = [x.text.strip(" *") for x in seen[j + 1:j + 3]]
        return len(nxt) == 2 and len(nxt[0].split()) <= _UNIT_WORDS and len(nxt[1]) <= _DAMAGED_FIGURE

    def next_number(j: int) -> bool:
        """``seen[j]`` is the next row's number: its digits, the number of rows read so far plus two."""
        return j < len(seen) and seen[j].view.strip(" *.").isdigit() and int(seen[j].view.strip(" *.")) == len(rows) + 2

    for j, ln in enumerate(seen):
        if _placed(ln) or _end_mark(ln):
            break
        t = ln.text.strip(" *")
        if phase == "tail" and 0 < len(t) <= 2 and not t.isdigit() and j + 1 < len(seen) \
                and len(seen[j + 1].text.split()) > _UNIT_WORDS:
            # a row number OCR damaged ("ồ", "dđ" for 3, 5, a scan of a26-04's Phụ lục I) after the last column's
            # cell, the next indicator's words after it: the next row opens here
            rows.append(row)
            row, phase, k_fig = {0: [ln]}, "name", 0
            continue
        if len(ln.text) > _PROSE_LINE and not (phase == "name" and row.get(0) and not row.get(label)
                                               and not ln.text.rstrip().endswith((".", ";", ":"))
                                               and (indicator_ends(j) or unit_follows(j))):
            break  # a line as long as prose ends the table, unless it is the indicator of the row its number opened,
            # its unit and figure after it (a scan prints a long indicator on one line: t26-04 scan lost five rows;
            # legacy OCR wraps it once at the page's width, "… trực tuyến toàn" / "trình" / "%" / "100", a26-04)
        v = ln.view.strip(" *")
        number = bool(V.ROW_NUMBER_RE.match(v))
        value = bool(_INDICATOR_VALUE.match(v))
        if phase == "name":
            if number and not row.get(label):
                if row.get(0):
                    break  # two numbers running: no indicator row
                row[0] = [ln]
            elif (value or (len(row.get(label, [])) > 1 and len(t) <= _DAMAGED_FIGURE and after
                            and next_number(j + 2))
                  or len(row.get(label, [])) > 1 and _damaged_value(seen, j)) and row.get(label):
                # (a figure OCR damaged past reading, "z đó" for ≥95: a short line after the unit, the last column's
                # cell and then the next row's number after it)
                phase, k_fig = "figures", 1
                row[figures[0]] = [ln]
            elif value:
                break  # a figure where an indicator is due: the table has ended
            else:
                row.setdefault(label, []).append(ln)
            continue
        if phase == "figures" and (value or _damaged_value(seen, j)) and k_fig < len(figures):
            row[figures[k_fig]] = [ln]
            k_fig += 1
            continue
        # a line of the last columns, unless a tail cell is there and a long line with its unit and figures after it
        # opens the next row, its number lost ("Phòng Văn hóa - Xã hội" / "Tỷ lệ tham gia bảo hiểm y tế" / "%" / "94,8")
        opens = phase == "tail" and len(ln.text.split()) > _UNIT_WORDS and figure_follows(j)
        if phase in ("figures", "tail") and after and not number and not opens \
                and not (phase == "figures" and k_fig < len(figures)):
            phase = "tail"
            row.setdefault(after[0], []).append(ln)
            continue
        rows.append(row)  # the row ends: this line opens the next one
        row, phase, k_fig = {}, "name", 0
        if number:
            row[0] = [ln]
        else:
            row[label] = [ln]
    if row.get(label) and any(row.get(f) for f in figures):
        rows.append(row)
    out = []
    for r in rows:
        names = r.get(label, [])
        # the unit is the indicator's last line when short (its own cell): "Thu nhập bình quân đầu người" / "triệu đồng"
        # (leg56) or a share of something named after its "%" ("% chỉ tiêu huyện giao", t54-05: no indicator opens so)
        if len(names) > 1 and (len(names[-1].text.split()) <= _UNIT_WORDS
                               or names[-1].text.strip(" *").startswith(("%", "‰")) and len(names[-1].text.split()) <= 2 * _UNIT_WORDS):
            r[unit], r[label] = [names[-1]], names[:-1]
        if r.get(label) and any(r.get(f) for f in figures):
            out.append(r)
    return out


def _without_header(row: dict[int, list[Line]], views: list[str], what: int) -> dict[int, list[Line]]:
    """The row without the header's names repeated in it: the header printed again under each group's heading
    (179-KH-UBND in flat text: "II" / "Phát triển kinh tế số, xã hội số trong y tế" / "Nội dung" / "Đơn vị thực hiện"
    / … / "Sản phẩm đầu ra" / "2.1" …) is read into the group's row, its names in the columns after the task's; those
    columns are dropped and the name lines taken from the group's cell. A row of names alone is dropped."""
    names = {fold(v).strip(" *") for v in views if v.strip(" *")}

    def named(lns: list[Line]) -> bool:
        return fold(" ".join(x.text for x in lns)).strip(" *") in names

    after = [c for c in row if c > what and row[c]]
    if not after or not all(named(row[c]) for c in after):
        return row
    out = {c: [x for x in lns if fold(x.text).strip(" *") not in names] for c, lns in row.items() if c <= what}
    return {c: lns for c, lns in out.items() if lns}


_SUB_HEAD_WORDS = 8  # a column name of a second header row runs this long at most ("Cấp trung học phổ thông")


def _sub_heads(blocks: list[tuple[int, list[Line]]], views: list[str]) -> tuple[int, list[list[Line]]] | None:
    """(column of the merged name, the names under it) of a numbered table whose header takes two rows, else None.

    Why (left40): a UBND tỉnh's norm of the supplies each boarding pupil is issued prints "Số TT | Tên học phẩm … | Đơn
    vị tính | Số lượng" over a second row "Cấp trung học cơ sở | Cấp trung học phổ thông" under "Số lượng" alone (the
    other names merged down over both rows; a page's markup writes the second row with those two cells only). Read as
    a one-row header, the second row is a paragraph where row 1's number is due and the table is lost. The second row
    is told by its rhythm: two or more short names one blank line apart, a row's break before and after them, no row
    number among them, and the first row under them (opened by its number) holds one cell per column once the merged
    name is replaced by the names under it. The merged name is the last column's but a notes column ("Ghi chú"), the
    place a head spanning figures has in such tables; any other layout does not check and is left as it was."""
    subs: list[list[Line]] = []
    for gap, blk in blocks:
        if gap != (2 if not subs else 1):
            break
        t = " ".join(x.text for x in blk).strip(" *")
        if not blk or len(t.split()) > _SUB_HEAD_WORDS or re.search(r"[.:;]$|\d", t) or not t[:1].isupper():
            return None
        subs.append(blk)
    if len(subs) < 2 or len(blocks) <= len(subs):
        return None
    first = blocks[len(subs):]
    if first[0][0] != 2 or not first[0][1] or not V.ROW_NUMBER_RE.match(" ".join(x.text for x in first[0][1]).strip(" *")):
        return None
    width = 1 + next((i for i, (g, b) in enumerate(first[1:]) if g != 1 or not b), len(first) - 1)
    p = next((i for i in range(len(views) - 1, 0, -1) if not V.NOTES_COL.match(fold(views[i]).strip(" *"))), None)
    if p is None or width != len(views) - 1 + len(subs):
        return None
    return p, subs


def _number_name_lost(blocks: list[tuple[int, list[Line]]], views: list[str]) -> bool:
    """The header of a table printed one cell a line (a scan: every cell one blank line apart) opens with a named
    column, its number column's name lost, and the block under its last name is a row's number ("1") where the
    task's cell is due — and so is the block one row later ("2" after as many cells as the header names plus the
    lost one): the rows are numbered, the number column's name is what is missing. A table without a number column
    never opens its first two rows with "1" and "2" in that rhythm."""
    n = len(views) + 1
    v = views[0].strip(" *")
    if len(blocks) <= n or V.STACKED_YEAR_COL.match(v) or V.STACKED_PERIOD_COL.match(v):
        return False  # "Năm | …", "Tháng | …": their rows open with a year or a month, not a number

    def number(blk: tuple[int, list[Line]]) -> str:
        t = " ".join(x.text for x in blk[1]).strip(" *.")
        return t if blk[1] and blk[0] == 1 and t.isdigit() else ""

    return number(blocks[0]) == "1" and number(blocks[n]) == "2"


def _numbered_below(lines: list[Line], lo: int) -> bool:
    """The first line from ``lo`` on is a row's number ("1.1", "2", "I.1") alone."""
    ln = next((x for x in lines[lo:] if not x.blank), None)
    return ln is not None and not _placed(ln) and bool(V.ROW_NUMBER_RE.match(ln.text.strip(" *")))


def _row(text: str, row: dict[int, list[Line]], n: int) -> tuple[TableCell, ...]:
    """Cells of one row, their text sliced from the document text; an empty cell is an empty
    span where the row starts (a row's offsets stay in text order)."""
    at = min(lns[0].start for lns in row.values() if lns)
    out = []
    for i in range(n):
        lns = row.get(i)
        if not lns:
            out.append(TableCell("", at, at))
            continue
        start, end = lns[0].start, lns[-1].end
        out.append(TableCell(re.sub(r"\s+", " ", text[start:end]).strip(" *"), start, end))
    return tuple(out)

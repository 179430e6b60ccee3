"""Tables whose rows give each unit its figures, and nothing it is to do.

A plan breaks its goals down unit by unit in a table ("TT | Chi bộ | Chỉ tiêu kết nạp | Trong đó: Đoàn viên | …",
"STT | Xã, phường | BHXH tự nguyện tăng thêm (người) | …"): each row names a unit, then only figures. The labels read
those cells as targets, not as one obligation per row — "the quota table rows are quotas, not task rows with a chủ trì
unit" (a30-08's authors, as t31-05's and a21-06's): a row charges its unit with a task only when a cell says one in
words ("STT | Chi bộ | Mô hình định hướng | Chỉ tiêu", t22-07: the model each chi bộ builds). A due date in a cell
("15/3/2027") is no figure: such a row is a dated task of its unit.

The same goes for the lead line of such a table when it only names the goals' share ("3. Chỉ tiêu giao cho từng chi
bộ:" under "II. CHỈ TIÊU"): the breakdown of the plan's goals, no assignment; an imperative lead ("Giao chỉ tiêu cụ
thể cho 12 thôn như sau:", a Quyết định's Điều 1, t25-06) or a table of the tasks every unit carries ("Chỉ tiêu cụ
thể giao cho mỗi Hội CCB … như sau:" over "Nội dung chỉ tiêu | Mức giao | Thời gian hoàn thành", t29-06) still
charges the units (:func:`vanban.extract.quota_lead.shares_goals`).
"""

from __future__ import annotations

import re

from vanban.models import Table
from vanban.text import fold

__all__ = ["FIGURE_CELL", "QUOTA_APPENDIX", "amount_only", "figures_only", "level_only", "quota_appendix_rows"]

#: a cell holding one figure or none: "3", "1.240", "95,0", "95%", "-", "–", "x", bold marks around it
FIGURE_CELL = re.compile(r"[\s*_]*(?:[-–—x]|\d+(?:[.,]\d+)*\s*%?)?[\s*_]*")
#: the share of a figure table's cells that are plain figures (:data:`FIGURE_CELL`), the rest OCR's joins ("1/3")
_FIGURE_SHARE = 0.8
#: a word in a cell (two letters or more): a task's, a name's, a date's "Quý", "Tháng"
_WORD = re.compile(r"[^\W\d_]{2}")
#: the total row's label ("Tổng cộng", "Cộng", "Tổng số"), in whichever cell the reader left it: no unit's row
_TOTAL_CELL = re.compile(r"[\s*_]*(?:[Tt]ổng(?:\s+(?:cộng|số))?|[Cc]ộng|TỔNG(?:\s+(?:CỘNG|SỐ))?|CỘNG)[\s*_:]*")


def figures_only(t: Table, name_col: int, skip: tuple[int, ...] = ()) -> bool:
    """Every data row of ``t`` (after its header row) holds figures alone beside its number and the unit's name in
    column ``name_col``: a breakdown of goals by unit, no task in words, no date. OCR joins, breaks and shifts a few
    cells ("1/3" for the cells "1" and "3" of a row, t31-05 legacy; "Xã An Bình 645", a name slid into a figure's
    column, a30-04 legacy): the table is one of figures when no column holds words in most of its cells (a task
    column does) and at least :data:`_FIGURE_SHARE` of its cells are plain figures (a column of bare dates,
    "30/9/2028", keeps a report calendar's rows their tasks). Columns ``skip`` are not read (a due column asked
    about apart, :func:`quota_appendix_rows`)."""
    rows = [r for r in t.rows[1:] if any(c.text.strip(" *") for c in r)
            and not any(_TOTAL_CELL.fullmatch(c.text) for c in r)]
    cols: dict[int, list[str]] = {}
    for r in rows:
        for j, c in enumerate(r):
            if j not in (0, name_col, *skip):
                cols.setdefault(j, []).append(c.text)
    cells = [x for col in cols.values() for x in col]
    if not cells or any(2 * sum(bool(_WORD.search(x)) for x in col) > len(col) for col in cols.values()):
        return False
    return sum(bool(FIGURE_CELL.fullmatch(x)) for x in cells) >= _FIGURE_SHARE * len(cells)


#: a figure with its unit and nothing else ("3.000 triệu đồng", "95%", "120 ha"): no act in it
_AMOUNT = re.compile(r"[\s*_]*(?:khoảng\s+)?\d+(?:[.,]\d+)*\s*(?:%|(?:[^\W\d_]+\s*){0,3})[\s*_.;]*")


#: a level and its figure opening a clause (original text): "mức ủng hộ từ 1.000.000 đồng trở lên", "mức đóng góp tối
#: thiểu 50.000 đồng/hộ", "Mức hỗ trợ 50 triệu đồng/nhà"
_LEVEL = re.compile(r"[\s*_]*[Mm]ức\s+(?:[^\W\d_]+\s+){0,3}?(?:(?:từ|tối thiểu|ít nhất|không dưới|tối đa|không quá)\s+)?\d")


def level_only(what: str) -> bool:
    """``what`` opens with a level and its figure ("Doanh nghiệp, hợp tác xã: | mức ủng hộ từ 1.000.000 đồng trở lên;
    hộ kinh doanh từ 200.000 đồng trở lên", a fund drive's "Mức vận động" item): how much a class of donors gives, a
    bound the plan sets (a target), no body's task."""
    return bool(_LEVEL.match(what.split(";")[0]))


#: a body's size opening its clause, and only that (original text): "19 đồng chí", "05 thành viên", "gồm 07 người"
_HEADCOUNT = re.compile(r"[\s*_]*(?:gồm\s+)?\d{1,3}\s+(?:đồng\s+chí|người|thành\s+viên|ủy\s+viên|uỷ\s+viên|đại\s+biểu"
                        r"|cán\s+bộ)\s*(?:[;.,]|$)", re.IGNORECASE)


def headcount_only(what: str) -> bool:
    """``what`` opens with a body's size alone ("Ban Chấp hành khóa mới: | 19 đồng chí; Ban Thường vụ: 05 đồng chí, gồm
    …", a congress plan's structure of the new committee): how many members it has, no task of the body named before
    the colon."""
    return _HEADCOUNT.match(what) is not None


def amount_only(what: str) -> bool:
    """``what`` is one amount alone: the words before it ("Doanh nghiệp, hợp tác xã và cộng đồng dân cư đóng góp:
    3.000 triệu đồng", a line of a plan's funding list, t31-10) name a source of money and its share, no body's task."""
    return bool(_AMOUNT.fullmatch(what))


#: an appendix titled as the plan's quotas (folded heading): "PHỤ LỤC ⏎ CHỈ TIÊU VẬN ĐỘNG QUỸ "VÌ NGƯỜI NGHÈO" NĂM
#: 2030", "PHỤ LỤC ⏎ CHỈ TIÊU TRỒNG RỪNG …", "PHỤ LỤC ⏎ CHỈ TIÊU PHONG TRÀO NĂM 2027 GIAO CHO CÁC ĐƠN VỊ"
QUOTA_APPENDIX = re.compile(r"\W*phu luc(?:\s+(?:so\s+)?[ivxl\d]{1,4}\b)?[\s:.\-–]*(?:[a-z]+\s+){0,2}?chi tieu(?![a-z])")


def quota_appendix_rows(t: Table, name_col: int, due_col: int | None, heading: str | None) -> bool:
    """``t`` is the quota table of an appendix titled as the plan's quotas (:data:`QUOTA_APPENDIX`) — each row a unit
    and its figures, and at most the day its share is due ("Thôn … | 640 | 16.000.000 | Trước 25/11/2030" under
    "Đơn vị | Số hộ | Chỉ tiêu vận động (đồng) | Thời gian nộp về Quỹ"): the breakdown of the targets the body set
    out and charged in its text ("chỉ tiêu cụ thể từng đơn vị tại Phụ lục kèm theo"; the units' work is assigned
    there, by the same day), no task row with a chủ trì unit. The labels read such an appendix's cells as targets
    (t36-03's authors: "the MTTQ chỉ tiêu rows are targets, not obligations"; a31-09's, t31-09's and a22-04's
    undated appendices alike); a quota table in the body whose rows carry their own completion dates ("Chỉ tiêu giao
    cho các thôn:" / "… | Trước ngày 30/9/2029", t34-10) still charges each row's unit
    (:meth:`.task_table_rows.TaskTableRows.dated_unit_rows`)."""
    if not heading or not QUOTA_APPENDIX.match(fold(heading)):
        return False
    return figures_only(t, name_col, () if due_col is None else (due_col,))

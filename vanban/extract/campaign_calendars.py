"""A campaign's calendar by place that names no one: its days are the campaign running, no deadlines.

Why: a Kế hoạch triển khai chiến dịch tiêm bổ sung vắc xin lays its campaign out by place under its frame item ("3. Địa
điểm: tại Trạm Y tế xã, nhà văn hóa các thôn … theo lịch dưới đây:"): "STT | Thôn | Điểm tiêm | Ngày tiêm | Số trẻ dự
kiến" / "1 | Bắc Sơn | Nhà văn hóa thôn Bắc Sơn | 21/3/2039 | 68" — which thôn comes to which site on which day, and the
children expected. The table charges no one (no column of who acts, none of what is done); its days break down the
campaign's window ("chiến dịch được tổ chức từ ngày 21/3/2039 đến ngày 02/4/2039"), and the labels give them no
deadline, as they give the window none (t53-07's authors: "the running period of the campaign broken down by place").
The same plan's bare days said again inside that window are the same run: the catch-up sessions noted under the table
("Ngày 01/4 và 02/4/2039 tiêm tại Trạm Y tế xã cho trẻ tạm hoãn …") and a school's rooms set up "trong các ngày 30/3 và
31/3/2039", its own row's days. A due word keeps a day due ("hoàn thành tiêm vét trước ngày 12/4/2039").

Kept: a calendar that names who acts ("Chủ trì", "Tổ công tác", "Người phụ trách") or what ("Nội dung") — a schedule of
tasks, each row due on its day (t29-03's campaign, t44-05's vaccination by thôn with its "Người phụ trách"); and any
calendar of a plan whose title names no campaign, whose rows are each place's own work ("Khu phố | … | Ngày thực tập
phương án", a44-01 and t44-01; "Lịch xuống giống", a43-01 and t43-01; the mobile ID sessions "Đợt | Thời gian | Địa
điểm | Thôn | …" of t50-05, a team's rounds). Only a table read as a schedule by its cells alone
(:func:`.due_cells.time_column`): one whose head names a due time or a day is a timetable of its own.
"""

from __future__ import annotations

import re

from vanban.extract import patterns as P
from vanban.extract.due_cells import campaign_period, day_columns, due_columns, time_column
from vanban.extract.folded import Folded
from vanban.models import Deadline, Table
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["calendar_cells", "without_calendar_days"]


def calendar_cells(title: str | None, tables: tuple[Table, ...]) -> list[tuple[int, int]]:
    """The day cells (offsets) of the calendars of a campaign plan (``title`` names a campaign,
    :data:`patterns.CAMPAIGN_WORDS`) that name no body and no task; [] for any other title."""
    if not title or not re.search(P.CAMPAIGN_WORDS, fold(title)):
        return []
    out: list[tuple[int, int]] = []
    for t in tables:
        if t.role != "data" or not t.header:
            continue
        head = [fold(h) for h in t.header]
        if due_columns(head) or day_columns(head) \
                or any(V.TASK_BODY_COL.search(h) or V.TASK_WHAT_COL.search(h) for h in head):
            continue
        col = time_column(t)
        if col is not None:
            out += [(row[col].start, row[col].end) for row in t.rows[1:] if col < len(row) and row[col].text.strip()]
    return out


def without_calendar_days(deadlines: list[Deadline], view: str, tables: tuple[Table, ...],
                          cells: list[tuple[int, int]]) -> list[Deadline]:
    """``deadlines`` without the one-off days, no due word in their words, that fall inside a window the plan states
    for its campaign (:func:`.due_cells.campaign_period`) holding the days of its calendar (``cells``, from
    :func:`calendar_cells`; ``view`` the folded text they point into)."""
    if not cells:
        return deadlines
    days = {_month_day(view[a:b]) for a, b in cells} - {None}
    windows = [(a, b) for a, b in campaign_period(view, tables)[0] if a <= b and days and all(a <= d <= b for d in days)]
    if not windows:
        return deadlines
    return [d for d in deadlines if not _run_day(d, windows)]


def _run_day(d: Deadline, windows: list[tuple[str, str]]) -> bool:
    """``d`` is a bare day (or days) of the campaign's run: no recurrence, no due word, inside one of ``windows``."""
    first, last = d.earliest or d.date, d.latest or d.date
    if d.recurrence or not first or not last or P.DUE_OR_CLOSING_RE.search(Folded.of(d.text).view):
        return False
    return any(a <= first[5:] and last[5:] <= b for a, b in windows)


#: a cell's day and month (folded): "21/3/2039" → "03-21"
_DAY_MONTH = re.compile(r"(\d{1,2})\s*/\s*(\d{1,2})")


def _month_day(cell: str) -> str | None:
    m = _DAY_MONTH.search(cell)
    return f"{int(m.group(2)):02d}-{int(m.group(1)):02d}" if m else None

"""A plan's part that lists its campaigns: each item's window is that campaign's running period, no due date.

Why: a Ban Chỉ đạo's plan for blood drives lists its peak drives under their own heading ("III. CÁC ĐỢT CAO ĐIỂM" /
"1. Lễ hội Xuân hồng năm 2029: từ ngày 20/02 đến ngày 10/3/2029 …" / "2. Tuần lễ hồng …: từ ngày 01/4 đến ngày
07/4/2029, do Tỉnh Đoàn chủ trì …" / "5. Ngày hội Giọt hồng Đất Mũi: trong tháng 10/2029 …"). Each item names a
campaign, most by a proper name no campaign word gives away ("Hành trình Đỏ - Kết nối dòng máu Việt"); the heading
says what they are. Their windows are the running periods of campaigns, which the labels leave out (README: "the
running period of a campaign"; t33-05's authors: "the windows of the campaigns … none labelled as deadlines").

Kept: a day the plan fixes for one of them ("Lễ tôn vinh …: tổ chức ngày 14/6/2029"), dated as an event's day is,
and a window closed by a due word ("hoàn thành trước ngày …", "kết thúc trước …"): a task's time.
"""

from __future__ import annotations

import re

from vanban.extract import patterns as P
from vanban.extract.folded import Folded
from vanban.models import Deadline
from vanban.structure.round_tables import line_above

__all__ = ["CAMPAIGN_LIST_HEADING", "campaign_parts", "campaign_tables", "without_campaign_runs"]

#: a heading naming the campaigns the part lists, in the plural (folded, searched from the heading's start past its
#: number): "CÁC ĐỢT CAO ĐIỂM", "Các hoạt động cao điểm", "CÁC CHIẾN DỊCH", "Các đợt ra quân", "Các đợt vận động"
CAMPAIGN_LIST_HEADING = re.compile(
    r"^[\W\divxlc]*\s*(?:cac|nhung)\s+(?:(?:dot|hoat dong|chuong trinh|su kien)\s+(?:cao diem|ra quan|van dong|thi dua"
    r"|trong tam)|chien dich|dot cao diem)(?![a-z])")
#: a due word or a window's close ("kết thúc trước …") in a deadline's own words: the window closes a task, not a
#: campaign's run (folded)
_DUE_WORD = P.DUE_OR_CLOSING_RE


def campaign_parts(sections) -> tuple[tuple[int, int], ...]:
    """The extents of the parts (``(heading, start, end)``: a layout's sections and subsections) whose heading lists
    campaigns (:data:`CAMPAIGN_LIST_HEADING`)."""
    return tuple((s, e) for head, s, e in sections if CAMPAIGN_LIST_HEADING.search(Folded.of(head).view))


def campaign_tables(tables, view: str) -> tuple[tuple[int, int], ...]:
    """The extents of the data tables (``tables``: a structure's) right under a heading line that lists campaigns
    (:data:`CAMPAIGN_LIST_HEADING`; ``view`` the folded text): "**3. Các đợt ra quân cao điểm**" / "| Đợt | Thời gian |
    Địa bàn, nội dung | Đơn vị chủ trì |", a part that holds only its table, which the layout reads as no part of its
    own (t36-08's labels: the rounds' windows are campaign periods)."""
    # (the header row may lie before the table's start: lines of cells are passed over, :func:`round_tables.line_above`)
    return tuple((t.start, t.end) for t in tables
                 if t.role == "data" and CAMPAIGN_LIST_HEADING.search(line_above(t, view, reach=300)))


def without_campaign_runs(deadlines: list[Deadline], parts: tuple[tuple[int, int], ...]) -> list[Deadline]:
    """``deadlines`` without the periods (a window, a month: no single day) inside a part listing campaigns
    (:func:`campaign_parts`) whose own words name no due word."""
    if not parts:
        return deadlines
    return [d for d in deadlines
            if d.date or d.recurrence or d.span is None or _DUE_WORD.search(Folded.of(d.text).view)
            or not any(a <= d.span.start < b for a, b in parts)]

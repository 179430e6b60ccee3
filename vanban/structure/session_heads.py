"""A session calendar's header row: the day each session is held and who holds it, no task, body or due column.

Why: a Kế hoạch tiếp công dân prints its reception days as a table of who receives and when ("| Ngày tiếp | Người
chủ trì tiếp | Địa điểm |" over "| Thứ Năm hằng tuần (buổi sáng) | Chủ tịch UBND xã … | Trụ sở tiếp công dân xã |",
"| Ngày 20 hằng tháng | Chủ tịch UBND xã cùng Bí thư Đảng ủy xã | Hội trường UBND xã |"). The text-table reader
takes a header with two of a task table's columns (a task, a body, a due time: :mod:`.columns`); "Ngày tiếp" is none
of them ("Thời gian tiếp" is a due column), so the calendar stayed prose and its rows' holders were lost (t45-09,
whose authors give each row's holder an entry, as t41-01's and a41-01's do for "Thời gian | Người chủ trì tiếp").
A header is a calendar's when one cell names the session's day (:data:`vocab.SESSION_DAY_COL`: "Ngày tiếp",
"Ngày tiếp công dân", "Ngày họp", "Ngày đối thoại") and another who holds it (:data:`vocab.SESSION_LEAD_COL`: "Người
chủ trì tiếp", "Người tiếp", "Lãnh đạo tiếp", "Chủ trì"). Only a pipe or tab row: its cells are its columns.
"""

from __future__ import annotations

from collections.abc import Sequence

from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["session_header"]


def session_header(cells: Sequence[str]) -> bool:
    """``cells`` (a header row's cell texts, as printed or folded) head a session calendar: a cell the day
    (:data:`vocab.SESSION_DAY_COL`, the whole cell), another who holds it (:data:`vocab.SESSION_LEAD_COL`)."""
    heads = [" ".join(fold(c).lower().split()).strip(" *_:.") for c in cells]
    day = next((i for i, h in enumerate(heads) if V.SESSION_DAY_COL.fullmatch(h)), None)
    return day is not None and any(i != day and V.SESSION_LEAD_COL.search(h) for i, h in enumerate(heads))

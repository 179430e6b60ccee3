"""A standing meeting listed once: under "Lịch họp định kỳ", not also as a task row of the phiếu.

Why: "Chủ tịch UBND xã tiếp công dân định kỳ vào sáng thứ Năm hằng tuần" is the office's weekly rhythm
(:class:`vanban.models.StandingMeeting`: the Markdown's "Lịch họp định kỳ", the phiếu's lines below its table, a
weekly event of the calendar), and the obligations read the same clause as an undated task of the Chủ tịch: the
session-33 newcomer found the weekly reception twice, a task and a meeting. A clerk lists it once, as the meeting.
The row goes when it has no time of its own and its task is the meeting's clause — its weekly time written in the
task's words, the meeting read within the row's place. When the rhythm opens the sentence before its body ("Hằng tuần,
vào chiều thứ Sáu, Ban Chỉ đạo xã họp giao ban để nắm tình hình …"), the obligations cut the task after the body and
the weekly time is not in its words: the row is the meeting's when its task opens with the meeting's own words ("họp
giao ban …") and the meeting is read where the row starts. A row with a deadline, or whose task only shares a sentence
with a meeting, stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from vanban.text import fold

__all__ = ["without_meeting_rows"]


def _is_the_meeting(item, g) -> bool:
    """Row ``item`` is standing meeting ``g`` read again as a task (see the module's docstring)."""
    if item.deadline or item.start is None or item.end is None or g.span is None or not g.text:
        return False
    if not (item.start <= g.span.start < item.end or g.span.start <= item.start < g.span.end):
        return False
    what = fold(" ".join((item.what or "").split())).lower()
    if fold(" ".join(g.text.split())).lower() in what:
        return True
    return _rhythm_first(item, g, what)


def _rhythm_first(item, g, what: str) -> bool:
    """The meeting's rhythm opens the row's sentence, its task the meeting's own words (see the module's docstring)."""
    name = fold(" ".join((g.what or "").split())).lower()
    return bool(name) and g.span.start <= item.start < g.span.end and (what == name or what.startswith(name + " "))


def without_meeting_rows(items: Sequence, meetings: Sequence) -> list:
    """``items`` (checklist rows) without the rows that are one of ``meetings`` read again as an undated task."""
    if not meetings:
        return list(items)
    return [it for it in items if not any(_is_the_meeting(it, g) for g in meetings)]

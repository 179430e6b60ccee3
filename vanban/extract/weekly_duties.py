"""Weekly duties, taken out of the deadlines into their own list (``Extraction.weekly``).

Why: a duty due every week ("báo cáo UBND phường … trước 15 giờ thứ Năm hằng tuần", "báo cáo tiến độ … vào thứ Sáu
hằng tuần", "Hằng tuần, vào thứ Sáu, tổng hợp …") has no recurrence the labels' README allows (yearly, monthly,
quarterly, 6-monthly), and most labelled documents list no weekly duty among their deadlines. Session 50's count over
authored15–48, tune17–48 and the tune49 twin (each document once, a weekday named with "hằng tuần"): left out in 34
documents (a17-04, a20-04, a26-03, a30-09, a31-06, a33-03, a33-05, a34-04, a35-10, a38-02, a39-02, a40-10, a42-02,
a43-01, a44-03, t21-10, t25-06, t27-02, t28-03, t30-09, t31-06, t33-03, t33-08, t34-09, t35-10, t36-02, t37-03,
t37-07, t39-01, t39-02, t40-10, t41-03, t44-08, t49-09: "weekly, not an allowed recurrence", the notes of t21-10,
t34-09, a38-02 and t49-09), dated at its first occurrence with no recurrence in 11 (a19-06, a25-08, a34-05, a34-09,
a36-02, a44-07, t23-05, t24-04, t25-02, t29-10, t34-05), the last of them in authored44. The README, then the
majority: no deadline. Weekly standing meetings left the deadlines before
(:mod:`.standing_meetings`) and so did households' weekly chores (:mod:`.household_rhythms`); this module moves the
rest — the weekly reports and tasks — the same way.

What users need stays: the duty is a :class:`~vanban.models.Deadline` with its weekly RRULE and first occurrence,
listed in ``Extraction.weekly``; the checklist lists it as a task row of its body (:func:`vanban.extract.checklist.
build_checklist`), so the Word/CSV phiếu, the Markdown checklist and the ``.ics`` feed (a weekly event) keep it, and
the archive stores it among the document's deadlines (the served site's pages and upcoming list). Only the deadlines
list — the labels' kind, which the obligations' due day is read from — leaves it out: an obligation is due on its
first dated deadline, never on a weekly report's first Thursday.

A weekly time inside a table is left where it is at first (``apart``): a standing calendar's rows are read later
(:mod:`.holder_rows`: a holder's weekly session is a meeting); what remains is moved at the end of the extraction.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from vanban.models import Deadline, Obligation

__all__ = ["is_weekly", "weekly_duties", "with_bodies"]


def is_weekly(d: Deadline) -> bool:
    """``d`` recurs every week (its RRULE's ``FREQ=WEEKLY``, with or without an end)."""
    return (d.recurrence or "").upper().startswith("FREQ=WEEKLY")


def weekly_duties(deadlines: Sequence[Deadline], apart: Sequence[tuple[int, int]] = ()
                  ) -> tuple[list[Deadline], list[Deadline]]:
    """(``deadlines`` without the weekly ones, the weekly ones), in their order. A weekly deadline written inside one of
    ``apart`` (extents ``(start, end)``, a document's tables) stays among the deadlines."""
    kept: list[Deadline] = []
    weekly: list[Deadline] = []
    for d in deadlines:
        inside = d.span is not None and any(a <= d.span.start < b for a, b in apart)
        (weekly if is_weekly(d) and not inside else kept).append(d)
    return kept, weekly


def with_bodies(weekly: Sequence[Deadline], obligations: Sequence[Obligation]) -> list[Deadline]:
    """``weekly`` with the body of the obligation whose words hold each duty ("1. Trạm Y tế phường" over "- Tổng hợp số
    liệu, báo cáo … trước 15 giờ thứ Năm hằng tuần"): the checklist groups the duty's row under that body, as it
    groups the body's deadlines. A duty with its own body, or inside no obligation, stays as read."""
    out = []
    for d in weekly:
        if d.span and not d.who:
            ob = next((o for o in obligations if o.who and o.span and o.span.start <= d.span.start < o.span.end), None)
            if ob is not None:
                d = dataclasses.replace(d, who=ob.who, what=d.what or ob.what)
        out.append(d)
    return out

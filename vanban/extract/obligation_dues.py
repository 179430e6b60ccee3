"""Which of the dates found near a task are its due date: the obligation reader (:mod:`vanban.extract.obligations`)
asks these when a sentence or cell holds more than one date.

Why: a task's sentence often names dates that bind nothing — one already past and told as done or asked before, a
reference to last year's report, a date printed without its year that has gone by — and a task with two due dates
keeps the earlier. Keeping those judgements here, apart from the reading of bodies and tasks, lets each be tested
on its own.
"""

from __future__ import annotations

import datetime as dt
import re

from vanban.extract import assignment_words as W
from vanban.models import Deadline
from vanban.text import fold


def ends_earlier(d: Deadline, than: Deadline) -> bool:
    """``d`` ends before ``than`` does, both dated, neither past nor repeating."""
    a, b = d.date or d.latest, than.date or than.latest
    return bool(a and b and a < b and not d.past and not than.past and not d.recurrence and not than.recurrence)


def recalled(d: Deadline) -> bool:
    """``d`` is past on the document's date and its sentence tells it as done or asked before ("đã yêu cầu …")."""
    if not d.past or d.span is None:
        return False
    sent = d.span.sentence
    at = sent.find(d.text)
    return bool(re.search(r"(?<!\w)đã(?!\w)", sent[:at] if at > 0 else sent))


def passed_reference(d: Deadline) -> bool:
    """A passed date that is no due date of the task it stands in: printed without its year ("báo cáo năm trước ngày
    15/11" in a Quy chế of 03/12/2026, t18-02: next year's, not this one's), or a reference date of what the task
    handles ("rà soát các văn bản … ban hành trước ngày 01/7/2025 …; hoàn thành trước ngày 30/6/2027", t18-09)."""
    if not re.search(r"(?:19|20)\d\d", d.text):
        return True
    sentence = d.span.sentence if d.span else ""
    at = sentence.find(d.text)
    return at > 0 and bool(W.REFERENCE_DATE_LEAD.search(fold(sentence[:at])))


def years_before(d: Deadline, ref: dt.date | None) -> bool:
    """``d`` ends a year or more before the document's date ``ref``: a reference, never a task's due date."""
    due = d.latest or d.date
    return bool(ref and due and due < (ref - dt.timedelta(days=365)).isoformat())

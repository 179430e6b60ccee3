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
from dataclasses import replace

from vanban.extract import assignment_words as W
from vanban.extract import recurrence as R
from vanban.models import Deadline, Obligation
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


#: an hour written with a weekly time ("trước 16 giờ 00 ngày thứ Sáu hằng tuần", "15h thứ Năm hằng tuần"): a time a
#: report is due by each week, which the labels date by its first occurrence
_CLOCK = re.compile(r"\d{1,2}\s*(?:giờ|gio|h\b|:\d{2})", re.IGNORECASE)


#: a rhythm kept up until the date after it (original text, the words of the clause before the date): "phát thông báo
#: trên loa truyền thanh 02 lần/tuần | đến hết ngày 15/10/…", "trực hằng ngày | đến ngày …", "cập nhật thường xuyên | cho
#: đến hết …" — the running period of a routine, which the labels README counts no deadline
_RHYTHM_BEFORE = re.compile(r"(?:\d+\s*(?:lần|buổi|lượt|kỳ)\s*/\s*(?:ngày|tuần|tháng)|hằng\s+(?:ngày|tuần|tháng)|hàng\s+(?:ngày|tuần)"
                            r"|thường\s+xuyên|liên\s+tục)[^;.:]{0,40}$", re.IGNORECASE)
_UNTIL = re.compile(r"^(?:cho\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?\d", re.IGNORECASE)


def routine_end(d: Deadline) -> bool:
    """``d`` ("đến hết ngày 15/10/…") closes the running period of a rhythm said right before it ("02 lần/tuần"): how
    long the routine lasts, no date its task is due by."""
    if not _UNTIL.match(d.text) or d.span is None:
        return False
    sent = d.span.sentence
    at = sent.find(d.text)
    return at > 0 and bool(_RHYTHM_BEFORE.search(sent[:at]))


def weekly_rhythm(d: Deadline) -> bool:
    """``d`` is a day of the week said without an hour ("vào thứ Sáu hằng tuần", "hằng tuần vào thứ Sáu", "ngày thứ
    Hai hằng tuần"): the rhythm a body reports on, not a time its task is due by."""
    return R.rule_kind(d.recurrence) == "weekly" and not d.time and not _CLOCK.search(d.text)


def without_weekly_dues(rows: list[Obligation]) -> list[Obligation]:
    """The obligations as stored (one row per task with its own date) whose date is a weekly rhythm
    (:func:`weekly_rhythm`: "Báo cáo tiến độ … vào thứ Sáu hằng tuần") in a block that dates another task of the body
    ("…; báo cáo nhanh kết quả trước ngày 30/4/2029"): that row keeps the rhythm in words (``due_text``), no date, so
    the block is dated by its task, not by the first Friday after the document (as :meth:`obligations._Reader.
    deadline_in` reads one sentence). A rhythm alone in its block stays dated: the labels date it or not by author
    (t23-05 dates "báo cáo tiến độ … vào thứ Sáu hằng tuần", t30-09 leaves the same words undated)."""
    dated = {ob.block for ob in rows if ob.deadline is not None and R.rule_kind(ob.deadline.recurrence) not in ("weekly", "daily")
             and ob.block is not None}
    return [replace(ob, deadline=None, due_text=ob.due_text or ob.deadline.text)
            if ob.deadline is not None and ob.block in dated and weekly_rhythm(ob.deadline) else ob for ob in rows]

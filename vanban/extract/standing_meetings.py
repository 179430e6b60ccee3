"""Weekly standing meetings, taken out of the deadlines into their own fact (:class:`vanban.models.StandingMeeting`).

Why: "Thường trực Đảng ủy giao ban vào sáng thứ Hai hằng tuần", "Họp giao ban Lãnh đạo Sở: tổ chức vào 8 giờ sáng
thứ Hai hằng tuần" fix the office's rhythm; nothing falls due. No labelled document lists such a meeting among its
deadlines (the labels' README allows no weekly recurrence; three authors said why), yet the checklist and the
calendar feed need it every week. The dates stage reads its weekly time (``dates._weekly``); this module moves each
weekly time whose clause names a meeting (:data:`meeting_words.MEETING_WORD_RE`) and reports or sends nothing (a
weekly report stays a deadline: ``patterns.RECURRING_DUE_BEFORE_RE``) into a ``StandingMeeting`` with its weekday,
time of day, who and what. The rhythm may come first ("Hằng tuần, vào chiều thứ Sáu, Ban Chỉ đạo xã họp giao ban"):
the body and the meeting words then follow the time (:data:`meeting_words.MEETING_AFTER_RE`). The facts only: the
checklist words them (:func:`vanban.export.checklist_text.meeting_line`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vanban.extract import meeting_words as W
from vanban.extract import patterns as P
from vanban.extract.folded import Folded
from vanban.models import Deadline, Obligation, StandingMeeting

__all__ = ["standing_meetings", "weekday_code", "without_meeting_tasks"]

_CLAUSE_REACH = 200  # characters back to the clause's start at most
_PART_REACH = 16  # characters back from the weekday to its part of day ("buổi chiều, thứ Năm")
#: the "định kỳ" alone before the weekly time (folded), one of :data:`patterns.RECURRING_DUE_BEFORE_RE`'s forms
_PERIODIC = re.compile(r"dinh ky(?![a-z])")
_CLAUSE_END_RE = re.compile(r"[;.!?](?=\s)|\n[ \t]*\n|\|")


def standing_meetings(deadlines: Sequence[Deadline], f: Folded) -> tuple[list[Deadline], list[StandingMeeting]]:
    """(the deadlines without the weekly standing meetings, the meetings) of one document's text ``f``."""
    kept: list[Deadline] = []
    meetings: list[StandingMeeting] = []
    for d in deadlines:
        m = _meeting(d, f) if d.span and (d.recurrence or "").startswith("FREQ=WEEKLY") else None
        if m is None:
            kept.append(d)
        elif all(x.span.start != m.span.start for x in meetings):
            meetings.append(m)
    return kept, meetings


def without_meeting_tasks(obligations: Sequence[Obligation], meetings: Sequence[StandingMeeting]) -> list[Obligation]:
    """``obligations`` without the task that only restates a standing meeting with its weekly rhythm as its time: "Ban
    Chỉ đạo xã: hằng tuần, vào chiều thứ Sáu, họp giao ban …" read as a task whose time is "hằng tuần" (a checklist row
    "Hạn: hằng tuần" beside the meeting's own line). A task with a deadline of its own, or whose time is another, stays."""
    out = []
    for ob in obligations:
        weekly = ob.deadline is None and ob.due_text and W.WEEKLY_WORDS_RE.fullmatch(ob.due_text.strip(" ,.;:"))
        if weekly and ob.span and any(ob.span.start <= g.span.start < ob.span.end for g in meetings if g.span):
            continue
        out.append(ob)
    return out


def clause_start(text: str, at: int, clause_end: re.Pattern = _CLAUSE_END_RE) -> int:
    """Where the clause holding offset ``at`` starts: after the last ";", full stop, blank line or table cell edge
    (``clause_end``: another caller's clause ends, e.g. :mod:`.household_rhythms` adds ":"), at most
    ``_CLAUSE_REACH`` characters back. A numbering full stop ("1. Họp giao ban …") is a clause end too: what follows
    it is the clause."""
    lo = max(0, at - _CLAUSE_REACH)
    ends = [m.end() for m in clause_end.finditer(text, lo, at)]
    return ends[-1] if ends else lo


def weekday_code(rule: str) -> str | None:
    """The weekday of a weekly RRULE ("FREQ=WEEKLY;BYDAY=MO" → "MO", the first of several), None when it names none
    a meeting could be held on: no rhythm day, no meeting (the deadline stays as read, never a made-up Sunday).
    A calendar's weekly row reads its weekday here too (:func:`.holder_rows.holder_duties`)."""
    parts = dict(p.split("=", 1) for p in rule.upper().split(";") if "=" in p)
    code = parts.get("BYDAY", "").split(",")[0]
    return code if code in W.WEEKDAY_NAMES else None


def _meeting(d: Deadline, f: Folded) -> StandingMeeting | None:
    code = weekday_code(d.recurrence)
    if code is None:
        return None
    text, start = f.original, d.span.start
    lo = _past_label(text, clause_start(text, start), start)
    due = P.RECURRING_DUE_BEFORE_RE.search(f.view, lo, start)
    if due and not (_PERIODIC.match(due.group(0)) and W.MEETING_WORD_RE.search(text, lo, due.start())):
        return None  # "… báo cáo … trước 16 giờ thứ Sáu hằng tuần": a report due, a deadline
    # ("định kỳ" after the meeting's own words is the meeting's rhythm: "Chủ tịch UBND phường tiếp công dân định kỳ vào
    # ngày thứ Năm hằng tuần", no report's "định kỳ thứ Sáu hằng tuần báo cáo …")
    words = list(W.MEETING_WORD_RE.finditer(text, lo, start))
    after = W.MEETING_AFTER_RE.match(text, d.span.end) if not words else None
    if after is not None:  # "Hằng tuần, vào chiều thứ Sáu, Ban Chỉ đạo xã họp giao ban …": the rhythm first
        who = " ".join(after.group("who").split()) if after.group("who") else _who(text[lo:start])
        what = " ".join(after.group("what").split())
    elif not words:
        return None  # "tuần tra vào 17 giờ 00 thứ Năm hằng tuần": an activity's time, no meeting
    else:
        first_word = words[0]
        who = _who(text[lo:first_word.start()])
        what = W.WHAT_TAIL_RE.sub("", " ".join(text[first_word.start():start].split())) or None
    if who is None:  # "…; thành phần gồm Giám đốc, …" after the time, or nobody named
        members = W.MEMBERS_AFTER_RE.match(text, d.span.end)
        # "… vào sáng thứ Hai hằng tuần để kiểm điểm tiến độ": no members' list after it, the body before the time
        who = ((" ".join(members.group("who").split()) if members.group("who") else (_who(text[lo:start]) or "").strip(" ,") or None)
               if members else None)
    clock = W.CLOCK_RE.search(d.text)
    part = W.PART_OF_DAY_RE.search(d.text)
    said = d.text
    before = None if part or clock else W.PART_OF_DAY_BEFORE_RE.search(text, max(lo, start - _PART_REACH), start)
    if before is not None:  # "| Sáng thứ Ba hằng tuần |": the cell's part of day, before the words the dates stage read
        part, said = before, f"{before.group(1).lower()} {d.text}"
    if after is not None and part is not None and not clock:  # "Hằng tuần, vào chiều thứ Sáu" → "chiều thứ Sáu hằng tuần"
        said = f"{part.group(1).lower()} {W.WEEKDAY_NAMES[code]} hằng tuần"
    return StandingMeeting(
        text=said,
        weekday=W.WEEKDAY_NAMES[code],
        recurrence=d.recurrence,
        first=d.date,
        time=d.time or (f"{int(clock.group(1)):02d}:{clock.group(2) or '00'}" if clock and int(clock.group(1)) < 24
                        else None),
        part_of_day=part.group(1).lower() if part else None,
        what=what[:1].upper() + what[1:] if what else None,
        who=who or d.who,
        span=d.span,
    )


#: an item's label before its colon ("1. Lịch tiếp công dân: Chủ tịch UBND xã tiếp công dân …", "3. Giao ban: UBND
#: xã họp giao ban …"): a few words, no clause end, then ": " — the capital after it is checked in code
_LABEL_RE = re.compile(r"[ \t]*[^\n:;.|]{1,60}?:[ \t]+(?=\w)")


def _past_label(text: str, lo: int, start: int) -> int:
    """Where the meeting's clause starts once an item's label before a colon is passed, when the clause after it holds
    the meeting ("Lịch tiếp công dân: Chủ tịch UBND xã tiếp công dân định kỳ vào sáng thứ Năm hằng tuần": the body is
    the Chủ tịch, not "Lịch", session 33's newcomer); ``lo`` when there is no label, or the meeting's words are only
    in it ("Giao ban Thường trực: sáng thứ Hai hằng tuần")."""
    label = _LABEL_RE.match(text, lo, start)
    if label and text[label.end()].isupper() and W.MEETING_WORD_RE.search(text, label.end(), start):
        return label.end()
    return lo


def _who(before: str) -> str | None:
    """The clause's subject before the meeting word: "Thường trực Đảng ủy", "Chủ tịch, các Phó Chủ tịch"; None when
    the clause opens with the meeting itself ("Họp giao ban Lãnh đạo Sở: …") or a lower-case verb."""
    words = " ".join(W.CLAUSE_OPENING_RE.sub("", before).split())
    words = re.sub(r"(?:^|\s+)(?:tổ\s+chức|sẽ|được|duy\s+trì)$", "", words, flags=re.IGNORECASE).strip(" ,:")
    return words if words[:1].isupper() else None

"""The day a plan fixes for its event, for the lead times that count back from it without repeating it.

Why: an election plan prints the election's day once ("Ngày bầu cử: Chủ nhật, ngày 16/3/2031") and then lists its
steps by their lead ("Thành lập Ủy ban bầu cử xã: chậm nhất 50 ngày trước ngày bầu cử."). A reader dates each step
from the printed day (16/3/2031 less 50 days = 25/01/2031); without it the step had no date, so no row in the
checklist (the session-34 newcomer's plan). A lead whose own clause prints a day is :mod:`.event_leads`' (the day
beside it wins); a plan that gives its event two different days, or none, leaves the lead undated (the labels
README: "a deadline tied to an event whose date the text does not give is not dated").

The day found is handed to the deadline reader as a date hit of no width at the end of the event's words, so the
lead is read by the same path as "… trước ngày bầu cử (ngày 16/3/2031)" and counted back by :func:`.event_leads.lead_day`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vanban.extract import patterns as P
from vanban.extract.dates import DateHit

__all__ = ["event_day_hits"]

#: the words an event is looked up by: its first two ("bau cu" of "bau cu dai bieu …"), enough to name it in a plan
_KEY_WORDS = 2
#: a session's names and its opening, each dating the others: "… trước ngày khai mạc kỳ họp" counts back from the day
#: "Kỳ họp dự kiến tổ chức … ngày 18/12/2031" gives, "… trước kỳ họp" from "(khai mạc lúc 7 giờ 30 phút ngày …)" — when
#: the plan gives its session one day only (the session-37 newcomer's kỳ họp plan)
_MEETING_KEYS = ("ky hop", "khai mac", "phien hop")


def event_day_hits(view: str, start: int, end: int, hits: Sequence[DateHit], days: Sequence[DateHit]) -> list[DateHit]:
    """Date hits of no width after each lead time in ``view[start:end]`` ("chậm nhất 50 ngày trước ngày bầu cử")
    whose clause prints no day of its own (``hits``, the dates read there), dated by the one day the document
    (``days``: its dated hits) fixes for that event; none where it fixes none or more than one."""
    out: list[DateHit] = []
    found: dict[str, str | None] = {}
    for lead in P.LEAD_DAYS_BEFORE_EVENT_RE.finditer(view, start, end):
        ev = P.EVENT_AFTER_LEAD_RE.match(view, lead.end() - 1, end)
        if ev is None or ev.end("event") - lead.end() > 36:
            continue  # no event's words, or more than LEAD_BEFORE_EVENT_RE reads back over
        at = ev.end("event")
        key = " ".join(ev.group("event").split()[:_KEY_WORDS])
        if any(at <= h.start < at + 40 and _same_clause(view[at:h.start]) and not _names_event(view[at:h.start], key)
               for h in hits):
            continue  # "… trước ngày bầu cử (ngày 08/02/2027)": the clause dates itself (event_leads)
        if key not in found:
            found[key] = _event_day(view, _MEETING_KEYS if key in _MEETING_KEYS else (key,), days)
        if found[key] is not None:
            day = found[key]
            out.append(DateHit(at, at, "exact", day, day, day, True))
    return out


def _same_clause(between: str) -> bool:
    """Whether a day after a lead's event is in its clause: no stop or line break between, or a bracket that opens
    right after the event, whatever line the scan broke it onto ("… trước ngày bầu cử ⏎ (trước ngày 14/9/2028)")."""
    return not re.search(r"[.;\n]", between) or (between.lstrip().startswith("(") and not re.search(r"[.;]", between))


def _names_event(between: str, key: str) -> bool:
    """Whether the words between a lead's event and a day after it name the event again with that day ("… trước ngày
    khai mạc kỳ họp | (kỳ họp dự kiến khai mạc ngày | 10/12/2027)"): the day is the event's, stated in a clause of its
    own, which :func:`_event_day` reads; a bare bracket ("(ngày 08/02/2027)", "(trước ngày 14/9/2028)") dates the lead
    itself (:mod:`.event_leads`)."""
    return any(P.EVENT_DAY_VERB_TAIL_RE.match(between, m.end())
               for m in re.finditer(rf"(?<![a-z]){P.kw(key)}(?![a-z])", between))


def _event_day(view: str, keys: Sequence[str], days: Sequence[DateHit]) -> str | None:
    """The one ISO day ``view`` fixes for the event named by one of ``keys`` ("bau cu"): an exact day with its year after
    "ngày <event> …:" / "… là / vào Chủ nhật, ngày" (:data:`~vanban.extract.patterns.EVENT_DAY_TAIL_RE`), or right after
    the event's words as a verb ("kỳ họp dự kiến khai mạc ngày …", :data:`~vanban.extract.patterns.EVENT_DAY_VERB_TAIL_RE`)."""
    key = "|".join(P.kw(k) for k in keys)
    named = re.compile(rf"(?<![a-z])(?:{P.NGAY}|{P.kw('cuoc')})\s+(?:{key})(?![a-z])")
    verb = re.compile(rf"(?<![a-z])(?<!{P.NGAY} )(?:{key})(?![a-z])")
    seen: set[str] = set()
    for h in days:
        if h.kind != "exact" or not h.year_given or not h.date:
            continue
        line_start = view.rfind("\n", 0, h.start) + 1
        for m in named.finditer(view, max(line_start, h.start - 160), h.start):
            if P.EVENT_DAY_TAIL_RE.match(view[m.end():h.start]):
                seen.add(h.date)
                break
        else:
            # "(kỳ họp dự kiến khai mạc ngày 10/12/2027)": the event's words as a verb right before its day
            for m in verb.finditer(view, max(line_start, h.start - 60), h.start):
                if P.EVENT_DAY_VERB_TAIL_RE.match(view[m.end():h.start]):
                    seen.add(h.date)
                    break
    return seen.pop() if len(seen) == 1 else None

"""Deadlines: which date expressions in the body are due dates, and of what.

A date is a deadline when a cue precedes it ("trước", "chậm nhất", "hoàn
thành", "dự kiến", "thời gian", "đến"…) or when it is by nature a time frame
("đầu/cuối tháng 10/2025", "quý I/2026", "6 tháng đầu năm"). Dates inside
citations and the document's own date are masked first. "hằng năm" /
"hằng tháng" / "hằng quý" in the same sentence turn a date without a year into
a recurrence (RRULE). "Từ … đến …" pairs become one interval.
"""

from __future__ import annotations

import datetime as dt
import re

from vanban.extract import patterns as P
from vanban.extract.dates import DateHit, find_dates, iso
from vanban.extract.folded import Folded, clean_quote
from vanban.extract.sections import sentence_bounds
from vanban.models import Deadline, Span

__all__ = ["find_deadlines", "split_subject", "first_verb"]

_STRONG_CUE = re.compile(
    rf"(?:{P.TRUOC}|ch[a4d]m\s+nh[a4d]t|(?<![a-z])h[a4d]n(?![a-z])|h[o06][a4]n\s+th[a4d]nh|xong|k[e¢]t\s+th[uw]c|(?<![a-z])d[e¢]n)"
    r"[^.;\n]{0,14}$"
)
_FROM_CUE = re.compile(r"(?<![a-z])t[uwi]r?\s+(?:ng[a4]y\s+)?$")
_TO_CUE = re.compile(r"(?<![a-z])d[e¢6]n\s+(?:ng[a4]y\s+)?$")
_LEAD_CUE = re.compile(r"(?:d[uw]\s+ki[e¢]n|th[o06]i\s+gi[a4]n(?:\s+th[a-z]{1,2}c\s+hi[e¢]n)?|v[a4]o|t[uwi]r?|trong)\s*:?")
_TIME_FRAME = {"month_part", "quarter", "half"}


def _cue(view: str, lo: int, start: int, strong_only: bool) -> re.Match[str] | None:
    prefix = view[max(lo, start - 60):start]
    rx = _STRONG_CUE if strong_only else P.DEADLINE_CUE_RE
    m = rx.search(prefix)
    if m is None:
        return None
    return m


def _recurrence(f: Folded, h: DateHit, s0: int, s1: int, ref: dt.date | None) -> tuple[str | None, str | None]:
    """(RRULE, first occurrence) when the sentence says the date repeats."""
    sent = f.view[s0:s1]
    if h.kind == "day_month" and P.RECUR_YEARLY_RE.search(sent):
        return f"FREQ=YEARLY;BYMONTH={h.month};BYMONTHDAY={h.day}", h.date
    if h.kind in ("month_part", "month") and not h.year_given and P.RECUR_YEARLY_RE.search(sent):
        return f"FREQ=YEARLY;BYMONTH={h.month}", None
    if h.kind == "day" and h.day:
        first = None
        if P.RECUR_QUARTERLY_RE.search(sent):
            rule = f"FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY={h.day}"
            months = (3, 6, 9, 12)
        elif P.RECUR_MONTHLY_RE.search(sent):
            rule = f"FREQ=MONTHLY;BYMONTHDAY={h.day}"
            months = tuple(range(1, 13))
        else:
            return None, None
        if ref:
            for k in range(0, 25):
                y, mo = ref.year + (ref.month - 1 + k) // 12, (ref.month - 1 + k) % 12 + 1
                cand = iso(y, mo, h.day)
                if mo in months and cand and cand >= ref.isoformat():
                    first = cand
                    break
        return rule, first
    return None, None


def first_verb(view: str) -> re.Match[str] | None:
    """The first action verb of a folded clause that is not part of a name
    ("Ban Xây dựng Đảng", "các tổ chức chính trị - xã hội")."""
    for m in P.ACTION_VERB_RE.finditer(view):
        before = view[: m.start()].split()
        after = view[m.end():].split()
        if before and before[-1].strip(",;") in P.VERB_NAME_PREFIX:
            continue
        if after and after[0].strip(",;") in P.VERB_NAME_SUFFIX and m.group("v")[:1] in "xb":
            continue
        return m
    return None


def split_subject(text: str) -> tuple[str | None, str]:
    """("Đảng ủy", "tổ chức Hội nghị …") from "Đảng ủy tổ chức Hội nghị …".

    The subject is the words before the first action verb (see
    :func:`first_verb`); None when the clause starts with its verb, has
    none, or the words before it are too many to be a name.
    """
    f = Folded.of(text)
    m = first_verb(f.view)
    if m is None:
        return None, text.strip()
    before = f.view[: m.start()].split()
    if not before or len(before) > 25:
        return None, text.strip()
    return clean_quote(text[: m.start()]), text[m.start():].strip()


def _what(f: Folded, h: DateHit, cue_start: int, s0: int, s1: int, prev_end: int) -> tuple[str | None, str | None]:
    """What is due (and by whom, when the clause names a subject)."""
    o, v = f.original, f.view
    lo = max(s0, prev_end)
    seg = v[lo:cue_start]
    cut = max(seg.rfind("("), seg.rfind(";"), seg.rfind(":"))
    if cut >= 0:
        lo = lo + cut + 1
    comma = v.rfind(",", lo, cue_start)
    if comma >= 0:
        tail = o[comma + 1:cue_start].strip()
        if P.ACTION_VERB_RE.match(Folded.of(tail).view):
            lo = comma + 1
    before = clean_quote(o[lo:cue_start])
    if not before or _LEAD_CUE.fullmatch(Folded.of(before).view):  # "Dự kiến đầu tháng 10/2025: Đảng ủy tổ chức …"
        m = re.search(r"[;.(]|\n\s*[-+]", o[h.end:s1])
        after = clean_quote(o[h.end:h.end + (m.start() if m else s1 - h.end)])
        after = after.lstrip(":, ").strip()
        if len(after.split()) >= 2:
            who, what = split_subject(after)
            return what, who
        return (before or None), None
    before = re.sub(r"^(?:để|đề|de)\s+", "", before)
    return before, None


def find_deadlines(
    f: Folded, start: int, end: int, ref: dt.date | None, masks: list[tuple[int, int]]
) -> list[Deadline]:
    """Deadlines in ``[start, end)`` of the document, in text order."""
    hits = [h for h in find_dates(f.view, ref) if start <= h.start and h.end <= end]
    hits = [h for h in hits if not any(s <= h.start < e or s < h.end <= e for s, e in masks)]
    out: list[Deadline] = []
    prev_end_in_sentence: dict[int, int] = {}
    pending_from: tuple[DateHit, int] | None = None
    for h in hits:
        s0, s1 = sentence_bounds(f, h.start, start, end)
        rrule, first = _recurrence(f, h, s0, s1, ref)
        if h.kind == "day" and not rrule:
            continue
        if h.kind in _TIME_FRAME or rrule:
            cue = _cue(f.view, s0, h.start, strong_only=False)
        elif h.kind == "year":
            cue = _cue(f.view, s0, h.start, strong_only=True)
            if cue is None:
                continue
        else:
            cue = _cue(f.view, s0, h.start, strong_only=False)
            if cue is None:
                continue
        prefix = f.view[max(s0, h.start - 20):h.start]
        if _FROM_CUE.search(prefix):
            pending_from = (h, cue.start() + max(s0, h.start - 60) if cue else h.start)
            continue
        cue_start = (max(s0, h.start - 60) + cue.start()) if cue else h.start
        earliest, latest, date = h.earliest, h.latest, h.date
        text_start = cue_start if cue and re.match(rf"{P.TRUOC}|ch|d[e¢]n|h", f.view[cue_start:h.start]) else h.start
        if pending_from and _TO_CUE.search(prefix) and h.start - pending_from[0].end < 40:
            fh, fstart = pending_from
            earliest, date = fh.earliest, None
            fm = _FROM_CUE.search(f.view[max(s0, fh.start - 20):fh.start])
            text_start = max(s0, fh.start - 20) + fm.start() if fm else fh.start
            cue_start = text_start
        pending_from = None
        if rrule:
            date = first or date
            earliest = latest = date
        text_end = h.end
        tail = re.match(rf"\s+(?:{P.HANG}|m[o06db][io1])\s+(?:{P.NAM}|{P.THANG}|{P.QUY})(?![a-z])", f.view[h.end:h.end + 20])
        if tail and rrule:
            text_end = h.end + tail.end()
        what, who = _what(f, h, cue_start, s0, s1, prev_end_in_sentence.get(s0, s0))
        prev_end_in_sentence[s0] = text_end
        out.append(Deadline(
            text=clean_quote(f.original[text_start:text_end]), date=date, earliest=earliest, latest=latest,
            recurrence=rrule, what=what, who=who,
            span=Span(text_start, text_end, clean_quote(f.original[s0:s1])),
        ))
    return out

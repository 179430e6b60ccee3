"""Deadlines given by reference to other bodies': "cùng thời hạn với các chi bộ trực thuộc".

The kind: a body told to do what others do "by the same deadline as" them ("Đảng ủy Quân sự xã và Chi bộ Công an xã
… gửi báo cáo về Đảng ủy cùng thời hạn với các chi bộ trực thuộc", t22-01): the text prints no date, the deadline is
the one the document gave the named bodies for the same task ("1. Đối với các chi bộ trực thuộc … gửi báo cáo về Đảng
ủy (qua Ban Tổ chức Đảng ủy) trước ngày 25/12/2026"). The labels resolve it by that reference (author26B's notes on
t22-01: 25/12/2026); the checklist then shows the body's own row with its date.

The referred deadline is an earlier one whose body (its ``who``, or the words before it: its sentence and the part's
heading "Đối với các chi bộ trực thuộc") names the bodies referred to, and whose task shares most words with the
referring clause's task ("gửi báo cáo về Đảng ủy"); none when no earlier deadline names them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from vanban.extract import patterns as P
from vanban.extract.folded import Folded, clean_quote, sentence_quote
from vanban.extract.sections import sentence_bounds
from vanban.models import Deadline, Span

__all__ = ["with_shared_dues"]

#: how far before a deadline its body may be named: its sentence and the part's heading above it (characters)
_NAMED_BEFORE = 600
_WORD = re.compile(r"[a-z0-9]+")
_LEAD = re.compile(r"^(?:cac|nhung|moi)\s+")
#: nothing but an item's label before a date that opens its sentence ("3. ", "**3.** ", "- ")
_LEAD_DATE = re.compile(r"[\s*_\-+•]*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\))?[\s*_]*")


def _words(s: str) -> set[str]:
    return set(_WORD.findall(s))


def with_shared_dues(deadlines: list[Deadline], f: Folded, start: int, end: int, ref: dt.date | None) -> list[Deadline]:
    """``deadlines`` and, for each "cùng thời hạn với X" in ``[start, end)`` no deadline covers, a deadline with the
    date of the earlier deadline of X's task (the module's docstring); in text order."""
    v, o = f.view, f.original
    added: list[Deadline] = []
    dated = [d for d in deadlines if d.span and (d.date or d.latest)]
    for m in P.SAME_DUE_RE.finditer(v, start, end):
        if any(d.span.start <= m.start() < d.span.end for d in dated):
            continue
        who = _LEAD.sub("", re.sub(r"\s+", " ", m.group("who")).strip())
        s0, s1 = sentence_bounds(f, m.start(), start, end)
        clause_start = max(s0, v.rfind(";", s0, m.start()) + 1, v.rfind(":", s0, m.start()) + 1)
        task = _words(v[clause_start:m.start()])
        best, best_score = None, 1  # at least two words of the task shared
        for d in dated:
            if d.span.start >= m.start():
                break
            named = who in (Folded.of(d.who).view if d.who else "") \
                or who in re.sub(r"\s+", " ", v[max(start, d.span.start - _NAMED_BEFORE):d.span.start])
            if not named:
                continue
            ds0, ds1 = sentence_bounds(f, d.span.start, start, end)
            # the task is read before the date ("gửi báo cáo … trước ngày 25/12/2026"), or after it when the date
            # opens its sentence, a timetable's step ("3. Chậm nhất ngày 05/10/2028: các chi bộ gửi báo cáo … về Đảng
            # ủy (qua Ban Xây dựng Đảng)", a32-02)
            lead = _LEAD_DATE.fullmatch(v, ds0, d.span.start) is not None
            score = len(task & _words(v[ds0:ds1 if lead else d.span.end]))
            if score > best_score or (score == best_score and best is not None):
                best, best_score = d, score
        if best is None:
            continue
        due = best.date or best.latest
        added.append(dataclasses.replace(
            best, text=clean_quote(o[m.start():m.end()]), what=clean_quote(o[clause_start:m.start()]) or None, who=None,
            span=Span(m.start(), m.end(), sentence_quote(o, s0, s1, m.start(), m.end())),
            past=bool(ref and due and not best.recurrence and due < ref.isoformat())))
    out = list(deadlines)
    for a in added:  # after the last deadline before it, the others' order kept
        k = max((i + 1 for i, d in enumerate(out) if d.span and d.span.start < a.span.start), default=0)
        out.insert(k, a)
    return out

"""A rule quoted, then applied in the writer's own words: one target.

Why (real41): a reply letter quotes the rules it rests on ("Căn cứ … Nghị định số …, quy định: “… ít nhất 10% vốn góp
…”") and then applies them to the case ("… vay với số tiền ít nhất 10% vốn góp … thì được xác định có quan hệ liên kết",
"… với mức thuế suất là 5%"): the bound is the quoted rule's, printed twice and labelled once (the labels count one
target per rule, and "assignments quoted from earlier documents" are no new ones). A later figure outside every
quotation with the same bound and unit as one inside an earlier quotation, said of the same thing (their scopes
share their words), is that rule again. Two figures inside quotations, or two outside, stay as they are (two rules,
or the writer's own two); so does a plan's own "100% …" after a quoted goal of "100%" of something else.
Review41: only a rule's text is applied so — a quotation a citation of a clause or a "quy định" leads (a plan quoting
a resolution's goal, "Nghị quyết … đề ra: “Đến năm 2030, 100% xã …”", then setting its own "đến năm 2027, 100% xã
…" has two goals); a figure of another period is the writer's own (the period is the same, or the later one names
none); and the scopes must say the same thing, not one a part of the other (token_sort_ratio: token_set_ratio gives
100 when one scope's words are a subset of the other's).
Tests: tests/test_real41_targets.py.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from vanban.models import Target
from vanban.text import fold

__all__ = ["quoted_spans", "without_applied_quotes"]

#: how alike two scopes must be (rapidfuzz token_sort_ratio of their folded words) to say the same thing
_SAME_SCOPE = 80
#: how far before its opening quote a rule's lead-in ("Căn cứ khoản 2 Điều 7 Thông tư …, quy định:") may start
_LEAD_SPAN = 300
_QUOTE_MIN = 20  # characters of a rule's text; a shorter quotation names a term ("“bên liên kết”")


def quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each outermost quotation between typographic quotes (“ … ”) of ``text`` at least
    :data:`_QUOTE_MIN` characters long: a rule's text, which may quote a term of its own inside ("(sau đây viết tắt
    là “bên liên kết”)"), so the quotes nest."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "“":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "”" and depth:
            depth -= 1
            if depth == 0 and i + 1 - start >= _QUOTE_MIN:
                out.append((start, i + 1))
    return tuple(out)


#: the words that make a quotation a rule's text: a clause cited ("khoản 2 Điều 7", "điểm a") or the verb "quy định"
_RULE_LEAD_RE = re.compile(r"\b(?:quy\s+định|[Đđ]iều\s+\d+|khoản\s+\d+|điểm\s+[a-zđ]\b)", re.IGNORECASE)


def _rule_quotes(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """The quotations of ``spans`` a rule's lead-in introduces within their paragraph (see the module)."""
    out = []
    for a, b in spans:
        before = text[:a].rstrip()  # the lead-in ends its own paragraph ("…, quy định:") or opens the quote's
        para = before.rfind("\n\n")
        lead = before[max(para + 1, len(before) - _LEAD_SPAN, 0):]
        if _RULE_LEAD_RE.search(lead):
            out.append((a, b))
    return tuple(out)


def _same_rule(q: Target, t: Target) -> bool:
    """``t`` (outside the quotations, after ``q``) repeats the quoted ``q``: bound, unit, period (or none said) and
    scope alike."""
    return ((q.min, q.max, fold(q.unit or "")) == (t.min, t.max, fold(t.unit or ""))
            and (not t.period or fold(t.period or "").lower() == fold(q.period or "").lower())
            and fuzz.token_sort_ratio(fold(q.scope).lower(), fold(t.scope).lower()) >= _SAME_SCOPE)


def _inside(pos: int, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(a <= pos < b for a, b in spans)


def without_applied_quotes(targets: list[Target], text: str) -> list[Target]:
    """``targets`` without a figure outside the quotations that repeats the bound and unit of one an earlier quotation
    of ``text`` holds (see the module)."""
    spans = quoted_spans(text)
    rules = _rule_quotes(text, spans)
    if not rules:
        return targets
    quoted = [t for t in targets if t.span and t.scope and _inside(t.span.start, rules)]
    if not quoted:
        return targets
    out = []
    for t in targets:
        if t.span and t.scope and not _inside(t.span.start, spans) and any(
                q.span.start < t.span.start and _same_rule(q, t) for q in quoted):
            continue
        out.append(t)
    return out

"""One task split by a semicolon between its lead body and its partners, joined again.

Party and ward letters write the assignment of a task as "Văn phòng Đảng ủy chủ trì; Ban Xây dựng Đảng, Công an
phường phối hợp bố trí lịch …": the lead (đơn vị chủ trì) in the first clause with nothing after "chủ trì", the
partners (đơn vị phối hợp) and the task in the second. Read clause by clause, that gives an empty "chủ trì" task
for the lead and a task whose body is the partners. This pass joins the two: one obligation of the lead, its
partners, the second clause's task (without "phối hợp") and deadline.
"""

from __future__ import annotations

import re
from dataclasses import replace

from vanban.extract.assignment_words import PARTNERS_OPENING
from vanban.models import Obligation, Span
from vanban.text import fold

_LEAD_ONLY_RE = re.compile(r"(?:la don vi |lam )?chu tri(?: thuc hien)?")


def join_lead_and_partners(obligations: list[Obligation], text: str) -> list[Obligation]:
    """``obligations`` (text order) with each "<lead> chủ trì" clause joined to the "<partners> phối hợp <task>"
    clause right after it (only ";" or "," between their spans in ``text``); the others unchanged."""
    out: list[Obligation] = []
    i = 0
    while i < len(obligations):
        a = obligations[i]
        b = obligations[i + 1] if i + 1 < len(obligations) else None
        if b is not None and _joinable(a, b, text):
            m = _partners_opening(b.what)
            at = m.group().find("phoi hop")  # the manner words before it ("khẩn trương phối hợp …") stay
            what = b.what[:at] + b.what[m.end():]
            partners = ", ".join(p for p in (b.who, b.partners) if p)
            span = Span(a.span.start, b.span.end, text[a.span.start:b.span.end])
            out.append(replace(b, who=a.who, what=what, partners=partners or None, span=span,
                               deadline=b.deadline or a.deadline, targets=a.targets + b.targets))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _joinable(a: Obligation, b: Obligation, text: str) -> bool:
    if not (a.span and b.span and a.who and b.who) or not 0 <= b.span.start - a.span.end <= 6:
        return False
    gap = text[a.span.end:b.span.start].strip()
    return (gap in ("", ";", ",") and _LEAD_ONLY_RE.fullmatch(fold(a.what).strip(" .;,:").lower()) is not None
            and _partners_opening(b.what) is not None)


def _partners_opening(what: str) -> re.Match[str] | None:
    """The partners' "phối hợp (với / cùng / chặt chẽ …)" opening ``what`` (``assignment_words.PARTNERS_OPENING``,
    the words :mod:`.partners` reads too), or None; a lead's own "chủ trì, phối hợp" is no partners' clause."""
    m = PARTNERS_OPENING.match(fold(what))
    return m if m and "chu tri" not in m.group() and "dau moi" not in m.group() else None

"""The body a plan charges after a case clause: "Trường hợp có khiếu nại, | Ban Chỉ đạo tổ chức phúc tra …",
"Trường hợp không chấp hành quyết định …, | UBND xã tổ chức cưỡng chế …".

Why: in a rule (Luật, Nghị định, Quy chế) a case clause before a plain verb says what the body may do in that case, and
only a duty marker ("có trách nhiệm", "phải") makes it a duty (``duty_words`` CONDITION, ``duty_subject``); a plan or a
letter has no such powers to state: the body it names after the case is the one it tells to act when the case arises
(a33-08's labels list "UBND xã" for "…, UBND xã tổ chức cưỡng chế …, hoàn thành trong quý IV/2029"). The obligation
reader (:mod:`vanban.extract.prose_sentences`) asks here only outside rule documents, only when no other reading found
a body, and only for a sentence the plan dates: an undated contingency ("Trường hợp không bầu được, Tổ bầu cử báo cáo
UBND xã …") is a rule of procedure the labels leave out.
"""

from __future__ import annotations

import re

from vanban.extract import duty_words as D
from vanban.extract import subjects as S
from vanban.extract.deadlines import first_verb
from vanban.extract.folded import Folded

__all__ = ["after_case"]

#: how far into the sentence the case clause may run before the body's comma
_CASE_REACH = 220


def after_case(sent: str) -> tuple[str | None, str]:
    """(body, task) after the comma that closes a leading case clause of ``sent``; (None, sent) when ``sent`` opens
    with no case clause or no named body acts after it (the first such comma wins: a comma inside the case, "sau khi đã
    vận động, thuyết phục", is followed by no body)."""
    text = sent.lstrip("-–+•* ")
    cond = D.CONDITION.match(Folded.of(text[:40]).view)
    if not cond:
        return None, sent
    for m in re.finditer(r",\s*", text[:_CASE_REACH]):
        if len(text[cond.end():m.start()].split()) <= 1:
            continue  # (tgt47t) "Trường hợp thôn, | tổ dân phố phải bầu lại, …" (t46-05): one word, then a comma, lists
            # the nouns the case is of; no clause has closed for a body to act after it
        rest = text[m.end():]
        rv = Folded.of(rest).view
        if not S.named_body(rv):
            continue
        who, what = S.actor(rest)
        if who and what and first_verb(Folded.of(S.guard(who)).view) is None:
            return who, what
    return None, sent

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

__all__ = ["after_case", "after_besides"]

#: how far into the sentence the case clause may run before the body's comma
_CASE_REACH = 220
#: (obl52) a leading "besides" clause (folded): "Ngoài hai đợt cao điểm, | Công an xã tiếp nhận thường xuyên …"
_BESIDES = re.compile(r"ngoai\s+(?!ra\b)")


def after_case(sent: str) -> tuple[str | None, str]:
    """(body, task) after the comma that closes a leading case clause of ``sent``; (None, sent) when ``sent`` opens
    with no case clause or no named body acts after it (the first such comma wins: a comma inside the case, "sau khi đã
    vận động, thuyết phục", is followed by no body)."""
    text = sent.lstrip("-–+•* ")
    cond = D.CONDITION.match(Folded.of(text[:40]).view)
    if not cond:
        return None, sent
    return _body_after(text, cond.end(), sent)


def after_besides(sent: str) -> tuple[str | None, str]:
    """(body, task) after a leading "Ngoài …," clause: what a body does besides what the plan set out above ("Ngoài
    hai đợt cao điểm, Công an xã tiếp nhận thường xuyên VK, VLN, CCHT …", t42-02; "Ngoài lịch cấp lưu động, Công an xã
    thu nhận hồ sơ tại trụ sở …", a50-05; "Ngoài các hộ có khiếu nại, Ban Chỉ đạo xã phúc tra ngẫu nhiên tối thiểu 10%
    …", a50-10; also a36-06, t46-01): the labels list each as the body's obligation, dated or not. (None, sent) when
    no such clause opens the sentence ("Ngoài ra, …" is a connective) or no named body acts after it. The caller
    leaves out the issuer speaking of itself ("Ngoài các cuộc giám sát chuyên đề nêu trên, Ban Thường vụ Đảng ủy tiến
    hành giám sát thường xuyên …" in the Ban Thường vụ's own plan, t28-06; a45-03's UBND phường giving gifts)."""
    text = sent.lstrip("-–+•* ")
    m = _BESIDES.match(Folded.of(text[:40]).view)
    if not m:
        return None, sent
    who, what = _body_after(text, m.end(), sent)
    comma = re.search(r",\s*", text[m.end():_CASE_REACH])
    if comma and (who is None or len(who.split()) > 10):
        # the verb no list holds ("Công an xã | thu nhận hồ sơ …", "Ban Chỉ đạo xã | phúc tra ngẫu nhiên …"): the name
        # a level word closes
        cut = S.level_cut(text[m.end() + comma.end():])
        if cut:
            return cut
    return who, what


def _body_after(text: str, opened: int, sent: str) -> tuple[str | None, str]:
    """(body, task) after the first comma past ``opened`` (the clause's opening words) that a named body with its
    verb follows; (None, sent) when none does."""
    for m in re.finditer(r",\s*", text[:_CASE_REACH]):
        if len(text[opened:m.start()].split()) <= 1:
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

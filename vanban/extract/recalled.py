"""Requests a reply letter recalls: their dates are no deadlines of the letter.

A Bộ's answer to voters ("V/v trả lời kiến nghị của cử tri …") quotes the request it answers: "… với nội dung kiến
nghị: “Cử tri kiến nghị … để địa phương có căn cứ tổ chức tiêm phòng đợt 2 năm 2025 (thời gian từ ngày 01/9/2025 đến
ngày 30/10/2025).”" (a newcomer's 9476/BNNMT-CNTY, session 22). The days inside are the voters' own (when their
campaign ran), not a time this letter sets anyone. Read on the folded text (:class:`.folded.Folded`'s view): the
quotation opened after a recalling cue, to its closing mark; and a sentence whose subject is the voters asking
("Cử tri tỉnh … kiến nghị …") where no quotation marks it."""

from __future__ import annotations

import re

#: the words that announce a recalled request of others before its quotation (folded): "với nội dung kiến nghị:",
#: "nội dung phản ánh:", "cử tri (tỉnh X) kiến nghị (như sau):", "kiến nghị của cử tri … như sau:" — not a bare "với nội
#: dung:" (a Thông báo quotes its leader's instruction so, a task of its own)
RECALL_CUE_RE = re.compile(r"(?:noi dung\s+(?:kien nghi|phan anh)(?:,\s*(?:kien nghi|phan anh))?"
                           r"|cu tri[^.:;\n]{0,60}?(?:kien nghi|phan anh|de nghi)(?:\s+nhu sau)?"
                           r"|(?:kien nghi|phan anh)\s+cua\s+cu tri[^.:;\n]{0,80}?(?:\s+nhu sau)?)\s*:?\s*$")
_OPEN = "“\"«"
_CLOSE = {"“": "”", "\"": "\"", "«": "»"}
_OPEN_RE = re.compile("[" + _OPEN + "]")
#: a sentence that opens with the voters asking (folded): "Câu số 18. Cử tri kiến nghị …", "Cử tri tỉnh Hà Tĩnh đề nghị …"
VOTERS_ASK_RE = re.compile(r"(?:cau (?:so )?\d+[.:]\s*)?cu tri(?:\s+[^\s.:;]+){0,6}?\s+(?:kien nghi|phan anh|de nghi)\b")
_REACH = 2000  # a quotation longer than this is no recalled request (an unclosed mark)
_SENTENCE_END = re.compile(r"\.(?=[\s*_”\"]|$)|\n[ \t]*\n")


def recalled_requests(view: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """The spans of ``view[lo:hi]`` that recall another's request: a quotation after :data:`RECALL_CUE_RE`, and each
    sentence of voters asking (:data:`VOTERS_ASK_RE`) — masks for the deadlines."""
    hi = len(view) if hi is None else hi
    out: list[tuple[int, int]] = []
    for q in _OPEN_RE.finditer(view, lo, hi):
        i, ch = q.start(), q.group()
        before = view[max(lo, i - 120):i].replace("\n", " ").rstrip(" *_")
        if not RECALL_CUE_RE.search(before):
            continue
        close = view.find(_CLOSE[ch], i + 1, min(hi, i + _REACH))
        if close > i:
            out.append((i, close + 1))
    for m in VOTERS_ASK_RE.finditer(view, lo, hi):
        if m.start() > lo and view[m.start() - 1].isalnum():
            continue
        if any(a <= m.start() < b for a, b in out):
            continue
        stop = _SENTENCE_END.search(view, m.end(), min(hi, m.end() + _REACH))
        out.append((m.start(), stop.end() if stop else min(hi, m.end() + _REACH)))
    return out

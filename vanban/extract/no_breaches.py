"""No one to breach: "… với các chỉ tiêu: …; không có CBCCVC-NLĐ vi phạm kỷ luật" — a cap of 0, a target.

Why (tgt38b): a plan's emulation targets and a Đảng ủy's resolution list, beside their percentages, that none of those
counted is to breach discipline or fail its tasks: "không có CBCCVC-NLĐ vi phạm kỷ luật" (t37-05: max 0 "người"),
"không có chi bộ không hoàn thành nhiệm vụ" (a25-10: max 0 "chi bộ"). No figure is printed, so the figure passes read
nothing. Not in an evaluation criteria list ("Tiêu chí thi đua: …", a24-06). Only where the sentence names its aims ("chỉ tiêu", "mục tiêu", "phấn đấu") or the part is headed as targets
(a results part's "không có cán bộ, thí sinh vi phạm quy chế" is reached, no goal); those counted are in
"người" when they are people (CBCCVC, NLĐ, :data:`target_words.PEOPLE_KINDS`), else counted in their own noun
("chi bộ", "hộ gia đình").
(tgt46p) Nor anyone sent back for a fault: a recruiting plan's Chỉ tiêu "Giao quân đạt 100% chỉ tiêu, không có công dân
bị trả về do sai sót trong khâu tuyển chọn" (a44-03: max 0 "công dân"); the same words in a results part ("năm 2026 …
không có trường hợp bị trả về", a23-05, t25-06) are reached, and unlabelled.
Tests: tests/test_targets_tgt38b.py, tests/test_targets_tgt46p.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vanban.extract import patterns as P
from vanban.extract import target_words as W
from vanban.extract.folded import Folded, kw
from vanban.extract.past_marks import past_marked
from vanban.models import Span, Target

__all__ = ["no_breach_caps"]

#: "không có <those counted, ≤ 4 words> vi phạm …" or "… không hoàn thành nhiệm vụ" (folded; the words counted
#: before the breach, no figure among them)
_NO_BREACH = re.compile(rf"(?<![a-z]){kw('khong co')}\s+(?P<who>[a-z\-]+(?:[ \t]+[a-z\-]+){{0,3}}?)\s+"
                        rf"(?P<what>{kw('vi pham')}|{kw('khong hoan thanh')}|{kw('bi ky luat')}|{kw('bi xu ly ky luat')}|{kw('bi tra ve')})(?![a-z])")
#: what follows the breach, up to the clause's end: "kỷ luật", "nhiệm vụ"
_TAIL = re.compile(r"[^.;:\n]{0,60}")
#: an evaluation criteria list's word (folded): the labels' README leaves such lists out ("Tiêu chí thi đua: Đối với …")
_CRITERIA = re.compile(rf"(?<![a-z]){kw('tieu chi')}(?![a-z])")
#: the sentence's start: after the last sentence end or a blank line (a ";" clause stays in its sentence, where
#: the aim word of a list of targets is)
_SENTENCE_CUT = re.compile(r"[.!?]\s|\n\s*\n")
#: those counted in people (folded, heading the noun): the kinds of :data:`target_words.PEOPLE_KINDS` and the
#: abbreviations and words for a body's staff ("CBCCVC", "NLĐ", "cá nhân", "thí sinh"); any other noun ("hộ gia đình",
#: "trường hợp", "chi bộ") is its own unit
_PERSON_WORDS = (*W.PEOPLE_KINDS, "cbccvc", "cbcc", "cbcnv", "nld", "ca nhan", "thi sinh", "hoc vien", "tre em")
_PERSON_HEAD = re.compile("(?:" + "|".join(kw(w) for w in _PERSON_WORDS) + ")(?![a-z])")


def no_breach_caps(f: Folded, start: int, end: int, skip: Sequence[tuple[int, int]] = (),
                   aims: Sequence[tuple[int, int]] = ()) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the caps of 0 breaches in ``f`` [start, end), none inside ``skip`` (a results part);
    ``aims``: the parts headed as targets, where no aim word is needed."""
    v, o = f.view, f.original
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    for m in _NO_BREACH.finditer(v, start, end):
        if any(s <= m.start() < e for s, e in skip) or re.search(r"\d", m.group("who")):
            continue
        s0 = max([c.end() for c in _SENTENCE_CUT.finditer(v, start, m.start())] or [start])
        if not (P.AIM_CUE_RE.search(v, s0, m.start()) or any(s <= m.start() < e for s, e in aims)):
            continue
        if past_marked(v, o, s0, m.start()):
            continue  # (tgt46p) "Năm 2026, xã đã giao 68 công dân nhập ngũ, đạt 100% chỉ tiêu trên giao, không có trường
            # hợp bị trả về" (a23-05, t25-06): the past year's results, the quota named as met
        if _CRITERIA.search(v, s0, m.start()):
            continue  # "Tiêu chí thi đua: Đối với Ban công tác Mặt trận: hoàn thành các chỉ tiêu …; không có hộ gia đình
            # vi phạm pháp luật": a criterion an emulation is judged by (a24-06), no cap the plan sets
        stop = _TAIL.match(v, m.end()).end()
        text = o[m.start():stop].strip()
        who = " ".join(o[m.start("who"):m.end("who")].split())
        head = " ".join(m.group("who").split())
        unit = "người" if _PERSON_HEAD.match(head) and not W.place_unit(head) else who.lower()
        out.append(Target(text=text, min=None, max=0, unit=unit, scope=o[m.start("who"):stop].strip() or None,
                          period=None, span=Span(m.start(), m.start() + len(text), text)))
        read.append((m.start(), m.start() + len(text)))
    return out, read

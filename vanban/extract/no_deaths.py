"""No death to happen: "Không để xảy ra trường hợp tử vong do sốt xuất huyết" — a cap of 0 cases, a target.

Why (tgt36b): a phường's plan against dengue (a34-09) and a xã's plan against drowning (t35-04) set, among their Chỉ
tiêu, that no one is to die: "Không để xảy ra trường hợp tử vong do …", "Phấn đấu không để xảy ra trường hợp trẻ em tử
vong do đuối nước". No figure is printed, so the figure passes read nothing; both authors store a maximum of 0
"trường hợp". Only deaths counted by their counter ("trường hợp", "ca") are read: "không để xảy ra cháy lớn", "…
tiêu cực", "… trường hợp thanh niên bỏ trốn" name no count the labels give (the events without a figure stay none,
:data:`target_words.NO_EVENT_BEFORE_RE`), and a results part's "không có ca tử vong" is reached, no goal.
(tgt45b) A death at work or on the road is counted by its accidents: "không để xảy ra tai nạn lao động chết người tại
…" among a Tháng hành động plan's Chỉ tiêu (t39-03, a43-03) is a cap of 0 "vụ" as the deaths' cap is; the earlier sets
label the zero deaths of a goals list (a34-09, t35-04, t39-03, a43-03; a43-06 and t43-03 alone leave one out), stored as
a maximum as "không quá" is (a34-09, t35-04, a43-03; t39-03 alone writes min 0 too). Not in a plan's "Mục đích, yêu
cầu" part (the caller's ``skip``): "Chủ động phòng, chống …; không để xảy ra trường hợp người tử vong do bệnh Dại" there
says what the plan is for, no goal counted (a40-02 labels none).
(tgt47t) "Không có trường hợp (ca) tử vong" says the same cap where the sentence names its aims or the part is headed as
targets: "Không để xảy ra ngộ độc thực phẩm tập thể …; không có trường hợp tử vong do ngộ độc thực phẩm" among a
phường's Chỉ tiêu for Tết (t46-02: max 0 "trường hợp"), "a) Số mắc tay chân miệng năm 2032 giảm ít nhất 10% …; không có
trường hợp tử vong" under "2. Chỉ tiêu cụ thể" (t39-02). The same words tell a past year's toll in a plan's
"Tình hình" part ("Năm 2031, trên địa bàn phường ghi nhận 46 ca mắc …; không có trường hợp tử vong", a38-02, a39-02,
t21-09, t27-04, a34-09: none labelled) — there no aim word stands in the sentence, and no target part holds it.
Tests: tests/test_targets_tgt36b.py, tests/test_targets_tgt45b.py, tests/test_targets_tgt47t.py.
"""

from __future__ import annotations

import re

from vanban.extract import patterns as P
from vanban.extract.folded import Folded, kw
from vanban.extract.past_marks import past_marked
from vanban.models import Span, Target

__all__ = ["no_death_caps"]

#: "không để xảy ra / phát sinh / có trường hợp (ca) … tử vong", the counter, a few words, the death (folded)
_NO_DEATH = re.compile(rf"(?<![a-z]){kw('khong de')}\s+(?:(?:{kw('xay ra')}|{kw('phat sinh')}|{kw('co')})\s+)?"
                       rf"(?P<u>{kw('truong hop')}|{kw('ca')})\s+(?:[a-z]+\s+){{0,4}}?{kw('tu vong')}(?![a-z])")
#: (tgt45b) "không để xảy ra (vụ) tai nạn (lao động / giao thông …) chết người": the accidents that kill, counted in
#: "vụ" (folded; up to three words of the accident's kind)
_NO_FATAL = re.compile(rf"(?<![a-z]){kw('khong de')}\s+(?:{kw('xay ra')}|{kw('phat sinh')})\s+(?:{kw('vu')}\s+)?"
                       rf"(?P<u>{kw('tai nan')})(?:\s+[a-z]+){{0,3}}?\s+{kw('chet nguoi')}(?![a-z])")
#: (tgt47t) "không có trường hợp (ca) … tử vong": the same cap where aims are named (folded; the caller checks the aim)
_HAD_NO_DEATH = re.compile(rf"(?<![a-z]){kw('khong co')}\s+(?P<u>{kw('truong hop')}|{kw('ca')})\s+(?:[a-z]+\s+){{0,4}}?"
                           rf"{kw('tu vong')}(?![a-z])")
#: the sentence's start: after the last sentence end or a blank line (a ";" clause stays in its sentence, where the aim
#: word of a list of targets is)
_SENTENCE_CUT = re.compile(r"[.!?]\s|\n\s*\n")
#: what follows the death, up to the clause's end: "do sốt xuất huyết", "do đuối nước trên địa bàn xã"
_CAUSE = re.compile(r"[^.;:\n]{0,60}")


def no_death_caps(f: Folded, start: int, end: int, skip: list[tuple[int, int]] = (),
                  aims: list[tuple[int, int]] = ()) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the caps of 0 deaths in ``f`` [start, end), none inside ``skip`` (a results part);
    ``aims``: the parts headed as targets, where "không có trường hợp tử vong" needs no aim word."""
    v, o = f.view, f.original
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    had = [m for m in _HAD_NO_DEATH.finditer(v, start, end) if _aimed(f, start, m.start(), aims)]
    found = sorted([*_NO_DEATH.finditer(v, start, end), *_NO_FATAL.finditer(v, start, end), *had], key=lambda m: m.start())
    for m in found:
        if any(s <= m.start() < e for s, e in skip):
            continue
        stop = _CAUSE.match(v, m.end()).end()
        text = o[m.start():stop].strip()
        u = m.group("u")
        unit = "vụ" if u.startswith("tai") else "trường hợp" if u.startswith("truong") else "ca"
        scope = o[m.start("u") if unit == "vụ" else m.end("u"):stop].strip()
        out.append(Target(text=text, min=None, max=0, unit=unit, scope=scope or None, period=None,
                          span=Span(m.start(), m.start() + len(text), text)))
        read.append((m.start(), m.start() + len(text)))
    return out, read


def _aimed(f: Folded, start: int, pos: int, aims: list[tuple[int, int]]) -> bool:
    """Whether "không có trường hợp tử vong" at ``pos`` is a goal: in a part headed as targets or after an aim word of
    its sentence ("chỉ tiêu", "phấn đấu", "mục tiêu"), and no "đã" of the past before it there."""
    v, o = f.view, f.original
    s0 = max([c.end() for c in _SENTENCE_CUT.finditer(v, start, pos)] or [start])
    if past_marked(v, o, s0, pos):
        return False
    return any(s <= pos < e for s, e in aims) or bool(P.AIM_CUE_RE.search(v, s0, pos))

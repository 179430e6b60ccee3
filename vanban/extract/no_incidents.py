"""No incident to happen: "Không để xảy ra trường hợp tử vong do sốt xuất huyết", "… tai nạn lao động chết người",
"… ngộ độc thực phẩm tập thể" — a cap of 0 deaths, fatal accidents or mass poisonings, a target.

(Named ``no_deaths`` before session 49: it read deaths only until tgt45b's accidents and tgt48's food poisoning.)

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
(tgt48) Mass food poisoning is counted by its incidents as the fatal accidents are: "- Không để xảy ra ngộ độc thực phẩm
tập thể trên địa bàn phường." among a phường's Chỉ tiêu for Tết (a46-02: max 0 "vụ"), as "Không để xảy ra vụ ngộ độc
thực phẩm …" (t32-08) and the same words with the class's figure ("từ 30 người mắc trở lên", read by the figure pass:
a28-04, a32-08, t20-03; "(từ 02 người trở lên)", t46-02) are labelled wherever a plan lists them among its targets.
Read only there — in a part headed as targets or after a goal word of its sentence (:func:`_aimed`) — and with no figure
in its clause: the same words among a Sở's tasks ("tăng cường kiểm tra …, không để xảy ra ngộ độc thực phẩm tập thể",
t27-09, a21-09) or in "Mục đích, yêu cầu" (t27-04) are left by their authors. Other figure-less incidents ("cháy lớn",
"khiếu kiện đông người", "mất an toàn …") are left, as most sets leave them even among Chỉ tiêu (a24-08, t35-06, a36-06,
t36-06, a35-08, t35-08 …; the labels README counts numeric goals).
Tests: tests/test_targets_tgt36b.py, tests/test_targets_tgt45b.py, tests/test_targets_tgt47t.py, tests/test_targets_tgt48.py.
"""

from __future__ import annotations

import re

from vanban.extract import patterns as P
from vanban.extract.folded import Folded, kw
from vanban.extract.past_marks import past_marked
from vanban.models import Span, Target

__all__ = ["no_incident_caps"]

#: "không để xảy ra / phát sinh / có trường hợp (ca) … tử vong", the counter, a few words, the death (folded)
_NO_DEATH = re.compile(rf"(?<![a-z]){kw('khong de')}\s+(?:(?:{kw('xay ra')}|{kw('phat sinh')}|{kw('co')})\s+)?"
                       rf"(?P<u>{kw('truong hop')}|{kw('ca')})\s+(?:[a-z]+\s+){{0,4}}?{kw('tu vong')}(?![a-z])")
#: (tgt45b) "không để xảy ra (vụ) tai nạn (lao động / giao thông …) chết người": the accidents that kill, counted in
#: "vụ" (folded; up to three words of the accident's kind)
#: "không để xảy ra / phát sinh (vụ)": the opener both caps share (folded)
_NO_OPENER = rf"(?<![a-z]){kw('khong de')}\s+(?:{kw('xay ra')}|{kw('phat sinh')})\s+(?:{kw('vu')}\s+)?"
_NO_FATAL = re.compile(rf"{_NO_OPENER}"
                       rf"(?P<u>{kw('tai nan')})(?:\s+[a-z]+){{0,3}}?\s+{kw('chet nguoi')}(?![a-z])")
#: (tgt47t) "không có trường hợp (ca) … tử vong": the same cap where aims are named (folded; the caller checks the aim)
_HAD_NO_DEATH = re.compile(rf"(?<![a-z]){kw('khong co')}\s+(?P<u>{kw('truong hop')}|{kw('ca')})\s+(?:[a-z]+\s+){{0,4}}?"
                           rf"{kw('tu vong')}(?![a-z])")
#: (tgt48) "không để xảy ra / phát sinh (vụ) ngộ độc thực phẩm …": the incidents of mass food poisoning, counted in "vụ"
#: (folded; the clause after it must hold no figure: the figure pass reads "… từ 30 người mắc trở lên")
_NO_POISONING = re.compile(rf"{_NO_OPENER}"
                           rf"(?P<u>{kw('ngo doc')})\s+{kw('thuc pham')}(?![a-z])")
#: (tgt50t) "không để xảy ra tử vong do …" with no counter printed: the same cap of 0 deaths, counted in "ca" (t49-09,
#: under "2. Chỉ tiêu cụ thể"), read where aims are named only, as :data:`_HAD_NO_DEATH` is (folded; the caller checks
#: the aim): the same words in "1. Mục tiêu chung" (t39-02: "… giảm số mắc và không để xảy ra tử vong do bệnh tay chân
#: miệng", unlabelled) say what the plan is for, no goal counted
_NO_DEATH_BARE = re.compile(rf"(?<![a-z]){kw('khong de')}\s+(?:{kw('xay ra')}|{kw('phat sinh')})\s+"
                            rf"(?P<u>){kw('tu vong')}(?![a-z])")
#: (tgt50t) "Mục tiêu chung" before the bare cap in its paragraph: "**1. Mục tiêu chung:** Hạn chế đến mức thấp nhất số
#: ca mắc và không để xảy ra tử vong do sốt xuất huyết" (t34-09, unlabelled) says what the plan is for (folded)
_GENERAL_AIM = re.compile(rf"(?<![a-z]){kw('muc tieu chung')}(?![a-z])")
#: the sentence's start: after the last sentence end or a blank line (a ";" clause stays in its sentence, where the aim
#: word of a list of targets is)
_SENTENCE_CUT = re.compile(r"[.!?]\s|\n\s*\n")
#: what follows the death, up to the clause's end: "do sốt xuất huyết", "do đuối nước trên địa bàn xã"
_CAUSE = re.compile(r"[^.;:\n]{0,60}")


def no_incident_caps(f: Folded, start: int, end: int, skip: list[tuple[int, int]] = (),
                  aims: list[tuple[int, int]] = ()) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the caps of 0 deaths, fatal accidents and mass poisonings in ``f`` [start, end), none
    inside ``skip`` (a results part);
    ``aims``: the parts headed as targets, where "không có trường hợp tử vong" needs no aim word."""
    v, o = f.view, f.original
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    had = [m for m in _HAD_NO_DEATH.finditer(v, start, end) if _aimed(f, start, m.start(), aims, P.AIM_CUE_RE)]
    poisoned = [m for m in _NO_POISONING.finditer(v, start, end)
                if not re.search(r"\d", _CLAUSE.match(v, m.end()).group()) and _aimed(f, start, m.start(), aims, _GOAL_WORD)]
    bare = [m for m in _NO_DEATH_BARE.finditer(v, start, end) if _aimed(f, start, m.start(), aims, _GOAL_WORD)
            and not _GENERAL_AIM.search(v, max(start, v.rfind("\n\n", 0, m.start())), m.start())]
    found = sorted([*_NO_DEATH.finditer(v, start, end), *_NO_FATAL.finditer(v, start, end), *had, *poisoned, *bare],
                   key=lambda m: m.start())
    for m in found:
        if any(s <= m.start() < e for s, e in skip) and not (m in poisoned and any(s <= m.start() < e for s, e in aims)):
            continue  # (tgt48: a "3. Chỉ tiêu" nested in "I. MỤC ĐÍCH, YÊU CẦU, CHỈ TIÊU" is the targets' part, a46-02)
        stop = _CAUSE.match(v, m.end()).end()
        text = o[m.start():stop].strip()
        u = m.group("u")
        unit = "vụ" if u.startswith(("tai", "ngo")) else "trường hợp" if u.startswith("truong") else "ca"
        scope = o[m.start("u") if unit == "vụ" else m.end("u"):stop].strip()
        out.append(Target(text=text, min=None, max=0, unit=unit, scope=scope or None, period=None,
                          span=Span(m.start(), m.start() + len(text), text)))
        read.append((m.start(), m.start() + len(text)))
    return out, read


#: (tgt48) the clause after an incident, across a line break (a figure printed on the next line: "Không để xảy ra vụ ngộ
#: độc thực phẩm ⏎ từ 30 người mắc trở lên", t32-08), to its ";", ":", full stop or blank line. Not
#: :data:`.described_counts._SCHEDULED_AFTER`'s run, which goes on past a ":": this one reads the incident's own
#: clause, and what a colon opens ("…: 02 vụ ở …") is another clause's figures, not the incident's class
_CLAUSE = re.compile(r"(?:[^.;:\n]|\.(?=\d)|\n(?![ \t]*\n)){0,120}")
#: (tgt48) a goal named in the sentence: "phấn đấu", "chỉ tiêu", "mục tiêu" (folded; not "bảo đảm", which opens a Sở's
#: tasks: "tăng cường kiểm tra …, bảo đảm …, không để xảy ra ngộ độc thực phẩm tập thể", t27-09)
_GOAL_WORD = re.compile(rf"(?<![a-z])(?:{kw('phan dau')}|{kw('chi tieu')}|{kw('muc tieu')})(?![a-z])")


def _aimed(f: Folded, start: int, pos: int, aims: list[tuple[int, int]], cue: re.Pattern[str]) -> bool:
    """Whether the cap at ``pos`` is a goal: in a part headed as targets (``aims``) or after a ``cue`` word of its
    sentence, no "đã" of the past before it there. The cue: for "không có trường hợp tử vong" (tgt47t) any aim word
    (:data:`patterns.AIM_CUE_RE`: "chỉ tiêu", "phấn đấu", "mục tiêu", "bảo đảm" …); for mass food poisoning (tgt48)
    only a goal word (:data:`_GOAL_WORD`), "bảo đảm" opening a Sở's tasks there."""
    v, o = f.view, f.original
    s0 = max([c.end() for c in _SENTENCE_CUT.finditer(v, start, pos)] or [start])
    if past_marked(v, o, s0, pos):
        return False
    return any(s <= pos < e for s, e in aims) or bool(cue.search(v, s0, pos))

"""A goal of the prose said again in a later task: counted once, where it was first set.

Why: a Kế hoạch sets its goals ("3. … 100% tổ dân phố tổ chức Ngày hội Đại đoàn kết toàn dân tộc.") and then gives a
body the task that reaches them, naming the goal again with the same figure ("- Ủy ban Mặt trận Tổ quốc Việt Nam
phường chủ trì … tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 100% tổ dân phố; …"). The labels count the goal once
(authored27's a27-06: "printed twice … labelled once"); the prose grammar reads both, and the task's words come in
another order, so the sentence-level check of :mod:`.targets` (same figure, unit and scope in one sentence) misses it.

A target outside the goals' part ("III. CHỈ TIÊU NĂM 2027") restates one set inside it when both have the same bounds (min, max) and unit (folded) and every distinct
word of what the earlier one is about (its clause after the figure, else its scope; :data:`_MIN_WORDS` words at least:
"xã" alone says too little) stands in the later one's clause (its sentence between the ";" around its figure), and so do the words before the earlier
figure but one (:data:`_LEAD_SPARE`): 45-HD-BTCTW states "phải còn ít nhất 60 tháng đối với đối tượng 1" for the
next term and for the current one, two rules the words before the figure tell apart. Only a goal of the part headed
as targets is restated so: two list items of that part are two goals however alike (case 12: "Có từ 25 công trình
xây dựng xanh …", "Có trên 25 công trình …"), and a procedure list repeats its limits for each procedure (2848/QĐ-UBND). Two goals of one figure about different
things ("100% chi bộ …", "100% hồ sơ …") share too few words to be taken for each other.
(tgt55) A count of a thing named in quotes ("Lắp đặt mới 06 "Điểm chữa cháy công cộng" tại các ngõ, ngách …" under
"III. CHỈ TIÊU NĂM 2039", then "hoàn thành lắp đặt 06 "Điểm chữa cháy công cộng" trước ngày 30/9/2039" in the tasks and
"tham mưu lựa chọn vị trí, lắp đặt 06 "Điểm chữa cháy công cộng"" in a body's duties, a53-08) is about its name: the
name's words (:data:`_MIN_NAME_WORDS` at least) say what the goal is about, whatever its clause adds after it. Every
set that prints such a count again labels it once ("02 "Mái ấm Công đoàn"", a51-01; "02 "Địa chỉ tin cậy ở cộng
đồng"", t52-10; a52-10; a53-08).
Tests: tests/test_targets_session29.py, tests/test_targets_tgt55.py.
"""

from __future__ import annotations

import re

from vanban.extract.restated_rows import folded_words
from vanban.models import Target
from vanban.text import fold

__all__ = ["without_restated_goals"]

_MIN_WORDS = 5
_LEAD_SPARE = 1  # words of the earlier goal's lead the task may leave out ("Phấn đấu")
_MIN_NAME_WORDS = 3  # words of a quoted name that say what a count of it is about ("Điểm chữa cháy công cộng")
#: a count, then a name in quotes right after it (straight or curly): '06 "Điểm chữa cháy công cộng"'
_QUOTED_COUNT_RE = re.compile(r"^\s*\d[\d.,]*\s+[\"“]([^\"”]+)[\"”]\s*$")


def _clause(t: Target) -> str:
    """The part of ``t``'s sentence between the ";" before and after its figure (the whole sentence when the
    figure's text is not found in it)."""
    s = t.span.sentence if t.span else ""
    i = s.find(t.text)
    if i < 0:
        return s
    a = s.rfind(";", 0, i) + 1
    b = s.find(";", i + len(t.text))
    return s[a:b if b >= 0 else len(s)]


def _after(t: Target) -> str:
    """The words of ``t``'s clause after its figure: what the goal is about ("thôn, tổ dân phố tổ chức diễn tập …",
    where the scope stops at the list's comma)."""
    s = t.span.sentence if t.span else ""
    i = s.find(t.text)
    if i < 0:
        return ""
    tail = s[i + len(t.text):]
    return _NESTED_RE.split(re.split(r"[;:]|\.(?!\d)", tail)[0])[0]


# A nested goal after the first's words ("100% đảng viên viết bài thu hoạch, trong đó tỷ lệ bài thu hoạch đạt yêu cầu
# … không dưới 95%"): the first goal is about the words before it
_NESTED_RE = re.compile(r",\s*(?:trong đó|riêng)\s", re.I)


def _before(t: Target) -> str:
    """The words of ``t``'s clause before its figure: the goal's own lead ("Tuổi quy hoạch nhiệm kỳ kế tiếp … phải còn
    ít nhất"), which tells two rules of one wording apart ("… nhiệm kỳ hiện tại … phải còn ít nhất 60 tháng")."""
    c = _clause(t)
    i = c.find(t.text)
    lead = c[:i] if i >= 0 else ""
    # (tgt48t) an item of a breakdown after "trong đó": "1. Chỉ tiêu: 26 công dân, trong đó nhập ngũ vào Quân đội nhân dân
    # 22 công dân, thực hiện nghĩa vụ tham gia Công an nhân dân 04 công dân." (t47-05) — its own lead is the words after
    # the list's last comma, which a task says again ("tuyển chọn 04 công dân thực hiện nghĩa vụ tham gia Công an nhân
    # dân theo chỉ tiêu"), as the ";"-clause of tgt35a's wording is
    split = _BREAKDOWN_RE.search(lead)
    if split:
        lead = lead[max(split.end(), lead.rfind(",") + 1):]
    return lead


#: the word that opens a breakdown of a whole into its items ("26 công dân, trong đó …")
_BREAKDOWN_RE = re.compile(r"(?<!\w)trong đó(?!\w)\s*:?", re.I)


def _about(t: Target) -> set[str]:
    """The words saying what ``t`` is about: its clause after the figure, else its scope, else (tgt35a) its clause
    before the figure, a goal named before its count ("…; thực hiện nghĩa vụ tham gia Công an nhân dân 03 công dân.",
    said again by a task as "tuyển chọn 03 công dân thực hiện nghĩa vụ tham gia Công an nhân dân")."""
    after = folded_words(_after(t))
    if len(after) >= _MIN_WORDS:
        return after
    return folded_words(t.scope) if t.scope else folded_words(_before(t))


def _quoted_name(t: Target) -> set[str]:
    """The distinct folded words of the name in quotes that ``t``'s text counts ('06 "Điểm chữa cháy công cộng"'), else
    none."""
    m = _QUOTED_COUNT_RE.match(t.text or "")
    return folded_words(m.group(1)) if m else set()


def _restates(e: Target, t: Target) -> bool:
    """Whether ``t``'s clause says again what the goal ``e`` is about: every word of :func:`_about` (enough of them), or
    of the name in quotes both count."""
    later = folded_words(_clause(t))
    if len(folded_words(_before(e)) - later) > _LEAD_SPARE:
        return False
    if len(scope := _about(e)) >= _MIN_WORDS and scope <= later:
        return True
    name = _quoted_name(e)
    return len(name) >= _MIN_NAME_WORDS and name == _quoted_name(t)


def _same_bounds(goal: Target, t: Target) -> bool:
    """Whether ``t`` states ``goal``'s figure: the same bounds, or (tgt42d) the goal's floor as the task's exact count —
    "a) Thành lập mới ít nhất 02 hợp tác xã …" in the goals, "hoàn thành việc thành lập 02 hợp tác xã mới trong quý
    III/2033" in a task: the task names the goal again by its figure, the floor word left out (t41-09's labels count it
    once, as a restated goal of the same bounds is)."""
    if (goal.min, goal.max) == (t.min, t.max):
        return True
    return goal.max is None and goal.min is not None and t.min == t.max == goal.min


def _inside(t: Target, parts: tuple[tuple[int, int], ...]) -> bool:
    return bool(t.span) and any(a <= t.span.start < b for a, b in parts)


def without_restated_goals(targets: list[Target], goal_parts: tuple[tuple[int, int], ...]) -> list[Target]:
    """``targets`` (the prose grammar's, in text order or not) without each one outside ``goal_parts`` that says again,
    in a later clause, a goal set inside them (see the module); the first statement stays. ``goal_parts``: (start,
    end) of the parts headed as targets alone (``targets.target_parts``)."""
    out: list[Target] = []
    for t in targets:
        if t.span and not _inside(t, goal_parts) and any(
                _inside(e, goal_parts) and e.span.start < t.span.start and _same_bounds(e, t)
                and fold(e.unit or "").lower() == fold(t.unit or "").lower()
                and e.span.sentence != t.span.sentence and _restates(e, t)
                for e in targets):
            continue
        out.append(t)
    return out

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
Tests: tests/test_targets_tgt36b.py, tests/test_targets_tgt45b.py.
"""

from __future__ import annotations

import re

from vanban.extract.folded import Folded, kw
from vanban.models import Span, Target

__all__ = ["no_death_caps"]

#: "không để xảy ra / phát sinh / có trường hợp (ca) … tử vong", the counter, a few words, the death (folded)
_NO_DEATH = re.compile(rf"(?<![a-z]){kw('khong de')}\s+(?:(?:{kw('xay ra')}|{kw('phat sinh')}|{kw('co')})\s+)?"
                       rf"(?P<u>{kw('truong hop')}|{kw('ca')})\s+(?:[a-z]+\s+){{0,4}}?{kw('tu vong')}(?![a-z])")
#: (tgt45b) "không để xảy ra (vụ) tai nạn (lao động / giao thông …) chết người": the accidents that kill, counted in
#: "vụ" (folded; up to three words of the accident's kind)
_NO_FATAL = re.compile(rf"(?<![a-z]){kw('khong de')}\s+(?:{kw('xay ra')}|{kw('phat sinh')})\s+(?:{kw('vu')}\s+)?"
                       rf"(?P<u>{kw('tai nan')})(?:\s+[a-z]+){{0,3}}?\s+{kw('chet nguoi')}(?![a-z])")
#: what follows the death, up to the clause's end: "do sốt xuất huyết", "do đuối nước trên địa bàn xã"
_CAUSE = re.compile(r"[^.;:\n]{0,60}")


def no_death_caps(f: Folded, start: int, end: int, skip: list[tuple[int, int]] = ()
                  ) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the caps of 0 deaths in ``f`` [start, end), none inside ``skip`` (a results part)."""
    v, o = f.view, f.original
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    found = sorted([*_NO_DEATH.finditer(v, start, end), *_NO_FATAL.finditer(v, start, end)], key=lambda m: m.start())
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

"""No death to happen: "Không để xảy ra trường hợp tử vong do sốt xuất huyết" — a cap of 0 cases, a target.

Why (tgt36b): a phường's plan against dengue (a34-09) and a xã's plan against drowning (t35-04) set, among their Chỉ
tiêu, that no one is to die: "Không để xảy ra trường hợp tử vong do …", "Phấn đấu không để xảy ra trường hợp trẻ em tử
vong do đuối nước". No figure is printed, so the figure passes read nothing; both authors store a maximum of 0
"trường hợp". Only deaths counted by their counter ("trường hợp", "ca") are read: "không để xảy ra cháy lớn", "…
tiêu cực", "… trường hợp thanh niên bỏ trốn" name no count the labels give (the events without a figure stay none,
:data:`target_words.NO_EVENT_BEFORE_RE`), and a results part's "không có ca tử vong" is reached, no goal.
Tests: tests/test_targets_tgt36b.py.
"""

from __future__ import annotations

import re

from vanban.extract.folded import Folded, kw
from vanban.models import Span, Target

__all__ = ["no_death_caps"]

#: "không để xảy ra / phát sinh / có trường hợp (ca) … tử vong", the counter, a few words, the death (folded)
_NO_DEATH = re.compile(rf"(?<![a-z]){kw('khong de')}\s+(?:(?:{kw('xay ra')}|{kw('phat sinh')}|{kw('co')})\s+)?"
                       rf"(?P<u>{kw('truong hop')}|{kw('ca')})\s+(?:[a-z]+\s+){{0,4}}?{kw('tu vong')}(?![a-z])")
#: what follows the death, up to the clause's end: "do sốt xuất huyết", "do đuối nước trên địa bàn xã"
_CAUSE = re.compile(r"[^.;:\n]{0,60}")


def no_death_caps(f: Folded, start: int, end: int, skip: list[tuple[int, int]] = ()
                  ) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the caps of 0 deaths in ``f`` [start, end), none inside ``skip`` (a results part)."""
    v, o = f.view, f.original
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    for m in _NO_DEATH.finditer(v, start, end):
        if any(s <= m.start() < e for s, e in skip):
            continue
        stop = _CAUSE.match(v, m.end()).end()
        text = o[m.start():stop].strip()
        unit = "trường hợp" if m.group("u").startswith("truong") else "ca"
        out.append(Target(text=text, min=None, max=0, unit=unit, scope=o[m.end("u"):stop].strip() or None, period=None,
                          span=Span(m.start(), m.start() + len(text), text)))
        read.append((m.start(), m.start() + len(text)))
    return out, read

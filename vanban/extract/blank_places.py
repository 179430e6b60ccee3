"""No place left "blank" of members: "không còn thôn "trắng" đảng viên" — a cap of 0 places, a target.

Why (tgt46p): a Đảng ủy's plan for admitting members sets, among its Chỉ tiêu, that no village is to be left without a
party member: "Đến hết quý III/2035, không còn thôn "trắng" đảng viên" (a44-06: 0 "thôn"), "đến hết năm 2035 không
còn chi bộ thôn "trắng" đảng viên dưới 35 tuổi (hiện còn 02 chi bộ: …)" (t44-06: max 0 "chi bộ"). No figure is printed,
so the figure passes read nothing. The kind is the place "trắng" (blank) of its members — "đảng viên", "đoàn viên",
"hội viên" — whatever the place ("thôn", "tổ dân phố", "chi bộ thôn", "bản"), quoted or not. The two sets store the
0 one as exact (a44-06), one as a maximum (t44-06); stored as a maximum, as the earlier sets store every "none to
happen" goal (no_incidents, no_breaches: a34-09, t35-04, a43-03, t37-05). Any other "không còn …" ("không còn hộ
nghèo", "không còn tổ xếp loại yếu", "không còn hợp tác xã yếu kém": t22-10, t40-09, t28-04, t41-09, a37-08) is left:
the earlier sets label none of them. Not in a results part (the caller's ``skip``: "Đến nay không còn thôn trắng
đảng viên" is reached), nor after "đã". A bracket right after naming the places now left ("(hiện còn 02 chi bộ: …)")
is read with the goal: those are today's, no target.
Tests: tests/test_targets_tgt46p.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vanban.extract.folded import Folded, kw
from vanban.extract.past_marks import past_marked
from vanban.models import Span, Target

__all__ = ["blank_place_caps"]

#: "không còn <place, 1–4 words> "trắng" <members>" (folded; the quotes as printed: straight, curly or none)
_BLANK = re.compile(rf"(?<![a-z]){kw('khong con')}\s+(?P<place>[a-z\u0111]+(?:[ \t]+[a-z\u0111]+){{0,3}}?)[ \t]*"
                    rf"[\"'“”‘’]?[ \t]*{kw('trang')}[ \t]*[\"'“”‘’]?[ \t]*"
                    rf"(?P<who>{kw('dang vien')}|{kw('doan vien')}|{kw('hoi vien')})(?![a-z])")
#: what follows up to the clause's end: "dưới 35 tuổi"
_TAIL = re.compile(r"[^.;:\n(]{0,40}")
#: a bracket right after, naming today's count: "(hiện còn 02 chi bộ: thôn Phú Hải, thôn Tân Hòa)"
_NOW_BRACKET = re.compile(rf"[ \t]*\([ \t]*{kw('hien')}[^()\n]{{0,120}}\)")


def blank_place_caps(f: Folded, start: int, end: int, skip: Sequence[tuple[int, int]] = ()
                     ) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the caps of 0 places blank of members in ``f`` [start, end), none inside ``skip``."""
    v, o = f.view, f.original
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    for m in _BLANK.finditer(v, start, end):
        if any(s <= m.start() < e for s, e in skip):
            continue
        c0 = max(v.rfind(c, 0, m.start()) for c in ".;\n") + 1
        if past_marked(v, o, c0, m.start()):
            continue  # "đã không còn thôn trắng đảng viên": reached
        stop = _TAIL.match(v, m.end()).end()
        while stop > m.end() and o[stop - 1] in " \t,":
            stop -= 1
        text = " ".join(o[m.start():stop].split())
        place = " ".join(o[m.start("place"):m.end("place")].split()).lower()
        out.append(Target(text=text, min=None, max=0, unit=place, scope=" ".join(o[m.start("place"):stop].split()),
                          period=None, span=Span(m.start(), stop, text)))
        now = _NOW_BRACKET.match(v, stop)
        read.append((m.start(), now.end() if now else stop))
    return out, read

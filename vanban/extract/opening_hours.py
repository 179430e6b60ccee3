"""Opening hours a rule allows: "cơ sở kinh doanh … chỉ được hoạt động từ 08 giờ đến 22 giờ hằng ngày" — a window of
the hours of the day, min the first hour, max the last, a target in "giờ (giờ trong ngày)".

Why (tgt39a): an inspection plan for karaoke and game shops (a37-06) restates the hours the law lets them open, and the
labels store each window as a bound of the hours of the day (min 8, max 24; so does a funeral rule's window in
legal-windows-4). The figure passes read "từ 08 giờ … đến 24 giờ" as clock times of an event (a timetable's session,
"Thời gian tiếp nhận từ 07 giờ 00 đến 11 giờ 30", no target) and read nothing. The word that makes it a bound is
"chỉ (được)" before the activity ("hoạt động", "mở cửa", "kinh doanh", "phục vụ", "bán hàng"): the activity is allowed
within the window and not outside it; a window without it (a session's hours, "khung giờ từ 18 giờ đến 23 giờ" to
patrol) stays no target. Minutes count as a share of the hour ("từ 7 giờ 30" → 7.5). Tests: tests/test_targets_tgt39a.py.
"""

from __future__ import annotations

import re

from vanban.extract.folded import Folded, kw
from vanban.models import Span, Target

__all__ = ["opening_hour_windows"]

_HOUR = r"(?P<{0}h>\d{{1,2}})\s*(?:{1}|h)(?:\s*(?P<{0}m>\d{{1,2}})(?:\s*{2})?)?(?![\d/])"
_ACT = "|".join(kw(w) for w in ("hoat dong", "mo cua", "kinh doanh", "phuc vu", "ban hang", "ban"))
#: "chỉ (được) hoạt động (trong khoảng / khung giờ) từ 08 giờ (00) đến 24 giờ" (folded)
_WINDOW = re.compile(
    rf"(?<![a-z]){kw('chi')}\s+(?:{kw('duoc')}\s+(?:{kw('phep')}\s+)?)?(?:{_ACT})\s+"
    rf"(?:[a-z]+\s+){{0,3}}?(?:{kw('trong')}\s+(?:{kw('khoang')}|{kw('khung gio')}|{kw('thoi gian')})\s+)?"
    rf"{kw('tu')}\s+{_HOUR.format('a', kw('gio'), kw('phut'))}\s*(?:{kw('den')}|-|–)\s*"
    rf"{_HOUR.format('b', kw('gio'), kw('phut'))}")
#: "phục vụ" is any office's hours too ("Bộ phận Một cửa phường chỉ phục vụ từ 07 giờ 30 …", a service timetable): a
#: bound of a business only with a business subject in its clause (folded, before the window)
_SERVE = re.compile(rf"{kw('chi')}\s+(?:{kw('duoc')}\s+(?:{kw('phep')}\s+)?)?{kw('phuc vu')}\s")
_BUSINESS = re.compile(r"(?<![a-z])(?:co so|kinh doanh|karaoke|tro choi|quan (?:an|nhau|bar|ca phe|karaoke|game|bia|ruou)|nha hang|cua hang|dich vu|bar|vu truong"
                       r"|internet|sieu thi|ho kinh doanh)(?![a-z])")


def _hour(m: re.Match[str], side: str) -> float | None:
    h, mins = int(m.group(side + "h")), int(m.group(side + "m") or 0)
    if not (0 <= h <= 24 and 0 <= mins <= 59):
        return None
    return h + mins / 60


def opening_hour_windows(f: Folded, start: int, end: int, skip: list[tuple[int, int]] = ()
                         ) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the opening hours a rule allows in ``f`` [start, end), none inside ``skip`` (a results
    part): each window one target, min its first hour and max its last (see the module)."""
    v, o = f.view, f.original
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    for m in _WINDOW.finditer(v, start, end):
        if any(s <= m.start() < e for s, e in skip):
            continue
        if _SERVE.match(v, m.start()):
            clause = max(v.rfind(c, start, m.start()) for c in ".;\n")
            if not _BUSINESS.search(v, max(clause, start), m.start()):
                continue
        lo, hi = _hour(m, "a"), _hour(m, "b")
        if lo is None or hi is None or hi <= lo:
            continue
        text = " ".join(o[m.start():m.end()].split())
        out.append(Target(text=text, min=lo, max=hi, unit="giờ (giờ trong ngày)", scope=None, period=None,
                          span=Span(m.start(), m.end(), o[m.start():m.end()])))
        read.append((m.start(), m.end()))
    return out, read

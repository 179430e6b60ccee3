"""A lower and an upper bound of one quantity written one after the other are one range.

Why: rules give both ends of what they allow in one breath — "Khoản tiền đặt trước … tối thiểu là năm phần trăm
và tối đa là hai mươi phần trăm giá khởi điểm", "thời hạn nộp hồ sơ … tối thiểu là 20 ngày, tối đa không quá 30
ngày", "còn thời hạn ít nhất 05 ngày nhưng không quá 45 ngày", "Tối thiểu là 65.000 đồng/việc và tối đa là 130.000
đồng/việc". :func:`vanban.extract.targets.find_targets` reads each bound as its own one-sided target; the labels
(``../shared/realdocs/labeled/README.md``, as "từ trên 15% đến không quá 30%" of the review sets) count one target
with ``min`` and ``max``. The grammar (folded view, :mod:`vanban.extract.folded`) is data here; the merge needs
both bounds' words, the same unit and nothing between them but a joiner.
"""

from __future__ import annotations

import re

from vanban.extract.folded import kw
from vanban.extract.numbers import parse_number
from vanban.models import Span, Target
from vanban.text import fold

#: the words opening the lower bound ("tối thiểu là 5%", "ít nhất 05 ngày", "không dưới 20 ngày"; (tg22b) "không thấp
#: hơn 2% và không quá 5% tổng chi ngân sách xã", a budget reserve's share, t22-03)
LOWER_OPENING_RE = re.compile(rf"(?:{kw('toi thieu')}|{kw('it nhat')}|{kw('khong duoi')}|{kw('khong it hon')}"
                              rf"|{kw('khong thap hon')}|{kw('khong nho hon')})(?![a-z])")
#: the words opening the upper bound ("tối đa là 20%", "không quá 45 ngày", "không vượt quá 30 ngày", "không cao hơn")
UPPER_OPENING_RE = re.compile(rf"(?:{kw('toi da')}|{kw('khong qua')}|{kw('khong vuot qua')}|{kw('khong cao hon')}"
                              rf"|{kw('khong lon hon')})(?![a-z])")
#: what may stand between the lower bound's figure and the upper bound's words: a rate's "per" that the lower
#: figure's unit left out ("65.000 đồng/việc và tối đa"), a comma or a joiner ("và", "nhưng"), and "tối đa" before
#: the upper bound's own "không quá" ("tối thiểu là 2 ngày và tối đa không quá 15 ngày")
JOINER_RE = re.compile(
    rf"(?:\s*/\s*[a-z]+(?:\s+[a-z]+)?)?\s*,?\s*(?:(?:{kw('va')}|{kw('nhung')})\s+)?(?:{kw('toi da')}\s+)?")
#: (tgt44) a lower bound whose figure stands bare, its unit printed once after the upper bound: "Tối thiểu 03, tối đa 05
#: tiết mục", "ít nhất 02 và không quá 04 người" (as "từ 1 đến 4‰" shares its unit); the whole ends where the upper
#: bound's words open (folded view)
BARE_LOWER_RE = re.compile(
    rf"{LOWER_OPENING_RE.pattern}\s+(?:{kw('la')}\s+)?(?P<fig>\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d+(?:,\d+)?)"
    rf"\s*,?\s*(?:(?:{kw('va')}|{kw('nhung')})\s+)?$")


def paired_bounds(targets: list[Target], view: str, original: str | None = None) -> list[Target]:
    """``targets`` (text order, spans in ``view``'s positions) with each lower bound that is followed at once by an
    upper bound of the same unit joined to it: one target from the lower figure to the upper one, the upper bound's
    scope (the words after the pair say what is bounded). With ``original`` (the text ``view`` folds), an upper bound
    right after a lower bound's bare figure (:data:`BARE_LOWER_RE`, no target of its own for want of a unit) is that
    range too."""
    out: list[Target] = []
    for t in targets:
        prev = out[-1] if out else None
        if prev is not None and _pair(prev, t, view):
            out[-1] = Target(
                text=_joined_text(prev, t),
                min=prev.min, max=t.max, unit=prev.unit, scope=t.scope or prev.scope, period=prev.period or t.period,
                span=Span(prev.span.start, t.span.end, prev.span.sentence))
            continue
        out.append(_bare_lower(t, view, original) if original is not None else t)
    return out


def _bare_lower(hi: Target, view: str, original: str) -> Target:
    """``hi`` widened to the range a bare lower figure before it opens, or ``hi`` itself."""
    if not hi.span or hi.max is None or hi.min is not None or not UPPER_OPENING_RE.match(view, hi.span.start):
        return hi
    line_start = max(view.rfind("\n", 0, hi.span.start), view.rfind("|", 0, hi.span.start), view.rfind(".", 0, hi.span.start - 1)) + 1
    m = None
    for m in BARE_LOWER_RE.finditer(view, max(line_start, hi.span.start - 40), hi.span.start):
        pass
    lo = parse_number(m.group("fig")) if m else None
    if lo is None or lo > hi.max:
        return hi
    return Target(text=original[m.start():hi.span.end], min=lo, max=hi.max, unit=hi.unit, scope=hi.scope,
                  period=hi.period, span=Span(m.start(), hi.span.end, hi.span.sentence))


def _pair(lo: Target, hi: Target, view: str) -> bool:
    if not (lo.span and hi.span) or lo.min is None or lo.max is not None or hi.max is None or hi.min is not None:
        return False
    if fold(lo.unit or "") != fold(hi.unit or "") or lo.min > hi.max:
        return False
    if not (LOWER_OPENING_RE.match(view, lo.span.start) and UPPER_OPENING_RE.match(view, hi.span.start)):
        return False
    return JOINER_RE.fullmatch(view, lo.span.end, hi.span.start) is not None


def _joined_text(lo: Target, hi: Target) -> str:
    """The printed words of the pair: both bounds' own texts (the sentence holds what lies between)."""
    s = lo.span.sentence or ""
    i, j = s.find(lo.text), s.find(hi.text)
    if 0 <= i < j:
        return s[i:j + len(hi.text)]
    return f"{lo.text} … {hi.text}"

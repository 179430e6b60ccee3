"""Numeric targets: "ít nhất từ 01 đến 02 mô hình", "100% cán bộ, đảng viên".

A number (or range) followed by a known unit or "%" is a target when the
text marks it as one: a range, a minimum/maximum word ("ít nhất", "trở lên",
"tối đa"), a target word in the sentence ("phấn đấu", "chỉ tiêu", "đạt"), a
"Label: N unit" line, or a place in a "Chỉ tiêu"/"Mục tiêu" section. A bare
count ("tổ chức 02 hội nghị nêu trên") is not a target.
"""

from __future__ import annotations

import re

from vanban.extract import patterns as P
from vanban.extract.deadlines import split_subject
from vanban.extract.folded import Folded, clean_quote, kw
from vanban.extract.sections import Layout, SpanSet, sentence_bounds
from vanban.models import Span, Target
from vanban.text import fold

__all__ = ["find_targets"]

_UNIT_RE = re.compile(
    r"\s*(?:" + "|".join(f"(?P<u{i}>{kw(fu)})" for i, (_, fu) in enumerate(P.UNIT_FOLDED)) + ")"
)
_UNIT_BY_GROUP = {f"u{i}": u for i, (u, _) in enumerate(P.UNIT_FOLDED)}
_QTY_RE = re.compile(
    rf"(?<![\w/.,¢€-])(?P<a>{P.NUM})\s*(?P<pa>%)?(?:\s*(?:-|d[e¢c6][e¢]?n|den|toi)\s*(?P<b>{P.NUM})\s*(?P<pb>%)?)?(?![\w/])"
)
_SCOPE_STOP = re.compile(
    r"[,;.:()\n]|\s(?:duoc|d[uw]{1,2}[o0d]c|tham gia|hoan thanh|co\s|thuc hien|nam|nam duoc|tro len|tai|tren|trong|truoc|tr[uw]{1,2}[o06d]c|vao)\s"
)
_CAP_RE = re.compile(rf"^\s*({kw('cap')}\s+[^\s,;.()]+(?:\s+(?!va\s|v[a4]\s)[^\s,;.()]+)?)")
_SECTION_TARGET = re.compile(rf"{kw('chi tieu')}|{kw('muc tieu')}")


def _num(s: str) -> float:
    s = s.replace(".", "").replace(",", ".") if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s) is None else s.replace(".", "")
    try:
        return float(s)
    except ValueError:
        return float(re.sub(r"[^\d]", "", s) or 0)


def text_start_of(m: re.Match[str], before: str, s0: int) -> int:
    cue = P.MIN_CUE_RE.search(before) or P.MAX_CUE_RE.search(before)
    return max(s0, m.start() - 30) + cue.start() if cue else m.start()


def _period(f: Folded, s0: int, s1: int, title_period: str | None) -> str | None:
    m = P.PERIOD_RE.search(f.view, s0, s1)
    if m:
        return clean_quote(f.original[m.start():m.end()])
    return title_period


def find_targets(f: Folded, lay: Layout, start: int, end: int, masks: list[tuple[int, int]],
                 title_period: str | None) -> list[Target]:
    v, o = f.view, f.original
    target_sections = [(s, e) for head, s, e in lay.sections if _SECTION_TARGET.search(Folded.of(head).view)]
    out: list[Target] = []
    masked, results = SpanSet(masks), SpanSet(lay.results)
    for m in _QTY_RE.finditer(v, start, end):
        if masked.covers(m.start()):
            continue
        if results.covers(m.start()):
            continue  # "Tỷ lệ đảng viên tham gia học tập đạt 96,5%" under "Kết quả …": achieved, not aimed at
        line_start = v.rfind("\n", 0, m.start()) + 1
        if re.fullmatch(r"[\s\d.]*", v[line_start:m.start()]) and re.match(r"[.)]\s", v[m.end():m.end() + 2]):
            continue  # a list number "1. …"
        pct = bool(m.group("pa") or m.group("pb"))
        unit = "%" if pct else None
        unit_end = m.end()
        if not pct:
            um = _UNIT_RE.match(v, m.end())
            if not um:
                continue
            unit = _UNIT_BY_GROUP[next(g for g, val in um.groupdict().items() if val is not None)]
            unit_end = um.end()
        a = _num(m.group("a"))
        b = _num(m.group("b")) if m.group("b") else None
        s0, s1 = sentence_bounds(f, m.start(), start, end)
        before = v[max(s0, m.start() - 30):m.start()]
        lo, hi = (min(a, b), max(a, b)) if b is not None else (a, a)  # "1-0%": never min > max
        marked = b is not None or pct
        min_cue = P.MIN_CUE_RE.search(before)
        if min_cue and not pct and re.match(r"(?:tren|hon)", before[min_cue.start():]):
            min_cue = None  # "trên 3 đơn vị" is a place, not "more than"
        if b is None and min_cue or re.match(rf"\s*{kw('tro len')}", v[unit_end:unit_end + 12]):
            lo, hi, marked = a, None, True
        elif b is None and P.MAX_CUE_RE.search(before):
            lo, hi, marked = None, a, True
        label = None
        colon = v.rfind(":", line_start, m.start())
        if colon >= 0 and len(v[colon + 1:m.start()].strip()) == 0:
            label = clean_quote(o[line_start:colon].lstrip(" -+•"))
            marked = True
        if not marked and P.TARGET_CUE_RE.search(v, s0, m.start()):
            marked = True
        if not marked and any(s <= m.start() < e for s, e in target_sections):
            marked = True
        if not marked:
            continue
        scope = label
        if scope is None and pct:
            rest = v[unit_end:min(s1, unit_end + 120)]
            stop = _SCOPE_STOP.search(rest + " ")
            scope = clean_quote(o[unit_end:unit_end + (stop.start() if stop else len(rest))]) or None
            if scope is None or re.match(r"tr[o6]\s+l[e¢]n", fold(scope)):
                scope = None
                head = clean_quote(o[s0:text_start_of(m, before, s0)]).lstrip("-+• ")
                head = re.sub(r"\s+(?:đạt|dat|là|la|:)\s*$", "", head)
                scope = head or None
        if scope is None:
            cap = _CAP_RE.match(v[unit_end:unit_end + 40])
            if cap:
                scope = clean_quote(o[unit_end + cap.start(1):unit_end + cap.end(1)])
        if scope is None:
            head = clean_quote(o[s0:m.start()]).lstrip("-+• ")
            pm = P.PERIOD_RE.search(Folded.of(head).view)
            subj, _ = split_subject(head[: pm.start()] if pm else head)
            scope = subj
        text_start = m.start()
        cue = P.MIN_CUE_RE.search(before) or P.MAX_CUE_RE.search(before)
        if cue:
            text_start = max(s0, m.start() - 30) + cue.start()
        out.append(Target(
            text=clean_quote(o[text_start:unit_end]), min=lo, max=hi, unit=unit, scope=scope,
            period=_period(f, s0, s1, title_period),
            span=Span(text_start, unit_end, clean_quote(o[s0:s1])),
        ))
    return out

"""Obligations: who must do what, by when, towards which target.

Sources, in order of trust:

1. the implementation section ("Tổ chức thực hiện"): each numbered or dashed
   item is one assignment; a heading item naming only a body ("1. Yêu cầu
   các chi, đảng bộ trực thuộc …") hands its body to the dashed items under it;
2. assignment sentences anywhere in the body that start with "Giao …",
   "Đề nghị …", "Yêu cầu …" (and the items that follow one ending in ":");
3. "… chịu trách nhiệm thi hành …" (the last article of a Quyết định).

The responsible body is the label before a colon ("Ủy ban nhân dân phường:
…") or the words before the first action verb ("UBND phường chỉ đạo …").
Deadlines and targets found inside an item are linked to it; an item with
two deadlines yields two obligations.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from vanban.extract import patterns as P
from vanban.extract.deadlines import first_verb, split_actor, split_subject
from vanban.extract.folded import Folded, clean_quote
from vanban.extract.sections import Layout, SpanSet, sentence_bounds
from vanban.models import Deadline, Obligation, Span, Target

__all__ = ["find_obligations"]

_ITEM_RE = re.compile(r"(?m)^[ \t]*(?:(?P<num>\d{1,2}(?:\.\d{1,2})*)[.)]|(?P<mark>[-+•–]))[ \t]*(?=\S)")
_CUE_START_RE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.;:]\s)|(?<=[.;:]\s\s))[ \t]*(?:[-+•][ \t]*|\d{1,2}(?:\.\d{1,2})*[.)][ \t]*|(?:di[e¢]u|dieu)\s+\d+[.:]\s*)?"
    r"(?P<cue>giao|de nghi|[dpb]e nghi|yeu cau|y[e¢]u c[a4d]u)\s"
)
_RESPONSIBLE_RE = re.compile(
    r"\s(?:(?:chiu trach nhiem|ch[il1]u tr[a4]ch nhi[e¢]m)\s+(?:thi hanh|thuc hien|to chuc)|c[o06] nhi[e¢]m v[uw]"
    r"|c[a4]n c[uw]\s+(?:quy[e¢]t d[il1]nh|k[e¢] ho[a4]ch|ch[il1] th[il1]|th[o06]ng b[a4]o)(?:\s+n[a4]y)?\s+(?:thi hanh|th[il1] h[a4]nh|thuc hien|th[uwy]{1,2}c hi[e¢]n))(?=[\s.,;/])"
)

_INTRO_CUE_RE = re.compile(r"(?<![a-z])(?:[dpb]e nghi|yeu cau)\s")


_PROSE_AFTER_GAP = re.compile(r"\n[ \t]*\n(?![ \t]*(?:[-+•–]|\d{1,2}(?:\.\d{1,2})*[.)]))")


@dataclass
class _Item:
    marker: int
    start: int  # content start
    end: int
    level: int
    parent: "_Item | None" = None
    children: int = 0
    who: str | None = None
    what: str = ""
    own_label: bool = False


def _split_who(f: Folded, s: int, e: int) -> tuple[str | None, str, bool]:
    """(who, what, labelled) of an item's content ``[s, e)``."""
    v, o = f.view, f.original
    cue = P.ASSIGN_CUE_RE.match(v, s, e)
    body_s = cue.end() if cue else s
    head_v = v[body_s:min(e, body_s + 200)]
    colon = head_v.find(":")
    if colon > 0 and "(" not in head_v[:colon] and len(head_v[:colon].split()) <= 22:
        who = clean_quote(o[body_s:body_s + colon])
        return who, clean_quote(o[body_s + colon + 1:e]), True
    text = o[body_s:e]
    who, what = split_subject(text)
    if who is None and cue and what:
        # "Yêu cầu các chi, đảng bộ trực thuộc …" — a heading naming only bodies
        if len(what.split()) <= 25 and first_verb(Folded.of(what).view) is None:
            return clean_quote(what), "", True
    return who, clean_quote(what), bool(cue and who)


def _items(f: Folded, lo: int, hi: int) -> list[_Item]:
    marks = list(_ITEM_RE.finditer(f.view, lo, hi))
    items: list[_Item] = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else hi
        gap = _PROSE_AFTER_GAP.search(f.view, m.end(), end)
        if gap:
            end = gap.start()  # a blank line then prose: the list is over
        if m.group("num"):
            level = m.group("num").count(".") + 1
        else:
            level = 11 if m.group("mark") == "+" else 10
        items.append(_Item(m.start(), m.end(), end, level))
    stack: list[_Item] = []
    for it in items:
        while stack and stack[-1].level >= it.level:
            stack.pop()
        it.parent = stack[-1] if stack else None
        if it.parent:
            it.parent.children += 1
        stack.append(it)
    return items


def _emit(f: Folded, items: list[_Item], inherited: str | None, deadlines: list[Deadline],
          targets: list[Target]) -> list[Obligation]:
    out: list[Obligation] = []
    for it in items:
        who, what, labelled = _split_who(f, it.start, it.end)
        parent_who = None
        p = it.parent
        while p is not None and parent_who is None:
            parent_who = p.who
            p = p.parent
        parent_who = parent_who or inherited
        if it.level >= 11 and it.parent is not None:
            continue  # "+" sub-points belong to their dashed item
        if not labelled and parent_who:
            own_who, own_what = split_actor(f.original[it.start:it.end])
            if own_who:  # "2. Ủy ban nhân dân huyện chỉ đạo …" under "yêu cầu các cấp ủy …:"
                who, what = own_who, clean_quote(own_what)
            else:
                who, what = parent_who, clean_quote(f.original[it.start:it.end])
        if (who is None and it.children and what and len(what.split()) <= 15
                and first_verb(Folded.of(what).view) is None):
            who, what = what, ""  # "3. Các chi bộ trực thuộc" heading over its dashed items
        it.who, it.what = who, what
        if it.children and not what:
            continue
        if not what:
            continue
        # the item's own text runs to its first child; children add their own
        end = it.end
        dls = [d for d in deadlines if d.span and it.start <= d.span.start < end]
        tgs = tuple(t for t in targets if t.span and it.start <= t.span.start < end)
        if who is None and not dls:
            continue
        sent = clean_quote(f.original[it.start:end])
        span = Span(it.marker, end, sent)
        if not dls:
            out.append(Obligation(who=who, what=what, deadline=None, targets=tgs, span=span))
        for d in dls:
            out.append(Obligation(who=who, what=_dated_what(d, what), deadline=replace(d, who=d.who or who),
                                  targets=tgs, span=span))
    return out


def _dated_what(d: Deadline, what: str) -> str:
    """The task a deadline is for: its own clause when it has one ("tổng hợp,
    báo cáo UBND xã" of "chủ trì …; tổng hợp, báo cáo UBND xã trước ngày 10
    hằng tháng"), else the whole item."""
    if d.what and len(d.what.split()) >= 2:
        return d.what
    return what


def find_obligations(f: Folded, lay: Layout, deadlines: list[Deadline], targets: list[Target]) -> list[Obligation]:
    v = f.view
    out: list[Obligation] = []
    covered: list[tuple[int, int]] = []
    if lay.implementation:
        s, e = lay.implementation
        first_line_end = v.find("\n", s)
        lo = first_line_end + 1 if 0 <= first_line_end < e else s
        items = _items(f, lo, e)
        out += _emit(f, items, None, deadlines, targets)
        if items:
            covered.append((s, e))
        # a section written as prose is read sentence by sentence (_actor_clauses)
    body = (lay.body_start, lay.body_end)
    # assignment sentences outside the implementation section
    for m in _CUE_START_RE.finditer(v, *body):
        cs = m.start("cue")
        if any(a <= cs < b for a, b in covered) or not f.original[cs].isupper():
            continue
        s0, s1 = sentence_bounds(f, cs, body[0], body[1])
        s1 = max(s1, cs + 1)
        who, what, _ = _split_who(f, cs, s1)
        if not what and who is None:
            continue
        after = v[s1:s1 + 3]
        tail = f.original[cs:s1].rstrip()
        if tail.endswith(":") or after.startswith(":"):
            # "Đề nghị các đơn vị thực hiện một số nội dung sau:" + items
            block_end = body[1]
            items = _items(f, s1, block_end)
            items = _leading_block(items)
            if items:
                out += _emit(f, items, who, deadlines, targets)
                covered.append((cs, items[-1].end))
                continue
        dls = [d for d in deadlines if d.span and cs <= d.span.start < s1]
        tgs = tuple(t for t in targets if t.span and cs <= t.span.start < s1)
        span = Span(cs, s1, clean_quote(f.original[cs:s1]))
        if not dls:
            out.append(Obligation(who=who, what=what, deadline=None, targets=tgs, span=span))
        for d in dls:
            out.append(Obligation(who=who, what=_dated_what(d, what), deadline=replace(d, who=d.who or who),
                                  targets=tgs, span=span))
        covered.append((cs, s1))
    for m in _INTRO_CUE_RE.finditer(v, *body):
        cs = m.start()
        if any(a <= cs < b for a, b in covered):
            continue
        s0, s1 = sentence_bounds(f, cs, body[0], body[1])
        if not f.original[cs:s1 + 1].rstrip().endswith(":"):
            continue
        who, _, _ = _split_who(f, cs, s1 - 1 if f.original[s1 - 1:s1] == ":" else s1)
        items = _leading_block(_items(f, s1 + 1, body[1]))
        if who and items:
            done = list(covered)  # items already read as "Giao …" sentences stay as read
            out += [ob for ob in _emit(f, items, who, deadlines, targets)
                    if not (ob.span and any(a <= ob.span.start < b or a <= ob.span.start + 4 < b for a, b in done))]
            covered.append((cs, items[-1].end))
    for m in _RESPONSIBLE_RE.finditer(v, *body):
        if any(a <= m.start() < b for a, b in covered):
            continue
        s0, s1 = sentence_bounds(f, m.start(), body[0], body[1])
        who_txt = re.sub(r"^(?:Điều|Dieu|Điêu)\s+\d+[.:]\s*", "", f.original[s0:m.start()].strip())
        who = clean_quote(who_txt) or None
        if who and len(who.split()) > 30:
            continue
        what = clean_quote(f.original[m.start():s1])
        dls = [d for d in deadlines if d.span and s0 <= d.span.start < s1]
        tgs = tuple(t for t in targets if t.span and s0 <= t.span.start < s1)
        span = Span(s0, s1, clean_quote(f.original[s0:s1]))
        for d in dls:
            out.append(Obligation(who=who, what=_dated_what(d, what), deadline=replace(d, who=d.who or who),
                                  targets=tgs, span=span))
        if dls:
            covered.append((s0, s1))
            continue
        out.append(Obligation(who=who, what=what, targets=tgs, span=span))
        covered.append((s0, s1))
    out += _actor_clauses(f, lay, deadlines, targets, covered)
    out.sort(key=lambda ob: ob.span.start if ob.span else 0)
    return out


def _actor_clauses(f: Folded, lay: Layout, deadlines: list[Deadline], targets: list[Target],
                   covered: list[tuple[int, int]]) -> list[Obligation]:
    """Obligations of the content sections: list items and paragraph-opening
    sentences whose subject is a body that acts ("5. Ủy ban nhân dân xã chỉ
    đạo …", "Văn phòng Đảng ủy theo dõi, đôn đốc …"). Preamble, results and
    parts already read are skipped."""
    v, o = f.view, f.original
    skip = SpanSet(list(covered) + list(lay.results) + ([lay.preamble] if lay.preamble else []))
    dl_sorted = sorted((d.span.start, i) for i, d in enumerate(deadlines) if d.span)
    tg_sorted = sorted((t.span.start, i) for i, t in enumerate(targets) if t.span)

    def within(sorted_starts, items, lo, hi):
        j = bisect.bisect_left(sorted_starts, (lo, -1))
        out = []
        while j < len(sorted_starts) and sorted_starts[j][0] < hi:
            out.append(items[sorted_starts[j][1]])
            j += 1
        return out

    out: list[Obligation] = []
    starts = [m.end() for m in _ITEM_RE.finditer(v, lay.body_start, lay.body_end)]
    starts += [m.end() for m in re.finditer(r"(?m)^[ \t]*(?=[^\W\d_])", v[:lay.body_end]) if m.end() >= lay.body_start]
    starts += [m.end() for m in re.finditer(r"[.!?][ \t]+(?=[^\W\d_])", v[:lay.body_end]) if m.end() >= lay.body_start]
    last_end = -1
    for cs in sorted(set(starts)):
        if cs < last_end or skip.covers(cs) or not o[cs:cs + 1].isupper():
            continue
        line_end = v.find("\n", cs)
        line_end = len(v) if line_end < 0 else line_end
        if not P.ORG_HEAD_RE.match(v, cs, line_end):
            continue  # cheap test first: no body opens the line
        s0, s1 = sentence_bounds(f, cs, lay.body_start, lay.body_end)
        if s0 != cs and not re.fullmatch(r"[\s\d.)+•–-]*", v[s0:cs]):
            continue  # not the opening of a sentence or item
        if line_end < s1 and o[cs:line_end].strip()[-1:] not in ",;:" and upper_ratio_ok(o[cs:line_end]):
            continue  # a heading line
        who, what = split_actor(o[cs:s1])
        if who is None or not what:
            continue
        what = clean_quote(what)
        dls = within(dl_sorted, deadlines, cs, s1)
        tgs = tuple(within(tg_sorted, targets, cs, s1))
        span = Span(cs, s1, clean_quote(o[cs:s1]))
        if not dls:
            out.append(Obligation(who=who, what=what, targets=tgs, span=span))
        for d in dls:
            out.append(Obligation(who=who, what=_dated_what(d, what), deadline=replace(d, who=d.who or who),
                                  targets=tgs, span=span))
        last_end = s1
    return out


def upper_ratio_ok(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


def _leading_block(items: list[_Item]) -> list[_Item]:
    """The run of list items right after an intro line (stop at a gap of prose)."""
    if not items:
        return []
    run = [items[0]]
    for it in items[1:]:
        if it.marker > run[-1].end + 2:
            break
        run.append(it)
    return run

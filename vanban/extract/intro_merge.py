"""Merging after the read: a Công văn whose closing preamble line asks one body for all its items becomes one
obligation of that body (due at the earliest date its items give), and the numbered points led by the short name the
intro gave its body become one obligation each.

Why: the labels count one obligation per body per assignment block (``realdocs/labeled/README.md``), while the
reader (:mod:`vanban.extract.obligations`) reads such a letter item by item; this is the one pass over its result
that joins them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from vanban.extract import assignment_words as W
from vanban.extract import recurrence as R
from vanban.extract import subjects as S
from vanban.extract.folded import clean_quote
from vanban.extract.task_bodies import name_words, same_addressee
from vanban.models import Deadline, Obligation, Part
from vanban.text import fold


def intro_body_once(out: list[Obligation], intro: str, deadlines: list[Deadline], after: int, text: str = "",
                     parts: tuple[Part, ...] | list[Part] = ()) -> list[Obligation]:
    """A Công văn whose closing preamble line asks one body for all its items ("…, Sở Nội vụ đề nghị các cơ quan,
    đơn vị, địa phương thực hiện một số nội dung sau:" over "1. Báo cáo …", "3. … a) Căn cứ …, các cơ quan, đơn vị, địa
    phương xây dựng kế hoạch …", "4. Thời hạn gửi báo cáo ⏎ a) Báo cáo … gửi … trước ngày 25/3/2027", t26-05): the items
    that go on with that body (inherited, or naming it again inside the sentence, in lower case) are one assignment,
    due at the earliest date the items give with no body of their own (the report's). An item that opens with the
    body's name ("2. Các cơ quan, đơn vị …", 96-CD-BXD) stays an assignment of its own; so does a numbered point of the
    body ``parts`` whose first sub-item opens with the short name the intro gave the body (``_led_blocks``)."""
    alias = W.ALIAS.search(intro)
    short = name_words(fold(alias.group(1).strip(" \"“”"))) if alias else []
    # the short name the intro gives its body ("Ủy ban nhân dân các xã, phường, đặc khu (sau đây gọi là UBND cấp xã)",
    # a26-05): the items naming it go on with the intro's body, capitalised as a name is
    idx = [i for i, o in enumerate(out) if o.who and (
        ((o.who[:1].islower() or _inherited(o, text)) and same_addressee(o.who, intro))
        or (short and name_words(fold(o.who))[:len(short)] == short))]
    if len(idx) < 2:
        return out
    blocks = _led_blocks(out, idx, short, text, parts) if short and parts else []
    if blocks:
        out, idx = _blocks_once(out, idx, blocks, deadlines)
        if len(idx) < 2:
            return out
    group = [out[i] for i in idx]
    titles = {fold(clean_quote(p.heading)).strip(" .:*") for p in parts if p.heading}
    if titles and all(fold(o.what).strip(" .:*") in titles for o in group):
        # the intro's body got only the titles of the points that list what to report ("1. Nội dung báo cáo" over "1.1.
        # Hiện trạng cơ sở vật chất …", "4. Một số yêu cầu" over "- Số liệu báo cáo tính đến …"), its tasks charged by
        # name in the points between ("2. Phân công thực hiện ⏎ a) UBND các xã, phường, đặc khu chỉ đạo …", a Sở Y tế's
        # Công văn, t28-05): no assignment of its own
        return [o for i, o in enumerate(out) if i not in set(idx)]
    starts = [o.span.start for o in group if o.span]
    first = min(starts) if starts else after
    dues = [o.deadline for o in group if o.deadline and o.deadline.date and not o.deadline.past]
    dues += [d for d in deadlines if d.date and not d.past and d.who is None and d.span and d.span.start >= first]
    dl = min(dues, key=lambda d: d.date) if dues else None
    head = group[0]
    who = re.sub(r"\s+", " ", intro[:alias.start()]).strip(" ,") if alias else head.who
    merged = replace(head, who=who, what=S.clip_tasks("; ".join(o.what for o in group if o.what)), deadline=dl,
                     targets=tuple(t for o in group for t in o.targets))
    drop = set(idx[1:])
    return [merged if i == idx[0] else o for i, o in enumerate(out) if i not in drop]


def _inherited(o: Obligation, text: str) -> bool:
    """The obligation's body is the intro's, handed down: its own text never prints the name. A letter whose intro asks a
    body named as a proper name ("…, Ủy ban nhân dân huyện đề nghị Ủy ban nhân dân các xã, thị trấn thực hiện các nội
    dung sau:" over "1. Báo cáo tình hình thực hiện …", "2. Đề xuất danh mục …", "3. Thời hạn và hình thức gửi báo cáo",
    a50-08) gives its items a capitalised body that no item prints: one assignment, as the lowercase "các cơ quan, đơn
    vị" of t26-05 is. An item that prints the name ("2. Các cơ quan, đơn vị …", 96-CD-BXD) is its own assignment."""
    if not text or not o.span:
        return False
    # the letter's closing line that the last item's span runs into ("Ủy ban nhân dân huyện đề nghị Ủy ban nhân dân
    # các xã, thị trấn khẩn trương triển khai thực hiện./.") names the body again as a formula, not as the item's
    own = [para for para in re.split(r"\n\s*\n", text[o.span.start:o.span.end]) if not para.rstrip(" *").endswith("./.")]
    return fold(o.who).strip() not in fold("\n".join(own))


def _led_blocks(out: list[Obligation], idx: list[int], short: list[str], text: str,
                parts: tuple[Part, ...] | list[Part]) -> list[tuple[Part, list[int]]]:
    """The numbered points of the body whose first sub-item opens with the short name the intro gave its body, with
    the indexes (of ``idx``, in ``out``) of that body's obligations inside each: "1. Về thống kê đất đai năm 2026 ⏎ a)
    UBND cấp xã chỉ đạo …; b) …; c) …, UBND cấp xã phải giải trình …" under "… đề nghị Ủy ban nhân dân các xã, phường,
    đặc khu (sau đây gọi là UBND cấp xã) … thực hiện một số nội dung sau:" — the point names its body again at its head,
    so it is an assignment block of its own, as a heading naming the body is (the labels: one entry per body per
    assignment block). Only when every point holding the body's tasks opens so, two or more: a letter whose points
    open with their verb ("1. … a) Phối hợp với Kho bạc … hoàn thành đối chiếu …", a26-05), the name coming back in some
    point only, asks its intro's body once (the intro is the block's heading); [] then."""
    found = []
    for p in parts:
        inside = [i for i in idx if out[i].span and p.start <= out[i].span.start < p.end]
        if not inside:
            continue
        first = out[inside[0]]
        head_end = p.children[0].end if p.children else p.end
        at = first.span.start
        printed = fold(text[at:at + len(first.who or "") + 2]) if text else ""
        if not (at < head_end and name_words(printed)[:len(short)] == short
                and name_words(fold(first.who or "")) == short):
            return []  # one point opens with its verb: the letter restates no subject per point (a26-05)
        found.append((p, inside))
    return found if len(found) >= 2 else []


def _blocks_once(out: list[Obligation], idx: list[int], blocks: list[tuple[Part, list[int]]],
                 deadlines: list[Deadline]) -> tuple[list[Obligation], list[int]]:
    """``out`` with each led block (``_led_blocks``) one obligation of the body under its short name, due at the
    earliest date still to come among its tasks' and the block's dates no other body holds (a weekly or daily time
    only when nothing else is dated); and the indexes, in the new list, of the intro body's items left outside the
    blocks (``intro_body_once`` makes them one assignment)."""
    merged: dict[int, Obligation] = {}
    drop: set[int] = set()
    for p, inside in blocks:
        group = [out[i] for i in inside]
        dues = [o.deadline for o in group if o.deadline and (o.deadline.date or o.deadline.latest)
                and not o.deadline.past]
        dues += [d for d in deadlines if d.span and p.start <= d.span.start < p.end and not d.past
                 and (d.date or d.latest) and d.who is None]
        dues = [d for d in dues if R.rule_kind(d.recurrence) not in ("weekly", "daily")] or dues
        dl = min(dues, key=lambda d: d.latest or d.date) if dues else None
        merged[inside[0]] = replace(group[0], what=S.clip_tasks("; ".join(o.what for o in group if o.what)),
                                    deadline=dl, targets=tuple(t for o in group for t in o.targets))
        drop.update(inside[1:])
    rest = {i for i in idx if i not in merged and i not in drop}
    new_out, new_idx = [], []
    for i, o in enumerate(out):
        if i in drop:
            continue
        if i in rest:
            new_idx.append(len(new_out))
        new_out.append(merged.get(i, o))
    return new_out, new_idx

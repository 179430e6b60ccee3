"""One row per schedule-table cell: the rows read from one table row's one task cell, by one body, made one.

Why (session 31, a school's "KẾ HOẠCH THỰC HIỆN THEO THÁNG"): the cell "Tổ chức Lễ khai giảng năm học ngày
05/9/2027; ổn định nề nếp; …; tổ chức Hội nghị viên chức xong trước ngày 30/9/2027." in the row "Tháng 9/2027" gave
three rows of the phiếu, each the whole cell, due 05/9 (the ceremony's day), "Tháng 9/2027" (the row's month) and
"xong trước ngày 30/9/2027": a clerk hands the Hiệu trưởng one task, by the cell's own deadline, and strikes the
other two. Two cells' own clauses ("Thao giảng đợt 1" and "Thao giảng đợt 2") are different words and stay rows, and
so do two times of one task the cell lists ("Tháng 5/2027 và tháng 9/2027": two rounds, session 31's newcomer).

Shapes: :func:`cell_rows` takes and gives ``ChecklistItem`` rows; of the rows of one body whose offsets fall in one
row of a body or appendix table (:class:`vanban.export.plan_places.PlanPlaces`) and whose task words are all the
words of another's, the one kept is due last (an exact day before a period's last day: the cell's own "xong trước
ngày 30/9" before its row's "Tháng 9"), with the first's start (its place in the plan's order) and the Đơn vị phối
hợp one of them carries (the row's column: the kept row, read from the later date, may have none).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from vanban.export.plan_places import PlanPlaces
from vanban.extract.checklist import times_apart
from vanban.text import fold

__all__ = ["cell_rows"]


def _words(what: str | None) -> set[str]:
    return set(re.findall(r"\w+", fold(what or "").lower()))


def _same_task(a, b) -> bool:
    """Whether rows ``a`` and ``b`` are one cell's task: one's words all among the other's (a date left out of one)."""
    wa, wb = _words(a.what), _words(b.what)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _rank(it) -> tuple:
    """Due last first; an exact day before a period's end (the cell's deadline before its row's month)."""
    return (it.due or "", bool(it.date))


def _rounds(items: Sequence, group: list[int], it, row: str | None) -> bool:
    """``it`` is another time of a task of ``group`` (:func:`vanban.extract.checklist.times_apart`: "Tháng 5/2027 và
    tháng 9/2027" in the cell, two rounds of one task): a row of its own, as the checklist lists it. Read in the
    table row's whole text ``row``: a row's source stops at a body named with a dash ("Văn phòng - Thống kê", read as
    a sentence break) before the Thời hạn cell, and the first round was lost (session 32's newcomer)."""
    return any(times_apart(items[k], it, row or it.source) for k in group)


def cell_rows(items: Sequence, places: PlanPlaces | None) -> list:
    """``items`` with the rows of one table row's one task by one body made one (see the module)."""
    if places is None:
        return list(items)
    groups: list[list[int]] = []
    keys: list[tuple] = []
    for k, it in enumerate(items):
        at = places.table_row_at(it.start)
        key = (*at, it.who) if at else None
        for g, gk in zip(groups, keys):
            if key is not None and gk == key and _same_task(items[g[0]], it) \
                    and not _rounds(items, g, it, places.table_row_text(it.start)):
                g.append(k)
                break
        else:
            groups.append([k])
            keys.append(key)
    out = []
    for g in groups:
        if len(g) == 1:
            out.append(items[g[0]])
            continue
        kept = max((items[k] for k in g), key=_rank)
        partners = kept.partners or next((items[k].partners for k in g if items[k].partners), None)
        out.append(replace(kept, start=min(items[k].start for k in g), partners=partners))
    return out

"""An indicator table's rows: "Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2027", each row one target.

Why: a Nghị quyết of an HĐND on the year's socio-economic plan, or a Kế hoạch, lists its main indicators in a table
"STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2027": "Tốc độ tăng GRDP | % | 8,5 trở lên", "GRDP bình quân đầu người |
Triệu đồng | 112", "Tỷ lệ hộ nghèo … giảm | %/năm | 0,8 - 1", "… | % | Tối thiểu 31", "Số xã đạt chuẩn … | Xã | 08".
The figure stands in its cell alone, its unit in the cell before it: the prose grammar reads a number followed by
its unit and finds none there (a18-07: the nine rows of its Điều 2 missed). Here, in a data table whose header names
an indicator column ("Chỉ tiêu", "Tên chỉ tiêu"), a unit column ("Đơn vị tính", "ĐVT") and a column of the figures
set for a year or a span ("Kế hoạch năm 2027", "Mục tiêu đến năm 2030", "Năm 2027": :data:`vocab.PERIOD_COL`), each
row whose value cell is a figure is a target:

* the value cell's figure with the bound words it holds (:data:`patterns.TARGET_MIN_CUE_RE` / ``MAX`` before it,
  "trở lên" / "trở xuống" after it): "8,5 trở lên" and "Tối thiểu 31" are minimums, "Không quá 5" a maximum, a range
  "0,8 - 1" both bounds, a bare "112" min = max;
* the unit the unit cell's words, lower-cased ("Triệu đồng" → "triệu đồng", "%/năm"); a "%" in the value cell
  stands for an empty unit cell;
* the scope the indicator cell, the period the column's ("năm 2027").

A column of results ("Thực hiện năm 2026", "Ước thực hiện 2026", "Ước TH") is no target: those figures are reached,
not set. The prose grammar's reading of the same cells gives way (the caller drops what overlaps the rows read).
Tests: tests/test_indicator_cells.py.
"""

from __future__ import annotations

import re

from vanban.extract import patterns as P
from vanban.extract.numbers import NUMBER, parse_number
from vanban.models import Span, Table, Target
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["indicator_cells"]

#: a column of figures already reached (folded, the header cell's start): no target
_RESULT_COL = re.compile(r"^(?:uoc|thuc hien|ket qua|uoc th|th\s)")
#: the value cell: bound words, the figure or a range, "%", "trở lên" / "trở xuống" (folded)
_VALUE = re.compile(rf"^(?P<pre>[^\d]*?)\s*(?P<a>{NUMBER})(?:\s*(?:-|–|den)\s*(?P<b>{NUMBER}))?\s*(?P<pct>%)?"
                    rf"(?P<post>\s*(?:tro len|tro xuong))?\s*[.;]?$")
_PERIOD = re.compile(r"(?:den\s+)?(?:nam|giai doan)\s*20\d\d(?:\s*[-–]\s*20\d\d)?|20\d\d(?:\s*[-–]\s*20\d\d)?")
_UNIT_CELL_MAX = 4  # words: a unit cell is short ("Triệu đồng", "%/năm", "Người/1.000 dân")


def _columns(t: Table) -> tuple[int, int, list[int]] | None:
    """(indicator column, unit column, value columns) of an indicator table's header, else None."""
    head = [fold(h).strip(" *.:") for h in t.header]
    values = [i for i, h in enumerate(head) if V.PERIOD_COL.match(h) and not _RESULT_COL.match(h)]
    unit = next((i for i, h in enumerate(head) if V.TASK_UNIT_COL.search(h)), None)
    label = next((i for i, h in enumerate(head) if V.TASK_TARGET_COL.search(h) and i not in values), None)
    if not values or unit is None or label is None or unit == label:
        return None
    return label, unit, [i for i in values if i not in (label, unit)]


def _bounds(cell: str) -> tuple[float, float | None, float | None, bool] | None:
    """(figure, min, max, a "%" written) of a value cell, None when it is no figure ("-", "Đạt chuẩn")."""
    m = _VALUE.match(fold(cell).strip())
    if not m:
        return None
    a = parse_number(m.group("a"))
    b = parse_number(m.group("b")) if m.group("b") else None
    if a is None:
        return None
    pre = m.group("pre").strip()
    if pre and not (P.TARGET_MIN_CUE_RE.search(pre + " ") or P.TARGET_MAX_CUE_RE.search(pre + " ")):
        return None  # "Giữ vững", words before the figure that bound nothing: not read
    if b is not None:
        return a, a, b, bool(m.group("pct"))
    lo: float | None = a
    hi: float | None = a
    if m.group("post") and "len" in m.group("post") or pre and P.TARGET_MIN_CUE_RE.search(pre + " "):
        hi = None
    elif m.group("post") or pre and P.TARGET_MAX_CUE_RE.search(pre + " "):
        lo = None
    return a, lo, hi, bool(m.group("pct"))


def indicator_cells(tables: tuple[Table, ...]) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the indicator tables among ``tables`` (see the module)."""
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    for t in tables:
        if t.role != "data" or not t.header:
            continue
        cols = _columns(t)
        if cols is None:
            continue
        label, unit, values = cols
        for vi in values:
            pm = _PERIOD.search(fold(t.header[vi]))
            period = t.header[vi][pm.start():pm.end()].strip() if pm else None
            if period and period[:1].isupper():
                period = period[0].lower() + period[1:]
            for row in t.rows[1:]:
                if max(label, unit, vi) >= len(row):
                    continue
                name, u, val = row[label], row[unit], row[vi]
                got = _bounds(val.text)
                if got is None or not name.text.strip():
                    continue
                _, lo, hi, pct = got
                words = " ".join(u.text.split())
                if not words and pct:
                    words = "%"
                if not words or len(words.split()) > _UNIT_CELL_MAX:
                    continue
                text = " | ".join(" ".join(c.text.split()) for c in (name, u, val))
                scope = " ".join(name.text.split())
                if scope[:1].isupper() and not scope[1:2].isupper():
                    scope = scope[0].lower() + scope[1:]
                start, end = min(name.start, u.start, val.start), max(name.end, u.end, val.end)
                out.append(Target(text=text, min=lo, max=hi, unit=words.lower(), scope=scope, period=period,
                                  span=Span(start, end, text)))
                read.append((start, end))
    return out, read

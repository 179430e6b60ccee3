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
from vanban.extract import target_words as TW
from vanban.extract.numbers import NUMBER, parse_number
from vanban.models import Span, Table, Target
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["indicator_cells", "quota_cells", "year_row_cells"]

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


_LINE = re.compile(r"[^\n\f]*\S[^\n\f]*")
_NAME_MAX_WORDS = 16  # a unit's name cell ("Các Đoàn xã, phường còn lại (mỗi đơn vị)"); longer is prose: the table ended
_CAPTION_LINES = 4  # the caption's lines above the header


def _kind_unit(head: str) -> str | None:
    """The unit of a quota column's head: its parenthesised words, or the lead when it starts with them ("Đơn vị máu
    (đơn vị)" → "đơn vị máu"), lower-cased; None when the head is no kind-with-unit."""
    m = TW.QUOTA_KIND_HEAD_RE.match(" ".join(head.split()))
    if not m or len(m.group("unit").split()) > 3:
        return None
    lead, unit = m.group("lead").strip(" ,").lower(), m.group("unit").strip().lower()
    return lead if fold(lead).startswith(fold(unit) + " ") and len(lead.split()) <= 4 else unit


def _quota_heads(lines, j: int) -> tuple[list[tuple[str | None, str]], list[str | None], int]:
    """(units, bounds, index after the header) of a quota table's kind columns from ``lines[j]`` on.

    Kinds: a head with its unit in parentheses ("Đơn vị máu (đơn vị)"); a head whose parentheses hold a bound of the
    whole column ("Mô hình sinh kế thành lập mới (ít nhất)": its bare figures are minimums) or nothing ("Hội viên kết
    nạp mới"), whose cells then print their own unit ("06 mô hình", "150 hội viên": unit None here). A head without a
    unit counts only when the row number "1" follows the header: in legacy OCR a lost row number would make the
    first unit's name read as a head."""
    heads: list[tuple[str | None, str | None, str]] = []
    while j < len(lines):
        ln = lines[j][2].strip(" *")
        m = TW.QUOTA_KIND_HEAD_RE.match(ln)
        if m and TW.QUOTA_HEAD_BOUND_RE.fullmatch(fold(m.group("unit")).strip()):
            heads.append((None, "max" if TW.QUOTA_HEAD_MAX_RE.match(fold(m.group("unit")).strip()) else "min",
                          m.group("lead").strip()))
        elif u := _kind_unit(ln):
            heads.append((u, None, ln))
        elif TW.QUOTA_BARE_HEAD_RE.match(ln) and not ln.endswith((":", ".", ";")) and heads:
            heads.append((None, None, ln))
        else:
            break
        j += 1
    if not (j < len(lines) and lines[j][2] == "1"):
        while heads and heads[-1][0] is None and heads[-1][1] is None:
            heads.pop()
            j -= 1
    return [(u, h) for u, _, h in heads], [b for _, b, _ in heads], j


def _head_bound(bound: str | None, cell: str, lo, hi):
    """(min, max) of a cell under a column head's bound ("(ít nhất)"): a bare figure is a minimum (a maximum);
    a cell with its own bound words or a range keeps them."""
    if bound is None or lo != hi or _OWN_BOUND.search(fold(cell)):
        return lo, hi
    return (lo, None) if bound == "min" else (None, hi)


_OWN_BOUND = re.compile(r"\b(?:it nhat|toi thieu|toi da|khong qua|khong duoi|tren|duoi|tu|tro len|tro xuong)\b")
_UNIT_VALUE = re.compile(rf"^(?P<pre>[^\d]*?)\s*(?P<a>{NUMBER})(?:\s*(?:-|–|den)\s*(?P<b>{NUMBER}))?"
                         r"\s+(?P<unit>[a-z\u0111]+(?:\s+[a-z\u0111]+){0,2})\s*(?P<post>tro len|tro xuong)?\s*[.;]?$")


def _unit_cell(cell: str) -> tuple[float | None, float | None, str] | None:
    """(min, max, unit) of a quota cell printing its own unit ("06 mô hình", "Mỗi đơn vị từ 01 đến 02 mô hình", "Mỗi
    đơn vị không dưới 20 hội viên"), None for any other line. Before the figure only a share ("Mỗi đơn vị", "mỗi xã")
    and bound words may stand: "Tổ 3 phường Đông" is a name."""
    v = fold(" ".join(cell.split()))
    m = _UNIT_VALUE.match(v)
    if not m or len(v) != len(" ".join(cell.split())):
        return None
    pre = TW.QUOTA_SHARE_RE.sub("", m.group("pre")).strip()
    lo_cue = pre and P.TARGET_MIN_CUE_RE.search(pre + " ")
    hi_cue = pre and P.TARGET_MAX_CUE_RE.search(pre + " ")
    if pre and not (lo_cue or hi_cue):
        return None
    a, b = parse_number(m.group("a")), parse_number(m.group("b")) if m.group("b") else None
    if a is None:
        return None
    unit = " ".join(cell.split())[m.start("unit"):m.end("unit")].lower()
    if b is not None:
        return a, b, unit
    if m.group("post") == "tro len" or lo_cue:
        return a, None, unit
    if m.group("post") or hi_cue:
        return None, a, unit
    return a, a, unit


def _lines(text: str) -> list[tuple[int, int, str]]:
    """The text's lines as (start, end, words joined by single spaces): what the line-by-line table readers read."""
    return [(m.start(), m.end(), " ".join(m.group(0).split())) for m in _LINE.finditer(text)]


def _head_at(lines: list[tuple[int, int, str]], i: int, head_re: re.Pattern, strip: str) -> int | None:
    """The index of a table's first named column head when one starts at line ``i`` (after an optional "STT" / "TT"
    head line, :data:`target_words.QUOTA_NUMBER_HEAD_RE`): the line ``head_re`` matches, folded and stripped of
    ``strip``; None otherwise. Shared by :func:`quota_cells` and :func:`year_row_cells`."""
    k = i + bool(TW.QUOTA_NUMBER_HEAD_RE.match(fold(lines[i][2]).strip(" *")))
    return k if k < len(lines) and head_re.match(fold(lines[k][2]).strip(strip)) else None


def quota_cells(text: str) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the quota tables by unit in ``text``, printed cell after cell.

    Kind: a "Phụ lục giao chỉ tiêu" — one row per unit charged, one column per kind of target, each column's unit in
    its head's parentheses ("TT | Đơn vị | Công trình, phần việc thanh niên (công trình) | Đơn vị máu (đơn vị) | Kết
    nạp đoàn viên mới (đoàn viên)", then "1 | Đoàn Khối các cơ quan tỉnh | 20 | 600 | 150", and a last row "Các Đoàn
    xã, phường còn lại (mỗi đơn vị) | Ít nhất 03 | Ít nhất 40 | Ít nhất 20"), under a caption of quotas set
    (:data:`target_words.QUOTA_CAPTION_RE`). Each figure cell is a target: the figure with its bound words ("Ít nhất
    03" a minimum), the unit its column's, the scope the row's unit. Read line by line, so that legacy OCR, which
    drops the blank lines between cells and some cells, is read too: a line with a figure alone is the next column's
    value of the current row, a number line just before a name line is the next row's number, any other short line
    a unit's name (a new row); a line of prose ends the table.
    """
    lines = _lines(text)
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if (k := _head_at(lines, i, TW.QUOTA_BODY_HEAD_RE, " *")) is None:
            i += 1
            continue
        units, bounds, j = _quota_heads(lines, k + 1)
        caption = " ".join(fold(x[2]) for x in lines[max(0, i - _CAPTION_LINES):i])
        if len(units) < 2 or not TW.QUOTA_CAPTION_RE.search(caption) or TW.QUOTA_RESULT_RE.search(caption):
            i = j if len(units) >= 2 else i + 1
            continue
        period_m = _PERIOD.search(caption)
        period = None
        if period_m:
            raw = " ".join(x[2] for x in lines[max(0, i - _CAPTION_LINES):i])
            period = raw[period_m.start():period_m.end()].lower() if len(raw) == len(caption) else None
        name: str | None = None
        col = 0
        rows = 0  # the rows met: a row's number is the next of it, or its name opens it unnumbered
        numbered = False
        while j < len(lines):
            s, e, ln = lines[j]
            got = _bounds(ln)
            nxt = lines[j + 1][2] if j + 1 < len(lines) else ""
            if got is not None and re.fullmatch(r"\d{1,2}", ln) and (name is None or col >= len(units)
                                                                     or int(ln) == rows + 1) \
                    and nxt and _bounds(nxt) is None:
                rows, numbered = int(ln), True  # the next row's number
                name, col = None, 0
            elif got is not None and name is not None and col < len(units):
                _, lo, hi, _pct = got
                u, head = units[col]
                if u:  # a figure without its unit under a head without one ("Hội viên kết nạp mới" | "150"): none
                    lo, hi = _head_bound(bounds[col], ln, lo, hi)
                    out.append(Target(text=ln, min=lo, max=hi, unit=u, scope=f"{name}: {head}", period=period,
                                      span=Span(s, e, ln)))
                    read.append((s, e))
                col += 1
            elif name is not None and col < len(units) and (own := _unit_cell(ln)) is not None:
                lo, hi, cell_unit = own
                u, head = units[col]
                lo, hi = _head_bound(bounds[col], ln, lo, hi)
                out.append(Target(text=ln, min=lo, max=hi, unit=u or cell_unit, scope=f"{name}: {head}",
                                  period=period, span=Span(s, e, ln)))
                read.append((s, e))
                col += 1
            elif got is None and len(ln.split()) <= _NAME_MAX_WORDS and not ln.endswith((":", ".", ";")):
                if name is not None and col == 0:
                    name = f"{name} {ln}"  # a name wrapped over two lines
                else:
                    name, col = ln, 0
                    rows += 0 if numbered else 1
                numbered = False
            else:
                break
            j += 1
        i = j
    return out, read


_ROW_LABEL_MAX_WORDS = 30  # an indicator's cell ("Tỷ lệ hồ sơ công việc … (trừ hồ sơ mật)"); longer is prose


def year_row_cells(text: str) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the indicator tables by year in ``text``, printed cell after cell, whose rows name
    their unit in the indicator's parentheses.

    Kind: a plan's "Chỉ tiêu cụ thể theo từng năm" — "STT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 | Năm 2030",
    then "3 | Số hộ sản xuất, kinh doanh có sản phẩm bán trên sàn thương mại điện tử (hộ) | 120 | 180 | 250 | Tối
    thiểu 320" (a20-10). A bare figure cell has no unit for the prose grammar to read; the row's parenthesised words
    are its unit (:data:`target_words.ROW_UNIT_LABEL_RE`), each figure cell a target: the figure with its bound words
    ("Tối thiểu 320" a minimum), the period its column's year ("năm 2027"), the scope the indicator. A row of
    percentages ("82%", "Ít nhất 75%") is the prose grammar's, left to it; a row whose indicator names no unit is
    not read. Read line by line (as :func:`quota_cells`): a number line opens a row, the lines up to its first
    figure are the indicator (wrapped), the figure lines its cells; a line of prose ends the table.
    """
    lines = _lines(text)
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if (k := _head_at(lines, i, TW.YEAR_ROWS_LABEL_HEAD_RE, " *.:")) is None:
            i += 1
            continue
        years: list[str] = []
        j = k + 1
        while j < len(lines) and (y := TW.YEAR_ROWS_YEAR_HEAD_RE.match(fold(lines[j][2]).strip(" *"))):
            years.append(y.group("y"))
            j += 1
        if len(years) < 2:
            i = j
            continue
        label: list[str] = []
        col = rows = 0
        while j < len(lines):
            s, e, ln = lines[j]
            got = _bounds(ln)
            nxt = lines[j + 1][2] if j + 1 < len(lines) else ""
            if got is not None and re.fullmatch(r"\d{1,2}", ln) and int(ln) == rows + 1 and (not label or col > 0) \
                    and nxt and _bounds(nxt) is None:
                label, col, rows = [], 0, rows + 1  # the next row's number, its indicator after it
            elif got is not None and label and col < len(years):
                _, lo, hi, pct = got
                unit = TW.ROW_UNIT_LABEL_RE.match(" ".join(label))
                if unit and not pct and len(unit.group("unit").split()) <= 3:
                    scope = unit.group("lead").strip(" ,")
                    if scope[:1].isupper() and not scope[1:2].isupper():
                        scope = scope[0].lower() + scope[1:]
                    out.append(Target(text=ln, min=lo, max=hi, unit=unit.group("unit").strip().lower(), scope=scope,
                                      period=f"năm {years[col]}", span=Span(s, e, ln)))
                    read.append((s, e))
                col += 1
            elif got is None and col == 0 and len(label) < 3 and len(ln.split()) <= _ROW_LABEL_MAX_WORDS \
                    and not ln.endswith((":", ";")):
                label.append(ln)  # the indicator, wrapped over a line or two
            else:
                break
            j += 1
        i = j
    return out, read

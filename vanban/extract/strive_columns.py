"""A figures table's column of what the plan strives for: "Nguồn thu | Dự toán giao năm 2029 | Ước thực hiện đến
31/8/2029 | Phấn đấu cả năm 2029", each row's figure in the last one a target.

Why (tgt35a): a UBND phường's Kế hoạch thu ngân sách for the last months of the year prints, per revenue source, the
sum the budget assigned, the sum collected so far and the sum it strives for (t34-03, under "Đơn vị tính: triệu
đồng"). Only the "Phấn đấu" column is set by the plan: the assigned sum is the budget's (a base), the collected one a
result. The figures stand alone in their cells, their unit on the line above the table, so the prose grammar reads
none of them. Each figure: min = max, the unit the table's ("Đơn vị tính: …", else the head's parentheses), the row's
name its scope, the head's year its period. The total row ("Tổng cộng") sums the rows: read apart
(:func:`strive_total_cells`), the caller dropping it where the prose states its figure ("tối thiểu 44.550 triệu đồng").

Only a table whose head names the goal column (:data:`_STRIVE_HEAD`) beside a column of the base or of results
(:data:`_BESIDE_HEAD`) reads so; an indicator table ("Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2027") is
:mod:`.indicator_cells`'.
Tests: tests/test_targets_tgt35a.py.
"""

from __future__ import annotations

import re

from vanban.extract.indicator_cells import own_unit_cell
from vanban.extract.numbers import FIGURE_CELL_RE, parse_number
from vanban.extract.table_heads import head_column, head_keys, headed_tables
from vanban.models import Span, Table, Target
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["aimed_level_cells", "strive_column_cells", "strive_total_cells"]

#: the goal column's head (folded): "Phấn đấu cả năm 2029", "Mức phấn đấu năm 2029 (triệu đồng)"; (tgt40b) or the sum
#: each unit is charged to collect, "Số thuế ghi thu năm 2032", "Số phải thu", "Kế hoạch thu" — not "Còn phải thu"
#: (what is left of it after the results)
_STRIVE_HEAD = re.compile(r"^(?:(?:muc\s+)?phan dau|(?:so\s+(?:[a-z]+\s+){0,2}?)?(?:ghi thu|giao thu|phai thu))(?![a-z])")
#: a column beside it of the base or of results: "Dự toán giao năm 2029", "Ước thực hiện đến 31/8/2029", "Kế hoạch …",
#: (tgt40b) "Đã thu đến 31/5/2032"
_BESIDE_HEAD = re.compile(r"^(?:du toan|uoc thuc hien|uoc th|thuc hien|ke hoach|da thu|da thuc hien)(?![a-z])")
#: a year in the goal column's head: its period
_YEAR = re.compile(r"(?:nam\s+)?20\d\d")
#: a unit in the head's parentheses ("(triệu đồng)")
_HEAD_UNIT = re.compile(r"\(([^()]{2,20})\)\s*$")
#: the unit line above the table: "Đơn vị tính: triệu đồng" (folded; emphasis marks around it)
_UNIT_LINE = re.compile(r"^[\s*_(]*don vi tinh\s*:\s*(?P<u>[^\n*_()]{2,20}?)[\s*_)]*$")
#: the row number's head ("STT", "TT", "Số TT")
_ROW_NO_HEAD = re.compile(r"^(?:so\s+)?(?:stt|t\.?t\.?)$")
_UNIT_LINE_BACK = 3  # non-blank lines above the table the unit line may stand on


def _unit_above(text: str, start: int) -> str | None:
    """The unit of the "Đơn vị tính: …" line among the few lines above ``start`` (as printed, lower-cased), else None."""
    lines = [ln for ln in text[max(0, start - 400):start].split("\n") if ln.strip()][-_UNIT_LINE_BACK:]
    for ln in reversed(lines):
        m = _UNIT_LINE.match(fold(ln))
        if m and len(fold(ln)) == len(ln):
            return ln[m.start("u"):m.end("u")].strip().lower()
    return None


def strive_column_cells(tables: tuple[Table, ...], text: str) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the goal columns of the figures tables among ``tables`` (see the module)."""
    return _strive_rows(tables, text, totals=False)


def strive_total_cells(tables: tuple[Table, ...], text: str) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the total rows ("Tổng cộng", "Cộng") of the goal columns among ``tables``: each the
    sum the whole area is charged, where it is its column's sum (a total that is not: a row lost, its place unsure).

    Why (tgt41a): a xã's Công văn on the year's land-use tax hands each thôn the sum it is to collect, "Số thuế phải
    thu năm 2032 (đồng)" beside "Đã thu đến …", and closes the table with "**Cộng** | … | **430.000.000**" (a39-10;
    its twin t39-10's "Tổng cộng" the same): the whole xã's sum to collect, which the prose states nowhere, and which
    both authors count. As with a quota table's total (:mod:`.quota_totals`), where the prose does state it the
    caller drops the total (the labels count the sentence, t34-03's "tối thiểu 44.550 triệu đồng"); a total whose
    figure the text prints again outside its table ("… (tối thiểu 44.550 triệu đồng)") is the prose's, whether or not
    the prose grammar read it there: not read here either."""
    out, read = _strive_rows(tables, text, totals=True)
    kept = [t for t in out if t.span is None or not _printed_elsewhere(t.text, t.span.start, tables, text)]
    return kept, read


def _printed_elsewhere(cell: str, at: int, tables: tuple[Table, ...], text: str) -> bool:
    """The figure of the total cell ``cell`` (at ``at``) stands as a whole number in ``text`` outside the table that
    holds it."""
    fig = cell.strip(" *")
    own = next(((t.start, t.end) for t in tables if t.start <= at < t.end), (at, at + len(cell)))
    return any(not own[0] <= m.start() < own[1]
               for m in re.finditer(rf"(?<![\d.,]){re.escape(fig)}(?![\d]|[.,]\d)", text))


def _strive_rows(tables: tuple[Table, ...], text: str, *, totals: bool) -> tuple[list[Target], list[tuple[int, int]]]:
    """The goal cells of the rows (``totals`` False) or of the total rows (True): see :func:`strive_column_cells`."""
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    for t in headed_tables(tables):
        head = head_keys(t.header)
        goal = head_column(head, _STRIVE_HEAD.match)
        if goal is None or not any(_BESIDE_HEAD.match(h) for i, h in enumerate(head) if i != goal):
            continue
        name = head_column(head, lambda h: h and not _ROW_NO_HEAD.match(h) and not _BESIDE_HEAD.match(h), skip=(goal,))
        own = _HEAD_UNIT.search(" ".join(t.header[goal].split()))
        unit = own.group(1).strip().lower() if own else _unit_above(text, t.start)
        if unit is None or name is None:
            continue  # a figure without its unit: what it counts is not said
        year = _YEAR.search(head[goal])
        period = f"năm {year.group(0)[-4:]}" if year else None
        rows = [row for row in t.rows[1:] if goal < len(row) and name < len(row)]
        whole = [any(V.QUOTA_TOTAL_ROW_RE.match(fold(c.text).strip(" *:")) for c in row[:goal]) for row in rows]
        # the total row sums the rows (its label where the row is printed, whichever column: a total whose label
        # spans the number and name columns may come out shifted, "| | Tổng cộng | 27.230 | …")
        figures = [_figure(row[goal].text) for row in rows]
        parts = [n for n, w in zip(figures, whole) if not w]
        for row, w, n in zip(rows, whole, figures):
            if w != totals:
                continue
            if totals and (None in parts or len(parts) < 2 or n is None or abs(sum(parts) - n) > 0.5):
                continue  # a total that is not its column's sum: a row lost or misread, what it sums unsure
            label = row[name].text
            cell = row[goal]
            if not n:
                continue
            out.append(Target(text=cell.text, min=n, max=n, unit=unit, scope=label.strip(" *") or None, period=period,
                              span=Span(cell.start, cell.end, cell.text)))
            read.append((cell.start, cell.end))
    return out, read


def _figure(cell: str) -> float | None:
    """The figure a goal cell holds alone ("**430.000.000**": the bold of a total row stripped), else None."""
    fig = FIGURE_CELL_RE.match(fold(cell).strip(" *"))
    return parse_number(fig.group("n")) if fig else None


#: (tgt39b) a column of the level each row strives for, its noun then the aim (folded, whole head): "Số sao phấn đấu",
#: "Hạng sao phấn đấu", "Mức sao cần đạt", "Số sao dự kiến đạt" — a grade noun (sao, hạng) always: "Mức phấn đấu năm
#: 2031" is a strive column of any figure (_STRIVE_HEAD, strive_column_cells, which keeps its period and "trở lên")
_AIMED_LEVEL_HEAD = re.compile(r"^(?:(?:(?:so|hang|muc|cap)\s+sao|hang|phan hang|xep hang)(?:\s+[a-z]+)?"
                               r"\s+(?:phan dau|can dat|du kien dat)"
                               # a grade planned: "Hạng sao dự kiến", "Số sao đăng ký", "Phân hạng dự kiến"
                               r"|(?:so sao|hang sao|hang|phan hang|xep hang)\s+(?:du kien|dang ky|de nghi)"
                               r"|(?:muc tieu|du kien)\s+(?:phan hang|xep hang|hang sao|so sao))(?:\s+(?:nam\s+)?20\d\d)?$")


def aimed_level_cells(tables: tuple[Table, ...]) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the columns of an aimed level among ``tables``: each cell printing a figure with its own
    unit ("3 sao", "4 sao (nâng hạng)") under a head naming the aim ("Số sao phấn đấu") is that row's target, min = max
    unless the cell bounds it ("từ 3 sao trở lên"), the row's name its scope.

    Why (tgt39b): a xã's OCOP plan lists each chủ thể's product with the stars it strives for ("STT | Chủ thể | Sản
    phẩm | Địa bàn | Số sao phấn đấu | Thời gian hoàn thiện hồ sơ", t38-01); a grade alone in its cell names no case,
    the head says it is aimed at. The prose grammar reads "3 sao" as a grade a rule is for ("từ 3 sao trở lên") and
    drops it; the head settles it."""
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    for t in headed_tables(tables):
        head = head_keys(t.header)
        goal = head_column(head, _AIMED_LEVEL_HEAD.match)
        if goal is None:
            continue
        names = [i for i, h in enumerate(head) if i < goal and h and not _ROW_NO_HEAD.match(h)]
        for row in t.rows[1:]:
            if goal >= len(row):
                continue
            own = own_unit_cell(row[goal].text)
            if own is None or (own[0] or own[1]) is None:
                continue
            lo, hi, unit = own
            label = " – ".join(row[i].text for i in names if i < len(row) and row[i].text) or None
            cell = row[goal]
            out.append(Target(text=cell.text, min=lo, max=hi, unit=unit, scope=label, period=None,
                              span=Span(cell.start, cell.end, cell.text)))
            read.append((cell.start, cell.end))
    return out, read

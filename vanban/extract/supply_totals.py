"""The total row of a table of supplies planned per unit: "TT | Thôn | Tổng đàn trâu, bò (con) | Vắc xin LMLM (liều) |
…", closed by "Tổng cộng | 2.176 | 1.960 | …" — each supply column's total a target.

Why (tgt35a): a UBND xã's Kế hoạch tiêm phòng lists, per thôn, the herd counted and the vaccine doses planned for it,
and closes the table with the whole xã's sums (a33-04, t33-04). The doses are what the plan sets out to give; the
herds are where things stand. Both sets' labels count the doses' total row ("1.960", "2.103", "67.500" liều; "2.744",
"930" liều); a33-04's author also counts each thôn's cells, t33-04's does not: the total row is the reading both hold,
the rows are left (a reader may add them). The head names the supply and its unit in parentheses
(:data:`_SUPPLY_HEAD`: "Vắc xin dại (liều)"); a head of what is counted ("Chó (con)", "Tổng đàn gia cầm (con)") is
not read.

The total row's label often spans the number and name columns ("| **Tổng cộng** | 2.176 | …" under "TT | Thôn | …"),
and the structure stage then puts its figures one column off or drops the last: the figures are read again from the
text after the label, in order, and laid on the last columns of the header when there are as many figures as columns
after the name (the label's span tells no more).
Tests: tests/test_targets_tgt35a.py.
"""

from __future__ import annotations

import re

from vanban.extract.numbers import NUMBER, parse_number
from vanban.extract.table_heads import head_keys, headed_tables
from vanban.models import Span, Table, Target
from vanban.structure import vocab as V
from vanban.structure.plan_tables import figure_cell
from vanban.text import fold

__all__ = ["supply_total_cells"]

#: a supply column's head (folded): "Vắc xin LMLM (liều)", "Vắc-xin cúm gia cầm (liều)", "Số liều vắc xin (liều)"
_SUPPLY_HEAD = re.compile(r"^(?:vac[\s-]?xin|so lieu)\b[^()]*\((?P<u>[a-z ]{2,12})\)$")
#: the figures after the total row's label: each a bold or plain number, cells parted by "|" and blank space
_NEXT_FIGURE = re.compile(rf"[\s|*_]*(?P<n>{NUMBER})(?![\d.,])")
_NAME_COLUMNS = 2  # "TT | Thôn": the columns the total row's label stands for


def _total_figures(text: str, at: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, figure) of the figures printed one after the other from ``at`` (the label's end) up to ``end``."""
    out = []
    pos = at
    while (m := _NEXT_FIGURE.match(text, pos, end)) is not None:
        out.append((m.start("n"), m.end("n"), m.group("n")))
        pos = m.end()
    return out


def _wordy_tail(t: Table, width: int) -> int:
    """How many of the last columns of ``t`` (``width`` heads) hold no figure in any units' row: the time and the person
    of each row ("05 - 06/9/2034 | Nguyễn Văn Hùng"), left empty on the total row, which then prints fewer figures."""
    rows = [r for r in t.rows[1:] if not any(V.QUOTA_TOTAL_ROW_RE.match(fold(c.text).strip(" *:")) for c in r)]
    n = 0
    for col in range(width - 1, _NAME_COLUMNS, -1):
        if any(col < len(r) and figure_cell(r[col].text) for r in rows):
            break
        n += 1
    return n


def _unit_cells(t: Table, supplies: dict, heads: list[str]) -> list[Target]:
    """(tgt45t) Each unit's doses: the figure cells of the supply columns in the units' rows (not the total row), min =
    max, in the head's unit, the unit's name its scope. a33-04's and t44-05's authors count them beside the total,
    t33-04's only the total (the majority read, two sets to one); a row whose cells do not line up with the header is
    left."""
    out: list[Target] = []
    for r in t.rows[1:]:
        if len(r) != len(heads) or any(V.QUOTA_TOTAL_ROW_RE.match(fold(c.text).strip(" *:")) for c in r):
            continue
        name = r[1].text.strip(" *")
        for col, m in supplies.items():
            cell = r[col]
            if not figure_cell(cell.text) or not (n := parse_number(cell.text.strip(" *"))):
                continue
            head = " ".join(t.header[col].split()).strip(" *.:")
            unit = head[m.start("u"):m.end("u")].lower() if len(head) == len(heads[col]) else m.group("u")
            fig = cell.text.strip(" *")
            out.append(Target(text=fig, min=n, max=n, unit=unit, scope=f"{name}: {head}", period=None,
                              span=Span(cell.start, cell.end, cell.text)))
    return out


def supply_total_cells(tables: tuple[Table, ...], text: str) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the supply columns' total rows of the data tables among ``tables`` (see the module)."""
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    for t in headed_tables(tables):
        heads = head_keys(t.header)
        supplies = {i: m for i, h in enumerate(heads) if (m := _SUPPLY_HEAD.match(h))}
        if not supplies:
            continue
        total = next((c for r in t.rows[1:] for c in r if V.QUOTA_TOTAL_ROW_RE.match(fold(c.text).strip(" *:"))), None)
        if total is None:
            continue
        figures = _total_figures(text, total.end, min(len(text), t.end + 200))
        wordy = _wordy_tail(t, len(heads))
        if len(figures) != len(heads) - _NAME_COLUMNS and len(figures) != len(heads) - _NAME_COLUMNS - wordy:
            continue  # a figure lost or one too many: which column each sums is unsure
        rows_out = _unit_cells(t, supplies, heads)
        out += rows_out
        read += [(x.span.start, x.span.end) for x in rows_out]
        for (a, b, fig), col in zip(figures, range(_NAME_COLUMNS, len(heads))):
            if col not in supplies:
                continue
            n = parse_number(fig)
            if not n:
                continue
            head = " ".join(t.header[col].split()).strip(" *.:")
            unit = head[supplies[col].start("u"):supplies[col].end("u")].lower() if len(head) == len(heads[col]) \
                else supplies[col].group("u")
            out.append(Target(text=fig, min=n, max=n, unit=unit, scope=f"{head}: tổng cộng", period=None,
                              span=Span(a, b, fig)))
            read.append((a, b))
    return out, read

"""A task table that runs over a page break is one table.

Why: a PDF text layer (and a scanned page's rules) gives each page's part of a
long table as its own grid, so the part on page 2 had no header row: the
obligations reader, which names its columns from the header, skipped its rows
or read them run together ("13 Rà soát … Văn phòng HĐND và UBND xã Các thôn"),
and the task of a row the page break cut ("Xây dựng cơ" / "sở dữ liệu hộ
nghèo …", its date "Trước ngày" / "16/07/2026") came out in two halves.

A grid is the continuation of the table before it when that one names its
columns (a header row), both have the same number of columns, only a page
break (and printed page numbers) lies between them, and the grid's first row,
when it names columns, names the same ones. The continuation's rows
join the table; a header row it repeats (Word's "Repeat as header row") is
dropped; and its first row is the end of the row cut at the break when its
first cell (the STT) is empty while the table's rows are filled there, and a
cell of it goes on in lower case ("sở dữ liệu…", "trận, các tổ chức…").
"""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz

from vanban.models import Table, TableCell
from vanban.text import fold_flat

__all__ = ["join_continued"]

#: a header row repeated on the next page reads this close to the table's own (rapidfuzz ratio, folded)
SAME_HEADER = 90
#: what may stand between two parts of a table besides the page break: a printed
#: page number ("2", "- 2 -", "Trang 2", "2/5")
_FOLIO = re.compile(r"^(?:trang\s*)?[-–]?\s*\d{1,3}(?:\s*/\s*\d{1,3})?\s*[-–]?$", re.IGNORECASE)


def join_continued(tables: list[Table], text: str) -> list[Table]:
    """``tables`` with each continuation on a later page joined to the table it continues (see the module)."""
    out: list[Table] = []
    for t in tables:
        prev = out[-1] if out else None
        if prev is not None and _continues(prev, t, text):
            out[-1] = _joined(prev, t)
        else:
            out.append(t)
    return out


def _continues(prev: Table, t: Table, text: str) -> bool:
    if prev.role != "data" or t.role != "data" or not prev.header or not t.rows:
        return False
    if len(prev.rows[0]) != len(t.rows[0]) or prev.in_appendix != t.in_appendix:
        return False
    if t.header and not _same_header(t.rows[0], prev.header):
        return False  # a table of its own at the top of the next page: it names its columns otherwise
    between = text[prev.end:t.start]
    return "\f" in between and all(_FOLIO.match(ln.strip()) for ln in between.splitlines() if ln.strip(" \f"))


def _joined(prev: Table, t: Table) -> Table:
    rows = list(t.rows)
    if _same_header(rows[0], prev.header):
        rows = rows[1:]
    body = list(prev.rows)
    if rows and len(body) > 1 and _cut_row(rows[0], body[1:]):
        body[-1] = tuple(_glued(a, b) for a, b in zip(body[-1], rows[0]))
        rows = rows[1:]
    return replace(prev, rows=tuple(body + rows), end=max(prev.end, t.end))


def _same_header(row: tuple[TableCell, ...], header: tuple[str, ...]) -> bool:
    """The row repeats the header's column names (an OCR'd page may misread a letter of them)."""
    return fuzz.ratio(" | ".join(_key(c.text) for c in row), " | ".join(_key(h) for h in header)) >= SAME_HEADER


def _key(s: str) -> str:
    return fold_flat(s)


def _cut_row(first: tuple[TableCell, ...], rows: list[tuple[TableCell, ...]]) -> bool:
    """``first`` is the rest of a row the page break cut: an empty first cell where the table's rows have their
    number ("1", "II", "2.3"), and a cell that goes on in lower case."""
    if first[0].text.strip():
        return False
    numbered = sum(1 for r in rows if r[0].text.strip())
    if numbered * 2 < len(rows):
        return False
    return any(c.text.strip()[:1].islower() for c in first[1:])


def _glued(a: TableCell, b: TableCell) -> TableCell:
    if not b.text.strip():
        return a
    if not a.text.strip():
        return b
    return TableCell(f"{a.text} {b.text}", a.start, b.end)

"""A task table's header row where it stands: under group rows, printed again inside, or one column short.

Why: a real appendix task table of a province plan does not always open with its column names. Its first rows may
be group rows ("B" / "PHÁT TRIỂN KINH TẾ SỐ …", "I" / "Phát triển kinh tế số nông nghiệp") with the header under
them; each part may print the header again ("Nội dung | Đơn vị thực hiện | …" under each roman group); and that
header may be one column short of the rows, the number column left unnamed ("Nội dung | Đơn vị thực hiện | Đơn vị
phối hợp | Thời gian thực hiện | Sản phẩm đầu ra" over rows "1.1 | Kiện toàn Ban Chỉ đạo … | Sở Khoa học và Công
nghệ | … | 2025 | Quyết định", 179-KH-UBND's tables B and C). The table readers of geometry (DOCX, PDF words, OCR
boxes, Markdown cells) named the columns from row 0 only: such a table had no header, its rows no Đơn vị chủ trì and
no Thời gian, and extraction read each row as one run of text.

:func:`headed` gives the table the header row it holds (the first row whose every filled cell names a column,
:data:`HEADER_ROW_WORDS`, and whose names include a body or due column and a task column), moved to row 0 with the
group rows above it kept after it as rows of their own (the group rows inside the table stay too: the readers of
rows skip a row without a body or a date, as they did under a header in row 0); a later row repeating the header's
names is dropped; a header one cell short of its numbered rows, its last column empty in them but filled in the
rows, is moved one column right (an empty name over the number column). The plain-text stacked reader
(:mod:`.stacked`) does the same on its own cells; this is the rule for tables whose cells the input's geometry gives.
"""

from __future__ import annotations

import re
from dataclasses import replace

from vanban.cellgrid import NUMBER_COL_RE, ROW_NUMBER_RE
from vanban.models import Table, TableCell
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["headed", "names_columns", "repeats_header", "one_name_short", "HEADER_ROW_WORDS"]

#: the words of a column's name (folded, the whole cell searched): the stacked reader's list (the same offices' words)
HEADER_ROW_WORDS = V.STACKED_COL_WORDS
#: a column name is short (words), never a sentence; it holds no figure (a year, a date, a row's quota)
MAX_NAME_WORDS = V.STACKED_MAX_COL_WORDS
_FIGURE = re.compile(r"\d{2}|[:;]\s|[.;:]$")
#: how many rows may stand above a table's header row (group rows, a caption row merged into the grid)
MAX_ROWS_ABOVE = 4


def _name(text: str) -> str:
    """A cell's text as a column name is compared: folded, its emphasis and closing colon or stop dropped."""
    return " ".join(fold(text).strip(" *_:.").split())


def _names(row: tuple[TableCell, ...]) -> list[str]:
    return [_name(c.text) for c in row if c.text.strip(" *_")]


def _is_name(v: str) -> bool:
    return bool(NUMBER_COL_RE.match(v)) or (
        len(v.split()) <= MAX_NAME_WORDS and not _FIGURE.search(v) and bool(HEADER_ROW_WORDS.search(v)))


def names_columns(row: tuple[TableCell, ...]) -> bool:
    """Every filled cell of ``row`` names a column, three at least, and among them a body or due column and a task
    column ("Nội dung", "Nhiệm vụ"): a task table's header row, not a row of tasks nor a group row."""
    names = _names(row)
    if len(names) < 3 or not all(_is_name(v) for v in names):
        return False
    who_when = any(V.TASK_DUE_COL.search(v) or (V.TASK_BODY_COL.search(v) and not V.TASK_THING_COL.match(v))
                   for v in names)
    return who_when and any(V.TASK_WHAT_COL.search(v) for v in names)


def _same_names(row: tuple[TableCell, ...], head: list[str]) -> bool:
    names = _names(row)
    return names_columns(row) and sum(v in head for v in names) >= max(2, len(names) - 1)


def repeats_header(texts: list[str], header: list[str]) -> bool:
    """A row of cells ``texts`` prints the column names ``header`` again (a new page, a new part of the table)."""
    cells = tuple(TableCell(t, 0, 0) for t in texts)
    return _same_names(cells, _names(tuple(TableCell(h, 0, 0) for h in header)))


def one_name_short(header: list[str], rows: list[list[str]]) -> bool:
    """A header of cells ``header`` leaves the number column unnamed: it opens with a name that is no number column's,
    and most of ``rows`` (each a row's cells in order, an empty one counted) open with a row number and fill one
    cell more than the header names (a pipe table's "| Nội dung | Đơn vị thực hiện | … |" over "| 1.1 | Kiện toàn …
    | Sở Khoa học và Công nghệ | … |")."""
    names = [h for h in header if h.strip(" *_")]
    if len(names) < 3 or not header or not header[0].strip(" *_") or \
            NUMBER_COL_RE.match(_name(header[0])):
        return False
    numbered = [r for r in rows if r and ROW_NUMBER_RE.match(r[0].strip(" *")) and sum(bool(c.strip()) for c in r) > 2]
    wider = [r for r in numbered if len(r) > len(names) and r[len(names)].strip(" *_")]
    return len(numbered) >= 2 and len(wider) * 2 > len(numbered)


def headed(t: Table) -> Table:
    """``t`` with the header row it holds as row 0 and ``header`` (see the module); ``t`` unchanged when it has no
    such row, is no data table, or names its columns already in row 0 and repeats no header row."""
    if t.role != "data" or len(t.rows) < 2:
        return t
    rows = list(t.rows)
    if t.header:
        k = 0
    else:
        k = next((i for i, r in enumerate(rows[:MAX_ROWS_ABOVE + 1]) if names_columns(r)), None)
        if k is None or k == len(rows) - 1:
            return t
    head = rows[k]
    names = _names(head)
    body = rows[:k] + [r for r in rows[k + 1:] if not _same_names(r, names)]
    head = _aligned(head, body)
    if k == 0 and len(body) == len(rows) - 1 and head is rows[0]:
        return t
    return replace(t, rows=(head, *body), header=tuple(c.text for c in head))


def _aligned(head: tuple[TableCell, ...], body: list[tuple[TableCell, ...]]) -> tuple[TableCell, ...]:
    """``head`` with its first name over the task column when the number column is left unnamed: its first cell names
    no number column while most rows open with a row number, and either the name spans the number column and the
    task column (a merged cell: the next cell empty in the header, filled in those rows; DOCX) or the whole header
    is one name short, the column after its last name empty in it but filled in those rows (Markdown, plain text)."""
    filled = [i for i, c in enumerate(head) if c.text.strip(" *_")]
    if len(filled) < 3 or filled[0] != 0 or NUMBER_COL_RE.match(_name(head[0].text)):
        return head
    numbered = [r for r in body if len(r) == len(head) and ROW_NUMBER_RE.match(r[0].text.strip(" *"))
                and not _group(r)]

    def filled_in_rows(col: int) -> bool:
        return len(numbered) >= 2 and sum(bool(r[col].text.strip(" *_")) for r in numbered) * 2 > len(numbered)

    at = head[0].start
    if filled[1] > 1 and filled_in_rows(1):
        return (TableCell("", at, at), head[0], *head[2:])
    if filled[-1] + 1 < len(head) and filled_in_rows(filled[-1] + 1):
        return (TableCell("", at, at), *head[:-1])
    return head


def _group(row: tuple[TableCell, ...]) -> bool:
    """A group row: two filled cells at most (its label and its name)."""
    return sum(bool(c.text.strip(" *_")) for c in row) <= 2

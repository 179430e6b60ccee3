"""The cells and rows of a table printed cell after cell ("stacked"), in clean text and in OCR text alike.

Why: a table without a grid in the text (realdocs/md2plain.py, the printed plan of a scan, a legacy OCR page)
holds its cells one after another: in clean text one blank line apart, rows two apart, and the norm readers
(:mod:`.norm_targets`, :mod:`.norm_tables`) read cells as blank-line blocks and rows by those gaps. OCR keeps
neither: Tesseract prints consecutive cells on consecutive lines ("Cudc thi cap Chau luc ⏎ 93.000.000 ⏎
70.000.000 ⏎ 47.000.000 ⏎ 23.000.000", 64/2025/NQ-HĐND, legacy form), never two blank lines (none of the 175
cached legacy OCR texts of bench/.cache holds one), and a page break ("\\f") falls between two cells of one row;
a scanned ruled table comes from vanban's OCR as its cells' lines one after the other. So here:

* a block ends at a page break; in text that holds no row break (two blank lines) at all, each line of a block
  that is a whole cell by itself (a figure, an amount, a time limit, a unit line, a column head, a unit before
  a figure: :mod:`.cell_words`) is a cell of its own;
* in such text a row starts at its number cell (STT: "1", "2", …, each the next of the last, followed by the
  row's name; "B2", "2.1") and at a norm table's code row ("10 | 20 | 30"), the way a reader finds the rows.

Offsets are kept: blocks are spans of the text given, nothing is rewritten.

Why this is not :mod:`vanban.structure.stacked`, which also reads tables printed cell after cell (compared in
session 9, with a view to merging them; they share no code and answer different questions):

* that reader finds *task tables* by their header row of known column names ("STT | Nội dung | Đơn vị chủ trì |
  Thời hạn"), takes the column count from it (:func:`vanban.cellgrid.next_cell` counts the blank lines into
  columns) and gives extraction a :class:`~vanban.models.Table` whose columns say who and by when. The norm readers
  need no columns and often have no header to start from: a norm table continues on a page without its head, its
  heads are no task columns ("Mức chi", "Định mức", a procedure's "Bước 2") and its rows are told by figures.
  They need every block of a range — paragraph or cell — parted where OCR glued cells together, and which blocks
  share a row; this module gives that without a header, so a gap of two blank lines is a new row or an empty
  cell alike (no column count to tell them apart);
* what parts the cells here is a grammar of cell *contents* (a figure, an amount, a time limit, a unit line:
  :mod:`.cell_words`, built on :mod:`.norm_table_words`), extraction's grammar, which structure may not import;
  that reader parts cells by layout alone (blank lines, row numbers, the row's end);
* the row numbers differ: here folded, with a procedure's steps ("B2", "bước 2") and the code rows of a norm
  table ("10 | 20 | 30"); there as printed, with group rows ("I", "A", "I.1") that span the columns.

Merging them means structure reading norm tables into Tables and the norm readers reading Tables instead of
blocks: a change of what those readers see, to be measured as a feature (the realdocs bench), not a tidy-up.
Tests: tests/test_ocr_norm_tables.py here, tests/test_stacked_tables.py there.
"""

from __future__ import annotations

import re

from vanban.extract import cell_words as C
from vanban.extract import norm_table_words as W
from vanban.extract.target_words import ROW_BREAK_RE

__all__ = ["Block", "cells", "rows_of", "row_starts"]

Block = tuple[int, int, str]  # (start, end, flat text: the block's words one space apart)

_BLOCK_RE = re.compile(r"[^\n\f]*[^\s][^\n\f]*(?:\n[^\n\f]*[^\s][^\n\f]*)*")  # non-blank lines, not across a page break
_ROW_BREAK_RE = ROW_BREAK_RE  # md2plain: rows two blank lines apart
_LINE_RE = re.compile(r"[^\n]+")
_NEXT_LINE_RE = re.compile(r"\s*\n\s*([^\n]*\S)")  # the next non-blank line after a line's end


def _cell_line(line: str) -> bool:
    """A line that is a whole cell by itself: a figure, an amount, a share of a total, a time limit, a unit line, or a column head
    without figures."""
    if any(rx.match(line) for rx in (C.FIGURE_LINE_RE, C.AMOUNT_LINE_RE, C.SHARE_LINE_RE, C.LIMIT_LINE_RE, C.UNIT_LINE_RE)):
        return True
    return not any(ch.isdigit() for ch in line) and any(rx.match(line) for rx in C.HEAD_LINE_RES) \
        and not C.HEAD_PROSE_RE.search(line)


def _flat(s: str) -> str:
    return " ".join(s.split())


def _unit_before_figure(v: str, a: int, b: int) -> bool:
    """A short unit line ("công", "ca", "kg", "m3") whose next non-blank line is a figure: the "Đơn vị" cell of a
    consumption norm's row ("Kỹ sư bậc 4,0/8 ⏎ cộng ⏎⏎ 0,042", 39/2025/TT-BXD legacy; restoration even turned
    "cong" into "cộng", the folded view keeps "cong")."""
    line = _flat(v[a:b])
    if not W.UNIT_CELL_RE.match(line) or line in W.NOT_UNIT:
        return False
    nxt = _NEXT_LINE_RE.match(v, b)
    return bool(nxt and C.FIGURE_LINE_RE.match(nxt.group(1)))


def _alone(v: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Line ``i`` of a block is a cell of its own: a whole cell by itself (:func:`_cell_line`) or a unit before a
    figure — not the number of a heading word above it ("Mục ⏎ 4"), nor the amount of a bound or label that
    ends the line above ("Vòng hoa tối đa ⏎ 1.500.000 đồng"), nor the tail of a unit the line above cut after its
    slash ("Đồng/học ⏎ sinh/năm")."""
    a, b = lines[i]
    whole = _cell_line(v[a:b])
    if not (whole or _unit_before_figure(v, a, b)) or C.HEADING_WORD_RE.match(v[a:b]):
        return False
    if i == 0:
        return True
    above = v[lines[i - 1][0]:lines[i - 1][1]]
    if not whole and C.UNIT_WRAP_END_RE.search(above):
        return False  # "Đồng/học ⏎ sinh/năm": the tail of a unit wrapped after its slash
    return not (C.HEADING_WORD_RE.match(above) or C.BOUND_END_RE.search(above))


def cells(v: str, start: int, end: int) -> list[Block]:
    """(start, end, flat text) of each cell or paragraph in ``v[start:end]`` (``v``: a folded view or any text
    with the same line breaks): blocks of non-blank lines, ended by a blank line or a page break; in text that
    lost the blank lines of its tables (OCR: no two blank lines anywhere in the range), a block is parted at
    each line that is a cell of its own (:func:`_alone`)."""
    split = not _ROW_BREAK_RE.search(v, start, end)
    out: list[Block] = []
    for m in _BLOCK_RE.finditer(v, start, end):
        lines = [(m.start() + lm.start(), m.start() + lm.end()) for lm in _LINE_RE.finditer(m.group(0))]
        lines = [(a, b) for a, b in lines if v[a:b].strip()]
        own = [split and len(lines) > 1 and _alone(v, lines, i) for i in range(len(lines))]
        if not any(own):
            out.append((m.start(), m.end(), _flat(m.group(0))))
            continue
        run: list[tuple[int, int]] = []
        for (a, b), alone in zip(lines, own):
            if alone:
                if run:
                    out.append((run[0][0], run[-1][1], _flat(v[run[0][0]:run[-1][1]])))
                    run = []
                out.append((a, b, _flat(v[a:b])))
            else:
                run.append((a, b))
        if run:
            out.append((run[0][0], run[-1][1], _flat(v[run[0][0]:run[-1][1]])))
    return out


def _keeps_rows(v: str, blocks: list[Block]) -> bool:
    """The text parts its rows by two blank lines (clean text), so the gaps tell the rows."""
    return any(_ROW_BREAK_RE.search(v, blocks[k - 1][1], blocks[k][0]) for k in range(1, len(blocks)))


def _numbered_rows(blocks: list[Block]) -> list[int]:
    """The indexes of the blocks that start a row: a row number "1" (after a text cell: the table's head) or the
    next number of the last one (one lost by OCR may be skipped), followed by a cell with words (the row's name)."""
    starts, last = [], None
    for k, (_, _, flat) in enumerate(blocks):
        m = C.ROW_NUMBER_RE.match(flat)
        if not m or k + 1 >= len(blocks) or C.NOT_ROW_NAME_RE.match(blocks[k + 1][2]):
            continue
        if m.group("sub") or m.group("sub2"):  # "B2", "2.1": a step, a sub-row, whatever the numbers around it
            starts.append(k)
            continue
        n = int(m.group("n"))
        after_text = k == 0 or not C.NOT_ROW_NAME_RE.match(blocks[k - 1][2])
        if (n == 1 and after_text) or (last is not None and n in (last + 1, last + 2)):
            starts.append(k)
            last = n
    return starts


def _code_rows(blocks: list[Block]) -> list[int]:
    """The indexes of the blocks that start a table's code row and of the block after it: the column codes
    "10", "20", "30" (or "1", "2") a norm table prints under its last row (39/2025/TT-BXD: "… Máy khác | % | 2 ⏎
    10 | 20 | 30", "… Máy đào 0,4m3 | ca | 0,045 | 0,033 ⏎ 1 | 2"), after a figure and before text that is no
    next row (a row's name, or a group label and a row's name, followed by its unit)."""
    starts = []
    for k in range(1, len(blocks)):
        step = {"1": 1, "10": 10}.get(blocks[k][2])
        if not step or not C.FIGURE_LINE_RE.match(blocks[k - 1][2]):
            continue
        j = k
        while j + 1 < len(blocks) and blocks[j + 1][2] == str(step * (j + 2 - k)):
            j += 1
        after = j + 1
        if after < len(blocks) and (C.NOT_ROW_NAME_RE.match(blocks[after][2]) or any(
                W.UNIT_CELL_RE.match(b[2]) and b[2] not in W.NOT_UNIT for b in blocks[after + 1:after + 3])):
            continue  # a figure, or a next row: its name (after a group label: "Nhân công ⏎ Bậc thợ 4/7") and unit
        starts += [k, after]
    return starts


def rows_of(v: str, blocks: list[Block]) -> list[int]:
    """The row number of each block: clean text's rows by their gaps (3 or more line breaks: a new row, or an
    empty cell); in text that lost them (OCR), a new row at each row number (:func:`_numbered_rows`) and at a
    table's code row (:func:`_code_rows`)."""
    rows, r = [], 0
    if _keeps_rows(v, blocks):
        for k in range(len(blocks)):
            if k and v.count("\n", blocks[k - 1][1], blocks[k][0]) > 2:
                r += 1
            rows.append(r)
        return rows
    starts = set(_numbered_rows(blocks)) | set(_code_rows(blocks))
    for k in range(len(blocks)):
        if k in starts:
            r += 1
        rows.append(r)
    return rows


def row_starts(v: str, start: int, end: int) -> list[int]:
    """Offsets in ``[start, end)`` where a table row starts: the row breaks of clean text, else (OCR text) the
    row numbers that start a row."""
    breaks = [m.start() for m in _ROW_BREAK_RE.finditer(v, start, end)]
    if breaks:
        return breaks
    blocks = cells(v, start, end)
    return [blocks[k][0] for k in _numbered_rows(blocks)]

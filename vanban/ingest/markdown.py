"""Read a Markdown document (as saved from a publishing web site) into text + geometry.

Why: the documents of ``realdocs`` and many copies found in offices are
Markdown saved from a web page: the header and the Nơi nhận/signature block
are tables written one cell per line, cells separated by lines holding a
single ``|`` (two ``|`` lines in a row end a table row, an empty cell is one
more ``|`` line, so the count of ``|`` lines between two cells' texts says how
many columns lie between: :mod:`vanban.cellgrid`, the rule the plain-text
stacked-cell reader shares), and emphasis is ``**bold**`` / ``*italic*``. The stored text is the plain text a reader copies
(markers dropped, each ``|`` line blank — the same text as ``md2plain.py``),
and each line gets a :class:`LineGeometry` with its table/row/col and bold, so
the structure stage reads cells as cells instead of guessing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from vanban.cellgrid import GROUP_COL_RE, NUMBER_COL_RE, PERIOD_COL_RE, PERIOD_KEY_RE, ROW_NUMBER_RE, TASK_NAME_COL_RE, is_group_label, is_group_row, next_cell
from vanban.ingest import md_pipe_tables
from vanban.models import LineGeometry, PageSource
from vanban.text import fold

_MAX_CELL_LINES = 30  # a "cell" longer than this is the body written right after a table
_APPENDIX = re.compile(r"^(?:PHỤ LỤC|Phụ lục)\b")  # an appendix heading after a table, never its cell
_NOI_NHAN = re.compile(r"^N[ơo]i\s+nh[ậa]n\b", re.I)  # the Nơi nhận cell opens the signature table
_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")


def _bold_lines(lines: list[str]) -> list[bool]:
    """Per line: all its letters and digits lie inside ``**…**`` (state carried across lines). A bold heading
    wrapped before its period ("**2. Kế hoạch phát triển giai đoạn" / "2026 - 2030**", 987/KH-UBND) ends on a line
    of digits alone: that line is bold too, the heading's own."""
    out, inside = [], False
    for line in lines:
        letters = bold_letters = 0
        for i, piece in enumerate(line.split("**")):
            if i:
                inside = not inside
            n = sum(c.isalnum() for c in piece)
            letters += n
            bold_letters += n if inside else 0
        out.append(letters > 0 and bold_letters == letters)
    return out


#: an ATX heading ("# KẾ HOẠCH", "## II. NHIỆM VỤ ##"): its words without the markers (a final newcomer: "# KẾ
#: HOẠCH" lost the document's trích yếu and signer, the type line unread behind its "#")
_ATX_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(?P<words>.*?)(?:[ \t]+#+)?[ \t]*$")


def markdown_to_text(md: str) -> tuple[str, tuple[LineGeometry, ...]]:
    """(plain text, one LineGeometry per line) of one Markdown page.

    The text is ``md2plain.py``'s (markers dropped, ``|`` lines blank); each line of a table
    cell gets its table, row and column, the columns counted as :func:`vanban.cellgrid.next_cell`
    counts them, so an empty cell keeps its column and the cells after it keep theirs."""
    raw, cells_at = _expand_pipe_tables(md.split("\n"))
    bold = _bold_lines(raw)
    bar = [ln.strip() == "|" and k not in cells_at for k, ln in enumerate(raw)]
    heads = [bool(_ATX_HEADING.match(ln)) and k not in cells_at for k, ln in enumerate(raw)]
    raw = [_ATX_HEADING.sub(r"\g<words>", ln) if h else ln for ln, h in zip(raw, heads)]
    bold = [b or h for b, h in zip(bold, heads)]  # a heading stands out as a bold line does
    text_lines = ["" if b else _ITALIC.sub("", ln.replace("**", "")) for ln, b in zip(raw, bar)]
    geo = [LineGeometry() if b else LineGeometry(bold=bold[i]) for i, b in enumerate(bar)]
    for k, (tid, row, col) in cells_at.items():
        geo[k] = LineGeometry(table=tid, row=row, col=col, bold=bold[k])
    i, table = 0, -1
    while i < len(raw):
        if not bar[i]:
            i += 1
            continue
        cells, after = _table_cells(raw, bar, text_lines, i)
        table += bool(cells)
        for (row, col), (lo, hi) in cells.items():
            for k in range(lo, hi):
                geo[k] = LineGeometry(table=table, row=row, col=col, bold=bold[k])
        if cells and after > i:
            i = after  # the Nơi nhận | signature table opens at the "|" where this one ended
            continue
        i = max((hi for _, hi in cells.values()), default=i)
        while i < len(raw) and bar[i]:
            i += 1
    return "\n".join(text_lines), _tables_in_order(geo)


_PIPE_TABLE = 1 << 20  # pipe tables' ids while the stacked tables are counted (renumbered after)


def _expand_pipe_tables(raw: list[str]) -> tuple[list[str], dict[int, tuple[int, int, int]]]:
    """``raw`` with each GitHub pipe table written cell after cell, one line per cell line
    (an empty cell writes none), blank lines around the table, and {line: (table, row, col)}
    of those lines: the pipe row is split here, not guessed at by the stacked-cell reader."""
    tables = md_pipe_tables.find_tables(raw)
    if not tables:
        return raw, {}
    out: list[str] = []
    at: dict[int, tuple[int, int, int]] = {}
    prev = 0
    for t, (lo, hi) in enumerate(tables):
        out.extend(raw[prev:lo])
        out.append("")
        for r, row in enumerate(md_pipe_tables.table_rows(raw, lo, hi)):
            for c, cell in enumerate(row):
                for piece in cell:
                    at[len(out)] = (_PIPE_TABLE + t, r, c)
                    out.append(piece)
        out.append("")
        prev = hi
    out.extend(raw[prev:])
    return out, at


def _tables_in_order(geo: list[LineGeometry]) -> tuple[LineGeometry, ...]:
    """Table ids renumbered 0, 1, … in the order the tables open on the page."""
    ids: dict[int, int] = {}
    for g in geo:
        if g.table >= 0 and g.table not in ids:
            ids[g.table] = len(ids)
    if all(k == v for k, v in ids.items()):
        return tuple(geo)
    return tuple(replace(g, table=ids[g.table]) if g.table >= 0 else g for g in geo)


def _block(raw: list[str], bar: list[bool], plain: list[str], i: int) -> tuple[int, int, int, str, bool] | None:
    """(``|`` lines from ``i``, first and end line of the text block after them, its text, closed
    by a ``|``), or None when the block is no cell: a blank line comes before the next ``|``.
    A block that runs to the end unclosed may be a table's last cell (a page cut after it)."""
    k, gap = i, 0
    while k < len(raw) and (bar[k] or _empty_cell(raw, bar, k)):
        gap += bar[k]
        k += 1
    end = k
    while end < len(raw) and not bar[end] and raw[end].strip():
        end += 1
    at_end = not any(x.strip() for x in raw[end:])  # only blank lines left: the page ends here
    if k == end or end - k > _MAX_CELL_LINES or (end < len(raw) and not bar[end] and not at_end):
        return None
    return gap, k, end, " ".join(plain[k:end]).strip(" *"), end < len(raw) and bar[end]


def _empty_cell(raw: list[str], bar: list[bool], k: int) -> bool:
    """Line ``k`` is an empty cell as a published page writes it, a line of spaces between two ``|`` lines ("|" / " " /
    "|": a month cell left empty under the month merged over its rows): no text, and no separator either — the two
    ``|`` around it count the column it stands for."""
    return 0 < k < len(raw) - 1 and raw[k] != "" and not raw[k].strip() and bar[k - 1] and bar[k + 1]


def _table_cells(raw: list[str], bar: list[bool], plain: list[str], i: int
                 ) -> tuple[dict[tuple[int, int], tuple[int, int]], int]:
    """:func:`_grid_cells`'s table, each row written one cell short under a first column that groups the rows (a xã,
    a month: :func:`_under_last_columns`) placed under the last columns."""
    out, after, short = _grid_cells(raw, bar, plain, i)
    return _under_last_columns(out, short, plain), after


def _under_last_columns(out: dict[tuple[int, int], tuple[int, int]], short: list[tuple[int, int]], plain: list[str]
                        ) -> dict[tuple[int, int], tuple[int, int]]:
    """``out`` with each row of ``short`` ((row, its last column), rows closed before the header's last column) moved
    right so that its last cell stands under the last column, when the first column groups the rows by a place or a
    group (:data:`cellgrid.GROUP_COL_RE`: "Xã | Đơn vị phụ trách | Thôn phụ trách | Nhiệm vụ trọng tâm") or a period
    (:data:`cellgrid.PERIOD_COL_RE`) and the row above opens that group (its first cell printed, or moved so itself).

    Why: the group's cell is merged down over its rows ("Cam Tuyền" over the rows of Trường THCS Cam Tuyền and
    Trường Tiểu học Cam Tuyền, a54-07), and the page writes the rows below it without that cell; read from the first
    column, the second school stood under "Xã" and its task under "Thôn phụ trách". A row under such a column holds
    its cells from the second on; the group's cell is the row above's (the structure stage reads the empty cell as
    carried down, :func:`vanban.structure.period_rows.carried_month_cells`)."""
    if not short or (0, 0) not in out:
        return out
    lo, hi = out[(0, 0)]
    head = fold(" ".join(plain[lo:hi])).strip(" *:")
    if not (GROUP_COL_RE.match(head) or PERIOD_COL_RE.match(head)):
        return out
    n = max(c for r, c in out if r == 0) + 1
    moved: set[int] = set()
    for row, last in short:
        cols = sorted(c for r, c in out if r == row)
        shift = n - 1 - last
        if row < 2 or shift < 1 or cols != list(range(last + 1)) or not ((row - 1, 0) in out or row - 1 in moved):
            continue
        for c in reversed(cols):
            out[(row, c + shift)] = out.pop((row, c))
        moved.add(row)
    return out


def _grid_cells(raw: list[str], bar: list[bool], plain: list[str], i: int
                ) -> tuple[dict[tuple[int, int], tuple[int, int]], int, list[tuple[int, int]]]:
    """({(row, col): (first line, end line)}, the ``|`` line where the next table opens or -1)
    of the table whose first ``|`` line is ``i``.

    A block of text after a ``|`` is a cell when the next ``|`` comes before a blank line
    (within :data:`_MAX_CELL_LINES`), and it lies in a column of the row; the column count is the
    first row's (it ends at the first two ``|`` in a row) unless a group row stands above the
    column names. The table ends at text that follows the row's closing ``|`` without a new row
    opening (unless a numbered row of a wide table runs on into a cell, and no new table's
    "STT" follows), at a blank line, at a Phụ lục heading, or before a Nơi nhận cell: the
    Nơi nhận | signature table of two cells is a table of its own."""
    out: dict[tuple[int, int], tuple[int, int]] = {}
    short: list[tuple[int, int]] = []  # the rows closed before the header's last column: (row, its last column)
    row, col, n = 0, -1, 0
    first = ""  # the current row's first cell (a group row's label breaks the count)
    period = False  # the first column names the period of each row ("Tháng"): its cell may be merged down
    while True:
        got = _block(raw, bar, plain, i)
        if got is None or _APPENDIX.match(got[3]):
            return out, -1, short + _last_short(row, col, n)  # text after the table
        gap, k, end, txt, closed = got
        if _NOI_NHAN.match(txt):
            if col >= 0:
                return out, i, short + _last_short(row, col, n)  # the signature table opens at this "|"
            n = 2
        if col < 0:
            c, new = gap - 1, False
        elif n == 0 and gap == 1:
            c, new = col + 1, False  # the first row runs on
        elif n == 0 and is_group_label(first):
            c, new = gap - 2, True  # a group row above the column names: it does not count the columns
        else:
            n = n or col + 1
            c, new = next_cell(col, gap, n)
            if not new and c > 0 and is_group_row(first) and (gap == 2 or ROW_NUMBER_RE.match(txt)):
                c, new = 0, True  # the row after a group row written as one merged cell
            elif not new and c > 0 and gap == 2 and ROW_NUMBER_RE.match(txt) \
                    and TASK_NAME_COL_RE.match(" ".join(fold(first).strip(" *:").split())):
                c, new = 0, True  # the row under a header one column short (no "STT"), in a table the rows widened
            elif not new and c >= n and gap == 1:
                if not (n >= 3 and ROW_NUMBER_RE.match(first) and not _new_table_at(raw, bar, plain, end)):
                    return out, -1, short + _last_short(row, col, n)  # the row closed and no row opened: text after the table
                n = c + 1  # a row wider than the column names ("STT" named in a row above)
            elif not new and c >= n:
                short.append((row, col))
                c, new = 0, True  # a row shortened by a cell merged down from the row above
            if new and c == 0 and period and not PERIOD_KEY_RE.match(fold(txt).strip(" *")):
                c = 1  # a month-by-month table: the month's cell is the one merged down ("Tháng 01/2040" over its rows
                # 1 and 2), the row's cells stand from its second column on
        if not closed and (new or not n or c >= n):
            return out, -1, short + _last_short(row, col, n)  # unclosed text at the end: a cell only where its row awaits one
        if new:
            row += 1
        if new or col < 0:
            first = txt if c == 0 else ""
        out[(row, c)] = (k, end)
        if (row, c) == (0, 0):
            period = bool(PERIOD_COL_RE.match(fold(txt).strip(" *")))
        col, i = c, end


def _last_short(row: int, col: int, n: int) -> list[tuple[int, int]]:
    """The table's last row as a short one, when it closed before the header's last column."""
    return [(row, col)] if row > 0 and 0 <= col < n - 1 else []


def _new_table_at(raw: list[str], bar: list[bool], plain: list[str], i: int) -> bool:
    """The ``|`` at ``i`` opens a table: one ``|`` and then a number column's name ("STT")."""
    got = _block(raw, bar, plain, i)
    return got is None or (got[0] == 1 and bool(NUMBER_COL_RE.match(fold(got[3]).strip(" *"))))


def read_pages(text: str) -> tuple[PageSource, ...]:
    """Pages of a decoded Markdown file (form feeds split pages)."""
    pages = []
    for n, part in enumerate(text.split("\f"), 1):
        plain, geo = markdown_to_text(part)
        pages.append(PageSource(number=n, method="md", text=plain, lines=geo))
    return tuple(pages)

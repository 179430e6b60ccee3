"""Read a Markdown document (as saved from a publishing web site) into text + geometry.

Why: the documents of ``realdocs`` and many copies found in offices are
Markdown saved from a web page: the header and the Nơi nhận/signature block
are tables written one cell per line, cells separated by lines holding a
single ``|`` (two ``|`` lines in a row end a table row), and emphasis is
``**bold**`` / ``*italic*``. The stored text is the plain text a reader copies
(markers dropped, each ``|`` line blank — the same text as ``md2plain.py``),
and each line gets a :class:`LineGeometry` with its table/row/col and bold, so
the structure stage reads cells as cells instead of guessing.
"""

from __future__ import annotations

import re

from vanban.models import LineGeometry, PageSource

_MAX_CELL_LINES = 30  # a "cell" longer than this is the body written right after a table
_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")


def _bold_lines(lines: list[str]) -> list[bool]:
    """Per line: all its letters lie inside ``**…**`` (state carried across lines)."""
    out, inside = [], False
    for line in lines:
        letters = bold_letters = 0
        for i, piece in enumerate(line.split("**")):
            if i:
                inside = not inside
            n = sum(c.isalpha() for c in piece)
            letters += n
            bold_letters += n if inside else 0
        out.append(letters > 0 and bold_letters == letters)
    return out


def markdown_to_text(md: str) -> tuple[str, tuple[LineGeometry, ...]]:
    """(plain text, one LineGeometry per line) of one Markdown page."""
    raw = md.split("\n")
    bold = _bold_lines(raw)
    geo: list[LineGeometry] = []
    text_lines: list[str] = []
    table = -1
    row = col = -1
    in_table = prev_bar = False
    ncols = 0  # cells in the table's first row, known once the second starts
    # a cell runs to the next "|" line; text that meets a blank line (or the end)
    # first is not a cell but the text after the table
    next_bar = [len(raw)] * (len(raw) + 1)
    next_blank = [len(raw)] * (len(raw) + 1)
    for i in range(len(raw) - 1, -1, -1):
        st = raw[i].strip()
        next_bar[i] = i if st == "|" else next_bar[i + 1]
        next_blank[i] = i if not st else next_blank[i + 1]
    for i, line in enumerate(raw):
        stripped = line.strip()
        if stripped == "|":
            if not in_table:
                table += 1
                in_table, row, col, ncols = True, 0, 0, 0
            elif prev_bar:
                ncols = ncols or col  # the bar before this one closed the last cell
                row, col = row + 1, 0  # "|" "|": the row ended, the next one starts
            else:
                col += 1
            prev_bar = True
            text_lines.append("")
            geo.append(LineGeometry())
            continue
        if in_table and (not stripped or (prev_bar and ncols and col >= ncols)
                         or (prev_bar and (next_blank[i] < next_bar[i] or next_bar[i] - i > _MAX_CELL_LINES))):
            in_table = False  # a blank line, or a cell past the last column, closes the table
            ncols = 0
        plain = _ITALIC.sub("", line.replace("**", ""))
        text_lines.append(plain)
        if in_table:
            geo.append(LineGeometry(table=table, row=row, col=col, bold=bold[i]))
        else:
            geo.append(LineGeometry(bold=bold[i]))
        prev_bar = False
    return "\n".join(text_lines), tuple(geo)


def read_pages(text: str) -> tuple[PageSource, ...]:
    """Pages of a decoded Markdown file (form feeds split pages)."""
    pages = []
    for n, part in enumerate(text.split("\f"), 1):
        plain, geo = markdown_to_text(part)
        pages.append(PageSource(number=n, method="md", text=plain, lines=geo))
    return tuple(pages)

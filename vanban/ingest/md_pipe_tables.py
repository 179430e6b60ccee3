"""GitHub/CommonMark pipe tables of a Markdown page, cell by cell.

Why: a Markdown copy written by hand or converted by a tool (pandoc, an editor's "save as
Markdown") writes a task table as one line per row — ``| TT | Nội dung | Đơn vị chủ trì | … |``,
then a delimiter row ``|---|:---:|…`` — not one cell per line as the published pages are saved
(:mod:`vanban.ingest.markdown`). Read whole, such a table was one paragraph of ``|``-joined text
and its rows became one obligation. Here each row is split into its cells (leading and trailing
pipes optional, ``\\|`` an escaped pipe inside a cell, ``<br>`` a line break inside a cell), so the
Markdown reader can give every cell its table, row and column as the DOCX reader does.
"""

from __future__ import annotations

import re

_DELIM_CELL = re.compile(r"^\s*:?-{1,}:?\s*$")  # "---", ":---", "---:", ":---:"
_BR = re.compile(r"<br\s*/?>", re.I)


def split_row(line: str) -> list[str]:
    """The cells of one pipe-table row: ``|`` separates cells unless escaped as ``\\|``; the
    optional leading and trailing pipes open and close the row, not an empty cell."""
    s = line.strip()
    cells, cur, i = [], [], 0
    while i < len(s):
        ch = s[i]
        if ch == "\\" and i + 1 < len(s) and s[i + 1] == "|":
            cur.append("|")
            i += 2
            continue
        if ch == "|":
            cells.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    cells.append("".join(cur))
    if s.startswith("|"):
        cells = cells[1:]
    if s.endswith("|") and not s.endswith("\\|") and cells:
        cells = cells[:-1]
    return [c.strip() for c in cells]


def is_delimiter_row(line: str) -> bool:
    """A delimiter row: cells of dashes with optional alignment colons, at least one pipe."""
    if "|" not in line or "-" not in line:
        return False
    cells = split_row(line)
    return bool(cells) and all(_DELIM_CELL.match(c) for c in cells)


def _is_row(line: str) -> bool:
    return "|" in line.replace("\\|", "") and line.strip() != "|"


def find_tables(raw: list[str]) -> list[tuple[int, int]]:
    """(first line, end line) of each pipe table of ``raw``: a header row with the same number
    of cells as the delimiter row right under it, then the rows up to a line without a pipe."""
    out, i = [], 0
    while i + 1 < len(raw):
        if _is_row(raw[i]) and is_delimiter_row(raw[i + 1]) and \
                len(split_row(raw[i])) == len(split_row(raw[i + 1])) >= 2:
            end = i + 2
            while end < len(raw) and raw[end].strip() and _is_row(raw[end]):
                end += 1
            out.append((i, end))
            i = end
        else:
            i += 1
    return out


def table_rows(raw: list[str], lo: int, hi: int) -> list[list[list[str]]]:
    """The rows of the table at ``raw[lo:hi]`` (delimiter row left out), each a list of cells,
    each cell its lines (a ``<br>`` breaks a cell's text into lines); a row with fewer cells than
    the header is padded with empty cells, one with more is cut (as GitHub renders them)."""
    width = len(split_row(raw[lo]))
    rows = []
    for k in range(lo, hi):
        if k == lo + 1:
            continue
        cells = (split_row(raw[k]) + [""] * width)[:width]
        rows.append([[p.strip() for p in _BR.split(c) if p.strip()] for c in cells])
    return rows


_MAX_HEAD_WORDS = 8  # a header cell names a column, it is no sentence


#: a delimiter row that legacy OCR read as noise ("“||", "fbf}", "an aelentee"): one or two short tokens
_NOISE_LINE = re.compile(r"^\s*\S{1,12}(?:\s\S{1,12})?\s*$")


def _read_gap(raw: list[str], k: int, width: int, first: bool) -> int | None:
    """The line to read on from when ``raw[k]`` is a gap inside a table printed and read back by legacy OCR, which
    writes a blank line between rows and reads the delimiter row under the header as noise ("| Ngày | Thời gian | …
    |" / "" / "“||" / "" / "| Trước ngày 10/4/2027 | | Hoàn thành … |" / "" / "| Từ ngày 15/4 …"): one blank line,
    or (right under the header only) a noise line with a blank line on either side, before a row of the header's
    cells; None when ``raw[k]`` is no such gap (the table ends)."""
    j = k
    if not raw[j].strip():
        j += 1
    if first and j < len(raw) and raw[j].strip() and _noise(raw[j]):
        j += 1
        if j < len(raw) and not raw[j].strip():
            j += 1
    if j == k or j >= len(raw):
        return None
    return j if _is_row(raw[j]) and len(split_row(raw[j])) == width and holds_words(raw[j]) else None


def holds_words(line: str) -> bool:
    return any(ch.isalnum() for ch in line)


def _noise(line: str) -> bool:
    """A short line of one or two tokens that is no row with words of its own: a misread delimiter row."""
    return bool(_NOISE_LINE.match(line)) and not (_is_row(line) and holds_words(line))


def delimiter_scrap(line: str) -> bool:
    """``line`` may be a pipe table's delimiter row as legacy OCR misreads it ("“||", "fbf}", "I-----}-"): one or two
    short tokens, no row with words of its own (the structure's table readers skip it under a header)."""
    return _noise(line)


def foot_header(raw: list[str], nxt: list[str]) -> int | None:
    """(leg51) The index of a pipe table's header row left alone at the foot of page ``raw`` whose rows open the
    next page ``nxt``, or None.

    Why: a table printed across a page break right under its header and read back by legacy OCR gives one page the
    header row (and its delimiter row read as noise: "| Thời gian | Nội dung | Địa điểm | Đơn vị thực hiện |" / "" /
    "Ấp") and the next page every row ("| Tháng 6/2038 | Ngày hội thiếu nhi … | … | Chi đoàn thôn |"); a page's table
    is found by its header with a row under it (:func:`find_bare_tables`), so neither page had one and the rows'
    dates and units were lost (t50-02's monthly activities on legacy text). The header is the page's last line
    holding anything but a delimiter scrap, a row of three or more short cells (a header's, as
    :func:`find_bare_tables` asks), and the next page's first line holding anything is a row with as many cells."""
    last = [k for k, line in enumerate(raw) if line.strip()]
    if last and _noise(raw[last[-1]]) and not _is_row(raw[last[-1]]):
        last = last[:-1]
    if not last:
        return None
    k = last[-1]
    head = split_row(raw[k]) if _is_row(raw[k]) else []
    if len(head) < 3 or not all(c and len(c.split()) <= _MAX_HEAD_WORDS for c in head):
        return None
    first = next((line for line in nxt if line.strip()), "")
    return k if _is_row(first) and len(split_row(first)) == len(head) and holds_words(first) else None


def cut_row(raw: list[str], nxt: list[str]) -> tuple[int, int, int, int] | None:
    """(leg51) A pipe table whose last row the page break cut: (its header's line on page ``raw``, the cut row's
    line there, the line of the row's rest on the next page ``nxt``, the column the rest's first cell falls in), or
    None.

    Why: legacy OCR reads a row the page break cut as two lines on two pages: "| Lãnh đạo UBND xã, Ban Chỉ huy Quân sự
    xã | 24/24 giờ, luân phiên theo tuần |" ends one page and "Trụ sở UBND xã |" opens the next (t50-03's duty
    roster). The row has fewer cells than its header, so the page's table had no row of its width and was not
    found, and the next page's rows followed no table: the roster's units were lost. The wrapped-row mend
    (:mod:`vanban.ocr.wrapped_rows`) joins such lines inside a page only. The cut row is the page's last line holding
    anything, it opens with "|" and has fewer cells than the header (or its last cell open, no closing "|"); the lines above it up to the header are rows of
    the header's cells, blank lines, or a delimiter scrap right under the header; the header has three or more short
    cells (as :func:`find_bare_tables` asks); the rest is the next page's first line holding anything, no row of its
    own (it does not open with "|") but closing with "|", and the row with it has the header's cells."""
    held = [k for k, line in enumerate(raw) if line.strip()]
    if len(held) < 2:
        return None
    a = held[-1]
    cut = raw[a].strip()
    rest_at = next((k for k, line in enumerate(nxt) if line.strip()), None)
    if not cut.startswith("|") or rest_at is None:
        return None
    rest = nxt[rest_at].strip()
    if rest.startswith("|") or not rest.endswith("|"):
        return None
    width = None
    for k in reversed(held[:-1]):
        line = raw[k]
        if not _is_row(line):
            if _noise(line):
                continue  # the delimiter row read as noise (kept right under the header only, below)
            return None
        cells = split_row(line)
        if width is None:
            width = len(cells)
            short = len(split_row(cut)) < width or len(split_row(cut)) == width and not cut.endswith("|")
            if width < 3 or not short or len(split_row(cut + " " + rest)) != width:
                return None
        if len(cells) != width:
            return None
        if all(c and len(c.split()) <= _MAX_HEAD_WORDS for c in cells):
            between = [j for j in held if k < j < a]
            scraps = [j for j in between if not _is_row(raw[j])]
            if len(scraps) > 1 or scraps and any(_is_row(raw[j]) for j in between if j < scraps[0]):
                return None
            return k, a, rest_at, len(split_row(cut)) - (0 if cut.endswith("|") else 1)
    return None


def find_bare_tables(raw: list[str]) -> list[tuple[int, int]]:
    """(first line, end line) of each pipe table typed without a delimiter row ("TT | Nội dung nhiệm vụ | Đơn vị chủ
    trì | Thời gian hoàn thành", then "1 | Rà soát … | Công an phường | | Trước ngày 20/12/2026"), as a .txt written
    by hand or pasted from a chat keeps a Word table: a header row of three or more short, non-empty cells, then the
    rows with as many cells. A line without a pipe between two rows (a group row "I. NHIỆM VỤ CHUNG") stays inside
    the range but is no row; the table ends at the first other line."""
    out, i = [], 0
    while i < len(raw):
        head = split_row(raw[i]) if _is_row(raw[i]) else []
        if len(head) < 3 or not all(c and len(c.split()) <= _MAX_HEAD_WORDS for c in head) or \
                (i + 1 < len(raw) and is_delimiter_row(raw[i + 1])):
            i += 1
            continue
        end, k = i + 1, i + 1
        while k < len(raw):
            if _is_row(raw[k]) and len(split_row(raw[k])) == len(head):
                end = k = k + 1
                continue
            if (step := _read_gap(raw, k, len(head), first=end == i + 1)) is not None:
                k = step  # a blank line between rows, or the delimiter row read as noise (legacy OCR)
                continue
            nxt = next((j for j in range(k, min(len(raw), k + 3)) if raw[j].strip()), None)
            if raw[k].strip() and "|" not in raw[k] and nxt == k and k + 1 < len(raw) and _is_row(raw[k + 1]) \
                    and len(split_row(raw[k + 1])) == len(head):
                k += 1  # a group row between two rows
                continue
            break
        if end > i + 1:
            out.append((i, end))
            i = end
        else:
            i += 1
    return out


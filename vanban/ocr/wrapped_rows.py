"""A pipe-table row that the page wrapped onto the next line, joined back (applied by
:func:`vanban.ocr.correct.correct_text`).

Why: a task table kept as a pipe table in a text file ("| 1 | Rà soát quy chế phối hợp | Công an phường | Quý
I/2027 |", text copied from a web page or a Markdown editor, :mod:`vanban.ingest.md_pipe_tables`) is printed with
its long rows wrapped; OCR reads each printed line as a line, so the rest of the row ("phường | Quý I/2027 |") opens
a line without its leading "|". Structure takes one pipe row a line: the cut row lost its body and its due date
(the cells after the cut), and the rest was read as prose. Here a row line that does not close (no trailing "|")
or has fewer cells than the table's header goes on with the lines under it until it does; the line break between
them becomes a space, one character for one, so offsets into the text hold.

A table stays one table over the blank lines OCR puts between its rows (each printed row is a paragraph of its
own to Tesseract) and over its header's rule ("|---|---|") read as a scrap of two or three letters ("Jb", "pb"):
otherwise the table's width was lost there, the first row that wrapped on a cell border ("| 1 | Thành lập tổ |"
then "Văn phòng xã | Trước ngày 05/4 |") looked whole and was taken for a header of two cells, and its body and
due date were read as prose.
"""

from __future__ import annotations

import re
from collections import Counter

from vanban.cellgrid import ROW_NUMBER_RE
from vanban.ingest.md_pipe_tables import split_row

#: lines a wrapped row may run over, its own line counted: a long task cell in a narrow column wraps three or four
#: times; more than this is no wrapped row but a table that lost its pipes
MAX_LINES = 6

#: the header's rule "|---|---|" as OCR reads it when it does not drop it: a scrap of a few marks ("Jb", "[fbf"), or
#: of a few short groups of letters and strokes when the rule's dashes were read as letters ("eae ele ae", "a a an
#: a", "Jo-fo=le=-fa-le=- ff"): no pipe, at most four groups on a short line. Only a line right under a header and
#: over a row is taken for it, where a table has no prose
_RULE_SCRAP = re.compile(r"^(?=[^|]{1,24}$)[^\s\d|]\S*(?:\s\S+){0,3}$")


def _width(row: str) -> int:
    return len(split_row(row))


def _whole(row: str, width: int | None) -> bool:
    """``row`` closes with its "|" and has the cells of its table's header (``width``; None: ``row`` is the header)."""
    return row.rstrip().endswith("|") and (width is None or _width(row) >= width)


def _row_end(lines: list[str], i: int, width: int | None) -> int | None:
    """The last line of the row that ``lines[i]`` opens, when it is not whole on its line: the lines under it, none
    blank nor opening with "|", up to the first that makes the row whole; None when no line does (a table typed
    without closing pipes, prose after a row that has fewer cells): the row is left as it is."""
    row = lines[i].strip()
    for k in range(i + 1, min(len(lines), i + MAX_LINES)):
        s = lines[k].strip()
        if s.startswith("|") and width is not None and not row.endswith("|") and _width(s) < width \
                and _whole(row + " " + s, width) and _width(row + " " + s) == width:
            # (ocr39) the row's last cells wrapped with the pipe before them, so the rest opens with "|" and is no row
            # of its own: "| Đợt 2 – … | Thứ Năm, ngày 09/5 | Nhà văn hóa khu 3" ⏎ "| 80 |" or a lone closing "|"
            # (t37-09 legacy: the round's quota read as a row of one cell and lost); it has fewer cells than the
            # table, and with it the row has exactly the table's
            return k
        if not s or s.startswith("|"):
            return None
        row += " " + s
        if _whole(row, width):
            return k
    return None


def _header_end(lines: list[str], i: int) -> int | None:
    """The last line of a header row that ``lines[i]`` opens and that the page wrapped on a cell border: its line
    closes with "|" and looks whole, but the lines under it (none blank nor opening with "|") carry its last heads up
    to one that closes with "|", and the table's first row has the cells of the header with them, more than of the
    header's line alone. None when the header is whole on its line.

    Why: a wide header breaks between two heads ("| TT | Thôn | Số hộ (hộ) | Mức góp (đồng/hộ) |" ⏎ "Tổng số tiền
    (đồng) |"); read as a header of the first line's heads, every row under it had a cell more than the header, its
    columns unknown, and the table's figures were read by no one (authored39's amounts per thôn, legacy OCR)."""
    head = lines[i].strip()
    for k in range(i + 1, min(len(lines), i + MAX_LINES)):
        s = lines[k].strip()
        if k == i + 1 and _heads_on(head, s):
            # (leg49) the header wrapped with the pipe before its last heads, which open the next line: "| TT | Thôn
            # | … | Gọi khám tại huyện" ⏎ "| Chỉ tiêu Quân đội | Chỉ tiêu Công an |" (authored44's quota by thôn,
            # legacy OCR): a header whose line does not close, and the rows under it, wider than that line
            head += " " + s
            body = _body_width(lines, k + 1)
            return k if body is not None and body > _width(lines[i].strip()) else None
        if not s or s.startswith("|"):
            return None
        head += " " + s
        if not s.endswith("|"):
            continue
        first = next((x.strip() for x in lines[k + 1:k + 1 + MAX_LINES]
                      if x.strip() and not _RULE_SCRAP.match(x.strip())), "")
        if first.startswith("|"):
            wide = _width(head) > _width(lines[i].strip())
            if wide and (_width(first) == _width(head) or not _whole(first, _width(head))
                         and _body_width(lines, k + 1) == _width(head)):
                return k
            return None
        # (ocr43) a header broken twice, inside a head and again on a cell border: its second line closes with "|"
        # too ("… Mức hỗ trợ (triệu" ⏎ "đồng/nhà) | Tổng kinh phí (triệu đồng) |" ⏎ "Nguồn kinh phí |"); cut at the
        # first close, the last head was read as prose, the table ended there and its rows (a cell more than the
        # header) lost every figure. The header goes on while the line under a close is neither a row nor blank
    return None


def _heads_on(head: str, s: str) -> bool:
    """``s``, the line under a header line ``head`` that does not close, carries the header's last heads with the
    pipe before them: it opens and closes with "|", and its cells are names, none a row's number or a figure."""
    if head.endswith("|") or not (s.startswith("|") and s.endswith("|") and len(s) > 1):
        return False
    cells = split_row(s)
    return bool(cells) and all(re.search(r"[^\W\d_]{2}", c) and not ROW_NUMBER_RE.match(c) for c in cells)


def _body_width(lines: list[str], i: int) -> int | None:
    """The cells most of the table's rows have, counted on the rows whole on their line (opening and closing with
    "|") among the lines from ``i`` on up to the first line of prose after a blank line; None without any.

    Why: (leg49) a header wrapped on a cell border over a first row that the page wrapped too ("| 1 | Quy hoạch | Đã
    đạt | Duy trì; công bố … điều chỉnh" ⏎ "| Thường xuyên | Phòng Kinh tế |", authored47's tiêu chí table in legacy
    OCR): that row alone cannot vouch for the header's width, the rows printed whole on a line can."""
    widths: Counter[int] = Counter()
    blank = False
    for ln in lines[i:i + 12 * MAX_LINES]:
        s = ln.strip()
        if not s:
            blank = True
            continue
        if s.startswith("|"):
            if s.endswith("|") and len(s) > 1:
                widths[_width(s)] += 1
        elif blank and not s.endswith("|") and not _RULE_SCRAP.match(s):
            break  # prose after the table
        blank = False
    return widths.most_common(1)[0][0] if widths else None


def _in_table(lines: list[str], i: int, after_header: bool) -> bool:
    """``lines[i]``, no row itself, lies inside a table: it and the lines under it up to the next row are blank
    lines between rows, or the scrap the header's rule was read as (only right under the header)."""
    for k in range(i, len(lines)):
        s = lines[k].strip()
        if s.startswith("|"):
            return True
        if s and not (after_header and _RULE_SCRAP.match(s)):
            return False
    return False


#: (ocr43) a cell border read as a closing square bracket after a figure: "| 1| Tổ 1| 75 | 14| 22 | 25]",
#: "| 5 | 64| 11] 18] 21 |" (8 rows on the bench documents' eng OCR, every one after a figure, none with a "[")
_BRACKET_PIPE_RE = re.compile(r"(?<=\d)(\s?)\](?=\s|$)")


def bracket_pipes(text: str) -> str:
    """``text`` with a "]" that stands for a cell border of a pipe-table row made "|" again, one character for one.

    Why: the row that closes with "25]" was no whole row, so the table lost it (its four figures with it), and
    "11] 18]" made one cell of three columns: a count read under the wrong head. Only in a line that opens with
    "|" and holds no "[" (a bracketed note keeps its bracket), and only after a figure."""
    if "]" not in text:
        return text
    return "\n".join(_BRACKET_PIPE_RE.sub(r"\1|", ln) if ln.lstrip().startswith("|") and "[" not in ln else ln
                     for ln in text.split("\n"))


#: (leg49) a row's opening pipe read as a stroke glyph glued to the row's number: "15 | Khu phố 5 | 594 |" for "| 5 |
#: Khu phố 5 |" (authored44's fire-extinguisher quota by khu phố, legacy OCR); group "n" the number, "g" the glyph
_OPEN_PIPE_READ_RE = re.compile(r"^(?P<g>[1Il!\[])(?P<n>\d{1,3})\s?\|")


def _opening_pipe_read(s: str, last: int) -> int | None:
    """The length of the glyph that stands for the opening pipe of line ``s``, a row inside a table whose last row
    read was numbered ``last``: the number glued after it is ``last + 1``. None when ``s`` is no such row.

    Why: the line no longer opened with "|", so the table ended there, and the row with the rows under it were read
    as prose: the quota of three khu phố and the total were lost. Only the number that comes next in order is taken
    (a "15 | …" after row 14 is row 15 as printed)."""
    m = _OPEN_PIPE_READ_RE.match(s)
    if m is None or int(m.group("n")) != last + 1:
        return None
    return len(m.group("g"))


def wrapped_rows(text: str) -> str:
    """``text`` with each pipe-table row printed over several lines made one line again (the line breaks inside
    the row become spaces), and a cell border read as "]" after a figure made "|" (:func:`bracket_pipes`)."""
    if "|" not in text:
        return text
    text = bracket_pipes(text)
    lines = text.split("\n")
    joins: set[int] = set()  # the line breaks to make spaces: the one after line k
    width: int | None = None  # the cells of the current table's header
    rows = 0  # rows of the current table read so far, its header counted
    last: int | None = None  # the number of the current table's last row read, when it has one
    mended = False
    i = 0
    while i < len(lines):
        s = lines[i].strip()
        if width is not None and last is not None and (lead := _opening_pipe_read(s, last)) is not None:
            ln = lines[i]
            at = len(ln) - len(ln.lstrip())
            lines[i] = ln[:at] + "|" + ln[at + lead:]
            s, mended = lines[i].strip(), True
        if not s.startswith("|"):
            if width is None or not _in_table(lines, i, rows == 1):
                width, rows = None, 0  # prose ends the table
            i += 1
            continue
        end = _header_end(lines, i) if width is None else None
        if end is None:
            end = None if _whole(s, width) else _row_end(lines, i, width)
        if end is not None:
            joins.update(range(i, end))
            s = " ".join(ln.strip() for ln in lines[i:end + 1])
            i = end
        if width is None:
            width = _width(s)
        cells = split_row(s) if rows else []  # (a lone "|" has no cell)
        first = cells[0] if cells else ""
        last = int(first) if first.isascii() and first.isdecimal() else None  # not "²": isdigit() but no int
        rows += 1
        i += 1
    if not joins:
        return "\n".join(lines) if mended else text
    return "".join(ln + ("" if k == len(lines) - 1 else " " if k in joins else "\n") for k, ln in enumerate(lines))

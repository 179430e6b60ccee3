"""A pipe table's delimiter row that legacy OCR read as a scrap, written back as a delimiter row:
"| STT | Đối tượng | Nội dung | Thời gian |" / "" / "I}" / "" / "| 1 | …" → the "I}" line made "|---|---|---|---|".

Why: Tesseract ``eng`` reads the rule under a table's header as one short token ("I}", "Jb", "Jf}", "bbb"); the
structure's table readers pass over such a scrap, but a task table's first row then heads no table of its own: the
intro sentence over the table ("Thanh tra huyện tiến hành các cuộc thanh tra … theo bảng sau:") swallowed the
header and the first row, and that row's quarter was lost (t51-03's legacy form: "Quý II/2038" of row 1; a51-08's
first two rows, both "Quý II/2038", read as one).

Kind: a line of one token — with a rule's glyph in it (}{[]|+=_ or a dash) or of at most four plain letters (no mark: "Jb", "bbb"; a word "Quý" heading rows is no scrap), no digit —
between a header row (a pipe row of three or more cells, none holding a digit) and, past at most one blank line on
either side, a row of as many cells. The blank lines around the scrap go with it: the
delimiter row hugs the header and the first row as a typed table's does (left between blank lines, the rows of a
schedule under it were no longer read: t50-05's "Đợt | Thời gian" dates). It runs on the restored text (the row is
longer than the scrap, the lines fewer): see :func:`vanban.ocr.correct._parted`.
"""

from __future__ import annotations

import re

__all__ = ["rule_scraps"]

_ROW_RE = re.compile(r"^\|(?:[^|\n]*\|){2,}[ \t]*$")
_SCRAP_RE = re.compile(r"^[ \t]*(?=[^\s\d]*[}{\[\]|+=_\-—][^\s\d]*[ \t]*$|[A-Za-z]{1,4}[ \t]*$)[^\s\d]{1,12}[ \t]*$")


def _cells(line: str) -> int:
    return line.strip().count("|") - 1


def rule_scraps(text: str) -> str:
    """``text`` with each delimiter row read as a scrap under a pipe table's header written back (see the module)."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if line is None or not _SCRAP_RE.match(line):
            continue
        up = k - 1 - (k >= 2 and not lines[k - 1].strip())
        down = k + 1 + (k + 2 < len(lines) and not lines[k + 1].strip())
        if up < 0 or down >= len(lines):
            continue
        head, row = lines[up] or "", lines[down] or ""
        if not (_ROW_RE.match(head) and _ROW_RE.match(row)) or re.search(r"\d", head):
            continue
        n = _cells(head)
        if n >= 3 and _cells(row) == n:
            lines[k] = "|" + "---|" * n
            for blank in (k + 1, k - 1):  # the rule hugs its header and first row, as a typed table's does
                if blank != up and blank != down:
                    lines[blank] = None
    return "\n".join(line for line in lines if line is not None)

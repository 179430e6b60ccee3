"""A numbered heading with its first paragraph right under it, the blank line between them lost.

Why: legacy OCR (Tesseract on a rendered page) drops the blank line under an item's short heading now and then:
"2. Cấp phiếu lưu động" / "Tổ công tác thành lập 02 nhóm, làm việc theo lịch sau:" / "" / "- Thứ Bảy, ngày …". The
clean text has a blank line there. Read as one paragraph, the heading takes the sentence under it, and the readers
that open a paragraph at a blank line (the body that leads a list of dated items, a body's task) lose its subject:
the body's obligation and its dates are gone. :func:`heading_breaks` gives the offsets where such a paragraph opens;
the structure stage writes a newline there (``Structure.breaks``, :class:`.spread.Spread`), as it does a flat text's
paragraph breaks.

Only a line that opens with a number or a Roman numeral (never a dash: a dash opens a task, not a heading), opens its
paragraph (a blank line or the page's top above it), is short against the page's measure and leaves no sentence open
(no stop, comma or connector at its end: :func:`.paragraphs.break_kind` says "short"), over a line of prose opening
with a capital — not a label, not a name the heading broke. A flat text (next to no blank lines) is spread whole by
:mod:`.paragraphs` and is not read here.
"""

from __future__ import annotations

import re

from vanban.structure.paragraphs import _labelled, _measure, break_kind

__all__ = ["heading_breaks"]

# a numbered heading's label: "2.", "2.1.", "II.", "a)" (no dash, no "+": those open a task or a point)
_NUMBERED = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|[IVXL]{1,5}\.|[a-zđ]\))\s+\S")
# a line of prose under it: a capitalised word, then two words at least
_PROSE = re.compile(r"^[^\W\d_][^\W_]*\s+\S+\s+\S+")


def heading_breaks(text: str) -> tuple[int, ...]:
    """Offsets (ascending) into ``text`` (pages joined with "\\f") of the lines of prose that open a paragraph right
    under a short numbered heading (see the module): a newline written there parts them. () when there is none."""
    out: list[int] = []
    base = 0
    for page in text.split("\f"):
        lines = page.split("\n")
        width = _measure(lines)
        pos = base
        starts = []
        for ln in lines:
            starts.append(pos)
            pos += len(ln) + 1
        for i in range(len(lines) - 1):
            a, b = lines[i].strip(), lines[i + 1].strip()
            if not a or not b or (i > 0 and lines[i - 1].strip()):
                continue  # a blank line (or the page's top) above the heading, its paragraph right under it
            if not _NUMBERED.match(a) or _labelled(b) or not _PROSE.match(b) or not b[:1].isupper():
                continue
            if break_kind(a, b, width, opens=True) == "short":
                out.append(starts[i + 1] + len(lines[i + 1]) - len(lines[i + 1].lstrip()))
        base += len(page) + 1
    return tuple(out)

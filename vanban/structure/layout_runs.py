"""Layout spaces in a document run on one line: the line breaks they stand for.

Why: text copied from a PDF viewer and pasted as ONE line keeps the runs of spaces the viewer writes for the
layout — where a printed line wrapped and where the next one was indented ("… số 104-CTr/TU ngày 30/8/2026 của
␣␣␣␣␣Tỉnh ủy Lào Cai thực hiện Kết luận số 75-KL/TW …", issue 9). :mod:`.run_on` finds the document's parts by
their words, but a paragraph of the body keeps those runs inside its line, and a run of spaces inside a line reads
as the gap between two table columns: the body becomes a data table and its citations and obligations are lost.
Outside a piece of the line with table evidence (pipes, tabs) a run of two or more spaces in the body is a wrapped line's
end, so :func:`layout_breaks` gives a line break there; the hard-wrapped lines that gives are joined again by the
flat reading (:mod:`.paragraphs`) as any pasted hard-wrapped text's. The header's cells and the signature beside
the Nơi nhận list are left to :mod:`.run_on` (there a run is a column gap, and its word rules break it already).
"""

from __future__ import annotations

import bisect
import re

from vanban.structure import run_on_words as R

__all__ = ["layout_breaks"]

_RUN = re.compile(r"(?<=\S) {2,}(?=\S)")  # a layout run: two or more spaces between two words
_MIN_RUNS = 3  # fewer runs than this in a line: stray double spaces, no layout kept
_TABLE_EVIDENCE = re.compile(r"\t|(?:\|[^|\n]*){3,}")  # tabs, or three pipes on the line: a table's own marks


def layout_breaks(text: str, run_on: tuple[int, ...]) -> tuple[int, ...]:
    """Offsets (ascending) into ``text`` before which a line break is written: the word after each layout run of
    a run-on line's body (from its first break in ``run_on``, :func:`.run_on.run_on_breaks`, to its Nơi nhận label
    or first signing level), offsets already in ``run_on`` left out; a run inside a piece of the line (between two
    run-on breaks) that shows table evidence stays a column gap. () when ``run_on`` is empty or the line holds fewer
    than three runs."""
    if not run_on:
        return ()
    out: list[int] = []
    pos = 0
    for line in re.split(r"(?<=[\n\f])", text):
        lo, hi = pos, pos + len(line)
        pos = hi
        mine = [k - lo for k in run_on if lo <= k < hi]
        if not mine:
            continue
        runs = list(_RUN.finditer(line))
        if len(runs) < _MIN_RUNS:
            continue
        ends = [m.start() for m in (R.NOI_NHAN.search(line), R.SIGN_LEVEL.search(line)) if m]
        stop = min(ends) if ends else len(line)
        cuts = [0, *mine, len(line)]
        for m in runs:
            if m.end() >= stop:
                break
            j = bisect.bisect_right(cuts, m.start())
            if not _TABLE_EVIDENCE.search(line, cuts[j - 1], cuts[j]):  # the run's piece of the line
                out.append(lo + m.end())
    have = set(run_on)
    return tuple(k for k in out if k not in have)

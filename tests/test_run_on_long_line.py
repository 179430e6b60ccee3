"""A long text run on one line is split in time linear in its length.

Found by a newcomer (session 20): a 1.4 MB one-line text took 170 s to extract. Each label of the run-on line
("1.", "a)", "-") looked back over the whole line before it (``line[:at]`` searched by patterns anchored at its end),
and each word near the header folded the rest of the line: the square of the line's length. The patterns now read
the line's last words before a label (``run_on._tail``), the type's name a window."""

from __future__ import annotations

import time

import pytest

from conftest import ROOT

from vanban.structure.run_on import _TAIL, _tail, run_on_breaks

PLAN = ROOT / "tests/fixtures/plans/kh_dang_uy_xa_chuyen_doi_so_2026.txt"


def _one_line(copies: int) -> str:
    line = " ".join(x.strip() for x in PLAN.read_text(encoding="utf-8").splitlines() if x.strip())
    return " ".join([line] * copies)


def test_the_tail_reads_the_last_words_and_the_spaces_before_a_place():
    line = "x" * 500 + " khoản   " + "1."
    at = line.index("1.")
    assert _tail(line, at).endswith(" khoản   ") and len(_tail(line, at)) == _TAIL + 3
    assert _tail("a)", 0) == "" and _tail("Điều 3. b)", 8) == "Điều 3. "


def test_a_copy_further_on_the_line_breaks_as_the_first():
    """What is read before a label is the same wherever on the line it stands: the second copy of a document run on
    after the first breaks at the first's offsets, moved (nothing read from the start of the line)."""
    one, two = _one_line(1), _one_line(2)
    first = run_on_breaks(one)
    assert first
    shift = len(one) + 1
    second = [k - shift for k in run_on_breaks(two) if k > shift]
    inner = [k for k in first if k > 1500]  # the header's cells are read in the line's first characters only
    assert inner and set(inner) <= set(second)


@pytest.mark.slow  # a timing check: kept out of make test (speed lives in bench/), run with -m slow
def test_four_times_the_line_costs_about_four_times():
    small, large = _one_line(8), _one_line(32)  # ~50 KB and ~200 KB
    run_on_breaks(small)
    t0 = time.perf_counter()
    run_on_breaks(small)
    t1 = time.perf_counter()
    run_on_breaks(large)
    t2 = time.perf_counter()
    assert (t2 - t1) < 10 * (t1 - t0) + 0.5, (t1 - t0, t2 - t1)  # linear: ~4×; the square: ~16×

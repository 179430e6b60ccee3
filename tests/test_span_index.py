"""Linking a long text's deadlines to their obligations costs linear work, and the same answers.

Found by a newcomer: a 13 MB UTF-8 plan was not ingested after 15 minutes (1 MB 22 s,
2 MB 58 s): each deadline scanned every obligation, and every deadline kept so far
(``vanban.extract._owned_deadlines``), each obligation every target. Work is counted
(reads of a span's offsets), not timed; the answers are compared with the scans they replace.
"""

from __future__ import annotations

import random

from vanban.extract import _owned_deadlines
from vanban.extract.span_index import SpanIndex
from vanban.models import Deadline, Obligation, Span

READS = [0]


class CountingSpan(Span):
    def __getattribute__(self, name):
        if name in ("start", "end"):
            READS[0] += 1
        return super().__getattribute__(name)


def plan(n: int):
    """``n`` numbered tasks, each a body, a task and a date, and a report date of its own no body holds."""
    obligations, deadlines = [], []
    for i in range(n):
        a = i * 100
        dl = Deadline(text=f"trước ngày {i % 28 + 1}/5/2026", date=f"2026-05-{i % 28 + 1:02d}", earliest=None,
                      latest=None, span=CountingSpan(a + 60, a + 80, "…"))
        obligations.append(Obligation(who=f"Ban {i}", what="tổng hợp", deadline=dl, span=CountingSpan(a, a + 90, "…")))
        deadlines.append(dl)
        deadlines.append(Deadline(text="quý IV/2026", date=None, earliest="2026-10-01", latest="2026-12-31",
                                  span=CountingSpan(a + 92, a + 99, "…")))
    return deadlines, obligations


def reads(n: int) -> int:
    deadlines, obligations = plan(n)
    READS[0] = 0
    out = _owned_deadlines(deadlines, obligations)
    assert len(out) == 2 * n and [d.who for d in out[:2]] == ["Ban 0", None]
    return READS[0]


def test_linking_deadlines_grows_linearly_with_the_text() -> None:
    small, large = reads(400), reads(1600)
    assert large < 6 * small, (small, large)  # 4x the tasks: ~4x the reads (a scan per deadline: ~16x)


def brute_holding(rows, s, e):
    return next((x for a, b, x in rows if a <= s and e <= b), None)


def brute_meets(rows, s, e):
    return any(a < e and s < b for a, b, _ in rows)


def test_span_index_answers_like_the_scans() -> None:
    rng = random.Random(5)
    for _ in range(50):
        rows = []
        for k in range(rng.randint(0, 40)):
            a = rng.randint(0, 500)
            rows.append((a, a + rng.choice([0, 1, 3, 20, 80, 300]), k))
        index = SpanIndex(rows)
        for _ in range(60):
            s = rng.randint(-10, 600)
            e = s + rng.choice([0, 1, 5, 40])
            assert index.holding(s, e) == brute_holding(rows, s, e)
            assert index.meets(s, e) == brute_meets(rows, s, e)
        extra = (rng.randint(0, 500), 0, "x")
        extra = (extra[0], extra[0] + rng.randint(0, 400), "x")
        index.add(*extra)
        rows.append(extra)
        for s in range(0, 900, 37):
            assert index.holding(s, s + 3) == brute_holding(rows, s, s + 3)
            assert index.meets(s, s + 3) == brute_meets(rows, s, s + 3)

"""Where restoration's time goes, per workload of ``bench/restore.py``: one cold pass each.

Why: issue #12's speed goal (1.5x pyvi on one core) is met on the seeds and the legacy
documents but not on news lines, and a whole-pass timing says only that. This times,
inside one ``restore`` per text (caches emptied before each workload, process time),
the stages a text goes through and prints each one's share:

- ``LM look-ups``: the language model's vectorised queries the lattice makes
  (bigram hash, pair scores, trigram corrections: ``LanguageModel.bigram_index``,
  ``pair_scores``, ``trigram_delta``, ``has_continuations``);
- ``lattice``: the rest of :class:`vanban.ocr.restore.decode._Lattice` (its index arrays);
- ``Viterbi``: :meth:`_Lattice.viterbi` (stepwise or in waves);
- ``posteriors``: :meth:`Restorer._posteriors` (local scores, softmax, ranking);
- ``rest``: everything else — scanning, candidates, the document cache, the
  per-token records — Python code per token.

Each stage is timed by a wrapper (two clock reads a call, a few calls a text), so the
figures are process time of the stage itself; ``total`` is the pass without wrappers.

Run: ``python bench/restore_split.py [--sentences 1000] [--rounds 3]`` (medians over rounds).
"""

from __future__ import annotations

import argparse
import functools
import gc
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import restore as rb  # noqa: E402  (bench/restore.py: the same inputs)

STAGES = ("LM look-ups", "lattice", "Viterbi", "posteriors")


def _wrap(owner, name: str, stage: str, spent: dict[str, float], depth: list[int]) -> None:
    """Replace ``owner.name`` by a timed call adding to ``spent[stage]`` (outermost call only:
    a stage's inner calls of itself, or of a stage it holds, are not counted twice)."""
    fn = owner.__dict__[name]
    static = isinstance(fn, staticmethod)
    inner = fn.__func__ if static else fn

    @functools.wraps(inner)
    def timed(*a, **k):
        if depth[0]:
            return inner(*a, **k)
        depth[0] += 1
        t0 = time.process_time()
        try:
            return inner(*a, **k)
        finally:
            spent[stage] += time.process_time() - t0
            depth[0] -= 1

    setattr(owner, name, staticmethod(timed) if static else timed)


def instrument() -> dict[str, float]:
    """Wrap the stages (see the module docstring); returns the dict their times add to."""
    from vanban.ocr.restore import decode, lm  # noqa: PLC0415

    spent = dict.fromkeys(STAGES, 0.0)
    depth = [0]
    for name in ("bigram_index", "pair_scores", "trigram_delta", "has_continuations"):
        _wrap(lm.LanguageModel, name, "LM look-ups", spent, depth)
    _wrap(decode._Lattice, "viterbi", "Viterbi", spent, depth)
    _wrap(decode.Restorer, "_posteriors", "posteriors", spent, depth)
    # the lattice's own time: its constructor minus the look-ups it makes (subtracted below)
    lat_spent = {"lattice": 0.0}
    init = decode._Lattice.__init__

    @functools.wraps(init)
    def lattice_init(self, *a, **k):
        t0 = time.process_time()
        try:
            return init(self, *a, **k)
        finally:
            lat_spent["lattice"] += time.process_time() - t0

    decode._Lattice.__init__ = lattice_init
    spent["_lattice_incl"] = lat_spent
    return spent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=rb.default_shared())
    ap.add_argument("--sentences", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    from vanban.ocr.restore.decode import get_restorer  # noqa: PLC0415

    seeds = rb.seed_pairs()
    docs = rb.legacy_realdocs(args.shared, rb.N_REALDOCS)
    held = {c: rb.heldout_sample(args.shared, c, args.sentences) for c in ("news_vi.txt.gz", "legal_vi.txt.gz")}
    work = [("seeds", [s[1] for s in seeds]), ("documents", [d[1] for d in docs]),
            ("news", [rb.strip_marks(x) for x in held["news_vi.txt.gz"]]),
            ("legal", [rb.strip_marks(x) for x in held["legal_vi.txt.gz"]])]
    r = get_restorer()
    r.restore("khởi động")
    gc.collect()
    gc.freeze()

    def cold_pass(xs: list[str]) -> float:
        r.clear_caches()
        t0 = time.process_time()
        for x in xs:
            r.restore(x)
        return time.process_time() - t0

    totals = {name: statistics.median(cold_pass(xs) for _ in range(args.rounds)) for name, xs in work}
    spent = instrument()
    lat = spent.pop("_lattice_incl")
    print(f"cold pass per text, process time, median of {args.rounds} rounds "
          "(stages timed by wrappers in separate rounds; rest = total - stages)")
    print(f"    {'workload':<10}{'texts':>6}{'total µs':>10}" + "".join(f"{s:>17}" for s in (*STAGES, "rest")))
    for name, xs in work:
        rows = []
        for _ in range(args.rounds):
            for k in spent:
                spent[k] = 0.0
            lat["lattice"] = 0.0
            cold_pass(xs)
            row = dict(spent)
            row["lattice"] = lat["lattice"] - spent["LM look-ups"]
            rows.append(row)
        per = {s: statistics.median(rw[s] for rw in rows) / len(xs) * 1e6 for s in STAGES}
        tot = totals[name] / len(xs) * 1e6
        per["rest"] = tot - sum(per.values())
        print(f"    {name:<10}{len(xs):>6}{tot:>10,.0f}"
              + "".join(f"{per[s]:>9,.0f} {per[s] / tot:>6.0%}" for s in (*STAGES, "rest")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

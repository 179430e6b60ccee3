"""Fuzz every text parser with a large hypothesis budget; keep what breaks them.

The checks are those of ``tests/test_fuzz.py`` (kept in ``tests/fuzz_checks.py``) (no crash, ISO dates that
parse, earliest ≤ latest, spans inside the text, FTS queries that are never
a syntax error, line breaks kept by restoration …) run over three kinds of
input:

* ``words``  — text built from what the parsers look for (syllables with and
  without marks, "số", dates in every notation, symbols, %, Roman numerals,
  form feeds) mixed with arbitrary Unicode;
* ``mutant`` — the real plan fixtures and the legacy OCR seeds, cut, spliced
  and sprinkled with hostile characters (realistic structure, broken);
* ``unicode`` — any Unicode text.

Each example runs under a hard time limit (SIGALRM): a hang is a failure
too. A failing input (hypothesis shrinks it first) is written to
``tests/fixtures/fuzz_regressions/`` so ``tests/test_fuzz.py`` replays it.

Usage::

    .venv/bin/python bench/fuzz.py                       # default budget (~10 min on 2 cores)
    .venv/bin/python bench/fuzz.py --examples 200        # quick
    .venv/bin/python bench/fuzz.py --only extract dates
"""

from __future__ import annotations

import argparse
import hashlib
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from fuzz_checks import CHECKS, REGRESSIONS, WORDS, any_text, vietnamese_ish  # noqa: E402

#: seconds one example may take before it counts as a hang
HANG_SECONDS = 20
#: examples per (check, input kind) at --examples 1.0 scale; restoration is slower
BUDGET = {"text": 6000, "dates": 6000, "extract": 4000, "symbols": 6000, "fts": 6000, "restore": 800}


def real_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/fixtures/plans").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/fixtures/extract").rglob("*.txt"))][:20]
    seeds = Path("/work/shared/seeds")
    if seeds.is_dir():
        texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(seeds.glob("*.txt"))]
    return [t for t in texts if t.strip()]


def mutants(texts: list[str]) -> st.SearchStrategy[str]:
    """A real document with up to 8 edits: cut, duplicate, splice, insert hostile text."""
    payload = st.one_of(st.sampled_from(WORDS), st.text(max_size=8), st.just("\x00"), st.just("\f" * 3))

    def edit(text: str, ops: list) -> str:
        for kind, a, b, p in ops:
            n = len(text) or 1
            i, j = sorted((a % n, b % n))
            if kind == 0:
                text = text[:i] + text[j:]  # cut
            elif kind == 1:
                text = text[:j] + text[i:j] + text[j:]  # duplicate a span
            elif kind == 2:
                text = text[:i] + p + text[i:]  # insert
            else:
                text = text[i:j] if j - i > 20 else text  # keep a window only
        return text

    op = st.tuples(st.integers(0, 3), st.integers(0, 10**6), st.integers(0, 10**6), payload)
    return st.tuples(st.sampled_from(texts), st.lists(op, max_size=8)).map(lambda t: edit(*t))


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang(f"example took longer than {HANG_SECONDS}s")


def fuzz(name: str, kind: str, strategy, examples: int) -> tuple[int, str | None]:
    """Run check ``name`` over ``examples`` inputs; (examples run, failure or None)."""
    check = CHECKS[name]
    state = {"n": 0, "failing": None}

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def prop(text):
        state["n"] += 1
        signal.alarm(HANG_SECONDS)
        try:
            check(text)
        except BaseException:
            state["failing"] = text  # the last failing call is the shrunk one
            raise
        finally:
            signal.alarm(0)

    try:
        prop()
    except BaseException as exc:  # noqa: BLE001 - reported and kept as a fixture
        text = state["failing"] or ""
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        REGRESSIONS.mkdir(parents=True, exist_ok=True)
        out = REGRESSIONS / f"{name}-{kind}-{digest}.txt"
        out.write_text(text, encoding="utf-8", errors="surrogatepass")
        return state["n"], f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]} -> {out.relative_to(ROOT)}"
    return state["n"], None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--examples", type=float, default=1.0,
                    help="scale of the budget (1.0 = BUDGET), or an absolute count when > 10")
    ap.add_argument("--only", nargs="*", default=None, help=f"checks among {', '.join(CHECKS)}")
    args = ap.parse_args(argv)
    signal.signal(signal.SIGALRM, _alarm)
    kinds = {"words": vietnamese_ish, "mutant": mutants(real_texts()), "unicode": any_text}
    failures = 0
    total = 0
    start = time.perf_counter()
    print(f"{'check':10s} {'input':8s} {'examples':>9s} {'seconds':>8s}  result")
    for name in args.only or CHECKS:
        for kind, strategy in kinds.items():
            n = int(args.examples) if args.examples > 10 else int(BUDGET[name] * args.examples)
            t0 = time.perf_counter()
            ran, failure = fuzz(name, kind, strategy, n)
            total += ran
            failures += failure is not None
            print(f"{name:10s} {kind:8s} {ran:9d} {time.perf_counter() - t0:8.1f}  {failure or 'ok'}",
                  flush=True)
    print(f"\n{total} examples in {time.perf_counter() - start:.0f}s, {failures} failing check(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""Speed figures the default tests no longer assert (they were flaky on a
loaded 2-core CI): model load time, restoration syllables per second, and
the text parsers on 128 KB adversarial lines, each beside its target.

The tests keep what does not depend on the machine: complexity as a ratio
(4x the input within 8x the time, ``tests/test_fuzz.py``) and hangs by
timeouts. This prints absolute figures; run it on an idle machine.

Usage::

    .venv/bin/python bench/speed.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from fuzz_checks import ADVERSARIAL, _line  # noqa: E402  (the patterns tests/test_fuzz.py repeats)

SEED = ROOT / "samples" / "24-KH-DU_dan_van_kheo_long_bien_2026_legacy_ocr.txt"

def best_of(runs: int, fn, *args) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn(*args)
        times.append(time.perf_counter() - t0)
    return min(times)


def long_line_rows() -> list[tuple[str, str, str]]:
    """A one-line unaccented page of ~370,000 characters (the seeds' hand
    transcriptions, marks stripped, repeated) restored as ingest does — in pieces
    of ``PIECE_CHARS`` — then whole, as before: CPU seconds and the process's peak
    memory after each (the whole run's peak is what it adds on top)."""
    import resource
    import unicodedata

    import vanban.ocr.correct as correct

    gold = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/fixtures/seeds").glob("*.gold.txt")))
    bare = "".join(c for c in unicodedata.normalize("NFD", gold) if not unicodedata.combining(c))
    line = " ".join([" ".join(bare.replace("đ", "d").replace("Đ", "D").split())] * 23)
    rows = []
    for label, size in (("in pieces", correct.PIECE_CHARS), ("whole, as before", len(line))):
        saved, correct.PIECE_CHARS = correct.PIECE_CHARS, size
        t0 = time.process_time()
        correct.correct_text(line, "txt")
        seconds = time.process_time() - t0
        correct.PIECE_CHARS = saved
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rows.append((f"one-line {len(line) // 1000} k-char unaccented page, {label} (CPU s / peak MB)",
                     f"{seconds:.1f} / {peak:.0f}", "-"))
    return rows


def main() -> None:
    from vanban.archive.keys import fts_query, symbol_key
    from vanban.extract import extract
    from vanban.extract.dates import find_dates
    from vanban.ocr.restore.decode import get_restorer
    from vanban.ocr.restore.lm import DEFAULT_PATH, LanguageModel
    from vanban.text import WORD_RE, fold, vietnamese_ratio

    rows = []
    load = best_of(3, LanguageModel, DEFAULT_PATH)
    rows.append(("model load (s)", f"{load:.2f}", "< 1.0"))

    restorer = get_restorer()
    text = SEED.read_text(encoding="utf-8") * 3
    n = len(WORD_RE.findall(text))
    restorer.restore("khởi động")
    restorer.clear_caches()
    t0 = time.process_time()
    restorer.restore(text)
    rows.append(("restore, cold cache (syllables/s)", f"{n / (time.process_time() - t0):.0f}", "> 3000"))
    t0 = time.process_time()
    restorer.restore(text)
    rows.append(("restore, warm cache (syllables/s)", f"{n / (time.process_time() - t0):.0f}", "-"))

    rows += long_line_rows()

    checks = {
        "fold+ratio": lambda s: (fold(s), vietnamese_ratio(s)),
        "dates": find_dates,
        "extract": extract,
        "symbols": symbol_key,
        "fts": fts_query,
    }
    for name, unit in ADVERSARIAL.items():
        line = _line(unit, 128 * 1024)
        worst = max((best_of(1, fn, line), check) for check, fn in checks.items())
        rows.append((f"128 KB line {name!r}: slowest check {worst[1]} (s)", f"{worst[0]:.2f}", "< 5.0"))

    width = max(len(r[0]) for r in rows)
    print(f"{'figure':{width}}  {'measured':>10}  target")
    for label, value, target in rows:
        print(f"{label:{width}}  {value:>10}  {target}")


if __name__ == "__main__":
    main()

"""Time of citation dedupe (``citations._dedupe``) against the number of distinct numbered citations.

Found in issue #10's code debt: each distinct symbol was compared with every other (an OCR copy of
one is merged into it), so a document citing 1,000 distinct symbols spent ~4.5 s there. The
symbols are generated in the real shapes (state "123/2025/QĐ-UBND", Party "45-KH/TU", with codes
of ministries, provinces and Party bodies), each cited once plus some cited twice, and a few OCR
copies ("1314/NQ-UBTVQHI5") that must still merge. Each size is deduped twice: by the indexed
``citations._ocr_variants`` (now) and by the former pairwise comparison kept here (before, up to
``--pairwise-max`` symbols); the rows must be the same. µs per citation is flat when the cost is linear.

Usage::

    .venv/bin/python bench/citation_dedupe.py                 # 250 500 1000 2000 symbols
    .venv/bin/python bench/citation_dedupe.py --sizes 1000 4000
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vanban.extract import citations as C  # noqa: E402
from vanban.extract.citations import _dedupe  # noqa: E402
from vanban.models import Citation  # noqa: E402
from vanban.symbols import symbol_key  # noqa: E402

_STATE = [("QĐ", "UBND"), ("NĐ", "CP"), ("TT", "BTC"), ("QĐ", "TTg"), ("KH", "UBND"), ("CV", "SYT"),
          ("TT", "BNNMT"), ("NQ", "HĐND"), ("BC", "BNV"), ("CĐ", "TTg"), ("TB", "VPCP")]
_PARTY = [("KH", "TU"), ("NQ", "TW"), ("KL", "TW"), ("CT", "TW"), ("HD", "BTGDVTU"), ("KH", "ĐU"), ("CTr", "TU")]


def symbols(n: int, seed: int = 7) -> list[str]:
    """``n`` distinct symbols in the real shapes, plus OCR copies of some of them."""
    rnd = random.Random(seed)
    out: set[str] = set()
    while len(out) < n:
        num = rnd.randint(1, 9999)
        if rnd.random() < 0.5:
            t, i = rnd.choice(_STATE)
            year = f"{rnd.randint(2015, 2026)}/" if rnd.random() < 0.5 else ""
            out.add(f"{num}/{year}{t}-{i}")
        else:
            t, i = rnd.choice(_PARTY)
            out.add(f"{num}-{t}/{i}")
    return sorted(out)


def citations(n: int) -> list[Citation]:
    syms = symbols(n)
    cites = [Citation(text=f"số {s}", number=s, type="Quyết định") for s in syms]
    cites += [Citation(text=f"số {s}", number=s, type="Quyết định", date="2025-01-01") for s in syms[::5]]
    cites += [Citation(text="số 1314/NQ-UBTVQHI5", number="1314/NQ-UBTVQHI5", type="Nghị quyết"),
              Citation(text="số 1314/NQ-UBTVQH15", number="1314/NQ-UBTVQH15", type="Nghị quyết")]
    return cites


def pairwise_variants(cites: list[Citation]) -> dict[str, str]:
    """The former ``citations._ocr_variants``: every distinct symbol compared with every other."""
    nums = {c.number for c in cites if c.number}
    out: dict[str, str] = {}
    kept = {g for d in nums for g in nums if C._ocr_variant_of(d, g)}
    for d in nums:
        good = next((g for g in nums if C._ocr_variant_of(d, g)), None)
        if good is None and d not in kept:
            good = min((g for g in nums if C._stray_glyphs_of(d, g)),
                       key=lambda g: (sum(ch in C.P.SYMBOL_STRAY_GLYPHS for ch in g), g), default=None)
        if good:
            out["sym:" + (symbol_key(d) or "")] = "sym:" + (symbol_key(good) or "")
    return out


def timed(cites: list[Citation]) -> tuple[list[Citation], float]:
    t0 = time.perf_counter()
    rows = _dedupe(cites)
    return rows, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", nargs="*", type=int, default=[250, 500, 1000, 2000])
    ap.add_argument("--pairwise-max", type=int, default=1000, help="largest size also timed pairwise (before)")
    a = ap.parse_args()
    print(f"{'symbols':>8}{'citations':>11}{'rows':>7}{'now s':>9}{'µs/cit':>8}{'before s':>10}{'µs/cit':>8}  same")
    for n in a.sizes:
        cites = citations(n)
        symbol_key.cache_clear()
        rows, dt = timed(cites)
        line = f"{n:>8}{len(cites):>11}{len(rows):>7}{dt:>9.3f}{dt / len(cites) * 1e6:>8.0f}"
        if n <= a.pairwise_max:
            indexed, C._ocr_variants = C._ocr_variants, pairwise_variants
            try:
                symbol_key.cache_clear()
                before, bt = timed(cites)
            finally:
                C._ocr_variants = indexed
            line += f"{bt:>10.3f}{bt / len(cites) * 1e6:>8.0f}  {before == rows}"
        print(line)


if __name__ == "__main__":
    main()

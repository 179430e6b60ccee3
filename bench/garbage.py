"""OCR garbage regions (vanban/readable.py): what is flagged in real text,
and what a real plan with a garbage region becomes.

Prints, for independent material (``--shared``, default ``../shared`` beside
the repository, else ``/work/shared``):

* characters flagged as garbage in the 307 real documents (the rare letter
  pairs were counted on them: any flag there is a false positive) and in
  the two legacy-OCR seeds (not used to count the pairs);
* the language check's figure for seed 24-KH/ĐU with a 1 MB line of random
  letters appended, judged whole (what vanban did before: refused) and on
  the readable part (now), and the time to find the region.

Usage::

    .venv/bin/python bench/garbage.py [--shared PATH]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def shared_dir(given: str | None) -> Path:
    for candidate in (given, ROOT.parent / "shared", "/work/shared"):
        if candidate and Path(candidate, "realdocs").is_dir():
            return Path(candidate)
    raise SystemExit("bench/garbage.py: cannot find the shared folder; pass --shared PATH")


def flagged(paths: list[Path]) -> tuple[int, int, int]:
    from vanban.readable import garbage_spans

    docs = chars = total = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        spans = garbage_spans(text)
        total += len(text)
        if spans:
            docs += 1
            chars += sum(b - a for a, b in spans)
    return docs, chars, total


def main() -> None:
    from vanban.conveyor import MIN_VIETNAMESE_RATIO
    from vanban.readable import garbage_spans, without
    from vanban.text import vietnamese_ratio

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared")
    shared = shared_dir(parser.parse_args().shared)

    real = sorted((shared / "realdocs" / "docs").glob("*.md"))
    seeds = sorted((shared / "seeds").glob("*.txt"))
    for label, paths in (("real documents", real), ("legacy-OCR seeds", seeds)):
        docs, chars, total = flagged(paths)
        print(f"{label:18} {len(paths):4} files: {docs} with a flag, {chars} of {total} characters flagged")

    seed = (ROOT / "samples" / "24-KH-DU_dan_van_kheo_long_bien_2026_legacy_ocr.txt").read_text(encoding="utf-8")
    rng = random.Random(24)
    words, size = [], 0
    while size < 1 << 20:
        words.append("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 12))))
        size += len(words[-1]) + 1
    noisy = seed + "\n" + " ".join(words)[: 1 << 20] + "\n"
    t0 = time.perf_counter()
    spans = garbage_spans(noisy)
    took = time.perf_counter() - t0
    whole = vietnamese_ratio(noisy)
    readable = vietnamese_ratio(without(noisy, spans))
    print(f"seed 24-KH/ĐU + 1 MB of random letters ({len(noisy)} characters):")
    print(f"  Vietnamese share judged whole      {whole:.0%}  -> refused (< {MIN_VIETNAMESE_RATIO:.0%})  [before]")
    print(f"  Vietnamese share of readable part  {readable:.0%}  -> stored                  [now]")
    print(f"  garbage found: {sum(b - a for a, b in spans)} characters in {len(spans)} region(s), {took:.2f} s")


if __name__ == "__main__":
    main()

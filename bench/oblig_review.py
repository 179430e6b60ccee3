"""Obligations P/R/F1 on a folder of review labels (clean plain-text form), with each miss and extra.

The labels (``bench/gold/review-*/``) hold only ``obligations``, written by reading
the document; the matching rule is the realdocs bench's (:mod:`realdocs_match`):
``who`` under the loose key with token-set ratio ≥ 80 and the deadline equal.
Never point it at ``bench/gold/fresh`` (held out: scored by the lead only).
"""

from __future__ import annotations

import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from realdocs_match import prf  # noqa: E402
from realdocs_ocr import plain_text, shared_dir  # noqa: E402

from vanban.extract import extract  # noqa: E402
from vanban.extract.report import extraction_to_json  # noqa: E402


def run(labels: pathlib.Path, shared=None, verbose=True) -> tuple[int, int, int]:
    if labels.name == "fresh":
        raise SystemExit("bench/gold/fresh is held out")
    sh = shared_dir(shared)
    tot = [0, 0, 0]
    for gp in sorted(labels.glob("*.labels.json")):
        stem = gp.name[: -len(".labels.json")]
        gold = json.loads(gp.read_text(encoding="utf-8"))["obligations"]
        got = extraction_to_json(extract(plain_text(sh, stem)))["obligations"]
        tp, ng, nd, missed, extra = prf("obligations", gold, got)
        tot = [tot[0] + tp, tot[1] + ng, tot[2] + nd]
        if verbose:
            print(f"{stem:<22}{tp}/{ng}/{nd}")
            for g in missed:
                print(f"   MISS {g['who']!r} {g.get('deadline')}")
            for x in extra:
                dl = x.get("deadline")
                dl = (dl.get("date") or dl.get("latest")) if isinstance(dl, dict) else dl
                print(f"   XTRA {x['who']!r} {dl} | {x['what'][:80]!r}")
    return tuple(tot)


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--labels", default=str(ROOT / "bench" / "gold" / "review-oblig4"))
    ap.add_argument("--shared")
    ap.add_argument("-q", "--quiet", action="store_true")
    a = ap.parse_args()
    tp, ng, nd = run(pathlib.Path(a.labels), a.shared, not a.quiet)
    p, r = tp / ng if ng else 1.0, tp / nd if nd else 1.0
    print(f"obligations tp/got/gold {tp}/{ng}/{nd}  P {p:.3f}  R {r:.3f}  F1 {2 * p * r / (p + r) if p + r else 0:.3f}")

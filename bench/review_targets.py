"""Precision and recall of targets on ``bench/gold/review-targets`` (hand labels, targets only).

The labels were written by reading real documents of ``realdocs/docs`` that are in no other gold set
(not labelled, not tune, not fresh, not held out), chosen per kind: a Quy chế and a Quy định a Quyết
định issues, a Chương trình of the Prime Minister, Kế hoạch of provinces, a decision on interest
rates, customs classification notices (no targets), a tax Công văn. Matching as in
``realdocs_eval.py`` (min, max and unit; a rate per year "%/năm" = "%" with the period "mỗi năm").

    PYTHONPATH=. python bench/review_targets.py [-v] [--shared DIR]
"""

from __future__ import annotations

import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from realdocs_match import f1, prf  # noqa: E402
from realdocs_ocr import plain_text, shared_dir  # noqa: E402

from vanban.extract import extract  # noqa: E402
from vanban.extract.report import extraction_to_json  # noqa: E402

GOLD = ROOT / "bench" / "gold" / "review-targets"


def run(shared=None, verbose=False):
    sh = shared_dir(shared)
    tp = n_got = n_gold = 0
    for gp in sorted(GOLD.glob("*.labels.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        got = extraction_to_json(extract(plain_text(sh, gold["document"])))["targets"]
        t, g, d, missed, extra = prf("targets", gold["targets"], got)
        tp, n_got, n_gold = tp + t, n_got + g, n_gold + d
        print(f"{gold['document']:<26}{t}/{g}/{d}")
        if verbose:
            for x in missed:
                print(f"  MISS {x['min']} {x['max']} {x['unit']!r} {x['text'][:70]}")
            for x in extra:
                print(f"  XTRA {x['min']} {x['max']} {x['unit']!r} {x['text'][:70]}")
    p = tp / n_got if n_got else 1.0
    r = tp / n_gold if n_gold else 1.0
    print(f"targets on review-targets: tp/got/gold {tp}/{n_got}/{n_gold}  precision {p:.3f}  recall {r:.3f}  F1 {f1(tp, n_got, n_gold):.3f}")


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--shared")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    run(a.shared, a.verbose)

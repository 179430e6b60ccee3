"""Precision and recall of targets on ``bench/gold/review-targets`` (hand labels, targets only).

The labels were written by reading real documents of ``realdocs/docs`` that are in no other gold set
(not labelled, not tune, not fresh, not held out), chosen per kind: a Quy chế and a Quy định a Quyết
định issues, a Chương trình of the Prime Minister, Kế hoạch of provinces, a decision on interest
rates, customs classification notices (no targets), a tax Công văn ("review" batch: the kinds were fixed
while reading them, so it measures the fixes, not generalisation). The "check" batch (``labelled_by`` says
so) was labelled from the text before vanban was run on it: 73/2025/NQ-HĐND, 72/2025/QĐ-UBND (Bắc Ninh), two
Công điện, three Công văn and a customs notice; its misses were fixed afterwards. Round 2 added a "check2"
batch, labelled before vanban was run on it (08/2025/NQ-CP, 385/NQ-CP, 5095/SGDĐT-CTTTHSSV, 3574/QĐ-BYT,
4422/QĐ-BVHTTDL, 2634/QĐ-TTg, 1378/QĐ-BNV, 77/2025/NQ-HĐND, 383-QĐ/TW: its first figure, F1 0.500, is the honest
one), and a "review2" batch of documents earlier helpers had met while fixing other kinds (144/KH-UBND,
624/TB-VPCP, 0204/KH-UBND, 2954/QĐ-UBND, 384-QĐ/TW, 44/2025/QĐ-TTg). A "check3" batch was labelled, again before
running vanban, after the round-2 fixes (1949/QĐ-UBND, 1490/QĐ-UBND, 3361/QĐ-BCT, 4831/QĐ-BNNMT, 5042/QĐ-BNNMT,
2500/QĐ-TTg, 218/2025/QĐ-UBND, 386/NQ-CP: first figure F1 0.483, the fee table of a procedure publication read as
rules), and a "check4" batch after the check3 fixes (1505/QĐ-UBND, 2109/QĐ-BXD, 388/NQ-CP, 393/NQ-CP,
01779/QĐ-UBND: first figure F1 0.435). Round 3 labelled documents that carry labels for obligations or facts
only (``review-oblig4``, ``review-oblig5``, ``review-facts``), which the targets grammar had never been tuned on, again
before running vanban: a "check6" batch (2859/QĐ-UBND, 3257/TNI-QLDN1, 75/2025/NQ-HĐND, 56/2025/NQ-HĐND, 2813/QĐ-UBND,
105/2025/QĐ-UBND, 20/2025/NQ-HĐND, 89/2025/QĐ-UBND, 2665/QĐ-UBND, 375/NQ-CP, 983/TB-CT, 143/2025/QĐ-UBND: first figure
F1 0.667, 0.750 once the labeller's own units were put in the gold's convention — "300 triệu đồng" in triệu đồng — before
any fix), and after its fixes a "check7" batch (2740/QĐ-UBND, 1609/QĐ-TTPVHCC, 137/2025/QĐ-UBND, 37416/TB-CHQ,
3565/QĐ-UBND, 2969/QĐ-UBND, 74/2025/NQ-HĐND, 60/2025/NQ-HĐND, 2830/QĐ-UBND, 145/2025/QĐ-UBND, 1973/QĐ-UBND: first
figure F1 0.759). Round 4 (rt39, session 39) labelled a "check8" batch of the legal kinds, again before running vanban:
no document was free any more (``targets_candidates.py`` lists none), so, as for check6, documents that carry labels for
metadata, obligations or facts only (``review-meta10``, ``review-oblig10``, ``review-facts``; none of a blind set or held
out, by file name): 48/2025/QĐ-UBND (Gia Lai, a norm table of the items a boarding pupil is issued), 75/2025/QĐ-UBND and
122/2025/QĐ-UBND (repeals only), 99/2025/QĐ-UBND (a Quy chế issued), 1622/QĐ-UBND and 1597/QĐ-TTPVHCC (procedure
publications), 54/2025/TT-BCT, 5332/CT-CS and 5649/CT-CS: first figure P 0.727 R 0.178 F1 0.286 (8/11/45), F1 0.291 (8/11/44) once a threshold
labelled under "các trường hợp sau đây:" was taken out (the earlier gold's convention); after the fixes P 1.000 R 0.545 F1 0.706
(24/24/44; the 20 cells left are a second norm table whose two-row header, "Số lượng" over "Cấp THCS | Cấp THPT", the
plain-text table reader does not read). ``--legacy`` scores the legacy-OCR form (realdocs_ocr.ocr_text) instead.
``labelled_by`` names each document's batch
("(check2 batch)"); the figures are printed per batch. Free documents to label: ``bench/targets_candidates.py``. Matching as in
``realdocs_eval.py`` (min, max and unit; a rate per year "%/năm" = "%" with the period "mỗi năm").

    PYTHONPATH=. python bench/review_targets.py [-v] [--shared DIR] [--legacy] [--batch NAME ...]
"""

from __future__ import annotations

import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from realdocs_match import f1, prf  # noqa: E402
from realdocs_ocr import ocr_text, plain_text, shared_dir  # noqa: E402

from vanban.extract import extract  # noqa: E402
from vanban.extract.report import extraction_to_json  # noqa: E402

GOLD = ROOT / "bench" / "gold" / "review-targets"


def run(shared=None, verbose=False, legacy=False, only=None, labels=None):
    """``legacy``: read each document's legacy-OCR form (``realdocs_ocr.ocr_text``: rendered pages read by
    Tesseract ``-l eng``, cached in bench/.cache) instead of its plain text; ``only``: the batches to score;
    ``labels``: another folder of targets-only labels (e.g. bench/gold/review-rules7) instead of review-targets."""
    sh = shared_dir(shared)
    form = ocr_text if legacy else plain_text
    tp = n_got = n_gold = 0
    batches: dict[str, list[int]] = {}
    folder = pathlib.Path(labels) if labels else GOLD
    for gp in sorted(folder.glob("*.labels.json")):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        bm = re.search(r"\((\w+) batch\)", gold.get("labelled_by", ""))
        if only and (bm.group(1) if bm else "review") not in only:
            continue
        got = extraction_to_json(extract(form(sh, gold["document"])))["targets"]
        t, g, d, missed, extra = prf("targets", gold["targets"], got)
        tp, n_got, n_gold = tp + t, n_got + g, n_gold + d
        b = batches.setdefault(bm.group(1) if bm else "review", [0, 0, 0])
        b[0], b[1], b[2] = b[0] + t, b[1] + g, b[2] + d
        print(f"{gold['document']:<26}{t}/{g}/{d}")
        if verbose:
            for x in missed:
                print(f"  MISS {x['min']} {x['max']} {x['unit']!r} {x['text'][:70]}")
            for x in extra:
                print(f"  XTRA {x['min']} {x['max']} {x['unit']!r} {x['text'][:70]}")
    for name, (bt, bg, bd) in sorted(batches.items()):
        print(f"  {name:<7} batch: tp/got/gold {bt}/{bg}/{bd}  precision {bt / bg if bg else 1:.3f}  "
              f"recall {bt / bd if bd else 1:.3f}  F1 {f1(bt, bg, bd):.3f}")
    p = tp / n_got if n_got else 1.0
    r = tp / n_gold if n_gold else 1.0
    print(f"targets on {folder.name} ({'legacy OCR' if legacy else 'clean'}): tp/got/gold {tp}/{n_got}/{n_gold}  precision {p:.3f}  recall {r:.3f}  F1 {f1(tp, n_got, n_gold):.3f}")


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--shared")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--legacy", action="store_true", help="the legacy-OCR form (built and cached when missing: slow)")
    ap.add_argument("--batch", nargs="*", help="only these batches (check, check2 … check8, review, review2)")
    ap.add_argument("--labels", help="a folder of targets-only labels to score instead of bench/gold/review-targets")
    a = ap.parse_args()
    run(a.shared, a.verbose, a.legacy, a.batch, a.labels)

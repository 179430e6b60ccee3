"""P/R of numbered citations and of deadlines on the review set ``bench/gold/review-facts``.

The review set: real documents of ``../shared/realdocs/docs`` that are neither
labelled (``realdocs/labeled``), nor tuning gold (``bench/gold/tune``), nor
fresh/held-out; labelled for issue 10 by reading each text next to a list of
every symbol-shaped string in it (a regex independent of vanban's grammar)
and every date phrase near a deadline word. Citations are scored on their
numbers only (the review labels name no unnumbered document); deadlines as
``realdocs_eval`` scores them (a deadline already past on the document's date
is left out on both sides).

Each label file may name a ``batch`` (``check1``, ``check2`` …: documents labelled by
reading before vanban ever ran on them, whose first score is the honest first look); files
without one form the batch ``review``. The figures are printed per batch and for all.

``--form legacy`` scores the legacy-OCR form instead (``realdocs_eval.legacy_form``: Tesseract
``-l eng`` on rendered pages, then vanban's restoration), on the documents whose OCR is already in
``bench/.cache/realdocs-ocr`` (build named ones with ``realdocs_ocr.ocr_text``); ``--form both`` prints
the clean figures of those same documents beside them.

Usage: python bench/review_facts.py [--shared DIR] [--code DIR] [--batch NAME] [--form clean|legacy|both] [-v]
(``--code`` puts another checkout's ``vanban`` first on the path: the figures before a change.)
"""

from __future__ import annotations

import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
GOLD = ROOT / "bench" / "gold" / "review-facts"


def main(argv=None) -> None:
    import argparse  # noqa: PLC0415
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared")
    ap.add_argument("--code")
    ap.add_argument("--batch", help="score only the label files of this batch")
    ap.add_argument("--form", choices=("clean", "legacy", "both"), default="clean")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    sys.path[:0] = ([args.code] if args.code else []) + [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests")]
    from realdocs_match import f1, prf  # noqa: PLC0415
    from realdocs_ocr import CACHE, plain_text, shared_dir  # noqa: PLC0415
    legacy_form = None
    if args.form != "clean":
        if args.code:  # realdocs_eval imports this checkout's vanban as it loads
            ap.error("--code scores the clean form only (run a copy of this script in the other checkout)")
        from realdocs_eval import legacy_form  # noqa: PLC0415

    from vanban.extract import extract  # noqa: PLC0415
    from vanban.extract.report import extraction_to_json  # noqa: PLC0415
    sh = shared_dir(args.shared)
    totals: dict[str, dict[str, list[int]]] = {}
    counts: dict[str, int] = {}
    forms = {"clean": ("clean",), "legacy": ("legacy",), "both": ("clean", "legacy")}[args.form]
    for gp, form in ((g, fm) for g in sorted(GOLD.glob("*.labels.json")) for fm in forms):
        stem = gp.name[: -len(".labels.json")]
        gold = json.loads(gp.read_text(encoding="utf-8"))
        batch = gold.get("batch") or "review"
        if args.batch and batch != args.batch:
            continue
        if args.form != "clean" and not (CACHE / f"{stem}.eng.txt").exists():
            continue
        batch = batch if args.form == "clean" else f"{batch} {form}"
        counts[batch] = counts.get(batch, 0) + 1
        btot = totals.setdefault(batch, {"citations": [0, 0, 0], "deadlines": [0, 0, 0]})
        text = plain_text(sh, stem) if form == "clean" else legacy_form(sh, stem)
        got = extraction_to_json(extract(text))
        got["citations"] = [c for c in got["citations"] if c.get("number")]
        got["deadlines"] = [d for d in got["deadlines"] if not d.get("past")]
        doc_date = gold.get("date")
        gold["deadlines"] = [g for g in gold["deadlines"]
                             if g.get("recurrence") or not doc_date or (g.get("date") or g.get("latest")) >= doc_date]
        for field in btot:
            tp, ng, nd, missed, extra = prf(field, gold[field], got[field])
            for i, v in enumerate((tp, ng, nd)):
                btot[field][i] += v
            if args.verbose:
                for g in missed:
                    print(f"  MISS {stem} {form} {field}: {json.dumps({k: g.get(k) for k in ('number', 'text', 'date', 'earliest', 'latest', 'recurrence') if g.get(k)}, ensure_ascii=False)}")
                for x in extra:
                    print(f"  XTRA {stem} {form} {field}: {json.dumps({k: x.get(k) for k in ('number', 'text', 'date', 'earliest', 'latest', 'recurrence') if x.get(k)}, ensure_ascii=False)[:200]}")
    rows = sorted(totals.items())
    for form in forms:  # one "all" row per form
        mine = [(b, t) for b, t in rows if args.form == "clean" or b.endswith(f" {form}")]
        if len(mine) > 1:
            name = "all" if args.form == "clean" else f"all {form}"
            rows.append((name, {f: [sum(t[f][i] for _, t in mine) for i in range(3)] for f in ("citations", "deadlines")}))
            counts[name] = sum(counts[b] for b, _ in mine)
    for batch, btot in rows:
        print(f"batch {batch}: {counts[batch]} documents")
        for field, (tp, ng, nd) in btot.items():
            p, r = (tp / ng if ng else 1.0), (tp / nd if nd else 1.0)
            print(f"  {field:<10} P {p:.3f}  R {r:.3f}  F1 {f1(tp, ng, nd):.3f}  ({tp}/{ng} found right, {nd} in gold)")


if __name__ == "__main__":
    main()

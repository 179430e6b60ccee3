"""Scanned forms of the labelled real documents, read by vanban's own pipeline.

Why: vanban is measured on clean, legacy-OCR and scanned documents; the
scanned form is the one an office feeds it most. Each document's published
Markdown is laid out as its printed page (:mod:`md_layout`: two-column header,
title, body, Nơi nhận | signature; page numbers from page 2 on) by
``tests/fixtures/render.py``, scanned-looking (skew 0.3–1.2°, blur, paper tone,
noise; seeded by the document's name) and saved as an image-only PDF. The PDF
then goes through ingest (``vanban.ingest.load``) and vanban's OCR of each page
(``vanban.ocr.ocr_page``: preparation, deskew, Tesseract ``vie``, lines from the
word boxes with their x positions and columns). The OCR result of every page —
raw text, confidence and line geometry, before restoration — is cached as JSON
under ``bench/.cache/realdocs-scan/`` next to the PDF (written atomically: the
cache is shared), so restoration, structure and extraction are re-run on every
bench run by the conveyor's own stage functions (:func:`scan_document`).

Fill the cache with one process (OCR is slow):
``nice -n 10 python bench/realdocs_scan.py [--labels DIR ...] [--only STEM ...]``.
The cache holds the OCR stage's own output: after a change to it (e.g. ``vanban/ocr/lost_lines.py``, lines
Tesseract's layout skipped read again, session 13) the ``*.pages.json`` files are stale — delete them to
measure it (``REALDOCS_SCAN_CACHE=DIR`` points the bench at a private copy meanwhile).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import pathlib
import sys
import tempfile

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
CACHE = pathlib.Path(os.environ.get("REALDOCS_SCAN_CACHE", ROOT / "bench" / ".cache" / "realdocs-scan"))

from md_layout import plan_text  # noqa: E402
from realdocs_ocr import doc_path, shared_dir  # noqa: E402

from vanban.models import LineGeometry, OcrResult  # noqa: E402


def _atomic_write(path: pathlib.Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".part")
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def _plan_key(shared: pathlib.Path, stem: str) -> tuple[str, str]:
    """(plan text, its sha1): the cache of a document is rebuilt when the layout of its plan changes."""
    md = doc_path(shared, stem).read_text(encoding="utf-8")
    plan = plan_text(md)
    return plan, hashlib.sha1(plan.encode("utf-8")).hexdigest()


def _stale(shared: pathlib.Path, stem: str) -> bool:
    """The cached scan was drawn from another plan (``<stem>.plan.sha1`` differs; a cache
    without that file, from before it was kept, is taken as current)."""
    key = CACHE / f"{stem}.plan.sha1"
    return key.exists() and key.read_text().strip() != _plan_key(shared, stem)[1]


def scan_pdf(shared: pathlib.Path, stem: str) -> pathlib.Path:
    """The image-only PDF of one document (cached)."""
    pdf = CACHE / f"{stem}.pdf"
    if pdf.exists() and not _stale(shared, stem):
        return pdf
    sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
    import render  # noqa: PLC0415

    plan, sha = _plan_key(shared, stem)
    rng = np.random.default_rng(sum(map(ord, stem)) + 7)
    pages = []
    for im in render.draw_pages(plan, dpi=300, page_numbers=True):
        skew = float(rng.uniform(0.3, 1.2) * rng.choice([-1, 1]))
        pages.append(render.degrade(im, rng, skew_deg=skew, noise=0.03, blur=0.7))
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / "scan.pdf"
        pages[0].save(out, "PDF", resolution=300, save_all=True, append_images=pages[1:], quality=60)
        _atomic_write(pdf, out.read_bytes())
    (CACHE / f"{stem}.pages.json").unlink(missing_ok=True)  # read from the old drawing
    _atomic_write(CACHE / f"{stem}.plan.sha1", sha.encode())
    return pdf


def ocr_results(shared: pathlib.Path, stem: str) -> list[OcrResult]:
    """vanban's OCR of every page of the scanned PDF (cached as JSON)."""
    cached = CACHE / f"{stem}.pages.json"
    if _stale(shared, stem):
        scan_pdf(shared, stem)  # redrawn; its old OCR removed
    if cached.exists():
        data = json.loads(cached.read_text(encoding="utf-8"))
        return [OcrResult(d["text"], d["confidence"], d.get("seconds", 0.0),
                          tuple(LineGeometry(**g) for g in d["lines"])) for d in data]
    from vanban.ingest import load  # noqa: PLC0415
    from vanban.ocr import ocr_page  # noqa: PLC0415

    source = load(scan_pdf(shared, stem))
    results = [ocr_page(p) for p in source.pages]
    data = [{"text": r.text, "confidence": r.confidence, "seconds": r.seconds,
             "lines": [dataclasses.asdict(g) for g in r.lines]} for r in results]
    _atomic_write(cached, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    return results


def scan_document(shared: pathlib.Path, stem: str):
    """The Document the conveyor makes of the scanned PDF: restoration of each
    page (``finish_page``), then structure and extraction (``extract_document``), the series as the extraction
    dates them (``planned=False``: the labels README's first occurrence, as the clean and legacy forms score)."""
    from vanban.conveyor import extract_document, finish_page  # noqa: PLC0415
    from vanban.ingest import load  # noqa: PLC0415

    results = ocr_results(shared, stem)
    source = load(scan_pdf(shared, stem))
    pages = tuple(finish_page(p, r) for p, r in zip(source.pages, results))
    return extract_document(source, pages, planned=False)


def stems(shared: pathlib.Path, labels=()) -> list[str]:
    """Tune gold first, then the labelled realdocs (held-out five last), then ``labels`` folders."""
    from realdocs_eval import HELD_OUT  # noqa: PLC0415

    def names(d):
        return [p.name[: -len(".labels.json")] for p in sorted(pathlib.Path(d).glob("*.labels.json"))]

    tune = names(ROOT / "bench" / "gold" / "tune")
    labelled = names(shared / "realdocs" / "labeled")
    order = tune + [s for s in labelled if s not in HELD_OUT] + [s for s in labelled if s in HELD_OUT]
    for d in labels:
        order += names(d)
    return list(dict.fromkeys(order))


if __name__ == "__main__":
    import argparse
    import time

    ap = argparse.ArgumentParser()
    ap.add_argument("--shared")
    ap.add_argument("--labels", action="append", default=[],
                    help="further folder of <stem>.labels.json whose documents are built too (repeatable)")
    ap.add_argument("--only", nargs="*")
    args = ap.parse_args()
    sh = shared_dir(args.shared)
    for stem in args.only or stems(sh, args.labels):
        t = time.time()
        try:
            res = ocr_results(sh, stem)
        except (OSError, ValueError) as exc:  # e.g. a gold whose document is not in realdocs/docs
            print(stem, "not built:", type(exc).__name__, flush=True)
            continue
        print(stem, len(res), "pages", f"{time.time() - t:.0f}s", flush=True)  # no text: held-out stays unseen

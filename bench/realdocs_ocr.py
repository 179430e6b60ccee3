"""Legacy-OCR forms of the labelled real documents, made by a real OCR engine.

Why: a degraded form made by inverting vanban's own confusion rules only
measures the rules on their own channel. Here each document's plain text
(``md2plain.py``) is laid out on A4 pages (tests/fixtures/render.py: serif
font with every Vietnamese glyph), scanned-looking (skew ≤ 1°, blur, paper
tone, light noise; seeded), and read by Tesseract with ``-l eng`` — the
English model drops or mangles every Vietnamese mark, as the legacy engines
that produced the seeds did. The OCR text is cached under
``bench/.cache/realdocs-ocr/`` (ignored by git) and rebuilt when missing.

Run alone to fill the cache: ``python bench/realdocs_ocr.py [--shared DIR] [--labels DIR ...]``
(``--labels``: further gold folders, e.g. ``bench/gold/fresh``, whose documents
are built as well).
"""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys
import tempfile

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench" / ".cache" / "realdocs-ocr"


def shared_dir(arg: str | None = None) -> pathlib.Path:
    """``--shared`` / $VANBAN_SHARED, else the repo's ../shared, else /work/shared."""
    for cand in (arg, os.environ.get("VANBAN_SHARED"), ROOT.parent / "shared", "/work/shared"):
        if cand and pathlib.Path(cand, "realdocs").is_dir():
            return pathlib.Path(cand)
    raise SystemExit("shared material not found: pass --shared DIR (holding realdocs/ and cases/)")


def doc_path(shared: pathlib.Path, stem: str) -> pathlib.Path:
    """The markdown of one document: ``realdocs/docs/<stem>.md``, else a document the
    project wrote itself beside its labels (``bench/gold/<set>/<stem>.md``, e.g. the
    authored set ``authored15``: new documents in the real style, labelled by hand).

    Raises FileNotFoundError when neither holds it."""
    real = shared / "realdocs" / "docs" / f"{stem}.md"
    if real.exists():
        return real
    for own in sorted((ROOT / "bench" / "gold").glob(f"*/{stem}.md")):
        return own
    raise FileNotFoundError(f"{stem}.md: not in realdocs/docs nor in bench/gold/*/")


def plain_text(shared: pathlib.Path, stem: str) -> str:
    """The document's plain-text form, as ``realdocs/md2plain.py`` writes it."""
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / "doc.txt"
        subprocess.run([sys.executable, str(shared / "realdocs" / "md2plain.py"),
                        str(doc_path(shared, stem)), str(out)], check=True)
        return out.read_text(encoding="utf-8")


def ocr_text(shared: pathlib.Path, stem: str) -> str:
    """Tesseract ``-l eng`` output for the rendered pages of one document (cached)."""
    cached = CACHE / f"{stem}.eng.txt"
    if cached.exists():
        return cached.read_text(encoding="utf-8")
    sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
    import render  # noqa: PLC0415

    text = plain_text(shared, stem)
    rng = np.random.default_rng(sum(map(ord, stem)))
    pages = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, im in enumerate(render.draw_pages(text, dpi=300)):
            skew = float(rng.uniform(0.2, 0.8) * rng.choice([-1, 1]))
            im = render.degrade(im, rng, skew_deg=skew, noise=0.02, blur=0.6)
            png = pathlib.Path(tmp) / f"p{i}.png"
            im.save(png)
            res = subprocess.run(["tesseract", str(png), "stdout", "-l", "eng", "--psm", "4"],
                                 capture_output=True, text=True, check=True)
            pages.append(res.stdout)
    out = "\f".join(pages)
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp_path = cached.with_suffix(".part")
    tmp_path.write_text(out, encoding="utf-8")
    os.replace(tmp_path, cached)
    return out


def is_cached(stem: str) -> bool:
    """True when the document's Tesseract output is in the cache (no OCR run needed)."""
    return (CACHE / f"{stem}.eng.txt").exists()


def legacy_form(shared: pathlib.Path, stem: str) -> str:
    """Tesseract eng output, corrected page by page as ingest does (glyph rules, restoration)."""
    from vanban.ocr.correct import correct_text  # noqa: PLC0415
    return "\f".join(correct_text(p, "image-ocr").text for p in ocr_text(shared, stem).split("\f"))


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--shared")
    ap.add_argument("--labels", action="append", default=[],
                    help="further folder of <stem>.labels.json whose documents are built too (repeatable)")
    args = ap.parse_args()
    sh = shared_dir(args.shared)
    dirs = [sh / "realdocs" / "labeled", *map(pathlib.Path, args.labels)]
    for p in sorted(q for d in dirs for q in d.glob("*.labels.json")):
        stem = p.name[: -len(".labels.json")]
        print(stem, len(ocr_text(sh, stem)), flush=True)

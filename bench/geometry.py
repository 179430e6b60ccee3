"""Two-column headers and signature blocks: are their cells read apart, each in its column?

For every plan fixture (tests/fixtures/plans: header rows and Nơi nhận |
signer rows written ``left<TAB>right``) this renders a text-layer PDF
(reportlab) and scans (rendered, degraded, OCR'd by Tesseract ``vie``), and
compares, side by side in one run:

* the peer — what vanban read before the geometry readers: pdfplumber's
  ``extract_text()`` for PDFs, Tesseract's own lines (``--psm 3``
  block/paragraph/line) for scans;
* vanban's geometry readers (vanban/ingest/pdf_lines.py, ocr/tesseract.py
  ``data_to_lines``).

Figures per kind, over all two-column cells of all renders:

* ``alone``: share of cells whose text stands on lines of its own (a run
  of consecutive whole lines matches the cell at similarity ≥ ``MATCH``, so
  an OCR slip does not count as a layout error; a cell glued to its
  neighbour on one line fails);
* ``in column``: share of cells so matched whose lines all carry the
  cell's ``column`` (0 left, 1 right; vanban only, the peer has no columns);
* ``right col``: share of the lines of right cells marked ``column`` 1.

Usage: PYTHONPATH=. python bench/geometry.py [--seeds 2]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fixtures.columns import two_column_cells  # noqa: E402
from fixtures.render import plan_text, render_scan, render_text_pdf  # noqa: E402

from vanban.ingest.pdf_lines import page_lines  # noqa: E402
from vanban.ocr.tesseract import data_to_lines  # noqa: E402

PLANS = sorted(p.name for p in (ROOT / "tests" / "fixtures" / "plans").glob("*.txt"))


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


#: OCR misreads a letter here and there: a run of lines "is" a cell at this similarity
MATCH = 85.0


def _runs(lines: list[tuple[str, object]]) -> list[tuple[str, list]]:
    """Every run of up to 4 consecutive non-empty lines: (joined text, their geometries)."""
    kept = [(_norm(t), g) for t, g in lines if _norm(t)]
    out = []
    for i in range(len(kept)):
        acc, geos = "", []
        for j in range(i, min(i + 4, len(kept))):
            acc = f"{acc} {kept[j][0]}".strip()
            geos.append(kept[j][1])
            out.append((acc, list(geos)))
    return out


def _best(cell: str, runs: list[tuple[str, list]]) -> tuple[float, list]:
    from rapidfuzz import fuzz

    best, geos = 0.0, []
    for text, g in runs:
        score = fuzz.ratio(cell, text)
        if score > best:
            best, geos = score, g
    return best, geos


def alone(cells: list[tuple[str, int]], lines: list[tuple[str, object]]) -> int:
    """Cells matched (similarity ≥ MATCH) by a run of whole lines: not glued to a neighbour."""
    runs = _runs(lines)
    return sum(1 for c, _ in cells if _best(c, runs)[0] >= MATCH)


def in_column(cells: list[tuple[str, int]], lines: list[tuple[str, object]]) -> list[str]:
    """The cells NOT matched by a run of lines that all carry the cell's ``column``."""
    runs = _runs(lines)
    missed = []
    for c, k in cells:
        score, geos = _best(c, runs)
        if not (score >= MATCH and all(g.column == k for g in geos)):
            missed.append(c)
    return missed


def right_share(cells: list[tuple[str, int]], lines) -> tuple[int, int]:
    """(lines of right cells marked column 1, lines of right cells), by best match."""
    runs = _runs(lines)
    marked = []
    for c, k in cells:
        score, geos = _best(c, runs)
        if k == 1 and score >= MATCH:
            marked += [g.column for g in geos]
    return sum(1 for c in marked if c == 1), len(marked)


class Tally:
    def __init__(self) -> None:
        self.cells = self.peer_alone = self.alone = self.in_column = self.right = self.right_n = 0
        self.seconds = 0.0
        self.missed: dict[str, int] = {}

    def add(self, plan: str, peer_text: str, lines) -> None:
        cells = two_column_cells(plan)
        self.cells += len(cells)
        self.peer_alone += alone(cells, [(t, None) for t in peer_text.split("\n")])
        self.alone += alone(cells, lines)
        missed = in_column(cells, lines)
        self.in_column += len(cells) - len(missed)
        for c in missed:
            self.missed[c] = self.missed.get(c, 0) + 1
        r, n = right_share(cells, lines)
        self.right += r
        self.right_n += n

    def row(self, kind: str, docs: int) -> str:
        pct = lambda a, b: f"{100 * a / max(b, 1):5.1f}%"  # noqa: E731
        return (f"{kind:<10} {docs:>4} {self.cells:>6}   {pct(self.peer_alone, self.cells)}"
                f"   {pct(self.alone, self.cells)}   {pct(self.in_column, self.cells)}"
                f"   {pct(self.right, self.right_n)} ({self.right_n})   {self.seconds:6.1f}s")

    def misses(self) -> str:
        """The cells not found in their column, with how often (an OCR misreading counts too)."""
        return ", ".join(f"{c!r}×{n}" for c, n in sorted(self.missed.items(), key=lambda x: -x[1])) or "none"


def bench_pdf(tmp: Path) -> tuple[Tally, int]:
    import pdfplumber

    tally = Tally()
    for name in PLANS:
        plan = plan_text(name)
        pdf = render_text_pdf(plan, tmp / f"{name}.pdf")
        start = time.perf_counter()
        with pdfplumber.open(str(pdf)) as doc:
            peer = "\n".join(p.extract_text() or "" for p in doc.pages)
            lines, table = [], 0
            for p in doc.pages:
                got, table = page_lines(p, table)
                lines += got
        tally.seconds += time.perf_counter() - start
        tally.add(plan, peer, lines)
    return tally, len(PLANS)


def tesseract_lines(data: dict) -> str:
    """The peer: Tesseract's own lines in its order (what vanban stored before)."""
    order: dict[tuple, list[str]] = {}
    for i, word in enumerate(data["text"]):
        if (word or "").strip():
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            order.setdefault(key, []).append(word.strip())
    return "\n".join(" ".join(ws) for ws in order.values())


def bench_scans(tmp: Path, seeds: int) -> tuple[Tally, int]:
    import pytesseract

    from vanban.ingest import load
    from vanban.models import Limits
    from vanban.ocr import preprocess, raster

    tally = Tally()
    docs = 0
    for seed in range(seeds):
        for name in PLANS:
            plan = plan_text(name)
            pdf = render_scan(plan, tmp / f"{name}-{seed}.pdf", seed=seed)[0]
            docs += 1
            peer_pages, lines = [], []
            for page in load(pdf).pages:
                work = tmp / f"r-{seed}"
                work.mkdir(exist_ok=True)
                im = raster.load_page_image(page, Limits(), work)
                im, _a, _dpi = preprocess.prepare(im, do_deskew=True, dpi=raster.DPI)
                start = time.perf_counter()
                data = pytesseract.image_to_data(im, lang="vie", config="--psm 3", output_type=pytesseract.Output.DICT)
                peer_pages.append(tesseract_lines(data))
                text, geometry, _conf = data_to_lines(data, im.size[0])
                tally.seconds += time.perf_counter() - start
                lines += list(zip(text.split("\n"), geometry))
            tally.add(plan, "\n".join(peer_pages), lines)
    return tally, docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", type=int, default=2, help="scan renders per plan (noise/skew seeds)")
    ap.add_argument("--no-scans", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="vanban-bench-geometry-") as d:
        tmp = Path(d)
        print("two-column cells (header issuer|motto, số|place-date; Nơi nhận|signer) of the plan fixtures")
        print(f"{'kind':<10} {'docs':>4} {'cells':>6}   {'alone: peer':>11} → vanban   in column   right col   time")
        tally, n = bench_pdf(tmp)
        print(tally.row("pdf-text", n) + "   (peer: pdfplumber extract_text)")
        print(f"           not in their column: {tally.misses()}")
        if not args.no_scans:
            tally, n = bench_scans(tmp, args.seeds)
            print(tally.row("scan", n) + "   (peer: Tesseract psm 3 lines)")
            print(f"           not in their column: {tally.misses()}")


if __name__ == "__main__":
    main()

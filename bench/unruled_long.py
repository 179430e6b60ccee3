"""Time of the borderless-table finder (vanban/ingest/unruled.py) on a long task table printed without rules.

Why: a Phụ lục of a hundred pages and more printed from a borderless Word table is one table carried over every page
(``Carry``); the column starts it keeps grow with every row, and a finder that scans them all per gutter per row
costs the square of the table's length (review 52, finding 2). This reads the words of each page once
(pdfplumber, not timed), then times ``tables_and_rows`` over the pages in order with one ``Carry``.

Make the PDF (LibreOffice)::

    python bench/make_long_borderless.py            # long_borderless.html: 1600 numbered task rows, 5 columns
    soffice --headless --convert-to docx:"MS Word 2007 XML" long_borderless.html
    soffice --headless --convert-to pdf long_borderless.docx   # 485 pages

Run: ``PYTHONPATH=. python bench/unruled_long.py long_borderless.pdf --pages 150``.
"""

from __future__ import annotations

import argparse
import time

import pdfplumber

from vanban.ingest.layout import tables_and_rows
from vanban.ingest.pdf_lines import _tables, _words
from vanban.ingest.unruled import Carry


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pdf")
    ap.add_argument("--pages", type=int, default=150)
    args = ap.parse_args()
    with pdfplumber.open(args.pdf) as pdf:
        pages = [(_tables(p), _words(p), float(p.width)) for p in pdf.pages[:args.pages]]
    carry = Carry()
    t0 = time.perf_counter()
    tabular = 0
    for tables, words, width in pages:
        tabular += sum(1 for b in tables_and_rows(tables, words, width, carry) if b.tabular)
    print(f"{len(pages)} pages, {tabular} table blocks: {time.perf_counter() - t0:.2f} s")


if __name__ == "__main__":
    main()

"""Tables lost or cut before extraction: the rows and cells the structure stage reads against those the page prints.

Run: .venv/bin/python bench/table_cells.py [--shared DIR] [--forms clean,legacy,scan] [--sets a24,t24,…] [-v]

Why: a fact in a table the structure stage does not read as a table (a header of unknown column names, a group row
read as a heading, a table cut at a page break or after the signature, in an appendix) is lost to every extractor at
once, and the fact scores only show the miss, not where it began. The Markdown of each gold document writes every
table one cell per line between ``|`` lines, so the page itself marks each cell and row; the Markdown reader
(:func:`vanban.ingest.markdown.markdown_to_text`, the ``|`` markup counted by :mod:`vanban.cellgrid`) is the peer.

Material: every tuning gold set's ``bench/gold/SET/*.md`` and the labelled real documents of ``SHARED/realdocs``
(the tuned ones). Never the blind material: the held-out five (``realdocs_eval.HELD_OUT``), the folders
``realdocs_eval._NO_PEEK`` names (``authored25``, ``fresh4``) and ``tune25``; ``fresh``/``fresh2``/``fresh3`` are
spent and read.

Each document's data tables (role "data": the header and signature blocks are layout) are counted in its forms:

* ``md``     — the peer: the Markdown reader's tables, their rows (the header row included) and filled cells;
* ``clean``  — the plain text (``md2plain.py``: every ``|`` line blank), read by ``structure_of_text``; the plain text
               is the Markdown reader's text offset for offset, so each printed table is matched with the tables read
               over its span: ``LOST`` (none read there), ``CUT`` (fewer rows read than printed), ``OK``;
* ``legacy`` / ``scan`` — the cached OCR forms (``bench/.cache``; a document without its cache is left out, the bench
               never runs OCR): no offsets in common with the page, so the totals of rows read are compared with the
               printed totals (``LOST`` when none is read, ``CUT`` when fewer).

A table the structure stage leaves to extraction (norm tables read by :mod:`vanban.extract.stacked_cells`) counts as
lost here: the listing says which, the reader decides. ``-v`` also prints each lost or cut table's header.
"""

from __future__ import annotations

import argparse
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from realdocs_eval import _NO_PEEK, HELD_OUT  # noqa: E402
from realdocs_ocr import CACHE as OCR_CACHE, legacy_form, plain_text, shared_dir  # noqa: E402
from realdocs_scan import CACHE as SCAN_CACHE, _stale, scan_document  # noqa: E402

from vanban.ingest.markdown import markdown_to_text  # noqa: E402
from vanban.models import Page  # noqa: E402
from vanban.structure import build_structure, structure_of_text  # noqa: E402

#: gold folders never opened here (blind, being written): with _NO_PEEK's
_BLIND_SETS = ("fresh4",)  # authored25 and tune25 spent in session 26


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip(" *")


def _data(st) -> list:
    return [t for t in st.tables if t.role == "data"]


def _cells(t) -> int:
    return sum(1 for row in t.rows for c in row if _norm(c.text))


def documents(shared: pathlib.Path, sets: list[str] | None = None) -> list[tuple[str, str, pathlib.Path]]:
    """(set, stem, markdown) of every tuning document, blind material left out."""
    blind = set(_NO_PEEK) | set(_BLIND_SETS)
    out = []
    for d in sorted((ROOT / "bench" / "gold").iterdir()):
        if not d.is_dir() or d.name in blind or (sets and d.name not in sets):
            continue
        for md in sorted(d.glob("*.md")):
            if (d / f"{md.stem}.labels.json").exists() and md.stem not in HELD_OUT:
                out.append((d.name, md.stem, md))
    if not sets or "realdocs" in sets:
        for lp in sorted((shared / "realdocs" / "labeled").glob("*.labels.json")):
            stem = lp.name[:-len(".labels.json")]
            md = shared / "realdocs" / "docs" / f"{stem}.md"
            if stem not in HELD_OUT and md.exists():
                out.append(("realdocs", stem, md))
    return out


def _prose_row(row) -> bool:
    """A row of one filled cell holding a sentence: the paragraph after the table, which the Markdown reader took in
    (a20-04: "Đây là lần đôn đốc thứ hai …"), no row the page prints."""
    filled = [_norm(c.text) for c in row if _norm(c.text)]
    return len(filled) == 1 and len(filled[0]) > 60 and filled[0].endswith((".", ":", ";"))


def printed(md: pathlib.Path) -> list[tuple[int, int, int, int, list[str]]]:
    """(start, end, rows, filled cells, header) of each data table the page prints, as the Markdown reader reads it;
    a table of one row (an addressee block "Kính gửi: | - …", a total row "Tổng cộng | 72 | …" apart) has no data."""
    text, geo = markdown_to_text(md.read_text(encoding="utf-8"))
    st = build_structure([Page(1, "md", text, text, lines=geo)])
    out = []
    for t in _data(st):
        rows = [r for r in t.rows if not _prose_row(r)]
        if len(rows) >= 2:
            out.append((t.start, t.end, len(rows), _cells(t), [_norm(c.text)[:30] for c in rows[0]]))
    return out


def compare_clean(tables, st) -> list[tuple[str, int, int, list[str]]]:
    """(verdict, rows printed, rows read, header) of each printed table against the tables read over its span."""
    read = _data(st)
    out = []
    for a, b, rows, _cells_n, head in tables:
        over = [t for t in read if t.start < b and t.end > a]
        got = sum(len(t.rows) for t in over)
        verdict = "LOST" if not over else "CUT" if got < rows else "OK"
        out.append((verdict, rows, got, head))
    return out


def run(shared=None, forms=("clean", "legacy", "scan"), sets=None, verbose=False) -> None:
    sh = shared_dir(shared)
    tot = {f: [0, 0, 0, 0] for f in forms}  # tables printed, tables whole, rows printed, rows read
    flagged = []
    for group, stem, md in documents(sh, sets):
        tables = printed(md)
        if not tables:
            continue
        rows = sum(t[2] for t in tables)
        for form in forms:
            if form == "clean":
                res = compare_clean(tables, structure_of_text(plain_text(sh, stem)))
                got = sum(r[2] for r in res)
                whole = sum(r[0] == "OK" for r in res)
                for verdict, n, g, head in res:
                    if verdict != "OK":
                        flagged.append((group, stem, form, verdict, n, g, head))
            else:
                if form == "legacy" and not (OCR_CACHE / f"{stem}.eng.txt").exists():
                    continue
                if form == "scan" and (not (SCAN_CACHE / f"{stem}.pages.json").exists() or _stale(sh, stem)):
                    continue
                if form == "legacy":
                    st = structure_of_text(legacy_form(sh, stem))
                else:
                    st = scan_document(sh, stem).extraction.structure
                got = sum(len(t.rows) for t in _data(st))
                whole = len(tables) if got >= rows else 0
                if got < rows:
                    flagged.append((group, stem, form, "LOST" if not got else "CUT", rows, got, tables[0][4]))
            t = tot[form]
            t[0] += len(tables)
            t[1] += whole
            t[2] += rows
            t[3] += min(got, rows) if form != "clean" else sum(min(r[2], r[1]) for r in res)
    print(f"{'form':<8}{'tables':>8}{'whole':>8}{'rows printed':>14}{'rows read':>11}")
    for form, (n, whole, rows, got) in tot.items():
        print(f"{form:<8}{n:>8}{whole:>8}{rows:>14}{got:>11}")
    print()
    print("tables lost or cut (set, document, form, verdict, rows printed → read)")
    for group, stem, form, verdict, n, g, head in flagged:
        print(f"  {verdict:<5}{group:<12}{stem:<34}{form:<7}{n:>4} → {g:<4}" + (f"  {' | '.join(head)}" if verbose else ""))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared")
    ap.add_argument("--forms", default="clean,legacy,scan")
    ap.add_argument("--sets", help="gold folders (comma-separated; 'realdocs' for the labelled real documents)")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    run(a.shared, tuple(a.forms.split(",")), a.sets.split(",") if a.sets else None, a.verbose)

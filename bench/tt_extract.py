"""Numbered tables drawn as scans (bench/tt_scan.py), read through the conveyor: the targets, deadlines and
obligations of their rows against the set's labels.

Run: .venv/bin/python bench/tt_extract.py [--only STEM ...] [--code DIR] [-v]

Why: bench/tt_scan.py counts the row numbers, rows and cells OCR keeps of a table drawn as the office prints it;
what a reader wants of those rows is what the extraction makes of them (a unit's quota, a task's due date, who does
it). Here each document with a numbered table is read three ways, the rest of its text as written each time: its
Markdown as it is (``clean``), and with the table's page replaced by the table drawn as a scan, borderless and
ruled (its first rows only, as tt_scan draws them), read by ``ocr_page`` and restored by ``finish_page`` — the
document's pages (text, scanned table, text) then go through ``extract_document`` as the conveyor's. Scored are the
labels' items of the table's rows only (an item whose words lie in one row's cells and the header's; see
:func:`_of_rows`) against
the items got of those rows the same way (bench/realdocs_match's rules): tp / got / gold per field and form.

``--code DIR``: vanban imported from DIR (a checkout of another commit: the same pages read by the code before a
change). Material as tt_scan.SETS (spent sets only, never the blind ones).
"""

from __future__ import annotations

import argparse
import dataclasses
import pathlib
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]


def _setup(code: str | None) -> None:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    sys.path.insert(0, str(ROOT / "tests"))
    if code:
        sys.path.insert(0, str(pathlib.Path(code).resolve()))
    import vanban  # noqa: F401,PLC0415 - bound here: tt_scan puts ROOT first again, vanban's own modules follow it


FIELDS = ("targets", "deadlines", "obligations")
#: an item is a row's when this share of its words (folded, two letters or more) are in that row's cells
ROW_SHARE = 0.7


def _words(s: str) -> set[str]:
    from vanban.text import fold

    return {w for w in fold(s or "").replace("/", " ").split() if len(w) >= 2}


def _item_words(field: str, item: dict) -> set[str]:
    return _words(item.get("what") or "") if field == "obligations" else _words(item.get("text") or "")


def _of_rows(field: str, items: list[dict], rows: list[set[str]]) -> list[dict]:
    """The items whose words lie, :data:`ROW_SHARE` of them at least, in one of ``rows`` (a row's cells' words)."""
    out = []
    for it in items:
        ws = _item_words(field, it)
        if ws and any(len(ws & r) >= ROW_SHARE * len(ws) for r in rows):
            out.append(it)
    return out


def _table_span(page, table: list[list[str]]) -> tuple[int, int] | None:
    """The first and last line (indices in ``page.text``) of the Markdown page's table that ``table`` was cut from:
    the page's table whose lines hold most of its header's and first rows' cells."""
    from vanban.text import fold

    want = {fold(c) for r in table[:4] for c in r if c}
    by_table: dict[int, list[int]] = {}
    for i, g in enumerate(page.lines):
        if g.table is not None and g.table >= 0 and g.row is not None and g.row >= 0:
            by_table.setdefault(g.table, []).append(i)
    lines = (page.text or "").split("\n")
    best, hits = None, 0
    for idx in by_table.values():
        n = sum(1 for i in idx if fold(lines[i].strip()) in want)
        if n > hits:
            best, hits = (min(idx), max(idx)), n
    return best


def _text_page(src, lines: list[str], geo: tuple, number: int):
    return dataclasses.replace(src, number=number, text="\n".join(lines), lines=geo)


def _pages(md: pathlib.Path, table: list[list[str]], png: pathlib.Path | None):
    """The document's pages as the conveyor makes them: its Markdown page whole (``png`` None), or cut around the
    table with the scanned table's page in its place."""
    from vanban.conveyor import finish_page
    from vanban.ingest import load
    from vanban.ocr import ocr_page

    source = load(md)
    if png is None:
        return source, tuple(finish_page(p, None) for p in source.pages)
    out, done = [], False
    for p in source.pages:
        span = None if done else _table_span(p, table)
        done = done or span is not None
        if span is None:
            out.append(finish_page(p, None))
            continue
        lines, geo = (p.text or "").split("\n"), p.lines
        a, b = span
        scan = load(png).pages[0]
        parts = [(lines[:a], geo[:a]), None, (lines[b + 1:], geo[b + 1:])]
        for part in parts:
            n = len(out) + 1
            if part is None:
                out.append(finish_page(dataclasses.replace(scan, number=n), ocr_page(scan)))
            elif part[0]:
                out.append(finish_page(_text_page(p, part[0], tuple(part[1]), n), None))
    return source, tuple(out)


def score(md: pathlib.Path, table: list[list[str]], gold: dict, png: pathlib.Path | None, verbose: bool = False):
    from realdocs_match import prf

    from vanban.conveyor import extract_document
    from vanban.extract.report import extraction_to_json

    source, pages = _pages(md, table, png)
    got = extraction_to_json(extract_document(source, pages, planned=False).extraction)
    got["deadlines"] = [d for d in got["deadlines"] if not d.get("past")]
    head = _words(" ".join(table[0]))  # a quota's words are its column's name ("sửa chữa: 30" under "Số hộ sửa chữa")
    rows = [_words(" ".join(r)) | head for r in table[1:]]
    out = {}
    for f in FIELDS:
        g, x = _of_rows(f, gold.get(f, []), rows), _of_rows(f, got.get(f, []), rows)
        tp, ng, nd, missed, extra = prf(f, g, x)
        out[f] = (tp, ng, nd)
        if verbose:
            for m in missed:
                print(f"      MISS {f}: {m.get('text') or m.get('what')}"[:150])
            for m in extra:
                print(f"      XTRA {f}: {m.get('text') or m.get('what')}"[:150])
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--code")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    _setup(args.code)
    import json

    import tt_scan

    forms = ("clean", "borderless", "ruled")
    tot = {(fm, f): [0, 0, 0] for fm in forms for f in FIELDS}
    with tempfile.TemporaryDirectory() as tmp:
        for set_ in tt_scan.SETS:
            for md in sorted((ROOT / "bench" / "gold" / set_).glob("*.md")):
                if "NOTES" in md.name or md.name == "README.md" or (args.only and md.stem not in args.only):
                    continue
                labels = md.with_name(md.stem + ".labels.json")
                if not labels.exists():
                    continue
                gold = json.loads(labels.read_text(encoding="utf-8"))
                for k, table in enumerate(tt_scan.numbered_tables(md.read_text(encoding="utf-8"))):
                    for fm in forms:
                        png = None if fm == "clean" else tt_scan.draw(
                            table, pathlib.Path(tmp) / f"{md.stem}-{k}-{fm}.png", fm == "ruled", sum(map(ord, md.stem)) + k)
                        if args.v:
                            print(f"  {md.stem} t{k} {fm}")
                        got = score(md, table, gold, png, args.v)
                        for f in FIELDS:
                            tot[(fm, f)] = [a + b for a, b in zip(tot[(fm, f)], got[f])]
                        print(f"{set_:10} {md.stem:16} t{k} {fm:10} " + "  ".join(
                            f"{f} {got[f][0]}/{got[f][1]}/{got[f][2]}" for f in FIELDS), flush=True)
    for fm in forms:
        print(f"TOTAL {fm:10} " + "  ".join(f"{f} {tot[(fm, f)][0]}/{tot[(fm, f)][1]}/{tot[(fm, f)][2]}" for f in FIELDS))


if __name__ == "__main__":
    main()

"""Numbered tables (a "TT" / "STT" first column) drawn as scans, borderless and ruled: the row numbers OCR keeps.

Run: .venv/bin/python bench/tt_scan.py [--only STEM ...] [-v]

Why: the scanned form of bench/realdocs_scan.py prints a table's cells as paragraphs (no grid), so what a scan of a
table drawn as the office prints it loses never shows there. Here each numbered table of the documents below is drawn
on a page by tests/fixtures/ruled_scan.py (the newcomers' recipe: 200 dpi, a slight rotation, noise, blur), once
with its rules and once without (a Word table with its borders off), its first rows only (a page), and read by
vanban's OCR stage (``ocr_page``: lines with their table/row/col). Figures per table and form: the printed row
numbers, how many the table read holds as a row's first-column text (in order), the rows read, and the data cells
read exactly (whitespace and case folded) in the rows whose number was read. The tables: GitHub pipe tables
("| STT | … |") and the Markdown reader's cell-per-line tables whose header's first cell is TT/STT.

Material: authored51, tune51 and tune52 (spent). Never the blind sets. Each column is at least as wide as its longest
word (Word's AutoFit): drawn narrower, a date ran past its cell into the next column's text ("25/4/2038ử") and no
reader could part them (scanbl53b). What the extraction makes of these tables: bench/tt_extract.py. The real
documents with numbered tables give none here: 0134-KH-UBND's rows change shape (merged group rows), and the Markdown
reader shifts 2284-QD-UBND's list by its empty Ghi chú cells (tests/test_unruled_scan52_scan.py draws it by hand).
"""

from __future__ import annotations

import argparse
import pathlib
import re
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from md_layout import parse  # noqa: E402

from vanban.text import fold  # noqa: E402

SETS = ("authored51", "tune51", "tune52")
MAX_ROWS = 12
_TT = re.compile(r"^s?tt$")


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("**", "").replace("*", "")).strip()


def pipe_tables(md: str) -> list[list[list[str]]]:
    out, cur = [], []
    for ln in md.split("\n") + [""]:
        s = ln.strip()
        if s.startswith("|") and s.endswith("|") and s.count("|") >= 3:
            cells = [_clean(c) for c in s[1:-1].split("|")]
            if not all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                cur.append(cells)
            continue
        if cur:
            out.append(cur)
            cur = []
    return out


def numbered_tables(md: str) -> list[list[list[str]]]:
    tables = pipe_tables(md) + [[[_clean(" ".join(c)) for c in r] for r in rows]
                                for kind, rows in parse(md) if kind == "table"]
    out = []
    for t in tables:
        if len(t) >= 3 and t[0] and _TT.match(fold(t[0][0]).strip(" .")):
            rows = [r for r in t if len(r) == len(t[0])]  # a merged group row or a total row of another shape left out
            if len(rows) >= 3:
                out.append(rows[:MAX_ROWS + 1])
    return out


def _longest(table: list[list[str]], k: int) -> int:
    """The width in pixels a cell of column ``k`` needs for its longest word, bold (the header) or not, padded."""
    from fixtures.ruled_scan import PAD_X, _font

    widths = [_font("bold" if i == 0 else "regular", 12.0).getlength(w) for i, r in enumerate(table) for w in r[k].split()]
    return int(max(widths, default=0)) + 2 * PAD_X + 2


def draw(table: list[list[str]], out: pathlib.Path, ruled: bool, seed: int) -> pathlib.Path:
    from fixtures.ruled_scan import TABLE_W, draw_lines, draw_table, page, scanned

    n = len(table[0])
    first = 100
    weights = [max(6, max(len(r[k]) for r in table)) for k in range(1, n)]
    # a column is never narrower than its longest word (Word's AutoFit; a date drawn past its cell's edge glued into
    # the next column's text, "25/4/2038ử", and no reader could part them): that width first, the rest by text
    least = [_longest(table, k) for k in range(1, n)]
    spare = max(0, TABLE_W - first - sum(least))
    rest = [m + int(spare * w / sum(weights)) for m, w in zip(least, weights)]
    rest[-1] += TABLE_W - first - sum(rest)
    im, d = page(2339)
    y = draw_lines(d, 110, [("bold", "PHỤ LỤC"), ("italic", "(Kèm theo Kế hoạch của Ủy ban nhân dân)")])
    rows = [[[("bold" if i == 0 else "regular", c)] for c in r] for i, r in enumerate(table)]
    draw_table(d, y + 20, [first] + rest, rows, ruled=ruled)
    return scanned(im, out, seed)


def read(png: pathlib.Path):
    from vanban.ingest import load
    from vanban.ocr import ocr_page

    src = load(png)
    lines = []
    for p in src.pages:
        r = ocr_page(p)
        lines += list(zip(r.text.split("\n"), r.lines))
    return lines


def score(table: list[list[str]], lines) -> tuple[int, int, int, int, int]:
    """(numbers printed, numbers read, rows read, cells printed in those rows, cells read exactly)."""
    printed = [r[0] for r in table[1:] if r[0]]
    by_table: dict[int, dict[int, dict[int, list[str]]]] = {}
    for t, g in lines:
        if g.table is None or g.table < 0 or g.row is None:
            continue
        by_table.setdefault(g.table, {}).setdefault(g.row, {}).setdefault(g.col or 0, []).append(t)
    best = max(by_table.values(), key=lambda rows: sum(1 for r in rows.values() if 0 in r), default={})
    firsts = {" ".join(r[0]).strip(): r for r in best.values() if 0 in r}
    read_n = sum(1 for p in printed if p in firsts)
    cells = exact = 0
    for row in table[1:]:
        got = firsts.get(row[0]) if row[0] else None
        if got is None:
            continue
        for k, c in enumerate(row[1:], 1):
            if c:
                cells += 1
                exact += fold(" ".join(got.get(k, []))).split() == fold(c).split()
    return len(printed), read_n, len(best), cells, exact


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    docs = [(s, p) for s in SETS for p in sorted((ROOT / "bench" / "gold" / s).glob("*.md")) if "NOTES" not in p.name
            and p.name != "README.md"]
    tot = {True: [0] * 5, False: [0] * 5}
    with tempfile.TemporaryDirectory() as tmp:
        for set_, md in docs:
            if args.only and md.stem not in args.only:
                continue
            for k, table in enumerate(numbered_tables(md.read_text(encoding="utf-8"))):
                for ruled in (False, True):
                    png = draw(table, pathlib.Path(tmp) / f"{md.stem}-{k}-{ruled}.png", ruled, sum(map(ord, md.stem)) + k)
                    lines = read(png)
                    got = score(table, lines)
                    tot[ruled] = [a + b for a, b in zip(tot[ruled], got)]
                    print(f"{set_:10} {md.stem:16} t{k} {'ruled ' if ruled else 'border'} numbers {got[1]}/{got[0]}"
                          f"  rows {got[2]}  cells {got[4]}/{got[3]}", flush=True)
                    if args.v:
                        for t, g in lines:
                            if g.table is not None and g.table >= 0:
                                print(f"    {g.table}/{g.row}/{g.col} {t}")
    for ruled in (False, True):
        p, n, rows, c, e = tot[ruled]
        print(f"TOTAL {'ruled     ' if ruled else 'borderless'} numbers {n}/{p}  rows {rows}  cells {e}/{c}")


if __name__ == "__main__":
    main()

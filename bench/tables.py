"""Task tables of plain text (cells stacked one after the other) against the page's own table markup.

Run: .venv/bin/python bench/tables.py [--shared DIR] [-v]

Material: ``SHARED/realdocs/docs/*.md`` (published pages; their tables are written one cell per
line between ``|`` lines, so each cell and row is marked by the page itself). The held-out five
of ``realdocs_eval.HELD_OUT`` and the documents of ``bench/gold/fresh`` are left out.

Each document with a task table (first row: a number column "STT"/"TT" and a body column
"… chủ trì": the body that leads the row's task) is read twice:

* ``md``    — the Markdown as ingest reads a ``.md``: the ``|`` markup gives each cell (the peer);
* ``plain`` — the text a user gets by copying the page (``md2plain.py``: every ``|`` line
              blank), read without and with the stacked-cell reader (``vanban.structure.stacked``),
              side by side in one run.

Figures: rows of the md tables found in plain text with the same cells (each cell's text equal,
whitespace-normalised; precision over the plain rows inside tables), and the obligations that
the md tables give (one per row with a body, ``who`` folded and the deadline's end date) found
again from the plain form inside the same spans (the plain text is the Markdown reader's text,
offset for offset) — F1 of (who, deadline) pairs over the table rows. The Markdown reader
counts the ``|`` lines between cells (an empty cell is one more, a row ends with two, a merged
group row opens the next row at its number: ``vanban.cellgrid``); a document it read as
fragments (before that rule) drops out of the peer set. Then, for every document whose plain text holds a task table,
the counts: rows read, and the obligations (and those with a deadline) inside those tables
before and after.
"""

from __future__ import annotations

import argparse
import pathlib
import re
import subprocess
import sys
import tempfile
from collections import Counter
from unittest import mock

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from realdocs_eval import HELD_OUT  # noqa: E402
from realdocs_ocr import shared_dir  # noqa: E402

from vanban.extract import extract  # noqa: E402
from vanban.ingest.markdown import markdown_to_text  # noqa: E402
from vanban.models import Page  # noqa: E402
from vanban.structure import build_structure, structure_of_text  # noqa: E402
from vanban.structure import vocab as V  # noqa: E402
from vanban.text import fold  # noqa: E402


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip(" *")


def _task_tables(st) -> list[tuple]:
    """Task tables as their data rows: a row names a number column first (STT, TT) and the lead
    body (… chủ trì), and the rows below it are the data — whether or not the reader took that
    row as the header (the Markdown reader can take a heading cell above it as row 0).
    Procedure and price tables (no "chủ trì" column) are left out."""
    out = []
    for t in st.tables:
        if t.role != "data":
            continue
        for h, row in enumerate(t.rows[:3]):
            head = [fold(_norm(c.text)) for c in row]
            if head and re.fullmatch(r"(?:so\s+)?tt|stt", head[0]) and any("chu tri" in x for x in head[1:]):
                if len(t.rows) > h + 1:
                    out.append((t, t.rows[h + 1:]))
                break
    return out


def _rows(tables) -> Counter:
    """Data rows as their non-empty cells (both readers keep the empty cells in their columns;
    the comparison stays on the filled ones so a row's trailing blanks do not count)."""
    return Counter(tuple(_norm(c.text) for c in row if _norm(c.text)) for _, rows in tables for row in rows)


def _obligations(text: str, st, spans) -> Counter:
    ex = extract(text, structure=st)
    out = Counter()
    for o in ex.obligations:
        if o.span and any(a <= o.span.start < b for a, b in spans):
            d = o.deadline.date or o.deadline.latest if o.deadline else None
            out[(fold(o.who or ""), d)] += 1
    return out


def _f1(tp: int, got: int, gold: int) -> tuple[float, float, float]:
    p = tp / got if got else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _plain(sh, md) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / "doc.txt"
        subprocess.run([sys.executable, str(sh / "realdocs" / "md2plain.py"), str(md), str(out)], check=True)
        return out.read_text(encoding="utf-8")


def _before(plain: str):
    """The plain text's Structure without the stacked-cell reader (as before it existed)."""
    with mock.patch("vanban.structure.read_stacked_tables", lambda lines, text: []):
        return structure_of_text(plain)


def run(shared=None, verbose=False):
    sh = shared_dir(shared)
    skip = set(HELD_OUT) | {p.name[:-len(".labels.json")] for p in (ROOT / "bench" / "gold" / "fresh").glob("*.labels.json")}
    tot = {k: [0, 0, 0] for k in ("rows before", "rows after", "obl before", "obl after")}
    docs = 0
    per_doc = []
    for md in sorted((sh / "realdocs" / "docs").glob("*.md")):
        if md.stem in skip:
            continue
        text_md, geo = markdown_to_text(md.read_text(encoding="utf-8"))
        st_md = build_structure([Page(1, "md", text_md, text_md, lines=geo)])
        data = _task_tables(st_md)
        plain = _plain(sh, md)
        st_after = structure_of_text(plain)
        mine = _task_tables(st_after)
        if mine:  # every document whose plain text holds a task table: its rows, obligations, deadlines
            own = [(t.start, t.end + 1) for t, _ in mine]
            n_before = _obligations(plain, _before(plain), own)
            n_after = _obligations(plain, st_after, own)
            per_doc.append((md.stem, sum(len(r) for _, r in mine), sum(n_before.values()),
                            sum(v for (_, d), v in n_before.items() if d), sum(n_after.values()),
                            sum(v for (_, d), v in n_after.items() if d)))
        if not data:
            continue
        docs += 1
        spans = [(t.start, t.end + 1) for t, _ in data]  # the plain text is the Markdown reader's text
        gold_rows = _rows(data)
        gold_obl = _obligations(text_md, st_md, spans)
        for when in ("before", "after"):
            st = _before(plain) if when == "before" else st_after
            got_rows = _rows(_task_tables(st))
            got_obl = _obligations(plain, st, spans)
            for key, gold, got in ((f"rows {when}", gold_rows, got_rows), (f"obl {when}", gold_obl, got_obl)):
                tp = sum((gold & got).values())
                t = tot[key]
                t[0] += tp
                t[1] += sum(got.values())
                t[2] += sum(gold.values())
                if verbose and when == "after" and (gold != got):
                    for x in list((gold - got).elements())[:3]:
                        print(f"  MISS {md.stem} {key}: {str(x)[:160]}")
                    for x in list((got - gold).elements())[:3]:
                        print(f"  XTRA {md.stem} {key}: {str(x)[:160]}")
    print(f"{docs} documents whose Markdown tables the Markdown reader reads whole as task tables "
          "(held-out and fresh left out); peer: the page's own '|' markup")
    print(f"{'measure':<14}{'tp/got/gold':<20}{'P':>7}{'R':>7}{'F1':>7}")
    for key, (tp, got, gold) in tot.items():
        p, r, f = _f1(tp, got, gold)
        print(f"{key:<14}{f'{tp}/{got}/{gold}':<20}{p:7.3f}{r:7.3f}{f:7.3f}")
    print()
    print("plain text, every document with a task table read by the stacked-cell reader (no peer: counts)")
    print(f"{'document':<26}{'rows':>6}{'obl before':>12}{'dated':>7}{'obl after':>11}{'dated':>7}")
    for row in per_doc:
        print(f"{row[0]:<26}" + "".join(f"{v:>{w}}" for v, w in zip(row[1:], (6, 12, 7, 11, 7))))
    if per_doc:
        sums = [sum(r[i] for r in per_doc) for i in range(1, 6)]
        print(f"{'total':<26}" + "".join(f"{v:>{w}}" for v, w in zip(sums, (6, 12, 7, 11, 7))))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    run(a.shared, a.verbose)

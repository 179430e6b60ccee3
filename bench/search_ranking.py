"""Search ranking bench: real documents, queries as staff type them, MRR / hit@1 / hit@5 / MAP.

The archive is built (once; ``--rebuild`` to redo it) by ``vanban ingest`` from the
plain-text form of ``../shared/realdocs`` (``md2plain.py``) plus ``../shared/seeds``
(legacy OCR of two ward plans). The held-out realdocs (the five of
``realdocs_eval.HELD_OUT`` and the documents of ``bench/gold/fresh4``) are left out:
the queries were written by reading the documents, and those are never read.

The queries (``bench/search_queries.tsv``; ``bench/search_queries_validation.tsv``, written after
the ranking was developed on the first, never used to choose a rule) were written by reading the documents:
signers' names typed without marks, numbers in the forms staff type ("KH 141",
"302/2025/NDCP", "ke hoach 124"), topics ("dan van kheo", "chuyen doi so"),
issuing bodies ("ubnd tinh lai chau"), each with the document(s) the user means.

Three rankings of the same queries, side by side:

* ``peer``: a plain FTS5 index over the same stored text (``documents.text``,
  accented), ``unicode61 remove_diacritics 2``, the query's words ANDed, default
  bm25 — what a developer gets from SQLite out of the box;
* ``before``: vanban's search with the ranking of main before :mod:`vanban.archive.ranking`
  (bm25 over the folded text alone: the fields weigh 0, no levels);
* ``after``: vanban's search as it is;
* ``served``: the ranked search page (Datasette canned query ``tim_kiem``), which must rank alike.

Usage::

    .venv/bin/python bench/search_ranking.py            # build once, then reuse
    .venv/bin/python bench/search_ranking.py -v         # each query's first relevant rank
    .venv/bin/python bench/search_ranking.py --rebuild  # ingest again (about 15-40 min on 2 busy cores)
"""

from __future__ import annotations

import argparse
import contextlib
import re
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from vanban.archive import search  # noqa: E402
from vanban.text import nfc  # noqa: E402

QUERIES = ROOT / "bench" / "search_queries.tsv"
#: written after the ranking was developed on QUERIES: does it generalise? (never used to choose a rule)
VALIDATION = ROOT / "bench" / "search_queries_validation.tsv"
#: realdocs never read for this bench (realdocs_eval's held-out five; fresh4 is read from its folder)
HELD_OUT = ("987-KH-UBND", "230-CD-TTg", "648-TB-VPCP", "09-CT-UBND", "11554-VPCP-V.I")
DEPTH = 20  # ranks looked at (MRR counts 0 beyond)


def shared_dir() -> Path:
    return (ROOT / ".." / "shared").resolve() if (ROOT / ".." / "shared").exists() else Path("/work/shared")


def held_out() -> set[str]:
    fresh4 = {p.name.split(".labels")[0] for p in (ROOT / "bench" / "gold" / "fresh4").glob("*.labels.json")}
    return set(HELD_OUT) | fresh4


def build(db: Path) -> None:
    """``vanban ingest`` of the plain-text realdocs (held-out left out) and the seeds."""
    sh = shared_dir()
    skip = held_out()
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    db.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for md in sorted((sh / "realdocs" / "docs").glob("*.md")):
            if md.stem not in skip:
                subprocess.run([sys.executable, str(sh / "realdocs" / "md2plain.py"), str(md),
                                str(corpus / f"{md.stem}.txt")], check=True)
        for seed in sorted((sh / "seeds").glob("*.txt")):
            (corpus / seed.name).write_bytes(seed.read_bytes())
        print(f"ingesting {len(list(corpus.iterdir()))} documents into {db} …", flush=True)
        subprocess.run([sys.executable, "-m", "vanban.cli", "ingest", str(corpus), "--db", str(db), "-j", "1",
                        "--no-progress"], check=True, cwd=ROOT)


def load_queries(path: Path) -> list[tuple[str, str, list[str]]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, query, relevant, *_ = line.split("\t")
            out.append((kind, nfc(query), relevant.split()))
    return out


def stems(conn: sqlite3.Connection) -> dict[int, str]:
    """Document id → the file stem it was ingested from (the latest version of each file)."""
    return {id_: Path(path.replace("\\", "/")).stem for id_, path in conn.execute(
        "SELECT id, path FROM documents d WHERE NOT EXISTS (SELECT 1 FROM documents n WHERE n.supersedes_id = d.id)")}


_WORD_RE = re.compile(r"[^\W_]+")


def peer_index(conn: sqlite3.Connection) -> sqlite3.Connection:
    """An in-memory plain FTS5 index of the same stored text (accented), default options."""
    peer = sqlite3.connect(":memory:")
    peer.execute("CREATE VIRTUAL TABLE peer USING fts5(body, tokenize='unicode61 remove_diacritics 2')")
    peer.executemany("INSERT INTO peer(rowid, body) VALUES (?, ?)",
                     conn.execute("SELECT id, coalesce(title, '') || char(10) || coalesce(text, '') FROM documents"))
    return peer


def peer_search(peer: sqlite3.Connection, query: str) -> list[int]:
    words = _WORD_RE.findall(query)
    if not words:
        return []
    match = " AND ".join(f'"{w}"' for w in words)
    return [r[0] for r in peer.execute("SELECT rowid FROM peer WHERE peer MATCH ? ORDER BY rank LIMIT ?",
                                       [match, DEPTH])]


@contextlib.contextmanager
def ranking_of_main():
    """vanban's search as main ranked: bm25 over the text alone, no phrase/near levels."""
    module = sys.modules["vanban.archive.search"]
    saved = module.BM25, module.levels
    module.BM25 = "bm25(documents_fts, 1.0, 0.0)"
    module.levels = lambda query, fields=True: []
    try:
        yield
    finally:
        module.BM25, module.levels = saved


def first_rank(ids: list[int], relevant: set[int]) -> int | None:
    return next((i for i, id_ in enumerate(ids[:DEPTH], 1) if id_ in relevant), None)


def average_precision(ids: list[int], relevant: set[int]) -> float:
    """Mean of the precision at each relevant document's rank (within :data:`DEPTH`): all of
    a signer's documents, not only the first, ranked before the others."""
    found, total = 0, 0.0
    for i, id_ in enumerate(ids[:DEPTH], 1):
        if id_ in relevant:
            found += 1
            total += found / i
    return total / min(len(relevant), DEPTH)


def scores(ranks: list[int | None], aps: list[float]) -> tuple[float, float, float, float]:
    n = len(ranks) or 1
    mrr = sum(1 / r for r in ranks if r) / n
    return mrr, sum(1 for r in ranks if r == 1) / n, sum(1 for r in ranks if r and r <= 5) / n, sum(aps) / n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, default=Path("/tmp/vanban-bench/realdocs-search.db"))
    ap.add_argument("--rebuild", action="store_true", help="ingest the documents again")
    ap.add_argument("-v", "--verbose", action="store_true", help="each query's first relevant rank")
    args = ap.parse_args()
    if args.rebuild or not args.db.exists():
        build(args.db)

    conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    by_stem = {stem: id_ for id_, stem in stems(conn).items()}
    peer = peer_index(conn)
    from vanban.web.server import datasette_app

    served = datasette_app(args.db)
    for title, path in (("tuning", QUERIES), ("validation", VALIDATION)):
        queries = load_queries(path)
        missing = sorted({s for _, _, rel in queries for s in rel} - set(by_stem))
        if missing:
            sys.exit(f"documents of the queries not in the archive: {', '.join(missing)} (try --rebuild)")
        print(f"\n=== {title}: {path.name}")
        evaluate(conn, peer, served, by_stem, queries, args.verbose)


def served_search(ds, query: str) -> list[int]:
    """The ids the ranked search page lists for ``query``, in its order (Datasette's test client)."""
    import asyncio
    from urllib.parse import quote

    async def get():
        return await ds.client.get("/archive/tim_kiem.json?_shape=array&q=" + quote(query))

    return [row["id"] for row in asyncio.run(get()).json()][:DEPTH]


def evaluate(conn, peer, served, by_stem, queries, verbose: bool) -> None:
    systems = ("peer", "before", "after", "served")
    ranks: dict[str, list[int | None]] = {s: [] for s in systems}
    aps: dict[str, list[float]] = {s: [] for s in systems}
    for kind, query, relevant in queries:
        rel = {by_stem[s] for s in relevant}
        with ranking_of_main():
            before = [h.id for h in search(conn, query, limit=DEPTH)]
        results = {"peer": peer_search(peer, query), "before": before,
                   "after": [h.id for h in search(conn, query, limit=DEPTH)], "served": served_search(served, query)}
        for s, ids in results.items():
            ranks[s].append(first_rank(ids, rel))
            aps[s].append(average_precision(ids, rel))
        if verbose:
            shown = "  ".join(f"{s}={ranks[s][-1] or '-':>2}" for s in systems)
            print(f"  {kind:<7} {query:<42} {shown}")

    kinds = sorted({k for k, _, _ in queries})
    print(f"{len(queries)} queries over {len(by_stem)} documents (first relevant document within {DEPTH};"
          " peer: plain FTS5 unicode61 remove_diacritics 2, default bm25)")
    print(f"{'':<11}" + "".join(f"{s + ' MRR':>12}{'@1':>6}{'@5':>6}{'MAP':>6}" for s in systems))
    for label, pick in [("all", None), *((k, k) for k in kinds)]:
        idx = [i for i, (k, _, _) in enumerate(queries) if pick is None or k == pick]
        row = f"{label + f' ({len(idx)})':<11}"
        for s in systems:
            mrr, h1, h5, map_ = scores([ranks[s][i] for i in idx], [aps[s][i] for i in idx])
            row += f"{mrr:>12.3f}{h1:>6.2f}{h5:>6.2f}{map_:>6.2f}"
        print(row)


if __name__ == "__main__":
    main()

"""Scale benchmark: a large batch through ``ingest``, process pool vs Dask, side by side.

Generates (once, cached in ``--workdir``):

* ``--docs`` realistic text documents (.txt; the generator of bench/search.py:
  Kế hoạch / Nghị quyết / Chỉ thị … of varied issuers, places, topics,
  citations, deadlines; about 10 % are legacy OCR that lost its marks and
  goes through full restoration);
* ``--pages`` scanned pages (PNG, 300 dpi): ``--distinct`` pages are rendered
  with tests/fixtures/render.py, the rest are byte-distinct copies of them
  (a tag after the PNG end: same pixels, another sha256, so nothing dedupes).

Then, for the process pool and for the Dask LocalCluster, ingests the text
folder and the scan folder into a fresh archive in a child process (the real
``vanban.conveyor.ingest``) and reports side by side: documents/s, pages/min,
database size, the RSS high-water mark of the ingesting process and its RSS
along the batch (flat = streaming), and search p95 over the full archive.

Usage::

    .venv/bin/python bench/scale.py                          # 100,000 docs + 2,000 pages
    .venv/bin/python bench/scale.py --docs 2000 --pages 20   # quick
    .venv/bin/python bench/scale.py --executors process      # one engine only
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def _bench_search():
    spec = importlib.util.spec_from_file_location("bench_search", ROOT / "bench" / "search.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# --- inputs -----------------------------------------------------------------------


def make_texts(folder: Path, n: int, seed: int = 7) -> None:
    """``n`` .txt documents (restored-looking text, or legacy OCR without marks)."""
    marker = folder / f".complete-{n}"
    if marker.exists():
        return
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    gen = _bench_search()
    rng = random.Random(seed)
    numbers: list[str] = []
    t0 = time.perf_counter()
    for i in range(n):
        doc = gen.make_document(i, rng, numbers)
        if len(numbers) > 5000:  # keep the citation pool bounded, like bench/search.py's output
            del numbers[:1000]
        sub = folder / f"{i // 1000:04d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{i:06d}.txt").write_text(doc.pages[0].raw_text + "\n", encoding="utf-8")
    marker.touch()
    print(f"generated {n:,} text documents in {time.perf_counter() - t0:.0f}s", flush=True)


def make_scans(folder: Path, n: int, distinct: int, seed: int = 3) -> None:
    """``n`` one-page PNG scans: ``distinct`` rendered, the others byte-distinct copies."""
    marker = folder / f".complete-{n}-{distinct}"
    if marker.exists() or n == 0:
        folder.mkdir(parents=True, exist_ok=True)
        return
    from fixtures.render import render_scan

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    gen = _bench_search()
    rng = random.Random(seed)
    numbers: list[str] = []
    t0 = time.perf_counter()
    rendered: list[bytes] = []
    tmp = folder / ".render"
    for k in range(min(distinct, n)):
        text = gen.make_document(k, rng, numbers).pages[0].raw_text
        lines = text.split("\n")
        # the render conventions: header block, title block, body (fits one page)
        plan = "\n".join(lines[:4]) + "\n\n" + "\n".join(lines[5:7]) + "\n\n" + "\n".join(lines[8:20]) + "\n"
        pages = render_scan(plan, tmp / f"s{k}.png", seed=seed + k)
        rendered.append(pages[0].read_bytes())
    shutil.rmtree(tmp, ignore_errors=True)
    for i in range(n):
        data = rendered[i % len(rendered)]
        if i >= len(rendered):
            data += f"vanban-bench-copy-{i}".encode()  # after IEND: same image, new sha256
        sub = folder / f"{i // 500:04d}"
        sub.mkdir(exist_ok=True)
        (sub / f"scan-{i:05d}.png").write_bytes(data)
    marker.touch()
    print(f"rendered {len(rendered)} scans, {n:,} files in {time.perf_counter() - t0:.0f}s", flush=True)


# --- the child: one ingest, measured -----------------------------------------------


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _hwm_mb() -> float:
    """VmHWM, this process's RSS high-water mark (ru_maxrss would count the
    parent's RSS at fork time: Linux carries it across exec)."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(args: argparse.Namespace) -> None:
    """Ingest ``args.src`` into ``args.db``; print JSON figures on the last line."""
    from vanban.conveyor import ingest

    samples: list[tuple[float, float, int]] = []
    stop = threading.Event()
    t0 = time.perf_counter()

    def sample() -> None:
        conn = None
        while not stop.wait(1.0):
            try:
                conn = conn or sqlite3.connect(f"file:{args.db}?mode=ro", uri=True, timeout=1)
                stored = conn.execute("select count(*) from documents").fetchone()[0]
            except sqlite3.Error:
                stored = -1
            samples.append((time.perf_counter() - t0, _rss_mb(), stored))

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    report = ingest([args.src], args.db, jobs=args.jobs, executor=args.executor, progress=False,
                    on_error=lambda p, m: None)
    seconds = time.perf_counter() - t0
    stop.set()
    thread.join()
    print(json.dumps({
        "seconds": seconds, "stored": report.stored, "failed": report.failed, "skipped": report.skipped,
        "pages": report.pages, "errors": report.errors[:5],
        "maxrss_mb": _hwm_mb(),
        "samples": samples,
    }))


def run_child(src: Path, db: Path, executor: str, jobs: int) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", "--src", str(src), "--db", str(db),
           "--executor", executor, "--jobs", str(jobs)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ, OMP_THREAD_LIMIT="1"))
    if proc.returncode != 0:
        raise SystemExit(f"ingest child failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --- figures ------------------------------------------------------------------------


def rss_along(samples: list, total: int) -> str:
    """RSS when 25/50/75/100 % of the documents were stored."""
    out = []
    for q in (0.25, 0.5, 0.75, 1.0):
        hit = next((s for s in samples if s[2] >= q * total), samples[-1] if samples else None)
        out.append(f"{hit[1]:.0f}" if hit else "-")
    return "/".join(out)


def search_p95(db: Path, queries: int = 200) -> tuple[float, float, int]:
    gen = _bench_search()
    from vanban.archive import search

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    numbers = [r[0] for r in conn.execute("select number from documents where number is not null limit 5000")]
    qs = gen.make_queries(numbers or ["24-KH/ĐU"], random.Random(11), queries)
    search(conn, "khởi động")
    ms = []
    for _, q in qs:
        t = time.perf_counter()
        search(conn, q, limit=20)
        ms.append((time.perf_counter() - t) * 1000)
    n = conn.execute("select count(*) from documents").fetchone()[0]
    conn.close()
    return gen.pct(ms, 50), gen.pct(ms, 95), n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--pages", type=int, default=2_000)
    ap.add_argument("--distinct", type=int, default=20, help="scans rendered; the rest are copies")
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--executors", nargs="+", default=["process", "dask"], choices=["process", "dask"])
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/vanban-scale"))
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--src", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--executor", default="process", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args)
        return

    from vanban.executors import default_jobs

    jobs = args.jobs or default_jobs()
    texts, scans = args.workdir / f"texts-{args.docs}", args.workdir / f"scans-{args.pages}"
    make_texts(texts, args.docs)
    make_scans(scans, args.pages, args.distinct)

    results: dict[str, dict] = {}
    for ex in args.executors:
        db = args.workdir / f"archive-{ex}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        t = run_child(texts, db, ex, jobs)
        print(f"{ex}: {t['stored']:,} text documents in {t['seconds']:.0f}s", flush=True)
        s = run_child(scans, db, ex, jobs) if args.pages else None
        if s:
            print(f"{ex}: {s['pages']:,} scanned pages in {s['seconds']:.0f}s", flush=True)
        size = sum(os.path.getsize(f"{db}{x}") for x in ("", "-wal") if os.path.exists(f"{db}{x}"))
        results[ex] = {"text": t, "scan": s, "db": db, "size": size}

    print()
    print(f"=== scale: {args.docs:,} text documents + {args.pages:,} scanned pages, {jobs} jobs,"
          f" {os.cpu_count()} cores (load avg {os.getloadavg()[0]:.1f}) ===")
    head = f"{'':42}" + "".join(f"{ex:>22}" for ex in results)
    print(head)

    def line(label: str, fn) -> None:
        print(f"{label:42}" + "".join(f"{fn(r):>22}" for r in results.values()))

    line("text: documents/s", lambda r: f"{r['text']['stored'] / r['text']['seconds']:.1f}")
    line("text: stored / failed", lambda r: f"{r['text']['stored']:,} / {r['text']['failed']:,}")
    if args.pages:
        line("scans: pages/min", lambda r: f"{r['scan']['pages'] / r['scan']['seconds'] * 60:.1f}")
        line("scans: stored / failed", lambda r: f"{r['scan']['stored']:,} / {r['scan']['failed']:,}")
    line("RSS peak of the ingesting process, MB", lambda r: f"{r['text']['maxrss_mb']:.0f}")
    line("RSS at 25/50/75/100 % of text batch, MB",
         lambda r: rss_along(r["text"]["samples"], r["text"]["stored"]))
    line("database size, MB", lambda r: f"{r['size'] / 1e6:.1f}")
    line("database size per document, KiB",
         lambda r: f"{r['size'] / max(1, r['text']['stored'] + (r['scan'] or {}).get('stored', 0)) / 1024:.1f}")
    for ex, r in results.items():
        p50, p95, n = search_p95(r["db"])
        print(f"search over the {ex} archive ({n:,} documents): p50 {p50:.1f} ms, p95 {p95:.1f} ms")
        break  # both archives hold the same content
    for ex, r in results.items():
        errs = (r["text"]["errors"] or []) + ((r["scan"] or {}).get("errors") or [])
        if errs:
            print(f"{ex}: first errors: {errs[:3]}")


if __name__ == "__main__":
    main()

"""Ingest time of one long UTF-8 .txt file against its size: it must grow linearly.

Found by a newcomer: a 13 MB plan was not ingested after 15 minutes (1 MB 22 s,
2 MB 58 s): extraction linked each deadline to its obligation by scanning all of
them (vanban/extract/span_index.py now). The text is the two real seed plans
repeated to each size, in one of three forms:

* ``gold`` — their hand transcriptions (tests/fixtures/seeds/*.gold.txt), accented;
* ``tasks`` — the sample plan with dated tasks (tests/fixtures/plans/kh_…), ~1,200 deadlines a MB;
* ``ocr`` — the legacy OCR itself (``--shared``/seeds), which restoration reads at ~25 KB/s;
* ``oneline`` — one sentence without end, a dated task repeated on one line ("Các thôn báo cáo kết quả trước ngày
  15/12/2027, …", a newcomer's 23_huge_line.txt, session 17: 120 KB took 43 s and 1.4 GB, 2.4 MB >10 min, each
  deadline quoting the whole line), ~17,000 deadlines a MB;
* ``realline`` — the real documents of ``--shared``/realdocs/docs in their plain form (as
  ``realdocs/md2plain.py`` renders them, sorted by name), every line break a space: a whole archive pasted on
  one line as a newcomer did (session 26: 940 KB ran for minutes, 94 KB 18 s), real deadlines, targets and
  obligations in real wording rather than one sentence repeated. Session 28, CPU seconds at 0.47 / 0.94 MB (machine
  shared, load ~4): main 12.3 / 42.1 → 7.3 / 16.7 (5.3 / 11.8 at load ~1): the deadlines read the whole text's dates
  once per document instead of once per part (17 appendices), and a few whole-text scans per figure went.

Each size is ingested into a fresh archive in this process (the real
``vanban.conveyor.ingest``, ``--jobs 1``); the last column is CPU seconds per MB (the machine
may be shared: wall seconds are shown but CPU is the figure), flat when the cost is linear.

Usage::

    .venv/bin/python bench/long_text.py                      # gold, 0.5 1 2 MB
    .venv/bin/python bench/long_text.py --form tasks --sizes 0.5 1 2 4
    .venv/bin/python bench/long_text.py --form oneline --sizes 0.12 0.5 1 2.4
    .venv/bin/python bench/long_text.py --form realline --sizes 0.094 0.47 0.94
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def shared_dir(arg: str | None) -> Path:
    for cand in (arg, os.environ.get("VANBAN_SHARED"), ROOT.parent / "shared", "/work/shared"):
        if cand and Path(cand, "seeds").is_dir():
            return Path(cand)
    raise SystemExit("no shared folder with seeds/: pass --shared")


def unit_text(form: str, shared: str | None) -> str:
    if form == "gold":
        parts = sorted((ROOT / "tests" / "fixtures" / "seeds").glob("*.gold.txt"))
    elif form == "tasks":
        parts = [ROOT / "tests" / "fixtures" / "plans" / "kh_dang_uy_xa_chuyen_doi_so_2026.txt"]
    elif form == "oneline":
        return "Các thôn báo cáo kết quả trước ngày 15/12/2027, " * 20
    elif form == "realline":
        return _real_line(shared_dir(shared) / "realdocs" / "docs")
    else:
        parts = sorted((shared_dir(shared) / "seeds").glob("*.txt"))
    return "\n\n".join(p.read_text(encoding="utf-8") for p in parts) + "\n\n"


def _real_line(docs: Path) -> str:
    """The published documents of ``docs`` as plain text (md2plain's rendering: emphasis markers dropped,
    a lone '|' cell separator blank) joined on one line, every run of whitespace one space."""
    out = []
    for p in sorted(docs.glob("*.md")):
        t = p.read_text(encoding="utf-8").replace("**", "")
        t = re.sub(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])", "", t)
        out.append(" ".join("" if ln.strip() == "|" else ln for ln in t.split("\n")))
    return " ".join(" ".join(out).split()) + " "


def sized(unit: str, mb: float) -> str:
    n = int(mb * 1_000_000)
    text = unit * (n // len(unit.encode()) + 1)
    return text[: len(text) * n // len(text.encode())]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--form", choices=["gold", "tasks", "ocr", "oneline", "realline"], default="gold")
    ap.add_argument("--sizes", type=float, nargs="+", default=[0.5, 1, 2])
    ap.add_argument("--shared", default=None)
    args = ap.parse_args()
    from vanban.conveyor import ingest

    unit = unit_text(args.form, args.shared)
    print(f"{'form':8} {'MB':>5} {'seconds':>8} {'cpu s':>7} {'cpu s/MB':>8}")
    for mb in args.sizes:
        with tempfile.TemporaryDirectory(prefix="vanban-long-") as tmp:
            src = Path(tmp, "in")
            src.mkdir()
            head = "ỦY BAN NHÂN DÂN XÃ TÂN LẬP Số: 12/KH-UBND " if args.form in ("oneline", "realline") else ""  # one line, one header
            (src / f"plan_{mb:g}mb.txt").write_text(head + sized(unit, mb), encoding="utf-8")
            t0, c0 = time.perf_counter(), time.process_time()
            report = ingest([src], Path(tmp, "a.db"), jobs=1, progress=False)
            dt, cpu = time.perf_counter() - t0, time.process_time() - c0
            assert report.stored == 1, report
        print(f"{args.form:8} {mb:5g} {dt:8.1f} {cpu:7.1f} {cpu / mb:8.1f}", flush=True)


if __name__ == "__main__":
    main()

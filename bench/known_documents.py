"""Build ``vanban/extract/known_documents.tsv``: date and issuer of documents real documents cite.

A citation written without its date ("theo Nghị định số 30/2020/NĐ-CP") is
resolved against documents whose date the real corpus writes out elsewhere
("Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ"), as
eyecite resolves a short cite against a reporter database. Sources: the
sidecar (number, date) of each document of ``realdocs/docs`` and every
citation vanban reads there with its date written out. Only symbols holding
their year ("30/2020/NĐ-CP", "91/2025/UBTVQH15") are kept: numbers without a
year restart every year or term and do not name one document. A symbol whose
written dates disagree is left out. The held-out documents of
``realdocs_eval.HELD_OUT`` and the documents of ``bench/gold/fresh`` are not
read.

Usage: python bench/known_documents.py [--shared DIR]
"""

from __future__ import annotations

import collections
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from realdocs_eval import HELD_OUT  # noqa: E402
from realdocs_ocr import shared_dir  # noqa: E402

from vanban.extract import citations, extract  # noqa: E402
from vanban.symbols import normalize_symbol, symbol_key  # noqa: E402

OUT = ROOT / "vanban" / "extract" / "known_documents.tsv"
_YEAR_SYMBOL = re.compile(r"^\d+[a-z]?/(?:19|20)\d\d/\S+$", re.IGNORECASE)


def main(argv=None) -> None:
    import argparse  # noqa: PLC0415
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared")
    args = ap.parse_args(argv)
    sh = shared_dir(args.shared)
    skip = set(HELD_OUT) | {p.name[: -len(".labels.json")] for p in (ROOT / "bench" / "gold" / "fresh").glob("*.labels.json")}
    citations.KNOWN_DOCUMENTS.clear()  # read only what the texts write
    citations.KNOWN_DOCUMENTS["__built__"] = ("",)
    dates: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    spelled: dict[str, str] = {}
    for md in sorted((sh / "realdocs" / "docs").glob("*.md")):
        if md.stem in skip:
            continue
        side = json.loads(md.with_suffix(".json").read_text(encoding="utf-8"))
        num = normalize_symbol(side.get("number") or "")
        if _YEAR_SYMBOL.match(num) and side.get("date"):
            dates[symbol_key(num)][side["date"]] += 1
            spelled.setdefault(symbol_key(num), num)
        text = md.read_text(encoding="utf-8").replace("*", "")
        for c in extract(text).citations:
            if c.number and c.date and _YEAR_SYMBOL.match(c.number):
                dates[symbol_key(c.number)][c.date] += 1
                spelled.setdefault(symbol_key(c.number), c.number)
    rows = []
    for key, cnt in sorted(dates.items()):
        if len(cnt) == 1:
            rows.append(f"{spelled[key]}\t{next(iter(cnt))}")
    OUT.write_text("# number\tdate (built by bench/known_documents.py from ../shared/realdocs/docs)\n"
                   + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} documents written to {OUT} ({sum(len(c) > 1 for c in dates.values())} with disagreeing dates left out)")


if __name__ == "__main__":
    main()

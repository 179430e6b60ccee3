"""Metamorphic check: a document read with blank lines between its paragraphs and the same
document with every blank line collapsed ("flat": one newline between paragraphs, as text
pasted from Word or a web page into a .txt, and many DOCX/ODT conversions, give it) must give
the same facts.

Why: the two texts hold the same document; every fact that differs is a layout the structure
stage reads only when blank lines mark it. No gold is needed: the blank-line form's facts are the
reference, so the check covers every document of the tuning sets, labelled kinds or not.

Facts compared (each as a multiset of keys, whitespace folded): metadata fields (number, type,
issuer, parent_issuer, place, date, title, signer levels and name, recipients), citations
(number, type, date, relation), deadlines (date, earliest, latest, recurrence), targets
(min, max, unit) and obligations (who, deadline end date).

Documents: the tuning sets only — the labelled realdocs except the held-out five, and the gold
folders under ``bench/gold/`` except the held-out ``fresh3``/``fresh4`` and ``legal-windows``
(not realdocs). ``--sets`` narrows to some folders (``tuned`` = the labelled realdocs).

``--form oneline`` compares the one-line form instead (every line joined by one space: a document
pasted as one line).

usage: python bench/flat_diff.py [--shared DIR] [--sets tune,spent] [--form flat|oneline] [-v] [--only STEM ...]
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

from realdocs_ocr import plain_text, shared_dir  # noqa: E402

from vanban.extract import extract  # noqa: E402
from vanban.extract.report import extraction_to_json  # noqa: E402

HELD_OUT = {"987-KH-UBND", "230-CD-TTg", "648-TB-VPCP", "09-CT-UBND", "11554-VPCP-V.I"}
HELD_OUT_SETS = {"fresh3", "fresh4", "legal-windows"}
META = ("number", "type", "issuer", "parent_issuer", "place", "date", "title", "signer_authority",
        "signer_delegation", "signer_title", "signer_name")


def flat(text: str) -> str:
    """The text with every blank line collapsed: paragraphs separated by one newline."""
    return re.sub(r"\n\s*\n+", "\n", text)


def oneline(text: str) -> str:
    """The whole text on one line, its lines (and pages) joined by single spaces: what pasting a
    document from some web pages or PDF viewers gives (issue 9: a plan pasted as one line)."""
    return " ".join(ln.strip() for ln in re.split(r"[\n\f]", text) if ln.strip())


FORMS = {"flat": flat, "oneline": oneline}


def _ws(s) -> str:
    return re.sub(r"\s+", " ", s).strip() if isinstance(s, str) else s


def _end(d):
    return (d.get("date") or d.get("latest")) if d else None


def facts(got: dict) -> dict[str, collections.Counter]:
    """{kind: Counter of fact keys} of one extraction (``extraction_to_json`` shape)."""
    out = {
        "metadata": collections.Counter(
            [(k, _ws(got.get(k))) for k in META] + [("recipient", _ws(r)) for r in got.get("recipients") or ()]),
        "citations": collections.Counter((c["number"], c["type"], c["date"], c["relation"]) for c in got["citations"]),
        "deadlines": collections.Counter((d["date"], d["earliest"], d["latest"], d["recurrence"])
                                         for d in got["deadlines"] if not d.get("past")),
        "targets": collections.Counter((t["min"], t["max"], _ws(t["unit"])) for t in got["targets"]),
        "obligations": collections.Counter((_ws(o["who"]), _end(o["deadline"])) for o in got["obligations"]),
    }
    return out


def stems(shared: pathlib.Path, sets: tuple[str, ...] | None = None) -> list[tuple[str, str]]:
    """(set, stem) of every tuning-set document, each stem once (its first set)."""
    seen, out = set(), []
    folders = [("tuned", shared / "realdocs" / "labeled")] + [
        (d.name, d) for d in sorted((ROOT / "bench" / "gold").iterdir()) if d.is_dir() and d.name not in HELD_OUT_SETS]
    for name, d in folders:
        if sets and name not in sets:
            continue
        for p in sorted(d.glob("*.labels.json")):
            stem = p.name[: -len(".labels.json")]
            if stem in HELD_OUT or stem in seen or not (shared / "realdocs" / "docs" / f"{stem}.md").exists():
                continue
            seen.add(stem)
            out.append((name, stem))
    return out


def diff(text: str, form: str = "flat") -> dict[str, tuple[list, list]]:
    """{kind: (facts only the blank-line form gives, facts only the flat (or one-line) form gives)}."""
    a = facts(extraction_to_json(extract(text)))
    b = facts(extraction_to_json(extract(FORMS[form](text))))
    return {k: (sorted((a[k] - b[k]).elements(), key=str), sorted((b[k] - a[k]).elements(), key=str)) for k in a}


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--shared")
    ap.add_argument("--sets", help="comma-separated folder names (tuned = the labelled realdocs)")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--form", default="flat", choices=sorted(FORMS), help="the form compared with the blank-line form")
    a = ap.parse_args()
    sh = shared_dir(a.shared)
    docs = [x for x in stems(sh, tuple(a.sets.split(",")) if a.sets else None) if not a.only or x[1] in a.only]
    per_kind = collections.Counter()
    docs_kind = collections.Counter()
    differing = 0
    for name, stem in docs:
        d = diff(plain_text(sh, stem), a.form)
        n = sum(len(x) + len(y) for x, y in d.values())
        if n:
            differing += 1
        for k, (x, y) in d.items():
            per_kind[k] += len(x) + len(y)
            docs_kind[k] += bool(x or y)
            if a.verbose:
                for f in x:
                    print(f"  {stem} {k} blank-only: {json.dumps(f, ensure_ascii=False)[:200]}")
                for f in y:
                    print(f"  {stem} {k} {a.form}-only:  {json.dumps(f, ensure_ascii=False)[:200]}")
    print(f"documents: {len(docs)}, differing: {differing}")
    print(f"{'kind':<12}{'docs':>6}{'facts':>7}")
    for k in ("metadata", "citations", "deadlines", "targets", "obligations"):
        print(f"{k:<12}{docs_kind[k]:>6}{per_kind[k]:>7}")
    print(f"{'all':<12}{differing:>6}{sum(per_kind.values()):>7}")


if __name__ == "__main__":
    main()

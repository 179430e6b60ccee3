"""Document structure on real documents: header metadata and obligations.

Run: .venv/bin/python bench/structure.py [--shared DIR] [--list N] [--labels DIR ...]

Material (independent of vanban's rules): ``SHARED/realdocs/docs/*.md`` (307
published documents, each with a JSON sidecar of number, type, issuer, date)
and ``SHARED/realdocs/labeled/*.labels.json`` (hand-written gold). SHARED
defaults to the repo's ``../shared`` (falls back to /work/shared; env
VANBAN_SHARED overrides).

Each document is read in two forms, side by side:
* ``md``    — the Markdown file as ingest reads a ``.md`` (``|`` table cells and
              ``**bold**`` become line geometry);
* ``plain`` — the text a user gets by copying the page (``md2plain.py``:
              emphasis dropped, each ``|`` line blank, header cells stacked).

Metadata exact match (sidecars): number and type equal; date equal (ISO);
issuer compared fairly by the sidecar's ``metadata_from``:
* ``header`` sidecars print the issuer as in the header, in capitals,
  ``PARENT – BODY``: compared to the header lines vanban read (printed
  form), folded (case, diacritics, đ→d) and whitespace-normalised;
* ``site`` sidecars name the province or body as the publishing site does
  ("Tỉnh Bắc Ninh", "Cục Thuế"): a different naming, not comparable exactly;
  reported apart as "site issuer contained" (the site's name, folded, occurs
  in vanban's parent + issuer).

Obligations (labels): one gold obligation matches at most one extracted one
(greedy, best first): who equal under folded rapidfuzz token_set_ratio ≥ 80.
Precision/recall/F1 over all documents of a group; metadata fields of the
labels compared folded (title: ratio ≥ 85; recipients: same count and each
pair ratio ≥ 80). HELD_OUT documents were never looked at while tuning.
``--labels DIR`` (repeatable, default off) adds further gold folders of the same
schema (e.g. ``bench/gold/fresh``) scored as a group named by the folder; per-document
lines only for tuning groups (tuned, tune, spent, review-*), aggregates for held-out ones.
A folder whose README says "Labelled: metadata only" gets no obligations score.
``--group NAME`` (repeatable) scores only the named groups.
The same sidecar fields in legacy-OCR and scanned form, side by side with clean: bench/structure_forms.py.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile

from rapidfuzz import fuzz

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vanban.extract import extract  # noqa: E402
from vanban.models import Page  # noqa: E402
from vanban.text import fold  # noqa: E402

try:  # the structure stage (absent before issue 9)
    from vanban.structure import build_structure  # noqa: E402
except ImportError:  # pragma: no cover - BEFORE run
    build_structure = None

#: labelled documents held out from tuning: the one list of ``realdocs_eval.HELD_OUT``. Until
#: 2026-12-01 this bench held out another five (0130-KH-UBND, 982-KH-UBND, 648, 230, 11554) and
#: listed 987-KH-UBND and 09-CT-UBND among its "tuned" rows, so only 648-TB-VPCP, 230-CD-TTg and
#: 11554-VPCP-V.I were held out by every bench (see docs/HISTORY.md, Session 6)
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from realdocs_eval import HELD_OUT  # noqa: E402
META_FIELDS = ("number", "type", "issuer", "date")
LABEL_FIELDS = ("number", "type", "issuer", "parent_issuer", "place", "date", "title",
                "signer_authority", "signer_title", "signer_name", "recipients")


def shared_dir(arg: str | None) -> pathlib.Path:
    for cand in (arg, os.environ.get("VANBAN_SHARED"), ROOT.parent / "shared", "/work/shared"):
        if cand and pathlib.Path(cand, "realdocs").is_dir():
            return pathlib.Path(cand)
    sys.exit("no shared/realdocs directory found (use --shared)")


def key(s: str | None) -> str:
    return re.sub(r"[\s\-–—_,.;:/]+", " ", fold(s or "")).strip()


def plain_of(md: pathlib.Path, md2plain: pathlib.Path) -> str:
    with tempfile.NamedTemporaryFile("r", suffix=".txt", encoding="utf-8") as out:
        subprocess.run([sys.executable, str(md2plain), str(md), out.name], check=True)
        return pathlib.Path(out.name).read_text(encoding="utf-8")


def md_pages(path: pathlib.Path) -> tuple[Page, ...]:
    """Pages of a .md as ingest reads it (raw text before the structure stage existed)."""
    try:
        from vanban.ingest import load

        src = load(path)
    except Exception:  # BEFORE: ingest refused .md — the raw Markdown is the text
        text = path.read_text(encoding="utf-8")
        return (Page(number=1, method="txt", raw_text=text, text=text),)
    return tuple(Page(number=p.number, method=p.method, raw_text=p.text or "", text=p.text or "",
                      lines=p.lines) for p in src.pages)


def analyse(pages: tuple[Page, ...]):
    """(extraction, printed issuer) of one document."""
    text = "\f".join(p.text for p in pages)
    if build_structure is None:
        ext = extract(text)
        m = ext.metadata
        printed = " – ".join(x for x in (m.parent_issuer, m.issuer) if x)
        return ext, printed
    st = build_structure(pages)
    ext = extract(text, structure=st)
    return ext, st.header.printed_issuer if st.header else ""


def text_pages(text: str) -> tuple[Page, ...]:
    return tuple(Page(number=i, method="txt", raw_text=t, text=t) for i, t in enumerate(text.split("\f"), 1))


def bench_sidecars(shared: pathlib.Path, show: int) -> None:
    docs = sorted((shared / "realdocs" / "docs").glob("*.md"))
    md2plain = shared / "realdocs" / "md2plain.py"
    for form in ("md", "plain"):
        hits = {f: 0 for f in META_FIELDS}
        n_header = site_n = site_hit = 0
        misses: list[str] = []
        for p in docs:
            side = json.loads(p.with_suffix(".json").read_text(encoding="utf-8"))
            pages = md_pages(p) if form == "md" else text_pages(plain_of(p, md2plain))
            ext, printed = analyse(pages)
            m = ext.metadata
            got = {"number": m.number, "type": m.type, "date": m.date}
            for f in ("number", "type", "date"):
                if (got[f] or "") == (side[f] or ""):
                    hits[f] += 1
                else:
                    misses.append(f"{p.stem:28} {f:7} want {side[f]!r} got {got[f]!r}")
            if side["metadata_from"] == "header":
                n_header += 1
                if key(printed) == key(side["issuer"]):
                    hits["issuer"] += 1
                else:
                    misses.append(f"{p.stem:28} issuer  want {side['issuer']!r} got {printed!r}")
            else:
                site_n += 1
                site_hit += key(side["issuer"]) in key(f"{m.parent_issuer or ''} {m.issuer or ''} {printed}")
        n = len(docs)
        print(f"\n[{form}] {n} documents — exact match")
        for f in ("number", "type", "date"):
            print(f"  {f:8} {hits[f] / n:6.1%}  ({hits[f]}/{n})")
        print(f"  issuer   {hits['issuer'] / max(1, n_header):6.1%}  ({hits['issuer']}/{n_header} header sidecars)")
        print(f"  issuer (site sidecar name contained) {site_hit / max(1, site_n):6.1%}  ({site_hit}/{site_n})")
        print(f"  mismatches: {len(misses)}")
        for line in misses[:show]:
            print("   ", line)


def _who_match(gold: list[dict], got: list) -> int:
    pairs = []
    for i, g in enumerate(gold):
        for j, o in enumerate(got):
            score = fuzz.token_set_ratio(fold(g.get("who") or ""), fold(o.who or ""))
            if score >= 80:
                pairs.append((score, i, j))
    used_g, used_o, tp = set(), set(), 0
    for score, i, j in sorted(pairs, reverse=True):
        if i in used_g or j in used_o:
            continue
        used_g.add(i)
        used_o.add(j)
        tp += 1
    return tp


def _meta_ok(field: str, want, got) -> bool:
    if field == "recipients":
        want, got = list(want or []), list(got or [])
        return len(want) == len(got) and all(fuzz.ratio(fold(a), fold(b)) >= 80 for a, b in zip(want, got))
    if want is None or got is None:
        return want is None and got is None
    if field == "title":
        return fuzz.ratio(key(want), key(got)) >= 85
    return key(want) == key(got)


def metadata_only(folder: pathlib.Path) -> bool:
    """A gold folder whose README says "Labelled: metadata only" has empty facts lists on
    purpose (e.g. ``bench/gold/review-meta7``): its obligations are not scored."""
    readme = folder / "README.md"
    if readme.is_file() and "labelled: metadata only" in readme.read_text(encoding="utf-8").lower():
        return True
    # a folder whose files hold no "obligations" key did not label them (bench/gold/review-meta10)
    return not any("obligations" in json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.labels.json"))


def bench_labels(shared: pathlib.Path, show: int, extra: tuple = (), only_groups: tuple = ()) -> None:
    lab_dir = shared / "realdocs" / "labeled"
    md2plain = shared / "realdocs" / "md2plain.py"
    fresh = [p for d in extra for p in sorted(pathlib.Path(d).glob("*.labels.json"))]
    labels = sorted(lab_dir.glob("*.labels.json")) + fresh
    for form in ("md", "plain"):
        print(f"\n[{form}] labelled documents — obligations and metadata")
        for group in ("tuned", "held-out") + tuple(dict.fromkeys(p.parent.name for p in fresh)):
            if only_groups and group not in only_groups:
                continue
            # per-document misses: tuning material only (labeled/ minus held-out, review-* folders)
            open_group = group in ("tuned", "tune", "spent") or group.startswith("review-")
            tp = n_gold = n_got = 0
            field_hits = {f: 0 for f in LABEL_FIELDS}
            n_docs = 0
            per_doc = []
            meta_only = group not in ("tuned", "held-out") and metadata_only(pathlib.Path(
                next(str(d) for d in extra if pathlib.Path(d).name == group)))
            for lp in labels:
                stem = lp.name[: -len(".labels.json")]
                if group != (lp.parent.name if lp in fresh else "held-out" if stem in HELD_OUT else "tuned"):
                    continue
                gold = json.loads(lp.read_text(encoding="utf-8"))
                md = shared / "realdocs" / "docs" / f"{stem}.md"
                pages = md_pages(md) if form == "md" else text_pages(plain_of(md, md2plain))
                ext, _ = analyse(pages)
                obs = list(ext.obligations)
                gold_obs = gold.get("obligations", [])
                t = _who_match(gold_obs, obs)
                tp, n_gold, n_got = tp + t, n_gold + len(gold_obs), n_got + len(obs)
                per_doc.append(f"{stem:22} gold {len(gold_obs):3} got {len(obs):3} matched {t:3}")
                n_docs += 1
                m = ext.metadata
                for f in LABEL_FIELDS:
                    value = m.signer_levels if f == "signer_authority" else getattr(m, f)
                    ok = _meta_ok(f, gold.get(f), value)
                    field_hits[f] += ok
                    if not ok and open_group and show:
                        per_doc.append(f"    {f}: want {gold.get(f)!r} got {value!r}")
            p = tp / n_got if n_got else 0.0
            r = tp / n_gold if n_gold else 0.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            if meta_only:
                print(f"  {group:8} {n_docs:2} docs  obligations not labelled (README: metadata only)")
            else:
                print(f"  {group:8} {n_docs:2} docs  obligations P {p:.2f} R {r:.2f} F1 {f1:.2f}  "
                      f"(gold {n_gold}, got {n_got}, matched {tp})")
            print("           metadata: " + "  ".join(f"{f} {field_hits[f]}/{n_docs}" for f in LABEL_FIELDS))
            if show and open_group:  # held-out groups: aggregates only
                for line in per_doc:
                    print("    " + line)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared")
    ap.add_argument("--list", type=int, default=40, help="mismatches to list per form")
    ap.add_argument("--only", choices=("sidecars", "labels"))
    ap.add_argument("--labels", action="append", default=[],
                    help="further gold folder scored as a group named by its folder (fresh, tune) (repeatable)")
    ap.add_argument("--group", action="append", default=[],
                    help="score only these label groups (tuned, held-out, or a --labels folder name) (repeatable)")
    a = ap.parse_args()
    shared = shared_dir(a.shared)
    print("structure stage:", "yes" if build_structure else "no (BEFORE)")
    if a.only != "labels":
        bench_sidecars(shared, a.list)
    if a.only != "sidecars":
        bench_labels(shared, a.list, tuple(a.labels), tuple(a.group))


if __name__ == "__main__":
    main()

"""Header metadata on the sidecar set in clean, legacy-OCR and scanned form, side by side.

Run: .venv/bin/python bench/structure_forms.py [--shared DIR] [--forms clean,legacy,scan] [--list N]
     [--only STEM ...]

Why: bench/structure.py scores number, type, date and issuer against the 307 sidecars of
``SHARED/realdocs/docs`` on clean text only, and the gold sets of bench/realdocs_eval.py are
small. Here every document whose OCR cache exists is read in three forms and scored with
structure.py's own comparison (:func:`structure.key`: folded, separators normalised; issuer
only for ``metadata_from: header`` sidecars, the site's naming apart as "contained"):

* ``clean``  — the plain text (``md2plain.py``), as realdocs_eval's clean form;
* ``legacy`` — Tesseract ``-l eng`` of the rendered pages (``bench/.cache/realdocs-ocr``),
  corrected page by page as ingest does (:func:`realdocs_eval.legacy_form`);
* ``flat`` / ``oneline`` (on request) — the plain text with its blank lines collapsed, or all on one line
  (:func:`flat_diff.flat`, :func:`flat_diff.oneline`);
* ``scan``   — the image-only PDF read by vanban's OCR (``bench/.cache/realdocs-scan``),
  restored and structured as the conveyor does (:func:`realdocs_scan.scan_document`'s steps).

``--agree`` compares each OCR form's wider metadata (place, trích yếu, signing levels, the signer's title,
recipients) with the clean form's under bench/extract.py's rules: vanban's clean reading is the reference there
(clean metadata scores 0.99–1.00 on the gold sets), so it guides the search for OCR kinds and is no score.

Only cached documents are scored (the bench never runs OCR). Held-out documents — the held-out
five of ``realdocs_eval.HELD_OUT`` and the stems of ``bench/gold/fresh3`` and ``fresh4`` — are
scored (with ``--held-out`` only) as ONE aggregate line per form, never listed or printed one by
one. Misses (``--list``)
are printed for the tuning documents only.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import pathlib
import sys
from dataclasses import dataclass, field

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from realdocs_eval import HELD_OUT, legacy_form  # noqa: E402
from realdocs_ocr import CACHE as OCR_CACHE  # noqa: E402
from realdocs_ocr import plain_text, shared_dir  # noqa: E402
from realdocs_scan import CACHE as SCAN_CACHE  # noqa: E402
from realdocs_scan import _stale  # noqa: E402
from extract import metadata_misses  # noqa: E402  (bench/extract.py's metadata rules)
from structure import key  # noqa: E402  (structure.py's comparison)
from flat_diff import flat, oneline  # noqa: E402

from vanban.extract.metadata import metadata_of  # noqa: E402
from vanban.structure import build_structure, structure_of_text  # noqa: E402
from vanban.structure.mend import mend_breaks  # noqa: E402
from vanban.structure.spread import Spread  # noqa: E402

FORMS = ("clean", "legacy", "scan")  # and on request (--forms) "flat" and "oneline" (bench/flat_diff.py's forms)
FIELDS = ("number", "type", "date", "issuer")
#: the held-out gold folders not yet spent: their documents are scored in aggregate only
HELD_OUT_SETS = ("fresh3", "fresh4")


def held_out_stems() -> set[str]:
    """The held-out five and the stems of the held-out gold folders (file names only, never opened)."""
    out = set(HELD_OUT)
    for name in HELD_OUT_SETS:
        out |= {p.name[: -len(".labels.json")] for p in (ROOT / "bench" / "gold" / name).glob("*.labels.json")}
    return out


def cached(stem: str, form: str) -> bool:
    if form == "legacy":
        return (OCR_CACHE / f"{stem}.eng.txt").exists()
    if form == "scan":  # a stale drawing (its layout plan changed) would be redrawn and OCR'd: left out
        return (SCAN_CACHE / f"{stem}.pages.json").exists() and (SCAN_CACHE / f"{stem}.pdf").exists() \
            and not _stale(shared_dir(), stem)
    return True


def read_metadata(shared: pathlib.Path, stem: str, form: str):
    """(Metadata, printed issuer) of one document in one form, as extraction reads it."""
    if form == "scan":
        from realdocs_scan import ocr_results, scan_pdf  # noqa: PLC0415

        from vanban.conveyor import finish_page  # noqa: PLC0415
        from vanban.ingest import load  # noqa: PLC0415
        from vanban.ingest.lines import renumber_tables  # noqa: PLC0415

        source = load(scan_pdf(shared, stem))
        pages = renumber_tables(tuple(finish_page(p, r) for p, r in zip(source.pages, ocr_results(shared, stem))))
        text = "\f".join(p.text for p in pages)
        st = build_structure(pages)
    else:
        text = plain_text(shared, stem) if form in ("clean", "flat", "oneline") else legacy_form(shared, stem)
        if form in ("flat", "oneline"):
            text = (flat if form == "flat" else oneline)(text)
        st = structure_of_text(text)
    # the breaks the structure stage read (a flat or one-line text) written in, as extract() writes them
    reading = Spread.at(text, st.breaks)
    meta = metadata_of(mend_breaks(reading.text), reading.forward(st))  # what extract() returns as .metadata
    return meta, (st.header.printed_issuer if st.header else "") or ""


@dataclass
class Tally:
    n: int = 0
    hits: dict = field(default_factory=lambda: {f: 0 for f in ("number", "type", "date")})
    header_n: int = 0
    issuer: int = 0
    site_n: int = 0
    site_hit: int = 0

    def line(self) -> str:
        cells = [f"{f} {self.hits[f] / max(1, self.n):6.1%} ({self.hits[f]}/{self.n})" for f in ("number", "type", "date")]
        cells.append(f"issuer {self.issuer / max(1, self.header_n):6.1%} ({self.issuer}/{self.header_n})")
        cells.append(f"site-issuer contained {self.site_hit}/{self.site_n}")
        return "  ".join(cells)


def score(side: dict, meta, printed: str, tally: Tally) -> list[str]:
    """Add one document to ``tally``; its misses as (field, want, got) lines."""
    tally.n += 1
    misses = []
    got = {"number": meta.number, "type": meta.type, "date": meta.date}
    for f in ("number", "type", "date"):
        if (got[f] or "") == (side[f] or ""):
            tally.hits[f] += 1
        else:
            misses.append(f"{f:7} want {side[f]!r} got {got[f]!r}")
    if side.get("metadata_from") == "header":
        tally.header_n += 1
        if key(printed) == key(side["issuer"]):
            tally.issuer += 1
        else:
            misses.append(f"issuer  want {side['issuer']!r} got {printed!r}")
    else:
        tally.site_n += 1
        got_issuer = f"{meta.parent_issuer or ''} {meta.issuer or ''} {printed}"
        if key(side["issuer"]) in key(got_issuer):
            tally.site_hit += 1
        else:
            misses.append(f"site-issuer want {side['issuer']!r} in {got_issuer.strip()!r}")
    return misses


#: fields compared with the clean form (``--agree``), by bench/extract.py's metadata rules
AGREE_FIELDS = ("number", "type", "date", "issuer", "parent_issuer", "place", "title", "signer_authority",
                "signer_title", "recipients")


def as_json(meta, reference: bool = False) -> dict:
    """A Metadata as bench/extract.py's rules read it; as the ``reference`` (the gold's place) its
    "signer_authority" printed as the labels print it ("TM. … / KT. …")."""
    d = dataclasses.asdict(meta)
    if reference:
        d["signer_authority"] = " / ".join(dict.fromkeys(x for x in (d.get("signer_authority"), d.get("signer_delegation")) if x)) or None
    d["recipients"] = list(d.get("recipients") or ())
    return d


def _cut(value, n: int = 300) -> str:
    r = repr(value)
    return r if len(r) <= n else r[: n // 2] + " … " + r[-n // 2:]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared")
    ap.add_argument("--forms", default=",".join(FORMS))
    ap.add_argument("--list", type=int, default=0, help="misses of tuning documents to list per form")
    ap.add_argument("--only", nargs="*", help="tuning documents to score (held-out stems are refused)")
    ap.add_argument("--held-out", action="store_true",
                    help="also score the held-out documents, as one aggregate line per form (read it rarely)")
    ap.add_argument("--agree", action="store_true",
                    help="also compare each OCR form's wider metadata (place, title, signer, recipients) with the clean "
                         "form's: vanban's clean reading as the reference, a guide to OCR kinds, not a score")
    a = ap.parse_args()
    shared = shared_dir(a.shared)
    forms = tuple(a.forms.split(","))
    held = held_out_stems()
    docs = sorted((shared / "realdocs" / "docs").glob("*.md"))
    # each form scores the documents its cache holds (clean: those of legacy or scan); without an OCR form asked
    # (--forms clean,flat,oneline) every document is scored
    ocr_forms = [f for f in forms if f in ("legacy", "scan")]
    stems = [p.stem for p in docs if not ocr_forms or any(cached(p.stem, f) for f in ocr_forms)]
    if a.only:
        stems = [s for s in stems if s in set(a.only) and s not in held]
    if not a.held_out:
        stems = [s for s in stems if s not in held]
    tune = {fm: Tally() for fm in forms}
    held_t = {fm: Tally() for fm in forms}
    misses = {fm: [] for fm in forms}
    agree = {(h, fm): [0, {f: 0 for f in AGREE_FIELDS}] for h in (False, True) for fm in forms if fm != "clean"}
    agree_misses = {fm: [] for fm in forms}
    for stem in stems:
        side = json.loads((shared / "realdocs" / "docs" / f"{stem}.json").read_text(encoding="utf-8"))
        clean = None
        for fm in (f for f in forms if cached(stem, f)):
            meta, printed = read_metadata(shared, stem, fm)
            if stem in held:
                score(side, meta, printed, held_t[fm])  # aggregate only: nothing of it is printed
            else:
                misses[fm] += [f"{stem:26} {m}" for m in score(side, meta, printed, tune[fm])]
            if not a.agree:
                continue
            if fm == "clean":
                clean = as_json(meta, reference=True)
            elif clean is not None:
                got = as_json(meta)
                off = set(metadata_misses(clean, got))
                cell = agree[(stem in held, fm)]
                cell[0] += 1
                for f in AGREE_FIELDS:
                    cell[1][f] += f not in off
                if stem not in held:
                    agree_misses[fm] += [f"{stem:26} {f}: clean {_cut(clean.get(f))} ≠ {_cut(got.get(f))}"
                                         for f in AGREE_FIELDS if f in off]
    print(f"{len(stems)} documents{' with a legacy or scan cache' if ocr_forms else ''} "
          f"({sum(s not in held for s in stems)} tuning, {sum(s in held for s in stems)} held out); "
          f"per form: the documents its cache holds")
    for fm in forms:
        print(f"[{fm:6}] tuning   {tune[fm].line()}")
    for fm in forms if a.held_out else ():
        print(f"[{fm:6}] held-out {held_t[fm].line()}  (aggregate only)")
    for (h, fm), (n, hits) in sorted(agree.items()):
        if n and (a.held_out or not h):
            print(f"[{fm:6}] {'held-out' if h else 'tuning  '} agrees with clean: "
                  + "  ".join(f"{f} {hits[f]}/{n}" for f in AGREE_FIELDS) + ("  (aggregate only)" if h else ""))
    if a.list:
        for fm in forms:
            print(f"\n[{fm}] misses of tuning documents: {len(misses[fm])}")
            for line in misses[fm][: a.list]:
                print("   ", line)
            if a.agree and fm != "clean":
                print(f"[{fm}] disagreements with the clean form (tuning documents): {len(agree_misses[fm])}")
                for line in agree_misses[fm][: a.list]:
                    print("   ", line)


if __name__ == "__main__":
    main()

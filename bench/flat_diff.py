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
folders under ``bench/gold/`` except the held-out ``fresh3``/``fresh4``, ``authored17`` (blind in session 17) and
``legal-windows`` (not realdocs); an authored set's text is the Markdown beside its labels. ``--sets`` narrows to some folders (``tuned`` = the labelled realdocs).

``--form legacy`` compares the legacy-OCR form instead of the flat one
(:func:`realdocs_ocr.legacy_form`: the document rendered as an old scan, read by Tesseract ``-l eng``
— every mark lost —, then vanban's glyph rules and diacritic restoration), so each fact the legacy
form loses ("lost") or makes up ("invented") is listed with its clean sentence, the legacy
text aligned to it and the raw OCR line (``-v``): enough to tell the cause — OCR damage the glyph
rules could undo, a restoration error on a domain word, structure lost, a grammar too strict on
damaged text. ``--gold`` narrows the lists to what the gold decides: gold items the clean form
gets right and the legacy form misses, and legacy extras the clean form does not also make
(metadata: gold fields right on the clean form, wrong on the legacy one). ``--cached`` skips
documents whose OCR is not cached yet (an uncached one takes 1–2 min of Tesseract).

``--form oneline`` compares the one-line form instead (every line joined by one space: a document
pasted as one line); ``--form oneline-spaced`` the one-line form with the layout spaces kept
(:func:`oneline_spaced`).

usage: python bench/flat_diff.py [--shared DIR] [--sets tune,spent] [--form flat|oneline|oneline-spaced|legacy] [--gold]
                                 [--cached] [-v] [--only STEM ...]
"""

from __future__ import annotations

import collections
import json
import pathlib
import re
import sys
import textwrap

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from realdocs_match import FIELDS, prf  # noqa: E402
from realdocs_ocr import doc_path, is_cached, legacy_form, ocr_text, plain_text, shared_dir  # noqa: E402

from rapidfuzz import fuzz  # noqa: E402

from vanban.extract import extract  # noqa: E402
from vanban.extract.report import extraction_to_json  # noqa: E402
from vanban.text import fold, normalize  # noqa: E402

HELD_OUT = {"987-KH-UBND", "230-CD-TTg", "648-TB-VPCP", "09-CT-UBND", "11554-VPCP-V.I"}
HELD_OUT_SETS = {"fresh3", "fresh4", "legal-windows", "authored17"}  # authored17: written in session 17, blind
META = ("number", "type", "issuer", "parent_issuer", "place", "date", "title", "signer_authority",
        "signer_delegation", "signer_title", "signer_name")


def flat(text: str) -> str:
    """The text with every blank line collapsed: paragraphs separated by one newline."""
    return re.sub(r"\n\s*\n+", "\n", text)


def oneline(text: str) -> str:
    """The whole text on one line, its lines (and pages) joined by single spaces: what pasting a
    document from some web pages or PDF viewers gives (issue 9: a plan pasted as one line)."""
    return " ".join(ln.strip() for ln in re.split(r"[\n\f]", text) if ln.strip())


def oneline_spaced(text: str) -> str:
    """The whole text on one line with the layout spaces a PDF viewer's copy keeps (issue 9): every line
    wrapped at 80 characters as a printed page wraps it (a text already laid out keeps its own lines and
    indentation), then the printed lines joined by runs of 2–12 spaces — the indentation of the line below
    and the gap the viewer writes, a run's length fixed by the line's rank so the form is reproducible."""
    printed = []
    for ln in re.split(r"[\n\f]", text):
        if not ln.strip():
            continue
        lead = ln[: len(ln) - len(ln.lstrip())]
        printed += [lead + w for w in textwrap.wrap(ln.strip(), 80, break_long_words=False, break_on_hyphens=False)]
    out = printed[0].rstrip() if printed else ""
    for k, ln in enumerate(printed[1:], 1):
        out += " " * (2 + (7 * k) % 11) + ln.strip()
    return re.sub(r" {13,}", " " * 12, out)


FORMS = {"flat": flat, "oneline": oneline, "oneline-spaced": oneline_spaced}


def _ws(s) -> str:
    """Whitespace folded and tones put where the norm puts them ("uỷ" = "ủy": the clean text's spelling and
    restoration's are one word)."""
    return normalize(re.sub(r"\s+", " ", s).strip()) if isinstance(s, str) else s


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


def _folders(shared: pathlib.Path) -> list[tuple[str, pathlib.Path]]:
    """(set name, folder) of the tuning gold: the labelled realdocs first, then bench/gold's folders."""
    return [("tuned", shared / "realdocs" / "labeled")] + [
        (d.name, d) for d in sorted((ROOT / "bench" / "gold").iterdir())
        if d.is_dir() and d.name not in HELD_OUT_SETS and not d.name.startswith("legal-windows")]


def stems(shared: pathlib.Path, sets: tuple[str, ...] | None = None) -> list[tuple[str, str]]:
    """(set, stem) of every tuning-set document, each stem once (its first set)."""
    seen, out = set(), []
    for name, d in _folders(shared):
        if sets and name not in sets:
            continue
        for p in sorted(d.glob("*.labels.json")):
            stem = p.name[: -len(".labels.json")]
            if stem in HELD_OUT or stem in seen or not _has_text(shared, stem):
                continue
            seen.add(stem)
            out.append((name, stem))
    return out


def _has_text(shared: pathlib.Path, stem: str) -> bool:
    """The document's text is at hand: in realdocs/docs, or beside its labels in bench/gold (an authored set)."""
    try:
        doc_path(shared, stem)
    except FileNotFoundError:
        return False
    return True


def diff(text: str, other: str | None = None, said: dict | None = None) -> dict[str, tuple[list, list]]:
    """{kind: (facts only ``text`` gives, facts only ``other`` gives)}; ``other`` defaults to the flat form.
    ``said``, when given, is filled with {fact key: the sentence it was read from} of both forms."""
    ga = extraction_to_json(extract(text))
    gb = extraction_to_json(extract(flat(text) if other is None else other))
    if said is not None:
        for got in (gb, ga):
            for kind in FIELDS:
                for item in got[kind]:
                    said[_key(kind, item)] = item.get("sentence") or item.get("text") or ""
    a, b = facts(ga), facts(gb)
    return {k: (sorted((a[k] - b[k]).elements(), key=str), sorted((b[k] - a[k]).elements(), key=str)) for k in a}


def gold_of(shared: pathlib.Path, stem: str) -> dict:
    """The stem's gold, each kind (and metadata field) from the first tuning folder that labels it
    (a review folder labels some kinds only)."""
    out: dict = {}
    for _name, d in _folders(shared):
        p = d / f"{stem}.labels.json"
        if p.exists():
            for k, v in json.loads(p.read_text(encoding="utf-8")).items():
                out.setdefault(k, v)
    return out


def _key(kind: str, item: dict):
    """The fact key of one extracted item (as :func:`facts` counts it)."""
    one = {"metadata": {}, "citations": [], "deadlines": [], "targets": [], "obligations": []}
    one[kind] = [item]
    return next(iter(facts({**{k: None for k in META}, **one})[kind]), None)


def gold_diff(gold: dict, clean: dict, legacy: dict) -> dict[str, tuple[list, list]]:
    """{kind: (gold items the clean form matches and the legacy form misses,
    legacy items matching no gold item that the clean form does not also make)};
    metadata: (gold fields right on the clean form and wrong on the legacy one, their legacy values)."""
    from extract import META_EXACT, META_LOOSE, metadata_misses  # noqa: PLC0415  (bench/extract.py's rules)

    out = {}
    keys = [k for k in (*META_EXACT, *META_LOOSE, "recipients") if k in gold]
    lost = sorted(set(metadata_misses(gold, legacy)) - set(metadata_misses(gold, clean)) & set(keys))
    out["metadata"] = ([(k, gold.get(k)) for k in lost], [(k, legacy.get(k)) for k in lost])
    for kind in FIELDS:
        if kind not in gold:
            out[kind] = ([], [])
            continue
        _, _, _, missed_c, extra_c = prf(kind, gold[kind], clean[kind])
        _, _, _, missed_l, extra_l = prf(kind, gold[kind], legacy[kind])
        lost = [g for g in missed_l if g not in missed_c]
        clean_extra = collections.Counter(_key(kind, x) for x in extra_c)
        invented = []
        for x in extra_l:
            k = _key(kind, x)
            if clean_extra[k]:
                clean_extra[k] -= 1
            else:
                invented.append(x)
        out[kind] = (lost, invented)
    return out


def _fold_line(s: str) -> str:
    return fold(re.sub(r"\s+", " ", s))


def aligned(needle: str, text: str, width: int = 160) -> str:
    """The stretch of ``text`` that best matches ``needle`` (folded, fuzzy), about ``width`` characters."""
    n = _fold_line(needle)[:width]
    flat_text = re.sub(r"\s+", " ", text)
    if not n.strip():
        return ""
    al = fuzz.partial_ratio_alignment(n, fold(flat_text))
    return f"[{al.score:.0f}] " + flat_text[al.dest_start: al.dest_start + max(width, al.dest_end - al.dest_start)]


def _sentence(kind, item) -> str:
    """The words an item was read from (an extracted fact's sentence, a gold item's text; a metadata field's value)."""
    if isinstance(item, dict):
        return item.get("sentence") or item.get("text") or ""
    return str(item[1] or "") if kind == "metadata" else ""


def _brief(kind, item) -> str:
    if isinstance(item, dict):
        keep = {"citations": ("number", "type", "date"), "deadlines": ("date", "earliest", "latest", "recurrence"),
                "targets": ("min", "max", "unit"), "obligations": ("who", "deadline")}[kind]
        item = {k: item.get(k) for k in keep if k in item}
        if isinstance(item.get("deadline"), dict):
            item["deadline"] = _end(item["deadline"])
    return json.dumps(item, ensure_ascii=False, default=str)[:200]


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--shared")
    ap.add_argument("--sets", help="comma-separated folder names (tuned = the labelled realdocs)")
    ap.add_argument("--form", choices=(*sorted(FORMS), "legacy"), default="flat", help="the form compared with the clean text")
    ap.add_argument("--gold", action="store_true", help="only what the gold decides (legacy: right on clean, wrong on legacy)")
    ap.add_argument("--cached", action="store_true", help="legacy: skip documents whose OCR is not cached")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    sh = shared_dir(a.shared)
    docs = [x for x in stems(sh, tuple(a.sets.split(",")) if a.sets else None) if not a.only or x[1] in a.only]
    if a.form == "legacy" and a.cached:
        docs = [x for x in docs if is_cached(x[1])]
    names = ("blank-only", f"{a.form}-only") if a.form in FORMS else ("lost", "invented")
    per_kind = collections.Counter()
    docs_kind = collections.Counter()
    differing = 0
    for name, stem in docs:
        clean = plain_text(sh, stem)
        other = FORMS[a.form](clean) if a.form in FORMS else legacy_form(sh, stem)
        if a.gold:
            d = gold_diff(gold_of(sh, stem), extraction_to_json(extract(clean)), extraction_to_json(extract(other)))
        else:
            said: dict = {}
            d = diff(clean, other, said)
        n = sum(len(x) + len(y) for x, y in d.values())
        if n:
            differing += 1
        raw = ocr_text(sh, stem) if a.form == "legacy" and a.verbose else ""
        for k, (x, y) in d.items():
            per_kind[k] += len(x) + len(y)
            docs_kind[k] += bool(x or y)
            if not a.verbose:
                continue
            if a.gold and k == "metadata":
                for (field, want), (_, was) in zip(x, y):
                    print(f"  {stem} metadata {field}: {json.dumps(want, ensure_ascii=False)[:120]} → "
                          f"{json.dumps(was, ensure_ascii=False)[:120]}")
                continue
            for label, items, src in ((names[0], x, clean), (names[1], y, other)):
                for f in items:
                    print(f"  {stem} {k} {label}: {_brief(k, f) if a.gold else json.dumps(f, ensure_ascii=False)[:200]}")
                    sent = _sentence(k, f) or ("" if a.gold else said.get(f, ""))
                    if a.form == "legacy" and sent:
                        print(f"      said: {' '.join(sent.split())[:160]}")
                        print(f"      legacy: {aligned(sent, other)}")
                        print(f"      ocr:    {aligned(sent, raw)}")
    print(f"documents: {len(docs)}, differing: {differing}")
    print(f"{'kind':<12}{'docs':>6}{'facts':>7}")
    for k in ("metadata", "citations", "deadlines", "targets", "obligations"):
        print(f"{k:<12}{docs_kind[k]:>6}{per_kind[k]:>7}")
    print(f"{'all':<12}{differing:>6}{sum(per_kind.values()):>7}")


if __name__ == "__main__":
    main()

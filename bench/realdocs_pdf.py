"""F1 of the labelled real documents printed to text PDFs by real tools, beside their clean text.

Why: an office forwards a plan as a text PDF far more often than as a .txt, and what vanban reads of a text PDF —
the words pdfplumber finds, their columns, a ruled or borderless task table, the Nơi nhận beside the signature — is
not what the clean form measures. Each labelled document (``realdocs/labeled``, and with ``--labels`` the tune /
spent folders) is laid out as its printed page (:mod:`md_html`) and printed by a real tool:

* ``chromium``: headless Chromium's ``--print-to-pdf`` of the page (a browser's "Print to PDF");
* ``office``: the page opened by LibreOffice Writer, saved as DOCX, then exported to PDF (the DOCX an office keeps
  and prints; LibreOffice headless, private profile).

The PDF goes through vanban's own pipeline (``vanban.ingest.load``, the conveyor's page and document stages,
``planned=False`` as the other forms) and is scored with :mod:`realdocs_eval`'s rules. PDFs are cached under
``bench/.cache/realdocs-pdf/`` by the sha1 of their HTML (a changed layout is printed again).

``python bench/realdocs_pdf.py [--labels DIR ...] [--forms clean,chromium,office] [-v] [--only STEM ...]``;
``-v`` prints the misses of a PDF form that the clean form of the same document does not have (tuning sets only:
held-out documents show aggregates alone, as in realdocs_eval).
"""

from __future__ import annotations

import hashlib
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))
CACHE = pathlib.Path(os.environ.get("REALDOCS_PDF_CACHE", ROOT / "bench" / ".cache" / "realdocs-pdf"))

from md_html import to_html  # noqa: E402
from realdocs_eval import HELD_OUT, TUNING_SETS, _brief, _past_in_gold, META_KEYS, ALL_FIELDS, print_sets_by_form  # noqa: E402
from realdocs_match import FIELDS, prf  # noqa: E402
from realdocs_ocr import doc_path, plain_text, shared_dir  # noqa: E402
from realdocs_scan import _atomic_write  # noqa: E402  (the PDF cache is shared by runs, as the scan cache is)
from extract import metadata_misses  # noqa: E402

PDF_FORMS = ("chromium", "office")


def chromium_pdf(html_file: pathlib.Path, out: pathlib.Path) -> None:
    """``html_file`` printed by headless Chromium (no header or footer lines)."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not exe:
        raise SystemExit("chromium not found")
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}",
                        "--no-pdf-header-footer", "--print-to-pdf-no-header", f"--print-to-pdf={out}",
                        html_file.as_uri()], check=True, capture_output=True, timeout=120)


def office_pdf(html_file: pathlib.Path, out: pathlib.Path) -> None:
    """``html_file`` saved as DOCX by LibreOffice Writer, then that DOCX exported to PDF."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise SystemExit("soffice not found")
    tmp = html_file.parent
    prof = (tmp / "lo-profile").as_uri()
    base = [exe, f"-env:UserInstallation={prof}", "--headless", "--convert-to"]
    subprocess.run(base + ['docx:MS Word 2007 XML', "--outdir", str(tmp / "docx"), str(html_file)],
                   check=True, capture_output=True, timeout=180)
    docx = tmp / "docx" / (html_file.stem + ".docx")
    subprocess.run(base + ["pdf", "--outdir", str(tmp / "pdf"), str(docx)], check=True, capture_output=True,
                   timeout=180)
    shutil.copyfile(tmp / "pdf" / (html_file.stem + ".pdf"), out)


def pdf_file(shared: pathlib.Path, stem: str, form: str) -> pathlib.Path:
    """The text PDF of one document printed by ``form`` (cached by the sha1 of its HTML)."""
    page = to_html(doc_path(shared, stem).read_text(encoding="utf-8"))
    sha = hashlib.sha1(page.encode("utf-8")).hexdigest()[:12]
    pdf = CACHE / f"{stem}.{form}.{sha}.pdf"
    if pdf.exists():
        return pdf
    with tempfile.TemporaryDirectory() as tmp:
        src = pathlib.Path(tmp) / "doc.html"
        src.write_text(page, encoding="utf-8")
        out = pathlib.Path(tmp) / "out.pdf"
        (chromium_pdf if form == "chromium" else office_pdf)(src, out)
        _atomic_write(pdf, out.read_bytes())
    return pdf


def pdf_document(shared: pathlib.Path, stem: str, form: str):
    """The Document vanban makes of the printed PDF (its text layer: no OCR)."""
    from vanban.conveyor import extract_document, process_page  # noqa: PLC0415
    from vanban.ingest import load  # noqa: PLC0415
    from vanban.models import Limits  # noqa: PLC0415

    source = load(pdf_file(shared, stem, form))
    pages = tuple(process_page(p, Limits()) for p in source.pages)
    return extract_document(source, pages, planned=False)


def run(shared=None, forms=("clean", "chromium"), only=None, extra=()):
    """({(set, form): {field: [tp, got, gold]}}, {(stem, form): (set, metadata misses, {field: (missed, extra)})})."""
    from vanban.extract import extract  # noqa: PLC0415
    from vanban.extract.report import extraction_to_json  # noqa: PLC0415

    sh = shared_dir(shared)
    totals, per = {}, {}
    fresh = [p for d in extra for p in sorted(pathlib.Path(d).glob("*.labels.json"))]
    for gp in sorted((sh / "realdocs" / "labeled").glob("*.labels.json")) + fresh:
        stem = gp.name[: -len(".labels.json")]
        if only and stem not in only:
            continue
        gold = json.loads(gp.read_text(encoding="utf-8"))
        if "deadlines" in gold:
            gold = {**gold, "deadlines": [g for g in gold["deadlines"] if not _past_in_gold(g, gold.get("date"))]}
        group = gp.parent.name if gp in fresh else "held-out" if stem in HELD_OUT else "tuned"
        for form in forms:
            if form == "clean":
                got = extraction_to_json(extract(plain_text(sh, stem)))
            else:
                got = extraction_to_json(pdf_document(sh, stem, form).extraction)
            got["deadlines"] = [d for d in got["deadlines"] if not d.get("past")]
            t = totals.setdefault((group, form), {f: [0, 0, 0] for f in ALL_FIELDS})
            keys = [k for k in META_KEYS if k in gold]
            miss = sorted(set(metadata_misses(gold, got)) & set(keys))
            t["metadata"][0] += len(keys) - len(miss)
            t["metadata"][1] += len(keys)
            t["metadata"][2] += len(keys)
            facts = {}
            for field in FIELDS:
                if field not in gold:
                    continue
                tp, ng, nd, missed, xtra = prf(field, gold[field], got[field])
                for i, v in enumerate((tp, ng, nd)):
                    t[field][i] += v
                facts[field] = ([_brief(field, g) for g in missed], [_brief(field, x) for x in xtra])
            meta = [f"{k} {gold.get(k)!r} ≠ {got.get(k)!r}"[:160] for k in miss]
            per[(stem, form)] = (group, meta, facts)
    return totals, per


def report(totals, per, forms, verbose=False) -> None:
    if verbose:
        for (stem, form), (group, meta, facts) in per.items():
            if form == "clean" or group not in TUNING_SETS:
                continue
            clean = per.get((stem, "clean"), (group, [], {}))
            for m in meta:
                if m not in clean[1]:
                    print(f"  META {stem} {form}: {m}")
            for field, (missed, xtra) in facts.items():
                cm, cx = clean[2].get(field, ([], []))
                for g in missed:
                    if g not in cm:
                        print(f"  MISS {stem} {form} {field}: {g}")
                for x in xtra:
                    if x not in cx:
                        print(f"  XTRA {stem} {form} {field}: {x}")
    print_sets_by_form(totals, forms, width=40)
    print("(clean: the plain text; chromium: headless Chromium's print to PDF; office: LibreOffice DOCX → PDF)")


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--shared")
    ap.add_argument("--forms", default="clean,chromium,office", help="clean, chromium, office (comma-separated)")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--labels", action="append", default=[], help="further gold folder scored as a set (tune, spent)")
    a = ap.parse_args()
    fs = tuple(a.forms.split(","))
    report(*run(a.shared, fs, a.only, tuple(a.labels)), fs, a.verbose)

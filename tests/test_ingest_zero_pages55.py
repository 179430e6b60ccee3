"""A PDF with no pages is refused with vanban's one line alone (ux55; session 54's newcomer saw another tool's
stderr — "Syntax Error: Invalid page count 0", poppler's words — before vanban's refusal). The PDF is written by pypdf
with an empty page tree (/Count 0), as a broken export leaves it; the refusal names the file and the cause, the row
in ingest_errors stays. (Not reproduced in session 55 with pypdf-made, hand-written or broken-xref zero-page PDFs:
vanban reads PDFs with pypdf, pdfplumber and PDFium, never poppler; this test keeps stderr to vanban's own lines.)"""

from __future__ import annotations

from cli_helpers import run_cli, table


def test_zero_page_pdf_refused_in_one_line(tmp_path):
    import pypdf

    pdf, db = tmp_path / "trống.pdf", tmp_path / "archive.db"
    writer = pypdf.PdfWriter()
    with open(pdf, "wb") as fh:
        writer.write(fh)
    r = run_cli("ingest", str(pdf), "--db", str(db))
    assert r.returncode == 1
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(lines) == 2, r.stderr  # the refusal and the run's summary, nothing else
    assert lines[0].startswith("vanban: ") and "trống.pdf" in lines[0] and "no pages" in lines[0], lines[0]
    assert lines[1].startswith("0 stored") and "1 failed" in lines[1], lines[1]
    rows = table(db, "select path, error from ingest_errors")
    assert len(rows) == 1 and "no pages" in rows[0][1]

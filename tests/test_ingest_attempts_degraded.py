"""What the archive tells of a file refused again and of a scan whose header OCR lost.

Found by the session-43 newcomer: (1) a second ``vanban ingest`` of the same bad files left ``ingest_errors`` as it
was — one row a path, as session 34 wanted, but nothing said the files had been tried again; the row now counts its
attempts (``attempts``, ``first_time`` beside ``time``, the latest) and the one line says "refused 2 times, first at
…". (2) A degraded scan whose date and issuer OCR lost was stored with them blank and no warning; now a warning line
at ingest, a note of ``vanban extract`` and the document page's "Cần kiểm tra" (``documents.warnings``) say it
(``conveyor.header_lost``). The scan below is a plan as a faded header's OCR would give it, written for this test.
"""

from __future__ import annotations

import asyncio
import hashlib
import sqlite3

from click.testing import CliRunner

from vanban.archive import Archive
from vanban.cli import cli
from vanban.conveyor import extract_document, header_lost
from vanban.models import Page, PageSource, SourceDocument

#: the header's left cell and its place-date line lost to a fold of the paper: the number, type and body survive
FADED = """Số: 27/KH-UBND

KẾ HOẠCH
Tổ chức tổng vệ sinh môi trường đón Tết Nguyên đán năm 2028

I. MỤC ĐÍCH, YÊU CẦU

Huy động toàn dân tham gia làm sạch đường làng, ngõ xóm trước Tết.

II. NHIỆM VỤ

1. Công an xã bảo đảm trật tự trong các ngày ra quân.

2. Đoàn Thanh niên xã tổ chức ra quân tổng vệ sinh trước ngày 20/01/2028.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn Hòa
"""


def _scan(path: str, text: str, confidence: float = 78.0):
    blob = text.encode("utf-8")
    source = SourceDocument(path=path, sha256=hashlib.sha256(blob).hexdigest(), kind="image", size=len(blob),
                            pages=(PageSource(number=1, method="image-ocr"),))
    return extract_document(source, (Page(number=1, method="image-ocr", raw_text=text, text=text,
                                          confidence=confidence),))


def test_a_scan_whose_date_and_issuer_ocr_lost_is_noted_and_shown(tmp_path):
    doc = _scan(str(tmp_path / "kh27.png"), FADED)
    assert doc.extraction.metadata.date is None
    notes = [n for n in doc.extraction.notes if n.startswith("OCR did not read")]
    assert notes and "date" in notes[0] and "issuer" in notes[0], doc.extraction.notes
    # the batch's warning line asks the same rule again from the stored pages and extraction (no note-wording match)
    assert header_lost(doc.pages, doc.extraction) == notes[0]
    db = tmp_path / "archive.db"
    with Archive(db) as a:
        doc_id = a.store(doc)
    warnings = sqlite3.connect(db).execute("SELECT warnings FROM documents WHERE id = ?", [doc_id]).fetchone()[0]
    assert "OCR did not read the date" in warnings
    from vanban.web.server import datasette_app

    page = asyncio.run(datasette_app(db).client.get(f"/archive/documents/{doc_id}")).text
    # the page says the note in Vietnamese (web/warning_words.tsv, session 45)
    assert "Cần kiểm tra" in page and "không đọc được ngày" in page


def test_a_typed_text_or_a_whole_header_needs_no_such_note(tmp_path):
    whole = "ỦY BAN NHÂN DÂN\nXÃ TIÊN PHONG\n\nTiên Phong, ngày 05 tháng 01 năm 2028\n\n" + FADED
    assert not [n for n in _scan(str(tmp_path / "a.png"), whole).extraction.notes if n.startswith("OCR did not")]
    (tmp_path / "kh27.txt").write_text(FADED, encoding="utf-8")
    from vanban.conveyor import process_file

    typed = process_file(tmp_path / "kh27.txt", jobs=1)
    assert not [n for n in typed.extraction.notes if n.startswith("OCR did not")]  # a text: no scan to look at


def test_a_file_refused_again_is_counted_and_said(tmp_path):
    (tmp_path / "rong.txt").write_bytes(b"")
    (tmp_path / "hong.pdf").write_bytes(b"junk\x00\x01 no pdf")
    db = tmp_path / "archive.db"
    run = lambda: CliRunner().invoke(cli, ["ingest", str(tmp_path / "rong.txt"), str(tmp_path / "hong.pdf"),  # noqa
                                           "--db", str(db), "-j", "1"])
    first = run()
    assert "times, first at" not in first.output, first.output
    second = run()
    assert second.output.count("refused 2 times, first at") == 2, second.output
    rows = sqlite3.connect(db).execute("SELECT path, attempts, first_time, time FROM ingest_errors").fetchall()
    assert len(rows) == 2 and all(r[1] == 2 and r[2] <= r[3] for r in rows), rows

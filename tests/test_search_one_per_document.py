"""One document stored as several files shows once in search, its other files named beside it.

The document is the real Thông báo 637/TB-VPCP of Văn phòng Chính phủ, 24/11/2025
(``../shared/realdocs/docs/637-TB-VPCP.md``), in the forms the session-50 newcomer made of it and an office holds:
a copy-paste .txt, the Word file, a text PDF (``tests/fixtures/copies51/``, copied from the newcomer's
``/tmp/nc50/real/in/``), and its scan as OCR reads it (the copy's own text stored as a scan PDF's OCR, confidence 88).
The newcomer saw it four times in the results with nothing saying they were one document.

Not one document: the same number from another issuer (the real Chỉ thị 09/CT-UBND of UBND thành phố Cần Thơ,
18/11/2025, as its .txt, and the same Chỉ thị with the header of UBND tỉnh An Giang: one number every UBND may give),
the same number and day of another year, and two files whose date of issue is not written (no date: never grouped). Real archive (SQLite),
real extraction, Datasette's test client.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3

import pytest
from conftest import ROOT
from site_client import get, get_json

from vanban.archive import Archive, format_hits, search
from vanban.conveyor import extract_document, process_file
from vanban.models import Page, PageSource, SourceDocument
from vanban.web.server import datasette_app

FIXTURES = ROOT / "tests/fixtures/copies51"
COPY = FIXTURES / "637-TB-VPCP_copy.txt"
CHI_THI = FIXTURES / "09-CT-UBND_copy.txt"
HEADER_ISSUER = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ"
DATE_LINE = "Hà Nội, ngày 24\ntháng 11 năm 2025"


def scan_form(path: str, text: str, confidence: float):
    """The document as OCR read its scan (``path``, a PDF without a text layer): one page of ``text``."""
    blob = ("scan\n" + text).encode("utf-8")  # another file than the copy-paste of the same text
    source = SourceDocument(path=path, sha256=hashlib.sha256(blob).hexdigest(), kind="pdf", size=len(blob),
                            pages=(PageSource(number=1, method="pdf-ocr"),))
    return extract_document(source, (Page(number=1, method="pdf-ocr", raw_text=text, text=text, confidence=confidence),))


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("copies51")
    text = COPY.read_text(encoding="utf-8")
    chi_thi = CHI_THI.read_text(encoding="utf-8")
    assert HEADER_ISSUER in chi_thi and DATE_LINE in text
    variants = {
        "09-CT-UBND_copy.txt": chi_thi,
        "09_an_giang.txt": chi_thi.replace(HEADER_ISSUER, "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG").replace(
            "Cần Thơ, ngày 18", "An Giang, ngày 18"),  # same number and date, another issuer
        "637_nam_2024.txt": text.replace(DATE_LINE, "Hà Nội, ngày 24\ntháng 11 năm 2024"),  # same number, another year
        "637_khong_ngay_a.txt": text.replace(DATE_LINE, "Hà Nội,"),  # no date of issue written
        "637_khong_ngay_b.txt": text.replace(DATE_LINE, "Hà Nội,") + "\n",
    }
    db = folder / "archive.db"
    ids = {}
    with Archive(db) as a:
        ids["scan"] = a.store(scan_form(str(folder / "637-TB-VPCP_scan.pdf"), text, 88.0))  # stored first
        for name in ("637-TB-VPCP_text.pdf", "637-TB-VPCP_word.docx", "637-TB-VPCP_copy.txt"):
            shutil.copy(FIXTURES / name, folder / name)
            ids[name.split("_")[1].split(".")[0]] = a.store(process_file(folder / name, jobs=1))
        for name, body in variants.items():
            (folder / name).write_text(body, encoding="utf-8")
            ids[name] = a.store(process_file(folder / name, jobs=1))
    return db, ids


def facts(db, id_):
    with sqlite3.connect(db) as conn:
        return conn.execute("select number, date, issuer from documents where id = ?", [id_]).fetchone()


def test_the_forms_read_as_the_document_says(archive):
    db, ids = archive
    for form in ("scan", "text", "word", "copy"):
        number, date, issuer = facts(db, ids[form])
        assert number == "637/TB-VPCP" and date == "2025-11-24" and issuer.casefold() == "văn phòng chính phủ"
    assert facts(db, ids["09-CT-UBND_copy.txt"]) == ("09/CT-UBND", "2025-11-18", "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ")
    assert facts(db, ids["09_an_giang.txt"]) == ("09/CT-UBND", "2025-11-18", "ỦY BAN NHÂN DÂN TỈNH AN GIANG")
    assert facts(db, ids["637_nam_2024.txt"])[1] == "2024-11-24"


def test_the_archive_names_each_files_group_and_keeps_every_row(archive):
    db, ids = archive
    with sqlite3.connect(db) as conn:
        same_as = dict(conn.execute("select document_id, same_as from document_copies"))
        rows = conn.execute("select count(*) from documents").fetchone()[0]
    assert rows == len(ids)  # nothing merged, nothing dropped
    group = {ids[f] for f in ("scan", "text", "word", "copy")}
    assert {same_as[i] for i in group} == {ids["scan"]}  # the first ingested file names the group
    for other in ("09-CT-UBND_copy.txt", "09_an_giang.txt", "637_nam_2024.txt", "637_khong_ngay_a.txt",
                  "637_khong_ngay_b.txt"):
        assert same_as[ids[other]] == ids[other], other  # its own group: no other file is this document


def test_search_lists_the_document_once_best_read_file_first(archive):
    db, ids = archive
    hits = search(db, "Bệnh viện Bạch Mai Ninh Bình")
    found = [h.id for h in hits]
    assert len(found) == len(set(found))
    ours = [h for h in hits if h.id in {ids[f] for f in ("scan", "text", "word", "copy")}]
    assert len(ours) == 1
    hit = ours[0]
    assert hit.id != ids["scan"]  # a text layer before the scan, though the scan was stored first
    also = {f.id for f in hit.also}
    assert also == {ids[f] for f in ("scan", "text", "word", "copy")} - {hit.id}
    assert hit.also[-1].id == ids["scan"]  # the scan, read by OCR, named last
    # the other year's 637 and the undated files stand as results of their own
    for other in ("637_nam_2024.txt", "637_khong_ngay_a.txt", "637_khong_ngay_b.txt"):
        assert ids[other] in found, other
    text = format_hits(hits)
    assert text.count("cũng lưu dưới dạng: ") == 1
    assert "637-TB-VPCP_scan.pdf (pdf) [#%d]" % ids["scan"] in text


def test_a_named_number_lists_the_document_once(archive):
    db, ids = archive
    hits = search(db, "637/TB-VPCP")
    group = {ids[f] for f in ("scan", "text", "word", "copy")}
    assert sum(h.id in group for h in hits) == 1 and hits[0].id in group - {ids["scan"]}
    assert len(hits) == 1 + 3  # the other year's, the two undated
    chi_thi = search(db, "09/CT-UBND")  # one number, two issuers: two documents
    assert sorted(h.id for h in chi_thi) == sorted([ids["09-CT-UBND_copy.txt"], ids["09_an_giang.txt"]])
    assert all(not h.also for h in chi_thi)


def test_the_search_page_lists_it_once_with_links_to_the_other_files(archive):
    db, ids = archive
    ds = datasette_app(db)
    rows = get_json(ds, "/archive/tim_kiem.json?_shape=array&q=" + "benh+vien+bach+mai+ninh+binh")
    hits = search(db, "benh vien bach mai ninh binh")  # the same results (the two undated files tie: any order)
    assert sorted(r["id"] for r in rows) == sorted(h.id for h in hits)
    assert [r["id"] for r in rows].index(ids["text"]) == [h.id for h in hits].index(ids["text"])
    ours = [r for r in rows if r["id"] in {ids[f] for f in ("scan", "text", "word", "copy")}]
    assert len(ours) == 1 and ours[0]["id"] != ids["scan"]
    assert ours[0]["cung_luu"].endswith(f"637-TB-VPCP_scan.pdf (pdf) #{ids['scan']}")
    page = get(ds, "/archive/tim_kiem?q=benh+vien+bach+mai+ninh+binh").text
    assert "Cũng lưu dưới dạng" in page
    assert f'<a href="/archive/documents/{ids["scan"]}">637-TB-VPCP_scan.pdf (pdf)</a>' in page


def test_the_document_page_names_the_other_files_of_the_document(archive):
    db, ids = archive
    page = get(datasette_app(db), f"/archive/documents/{ids['word']}").text
    cell = re.search(r"<th>Các tệp khác của văn bản này</th><td>(.*?)</td>", page, re.S).group(1)
    for form in ("scan", "text", "copy"):
        assert f"/archive/documents/{ids[form]}" in cell, form
    assert f"/archive/documents/{ids['637_nam_2024.txt']}\"" not in cell
    chi_thi = get(datasette_app(db), f"/archive/documents/{ids['09_an_giang.txt']}").text
    assert "Các tệp khác của văn bản này" not in chi_thi
    undated = get(datasette_app(db), f"/archive/documents/{ids['637_khong_ngay_a.txt']}").text
    assert "Các tệp khác của văn bản này" not in undated

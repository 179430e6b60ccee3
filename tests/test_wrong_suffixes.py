"""A file under another kind's suffix: read by its content where vanban reads that content under such a name (a
Word-like name over any document LibreOffice opens, or over plain text), else refused in one line that says what the
file really is — never only what it is not ("not a PDF: content does not start like one").

Found by the session-31 newcomer ("wrong suffixes refused where the kind is known"). Checked today, kept: a PDF or a
picture under a Word name and a Word file under a .pdf / picture name are refused, naming their content (a newcomer of
session 18 asked for it: a .pdf must hold a PDF in every archive). Added: plain text under .docx is read as under
.doc; an OpenDocument text under .docx or .doc is read as under .odt; plain text, a saved web page (HTML) under .pdf
or a picture's name, and an Excel or PowerPoint package under a Word name are named.

Session 49 (scan49; session 48's newcomer: a PDF named .docx read and said, a DOCX named .doc read silently, a PDF
named .doc refused): one rule — the bytes decide; a document vanban reads is read as such under any name, in one line
that says so (tests/test_one_rule_of_names.py); a web page under a PDF or picture name, another Office package and
unknown binary data are refused in one line.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import zipfile
from pathlib import Path

import pytest

from fixtures.render import plan_text, render_docx
from vanban.conveyor import ingest
from vanban.ingest import load
from vanban.models import InputError
from vanban.web.refusals import in_vietnamese

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PDF = SAMPLES / "05-QD-UBND_to_cong_tac_de_an_06_text.pdf"
PNG = SAMPLES / "126-CV-DU_bao_cao_dan_van_kheo_scan.png"
PLAN = "nq_chi_bo_thon_dong_tam_2026.txt"
NOTICE = ("ỦY BAN NHÂN DÂN XÃ TÂN HIỆP\nSố: 19/TB-UBND\n\nTHÔNG BÁO\nLịch tiếp công dân tháng 7 năm 2027\n\n"
          "Chủ tịch Ủy ban nhân dân xã tiếp công dân vào ngày 10 và ngày 25 hằng tháng tại trụ sở.\n")
WEB_PAGE = "<!DOCTYPE html>\n<html><head><title>Lỗi 404</title></head><body>Không tìm thấy văn bản</body></html>\n"


def _named(tmp_path: Path, data: bytes, name: str) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def _package(tmp_path: Path, part: str, name: str) -> Path:
    p = tmp_path / name
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(part, "<x/>")
    return p


@pytest.mark.parametrize("data, name, line", [
    (WEB_PAGE.encode(), "nghi_quyet.pdf", "content is an HTML page, not a PDF as the .pdf suffix says"),
    (b"\xef\xbb\xbf  " + WEB_PAGE.encode(), "anh_chup.jpg",
     "content is an HTML page, not a PNG/JPEG/TIFF image as the .jpg suffix says"),
    (b"\x7fELF\x02\x01\x01" + b"\0" * 500, "quyet_dinh.txt", "binary content in a .txt file (an ELF executable)"),
])
def test_a_known_content_under_another_name_is_refused_naming_it(tmp_path, data, name, line):
    with pytest.raises(InputError) as caught:
        load(_named(tmp_path, data, name))
    assert str(caught.value) == line
    assert not in_vietnamese(line).startswith("không đọc được tệp")  # the upload page words it in Vietnamese


@pytest.mark.parametrize("part, name, line", [
    ("xl/workbook.xml", "bang_tong_hop.docx", "content is an Excel workbook (XLSX), not a DOCX document as the .docx suffix says"),
    ("ppt/presentation.xml", "bao_cao.doc",
     "content is a PowerPoint deck (PPTX), not a Word 97-2003 document as the .doc suffix says"),
])
def test_another_office_package_under_a_word_name_is_named(tmp_path, part, name, line):
    with pytest.raises(InputError) as caught:
        load(_package(tmp_path, part, name))
    assert str(caught.value) == line
    assert in_vietnamese(line).startswith("nội dung là bảng tính Excel") or "PowerPoint" in in_vietnamese(line)


def test_plain_text_under_a_docx_name_is_read_as_under_doc(tmp_path):
    doc = load(_named(tmp_path, NOTICE.encode(), "thong_bao.docx"))
    assert doc.kind == "txt" and doc.note == "holds plain text, not a DOCX document: read as text"
    assert "Lịch tiếp công dân tháng 7 năm 2027" in doc.pages[0].text
    with pytest.raises(InputError, match=r"^holds only 2 words of plain text \('không phải'\), not a DOCX document"):
        load(_named(tmp_path, "không phải".encode(), "rong.docx"))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice missing (make deps)")
def test_an_opendocument_text_under_a_word_name_is_read_and_stored(tmp_path):
    src = render_docx(plan_text(PLAN), tmp_path / "nghi_quyet.docx")
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless", "--convert-to",
                    "odt", "--outdir", str(tmp_path / "odt"), str(src)], check=True, capture_output=True, timeout=180)
    odt = (tmp_path / "odt" / "nghi_quyet.odt").read_bytes()
    expected = load(src).pages[0].text
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("as_docx.docx", "as_doc.doc"):
        (folder / name).write_bytes(odt)
    notes = {}
    for name, words in (("as_docx.docx", "a DOCX document"), ("as_doc.doc", "a Word 97-2003 document")):
        doc = load(folder / name)
        assert doc.kind == "odt" and doc.pages[0].text == expected
        assert doc.note == (f"holds an OpenDocument text, not {words} as its {Path(name).suffix} name says: read as such "
                            "(rename it .odt)")
        notes[name] = doc.note
    db = tmp_path / "a.db"
    report = ingest([folder], db, jobs=1, progress=False)
    assert (report.stored, report.skipped, report.failed) == (1, 1, 0)  # one content, its copy under the other name
    with sqlite3.connect(db) as conn:
        assert conn.execute("select kind from documents").fetchall() == [("odt",)]

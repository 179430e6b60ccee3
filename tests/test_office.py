"""Word 97-2003 .doc, .rtf and .odt through LibreOffice headless.

The inputs are made by LibreOffice itself from DOCX files whose text is
known (a plan in Unicode fonts, and the same plan typed in .VnTime/VNI
fonts), so the expected text is the DOCX reader's text of the original.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cli_helpers import run_cli
from fixtures.legacy_docx import render_legacy_docx
from fixtures.render import plan_text, render_docx
from vanban.ingest import load
from vanban.models import InputError

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice missing (make deps)")

PLAN = "nq_chi_bo_thon_dong_tam_2026.txt"
ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def save_as(docx_path: Path, fmt: str, out_dir: Path) -> Path:
    """``docx_path`` saved by LibreOffice as ``fmt`` (doc, rtf, odt)."""
    import docx

    d = docx.Document(str(docx_path))
    d.add_paragraph("")  # Word always ends a document with a paragraph after a table
    d.save(str(docx_path))
    subprocess.run(["soffice", f"-env:UserInstallation={(out_dir / 'lo-profile').as_uri()}", "--headless",
                    "--convert-to", fmt, "--outdir", str(out_dir), str(docx_path)],
                   check=True, capture_output=True, timeout=180)
    return out_dir / f"{docx_path.stem}.{fmt}"


@pytest.mark.parametrize("fmt", ["doc", "rtf", "odt"])
def test_office_formats_read_like_the_docx_they_came_from(fmt: str, tmp_path: Path) -> None:
    text = plan_text(PLAN)
    expected = load(render_docx(text, tmp_path / "unicode.docx")).pages[0].text
    made = save_as(render_docx(text, tmp_path / "plan.docx"), fmt, tmp_path)
    doc = load(made)
    assert doc.kind == fmt and [p.method for p in doc.pages] == ["docx"]
    assert doc.pages[0].text == expected


def test_doc_typed_in_legacy_fonts(tmp_path: Path) -> None:
    text = plan_text(PLAN)
    expected = load(render_docx(text, tmp_path / "unicode.docx")).pages[0].text
    made = save_as(render_legacy_docx(text, tmp_path / "legacy.docx"), "doc", tmp_path)
    doc = load(made)
    assert doc.kind == "doc" and doc.encoding == "tcvn3+vni fonts"
    assert doc.pages[0].text == expected


def test_a_docx_saved_under_a_doc_name_is_read_directly(tmp_path: Path) -> None:
    src = render_docx(plan_text(PLAN), tmp_path / "plan.docx")
    renamed = tmp_path / "plan.doc"
    renamed.write_bytes(src.read_bytes())
    doc = load(renamed)
    assert doc.kind == "docx" and doc.pages[0].text == load(src).pages[0].text


def test_a_doc_that_cannot_be_converted_is_one_line_and_an_ingest_error(tmp_path: Path) -> None:
    from vanban.conveyor import ingest

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "broken.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 20)
    (folder / "random.odt").write_bytes(random.Random(3).randbytes(4096))
    (folder / "text.doc").write_text("Đảng ủy xã Hòa Bình báo cáo kết quả", encoding="utf-8")  # read as text
    render_docx(plan_text(PLAN), folder / "good.docx")
    errors: list[tuple[str, str]] = []
    report = ingest([folder], tmp_path / "a.db", jobs=1, progress=False,
                    on_error=lambda p, m: errors.append((Path(p).name, m)))
    assert report.stored == 2 and report.failed == 2
    messages = dict(errors)
    assert "LibreOffice could not convert this .doc file" in messages["broken.doc"]
    assert "javaldx" not in messages["broken.doc"]  # LibreOffice's noise on a machine without Java
    assert messages["random.odt"] == ("content is unrecognised binary data, not an OpenDocument text "
                                      "as the .odt suffix says")
    assert all("\n" not in m and len(m) < 300 for m in messages.values())
    with sqlite3.connect(tmp_path / "a.db") as conn:
        rows = conn.execute("select path, error from ingest_errors").fetchall()
    assert sorted(Path(p).name for p, _ in rows) == ["broken.doc", "random.odt"]


def test_missing_libreoffice_is_an_input_error_naming_the_package(tmp_path: Path, monkeypatch) -> None:
    from vanban.ingest import office

    made = tmp_path / "x.doc"
    made.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    monkeypatch.setattr(office, "find_soffice", lambda: None)
    with pytest.raises(InputError, match="install it with: .*libreoffice-writer-nogui"):
        load(made)


def test_plain_text_named_doc_is_read_as_text_with_one_line_saying_so(tmp_path: Path) -> None:
    """A .txt renamed .doc (here the TCVN3 case file) is read as the text it is."""
    src = Path(__file__).resolve().parent / "fixtures" / "cases" / "01-tcvn3-txt"
    named = tmp_path / "ke_hoach.doc"
    named.write_bytes((src / "input.txt").read_bytes())
    proc = subprocess.run([sys.executable, "-m", "vanban.cli", "text", str(named), "--jobs", "1"],
                          capture_output=True, text=True, timeout=300, cwd=ROOT, env=ENV)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip() == f"vanban: {named}: holds plain text, not a Word 97-2003 document: read as text"
    doc = load(named)
    assert doc.kind == "txt" and doc.encoding == "tcvn3"
    expected = (src / "source_unicode.txt").read_text(encoding="utf-8").split()[:8]
    assert proc.stdout.split()[:8] == expected


def test_binary_junk_named_doc_says_what_it_is_not(tmp_path: Path) -> None:
    junk = tmp_path / "x.doc"
    junk.write_bytes(random.Random(5).randbytes(4096))
    with pytest.raises(InputError, match=r"^content is unrecognised binary data, not a Word 97-2003 document"):
        load(junk)


def test_docx_whose_xml_unpacks_too_large_is_one_line(tmp_path: Path) -> None:
    """A DOCX of 1 MB whose word/document.xml unpacks to 136 MB: refused from the
    archive's own sizes, in one line naming the part, before python-docx reads it."""
    import zipfile

    src = render_docx(plan_text(PLAN), tmp_path / "plan.docx")
    big = tmp_path / "big.docx"
    para = "<w:p><w:r><w:t>Đảng ủy xã Hòa Bình</w:t></w:r></w:p>".encode() * 20000
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename != "word/document.xml":
                zout.writestr(item, data)
                continue
            head, tail = data.split(b"<w:body>", 1)
            with zout.open(item.filename, "w", force_zip64=True) as fh:
                fh.write(head + b"<w:body>")
                for _ in range(136 * 2**20 // len(para)):
                    fh.write(para)
                fh.write(tail)
    proc = subprocess.run([sys.executable, "-m", "vanban.cli", "text", str(big), "--jobs", "1"],
                          capture_output=True, text=True, timeout=300, cwd=ROOT, env=ENV)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        f"vanban: {big}: document too large to read: word/document.xml unpacks to 135 MB (136 MB in all) > limit 128 MB"
    ]


def test_a_few_words_of_text_named_doc_are_an_ingest_error_not_a_document(tmp_path: Path) -> None:
    """Found by a newcomer: 9 bytes 'not a doc' under a .doc name were stored as a
    document with no metadata. LibreOffice opens it with its Text filter (it shows the
    three words), so only its length can tell: no document is three words. One line,
    one ingest_errors row; a document's worth of text under .doc is still stored."""
    folder, db = tmp_path / "in", tmp_path / "a.db"
    folder.mkdir()
    (folder / "fake.doc").write_bytes(b"not a doc")
    (folder / "to-trinh.doc").write_text("ỦY BAN NHÂN DÂN XÃ BÁT TRÀNG\nTỜ TRÌNH\nVề việc sửa chữa nhà văn hóa thôn 3\n",
                                         encoding="utf-8")
    proc = run_cli("ingest", str(folder), "--db", str(db), "--jobs", "1")
    named = folder / "fake.doc"
    assert f"vanban: {named}: holds only 3 words of plain text ('not a doc'), not a Word 97-2003 document: " \
           "not a document, nothing archived" in proc.stderr.splitlines()
    assert "1 stored" in proc.stderr and "1 failed" in proc.stderr, proc.stderr
    with sqlite3.connect(db) as conn:
        assert [Path(p).name for (p,) in conn.execute("select path from documents")] == ["to-trinh.doc"]
        assert [Path(p).name for (p,) in conn.execute("select path from ingest_errors")] == ["fake.doc"]
    again = run_cli("ingest", str(folder), "--db", str(db), "--jobs", "1")  # the same failure: one row
    assert again.returncode == proc.returncode
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from ingest_errors").fetchone() == (1,)

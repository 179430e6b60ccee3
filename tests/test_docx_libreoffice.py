"""A .docx saved by LibreOffice writes paragraph alignment as ``w:jc="start"``/``"end"``
(the ECMA-376 2010+ values), which python-docx's enum cannot map; a newcomer's
LibreOffice-saved plan ended with ``ValueError: WD_PARAGRAPH_ALIGNMENT has no XML
mapping for 'start'``. The input is made by LibreOffice itself: an HTML plan with
centred and right-aligned lines, saved as .odt and then as .docx.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from cli_helpers import run_cli, table
from vanban.ingest import load

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice missing (make deps)")

PLAN_HTML = """<html><head><meta charset="utf-8"></head><body>
<p style="text-align:center"><b>ỦY BAN NHÂN DÂN TỈNH BẮC NINH</b></p>
<p style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p>
<p style="text-align:center">Độc lập - Tự do - Hạnh phúc</p>
<p style="text-align:left">Số: 123/KH-UBND</p>
<p style="text-align:right"><i>Bắc Ninh, ngày 15 tháng 3 năm 2024</i></p>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Triển khai công tác chuyển đổi số năm 2024</b></p>
<p style="text-align:justify">Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;</p>
<p style="text-align:justify">Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:</p>
<p style="text-align:left"><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>
<p style="text-align:justify">1. Sở Thông tin và Truyền thông chủ trì, hoàn thành trước ngày 30 tháng 6 năm 2024.</p>
<p style="text-align:right"><b>TM. ỦY BAN NHÂN DÂN</b></p>
<p style="text-align:right"><b>CHỦ TỊCH</b></p>
<p style="text-align:right"><b>Nguyễn Văn A</b></p>
</body></html>
"""


def _soffice(src: Path, fmt: str, out: Path) -> Path:
    subprocess.run(["soffice", f"-env:UserInstallation={(out / 'lo-profile').as_uri()}", "--headless",
                    "--convert-to", fmt, "--outdir", str(out), str(src)],
                   check=True, capture_output=True, timeout=180)
    made = out / f"{src.stem}.{fmt}"
    assert made.exists(), f"LibreOffice made no {made.name}"
    return made


@pytest.fixture(scope="module")
def lo_docx(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("lo")
    html = out / "plan_src.html"
    html.write_text(PLAN_HTML, encoding="utf-8")
    docx_path = _soffice(_soffice(html, "odt", out), "docx", out)
    xml = zipfile.ZipFile(docx_path).read("word/document.xml").decode()
    # the kind under test: LibreOffice's start/end alignment values are really there
    assert 'w:jc w:val="start"' in xml and 'w:jc w:val="end"' in xml
    return docx_path


def test_libreoffice_docx_ingests_with_its_metadata(lo_docx: Path, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    r = run_cli("ingest", str(lo_docx), "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert "1 stored" in r.stderr + r.stdout
    [(number, type_, date, issuer, place, title, signer)] = table(
        db, "select number, type, date, issuer, place, title, signer_name from documents")
    assert number == "123/KH-UBND"
    assert type_ == "Kế hoạch" and date == "2024-03-15" and place == "Bắc Ninh"
    assert issuer == "ỦY BAN NHÂN DÂN TỈNH BẮC NINH"
    assert title == "Triển khai công tác chuyển đổi số năm 2024"
    assert signer == "Nguyễn Văn A"
    assert table(db, "select count(*) from ingest_errors") == [(0,)]


def test_start_and_end_alignment_read_as_left_and_right(lo_docx: Path) -> None:
    page = load(lo_docx).pages[0]
    geo = dict(zip(page.text.split("\n"), page.lines))
    number = geo["Số: 123/KH-UBND"]  # w:jc="start": left-aligned, starts at the left margin
    assert number.x0 is not None and number.x0 < 0.2 and number.x1 is not None
    place = geo["Bắc Ninh, ngày 15 tháng 3 năm 2024"]  # w:jc="end": right-aligned
    assert place.x0 is None and place.x1 is not None and place.x1 > 0.8
    motto = geo["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]  # centred
    assert motto.x0 is None and motto.x1 is None

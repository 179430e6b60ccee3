"""A body written flush left under a header table stays out of the header's left column.

A Công văn made in Word with a plain 2×2 header table (left-aligned cells: issuer, số and trích
yếu | motto, place and date), then "Kính gửi:" and its addressees flush left: in the PDF LibreOffice
exports, "Kính gửi:" and the first addressee line up with the left cell at line spacing, so the
left column swallowed them and the reader wrote "Kính gửi: / - Các phòng…" before the right
column; place and date were lost and the second addressee (wider than the cell) was dropped from
the recipients (issue #9 review, cv_b). The header's columns are its cells only; the body opens
at "Kính gửi". The same page scanned goes through Tesseract's word boxes and the same layout code.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from vanban.conveyor import process_file
from vanban.ingest import load
from vanban.ingest.layout import Word, words_to_lines

_LEFT = ["UBND TỈNH HÀ GIANG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 512/SKHCN-VP", "V/v báo cáo kết quả thực hiện",
         "chuyển đổi số năm 2026"]
_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Giang, ngày 14 tháng 5 năm 2026"]
_BODY = ["Kính gửi:", "- Các phòng chuyên môn thuộc Sở;", "- Trung tâm Thông tin và Thống kê khoa học."]


def _words(text: str, x0: float, top: float) -> list[Word]:
    out, x = [], x0
    for w in text.split():
        out.append(Word(x, x + 6.2 * len(w), top, top + 11, w))
        x += 6.2 * len(w) + 3.5
    return out


def test_kinh_gui_under_the_left_cell_opens_the_body():
    # boxes as pdfplumber gives them for the LibreOffice export (points, double line spacing below the header)
    rows = [(90, "UBND TỈNH HÀ GIANG", 71.4), (306, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", 71.4), (306, "VIỆT NAM", 86.2),
            (90, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", 96.2), (306, "Độc lập - Tự do - Hạnh phúc", 111.0),
            (90, "Số: 512/SKHCN-VP", 135.6), (306, "Hà Giang, ngày 14 tháng 5 năm", 135.6), (306, "2026", 150.3),
            (90, "V/v báo cáo kết quả thực hiện", 160.3), (90, "chuyển đổi số năm 2026", 185.0),
            (90, "Kính gửi:", 209.6), (90, "- Các phòng chuyên môn thuộc Sở;", 234.3),
            (90, "- Trung tâm Thông tin và Thống kê khoa học.", 259.0)]
    words = [w for x, t, top in rows for w in _words(t, x, top)]
    lines, _ = words_to_lines(words, 595.0)
    texts = [t for t, _ in lines]
    assert texts.index("2026") < texts.index("Kính gửi:")
    geo = dict(lines)
    assert [geo[t].column for t in _BODY] == [-1, -1, -1]
    assert geo["chuyển đổi số năm 2026"].column == 0 and geo["Hà Giang, ngày 14 tháng 5 năm"].column == 1


@pytest.fixture(scope="module")
def cv_pdf(tmp_path_factory) -> Path:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice missing (make deps)")
    from docx import Document

    out = tmp_path_factory.mktemp("cv")
    d = Document()
    t = d.add_table(rows=2, cols=2)
    for (r, c), lines in {(0, 0): _LEFT[:2], (0, 1): _RIGHT[:2], (1, 0): _LEFT[2:], (1, 1): _RIGHT[2:]}.items():
        cell = t.cell(r, c)
        cell.text = lines[0]
        for ln in lines[1:]:
            cell.add_paragraph(ln)
    for ln in _BODY + ["Thực hiện Công văn số 1450/UBND-KTTH ngày 08/5/2026 của UBND tỉnh Hà Giang về việc báo cáo "
                       "kết quả chuyển đổi số, Sở Khoa học và Công nghệ đề nghị các đơn vị báo cáo kết quả thực hiện "
                       "chuyển đổi số năm 2026, gửi về Văn phòng Sở trước ngày 25/5/2026."]:
        d.add_paragraph(ln)
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Nơi nhận:"
    for ln in ["- Như trên;", "- Giám đốc Sở (b/c);", "- Lưu: VT, VP."]:
        t.cell(0, 0).add_paragraph(ln)
    t.cell(0, 1).text = "TL. GIÁM ĐỐC"
    for ln in ["CHÁNH VĂN PHÒNG", "", "", "Hoàng Văn Minh"]:
        t.cell(0, 1).add_paragraph(ln)
    src = out / "cv_b.docx"
    d.save(src)
    subprocess.run(["soffice", f"-env:UserInstallation={(out / 'lo-profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out), str(src)], check=True, capture_output=True, timeout=180)
    return out / "cv_b.pdf"


def test_libreoffice_cong_van_keeps_place_date_and_addressees(cv_pdf: Path):
    text = "\n".join(p.text for p in load(cv_pdf).pages)
    assert text.index("Hà Giang, ngày 14") < text.index("Kính gửi:")
    ex = process_file(cv_pdf).extraction
    assert ex.metadata.place == "Hà Giang"
    assert str(ex.metadata.date) == "2026-05-14"
    recipients = list(ex.metadata.recipients)
    assert "Các phòng chuyên môn thuộc Sở" in recipients
    assert "Trung tâm Thông tin và Thống kê khoa học" in recipients

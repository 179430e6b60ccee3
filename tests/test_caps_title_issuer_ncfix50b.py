"""An all-caps title that ends with a cited document's issuer stops there (session 50, ncfix50b; issue #9).

The newcomer's 66/2025/NQ-HĐND (``../shared/realdocs/docs/66-2025-NQ-HDND.md``) as DOCX and as text PDF: no blank line
parts the title ("… TẠI NGHỊ QUYẾT SỐ 16/2023/NQ-HĐND NGÀY 06 THÁNG 12 NĂM 2023 CỦA HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI")
from the first "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;" — the .txt copy has one. The cited
Nghị quyết's issuer ran into the next paragraph ("… HÀ NỘI Căn cứ") and the Luật lost its type and name, because
(a) a line in capitals longer than 160 characters (a title on one DOCX paragraph) ended no sentence, and (b) the
issuer read on over a line break from capitals to sentence case. The kind: a title naming a document and its author
as its last words, in a DOCX paragraph or a PDF's wrapped lines, over a preamble in sentence case (a Nghị quyết's
Căn cứ, a Kế hoạch's "Thực hiện …" — the second form written for this test in a Kế hoạch's style).
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from vanban.extract import extract

_TITLE = ("VỀ VIỆC SỬA ĐỔI, BỔ SUNG QUY ĐỊNH VỀ PHÍ THAM QUAN DANH LAM THẮNG CẢNH, DI TÍCH LỊCH SỬ, CÔNG TRÌNH VĂN HÓA "
          "TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI TẠI NGHỊ QUYẾT SỐ 16/2023/NQ-HĐND NGÀY 06 THÁNG 12 NĂM 2023 CỦA HỘI ĐỒNG NHÂN "
          "DÂN THÀNH PHỐ HÀ NỘI")
_HEAD = ("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
         "Số: 66/2025/NQ-HĐND\nHà Nội, ngày 27 tháng 11 năm 2025\nNGHỊ QUYẾT\n")
_BASIS = ("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n"
          "Căn cứ Luật Phí và lệ phí số 97/2015/QH13;\n"
          "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI\nQUYẾT NGHỊ:\n"
          "Điều 1. Sửa đổi, bổ sung quy định về phí tham quan danh lam thắng cảnh, di tích lịch sử, công trình văn hóa "
          "trên địa bàn Thành phố (Chi tiết tại Phụ lục kèm theo).\n")


def _check(ex):
    by = {c.number: c for c in ex.citations}
    nq = by["16/2023/NQ-HĐND"]
    assert nq.issuer == "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI" and "Căn cứ" not in nq.text
    law = by["72/2025/QH15"]
    assert law.type == "Luật" and law.name == "Luật Tổ chức chính quyền địa phương"


def test_title_on_one_docx_paragraph():
    _check(extract(_HEAD + _TITLE + "\n" + _BASIS))


def test_title_wrapped_as_a_text_pdf():
    wrapped = ("VỀ VIỆC SỬA ĐỔI, BỔ SUNG QUY ĐỊNH VỀ PHÍ THAM QUAN DANH LAM THẮNG\n"
               "CẢNH, DI TÍCH LỊCH SỬ, CÔNG TRÌNH VĂN HÓA TRÊN ĐỊA BÀN THÀNH PHỐ HÀ\n"
               "NỘI TẠI NGHỊ QUYẾT SỐ 16/2023/NQ-HĐND NGÀY 06 THÁNG 12 NĂM 2023 CỦA HỘI\n"
               "ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI\n")
    _check(extract(_HEAD + wrapped + _BASIS))


def test_plan_title_over_its_thuc_hien_line():
    text = ("ĐẢNG BỘ TỈNH QUẢNG NGÃI\nHUYỆN ỦY SƠN HÀ\n*\nSố 45-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Sơn Hà, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\n"
            "THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024 CỦA BỘ CHÍNH TRỊ VỀ ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC, CÔNG "
            "NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ QUỐC GIA, KẾ HOẠCH SỐ 12-KH/TU NGÀY 14/02/2025 CỦA BAN THƯỜNG VỤ TỈNH ỦY\n"
            "Thực hiện Kế hoạch số 12-KH/TU ngày 14/02/2025 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy xây dựng "
            "kế hoạch thực hiện như sau:\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt sâu sắc nội dung Nghị quyết đến cán bộ, đảng viên.\n")
    by = {c.number: c for c in extract(text).citations}
    assert by["12-KH/TU"].issuer in ("BAN THƯỜNG VỤ TỈNH ỦY", "Ban Thường vụ Tỉnh ủy")
    assert by["57-NQ/TW"].issuer == "BỘ CHÍNH TRỊ"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice missing (make deps)")
def test_docx_made_by_libreoffice(tmp_path):
    from vanban.ingest import load
    paras = "".join(f"<p>{line}</p>" for line in (_TITLE + "\n" + _BASIS).splitlines())
    html = ('<html><head><meta charset="utf-8"></head><body><table><tr><td><p><b>HỘI ĐỒNG NHÂN DÂN</b></p>'
            "<p>THÀNH PHỐ HÀ NỘI</p></td><td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p>Độc lập - Tự do - Hạnh "
            "phúc</p></td></tr><tr><td><p>Số: 66/2025/NQ-HĐND</p></td><td><p>Hà Nội, ngày 27 tháng 11 năm 2025</p>"
            f"</td></tr></table><p><b>NGHỊ QUYẾT</b></p>{paras}</body></html>")
    (tmp_path / "nq.html").write_text(html, encoding="utf-8")
    subprocess.run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmp_path),
                    str(tmp_path / "nq.html")], check=True, capture_output=True, timeout=180)
    src = load(tmp_path / "nq.docx")
    _check(extract("\n".join(p.text for p in src.pages)))

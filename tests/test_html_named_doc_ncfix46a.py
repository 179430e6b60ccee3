"""A web page saved under a Word name is read as the page it is (session 46, ncfix46a).

The newcomer's .doc holding an HTML page (as portals' "Tải về" buttons serve) was stored as its raw markup ("holds
plain text … read as text"). Word opens such a file as a page; vanban now reads it through LibreOffice's HTML filter:
its text and its tables (the header's two columns), with a note that says what the file holds. Page written for
this test in a Công văn's layout.
"""

from __future__ import annotations

import shutil

import pytest

from vanban.ingest import load

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice missing (make deps)")

_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Công văn</title></head><body>
<table width="100%"><tr><td><p>BỘ TÀI CHÍNH</p><p><b>CỤC THUẾ</b></p><p>Số: 5720/CT-CS</p>
<p>V/v chính sách thuế giá trị gia tăng</p></td>
<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p>Độc lập - Tự do - Hạnh phúc</p>
<p><i>Hà Nội, ngày 03 tháng 12 năm 2025</i></p></td></tr></table>
<p>Kính gửi: Thuế tỉnh Ninh Bình.</p>
<p>Cục Thuế nhận được công văn số 1123/NBI-QLDN ngày 10/11/2025 của Thuế tỉnh Ninh Bình về chính sách thuế giá trị
gia tăng đối với hàng hóa nông sản. Về vấn đề này, Cục Thuế có ý kiến như sau: đề nghị Thuế tỉnh Ninh Bình căn cứ
quy định của pháp luật và tình hình thực tế để hướng dẫn doanh nghiệp thực hiện.</p>
<table border="1"><tr><td>Mặt hàng</td><td>Thuế suất</td></tr><tr><td>Thóc, gạo chưa qua chế biến</td><td>5%</td></tr></table>
<p><b>Nơi nhận:</b><br>- Như trên;<br>- Lưu: VT, CS.</p>
<p><b>KT. CỤC TRƯỞNG</b></p><p><b>PHÓ CỤC TRƯỞNG</b></p><p><b>Đặng Ngọc Minh</b></p>
</body></html>
"""


def test_an_html_page_named_doc_is_read_as_a_page(tmp_path):
    f = tmp_path / "5720-CT-CS.doc"
    f.write_text(_PAGE, encoding="utf-8")
    src = load(f)
    text = "\n".join(p.text for p in src.pages)
    assert "<" not in text and "charset" not in text  # no markup
    assert "Số: 5720/CT-CS" in text and "Kính gửi: Thuế tỉnh Ninh Bình." in text
    assert "Thóc, gạo chưa qua chế biến" in text  # the table's cells
    assert src.note == "holds an HTML page (a saved web page), not a Word 97-2003 document: read as HTML"


def test_plain_text_named_doc_is_still_read_as_text(tmp_path):
    f = tmp_path / "ghi-chu.doc"
    f.write_text("Kính gửi: Thuế tỉnh Ninh Bình. Cục Thuế nhận được công văn số 1123/NBI-QLDN.\n", encoding="utf-8")
    src = load(f)
    assert src.kind == "txt" and src.note.startswith("holds plain text")

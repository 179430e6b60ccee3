"""(ncfix47a, issue #10) The task intro closing an assessment part, read from a DOCX (paragraphs one newline apart).

Kind: a Thông báo kết luận assesses first ("I. ĐÁNH GIÁ CHUNG" …) and its part's own text ends with the paragraph that
charges a body with the items below ("Để tiếp tục …, thành phố Đà Nẵng cần tập trung thực hiện tốt một số nhiệm vụ,
giải pháp sau đây:" over "1." … "8.", 641/TB-VPCP). A .txt copy keeps a blank line between paragraphs; a DOCX or a
text PDF has none, and the intro was read whole with the assessment above it: the body was lost (0 obligations from
the DOCX and the PDF, 1 from the .txt: session 47's newcomer). Material: the newcomer's DOCX of 641/TB-VPCP
(../shared/realdocs/docs), and a DOCX written here in the style of a UBND tỉnh's Thông báo kết luận (its assessment as long as
641's: an intro read with it runs past what an intro can be).
"""

from pathlib import Path

from vanban.models import Limits, Page

FIX = Path(__file__).parent / "fixtures" / "ncfix47a"


def _obligations(path: Path):
    from vanban.conveyor import extract_document
    from vanban.ingest import load

    source = load(path, Limits())
    pages = tuple(Page(p.number, p.method, p.text, p.text, lines=p.lines) for p in source.pages)
    return extract_document(source, pages).extraction.obligations


def test_real_docx_lead_of_the_assessment():
    obls = _obligations(FIX / "641-TB-VPCP.docx")
    lead = [o for o in obls if o.who == "thành phố Đà Nẵng"]
    assert len(lead) == 1
    assert lead[0].what.startswith("Căn cứ các tiêu chí về quy mô dân số")


def test_real_text_pdf_lead_of_the_assessment():
    """The same document as a text PDF (the newcomer's, LibreOffice): printed lines, no blank line between paragraphs."""
    lead = [o for o in _obligations(FIX / "641-TB-VPCP.pdf") if o.who == "thành phố Đà Nẵng"]
    assert len(lead) == 1
    assert lead[0].what.startswith("Căn cứ các tiêu chí về quy mô dân số")


def test_written_docx_lead_of_the_assessment(tmp_path):
    """A guard more than a regression: this DOCX's part is read by the item path as well; the lead must stay one."""
    import docx

    doc = docx.Document()
    for t in ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "Số: 112/TB-UBND", "THÔNG BÁO",
              "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc với huyện Gia Viễn",
              "Ngày 12 tháng 11 năm 2025, Chủ tịch Ủy ban nhân dân tỉnh đã làm việc với huyện Gia Viễn về tình hình "
              "thực hiện nhiệm vụ phát triển kinh tế - xã hội. Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:",
              "I. ĐÁNH GIÁ CHUNG",
              "Năm 2025, huyện Gia Viễn đã chủ động triển khai đồng bộ các nhiệm vụ, giải pháp; tốc độ tăng trưởng "
              "kinh tế ước đạt 8,2%; công tác cải cách hành chính có chuyển biến rõ nét.",
              "Công tác quản lý đất đai, tài nguyên, môi trường được tăng cường; các chính sách an sinh xã hội được "
              "thực hiện đầy đủ, kịp thời; tỷ lệ hộ nghèo giảm còn 1,8%; chất lượng giáo dục, y tế được nâng lên; "
              "quốc phòng, an ninh được giữ vững, trật tự an toàn xã hội được bảo đảm. Việc sắp xếp tổ chức bộ máy, "
              "bố trí cán bộ, công chức sau sắp xếp được thực hiện đúng quy định, không để gián đoạn công việc.",
              "Tuy nhiên, tiến độ giải phóng mặt bằng một số dự án còn chậm, nhất là các dự án giao thông kết nối "
              "vùng; thu ngân sách từ đất chưa đạt dự toán; công tác quản lý trật tự xây dựng ở một số xã còn buông "
              "lỏng; việc chuyển đổi số trong giải quyết thủ tục hành chính chưa đồng đều; đội ngũ cán bộ cấp xã "
              "còn thiếu về số lượng và hạn chế về chuyên môn ở một số lĩnh vực như đất đai, xây dựng, tài chính.",
              "Để hoàn thành các mục tiêu năm 2026, Ủy ban nhân dân huyện Gia Viễn cần tập trung thực hiện một số "
              "nhiệm vụ sau đây:",
              "1. Đẩy nhanh tiến độ giải phóng mặt bằng các dự án trọng điểm, hoàn thành trước ngày 31/3/2026.",
              "2. Rà soát, xử lý dứt điểm các tồn tại về đất đai, trật tự xây dựng trên địa bàn.",
              "3. Tăng cường công tác thu ngân sách, chống thất thu thuế.",
              "II. VỀ CÁC KIẾN NGHỊ CỦA HUYỆN",
              "1. Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan nghiên cứu đề xuất của huyện về "
              "nguồn vốn đầu tư, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025.",
              "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Nam"):
        doc.add_paragraph(t)
    path = tmp_path / "112-TB-UBND.docx"
    doc.save(path)
    obls = _obligations(path)
    lead = [o for o in obls if "Gia Viễn" in o.who]
    assert len(lead) == 1, [(o.who, o.what) for o in obls]
    assert "giải phóng mặt bằng" in lead[0].what
    assert any(o.who == "Sở Tài chính" for o in obls)

"""Citations: kinds read on tune28's misses (session 29, obt29), each in a sentence written for the test.

- An agreement two bodies signed, cited by its type "Văn bản thỏa thuận" and number ("Văn bản thỏa thuận số 12/VBTT
  ngày …"), is a citation of that type.
- An unnumbered plan of a year joined by "và" to a cited document in a "Căn cứ" line ("Căn cứ Chương trình công tác
  năm 2027 của … và Kế hoạch kinh doanh năm 2027 của Ngân hàng …") is cited; one joined by "và" in a sentence that
  cites nothing ("xây dựng Báo cáo và Kế hoạch … năm 2027 của Sở …") is one still to be written.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("HỘI NÔNG DÂN TỈNH AN BÌNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
         "Số: 31/KH-HND\n\nAn Bình, ngày 02 tháng 3 năm 2027\n\nKẾ HOẠCH\nPhối hợp hỗ trợ hội viên vay vốn năm 2027\n\n")
_TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu VT.\n\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn Hòa\n"


def _cited(body: str):
    return extract(_HEAD + body + _TAIL).citations


def test_signed_agreement_is_cited_by_its_type():
    body = ("Căn cứ Văn bản thỏa thuận số 12/VBTT ngày 15/6/2021 giữa Ngân hàng Nông nghiệp tỉnh và Hội Nông dân tỉnh "
            "về cho vay hộ sản xuất;\n\nHội Nông dân tỉnh ban hành Kế hoạch như sau:\n\n"
            "I. NHIỆM VỤ\n\n1. Hội Nông dân các xã tuyên truyền chính sách vay vốn.\n")
    found = [c for c in _cited(body) if c.number == "12/VBTT"]
    assert len(found) == 1
    assert found[0].type == "Văn bản thỏa thuận"
    assert str(found[0].date) == "2021-06-15"


def test_unnumbered_plan_joined_to_a_cited_programme_in_a_basis_line():
    body = ("Căn cứ Chương trình công tác năm 2027 của Ban Thường vụ Hội Nông dân tỉnh và Kế hoạch kinh doanh năm 2027 "
            "của Ngân hàng Nông nghiệp chi nhánh tỉnh An Bình;\n\nHội Nông dân tỉnh ban hành Kế hoạch như sau:\n\n"
            "I. NHIỆM VỤ\n\n1. Hội Nông dân các xã tuyên truyền chính sách vay vốn.\n")
    names = [c.name or "" for c in _cited(body)]
    assert any(n.startswith("Kế hoạch kinh doanh năm 2027") for n in names)
    assert any(n.startswith("Chương trình công tác năm 2027") for n in names)


def test_plan_to_be_written_after_va_is_no_citation():
    body = ("I. NHIỆM VỤ\n\n1. Văn phòng Hội xây dựng Báo cáo và Kế hoạch kiểm tra năm 2027 của Ban Thường vụ, trình "
            "trước ngày 20/3/2027.\n")
    assert not any((c.name or "").startswith("Kế hoạch kiểm tra") for c in _cited(body))

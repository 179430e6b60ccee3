"""Facts a newcomer's typed real documents lost in one form and kept in another (session 46, ncfix46a).

- A note in brackets under an addressee ("- Công ty cổ phần siêu thị Sài Gòn;" / "(Địa chỉ: Trung tâm Thương mại Hà
  Tiên, …)" / "- Thuế tỉnh Phú Thọ.", 5608/CT-CS of ../shared/realdocs/docs) ended the Kính gửi list: the second
  addressee was lost in every form. The note is no addressee (37951/CHQ-GSQL: "Kính gửi: Công ty TNHH Hanesbrands
  Việt Nam." / "(đ/c: …)", the labels keep the name alone); the list goes on after it.
- A plan's closing paragraph "Trên đây là Kế hoạch … Đề nghị các cơ quan, đơn vị … Định kỳ hằng năm (trước ngày 30
  tháng 11) báo cáo … về Sở Xây dựng" (597/KH-UBND) right under the last bullet, with no blank line (a Word file, a
  text PDF: one paragraph a line), was read as that bullet's text: the yearly report went to "Các doanh nghiệp …".
  A page copied as text has the blank line and was right; now all forms read the closing as its own paragraph.
- The text PDF wraps "(trước ngày 30 tháng" / "11) báo cáo …": the bracket the line above opened closes, no "11)"
  item; and "7. Các doanh nghiệp … giao thông," / "vận tải, … trên địa bàn Tỉnh" / "- Chủ động phối hợp …": a bullet
  that opens with a task's verb under a wrapped body name is a list item (the body's name whole, not cut).

Inputs: the documents' lines as printed (fixtures/ncfix46a) or written in their style; values read from the documents.
"""

from __future__ import annotations

from pathlib import Path

from vanban.extract import extract

_FIX = Path(__file__).parent / "fixtures" / "ncfix46a"


def test_an_address_note_between_two_addressees_keeps_the_second():
    got = list(extract((_FIX / "5608_CT_CS_head.txt").read_text(encoding="utf-8")).metadata.recipients)
    assert got[:2] == ["Công ty cổ phần siêu thị Sài Gòn", "Thuế tỉnh Phú Thọ"]
    assert not any("Địa chỉ" in r for r in got)


def test_an_address_note_between_two_addressees_one_paragraph_a_line():
    text = ("CỤC THUẾ\nTHUẾ THÀNH PHỐ HÀ NỘI\nSố: 1207/HAN-QLDN2\nV/v chính sách thuế\n"
            "Hà Nội, ngày 12 tháng 3 năm 2026\nKính gửi:\n- Công ty TNHH Thương mại Minh Phát;\n"
            "(Đ/c: Số 12 đường Trần Phú, phường Hà Đông, thành phố Hà Nội)\n- Thuế cơ sở 5 thành phố Hà Nội.\n"
            "Thuế thành phố Hà Nội nhận được công văn số 15/MP ngày 02/3/2026 của Công ty về chính sách thuế.\n")
    got = list(extract(text).metadata.recipients)
    assert got[:2] == ["Công ty TNHH Thương mại Minh Phát", "Thuế cơ sở 5 thành phố Hà Nội"]


def test_an_address_note_under_the_one_addressee_is_no_recipient():
    got = list(extract((_FIX / "37951_CHQ_GSQL_head.txt").read_text(encoding="utf-8")).metadata.recipients)
    assert got[:1] == ["Công ty TNHH Hanesbrands Việt Nam"]
    assert not any("đ/c" in r.lower() or "Tạ Trung" in r for r in got)


_PLAN_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 597/KH-UBND\nĐồng Tháp, ngày 20 tháng 11 năm 2025\n\nKẾ HOẠCH\n"
              "Chuyển đổi số trong hoạt động xây dựng\n\nV. TỔ CHỨC THỰC HIỆN\n"
              "1. Sở Xây dựng\n- Chủ trì xây dựng hệ thống thông tin dữ liệu về quy hoạch xây dựng.\n")
_CLOSING_597 = ("Trên đây là Kế hoạch Chuyển đổi số trong hoạt động xây dựng và quản lý khai thác, bảo trì hệ thống kết cấu"
                " hạ tầng giao thông. Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện. Định kỳ hằng năm (trước"
                " ngày 30 tháng 11) báo cáo kết quả thực hiện về Sở Xây dựng, để tổng hợp báo cáo Ủy ban nhân dân Tỉnh.\n")
_TAIL = "Nơi nhận:\n- Bộ Xây dựng (b/c);\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐinh Văn Phúc\n"


def _yearly_report_who(text: str) -> list[str]:
    ex = extract(text)
    return [o.who for o in ex.obligations if o.deadline is not None and "30 tháng 11" in o.deadline.text]


def _bodies(text: str) -> list[str]:
    return [o.who for o in extract(text).obligations]


def test_a_closing_paragraph_right_under_the_last_bullet_charges_its_own_bodies():
    # 597/KH-UBND as a Word file: one paragraph a line, no blank line before "Trên đây …"
    text = (_PLAN_HEAD + "7. Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải, logistics và công "
            "nghệ thông tin trên địa bàn Tỉnh\n- Chủ động phối hợp triển khai các giải pháp, nền tảng số phục vụ quản "
            "lý, giám sát, vận hành hạ tầng giao thông.\n- Đề xuất sáng kiến, giải pháp công nghệ phù hợp thực tiễn.\n"
            + _CLOSING_597 + _TAIL)
    assert _yearly_report_who(text) == ["các cơ quan, đơn vị"]


def test_the_same_closing_as_a_text_pdf_wraps_it():
    # 597/KH-UBND as a text PDF: the body's name wrapped, the bracket of "(trước ngày 30 tháng" / "11)" wrapped
    text = (_PLAN_HEAD + "7. Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông,\n"
            "vận tải, logistics và công nghệ thông tin trên địa bàn Tỉnh\n"
            "- Chủ động phối hợp triển khai các giải pháp, nền tảng số phục vụ quản\n"
            "lý, giám sát, vận hành hạ tầng giao thông, công trình xây dựng và dịch vụ đô\nthị thông minh.\n"
            "- Đề xuất sáng kiến, giải pháp công nghệ phù hợp thực tiễn, tham gia\n"
            "cung cấp dữ liệu, chia sẻ thông tin phục vụ chuyển đổi số trong lĩnh vực hoạt\n"
            "động xây dựng, quản lý kết cấu hạ tầng giao thông trên địa bàn Tỉnh.\n"
            "Trên đây là Kế hoạch Chuyển đổi số trong hoạt động xây dựng và quản lý\n"
            "khai thác, bảo trì hệ thống kết cấu hạ tầng giao thông. Đề nghị các cơ quan,\n"
            "đơn vị nghiêm túc triển khai thực hiện. Định kỳ hằng năm (trước ngày 30 tháng\n"
            "11) báo cáo kết quả thực hiện về Sở Xây dựng, để tổng hợp báo cáo Ủy ban\nnhân dân Tỉnh.\n" + _TAIL)
    assert _yearly_report_who(text) == ["các cơ quan, đơn vị"]
    assert ("Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải, logistics và công nghệ thông "
            "tin trên địa bàn Tỉnh") in _bodies(text)


def test_a_report_closing_under_a_bullet_is_no_part_of_it():
    # written in a Báo cáo's style: "Trên đây là Báo cáo …" with a due date under the last bullet of a list
    text = ("ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 88/KH-UBND\nTân Phú, ngày 02 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
            "Phòng, chống dịch bệnh năm 2026\n\nIII. TỔ CHỨC THỰC HIỆN\n1. Trạm Y tế xã\n"
            "- Theo dõi tình hình dịch bệnh trên địa bàn.\n- Tổ chức tiêm chủng đầy đủ cho trẻ em.\n"
            "Trên đây là Kế hoạch phòng, chống dịch bệnh năm 2026. Đề nghị các ban, ngành, đoàn thể xã triển khai "
            "thực hiện. Định kỳ hằng quý (trước ngày 25 của tháng cuối quý) báo cáo kết quả về Ủy ban nhân dân xã.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n")
    ex = extract(text)
    tram = [o for o in ex.obligations if o.who == "Trạm Y tế xã"]
    assert tram and all("Trên đây" not in o.what and "báo cáo kết quả" not in o.what for o in tram)

"""Obligation bodies (session 35, obl35b): a body named after a dated case clause in a plan, a branch office as a body,
and a heading's body whose paragraph opens with a manner word, a verb read as a noun or a request cue."""

from __future__ import annotations

from test_obligations_kinds30t import _dues  # each body and its earliest date

from vanban.extract import extract
from vanban.extract.case_bodies import after_case


_KH_HEAD = ("ỦY BAN NHÂN DÂN\n**XÃ PHÚ LỘC**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
            "Số: 41/KH-UBND\n\n*Phú Lộc, ngày 10 tháng 3 năm 2029*\n\n**KẾ HOẠCH**\n\n"
            "Giải phóng mặt bằng dự án nâng cấp đường liên thôn Phú Lộc - An Hòa\n\n")
_KH_TAIL = ("\n\n*Nơi nhận:*\n- UBND tỉnh (b/c);\n- Như mục III;\n- Lưu: VT.\n\n**TM. ỦY BAN NHÂN DÂN**\n**CHỦ TỊCH**\n\n"
            "**Trần Văn Lâm**\n")


def test_a_body_after_a_case_clause_with_a_date_is_charged_in_a_plan():
    text = _KH_HEAD + (
        "**I. MỤC ĐÍCH, YÊU CẦU**\n\n"
        "Bàn giao mặt bằng sạch cho chủ đầu tư đúng tiến độ.\n\n"
        "**II. TỔ CHỨC THỰC HIỆN**\n\n"
        "Trường hợp hộ dân không bàn giao mặt bằng sau khi đã được vận động, thuyết phục, Ủy ban nhân dân xã\n"
        "tổ chức cưỡng chế theo quy định, hoàn thành trước ngày 15/11/2029. Trường hợp có đơn khiếu nại, Tổ\n"
        "công tác xem xét, trả lời theo quy định.") + _KH_TAIL
    got = _dues(text)
    assert got.get("Ủy ban nhân dân xã") == "2029-11-15"
    # the undated contingency is a rule of procedure, no obligation of its own
    assert not [w for w in got if w.startswith("Tổ")]


def test_the_body_after_a_case_clause_is_the_first_named_one_after_a_comma():
    who, what = after_case("Trường hợp chưa hoàn thành kiểm đếm, xác minh nguồn gốc đất, Phòng Kinh tế báo cáo "
                           "Chủ tịch UBND xã trước ngày 20/6/2029.")
    assert who == "Phòng Kinh tế"
    assert what.startswith("báo cáo")
    assert after_case("Phòng Kinh tế báo cáo Chủ tịch UBND xã trước ngày 20/6/2029.")[0] is None
    assert after_case("Trường hợp cần thiết, có thể gia hạn thêm 05 ngày.")[0] is None


def test_a_branch_office_heading_and_a_paragraph_that_opens_with_a_manner_word_or_a_cue():
    text = _KH_HEAD + (
        "**III. NHIỆM VỤ CỤ THỂ**\n\n"
        "1. Chi nhánh Văn phòng Đăng ký đất đai khu vực Phú Lộc\n\n"
        "Đề nghị chỉnh lý hồ sơ địa chính, cập nhật biến động đất đai các thửa đất bị thu hồi trước ngày\n"
        "30/9/2029.\n\n"
        "2. Tổ kiểm đếm\n\n"
        "Trực tiếp đo đạc, kiểm đếm tài sản trên đất; lập biên bản kiểm đếm có chữ ký của chủ hộ.\n\n"
        "3. Trưởng thôn Phú Lộc, Trưởng thôn An Hòa\n\n"
        "Thông báo đến từng hộ dân về thời gian kiểm đếm; vận động người dân chấp hành.\n\n"
        "4. Trung tâm Dịch vụ nông nghiệp xã\n\n"
        "Chủ động hướng dẫn hộ dân thu hoạch hoa màu trước khi bàn giao mặt bằng.") + _KH_TAIL
    got = _dues(text)
    assert got.get("Chi nhánh Văn phòng Đăng ký đất đai khu vực Phú Lộc") == "2029-09-30"
    assert "Tổ kiểm đếm" in got
    assert "Trưởng thôn Phú Lộc, Trưởng thôn An Hòa" in got
    assert "Trung tâm Dịch vụ nông nghiệp xã" in got
    # no name runs on into the word that opens its task
    assert not [w for w in got if w.endswith(("Đề nghị", "Trực tiếp", "Thông báo", "Chủ động"))], got
    assert all(o.what for o in extract(text).obligations)


_DU_HEAD = ("ĐẢNG BỘ TỈNH THANH HÓA\n**ĐẢNG ỦY XÃ NGA SƠN**\n\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n\n"
            "Số 31-KH/ĐU\n\n*Nga Sơn, ngày 05 tháng 4 năm 2029*\n\n**KẾ HOẠCH**\n\n"
            "Tổ chức hội nghị quán triệt Chỉ thị số 08-CT/TW của Ban Bí thư\n\n-----\n\n")
_DU_TAIL = ("\n\n*Nơi nhận:*\n- Thường trực Tỉnh ủy (để b/c),\n- Chi bộ các thôn,\n- Lưu VP.\n\n"
            "**T/M BAN THƯỜNG VỤ**\n**BÍ THƯ**\n\n**Lê Văn Hùng**\n")


def test_a_conference_guest_line_charges_none_and_the_issuers_committee_hands_a_task_to_its_member():
    text = _DU_HEAD + (
        "I. HỘI NGHỊ QUÁN TRIỆT\n\n"
        "1. Hội nghị cấp xã\n\n"
        "- Thời gian: 01 buổi, ngày 20/4/2029.\n\n"
        "- Thành phần: Thường trực HĐND xã, lãnh đạo UBND xã; Ủy viên Ban Chấp hành Đảng bộ xã;\n"
        "bí thư chi bộ các thôn.\n\n"
        "2. Học tập tại chi bộ\n\n"
        "- Các chi bộ trực thuộc tổ chức học bù cho đảng viên vắng mặt ở hội nghị, xong trước ngày 12/5/2029.\n\n"
        "- Ban Thường vụ Đảng ủy phân công các đồng chí Ủy viên Ban Chấp hành phụ trách khu dân cư dự, hướng dẫn\n"
        "buổi học bù tại nơi mình theo dõi.") + _DU_TAIL
    got = _dues(text)
    assert got.get("Các chi bộ trực thuộc") == "2029-05-12"
    assert "Ủy viên Ban Chấp hành phụ trách khu dân cư" in got
    # the guests of the conference and the committee that shares out the work are not charged
    assert not [w for w in got if w.startswith(("Thường trực", "Ban Thường vụ", "Ủy viên Ban Chấp hành Đảng bộ"))], got
    member = next(o for o in extract(text).obligations if o.who == "Ủy viên Ban Chấp hành phụ trách khu dân cư")
    assert member.what.startswith("dự, hướng dẫn")


def test_a_manner_field_and_the_issuers_chair_deciding_in_its_own_plan_charge_no_one():
    text = _KH_HEAD.replace("Giải phóng mặt bằng dự án nâng cấp đường liên thôn Phú Lộc - An Hòa",
                            "Tiêm phòng vắc xin cúm gia cầm đợt 1 năm 2029") + (
        "I. NỘI DUNG\n\n"
        "1. Thời gian: từ ngày 01/4/2029 đến ngày 30/4/2029.\n\n"
        "2. Phương thức: tổ tiêm phòng gồm thú y viên thôn và cán bộ Trạm Thú y đến tận hộ chăn nuôi để tiêm; mỗi\n"
        "tổ đảm nhận 02 đến 03 thôn.\n\n"
        "3. Xử lý ổ dịch: tiêu độc, khử trùng, cấm đưa gia cầm ra khỏi thôn có dịch. Chủ tịch UBND xã quyết định lập\n"
        "đội phản ứng nhanh và chỉ đạo dập dịch theo quy định.\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Trạm Thú y\n\n"
        "Hướng dẫn kỹ thuật tiêm phòng; báo cáo kết quả trước ngày 05/5/2029.\n\n"
        "2. Chủ tịch UBND xã\n\n"
        "Ban hành quyết định thành lập các đội tiêm phòng trước ngày 25/3/2029.") + _KH_TAIL
    got = _dues(text)
    assert got.get("Trạm Thú y") == "2029-05-05"
    assert got.get("Chủ tịch UBND xã") == "2029-03-25"  # the chair's dated task stays
    assert not [w for w in got if "tiêm phòng gồm" in w or w.startswith("tổ")], got
    assert len([o for o in extract(text).obligations if o.who == "Chủ tịch UBND xã"]) == 1


def test_a_paper_as_subject_charges_no_one_and_the_grading_committee_after_it_is_charged():
    text = _DU_HEAD + (
        "I. VIẾT BÀI THU HOẠCH\n\n"
        "- Bài thu hoạch gửi về chi bộ chậm nhất 05 ngày sau buổi học tập. Chi ủy (hoặc bí thư chi\n"
        "bộ) chấm bài, xếp loại đạt hoặc chưa đạt.\n\n"
        "- Các chi bộ tổng hợp kết quả, báo cáo Đảng ủy xã trước ngày 15/5/2029.") + _DU_TAIL
    got = _dues(text)
    assert not [w for w in got if w.startswith("Bài")], got
    assert "Chi ủy (hoặc bí thư chi bộ)" in got
    assert got.get("Các chi bộ") == "2029-05-15"


def test_the_front_and_its_member_organisations_named_again_in_one_request_are_one_entry():
    text = _KH_HEAD + (
        "II. TỔ CHỨC THỰC HIỆN\n\n"
        "- Phòng Văn hóa - Xã hội tham mưu tổ chức phát động phong trào trước ngày 30/4/2029.\n\n"
        "- Đề nghị Ủy ban MTTQ Việt Nam xã, các tổ chức chính trị - xã hội xã tuyên truyền, vận động hội\n"
        "viên tham gia phong trào. Ủy ban MTTQ Việt Nam xã và các tổ chức thành viên giám sát việc thực\n"
        "hiện chính sách hỗ trợ người dân.") + _KH_TAIL
    whos = [o.who for o in extract(text).obligations]
    assert len([w for w in whos if w.startswith("Ủy ban MTTQ")]) == 1, whos

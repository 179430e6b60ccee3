"""Obligation bodies read whole (session 31, obl31b): a topic heading over a paragraph, a second request in one point,
titled parts beside a part that charges the bodies by name, and statements that name a body but charge it nothing."""

from __future__ import annotations

from test_obligations_kinds30t import _dues  # each body and its earliest date

from vanban.extract import extract


_TB_HEAD = ("ĐẢNG BỘ TỈNH NGHỆ AN\n**ĐẢNG ỦY XÃ NAM ĐÀN**\n\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n\n"
            "Số 52-TB/ĐU\n\n*Nam Đàn, ngày 12 tháng 9 năm 2027*\n\n**THÔNG BÁO**\n\n"
            "KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ ĐẢNG ỦY XÃ TẠI HỘI NGHỊ BAN THƯỜNG VỤ THÁNG 9 NĂM 2027\n\n-----\n\n")
_TB_TAIL = ("\n\n*Nơi nhận:*\n- Ban Thường vụ Tỉnh ủy (để b/c),\n- Các chi bộ trực thuộc,\n- Lưu Văn phòng Đảng ủy.\n\n"
            "**T/L BAN THƯỜNG VỤ**\n**CHÁNH VĂN PHÒNG**\n\n**Lê Thị Mai**\n")


def test_a_topic_heading_alone_over_its_paragraph_names_the_body_charged():
    text = _TB_HEAD + (
        "Ngày 08/9/2027, Ban Thường vụ Đảng ủy xã họp phiên thường kỳ tháng 9. Dự họp có các đồng chí Ủy viên\n"
        "Ban Thường vụ, Chủ tịch Ủy ban Mặt trận\n"
        "Tổ quốc Việt Nam xã, lãnh đạo các ban xây dựng Đảng.\n\n"
        "Đồng chí Bí thư yêu cầu các cơ quan, đơn vị tập trung thực hiện một số nhiệm vụ sau:\n\n"
        "1. Đối với Ủy ban nhân dân xã\n\n"
        "a) Chỉ đạo thu ngân sách đạt dự toán, xong trước ngày 31/12/2027.\n\n"
        "b) Hoàn thành kiểm kê đất công trước ngày 15/11/2027.\n\n"
        "2. Đối với Ban Tuyên giáo và Dân vận\n\n"
        "Chủ trì tổ chức hội nghị báo cáo viên quý IV; định hướng thông tin dịp cuối năm, hoàn thành\n"
        "trong tháng 11/2027.\n\n"
        "3. Đối với các chi bộ trực thuộc\n\n"
        "Tổ chức sinh hoạt chuyên đề theo hướng dẫn; báo cáo kết quả về Đảng ủy (qua Văn phòng Đảng ủy)\n"
        "chậm nhất ngày 05/12/2027.") + _TB_TAIL
    got = _dues(text)
    assert got.get("Ban Tuyên giáo và Dân vận") == "2027-11-30"
    assert got.get("các chi bộ trực thuộc") == "2027-12-05"
    assert got.get("Ủy ban nhân dân xã") == "2027-11-15"
    assert "các cơ quan, đơn vị" not in got
    # the attendance line that goes on a name wrapped at the line above charges no one
    assert not [w for w in got if w.startswith("Tổ quốc")]


_CV_HEAD = ("UBND TỈNH CÀ MAU\n**SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
            "Số: 2210/SNNMT-TS\n\n*Cà Mau, ngày 06 tháng 10 năm 2027*\n\n"
            "V/v triển khai nuôi tôm sinh thái vụ 2027 - 2028\n\n"
            "Kính gửi:\n- Ủy ban nhân dân các xã: Tân Ân, Đất Mũi, Viên An;\n- Chi cục Thủy sản.\n\n")
_CV_TAIL = ("\n\n*Nơi nhận:*\n- Như trên;\n- UBND tỉnh (b/c);\n- Lưu: VT, TS.\n\n**KT. GIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**\n\n"
            "**Trần Văn Phúc**\n")


def test_titled_parts_beside_a_part_that_charges_the_bodies_by_name_assign_nothing_of_their_own():
    text = _CV_HEAD + (
        "Sở Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân các xã và các đơn vị triển khai một số nội dung sau:\n\n"
        "1. Phân bổ diện tích nuôi tôm sinh thái\n\n"
        "Tổng diện tích nuôi tôm sinh thái vụ 2027 - 2028 là 3.200 ha, phân bổ cho 03 xã như sau: Tân Ân\n"
        "1.100 ha, Đất Mũi 1.000 ha, Viên An 1.100 ha.\n\n"
        "2. Yêu cầu kỹ thuật\n\n"
        "a) Thả giống từ ngày 01/11/2027 đến ngày 30/11/2027.\n\n"
        "b) Con giống có giấy kiểm dịch 100%.\n\n"
        "3. Trách nhiệm thực hiện\n\n"
        "a) Ủy ban nhân dân các xã\n\n"
        "- Rà soát danh sách hộ nuôi, gửi về Sở trước ngày 25/10/2027.\n\n"
        "b) Chi cục Thủy sản\n\n"
        "- Hướng dẫn kỹ thuật, kiểm tra chất lượng con giống trong tháng 11/2027.\n\n"
        "c) Đề nghị Hội Cựu chiến binh tỉnh phối hợp vận động hội viên tham gia; đề nghị các hợp tác xã\n"
        "thủy sản ký kết hợp đồng bao tiêu với doanh nghiệp trước ngày 20/11/2027.\n\n"
        "4. Kiểm tra, giám sát\n\n"
        "Sở Nông nghiệp và Môi trường sẽ thành lập đoàn kiểm tra việc thả giống tại các xã trong tháng 12/2027.") + _CV_TAIL
    got = _dues(text)
    assert got.get("Ủy ban nhân dân các xã") == "2027-10-25"
    assert got.get("Chi cục Thủy sản") == "2027-11-30"
    # two requests in one point: two bodies, each with its own date
    assert "Hội Cựu chiến binh tỉnh" in got and got["Hội Cựu chiến binh tỉnh"] is None
    assert got.get("các hợp tác xã thủy sản") == "2027-11-20"
    # the intro's bodies got their tasks by name in part 3; the titled parts 1, 2 and the Sở's own check are none
    assert "Ủy ban nhân dân các xã và các đơn vị" not in got


_KH_HEAD = ("ỦY BAN NHÂN DÂN\n**XÃ QUỲNH LƯU**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
            "Số: 95/KH-UBND\n\n*Quỳnh Lưu, ngày 02 tháng 10 năm 2027*\n\n**KẾ HOẠCH**\n\n"
            "Tuyển chọn và gọi công dân nhập ngũ năm 2028\n\n")
_KH_TAIL = ("\n\n*Nơi nhận:*\n- Ban CHQS xã;\n- Lưu: VT.\n\n**TM. ỦY BAN NHÂN DÂN**\n**CHỦ TỊCH**\n\n"
            "**Hồ Văn Lâm**\n")


def test_a_lists_time_line_ends_the_bodys_task_before_its_own_later_date():
    text = _KH_HEAD + (
        "I. NỘI DUNG THỰC HIỆN\n\n"
        "1. Sơ tuyển sức khỏe\n\n"
        "- Thời gian: từ ngày 20/10/2027 đến ngày 30/10/2027, tại Trạm Y tế xã.\n\n"
        "- Trạm Y tế xã chủ trì sơ tuyển; tổng hợp kết quả gửi Ban Chỉ huy quân sự xã chậm nhất ngày 02/11/2027.\n\n"
        "2. Khám sức khỏe\n\n"
        "- Hội đồng khám sức khỏe nghĩa vụ quân sự do Chủ tịch UBND xã quyết định thành lập, gồm cán bộ\n"
        "Trạm Y tế xã và bác sĩ tăng cường; mỗi ngày khám không quá 100 công dân.") + _KH_TAIL
    got = _dues(text)
    assert got.get("Trạm Y tế xã") == "2027-10-30"
    # how the examining council is set up charges neither it nor the chair who sets it up
    assert not [w for w in got if w.startswith("Hội đồng khám")]


def test_a_joint_headings_paragraph_charges_one_of_its_bodies_alone_after_a_semicolon():
    text = _KH_HEAD.replace("**KẾ HOẠCH**", "**BÁO CÁO**").replace("95/KH-UBND", "96/BC-UBND") + (
        "I. NHIỆM VỤ TRỌNG TÂM QUÝ IV\n\n"
        "1. Văn phòng HĐND và UBND xã\n\n"
        "Tham mưu tổng kết công tác năm, hoàn thành chậm nhất ngày 20/12/2027.\n\n"
        "2. Ban Chỉ huy Quân sự xã, Công an xã\n\n"
        "Giữ vững an ninh chính trị, trật tự an toàn xã hội dịp cuối năm; Công an xã hoàn thành\n"
        "cấp căn cước cho công dân đủ tuổi trong tháng 11/2027.") + _KH_TAIL
    got = _dues(text)
    assert "Ban Chỉ huy Quân sự xã, Công an xã" in got and got["Ban Chỉ huy Quân sự xã, Công an xã"] is None
    assert got.get("Công an xã") == "2027-11-30"


def test_a_body_under_anothers_direction_is_a_relation_not_a_task():
    text = ("ĐẢNG BỘ TỈNH HÀ TĨNH\n**ĐẢNG ỦY XÃ CẨM XUYÊN**\n\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n\n"
            "Số 12-QĐ/ĐU\n\n*Cẩm Xuyên, ngày 10 tháng 8 năm 2027*\n\n**QUY CHẾ**\n\n"
            "làm việc của Ban Chấp hành Đảng bộ xã khóa I\n\n"
            "**Chương III**\n\n**MỐI QUAN HỆ CÔNG TÁC**\n\n"
            "**Điều 9. Với Ban Thường vụ Tỉnh ủy**\n\n"
            "Đảng ủy xã chịu sự lãnh đạo, chỉ đạo trực tiếp của Ban Thường vụ Tỉnh ủy; Thường trực Đảng ủy báo\n"
            "cáo kịp thời các vụ việc phức tạp phát sinh trên địa bàn.\n\n"
            "**Điều 10. Với chính quyền và Mặt trận Tổ quốc**\n\n"
            "Đảng ủy lãnh đạo Hội đồng nhân dân, Ủy ban nhân dân xã thông qua nghị quyết, chỉ thị và đảng viên\n"
            "giữ chức vụ chủ chốt. Ủy ban nhân dân xã báo cáo Ban Thường vụ tình hình kinh tế - xã hội trước ngày 25\n"
            "hằng tháng.") + (
        "\n\n*Nơi nhận:*\n- Các chi bộ trực thuộc,\n- Lưu VPĐU.\n\n**T/M ĐẢNG ỦY**\n**BÍ THƯ**\n\n**Phan Văn Hòa**\n")
    got = _dues(text)
    assert not [w for w in got if "chịu sự" in w or w.startswith("Đảng ủy xã")]
    assert "Thường trực Đảng ủy" in got
    # how the Đảng ủy leads the state organs is no task either; the report the article asks for is one
    assert "Đảng ủy" not in got
    assert got.get("Ủy ban nhân dân xã") == "2027-08-25"


def test_a_filing_of_the_bodies_just_charged_goes_on_with_their_point():
    text = _CV_HEAD + (
        "Sở Nông nghiệp và Môi trường đề nghị các đơn vị thực hiện một số nội dung sau:\n\n"
        "1. Chính sách hỗ trợ\n\n"
        "- Hộ nuôi được hỗ trợ 50% chi phí con giống, không quá 5.000.000 đồng/ha.\n\n"
        "- Ủy ban nhân dân các xã bố trí ngân sách xã hỗ trợ thêm chi phí cải tạo ao nuôi.\n\n"
        "- Việc quyết toán thực hiện theo quy định; hồ sơ đề nghị hỗ trợ của các xã gửi về Sở (qua Chi cục\n"
        "Thủy sản) trước ngày 20/01/2028 để thẩm định.") + _CV_TAIL
    obs = [o for o in extract(text).obligations if o.who == "Ủy ban nhân dân các xã"]
    assert len(obs) == 1 and obs[0].deadline is not None and obs[0].deadline.date == "2028-01-20"


def test_a_member_organisation_with_a_task_of_its_own_under_its_class_is_charged_apart():
    text = _KH_HEAD.replace("Tuyển chọn và gọi công dân nhập ngũ năm 2028", "Thực hiện công tác dân số năm 2028") + (
        "IV. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Trạm Y tế xã\n\n"
        "Chủ trì triển khai Kế hoạch; báo cáo kết quả về Ủy ban nhân dân xã trước ngày 10/12/2028.\n\n"
        "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể\n\n"
        "Lồng ghép tuyên truyền chính sách dân số trong sinh hoạt hội viên; Hội Nông dân xã vận động hội viên\n"
        "sinh đủ hai con; Đoàn Thanh niên xã tham gia tư vấn tiền hôn nhân.") + _KH_TAIL
    got = _dues(text)
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể" in got
    assert "Hội Nông dân xã" in got  # its own task: its own entry (the README: bodies addressed separately)
    assert "Đoàn Thanh niên xã" not in got  # it takes part in the class's task

"""Obligation kinds tune29's new documents showed in session 30 (t29obl), each in its own wording."""

from __future__ import annotations

from vanban.extract import extract

_QD_HEAD = ("ỦY BAN NHÂN DÂN\n**XÃ TÂN LẬP**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
            "Số: 21/QĐ-UBND\n\n*Tân Lập, ngày 05 tháng 3 năm 2027*\n\n**QUYẾT ĐỊNH**\n\n"
            "Về việc phân công nhiệm vụ các thành viên Ủy ban nhân dân xã\n\n"
            "**CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN LẬP**\n\n**QUYẾT ĐỊNH:**\n\n")
_QD_TAIL = ("\n\n*Nơi nhận:*\n- Như Điều 3;\n- Lưu: VT.\n\n**CHỦ TỊCH**\n\n**Vi Văn Sáng**\n")


def _dues(text: str) -> dict[str, str | None]:
    got: dict[str, str | None] = {}
    for o in extract(text).obligations:
        d = (o.deadline.date or o.deadline.latest) if o.deadline else None
        got[o.who] = min(x for x in (got.get(o.who), d) if x) if (got.get(o.who) or d) else None
    return got


def test_a_member_of_the_peoples_committee_heading_a_block_is_charged_as_its_chair_is():
    text = _QD_HEAD + (
        "**Điều 1. Phân công nhiệm vụ như sau:**\n\n"
        "**1. Phó Chủ tịch Ủy ban nhân dân xã - bà Lò Thị Hoa**\n\n"
        "a) Giúp Chủ tịch theo dõi, chỉ đạo lĩnh vực văn hóa - xã hội.\n\n"
        "b) Chỉ đạo tổng kết năm học, hoàn thành trước ngày 10/6/2027.\n\n"
        "**2. Ủy viên Ủy ban nhân dân xã - Trưởng Công an xã - ông Hà Văn Toản**\n\n"
        "a) Tham mưu Chủ tịch về bảo đảm an ninh, trật tự trên địa bàn xã.\n\n"
        "b) Rà soát, cập nhật dữ liệu cư trú, xong trước ngày 30/4/2027.\n\n"
        "**3. Ủy viên Ủy ban nhân dân xã - Chỉ huy trưởng Ban Chỉ huy Quân sự xã - ông Cầm Văn Lả**\n\n"
        "a) Tham mưu công tác quốc phòng, dân quân tự vệ; hoàn thành huấn luyện dân quân trong tháng 8/2027.") + _QD_TAIL
    got = _dues(text)
    assert got.get("Phó Chủ tịch Ủy ban nhân dân xã - bà Lò Thị Hoa") == "2027-06-10"
    assert got.get("Ủy viên Ủy ban nhân dân xã - Trưởng Công an xã - ông Hà Văn Toản") == "2027-04-30"
    assert got.get("Ủy viên Ủy ban nhân dân xã - Chỉ huy trưởng Ban Chỉ huy Quân sự xã - ông Cầm Văn Lả") == "2027-08-31"


def test_how_a_matter_of_several_fields_is_settled_is_a_working_rule_not_a_task():
    text = _QD_HEAD + (
        "**Điều 2. Chế độ làm việc**\n\n"
        "1. Khi công việc liên quan đến lĩnh vực của nhiều thành viên, các Phó Chủ tịch chủ động trao đổi, phối hợp xử "
        "lý; trường hợp không thống nhất thì báo cáo Chủ tịch Ủy ban nhân dân xã quyết định.\n\n"
        "2. Các Ủy viên Ủy ban nhân dân xã báo cáo Chủ tịch kết quả công tác trước ngày 25 hằng tháng.") + _QD_TAIL
    got = _dues(text)
    assert got.get("Các Ủy viên Ủy ban nhân dân xã") == "2027-03-25"
    assert not [w for w in got if w.lower().startswith("các phó chủ tịch")]


_BC_HEAD = ("ĐẢNG BỘ TỈNH PHÚ THỌ\n**ĐẢNG ỦY XÃ HƯƠNG CẦN**\n\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n\n"
            "Số 40-BC/ĐU\n\n*Hương Cần, ngày 08 tháng 01 năm 2027*\n\n**BÁO CÁO**\n\n"
            "tổng kết công tác năm 2026, phương hướng năm 2027\n\n-----\n\n")
_BC_TAIL = ("\n\n*Nơi nhận:*\n- Ban Thường vụ Tỉnh ủy,\n- Lưu VPĐU.\n\n**T/M ĐẢNG ỦY**\n**BÍ THƯ**\n\n"
            "**Đinh Văn Khoa**\n")


def test_a_reports_first_part_of_results_charges_no_body_with_what_it_did():
    text = _BC_HEAD + (
        "**Phần thứ nhất**\n\n**KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026**\n\n"
        "**I. CÔNG TÁC XÂY DỰNG ĐẢNG**\n\n**1. Công tác kiểm tra, giám sát**\n\n"
        "Ban Thường vụ Đảng ủy tổ chức 04 hội nghị chuyên đề, kiểm tra 06 chi bộ về công tác phát triển đảng viên.\n\n"
        "**II. ĐÁNH GIÁ CHUNG**\n\n**1. Ưu điểm:** Đảng bộ hoàn thành 15/16 chỉ tiêu.\n\n"
        "**Phần thứ hai**\n\n**PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027**\n\n"
        "**I. NHIỆM VỤ CỤ THỂ**\n\n**1. Ủy ban Kiểm tra Đảng ủy**\n\n"
        "Xây dựng chương trình kiểm tra, giám sát năm 2027, ban hành trước ngày 20/01/2027.") + _BC_TAIL
    got = _dues(text)
    assert got == {"Ủy ban Kiểm tra Đảng ủy": "2027-01-20"}


def test_a_body_charged_after_a_semicolon_behind_a_task_opening_with_tap_trung():
    text = _BC_HEAD + (
        "**II. NHIỆM VỤ TRỌNG TÂM NĂM 2027**\n\n"
        "**1.** Tập trung chỉ đạo tổng kết 10 năm xây dựng nông thôn mới; các chi bộ thôn tổ chức hội nghị tổng kết, "
        "xong trước ngày 15/3/2027 và gửi báo cáo về Đảng ủy.") + _BC_TAIL
    got = {k.lower(): v for k, v in _dues(text).items()}
    assert got.get("các chi bộ thôn") == "2027-03-15"


def test_a_season_named_with_its_year_gives_no_deadline():
    text = _BC_HEAD + (
        "**IV. KIẾN NGHỊ**\n\n"
        "1. Đề nghị Ủy ban nhân dân tỉnh hỗ trợ kinh phí nạo vét kênh tiêu Đồng Lạc trước mùa mưa lũ năm 2027.\n\n"
        "2. Đề nghị Sở Nông nghiệp và Môi trường hướng dẫn phòng cháy rừng trong mùa khô năm 2027.") + _BC_TAIL
    ex = extract(text)
    assert not [d for d in ex.deadlines if not d.past]
    assert {o.who for o in ex.obligations} == {"Ủy ban nhân dân tỉnh", "Sở Nông nghiệp và Môi trường"}


_KH_HEAD = ("UBND TỈNH HÀ TĨNH\nSỞ Y TẾ\n\nSố: 233/KH-SYT\n\nHà Tĩnh, ngày 02 tháng 4 năm 2027\n\nKẾ HOẠCH\n\n"
            "phòng, chống sốt xuất huyết năm 2027\n\nV. TỔ CHỨC THỰC HIỆN\n\n")
_KH_TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrần Văn Bình\n"


def test_a_group_heading_over_a_paragraph_of_its_members_clauses_charges_each_member():
    text = _KH_HEAD + (
        "1. Trung tâm Kiểm soát bệnh tật tỉnh\n\n- Giám sát ổ dịch, báo cáo trước ngày 30/4/2027.\n\n"
        "2. Các phòng chuyên môn của Sở Y tế\n\n"
        "Phòng Quản lý hành nghề kiểm tra việc thu dung, điều trị tại các cơ sở y tế tư nhân; Phòng Tài chính - Kế toán "
        "thẩm định dự toán kinh phí phòng dịch của các đơn vị.\n\n"
        "3. Đề nghị Ủy ban nhân dân các xã, phường\n\nChỉ đạo tổng vệ sinh môi trường, diệt lăng quăng.") + _KH_TAIL
    got = _dues(text)
    assert "Phòng Quản lý hành nghề" in got and "Phòng Tài chính - Kế toán" in got
    assert not [w for w in got if w.startswith("Các phòng")]
    assert got.get("Trung tâm Kiểm soát bệnh tật tỉnh") == "2027-04-30"


def test_the_short_name_of_two_parties_after_an_opening_time_charges_both():
    text = ("TỈNH ĐOÀN BẮC NINH\nHỘI LIÊN HIỆP THANH NIÊN TỈNH\n\nSố: 09/CTrPH\n\nBắc Ninh, ngày 12 tháng 3 năm 2027\n\n"
            "CHƯƠNG TRÌNH PHỐI HỢP\n\nhỗ trợ thanh niên khởi nghiệp năm 2027\n\n"
            "Ban Thường vụ Tỉnh đoàn và Sở Công Thương tỉnh Bắc Ninh (sau đây gọi tắt là hai bên) thống nhất ban hành "
            "Chương trình phối hợp với các nội dung sau:\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\n1. Chế độ giao ban\n\n"
            "- Hằng quý, hai bên luân phiên tổ chức giao ban, đánh giá kết quả phối hợp vào tuần cuối của tháng 6/2027.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. BAN THƯỜNG VỤ\nBÍ THƯ\n\nNông Thị Hằng\n")
    got = _dues(text)
    both = [w for w in got if w.endswith("(hai bên)")]
    assert both == ["Ban Thường vụ Tỉnh đoàn và Sở Công Thương tỉnh Bắc Ninh (hai bên)"]
    assert got[both[0]] == "2027-06-30"


def test_a_quota_table_under_a_line_handing_it_to_units_is_one_obligation_of_those_units():
    text = ("HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH GIA LAI\n\nSố: 31-KH/HNDT\n\nGia Lai, ngày 20 tháng 01 năm 2027\n\n"
            "KẾ HOẠCH\n\nthi đua sản xuất, kinh doanh giỏi năm 2027\n\nII. CHỈ TIÊU\n\n"
            "Chỉ tiêu cụ thể giao cho mỗi Hội Nông dân xã, phường như sau:\n\n"
            "| TT | Nội dung | Mức giao | Thời hạn |\n|---|---|---|---|\n"
            "| 1 | Phát triển hội viên mới | ít nhất 30 hội viên | trước ngày 30/9/2027 |\n"
            "| 2 | Thành lập tổ hợp tác | 01 tổ hợp tác | trong quý II/2027 |\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\n1. Ban Kinh tế - Xã hội Hội Nông dân tỉnh\n\n"
            "Theo dõi, tổng hợp kết quả, báo cáo trước ngày 15/12/2027.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VP.\n\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nKsor H'Bơ\n")
    got = _dues(text)
    assert got.get("Mỗi Hội Nông dân xã, phường") == "2027-06-30"
    assert got.get("Ban Kinh tế - Xã hội Hội Nông dân tỉnh") == "2027-12-15"


def test_a_committee_sharing_out_its_own_members_is_its_own_task():
    text = ("ĐẢNG BỘ XÃ MINH TÂN\n**CHI BỘ THÔN ĐÔNG**\n\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n\nSố 04-NQ/CB\n\n"
            "*Minh Tân, ngày 02 tháng 4 năm 2027*\n\n**NGHỊ QUYẾT**\n\nvề nhiệm vụ tháng 4 năm 2027\n\n"
            "**II. NHIỆM VỤ**\n\n**1. Nhiệm vụ của Chi ủy**\n\n"
            "a) Phân công chi ủy viên theo dõi từng xóm, xong trước ngày 08/4/2027.\n\n"
            "b) Hoàn thiện hồ sơ đảng viên chuyển sinh hoạt, gửi Đảng ủy xã trước ngày 20/4/2027.\n\n"
            "**2. Chi hội Nông dân thôn**\n\nVận động hội viên chuyển đổi cây trồng, xong trong tháng 4/2027.\n\n"
            "*Nơi nhận:*\n- Đảng ủy xã,\n- Lưu CB.\n\n**T/M CHI BỘ**\n**BÍ THƯ**\n\n**Lường Văn Tươi**\n")
    got = _dues(text)
    assert got.get("Chi ủy") == "2027-04-08"
    assert not [w for w in got if "ủy viên" in w]


def test_the_answer_an_appeal_is_owed_is_no_task():
    text = ("HỘI LHPN VIỆT NAM\nHỘI LIÊN HIỆP PHỤ NỮ TỈNH KON TUM\n\nSố: 14/HD-HPN\n\nKon Tum, ngày 10 tháng 5 năm 2027\n\n"
            "HƯỚNG DẪN\n\nbình xét danh hiệu thi đua năm 2027\n\nIII. QUY TRÌNH\n\n"
            "1. Hội LHPN các xã, phường gửi hồ sơ về Hội LHPN tỉnh trước ngày 20/11/2027.\n\n"
            "2. Sau khi có kết quả bình xét, đơn vị có quyền khiếu nại trong 03 ngày làm việc; Thường trực Hội LHPN tỉnh "
            "xem xét, giải quyết trong thời hạn 07 ngày làm việc.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VP.\n\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nY Thị Hoa\n")
    got = _dues(text)
    assert got.get("Hội LHPN các xã, phường") == "2027-11-20"
    assert not [w for w in got if w.startswith("Thường trực")]


def test_a_topic_heading_in_a_section_of_criteria_assigns_nothing():
    text = ("HỘI LHPN VIỆT NAM\nHỘI LIÊN HIỆP PHỤ NỮ TỈNH KON TUM\n\nSố: 15/HD-HPN\n\nKon Tum, ngày 10 tháng 5 năm 2027\n\n"
            "HƯỚNG DẪN\n\nđánh giá chi hội năm 2027\n\nII. TIÊU CHÍ VÀ THANG ĐIỂM\n\n1. Đối với Hội cơ sở\n\n"
            "Chấm theo thang điểm 50, gồm 03 nhóm tiêu chí:\n\n| TT | Nhóm tiêu chí | Điểm tối đa |\n|---|---|---|\n"
            "| 1 | Sinh hoạt chi hội | 20 điểm |\n| 2 | Phát triển hội viên | 15 điểm |\n| 3 | Hỗ trợ hội viên | 15 điểm |\n\n"
            "Chỉ tiêu bắt buộc:\n\n- Sinh hoạt ít nhất 01 lần/tháng.\n\n- Thu hội phí đạt từ 95% trở lên.\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\n1. Hội LHPN các xã\n\nHướng dẫn chi hội tự chấm điểm, báo cáo trước ngày 30/11/2027.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VP.\n\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nY Thị Hoa\n")
    got = _dues(text)
    assert got == {"Hội LHPN các xã": "2027-11-30"}


def test_a_weekday_of_a_weeks_ordinal_in_words_of_the_month_is_a_monthly_day():
    text = _KH_HEAD + (
        "1. Trạm Y tế các xã\n\nTổ chức buổi tư vấn dinh dưỡng vào thứ Bảy tuần thứ ba của tháng.") + _KH_TAIL
    ex = extract(text)
    due = [d for d in ex.deadlines if "tuần thứ ba" in d.text]
    assert [(d.date, d.recurrence) for d in due] == [("2027-04-17", "FREQ=MONTHLY;BYDAY=3SA")]
    assert _dues(text).get("Trạm Y tế các xã") == "2027-04-17"


def test_a_monthly_weekday_in_a_document_about_one_month_is_that_months_day_once():
    text = ("ĐẢNG BỘ PHƯỜNG AN PHÚ\n**CHI BỘ KHU PHỐ 5**\n\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n\nSố 11-NQ/CB\n\n"
            "*An Phú, ngày 03 tháng 5 năm 2027*\n\n**NGHỊ QUYẾT**\n\nvề lãnh đạo thực hiện nhiệm vụ tháng 5 năm 2027\n\n"
            "**II. NHIỆM VỤ**\n\n**1. Chi đoàn khu phố**\n\n"
            "Tổ chức ra quân dọn vệ sinh kênh rạch vào thứ Bảy tuần thứ ba của tháng.\n\n"
            "*Nơi nhận:*\n- Đảng ủy phường,\n- Lưu CB.\n\n**T/M CHI BỘ**\n**BÍ THƯ**\n\n**Phan Văn Lộc**\n")
    due = [d for d in extract(text).deadlines if "tuần thứ ba" in d.text]
    assert [(d.date, d.recurrence) for d in due] == [("2027-05-15", None)]
    assert _dues(text).get("Chi đoàn khu phố") == "2027-05-15"


def test_a_reports_results_part_ends_at_the_next_parts_heading_when_its_part_line_is_misread():
    text = _BC_HEAD + (
        "Phần thứ nhất\n\nKẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026\n\n"
        "I. CÔNG TÁC XÂY DỰNG ĐẢNG\n\n1. Công tác kiểm tra, giám sát\n\n"
        "Ban Thường vụ Đảng ủy tổ chức 04 hội nghị chuyên đề, kiểm tra 06 chi bộ về công tác phát triển đảng viên.\n\n"
        "Phan thị hải\n\nPHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027\n\n"
        "I. NHIỆM VỤ CỤ THỂ\n\n1. Ủy ban Kiểm tra Đảng ủy\n\n"
        "Xây dựng chương trình kiểm tra, giám sát năm 2027, ban hành trước ngày 20/01/2027.") + _BC_TAIL
    assert _dues(text) == {"Ủy ban Kiểm tra Đảng ủy": "2027-01-20"}


def test_a_board_sharing_out_its_own_members_charges_nobody():
    """A standing board of a mass organisation sharing out its own members (the same kind as a Chi ủy's "Phân công chi
    ủy viên phụ trách …"): no obligation of "Ủy viên Ban Thường vụ"; a board member charged by name still is one."""
    from vanban.extract import extract
    text = ("HỘI LIÊN HIỆP PHỤ NỮ TỈNH AN GIANG\n\nKẾ HOẠCH\nTriển khai phong trào năm 2027\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\n1. Ban Thường vụ Hội LHPN tỉnh\n\n"
            "- Phân công đồng chí Ủy viên Ban Thường vụ phụ trách từng cụm chi hội; hướng dẫn, kiểm tra việc thực hiện.\n")
    whos = [o.who for o in extract(text).obligations]
    assert not any(w.startswith("Ủy viên Ban Thường vụ") for w in whos), whos

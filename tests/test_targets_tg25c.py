"""Targets on tune25's kinds (session 25, tg25c), with sentences written for these tests in the style of a Công an
tỉnh's or a UBND's plan for the Tết (expected values by hand):

* a sentence opening with the last Tết by its lunar year, "năm" left out ("Dịp Tết Nguyên đán Giáp Thìn 2024, …"),
  reports that Tết's figures in a plan written after it: no targets; the Tết the plan is for stays;
* "ổ" (a nest, a cluster: "ổ nhóm tội phạm", "ổ dịch") folds like "ở" (at) yet, printed, opens a counted noun.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("CÔNG AN TỈNH AN GIANG\nSố: 301/KH-CAT\nAn Giang, ngày 02 tháng 12 năm 2024\n\nKẾ HOẠCH\n"
         "Bảo đảm an ninh, trật tự dịp Tết Nguyên đán Ất Tỵ 2025\n\n")
_TAIL = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nĐại tá Lê Văn Bình\n"


def _t(body: str, head: str = _HEAD):
    return [(t.min, t.max, t.unit) for t in extract(head + body + _TAIL).targets]


def test_the_last_tet_by_its_lunar_year_reports_results():
    body = ("I. MỤC ĐÍCH, YÊU CẦU, CHỈ TIÊU\n\n3. Chỉ tiêu\n\n- Kéo giảm ít nhất 5% số vụ phạm pháp hình sự so với cùng "
            "kỳ Tết Giáp Thìn 2024.\n\nDịp Tết Nguyên đán Giáp Thìn 2024, toàn tỉnh xảy ra\n85 vụ phạm pháp hình sự "
            "(giảm 4,2%), điều tra làm rõ 70 vụ, đạt 82,4%; xảy ra\n12 vụ tai nạn giao thông làm chết 9 người.\n")
    assert _t(body) == [(5, None, "%")]


def test_the_tet_planned_for_stays():
    # a plan written in the Tết's own year, before it: "Dịp Tết … Ất Tỵ 2025," opens the aims, not a review
    head = _HEAD.replace("ngày 02 tháng 12 năm 2024", "ngày 06 tháng 01 năm 2025")
    body = ("I. CHỈ TIÊU\n\nDịp Tết Nguyên đán Ất Tỵ 2025, bảo đảm 100% hộ nghèo được hỗ trợ đón Tết.\n")
    assert _t(body, head) == [(100, 100, "%")]


def test_a_nest_counted():
    body = ("III. NHIỆM VỤ CỤ THỂ\n\n1. Phòng Cảnh sát hình sự\n\n- Mở đợt tấn công, trấn áp tội phạm trộm cắp tài sản; "
            "triệt phá ít nhất 04 ổ nhóm tội phạm\nhoạt động theo kiểu \"xã hội đen\".\n")
    (got,) = _t(body)
    assert got[:2] == (4, None) and got[2].startswith("ổ nhóm")  # (the generic noun's words: "ổ nhóm tội")


_PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 08/CTr-UBND\nYên Bái, ngày 20 tháng 01 năm 2027\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n"
         "Thực hiện Nghị quyết về chăm sóc sức khỏe Nhân dân\n\n")


def test_an_average_age_to_reach():
    # life expectancy and an average age are an indicator's value, not an age group
    body = ("2. Mục tiêu cụ thể\n\nĐến năm 2030:\n\n- Tuổi thọ bình quân của người dân trong tỉnh đạt 74,5 tuổi;\n\n"
            "- 100% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế.\n")
    assert _t(body, _PLAN) == [(74.5, 74.5, "tuổi"), (100, 100, "%")]


_HPN = ("HỘI LHPN XÃ TÂN LẬP\nSố: 03/KH-HPN\nTân Lập, ngày 15 tháng 01 năm 2027\n\nKẾ HOẠCH\n"
        "Tổ chức phong trào thi đua năm 2027\n\n")


def test_a_numbered_motto_is_no_count():
    # "gia đình 5 có, 3 sạch", "phương châm 4 tại chỗ" unquoted: the motto's name; the share before it stays
    body = ("III. CHỈ TIÊU NĂM 2027\n\n- Ít nhất 90% hộ gia đình hội viên đạt tiêu chí gia đình 5 có, 3 sạch.\n\n"
            "- Thực hiện tốt phương châm 4 tại chỗ trong phòng, chống thiên tai.\n")
    assert _t(body, _HPN) == [(90, None, "%")]


def test_the_support_granted_is_a_target():
    # "được hỗ trợ" + figure: the rate the plan grants; "đề nghị hỗ trợ 20 xe" stays a request
    body = ("V. KHEN THƯỞNG\n\n- Mỗi chi hội đạt danh hiệu xuất sắc được hỗ trợ 300.000 đồng từ nguồn quỹ Hội.\n\n"
            "- Đề nghị Ủy ban nhân dân xã hỗ trợ 20 bộ bàn ghế cho các chi hội.\n")
    assert _t(body, _HPN) == [(300000, 300000, "đồng")]


def test_the_quota_each_body_sends():
    # "mỗi" opening the clause, a verb of sending or choosing before the figure: exactly so many
    head = ("SỞ NỘI VỤ\nSố: 41/SNV-TĐKT\nNghệ An, ngày 12 tháng 01 năm 2027\n\nV/v tổng kết công tác thi đua\n\n")
    body = ("4. Đầu mối\n\nMỗi sở, ban, ngành, địa phương cử 01 công chức theo dõi công tác thi đua.\n\n"
            "5. Suy tôn\n\nMỗi cụm thi đua suy tôn 02 đơn vị dẫn đầu để đề nghị tặng Cờ thi đua.\n\n"
            "6. Các đơn vị mới thành lập chọn 02 thôn làm điểm.\n")
    got = _t(body, head)
    assert [g[:2] for g in got] == [(1, 1), (2, 2)]
    assert got[0][2].startswith("công chức") and got[1][2] == "đơn vị"


_QD = ("ỦY BAN NHÂN DÂN\nXÃ HƯNG LỘC\nSố: 09/QĐ-UBND\nHưng Lộc, ngày 08 tháng 01 năm 2027\n\nQUYẾT ĐỊNH\n"
       "Về việc giao chỉ tiêu tuyển chọn và gọi công dân nhập ngũ năm 2027\n\n")


def test_the_quota_met_last_year_names_no_aim():
    # "đã hoàn thành 100% chỉ tiêu": the quota met, its breakdown a result; an aim still counts
    body = ("Điều 2. Tổ chức thực hiện\n\nNăm 2026, xã Hưng Lộc đã hoàn thành 100% chỉ tiêu giao quân (28/28 công dân), "
            "trong đó có 03 đảng viên.\n\n")
    assert _t(body, _QD) == []
    body = ("Điều 2. Tổ chức thực hiện\n\nNăm 2027, xã phải hoàn thành 100% chỉ tiêu giao quân, trong đó có ít nhất "
            "03 đảng viên.\n\n")
    assert _t(body, _QD) == [(100, 100, "%"), (3, None, "đảng viên")]


def test_a_rate_after_voi_muc():
    body = ("Điều 2. Tổ chức thực hiện\n\nb) Tổ chức thăm hỏi, tặng quà công dân trúng tuyển với mức 400.000\n"
            "đồng/người từ ngân sách xã.\n")
    assert _t(body, _QD) == [(400000, 400000, "đồng")]


def test_the_recipients_listed_next_are_no_count():
    body = ("Điều 1. Giao chỉ tiêu\n\n1. Tổng chỉ tiêu giao cho xã năm 2027 là 30 công dân.\n\n"
            "2. Giao chỉ tiêu cụ thể cho 09 thôn như sau:\n\n- Thôn Đông: 4 công dân;\n")
    got = _t(body, _QD)
    assert (9, 9, "thôn") not in got and (30, 30, "công dân") in got


def test_at_least_one_inside_a_share_says_which_ones():
    # "100% hộ gia đình … có ít nhất 01 thành viên …": which households the share counts, one target
    head = ("ĐẢNG BỘ XÃ THANH SƠN\nSố: 12-KL/ĐU\nThanh Sơn, ngày 18 tháng 01 năm 2027\n\nKẾT LUẬN\n"
            "Về đẩy mạnh chuyển đổi số\n\n")
    body = ("2. Mục tiêu\n\nPhấn đấu đến năm 2030, 100% hộ gia đình trên địa bàn xã có ít nhất 01 thành viên biết sử "
            "dụng dịch vụ công trực tuyến.\n")
    assert _t(body, head) == [(100, 100, "%")]

"""Targets of session 34's third wave (tgt34c, on tune33's kinds), each input written here in the kind's wording:

* a place among the leaders ("thuộc nhóm 12 tỉnh, thành phố dẫn đầu") is a rank, unit "thứ hạng" (the printed "top 05"
  keeps "top");
* "ít nhất từ 02 đến 03 sáng kiến" is the range 2–3;
* a lead time told per case ("chậm nhất 60 ngày đối với … và 120 ngày đối với … trước khi …"): both figures at least;
* a posting's span ("niêm yết công khai trong thời hạn 15 ngày", also after a long list) is exact, a limit "kể từ …"
  stays a maximum, and "hỗ trợ trong thời hạn 20 ngày kể từ …" is a time limit, no request;
* "đạt 2% dân số trở lên": a minimum after the rate's base;
* "từ đủ 22 tuổi đến 55 tuổi": the age limits of who may serve;
* a sports festival's rules: "Bóng đá nữ: mỗi đơn vị đăng ký 01 đội", "mỗi đội 08 người", "tặng Giấy khen cho 05 tập
  thể xuất sắc";
* "Các xã có tỷ lệ hộ nghèo trên 25% (…)" says which xã, no target.
"""

from test_targets_tg25 import _kh  # (a UBND tỉnh's plan around one body part)


def test_a_place_among_the_leading_provinces_is_a_rank():
    body = ("II. CHỈ TIÊU\n\n1. Chỉ số hài lòng của người dân (SIPAS) của tỉnh thuộc nhóm 12 tỉnh, thành phố dẫn đầu "
            "cả nước.\n\n2. Chỉ số chuyển đổi số của tỉnh xếp hạng top 05 khu vực.\n")
    assert _kh(body) == [(None, 12, "thứ hạng"), (None, 5, "top")]


def test_a_floor_word_before_a_range_keeps_both_ends():
    body = "II. CHỈ TIÊU\n\n1. Mỗi chi hội, mỗi năm có ít nhất từ 02 đến 03 sáng kiến được áp dụng.\n"
    assert _kh(body) == [(2, 3, "sáng kiến")]


def test_a_lead_time_told_per_case_is_a_minimum_for_each():
    body = ("III. NHIỆM VỤ\n\n- Thông báo di dời được gửi đến từng hộ chậm nhất 60 ngày đối với nhà ở và 120 ngày đối "
            "với cơ sở sản xuất trước khi tổ chức cưỡng chế.\n")
    assert [(lo, hi) for lo, hi, _ in _kh(body)] == [(60, None), (120, None)]


def test_a_posting_span_is_exact_and_a_limit_from_an_event_a_maximum():
    body = ("III. NHIỆM VỤ\n\n- Danh sách các hộ được hỗ trợ được niêm yết công khai trong thời hạn 15 ngày tại nhà văn "
            "hóa ấp.\n\n- Niêm yết danh sách dự kiến người được cấp thẻ, người được gia hạn thẻ, người bị thu hồi thẻ tại "
            "trụ sở Ủy ban nhân dân xã và nhà văn hóa các ấp trong thời gian 05 ngày làm việc.\n\n- Chi trả tiền hỗ "
            "trợ, bồi thường cho các hộ bị ảnh hưởng, hỗ trợ trong thời hạn 20 ngày kể từ ngày có quyết định phê "
            "duyệt.\n")
    assert _kh(body) == [(15, 15, "ngày"), (5, 5, "ngày làm việc"), (None, 20, "ngày")]


def test_a_rate_bound_after_its_base():
    body = "II. CHỈ TIÊU\n\n1. Số người tham gia tập luyện thể thao thường xuyên đạt 2% dân số trở lên.\n"
    assert [(lo, hi) for lo, hi, _ in _kh(body)] == [(2, None)]


def test_an_age_band_from_a_full_age_is_a_rule_s_limits():
    assert _kh("III. NHIỆM VỤ\n\n1. Cộng tác viên là người từ đủ 22 tuổi đến 55 tuổi, có sức khỏe tốt.\n") \
        == [(22, 55, "tuổi")]
    assert _kh("III. NHIỆM VỤ\n\n1. Khám sàng lọc cho trẻ em từ 03 tháng đến 24 tháng tuổi.\n") == []


def test_a_sports_festival_s_rules():
    body = ("IV. SỐ LƯỢNG VẬN ĐỘNG VIÊN\n\n- Bóng đá nữ: mỗi đơn vị đăng ký 01 đội, tối đa 14 vận động viên.\n\n"
            "- Bóng chuyền: mỗi đội 08 người (06 chính thức, 02 dự bị).\n\n"
            "V. KHEN THƯỞNG\n\n- Tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã cho 05 tập thể xuất sắc.\n")
    assert _kh(body) == [(1, 1, "đội"), (None, 14, "vận động viên"), (8, 8, "người"), (5, 5, "tập thể")]


def test_a_share_that_says_which_bodies_is_no_target():
    body = ("II. CHỈ TIÊU\n\n1. Các xã có tỷ lệ hộ nghèo trên 25% (Tà Lèng, Nậm Cang) phấn đấu giảm ít nhất 4 điểm phần "
            "trăm.\n")
    assert [(lo, hi) for lo, hi, _ in _kh(body)] == [(4, None)]

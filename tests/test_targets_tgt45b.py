"""Targets in prose of the kinds of authored43's and tune43's documents (tgt45b, session 45).

A numbered rule whose first line wraps in lower case is no "Kết quả …" heading; the outcome of a vote turning on a
share ("Kết quả … khi có trên 50% …") is a floor however many words name the outcome; a share's base opened by "số"
before "trở lên" closes a floor; a count in brackets with its own bound beside a share is a target of its own; a fatal
accident not to happen among a plan's goals is a cap of 0 "vụ", and no death is counted in a "Mục đích, yêu cầu" part;
a funding total with an aside in brackets before its "gồm:" is the plan's budget. Each text below is written for these
tests in the style of such documents, not copied from a labelled one; the expected values follow
``../shared/realdocs/labeled/README.md`` (trên / ít nhất / trở lên → min only; không quá → max only; an exact figure →
min = max).
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH\nỦY BAN NHÂN DÂN XÃ PHƯỚC SƠN\nSố: 33/KH-UBND\n"
         "Phước Sơn, ngày 12 tháng 3 năm 2035\n\nKẾ HOẠCH\nThực hiện công tác năm 2035\n\n")
_TAIL = "\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Hòa\n"


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_HEAD + body + _TAIL).targets]


def test_a_wrapped_rule_opening_with_ket_qua_is_no_results_heading():
    body = ("**II. QUY ĐỊNH**\n\n3. Kết quả đánh giá của tổ đảng được thông qua khi có trên 50% số đảng\n"
            "viên dự họp đồng ý.\n")
    assert (50.0, None, "%") in _t(body)


def test_a_results_heading_alone_on_its_line_stays_one():
    body = ("**I. TÌNH HÌNH**\n\n1. Kết quả thực hiện năm 2034\nNăm 2034 toàn xã có 92% số hộ dùng nước sạch.\n\n"
            "**II. CHỈ TIÊU**\n\n- Phấn đấu 95% số hộ dùng nước sạch.\n")
    got = _t(body)
    assert (95.0, 95.0, "%") in got and not any(a == 92.0 for a, _, _ in got)


def test_a_long_outcome_before_the_share_it_turns_on():
    body = ("**III. NGUYÊN TẮC**\n\nKết quả bình xét hộ gia đình văn hóa của khu dân cư năm nay được công nhận khi có "
            "trên 50% số hộ dự họp đồng ý.\n")
    assert (50.0, None, "%") in _t(body)


def test_a_share_of_a_count_with_tro_len_after_its_base_is_a_floor():
    body = "**II. CHỈ TIÊU**\n\n1. Phấn đấu 85% số hộ nông dân trở lên được tập huấn kỹ thuật.\n"
    assert (85.0, None, "%") in _t(body)


def test_a_bracketed_count_with_its_own_floor_beside_a_share():
    body = ("**II. CHỈ TIÊU**\n\n1. Phấn đấu có từ 70% số hộ trở lên đạt tiêu chí \"Hộ sạch\" "
            "(tối thiểu 640 hộ).\n\n2. 100% tổ dân phố (09 tổ) tổ chức ra quân.\n")
    got = _t(body)
    assert (70.0, None, "%") in got and (640.0, None, "hộ") in got
    assert not any(a == 9.0 for a, _, _ in got)  # the whole the 100% is of, in brackets: no target


def test_no_fatal_accident_among_the_goals_is_a_cap_of_zero():
    body = ("**II. CHỈ TIÊU**\n\n- Giảm ít nhất 5% số vụ tai nạn giao thông. Phấn đấu không để xảy ra vụ tai nạn "
            "giao thông chết người trên tuyến đê.\n")
    assert (None, 0, "vụ") in _t(body)


def test_no_death_in_the_purpose_part_is_no_target():
    body = ("**I. MỤC ĐÍCH, YÊU CẦU**\n\n1. Chủ động phòng bệnh cho đàn vật nuôi; không để xảy ra trường hợp người "
            "tử vong do bệnh truyền từ động vật.\n\n**II. CHỈ TIÊU**\n\n- Tiêm phòng cho ít nhất 90% đàn chó.\n")
    got = _t(body)
    assert (90.0, None, "%") in got and not any(u == "trường hợp" for _, _, u in got)


def test_a_funding_total_with_an_aside_before_its_lines():
    body = ("**IV. KINH PHÍ**\n\nTổng kinh phí hỗ trợ dự kiến 640.000.000 đồng (chưa tính phần đóng góp của các hộ), "
            "gồm:\n\n- Ngân sách tỉnh: 400.000.000 đồng;\n\n- Ngân sách xã: 240.000.000 đồng.\n")
    got = _t(body)
    assert (640000000.0, 640000000.0, "đồng") not in got  # (tgt49) the total: the budget's means (most sets)
    assert (400000000.0, 400000000.0, "đồng") in got and (240000000.0, 240000000.0, "đồng") in got  # its lines stay


def test_a_gifts_worth_after_tri_gia_is_a_target_and_no_word_of_its_noun():
    body = ("**III. CHẾ ĐỘ**\n\n- Mỗi tình nguyện viên được nhận 01 phần quà trị giá 150.000 đồng.\n\n"
            "- Khen thưởng học sinh giỏi năm học 2035 - 2036, tổng số 45 suất, trị giá 60.000.000 đồng, gồm các mức.\n")
    got = _t(body)
    assert (150000.0, 150000.0, "đồng") in got and (60000000.0, 60000000.0, "đồng") in got
    assert not any("trị" in (u or "") for _, _, u in got)


def test_a_generic_unit_count_in_brackets_is_the_whole_of_the_kinds_listed():
    body = "**II. CHỈ TIÊU**\n\n1. 100% trạm y tế, nhà văn hóa, chợ trên địa bàn phường (14 đơn vị) treo khẩu hiệu.\n"
    got = _t(body)
    assert (100.0, 100.0, "%") in got and not any(a == 14.0 for a, _, _ in got)


def test_one_each_in_brackets_after_the_whole_is_its_breakdown():
    body = ("**III. NHIỆM VỤ**\n\n- Mở ít nhất 04 lớp hướng dẫn kỹ thuật (mỗi tổ dân phố 01 lớp) trong quý II.\n\n"
            "- Thành lập 06 đội hình (mỗi khu phố ít nhất 01 đội) để ra quân.\n")
    got = _t(body)
    assert (4.0, None, "lớp") in got and not any(a == 1.0 and b == 1.0 for a, b, _ in got)
    assert (1.0, None, "đội") in got

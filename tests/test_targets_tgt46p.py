"""Targets in prose of the kinds authored44 and tune44 missed (tgt46p, session 46).

A sum of money per item ("đồng/người", "đồng/liều", "đồng/sản phẩm") whatever verb gives or asks it; a rhythm
written with its period first whatever its verb ("mỗi ngày 02 buổi"), or raised to so often ("tăng tần suất … lên 02
lần/ngày"). Each text below is written for these tests in the style of such documents (a xã's plans and their
"Kinh phí" parts), not copied from a labelled one; the expected values follow ``../shared/realdocs/labeled/README.md``
(tối đa / không quá → max only; tối thiểu / từ … trở lên → min only; an exact figure → min = max).
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN HUYỆN ĐỨC THỌ\nỦY BAN NHÂN DÂN XÃ TÙNG LỘC\nSố: 41/KH-UBND\n"
         "Tùng Lộc, ngày 05 tháng 9 năm 2035\n\nKẾ HOẠCH\nTriển khai công tác năm 2035\n\n")
_TAIL = "\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Bình\n"


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_HEAD + body + _TAIL).targets]


# --- a sum per item -------------------------------------------------------------------------------------------------

def test_a_gift_per_head_after_tang():
    body = ("**IV. KINH PHÍ**\n\nMỗi thanh niên nhập ngũ được Hội Liên hiệp Phụ nữ xã tặng 300.000 đồng/người; "
            "Đoàn Thanh niên xã tặng 200.000 đồng/người.\n")
    got = _t(body)
    assert (300000.0, 300000.0, "đồng/người") in got and (200000.0, 200000.0, "đồng/người") in got


def test_a_fee_per_dose_or_head_after_nop():
    body = ("**III. KINH PHÍ**\n\n1. Vắc xin cúm gia cầm: hộ chăn nuôi nộp 1.500 đồng/liều.\n\n"
            "2. Vắc xin dại: chủ nuôi nộp tiền công tiêm 10.000 đồng/con (đã gồm sổ theo dõi).\n")
    got = _t(body)
    assert (1500.0, 1500.0, "đồng/liều") in got and (10000.0, 10000.0, "đồng/con") in got


def test_a_support_level_after_a_labels_colon():
    body = ("**IV. MỨC HỖ TRỢ**\n\na) Mô hình mới đạt chuẩn: hỗ trợ 20.000.000 đồng/mô hình; mô hình nâng cấp: "
            "hỗ trợ 8.000.000 đồng/mô hình.\n")
    got = _t(body)
    assert (20000000.0, 20000000.0, "đồng/mô hình") in got and (8000000.0, 8000000.0, "đồng/mô hình") in got


def test_a_cap_and_a_floor_per_item():
    body = ("**IV. KINH PHÍ**\n\n- Chi phí kiểm nghiệm: 50% chi phí, không quá 2.500.000 đồng/mẫu.\n"
            "- Doanh nghiệp ủng hộ từ 2.000.000 đồng/đơn vị trở lên.\n")
    got = [(lo, hi, (u or "").split("/")[0]) for lo, hi, u in _t(body)]  # (an earlier reader may keep "đồng" alone)
    assert (None, 2500000.0, "đồng") in got
    assert (2000000.0, None, "đồng") in got


def test_a_reckoning_a_breakdown_a_request_and_the_past_are_no_levels():
    body = ("**I. KẾT QUẢ NĂM 2034**\n\nNăm 2034 xã đã hỗ trợ 700.000 đồng/hộ cho 30 hộ.\n\n"
            "**III. KINH PHÍ**\n\n- In tờ rơi: 2.000 tờ x 1.500 đồng/tờ = 3.000.000 đồng.\n"
            "- Sửa chữa 02 nhà văn hóa: 40.000.000 đồng (20.000.000 đồng/nhà).\n"
            "- Đề nghị Ủy ban nhân dân huyện xem xét hỗ trợ 900.000 đồng/hộ.\n"
            "- Hỗ trợ hộ tham gia mô hình phân loại rác 600.000 đồng/hộ.\n")
    got = _t(body)
    assert not any(v in (700000.0, 1500.0, 20000000.0) for lo, hi, _ in got for v in (lo, hi))
    assert (600000.0, 600000.0, "đồng/hộ") in got  # (the reader still reads a level in the same part)


def test_a_table_row_is_left_to_the_table_readers():
    body = ("**III. KINH PHÍ**\n\n| TT | Nội dung | Mức chi |\n|---|---|---|\n| 1 | Bồi dưỡng | 75.000 đồng/người |\n\n"
            "Ngoài mức trên, mỗi tuyên truyền viên được hỗ trợ thêm 40.000 đồng/buổi phát thanh.\n")
    got = _t(body)
    assert not any(u == "đồng/người" for _, _, u in got)
    assert (40000.0, 40000.0, "đồng/buổi") in got


# --- a rhythm -------------------------------------------------------------------------------------------------------

def test_a_rhythm_with_its_period_first_and_no_verb_beside_it():
    body = ("**III. NHIỆM VỤ**\n\n- Loa truyền thanh xã phát nội dung tuyên truyền về phòng cháy mỗi ngày 02 buổi "
            "trong tháng cao điểm.\n- Các thôn vệ sinh đường làng hằng tuần 01 buổi vào sáng Chủ nhật.\n"
            "- Thông báo lịch thu gom trên nhóm Zalo thôn, mỗi tuần 01 lần đến hết đợt.\n")
    got = _t(body)
    assert (2.0, 2.0, "buổi/ngày") in got
    assert (1.0, 1.0, "buổi/tuần") in got
    assert (1.0, 1.0, "lần/tuần") in got


def test_a_rhythm_raised_to_so_often():
    body = ("**III. NHIỆM VỤ**\n\n- Bố trí xe chuyên dụng; tăng tần suất vận chuyển rác tại khu chợ lên 03 lần/tuần "
            "trong tháng Tết.\n")
    assert (3.0, 3.0, "lần/tuần") in _t(body)


def test_a_sampling_frequency_is_no_rhythm_raised():
    body = ("**III. NHIỆM VỤ**\n\n- Quan trắc nước thải với tần suất 2 lần/tháng theo quy định.\n"
            "- Tổ công tác kiểm tra các điểm xả thải mỗi tuần 02 lần.\n")
    got = _t(body)
    assert not any(u == "lần/tháng" for _, _, u in got)
    assert (2.0, 2.0, "lần/tuần") in got


def test_new_before_a_day_is_no_each():
    body = ("**III. NHIỆM VỤ**\n\n- Tổ chức ra mắt mô hình mới ngày 02 tháng 10, mời 01 lần đại biểu.\n"
            "- Loa truyền thanh các thôn phát tin về mô hình mỗi tuần 02 buổi.\n")
    got = _t(body)
    assert not any((u or "").endswith("/ngày") for _, _, u in got)
    assert (2.0, 2.0, "buổi/tuần") in got


# --- zero goals, limits in a goal not to happen ---------------------------------------------------------------------

def test_no_village_left_blank_of_members_is_a_cap_of_zero():
    body = ("**II. CHỈ TIÊU**\n\n1. Kết nạp ít nhất 15 đảng viên mới.\n\n2. Đến hết năm 2036, không còn tổ dân phố "
            "“trắng” đảng viên; 100% chi bộ có quần chúng ưu tú.\n\n3. Không còn chi hội trắng đoàn viên dưới 30 tuổi "
            "(hiện còn 03 chi hội: Đông, Tây, Nam).\n")
    got = _t(body)
    assert (None, 0, "tổ dân phố") in got and (None, 0, "chi hội") in got
    assert not any(lo == 3.0 for lo, _, _ in got)  # today's count in brackets: no target
    assert not any(hi == 30.0 for _, hi, _ in got)  # the age says which members: read with the goal


def test_a_blank_village_reached_is_no_goal():
    body = ("**I. KẾT QUẢ NĂM 2035**\n\nĐến nay toàn xã không còn thôn trắng đảng viên.\n\n"
            "**II. CHỈ TIÊU**\n\n- Kết nạp ít nhất 10 đảng viên mới.\n")
    assert not any(hi == 0 for _, hi, _ in _t(body))


def test_none_sent_back_among_a_recruiting_plans_quotas():
    body = ("**2. Chỉ tiêu**\n\nNăm 2036 xã được giao 19 công dân. Giao quân đạt 100% chỉ tiêu, không có tân binh bị "
            "trả về do khám tuyển không chặt chẽ.\n")
    assert (None, 0, "tân binh") in _t(body)


def test_a_delay_in_minutes_after_khong_de_xay_ra_is_the_time_allowed():
    body = ("**II. CHỈ TIÊU**\n\n3. Không để xảy ra ách tắc giao thông kéo dài quá 45 phút tại khu vực chợ hoa "
            "Xuân.\n")
    assert (None, 45.0, "phút") in _t(body)


def test_the_grade_a_product_rises_from_is_no_floor():
    body = ("**II. MỤC TIÊU**\n\n- Phấn đấu 02 sản phẩm được nâng hạng từ 4 sao lên 5 sao.\n")
    got = _t(body)
    assert (2.0, 2.0, "sản phẩm") in got and not any((u or "").startswith("sao") for _, _, u in got)


# --- counts a task sets, a gift per head -----------------------------------------------------------------------------

def test_new_bodies_set_up_after_the_partners_named():
    body = ("**III. NHIỆM VỤ**\n\n- Phối hợp với Hội Người cao tuổi, Hội Cựu chiến binh xã thành lập mới 03 câu lạc bộ "
            "dưỡng sinh tại các thôn.\n")
    assert (3.0, 3.0, "câu lạc bộ") in _t(body)


def test_militia_posted_to_a_duty():
    body = ("**III. NHIỆM VỤ**\n\n**2. Ban Chỉ huy Quân sự xã**\n\nBố trí 06 dân quân thường trực tại bến đò và cổng "
            "chợ trong ba ngày lễ hội.\n")
    assert any(lo == 6.0 and hi == 6.0 and (u or "").startswith("dân quân") for lo, hi, u in _t(body))


def test_the_gift_each_one_gets_in_a_sentence_opened_by_moi():
    body = ("**IV. CHẾ ĐỘ, CHÍNH SÁCH**\n\n1. Mỗi tân binh được ngân sách xã tặng quà 1.500.000 đồng và Hội Phụ nữ xã "
            "tặng quà 300.000 đồng.\n\n2. Năm 2035 xã đã tặng quà 200.000 đồng cho 25 gia đình.\n")
    got = _t(body)
    assert (1500000.0, 1500000.0, "đồng") in got and (300000.0, 300000.0, "đồng") in got
    assert not any(lo == 200000.0 for lo, _, _ in got)


def test_the_results_a_plan_opens_on_in_brackets_are_reached():
    body = ("Căn cứ kết quả công tác phát triển đoàn viên năm 2035 (kết nạp 120 đoàn viên, đạt 92% chỉ tiêu; còn 02 chi "
            "đoàn có dưới 10 đoàn viên), Ban Chấp hành Đoàn xã xây dựng Kế hoạch năm 2036 như sau:\n\n**II. CHỈ TIÊU**\n\n"
            "1. Kết nạp ít nhất 130 đoàn viên mới.\n\n**IV. TỔ CHỨC THỰC HIỆN**\n\nCác chi đoàn gửi báo cáo kết quả năm "
            "2036 (không quá 03 trang) về Văn phòng.\n")
    got = _t(body)
    assert (130.0, None, "đoàn viên") in got
    assert not any(v in (92.0, 10.0) for lo, hi, _ in got for v in (lo, hi))
    assert (None, 3.0, "trang") in got  # a rule for the report, in brackets after "kết quả": kept


def test_none_sent_back_in_a_year_reported_is_reached():
    body = ("**I. MỤC ĐÍCH, YÊU CẦU**\n\n3. Năm 2035, xã đã giao 19 công dân nhập ngũ, đạt 100% chỉ tiêu trên giao, "
            "không có trường hợp bị trả về. Năm 2036, phấn đấu hoàn thành chỉ tiêu.\n")
    assert not any(hi == 0 for _, hi, _ in _t(body))

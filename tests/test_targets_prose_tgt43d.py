"""Prose targets of kinds new in session 43 (tgt43d).

Shares per thousand ("‰": a salinity threshold, a birth rate) read as percentages are, in their own unit; the quota
of entries each body brings ("mỗi trường tham gia 02 tiết mục"); the copies a plan prints and hands out ("in, phát
3.000 tờ rơi"); a support or a reward granted per item ("được thưởng 300.000 đồng/cây", "được hỗ trợ 200.000
đồng/đơn vị"), the item kept in the unit; a case closed by a colon, the rule's figure after it. Each text below is
written for these tests in the style of such documents, not copied from a labelled one; the expected values follow
``../shared/realdocs/labeled/README.md`` (an exact figure → min = max; "dưới" → max only; "từ … trở lên" → min only).
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ AN THẠNH\nSố: 57/KH-UBND\nAn Thạnh, ngày 12 tháng 10 năm 2033\n\nKẾ HOẠCH\n"
         "Thực hiện công tác năm 2033 - 2034\n\n"
         "UBND xã ban hành Kế hoạch như sau:\n\n")
_SIGN = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Hòa\n"


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_HEAD + body + _SIGN).targets]


_SALINITY = ("I. PHƯƠNG ÁN VẬN HÀNH CỐNG\n\n"
             "1. Phương án A – độ mặn tại trạm Cầu Kè dưới 2‰: mở cống lấy nước vào kênh nội đồng.\n\n"
             "2. Ngưng bơm nước tưới cho vườn bưởi khi độ mặn từ 0,8‰ trở lên; chỉ bơm lại khi độ mặn dưới 0,5‰.\n\n"
             "II. TỔ CHỨC THỰC HIỆN\n\nPhòng Kinh tế xã theo dõi, đo độ mặn.\n")


def test_a_salinity_threshold_in_per_mille_is_a_bound_in_its_own_unit():
    got = _t(_SALINITY)
    assert (None, 2.0, "‰") in got
    assert (0.8, None, "‰") in got
    assert (None, 0.5, "‰") in got
    assert not any(u == "%" for _, _, u in got)  # a per-mille share is not a percentage


def test_a_per_mille_rate_aimed_at_reads_as_a_percentage_does():
    got = _t("I. MỤC TIÊU\n\nPhấn đấu tỷ suất sinh thô giảm 0,2‰ so với năm 2032.\n")
    assert (0.2, 0.2, "‰") in got


_ENTRIES = ("I. ĐƠN VỊ THAM GIA\n\n"
            "- 05 trường học trên địa bàn: mỗi trường tham gia 03 tiết mục.\n\n"
            "- Các ấp: mỗi ấp, mỗi chi hội chuẩn bị 01 gian hàng ẩm thực.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n\nBan Tổ chức hướng dẫn các đơn vị.\n")


def test_the_entries_each_body_brings_are_its_quota():
    got = _t(_ENTRIES)
    assert any(lo == hi == 3.0 and u.startswith("tiết mục") for lo, hi, u in got)
    assert any(lo == hi == 1.0 and u.startswith("gian") for lo, hi, u in got)


def test_the_leaflets_printed_and_handed_out_are_counted():
    got = _t("I. NHIỆM VỤ\n\n1. Công an xã: tham mưu; in, phát 3.000 tờ rơi đến các hộ, xong trước ngày 30/10/2033.\n")
    assert any(lo == hi == 3000.0 and u.startswith("tờ") for lo, hi, u in got)


_PER_ITEM = ("I. MỨC HỖ TRỢ\n\n"
             "- Hộ tự nguyện chặt bỏ cây bạch đàn trước thời hạn được thưởng 300.000 đồng/cây.\n\n"
             "- Các chi hội không được xếp loại được hỗ trợ 200.000 đồng/đơn vị.\n\n"
             "- Trường hợp hộ nghèo có người khuyết tật: hỗ trợ 1.500.000 đồng/hộ và miễn phí vận chuyển.\n\n"
             "II. TỔ CHỨC THỰC HIỆN\n\nUBND xã chi trả.\n")


def test_a_reward_or_a_support_granted_per_item_is_a_norm():
    got = _t(_PER_ITEM)
    assert (300000.0, 300000.0, "đồng/cây") in got
    assert (200000.0, 200000.0, "đồng/đơn vị") in got


def test_the_figure_after_a_cases_colon_is_the_rules():
    got = _t(_PER_ITEM)
    assert (1500000.0, 1500000.0, "đồng/hộ") in got


def test_a_figure_in_the_case_stays_out_the_reward_with_an_award_is_read():
    # (tgt47t) the reward that goes with a Giấy khen is a level each one awarded gets: a34-02, a43-07, t42-02 and t46-09
    # label it ("… được … tặng Giấy khen kèm tiền thưởng 1.000.000 đồng", t42-02), t33-07 alone leaves a prize's out
    got = _t("I. KHEN THƯỞNG\n\n- Tập thể dẫn đầu được tặng Giấy khen kèm tiền thưởng 2.000.000 đồng.\n\n"
             "- Trường hợp chậm nộp từ 03 ngày trở lên:\n\n+ nhắc nhở bằng văn bản.\n")
    assert any(lo == hi == 2000000.0 for lo, hi, _ in got)
    assert not any(lo == 3.0 for lo, _, _ in got)


_MEMBERS = ("I. THÀNH PHẦN ĐOÀN KIỂM TRA\n\n"
            "- Bà Phạm Thị Hồng – Phó Chủ tịch UBND xã – Trưởng đoàn;\n\n"
            "- Ông Đỗ Văn Lâm – Trưởng Công an xã – Thành viên;\n\n"
            "- Thư ký: 01 cán bộ Phòng Kinh tế xã.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n\nĐoàn kiểm tra làm việc theo lịch.\n")


def test_the_one_person_holding_a_post_of_a_delegation_is_no_count():
    assert not any(lo == 1.0 for lo, _, _ in _t(_MEMBERS))


_SCOPE = ("I. MỤC TIÊU\n\n"
          "- Đến hết năm 2034, hoàn thành giải tỏa 100% số lều quán lấn chiếm tại 05 tuyến đường nêu tại Phụ lục 1.\n\n"
          "II. NỘI DUNG\n\n"
          "1. Tuyên truyền: tổ chức đối thoại tại 03 ấp có chợ tạm; hoàn thành trước ngày 30/11/2033.\n\n"
          "III. TỔ CHỨC THỰC HIỆN\n\nCông an xã chủ trì thực hiện.\n")


def test_places_pointed_to_in_an_appendix_or_named_by_what_they_hold_are_the_scope():
    got = _t(_SCOPE)
    assert (100.0, 100.0, "%") in got  # the goal
    assert not any(lo == hi == 5.0 for lo, hi, _ in got)  # the roads the appendix lists
    assert not any(lo == hi == 3.0 for lo, hi, _ in got)  # the hamlets that have a market


_GIFTS = ("I. NỘI DUNG\n\n"
          "Các chi hội trao quà cho hội viên cao tuổi neo đơn. Tổng số 600 suất quà; mức quà 250.000 đồng/suất. "
          "Riêng 25 suất quà dành cho hội viên trên 90 tuổi do lãnh đạo xã trực tiếp trao.\n\n"
          "II. TỔ CHỨC THỰC HIỆN\n\nHội Người cao tuổi xã chủ trì thực hiện.\n")


def test_a_total_of_gift_portions_and_its_part_are_counted():
    got = _t(_GIFTS)
    assert any(lo == hi == 600.0 and u.startswith("suất") for lo, hi, u in got)
    assert any(lo == hi == 25.0 and u.startswith("suất") for lo, hi, u in got)


def test_a_check_a_task_makes_with_its_period_first_is_an_exact_rhythm():
    got = _t("I. NHIỆM VỤ\n\n1. Trạm Y tế xã: từ ngày 01/11/2033 đo nhiệt độ kho vắc xin mỗi ngày 02 lần; "
             "kiểm tra hằng tháng 01 lần các bếp ăn tập thể.\n")
    # (tgt46p) the object between the verb and the rhythm: still the rhythm the task keeps, as "phát thông tin về an
    # toàn giao thông mỗi ngày 02 buổi" (a44-02) and every period-first rhythm of the earlier sets are labelled
    assert (2.0, 2.0, "lần/ngày") in got
    got = _t("I. NHIỆM VỤ\n\n1. Trạm Y tế xã: từ ngày 01/11/2033 đo mỗi ngày 02 lần nhiệt độ kho vắc xin; "
             "kiểm tra hằng tháng 01 lần các bếp ăn tập thể.\n")
    assert (2.0, 2.0, "lần/ngày") in got
    assert (1.0, 1.0, "lần/tháng") in got


def test_a_rhythm_after_do_as_because_is_none():
    got = _t("I. TÌNH HÌNH\n\nDo mỗi tuần 02 lần triều cường, các ấp ven sông thường bị ngập.\n")
    assert not any(u.startswith("lần") for _, _, u in got)


_SCENARIO = ("I. PHƯƠNG ÁN ỨNG PHÓ THEO CẤP ĐỘ\n\n"
             "**2. Phương án 2 – mực nước sông trên báo động 3, kéo dài trên 03 ngày:** cắm biển cảnh báo tại 06 vị trí "
             "ngầm tràn; huy động 25 xuồng máy và dân quân trực tại các điểm xung yếu.\n\n"
             "II. TỔ CHỨC THỰC HIỆN\n\nBan Chỉ huy phòng, chống thiên tai xã chủ trì thực hiện.\n")


def test_a_scenarios_means_and_positions_after_its_bold_label_are_counted():
    got = _t(_SCENARIO)
    assert any(lo == hi == 6.0 and u.startswith("vị trí") for lo, hi, u in got)
    assert any(lo == hi == 25.0 and u.startswith("xuồng") for lo, hi, u in got)


def test_the_band_a_scenarios_label_names_before_its_rule_is_its_threshold():
    got = _t("I. CÁC TÌNH HUỐNG\n\n"
             "**1. Tình huống 1 – độ đục tại trạm bơm dưới 2‰:** vận hành bình thường.\n\n"
             "**2. Tình huống 2 – độ đục tại trạm bơm từ 2‰ đến dưới 5‰:** tăng liều lượng phèn, giảm công suất bơm.\n\n"
             "II. TỔ CHỨC THỰC HIỆN\n\nNhà máy nước chủ trì thực hiện.\n")
    assert (None, 2.0, "‰") in got
    assert (2.0, 5.0, "‰") in got


def test_a_band_of_cases_with_no_scenario_label_stays_a_class():
    got = _t("I. MỨC THU\n\n- Từ 100 đến dưới 500 thí sinh: thu theo mức chung của tỉnh.\n")
    assert not any(lo == 100.0 for lo, _, _ in got)


def test_the_per_mille_sign_as_ocr_reads_it_is_per_mille():
    got = _t("I. PHƯƠNG ÁN\n\n**1. Phương án 1 – độ mặn tại cống Ba Lai dưới 2%o:** mở cống lấy nước; ngừng bơm tưới "
             "khi độ mặn từ 0,8%o trở lên.\n")
    assert (None, 2.0, "‰") in got and (0.8, None, "‰") in got


def test_a_percent_sign_run_into_the_next_word_is_no_per_mille():
    got = _t("I. MỤC TIÊU\n\nPhấn đấu tỷ lệ che phủ đạt 45%ở các thôn vùng cao.\n")
    assert not any(u == "‰" for _, _, u in got)

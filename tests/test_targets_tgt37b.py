"""Targets of the kinds of tune36's documents (tgt37b, session 37).

"nêu rõ 02 - 03 …" states, it opens no condition ("nếu" folds alike); an aim running on through its list of counts
("phấn đấu có 12 câu lạc bộ và 25 gương …"); the bodies and people the issuer commends ("khen thưởng 04 tập thể và
15 cá nhân"); a floor running on through a longer list of equipment; a cap on the damage a plan allows ("thiệt hại …
dưới 02 ha"); a plan's own figures under a "Tình hình …" part ("1. Kế hoạch diện tích …"); a fund's planned support
lines ("- Hỗ trợ xây mới 02 nhà …", "- Trao 120 suất quà …", "…, mỗi em 800.000 đồng"); a quota table's total the
body stated in millions; "bóng" no đồng; the age of those mobilised no bound; villages set up and the count a
rearrangement leaves; a staffed first-aid post and the team listed with it. Each text below is written for these
tests in the style of such documents, not copied from a labelled one; the expected values follow
``../shared/realdocs/labeled/README.md`` (từ / tối thiểu / trên → min only; dưới / không quá → max only; an exact
figure → min = max).
"""

from __future__ import annotations

from conftest import make_doc, signature

from vanban.extract import extract

# the header and signature the bodies below are wrapped in (conftest.make_doc)
_DOC = dict(issuer="XÃ PHÚ LỘC", number=77, date=(2, 4, 2031), signer="Nguyễn Văn Hòa")


def _t(body: str, head: str | None = None):
    """The targets of ``body`` in the commune's plan, or under another issuer's ``head`` (the Mặt trận's below)."""
    text = make_doc(body, **_DOC) if head is None else head + body + signature(_DOC["signer"])
    return [(t.min, t.max, t.unit) for t in extract(text).targets]


def test_state_is_no_condition():
    got = _t("II. NỘI DUNG\n\n1. Mỗi hội viên viết bản đăng ký năm 2031, nêu rõ 03 - 04 việc làm cụ thể; nộp cho chi "
             "hội trong tháng 5/2031.\n")
    assert (3, 4) in [g[:2] for g in got], got


def test_a_real_condition_still_gives_no_target():
    got = _t("II. NỘI DUNG\n\n1. Nếu tỷ lệ hộ tham gia thấp dưới 40% thì thôn tổ chức họp lại.\n")
    assert not [g for g in got if g[1] == 40], got


def test_an_aim_runs_on_through_its_list_of_counts():
    got = _t("II. NỘI DUNG\n\n1. Toàn xã phấn đấu có 12 câu lạc bộ và 25 gương người tốt việc tốt được nhân rộng.\n")
    assert (12, 12) in [g[:2] for g in got] and (25, 25) in [g[:2] for g in got], got


def test_those_the_issuer_commends_are_counted():
    got = _t("II. NỘI DUNG\n\n3. Khen thưởng\n\nCuối năm, Ủy ban nhân dân xã khen thưởng 04 tập thể và 15 cá nhân có "
             "thành tích tiêu biểu.\n")
    assert (4, 4, "tập thể") in got and (15, 15) in [g[:2] for g in got], got


def test_those_put_up_for_a_higher_award_stay_out():
    got = _t("II. NỘI DUNG\n\n3. Đề nghị Ủy ban nhân dân tỉnh khen thưởng 03 tập thể có thành tích xuất sắc.\n")
    assert not [g for g in got if g[0] == 3], got


def test_a_floor_runs_on_through_a_long_list_of_equipment():
    got = _t("II. NỘI DUNG\n\n2. Chuẩn bị phương tiện: bảo đảm toàn xã có tối thiểu 80 bàn dập lửa, 03 máy bơm nước, "
             "05 máy cắt cỏ, 20 bình chữa cháy và 100 cuốc xẻng.\n")
    for n in (80, 3, 5, 20, 100):
        assert (n, None) in [g[:2] for g in got], (n, got)


def test_a_cap_on_damage_is_a_bound():
    got = _t("I. MỤC TIÊU\n\n- Không để xảy ra cháy lớn; trường hợp xảy ra cháy, phần rừng bị cháy trong suốt mùa "
             "khô phải dưới 02 ha.\n")
    assert (None, 2, "ha") in got, got


def test_damage_reported_is_still_no_target():
    got = _t("I. TÌNH HÌNH\n\nMùa mưa năm 2030, bão số 3 gây thiệt hại 12 ha lúa.\n\nII. MỤC TIÊU\n\nGiảm thiệt hại.\n")
    assert not [g for g in got if g[0] == 12 or g[1] == 12], got


def test_a_plan_heading_inside_a_situation_part_ends_its_results():
    body = ("II. TÌNH HÌNH SẢN XUẤT VÀ DỰ BÁO SÂU BỆNH\n\n1. Kế hoạch gieo trồng vụ Xuân năm 2031\n\n"
            "Các hợp tác xã gieo cấy theo lịch.\n\n2. Ngưỡng phòng trừ\n\nChỉ phun thuốc khi mật độ sâu trên 40 con/m².\n\n"
            "III. MỤC TIÊU\n\nNăng suất lúa đạt từ 62 tạ/ha trở lên.\n")
    got = _t(body)
    assert (40, None) in [g[:2] for g in got], got


def test_a_results_part_without_a_plan_heading_stays_results():
    body = ("I. TÌNH HÌNH SẢN XUẤT VỤ MÙA NĂM 2030\n\n1. Kết quả\n\nNăng suất lúa bình quân đạt 58 tạ/ha.\n\n"
            "II. MỤC TIÊU\n\nNăng suất lúa đạt từ 62 tạ/ha trở lên.\n")
    got = _t(body)
    assert not [g for g in got if g[0] == 58], got


_FRONT = ("ỦY BAN MTTQ VIỆT NAM\nXÃ PHÚ LỘC\nBAN THƯỜNG TRỰC\nSố: 12/KH-MTTQ-BTT\nPhú Lộc, ngày 02 tháng 10 năm 2031\n\n"
          "KẾ HOẠCH\nVận động Quỹ năm 2031\n\n")


def test_a_funds_planned_support_lines_are_counted():
    body = ("III. SỬ DỤNG QUỸ\n\n1. Dự kiến sử dụng Quỹ\n\n- Hỗ trợ xây mới 02 nhà Đại đoàn kết cho hộ nghèo.\n\n"
            "- Trao 120 suất quà Tết cho hộ cận nghèo.\n\n- Hỗ trợ 30 học sinh nghèo vượt khó, mỗi em 800.000 đồng.\n")
    got = _t(body, _FRONT)
    for want in ((2, 2), (120, 120), (30, 30), (800000, 800000)):
        assert want in [g[:2] for g in got], (want, got)


def test_support_asked_of_a_higher_body_stays_a_request():
    body = "III. KIẾN NGHỊ\n\n- Đề nghị Ủy ban nhân dân tỉnh hỗ trợ 15 xe chở rác cho các xã.\n"
    got = _t(body, _FRONT)
    assert not [g for g in got if g[0] == 15], got


def test_a_quota_tables_total_stated_in_millions_is_counted_once():
    body = ("II. CHỈ TIÊU\n\nPhấn đấu tổng số tiền vận động đạt 45 triệu đồng (chỉ tiêu từng thôn tại bảng).\n\n"
            "| STT | Đơn vị | Chỉ tiêu vận động (đồng) |\n|---|---|---|\n| 1 | Thôn Đông | 25.000.000 |\n"
            "| 2 | Thôn Tây | 20.000.000 |\n| | Tổng cộng | 45.000.000 |\n\nIII. TỔ CHỨC THỰC HIỆN\n\nCác thôn triển khai.\n")
    got = _t(body, _FRONT)
    assert (45, 45, "triệu đồng") in got and not [g for g in got if g[0] == 45000000], got


def test_a_lamp_is_no_dong():
    got = _t("II. NỘI DUNG\n\n1. Công trình thanh niên: lắp đặt 25 bóng đèn chiếu sáng tại thôn Đông.\n")
    assert not [g for g in got if g[2] == "đồng"], got


def test_the_age_of_those_mobilised_is_no_bound():
    got = _t("II. NỘI DUNG\n\nĐoàn xã vận động các đoàn viên đủ 18 tuổi đăng ký hiến máu tình nguyện.\n")
    assert not [g for g in got if g[2] == "tuổi"], got


def test_villages_set_up_and_the_count_a_rearrangement_leaves():
    got = _t("II. PHẠM VI\n\nXã hiện có 15 thôn; thực hiện sáp nhập 04 thôn để thành lập 02 thôn mới. Sau sắp xếp, "
             "xã có 13 thôn.\n")
    assert (2, 2, "thôn") in got and (13, 13, "thôn") in got, got


def test_a_staffed_first_aid_post_and_the_team_listed_with_it():
    got = _t("V. TỔ CHỨC THỰC HIỆN\n\n2. Trạm Y tế xã\n\nBố trí 01 điểm sơ cấp cứu tại sân vận động và 01 tổ cấp cứu "
             "lưu động trong những ngày diễn ra lễ hội.\n")
    assert [g for g in got if g[:2] == (1, 1) and g[2].startswith("điểm")], got
    assert [g for g in got if g[:2] == (1, 1) and g[2].startswith("tổ")], got


def test_several_occasions_a_list_line_opens_with_are_a_quota():
    got = _t("II. NỘI DUNG\n\n2. Hoạt động truyền thông\n\n- Tổ chức 08 buổi sinh hoạt chuyên đề tại các thôn về phòng, "
             "chống bạo lực gia đình.\n")
    assert (8, 8, "buổi") in [(g[0], g[1], g[2].split()[0]) for g in got], got


def test_one_occasion_alone_stays_out():
    got = _t("II. NỘI DUNG\n\n- Tổ chức 01 hội nghị triển khai kế hoạch tại hội trường xã.\n")
    assert not [g for g in got if g[0] == 1], got


def test_upkeep_of_works_is_an_amount_not_a_floor():
    got = _t("III. NHIỆM VỤ, GIẢI PHÁP\n\n1. Biện pháp kỹ thuật\n\n- Phát dọn thực bì, làm mới và duy tu 8,5 km đường "
             "ranh cản lửa, hoàn thành trong tháng 12/2031.\n")
    assert (8.5, 8.5, "km") in got, got


def test_a_rhythm_given_as_its_interval():
    got = _t("V. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Kinh tế\n\n- Chủ trì điều tra sâu bệnh định kỳ 5 ngày/lần; báo cáo Ủy ban "
             "nhân dân xã.\n")
    assert (5, 5, "ngày") in got, got


def test_a_bare_duration_stays_out():
    got = _t("V. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Kinh tế\n\n- Sau 10 ngày, Phòng Kinh tế tổng hợp kết quả.\n")
    assert not [g for g in got if g[0] == 10], got


def test_rounds_told_one_by_one_after_their_count():
    got = _t("II. NỘI DUNG\n\n3. Phòng trừ\n\nPhun phòng bệnh khô vằn 2 lần, lần 1 khi lúa đứng cái, lần 2 sau lần 1 "
             "từ 7 - 10 ngày.\n")
    assert (2, 2, "lần") in got and (7, 10, "ngày") in got, got


def test_a_norms_rate_per_area_and_a_bounds_density():
    got = _t("II. NỘI DUNG\n\n1. Hỗ trợ giống: hỗ trợ 30% giá giống ngô theo định mức 20 kg/ha.\n\n2. Chỉ phun thuốc "
             "khi mật độ rầy trên 2.500 con/m².\n")
    assert (20, 20, "kg/ha") in got and (2500, None, "con/m²") in got, got


_SOWING = ("II. TÌNH HÌNH SẢN XUẤT VÀ DỰ BÁO SÂU BỆNH\n\n1. Kế hoạch diện tích gieo trồng vụ Xuân năm 2031\n\n"
           "Tổng diện tích gieo trồng vụ Xuân toàn xã là 640 ha, cụ thể:\n\n"
           "| STT | Cây trồng | Diện tích (ha) | Giống sử dụng |\n|---|---|---|---|\n"
           "| 1 | Lúa thuần | 410 | Giống BC15, TBR225 |\n| 2 | Lúa nếp | 150 | Nếp 97 |\n| 3 | Lạc | 80 | L14 |\n"
           "| | Tổng cộng | 640 | |\n\n2. Lịch thời vụ\n\nCấy xong trước ngày 20/02/2031.\n\n"
           "III. MỤC TIÊU\n\nNăng suất lúa đạt từ 62 tạ/ha trở lên.\n")


def test_a_plans_own_sowing_table_gives_each_crops_area():
    got = _t(_SOWING)
    for n in (410, 150, 80, 640):
        assert (n, n, "ha") in got, (n, got)


def test_a_table_of_the_present_state_gives_none():
    body = _SOWING.replace("1. Kế hoạch diện tích gieo trồng vụ Xuân năm 2031", "1. Hiện trạng diện tích cây trồng") \
        .replace("Tổng diện tích gieo trồng vụ Xuân toàn xã là 640 ha, cụ thể:", "Diện tích hiện có như sau:")
    got = _t(body)
    assert not [g for g in got if g[0] in (410, 150, 80, 640)], got


def test_the_count_left_after_several_acts_of_rearranging():
    got = _t("II. PHẠM VI\n\nSau khi sắp xếp, sáp nhập, toàn xã còn 11 thôn và 02 tổ dân phố.\n")
    assert (11, 11, "thôn") in got, got


def test_gifts_given_as_tang():
    got = _t("II. NỘI DUNG\n\n- Tặng 90 suất quà cho gia đình chính sách, mỗi suất trị giá 500.000 đồng.\n")
    assert (90, 90) in [g[:2] for g in got], got

"""Targets of authored37's kinds (tgt39a, session 39).

A gift table by age group whose worth column prints each row's sum of money in words ("Hình thức, mức quà": "Giấy
chúc thọ + quà trị giá 250.000 đồng"); the hours a rule lets a business open ("chỉ được hoạt động từ 07 giờ đến 23
giờ"); a schedule of rounds with a "Số <noun>" column; a span kept up without a break ("liên tục trong 05 ngày": exact,
no cap); a count in brackets that repeats the figure before it in other things ("(tương đương 500 người hiến)"); the
books counted by "sổ" after a floor's list; "quần chúng ưu tú" counted whole; a results word inside a requirement's
label ("Yêu cầu về kết quả:"); the classes opened, their counter printed with a capital by OCR ("Mở 03 Lớp"). No
target: an age that names the group of a rate ("Tỷ lệ lao động nữ dưới 55 tuổi …"), the run of a lapse that "không
còn …" rules out. Each text below is written for these tests in the style of such
documents, not copied from a labelled one; the expected values follow ``../shared/realdocs/labeled/README.md`` (an
exact figure → min = max; từ / ít nhất → min only).
"""

from __future__ import annotations

from conftest import make_doc

from vanban.extract import extract


# the header and signature the bodies below are wrapped in (conftest.make_doc)
_DOC = dict(issuer="PHƯỜNG TÂN AN", number=31, date=(9, 3, 2031), signer="Lê Văn Minh")


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(make_doc(body, **_DOC)).targets]


_AGES = ("II. NỘI DUNG\n\n1. Mức quà mừng thọ:\n\n"
         "| STT | Nhóm tuổi | Số người | Hình thức và mức quà tặng | Thành tiền (đồng) |\n|---|---|---|---|---|\n"
         "| 1 | Tròn 70 tuổi | 120 | Giấy chúc thọ + quà trị giá 250.000 đồng | 30.000.000 |\n"
         "| 2 | Tròn 80 tuổi | 64 | Giấy chúc thọ + quà trị giá 350.000 đồng | 22.400.000 |\n"
         "| 3 | Tròn 100 tuổi | 3 | Thiếp của Chủ tịch nước + quà của phường 800.000 đồng | 2.400.000 |\n"
         "| | Cộng | 187 | | 54.800.000 |\n\n"
         "2. Thời gian: trong dịp đầu Xuân.\n")


def test_each_age_groups_gift_worth_is_a_target():
    got = _t(_AGES)
    for n in (250000, 350000, 800000):
        assert (n, n, "đồng") in got, got


def test_the_estimated_heads_and_the_sums_of_a_gift_table_are_no_targets():
    got = _t(_AGES)
    assert not [g for g in got if g[0] in (120, 64, 3, 187, 30000000, 22400000, 54800000)], got


def test_the_hours_a_rule_lets_a_business_open():
    got = _t("II. NỘI DUNG\n\n1. Kiểm tra việc chấp hành quy định: quán bar chỉ được hoạt động trong khoảng từ 07 giờ "
             "đến 23 giờ mỗi ngày; cửa hàng trò chơi trực tuyến chỉ mở cửa từ 8 giờ 30 đến 22 giờ.\n")
    assert (7, 23, "giờ (giờ trong ngày)") in got and (8.5, 22, "giờ (giờ trong ngày)") in got, got


def test_a_sessions_hours_are_no_opening_window():
    assert _t("II. NỘI DUNG\n\n1. Thời gian tiếp nhận hồ sơ từ 07 giờ 30 đến 11 giờ 00 các ngày trong tuần.\n") == []


def test_a_rounds_count_column_is_a_target_per_round():
    got = _t("III. CÁC ĐỢT HIẾN MÁU\n\n| Đợt | Thời gian | Nơi tổ chức | Số lượng đơn vị máu |\n|---|---|---|---|\n"
             "| Đợt 1 | Chủ nhật, ngày 20/4/2031 | Nhà văn hóa tổ 3 | 180 |\n"
             "| Đợt 2 | Chủ nhật, ngày 19/10/2031 | Hội trường phường | 160 |\n")
    assert (180, 180, "đơn vị máu") in got and (160, 160, "đơn vị máu") in got, got


def test_a_span_kept_up_without_a_break_is_exact():
    got = _t("IV. TỔ CHỨC THỰC HIỆN\n\n1. Đài truyền thanh phường phát thông báo liên tục trong 05 ngày trước mỗi đợt.\n")
    assert (5, 5, "ngày") in got and not [g for g in got if g == (None, 5, "ngày")], got


def test_the_same_figure_again_in_brackets_is_one_target():
    got = _t("II. CHỈ TIÊU\n\n1. Năm 2031, phường tiếp nhận 500 đơn vị máu (tương đương 500 người hiến).\n")
    # (tgt51) counted in "đơn vị máu", the labels' unit in every set (a37-09's "900 đơn vị máu (tương đương 900 người hiến)")
    assert [g for g in got if g[0] == 500] == [(500, 500, "đơn vị máu")], got


def test_books_counted_after_a_floors_list():
    got = _t("II. NỘI DUNG\n\n1. Vận động các nhà hảo tâm tặng ít nhất 60 thẻ BHYT, 15 sổ BHXH tự nguyện cho hộ "
             "cận nghèo.\n")
    assert (60, None, "thẻ bhyt") in got and (15, None, "sổ bhxh") in got, got


def test_the_people_brought_up_for_membership_are_counted_whole():
    got = _t("II. CHỈ TIÊU\n\n1. Năm 2031, giới thiệu 35 quần chúng ưu tú dự lớp bồi dưỡng nhận thức về Đảng.\n")
    assert (35, 35, "quần chúng ưu tú") in got, got


def test_a_results_word_inside_a_requirements_label():
    got = _t("I. MỤC ĐÍCH, YÊU CẦU\n\n3. Yêu cầu về kết quả: 100% hộ gia đình có biến động được cập nhật vào sổ "
             "theo dõi.\n")
    assert got == [(100, 100, "%")], got


def test_an_age_naming_the_group_of_a_rate_is_no_target():
    got = _t("II. CHỈ TIÊU\n\n1. Tỷ lệ lao động nữ dưới 55 tuổi được tập huấn kỹ năng, chuyển đổi nghề đạt ít "
             "nhất 40%.\n")
    assert got == [(40, None, "%")], got


def test_the_run_of_a_lapse_no_body_may_be_left_in():
    got = _t("II. CHỈ TIÊU\n\n1. Kết nạp ít nhất 25 đảng viên mới; không còn chi bộ 03 năm liên tiếp không kết nạp "
             "được đảng viên.\n")
    assert got == [(25, None, "đảng viên")], got


def test_classes_opened_with_a_capital_counter_are_counted():
    got = _t("III. NHIỆM VỤ\n\n- Mở 03 Lớp bồi dưỡng kỹ năng cho cán bộ thôn: lớp đầu trong quý II/2031.\n")
    assert (3, 3, "lớp bồi dưỡng") in got, got

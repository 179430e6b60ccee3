"""Targets of the prose kinds of tune37's documents (tgt38b, session 38).

A club counted with its capital after a floor ("ít nhất 03 Câu lạc bộ …"); a programme aired so often ("phát thanh 04
lần/tháng"); "tuyến đường hoa" counted in "tuyến"; the year opening a support task's clause ("năm 2031 hỗ trợ 25 hộ");
every one of the places printed with zeros ("07/07 chi hội"); a body's size after a long name and term, the people
named to a role in brackets ("(01 đồng chí)" → người); a cap of 0 breaches among the chỉ tiêu; the classes a plan opens
("mở 03 lớp"); a case clause's "đã" that says which things; a lead time before each round. No target: the places one
each of the counted things stands in, a dated meeting's length with its opening hour, the window of a lapse a
prohibition rules out ("nào 03 năm liền không …"), the measure that says which things a share counts; a "Toàn xã" row
restating the prose's goals. Each text below is written for these tests in the style of such documents, not copied
from a labelled one; the expected values follow ``../shared/realdocs/labeled/README.md`` (từ / tối thiểu / trên → min
only; dưới / không quá → max only; an exact figure → min = max).
"""

from __future__ import annotations

from conftest import make_doc

from vanban.extract import extract


# the header and signature the bodies below are wrapped in (conftest.make_doc)
_DOC = dict(issuer="XÃ PHÚ LỘC", number=77, date=(2, 4, 2031), signer="Nguyễn Văn Hòa")


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(make_doc(body, **_DOC)).targets]


def test_a_club_with_its_capital_after_a_floor_is_counted():
    got = _t("II. NỘI DUNG\n\n1. Hội Nông dân xã lập thêm ít nhất 03 Câu lạc bộ nông dân sản xuất giỏi trong năm.\n")
    assert (3, None, "câu lạc bộ") in got, got


def test_a_programme_aired_so_often_is_a_rhythm():
    got = _t("II. NỘI DUNG\n\n1. Đài truyền thanh xã mở chuyên mục \"Nông thôn xanh\", phát sóng 03 lần/tháng trên hệ "
             "thống loa.\n")
    assert (3, 3, "lần/tháng") in got, got
    got = _t("II. NỘI DUNG\n\n| TT | Nội dung | Chủ trì | Thời gian |\n|---|---|---|---|\n| 1 | Duy trì chuyên mục an "
             "toàn giao thông phát thanh 04 lần/tháng | Đài truyền thanh | Hằng tháng |\n")
    assert (4, 4, "lần/tháng") in got, got


def test_a_flower_road_is_counted_in_its_counter():
    got = _t("II. NỘI DUNG\n\n1. Mỗi khu dân cư làm mới tối thiểu 01 tuyến đường hoa và cây cảnh.\n")
    assert got == [(1, None, "tuyến")], got


def test_the_year_may_open_a_support_task():
    got = _t("III. NHIỆM VỤ, GIẢI PHÁP\n\n- Giúp hộ khó khăn sửa chữa nhà ở; năm 2031 hỗ trợ 25 hộ, mỗi hộ 5.000.000 "
             "đồng từ Quỹ Vì người nghèo.\n")
    assert (25, 25, "hộ") in got, got


def test_every_one_of_the_places_printed_with_zeros():
    got = _t("II. NỘI DUNG\n\n1. Hội Cựu chiến binh xã nhân rộng mô hình \"Vườn mẫu\" ở 07/07 chi hội.\n")
    assert (7, 7, "chi hội") in got, got


def test_a_day_and_month_stays_no_count():
    assert _t("II. NỘI DUNG\n\n1. Từ 06/06 các thôn tổ chức ra quân.\n") == []
    assert _t("II. NỘI DUNG\n\n1. Ngày 05/05 thôn tổ chức họp.\n") == []


def test_a_body_with_a_long_name_and_term_and_its_size():
    got = _t("II. NỘI DUNG\n\n2. Bầu Tổ hòa giải thôn Đông nhiệm kỳ mới (07 thành viên).\n")
    assert (7, 7, "thành viên") in got, got


def test_the_people_named_to_a_role_in_brackets():
    got = _t("II. NỘI DUNG\n\n- Phân công người dẫn chương trình Đại hội (01 đồng chí); chuẩn bị hội trường.\n")
    assert (1, 1, "người") in got, got


def test_no_breach_among_the_aims_is_a_cap_of_zero():
    got = _t("II. NỘI DUNG\n\n1. Thi đua năm 2031 với các chỉ tiêu: 100% đoàn viên tham gia; không có đoàn viên vi phạm "
             "pháp luật.\n")
    assert (None, 0, "người") in got, got
    got = _t("II. CHỈ TIÊU\n\n- Trên 85% tổ chức đảng hoàn thành tốt nhiệm vụ; không có tổ chức đảng không hoàn thành "
             "nhiệm vụ.\n")
    assert (None, 0, "tổ chức đảng") in got, got


def test_no_breach_in_a_review_is_no_cap():
    assert _t("II. NỘI DUNG\n\n1. Năm 2030 không có cán bộ vi phạm kỷ luật.\n") == []


def test_the_classes_a_plan_opens():
    got = _t("II. NỘI DUNG\n\n1. Trung tâm học tập cộng đồng phối hợp với Hội Khuyến học mở 03 lớp xóa mù chữ cho người "
             "dân tộc thiểu số.\n")
    assert (3, 3, "lớp") in got, got
    assert _t("I. KẾT QUẢ\n\nNăm 2030, Trung tâm đã mở 03 lớp tin học.\n") == []


def test_a_case_clause_done_in_the_past_year_says_which_things():
    got = _t("II. NỘI DUNG\n\n1. Trong năm 2031, Đội kiểm tra rà soát toàn bộ cửa hàng; đối với những cửa hàng đã bị "
             "nhắc nhở trong năm 2030, kiểm tra tối thiểu 03 lần trong năm.\n")
    assert (3, None, "lần") in got, got


def test_a_lead_time_before_each_round():
    got = _t("II. NỘI DUNG\n\n1. Thông báo trên loa truyền thanh ít nhất 03 ngày trước mỗi đợt tiêm chủng; bố trí kinh "
             "phí.\n")
    assert (3, None, "ngày") in got, got


def test_the_places_each_counted_thing_stands_in():
    got = _t("II. CHỈ TIÊU\n\n- Duy trì 09 câu lạc bộ gia đình hạnh phúc tại 09 thôn; thành lập mới 02 nhóm trẻ.\n")
    assert (9, 9, "câu lạc bộ") in got and not [g for g in got if g[2] == "thôn"], got


def test_a_dated_meetings_length_with_its_opening_hour():
    assert _t("II. NỘI DUNG\n\n1. Hội nghị cán bộ: 01 buổi, bắt đầu lúc 14 giờ, ngày 05/5/2031.\n\n2. Thời gian: 01 "
              "buổi, khai mạc lúc 8 giờ 00, ngày 12/5/2031.\n") == []


def test_the_window_of_a_lapse_a_prohibition_rules_out():
    got = _t("II. CHỈ TIÊU\n\n1. Kết nạp ít nhất 40 đảng viên mới; không để tổ chức cơ sở đảng nào 03 năm liền không kết "
             "nạp được đảng viên.\n")
    assert got == [(40, None, "đảng viên")], got


def test_the_measure_that_says_which_things_a_share_counts():
    got = _t("II. CHỈ TIÊU\n\n- Tỷ lệ hộ có diện tích nhà ở từ 30 m2 trở lên đạt trên 75% tổng số hộ.\n")
    assert got == [(75, None, "%")], got


def test_a_whole_area_row_restating_the_prose_goal_is_counted_once():
    body = ("II. CHỈ TIÊU\n\n1. Số hộ tham gia bảo hiểm nông nghiệp đạt ít nhất 150 hộ.\n\n2. Chỉ tiêu của các thôn:\n\n"
            "| TT | Thôn | Bảo hiểm cây lúa (hộ) | Bảo hiểm vật nuôi (hộ) |\n|---|---|---|---|\n| 1 | Thôn Bến | 40 | 12 |\n"
            "| 2 | Thôn Bãi | 30 | 10 |\n| 3 | Thôn Gò | 45 | 8 |\n| 4 | Thôn Vực | 35 | 6 |\n"
            "| | **Toàn xã** | **150** | **36** |\n")
    got = _t(body)
    # the row's 150 says again the prose's "ít nhất 150 hộ"; its 36 is the whole's own quota, stated nowhere else
    assert (150, None, "hộ") in got and (150, 150, "hộ") not in got and (36, 36, "hộ") in got, got


def test_no_breach_in_a_criteria_list_is_no_cap():
    got = _t("II. NỘI DUNG\n\n3. Tiêu chí khen thưởng: Đối với các tổ dân phố: hoàn thành các chỉ tiêu được phân bổ; không có "
             "hộ dân vi phạm quy định về trật tự đô thị.\n")
    assert not [g for g in got if g[1] == 0], got


def test_a_land_category_named_by_its_share():
    got = _t("II. NỘI DUNG\n\n1. Rà soát việc cho thuê đất công ích 5% và đất chưa sử dụng do xã quản lý; thu hồi 100% diện "
             "tích cho thuê sai quy định.\n")
    assert got == [(100, 100, "%")], got

"""Targets of the kinds of authored38's documents (tgt40, session 40).

A numbered part headed for the situation and the aims together ("2. Thực trạng và chỉ tiêu") whose results end at its
numbered aims line ("2.2. Chỉ tiêu năm 2031"); an aims label that runs on after its colon ("Mục tiêu năm 2031: …; …")
under a roman part of the same kind; one figure with one scope in two rows of a chỉ tiêu table (two goals); a floor
label before an equipment list ("Trang bị tối thiểu: 03 …, 01 …"); a year opening an inspection's line ("Năm 2031,
kiểm tra 05/17 chi bộ"); a campaign's rounds table with the households of each round's area; a steering committee
named by its number ("Ban Chỉ đạo 389"); the places after the count they hold one each of, the places a share's
households live in, or the places an event is held at all at once ("đồng loạt tại …"); an activity's rhythm closing
its clause ("… mỗi tháng 01 lần"). Each text below is written for
these tests in the style of such documents, not copied from a labelled one; the expected values follow
``../shared/realdocs/labeled/README.md`` (từ / tối thiểu / ít nhất → min only; không quá → max only; an exact figure →
min = max).
"""

from __future__ import annotations

from conftest import make_doc

from vanban.extract import extract


# the header and signature the bodies below are wrapped in (conftest.make_doc)
_DOC = dict(issuer="XÃ HƯNG ĐẠO", number=41, date=(12, 3, 2031), signer="Lê Văn Toàn")


def _x(body: str, appendix: str = ""):
    return extract(make_doc(body, appendix=appendix, **_DOC))


def _t(body: str, appendix: str = ""):
    return [(t.min, t.max, t.unit) for t in _x(body, appendix).targets]


_SITUATION_AND_AIMS = ("1. Mục đích\n\nNâng cao hiệu quả công tác trợ giúp pháp lý cho người dân.\n\n"
                       "2. Thực trạng và chỉ tiêu\n\n2.1. Kết quả năm 2030\n\nNăm 2030, xã tiếp nhận 41 yêu cầu trợ giúp "
                       "pháp lý, giải quyết 38 yêu cầu, đạt 92,7%.\n\n2.2. Chỉ tiêu năm 2031\n\n"
                       "- Giải quyết từ 95% trở lên số yêu cầu trợ giúp pháp lý được tiếp nhận.\n\n"
                       "- Mỗi thôn có ít nhất 02 cộng tác viên trợ giúp pháp lý.\n\n"
                       "3. Nhiệm vụ\n\nTuyên truyền về quyền được trợ giúp pháp lý.\n")


def test_a_numbered_part_of_results_and_aims_ends_its_results_at_the_aims_line():
    got = _t(_SITUATION_AND_AIMS)
    assert (95.0, None, "%") in got
    assert (2.0, None, "cộng tác viên") in got
    assert not any(lo in (41.0, 38.0, 92.7) for lo, _, _ in got)  # the year past stays a result


_AIMS_LABEL_RUNS_ON = ("II. HIỆN TRẠNG VÀ MỤC TIÊU\n\nNăm 2030, xã được công nhận đạt chuẩn quốc gia về y tế; tuy nhiên "
                       "một số tiêu chí còn đạt điểm thấp.\n\nMục tiêu năm 2031: xã tiếp tục giữ chuẩn, tổng điểm tăng "
                       "ít nhất 04 điểm so với năm 2030; mỗi nhóm tiêu chí đạt ít nhất 70% số điểm của nhóm.\n\n"
                       "III. TỔ CHỨC THỰC HIỆN\n\nGiao Trạm Y tế xã chủ trì thực hiện.\n")


def test_an_aims_label_that_runs_on_after_its_colon_ends_the_results():
    got = _t(_AIMS_LABEL_RUNS_ON)
    assert (4.0, None, "điểm") in got
    assert (70.0, None, "%") in got


_TWO_ROWS_ONE_FIGURE = ("I. CHỈ TIÊU\n\n| TT | Chỉ tiêu | Mức phấn đấu | Đơn vị chủ trì |\n|---|---|---|---|\n"
                        "| 1 | Quyết định hành chính ban hành đúng thẩm quyền | 100% văn bản | Văn phòng UBND xã |\n"
                        "| 2 | Văn bản được đăng trên trang thông tin của xã | 100% văn bản; chậm nhất 03 ngày làm việc "
                        "sau khi ký | Văn phòng UBND xã |\n"
                        "| 3 | Hồ sơ được giải quyết đúng hạn | Tối thiểu 97% hồ sơ | Văn phòng UBND xã |\n")


def test_the_same_figure_and_scope_in_two_rows_of_a_table_are_two_goals():
    got = _t(_TWO_ROWS_ONE_FIGURE)
    assert got.count((100.0, 100.0, "%")) == 2
    assert (None, 3.0, "ngày làm việc") in got
    assert (97.0, None, "%") in got


def test_a_floor_label_before_an_equipment_list_sets_each_item_a_minimum():
    got = _t("II. NỘI DUNG\n\n1. Tủ thuốc cộng đồng\n\na) Vị trí: nhà văn hóa của mỗi thôn.\n\n"
             "b) Trang bị tối thiểu: 03 hộp sơ cứu loại lớn, 02 cáng cứu thương, 01 máy đo huyết áp; có sổ theo dõi.\n")
    assert (3.0, None, "hộp") in got
    assert (2.0, None, "cáng cứu thương") in got
    assert not any(lo is not None and lo == hi for lo, hi, _ in got)


def test_a_year_opening_an_inspection_line_keeps_its_count_out_of_the_whole():
    got = _t("II. NỘI DUNG\n\n2. Đối tượng kiểm tra\n\nNăm 2031, kiểm tra 05/17 chi bộ trực thuộc Đảng ủy xã về thu, "
             "nộp đảng phí.\n")
    assert (5.0, 5.0, "chi bộ") in got


_ROUNDS = ("II. NỘI DUNG\n\n1. Chiến dịch vệ sinh môi trường\n\nChiến dịch chia thành 02 đợt trên toàn bộ 11 thôn.\n\n"
           "| Đợt | Nhóm thôn | Thời gian | Số hộ dự kiến |\n| --- | --- | --- | --- |\n"
           "| Đợt 1 | Thôn 1 đến Thôn 6 | Từ ngày 10/5 đến ngày 12/5/2031 | 960 |\n"
           "| Đợt 1 | Thôn 7 đến Thôn 11 | Từ ngày 13/5 đến ngày 15/5/2031 | 845 |\n"
           "| Đợt 2 | Thôn 1 đến Thôn 6 | Từ ngày 14/6 đến ngày 16/6/2031 | 960 |\n")


def test_the_households_of_a_round_s_area_are_its_reach_not_a_goal():
    got = _t(_ROUNDS)
    assert not any(lo in (960.0, 845.0) for lo, _, _ in got)


def test_a_round_s_yield_column_stays_its_goal():
    got = _t("III. CÁC ĐỢT THU GOM\n\n| Đợt | Thời gian | Địa điểm | Số lượng pin thải (kg) |\n|---|---|---|---|\n"
             "| 1 | Tháng 4/2031 | Nhà văn hóa thôn Đông | 120 |\n| 2 | Tháng 9/2031 | Trường Tiểu học xã | 150 |\n")
    assert (120.0, 120.0, "kg") in got


def test_a_steering_committee_s_number_is_its_name():
    got = _t("I. CHỈ TIÊU\n\n- 100% thôn được tuyên truyền về phòng, chống ma túy (Ban Chỉ đạo 389 xã chủ trì).\n\n"
             "II. TỔ CHỨC THỰC HIỆN\n\nCác thành viên BCĐ 389 xã báo cáo kết quả về Thường trực Ban Chỉ đạo.\n")
    assert got == [(100.0, 100.0, "%")]


def test_places_holding_one_each_of_the_count_before_them_are_no_count():
    got = _t("II. NHIỆM VỤ\n\n| TT | Nhiệm vụ | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
             "| 1 | Trang bị 09 thùng thu gom pin thải tại 09 thôn | Phòng Kinh tế | Quý II/2031 |\n")
    assert not any(u == "thôn" for _, _, u in got)


def test_the_places_a_share_s_households_live_in_are_its_scope():
    got = _t("I. CHỈ TIÊU\n\n- Ít nhất 85% hộ gia đình tại 06 thôn vùng cao được hướng dẫn trồng cây dược liệu.\n")
    assert (85.0, None, "%") in got
    assert not any(u == "thôn" for _, _, u in got)


def test_an_activity_s_rhythm_closing_its_clause_is_exact():
    got = _t("III. TỔ CHỨC THỰC HIỆN\n\n1. Đoàn Thanh niên xã tổ chức ra quân dọn vệ sinh đường làng mỗi tuần 01 lần; "
             "báo cáo kết quả về UBND xã.\n")
    assert (1.0, 1.0, "lần/tuần") in got


def test_a_round_s_number_before_the_places_is_no_count_they_hold():
    got = _t("II. NỘI DUNG\n\n- Giám sát đợt 2 tại 03 xã và 02 hợp tác xã trong quý III/2031.\n")
    assert (2.0, 2.0, "hợp tác xã") in got


def test_the_places_an_event_is_held_at_all_at_once_are_its_scope():
    got = _t("I. YÊU CẦU\n\n- Ngày hội được tổ chức đồng loạt tại 09 thôn và 03 khu phố trong cùng một ngày.\n")
    assert not any(u in ("thôn", "khu phố") for _, _, u in got)

"""Targets of the kinds of authored34's and tune35's documents 06–10 (tgt36b, session 36).

A quota table per thôn / ấp whose quota head prints its bound and its unit in one pair of parentheses ("(tối thiểu,
hồ sơ)") beside a column counting those still to be served ("… chưa có … (người)"): each row's quota, a minimum, and
no cell of the count; the ages of the people a task lists or serves ("Lập danh sách công dân từ đủ 14 tuổi …") are no
bounds a rule sets. Each text below is written for these tests in the style of such documents, not copied from a
labelled one; the expected values follow ``../shared/realdocs/labeled/README.md`` (từ / tối thiểu → min only; an exact
figure → min = max).
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure.figure_tables import quota_head

_HEAD = ("CÔNG AN HUYỆN TÂN AN\nCÔNG AN XÃ AN BÌNH\nSố: 21/KH-CAX\nAn Bình, ngày 03 tháng 3 năm 2031\n\nKẾ HOẠCH\n"
         "Cấp giấy tờ cho công dân trên địa bàn xã năm 2031\n\n")
_TAIL = "\nKT. TRƯỞNG CÔNG AN XÃ\nPHÓ TRƯỞNG CÔNG AN XÃ\nLê Văn Tâm\n"


def _t(body: str, head: str = _HEAD, tail: str = _TAIL):
    return [(t.min, t.max, t.unit) for t in extract(head + body + tail).targets]


def _cells(*cells: str) -> str:
    return "\n\n".join(cells)


# a table copied from a Word grid: one cell a line, a blank line between cells, two between rows
_QUOTAS = ("II. CHỈ TIÊU\n\n1. Tiếp nhận tối thiểu 900 hồ sơ đăng ký trực tuyến trong năm.\n\n"
           "2. Chỉ tiêu cụ thể từng thôn:\n\n\n"
           + _cells("STT", "Thôn", "Hộ chưa có mã số định danh (hộ)", "Chỉ tiêu tiếp nhận hồ sơ (tối thiểu, hồ sơ)")
           + "\n\n\n" + _cells("1", "Thôn Đông", "45", "300")
           + "\n\n\n" + _cells("2", "Thôn Tây", "27", "350")
           + "\n\n\n" + _cells("3", "Thôn Bắc", "33", "250")
           + "\n\n\n" + _cells("", "Tổng cộng", "105", "900")
           + "\n\nIII. NỘI DUNG\n\nCông an xã tiếp nhận hồ sơ tại trụ sở.\n")


def test_a_head_with_its_bound_and_its_unit_in_one_pair_of_parentheses():
    assert quota_head("Chỉ tiêu tiếp nhận hồ sơ (tối thiểu, hồ sơ)") == ("unit", "hồ sơ", "min")
    assert quota_head("Số lượt kiểm tra (lượt, tối đa)") == ("unit", "lượt", "max")


def test_each_rows_quota_under_such_a_head_is_a_minimum():
    got = _t(_QUOTAS)
    assert {(300, None, "hồ sơ"), (350, None, "hồ sơ"), (250, None, "hồ sơ")} <= set(got), got


def test_the_column_of_those_still_to_be_served_gives_no_target():
    got = _t(_QUOTAS)
    assert not [g for g in got if g[0] in (45, 27, 33, 105) or g[2] == "hộ"], got


def test_without_a_head_naming_the_quota_every_kind_column_stays_a_quota():
    body = ("II. CHỈ TIÊU\n\nPhân bổ chỉ tiêu cho từng thôn:\n\n\n"
            + _cells("STT", "Thôn", "Hộ chưa có nước sạch được đấu nối (hộ)", "Giếng khoan mới (giếng)")
            + "\n\n\n" + _cells("1", "Thôn Đông", "40", "12")
            + "\n\n\n" + _cells("2", "Thôn Tây", "35", "9") + "\n\nIII. NỘI DUNG\n\nCác thôn triển khai.\n")
    got = _t(body)
    assert (40, 40, "hộ") in got and (12, 12) in [g[:2] for g in got], got


def test_the_age_of_those_a_task_lists_or_serves_is_no_bound():
    got = _t("III. NỘI DUNG\n\n1. Trưởng các thôn lập danh sách công dân từ đủ 14 tuổi chưa được cấp giấy tờ, gửi Công "
             "an xã.\n\n2. Tổ công tác làm việc tại nhà văn hóa thôn Đông (phục vụ học sinh đủ 14 tuổi).\n")
    assert not [g for g in got if g[2] == "tuổi"], got


def test_an_age_a_rule_sets_is_still_a_bound():
    got = _t("II. ĐỐI TƯỢNG\n\nCông dân từ đủ 14 tuổi trở lên phải làm thủ tục cấp giấy tờ.\n")
    assert (14, None, "tuổi") in got, got


_UB = ("ỦY BAN NHÂN DÂN\nXÃ HÒA AN\nSố: 45/KH-UBND\nHòa An, ngày 10 tháng 5 năm 2031\n\nKẾ HOẠCH\n"
       "Thực hiện nhiệm vụ năm 2031\n\n")
_UB_TAIL = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Minh\n"


def _u(body: str):
    """The targets of ``body`` in a UBND xã's plan."""
    return _t(body, _UB, _UB_TAIL)


def test_a_courses_length_after_its_verb_of_training_is_exact():
    got = _u("II. ĐỐI TƯỢNG, THỜI GIAN\n\n- Tự vệ năm đầu: huấn luyện 10 ngày;\n\n- Tự vệ các năm sau: huấn luyện 06 "
             "ngày;\n\nMỗi ngày huấn luyện 07 giờ, tại sân vận động xã.\n")
    assert {(10, 10, "ngày"), (6, 6, "ngày"), (7, 7, "giờ")} <= set(got), got


def test_a_bare_duration_without_a_verb_of_training_stays_none():
    got = _u("III. NỘI DUNG\n\nSau 15 ngày, các thôn gửi danh sách về UBND xã.\n")
    assert not [g for g in got if g[2] == "ngày"], got


def test_a_counted_kind_named_by_an_acronym_counts_its_head_noun():
    got = _u("III. NỘI DUNG\n\nBan Chỉ đạo kiểm tra tối thiểu 02 Tổ ANTT&PCCC mỗi tháng.\n")
    assert (2, None, "tổ") in got, got


def test_a_band_from_a_percentage_to_a_fraction_of_the_members():
    got = _u("IV. XỬ LÝ KẾT QUẢ\n\nNgười có trên 50% đến dưới 2/3 tổng số thành viên đánh giá \"chưa đạt\" thì được "
             "nhắc nhở.\n")
    assert (0.5, 2 / 3, "tỷ lệ") in got and (None, 2 / 3, "tỷ lệ") not in got, got


def test_a_band_of_two_percentages_stays_percentages():
    got = _u("II. CHỈ TIÊU\n\nPhấn đấu có từ 60% đến 70% tổng số hộ tham gia bảo hiểm y tế.\n")
    assert not [g for g in got if g[2] == "tỷ lệ"], got


def test_a_bodys_size_in_brackets_after_its_name():
    got = _u("III. NỘI DUNG\n\nHội nghị thông qua danh sách Tổ thư ký (03 thành viên) theo đề nghị của Chủ tọa.\n")
    assert (3, 3, "thành viên") in got, got


def test_a_factor_of_a_worked_product_is_no_target():
    got = _u("IV. KINH PHÍ\n\n- Số hóa tài liệu: 3.000 trang x 1.000 đồng/trang = 3.000.000 đồng.\n")
    assert not [g for g in got if g[0] == 3000 or (g[2] or "").endswith(" x")], got


_VOLUME = ("II. KHỐI LƯỢNG VÀ CHỈ TIÊU\n\n1. Khối lượng công việc\n\n- Tài liệu chưa chỉnh lý: khoảng 30 mét giá.\n\n"
           "- Hồ sơ năm 2030 của các thôn phải nộp về Văn phòng UBND xã: 420 hồ sơ.\n\n2. Chỉ tiêu\n\n"
           "- 100% tài liệu được chỉnh lý.\n")


def test_a_volume_the_units_must_hand_in_is_a_target():
    assert (420, 420, "hồ sơ") in _u(_VOLUME)


def test_a_volume_owed_whose_label_wraps_before_its_colon():
    got = _u(_VOLUME.replace("phải nộp về Văn phòng UBND xã: 420", "phải nộp về Văn phòng\nUBND xã: 420"))
    assert (420, 420, "hồ sơ") in got, got


def test_a_volume_of_work_described_stays_none():
    assert not [g for g in _u(_VOLUME) if g[0] == 30], _u(_VOLUME)


def test_no_death_to_happen_is_a_cap_of_zero_cases():
    got = _u("II. CHỈ TIÊU\n\n- Không để xảy ra trường hợp tử vong do bệnh dại.\n\n- 100% chó được tiêm phòng.\n")
    assert (None, 0, "trường hợp") in got, got


def test_no_death_reached_in_a_results_part_is_none():
    got = _u("I. KẾT QUẢ NĂM 2030\n\nNăm 2030 ghi nhận 12 ca bệnh, không để xảy ra ca tử vong.\n\nII. CHỈ TIÊU\n\n"
             "- 100% chó được tiêm phòng.\n")
    assert not [g for g in got if g[1] == 0], got


def test_no_fire_without_a_count_stays_none():
    got = _u("II. CHỈ TIÊU\n\n- Không để xảy ra cháy lớn trên địa bàn.\n")
    assert not [g for g in got if g[1] == 0], got


def test_a_rhythm_that_periodic_sets_with_its_period_first():
    got = _u("III. NỘI DUNG\n\n- Các thôn tổ chức vệ sinh đường làng và định kỳ mỗi tháng một lần.\n")
    assert (1, 1, "lần/tháng") in got, got


def test_the_whole_areas_count_in_brackets_after_each_units_share():
    got = _u("III. NỘI DUNG\n\n- Mỗi thôn thành lập 01 Tổ tự quản (toàn xã 9 tổ), gồm từ 05 đến 07 thành viên.\n")
    assert (9, 9, "tổ") in got and (1, 1, "tổ tự quản") not in got and not [g for g in got if g[0] == 1], got


def test_a_forest_plots_number_is_no_count():
    got = _u("II. CHỈ TIÊU\n\n- Trồng lại rừng phòng hộ 12 ha tại tiểu khu 305 thuộc thôn Đông.\n")
    assert not [g for g in got if g[0] == 305], got


def test_a_planting_in_a_bodys_task_and_a_density_norm():
    got = _u("III. YÊU CẦU KỸ THUẬT\n\n- Cây giống phải có nguồn gốc rõ ràng; mật độ trồng rừng 2.000 cây/ha.\n\n"
             "IV. TỔ CHỨC THỰC HIỆN\n\n1. Hội Cựu chiến binh xã\n\nChủ trì trồng 2 ha rừng tại thôn Tây; hoàn thành trước "
             "ngày 30/9/2031.\n")
    assert (2000, 2000, "cây/ha") in got and [g for g in got if g[:2] == (2, 2) and g[2].startswith("ha")], got


def test_the_holders_of_a_post_of_an_uy_ban_in_brackets_are_no_bodys_size():
    got = _u("II. DANH SÁCH\n\n| TT | Chức vụ |\n|---|---|\n| 1 | Chủ tịch Ủy ban nhân dân xã |\n"
             "| 2 | Phó Chủ tịch Ủy ban nhân dân xã (02 đồng chí) |\n\n")
    assert not [g for g in got if g[0] == 2], got


def test_a_count_out_of_a_whole_printed_with_its_share_is_the_share_alone():
    got = _u("II. CHỈ TIÊU\n\n- 18/20 thôn (đạt 90%) được công nhận danh hiệu \"Thôn văn hóa\".\n")
    assert (90, 90, "%") in got and not [g for g in got if g[0] == 18], got


def test_rounds_of_a_treatment_spaced_by_an_interval_are_exact():
    got = _u("III. NỘI DUNG\n\nTrạm Y tế xã phun thuốc khử trùng tại ổ dịch 03 lần, cách nhau 05 ngày.\n")
    assert (3, 3, "lần") in got, got


def test_the_whole_areas_count_after_a_clause_break():
    got = _u("III. NỘI DUNG\n\n- Mỗi thôn thành lập 01 Tổ tự quản gồm 5 thành viên (trưởng thôn làm tổ trưởng); toàn xã "
             "có 9 tổ, hoàn thành trước ngày 30/6/2031.\n")
    assert (9, 9, "tổ") in got and not [g for g in got if g[0] == 1], got


def test_a_band_each_unit_sets_beside_the_whole_areas_count_stays():
    got = _u("II. CHỈ TIÊU\n\n- Mỗi thôn xây dựng từ 01 đến 03 mô hình; toàn xã có ít nhất 20 mô hình được công nhận.\n")
    assert (1, 3, "mô hình") in got and (20, None, "mô hình") in got, got


def test_units_chosen_for_an_award_stay_none_when_the_line_wraps():
    got = _u("IV. KHEN THƯỞNG\n\n- Lựa chọn 02 thôn có thành tích xuất sắc trong nhiều năm liền\nđể đề nghị cấp trên "
             "khen thưởng.\n")
    assert not [g for g in got if g[0] == 2], got

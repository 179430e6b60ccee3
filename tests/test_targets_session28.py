"""Targets, session 28 (tune27 spent): prose targets of a plan's aims and of a công văn's assessment.

Texts written for these tests in the style of the kinds tune27 showed (other places, figures and wording than t27-01 …
t27-05). The expected values are read from the wording with the labels' conventions (``realdocs/labeled/README.md``:
a bound word sets a minimum or a maximum, "khoảng N" is N; past results and the groups a task serves are no targets),
not from vanban's output: an aim clause after "Phấn đấu đến năm 2030," with its own subject; a floor ("ít nhất") said
once for two counts joined by "và"; a ban "không … khi chưa đủ N ngày" (the wait the act needs: at least N); an age
naming one of the groups a task serves; a goal named in an assessment after "mục tiêu … ít nhất"; a rate "dưới N
người/100.000 dân" of incidents "được ghi nhận"; a task table's cell restating a body's target; and two damages of
legacy OCR (a counted noun "chuỗi" printed "chudi", "dưới" restored as "đội" before a percentage).
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố 212/KH-UBND\nHà Tĩnh, ngày 10 tháng 3 năm 2027\n\nKẾ HOẠCH\n"
        "Phát triển du lịch cộng đồng\n\n")


def _figures(text):
    return [(t.min, t.max, t.unit) for t in extract(text).targets]


def test_an_aim_clause_with_its_own_subject_after_the_period():
    text = HEAD + ("II. NHIỆM VỤ\n\n1. Phấn đấu đến năm 2030, toàn tỉnh đón khoảng 8 triệu lượt khách, trong đó "
                   "ít nhất 1 triệu lượt khách quốc tế.\n")
    got = _figures(text)
    assert (8.0, 8.0, "triệu lượt khách") in got
    assert (1.0, None, "triệu lượt khách") in got


def test_a_floor_said_once_for_two_counts_joined_by_va():
    text = HEAD + ("II. NHIỆM VỤ\n\n- Xây dựng ít nhất 03 làng du lịch cộng đồng, homestay đạt chuẩn và 04 hợp tác "
                   "xã dịch vụ được hỗ trợ chuyển đổi số.\n")
    got = _figures(text)
    assert any(lo == 3.0 and hi is None and u.startswith("làng") for lo, hi, u in got)
    assert any(lo == 4.0 and hi is None and u.startswith("hợp tác xã") for lo, hi, u in got)


def test_a_ban_until_a_wait_has_run_is_the_least_wait():
    text = HEAD + ("II. NHIỆM VỤ\n\n- Hướng dẫn các hộ nuôi không thả giống trở lại khi chưa đủ 30 ngày kể từ ngày "
                   "xử lý ao nuôi bị bệnh.\n")
    assert (30.0, None, "ngày") in _figures(text)


def test_short_of_a_term_without_a_ban_stays_at_most():
    text = HEAD + "II. NHIỆM VỤ\n\n- Đảng viên mới kết nạp chưa đủ 06 tháng thì không xếp loại chất lượng.\n"
    assert (30.0, None, "ngày") not in _figures(text)
    assert all(lo is None for lo, hi, u in _figures(text) if u == "tháng")


def test_an_age_naming_one_of_the_groups_served_is_no_bound():
    text = HEAD + ("II. NHIỆM VỤ\n\n- Tổ chức tiêm chủng bổ sung cho phụ nữ có thai, người cao tuổi, trẻ em dưới 5 "
                   "tuổi và người có bệnh nền.\n")
    assert not [f for f in _figures(text) if f[2] == "tuổi"]


def test_an_age_bound_a_rule_sets_stays():
    text = HEAD + "II. NHIỆM VỤ\n\n- Người được tuyển chọn làm hướng dẫn viên là người không quá 45 tuổi.\n"
    assert (None, 45.0, "tuổi") in _figures(text)


def test_a_goal_named_in_an_assessment_is_a_target_its_results_are_not():
    text = ("SỞ Y TẾ TỈNH HÀ TĨNH\nSố 905/SYT-NVY\nHà Tĩnh, ngày 12 tháng 3 năm 2027\n\nV/v đôn đốc tiêm chủng\n\n"
            "1. Kết quả thực hiện\n\nNăm 2026, toàn tỉnh đã tiêm cho 41.200 trẻ, đạt 88% kế hoạch. Việc chậm trễ nêu "
            "trên ảnh hưởng đến việc thực hiện mục tiêu mỗi trẻ em được tư vấn dinh dưỡng ít nhất 02 lần/năm theo "
            "Kế hoạch của tỉnh.\n\n2. Nhiệm vụ\n\nCác Trung tâm Y tế tăng cường tiêm chủng.\n")
    got = _figures(text)
    assert any(lo == 2.0 and hi is None and u.startswith("lần") for lo, hi, u in got)
    assert not [f for f in got if f[0] == 88.0]


def test_a_rate_per_inhabitants_of_recorded_incidents_under_a_bound():
    text = HEAD + ("III. CHỈ TIÊU\n\n1. Tỷ lệ mắc sốt xuất huyết trong các ổ dịch được ghi nhận dưới 40 người/100.000 "
                   "dân.\n")
    assert (None, 40.0, "người/100.000 dân") in _figures(text)


def test_a_task_table_cell_restating_a_body_target_is_one_target():
    text = HEAD + ("II. NHIỆM VỤ\n\n- Hình thành ít nhất 03 điểm du lịch nông nghiệp sinh thái và 06 sản phẩm lưu niệm "
                   "mang thương hiệu địa phương.\n\nNơi nhận:\n- Như trên;\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n"
                   "Nguyễn Văn A\n\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n\n"
                   "| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n"
                   "|---|---|---|---|\n"
                   "| 1 | Xây dựng điểm du lịch nông nghiệp sinh thái (ít nhất 03 điểm) | Sở Văn hóa | Quý IV/2027 |\n")
    assert len([f for f in _figures(text) if f[0] == 3.0 and f[1] is None]) == 1


def test_legacy_ocr_s_chudi_is_a_chain_and_doi_before_a_percentage_is_below():
    text = HEAD + ("II. NHIỆM VỤ\n\n- Nhân rộng chuỗi cung ứng thực phẩm an toàn, phấn đấu thêm ít nhất 12 chudi "
                   "được xác nhận.\n- Bảo đảm tỷ lệ hồ sơ sai sót đội\n3% tổng số hồ sơ.\n")
    got = _figures(text)
    assert (12.0, None, "chuỗi") in got
    assert (None, 3.0, "%") in got


def test_a_team_of_people_is_no_bound():
    text = HEAD + "II. NHIỆM VỤ\n\n- Thành lập 01 đội 12 người phấn đấu hỗ trợ 100% hộ dân.\n"
    assert not [f for f in _figures(text) if f[1] == 12.0 and f[0] is None]


RESULTS_THEN_AIMS = (
    "ĐẢNG ỦY XÃ KỲ SƠN\nSố 31-KH/ĐU\nKỳ Sơn, ngày 15 tháng 01 năm 2027\n\nKẾ HOẠCH\nchăm sóc sức khỏe Nhân dân\n\n"
    "I. KẾT QUẢ THỰC HIỆN NĂM 2026 VÀ NHIỆM VỤ NĂM 2027\n\n"
    "1. Kết quả đạt được\n\n"
    "Năm 2026, tỷ lệ người dân tham gia bảo hiểm y tế đạt 91,2%; tỷ lệ thiếu máu ở trẻ em dưới 2 tuổi còn cao (24,5%).\n\n"
    "2. Chỉ tiêu chủ yếu năm 2027\n\n"
    "- Giảm tỷ lệ thiếu máu ở trẻ em dưới 2 tuổi xuống dưới 20%.\n\n"
    "II. NHIỆM VỤ, GIẢI PHÁP\n\n"
    "1. Trạm Y tế xã tổ chức khám sàng lọc cho người dân.\n")


def test_a_targets_line_under_a_heading_of_results_and_tasks_holds_aims():
    got = _figures(RESULTS_THEN_AIMS)
    assert (None, 20.0, "%") in got
    assert not [f for f in got if f[0] in (91.2, 24.5)]


def test_an_age_in_a_results_part_names_the_group_a_result_is_of():
    assert not [f for f in _figures(RESULTS_THEN_AIMS) if f[2] == "tuổi"]

"""Session 40's review (fixrev40): rules of this session that fired wider than their kind.

Why: each rule below was written for one kind of text and read another kind the same way — a block naming its
subject by a section swallowed the dated tasks of distinct bodies in it; a "theo lịch" took the dates of any lone
table; a second "thời gian" column became a second due date; … The documents are written for these tests in their own
wording (no sentence of the gold sets).
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = """ỦY BAN NHÂN DÂN HUYỆN ĐỨC LINH
ỦY BAN NHÂN DÂN XÃ BÌNH TÂN
Số: 31/KH-UBND
Bình Tân, ngày 12 tháng 02 năm 2032

{kind}
{title}

"""


def _doc(body: str, title: str = "Triển khai nhiệm vụ trọng tâm năm 2032", kind: str = "KẾ HOẠCH") -> str:
    return _HEAD.format(kind=kind, title=title) + body + "\n"


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [(o.who, o.deadline and (o.deadline.date or o.deadline.latest)) for o in extract(text).obligations]


# --- 1. a block naming its subject by a section keeps the named bodies' own tasks --------------------------------------

def test_a_block_naming_the_section_keeps_the_named_bodies_tasks_and_is_dated():
    text = _doc("II. NHIỆM VỤ CỤ THỂ\n\n1. Trạm Y tế xã tổ chức khám sàng lọc cho người cao tuổi trước ngày 10/4/2032.\n\n"
                "2. Đoàn Thanh niên xã tổ chức ra quân làm sạch kênh mương trước ngày 25/5/2032.\n\n"
                "III. TỔ CHỨC THỰC HIỆN\n\n1. Các cơ quan, đơn vị có tên tại Mục II\n\n"
                "Chủ động triển khai phần việc được giao, gửi kết quả về Văn phòng UBND xã.\n")
    got = _pairs(text)
    assert ("Trạm Y tế xã", "2032-04-10") in got
    assert ("Đoàn Thanh niên xã", "2032-05-25") in got
    assert any(w and "Mục II" in w and d == "2032-04-10" for w, d in got)


# --- 2. "theo lịch" keeps a calendar, not any lone dated table --------------------------------------------------------

_TASK_TABLE = ("II. CÁC HOẠT ĐỘNG\n\n| Số TT | Hoạt động | Thời gian | Lực lượng thực hiện |\n|---|---|---|---|\n"
               "| 1 | Ra quân dọn rác bãi biển | Ngày 12/3/2032 | Hội Cựu chiến binh xã |\n"
               "| 2 | Trồng cây phân tán | Ngày 18/4/2032 | Hội Nông dân xã |\n\n"
               "III. TỔ CHỨC THỰC HIỆN\n\n1. Thường trực UBND xã\n\nTiếp công dân định kỳ theo lịch.\n")


def test_a_lone_task_table_is_no_calendar_for_a_block_keeping_to_its_own_schedule():
    assert ("Thường trực UBND xã", None) in _pairs(_doc(_TASK_TABLE))


def test_a_table_headed_as_a_calendar_of_visits_still_dates_the_block():
    text = _doc(_TASK_TABLE.replace("II. CÁC HOẠT ĐỘNG", "II. LỊCH LÀM VIỆC VỚI CÁC THÔN")
                .replace("| Hoạt động | Thời gian | Lực lượng thực hiện |", "| Nội dung làm việc | Thời gian | Thôn |")
                .replace("Tiếp công dân định kỳ theo lịch.", "Làm việc với các thôn theo lịch."))
    assert ("Thường trực UBND xã", "2032-03-12") in _pairs(text)


# --- 3. a run-on "Chỉ tiêu …:" in a joint results part ends it only when it names a later period ------------------------

def _targets(text: str) -> list[float | None]:
    return sorted(t.min for t in extract(text).targets if t.min is not None)


_JOINT = ("II. KẾT QUẢ NĂM 2031 VÀ MỤC TIÊU NĂM 2032\n\n"
          "Chỉ tiêu về y tế: có 92% người dân tham gia bảo hiểm y tế; xây mới 03 trạm y tế thôn.\n\n"
          "{aims}: phấn đấu 96% người dân tham gia bảo hiểm y tế.\n\n"
          "III. TỔ CHỨC THỰC HIỆN\n\nCác thôn báo cáo kết quả trước ngày 10/12/2032.\n")


def test_a_result_labelled_chi_tieu_stays_a_result():
    text = _doc(_JOINT.format(aims="Mục tiêu năm 2032"), title="Kế hoạch phát triển y tế năm 2032")
    assert _targets(text) == [96.0]


def test_a_run_on_chi_tieu_label_naming_the_next_year_heads_the_aims():
    text = _doc(_JOINT.replace("Chỉ tiêu về y tế:", "Năm 2031:").format(aims="Chỉ tiêu năm 2032"),
                title="Kế hoạch phát triển y tế năm 2032")
    assert _targets(text) == [96.0]


def _dues(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(d.date or d.latest, d.recurrence, d.text) for d in extract(text).deadlines]


# --- 4. a start column beside a completion column dates each row once, by its completion --------------------------------

def test_a_running_time_beside_a_completion_time_is_no_second_deadline():
    text = _doc("II. NHIỆM VỤ\n\n| TT | Công việc | Thời gian thực hiện | Thời gian hoàn thành | Đơn vị chủ trì |\n"
                "|---|---|---|---|---|\n| 1 | Kiểm kê đất công | Tháng 4/2032 | 31/5/2032 | Văn phòng UBND xã |\n"
                "| 2 | Lập sổ theo dõi | Tháng 6/2032 | 20/7/2032 | Công an xã |\n")
    assert sorted(d for d, _, _ in _dues(text)) == ["2032-05-31", "2032-07-20"]
    assert ("Văn phòng UBND xã", "2032-05-31") in _pairs(text)


def test_a_due_column_and_a_visit_window_still_date_a_row_twice():
    from vanban.extract.due_cells import due_columns
    assert due_columns(["tt", "chi bo", "han nop bao cao", "thoi gian lam viec tai chi bo"]) == [2, 3]
    assert due_columns(["tt", "noi dung", "thoi gian thuc hien", "thoi gian hoan thanh"]) == [3]


# --- 5. rows of another document named by "tại" / "theo" --------------------------------------------------------------

def test_numbered_rows_of_another_plan_named_by_tai_are_not_this_plans():
    text = _doc("II. CHỈ TIÊU\n\n| Số TT | Chỉ tiêu | Hạn hoàn thành | Đơn vị chủ trì |\n|---|---|---|---|\n"
                "| 1 | 100% thôn có đội văn nghệ | Tháng 5/2032 | Công chức văn hóa |\n"
                "| 2 | 85% gia đình văn hóa | Tháng 8/2032 | Công chức văn hóa |\n\n"
                "III. TỔ CHỨC THỰC HIỆN\n\n1. Công chức văn hóa\n\nThực hiện các nhiệm vụ số 1, 2 tại Kế hoạch số 88/KH-UBND"
                " của UBND huyện; báo cáo kết quả trước ngày 15/11/2032.\n")
    assert ("Công chức văn hóa", "2032-11-15") in _pairs(text)


# --- 6. a quarterly report beside the half-year one is no six-monthly cycle ----------------------------------------------

def test_a_quarterly_and_half_year_report_is_not_read_six_monthly():
    text = _doc("III. TỔ CHỨC THỰC HIỆN\n\nCác tổ dân phố gửi báo cáo định kỳ hằng quý và 6 tháng trước ngày 18/6/2032"
                " về Văn phòng.\n")
    assert not any(r and "INTERVAL=6" in r for _, r, _ in _dues(text))


def test_a_half_year_cycle_run_on_into_its_due_day_stays_six_monthly():
    text = _doc("III. TỔ CHỨC THỰC HIỆN\n\nCác tổ dân phố gửi báo cáo định kỳ công tác hòa giải 6 tháng trước ngày"
                " 18/6/2032 về Văn phòng.\n")
    assert any(r and "INTERVAL=6" in r for _, r, _ in _dues(text))


# --- 7. "cập nhật đến hết ngày" of a task is its due day; a list brought up to a day is no deadline ---------------------

def test_an_update_through_a_day_without_a_data_noun_is_the_tasks_due_day():
    text = _doc("III. TỔ CHỨC THỰC HIỆN\n\nCác tổ dân phố kiểm tra, cập nhật đến hết ngày 25/7/2032 và gửi về Công an"
                " phường.\n")
    assert any(d == "2032-07-25" for d, _, _ in _dues(text))


def test_a_list_brought_up_to_a_day_is_its_cut_off():
    text = _doc("III. TỔ CHỨC THỰC HIỆN\n\nCông chức tư pháp lập danh sách người được trợ giúp pháp lý cập nhật đến"
                " ngày 25/7/2032, gửi Phòng Tư pháp.\n")
    assert not any(d == "2032-07-25" for d, _, _ in _dues(text))


# --- 8. a steering committee's members counted -----------------------------------------------------------------------

def test_a_steering_committee_with_its_members_counted_is_a_target():
    text = _doc("II. MỤC TIÊU\n\nThành lập Ban Chỉ đạo 11 thành viên; mở 02 lớp tập huấn.\n")
    assert 11.0 in _targets(text)


# --- 9. a bound head's noun only from a measure word -------------------------------------------------------------------

def test_a_bound_head_without_a_count_opener_names_a_noun_only_by_a_measure_word():
    from vanban.extract.kind_nouns import bound_head_noun
    assert bound_head_noun("Suất ăn bán trú (tối thiểu)") == "suất"
    assert bound_head_noun("Học viên hoàn thành khóa học (tối thiểu)") is None
    assert bound_head_noun("Điểm bình quân môn Toán (tối thiểu)") is None

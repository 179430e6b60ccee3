"""Targets, session 25 (tg25): kinds of false target a new document has too, found in authored24 (blind until
session 25). The sentences are written for these tests in the style of a Sở's công văn and a Mặt trận's kế hoạch;
the expected values follow the labels' conventions (``../shared/realdocs/labeled/README.md``: figures that name or
tell a time are no targets) and the majority of the tuning labels."""

from __future__ import annotations

import pytest

from vanban.extract import extract

_HEAD = ("UBND TỈNH QUẢNG TRỊ\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 112/SGDĐT-KHTC\nQuảng Trị, ngày 12 tháng 01 năm 2027\n\n"
         "V/v báo cáo số liệu tuyển sinh năm học 2027-2028\n\n"
         "Kính gửi: Hiệu trưởng các trường trung học phổ thông.\n\n")
_TAIL = "\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n"


def _bounds(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_HEAD + body + _TAIL).targets]


# --- office hours: the hours of the clock with their bare minutes ("7 giờ 30") are no span of hours
@pytest.mark.parametrize("sentence", [
    "Hồ sơ nộp trực tiếp tại Văn phòng Sở trong giờ hành chính: buổi sáng từ 7 giờ 30 đến 11 giờ 30, buổi chiều "
    "từ 13 giờ 30 đến 17 giờ 00.\n",
    "Các trường nộp báo cáo tại Phòng Kế hoạch - Tài chính, sáng từ 07 giờ 15 đến 11 giờ 15 các ngày làm việc.\n",
])
def test_office_hours_with_bare_minutes_are_no_target(sentence):
    assert [b for b in _bounds(sentence) if b[2] == "giờ"] == []


def test_a_limit_in_hours_stays_a_target_beside_office_hours():
    body = ("Các trường xử lý phản ánh trong thời hạn không quá 24 giờ kể từ khi nhận được; thời gian tiếp nhận "
            "buổi sáng từ 7 giờ 30 đến 11 giờ 30.\n")
    assert _bounds(body) == [(None, 24, "giờ")]


# --- a school grade's number ("lớp 10", "khối 12") names the grade, no count
@pytest.mark.parametrize("sentence", [
    "Các Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên đề xuất chỉ tiêu tuyển sinh lớp 10 giáo dục "
    "thường xuyên năm học 2027-2028 gửi Sở trước ngày 26/02/2027.\n",
    "Các trường tổ chức ôn tập cho học sinh khối 12 chuẩn bị kỳ thi tốt nghiệp trung học phổ thông năm 2027.\n",
])
def test_a_grade_number_is_no_target(sentence):
    assert _bounds(sentence) == []


def test_a_quota_per_class_stays_a_target():
    body = "Khi dự kiến số lớp, các trường bảo đảm mỗi lớp không quá 45 học sinh.\n"
    assert _bounds(body) == [(None, 45, "học sinh")]


# --- a figure inside a short quoted name (a movement, a model, a slogan) is no count
_MTTQ = ("ỦY BAN MTTQ VIỆT NAM XÃ HÒA BÌNH\nBAN THƯỜNG TRỰC\nSố: 08/KH-MTTQ-BTT\nHòa Bình, ngày 10 tháng 01 năm 2027\n\n"
         "KẾ HOẠCH\nThực hiện Cuộc vận động xây dựng gia đình văn hóa năm 2027\n\nI. CHỈ TIÊU\n\n")


def _mttq(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_MTTQ + body + _TAIL).targets]


@pytest.mark.parametrize("sentence", [
    '1. Mỗi chi hội có ít nhất 01 mô hình "Nhà sạch, vườn đẹp" hoặc "Gia đình 5 không 3 sạch" hoạt động hiệu quả.\n',
    '1. Chi hội phụ nữ các thôn vận động hội viên thực hiện "2 không" (không bạo lực gia đình, không sinh con thứ 3) '
    'và đạt ít nhất 01 mô hình "Nhà sạch, vườn đẹp".\n',
])
def test_a_figure_in_a_quoted_name_is_no_target(sentence):
    assert _mttq(sentence) == [(1, None, "mô hình")]


def test_a_quoted_target_keeps_its_figure():
    body = '1. Thực hiện chỉ tiêu "tỷ lệ hộ đạt danh hiệu gia đình văn hóa ít nhất 90%" do Huyện giao.\n'
    assert (90, None, "%") in _mttq(body)


# --- what was done at a time past, told again in a plan's or a Chỉ thị's opening
_PLAN = ("ĐẢNG BỘ TỈNH NINH BÌNH\nĐẢNG ỦY XÃ GIA VIỄN\n*\nSố: 71-KH/ĐU\nGia Viễn, ngày 10 tháng 12 năm 2026\n\n"
         "KẾ HOẠCH\nhọc tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh (đợt 2)\n\n")


def _plan(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_PLAN + body + _TAIL).targets]


def test_a_round_done_on_a_past_day_holds_results():
    body = ("Hội nghị quán triệt Nghị quyết (đợt 1) đã được Đảng ủy xã tổ chức ngày 20/11/2025 với 842/903 đảng viên "
            "tham dự, đạt 93,2%; 100% chi bộ đã xây dựng chương trình hành động.\n\n"
            "I. YÊU CẦU\n\n1. Phấn đấu 100% đảng viên viết bài thu hoạch.\n")
    assert _plan(body) == [(100, 100, "%")]


def test_a_review_compared_with_an_earlier_year_holds_results():
    body = ("Năm qua, các cấp ủy trong xã đã lãnh đạo tổ chức Tết an toàn; toàn xã đã trao 1.250 suất quà; 100% hộ "
            "nghèo được hỗ trợ đón Tết; tai nạn giao thông giảm 6,4% so với cùng kỳ năm 2025.\n\n"
            "I. YÊU CẦU\n\n1. Bảo đảm 100% hộ nghèo được hỗ trợ đón Tết năm 2027.\n")
    assert _plan(body) == [(100, 100, "%")]


def test_a_done_act_with_an_aim_in_its_sentence_keeps_the_aim():
    body = ("I. YÊU CẦU\n\n1. Các chi bộ đã xây dựng kế hoạch từ ngày 20/11/2025 phấn đấu đạt 100% đảng viên tham gia.\n")
    assert _plan(body) == [(100, 100, "%")]


def test_a_past_school_year_opening_a_sentence_reports_it():
    body = ("Năm học 2026-2027, toàn tỉnh tuyển mới 12.480 học sinh lớp 10 công lập, đạt 72,5% số học sinh tốt nghiệp "
            "trung học cơ sở. Năm học 2027-2028, các trường bảo đảm tỷ lệ tuyển sinh đạt ít nhất 70%.\n")
    assert _bounds(body) == [(70, None, "%")]


def test_a_dated_session_of_the_schedule_is_no_target():
    body = ("II. THỜI GIAN\n\n1. Hội nghị cấp xã: 01 buổi, ngày 24/12/2026.\n\n"
            "2. Mỗi chi bộ tổ chức ít nhất 01 buổi thảo luận chuyên đề.\n")
    assert _plan(body) == [(1, None, "buổi")]


# --- a plan's road-safety Chỉ tiêu: a holiday's days, a list's count of criteria, the task table restating the goals
_KH = ("ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nSố: 35/KH-UBND\nKhánh Hòa, ngày 12 tháng 01 năm 2027\n\n"
       "KẾ HOẠCH\nBảo đảm trật tự, an toàn giao thông năm 2027\n\n")


def _kh(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_KH + body + _TAIL).targets]


def test_a_holiday_s_days_are_no_fraction():
    body = ("I. THỜI GIAN\n\n1. Đợt 2 - Cao điểm dịp nghỉ lễ 30/4 - 01/5 và mùa du lịch hè: từ ngày 26/4/2027 đến "
            "ngày 31/8/2027.\n\n2. Đợt 3 - Cao điểm dịp lễ 2/9: từ ngày 28/8/2027 đến ngày 05/9/2027.\n")
    assert [b for b in _kh(body) if b[2] == "tỷ lệ"] == []


def test_a_count_of_criteria_opening_a_list_is_no_target():
    body = ("II. CHỈ TIÊU\n\n1. Kéo giảm tai nạn giao thông năm 2027 so với năm 2026 trên cả 03 tiêu chí:\n\n"
            "a) Số vụ tai nạn giao thông giảm từ 5% đến 10%;\n\nb) Số người bị thương giảm ít nhất 5%.\n")
    assert _kh(body) == [(5, 10, "%"), (5, None, "%")]


def test_a_task_table_restating_a_goal_counts_it_once():
    body = ("II. CHỈ TIÊU\n\n1. Xử lý dứt điểm ít nhất 09 điểm đen trên các tuyến quốc lộ.\n\n"
            "III. NHIỆM VỤ\n\n| TT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Xử lý dứt điểm 09 điểm đen trên quốc lộ 1 và quốc lộ 27 | Sở Xây dựng | Quý III/2027 |\n"
            "| 2 | Lắp đặt mới 40 camera giám sát tại các nút giao | Công an tỉnh | Quý IV/2027 |\n")
    got = _kh(body)
    assert [(lo, hi) for lo, hi, _ in got] == [(9, None), (40, 40)]  # the row's "09 điểm đen" is the goal said again
    assert "điểm đen".startswith(got[0][2]) and got[1][2] == "camera giám sát"


# --- a rank among the leaders, the ranked named as a list ("nhóm 15 tỉnh, thành phố dẫn đầu")
def test_a_rank_group_named_as_a_list_is_a_top_bound():
    body = ("II. CHỈ TIÊU\n\n1. Chỉ số PAR INDEX của tỉnh năm 2027 đạt từ 90% trở lên, thuộc nhóm 20 tỉnh, thành phố "
            "dẫn đầu cả nước.\n")
    assert _kh(body) == [(90, None, "%"), (None, 20, "thứ hạng")]  # a place in a ranking, as the labels' authors store it


# --- an indicator table a cell a line, its goal column stating each goal, its results column the year's results
_NQ = ("HỘI ĐỒNG NHÂN DÂN\nXÃ BẢO LÂM\nSố: 21/NQ-HĐND\nBảo Lâm, ngày 18 tháng 12 năm 2026\n\n"
       "NGHỊ QUYẾT\nVề nhiệm vụ phát triển kinh tế - xã hội năm 2027\n\nQUYẾT NGHỊ:\n\n"
       "Điều 1. Nhiệm vụ năm 2027\n\n1. Các chỉ tiêu chủ yếu năm 2027\n\n\nSTT\n\nChỉ tiêu kế hoạch năm 2027\n\n"
       "Ước thực hiện năm 2026\n\n\n\n1\n\nThu nhập bình quân đầu người đạt 48 triệu đồng/người/năm\n\n"
       "44,2 triệu đồng\n\n\n2\n\nTỷ lệ hộ nghèo giảm từ 2% đến 3%\n\nGiảm 2,8% (còn 15,1%)\n\n\n3\n\n"
       "Giải quyết việc làm mới cho ít nhất 250 lao động\n\n231 lao động\n\n\n"
       "2. Nhiệm vụ, giải pháp chủ yếu\n\n- Phấn đấu giải ngân 100% kế hoạch vốn đầu tư công năm 2027.\n")


def test_a_results_column_beside_stated_goals_holds_no_target():
    got = [(t.min, t.max, t.unit) for t in extract(_NQ + _TAIL).targets]
    assert got == [(48, 48, "triệu đồng/người/năm"), (2, 3, "%"), (250, None, "lao động"), (100, 100, "%")]

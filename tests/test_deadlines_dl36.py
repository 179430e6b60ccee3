"""Deadlines, session 36 (dl36): kinds read from authored34's misses (spent this session) and its twin tune34.

- A programme item whose event day closes it with no due word: the hour after the item's label ("- Lễ viếng …: 19
  giờ ngày …") or the day alone as its last clause ("…; ngày 21/7/2029."); not a census's reference instant.
- A lettered crop item whose clause wraps onto the next line is no heading: its window stays a deadline.
- A validity word ("áp dụng") in an earlier clause of the sentence does not make a later clause's window a span in force.
- A campaign's rounds listed alone ("- Đợt 2: từ … đến …") under a heading naming the campaign, and the phases a
  campaign's colon lists ("chia làm hai giai đoạn: giai đoạn 1 từ …"), are running periods.
- The nights an ongoing work bears down on ("nhất là các đêm từ … đến …") are no window to finish by.

Sentences written for these tests in the style of those documents.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = "ỦY BAN NHÂN DÂN\nXÃ HƯNG LỘC\nSố: 88/KH-UBND\nHưng Lộc, ngày 03 tháng 7 năm 2029"


def _doc(body: str, title: str) -> str:
    return f"{HEAD}\n\nKẾ HOẠCH\n{title}\n\n{body}\n"


def _due(body: str, title: str = "Kỷ niệm Ngày Thương binh - Liệt sĩ năm 2029") -> list:
    return [(d.date or (d.earliest, d.latest)) for d in extract(_doc(body, title)).deadlines if not d.past]


def test_a_ceremony_item_with_its_hour_after_the_colon_is_dated():
    body = ("II. NỘI DUNG\n\n**3. Các hoạt động tưởng niệm**\n\n"
            "- Lễ viếng nghĩa trang liệt sĩ của xã: 19 giờ ngày 25/7/2029, tại Nghĩa trang liệt sĩ xã Hưng Lộc.\n\n"
            "- Lễ mít tinh kỷ niệm: 08 giờ 00 phút ngày 27/7/2029.\n")
    assert _due(body) == ["2029-07-25", "2029-07-27"]


def test_a_visit_item_closed_by_its_day_alone_is_dated():
    body = ("II. NỘI DUNG\n\n**b) Các tổ thăm hỏi**\n\n"
            "- Tổ thứ nhất do đồng chí Phó Bí thư Đảng ủy làm tổ trưởng: thăm 05 gia đình tại ấp Đông; ngày 20/7/2029.\n\n"
            "- Tổ thứ hai do đồng chí Phó Chủ tịch UBND xã làm tổ trưởng: thăm 04 gia đình tại ấp Tây; ngày 21/7/2029.\n")
    assert _due(body) == ["2029-07-20", "2029-07-21"]


def test_a_census_reference_instant_is_no_deadline():
    body = "II. THỜI ĐIỂM VÀ PHẠM VI\n\n1. Thời điểm điều tra: 0 giờ ngày 01/8/2029.\n"
    assert _due(body, "Điều tra lao động việc làm năm 2029") == []


def test_a_cited_papers_day_after_a_semicolon_is_not_an_item_day():
    body = ("Căn cứ Quyết định số 45/QĐ-UBND của UBND huyện; ngày 12/6/2029.\n\n"
            "II. NỘI DUNG\n\n- Rà soát danh sách, gửi Ủy ban nhân dân xã trước ngày 10/7/2029.\n")
    assert _due(body) == ["2029-07-10"]


def test_a_wrapped_lettered_crop_item_keeps_its_window():
    body = ("**III. LỊCH THỜI VỤ**\n\n**1. Khung thời vụ**\n\n"
            "a) Lạc thu đông: gieo từ ngày 05/9 đến ngày 20/9/2029, dùng giống lạc L14, lạc đỏ\nBắc Giang.\n\n"
            "b) Rau màu các loại: trồng từ ngày 01/10 đến ngày 15/11/2029.\n")
    assert _due(body, "Sản xuất vụ Đông năm 2029") == [("2029-09-05", "2029-09-20"), ("2029-10-01", "2029-11-15")]


def test_a_method_applied_in_an_earlier_clause_leaves_the_window_due():
    body = ("**1. Khung thời vụ**\n\n- Ngô ngọt trên đất bãi áp dụng kỹ thuật làm đất tối thiểu, che phủ rơm; "
            "gieo hạt từ ngày 10/9 đến ngày 22/9/2029.\n")
    assert _due(body, "Sản xuất vụ Đông năm 2029") == [("2029-09-10", "2029-09-22")]


def test_a_span_in_force_still_is_none():
    body = "- Mức hỗ trợ này được áp dụng từ ngày 01/9/2029 đến hết ngày 31/12/2029.\n"
    assert _due(body, "Sản xuất vụ Đông năm 2029") == []


def test_a_campaigns_rounds_listed_alone_are_running_periods():
    body = ("**III. NỘI DUNG**\n\n**2. Các đợt chiến dịch vệ sinh môi trường**\n\n"
            "- Đợt 1: từ ngày 05/8 đến ngày 11/8/2029.\n\n- Đợt 2: từ ngày 09/9 đến ngày 15/9/2029.\n\n"
            "**3. Chế độ báo cáo**\n\n- Các khu phố báo cáo kết quả về Trạm Y tế trước ngày 20/9/2029.\n")
    assert _due(body, "Chiến dịch vệ sinh môi trường, diệt lăng quăng năm 2029") == ["2029-09-20"]


def test_a_vaccination_round_under_a_plain_timing_heading_stays_due():
    body = ("**III. THỜI GIAN VÀ CÁCH THỨC TIÊM**\n\n"
            "1. Đợt 1: từ ngày 10/8/2029 đến ngày 25/8/2029, tiêm cho toàn bộ đàn chó, mèo trong diện tiêm.\n")
    assert _due(body, "Tiêm phòng bệnh dại cho đàn vật nuôi năm 2029") == [("2029-08-10", "2029-08-25")]


def test_a_campaigns_phases_after_its_colon_are_running_periods():
    body = ("**II. THỜI GIAN**\n\nCao điểm bảo đảm trật tự dịp Tết diễn ra từ ngày 10/12/2029 đến hết ngày "
            "20/02/2030, gồm hai giai đoạn: giai đoạn 1 từ ngày 10/12/2029 đến ngày 05/01/2030; giai đoạn 2 từ "
            "ngày 06/01/2030 đến hết ngày 20/02/2030.\n\n"
            "**III. BÁO CÁO**\n\nSơ kết giai đoạn 1 trước ngày 08/01/2030.\n")
    assert _due(body, "Cao điểm tấn công trấn áp tội phạm dịp Tết") == ["2030-01-08"]


def test_the_nights_a_patrol_bears_down_on_are_no_window():
    body = ("**3. Tổ tuần tra**\n\nTuần tra, kiểm soát, xử lý xe đua trái phép, nhất là các đêm từ ngày 30/01 đến "
            "ngày 04/02/2030; phối hợp với Công an xã giữ trật tự các tuyến đường.\n")
    assert _due(body, "Cao điểm tấn công trấn áp tội phạm dịp Tết") == []


def test_a_vote_at_a_sitting_on_a_day_is_dated():
    body = ("**2. Thời điểm, hình thức**\n\n- Việc bỏ phiếu tiến hành tại kỳ họp thường lệ cuối năm, dự kiến khai mạc "
            "ngày 16/12/2029; bỏ phiếu vào phiên họp buổi chiều ngày 17/12/2029.\n")
    assert "2029-12-17" in _due(body, "Tổ chức lấy phiếu tín nhiệm tại kỳ họp cuối năm 2029")


def test_a_weekly_report_whose_bracket_names_its_first_day_is_one_deadline():
    body = ("**V. CHẾ ĐỘ BÁO CÁO**\n\n1. Các tổ báo cáo kết quả tuần trước 10 giờ thứ Hai hằng tuần (báo cáo tuần đầu "
            "tiên gửi trước 10 giờ ngày 16/7/2029) về Tổ Tổng hợp.\n")
    got = [d for d in extract(_doc(body, "Cao điểm bảo đảm trật tự năm 2029")).deadlines if not d.past]
    assert [(d.date, (d.recurrence or "").split(";")[0]) for d in got] == [("2029-07-16", "FREQ=WEEKLY")]

"""Deadlines on real wording, session 30 (t29dl): kinds read from tune29's misses (spent).

- A week of a named month with no year, under "Hằng năm" opening its sentence ("Hằng năm, hai bên luân phiên tổ chức
  hội nghị giao ban vào tuần cuối của tháng 12"): that week of each year, yearly, as a month is.
- Two yearless days of months not six months apart, "hằng năm" after the second ("gửi … trước ngày 05 tháng 6 và ngày
  05 tháng 11 hằng năm"): each day of each year, both yearly (a pair six months apart stays one six-monthly day).
- A column recalling the time set before, beside the new one ("Hạn đã yêu cầu | … | Thời hạn gửi mới"): its cells are
  the missed time, no due date.
- The results summed up for a period ("tổng hợp kết quả thực hiện … 6 tháng đầu năm 2027, làm căn cứ …"): the period
  summed up, no due interval; the report's day after it is the deadline.
- A quarter's dues ("đóng đảng phí quý I/2027 đúng quy định"): which dues, not by when.
- "trong năm 2027" alone in a completion column's cell: the row's time, as "Năm 2027" there is.
- "Thời điểm tính kết quả: từ … đến …": the span results are reckoned over, no due date.
- A plan whose title names a campaign: the "từ … đến …" of its "Thời gian:" line and of its schedule's time cells is
  the campaign's running period, no due date; its single days stay due.

Sentences and tables written for these tests in the style of such documents; expected values are read off them (the
last week of December 2027 is 25–31).
"""

from __future__ import annotations

from vanban.extract import extract


def _doc(body: str, title: str = "Triển khai nhiệm vụ năm 2027", date: str = "12 tháng 01 năm 2027") -> str:
    return ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 118/KH-UBND\nAn Bình, ngày " + date + "\n\nKẾ HOẠCH\n"
            + title + "\n\n" + body + "\n")


def _dls(text: str):
    return [(d.date or (d.earliest, d.latest), d.recurrence) for d in extract(text).deadlines if not d.past]


def test_a_week_of_a_named_month_each_year():
    body = ("**IV. TỔ CHỨC THỰC HIỆN**\n\n- Hằng năm, Liên đoàn Lao động tỉnh và Sở Nội vụ luân phiên tổ chức hội nghị "
            "giao ban vào tuần cuối của tháng 12 để rút kinh nghiệm, thống nhất nội dung năm sau.\n")
    got = _dls(_doc(body))
    assert len(got) == 1
    (span, rule), = got
    assert span == ("2027-12-25", "2027-12-31")
    assert rule and "FREQ=YEARLY" in rule and "BYMONTH=12" in rule


def test_two_days_of_a_year_each_yearly():
    body = ("**III. CHẾ ĐỘ BÁO CÁO**\n\nSố liệu đoàn viên theo mẫu của Trung ương Đoàn gửi định kỳ 6 tháng, trước ngày "
            "10 tháng 6 và ngày 10 tháng 11 hằng năm.\n")
    got = _dls(_doc(body))
    assert [d for d, _ in got] == ["2027-06-10", "2027-11-10"]
    assert all(rule and rule.startswith("FREQ=YEARLY") and "INTERVAL" not in rule for _, rule in got)


def test_a_pair_six_months_apart_stays_one_half_yearly_day():
    body = ("**III. CHẾ ĐỘ BÁO CÁO**\n\nCác xã báo cáo kết quả định kỳ 6 tháng, trước ngày 10 tháng 6 và ngày 10 "
            "tháng 12 hằng năm.\n")
    got = _dls(_doc(body))
    assert [d for d, _ in got] == ["2027-06-10"]


def test_a_recalled_due_column_is_no_due_time():
    body = ("**2. Danh mục báo cáo chậm**\n\n"
            "| TT | Nội dung báo cáo | Hạn đã yêu cầu | Đơn vị chưa gửi | Thời hạn gửi mới |\n"
            "|---|---|---|---|---|\n"
            "| 1 | Tình hình thu ngân sách tháng 12/2026 | ngày 25 hằng tháng | UBND 04 xã | chậm nhất ngày 20/01/2027 |\n"
            "| 2 | Kết quả kiểm kê tài sản công | 31/12/2026 | Sở Y tế | trước ngày 25/01/2027 |\n")
    got = _dls(_doc(body, title="Về việc đôn đốc gửi báo cáo"))
    assert sorted(d for d, _ in got) == ["2027-01-20", "2027-01-25"]
    assert all(rule is None for _, rule in got)


def test_results_summed_up_for_a_half_year():
    body = ("**3. Tổ chức thực hiện**\n\nSở Tài chính tổng hợp kết quả thực hiện dự toán của các sở, ngành, địa phương "
            "6 tháng đầu năm 2027, làm căn cứ đánh giá mức độ hoàn thành nhiệm vụ; báo cáo UBND tỉnh chậm nhất ngày "
            "10/7/2027.\n")
    assert _dls(_doc(body)) == [("2027-07-10", None)]


def test_a_quarters_dues_are_no_due_period():
    body = ("**1. Chỉ tiêu**\n\n- 100% hội viên đóng hội phí quý II/2027 đúng quy định.\n\n"
            "- Chi hội hoàn thành thu hội phí quý II/2027 trong tháng 6/2027.\n")
    assert _dls(_doc(body)) == [(("2027-06-01", "2027-06-30"), None)]


def test_within_the_year_in_a_completion_cell():
    body = ("**III. NHIỆM VỤ**\n\n| TT | Nội dung | Mức giao | Thời gian hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Vận động kết nạp đoàn viên mới | ít nhất 20 đoàn viên | trước ngày 30/9/2027 |\n"
            "| 2 | Sửa chữa nhà văn hóa thôn | 01 nhà | trong năm 2027 |\n")
    got = [d for d, _ in _dls(_doc(body))]
    assert got == ["2027-09-30", ("2027-01-01", "2027-12-31")]


def test_a_campaign_plans_spans_are_its_running_period():
    title = "Tổ chức Chiến dịch truyền thông phòng, chống sốt xuất huyết trên địa bàn tỉnh năm 2027"
    body = ("**II. THỜI GIAN**\n\n- Thời gian: triển khai từ ngày 10/5/2027 đến ngày 31/5/2027; các xã hoàn thành "
            "báo cáo kết quả trước ngày 10/6/2027.\n\n**III. TIẾN ĐỘ**\n\n"
            "| TT | Thời gian | Nội dung hoạt động | Đơn vị chủ trì |\n|---|---|---|---|\n"
            "| 1 | Ngày 06/5/2027 | Họp Ban chỉ đạo triển khai chiến dịch | Sở Y tế |\n"
            "| 2 | Từ ngày 10/5 đến ngày 31/5/2027 | Phun hóa chất diệt muỗi tại các ổ dịch | Trung tâm Y tế huyện |\n")
    got = [d for d, _ in _dls(_doc(body, title=title))]
    assert sorted(got) == ["2027-05-06", "2027-06-10"]
    obs = extract(_doc(body, title=title)).obligations
    phun = [o for o in obs if "Phun" in (o.what or "")]
    assert phun and all(o.deadline is None for o in phun)


def test_a_tasks_window_in_another_plan_stays_due():
    body = ("**III. TIẾN ĐỘ**\n\n| TT | Thời gian | Nội dung hoạt động | Đơn vị chủ trì |\n|---|---|---|---|\n"
            "| 1 | Từ ngày 10/5 đến ngày 31/5/2027 | Rà soát hồ sơ địa chính các thôn | Phòng Kinh tế |\n")
    got = [d for d, _ in _dls(_doc(body))]
    assert got == [("2027-05-10", "2027-05-31")]


def test_the_span_results_are_reckoned_over():
    body = ("**II. THỜI ĐIỂM VÀ CÁCH CHẤM ĐIỂM**\n\n1. Thời điểm tính kết quả: từ ngày 01/12/2026 đến ngày 30/11/2027.\n\n"
            "2. Các chi đoàn gửi bảng tự chấm điểm về Đoàn xã trước ngày 05/12/2027.\n")
    assert _dls(_doc(body)) == [("2027-12-05", None)]


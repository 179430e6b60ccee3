"""Deadlines on real wording, session 22 (dl22): kinds read from authored20's labels (spent this session).

- A recurring duty of a document that takes effect after its signing day is first due on or after the effective day
  ("Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2027"; a Quy chế signed 15/12/2026: "trước ngày 20 hằng
  tháng" → 20/01/2027, "trước ngày 15 tháng 12 hằng năm" → 15/12/2027; a20-09's labels). A cited law's effective day
  moves nothing.
- A start quarter named after the bracket that holds the day: "Định kỳ hằng quý (trước ngày 20 của tháng cuối quý),
  bắt đầu từ quý I/2027" → 20/3/2027 (a20-06's labels).
- A six-monthly meeting in a part of two months six apart: "Định kỳ 6 tháng một lần, … họp giao ban …, vào tuần cuối
  của tháng 6 và tháng 12" → one 6-monthly deadline, its first week (a20-09's labels).
- A month printed with its year after a quarter of another year is its own deadline: "sơ kết giữa kỳ trong quý
  IV/2028, tổng kết Kế hoạch trong tháng 12/2030" (a20-10's labels: two).
- A report named with its subject before its period, its due day after: "Báo cáo tình hình thực hiện Nghị quyết 6
  tháng đầu năm 2027 gửi … trước ngày 20 tháng 6 năm 2027" → the due day only (a20-02's labels).

Sentences written for these tests in the style of those documents.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.recurrence import rule_kind


def _qd(body: str, date: str = "15 tháng 12 năm 2026") -> str:
    return ("ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 2210/QĐ-UBND\nYên Bái, ngày " + date + "\n\nQUYẾT ĐỊNH\n"
            "Ban hành Quy chế phối hợp quản lý chợ\n\n" + body + "\n")


def _plan(body: str, date: str = "14 tháng 01 năm 2027") -> str:
    return ("ĐẢNG ỦY XÃ TÂN LẬP\nSố: 45-KH/ĐU\nTân Lập, ngày " + date + "\n\nKẾ HOẠCH\nThực hiện chuyển đổi số\n\n"
            + body + "\n")


def _dls(text: str):
    return [(d.text, d.date or (d.earliest, d.latest), rule_kind(d.recurrence)) for d in extract(text).deadlines
            if not d.past]


EFFECTIVE = ("Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2027.\n\n"
             "Điều 5. Chế độ báo cáo\n\n1. Ban quản lý các chợ báo cáo tình hình hoạt động về Sở Công Thương trước "
             "ngày 25 hằng tháng.\n\n2. Sở Công Thương tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 20 tháng 12 "
             "hằng năm.")


def test_a_recurring_duty_starts_on_the_day_the_decision_takes_effect():
    got = _dls(_qd(EFFECTIVE))
    assert ("2027-01-25", "monthly") in [(d, k) for _, d, k in got]
    assert ("2027-12-20", "yearly") in [(d, k) for _, d, k in got]


def test_an_effective_day_in_numbers_counts_alike():
    got = _dls(_qd(EFFECTIVE.replace("01 tháng 01 năm 2027", "01/01/2027")))
    assert ("2027-12-20", "yearly") in [(d, k) for _, d, k in got]


def test_without_a_later_effective_day_the_signing_day_counts():
    got = _dls(_qd(EFFECTIVE.replace("kể từ ngày 01 tháng 01 năm 2027", "kể từ ngày ký")))
    assert ("2026-12-20", "yearly") in [(d, k) for _, d, k in got]
    assert ("2026-12-25", "monthly") in [(d, k) for _, d, k in got]


def test_a_cited_laws_effective_day_moves_no_recurring_duty():
    body = ("1. Luật Thương mại sửa đổi có hiệu lực kể từ ngày 01 tháng 01 năm 2027; Ban quản lý các chợ báo cáo tình "
            "hình hoạt động về Sở Công Thương trước ngày 25 hằng tháng.")
    got = _dls(_qd(body))
    assert ("2026-12-25", "monthly") in [(d, k) for _, d, k in got]


def test_a_start_quarter_after_the_bracket_of_the_day():
    body = ("3. Ủy ban nhân dân các xã\n\n- Định kỳ hằng quý (trước ngày 15 của tháng cuối quý), bắt đầu từ quý "
            "II/2027, báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh.")
    got = _dls(_plan(body))
    assert [(d, k) for _, d, k in got] == [("2027-06-15", "quarterly")]


def test_a_six_monthly_meeting_in_the_last_week_of_two_months():
    body = ("Điều 7. Giao ban\n\nĐịnh kỳ 6 tháng một lần, Sở Công Thương chủ trì họp giao ban với các cơ quan phối "
            "hợp vào tuần cuối của tháng 6 và tháng 12.")
    got = _dls(_qd(body, "20 tháng 01 năm 2027"))
    assert [(d, k) for _, d, k in got] == [(("2027-06-24", "2027-06-30"), "6-monthly")]


def test_a_month_of_another_year_after_a_quarter_is_its_own_deadline():
    body = ("2. Văn phòng Đảng ủy\n\n- Tham mưu sơ kết giữa kỳ trong quý IV/2028, tổng kết Kế hoạch trong tháng "
            "12/2030.")
    got = _dls(_plan(body))
    assert [d for _, d, _ in got] == [("2028-10-01", "2028-12-31"), ("2030-12-01", "2030-12-31")]


def test_a_month_inside_the_quarter_before_it_restates_its_end():
    got = _dls(_plan("1. Các chi bộ\n\n- Hoàn thành trong quý II/2027, chậm nhất tháng 6/2027."))
    assert [d for _, d, _ in got] == [("2027-04-01", "2027-06-30")]


def test_a_reports_period_named_after_its_subject_is_no_deadline():
    body = ("1. Ủy ban nhân dân xã\n\nb) Báo cáo tình hình thực hiện Kế hoạch 6 tháng đầu năm 2027 gửi Ban Thường vụ "
            "Đảng ủy trước ngày 15 tháng 6 năm 2027.")
    got = _dls(_plan(body))
    assert [d for _, d, _ in got] == ["2027-06-15"]


def test_a_report_made_within_a_period_keeps_it():
    got = _dls(_plan("1. Ủy ban nhân dân xã\n\n- Báo cáo kết quả rà soát trong quý I/2027."))
    assert [d for _, d, _ in got] == [("2027-01-01", "2027-03-31")]


# The deadline each obligation gets (a Công văn đôn đốc, a20-04's labels): a table of overdue tasks with the time set
# before and the new one takes the new; a weekly report time beside a dated task is not the block's deadline.

DONDOC = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 95/UBND-KT\nBình Định, ngày 07 tháng 01 năm 2027\n\n"
          "V/v đôn đốc giải ngân vốn đầu tư công\n\nKính gửi: Các sở, ban, ngành; UBND các xã, phường.\n\n")


def _obligations(body: str):
    ext = extract(DONDOC + body + "\n")
    return [(o.who, o.deadline.latest or o.deadline.date if o.deadline else None) for o in ext.obligations]


def test_a_row_of_overdue_tasks_is_due_on_its_new_time():
    body = ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n**3. Danh mục nhiệm vụ quá hạn**\n\n"
            "| TT | Nội dung nhiệm vụ | Đơn vị thực hiện | Thời hạn đã giao | Thời hạn hoàn thành mới |\n"
            "|---|---|---|---|---|\n"
            "| 1 | Báo cáo khả năng giải ngân từng dự án | Ủy ban nhân dân 05 xã chưa gửi báo cáo | 31/10/2026 | "
            "Trước ngày 12/01/2027 |\n"
            "| 2 | Lập hồ sơ quyết toán dự án hoàn thành | Ban Quản lý dự án tỉnh | 15/12/2026 | Trước ngày 28/02/2027 |\n")
    got = dict(_obligations(body))
    assert got.get("Ủy ban nhân dân 05 xã chưa gửi báo cáo") == "2027-01-12"
    assert got.get("Ban Quản lý dự án tỉnh") == "2027-02-28"


def test_a_weekly_report_is_not_the_blocks_deadline():
    body = ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n**1. Các chủ đầu tư**\n\n"
            "a) Tập trung nghiệm thu, thanh toán khối lượng hoàn thành, giải ngân hết kế hoạch vốn năm 2026, chậm "
            "nhất ngày 31/01/2027.\n\nb) Gửi báo cáo tình hình giải ngân về Sở Tài chính trước 16 giờ 00 ngày thứ "
            "Sáu hằng tuần.\n")
    got = _obligations(body)
    assert ("Các chủ đầu tư", "2027-01-31") in got


def test_a_target_listed_under_chi_tieu_with_its_quarter_is_no_deadline():
    body = ("**3. Chỉ tiêu**\n\nPhấn đấu trong năm 2027:\n\n- Mỗi xã tổ chức ít nhất 02 đợt kiểm tra liên ngành trong "
            "quý I/2027.\n\n**4. Nhiệm vụ**\n\n- Văn phòng Đảng ủy báo cáo kết quả kiểm tra trong quý II/2027.")
    got = _dls(_plan(body))
    assert [d for _, d, _ in got] == [("2027-04-01", "2027-06-30")]

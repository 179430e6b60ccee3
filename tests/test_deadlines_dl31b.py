"""Deadlines outside schedule tables, session 31 (dl31b): kinds read from tune30's misses (spent this session).

- A latest day said as a ban on later ("không gieo sạ sau ngày 15/12/2027 đối với vùng ven biển", "không thu hoạch
  muộn hơn ngày 20/3/2028"): the day is the deadline (t30-08's labels: "không xuống giống sau ngày …").
- A standing Quy chế's half-year report named with "sơ kết" and sent with "trình" ("xây dựng báo cáo sơ kết 6 tháng
  trình Thường trực trước ngày 15 tháng 6; báo cáo tổng kết năm trình Ban Chấp hành trước ngày 15 tháng 11 hằng
  năm"): the half-year's report falls due once a year, yearly, as the same reports with "gửi" (t17-04, a17-08) and
  the labels of t30-03.
- An occasion's day ("phát sóng chương trình đặc biệt dịp 02/9/2028"): the event's day, as "vào dịp …" (t30-10's
  labels date the broadcasts); "Nhân dịp 02/9/2028, …" (on the occasion of) stays no deadline.
- A Báo cáo sơ kết whose title names the rest of the year ("… 6 tháng đầu năm; nhiệm vụ, giải pháp 6 tháng cuối năm
  2027"): its closing "Trên đây là Báo cáo …" names that half bare, the report's running period, no deadline; "hoàn
  thành trong 6 tháng cuối năm 2027" stays one.
- A result reported in the results part by the figure it reached, no "đã" ("Hoàn thành tuyển quân năm 2027 với 28
  thanh niên, đạt 100% chỉ tiêu"): done, no deadline (t30-02's labels: past results are not deadlines).
- A programme for next year signed in December ("Chương trình công tác năm 2028", 10/12/2027): its yearless quarter or
  month ("(quý IV)", "vào tháng 12") is the title's year's, 2028, not the signing year's; a recurring one ("tháng 12
  hằng năm") keeps its first occurrence from the signing day; a yearless day ("trước ngày 15/12") stays as read.

Sentences written for these tests in the style of those documents.
"""

from __future__ import annotations

from test_deadlines_dl31 import _dls, _doc as _dl31_doc


def _doc(body: str, kind: str = "KẾ HOẠCH", title: str = "Sản xuất vụ Đông Xuân 2027 - 2028",
         date: str = "14 tháng 10 năm 2027") -> str:
    return _dl31_doc(body, title=title, kind=kind, date=date)


def test_ban_on_later_is_a_latest_day():
    got = _dls(_doc("Các địa phương bố trí lịch gieo sạ tập trung; không gieo sạ sau ngày\n15/12/2027 đối với vùng "
                    "ven biển.\n\nCác hợp tác xã không thu hoạch muộn hơn ngày 20/3/2028."))
    assert [str(d) for d, _ in got] == ["2027-12-15", "2028-03-20"]


def test_after_a_day_without_a_ban_is_no_deadline():
    got = _dls(_doc("Sau ngày 15/12/2027, các địa phương tổng hợp diện tích gieo sạ."))
    assert got == []


def test_quy_che_half_year_report_with_trinh_is_yearly():
    got = _dls(_doc("2. Văn phòng tổng hợp, xây dựng báo cáo sơ kết 6 tháng trình Thường trực trước ngày 15 tháng 6; "
                    "báo cáo tổng kết năm trình Ban Chấp hành trước ngày 15 tháng 11 hằng năm.",
                    kind="QUY CHẾ", title="Làm việc của Ban Chấp hành Hội Nông dân xã", date="16 tháng 9 năm 2027"))
    assert [(str(d), k) for d, k in got] == [("2028-06-15", "yearly"), ("2027-11-15", "yearly")]


def test_occasion_day_is_the_event_day():
    assert _dls(_doc("Phát sóng các chương trình đặc biệt dịp 02/9/2028 trên sóng phát thanh.")) == [("2028-09-02", None)]
    assert _dls(_doc("Nhân dịp 02/9/2028, tổ chức gặp mặt các gia đình chính sách.")) == []


def test_report_title_half_said_bare_is_no_deadline():
    body = ("**PHẦN II**\n\n**NHIỆM VỤ 6 THÁNG CUỐI NĂM 2027**\n\n- Phòng Kinh tế hoàn thành kiểm kê đất công trong "
            "6 tháng cuối năm 2027.\n\nTrên đây là Báo cáo sơ kết tình hình 6 tháng đầu năm; nhiệm vụ, giải pháp 6 "
            "tháng cuối năm 2027 của Ủy ban nhân dân xã./.")
    got = _dls(_doc(body, kind="BÁO CÁO", date="08 tháng 7 năm 2027",
                    title="Sơ kết tình hình kinh tế - xã hội 6 tháng đầu năm; nhiệm vụ, giải pháp 6 tháng cuối năm 2027"))
    assert got == [(("2027-07-01", "2027-12-31"), None)]


def test_result_reached_in_results_part_is_no_deadline():
    body = ("**I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2027**\n\nHoàn thành tuyển quân năm 2027 với 28 thanh "
            "niên, đạt 100% chỉ tiêu. Thu ngân sách đạt 52%.\n\n**II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2027**\n\n"
            "Hoàn thành rà soát hộ nghèo trước ngày 30/11/2027.")
    got = _dls(_doc(body, kind="BÁO CÁO", date="08 tháng 7 năm 2027", title="Kết quả 6 tháng đầu năm 2027"))
    assert got == [("2027-11-30", None)]


def _programme(body: str):
    return _dls(_doc(body, kind="CHƯƠNG TRÌNH", date="10 tháng 12 năm 2027",
                     title="Công tác năm 2028 của Thường trực Hội đồng nhân dân tỉnh"))


def test_yearless_periods_of_next_years_programme_are_its_year():
    got = _programme("1. Giám sát việc thực hiện chính sách hỗ trợ sản xuất (quý II) và giám sát công tác quản lý "
                     "đất đai (quý IV).\n\n2. Tổ chức kỳ họp thường lệ cuối năm vào tháng 12.")
    assert got == [(("2028-04-01", "2028-06-30"), None), (("2028-10-01", "2028-12-31"), None),
                   (("2028-12-01", "2028-12-31"), None)]


def test_a_recurring_period_keeps_the_signing_year_a_yearless_day_takes_the_programmes():
    got = _programme("Các Ban báo cáo kết quả giám sát trước ngày 15/12; Văn phòng tổng hợp báo cáo năm vào tháng 12 "
                     "hằng năm.")
    # a yearless day of a year's programme falls in its year (extract.title_year, session 35: the session-34
    # newcomer's "tổng kết năm trước 15/12" in a 2027 plan of 12/2026; this test had 2027-12-15, five days after the
    # signing); the yearly period keeps its first occurrence on or after the signing day (the labels README)
    assert got == [("2028-12-15", None), (("2027-12-01", "2027-12-31"), "yearly")]

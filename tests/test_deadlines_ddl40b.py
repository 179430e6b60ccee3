"""Deadlines and citations, session 40 (ddl40b): kinds read from tune39's misses (the twin of the blind authored39).

- An international instrument named by its organisation and subject ("Công ước của Liên hợp quốc về …") is one
  citation of its type word; the "Luật …" inside its name is its subject, no law.
- A weekly slot that a routine is kept up on ("duy trì … vào tối thứ Bảy hằng tuần") is no due date; a report on
  such a slot still is, and so is a monthly slot kept up.
- "Định kỳ" with its half-year period run on into the due phrase ("báo cáo định kỳ <subject> 6 tháng trước ngày …",
  "định kỳ 6 tháng về <receiver> trước ngày …") is six-monthly; a year's report dated beside it keeps it a one-off.
- The month of the pay a contribution is taken from ("trích từ tiền lương tháng 4/…") is no due month, and the due day
  after it stays due.
- A list or figure brought up to a day ("cập nhật đến ngày …") names the data's day, no due date.

Sentences written for these tests in the style of those documents.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = "ỦY BAN NHÂN DÂN\nXÃ PHƯỚC AN\nSố: 41/KH-UBND\nPhước An, ngày 05 tháng 3 năm 2031"


def _doc(body: str, title: str = "Tuyên truyền, phổ biến pháp luật năm 2031") -> str:
    return f"{HEAD}\n\nKẾ HOẠCH\n{title}\n\n{body}\n"


def _due(body: str, title: str = "Tuyên truyền, phổ biến pháp luật năm 2031") -> list:
    return [(d.date or (d.earliest, d.latest), d.recurrence) for d in extract(_doc(body, title)).deadlines if not d.past]


def _cites(body: str) -> list:
    return [(c.type, c.name) for c in extract(_doc(body)).citations]


def test_a_convention_named_by_its_organisation_is_one_convention_not_a_law():
    body = ("I. NỘI DUNG\n\n1. Ngư dân khai thác hải sản theo Công ước của Liên hợp quốc về Luật Biển, tôn trọng "
            "vùng biển của các nước láng giềng.\n\n"
            "2. Phổ biến Công ước của Tổ chức Lao động quốc tế về lao động hàng hải cho thuyền viên.\n")
    assert _cites(body) == [("Công ước", "Công ước của Liên hợp quốc về Luật Biển"),
                            ("Công ước", "Công ước của Tổ chức Lao động quốc tế về lao động hàng hải cho thuyền viên")]


def test_a_convention_between_parties_in_general_is_no_citation():
    body = "I. NỘI DUNG\n\nCác bên thực hiện đúng công ước của các bên về hợp tác nghề cá đã ký.\n"
    assert _cites(body) == []


def test_a_routine_kept_up_on_a_weekly_slot_is_no_deadline():
    body = ("II. NHIỆM VỤ\n\n- Các chi đoàn duy trì hoạt động \"Đêm thứ Bảy xanh\" vào tối thứ Bảy hằng tuần.\n\n"
            "- Các thôn duy trì tổng vệ sinh môi trường vào sáng Chủ nhật cuối cùng hằng tháng.\n\n"
            "- Hoàn thành rà soát trước ngày 30/4/2031.\n")
    # (the monthly slot stays dated: monthly is a recurrence the labels allow; written with its monthly word — a bare
    # "Chủ nhật cuối tháng" is a routine's day the authors leave out, obl49: tests/test_deadlines_obl49.py, test_a_bare_weekday_of_the_month_is_a_routines_day)
    assert _due(body) == [("2031-03-30", "FREQ=MONTHLY;BYDAY=-1SU"), ("2031-04-30", None)]


def test_a_report_on_a_weekly_slot_beside_a_routine_is_still_dated():
    body = ("II. NHIỆM VỤ\n\n- Tổ tự quản duy trì việc ghi sổ và báo cáo UBND xã trước 16 giờ thứ Sáu hằng tuần.\n")
    assert [r for _, r in _due(body)] == ["FREQ=WEEKLY;BYDAY=FR"]


def test_a_periodic_half_year_report_run_on_into_its_due_phrase_is_six_monthly():
    body = ("IV. TỔ CHỨC THỰC HIỆN\n\n- Trạm Y tế xã thực hiện báo cáo định kỳ công tác tiêm chủng 6 tháng trước ngày "
            "20/6/2031 theo quy định.\n\n- Công an xã gửi báo cáo kết quả định kỳ 6 tháng về Ban Chỉ đạo trước ngày "
            "25/6/2031.\n")
    assert [(d, r.split(";")[0:2]) for d, r in _due(body)] == [("2031-06-20", ["FREQ=MONTHLY", "INTERVAL=6"]),
                                                           ("2031-06-25", ["FREQ=MONTHLY", "INTERVAL=6"])]


def test_a_half_year_report_with_the_years_report_dated_beside_it_stays_one_off():
    body = ("IV. TỔ CHỨC THỰC HIỆN\n\n- Văn phòng Ủy ban lập báo cáo định kỳ 6 tháng trước ngày 18/6/2031 và lập báo cáo "
            "cả năm trước ngày 05/12/2031.\n")
    assert _due(body) == [("2031-06-18", None), ("2031-12-05", None)]


def test_the_pay_month_a_contribution_is_taken_from_is_no_due_month():
    body = ("3. Thời gian nộp\n\nKhoản ủng hộ của công chức do kế toán cơ quan khấu trừ vào lương tháng 5/2031, chuyển "
            "về Ủy ban Mặt trận xã xong trước 31/5/2031.\n")
    assert _due(body) == [("2031-05-31", None)]


def test_a_month_closed_by_its_due_day_stays_one_deadline():
    body = "3. Tiến độ\n\nRà soát hồ sơ trong tháng 5/2031, hoàn thành chậm nhất ngày 31/5/2031.\n"
    assert _due(body) == [(("2031-05-01", "2031-05-31"), None)]


def test_a_figure_brought_up_to_a_day_is_no_deadline():
    body = ("3. Nhiệm vụ\n\nPhòng Kinh tế cung cấp danh sách hộ còn nợ phí, số tiền cập nhật đến ngày 20/4/2031; "
            "hoàn thành đối chiếu trước ngày 30/4/2031.\n")
    assert _due(body) == [("2031-04-30", None)]

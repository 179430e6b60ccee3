"""Deadlines on real wording, session 25 (dl25): kinds read from authored24's labels (spent this session).

- A six-monthly pair with its first year in the same bracket: "định kỳ 6 tháng (trước ngày 20/6 và 20/12 hằng năm,
  bắt đầu từ năm 2027)" → one six-monthly deadline first due 20/6/2027, not the 20/12 of the document's own year
  (a24-02's and a24-07's labels); a yearly day alike ("trước ngày 15/12 hằng năm, bắt đầu từ năm 2027").
- A plan's timing part that lists its events by name and day: "4. Thời gian" / "4.1. Hội nghị cấp xã: 01 buổi, ngày
  24/12/2026." → the conference's day (a24-02's label), though no due word stands before it; the same line in a part
  about something else stays undated.
- A work put into operation within a year: "hoàn thành Dự án, đưa vào khai thác trong năm 2027" → the year's interval
  (a24-05's label), as "đưa vào sử dụng" already was.
- A quarter's year after Tesseract's fraction slash across a line break: "trong quý⏎1⁄2027" (a24-05's scan) is the
  first quarter, not "Quỹ" before a list number.
- A campaign named as an item's label, its window after the colon (its "từ⏎ngày⏎⏎" over a blank line in a legacy OCR too): "2. Đợt 2 - Cao điểm dịp nghỉ lễ 30/4 - 01/5 và mùa
  du lịch hè: từ ngày 26/4/2027 đến ngày 31/8/2027" is the running period of a campaign, no deadline (a24-08's labels:
  "the four cao điểm spans (periods)"; the labels' README: "the running period of a campaign").

Then tune24's (half-read in session 24):

- A quarterly report's first quarter named before it, its day in the month after each quarter: "Hằng quý, bắt đầu từ
  quý I năm 2027, báo cáo … trước ngày 20 của tháng đầu quý sau" → first due 20/4/2027, the report on that quarter
  (t24-09's label), not 20/01/2027.
- A numbered phase of a campaign named after a dash: "a) Đợt 1 - Tổng vệ sinh môi trường đón Tết Nguyên đán Đinh Mùi
  2027: từ ngày 15/01/2027 đến ngày 04/02/2027" is its running period (t24-08's labels), its report's day a deadline.
- A counted inspection within a year: "Tiến hành từ 02 đến 03 cuộc thanh tra trách nhiệm … trong việc quản lý, sử dụng
  đất đai trong năm 2027" → the year's interval (t24-01's label), as "tổ chức giám sát … trong năm 2027" was.
- A part headed "III. NỘI DUNG, CHỈ TIÊU" lists the plan's activities: "Giới thiệu ít nhất 700 đoàn viên ưu tú cho
  Đảng xem xét, kết nạp trong quý I/2027" there is a task due in the quarter (t24-06's label), not a target's period
  as under "3. Chỉ tiêu" alone.

And a24-10's:

- A letter's request paragraph before its numbered points, which the structure leaves outside the body: "Để kịp tổng
  hợp, báo cáo Thủ tướng Chính phủ trước ngày 31/12/2026, Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh … gửi về Bộ Nội
  vụ chậm nhất ngày 18/12/2026" → both dates (its labels); an opening that asks nothing (a Công điện's bulletin "từ đêm
  07/01/2027 …") stays unread.

Sentences written for these tests in the style of those documents.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.recurrence import rule_kind


def _plan(body: str, date: str = "14 tháng 12 năm 2026", head: str = "KẾ HOẠCH\nHọc tập, quán triệt Nghị quyết",
          issuer: str = "ĐẢNG BỘ TỈNH AN BÌNH\nĐẢNG ỦY XÃ AN HÒA", number: str = "Số: 64-KH/ĐU") -> str:
    return issuer + "\n" + number + "\nAn Hòa, ngày " + date + "\n\n" + head + "\n\n" + body + "\n"


def _province(body: str, date: str, head: str, number: str) -> str:
    """A provincial People's Committee's document (its Văn phòng's Thông báo, its Kế hoạch)."""
    return _plan(body, date=date, head=head, issuer="ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH", number=number)


def _dls(text: str):
    return [(d.date or (d.earliest, d.latest), rule_kind(d.recurrence)) for d in extract(text).deadlines if not d.past]


def test_a_six_month_pair_starting_in_a_later_year_is_first_due_then():
    body = ("**5. Đảng ủy giao Ủy ban nhân dân xã**\n\nChủ trì xây dựng kế hoạch thực hiện Nghị quyết, trình Ban "
            "Thường vụ Đảng ủy trong tháng 01/2027; định kỳ 6 tháng (trước ngày 20/6 và 20/12 hằng năm, bắt đầu từ "
            "năm 2027) báo cáo kết quả thực hiện về Ban Thường vụ Đảng ủy.")
    assert _dls(_plan(body)) == [(("2027-01-01", "2027-01-31"), None), ("2027-06-20", "6-monthly")]


def test_the_pair_with_its_second_day_repeated_and_a_yearly_day_alike():
    body = ("1. Các đảng ủy trực thuộc xây dựng kế hoạch khắc phục trong tháng 02/2027; định kỳ 6 tháng (trước ngày "
            "15/6 và ngày 15/12 hằng năm, bắt đầu từ năm 2027) báo cáo kết quả khắc phục về Ban Tổ chức Tỉnh ủy.\n\n"
            "2. Văn phòng Đảng ủy tổng hợp, báo cáo trước ngày 10/12 hằng năm, bắt đầu từ năm 2028.")
    assert _dls(_plan(body, date="05 tháng 11 năm 2026")) == [
        (("2027-02-01", "2027-02-28"), None), ("2027-06-15", "6-monthly"), ("2028-12-10", "yearly")]


def test_the_pair_without_a_start_year_stays_on_the_document_year():
    body = "1. Các chi bộ báo cáo kết quả định kỳ 6 tháng (trước ngày 20/6 và 20/12 hằng năm) về Đảng ủy."
    assert _dls(_plan(body)) == [("2026-12-20", "6-monthly")]


def test_an_event_dated_in_a_timing_part_is_its_day():
    body = ("**II. NỘI DUNG, HÌNH THỨC**\n\n**4. Thời gian**\n\n4.1. Hội nghị cấp xã: 01 buổi, ngày 24/12/2026.\n\n"
            "4.2. Hội nghị tại các chi bộ: bắt đầu từ ngày 04/01/2027, hoàn thành chậm nhất ngày 22/01/2027.\n\n"
            "**III. TỔ CHỨC THỰC HIỆN**\n\n1. Văn phòng Đảng ủy chuẩn bị hội trường.")
    e = extract(_plan(body))
    got = [(d.text, d.date) for d in e.deadlines if not d.past]
    assert [d for _, d in got] == ["2026-12-24", "2027-01-22"]
    assert got[0][0] == "Hội nghị cấp xã: 01 buổi, ngày 24/12/2026"


def test_the_same_line_outside_a_timing_part_stays_undated():
    body = ("**II. NỘI DUNG**\n\n**4. Kết quả đợt 1**\n\n4.1. Hội nghị cấp xã: 01 buổi, ngày 24/12/2026.\n\n"
            "**III. TỔ CHỨC THỰC HIỆN**\n\n1. Văn phòng Đảng ủy chuẩn bị hội trường.")
    assert _dls(_plan(body)) == []


def test_a_work_put_into_operation_within_a_year_is_due_in_it():
    body = ("**I. ĐÁNH GIÁ CHUNG**\n\nTiến độ Dự án còn chậm so với kế hoạch.\n\n**II. NHIỆM VỤ TRỌNG TÂM**\n\n"
            "Để phấn đấu thông xe kỹ thuật toàn tuyến trước ngày 30/6/2027 và hoàn thành Dự án, đưa vào khai thác trong "
            "năm 2027, yêu cầu các cơ quan, đơn vị tập trung thực hiện các nhiệm vụ sau:\n\n1. Sở Xây dựng đôn đốc nhà "
            "thầu tăng ca, bảo đảm tiến độ.")
    text = _province(body, "14 tháng 01 năm 2027", "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh", "Số: 15/TB-VP")
    assert _dls(text) == [("2027-06-30", None), (("2027-01-01", "2027-12-31"), None)]


def test_a_quarter_after_a_fraction_slash_on_the_next_line():
    body = ("3. Sở Nông nghiệp và Môi trường\n\n- Hoàn thành thủ tục cấp phép khai thác 02 mỏ đất đắp phục vụ Dự án "
            "trong quý\n1\u20442027; kiểm tra, giám sát việc khai thác vật liệu.")
    assert _dls(_plan(body, date="14 tháng 01 năm 2027")) == [(("2027-01-01", "2027-03-31"), None)]


def test_a_campaign_labelled_before_its_window_is_no_deadline():
    body = ("**IV. CÁC ĐỢT CAO ĐIỂM**\n\n1. Đợt 1 - Cao điểm dịp Tết Nguyên đán: từ ngày 25/01/2027 đến ngày "
            "28/02/2027.\n\n2. Đợt 2 - Cao điểm dịp nghỉ lễ 30/4 - 01/5 và mùa du lịch hè: từ ngày 26/4/2027\nđến ngày "
            "31/8/2027.\n\n**V. TỔ CHỨC THỰC HIỆN**\n\n1. Công an tỉnh xây dựng kế hoạch Đợt 1, ban hành trước ngày "
            "20/01/2027.")
    head = "KẾ HOẠCH\nBảo đảm trật tự, an toàn giao thông năm 2027"
    assert _dls(_province(body, "12 tháng 01 năm 2027", head, "Số: 20/KH-UBND")) == [("2027-01-20", None)]


def test_a_task_window_after_a_colon_stays_a_deadline():
    body = ("1. Rà soát, cập nhật hồ sơ đảng viên: từ ngày 04/01/2027 đến ngày 22/01/2027.\n\n"
            "2. Các chi bộ tổ chức kiểm điểm, hoàn thành trước ngày 31/01/2027.")
    assert _dls(_plan(body)) == [(("2027-01-04", "2027-01-22"), None), ("2027-01-31", None)]


def test_a_quarterly_report_from_a_named_first_quarter_is_first_due_after_it():
    body = ("Điều 2. Tổ chức thực hiện\n\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này:\n\n"
            "a) Hằng quý, bắt đầu từ quý I năm 2027, báo cáo Thường trực Hội đồng nhân dân tỉnh tình hình thực hiện dự "
            "toán thu, chi ngân sách trước ngày 20 của tháng đầu quý sau.")
    text = _province(body, "10 tháng 12 năm 2026", "NGHỊ QUYẾT\nVề dự toán ngân sách địa phương năm 2027",
                     "Số: 45/NQ-HĐND")
    assert _dls(text) == [("2027-04-20", "quarterly")]


def test_a_quarterly_day_in_the_last_month_counts_from_the_named_quarter_itself():
    body = "1. Các xã, phường báo cáo kết quả hằng quý trước ngày 15 của tháng cuối quý, bắt đầu từ quý II/2027."
    assert _dls(_plan(body)) == [("2027-06-15", "quarterly")]


def test_a_numbered_campaign_phase_is_its_running_period():
    body = ("**3. Các đợt cao điểm**\n\na) Đợt 1 - Tổng vệ sinh môi trường đón Tết Nguyên đán Đinh Mùi 2027: từ ngày\n"
            "15/01/2027 đến ngày 04/02/2027. Kết quả đợt 1 báo cáo về Ủy ban nhân dân xã trước ngày\n10/02/2027.")
    assert _dls(_plan(body, date="05 tháng 01 năm 2027")) == [("2027-02-10", None)]


def test_a_phase_without_a_dash_stays_a_task_window():
    body = "- Tiêm phòng đợt 1: tổ chức tiêm từ ngày 01/3/2027 đến ngày 31/3/2027."
    assert _dls(_plan(body, date="05 tháng 01 năm 2027")) == [(("2027-03-01", "2027-03-31"), None)]


def test_a_counted_inspection_within_a_year_is_due_in_it():
    body = ("**5. Thanh tra tỉnh**\n\nTiến hành từ 02 đến 03 cuộc thanh tra trách nhiệm của Chủ tịch Ủy ban\nnhân dân "
            "cấp xã trong việc quản lý, sử dụng đất đai trong năm 2027; tập trung vào các địa phương có nhiều đơn thư.")
    assert _dls(_plan(body, date="10 tháng 12 năm 2026")) == [(("2027-01-01", "2027-12-31"), None)]


def test_a_task_under_contents_and_targets_is_due_in_its_quarter():
    body = ("**III. NỘI DUNG, CHỈ TIÊU**\n\n**1. Công tác xây dựng tổ chức Đoàn**\n\n- Giới thiệu ít nhất 700 đoàn viên "
            "ưu tú cho Đảng xem xét, kết nạp trong quý\nI/2027.\n\n**IV. TỔ CHỨC THỰC HIỆN**\n\n1. Các cơ sở Đoàn "
            "triển khai Kế hoạch.")
    assert _dls(_plan(body, date="12 tháng 01 năm 2027")) == [(("2027-01-01", "2027-03-31"), None)]


def test_the_same_task_under_targets_alone_is_a_target_period():
    body = ("**III. CHỈ TIÊU**\n\n- Giới thiệu ít nhất 700 đoàn viên ưu tú cho Đảng xem xét, kết nạp trong quý I/2027."
            "\n\n**IV. TỔ CHỨC THỰC HIỆN**\n\n1. Các cơ sở Đoàn triển khai Kế hoạch.")
    assert _dls(_plan(body, date="12 tháng 01 năm 2027")) == []


def _letter(opening: str, points: str) -> str:
    return ("BỘ NỘI VỤ\nSố: 9186/BNV-TCBC\nV/v đôn đốc báo cáo kết quả thực hiện chính sách năm 2026\n"
            "Hà Nội, ngày 09 tháng 12 năm 2026\n\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố.\n\n" + opening
            + "\n\n" + points + "\n")


def test_a_letter_request_before_its_numbered_points_is_read():
    opening = ("Tuy nhiên, đến ngày 08/12/2026, Bộ Nội vụ mới nhận được báo cáo của 21/34 tỉnh, thành phố.\n\n"
               "Để kịp tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 31/12/2026, Bộ Nội vụ đề nghị Ủy ban nhân dân "
               "các tỉnh, thành phố khẩn trương chỉ đạo hoàn thiện báo cáo, gửi về Bộ Nội vụ (qua Vụ Tổ chức - Biên "
               "chế) chậm nhất ngày 18/12/2026. Nội dung báo cáo cần bảo đảm các yêu cầu sau:")
    points = "1. Kết quả giải quyết chính sách, chế độ\n\nSố người đã nghỉ việc, số kinh phí đã chi trả."
    assert sorted(d for d, _ in _dls(_letter(opening, points))) == ["2026-12-18", "2026-12-31"]


def test_an_opening_that_asks_nothing_stays_unread():
    opening = ("Theo bản tin của Đài Khí tượng Thủy văn tỉnh hồi 10 giờ ngày 09/12/2026, từ đêm 10/12/2026 trên địa bàn "
               "tỉnh xảy ra đợt rét đậm, rét hại diện rộng, khả năng kéo dài đến ngày 20/12/2026.")
    points = "1. Các địa phương chủ động triển khai biện pháp phòng, chống rét, báo cáo trước ngày 15/12/2026."
    assert _dls(_letter(opening, points)) == [("2026-12-15", None)]


def test_a_campaign_window_whose_from_words_stand_over_a_blank_line():
    # a24-08's legacy OCR: the span's "từ ngày" ends its line, a blank line before the first date
    body = ("**IV. CÁC ĐỢT CAO ĐIỂM**\n\n3. Đợt 3 - Cao điểm dịp Quốc khánh 02/9 và khai giảng năm học 2027 - 2028: từ\n"
            "ngày\n\n28/8/2027 đến ngày 15/9/2027.\n\n**V. TỔ CHỨC THỰC HIỆN**\n\n1. Công an tỉnh xây dựng kế hoạch, "
            "ban hành trước ngày 20/01/2027.")
    head = "KẾ HOẠCH\nBảo đảm trật tự, an toàn giao thông năm 2027"
    assert _dls(_province(body, "12 tháng 01 năm 2027", head, "Số: 20/KH-UBND")) == [("2027-01-20", None)]

"""Deadlines on real wording, session 23 (dl23): kinds read from authored21's labels (spent this session).

- A year's report sent to a receiver before its day "năm sau": "tham mưu báo cáo kết quả năm 2027 gửi Sở Khoa học và
  Công nghệ trước ngày 10/01 năm sau" → 10/01/2028, the year after the reported one (a21-06's labels), though the
  receiver's name stands between the year and the day.
- The issuer announcing its own check or review ("Ủy ban Kiểm tra Tỉnh ủy sẽ tổ chức kiểm tra … trong quý III/2027",
  "Tỉnh ủy sẽ tổ chức sơ kết … vào năm 2028 và tổng kết vào năm 2030") is no deadline: the labels of a21-01, a21-02,
  a21-05 and t21-07 (four authors) against a16-10's one.
- The goals completed by a year ("phấn đấu hoàn thành các mục tiêu đến năm 2030, trong đó: …") are the plan's
  horizon (a21-01's labels, labels README "đến năm 2030").
- A due cell's span of years ending in the year the plan names as its horizon ("2027 - 2030" under "Thời gian hoàn
  thành" of a Chương trình hành động "đến năm 2030") runs over the plan's period (a21-02, a19-02); one ending before
  it ("2027 - 2028", a16-04) stays the interval.
- The completion word after the year, the time put first: "… trước ngày 31/12/2028; trong năm 2027 hoàn thành tại
  ít nhất 60 xã, phường" → the year 2027 (a21-04's labels).
- A report named with a subject a comma joins before its period: "báo cáo sơ kết công tác thi đua, khen thưởng 6
  tháng đầu năm trước ngày 15/6 hằng năm" → the day only, not the half-year (a21-07's labels).

Sentences written for these tests in the style of those documents.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.recurrence import rule_kind


def _plan(body: str, head: str = "KẾ HOẠCH\nTriển khai chuyển đổi số năm 2027", date: str = "18 tháng 12 năm 2026",
          issuer: str = "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH") -> str:
    return (issuer + "\nSố: 212/KH-UBND\nHòa Bình, ngày " + date + "\n\n" + head + "\n\n" + body + "\n")


def _dls(text: str):
    return [(d.text, d.date or (d.earliest, d.latest), rule_kind(d.recurrence)) for d in extract(text).deadlines
            if not d.past]


def _whens(text: str):
    return [w for _, w, _ in _dls(text)]


def test_next_year_counts_from_the_reported_year_past_a_receiver():
    body = ("1. Văn phòng HĐND và UBND xã\n\n- Tổng hợp kết quả thực hiện, báo cáo Chủ tịch UBND xã; tham mưu báo cáo "
            "kết quả năm 2027 gửi Sở Khoa học và Công nghệ trước ngày 10/01 năm sau.")
    assert "2028-01-10" in _whens(_plan(body))
    assert "2027-01-10" not in _whens(_plan(body))


def test_next_year_without_a_reported_year_is_the_documents_next():
    body = "1. Văn phòng HĐND và UBND xã tổng hợp, gửi báo cáo về Sở Khoa học và Công nghệ trước ngày 10/01 năm sau."
    assert "2027-01-10" in _whens(_plan(body))


def test_the_issuers_announced_check_is_no_deadline():
    body = ("3. Ủy ban Kiểm tra Huyện ủy sẽ tổ chức kiểm tra, đôn đốc việc thực hiện Hướng dẫn này tại một số đảng ủy "
            "trong quý III/2027.")
    assert _dls(_plan(body, head="HƯỚNG DẪN\nThực hiện công tác kiểm tra năm 2027",
                      issuer="ĐẢNG BỘ HUYỆN\nỦY BAN KIỂM TRA")) == []


def test_the_issuers_announced_reviews_are_no_deadlines():
    body = ("6. Tỉnh ủy sẽ tổ chức sơ kết giữa nhiệm kỳ việc thực hiện Chương trình vào năm 2028 và tổng kết vào năm "
            "2030.")
    assert _dls(_plan(body, head="CHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện Nghị quyết về giáo dục")) == []


def test_a_review_a_body_is_asked_to_prepare_stays_a_deadline():
    body = ("8. Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện; tham mưu Ban Thường vụ Tỉnh ủy sơ kết giữa nhiệm "
            "kỳ vào năm 2028.")
    assert ("2028-01-01", "2028-12-31") in _whens(_plan(body, head="CHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện Nghị quyết"))


def test_the_goals_completed_by_a_year_are_a_horizon():
    body = ("Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, tổ chức đảng tiếp tục quán triệt Nghị quyết; phấn đấu hoàn "
            "thành các mục tiêu đến năm 2030, trong đó: tỷ lệ hộ dân sử dụng dịch vụ công trực tuyến đạt trên 80%.")
    assert _dls(_plan(body, head="KẾT LUẬN\nVề tiếp tục thực hiện Nghị quyết")) == []


def test_a_task_completed_by_a_year_stays_a_deadline():
    body = "1. Phòng Kinh tế hoàn thành việc số hóa hồ sơ đất đai trong năm 2027."
    assert ("2027-01-01", "2027-12-31") in _whens(_plan(body))


TABLE = ("PHỤ LỤC\nNHIỆM VỤ CỤ THỂ\n\n"
         "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n"
         "|---|---|---|---|\n"
         "| 1 | Triển khai học bạ số tại các trường phổ thông | Sở Giáo dục và Đào tạo | {span} |\n"
         "| 2 | Rà soát, sắp xếp mạng lưới trường | Sở Nội vụ | Năm 2027 |\n")


def _programme(span: str) -> str:
    body = ("I. MỤC TIÊU\n\nPhấn đấu đến năm 2030, 100% cơ sở giáo dục phổ thông sử dụng học bạ số.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n\nCác sở, ngành thực hiện các nhiệm vụ tại Phụ lục kèm theo.\n\n"
            + TABLE.format(span=span))
    return _plan(body, head="CHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện Nghị quyết về giáo dục đến năm 2030")


def test_a_span_of_years_to_the_plans_horizon_is_no_deadline():
    whens = _whens(_programme("2027 - 2030"))
    assert ("2027-01-01", "2030-12-31") not in whens
    assert ("2027-01-01", "2027-12-31") in whens


def test_a_span_of_years_before_the_horizon_stays_a_deadline():
    assert ("2027-01-01", "2028-12-31") in _whens(_programme("2027 - 2028"))


def test_the_completion_word_after_the_year():
    body = ("b) Chỉ đạo hoàn thành việc xây dựng cơ sở dữ liệu đất đai tại 100% thôn, bản trên địa bàn xã trước ngày "
            "31/12/2028; trong năm 2027 hoàn thành tại ít nhất 12 thôn, bản.")
    whens = _whens(_plan(body))
    assert "2028-12-31" in whens
    assert ("2027-01-01", "2027-12-31") in whens


def test_the_tasks_year_with_its_day_after_is_one_deadline():
    body = "1. Phòng Văn hóa - Xã hội xây dựng kế hoạch truyền thông năm 2027, hoàn thành trước ngày 15/01/2027."
    assert _whens(_plan(body)) == ["2027-01-15"]


def test_a_report_named_with_a_listed_subject_gives_its_day_only():
    body = ("6. Chế độ báo cáo\n\nCác cơ quan, đơn vị thực hiện báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng "
            "đầu năm trước ngày 15/6 hằng năm và báo cáo năm trước ngày 15/11 hằng năm.")
    got = _dls(_plan(body, head="HƯỚNG DẪN\nCông tác thi đua, khen thưởng năm 2027"))
    assert [(w, k) for _, w, k in got] == [("2027-06-15", "yearly"), ("2027-11-15", "yearly")]


def test_a_report_subject_wrapped_by_the_layout_gives_its_day_only():
    body = ("6. Chế độ báo cáo\n\nCác cơ quan, đơn vị thực hiện báo cáo sơ kết công tác thi đua, khen\nthưởng 6 tháng "
            "đầu năm trước ngày 15/6 hằng năm và báo cáo năm trước ngày 15/11\nhằng năm.")
    got = _dls(_plan(body, head="HƯỚNG DẪN\nCông tác thi đua, khen thưởng năm 2027"))
    assert [(w, k) for _, w, k in got] == [("2027-06-15", "yearly"), ("2027-11-15", "yearly")]

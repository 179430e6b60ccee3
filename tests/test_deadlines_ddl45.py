"""Deadlines, session 45 (ddl45): kinds read from authored43's misses, checked on its twin tune43.

- Days listed after one due word, each labelled with the part of the work it is for ("chậm nhất ngày … đối với lần
  1, ngày … đối với lần 2 và ngày … đối với lần 3", "trước ngày … (khối trường), ngày … (các thôn)"): one deadline
  per day, however long the list.
- A campaign's rounds listed under a lead ending in a colon, each round's label then its one day ("- Lần 1: ngày …,
  tại …"): each round's day is due; a round given as a window is left to the deadline grammar.
- A series that starts later than the document ("mỗi quý …, trong tháng cuối quý, kể từ quý III/…") first falls
  due in the named quarter's last month, not in the one running on the document's date.
- "d/m" after a preposition and before a unit noun ("phủ sóng đến 04/04 thôn") counts units: no date.
- A season's bounds ("mùa đông từ ngày 01/10 đến ngày 31/3") in a Quy chế's working hours: no deadline.
- A row or clause whose work has a campaign as its topic ("Tuyên truyền về Chiến dịch …", "hưởng ứng Tháng hành
  động …") keeps its own window; "Tổ chức Chiến dịch … | Từ … đến …" stays the campaign's running period.
- A due cell with two days each with its day word ("Ngày 02/6/… và ngày 20/6/…"): two deadlines.
- (obl46: no more) A goal reached "đến ngày 31/12" of a year is the goal's horizon (no deadline); a milestone inside the year
  ("b) Đến ngày 30/6/…, … đạt tối thiểu 40%") and a completion by the year's end stay due.
- A scan's dash range wrapped after its dash ("23/5 -⏎28/5/…") is one range; a scan's Roman quarter glued to its year
  ("quý IL2031", "quý IV2031") is read; a lone "1" glued to it ("quý 12031") is not (I or II, unsure).

Sentences written for these tests in the style of those documents.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 31/KH-UBND\nTân Lập, ngày 14 tháng 4 năm 2031"


def _doc(body: str, kind: str = "KẾ HOẠCH", title: str = "Triển khai các nhiệm vụ trọng tâm của xã năm 2031") -> str:
    return f"{HEAD}\n\n{kind}\n{title}\n\n{body}\n"


def _due(body: str, **kw) -> list:
    return [(d.date or (d.earliest, d.latest), d.recurrence) for d in extract(_doc(body, **kw)).deadlines if not d.past]


def test_labelled_days_after_one_due_word_each_due():
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n2. Các thôn\n\n- Tổng hợp diện tích đã gieo cấy, gửi Ủy ban nhân dân xã chậm "
            "nhất ngày 10/5/2031 đối với trà sớm, ngày 25/5/2031 đối với trà chính vụ và ngày 08/6/2031 đối với trà muộn.\n")
    assert [d for d, _ in _due(body)] == ["2031-05-10", "2031-05-25", "2031-06-08"]
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n- Các đơn vị nộp danh sách về Văn phòng trước ngày 20/4/2031 (khối trường học), "
            "ngày 28/4/2031 (các thôn).\n")
    assert [d for d, _ in _due(body)] == ["2031-04-20", "2031-04-28"]


def test_rounds_listed_with_their_day_each_due():
    body = ("II. THỜI GIAN, ĐỊA ĐIỂM\n\nNăm 2031 tổ chức 03 lần khám sàng lọc miễn phí cho người cao tuổi:\n\n"
            "- Lần 1: ngày 26/4/2031 (Chủ nhật), tại Nhà văn hóa thôn Đông.\n\n"
            "- Lần 2: ngày 23/8/2031, tại Trạm Y tế xã, phối hợp với Bệnh viện\nđa khoa khu vực.\n\n"
            "- Lần 3: ngày 15/11/2031, tại Hội trường Ủy ban nhân dân xã.\n")
    assert [d for d, _ in _due(body)] == ["2031-04-26", "2031-08-23", "2031-11-15"]


def test_round_windows_stay_with_the_grammar():
    body = ("II. THỜI GIAN\n\nChiến dịch ra quân làm sạch kênh mương chia làm 02 đợt:\n\n"
            "- Đợt 1: ngày 05/5/2031 - 15/5/2031, tại các thôn phía Bắc.\n\n"
            "- Đợt 2: ngày 02/6/2031 đến ngày 12/6/2031, tại các thôn phía Nam.\n")
    assert not any(d in ("2031-05-05", "2031-06-02") for d, _ in _due(body))


def test_quarterly_series_starting_in_a_later_quarter():
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n3. Trạm Y tế xã\n\nLấy mẫu nước tại các điểm cấp nước tập trung để xét nghiệm mỗi "
            "quý một lần, trong tháng cuối quý, kể từ quý III/2031; thông báo kết quả cho các thôn.\n")
    assert _due(body) == [(("2031-09-01", "2031-09-30"), "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1")]


def test_a_count_of_units_after_a_preposition_is_no_date():
    body = ("I. TÌNH HÌNH\n\nĐến nay, sóng truyền thanh không dây đã phủ đến 04/04 thôn, nhưng nhiều cụm loa đã xuống "
            "cấp.\n\nII. NHIỆM VỤ\n\n- Thay thế cụm loa hỏng, hoàn thành trước ngày 30/6/2031.\n")
    assert _due(body) == [("2031-06-30", None)]


def test_a_seasons_bounds_in_working_hours_are_no_deadline():
    body = ("Điều 4. Thời gian làm việc\n\nBuổi sáng từ 07 giờ 00 đến 11 giờ 30; buổi chiều từ 13 giờ 30 đến 17 giờ 00 "
            "(mùa đông từ ngày 01/10 đến ngày 31/3 năm sau: buổi chiều từ 13 giờ 00 đến 16 giờ 30).\n\n"
            "Điều 5. Chế độ báo cáo\n\nVăn phòng tổng hợp kết quả thực hiện Quy chế, báo cáo Chủ tịch trước ngày "
            "15/12/2031.\n")
    assert _due(body, kind="QUY CHẾ", title="Làm việc của Ủy ban nhân dân xã") == [("2031-12-15", None)]


def test_a_campaign_as_a_rows_topic_keeps_the_rows_window():
    table = ("III. PHÂN CÔNG NHIỆM VỤ\n\n| TT | Nội dung | Đơn vị chủ trì | Thời gian thực hiện |\n|---|---|---|---|\n"
             "| 1 | Tuyên truyền về Chiến dịch làm sạch môi trường trên loa truyền thanh xã | Văn hóa - Thông tin | "
             "Từ ngày 20/4/2031 đến ngày 31/5/2031 |\n"
             "| 2 | Tổ chức Chiến dịch làm sạch môi trường tại các thôn | Các thôn | Từ ngày 01/5/2031 đến ngày 31/5/2031 |\n"
             "| 3 | Sửa chữa nhà văn hóa thôn Đông | Thôn Đông | Ngày 02/6/2031 và ngày 20/6/2031 |\n")
    assert _due(table) == [(("2031-04-20", "2031-05-31"), None), ("2031-06-02", None), ("2031-06-20", None)]


def test_a_goal_by_a_dated_day_is_due_then_the_years_last_day_too():
    # (obl46) the recount over every gold set: a dated day with a goal figure is a deadline (21 documents against 8),
    # the year's last day as any other; session 45 read 31/12 as the goal's horizon (6 of the 11 such documents)
    body = ("II. MỤC TIÊU\n\n- Đến ngày 31/12/2031, tỷ lệ hộ gia đình có tủ thuốc đạt ít nhất 70%; đến ngày 31/12/2032 "
            "đạt từ 85% trở lên.\n\nb) Đến ngày 30/6/2031, số hộ tham gia đạt tối thiểu 40%.\n\n"
            "III. NHIỆM VỤ\n\n- Hoàn thành đến ngày 31/12/2031 việc cấp phát 100% tủ thuốc.\n")
    assert sorted({d for d, _ in _due(body)}) == ["2031-06-30", "2031-12-31", "2032-12-31"]


def test_a_scans_wrapped_dash_range_and_glued_quarters():
    body = ("II. LỊCH GIEO CẤY\n\nThôn Đông gieo cấy trong khoảng 23/5 -\n28/5/2031; thôn Tây hoàn thành trong quý "
            "IL2031; thôn Nam hoàn thành trong quý IV2031; thôn Bắc hoàn thành trong quý 12031.\n")
    assert [d for d, _ in _due(body)] == [("2031-05-23", "2031-05-28"), ("2031-04-01", "2031-06-30"),
                                          ("2031-10-01", "2031-12-31")]

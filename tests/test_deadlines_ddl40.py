"""Deadlines and citations on real wording, session 40 (ddl40): kinds read from authored38's labels (spent this session).

- A due cell in parts, each opened by its label ("Khóa 1: tháng 10/2032; Khóa 2: tháng 3/2033", "Đợt II: Quý
  I/2033"): each part's time is a deadline of the row (a38-03's labels: one entry per part).
- A schedule dating each row twice ("Hạn nộp hồ sơ | Thời gian thẩm định tại cơ sở"): a bare day in the second due
  column ("Ngày 20/11/2032") is the row's time too, as its "Từ ngày … đến ngày …" windows are (a38-06's labels); a
  column of the day a work starts is not one.
- A dated day then its yearly repeat ("trước ngày 10/12/2032 và hằng năm, trước ngày 10 tháng 12"): one yearly
  deadline at its first occurrence, not a one-off beside it (a38-08's labels; README: one deadline phrase, one entry).
- Citations without number (README: the Nghị quyết of a congress, a session resolution): a mass organisation's
  congress resolution named by its term ("Nghị quyết Đại hội đại biểu Hội Nông dân xã … nhiệm kỳ 2028 - 2033",
  a38-04) and a legislature's resolution named by its sitting ("Nghị quyết Kỳ họp thứ 12, Hội đồng nhân dân tỉnh khóa
  XI", a38-08); not one still to be passed.

Sentences written for these tests, in the style of those documents (other offices, other subjects).
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.recurrence import rule_kind


def _doc(body: str, title: str = "Bồi dưỡng kỹ năng nghiệp vụ cho chi hội trưởng nông dân năm 2032",
         issuer: str = "HỘI NÔNG DÂN XÃ PHÚ THỊNH", number: str = "41/KH-HND",
         date: str = "02 tháng 9 năm 2032") -> str:
    return (f"HỘI NÔNG DÂN TỈNH QUẢNG BÌNH\n{issuer}\nSố: {number}\nPhú Thịnh, ngày {date}\n\n"
            f"KẾ HOẠCH\n{title}\n\n{body}\n")


def _dls(text: str):
    return [(d.date or (d.earliest, d.latest), rule_kind(d.recurrence)) for d in extract(text).deadlines if not d.past]


PARTS = ("II. NHIỆM VỤ CỤ THỂ\n\n"
         "| STT | Việc cần làm | Chủ trì | Phối hợp | Thời gian thực hiện |\n|:-:|---|---|---|---|\n"
         "| 1 | Tổ chức 02 khóa tập huấn kỹ thuật chăn nuôi an toàn sinh học | Ban Thường vụ Hội | Trạm Khuyến nông"
         " | Khóa 1: tháng 10/2032; Khóa 2: tháng 3/2033 |\n"
         "| 2 | Khảo sát nhu cầu vay vốn của hội viên | Các chi hội | Ngân hàng Chính sách xã hội | Tháng 11/2032 |\n"
         "| 3 | Trao đổi kinh nghiệm sản xuất giữa các chi hội | Ban Thường vụ Hội | Các chi hội"
         " | Đợt I: Quý IV/2032, Đợt II: Quý I/2033 |\n")


def test_each_labelled_part_of_a_due_cell_is_a_deadline():
    got = _dls(_doc(PARTS))
    assert (("2032-10-01", "2032-10-31"), None) in got
    assert (("2033-03-01", "2033-03-31"), None) in got
    assert (("2032-11-01", "2032-11-30"), None) in got
    assert (("2032-10-01", "2032-12-31"), None) in got
    assert (("2033-01-01", "2033-03-31"), None) in got


def test_a_label_inside_other_words_of_a_cell_dates_nothing():
    body = PARTS.replace("Khóa 1: tháng 10/2032; Khóa 2: tháng 3/2033", "Sau khi có kinh phí năm 2033")
    got = _dls(_doc(body))
    assert not any(d == ("2033-01-01", "2033-12-31") for d, _ in got)


SCHEDULE = ("3. Lịch thẩm định các hợp tác xã\n\n"
            "| STT | Tên HTX | Số thành viên | Hạn nộp hồ sơ | Thời gian thẩm định tại cơ sở | Cán bộ phụ trách |\n"
            "|:-:|---|:-:|---|---|---|\n"
            "| 1 | Hợp tác xã rau sạch Đông Hà | 35 | Trước ngày 05/10/2032 | Từ ngày 12/10 đến ngày 13/10/2032"
            " | Đ/c Lê Văn Tâm |\n"
            "| 2 | Hợp tác xã chăn nuôi Phú Lợi | 28 | Trước ngày 02/11/2032 | Ngày 20/11/2032 | Đ/c Hồ Thị Mai |\n")


def test_a_bare_day_in_a_second_due_column_is_the_rows_time():
    got = [d for d, _ in _dls(_doc(SCHEDULE))]
    assert "2032-11-20" in got
    assert "2032-11-02" in got and ("2032-10-12", "2032-10-13") in got


def test_a_start_column_beside_the_due_one_dates_nothing():
    body = (SCHEDULE.replace("Thời gian thẩm định tại cơ sở", "Thời gian bắt đầu")
            .replace("Từ ngày 12/10 đến ngày 13/10/2032", "Ngày 08/10/2032"))
    got = [d for d, _ in _dls(_doc(body))]
    assert "2032-11-02" in got
    assert "2032-11-20" not in got and "2032-10-08" not in got


def test_a_day_then_its_yearly_repeat_is_one_yearly_deadline():
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n1. Ban Thường vụ Hội Nông dân xã\n\n"
            "- Tổng hợp kết quả, báo cáo Hội Nông dân huyện trước ngày 10/12/2032 và hằng năm, trước ngày 10 tháng 12.\n")
    got = _dls(_doc(body))
    assert got.count(("2032-12-10", "yearly")) == 1
    assert ("2032-12-10", None) not in got


def test_two_different_days_stay_two():
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n1. Ban Thường vụ Hội Nông dân xã\n\n"
            "- Báo cáo sơ kết trước ngày 20/11/2032 và hằng năm, trước ngày 10 tháng 12.\n")
    got = _dls(_doc(body))
    assert ("2032-11-20", None) in got and ("2032-12-10", "yearly") in got


def _unnumbered(text: str):
    return [(c.type, c.text) for c in extract(text).citations if not c.number]


def test_a_mass_organisations_congress_resolution_named_by_its_term():
    body = ("I. MỤC ĐÍCH, YÊU CẦU\n\nCụ thể hóa Nghị quyết Đại hội đại biểu Hội Nông dân xã Phú Thịnh nhiệm kỳ "
            "2028 - 2033 về phát triển kinh tế hộ hội viên; nâng cao thu nhập cho hội viên.\n")
    got = _unnumbered(_doc(body))
    assert [t for t, _ in got] == ["Nghị quyết"]
    assert "nhiệm kỳ 2028 - 2033" in got[0][1]


def test_a_session_resolution_named_by_its_sitting():
    body = ("I. MỤC ĐÍCH, YÊU CẦU\n\nTriển khai kịp thời Nghị quyết Kỳ họp thứ 12, Hội đồng nhân dân tỉnh khóa XI "
            "về chính sách hỗ trợ phát triển hợp tác xã đến từng chi hội.\n")
    got = _unnumbered(_doc(body))
    assert [t for t, _ in got] == ["Nghị quyết"]


def test_a_resolution_still_to_be_passed_at_a_sitting_is_no_citation():
    body = ("III. TỔ CHỨC THỰC HIỆN\n\nBan Thường vụ Hội phối hợp tham mưu dự thảo Nghị quyết Kỳ họp thứ 12 "
            "Hội đồng nhân dân xã về hỗ trợ hội viên, hoàn thành trước ngày 30/10/2032.\n")
    assert _unnumbered(_doc(body)) == []


def _campaign(body: str) -> str:
    return ("ỦY BAN NHÂN DÂN XÃ ĐỨC LONG\nSố: 77/KH-UBND\nĐức Long, ngày 05 tháng 3 năm 2032\n\nKẾ HOẠCH\n"
            "Tổ chức chiến dịch tiêm vắc xin phòng bệnh dại cho chó, mèo trên địa bàn xã năm 2032\n\n" + body + "\n")


def test_a_campaign_schedules_rows_pasted_two_a_row_are_runs_not_deadlines():
    """A scan's reader pasted the printed rows two by two into its grid (the delimiter row read onto the header's line):
    the second row's "Từ ngày … đến ngày …" falls outside the due column, yet is the campaign's running period too."""
    body = ("II. NỘI DUNG\n\nChiến dịch chia thành 02 đợt, mỗi đợt tiêm tại 02 khu vực. Lịch cụ thể như sau:\n\n"
            "| Đợt | Khu vực | Thôn | Thời gian thực hiện | Số con dự kiến | |---|---|---|------| |\n"
            "Đợt 1 | Khu vực 1 | Thôn 1 đến Thôn 4 | Từ ngày 10/4 đến ngày 12/4/2032 |\n"
            "820 | | Đợt 1 | Khu vực 2 | Thôn 5 đến Thôn 9 | Từ ngày 13/4 đến ngày\n"
            "15/4/2032 | 760 | | Đợt 2 | Khu vực 1 | Thôn 1 đến Thôn 4 | Từ ngày 09/10 đến\n"
            "ngày 11/10/2032 | 805 | | Đợt 2 | Khu vực 2 | Thôn 5 đến Thôn 9 |\n"
            "Từ ngày 12/10 đến ngày 14/10/2032 | 770 |\n\n"
            "Đơn vị chủ trì: Trạm Y tế xã.\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\nTrạm Y tế xã tổng hợp kết quả, báo cáo UBND xã trước ngày 30/10/2032.\n")
    assert _dls(_campaign(body)) == [("2032-10-30", None)]


def test_a_bodys_standing_rules_named_by_their_kind_are_cited():
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n1. Văn phòng Hội Nông dân xã\n\n- Thanh toán công tác phí cho cán bộ đi tập huấn "
            "theo Quy chế chi tiêu nội bộ.\n\n- Báo cáo việc thực hiện Quy chế phối hợp giữa Hội Nông dân xã và Ngân hàng "
            "Chính sách xã hội huyện trong quý IV/2032.\n")
    got = _unnumbered(_doc(body))
    assert [t for t, _ in got] == ["Quy chế", "Quy chế"]


def test_standing_rules_being_made_or_changed_are_no_citation():
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n1. Văn phòng Hội Nông dân xã\n\n- Xây dựng Quy chế chi tiêu nội bộ của Hội, "
            "trình Ban Thường vụ trước ngày 15/10/2032; góp ý sửa đổi Quy chế chi tiêu nội bộ cho phù hợp.\n")
    assert _unnumbered(_doc(body)) == []

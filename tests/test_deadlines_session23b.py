"""Deadlines on real wording, session 23 (dl23b): kinds read from tune23's labels (t23-08, t23-10).

- A programme table listed month by month: a group row that holds the month alone ("| | Tháng 3/2027 | | |") heads
  rows that carry their own times in the due column; the group row's month is no deadline, nor is it counted twice
  when a row's cell repeats it (t23-08's labels and notes: "the month group headings are not counted").
- A period named in a dated row's other cells — the task cell's meeting ("Hội nghị Ban Chấp hành Đảng bộ xã quý
  I/2027"), the half-year a fee check covers, a data-period column ("Kỳ số liệu | 6 tháng đầu năm 2027 | Thời hạn
  gửi | Trước ngày 15/7/2027") — is no deadline beside the row's own (t23-08, t23-10's labels). A task cell that
  states its own time with a time word ("hoàn thành trong quý II/2027") keeps it.

Tables written for these tests in the style of those documents (md2plain's layout: one cell a line, "|" between).
"""

from __future__ import annotations

from vanban.extract import extract


def _ctr(table: str, date: str = "25 tháng 12 năm 2026") -> str:
    """The plain text a reader copies from the page: "|" separator lines blank, no bold markers (md2plain's form)."""
    table = "\n".join("" if line.strip() == "|" else line for line in table.replace("**", "").split("\n"))
    return ("ĐẢNG BỘ HUYỆN KIM SƠN\nĐẢNG ỦY XÃ KIM ĐÔNG\n*\nSố 38-CTr/ĐU\nKim Đông, ngày " + date + "\n\n"
            "CHƯƠNG TRÌNH\ncông tác năm 2027\n\n**Nội dung công tác theo từng tháng**\n\n" + table + "\n")


def _row(*cells: str) -> str:
    return "|\n" + "".join((c + "\n" if c else "") + "|\n" for c in cells)  # an empty cell: its closing "|" alone


HEAD = _row("**TT**", "**Nội dung**", "**Cơ quan chuẩn bị**", "**Thời gian**")
PROGRAMME = (HEAD + _row("", "**Tháng 3/2027**", "", "")
             + _row("1", "Hội nghị Ban Chấp hành Đảng bộ xã quý I/2027; cho ý kiến vào Đề án xây dựng xã nông thôn mới "
                    "nâng cao", "Ủy ban nhân dân xã", "Tháng 3/2027")
             + _row("2", "Ban hành Kế hoạch kiểm tra việc thu, nộp đảng phí 6 tháng đầu năm 2027", "Ủy ban Kiểm tra "
                    "Đảng ủy", "Trước ngày 25/3/2027")
             + _row("", "**Tháng 4/2027**", "", "")
             + _row("3", "Lãnh đạo tổ chức kỷ niệm Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước",
                    "Ủy ban nhân dân xã", "Tháng 4/2027"))


def _dls(text: str):
    return sorted((d.date or f"{d.earliest}..{d.latest}") for d in extract(text).deadlines if not d.past)


def test_a_month_group_row_is_no_deadline_of_its_own():
    assert _dls(_ctr(PROGRAMME)) == ["2027-03-01..2027-03-31", "2027-03-25", "2027-04-01..2027-04-30"]


def test_a_period_a_dated_rows_task_names_is_not_its_deadline():
    got = _dls(_ctr(PROGRAMME))
    assert "2027-01-01..2027-03-31" not in got  # "Hội nghị … quý I/2027": the meeting's quarter
    assert "2027-01-01..2027-06-30" not in got  # "đảng phí 6 tháng đầu năm 2027": the half-year checked


def test_a_task_cell_stating_its_own_time_keeps_it():
    table = HEAD + _row("1", "Kiểm tra việc lãnh đạo thực hiện Nghị quyết, hoàn thành trong quý II/2027",
                        "Ủy ban Kiểm tra Đảng ủy", "Tháng 6/2027")
    assert "2027-04-01..2027-06-30" in _dls(_ctr(table))


def test_a_data_period_column_is_no_deadline():
    table = (_row("**STT**", "**Tên biểu mẫu**", "**Đơn vị báo cáo**", "**Kỳ số liệu**", "**Thời hạn gửi**")
             + _row("1", "Mẫu số 01: Tổng hợp kết quả giải quyết chế độ", "UBND cấp tỉnh", "6 tháng đầu năm 2027",
                    "Trước ngày 15/7/2027"))
    assert _dls(_ctr(table)) == ["2027-07-15"]


def test_group_rows_without_dated_rows_below_keep_their_month():
    table = (HEAD + _row("", "**Tháng 5/2027**", "", "")
             + _row("1", "Sơ kết công tác dân vận", "Ban Xây dựng Đảng", "Thường xuyên"))
    assert "2027-05-01..2027-05-31" in _dls(_ctr(table))


def _cd(body: str) -> str:
    return ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 14/CĐ-UBND\nPhú Yên, ngày 03 tháng 12 năm 2026\n\nCÔNG ĐIỆN\n"
            "Về việc chủ động ứng phó với bão số 15\n\n" + body + "\n")


def test_a_start_time_with_its_hour_is_no_deadline():
    # "kể từ 12 giờ ngày …" opens a ban that runs until further notice, as "kể từ ngày …" does (t23-04's labels and
    # notes: start times are not deadlines); the due time of the same item stays
    got = _dls(_cd("1. Chủ tịch Ủy ban nhân dân các xã ven biển\n\na) Cấm tàu thuyền ra khơi kể từ 14 giờ ngày "
                   "03/12/2026 cho đến khi có thông báo mới; hướng dẫn tàu thuyền vào nơi tránh trú, hoàn thành trước "
                   "18 giờ ngày 04/12/2026."))
    assert got == ["2026-12-04"]


def test_an_hour_on_the_same_day_takes_the_day_named_before_it():
    # "… vào 07 giờ 30 ngày 05/3/2027; công dân có mặt … trước 06 giờ 00 cùng ngày" (t23-05's labels: that day)
    text = ("HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ\nXÃ HÒA BÌNH\nSố: 05/KH-HĐNVQS\nHòa Bình, ngày 10 tháng 01 năm 2027\n\n"
            "KẾ HOẠCH\nTổ chức giao nhận quân năm 2027\n\n3. Tổ chức Lễ giao nhận quân tại Nhà văn hóa xã vào 07 giờ 30 "
            "ngày 05/3/2027; công dân nhập ngũ có mặt tại điểm tập trung trước 06 giờ 00 cùng ngày.\n")
    got = [(d.text, d.date) for d in extract(text).deadlines if not d.past]
    assert ("trước 06 giờ 00 cùng ngày", "2027-03-05") in got


def test_two_quarters_joined_by_a_comma_are_one_interval():
    # a task table's Thời gian cell "Quý II, III/2027" (t23-03's labels: 2027-04-01..2027-09-30, as "Quý II - III/2027")
    table = HEAD + _row("1", "Tham mưu ban hành Quy định tiếp nhận hồ sơ thử nghiệm", "Phòng Quản lý khoa học",
                        "Quý II, III/2027")
    assert _dls(_ctr(table, "06 tháng 01 năm 2027")) == ["2027-04-01..2027-09-30"]
    table = HEAD + _row("1", "Kiểm tra chuyên đề", "Ủy ban Kiểm tra", "Quý I, III/2027")  # two apart: not one span
    assert "2027-01-01..2027-09-30" not in _dls(_ctr(table, "06 tháng 01 năm 2027"))

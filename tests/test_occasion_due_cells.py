"""A due cell that names the occasion a row's task is done at: "Trao tại Lễ kỷ niệm ngày 26/7/2035" (ddl47).

Kind (issue 10, "Deadlines": dated events are deadlines, the labels README): a plan's table of works has a completion
column ("Thời gian hoàn thành", "Thời gian thực hiện"), and a row's cell says at which event its task is done rather
than "trước ngày …": "Trao tại Lễ kỷ niệm ngày 26/7/2035" (a45-03's labels: the savings books are handed over on that
day), "Báo cáo tại Hội nghị sơ kết ngày …", "Công bố tại buổi gặp mặt ngày …". The day is the row's deadline as a
bare "Ngày 26/7/2035" in that cell is. Only in a due column: a remark column's "tại Hội nghị … ngày …" and a prose
clause ("… thông qua tại Hội nghị Ban Chấp hành ngày 22/12/2034", the meeting a text was adopted at) are no due day.

The tables are written here in the style of a UBND phường's plan for 27/7 and a Hội's plan; the values are read from
the cells.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = """HỘI CỰU CHIẾN BINH VIỆT NAM
HỘI CCB XÃ ĐÔNG SƠN
Số: 07/KH-CCB
Đông Sơn, ngày 12 tháng 6 năm 2035

KẾ HOẠCH
Hoạt động kỷ niệm Ngày Thương binh - Liệt sĩ và sơ kết 6 tháng đầu năm 2035

I. NỘI DUNG

"""


def _days(body: str) -> list[str]:
    return sorted(d.date for d in extract(HEAD + body + "\n").deadlines if d.date)


def test_an_occasion_in_the_completion_column_dates_its_row():
    body = ("| Nội dung | Số lượng | Thành tiền (đồng) | Thời gian hoàn thành |\n|---|---|---|---|\n"
            "| Sửa chữa nhà ở cho người có công | 02 nhà | 60.000.000 | Chậm nhất ngày 20/7/2035 |\n"
            "| Tặng sổ tiết kiệm cho thân nhân liệt sĩ | 03 sổ | 15.000.000 | Trao tại Lễ kỷ niệm ngày 26/7/2035 |")
    assert _days(body) == ["2035-07-20", "2035-07-26"]


def test_other_occasions_and_a_due_column_named_otherwise():
    body = ("| TT | Nội dung | Đơn vị thực hiện | Thời gian thực hiện |\n|---|---|---|---|\n"
            "| 1 | Tổng hợp kết quả 6 tháng | Văn phòng | Báo cáo tại Hội nghị sơ kết ngày 05/7/2035 |\n"
            "| 2 | Biểu dương gia đình tiêu biểu | Hội Cựu chiến binh | Công bố tại buổi gặp mặt ngày 25/7/2035 |")
    assert _days(body) == ["2035-07-05", "2035-07-25"]


def test_an_occasion_in_a_remark_column_is_no_due_day():
    body = ("| TT | Nội dung | Đơn vị thực hiện | Thời gian hoàn thành | Ghi chú |\n|---|---|---|---|---|\n"
            "| 1 | Lập danh sách đối tượng | Phòng Văn hóa - Xã hội | Trước ngày 30/6/2035 "
            "| Theo kết luận tại Hội nghị ngày 05/6/2035 |")
    assert _days(body) == ["2035-06-30"]

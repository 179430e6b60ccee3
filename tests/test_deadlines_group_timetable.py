"""A timetable with one time column per group ("Nội dung | Khối 10 | Khối 11"): each cell is its row's deadline.

Why (session 42, rest42): an enrolment or exam plan prints its steps as rows and the groups (grades, levels, rounds)
as columns, each cell the step's day for that group. Its header names the step's column only, no "Thời gian" column,
so the structure stage built no table and the dates were read as prose: a bare day ("Ngày 27/6/2031") was no
deadline, and a row's date led the next row's words. The table is built when every other cell of its rows holds a
day, and each such cell is read as the row's deadline for its group.

Real parts: :func:`vanban.structure.structure_of_text` and :func:`vanban.extract.extract`; the expected values are
read from the text by hand.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text

PLAN = """ỦY BAN NHÂN DÂN PHƯỜNG HÒA AN
Số: 77/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hòa An, ngày 20 tháng 5 năm 2031

KẾ HOẠCH
Tổ chức kiểm tra cuối cấp năm học 2030 - 2031

I. LỊCH KIỂM TRA

| Công việc | Khối 5 | Khối 9 |
|---|---|---|
| Đăng ký danh sách dự kiểm tra | Trước ngày 01/6/2031 | Trước ngày 03/6/2031 |
| Tổ chức kiểm tra | Từ ngày 10/6 đến ngày 12/6/2031 | Từ ngày 14/6 đến ngày 16/6/2031 |
| Thông báo kết quả | Ngày 27/6/2031 | Ngày 30/6/2031 |

II. TỔ CHỨC THỰC HIỆN

Các trường gửi báo cáo về Ủy ban nhân dân phường.
"""


def test_group_timetable_is_a_table():
    st = structure_of_text(PLAN)
    assert any(t.role == "data" and len(t.header) == 3 and "Khối 9" in t.header[2] for t in st.tables)


def test_each_group_cell_is_its_row_deadline():
    got = {(d.date, d.earliest, d.latest) for d in extract(PLAN).deadlines}
    assert ("2031-06-27", "2031-06-27", "2031-06-27") in got  # a bare day in the cell
    assert ("2031-06-30", "2031-06-30", "2031-06-30") in got
    assert (None, "2031-06-14", "2031-06-16") in got
    assert ("2031-06-03", "2031-06-03", "2031-06-03") in got


def test_a_group_table_without_days_is_no_timetable():
    text = PLAN.replace("Ngày 27/6/2031", "Phòng Giáo dục").replace("Ngày 30/6/2031", "Phòng Giáo dục") \
        .replace("Trước ngày 01/6/2031", "Trường").replace("Trước ngày 03/6/2031", "Trường")
    st = structure_of_text(text)
    assert not any(len(t.header) == 3 and "Khối 9" in t.header[2] for t in st.tables)

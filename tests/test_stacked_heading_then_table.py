"""Two stacked-cell tables one after the other, a part's heading between them: a table of figures per unit, then
"III. TIẾN ĐỘ THỰC HIỆN" two blank lines under its last row, then the header "TT | Nội dung | Đơn vị thực hiện |
Thời gian" of a task table. The heading in capitals with its Roman label, followed by a number column's name, is the
document's next part and the next table's start, not a group row of the first table (a group's name is followed by its
first row's number): the first table ends at its last row, the second is read with its rows, each row's body
charged with the row's date (vanban.structure.stacked).

The plan is written for this test in the style of a xã's plan with a table of figures and a timetable; the
expected rows, bodies and dates are as written.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text

_FIGURES = ["TT", "Tổ dân phố", "Số hộ", "Số hộ đã cấp", "Tỷ lệ (%)"]
_ROWS = [["1", "Tổ 1", "210", "180", "85,71"], ["2", "Tổ 2", "165", "120", "72,73"], ["3", "Tổ 3", "148", "96", "64,86"]]
_TASKS = ["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"]
_STEPS = [["1", "Rà soát danh sách hộ chưa được cấp giấy chứng nhận", "Tổ trưởng tổ dân phố", "Trước ngày 15/8/2028"],
          ["2", "Thẩm định hồ sơ đề nghị cấp giấy chứng nhận của các hộ", "Bộ phận địa chính", "Từ ngày 01/9 đến ngày 30/9/2028"],
          ["3", "Trình cấp giấy chứng nhận cho các hộ đủ điều kiện", "Chủ tịch UBND phường", "Chậm nhất ngày 20/10/2028"]]


def _stacked(header: list[str], rows: list[list[str]]) -> str:
    """A table as the page's markup becomes text: cells one blank line apart, rows two."""
    return "\n\n\n".join("\n\n".join(r) for r in [header] + rows)


_DOC = f"""ỦY BAN NHÂN DÂN
PHƯỜNG AN KHÁNH

Số: 57/KH-UBND
An Khánh, ngày 20 tháng 7 năm 2028

KẾ HOẠCH
Cấp giấy chứng nhận quyền sử dụng đất lần đầu năm 2028

I. MỤC ĐÍCH, YÊU CẦU

Hoàn thành việc cấp giấy chứng nhận cho các hộ đủ điều kiện trên địa bàn phường.

II. KẾT QUẢ CẤP GIẤY CHỨNG NHẬN THEO TỔ DÂN PHỐ


{_stacked(_FIGURES, _ROWS)}


III. TIẾN ĐỘ THỰC HIỆN


{_stacked(_TASKS, _STEPS)}


IV. TỔ CHỨC THỰC HIỆN

Bộ phận địa chính là đơn vị thường trực, tổng hợp kết quả báo cáo UBND phường.
"""


def test_the_heading_ends_the_first_table():
    st = structure_of_text(_DOC)
    heads = [t.header for t in st.tables]
    assert tuple(_FIGURES) in heads and tuple(_TASKS) in heads
    figures = next(t for t in st.tables if t.header == tuple(_FIGURES))
    assert [[c.text for c in r] for r in figures.rows[1:]] == _ROWS
    tasks = next(t for t in st.tables if t.header == tuple(_TASKS))
    assert [[c.text for c in r] for r in tasks.rows[1:]] == _STEPS


def test_each_step_row_charges_its_body_with_its_date():
    got = {(o.who, o.deadline.latest or o.deadline.date if o.deadline else None) for o in extract(_DOC).obligations}
    assert {("Tổ trưởng tổ dân phố", "2028-08-15"), ("Bộ phận địa chính", "2028-09-30"),
            ("Chủ tịch UBND phường", "2028-10-20")} <= got

"""Flowed pipe tables of the scanned form (vanban.structure.pipe_flow) that lost their rows: a timetable of steps
whose number column is named "Bước", a header whose last names wrapped onto the line the delimiter row and the first
rows run on along, and figure cells whose thin pipes Tesseract read as brackets ("80 [95", "55 [").

The texts are written for these tests (a commune's plan to dredge canals, a ward's table of vaccination rates per
residential group), damaged as a scan read by layout damages such tables; the expected rows are the tables as
written.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure.pipe_flow import read_flowed_pipe_tables


def _rows(t):
    return [[c.text for c in row] for row in t.rows]


STEPS = ("II. CÁC BƯỚC TRIỂN KHAI\n\n"
         "| Bước | Việc cần làm | Bộ phận làm | Bộ phận giúp | Hạn |\n"
         "|---|---|---|---|---| | 1 | Khảo sát các tuyến kênh cần nạo vét; lập dự toán | Công chức Giao\n"
         "thông - Thủy lợi | Ban quản lý các hợp tác xã | Trước ngày 15/3/2029 | | 2 | Huy động nhân\n"
         "công, máy móc | Hợp tác xã Đồng Tâm | Các thôn | Từ ngày 16/3 đến ngày 30/4/2029 | | 3 | Nghiệm thu\n"
         "các tuyến đã nạo vét | Tổ nghiệm thu xã | Công chức Giao thông - Thủy lợi | Chậm nhất ngày 20/5/2029 |\n\n"
         "III. KINH PHÍ\n")


def test_a_timetable_of_steps_is_read_as_a_table():
    (t,) = read_flowed_pipe_tables(STEPS)
    rows = _rows(t)
    assert rows[0] == ["Bước", "Việc cần làm", "Bộ phận làm", "Bộ phận giúp", "Hạn"]
    assert rows[2] == ["2", "Huy động nhân công, máy móc", "Hợp tác xã Đồng Tâm", "Các thôn",
                       "Từ ngày 16/3 đến ngày 30/4/2029"]
    assert len(rows) == 4


def test_a_steps_prose_header_is_no_table():
    # "Bước" in prose with pipes nowhere near a row of numbers: no table
    assert read_flowed_pipe_tables("| Bước | một |\nCác đơn vị làm theo hướng dẫn.\n") == []


RATES = ("- Tỷ lệ từng tổ dân phố:\n\n"
         "| TT | Tổ dân phố | Số trẻ | Trẻ tiêm đủ mũi cơ bản (%) | Trẻ uống\n"
         "vitamin A (%) | Nhận xét | |---|---|---|---|---|---| | 1 | Tổ 3 | 120\n"
         "|97 [98 | Đạt || 2 | Tổ 5 | 88 | 95 | 99 [| 3 | Tổ 8 | 140 | 96 |97 | Đạt ||\n"
         "4 | Tổ 9 | 102 | 94 | 96 | Đạt |\n\n"
         "III. GIẢI PHÁP\n")


def test_header_wrapped_before_a_run_on_delimiter_and_bracket_pipes():
    (t,) = read_flowed_pipe_tables(RATES)
    rows = _rows(t)
    assert rows[0] == ["TT", "Tổ dân phố", "Số trẻ", "Trẻ tiêm đủ mũi cơ bản (%)", "Trẻ uống vitamin A (%)",
                       "Nhận xét"]
    assert rows[1][:5] == ["1", "Tổ 3", "120", "97", "98"]
    assert rows[2][:5] == ["2", "Tổ 5", "88", "95", "99"]
    assert rows[3][:5] == ["3", "Tổ 8", "140", "96", "97"]


# (obl51) steps named, not numbered, the table run on over a page break (a49-08's scan lost all six dated rows)
NAMED_STEPS = ("2. Lịch bình xét danh hiệu\n\n"
               "| Bước | Nội dung | Thời gian | Đơn vị thực hiện | |---|---|---|---| | Đăng ký | Các hộ đăng ký\n"
               "danh hiệu \"Gia đình văn hóa\" | Từ 02/3 đến 27/3/2036 | Trưởng các thôn | | Tổng hợp | Tổng hợp\f"
               "đăng ký gửi Ban Chỉ đạo xã | Trước ngày 08/4/2036 | Ban Công tác Mặt trận thôn | | Công nhận |\n"
               "Chủ tịch UBND xã ký quyết định công nhận | Trước ngày 18/12/2036 | Công chức Văn hóa - xã hội |\n\n"
               "3. Kinh phí\n")


def test_a_timetable_of_named_steps_run_on_over_a_page_break_is_read_by_count():
    (t,) = read_flowed_pipe_tables(NAMED_STEPS)
    rows = _rows(t)
    assert rows[0] == ["Bước", "Nội dung", "Thời gian", "Đơn vị thực hiện"]
    assert [r[0] for r in rows[1:]] == ["Đăng ký", "Tổng hợp", "Công nhận"]
    assert rows[3][2:] == ["Trước ngày 18/12/2036", "Công chức Văn hóa - xã hội"]
    whos = {o.who for o in extract(NAMED_STEPS).obligations}
    assert {"Trưởng các thôn", "Ban Công tác Mặt trận thôn", "Công chức Văn hóa - xã hội"} <= whos

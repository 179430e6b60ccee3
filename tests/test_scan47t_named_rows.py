"""A scan's flowed pipe table whose rows the first column's noun numbers (scan47t, issue #9 on scans).

The kind: a timetable or a roster whose first column names what each row is — "| Bước | Nội dung | Thời gian | … |"
over "| Bước 1 | …", "| Đoàn kiểm tra | Thời gian | … |" over "| Đoàn số 1 | …", "| Đợt | Địa bàn | … |" over "| Đợt 2
| …" — with no bare row number. On clean text each row is a line and is read as such; once the page is scanned the
rows run on as one stream of cells (:mod:`vanban.structure.pipe_flow`), where a row was found only at a bare number
("1", "2", a Roman numeral), a round's "Đợt N" only under a day column: every row, its unit and its time, was lost.

:func:`pipe_flow._named_row_re` reads such a row's first cell as its number under a steps' column ("Bước");
:func:`pipe_flow._named_first_row` opens a table whose first column is no number column when the delimiter row stands
between the header and a first row numbered 1 (its rows then read count by count, as a units-headed table's). Every table here is written in
the documents' style (a Kế hoạch's steps of a village election, an inspection plan's teams, a campaign's rounds), laid
out as the bench's scans flow them; the expected cells are the tables' own.
"""

from __future__ import annotations

from vanban.structure.pipe_flow import read_flowed_pipe_tables


def _rows(text: str) -> list[list[str]]:
    tables = read_flowed_pipe_tables(text)
    assert len(tables) == 1
    return [[c.text for c in row] for row in tables[0].rows]


#: a Kế hoạch's steps, the delimiter row run on after the header on its line, the rows run on over wrapped lines
STEPS = (
    "III. TIẾN ĐỘ THỰC HIỆN\n\n"
    "| Bước | Nội dung công việc | Thời gian | Đơn vị thực hiện | |---|---|---|---| | Bước 1 |\n"
    "Xây dựng, ban hành Kế hoạch điều tra hộ nghèo, hộ cận nghèo | Trước ngày 05/9/2031 | Phòng\n"
    "Văn hóa - Xã hội phường | | Bước 2 | Tập huấn nghiệp vụ cho điều tra viên | Ngày\n"
    "12/9/2031 | UBND phường | | Bước 3 | Tổ chức rà soát, chấm điểm tại các tổ dân phố | Từ ngày\n"
    "15/9/2031 đến ngày 15/10/2031 | Tổ trưởng tổ dân phố, điều tra viên | | Bước 4 | Tổng hợp, báo\n"
    "cáo kết quả về UBND thị xã | Trước ngày 30/10/2031 | Văn phòng HĐND và UBND phường |\n\n"
    "IV. KINH PHÍ\n\n"
    "Kinh phí thực hiện từ nguồn ngân sách phường năm 2031.\n"
)


def test_steps_named_bước_n_are_rows():
    rows = _rows(STEPS)
    assert rows[0] == ["Bước", "Nội dung công việc", "Thời gian", "Đơn vị thực hiện"]
    assert rows[1:] == [
        ["Bước 1", "Xây dựng, ban hành Kế hoạch điều tra hộ nghèo, hộ cận nghèo", "Trước ngày 05/9/2031",
         "Phòng Văn hóa - Xã hội phường"],
        ["Bước 2", "Tập huấn nghiệp vụ cho điều tra viên", "Ngày 12/9/2031", "UBND phường"],
        ["Bước 3", "Tổ chức rà soát, chấm điểm tại các tổ dân phố", "Từ ngày 15/9/2031 đến ngày 15/10/2031",
         "Tổ trưởng tổ dân phố, điều tra viên"],
        ["Bước 4", "Tổng hợp, báo cáo kết quả về UBND thị xã", "Trước ngày 30/10/2031",
         "Văn phòng HĐND và UBND phường"],
    ]


#: an inspection plan's teams: the header on its own line, the delimiter row on the next one and the rows run on
#: after it; each team named "Tổ số N" under "Tổ kiểm tra"
TEAMS = (
    "2. Phân công các tổ kiểm tra\n\n"
    "| Tổ kiểm tra | Thời gian | Địa bàn, cơ sở kiểm tra | Đơn vị chủ trì |\n"
    "|---|---|---|---| | Tổ số 1 | Từ ngày 02/4/2031 đến ngày 12/4/2031 | Các cơ sở kinh doanh\n"
    "karaoke, vũ trường khu phố 1 đến khu phố 4 | Công an phường | | Tổ số 2 | Từ ngày 14/4/2031\n"
    "đến ngày 24/4/2031 | Điểm kinh doanh trò chơi điện tử, Internet | Phòng Văn hóa - Xã hội\n"
    "phường | | Tổ số 3 | Trong tháng 5/2031 | Cơ sở lưu trú, nhà trọ | Công an phường |\n\n"
    "3. Chế độ báo cáo\n\n"
    "Các tổ kiểm tra báo cáo kết quả về UBND phường trước ngày 05/6/2031.\n"
)


def test_inspection_teams_named_tổ_số_n_are_rows():
    rows = _rows(TEAMS)
    assert rows[0] == ["Tổ kiểm tra", "Thời gian", "Địa bàn, cơ sở kiểm tra", "Đơn vị chủ trì"]
    assert [r[0] for r in rows[1:]] == ["Tổ số 1", "Tổ số 2", "Tổ số 3"]
    assert rows[2] == ["Tổ số 2", "Từ ngày 14/4/2031 đến ngày 24/4/2031", "Điểm kinh doanh trò chơi điện tử, Internet",
                       "Phòng Văn hóa - Xã hội phường"]
    assert rows[3][3] == "Công an phường"


#: a campaign's rounds with no day column (so no round schedule, vanban.structure.round_tables): "Đợt N" numbers them
ROUNDS = (
    "| Đợt | Địa bàn ra quân | Nội dung trọng tâm | Lực lượng chủ trì | |---|---|---|---| | Đợt 1 | Tuyến Quốc lộ\n"
    "2, đường tỉnh 305 | Giải tỏa lấn chiếm vỉa hè | Công an phường | | Đợt 2 | Chợ trung tâm và các\n"
    "tuyến phố lân cận | Sắp xếp hàng rong, bãi xe | Đội Trật tự đô thị |\n"
)


def test_rounds_without_a_day_column_are_rows():
    rows = _rows(ROUNDS)
    assert rows[1:] == [
        ["Đợt 1", "Tuyến Quốc lộ 2, đường tỉnh 305", "Giải tỏa lấn chiếm vỉa hè", "Công an phường"],
        ["Đợt 2", "Chợ trung tâm và các tuyến phố lân cận", "Sắp xếp hàng rong, bãi xe", "Đội Trật tự đô thị"],
    ]


def test_steps_with_bare_numbers_still_read():
    text = ("| Bước | Nội dung | Thời gian | Đơn vị thực hiện | |---|---|---|---| | 1 | Rà soát danh sách | Trước ngày"
            " 10/3/2031 | Công an xã | | 2 | Niêm yết công khai | Từ ngày 12/3/2031 | UBND xã |\n")
    assert [r[0] for r in _rows(text)[1:]] == ["1", "2"]


def test_no_delimiter_row_no_table():
    """Names between pipes with no delimiter row before the first named row are no header (piped prose)."""
    text = ("| Đoàn kiểm tra | Thời gian | Địa bàn | Đơn vị chủ trì | | Đoàn số 1 | Tháng 4/2031 | Khu phố 1 |"
            " Công an phường | | Đoàn số 2 | Tháng 5/2031 | Khu phố 2 | Công an phường |\n")
    assert read_flowed_pipe_tables(text) == []


def test_first_row_not_numbered_one_no_named_table():
    text = ("| Đoàn kiểm tra | Thời gian | Địa bàn | Đơn vị chủ trì |\n|---|---|---|---| | Đoàn liên ngành | Tháng"
            " 4/2031 | Khu phố 1 | Công an phường | | Đoàn chuyên ngành | Tháng 5/2031 | Khu phố 2 | Trạm Y tế |\n")
    assert read_flowed_pipe_tables(text) == []

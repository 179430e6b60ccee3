"""Pipe tables that a page break cut in legacy OCR are read as their one-page text is (leg51, issue #9).

Legacy OCR reads a printed page at a time, so a pipe table printed over a page break reaches the structure stage in
two pieces, and a page's table is found by its header with rows of the header's width under it:

* the break falls right under the header: one page ends with "| Thời gian | Nội dung | … |" and the delimiter row
  read as noise, the next opens with every row (:func:`vanban.ingest.md_pipe_tables.foot_header`);
* the break cuts a row: "| Lãnh đạo … | 24/24 giờ, luân phiên theo tuần |" ends one page, "Trụ sở UBND xã |" opens
  the next (:func:`vanban.ingest.md_pipe_tables.cut_row`), the row's rest read into its columns.

Either way neither page had a table and the rows' units and times were lost (tune50's t50-02 monthly activities and
t50-03 duty roster on legacy text). The texts here are written for the tests in the style of those OCR readings
(blank lines between rows, the delimiter row as a scrap), not copied from a labelled document.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.ingest.md_pipe_tables import cut_row, foot_header
from vanban.structure import structure_of_text

SCHEDULE_HEAD = "| Thời gian | Nội dung | Địa điểm | Đơn vị thực hiện |"
SCHEDULE_PAGE1 = ("III. NỘI DUNG VÀ THỜI GIAN\n\n"
                  "Hoạt động trong dịp hè được tổ chức theo lịch sau:\n\n" + SCHEDULE_HEAD + "\n\nJb\n")
SCHEDULE_PAGE2 = ("| Tháng 6/2031 | Khai mạc hè; tập huấn phụ trách thiếu nhi | Hội trường xã | BCH Đoàn xã |\n\n"
                  "| Tháng 7/2031 | Thi kể chuyện, vẽ tranh; sinh hoạt hè tại thôn | Nhà văn hóa các thôn | Chi đoàn các thôn |\n\n"
                  "| Tháng 8/2031 | Tổng kết hoạt động hè, khen thưởng | Hội trường xã | BCH Đoàn xã |\n\n"
                  "IV. TỔ CHỨC THỰC HIỆN\n\nCác chi đoàn triển khai theo kế hoạch.\n")

ROSTER_HEAD = "| Bộ phận trực | Thời gian trực | Địa điểm |"
ROSTER_PAGE1 = ("3. Trực phòng chống thiên tai\n\n"
                "Tổ chức trực 24/24 giờ trong mùa mưa bão; lịch trực cụ thể như sau:\n\n" + ROSTER_HEAD + "\n\n"
                "e-—-1-\n"
                "| Lãnh đạo UBND xã, Ban Chỉ huy Quân sự xã | 24/24 giờ, luân phiên theo tuần |\n")
ROSTER_PAGE2 = ("Trụ sở UBND xã |\n\n"
                "| Công an xã | 24/24 giờ trong các ngày có cảnh báo lũ từ cấp 2 trở lên | Trụ sở Công an xã |\n\n"
                "| Tổ xung kích các thôn | Từ 7 giờ đến 17 giờ hằng ngày | Nhà văn hóa các thôn |\n\n"
                "V. NHIỆM VỤ CỤ THỂ\n\n1. Công an xã\n\n- Bảo đảm an ninh trật tự tại nơi sơ tán dân.\n")


def _rows(text: str, head: str) -> list[list[str]]:
    tables = [t for t in structure_of_text(text).tables if head in t.header]
    assert len(tables) == 1, [t.header for t in structure_of_text(text).tables]
    return [[c.text for c in row] for row in tables[0].rows[1:]]


def _whos(text: str) -> list[tuple[str, str | None]]:
    return [(o.who, o.deadline.latest if o.deadline else None) for o in extract(text, ocr=True).obligations]


def test_header_at_a_page_foot_finds_its_rows_on_the_next_page():
    assert foot_header(SCHEDULE_PAGE1.split("\n"), SCHEDULE_PAGE2.split("\n")) == 4
    rows = _rows(SCHEDULE_PAGE1 + "\f" + SCHEDULE_PAGE2, "Thời gian")
    assert [r[0] for r in rows] == ["Tháng 6/2031", "Tháng 7/2031", "Tháng 8/2031"]
    assert [r[3] for r in rows] == ["BCH Đoàn xã", "Chi đoàn các thôn", "BCH Đoàn xã"]


def test_header_at_a_page_foot_gives_each_row_its_unit_and_month():
    got = _whos(SCHEDULE_PAGE1 + "\f" + SCHEDULE_PAGE2)
    for who, last in [("BCH Đoàn xã", "2031-06-30"), ("Chi đoàn các thôn", "2031-07-31"), ("BCH Đoàn xã", "2031-08-31")]:
        assert (who, last) in got


def test_header_at_a_page_foot_needs_rows_of_its_width_next():
    prose = "Các chi đoàn thôn báo cáo kết quả trước ngày 15/8/2031.\n"
    assert foot_header(SCHEDULE_PAGE1.split("\n"), prose.split("\n")) is None
    narrow = "| Tháng 6/2031 | Khai mạc hè |\n"
    assert foot_header(SCHEDULE_PAGE1.split("\n"), narrow.split("\n")) is None
    # a header of prose-long cells is no header (find_bare_tables' rule)
    long_head = "| Các đơn vị chủ động xây dựng kế hoạch chi tiết và báo cáo kết quả | x | y | z |\n"
    assert foot_header(long_head.split("\n"), SCHEDULE_PAGE2.split("\n")) is None


def test_row_cut_at_a_cell_border_is_read_whole():
    assert cut_row(ROSTER_PAGE1.split("\n"), ROSTER_PAGE2.split("\n")) == (4, 7, 0, 2)
    rows = _rows(ROSTER_PAGE1 + "\f" + ROSTER_PAGE2, "Bộ phận trực")
    assert rows == [
        ["Lãnh đạo UBND xã, Ban Chỉ huy Quân sự xã", "24/24 giờ, luân phiên theo tuần", "Trụ sở UBND xã"],
        ["Công an xã", "24/24 giờ trong các ngày có cảnh báo lũ từ cấp 2 trở lên", "Trụ sở Công an xã"],
        ["Tổ xung kích các thôn", "Từ 7 giờ đến 17 giờ hằng ngày", "Nhà văn hóa các thôn"],
    ]


def test_row_cut_at_a_cell_border_reads_as_the_one_page_text():
    whole = ROSTER_PAGE1.rstrip("\n") + " " + ROSTER_PAGE2
    assert _rows(ROSTER_PAGE1 + "\f" + ROSTER_PAGE2, "Bộ phận trực") == _rows(whole, "Bộ phận trực")
    whos = [w for w, _ in _whos(ROSTER_PAGE1 + "\f" + ROSTER_PAGE2)]
    assert {"Lãnh đạo UBND xã, Ban Chỉ huy Quân sự xã", "Công an xã", "Tổ xung kích các thôn"} <= set(whos)


def test_row_cut_inside_a_cell_goes_on_in_that_cell():
    page1 = ROSTER_PAGE1.replace("Trụ sở UBND xã", "").replace("theo tuần |\n", "theo tuần | Trụ sở\n")
    page2 = ROSTER_PAGE2.replace("Trụ sở UBND xã |", "UBND xã |", 1)
    assert cut_row(page1.split("\n"), page2.split("\n")) == (4, 7, 0, 2)
    rows = _rows(page1 + "\f" + page2, "Bộ phận trực")
    assert rows[0] == ["Lãnh đạo UBND xã, Ban Chỉ huy Quân sự xã", "24/24 giờ, luân phiên theo tuần", "Trụ sở UBND xã"]


def test_no_cut_row_where_the_next_page_opens_otherwise():
    raw = ROSTER_PAGE1.split("\n")
    assert cut_row(raw, ["| Công an xã | 24/24 giờ | Trụ sở Công an xã |"]) is None  # a row of its own
    assert cut_row(raw, ["V. NHIỆM VỤ CỤ THỂ"]) is None  # prose
    assert cut_row(raw, ["Trụ sở UBND xã | Thêm | Nữa |"]) is None  # too many cells with the row
    # a page whose last line is a whole row is no cut (the rows go on by _continued_rows)
    whole = ROSTER_PAGE1.replace("theo tuần |\n", "theo tuần | Trụ sở UBND xã |\n")
    assert cut_row(whole.split("\n"), ROSTER_PAGE2.split("\n")[2:]) is None
    # prose between the header and the cut row: no table
    prosed = ROSTER_PAGE1.replace("e-—-1-\n", "Các bộ phận trực đúng lịch được phân công và báo cáo ngay.\n")
    assert cut_row(prosed.split("\n"), ROSTER_PAGE2.split("\n")) is None


# --- a scan's flowed table of words that lost one pipe (pipe_flow._lost_word_pipe) ---------------------------------

#: a scan flows the roster onto one paragraph; the last row's pipe after "cấp 3" was read as "vị" (glued to the 3)
FLOWED_ROSTER = ("Lịch trực cụ thể như sau:\n\n"
                 "| Bộ phận trực | Thời gian trực | Địa điểm | |---|---|---| | Lãnh đạo UBND xã, Ban Chỉ huy Quân sự xã | "
                 "24/24 giờ, luân phiên theo tuần | Trụ sở UBND xã | | Công an xã | 24/24 giờ trong các ngày có cảnh báo "
                 "lũ từ cấp 2 trở lên | Trụ sở Công an xã | | Tổ xung kích các thôn | Từ 7 giờ đến 17 giờ hằng ngày; "
                 "24/24 giờ khi có cảnh báo lũ cấp 3 vị Nhà văn hóa các thôn |\n\n"
                 "V. NHIỆM VỤ CỤ THỂ\n")


def test_flowed_roster_keeps_a_row_that_lost_one_pipe():
    from vanban.structure.pipe_flow import read_flowed_pipe_tables

    (table,) = read_flowed_pipe_tables(FLOWED_ROSTER)
    rows = [[c.text for c in r] for r in table.rows[1:]]
    assert [r[0] for r in rows] == ["Lãnh đạo UBND xã, Ban Chỉ huy Quân sự xã", "Công an xã", "Tổ xung kích các thôn"]
    assert rows[0][2] == "Trụ sở UBND xã" and rows[1][2] == "Trụ sở Công an xã"
    assert rows[2][1].startswith("Từ 7 giờ đến 17 giờ hằng ngày") and rows[2][2] == ""
    whos = [o.who for o in extract(FLOWED_ROSTER, ocr=True).obligations]
    assert "Tổ xung kích các thôn" in whos and "Công an xã" in whos


def test_flowed_table_with_a_figure_column_stays_all_or_nothing():
    """A row short of a cell among figures may put a figure under a wrong head: the table is not read by count."""
    from vanban.structure.pipe_flow import read_flowed_pipe_tables

    text = ("| Đơn vị | Số hộ | Địa điểm | |---|---|---| | Thôn 1 | 120 | Nhà văn hóa thôn 1 | | Thôn 2 | 95 | "
            "Nhà văn hóa thôn 2 | | Thôn 3 | 88 Nhà văn hóa thôn 3 |\n\nIV. TỔ CHỨC THỰC HIỆN\n")
    assert all("Số hộ" not in t.header for t in read_flowed_pipe_tables(text))


# --- a legacy table's lead-in over a header and its delimiter scrap (task_table_cells.header_lines_only) -----------

LEAD_IN = ("2. Các chi bộ còn lại tổ chức đại hội theo lịch sau:\n\n"
           "| STT | Nội dung công việc | Đơn vị thực hiện | Thời gian |\n{rule}\n"
           "| 1 | Xây dựng dự thảo báo cáo chính trị | Các chi bộ trực thuộc | Hoàn thành trước ngày 31/12/2030 |\n\n"
           "| 2 | Thẩm định báo cáo, đề án nhân sự | Ban Xây dựng Đảng | Trong tháng 01/2031 |\n\n"
           "3. Văn phòng Đảng ủy tổng hợp kết quả.\n")


def test_lead_in_over_a_delimiter_scrap_is_no_task_of_its_own():
    from vanban.extract.task_table_cells import header_lines_only

    assert header_lines_only("\n\n| STT | Nội dung | Thời gian |\no}\n\n")
    assert not header_lines_only("\nCác đơn vị thực hiện nghiêm túc kế hoạch này.\n")
    clean = [(o.who, o.deadline.latest if o.deadline else None)
             for o in extract(LEAD_IN.format(rule="|---|---|---|---|")).obligations]
    legacy = [(o.who, o.deadline.latest if o.deadline else None)
              for o in extract(LEAD_IN.format(rule="\no}\n"), ocr=True).obligations]
    assert all(who != "Các chi bộ còn lại" for who, _ in legacy)
    assert ("Các chi bộ trực thuộc", "2030-12-31") in legacy and ("Các chi bộ trực thuộc", "2030-12-31") in clean

"""A calendar whose period column names each row's month with its year, as legacy OCR leaves it (session 52, form52).

A Thông báo (or Kế hoạch) lịch tiếp công dân gives the days a chairman receives citizens in a table "| Tháng | Ngày
tiếp | Người tiếp | Địa điểm |" whose first cell is the month with its year ("| 7/2038 | Thứ Hai, ngày 12/7/2038;
… |"). On clean text the table is read row by row. Legacy OCR (Tesseract ``-l eng``, then restoration) keeps a row a
line but writes a blank line between rows and turns the delimiter row into noise ("|-----[---F---|"): the flowed
pipe-table reader (:mod:`vanban.structure.pipe_flow`) then looked for bare month numbers ("| 01 |", the period
column's rows of t31-03) and found none, and every dated row was lost (tune51's t51-02: 12 days on legacy and scan).

Such a table's rows are read as a timetable's, by count (:func:`pipe_flow._dated_rows`), a month/year being a dated
first cell, the delimiter row's noise skipped (:func:`pipe_flow._misread_delimiter`).

The texts are written for this test in the damaged form (a commune's and a district's calendar, other months and
years than any gold document's); the expected dates are the days the table names.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract
from vanban.structure.pipe_flow import _misread_delimiter

DISTRICT = """ỦY BAN NHÂN DÂN
HUYỆN SƠN LÂM
Số: 88/TB-UBND
Sơn Lâm, ngày 20 tháng 12 năm 2035

THÔNG BÁO
Lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân huyện 6 tháng đầu năm 2036

Chủ tịch Ủy ban nhân dân huyện tiếp công dân định kỳ vào ngày 15 hằng tháng. Lịch cụ thể như sau:

| Tháng | Ngày tiếp | Người tiếp | Địa điểm |

|----[--F-----|

| 1/2036 | Thứ Ba, ngày 15/01/2036 | Chủ tịch UBND huyện | Trụ sở Tiếp công dân huyện |

| 2/2036 | Thứ Hai, ngày 18/02/2036 (ngày 15/02 là Chủ nhật) | Chủ tịch UBND huyện | Trụ sở Tiếp công dân huyện |

| 3/2036 | Thứ Bảy, ngày 15/3/2036 | Chủ tịch UBND huyện | Hội trường UBND xã Lâm Hòa |
| 4/2036 | Thứ Ba, ngày 15/4/2036 | Chủ tịch UBND huyện | Trụ sở Tiếp công dân huyện |

2. Tổ chức thực hiện

Ban Tiếp công dân huyện niêm yết công khai lịch tiếp công dân.

Nơi nhận:
- Lưu: VT.

CHỦ TỊCH
Trần Văn Bình
"""

COMMUNE = """ỦY BAN NHÂN DÂN
XÃ PHÚ AN
Số: 14/KH-UBND
Phú An, ngày 05 tháng 9 năm 2031

KẾ HOẠCH
Tiếp công dân quý IV năm 2031

| Tháng | Ngày tiếp | Người chủ trì |
|-----F---|
| 10/2031 | Thứ Hai, ngày 06/10/2031; Thứ Hai, ngày 20/10/2031 | Chủ tịch UBND xã |

| 11/2031 | Thứ Hai, ngày 03/11/2031; Thứ Hai, ngày 17/11/2031 | Phó Chủ tịch UBND xã |

| 12/2031 | Thứ Hai, ngày 08/12/2031 | Chủ tịch UBND xã |

Nơi nhận:
- Lưu: VT.

CHỦ TỊCH
Lê Văn Tâm
"""


def _dates(text: str) -> set[str]:
    return {d.date for d in extract(text, ocr=True).deadlines if d.date}


def test_month_year_rows_of_a_reception_calendar_are_dated():
    got = _dates(DISTRICT)
    assert {"2036-01-15", "2036-02-18", "2036-03-15", "2036-04-15"} <= got


def test_two_days_a_row_each_dated():
    got = _dates(COMMUNE)
    assert {"2031-10-06", "2031-10-20", "2031-11-03", "2031-11-17", "2031-12-08"} <= got


@pytest.mark.parametrize("cell, noise", [
    ("-----[---F---", True),
    ("----[--F-----", True),
    ("-----F---", True),
    ("7/2038", False),
    ("Thứ Hai, ngày 12/7/2038", False),
    ("--- Hội nghị ---", False),
])
def test_a_misread_delimiter_row_is_noise(cell, noise):
    assert _misread_delimiter(cell) is noise


# --- a units-headed table with a column named at length, flowed by a scan -----------------------------------------
#
# A quota table per unit whose first column names the row ("| Chi bộ | …", "| Thôn | …") and one of whose columns is
# named at length, what it counts and its scope (11–15 words): a scan runs the header, the delimiter row and the rows
# on as one paragraph. Such a header was read only where its first column numbers the rows (``_long_names``); a
# units-headed one was no header, and every row's quota was lost (tune51's t51-07: nine chi bộ's admission quotas).

QUOTAS = """ĐẢNG BỘ XÃ HÒA PHONG
Số: 31-KH/ĐU
Hòa Phong, ngày 10 tháng 01 năm 2034

KẾ HOẠCH
Phát triển đảng viên năm 2034

2. Chỉ tiêu cụ thể của các chi bộ

| Thôn | Số đoàn viên ưu tú đã học lớp bồi dưỡng nhận thức về Đảng | Chỉ tiêu kết nạp năm 2034 | |---|---|---| | Thôn Đông Hòa | 6 | 3 | | Thôn Tây Hòa | 4 | 2 | | Thôn Bắc
Sơn | 5 | 2 | | Thôn Nam Sơn
|3 |1 || Thôn Phong Lạc | 7 | 4 | | Tổng cộng | 25 | 12 |

III. TỔ CHỨC THỰC HIỆN

Các chi bộ xây dựng kế hoạch phát triển đảng viên của chi bộ.
"""


def test_a_long_named_column_of_a_units_headed_scan_table_keeps_its_rows():
    from vanban.structure.pipe_flow import read_flowed_pipe_tables
    tables = read_flowed_pipe_tables(QUOTAS)
    assert len(tables) == 1
    rows = [[c.text for c in r] for r in tables[0].rows[1:]]
    assert rows == [["Thôn Đông Hòa", "6", "3"], ["Thôn Tây Hòa", "4", "2"], ["Thôn Bắc Sơn", "5", "2"],
                    ["Thôn Nam Sơn", "3", "1"], ["Thôn Phong Lạc", "7", "4"], ["Tổng cộng", "25", "12"]]


def test_long_piped_names_without_a_delimiter_row_are_no_table():
    text = QUOTAS.replace("|---|---|---| ", "")
    from vanban.structure.pipe_flow import read_flowed_pipe_tables
    assert read_flowed_pipe_tables(text) == []


def test_a_piped_sentence_is_no_long_name():
    text = QUOTAS.replace("Số đoàn viên ưu tú đã học lớp bồi dưỡng nhận thức về Đảng",
                          "Các chi bộ rà soát đoàn viên ưu tú; giới thiệu học lớp bồi dưỡng nhận thức về Đảng")
    from vanban.structure.pipe_flow import read_flowed_pipe_tables
    assert read_flowed_pipe_tables(text) == []

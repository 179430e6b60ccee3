"""Two flowed pipe tables one after the other, a part's heading between them (session 32, dl32b).

Kind: a scan read by layout runs each Markdown pipe table's rows on as one paragraph, the second table's header run on
with its first rows ("| TT | Nội dung | Thời gian | … | |---|---|---|---| | 1 | Rà soát …"), so the line was not seen
as the next table's header and the first table ran on over it: the second table's rows were read as rows of the
first, and a row dated by a bare day ("Ngày 18/7/2028", no due word: only its table cell makes it a deadline) was lost
(tune31's t31-04, scan form). A heading line in capitals with its label ("IV. THỜI GIAN TUYỂN SINH") under the last
pipe line ends the table above it. The text is written here in that layout (not copied from the document); the
expected rows are the tables as written.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure.pipe_flow import read_flowed_pipe_tables

SCAN = """\
UBND PHƯỜNG HƯNG BÌNH
Số: 52/KH-UBND
Hưng Bình, ngày 02 tháng 5 năm 2028

KẾ HOẠCH
Tuyển sinh vào lớp 1 và lớp 6 năm học 2028 - 2029

II. CHỈ TIÊU TUYỂN SINH

| TT | Trường | Số lớp | Số học sinh | |---|---|---|---| | 1 | Trường Tiểu học Hưng
Bình | 5 | 175 | | 2 | Trường Tiểu học Hưng Dũng | 4 | 140 | | 3 | Trường THCS Hưng
Bình | 6 | 270 | |

III. THỜI GIAN TUYỂN SINH

| TT | Nội dung | Thời gian | Đơn vị thực hiện | |---|---|---|---| | 1 | Nhận hồ sơ
vào lớp 1 | Từ 03/7/2028 đến 12/7/2028 | Các trường tiểu học | | 2 | Công bố danh sách
học sinh trúng tuyển lớp 1 | Ngày 20/7/2028 | Các trường tiểu học | | 3 | Báo cáo kết
quả tuyển sinh | Trước ngày 10/8/2028 | Các trường |

IV. TỔ CHỨC THỰC HIỆN

Các trường tổ chức tuyển sinh theo đúng kế hoạch.
"""


def test_heading_parts_the_two_tables():
    first, second = read_flowed_pipe_tables(SCAN)
    assert [[c.text for c in r][:2] for r in first.rows[1:]] == [
        ["1", "Trường Tiểu học Hưng Bình"], ["2", "Trường Tiểu học Hưng Dũng"], ["3", "Trường THCS Hưng Bình"]]
    assert [c.text for c in second.rows[0]] == ["TT", "Nội dung", "Thời gian", "Đơn vị thực hiện"]
    assert [r[2].text for r in second.rows[1:]] == [
        "Từ 03/7/2028 đến 12/7/2028", "Ngày 20/7/2028", "Trước ngày 10/8/2028"]


def test_bare_day_in_the_time_column_is_a_deadline():
    got = {d.date for d in extract(SCAN).deadlines}
    assert "2028-07-20" in got

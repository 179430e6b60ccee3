"""A scan's flowed quota table: a header the page wrapped inside a name, one-digit quotas whose pipes OCR lost (ocr40).

* the rows are found by the header's column count; a header wrapped inside a name ("| … | Camera đã" ⏎ "" ⏎ "lắp |
  Camera lắp mới | Năm | |---|…") counts its columns over all its lines, not its first line's alone, else each row ran
  into the next and a figure cell ("3") was taken for the next row's number;
* a run of digits in columns that hold one-digit quotas ("| 264 | 4 | 213 |" for "| 264 | 4 | 2 | 1 | 3 |") is split a
  digit a cell though the table counts its households in hundreds in another column (each column read for itself).

Texts written for these tests: a ward's plan of security cameras and self-managed models per khu phố.
"""

from __future__ import annotations

from vanban.structure.pipe_flow import read_flowed_pipe_tables

_SCAN = ("| TT | Khu phố | Số hộ | Mô hình đã có | Mô hình xây mới | Camera đã\n\n"
         "lắp | Camera lắp mới | Năm | |---|---|---|---|---|---|---|---| | 1 | Khu phố Đông | 230 | 3 | 2 | 1 | 4 | 2030 |"
         " | 2 | Khu phố Tây | 185 | 2 | 3 | 2 | 1 | 2030 || 3 | Khu phố Nam | 264 | 4 | 213 | 2031 | | 4 | Khu\n"
         "phố Bắc | 199 | 1 | 2 | 3 | 2 | 2031 | | 5 | Khu phố Trung | 310 | 2 | 4 | 1 | 3 | 2031 |\n")


def _rows(t):
    return [[c.text for c in row] for row in t.rows]


def test_wrapped_header_counts_all_its_columns():
    (t,) = read_flowed_pipe_tables(_SCAN)
    rows = _rows(t)
    assert rows[0] == ["TT", "Khu phố", "Số hộ", "Mô hình đã có", "Mô hình xây mới", "Camera đã lắp", "Camera lắp mới",
                       "Năm"]
    assert rows[2] == ["2", "Khu phố Tây", "185", "2", "3", "2", "1", "2030"]
    assert len(rows) == 6


def test_glued_one_digit_quotas_split_beside_a_column_of_hundreds():
    (t,) = read_flowed_pipe_tables(_SCAN)
    assert _rows(t)[3] == ["3", "Khu phố Nam", "264", "4", "2", "1", "3", "2031"]


def test_no_split_where_a_column_mixes_small_and_large_counts():
    text = _SCAN.replace("| 230 | 3 | 2 | 1 | 4 |", "| 230 | 3 | 12 | 1 | 4 |").replace("| 4 | 213 | 2031 |",
                                                                                           "| 4 | 21 | 3 | 2031 |")
    row = _rows(read_flowed_pipe_tables(text)[0])[3]
    assert "21" in row


_WRAPPED = ("| STT | Cơ sở | Tên sản phẩm | Nơi sản xuất | Loại đánh giá | Số sao phấn đấu |\n\n"
            "~ ~~ ~\n\n"
            "| 1 | Hợp tác xã Chè Tân Cương | Chè búp khô Tân Cương | Xóm Đồi | Đánh giá mới | 3 sao |\n\n"
            "| 2 | Hộ kinh doanh Đỗ Văn Tâm | Bánh đa vừng Tân Lập\n\nXóm Bãi |\n\nĐánh giá mới | 3 sao |\n\n"
            "| 3 | Tổ hợp tác rau sạch Đồng Tâm | Rau cải ngọt Đồng Tâm | Xóm Trại | Đánh giá lại | 4 sao |\n\n"
            "| 4 | Cơ sở mộc Văn Hải | Bàn ghế gỗ mít | Xóm Chùa | Đánh giá mới | 3 sao |\n")


def test_a_lost_pipe_at_a_wrap_before_the_next_columns_word_splits_the_cell():
    (t,) = read_flowed_pipe_tables(_WRAPPED)
    assert _rows(t)[2] == ["2", "Hộ kinh doanh Đỗ Văn Tâm", "Bánh đa vừng Tân Lập", "Xóm Bãi", "Đánh giá mới", "3 sao"]


def test_a_name_wrapped_inside_its_cell_stays_whole():
    text = _WRAPPED.replace("| Bánh đa vừng Tân Lập\n\nXóm Bãi |", "| Bánh đa vừng Tân\n\nLập | Xóm Bãi |")
    (t,) = read_flowed_pipe_tables(text)
    assert _rows(t)[2][2:4] == ["Bánh đa vừng Tân Lập", "Xóm Bãi"]

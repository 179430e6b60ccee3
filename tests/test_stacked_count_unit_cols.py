"""A stacked appendix table (legacy OCR: one cell a line, blank lines lost or added) whose middle columns are counts
named with their unit in brackets ("Tài liệu tồn đọng (mét giá)", "Hồ sơ năm 2028 nộp lưu (hồ sơ)"): the header
holds them, so the rows of each unit and its due date are read (session 36, obl36b)."""

from __future__ import annotations

from vanban.structure import structure_of_text
from vanban.structure.stacked import _col_name

_DOC = ("ỦY BAN NHÂN DÂN\nPHƯỜNG AN BÌNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 52/KH-UBND\n\n"
        "An Bình, ngày 02 tháng 6 năm 2029\n\nKẾ HOẠCH\n\nNộp lưu hồ sơ vào Lưu trữ cơ quan năm 2029\n\n"
        "I. NỘI DUNG\n\nCác phòng, đơn vị giao nộp hồ sơ theo Phụ lục kèm theo.\n\n"
        "PHỤ LỤC\n\nTHỜI HẠN NỘP LƯU CỦA CÁC ĐƠN VỊ\n\n"
        "STT\nĐơn vị\nTài liệu cần chỉnh lý (mét giá)\nHồ sơ năm 2028 nộp lưu (hồ sơ)\n\nThời hạn giao nộp\n\n"
        "1\n\nPhòng Văn hóa - Xã hội\n6,5\n\n410\n\nTrước ngày 31/8/2029\n\n"
        "2\n\nCông an phường\n3,0\n\n120\n\nTrước ngày 15/9/2029\n"
        "3\n\nTrạm Y tế phường\n1,5\n\n75\n\nTrước ngày 31/8/2029\n\n"
        "Tổng cộng\n11,0\n605\n")


def test_a_count_column_named_with_its_unit_is_a_column_name():
    assert _col_name("Tài liệu cần chỉnh lý (mét giá)")
    assert _col_name("Hồ sơ năm 2028 nộp lưu (hồ sơ)")
    assert not _col_name("Giao nộp hồ sơ trước ngày 30/9/2029 (bản chính)")


def test_the_stacked_table_of_units_and_their_due_dates_is_read():
    tables = [t for t in structure_of_text(_DOC).tables if t.role == "data"]
    assert tables, "no table read"
    rows = [[c.text for c in r] for r in tables[0].rows]
    assert rows[0][:2] == ["STT", "Đơn vị"]
    assert ["2", "Công an phường", "3,0", "120", "Trước ngày 15/9/2029"] in rows, rows

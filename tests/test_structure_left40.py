"""Stacked-cell tables whose header takes two rows (left40, session 40).

A table printed cell after cell in clean text (cells one blank line apart, rows two) may name a column in two rows: a
merged "Số lượng" over "Trạm y tế xã | Bệnh viện huyện", the other names merged down over both rows, the second row
written with the sub-heads alone. Each column under the merged name is named by both rows ("Số lượng: Trạm y tế xã",
the table model's "group: sub-head"), its figures read per column; a sub-item row lettered "a" that fills its columns
keeps its figures. The texts are written for these tests, not copied from a labelled document.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM BẮC\nSố: 17/2031/QĐ-UBND\nHà Nam Bắc, ngày 12 tháng 3 năm 2031\n\nQUYẾT ĐỊNH\n"
         "Quy định danh mục trang bị tối thiểu cho cơ sở y tế công lập\n\n"
         "Điều 1. Danh mục trang bị cho mỗi cơ sở\n\n")
_TAIL = ("\n\nĐiều 2. Hiệu lực thi hành\n\nQuyết định này có hiệu lực từ ngày 01 tháng 4 năm 2031.\n\n"
         "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Hòa\n")


def _stacked(rows: list[list[str]], head: list[str], subs: list[str]) -> str:
    """Cells one blank line apart, rows two, the second header row with its sub-heads alone (md2plain's output)."""
    out = "\n\n".join(head) + "\n\n\n" + "\n\n".join(subs) + "\n\n\n"
    for r in rows:  # a row of a group's name alone: its empty cells a blank line each
        filled = [c for c in r if c]
        out += "\n\n".join(filled) + ("\n\n\n" if len(filled) == len(r) else "\n" * (len(r) - len(filled) + 3))
    return out


_ROWS = [["1", "Máy đo huyết áp", "Chiếc", "02", "10"], ["2", "Tủ thuốc", "Cái", "01", "04"],
         ["3", "Dụng cụ sơ cứu", "", "", ""], ["a", "Nẹp cố định", "Bộ", "03", "12"], ["b", "Cáng cứu thương", "Cái", "01", "0"]]
_TABLE = _stacked(_ROWS, ["STT", "Tên trang thiết bị", "Đơn vị tính", "Số lượng"], ["Trạm y tế xã", "Bệnh viện huyện"])


def test_structure_names_each_column_under_a_merged_head_by_both_rows():
    s = structure_of_text(_HEAD + _TABLE + _TAIL)
    t = next(t for t in s.tables if t.role == "data" and len(t.header) == 5)
    assert t.header[3:] == ("Số lượng: Trạm y tế xã", "Số lượng: Bệnh viện huyện"), t.header
    assert [c.text for c in t.rows[1]] == _ROWS[0]
    assert [c.text for c in t.rows[4]] == _ROWS[3]  # a lettered sub-item row keeps its figures in their columns


def test_structure_a_merged_head_before_a_notes_column():
    rows = [["1", "Máy đo huyết áp", "Chiếc", "02", "10", "Mua mới"], ["2", "Tủ thuốc", "Cái", "01", "04", "Thay thế"]]
    s = structure_of_text(_HEAD + _stacked(rows, ["STT", "Tên trang thiết bị", "Đơn vị tính", "Số lượng", "Ghi chú"],
                                           ["Trạm y tế xã", "Bệnh viện huyện"]) + _TAIL)
    t = next(t for t in s.tables if t.role == "data" and len(t.header) == 6)
    assert t.header[3:] == ("Số lượng: Trạm y tế xã", "Số lượng: Bệnh viện huyện", "Ghi chú"), t.header


def test_targets_a_quantity_column_split_by_a_second_header_row():
    got = {(t.min, t.max, t.unit, t.scope) for t in extract(_HEAD + _TABLE + _TAIL).targets}
    assert {(2, 2, "chiếc", "Trạm y tế xã: Máy đo huyết áp"), (10, 10, "chiếc", "Bệnh viện huyện: Máy đo huyết áp"),
            (4, 4, "cái", "Bệnh viện huyện: Tủ thuốc"), (12, 12, "bộ", "Bệnh viện huyện: Nẹp cố định")} <= got, got
    assert not any(t.min == 0 for t in extract(_HEAD + _TABLE + _TAIL).targets)  # "0": not issued there, no target


def test_structure_a_second_row_that_does_not_fit_the_first_row_is_no_header():
    rows = [["1", "Máy đo huyết áp", "Chiếc", "02"], ["2", "Tủ thuốc", "Cái", "01"]]
    text = _HEAD + _stacked(rows, ["STT", "Tên trang thiết bị", "Đơn vị tính", "Số lượng"], ["Trạm y tế xã", "Bệnh viện huyện"]) + _TAIL
    assert not any(t.role == "data" and len(t.header) == 5 for t in structure_of_text(text).tables)

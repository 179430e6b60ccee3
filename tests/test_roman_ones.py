"""A Roman numeral whose middle stroke a scan's OCR read as the digit 1 ("quý I1I", a newcomer's scan, session 16):
the quarter and the heading are read with I's (vanban/ocr/roman_ones.py). Expected values read from the sentences."""

from __future__ import annotations

import pytest

from vanban.extract import extract
from vanban.ocr.correct import correct_text
from vanban.ocr.roman_ones import roman_ones


@pytest.mark.parametrize("read, meant", [
    ("trong quý I1I/2027", "trong quý III/2027"),
    ("Quý 1I năm 2027", "Quý II năm 2027"),
    ("TRONG QUÝ II1/2027", "TRONG QUÝ III/2027"),
    ("hoàn thành trong quy I1I nam 2027", "hoàn thành trong quy III nam 2027"),  # eng OCR, before restoration
    ("I1I. TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN"),
    ("Chương I1\nNHỮNG QUY ĐỊNH CHUNG", "Chương II\nNHỮNG QUY ĐỊNH CHUNG"),
    ("khóa XI1, nhiệm kỳ 2025 - 2030", "khóa XII, nhiệm kỳ 2025 - 2030"),
])
def test_a_numeral_read_with_a_one_is_written_with_its_strokes(read, meant):
    assert roman_ones(read) == meant


@pytest.mark.parametrize("read, meant", [
    ("Huong dan trong quy [V/2027.", "Huong dan trong quy IV/2027."),  # a15-05, eng OCR: the I read as "["
    ("tong ket giai doan vao quy I[V/2030.", "tong ket giai doan vao quy  IV/2030."),  # t17-06: the I read twice
    ("hoàn thành trong quý |I/2027", "hoàn thành trong quý II/2027"),
])
def test_a_numeral_read_with_a_bracket_is_written_with_its_strokes(read, meant):
    assert roman_ones(read) == meant


def test_the_quarter_read_with_its_stroke_twice_is_a_deadline_end_to_end():
    raw = ("Ban Xay dung Dang chu tri so ket giua nhiem ky vao quy III/2028 va tong ket giai doan vao quy I[V/2030.\n")
    text = correct_text(raw, "image-ocr").text
    assert [(d.earliest, d.latest) for d in extract(text).deadlines][-1] == ("2030-10-01", "2030-12-31")


@pytest.mark.parametrize("text", [
    "trong quý 1/2027", "quý [X]", "quý [V] năm", "Mục [1]", "quý III/2027", "1. Mục đích", "Mã số I1I-2027", "Điều 11. Hiệu lực", "quý IIII1",
    "Nghị định số 11/2026/NĐ-CP", "tổ l1 và tổ 12",
])
def test_digits_names_and_no_numeral_stay_as_read(text):
    assert roman_ones(text) == text


def test_the_quarter_read_with_a_one_is_a_deadline_end_to_end():
    raw = ("ỦY BAN NHÂN DÂN\nXÃ TAM NÔNG\nSố: 12/KH-UBND\nTam Nông, ngày 02 tháng 12 năm 2026\n\nKẾ HOẠCH\n"
           "Phát triển chợ nông thôn năm 2027\n\nI1I. TỔ CHỨC THỰC HIỆN\n"
           "1. Phòng Kinh tế chủ trì hoàn thành việc sửa chữa chợ trung tâm trong quý I1I/2027.\n")
    text = correct_text(raw, "image-ocr").text
    assert "III. TỔ CHỨC THỰC HIỆN" in text
    assert [(d.earliest, d.latest) for d in extract(text).deadlines] == [("2027-07-01", "2027-09-30")]

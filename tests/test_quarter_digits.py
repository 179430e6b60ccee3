"""A quarter's "II" read as the digits "11" (vanban.ocr.quarter_digits), in wording written for these tests."""

from vanban.ocr.correct import correct_text
from vanban.ocr.quarter_digits import quarter_digits


def test_eleven_between_first_and_third_quarter_is_the_second():
    page = ("1\nLập danh sách hộ nghèo\nQuý I/2031\n2\nKiểm tra các công trình nước sạch\nQuý 11/2031\n"
            "3\nTổng kết mô hình sinh kế\nQuý III/2031\n")
    assert quarter_digits(page) == page.replace("Quý 11/2031", "Quý II/2031")


def test_run_of_three_ones_is_the_third_quarter():
    assert quarter_digits("hoàn thành trong quý 111/2030.") == "hoàn thành trong quý III/2030."


def test_alone_on_the_page_the_run_keeps_its_length():
    assert quarter_digits("Thời hạn: Quý 11/2029") == "Thời hạn: Quý II/2029"


def test_after_a_later_quarter_of_the_same_year_it_stays_as_read():
    page = "Quý IV/2030\nRà soát hồ sơ đất đai\nQuý 11/2030\n"
    assert quarter_digits(page) == page


def test_a_later_quarter_of_another_year_does_not_forbid_it():
    page = "Quý IV/2029\nSửa chữa trường học\nQuý 11/2030\n"
    assert quarter_digits(page) == page.replace("Quý 11/2030", "Quý II/2030")


def test_a_quarter_after_it_below_the_numeral_forbids_it():
    page = "Quý 111/2030\nRà soát\nQuý II/2030\n"
    assert quarter_digits(page) == page


def test_other_numbers_are_left():
    page = "Ngày 11/11/2030, họp quý 1/2030; Mục 11 của Luật; quy định 11/2030"
    assert quarter_digits(page) == page


def test_offsets_hold_one_character_for_one():
    page = "Quý 11/2031 và Quý 111/2031"
    got = quarter_digits(page)
    assert got == "Quý II/2031 và Quý III/2031"
    assert len(got) == len(page) and got.index("và") == page.index("và")


def test_in_the_page_corrector_the_deadline_reads_as_a_quarter():
    page = "Nhiệm vụ | Thời hạn\nKiểm tra nước sạch | Quý 11/2031\nTổng kết | Quý III/2031\n"
    assert "Quý II/2031" in correct_text(page, "image-ocr").text

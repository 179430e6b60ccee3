"""Quota tables the OCR forms lost while clean text reads them (session 39, ocr39).

* legacy OCR (Tesseract ``-l eng``) prints the hatted o of a header cell as two glyphs, a "6" for the hat and a
  marked e for the tone ("Th6én" for Thôn): the cell, alone between pipes, is read as a header once the pair is one
  vowel (:mod:`vanban.ocr.restore.cell_heads`), so the table by thôn keeps its unit column;
* a scan runs a pipe table on as a paragraph, and a header cell naming its column at length closes with the unit its
  figures count in brackets ("… (hộ)"): the unit is no word of the name (:mod:`vanban.structure.pipe_flow`).

Texts written for these tests: a commune's plan to plant trees and to connect clean water, per thôn.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.ocr.correct import correct_text
from vanban.ocr.restore.cell_heads import _syllable_fits
from vanban.structure.pipe_flow import read_flowed_pipe_tables

_LEGACY = """UY BAN NHAN DAN XA AN PHU

KE HOACH
Trong cay xanh nam 2030

II. CHI TIEU

Giao chi tiéu cho cac thén nhu sau:

| TT | Th6én | Cay bong mat trong mdi tai khu dan cu va tuyén dudng (cay) | Cay an qua trong mdi trong vudn hé (cay) |

| 1 | Thon Dong Xuan | 120 | 300 |

| 2 | Thon Ha Lang | 90 | 250 |

| 3 | Thon Phu My | 110 | 280 |

III. TO CHUC THUC HIEN
"""


def test_split_hat_fits_the_header_syllable():
    assert _syllable_fits("Th6én", "thon")
    assert _syllable_fits("Thon", "thon")
    assert not _syllable_fits("Th6én", "thang")


def test_legacy_quota_table_by_thon_keeps_its_rows():
    text = correct_text(_LEGACY, "image-ocr").text
    head = next(ln for ln in text.splitlines() if ln.startswith("| TT"))
    assert "| Thôn |" in head
    figures = {t.min for t in extract(text).targets}
    assert {120, 90, 110, 300, 250, 280} <= figures


_SCAN = ("PHỤ LỤC\n\n"
         "| TT | Thôn | Số hộ được hỗ trợ đấu nối nước sạch mới (hộ) | Số hộ tự\n"
         "đấu nối (hộ) | |---|---|---|---| | 1 | Thôn Đông Xuân | 45 | 20 | | 2 | Thôn Hạ Lãng | 38 | 17 | | 3 |\n"
         "Thôn Phú Mỹ | 52 | 30 |\n\n")


def test_flowed_header_with_a_unit_in_brackets_opens_the_table():
    (t,) = read_flowed_pipe_tables(_SCAN)
    rows = [[c.text for c in row] for row in t.rows]
    assert rows[0][:3] == ["TT", "Thôn", "Số hộ được hỗ trợ đấu nối nước sạch mới (hộ)"]
    assert rows[2] == ["2", "Thôn Hạ Lãng", "38", "17"]
    assert len(rows) == 4


def test_a_long_cell_without_a_unit_still_is_no_header():
    prose = ("| TT | Việc | Các đơn vị rà soát toàn bộ hồ sơ đất đai còn tồn đọng trên địa bàn và báo cáo |\n"
             "|---|---|---| | 1 | Rà soát | x | | 2 | Báo cáo | y |\n")
    assert read_flowed_pipe_tables(prose) == []


_TAIL_FIRST = ("III. PHÂN CÔNG\n"
               "Bộ phận giúp | Hạn |\n\n"
               "| TT | Việc cần làm | Bộ phận làm\n\n"
               "~~\n\n"
               "| 1 | Khơi thông cống rãnh các tổ | Tổ dân phố | Đoàn Thanh niên | Trước ngày 15/5/2030 |\n\n"
               "| 2 | Phun thuốc diệt muỗi | Trạm Y tế | Các tổ dân phố | Tháng 6/2030 |\n\n"
               "IV. KINH PHÍ\n")


def test_a_header_tail_read_above_its_first_line_names_the_last_columns():
    (t,) = read_flowed_pipe_tables(_TAIL_FIRST)
    assert list(t.header) == ["TT", "Việc cần làm", "Bộ phận làm", "Bộ phận giúp", "Hạn"]
    assert [c.text for c in t.rows[2]] == ["2", "Phun thuốc diệt muỗi", "Trạm Y tế", "Các tổ dân phố", "Tháng 6/2030"]


def test_a_prose_line_above_a_header_is_no_tail():
    text = _TAIL_FIRST.replace("Bộ phận giúp | Hạn |", "Các tổ thực hiện theo bảng sau, hạn cuối 2030 |")
    (t,) = read_flowed_pipe_tables(text)
    assert list(t.header)[:3] == ["TT", "Việc cần làm", "Bộ phận làm"]
    assert "Hạn" not in t.header


_WRAPPED = ("| TT | Đơn vị | Số cây (cây) | |---|---|---| | 1 | Tổ 1 | 40 || 2 | Tổ dân phố 2\n"
            "55 | 3 | Tổ 3 | 60 | | 4 | Tổ 4 | 35 |\n\nNơi nhận:\n")


def test_a_figure_wrapped_onto_the_next_line_is_its_own_cell():
    (t,) = read_flowed_pipe_tables(_WRAPPED)
    assert [c.text for c in t.rows[2]] == ["2", "Tổ dân phố 2", "55"]
    assert [c.text for c in t.rows[3]] == ["3", "Tổ 3", "60"]


def test_a_capital_i_for_l_before_a_six_is_lower_in_a_sentence():
    raw = "Ke hoach nam 2030 cua xa.\n- Mé 03 I6p tap huan nghiep vu cho can bo thén trong nam.\n"
    assert "03 lớp tập huấn" in correct_text(raw, "image-ocr").text


def test_a_far_year_after_nam_is_the_page_year_but_milestones_are_kept():
    from vanban.ocr.glyphs import far_years
    page = "Kế hoạch năm 2032 của phường.\nHỗ trợ 15 hộ làm nhà vệ sinh trong năm 2052.\n"
    assert far_years(page) == page.replace("năm 2052", "năm 2032")
    vision = "Kế hoạch năm 2030 của phường, định hướng đến năm 2050.\n"
    assert far_years(vision) == vision


def test_a_row_whose_last_cell_wrapped_with_its_pipe_is_joined():
    from vanban.ocr.wrapped_rows import wrapped_rows
    page = ("| Đợt | Ngày | Nơi làm | Số người |\n\n"
            "| Đợt 1 | Thứ Năm, ngày 09/5/2030 | Sân vận động xã\n| 60 |\n\n"
            "| Đợt 2 | Chủ Nhật, ngày 18/8/2030 | Nhà văn hóa thôn Trại | 75\n|\n\n"
            "| Đợt 3 | Thứ Bảy, ngày 05/10/2030 | Trường Tiểu học | 50 |\n")
    out = wrapped_rows(page)
    assert len(out) == len(page)
    assert "| Sân vận động xã | 60 |\n" in out
    assert "| Nhà văn hóa thôn Trại | 75 |\n" in out


def test_a_short_row_under_a_closed_row_stays_a_row():
    from vanban.ocr.wrapped_rows import wrapped_rows
    page = "| TT | Việc | Hạn |\n| 1 | Rà soát | Tháng 5 |\n| | Cộng |\n"
    assert wrapped_rows(page) == page


def test_a_digit_syllable_before_a_figure_may_be_read_as_the_word():
    raw = ("Ke hoach bao dam trat tu an toan giao thong nam 2030.\n"
           "Ra soat cac diém den tai nan doc Quoc 16 18 va cac tuyén duong lién xa trong thang 3/2030.\n")
    text = correct_text(raw, "image-ocr").text
    assert "Quốc lộ 18" in text
    kept = correct_text("Ke hoach nam 2030.\nToan xa c6 16 thon, 16 2 chi bo truc thuoc.\n", "image-ocr").text
    assert "16 thôn" in kept


def test_a_fourth_quarter_read_tv_is_iv():
    from vanban.ocr.quarter_digits import quarter_digits
    assert quarter_digits("Tổng kết mô hình trong Quý TV/2031.") == "Tổng kết mô hình trong Quý IV/2031."
    assert quarter_digits("Phát trên sóng TV/2031 và quý TVX") == "Phát trên sóng TV/2031 và quý TVX"

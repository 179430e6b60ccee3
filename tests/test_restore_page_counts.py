"""Legacy restoration: a page count OCR wrote whole stays pages (:mod:`vanban.ocr.restore.page_counts`; tq29,
session 29). Sentences written for these tests in the style of guidance on reports, with eng OCR's look-alikes
("bdo cdo", "khéng", "gtti") as such text carries them."""

from vanban.ocr.restore import restore
from vanban.ocr.restore.page_counts import page_snaps
from vanban.ocr.restore.tokens import scan


def test_a_page_limit_after_a_count_is_pages_not_floors():
    out = restore("Ho so gtti kem 02 bd. Bao cdo tém tat cua don vi khéng qua 06 trang, cua ca nhan khéng qua 03 "
                  "trang.").text
    assert "không quá 06 trang, của cá nhân không quá 03 trang." in out
    assert "tầng" not in restore("Ban thuyét minh dé tai khong qua 08 trang.").text


def test_a_floor_count_read_without_r_stays_floors():
    # eng OCR prints "tầng" as "tang": no "r", no snap
    assert "05 tầng" in restore("Toa nha tru sé cao khéng qua 05 tang, mat bang 1.200 m2.").text


def test_the_snap_needs_a_number_right_before_the_word():
    text = "Trang 5 cua ban tin"
    assert page_snaps(text, list(scan(text))) == {}
    text = "05 trang"
    assert page_snaps(text, list(scan(text))) == {1: "trang"}
    text = "05, trang"
    assert page_snaps(text, list(scan(text))) == {}
    text = "nam 2027 trang trong"  # a year is no count of pages
    assert page_snaps(text, list(scan(text))) == {}

"""A scanned Công văn a newcomer found (session 17, ``10_CV_scan.png``), as Tesseract vie reads it
(tests/fixtures/newcomer17/10_CV_scan.ocr.txt, the text ``vanban text`` printed). The expected values come from the
page itself: "hoàn thành trước ngày 31/5/2027" (read with U+2044 fraction slashes), "báo cáo … trước 16 giờ 00 ngày
thứ Sáu hằng tuần" (read "16 giờ 009 ngày thứ Sáu -hằng tuần"), issuer "ỦY BAN NHÂN DÂN PHƯỜNG HỒNG HẢI" (its
second line read "PHƯỜNG HỒNG HÁT"; the place line "Hồng Hải"), "bảo đảm 100% hồ sơ" (read "196%")."""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.extract import extract
from vanban.extract.folded import Folded

OCR = (Path(__file__).parent / "fixtures" / "newcomer17" / "10_CV_scan.ocr.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def scan():
    return extract(OCR)


def test_a_date_with_fraction_slashes_is_a_date(scan):
    assert ("2027-05-31", None) in [(d.date, d.recurrence) for d in scan.deadlines]


@pytest.mark.parametrize("slash", ["⁄", "∕", "／"])
def test_slash_lookalikes_read_as_slashes(slash):
    text = ("UBND HUYỆN THANH SƠN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "PHÒNG NỘI VỤ                    Độc lập - Tự do - Hạnh phúc\n"
            "Số: 05/KH-PNV                   Thanh Sơn, ngày 10 tháng 02 năm 2027\n\n"
            "KẾ HOẠCH\nRà soát hồ sơ công chức năm 2027\n\n"
            f"1. Bộ phận Văn thư báo cáo kết quả trước ngày 15{slash}6{slash}2027.\n")
    assert Folded.of(text).view.endswith("15/6/2027.\n")
    assert [d.date for d in extract(text).deadlines] == ["2027-06-15"]


def test_the_weekly_friday_deadline_survives_the_scans_specks(scan):
    weekly = [d for d in scan.deadlines if d.recurrence == "FREQ=WEEKLY;BYDAY=FR"]
    assert len(weekly) == 1 and weekly[0].date == "2027-05-07"  # the first Friday on or after 05/5/2027


def test_the_issuers_place_read_as_the_place_line_reads_it(scan):
    assert scan.metadata.issuer == "ỦY BAN NHÂN DÂN PHƯỜNG HỒNG HẢI"
    assert scan.metadata.place == "Hồng Hải"


def test_place_readings_that_differ_more_are_two_places():
    from vanban.structure.place_reading import agree_place

    assert agree_place("ỦY BAN NHÂN DÂN PHƯỜNG HỒNG HÀ", "Hạ Long", "") == ("ỦY BAN NHÂN DÂN PHƯỜNG HỒNG HÀ", "Hạ Long")
    assert agree_place("ĐẢNG ỦY XÃ TÂN LẬP", "Tân Lập", "") == ("ĐẢNG ỦY XÃ TÂN LẬP", "Tân Lập")
    # the reading the document repeats wins over the place line's
    text = "PHƯỜNG HỒNG HẢI\nHồng Hái, ngày 05 tháng 5 năm 2027\nNhân dân phường Hồng Hải …"
    assert agree_place("PHƯỜNG HỒNG HẢI", "Hồng Hái", text) == ("PHƯỜNG HỒNG HẢI", "Hồng Hải")


def test_a_share_over_100_percent_is_the_whole_its_scan_misread(scan):
    # "ít nhất 80% người dân"; "196% hồ sơ" is the printed "100%" whose zeros the scan misread (session 18: the
    # final newcomer of session 17 found the 100% target lost), never a 196% target
    assert [(t.min, t.max) for t in scan.targets] == [(80.0, None), (100.0, 100.0)]


@pytest.mark.parametrize("sentence, value", [
    ("Phấn đấu doanh thu dịch vụ tăng 150% so với năm 2026.", 150.0),
    ("Thu ngân sách đạt 120% dự toán được giao.", 120.0),
])
def test_growth_and_fulfilment_may_pass_100_percent(sentence, value):
    text = ("UBND HUYỆN THANH SƠN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 05/KH-UBND                  Thanh Sơn, ngày 10 tháng 02 năm 2027\n\n"
            "KẾ HOẠCH\nPhát triển kinh tế năm 2027\n\nI. CHỈ TIÊU\n" + sentence + "\n")
    assert value in [t.min if t.min is not None else t.max for t in extract(text).targets]


def test_kinh_gui_keeps_an_item_with_a_speck_and_no_body_line_is_a_recipient(scan):
    recipients = scan.metadata.recipients
    assert recipients[:3] == ("Công an phường", "Trưởng các khu phố", "Bộ phận Một cửa phường")
    assert not [r for r in recipients if "thực hiện" in r]  # the body's last line, read beside "Nơi nhận:"
    assert recipients[-1] == "Lưu: VT, VP"

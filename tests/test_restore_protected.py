"""Codes, units and Latin acronyms are kept as written by restoration (issue 12, "Protected tokens").

Inputs: the newcomer's lines of session 13 (newcomer13.md item 3) and lines of real documents
of ../shared/realdocs (145/2025/QĐ-UBND, 2597/QĐ-TTg, 179/KH-UBND, 2634/QĐ-TTg) with their marks
stripped, as a legacy engine or a plain keyboard leaves them.
"""

import pytest

from vanban.ocr.restore import protected, restore


@pytest.mark.parametrize(("text", "kept"), [
    ("Quoc lo 1A va tinh lo 279", ["1A", "279"]),
    ("ISO 9001:2015 theo Phu luc IIa, mang 5G, quoc lo 14C, tram bien ap 110 kV", ["ISO", "IIa", "5G", "14C", "kV"]),
    ("Thu hut FDI, 1A, 1B", ["FDI", "1A", "1B"]),
    ("Nang cap Quoc lo 1A doan qua tinh", ["1A"]),
    # 145/2025/QĐ-UBND
    ("kien tu van He thong quan ly chat luong theo Tieu chuan quoc gia TCVN ISO 9001", ["TCVN", "ISO"]),
    # 2597/QĐ-TTg
    ("nuoc ngoai vao ha tang xay dung qua ODA, PPP, FDI trong xay dung, khai thac cang,", ["ODA", "PPP", "FDI"]),
    # 179/KH-UBND
    ("biet la doanh nghiep cong nghe so va doanh nghiep FDI tro thanh luc luong tien", ["FDI"]),
    # 2634/QĐ-TTg
    ("DD 500 kV LNG Nghi Son - Hung Yen", ["kV"]),
    ("Chi so PCI, PAPI va phong chong dich COVID-19, tram 10 kWh", ["PCI", "PAPI", "COVID", "kWh"]),
])
def test_codes_units_and_acronyms_stay_as_written(text, kept):
    out = restore(text).text
    words = out.replace(",", " ").replace(":", " ").replace("-", " ").split()
    for token in kept:
        assert token in words, (token, out)


def test_words_around_them_are_still_restored():
    out = restore("Nang cap Quoc lo 1A doan qua tinh").text
    assert out == "Nâng cấp Quốc lộ 1A đoạn qua tỉnh"
    assert restore("doanh nghiep FDI tro thanh").text == "doanh nghiệp FDI trở thành"


def test_accented_ocr_keeps_them_too():
    out = restore("Nâng cấp Quốc lộ 1A, đạt ISO 9001:2015, Phụ lục IIa, mạng 5G, trạm 110 kV", mode="correct").text
    assert out == "Nâng cấp Quốc lộ 1A, đạt ISO 9001:2015, Phụ lục IIa, mạng 5G, trạm 110 kV"


@pytest.mark.parametrize("word", [
    "s6", "1a", "1am",  # legacy OCR's small letters: số, là, làm
    "1T",  # legacy OCR of the Roman numeral II (seed 24-KH/ĐU: "1T Ca nhan")
    "TRUGC", "NGUGI", "THUGN", "DUQGC",  # capitals with G/Q for Ơ/Ư: TRƯỚC, NGƯỜI
    "XIII", "NGUOI", "QUYET", "PANG",  # Roman numerals and syllables in capitals
    "Va", "Xa", "Vi",  # one numeral letter and a small one: words (và, xã, vì)
])
def test_what_legacy_ocr_makes_of_syllables_is_not_protected(word):
    assert not protected.kept_as_written(word)


@pytest.mark.parametrize("word", ["1A", "14C", "5G", "QL1A", "ĐT741", "IIa", "IIIb", "kV", "kWh", "MHz",
                                  "ISO", "FDI", "ODA", "PCI", "PAPI", "COVID", "ASEAN"])
def test_kinds_protected(word):
    assert protected.kept_as_written(word)

"""A recruitment notice's total quota stated as "Tổng số chỉ tiêu tuyển dụng: N chỉ tiêu" (tbl53b, session 53).

* A huyện's Thông báo tuyển dụng viên chức opens its part "I. SỐ LƯỢNG, VỊ TRÍ VIỆC LÀM CẦN TUYỂN" with "Tổng số chỉ
  tiêu tuyển dụng: 40 chỉ tiêu, tại các trường mầm non, tiểu học và trung học cơ sở công lập thuộc UBND huyện, cụ
  thể:" (t52-08, spent): its labels count the 40 places as a target in "chỉ tiêu". With "Tổng chỉ tiêu tuyển dụng: 86
  chỉ tiêu" (a32-07) the quota was read; "Tổng số chỉ tiêu …" was taken for how many items a list holds.

Fixtures: tests/fixtures/tbl53b (t52-08's plain-text and legacy-OCR forms); the expected values are the authors'
labels.
"""

from __future__ import annotations

import pathlib

import pytest

from vanban.extract import extract

_FIX = pathlib.Path(__file__).parent / "fixtures" / "tbl53b"


@pytest.mark.parametrize("name,ocr", [("t52-08-TB-UBND.txt", False), ("t52-08-TB-UBND.legacy.txt", True)])
def test_the_total_quota_of_a_recruitment_is_a_target(name, ocr):
    ex = extract((_FIX / name).read_text(encoding="utf-8"), ocr=ocr)
    assert (40, 40, "chỉ tiêu") in [(t.min, t.max, t.unit) for t in ex.targets], ex.targets


def test_the_shorter_total_quota_wording_stays_read():
    text = ("ỦY BAN NHÂN DÂN TỈNH GIA LAI\nSố: 512/TB-UBND\nTHÔNG BÁO\nTuyển dụng công chức năm 2028\n\n"
            "I. CHỈ TIÊU, VỊ TRÍ VIỆC LÀM CẦN TUYỂN\n\nTổng chỉ tiêu tuyển dụng: 86 chỉ tiêu, trong đó cơ quan chuyên môn "
            "thuộc UBND tỉnh 22 chỉ tiêu, UBND các xã, phường 64 chỉ tiêu.\n")  # a32-07's wording and labels
    got = [(t.min, t.unit) for t in extract(text).targets]
    assert (86, "chỉ tiêu") in got and (64, "chỉ tiêu") in got, got


# a51-10's labels: "Số học sinh" of each school, and the "Cộng" row, in both tables (lớp 1, lớp 6)
_PUPILS = [168, 131, 96, 88, 483, 252, 208, 119, 579]


def test_a_scans_flowed_school_tables_are_both_read():
    """a51-10's scan runs each pipe table's rows on ("| 1 | Tiểu học Kim Điền | 5 | 168" ⏎ "|J2 | Tiểu học Đông Phú |
    …" ⏎ "|3|88 |1 Cộng | 15 | 483 |"): row 2's opening pipe read as "J", the total row's empty number cell as "|1".
    Both tables' pupils are the plan's quotas (the authors' labels), as the clean form reads them."""
    text = (_FIX / "a51-10-KH-PGDDT.scan.txt").read_text(encoding="utf-8")
    got = [t.min for t in extract(text, ocr=True).targets if t.unit == "học sinh" and t.min == t.max]
    for f in _PUPILS:
        assert f in got, (f, got)


def test_a_count_of_women_eng_ocr_wrote_ni_is_restored():
    """t52-04's eng OCR line "ngwodi, trong do cé it nhat 04 ni." (its raw reading): the labels count "có ít nhất 04 nữ"
    (at least 4, per team); restored as written, the target's unit was "ni"."""
    from vanban.ocr.correct import correct_text

    raw = (_FIX / "t52-04-KH-UBND.eng-line.txt").read_text(encoding="utf-8")
    restored = correct_text(raw, "image-ocr").text
    assert "04 nữ" in restored, restored

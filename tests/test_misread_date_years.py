"""Dates a scan misread a digit of, in a deadline's sentence (session-42 newcomer).

* "trước ngày 12/9/2926" in a plan of 2026: no document bears 2926; the year is mended by the same evidence as the
  header's and a citation's date (the số ký hiệu's year, else the text's other dates one digit apart), and a note
  says the year was read, so the checklist warns.
* "trước ngày 37/8/2026": no month has a 37th day; no date is guessed, a note says so (as for 31/02).
* A year with no evidence ("2738" beside no 2038 / 2718) stays out, noted.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.impossible_dates import misread_years, year_mended

HEAD = """ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHƯỜNG AN KHÁNH                 Độc lập - Tự do - Hạnh phúc
Số: 88/KH-UBND                 An Khánh, ngày 04 tháng 8 năm 2026
KẾ HOẠCH
Tổng vệ sinh môi trường năm 2026
II. TỔ CHỨC THỰC HIỆN
"""


def plan(*items: str):
    return extract(HEAD + "".join(f"{i}. {s}\n" for i, s in enumerate(items, 1)))


def test_a_deadline_year_misread_is_mended_and_noted():
    ext = plan("Tổ dân phố số 3 gửi danh sách hộ tham gia về Ủy ban nhân dân phường trước ngày 12/9/2926.")
    assert [d.date for d in ext.deadlines] == ["2026-09-12"]
    (note,) = ext.notes
    assert "'12/9/2926'" in note and "read as 2026" in note


def test_a_day_no_month_has_is_noted_not_guessed():
    ext = plan("Trạm y tế phường hoàn thành phun thuốc diệt muỗi trước ngày 37/8/2026.")
    assert ext.deadlines == ()
    (note,) = ext.notes
    assert "impossible date '37/8/2026'" in note


def test_no_evidence_no_year():
    view = "han chot ngay 5/6/2738 theo ke hoach"
    assert misread_years(view, None) == [(14, 22, None)]
    assert year_mended(view, None) == view
    assert year_mended(view, "12/2038/QD-UBND") == view.replace("2738", "2038")

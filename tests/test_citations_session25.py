"""Citations on real wording, session 25 (dl25): an OCR damage class read from authored24's legacy form.

- A tilde beside a symbol's hyphen, the hyphen's serif read as a second mark: "Chỉ thị số 27~-CT/TW ngày 25/12/2023 của
  Bộ Chính trị" (a24-01, legacy OCR; its label: 27-CT/TW) is the Chỉ thị 27-CT/TW, as "CĐ~TTg" alone already was.

Sentences written for these tests in that style.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.symbols import normalize_symbol


def _numbers(body: str):
    text = ("TỈNH ỦY AN BÌNH\nBAN THƯỜNG VỤ\nSố: 40-CT/TU\nAn Bình, ngày 12 tháng 12 năm 2026\n\nCHỈ THỊ\n"
            "Về lãnh đạo tổ chức Tết Nguyên đán năm 2027\n\n" + body + "\n")
    return [(c.number, c.type, c.date) for c in extract(text).citations if c.number]


def test_a_tilde_beside_the_hyphen_is_one_hyphen():
    got = _numbers("Thực hiện tốt tinh thần Chỉ thị số 27~-CT/TW ngày 25/12/2023 của Bộ Chính trị về tăng cường sự "
                   "lãnh đạo của Đảng, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện tốt các nội dung sau.")
    assert got == [("27-CT/TW", "Chỉ thị", "2023-12-25")]


def test_the_symbol_repair_reads_either_order():
    assert [normalize_symbol(s) for s in ("27~-CT/TW", "15/QĐ-~UBND", "05/CĐ~TTg")] == [
        "27-CT/TW", "15/QĐ-UBND", "05/CĐ-TTg"]

"""Text that only lost its marks may write measures and codes (issue 12).

Kind: a number with its unit ("8h", "22h", "75m2", "12kg"), a squared unit ("m2") or a code
in capitals ("U23", "A320", "5G") mixes digits and letters as legacy OCR's garbles do
("s6" = số, "d6ng" = đồng, "1a" = là); one such token made a whole news line "legacy OCR", and
every word of it went through the OCR channel ("xô xát dữ dội" → "dữ đối"). 58 of
bench/restore.py's 1,000 held-out news lines were read so. Sentences written by hand in the
style of news; expected forms written by hand.
"""

from __future__ import annotations

import pytest

from vanban.ocr.restore import restore
from vanban.ocr.restore.decode import get_restorer
from vanban.ocr.restore.tokens import scan


@pytest.mark.parametrize("text", [
    "Luc 8h sang nay, doi tuyen U23 Viet Nam tap luyen tren san Thong Nhat.",
    "Can ho rong 75m2 duoc ban voi gia 3 ty dong, thap hon muc chung cua khu vuc.",
    "Mang 5G se duoc trien khai rong rai tai cac do thi lon trong nam 2026.",
    "Chiec may bay Airbus A320 ha canh an toan luc 10h15 toi qua.",
])
def test_measures_and_codes_leave_a_line_clean(text):
    assert get_restorer()._is_clean(list(scan(text)))


@pytest.mark.parametrize("text", [
    "Dang uy xa ban hanh Ke hoach s6 24-KH/DU ve viec trien khai nghi quyet.",
    "Cac chi b6 t6 chuc hoc tap quan triet nghi quyet den toan the dang vien.",
    "UY BAN NHAN DAN XA B6 DE trien khai cong tac phong chong lut bao.",
])
def test_legacy_digit_letters_still_mark_ocr(text):
    assert not get_restorer()._is_clean(list(scan(text)))


def test_a_line_with_a_measure_is_read_as_clean_text():
    out = restore("Clip video ghi lai canh hai nhom thanh nien xo xat du doi tren quoc lo 1A luc 22h.").text
    assert "xô xát dữ dội" in out
    assert out.endswith("quốc lộ 1A lúc 22h.")

"""A Hội đồng nhân dân's code whose Đ eng OCR read as "PD" (session 56, leg56t).

tune55's t55-03-KH-UBND cites "Nghị quyết số 17/2038/NQ-HĐND ngày 16/7/2038 của HĐND tỉnh Hà Tĩnh"; its legacy form
(Tesseract ``-l eng`` of the rendered page, ``bench/realdocs_ocr.py``'s cache; page 4 copied raw to
``fixtures/leg56t/t55-03-basis.eng.txt``) prints "17/2038/NQ-HPDND": the Đ's stroke read as a P of its own before
the D. The citation kept the misread code (``symbol_codes.D_CODE_ALIASES``). Expected values are the labels'.
"""

from pathlib import Path

from vanban.extract import extract
from vanban.ocr.correct import correct_text

FIX = Path(__file__).parent / "fixtures" / "leg56t"


def test_hpdnd_is_hdnd():
    text = correct_text((FIX / "t55-03-basis.eng.txt").read_text(encoding="utf-8"), "image-ocr").text
    got = {(c.number, c.type, str(c.date)) for c in extract(text).citations}
    assert ("17/2038/NQ-HĐND", "Nghị quyết", "2038-07-16") in got
    assert not any("HPDND" in n for n, _, _ in got)

"""A plan's prohibition "Không để …" whose "để" legacy OCR printed "dé" (vanban.ocr.restore.forbid_words): the
language model read "Không do cơ sở …" after the noun ("do cơ sở" is the commoner trigram), and a goal's wording
was lost. Inputs written for this test in the glyphs Tesseract ``-l eng`` writes for marked letters ("dé", "sé",
"tréng", "xt"); expected values from reading the words."""

from __future__ import annotations

from vanban.ocr.restore import restore
from vanban.ocr.restore.forbid_words import forbid_snaps
from vanban.ocr.restore.tokens import scan

GOALS = """2. Chi tiéu cu thé
- 100% co sé nha, dat do UBND cac xa quan ly dugc ra soat, lap phuong an xt ly.
- Khong dé co sé nha, dat bé tréng qua 03 thang ké tir ngay ban giao.
- Cac co sé do cap tinh quan ly dugc xt ly truéc ngay 30/6/2030.
"""


def _snapped(text: str) -> dict[str, str]:
    toks = list(scan(text))
    return {toks[i].text: form for i, form in forbid_snaps(text, toks).items()}


def test_a_goal_line_opened_by_the_prohibition():
    lines = restore(GOALS).text.splitlines()
    assert lines[2] == "- Không để cơ sở nhà, đất bỏ trống quá 03 tháng kể từ ngày bàn giao."


def test_the_prohibition_opens_a_line_a_sentence_or_stands_before_its_verb():
    assert _snapped("- Khong dé co sé nha bé tréng") == {"dé": "để"}
    assert _snapped("Xong. Khong dé tru sé xuong cap") == {"dé": "để"}
    assert _snapped("cac xa khong dé xay ra vi pham") == {"dé": "để"}
    assert _snapped("bao dam khong dé phat sinh no dong") == {"dé": "để"}


def test_the_adjective_and_other_pairs_are_left_to_the_model():
    assert _snapped("Viéc nay khong dé dang") == {}  # "không dễ dàng"
    assert _snapped("- Khong dé dang thuc hién") == {}
    assert _snapped("viéc nay khong dé phat hién") == {}  # "không dễ phát hiện": a verb outside the list
    assert _snapped("cac don vi khong dé nghi") == {}  # inside a line, no verb of the phrase after it
    assert _snapped("- Khong co sé nha") == {}

"""Words legacy OCR printed as digits or without their vowels, read back by restoration (session 40, ocr40).

* "lá" / "là" printed "14" (its l as a 1, its marked a as a 4, as the ă of "4n"): a plan against tobacco reads
  "thuốc lá" in every paragraph, and "thuéc 14 nung nóng" became a count of fourteen; a real 14 before its counted
  noun, in a date or after "phố" stays a figure (:data:`vanban.ocr.restore.lone_glyphs.DIGIT_SYLLABLES`);
* the minimum "ít nhất" whose "nhất" lost its vowel and whose "ít" was drawn "ft" ("ft nht 02 buổi"): the pair is
  read as the limit (:data:`vanban.ocr.restore.limit_words.AIM_WORDS`).

Texts written for these tests.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.ocr.correct import correct_text


def _read(raw: str) -> str:
    return correct_text(raw, "image-ocr").text


def test_fourteen_read_as_la_between_words():
    out = _read("Cam hut thudc 14 tai noi lam viéc, cam ban thuéc 14 dién tt cho tré em.\n")
    assert out.count("thuốc lá") == 2 and "14" not in out


def test_a_real_fourteen_stays_a_figure():
    out = _read("Toan xa cé 14 thon va 14 t6 dan phé; ngay 14 thang 5 nam 2030.\n")
    assert out.count("14") == 3


def test_no_count_of_fourteen_from_a_tobacco_word():
    out = _read("Phan dau 100% truong hoc khong c6 thudc 14 nung nong; cAm quang cao thuéc 14 dién tt.\n")
    assert not any(t.min == 14 for t in extract(out).targets)


def test_minimum_with_its_vowel_lost_and_its_i_drawn_f():
    out = _read("Moi x6m t6 chic ft nht 03 budi sinh hoat chuyén dé.\n")
    assert "ít nhất 03" in out
    t = next(t for t in extract(out).targets if t.min == 3)
    assert t.max is None

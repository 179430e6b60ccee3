"""The verb "xây" whose â left no glyph in legacy OCR ("xy") is "xây" before the second syllable of "xây mới" / "xây
dựng" as eng OCR prints it (leg49, :mod:`vanban.ocr.restore.build_words`). Sentences written here in the style of a
plan of poverty reduction; expected values read from them."""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.report import extraction_to_json
from vanban.ocr.correct import correct_text


def _restored(raw: str) -> str:
    return correct_text(raw, "image-ocr").text


def test_xy_before_moi_or_dung_is_xay():
    assert "Hỗ trợ xây mới 04 nhà ở" in _restored("2. H6 tro xy méi 04 nha 6 cho h6 nghéo vdi mirc hé tr¢ 50 triéu dong/h6.")
    assert "xây mới 03 căn nhà" in _restored("b) Hé tro xy mdi 03 can nha cho hé can nghéo.")
    assert "xây dựng" in _restored("Van dong Nhan dan xy dyng nha van hoa thon.")


def test_the_house_to_build_is_a_target_again():
    text = _restored("II. CHI TIEU\n\n1. H6 tro xy méi 04 nha 6 cho h6 nghéo.\n")
    got = [(t["min"], t["unit"]) for t in extraction_to_json(extract(text))["targets"]]
    assert (4.0, "nhà") in got


def test_capitals_and_other_words_keep_their_reading():
    assert "XÂY" not in _restored("Ma s6 XY moi cap cho don vi.")
    assert "xây" not in _restored("Kiém tra xy ly vi pham.").lower()

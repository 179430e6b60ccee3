"""OCR: a Party level marker whose slash the scan read with a stroke beside it ("T/ZM", "K/IT") is the marker
("T/M", "K/T"), one for one so the page's offsets hold; a slash elsewhere is left alone (session-41 newcomer: a
skewed scan's "T/ZM CHI BỘ" became the signer's title). Lines written for this test."""

from __future__ import annotations

from vanban.ocr.correct import prepared
from vanban.ocr.glyphs import level_slashes


def test_a_markers_stray_stroke_goes():
    for read, meant in (("T/ZM ĐẢNG ỦY\nBÍ THƯ", "T/M  ĐẢNG ỦY\nBÍ THƯ"), ("K/IT BÍ THƯ", "K/T  BÍ THƯ"),
                        ("T/lL BAN THƯỜNG VỤ", "T/L  BAN THƯỜNG VỤ")):
        fixed = level_slashes(read)
        assert fixed == meant and len(fixed) == len(read)
    assert prepared("Nơi nhận:\n- Lưu.\nT/ZM CHI ỦY\nBÍ THƯ\n", "image-ocr")[0].count("T/M ") == 1


def test_other_slashes_stay():
    for text in ("T/M CHI BỘ", "Số 07/ZM-UBND", "xem mục T/ZM", "T/ZM", "hồ sơ K/IT được"):
        assert level_slashes(text) == text

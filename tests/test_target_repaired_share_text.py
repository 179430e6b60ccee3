"""A share a scan read over 100% with its zeros misread ("108%" for "100%") is the whole (target_words.zeros_misread),
and the target's text says the figure its value is: text "100%", min and max 100 — never "108%" beside 100.
Sentences in our own wording, as a scan would read them."""

from __future__ import annotations

from vanban.extract import extract

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ TÂN HỘI\nSố: 52/KH-UBND\nTân Hội, ngày 09 tháng 3 năm 2027\n\n"
        "KẾ HOẠCH\nChuyển đổi số năm 2027\n\n")


def _shares(body: str):
    return [(t.text, t.min, t.max) for t in extract(HEAD + body + "\n").targets if t.unit == "%"]


def test_a_misread_whole_share_says_100_in_its_text():
    got = _shares("1. Bộ phận tiếp nhận bảo đảm 108% hồ sơ được số hóa khi tiếp nhận.")
    assert got == [("100%", 100.0, 100.0)]


def test_a_share_read_as_printed_keeps_its_text():
    got = _shares("1. Bộ phận tiếp nhận bảo đảm 95% hồ sơ được số hóa khi tiếp nhận.")
    assert got == [("95%", 95.0, 95.0)]

"""The printed look-alikes of "đã" (already) that fold to the same "da" but say nothing was done: one check,
:func:`vanban.extract.target_words.da_not_done`, for the words and the place name alike."""
import re

from vanban.extract import target_words as W


def _at(text: str, word: str) -> tuple[int, int]:
    m = re.search(rf"(?<!\w){word}(?!\w)", text)
    assert m, word
    return m.start(), m.end()


def test_multi_prefix_is_no_past():
    text = "Giảm tỷ lệ hộ nghèo đa chiều xuống dưới 2%"
    assert W.da_not_done(text, *_at(text, "đa"))


def test_unstroked_da_and_football_are_no_past():
    text = "lô da liễu; giải bóng đá thiếu niên"
    assert W.da_not_done(text, *_at(text, "da"))
    assert W.da_not_done(text, *_at(text, "đá"))


def test_place_name_is_no_past():
    text = "xây dựng mô hình vì Đà Nẵng sạch ở 100% tổ dân phố"
    assert W.da_not_done(text, *_at(text, "Đà"))


def test_done_word_is_past():
    text = "Toàn xã đã hoàn thành 95% kế hoạch"
    assert not W.da_not_done(text, *_at(text, "đã"))

"""The Vietnamese text primitives every stage relies on."""

import unicodedata

import pytest

from vanban.text import (
    compose_syllable,
    diacritic_ratio,
    fold,
    nfc,
    normalize_tones,
    split_syllable,
    vietnamese_ratio,
)


@pytest.mark.parametrize(
    "text, folded",
    [
        ("Đảng ủy phường", "dang uy phuong"),
        ("ĐẢNG ỦY", "dang uy"),
        ("đang uy", "dang uy"),
        ("Dân vận khéo", "dan van kheo"),
        ("đổi mới", "doi moi"),
        ("24-KH/ĐU", "24-kh/du"),
        ("Ðảng", "dang"),  # U+00D0 look-alike of Đ
    ],
)
def test_fold_removes_case_marks_and_d_bar(text, folded):
    assert fold(text) == folded


def test_fold_is_length_preserving_on_nfc_text():
    text = nfc("Kế hoạch số 24-KH/ĐU ngày 19/01/2026 của Đảng ủy phường Long Biên")
    assert len(fold(text)) == len(text)


def test_fold_accepts_decomposed_input():
    decomposed = unicodedata.normalize("NFD", "Đảng ủy")
    assert fold(decomposed) == "dang uy"


@pytest.mark.parametrize(
    "old, canonical",
    [
        ("hoà", "hòa"),
        ("thuỷ", "thủy"),
        ("khoẻ", "khỏe"),
        ("Đảng uỷ", "Đảng ủy"),
        ("Uỷ ban", "Ủy ban"),
        ("HOÀ BÌNH", "HÒA BÌNH"),
        ("hoàng", "hoàng"),  # closed syllable: unchanged
        ("quả", "quả"),  # qu- is the onset
        ("giá", "giá"),  # gi- is the onset
        ("người", "người"),
        ("khuỷu", "khuỷu"),
    ],
)
def test_normalize_tones_maps_old_and_new_placement_to_one_form(old, canonical):
    assert normalize_tones(old) == canonical
    assert normalize_tones(canonical) == canonical


def test_normalize_tones_leaves_other_text_alone():
    text = "Số 25-NQ/TW, https://example.org/a?b=1 — résumé"
    assert normalize_tones(text) == text


def test_split_and_compose_round_trip():
    assert split_syllable("Đảng") == ("Đang", 3)
    assert split_syllable("người") == ("ngươi", 2)
    for word in ["Đảng", "người", "quyết", "hòa", "thủy", "Nguyễn", "gì", "giữ"]:
        toneless, tone = split_syllable(word)
        assert compose_syllable(toneless, tone) == word


def test_diacritic_ratio_tells_accented_from_stripped_text():
    assert diacritic_ratio("Đảng ủy phường xây dựng kế hoạch") == 1.0
    assert diacritic_ratio("Dang uy phuong xay dung ke hoach") == 0.0
    assert diacritic_ratio("") == 0.0


def test_vietnamese_ratio_tells_vietnamese_from_english():
    assert vietnamese_ratio("Dang uy phuong xay dung ke hoach trien khai thuc hien") > 0.9
    english = "The committee approved the annual report and its budget for the district."
    assert vietnamese_ratio(english) < 0.5

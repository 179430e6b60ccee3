"""A Roman numeral read an I short is told by its box's width (vanban/ocr/roman_width.py).

Word boxes below are those Tesseract ``vie`` gave (``--psm 3``, pixels) for the Roman numerals on pages of
the scanned forms of two real plans (bench/realdocs_scan.py): 0124/KH-UBND page 1 and 982/KH-UBND pages 2
and 3. Every one of them prints "XIV" or "XIII" (Đại hội lần thứ XIV; Nghị quyết Đại hội … lần thứ XIII),
except the "XI." of a heading; Tesseract read some XIII as "XII", "XIH" or "XIHI", and "Nghị quyết … lần
thứ XII" became a citation the plans never made.
"""

from __future__ import annotations

from vanban.ocr.roman_width import widen_numerals


def _page(words: list[tuple[str, int, int]]) -> dict:
    n = len(words)
    return {"text": [t for t, _, _ in words], "width": [w for _, w, _ in words], "height": [h for _, _, h in words],
            "left": [100] * n, "top": [100 * k for k in range(n)], "conf": [90] * n}


def test_a_numeral_as_wide_as_the_pages_xiii_is_xiii():
    # 0124/KH-UBND page 1: XIV 98, XIII 100, XIV 94, XIII 90, XIV 94, XIV 94, XII 90, XIV 95 (height 37)
    read = [("XIV", 98, 37), ("XIII", 100, 37), ("XIV", 94, 37), ("XIII", 90, 37), ("XIV", 94, 36), ("XIV", 94, 37),
            ("XII", 90, 37), ("XIV", 95, 37)]
    assert widen_numerals(_page(read))["text"] == ["XIV", "XIII", "XIV", "XIII", "XIV", "XIV", "XIII", "XIV"]


def test_an_h_for_two_is_read_as_the_pages_numeral():
    # 982/KH-UBND page 2: "XIH" 90 beside "XIII" 90; 0124/KH-UBND page 2: "XIHI" 90 beside "XIII" 90
    assert widen_numerals(_page([("XIH", 90, 37), ("XIII", 90, 37), ("XIV", 95, 37)]))["text"][0] == "XIII"
    assert widen_numerals(_page([("XIII", 90, 37), ("XIHI;", 90, 37)]))["text"][1] == "XIII;"


def test_a_narrower_numeral_or_one_the_page_never_reads_right_stays():
    # 982/KH-UBND page 3: the heading "XI." (66 px) beside XIII (90): a true numeral of its own
    page = _page([("XIV", 93, 37), ("XI.", 66, 37), ("XIII", 90, 37), ("XIV", 94, 38)])
    assert widen_numerals(page)["text"][1] == "XI."
    # a true XII is an I narrower than XIII (about 13 %); a XII alone on its page has nothing to be told from
    assert widen_numerals(_page([("XII", 78, 37), ("XIII", 90, 37)]))["text"][0] == "XII"
    assert widen_numerals(_page([("XII", 90, 37), ("XIV", 94, 37)]))["text"][0] == "XII"
    # a numeral in a larger font (a heading) is no measure for the body's
    assert widen_numerals(_page([("XII", 90, 37), ("XIII", 90, 52)]))["text"][0] == "XII"

"""A scanned task table whose rules are gray, not black (scan49): thin borders printed at 200 dpi and blurred by the
scanner (617/KH-UBND's Phụ lục as session 48's newcomer scanned it: rules at gray 150-190). No run below the ink level
reached a fifth of the page, so no table was found and Tesseract's lines mixed two cells across rows; the page is now
searched again at a fainter level when none is found.

The pages are drawn here with Pillow as the newcomer's recipe made them (gray rules, specks, a slight blur).
"""

from __future__ import annotations

import random

from PIL import Image, ImageDraw, ImageFilter

from vanban.ocr.rules import find_tables

W, H = 1600, 2200
COLS = (160, 260, 900, 1080, 1330, 1560)  # STT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
ROWS = (200, 320, 620, 900, 1250)


def _page(rule_gray: int | None, specks: bool = True) -> Image.Image:
    im = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(im)
    if rule_gray is not None:
        for y in ROWS:
            d.line([(COLS[0], y), (COLS[-1], y)], fill=rule_gray, width=2)
        for x in COLS:
            d.line([(x, ROWS[0]), (x, ROWS[-1])], fill=rule_gray, width=2)
    for r0, r1 in zip(ROWS, ROWS[1:]):  # words: short dark runs, apart
        for y in range(r0 + 30, r1 - 30, 40):
            for x in range(COLS[1] + 20, COLS[2] - 60, 70):
                d.rectangle([x, y, x + 45, y + 18], fill=30)
    if specks:
        rnd = random.Random(7)
        px = im.load()
        for _ in range(W * H // 300):
            px[rnd.randrange(W), rnd.randrange(H)] = rnd.choice((0, 80, 160, 230))
    return im.filter(ImageFilter.GaussianBlur(0.6))


def test_gray_rules_give_the_table_and_its_rows():
    tables = find_tables(_page(175))
    assert len(tables) == 1
    rows, box = tables[0]
    assert len(rows) == len(ROWS) - 1 and all(len(r) == len(COLS) - 1 for r in rows)
    assert abs(box[0] - COLS[0]) < 10 and abs(box[2] - COLS[-1]) < 10


def test_black_rules_are_found_as_before():
    rows, _ = find_tables(_page(0))[0]
    assert len(rows) == len(ROWS) - 1


def test_words_and_specks_alone_are_no_table():
    assert find_tables(_page(None)) == []

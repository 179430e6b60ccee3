"""Scans of a one-page Nghị quyết that vanban read worse than raw ``tesseract -l vie`` (issue #9, the session 18
newcomer's 10/11/12/19_NQ_*.png).

* A 200 dpi page sprinkled with one-pixel black dots: vanban upscaled it to 300 dpi with its dots, bicubic made
  blots of them, and the số ký hiệu, the type and the title were lost ("Sối 15/NQ- HĐND. ¬") where raw
  Tesseract read the page whole (preprocess.drop_specks: below 250 dpi one-pixel dots go).
* A list numbered "1." … "4." flush under one another: Tesseract read the column of numbers as one word four
  lines tall, which gathered the lines beside it into one row, interleaved word by word
  (ocr/mark_columns.py: the column is read again with its lines).

The pages are drawn here (PIL, Liberation Mono, dots with a fixed seed); the expected values are those the
text printed on them says.
"""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from vanban.ingest.layout import Word, group_rows
from vanban.ocr.mark_columns import reread_mark_columns, tall_words
from vanban.ocr.preprocess import drop_specks
from vanban.ocr.tesseract import data_to_lines

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract missing")
MONO = "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf"

PAGE = """\
HỘI ĐỒNG NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ AN PHÚ                            Độc lập - Tự do - Hạnh phúc

Số: 27/NQ-HĐND                   An Phú, ngày 09 tháng 12 năm 2026

NGHỊ QUYẾT
Về dự toán ngân sách xã năm 2027

HỘI ĐỒNG NHÂN DÂN XÃ AN PHÚ
KHÓA I, KỲ HỌP THỨ TƯ

Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;
Xét Tờ trình số 88/TTr-UBND ngày 01/12/2026 của Ủy ban nhân dân xã.

QUYẾT NGHỊ:

Điều 1. Thông qua dự toán ngân sách xã năm 2027 với các chỉ tiêu:
1. Tổng thu ngân sách trên địa bàn đạt 12 tỷ đồng.
2. Tổng chi ngân sách xã không vượt quá 11 tỷ đồng.
3. Tỷ lệ giải ngân vốn đầu tư công đạt trên 90%.
4. Tỷ lệ hồ sơ được giải quyết đúng hạn đạt 98%.

Điều 2. Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết này.

Nơi nhận:                                          CHỦ TỊCH
- TT HĐND huyện;
- Lưu: VT.
                                                   Trần Văn Nam
"""


def _page(dpi: int = 200) -> Image.Image:
    """The page above drawn at ``dpi`` on A4 in 12-point Liberation Mono, black on white."""
    scale = dpi / 72
    im = Image.new("L", (round(8.27 * dpi), round(11.69 * dpi)), 255)
    draw = ImageDraw.Draw(im)
    font = ImageFont.truetype(MONO, round(12 * scale))
    y = round(60 * scale)
    for line in PAGE.splitlines():
        draw.text((round(60 * scale), y), line, font=font, fill=0)
        y += round(18 * scale)
    return im


def _dots(im: Image.Image, share: float, seed: int) -> Image.Image:
    """``im`` with ``share`` of its pixels made black one-pixel dots (a worn scanner's speckle)."""
    a = np.asarray(im).copy()
    a[np.random.default_rng(seed).random(a.shape) < share] = 0
    return Image.fromarray(a)


def test_one_pixel_dots_of_a_200_dpi_page_are_dropped_and_its_letters_kept():
    clean = _page()
    dotted = _dots(clean, 0.002, seed=18)
    out = np.asarray(drop_specks(dotted, 200))
    ink = np.asarray(clean) < 128
    assert (out[ink] == np.asarray(dotted)[ink]).all()  # every pixel of the letters as it was
    assert (out[~ink] < 128).sum() < 0.05 * (np.asarray(dotted)[~ink] < 128).sum()  # the dots gone
    assert drop_specks(clean, 200) is clean  # a clean page is left alone


@needs_tesseract
def test_a_dotted_200_dpi_page_reads_its_number_type_date_and_title(tmp_path):
    from vanban.conveyor import process_file

    path = tmp_path / "nq-dots.png"
    _dots(_page(), 0.002, seed=18).save(path, dpi=(200, 200))
    doc = process_file(path, jobs=1)
    meta = doc.extraction.metadata
    assert meta.number == "27/NQ-HĐND"
    assert meta.type == "Nghị quyết"
    assert meta.date == "2026-12-09"
    assert meta.title == "Về dự toán ngân sách xã năm 2027"


# Word boxes as Tesseract gave them for a deskewed list (the newcomer's 11_NQ_scan_skew_only.png, 300 dpi after
# upscaling): its column "1." … "4." read as one word 171 px tall. (block, par, line, left, top, width, height, conf, text)
_LIST = [
    (7, 2, 1, 368, 1175, 70, 34, 96, "Tốc"), (7, 2, 1, 469, 1177, 45, 37, 96, "độ"), (7, 2, 1, 545, 1177, 93, 39, 96, "tăng"),
    (7, 2, 1, 670, 1176, 143, 41, 96, "trưởng"),
    (7, 3, 1, 368, 1225, 71, 32, 96, "Thu"), (7, 3, 1, 470, 1225, 94, 39, 96, "nhập"), (7, 3, 1, 595, 1225, 94, 32, 95, "bình"),
    (7, 3, 1, 719, 1225, 94, 39, 96, "quân"),
    (7, 4, 1, 368, 1270, 47, 41, 96, "Tỷ"), (7, 4, 1, 447, 1271, 42, 38, 95, "lệ"), (7, 4, 1, 520, 1271, 44, 38, 96, "hộ"),
    (7, 4, 1, 595, 1271, 119, 40, 95, "nghèo"),
    (7, 5, 1, 368, 1318, 47, 41, 96, "Tỷ"), (7, 5, 1, 447, 1319, 42, 38, 96, "lệ"), (7, 5, 1, 520, 1319, 120, 41, 95, "người"),
    (7, 5, 1, 669, 1319, 69, 32, 96, "dân"),
    (8, 1, 1, 294, 1179, 21, 171, 0, "*>ÓO@2›bE"),
]


def _data(boxes) -> dict:
    keys = ("block_num", "par_num", "line_num", "left", "top", "width", "height", "conf", "text")
    data = {k: [b[n] for b in boxes] for n, k in enumerate(keys)}
    data["level"] = [5] * len(boxes)
    data["word_num"] = list(range(1, len(boxes) + 1))
    return data


def _lines(data: dict) -> list[str]:
    text, _, _ = data_to_lines(data, 2592)
    return [line for line in text.splitlines() if line.strip()]


def test_a_tall_word_glues_the_lines_beside_it_into_one_row():
    """What went wrong: the rows rebuilt from these boxes put two lines of the list in one row."""
    data = _data(_LIST)
    assert tall_words(data) == [len(_LIST) - 1]
    words = [Word(x, x + w, t, t + h, s, group=(b, p, ln)) for b, p, ln, x, t, w, h, _, s in _LIST]
    assert any({"Tỷ", "nghèo", "người"} <= {w.text for w in row.words} for row in group_rows(words))


def test_a_column_of_item_marks_is_read_again_with_its_lines():
    """The strip of the list read again as one block gives the four items, numbered, line by line."""
    seen = []

    def read_block(strip):  # as --psm 6 reads the strip: four lines, each opening with its number
        seen.append(strip.size)
        lines = [["1.", "Tốc", "độ", "tăng", "trưởng"], ["2.", "Thu", "nhập", "bình", "quân"],
                 ["3.", "Tỷ", "lệ", "hộ", "nghèo"], ["4.", "Tỷ", "lệ", "người", "dân"]]
        boxes = [(1, 1, n, 20 + 80 * k, 20 + 47 * (n - 1), 60, 38, 95, w)
                 for n, line in enumerate(lines, 1) for k, w in enumerate(line)]
        return _data(boxes)

    out = reread_mark_columns(Image.new("L", (2592, 3586), 255), _data(_LIST), read_block)
    assert len(seen) == 1
    assert _lines(out) == ["1. Tốc độ tăng trưởng", "2. Thu nhập bình quân", "3. Tỷ lệ hộ nghèo", "4. Tỷ lệ người dân"]


def test_a_tall_word_not_read_again_is_left_out_and_the_lines_stay_apart():
    def read_block(strip):
        raise RuntimeError("Tesseract process timeout")

    out = reread_mark_columns(Image.new("L", (2592, 3586), 255), _data(_LIST), read_block)
    assert _lines(out) == ["Tốc độ tăng trưởng", "Thu nhập bình quân", "Tỷ lệ hộ nghèo", "Tỷ lệ người dân"]


@needs_tesseract
def test_a_skewed_numbered_list_reads_line_by_line(tmp_path):
    """The page turned 1.8° (a clean scan fed askew): each item on its own line, in order."""
    path = tmp_path / "nq-skew.png"
    _page().rotate(1.8, resample=Image.Resampling.BICUBIC, fillcolor=255).save(path, dpi=(200, 200))
    from vanban.conveyor import process_file

    text = process_file(path, jobs=1, extract=False).text
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    items = [line for line in lines if line.startswith(("Tổng thu", "Tổng chi", "Tỷ lệ giải", "Tỷ lệ hồ", "1.", "2.",
                                                          "3.", "4."))]
    assert [line.split(".")[0] for line in items[:4]] == ["1", "2", "3", "4"], items
    assert "giải ngân" in items[2] and "90%" in items[2]  # each item whole, not two interleaved
    assert "hồ sơ được giải quyết" in items[3] and "98%" in items[3]


def test_a_poorly_read_page_is_read_again_unprocessed_and_the_better_reading_kept(monkeypatch):
    """vanban is never worse than raw Tesseract: a page read at confidence 70 is read again from the image as
    loaded, and that reading (confidence 90) is kept; a page read well is read once."""
    from vanban.models import Limits, PageSource
    from vanban.ocr import tesseract

    page = Image.new("L", (1654, 2339), 255)
    page.info["dpi"] = (200, 200)
    calls = []

    def fake_read(im, **kw):
        calls.append((im.size, kw.get("dpi")))
        return ("đọc kém", (), 70.0) if len(calls) == 1 else ("Số: 27/NQ-HĐND", (), 90.0)

    monkeypatch.setattr(tesseract, "ocr_image_lines", fake_read)
    monkeypatch.setattr("vanban.ocr.raster.load_page_image", lambda *a, **k: page)
    src = PageSource(number=1, method="image-ocr", path="nq.png")
    result = tesseract.ocr_page(src, Limits())
    assert result.text == "Số: 27/NQ-HĐND" and result.confidence == 90.0
    assert calls[1] == ((1654, 2339), 200)  # the page as loaded, at its own resolution: not upscaled

    calls.clear()
    monkeypatch.setattr(tesseract, "ocr_image_lines", lambda im, **kw: calls.append(1) or ("đọc tốt", (), 93.0))
    assert tesseract.ocr_page(src, Limits()).text == "đọc tốt" and calls == [1]


def test_a_page_read_poorly_is_said_in_the_notes():
    from vanban.conveyor import poorly_read
    from vanban.models import Page

    def page(n, conf):
        return Page(number=n, method="image-ocr", raw_text="x", text="x", confidence=conf)

    assert poorly_read((page(1, 70.4),)) == "OCR read page 1 poorly (confidence 70): check the text against the scan"
    assert poorly_read((page(1, 93.0), page(2, 80.0), page(3, 78.0))).startswith("OCR read pages 2, 3 poorly (confidence 78)")
    assert poorly_read((page(1, 93.0),)) is None
    assert poorly_read((Page(number=1, method="txt", raw_text="x", text="x"),)) is None  # typed text: not OCR's

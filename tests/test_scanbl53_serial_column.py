"""Issue 9 on scans: the "STT" column of a table printed without rules, its row numbers read again alone (scanbl53).

The kind: a numbered table printed borderless (a Word table with its borders off) — a plan's timetable, a list of
chi bộ with their quotas, a list of xã. Scanned, Tesseract's page layout (``--psm 3``) loses or garbles the lone
digits of its first column ("1" lost, "2" … "6" read "k2", "C2", "+", "ƠI", "Œ" on 2284/QĐ-UBND's list), and the
table's rows, which open at their numbers (vanban/ingest/unruled.py), run together. vanban/ocr/serial_column.py cuts
the column's lines out under its "TT"/"STT" header word and reads them again as one block.

The slow test draws authored51's a51-04-KH-UBND housing table (bench/gold/authored51/a51-04-KH-UBND.md, copied into
tests/fixtures/scanbl53/) borderless by tests/fixtures/ruled_scan.py (the newcomers' recipe) and reads it with the
real Tesseract; the others give the module word boxes and a reader whose answers are set here, so what it keeps and
what it leaves is checked without OCR.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent))

from vanban.ocr.serial_column import reread_serials  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "scanbl53"


def _data(rows: list[list[tuple[int, str, int]]], top0: int = 400, pitch: int = 72) -> dict:
    """``image_to_data`` of printed lines: each line a list of (x, text, conf), written word by word at 17 px a letter
    and 15 px between words, 34 px tall (a 300 dpi scan's 13 pt)."""
    keys = ("level", "page_num", "block_num", "par_num", "line_num", "word_num", "left", "top", "width", "height",
            "conf", "text")
    data: dict = {k: [] for k in keys}
    for n, line in enumerate(rows):
        top = top0 + n * pitch
        for b, (x, text, conf) in enumerate(line):
            for k, w in enumerate(text.split()):
                for key, v in zip(keys, (5, 1, 10 * n + b + 1, 1, 1, k + 1, x, top, 17 * len(w), 34, conf, w)):
                    data[key].append(v)
                x += 17 * len(w) + 15
    return data


#: a timetable written in a plan's way ("STT | Nội dung | Đơn vị chủ trì | Thời hạn"), its numbers as a scan lost them
_HEAD = [(240, "STT", 93), (420, "Nội dung", 95), (1100, "Đơn vị chủ trì", 95), (1620, "Thời hạn", 95)]
_TASKS = [("Tuyên truyền", "Phòng Văn hóa", "Quý I"), ("Rà soát hồ sơ", "Phòng Tư pháp", "Quý II"),
          ("Kiểm tra thực tế", "Công an xã", "Quý III"), ("Tổng kết năm", "Văn phòng", "Quý IV")]


def _page(marks: list[str | None], head=_HEAD):
    rows = [head] + [[*([(244, m, 12)] if m else []), (420, a, 95), (1100, b, 95), (1620, c, 95)]
                     for m, (a, b, c) in zip(marks, _TASKS)]
    gray = np.full((900, 2000), 235, dtype=np.uint8)
    for n in range(1, len(rows)):  # a digit's ink in the STT column on every data line
        top = 400 + n * 72
        gray[top + 2:top + 32, 246:264] = 30
    return Image.fromarray(gray), _data(rows)


def _reader(answers: list[str], calls: list):
    """A reader of the stacked strip that gives ``answers`` to its pieces of ink, top to bottom (confidence 95)."""
    def read_block(strip):
        calls.append(strip)
        ink = (np.asarray(strip) < 140).sum(axis=1) > 0
        edges = np.flatnonzero(np.diff(np.concatenate(([0], ink.astype(np.int8), [0]))))
        runs = list(zip(edges[::2], edges[1::2]))
        out: dict = {k: [] for k in ("level", "page_num", "block_num", "par_num", "line_num", "word_num", "left",
                                     "top", "width", "height", "conf", "text")}
        for n, ((a, b), text) in enumerate(zip(runs, answers)):
            for key, v in zip(out, (5, 1, 1, 1, n + 1, 1, 30, int(a), 18, int(b - a), 95, text)):
                out[key].append(v)
        return out
    return read_block


def _firsts(data: dict) -> list[str]:
    """The texts left in the STT column (x under 400), top to bottom."""
    got = sorted((int(t), s) for s, x, t in zip(data["text"], data["left"], data["top"]) if int(x) < 400 and s.strip())
    return [s for _, s in got]


def test_the_stt_column_of_a_borderless_table_is_read_again():
    """'1' lost, '2' read 'k2', '3' read '+' (confidence 12), '4' read right: the column read again gives 1 … 4."""
    gray, data = _page([None, "k2", "+", "4"])
    data["conf"][[i for i, t in enumerate(data["text"]) if t == "4"][0]] = 96
    calls: list = []
    got = reread_serials(gray, data, (), _reader(["1", "2", "3", "4"], calls))
    assert len(calls) == 1
    assert _firsts(got) == ["STT", "1", "2", "3", "4"]
    assert [t for t in got["text"] if t in ("k2", "+")] == []


def test_a_reading_that_is_no_row_number_leaves_the_page_as_it_was():
    """A piece read '=' (no row number) keeps what the page's reading gave there; the others are taken."""
    gray, data = _page([None, "k2", "C2", None])
    got = reread_serials(gray, data, (), _reader(["1", "=", "3", "4"], []))
    assert _firsts(got) == ["STT", "1", "k2", "3", "4"]


def test_a_table_whose_first_column_is_no_stt_column_is_not_read_again():
    """A borderless table headed "Nội dung | Đơn vị chủ trì | Thời hạn" has no row numbers to read: no call."""
    head = [(244, "Việc", 95), (420, "Nội dung", 95), (1100, "Đơn vị chủ trì", 95), (1620, "Thời hạn", 95)]
    gray, data = _page(["k2", "C2", "a", "b"], head)
    calls: list = []
    assert reread_serials(gray, data, (), _reader(["1", "2", "3", "4"], calls)) is data
    assert calls == []


def test_the_stt_column_of_a_ruled_table_is_read_by_its_cells():
    """Drawn with its rules, a51-07-KH-DU's table kept "⁄2", "3." and "Ẵ" for 2, 3 and 5 (one glyph each, so no
    ruled cell was read again): the STT column's cells are read again too; the other columns are left alone."""
    gray, data = _page(["1", "⁄2", "Ẵ", None])
    xs = [230, 400, 1080, 1600, 1900]
    rows = [[(xs[c], 390 + n * 72, xs[c + 1], 462 + n * 72) for c in range(4)] for n in range(5)]
    calls: list = []
    got = reread_serials(gray, data, [(rows, (xs[0], 390, xs[-1], 390 + 5 * 72))], _reader(["1", "2", "3", "4"], calls))
    assert len(calls) == 1
    assert _firsts(got) == ["STT", "1", "2", "3", "4"]
    assert sorted(t for t in got["text"] if int(got["left"][got["text"].index(t)]) >= 400) == sorted(
        t for t in data["text"] if int(data["left"][data["text"].index(t)]) >= 400)


@pytest.mark.slow
def test_authored51_housing_table_drawn_borderless_keeps_its_numbers_and_sums(tmp_path):
    """a51-04-KH-UBND's "STT | Thôn | Số hộ xây mới | Số hộ sửa chữa | Mức hỗ trợ | Kinh phí" drawn without rules
    and scanned (as bench/tt_scan.py draws it): rows 1 … 5 keep their numbers, and each its Kinh phí. Before, "1" and
    "2" were lost, the first rows ran together and their sums went to other rows (bench/tt_scan.py: 3/5 numbers)."""
    from fixtures.ruled_scan import draw_lines, draw_table, page, scanned

    from vanban.ingest import load
    from vanban.ocr import ocr_page

    table = json.loads((FIXTURES / "a51-04-KH-UBND_table.json").read_text(encoding="utf-8"))
    im, d = page(2339)
    y = draw_lines(d, 110, [("bold", "PHỤ LỤC"), ("italic", "(Kèm theo Kế hoạch của Ủy ban nhân dân)")])
    rows = [[[("bold" if i == 0 else "regular", c)] for c in r] for i, r in enumerate(table)]
    draw_table(d, y + 20, [100, 172, 187, 201, 374, 305], rows, ruled=False)
    res = ocr_page(load(scanned(im, tmp_path / "nha_o.png", seed=878)).pages[0])
    lines = list(zip(res.text.split("\n"), res.lines))
    cells: dict = {}
    for t, g in lines:
        if g.table is not None and g.table >= 0:
            cells.setdefault((g.table, g.row), {}).setdefault(g.col, []).append(t.strip())
    by_number = {" ".join(c[0]): c for c in cells.values() if 0 in c}
    want = [r for r in table[1:] if r[0]]
    dump = "\n".join(f"{g.table}/{g.row}/{g.col} {t}" for t, g in lines)
    assert [r[0] for r in want if r[0] in by_number] == [r[0] for r in want], dump
    # a row's first line in the Kinh phí column (the "Tổng cộng" row, no number, goes on under row 5)
    assert [by_number[r[0]].get(5, [""])[0] for r in want] == [r[5] for r in want], dump

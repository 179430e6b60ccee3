"""A column of item marks Tesseract read as one tall word, read again with the lines beside it.

Why: on a scanned list whose items are numbered "1." … "4." flush under one another, Tesseract's page layout
(``--psm 3``) may cut the column of numbers off as a block of its own and read it as a single "word" four lines
tall ("*>ÓO@2›bE", confidence 0; the newcomer's 11_NQ_scan_skew_only.png). The numbers were lost, and worse: the
rows are rebuilt from the word boxes (:func:`vanban.ingest.layout.group_rows`), so that word, as tall as the
list, gathered the lines beside it into one row and they came out interleaved word by word ("Tỷ Tỷ Lệ Lệ hộ
người nghèo dân giảm tham …"). Read again as one block of lines (``--psm 6``), the list and its numbers come out
line by line ("1. Tốc độ tăng trưởng …").

So a word at least :data:`TALL` text heights tall, read with low confidence, with lines of words beside it is
read again together with those lines; the reading replaces every word of the strip read when it is confident.
Otherwise the tall word alone is left out (it is no text, and it would still glue the lines beside it together).

A tall word read *confidently* is a word, not a column of marks: on the newcomer's 200 dpi scan of 234/CĐ-TTg
the issuer's "TƯỜNG" (confidence 89) came out 108 px tall, its box grown by the rule under the name; read again
with the whole header beside it, the issuer turned to "fan GSiGHPybrBHd". And the strip read again holds more
than the words "beside" (those whose middle lies within the tall word's height): the words of the same line
standing a little higher were kept as well as their second reading, and the motto came out doubled ("CỘNG HÒA
HÒA XÃ XÃ HỘI CHỦ CHỦ …"). So only an unconfident tall word is read again, and every word whose middle lies in
the strip read gives way to the new reading.
"""

from __future__ import annotations

from typing import Callable

from vanban.models import InputError, LimitExceeded
from vanban.ocr.lost_lines import text_height, word_conf

#: a word this many text heights tall spans several lines: no word of printed text is
TALL = 2.5
#: a word read again is kept from this mean confidence on (Tesseract's 0–100), as for lost lines
MIN_CONF = 60
#: margins of the strip read again, in text heights: less than half a line's leading above and below, so
#: the lines before and after the list stay out of it
PAD_Y = 0.3
PAD_X = 0.6


def tall_words(data: dict) -> list[int]:
    """Indices of the words at least :data:`TALL` text heights tall read with less than :data:`MIN_CONF`
    confidence (a confident one is a word whose box took in a rule or a stroke: see the module's docstring)."""
    h = text_height(data)
    if not h:
        return []
    return [i for i, t in enumerate(data.get("text", []))
            if (t or "").strip() and int(data["height"][i]) >= TALL * h and word_conf(data["conf"][i]) < MIN_CONF]


def _inside(data: dict, box: tuple[int, int, int, int]) -> set[int]:
    """The words whose middle lies in ``box`` (left, top, right, bottom): those a reading of the box replaces."""
    return {j for j, t in enumerate(data["text"]) if (t or "").strip()
            and box[0] <= int(data["left"][j]) + int(data["width"][j]) / 2 <= box[2]
            and box[1] <= int(data["top"][j]) + int(data["height"][j]) / 2 <= box[3]}


def _beside(data: dict, i: int, tall: set[int]) -> list[int]:
    """The words right of tall word ``i`` whose middle lies within its height: the lines it spans."""
    top, bottom, left = int(data["top"][i]), int(data["top"][i]) + int(data["height"][i]), int(data["left"][i])
    return [j for j, t in enumerate(data["text"]) if (t or "").strip() and j not in tall
            and int(data["left"][j]) > left and top <= int(data["top"][j]) + int(data["height"][j]) / 2 <= bottom]


def _without(data: dict, drop: set[int], extra: list[dict] = ()) -> dict:
    """``data`` without the entries ``drop`` and with the word entries ``extra`` appended."""
    out = {k: [v for n, v in enumerate(vs) if n not in drop] for k, vs in data.items()}
    for word in extra:
        for k in out:
            out[k].append(word.get(k, 0))
    return out


def reread_mark_columns(gray, data: dict, read_block: Callable) -> dict:
    """``data`` (``image_to_data`` of the page) with each tall word and the lines beside it read again as one
    block (``read_block``: an image → ``image_to_data`` of it, ``--psm 6``); see the module's docstring."""
    found = tall_words(data)
    if not found:
        return data
    h = text_height(data) or 0
    tall = set(found)
    drop: set[int] = set()
    extra: list[dict] = []
    block = max((int(b) for b in data.get("block_num", [0])), default=0) + 1
    width, height = gray.size
    for i in found:
        beside = [j for j in _beside(data, i, tall) if j not in drop]
        read = _read_strip(gray, data, i, beside, h, read_block, (width, height)) if beside else None
        if read:
            box, words = read
            drop |= {i, *beside} | _inside(data, box)
            for w in words:
                w["block_num"] += block
            block = max(w["block_num"] for w in words) + 1
            extra.extend(words)
        else:  # unconfident (tall_words): no text
            drop.add(i)
    return _without(data, drop, extra) if drop else data


def _read_strip(gray, data: dict, i: int, beside: list[int], h: float, read_block: Callable, size
                ) -> tuple[tuple[int, int, int, int], list[dict]] | None:
    """(the strip's box, its words): the strip holding tall word ``i`` and the words ``beside`` it read as one
    block, the words placed on the page (block numbers from 0, to be offset); None when the reading fails or is
    not confident."""
    idx = [i, *beside]
    x0 = min(int(data["left"][j]) for j in idx) - int(PAD_X * h)
    x1 = max(int(data["left"][j]) + int(data["width"][j]) for j in idx) + int(PAD_X * h)
    y0 = min(int(data["top"][j]) for j in idx) - int(PAD_Y * h)
    y1 = max(int(data["top"][j]) + int(data["height"][j]) for j in idx) + int(PAD_Y * h)
    box = (max(0, x0), max(0, y0), min(size[0], x1), min(size[1], y1))
    try:
        got = read_block(gray.crop(box))
    except (RuntimeError, OSError, ValueError, InputError, LimitExceeded):  # the page's budget spent, a failed read
        return None
    words = [k for k, t in enumerate(got.get("text", [])) if (t or "").strip()]
    if not words or sum(word_conf(got["conf"][k]) for k in words) / len(words) < MIN_CONF:
        return None
    if len(words) < len(beside):  # fewer words than the lines held: a part of the strip went unread
        return None
    return box, [{"level": 5, "page_num": 1, "block_num": int(got["block_num"][k]), "par_num": int(got["par_num"][k]),
             "line_num": int(got["line_num"][k]), "word_num": int(got["word_num"][k]),
             "left": int(got["left"][k]) + box[0], "top": int(got["top"][k]) + box[1],
             "width": int(got["width"][k]), "height": int(got["height"][k]),
             "conf": got["conf"][k], "text": got["text"][k]} for k in words]

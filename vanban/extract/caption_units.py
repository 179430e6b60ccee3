"""The unit a table's caption gives the whole table: "Đơn vị tính: triệu đồng", "(Đơn vị tính: ha)", "Đơn vị: triệu đồng".

Why: a budget or quota table prints its unit once, on the caption line over it, instead of in each head's parentheses:
"II. DỰ TOÁN THU NĂM 2036 Đơn vị tính: triệu đồng" (a46-04), "1. Danh mục dự án, quy mô và tổng mức đầu tư Đơn vị tính:
triệu đồng" (a45-07), "3. Diện tích cây vụ Đông phân bổ cho các thôn Đơn vị tính: ha" (t34-04), "… của Hội đồng nhân
dân tỉnh Tuyên Quang) Đơn vị: triệu đồng" (t24-09), "II. MỨC HỖ TRỢ Đơn vị tính: đồng" (64/2025/NQ-HĐND). The works and
revenue tables (:mod:`.plan_cells`) and the quota tables (:mod:`.indicator_cells`) read it here, one reader: until
session 49 each had its own pattern, one folded and one with marks, and only the first knew "Đơn vị:" without "tính"
(t24-09's caption, the one of the gold sets' and real documents' 20 unit captions on which they disagreed).

The unit is the caption's end after the label: letters and spaces only (a figure in it, "Đơn vị: 10 m²", "ĐVT: 1.000
đồng", is a norm table's counting base, read by :mod:`.norm_tables`), at most 20 characters, an emphasis mark, a closing
bracket or a full stop after it. Matched folded, returned as printed (lower case, marks kept).
Tests: tests/test_tidy49.py (caption_unit), tests/test_fixrev49.py.
"""

from __future__ import annotations

import re

from vanban.text import fold, nfc

__all__ = ["caption_unit"]

#: the caption's unit label and the unit closing it (folded): "don vi tinh: trieu dong", "(don vi tinh: ha)", "dvt: ha",
#: "don vi tinh: %" — not the bodies a task line hands work to ("Phân công các đơn vị: UBND xã", "từng đơn vị: …").
#: The unit is at most four words (the caption's whitespace is collapsed to one space first, :func:`caption_unit`):
#: bounded words, no run of spaces to backtrack over
_CAPTION_UNIT = re.compile(r"(?<![a-z])(?<!cac )(?<!tung )(?:don vi(?: tinh)?|dvt)\s*:\s*"
                           r"(?P<unit>%|[a-z]+(?: [a-z]+){0,3})\s*[.)]?\s*$")


def caption_unit(caption: str | None) -> str | None:
    """The unit ``caption`` gives its whole table ("… Đơn vị tính: Triệu đồng" → "triệu đồng"), lower-cased as
    printed; None for none."""
    one = " ".join(re.sub(r"[*_]", " ", nfc(caption or "")).split())  # "*Đơn vị tính: triệu đồng*", italic
    folded = fold(one)
    if len(folded) != len(one):
        return None  # a letter folding to two or none: the offsets would not map back
    m = _CAPTION_UNIT.search(folded)
    if not m or not (m.group("unit") == "%" or 2 <= len(m.group("unit")) <= 20):
        return None
    return one[m.start("unit"):m.end("unit")].strip().lower()

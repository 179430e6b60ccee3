"""A list item's count after its label ("- Đảng bộ xã Phong Lạc: 02 mô hình;") is one unit's allotment (tbl56t), but a
wrapped sentence's next line whose words up to a colon only look like a label is no item: "… Coliform; tần suất quan ⏎
trắc: 02 đợt/tháng (18 đợt/năm)." (the real 0134/KH-UBND, a monitoring plan, text copied into
tests/fixtures/rev56/0134-KH-UBND-frequencies.md; the item lines are t55-07's, whose labels count each)."""

from __future__ import annotations

import pathlib
from types import SimpleNamespace

from vanban.extract.described_counts import _allotted
from vanban.text import fold

FIX = pathlib.Path(__file__).parent / "fixtures"


def test_a_list_items_count_after_its_label_is_allotted():
    v = fold((FIX / "tbl56t" / "t55-07-KH-BDVHU.txt").read_text(encoding="utf-8"))
    line = fold("- Đảng bộ xã Phong Lạc: 02 mô hình;")
    assert _allotted(v, SimpleNamespace(span=SimpleNamespace(start=v.index(line) + line.index("02"))))


def test_a_wrapped_sentences_colon_is_no_items_label():
    v = fold((FIX / "rev56" / "0134-KH-UBND-frequencies.md").read_text(encoding="utf-8"))
    for tail in ("trắc: 02 đợt/tháng (18 đợt/năm)", "suất quan trắc: 02 đợt/tháng."):
        t = fold(tail)
        assert not _allotted(v, SimpleNamespace(span=SimpleNamespace(start=v.index(t) + t.index("02"))))

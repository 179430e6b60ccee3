"""Tables of planned counts or collection quotas per group or per lĩnh vực, a body in charge beside each (tbl55b,
session 55).

The inputs are tune54's t54-01-KH-UBND part "IV. NỘI DUNG HOẠT ĐỘNG" down to its item "c)" (a huyện's food-safety
plan: "TT | Nhóm cơ sở kiểm tra | Đơn vị chủ trì | Số cơ sở kiểm tra | Thời hạn hoàn thành", its total row printed
short, "| Tổng cộng | 119 |") and t54-09-KH-CCTKV's part "III. CHỈ TIÊU NĂM 2040" (a Chi cục Thuế's plan: "TT | Lĩnh
vực chống thất thu | Số thu tăng thêm (triệu đồng) | Đơn vị chủ trì | Đơn vị phối hợp" under "… đạt tối thiểu 6,5 tỷ
đồng, phân theo lĩnh vực như sau:"): their Markdown as written and their plain-text form (``realdocs/md2plain.py``), t54-01's legacy OCR too,
copied to ``tests/fixtures/tbl55b``. The expected targets are the labels' (``*.targets.json``, copied from the set's
labels), never vanban's output: every group's count and the total 119 (which the text states nowhere else); every
lĩnh vực's amount, and not the "Cộng" 6.500 (the lead's 6,5 tỷ đồng, labelled there).
"""

from __future__ import annotations

import json
import pathlib
import sys

import pytest

from vanban.extract import extract
from vanban.ingest.markdown import markdown_to_text
from vanban.structure import structure_of_text

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from realdocs_match import prf  # noqa: E402  (the bench's matching rules)

FIXTURES = pathlib.Path(__file__).parent / "fixtures" / "tbl55b"


def _text(name: str) -> str:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return markdown_to_text(text)[0] if name.endswith(".md") else text  # the Markdown as ingest reads it


def _cells(name: str, gold: list[dict], ocr: bool = False) -> tuple[int, list, list]:
    """(true positives, missed, extra) of the targets read from ``name`` against ``gold`` (the part's prose sets
    targets of its own: the extra ones are looked at by value only)."""
    got = [{"text": t.text, "min": t.min, "max": t.max, "unit": t.unit} for t in extract(_text(name), ocr=ocr).targets]
    tp, _, _, missed, extra = prf("targets", gold, got)
    return tp, missed, extra


def _gold(stem: str) -> list[dict]:
    return json.loads((FIXTURES / f"{stem}.targets.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["t54-01-checks.md", "t54-01-checks.txt"])
def test_each_group_count_of_cơ_sở_to_inspect_and_the_short_total_row(name):
    tp, missed, _ = _cells(name, _gold("t54-01-checks"))
    assert (tp, missed) == (5, [])


@pytest.mark.parametrize("name", ["t54-09-quota.md", "t54-09-quota.txt"])
def test_each_lĩnh_vực_amount_under_a_part_setting_quotas(name):
    tp, missed, extra = _cells(name, _gold("t54-09-quota"))
    assert (tp, missed) == (5, [])
    assert not [x for x in extra if x["min"] == 6500]  # the "Cộng" repeats the lead's 6,5 tỷ đồng


def test_legacy_ocr_reads_the_header_on_consecutive_lines_and_the_short_total():
    # legacy OCR lost the blank lines between the header's names, and printed "Tổng cộng" / "119" in the names' and the
    # body's columns
    assert "Nhóm cơ sở kiểm tra\nĐơn vị chủ trì\nSố cơ sở kiểm tra" in _text("t54-01-checks.legacy.txt")
    tp, missed, _ = _cells("t54-01-checks.legacy.txt", _gold("t54-01-checks"), ocr=True)
    assert (tp, missed) == (5, [])


def test_the_short_total_row_stands_under_the_count_and_the_next_item_is_no_cell():
    t = next(t for t in structure_of_text(_text("t54-01-checks.txt")).tables if t.role == "data")
    assert [c.text for c in t.rows[-1]] == ["Tổng cộng", "", "", "119", ""]


def test_a_task_table_with_one_figure_column_outside_a_quota_part_stays_unread():
    # the same table with its length per thôn and no count of the plan's checks (a39-09's "Chiều dài (m)" kind)
    text = _text("t54-01-checks.txt").replace("Số cơ sở kiểm tra", "Chiều dài (m)")
    got = {t.min for t in extract(text).targets}
    assert not {42, 35, 26, 16, 119} & got


def test_the_same_lĩnh_vực_table_outside_a_quota_part_stays_unread():
    text = _text("t54-09-quota.txt").replace("III. CHỈ TIÊU NĂM 2040", "III. NHIỆM VỤ NĂM 2040")
    got = {t.min for t in extract(text).targets}
    assert not {1750, 2100, 1240, 980, 430} & got

"""A target goes to the numbered item whose text writes its figure, not to an item citing a number that holds the
same digits (229/CĐ-TTg, a real Công điện copied into tests/fixtures/realdocs; expected values read from it).

Found by the newcomer of session 53: items 1 and 2 are one obligation of the ministers and provinces, split by the
checklist into a row per item; only item 2 writes "phấn đấu tăng trưởng cả nước năm 2025 trên 8%", but item 1 cites
"Nghị quyết … số 380/NQ-CP", and its "8" gave item 1 the target too."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import ROOT

from vanban.conveyor import process_file
from vanban.export import PlanPlaces, checklist_file

CD_229 = ROOT / "tests/fixtures/realdocs/229-CD-TTg.md"


@pytest.fixture(scope="module")
def rows():
    doc = process_file(CD_229, jobs=1)
    return json.loads(checklist_file(doc.extraction, "json", PlanPlaces.of_document(doc),
                                     today=dt.date(2025, 12, 1)))["items"]


def _row(rows, opening):
    found = [r for r in rows if " ".join(r["what"].split()).startswith(opening)]
    assert len(found) == 1, [r["what"][:60] for r in rows]
    return found[0]


def test_the_item_writing_the_figure_has_the_target(rows):
    assert "8%" in (_row(rows, "Tiếp tục phát huy truyền thống tốt đẹp")["targets"] or "")


def test_an_item_citing_380_has_no_target_of_8_percent(rows):
    assert not _row(rows, "Khẩn trương thực hiện quyết liệt")["targets"]

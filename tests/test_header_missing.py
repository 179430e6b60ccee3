"""A page or an excerpt without the document's header: no issuer, its whole text read as body, and a
note that the header is missing.

A newcomer fed vanban the second page of 45/KH-UBND alone (its section IV, the tasks, the signature),
its section "II. CHỈ TIÊU" pasted alone, and a list of a ward's targets with no heading at all
(tests/fixtures/excerpts/). vanban took "IV. TỔ CHỨC THỰC HIỆN" as the issuer and gave no deadline,
target or task. Read by hand: page 2 charges Phòng Kinh tế with the budget "trước 30 tháng 4 năm
2026" and Ủy ban MTTQ phường with the Ngày hội "trước ngày 18/11/2026"; section II sets "96,5% trở
lên" and "100% tổ dân phố"; the list sets "ít nhất hai mô hình", "trên 105%" and "95% trở lên".
"""

from __future__ import annotations

import pytest
from conftest import ROOT

from vanban.conveyor import process_file
from vanban.extract import MISSING_HEADER

EXCERPTS = ROOT / "tests/fixtures/excerpts"


def read(name):
    return process_file(EXCERPTS / name, jobs=1).extraction


@pytest.mark.parametrize("name", ["kh45_trang2.txt", "kh45_muc_chi_tieu.txt", "chi_tieu_to_dan_pho.txt"])
def test_no_issuer_and_a_note(name):
    ext = read(name)
    assert ext.metadata.issuer is None and ext.metadata.number is None and ext.metadata.date is None
    assert MISSING_HEADER in ext.notes


def test_second_page_gives_its_tasks_and_deadlines():
    ext = read("kh45_trang2.txt")
    dates = {d.date for d in ext.deadlines}
    assert {"2026-04-30", "2026-11-18"} <= dates
    assert any(o.who and o.who.startswith("Phòng Kinh tế") for o in ext.obligations)
    assert ext.metadata.signer_name == "Nguyễn Thị Hồng Nhung"


def test_a_section_of_targets_gives_its_targets():
    texts = " | ".join(t.text for t in read("kh45_muc_chi_tieu.txt").targets)
    assert "96,5%" in texts and "100%" in texts


def test_a_list_without_heading_gives_its_targets():
    texts = " | ".join(t.text for t in read("chi_tieu_to_dan_pho.txt").targets)
    assert "hai mô hình" in texts and "105%" in texts and "95%" in texts


def test_a_whole_plan_has_its_header_and_no_note():
    ext = process_file(ROOT / "tests/fixtures/newcomer_plans/kh45_van_hoa_2026.txt", jobs=1).extraction
    assert ext.metadata.number == "45/KH-UBND" and MISSING_HEADER not in ext.notes

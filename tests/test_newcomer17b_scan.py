"""What a scan of the newcomer's Kế hoạch (session 17, helper nc17b) damaged, read as the DOCX reads it.

``15_KH_chi_dam_scan.pdf`` (the newcomer's, not copied: a page of OCR) gave a signature "TMBAN THƯỜNG VỤ", a task
table whose header read "Đơn vị phối : hợp _", unit names with a table rule inside ("Đảng ủy Ủy - ban nhân dân xã",
"'Ủy ban Mặt trận Tổ quốc - xã") and a due cell ".31/10/2027". ``tests/fixtures/newcomer17b/chi_dam_scan_cells.txt``
holds those cells as the OCR read them in a text table; the expected values are the DOCX's (07_KH_chi_dam.docx).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.extract import extract
from vanban.extract import patterns as P
from vanban.extract.subjects import mended_name

TEXT = Path(__file__).parent / "fixtures" / "newcomer17b" / "chi_dam_scan_cells.txt"


@pytest.fixture(scope="module")
def plan():
    return extract(TEXT.read_text(encoding="utf-8"))


def test_a_level_marker_glued_to_its_body_is_the_authority(plan):
    m = plan.metadata
    assert (m.signer_authority, m.signer_title, m.signer_name) == ("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Thị Hạnh")


def test_each_row_keeps_its_partners_under_a_specked_header(plan):
    got = {o.who: o.partners for o in plan.obligations}
    assert got == {"Đảng ủy Ủy ban nhân dân xã": "Các chi bộ thôn",
                   "Ủy ban Mặt trận Tổ quốc xã": "Hội Phụ nữ, Đoàn Thanh niên",
                   "Chi bộ thôn Đồng Tâm": "Đoàn Thanh niên xã"}


def test_a_specked_due_cell_is_dated(plan):
    ob = [o for o in plan.obligations if o.who == "Chi bộ thôn Đồng Tâm"]
    assert ob and ob[0].deadline is not None and ob[0].deadline.date == "2027-10-31"


@pytest.mark.parametrize("read, name", [
    ("Đảng ủy Ủy - ban nhân dân xã", "Đảng ủy Ủy ban nhân dân xã"),
    ("'Ủy ban Mặt trận Tổ quốc - xã", "Ủy ban Mặt trận Tổ quốc xã"),
    ("Công chức Văn phòng - Thống kê", "Công chức Văn phòng - Thống kê"),  # a name's own dash stays
    ("Ủy ban nhân dân - Ủy ban Mặt trận", "Ủy ban nhân dân - Ủy ban Mặt trận"),  # two bodies
])
def test_a_rule_inside_a_fixed_name_goes(read, name):
    assert mended_name(read) == name


def test_a_speck_before_a_date_after_a_break_hides_nothing():
    found = [m.group(0) for m in P.NUMERIC_DATE_RE.finditer("Thời hạn\n.31/10/2027 ; tỷ lệ 3.31/10/2027")]
    assert found == ["31/10/2027"]

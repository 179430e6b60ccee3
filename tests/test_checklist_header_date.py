"""The Word phiếu's header writes the plan's date as Nghị định 30/2020/NĐ-CP does: a zero before a day under 10 and
before months 1 and 2 only — "ngày 07 tháng 9 năm 2026", never "tháng 09" (session-41 newcomer)."""

from __future__ import annotations

import pytest

from vanban.export.checklist_office import header_lines
from vanban.models import Metadata


@pytest.mark.parametrize("iso, written", [
    ("2026-09-07", "ngày 07 tháng 9 năm 2026"), ("2027-02-15", "ngày 15 tháng 02 năm 2027"),
    ("2028-01-31", "ngày 31 tháng 01 năm 2028"), ("2026-12-03", "ngày 03 tháng 12 năm 2026"),
    ("2026-03", "tháng 3 năm 2026"),
])
def test_the_plans_date_as_an_office_writes_it(iso, written):
    line = header_lines(Metadata(type="Kế hoạch", number="31-KH/ĐU", date=iso))[0]
    assert line == f"Thực hiện Kế hoạch số 31-KH/ĐU {written}"

"""Rows charged under one plan item get TTs a clerk can cite back one by one (session-30 newcomer).

A plan's item "III.1" that charges two bodies gives two rows of the phiếu; both had TT "III.1". Expected (a careful
reader's table): "III.1 (1)" and "III.1 (2)" in the plan's order, the same in the Word table, the CSV and the page
(all take :func:`vanban.export.checklist_office.item_tts`); a row alone under its item keeps the bare number.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from vanban.export import PlanPlaces, checklist_csv
from vanban.export.checklist_office import item_tts
from vanban.extract.checklist import build_checklist

TODAY = dt.date(2026, 10, 5)

#: a commune plan written for this test: item III.1 charges two bodies, item III.2 one
PLAN = """ỦY BAN NHÂN DÂN XÃ TÂN HÒA

Số: 52/KH-UBND

Tân Hòa, ngày 05 tháng 10 năm 2026

**KẾ HOẠCH**

**Phòng, chống dịch bệnh mùa đông năm 2026**

**I. MỤC ĐÍCH, YÊU CẦU**

Chủ động phòng, chống dịch bệnh trên địa bàn xã.

**II. NỘI DUNG**

Tuyên truyền, giám sát và xử lý ổ dịch kịp thời.

**III. TỔ CHỨC THỰC HIỆN**

**1. Phân công nhiệm vụ**

Trạm Y tế xã tổ chức giám sát ca bệnh tại các thôn, báo cáo kết quả trước ngày 30/11/2026.

Phòng Văn hóa - Xã hội tuyên truyền trên hệ thống loa truyền thanh, hoàn thành trước ngày 15/11/2026.

**2. Chế độ báo cáo**

Văn phòng HĐND và UBND xã tổng hợp kết quả, báo cáo Chủ tịch UBND xã trước ngày 10/12/2026.

Nơi nhận:
- Lưu: VT.
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    from vanban.conveyor import process_file

    path = tmp_path_factory.mktemp("plan") / "52-KH-UBND.md"
    path.write_text(PLAN, encoding="utf-8")
    doc = process_file(path, jobs=1)
    return doc.extraction, build_checklist(doc.extraction, today=TODAY), PlanPlaces.of_document(doc)


def test_two_bodies_under_one_item_are_told_apart(plan):
    ext, items, places = plan
    rows = list(csv.reader(io.StringIO(checklist_csv(items, places, ext.targets).lstrip("\ufeff"))))[1:]
    tts = {r[2]: r[0] for r in rows}
    assert tts["Trạm Y tế xã"] == "III.1 (1)"
    assert tts["Phòng Văn hóa - Xã hội"] == "III.1 (2)"
    assert tts["Văn phòng HĐND và UBND xã"] == "III.2"


def test_row_counts_stay_as_they_are():
    class Row:
        start = end = None
        what = "x"

    assert item_tts([Row(), Row()], None) == ["1", "2"]


def test_a_printed_day_is_not_repeated_in_thoi_han():
    """"Trước ngày 31/3/2027" needs no "(31/03/2027)" after it (session-31 newcomer); a month still gets its day."""
    from types import SimpleNamespace

    from vanban.export.checklist_office import _when

    def row(deadline, due):
        return SimpleNamespace(deadline=deadline, due_day=due, rule=None, recurrence=None)

    assert _when(row("Trước ngày 31/3/2027", "2027-03-31")) == "Trước ngày 31/3/2027"
    assert _when(row("trước ngày 05/12/2027", "2027-12-05")) == "trước ngày 05/12/2027"
    assert _when(row("Tháng 5/2027", "2027-05-31")) == "Tháng 5/2027 (31/05/2027)"
    assert _when(row("trước ngày 1/3/2027", "2027-03-31")) == "trước ngày 1/3/2027 (31/03/2027)"

"""A body's block of bullets dated by one of them is a checklist row per bullet, the date the dated bullet's alone (ux54).

2629/QĐ-TTg (a real Quyết định of /work/shared/realdocs/docs, copied into tests/fixtures/ux54): Điều 1.IV "2. Các bộ,
ngành, địa phương có trách nhiệm:" over eight bullets, the second of which is written with its deadline ("Xây dựng, ban
hành Kế hoạch hành động phát triển Chính phủ số, Chính quyền số (…) trước ngày 31 tháng 12 năm 2025"). The obligation
reader makes the block one obligation of the body (as the labels count one entry per body per assignment block); the
checklist, which splits such a block into a row per bullet only when it is undated, gave it one row of 2,387
characters, all eight tasks "due" 31/12/2025 (the newcomer of session 53). Expected values read from the document."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from vanban.conveyor import process_file
from vanban.export import PlanPlaces, checklist_file

DOC = Path(__file__).parent / "fixtures" / "ux54" / "2629-QD-TTg.md"
BODY = "Các bộ, ngành, địa phương"
# the opening words of the eight bullets under "2. Các bộ, ngành, địa phương có trách nhiệm:", in order
BULLETS = ["Tổ chức triển khai thực hiện Chương trình", "Xây dựng, ban hành Kế hoạch hành động",
           "Thực hiện chuẩn hóa, tái cấu trúc quy trình", "Hướng dẫn rà soát, điều chỉnh, số hóa",
           "Duy trì tuân thủ Khung kiến trúc", "Thực hiện kết nối toàn bộ các nền tảng số",
           "Chủ động hợp tác quốc tế", "Căn cứ mục tiêu, nhiệm vụ nêu trong Chương trình"]


@pytest.fixture(scope="module")
def rows():
    doc = process_file(DOC, jobs=1)
    items = json.loads(checklist_file(doc.extraction, "json", PlanPlaces.of_document(doc),
                                      today=dt.date(2025, 10, 1)))["items"]
    return [r for r in items if r["who"] == BODY and any(r["what"].startswith(b) for b in BULLETS)]


def test_each_bullet_is_a_row_in_order(rows):
    assert [next(b for b in BULLETS if r["what"].startswith(b)) for r in rows] == BULLETS
    assert max(len(r["what"]) for r in rows) < 700  # the longest bullet, "Chủ động hợp tác quốc tế …" (590)


def test_the_date_is_the_dated_bullets_only(rows):
    dated = [r for r in rows if r["date"] or r["latest"] or r["deadline"]]
    assert len(dated) == 1 and dated[0]["what"].startswith(BULLETS[1])
    assert dated[0]["date"] == "2025-12-31" and "31 tháng 12 năm 2025" in dated[0]["deadline"]

"""The checklist of the demo's legacy-OCR plan 13-KH/ĐU as a newcomer read it on the
document page: "Dự kiến đầu tháng 10/2025: Đảng ủy tổ chức Hội nghị triển khai hướng dẫn;
cuối tháng 10/2025 tổ chức Hội nghị chuyên đề cho ý kiến kết quả rà soát …" gave a body
"Đảng ủy tổ chức Hội nghị" doing "triển khai hướng dẫn" and a body "tổ chức Hội nghị
chuyên đề cho ý kiến kết quả" doing "rà soát …": "tổ chức hội" was read as a noun (an
association, "các tổ chức hội, đoàn thể") though a meeting follows ("hội nghị", "hội
thảo", "hội thi"). And one body spelled two ways ("Ban xây dựng Đảng", "Ban Xây dựng
Đảng") got two headings in the Markdown checklist. The demo's 05/QĐ-UBND had a body "Tổ
công tác có nhiệm vụ" ("… có nhiệm vụ tham mưu …" is the body's duty, as "có trách nhiệm").

Real parts: the conveyor on samples/13-KH-DU_dan_van_kheo_binh_dinh_legacy_ocr.txt (legacy
OCR, restored), the sentences as written in real plans.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import SAMPLES

from vanban.conveyor import process_file
from vanban.export.checklist_text import render_checklist
from vanban.extract.checklist import build_checklist
from vanban.extract.deadlines import split_subject
from vanban.extract.folded import loose_key

PLAN_13 = SAMPLES / "13-KH-DU_dan_van_kheo_binh_dinh_legacy_ocr.txt"
TODAY = dt.date(2025, 9, 1)


@pytest.mark.parametrize("clause, who, what", [
    ("Đảng ủy tổ chức Hội nghị triển khai hướng dẫn", "Đảng ủy", "tổ chức Hội nghị triển khai hướng dẫn"),
    ("Dang uy to chuc hoi nghi trien khai huong dan", "Dang uy", "to chuc hoi nghi trien khai huong dan"),
    ("Ủy ban nhân dân xã tổ chức hội thi tìm hiểu pháp luật", "Ủy ban nhân dân xã",
     "tổ chức hội thi tìm hiểu pháp luật"),
    ("Hội Nông dân xã tổ chức hội thảo chuyển giao kỹ thuật", "Hội Nông dân xã",
     "tổ chức hội thảo chuyển giao kỹ thuật"),
    # "có nhiệm vụ" opens the duty as "có trách nhiệm" does (05/QĐ-UBND of the demo)
    ("Tổ công tác có nhiệm vụ tham mưu Chủ tịch Ủy ban nhân dân xã", "Tổ công tác",
     "có nhiệm vụ tham mưu Chủ tịch Ủy ban nhân dân xã"),
    ("Ban Chỉ đạo có nhiệm vụ chỉ đạo, đôn đốc các xã", "Ban Chỉ đạo", "có nhiệm vụ chỉ đạo, đôn đốc các xã"),
    # the noun readings stay: an association, a Party organisation
    ("Các tổ chức hội, đoàn thể tuyên truyền đến hội viên", "Các tổ chức hội, đoàn thể", "tuyên truyền đến hội viên"),
    ("Các tổ chức đảng quán triệt Nghị quyết", "Các tổ chức đảng", "quán triệt Nghị quyết"),
])
def test_to_chuc_hoi_nghi_is_a_task_not_part_of_a_name(clause, who, what):
    assert split_subject(clause) == (who, what)


@pytest.fixture(scope="module")
def plan13():
    return process_file(PLAN_13).extraction


def test_the_party_committees_two_meetings_are_its_tasks(plan13):
    items = build_checklist(plan13, TODAY)
    meetings = [it for it in items if "Hội nghị" in it.what and it.deadline and "tháng 10/2025" in it.deadline]
    assert [(it.who, it.what[:40], it.latest) for it in meetings] == [
        ("Đảng ủy", "tổ chức Hội nghị triển khai hướng dẫn", "2025-10-10"),
        ("Đảng ủy", "tổ chức Hội nghị chuyên đề cho ý kiến kế", "2025-10-31"),
    ]
    assert not any("Hội nghị" in it.who for it in items)


def test_one_heading_per_body_in_the_markdown_checklist(plan13):
    headings = [line[3:] for line in render_checklist(plan13, "md", today=TODAY).splitlines()
                if line.startswith("## ")]
    keys = [loose_key(h) for h in headings]
    assert len(keys) == len(set(keys)), headings
    assert loose_key("Ban Xây dựng Đảng") in keys


def test_the_working_group_of_the_demo_decision_is_one_body():
    ext = process_file(SAMPLES / "05-QD-UBND_to_cong_tac_de_an_06_text.pdf").extraction
    whos = {it.who for it in build_checklist(ext, TODAY)}
    assert whos == {"Tổ công tác"}

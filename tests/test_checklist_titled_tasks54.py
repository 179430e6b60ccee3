"""A task item titled by its heading, its body and time in fields below it, is a row of the checklist (session 54's
newcomer): 2623/QĐ-TTg's "II. NỘI DUNG" writes each task as "7. Xây dựng Quyết định của Thủ tướng Chính phủ ban
hành Chương trình quốc gia về bảo vệ dữ liệu cá nhân" / "- Cơ quan chủ trì: Bộ Công an." / "- Thời hạn ban hành: trước
ngày 31 tháng 12 năm 2026."; the phiếu (page, docx, ics, ``vanban checklist``) struck the rows whose task was the item's
heading, so II.1, II.2, II.7 and II.8 were missing while the archive held them. The titles and
dates below are the document's own (tests/fixtures/realdocs/2623-QD-TTg.md, read by hand)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import ROOT

from vanban.conveyor import process_file
from vanban.export import PlanPlaces, checklist_files
from vanban.export.struck_rows import struck_rows
from vanban.extract.checklist import ChecklistItem
from vanban.text import fold

PLAN_2623 = ROOT / "tests/fixtures/realdocs/2623-QD-TTg.md"
TODAY = dt.date(2026, 12, 7)

#: the eight tasks of "II. NỘI DUNG" (II.5 is two decrees), by the words each opens with
TITLES = ["Tổ chức tuyên truyền, phổ biến, giáo dục pháp luật về bảo vệ dữ liệu cá nhân",
          "Tổ chức tập huấn chuyên sâu, bồi dưỡng kiến thức pháp luật",
          "Biên soạn tài liệu phục vụ công tác phổ biến Luật",
          "gửi kết quả rà soát về Bộ Công an",
          # II.5's first decree by its title bullet (restored in ux55: the merge of ux54's dated-bullet rows cut the
          # title from its own "+ Nội dung" field, and the struck title row took the date with it)
          "Nghị định quy định chi tiết một số điều Luật Bảo vệ dữ liệu cá nhân",
          "bao gồm quy định chi tiết khoản 7 Điều 8",  # II.5's second decree, by its content
          "Xây dựng Cổng thông tin quốc gia về bảo vệ dữ liệu cá nhân",
          "Xây dựng Quyết định của Thủ tướng Chính phủ ban hành Chương trình quốc gia",
          "Tổ chức kiểm tra việc thi hành Luật"]


@pytest.fixture(scope="module")
def rendered():
    doc = process_file(PLAN_2623, jobs=1)
    return doc, checklist_files(doc.extraction, ["json", "md", "ics"], PlanPlaces.of_document(doc), today=TODAY)


def test_every_titled_task_is_a_row(rendered):
    doc, out = rendered
    items = json.loads(out["json"])["items"]
    md = " ".join(fold(out["md"]).lower().split())
    for title in TITLES:
        assert fold(title).lower() in md, title
    tts = {it["tt"].split(" ")[0] for it in items}
    assert {f"II.{k}" for k in range(1, 9)} <= tts
    # the checklist lists at least every obligation the archive stores
    assert len(items) >= len(doc.extraction.obligations)


def test_ii7_with_its_deadline_in_every_format(rendered):
    _, out = rendered
    items = json.loads(out["json"])["items"]
    ii7 = [it for it in items if "Chương trình quốc gia về bảo vệ dữ liệu" in it["what"]]
    assert ii7 and "31 tháng 12 năm 2026" in json.dumps(ii7, ensure_ascii=False)
    assert "Xây dựng Quyết định của Thủ tướng Chính phủ" in out["md"]
    assert "DTSTART;VALUE=DATE:20261231" in out["ics"].replace("\r\n ", "")


def _row(what, who):
    return ChecklistItem(who=who, what=what, deadline="năm 2025 và các năm tiếp theo", date=None, earliest=None,
                         latest=None, recurrence=None, targets=None, source=what)


def test_heading_of_a_charged_item_kept_a_part_heading_struck():
    from vanban.export.plan_places import PlanPlaces as Places

    heads = ["Tổ chức tập huấn chuyên sâu, bồi dưỡng kiến thức pháp luật, nghiệp vụ bảo vệ dữ liệu cá nhân",
             "Nội dung", "NỘI DUNG", "Các Sở quản lý ngành, lĩnh vực", "Quyết định"]
    text = "\n".join(heads) + "\n"
    places = Places({"body": {"parts": [{"label": str(k), "heading": h, "start": 0, "end": len(text)}
                                        for k, h in enumerate(heads, 1)]}}, text)
    # (84/2025/QĐ-UBND's bodies listed under "Cơ quan thực hiện nhiệm vụ": a heading of bodies, no task)
    rows = [_row(heads[0], "Bộ Công an"), _row("Nội dung", "(chưa xác định)"), _row("NỘI DUNG", "Bộ Công an"),
            _row(heads[3], "Cơ quan thực hiện nhiệm vụ"), _row(heads[4], "Sở Khoa học và Công nghệ")]
    assert [it.what for it in struck_rows(rows, places)[0]] == [heads[0]]

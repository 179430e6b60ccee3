"""A list of sectors a task is for is not the body that does it (the newcomer of session 29: 179-KH-UBND IV.7
"Đối với các ngành tài chính, ngân hàng, bảo hiểm, …: tập trung phát triển …" had "ngân hàng, bảo hiểm, …" as its
đơn vị chủ trì). Sentences below are my own wording of the kind, and the real plan's row."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import ROOT

from vanban.extract.checklist import UNKNOWN_BODY, ChecklistItem
from vanban.export.sector_rows import sector_rows


def _item(who, what, source):
    return ChecklistItem(who=who, what=what, deadline=None, date=None, earliest=None, latest=None, recurrence=None,
                         targets=None, source=source, start=0, end=len(source))


@pytest.mark.parametrize("who, source, body, task", [
    # sectors the task is about: no body; the task after the colon, less a closing lead-in to a list
    ("du lịch, thương mại", "Đối với các ngành nông nghiệp, du lịch, thương mại: đẩy mạnh ứng dụng nền tảng số trong "
     "quản lý và kinh doanh. Các nhiệm vụ cụ thể gồm", UNKNOWN_BODY,
     "Đẩy mạnh ứng dụng nền tảng số trong quản lý và kinh doanh"),
    ("y tế, giáo dục", "Đối với lĩnh vực y tế, giáo dục: triển khai hồ sơ sức khỏe điện tử và học bạ số cho toàn "
     "bộ học sinh", UNKNOWN_BODY, "Triển khai hồ sơ sức khỏe điện tử và học bạ số cho toàn bộ học sinh"),
    # bodies after "Đối với": as read
    ("các sở, ban, ngành", "Đối với các sở, ban, ngành: xây dựng kế hoạch chuyển đổi số của cơ quan mình",
     "các sở, ban, ngành", None),
    ("các ngành, các cấp", "Đối với các ngành, các cấp: quán triệt nội dung kế hoạch đến cán bộ, công chức",
     "các ngành, các cấp", None),
    ("Sở Y tế", "Đối với ngành y tế: Sở Y tế chủ trì triển khai bệnh án điện tử tại các bệnh viện",
     "Sở Y tế", None),
])
def test_sectors_are_no_body(who, source, body, task):
    what = source.split(":", 1)[1].strip()
    got = sector_rows([_item(who, what, source)])[0]
    assert got.who == body
    assert got.what == (task or what)


def test_the_real_plans_sector_list():
    from vanban.conveyor import process_file
    from vanban.export import PlanPlaces, checklist_file

    doc = process_file(ROOT / "tests/fixtures/realdocs/179-KH-UBND.md", jobs=1)
    rows = json.loads(checklist_file(doc.extraction, "json", PlanPlaces.of_document(doc),
                                     today=dt.date(2026, 3, 1)))["items"]
    assert not [r for r in rows if "ngân hàng, bảo hiểm" in r["who"]]
    row = [r for r in rows if r["what"].startswith("Tập trung phát triển kinh tế số và xã hội số trong từng ngành")]
    assert len(row) == 1 and row[0]["who"] == UNKNOWN_BODY
    assert not row[0]["what"].endswith("bao gồm")

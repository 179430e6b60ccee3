"""The "phiếu giao việc" columns a newcomer found empty or raw (and the archive that
disagreed with the checklist), on real inputs:

* Đơn vị phối hợp: 18-KH/ĐU's "Ban Xây dựng Đảng Đảng ủy xã chủ trì, phối hợp với Văn
  phòng Đảng ủy tham mưu …" (the demo plan's source text, samples/build_samples.py) and
  case 19's task table with its "Đơn vị phối hợp" column (tests/fixtures/cases);
* Thời hạn: a recurring deadline said in Vietnamese, never its RRULE;
* Chỉ tiêu: "… quán triệt … đến 100% cán bộ, đảng viên, hoàn thành trước ngày 15/3/2026";
* the archive's obligations table holds the checklist's rows: "Các chi bộ trực thuộc" has
  three deadlines (20/02/2026, 15/6/2026, 25/11 hằng năm) in both.
"""

from __future__ import annotations

import datetime as dt
import shutil

import icalendar
import pytest
from conftest import ROOT
from site_client import get, get_json

from vanban.archive import Archive
from vanban.conveyor import process_file
from vanban.export import PlanPlaces, checklist_csv, checklist_rows, with_plan_targets
from vanban.export.checklist_text import render_checklist
from vanban.extract.checklist import build_checklist
from vanban.extract.recurrence import describe, half_yearly, monthly, quarterly, yearly
from vanban.web.server import datasette_app

PLAN_18 = ROOT / "tests/fixtures/plans/kh_dang_uy_xa_chuyen_doi_so_2026.txt"  # samples' 18-KH/ĐU, as text
CASE_19 = ROOT / "tests/fixtures/cases/19-appendix-task-table/input.docx"
TODAY = dt.date(2026, 1, 1)
LEAD, PARTNERS, WHEN, TARGETS, WHAT = 2, 3, 4, 5, 1


@pytest.fixture(scope="module")
def plan18(tmp_path_factory):
    path = tmp_path_factory.mktemp("p18") / "18-KH-DU_chuyen_doi_so_2026.txt"
    shutil.copy(PLAN_18, path)
    return process_file(path)


@pytest.fixture(scope="module")
def rows18(plan18):
    # the rows ``vanban checklist`` gives: the task sentences no row covers included (with_plan_targets)
    places, targets = PlanPlaces.of_document(plan18), plan18.extraction.targets
    items, _ = with_plan_targets(build_checklist(plan18.extraction, TODAY), places, targets, TODAY)
    return checklist_rows(items, places, targets)


def row_of(rows, words):
    found = [r for r in rows if words in r[WHAT]]
    assert len(found) == 1, (words, [r[WHAT][:60] for r in rows])
    return found[0]


def test_partners_named_in_the_task_fill_their_column(rows18):
    row = row_of(rows18, "Tham mưu Ban Thường vụ")
    assert row[LEAD] == "Ban Xây dựng Đảng Đảng ủy xã"
    assert row[PARTNERS] == "Văn phòng Đảng ủy"


def test_partners_column_of_a_task_table_fills_their_column():
    ext = process_file(CASE_19).extraction
    rows = checklist_rows(build_checklist(ext, TODAY))
    got = {r[LEAD]: r[PARTNERS] for r in rows}
    assert got == {
        "Các Sở, ban, ngành; UBND các xã, phường": "Các cơ quan liên quan",
        "Sở Nông nghiệp và Môi trường": "Các tổ chức khai thác khoáng sản",
        "Công an tỉnh": "Các Sở, ban, ngành",
        "Các Sở, ngành, địa phương": "",  # the yearly report written under the table names none
    }
    assert "Các cơ quan liên quan" in checklist_csv(build_checklist(ext, TODAY))


@pytest.mark.parametrize("rule, said", [
    (yearly(11, 25), "hằng năm, ngày 25/11"),
    (yearly(6), "hằng năm, ngày cuối tháng 6"),
    (monthly(20), "ngày 20 hằng tháng"),
    (quarterly(), "hằng quý, ngày cuối quý"),
    (half_yearly(5), "định kỳ 6 tháng, ngày 5"),
    ("FREQ=WEEKLY;BYDAY=FR", "thứ Sáu hằng tuần"),
    ("FREQ=DAILY", "hằng ngày"),
    (None, ""),
])
def test_rrule_said_in_vietnamese(rule, said):
    assert describe(rule) == said


def test_recurring_deadline_is_said_not_its_rrule(plan18, rows18):
    assert "hằng năm, ngày 25/11" in row_of(rows18, "Báo cáo năm")[WHEN]
    assert "ngày 25 hằng tháng" in row_of(rows18, "Xây dựng cơ sở dữ liệu đất đai")[WHEN]
    assert not any("FREQ=" in r[WHEN] for r in rows18)
    md = render_checklist(plan18.extraction, "md", today=TODAY)
    assert "FREQ=" not in md and "lặp lại hằng năm, ngày 25/11" in md
    cal = icalendar.Calendar.from_ical(render_checklist(plan18.extraction, "ics", today=TODAY))
    descs = [str(e.get("description")) for e in cal.walk("VEVENT")]
    assert any("Lặp lại: hằng năm, ngày 25/11" in d for d in descs)
    assert any(e.get("rrule") for e in cal.walk("VEVENT"))  # the machine's rule stays in RRULE


def test_targets_written_in_a_dated_task_fill_chi_tieu(rows18):
    row = row_of(rows18, "quán triệt Nghị quyết số 57-NQ/TW")
    assert "100%" in row[TARGETS] and "cán bộ" in row[TARGETS]
    # "đến 100% thôn, xóm" is the other clause's figure, not this task's
    assert row_of(rows18, "Xây dựng cơ sở dữ liệu đất đai")[TARGETS] == ""


CHI_BO = [("2026-02-20", "trước ngày 20/02/2026"), ("2026-06-15", "trước ngày 15/6/2026"),
          ("2026-11-25", "trước ngày 25 tháng 11 hằng năm")]


@pytest.fixture(scope="module")
def served(plan18, tmp_path_factory):
    db = tmp_path_factory.mktemp("a18") / "archive.db"
    with Archive(db) as a:
        doc_id = a.store(plan18)
    return datasette_app(db), doc_id


def test_archive_stores_the_checklists_rows(served, rows18):
    ds, doc_id = served
    found = get_json(ds, "/archive/nhiem_vu_cua.json?_shape=array&don_vi=chi+bo")
    assert sorted((r["han"], r["thoi_han"]) for r in found) == CHI_BO
    assert all(r["don_vi"] == "Các chi bộ trực thuộc" for r in found)
    partners = get_json(ds, "/archive/nhiem_vu_cua.json?_shape=array&don_vi=ban+xay+dung+dang")
    # one row per task with its own due date, as the checklist lists them (session 18): the partner is the
    # "chủ trì, phối hợp với Văn phòng Đảng ủy tham mưu …" task's, not the "tổng hợp kết quả …" one's
    assert sorted((r["nhiem_vu"].split()[0], r["don_vi_phoi_hop"]) for r in partners) == [
        ("chủ", "Văn phòng Đảng ủy"), ("tổng", None)]
    # the page's Word download and the CLI's list the same rows, columns filled alike
    r = get(ds, f"/-/vanban/checklist/{doc_id}.docx")
    assert r.status_code == 200
    import io

    from docx import Document

    table = Document(io.BytesIO(r.content)).tables[0]
    web = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert len(web) == len(rows18)
    assert sorted((w[LEAD], w[PARTNERS], w[TARGETS]) for w in web) == sorted(
        (c[LEAD], c[PARTNERS], c[TARGETS]) for c in rows18)
    assert not any("FREQ=" in w[WHEN] for w in web)
    page = get(ds, f"/archive/documents/{doc_id}").text
    assert "FREQ=" not in page and "hằng năm, ngày 25/11" in page
    assert "(phối hợp: Văn phòng Đảng ủy)" in page


@pytest.mark.parametrize("what, units", [
    # realdocs tune/spent sentences (bench/gold), each a way the units are named and end
    ("khẩn trương chủ trì, phối hợp với Bộ Dân tộc và Tôn giáo, Bộ Tài chính và các cơ quan liên quan, hoàn thiện",
     "Bộ Dân tộc và Tôn giáo, Bộ Tài chính và các cơ quan liên quan"),  # 623-TB-VPCP
    ("chủ trì, phối hợp với Bộ Xây dựng để làm rõ sự cần thiết", "Bộ Xây dựng"),  # 623-TB-VPCP: a verb in a name
    ("Phối hợp chặt chẽ với Công an thành phố nâng cao hiệu quả thực hiện Kết luận", "Công an thành phố"),  # 153-KH
    ("Phối hợp với Sở Công Thương và các đơn vị liên quan thẩm định, tham mưu UBND tỉnh",
     "Sở Công Thương và các đơn vị liên quan"),  # 0129-KH-UBND
    ("Phối hợp UBND các xã, phường cập nhật thiệt hại nông nghiệp", "UBND các xã, phường"),  # 0129-KH-UBND
    ("chủ trì, phối hợp Bộ Tài chính xem xét việc khen thưởng", "Bộ Tài chính"),  # 627-TB-VPCP
    ("chủ trì, phối hợp với các Bộ, cơ quan liên quan và các địa phương; Rà soát các mặt hàng",
     "các Bộ, cơ quan liên quan và các địa phương"),  # 226-CD-TTg
    ("Là cơ quan đầu mối, chủ trì, phối hợp với các cơ quan, đơn vị, địa phương tham mưu Ủy ban nhân dân Tỉnh",
     "các cơ quan, đơn vị, địa phương"),  # 617-KH-UBND
    ("phối hợp Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi: hướng dẫn",
     "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"),  # 1627-QD-UBND
    ("phối hợp tuyên truyền và giám sát việc tổ chức thực hiện Nghị quyết", None),  # 70-2025-NQ-HDND: no units
    ("tiếp tục chủ động phối hợp, hướng dẫn Bộ Y tế", None),  # 637-TB-VPCP: "phối hợp, hướng dẫn" is the task
])
def test_partners_of_real_sentences(what, units):
    from vanban.extract.partners import partners_in

    assert partners_in(what) == units

"""Checklist rows of real plans' layouts (session 32's newcomer, session 33), on plans written for these tests in
their wording (tests/fixtures/struct33/kh_xa_an_phu_struct33.md and its plain-text form, kh_xa_binh_minh_linh_vuc.md):

* a bullet whose first line breaks inside a body's name ("- Tham mưu trình Chủ tịch" / "UBND xã phân bổ …") is one
  row, its first line no heading cut off;
* a task block's "Đơn vị thực hiện:" / "Đơn vị phối hợp:" lines give the row's body and partners, and no row of
  their own;
* "Phối hợp chặt chẽ với cấp ủy, chính quyền các cấp, …": the partners are the bodies, not the word "cấp";
* an item's own closed task sentence before its bullets is a row, and so is each bullet;
* a pointer to the appendix ("Các nhiệm vụ cụ thể tại Phụ lục kèm theo") is no row when the appendix's rows are;
* a sector's tasks take the body "Tổ chức thực hiện" gives that area of work ("… trong lĩnh vực y tế của Kế hoạch").
"""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from conftest import ROOT

from vanban.conveyor import process_file
from types import SimpleNamespace

from vanban.export import PlanPlaces, checklist_rows, with_plan_targets
from vanban.export.plan_tasks import APPENDIX_POINTER_RE
from vanban.extract.checklist import UNKNOWN_BODY, build_checklist
from vanban.extract.partners import partners_in
from vanban.text import fold_flat

PLANS = ROOT / "tests/fixtures/struct33"
TODAY = dt.date(2027, 1, 1)


def _rows(path, tmp_path_factory):
    dst = tmp_path_factory.mktemp("p") / path.name
    shutil.copy(path, dst)
    doc = process_file(dst)
    places, targets = PlanPlaces.of_document(doc), doc.extraction.targets
    items, _ = with_plan_targets(build_checklist(doc.extraction, TODAY), places, targets, TODAY)
    # the phiếu's rows as a clerk reads them: TT, nội dung, đơn vị chủ trì, phối hợp
    return [SimpleNamespace(tt=r[0], what=r[1], who=r[2], partners=r[3] or None)
            for r in checklist_rows(items, places, targets)]


@pytest.fixture(scope="module", params=["kh_xa_an_phu_struct33.md", "kh_xa_an_phu_struct33.txt"])
def an_phu(request, tmp_path_factory):
    return _rows(PLANS / request.param, tmp_path_factory)


def _one(items, opening):
    found = [it for it in items if (it.what or "").startswith(opening)]
    assert len(found) == 1, [it.what for it in items]
    return found[0]


def test_wrapped_bullet_is_one_row(an_phu):
    row = _one(an_phu, "Tham mưu trình Chủ tịch UBND xã phân bổ kinh phí")
    assert row.who == "Phòng Kinh tế xã"
    row = _one(an_phu, "Tổ chức chốt kiểm dịch")
    assert row.partners == "Ban Chỉ huy Quân sự xã, Công an xã"


def test_labelled_unit_lines_give_body_and_partners(an_phu):
    row = _one(an_phu, "Tổ chức giám sát chặt chẽ")
    assert row.who == "Phòng Kinh tế xã, Trạm Khuyến nông"
    assert row.partners == "Ban Chỉ huy Quân sự xã, Công an xã"
    for opening in ("Tổ chức tiêm phòng đợt 1", "Lập sổ theo dõi tiêm phòng"):
        row = _one(an_phu, opening)
        assert (row.who, row.partners) == ("Trạm Khuyến nông xã", "Trưởng các thôn")
    assert not [it for it in an_phu if fold_flat(it.what or "").startswith(("phong kinh te xa, tram", "tram khuyen"))]
    assert not [it for it in an_phu if it.who == UNKNOWN_BODY]


def test_partners_are_bodies_not_a_word(an_phu):
    row = _one(an_phu, "Phối hợp chặt chẽ với cấp ủy")
    assert row.partners == "cấp ủy, chính quyền các cấp"
    assert partners_in("Phối hợp chặt chẽ với cấp ủy địa phương vận động Nhân dân …") == "cấp ủy địa phương"
    # the press is a body; the joiner the names stop at is not kept
    assert partners_in("Phối hợp cơ quan báo chí và mạng xã hội đưa tin kịp thời về lịch tiêm phòng") == "cơ quan báo chí"


def test_closed_lead_and_its_bullets_are_rows(an_phu):
    lead = _one(an_phu, "Rà soát tổng đàn gia súc")
    assert lead.who == "Các thôn trên địa bàn xã" and "Tuyên truyền" not in lead.what
    for opening in ("Tuyên truyền người chăn nuôi", "Vận động các hộ chăn nuôi"):
        assert _one(an_phu, opening).who == "Các thôn trên địa bàn xã"


def test_sector_tasks_take_the_body_of_their_area(tmp_path_factory):
    items = _rows(PLANS / "kh_xa_binh_minh_linh_vuc.md", tmp_path_factory)
    assert _one(items, "Triển khai hồ sơ sức khỏe điện tử").who == "Trạm Y tế xã"
    assert _one(items, "Ứng dụng phần mềm quản lý tiêm chủng").who == "Trạm Y tế xã"
    assert _one(items, "Triển khai học bạ số").who == "Văn phòng HĐND và UBND xã"
    assert _one(items, "Bồi dưỡng kỹ năng số cho giáo viên").who == "Văn phòng HĐND và UBND xã"
    assert _one(items, "Theo dõi, tổng hợp kết quả").who == "Phòng Kinh tế xã"


@pytest.mark.parametrize("sentence, pointer", [
    ("Các nhiệm vụ cụ thể tại Phụ lục kèm theo", True),
    ("Nhiệm vụ, giải pháp chi tiết theo Phụ lục I đính kèm", True),
    ("(Có Phụ lục kèm theo)", True),
    ("Rà soát, bổ sung danh mục thủ tục tại Phụ lục kèm theo Quyết định số 12/QĐ-UBND trước ngày 30/6", False),
])
def test_appendix_pointer_wording(sentence, pointer):
    assert bool(APPENDIX_POINTER_RE.match(fold_flat(sentence).strip(" ."))) is pointer


def test_appendix_pointer_is_no_row_beside_the_appendix_rows(tmp_path_factory):
    items = _rows(ROOT / "tests/fixtures/cases/19-appendix-task-table/input.docx", tmp_path_factory)
    assert not [it for it in items if "Phụ lục" in (it.what or "") and it.who == UNKNOWN_BODY]
    assert [it for it in items if (it.who or "").startswith("Công an tỉnh")]

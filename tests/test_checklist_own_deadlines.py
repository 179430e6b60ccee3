"""Each task of the checklist with its own deadline (newcomer run, session 13).

* "1. Các ban, ngành xã: a) Xây dựng kế hoạch cụ thể, gửi về … trong thời hạn 10 ngày kể từ ngày nhận
  Kế hoạch này. b) Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo kết quả …" (real: 153-KH-UBND
  row 1) was one row, the plan-writing task "Hạn 15/12": the block's one obligation (the labelled
  convention) carries its earliest date, which is the report's. The checklist lists the report with
  its date and the plan-writing task without one; the deadline's own task starts after "b)".
* 13-KH/ĐU (demo, legacy OCR): "- Tổ chức quán triệt …" got the "25/11" of the block's last dash item
  "- Định kỳ gửi báo cáo … trước ngày 25 tháng 11 …" (the tasks clipped before it).
* 18-KH/ĐU (demo): "Hỗ trợ hợp tác xã … lên sàn thương mại điện tử; mỗi thôn thành lập Tổ công nghệ số
  cộng đồng, hoàn thành trước ngày 30/4/2026": only the dated clause was listed, the first lost.
* 302/2025/NĐ-CP: "Năm tài chính của Quỹ bắt đầu từ ngày 01 tháng 01 và kết thúc vào ngày 31 tháng 12."
  defines a period; it was listed as a task due 31/12.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import SAMPLES

from vanban.conveyor import process_file
from vanban.extract import extract
from vanban.extract.checklist import build_checklist, task_rows

TODAY = dt.date(2025, 11, 20)

PLAN_AB = """ỦY BAN NHÂN DÂN XÃ TÂN TIẾN
Số: 71/KH-UBND
Tân Tiến, ngày 17 tháng 11 năm 2025
KẾ HOẠCH
Phòng, chống ma túy
IV. TỔ CHỨC THỰC HIỆN
1. Các ban, ngành xã: a) Xây dựng kế hoạch cụ thể, gửi về Ủy ban nhân dân xã trong thời hạn 10 ngày kể từ ngày nhận Kế hoạch này. b) Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo kết quả về Ủy ban nhân dân xã.
"""


def test_inline_items_each_keep_their_own_deadline():
    ext = extract(PLAN_AB)
    (d,) = ext.deadlines
    assert d.what == "báo cáo kết quả về Ủy ban nhân dân xã"
    rows = {it.what.rstrip(" ."): it.deadline for it in build_checklist(ext, TODAY) if it.who == "Các ban, ngành xã"}
    assert rows == {
        "báo cáo kết quả về Ủy ban nhân dân xã": "trước ngày 15 tháng 12",
        # the run-in "a) … b) …" labels are split into items since session 54 (structure/inline_items.py), so the
        # row's task no longer carries its "a) " label
        "Xây dựng kế hoạch cụ thể, gửi về Ủy ban nhân dân xã trong thời hạn 10 ngày kể từ ngày nhận Kế hoạch này": None,
    }
    # the extraction keeps one obligation for the block (the labelled convention), due on its earliest date
    (ob,) = ext.obligations
    assert ob.deadline and ob.deadline.date == "2025-12-15"
    assert task_rows(ext) == task_rows(type(ext)(**{**ext.__dict__, "obligations": tuple(task_rows(ext))}))


PLAN_153 = """ỦY BAN NHÂN DÂN
THÀNH PHỐ CẦN THƠ
Số: 153/KH-UBND
Cần Thơ, ngày 20 tháng 11 năm 2025
KẾ HOẠCH
Triển khai, thực hiện các dự án thuộc Chương trình phòng, chống ma túy

IV. TỔ CHỨC THỰC HIỆN

1. Các sở, ban, ngành thành phố và Ủy ban nhân dân xã, phường

a) Căn cứ chức năng và nhiệm vụ được giao tại Kế hoạch này, xây dựng
kế hoạch cụ thể, gửi kế hoạch về Ủy ban nhân dân thành phố (qua Công an thành
phố) trong thời hạn 10 ngày kể từ ngày nhận Kế hoạch này.

b) Định kỳ hằng năm (trước
ngày 15 tháng 12) báo cáo kết quả về Ủy ban nhân dân thành phố (qua Công an
thành phố) để tổng hợp chung.
"""


def test_sub_items_report_row_gets_the_date_not_the_plan_row():
    items = [it for it in build_checklist(extract(PLAN_153), TODAY)
             if it.who == "Các sở, ban, ngành thành phố và Ủy ban nhân dân xã, phường"]
    dated = [it for it in items if it.deadline]
    assert len(dated) == 1 and dated[0].what.startswith("báo cáo kết quả về Ủy ban nhân dân thành phố")
    undated = [it for it in items if not it.deadline]
    assert len(undated) == 1 and "xây dựng kế hoạch cụ thể" in undated[0].what


@pytest.fixture(scope="module")
def plan13():
    return process_file(SAMPLES / "13-KH-DU_dan_van_kheo_binh_dinh_legacy_ocr.txt").extraction


def test_report_deadline_is_not_the_first_dash_items(plan13):
    items = build_checklist(plan13, dt.date(2025, 9, 1))
    due_25_11 = [it for it in items if it.deadline and "25 tháng 11" in it.deadline]
    assert len(due_25_11) == 1
    assert due_25_11[0].what.startswith("Định kỳ gửi báo cáo kết quả")
    first = [it for it in items if it.what.startswith("Tổ chức quán triệt")]
    assert first and all(it.deadline is None for it in first)


def test_clause_beside_a_dated_clause_is_listed():
    plan = (SAMPLES.parent / "tests" / "fixtures" / "plans" / "kh_dang_uy_xa_chuyen_doi_so_2026.txt").read_text()
    whats = [it.what for it in build_checklist(extract(plan), TODAY)]
    assert "Hỗ trợ hợp tác xã, hộ sản xuất đưa sản phẩm OCOP và nông sản chủ lực của xã lên sàn thương mại điện tử" in whats
    assert "Phối hợp với doanh nghiệp viễn thông phủ sóng di động băng rộng đến 100% thôn, xóm" in whats
    assert any(w.startswith("mỗi thôn thành lập Tổ công nghệ số cộng đồng") for w in whats)


def test_a_period_defined_is_no_deadline():
    text = ("CHÍNH PHỦ\nSố: 302/2025/NĐ-CP\nHà Nội, ngày 17 tháng 11 năm 2025\nNGHỊ ĐỊNH\nQuy định chi tiết về Quỹ nhà ở quốc gia\n\n"
            "Điều 10. Chế độ tài chính và quản lý, sử dụng tài sản của Quỹ\n\n1.\n"
            "Năm tài chính của Quỹ bắt đầu từ ngày 01 tháng 01 và kết thúc vào ngày 31 tháng\n12.\n\n"
            "2. Quỹ báo cáo Bộ Xây dựng trước ngày 31 tháng 3 hằng năm.\n")
    ext = extract(text)
    assert [d.date or d.latest for d in ext.deadlines] == ["2026-03-31"]


def test_a_row_whose_task_is_only_its_date_is_listed():
    # dl.txt of the newcomer run: "2. Phòng Tài chính - Kế hoạch hoàn thành trong tháng 12/2026." (no task words)
    text = ("ỦY BAN NHÂN DÂN XÃ TÂN TIẾN\nSố: 131/KH-UBND\nTân Tiến, ngày 10 tháng 11 năm 2025\nKẾ HOẠCH\n"
            "Phòng, chống dịch bệnh năm 2026\nII. TỔ CHỨC THỰC HIỆN\n"
            "1. Phòng Nội vụ báo cáo kết quả chậm nhất ngày 10/12/2026.\n"
            "2. Phòng Tài chính - Kế hoạch hoàn thành trong tháng 12/2026.\n"
            "3. Phòng Văn hóa - Thông tin tổ chức tuyên truyền đến hết năm 2026.\n")
    items = build_checklist(extract(text), TODAY)
    assert {it.who for it in items} >= {"Phòng Nội vụ", "Phòng Văn hóa - Thông tin"}
    assert "Phòng Văn hóa" not in {it.who for it in items}

"""A plan's schedule and quota tables in the phiếu giao việc, read as the clerk who hands it out (session 31).

* a month table ("IV. LỊCH THỰC HIỆN THEO THÁNG", its rows named "Tháng 9/2026", no TT column) numbers its rows 1, 2, …
  under its part ("IV.1", "IV.2": session 32, a table's rows carry the part they stand in) and cites them under the part whose heading it follows ("Mục IV, bảng, dòng 1"), not "tr. 1" alone with a row count
  run on from the tasks above;
* one month cell with a day in its words and its own deadline ("Khai giảng ngày 05/9/2026; …; xong trước ngày
  30/9/2026") is one task of its body, due by the cell's deadline, not a row per date;
* a quota table per thôn ("III. CHỈ TIÊU GIAO CHO CÁC THÔN") is the Chỉ tiêu of the row that carries out "chỉ tiêu
  được giao tại mục III", not a list under the phiếu's title;
* a quota table under an item "2. Chỉ tiêu giao cho các chi hội" is the Chỉ tiêu of the row of "Các chi hội";
* a Công văn's table of late units under its item 1 numbered 1, 2, 3 while its items 2 and 3 charge other bodies:
  the table's rows are "1.1"–"1.3", the items "2" and "3" (not "2 (1)", "2 (2)").

The plan is written for this test; the expected rows are read from it by hand.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from vanban.conveyor import process_file
from vanban.export import PlanPlaces, checklist_csv, with_plan_targets
from vanban.extract.checklist import build_checklist

TODAY = dt.date(2026, 8, 1)

PLAN = """UBND XÃ AN PHÚ
TRƯỜNG TIỂU HỌC AN PHÚ
Số: 31/KH-THAP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Phú, ngày 20 tháng 8 năm 2026

KẾ HOẠCH
Thực hiện nhiệm vụ năm học 2026 - 2027

I. MỤC ĐÍCH, YÊU CẦU
1. Hoàn thành các nhiệm vụ năm học đúng tiến độ.

II. NHIỆM VỤ CHỦ YẾU
1. Thực hiện chương trình giáo dục phổ thông theo đúng khung thời gian năm học.

III. CHỈ TIÊU GIAO CHO CÁC THÔN

| TT | Thôn | Số trẻ 6 tuổi ra lớp 1 (trẻ) |
|---|---|---|
| 1 | Thôn Bình Minh | 42 |
| 2 | Thôn Hòa Lạc | 37 |

IV. LỊCH THỰC HIỆN THEO THÁNG

| Tháng | Nội dung | Người phụ trách |
|---|---|---|
| Tháng 9/2026 | Tổ chức khai giảng năm học ngày 05/9/2026; kiện toàn tổ chuyên môn; tổ chức Hội nghị viên chức xong trước ngày 30/9/2026. | Hiệu trưởng |
| Tháng 10/2026 | Tổ chức thao giảng, dự giờ đợt 1; thành lập câu lạc bộ năng khiếu. | Phó Hiệu trưởng |

V. TỔ CHỨC THỰC HIỆN
1. Trưởng các thôn phối hợp với nhà trường vận động trẻ ra lớp; phấn đấu hoàn thành chỉ tiêu được giao tại mục III; báo cáo kết quả về nhà trường trước ngày 15/9/2026.
2. Hiệu trưởng báo cáo sơ kết học kỳ I về UBND xã trước ngày 20/01/2027.

Nơi nhận:
- UBND xã;
- Lưu: VT.
HIỆU TRƯỞNG
Trần Văn Bình
"""


def _plan_docx(path, plan=PLAN):
    """``plan`` as a Word file: its pipe tables as Word tables (a plan's month table is a Word table)."""
    from docx import Document

    doc = Document()
    lines = plan.splitlines()
    k = 0
    while k < len(lines):
        if not lines[k].startswith("|"):
            if lines[k].strip():
                doc.add_paragraph(lines[k])
            k += 1
            continue
        rows = []
        while k < len(lines) and lines[k].startswith("|"):
            if not lines[k].startswith("|---"):
                rows.append([c.strip() for c in lines[k].strip("|").split("|")])
            k += 1
        table = doc.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                table.cell(i, j).text = text
    doc.save(path)
    return path


def _phieu_of(path) -> tuple[list[dict[str, str]], list[str]]:
    """The CSV phiếu's rows of the plan at ``path`` (as ``vanban checklist`` builds them) and the targets no row took."""
    doc = process_file(path, jobs=1)
    places = PlanPlaces.of_document(doc)
    items, left = with_plan_targets(build_checklist(doc.extraction, TODAY), places, doc.extraction.targets, TODAY)
    text = checklist_csv(items, places, doc.extraction.targets)
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")))), left


@pytest.fixture(scope="module")
def phieu(tmp_path_factory):
    return _phieu_of(_plan_docx(tmp_path_factory.mktemp("schedule") / "31-KH-THAP.docx"))


def _rows(phieu, words):
    return [r for r in phieu[0] if words in r["Nội dung công việc"]]


def test_a_month_cell_is_one_task_due_by_its_own_deadline(phieu):
    (row,) = _rows(phieu, "kiện toàn tổ chuyên môn")
    assert row["Đơn vị chủ trì"] == "Hiệu trưởng"
    assert row["Hạn (yyyy-mm-dd)"] == "2026-09-30"


def test_month_rows_are_numbered_and_cited_under_their_part(phieu):
    (first,) = _rows(phieu, "kiện toàn tổ chuyên môn")
    (second,) = _rows(phieu, "thao giảng")
    assert (first["TT"], second["TT"]) == ("IV.1", "IV.2")
    assert first["Căn cứ / nguồn"].startswith("Mục IV, bảng, dòng 1"), first["Căn cứ / nguồn"]
    assert second["Căn cứ / nguồn"].startswith("Mục IV, bảng, dòng 2"), second["Căn cứ / nguồn"]


def test_the_quota_table_is_the_chi_tieu_of_the_row_that_carries_it_out(phieu):
    rows, left = phieu
    carrier = [r for r in _rows(phieu, "chỉ tiêu được giao tại mục III")]
    assert carrier and carrier[0]["Đơn vị chủ trì"] == "Trưởng các thôn"
    quotas = carrier[0]["Chỉ tiêu"]
    assert "42" in quotas and "Bình Minh" in quotas and "37" in quotas and "Hòa Lạc" in quotas
    assert not any("Bình Minh" in x for x in left)


UNION_PLAN = """HỘI NÔNG DÂN XÃ AN PHÚ
Số: 12-KH/HND
An Phú, ngày 05 tháng 01 năm 2027

KẾ HOẠCH
Phát động thi đua năm 2027

I. MỤC ĐÍCH, YÊU CẦU
1. Phong trào thi đua thiết thực, hiệu quả.

II. NỘI DUNG, CHỈ TIÊU THI ĐUA
1. Thi đua sản xuất, kinh doanh giỏi.
2. Chỉ tiêu giao cho các chi hội

| TT | Chi hội | Kết nạp hội viên mới (người) |
|---|---|---|
| 1 | Chi hội thôn Đông | 25 |
| 2 | Chi hội thôn Tây | 18 |

III. TỔ CHỨC THỰC HIỆN
1. Ban Thường vụ Hội Nông dân xã theo dõi, đôn đốc việc thực hiện chỉ tiêu thi đua; báo cáo Đảng ủy xã trước ngày 15/12/2027.
2. Các chi hội xây dựng kế hoạch thi đua tại chi hội, gửi Ban Thường vụ trước ngày 15/02/2027.

Nơi nhận:
- Lưu: VP.
CHỦ TỊCH
Lê Văn Nam
"""


def test_a_quota_table_goes_to_the_bodies_its_item_names(tmp_path):
    rows, left = _phieu_of(_plan_docx(tmp_path / "12-KH-HND.docx", UNION_PLAN))
    (chi_hoi,) = [r for r in rows if r["Đơn vị chủ trì"] == "Các chi hội"]
    assert "25" in chi_hoi["Chỉ tiêu"] and "thôn Tây" in chi_hoi["Chỉ tiêu"], chi_hoi["Chỉ tiêu"]
    assert not any("thôn Đông" in r["Chỉ tiêu"] for r in rows if r is not chi_hoi)
    assert not any("thôn Đông" in x for x in left)


LATE_UNITS = """VĂN PHÒNG HUYỆN ỦY
Số 88-CV/VPHU
V/v đôn đốc gửi báo cáo quý III năm 2027
An Phú, ngày 02 tháng 10 năm 2027

Kính gửi: Các đảng ủy xã, thị trấn.

1. Các đơn vị chưa gửi báo cáo quý III (có danh sách dưới đây) khẩn trương hoàn thành.

| TT | Đơn vị | Báo cáo còn thiếu | Thời hạn gửi |
|---|---|---|---|
| 1 | Đảng ủy xã An Bình | Báo cáo kết quả công tác quý III | Trước ngày 06/10/2027 |
| 2 | Đảng ủy xã An Hòa | Báo cáo kết quả công tác quý III | Trước ngày 06/10/2027 |
| 3 | Đảng ủy thị trấn An Phú | Báo cáo tình hình tư tưởng quý III | Trước ngày 07/10/2027 |

2. Ban Tổ chức Huyện ủy tổng hợp kết quả kiểm điểm, báo cáo Thường trực Huyện ủy trước ngày 15/10/2027.
3. Phòng Tổng hợp, Văn phòng Huyện ủy theo dõi, đôn đốc, tổng hợp báo cáo trước ngày 20/10/2027.

Nơi nhận:
- Lưu: VP.
CHÁNH VĂN PHÒNG
Hoàng Minh Tâm
"""


def test_a_late_unit_table_is_numbered_apart_from_the_items(tmp_path):
    rows, _ = _phieu_of(_plan_docx(tmp_path / "88-CV-VPHU.docx", LATE_UNITS))
    tt = {r["Đơn vị chủ trì"]: r["TT"] for r in rows}
    assert (tt["Đảng ủy xã An Bình"], tt["Đảng ủy xã An Hòa"], tt["Đảng ủy thị trấn An Phú"]) == ("1.1", "1.2", "1.3")
    assert tt["Ban Tổ chức Huyện ủy"] == "2" and tt["Phòng Tổng hợp, Văn phòng Huyện ủy"] == "3", tt

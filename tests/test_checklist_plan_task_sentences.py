"""A plan's tasks part states most tasks with no body and no date; each such task sentence is a row of the checklist
(body "(chưa xác định)", undated, its own sentence as source, a "Định kỳ 6 tháng" cycle read as its Hạn) — session
28: the demo plan's III.3 and III.5 had no row. Not rows: the item headings, the aims part, the organisation part's
sentences beyond their own rows.

The plan below is my own wording of the kind (a commune's plan on digital records), not a document's words.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from vanban.conveyor import process_file
from vanban.export import PlanPlaces, checklist_file

TODAY = dt.date(2026, 3, 1)

PLAN = """ĐẢNG ỦY XÃ AN PHÚ
ĐẢNG CỘNG SẢN VIỆT NAM
Số 31-KH/ĐU
An Phú, ngày 10 tháng 02 năm 2026

KẾ HOẠCH
số hóa hồ sơ lưu trữ năm 2026

I. MỤC ĐÍCH, YÊU CẦU

1. Nâng cao nhận thức của cán bộ, đảng viên về số hóa hồ sơ lưu trữ.

II. NHIỆM VỤ TRỌNG TÂM

1. Số hóa hồ sơ

Lập danh mục hồ sơ cần số hóa của các ban, ngành xã, hoàn thành trước ngày 30/4/2026. Chuyển toàn bộ sổ hộ tịch đã \
lập sang dạng điện tử; tra cứu hồ sơ qua phần mềm dùng chung. Trong đó, ưu tiên các sổ hộ tịch chỉ còn bản giấy.

2. Bảo quản dữ liệu

Kho lưu trữ của xã bao gồm hồ sơ giấy và hồ sơ điện tử. Sao lưu dữ liệu hồ sơ điện tử ra thiết bị lưu trữ riêng. Định kỳ 6 tháng kiểm tra tình trạng bảo quản dữ liệu \
của các ban, ngành xã.

III. TỔ CHỨC THỰC HIỆN

1. Văn phòng Đảng ủy chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch; báo cáo kết quả trước ngày 15/12/2026.

2. Các chi bộ trực thuộc xây dựng kế hoạch thực hiện, gửi về Văn phòng Đảng ủy trước ngày 10/3/2026.

T/M ĐẢNG ỦY
BÍ THƯ

Nguyễn Văn Bình
"""


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    path = tmp_path_factory.mktemp("plan") / "31-KH-DU_so_hoa.txt"
    path.write_text(PLAN, encoding="utf-8")
    doc = process_file(path)
    return json.loads(checklist_file(doc.extraction, "json", PlanPlaces.of_document(doc), today=TODAY))["items"]


def test_each_undated_task_sentence_of_the_tasks_part_has_a_row(rows):
    unnamed = [r for r in rows if r["who"] == "(chưa xác định)"]
    whats = [r["what"] for r in unnamed]
    for task in ("Chuyển toàn bộ sổ hộ tịch đã lập sang dạng điện tử",
                 "Sao lưu dữ liệu hồ sơ điện tử ra thiết bị lưu trữ riêng",
                 "Định kỳ 6 tháng kiểm tra tình trạng bảo quản dữ liệu"):
        assert sum(w.startswith(task) for w in whats) == 1, (task, whats)
    cycle = next(r for r in unnamed if r["what"].startswith("Định kỳ 6 tháng"))
    assert cycle["deadline"] == "Định kỳ 6 tháng" and cycle["date"] is None
    sao_luu = next(r for r in unnamed if r["what"].startswith("Sao lưu"))
    assert sao_luu["source"].startswith("Sao lưu dữ liệu") and sao_luu["deadline"] is None


def test_the_dated_sentence_keeps_its_one_row_and_headings_aims_and_organisation_give_none(rows):
    texts = [r["what"] for r in rows]
    assert sum("Lập danh mục hồ sơ" in w for w in texts) == 1
    assert not any(w.startswith(("Số hóa hồ sơ", "Bảo quản dữ liệu", "Nâng cao nhận thức")) for w in texts)
    assert all(r["who"] != "(chưa xác định)" or "Văn phòng Đảng ủy" not in r["what"] for r in rows)
    # an elaboration of the task before it and a statement of what a thing holds are no tasks
    assert not any(w.startswith(("Trong đó", "Kho lưu trữ")) for w in texts)

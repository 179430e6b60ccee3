"""The checklist of real published plans as an office reader reads it (session 33's newcomer, prod34c).

Kinds, each with a plan written here in the kind's wording (none copied from the real documents or the gold sets):

* a report whose due phrase stands between its verb and its matter ("báo cáo 03 lần/ngày (trước 8h00’ và 17h00’) về
  số hộ đã nhận hàng gửi UBND tỉnh") is one row with its matter, not a row "Báo cáo" (0129-KH-UBND IV.10);
* the press and the media named as partners in lower case ("Phối hợp cơ quan báo chí và hệ thống truyền thanh cơ sở
  thông tin kịp thời …") are the row's Đơn vị phối hợp whole; its task opens with its verb, not with "Và …"
  (0129-KH-UBND IV.11);
* a task block's "Thời gian thực hiện: Thường xuyên." line is its rows' Thời hạn, each bullet's row keeps it; an item
  whose task is a paragraph under its title with "- Đơn vị chủ trì:" lines below has a row of that task (141-KH-UBND
  III.1, III.3, III.9);
* a maxim or a bar set on a subject ("Không có … thì không thể …", "Phát triển số không được đánh đổi …") is no task
  row (144-KH-UBND V.6, V.7.c);
* a part whose text announces its items as tasks ("Các nhiệm vụ trọng tâm bao gồm:") under a heading that names none
  ("IV. PHÁT TRIỂN … THEO LĨNH VỰC") is read as tasks; a task opening a list of bullets with its colon is one row
  with them (179-KH-UBND IV);
* a part that says how things stand ("1. Hiện trạng") inside a tasks part holds no tasks (987-KH-UBND II.1);
* the time limits of a list of administrative procedures ("Thời hạn giải quyết: 15 ngày kể từ …") are no targets of
  the decision that publishes it (3850-QD-UBND);
* a funding total over its lines whose subject is the funds themselves, without "Tổng" ("Kinh phí thực hiện … là
  9.000 triệu đồng, trong đó:"), is a target as the "Tổng kinh phí …" one is.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from conftest import ROOT

from vanban.conveyor import process_file
from vanban.export import PlanPlaces, checklist_file
from vanban.export.plan_tasks import is_task
from vanban.extract import extract
from vanban.extract.partners import partners_in

TODAY = dt.date(2027, 3, 1)
PLAN_141 = ROOT / "tests/fixtures/realdocs/141-KH-UBND.md"

_HEAD = """| ỦY BAN NHÂN DÂN TỈNH AN PHÚ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
|---|---|
| Số: {number} | Độc lập - Tự do - Hạnh phúc |
| | An Phú, ngày 10 tháng 01 năm 2027 |

"""
_TAIL = """
| Nơi nhận: <br>- Lưu: VT. | TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH<br><br>Lê Văn Hòa |
|---|---|
"""

RELIEF = _HEAD.format(number="15/KH-UBND") + """**KẾ HOẠCH**

**Cấp phát hàng cứu trợ cho người dân vùng ngập**

**I. MỤC ĐÍCH, YÊU CẦU**

Bảo đảm người dân vùng ngập có đủ lương thực, nước uống.

**II. TỔ CHỨC THỰC HIỆN**

**1. UBND các xã, thị trấn:**

- Rà soát, lập danh sách hộ cần cứu trợ; vận động nguồn lực tại chỗ; báo cáo 03 lần/ngày (trước 8h00’ và 17h00’) về số hộ đã nhận hàng gửi UBND tỉnh (qua Sở Công Thương).

**2. Hội Chữ thập đỏ tỉnh:**

- Tiếp nhận hàng cứu trợ của các nhà hảo tâm.

- Phối hợp cơ quan báo chí và hệ thống truyền thanh cơ sở thông tin kịp thời về danh sách hộ được cứu trợ.
""" + _TAIL

BLOCKS = _HEAD.format(number="22/KH-UBND") + """**KẾ HOẠCH**

**Nâng cao chất lượng công tác hòa giải ở cơ sở năm 2027**

**I. MỤC ĐÍCH, YÊU CẦU**

Nâng cao kỹ năng của hòa giải viên ở cơ sở.

**II. NHIỆM VỤ, GIẢI PHÁP**

**1. Kiện toàn tổ hòa giải ở cơ sở**

- Định kỳ rà soát số lượng hòa giải viên của từng tổ hòa giải.

- Bổ sung hòa giải viên là người có uy tín trong cộng đồng dân cư.

*Đơn vị chủ trì: *UBND các xã, thị trấn.

*Đơn vị phối hợp: *Sở Tư pháp.

*Thời gian thực hiện: *Thường
xuyên.

""" + _TAIL

SECTORS = _HEAD.format(number="31/KH-UBND") + """**KẾ HOẠCH**

**Ứng dụng công nghệ số theo lĩnh vực giai đoạn 2027 - 2030**

**I. MỤC TIÊU**

Đến năm 2030, 100% trường học dùng sổ điểm điện tử.

**II. ỨNG DỤNG CÔNG NGHỆ SỐ THEO LĨNH VỰC**

Ứng dụng công nghệ số trong từng lĩnh vực, cụ thể như sau:

**1. Giáo dục**

Số hóa hoạt động dạy và học ở các trường. Các nhiệm vụ trọng tâm bao gồm:

a) Triển khai sổ điểm điện tử và học bạ số tại các trường phổ thông trên địa bàn tỉnh.

b) Xây dựng kho học liệu số dùng chung của tỉnh, bao gồm:

- Bài giảng điện tử các môn học;

- Ngân hàng câu hỏi kiểm tra, đánh giá.

**2. Nông nghiệp**

Các nhiệm vụ trọng tâm bao gồm:

a) Hướng dẫn hợp tác xã ghi nhật ký sản xuất điện tử cho vùng trồng lúa.

**III. TỔ CHỨC THỰC HIỆN**

Phát triển kinh tế số phải đi đôi với bảo vệ môi trường. Không có dữ liệu sạch thì không thể có quản trị số hiệu quả.

Sở Khoa học và Công nghệ theo dõi, đôn đốc các sở, ngành thực hiện Kế hoạch này.
""" + _TAIL

PROCEDURES = _HEAD.format(number="410/QĐ-UBND") + """**QUYẾT ĐỊNH**

**Công bố danh mục thủ tục hành chính lĩnh vực đất đai**

**Điều 1.** Công bố kèm theo Quyết định này danh mục 02 thủ tục hành chính lĩnh vực đất đai.

**Điều 2.** Giao Sở Nông nghiệp và Môi trường xây dựng quy trình nội bộ giải quyết các thủ tục hành chính nêu tại Điều 1.

**DANH MỤC THỦ TỤC HÀNH CHÍNH**

| TT | Mã TTHC | Tên thủ tục hành chính | Thời hạn giải quyết | Cách thức thực hiện |
|---|---|---|---|---|
| 1 | 1.00123 | Đăng ký biến động đất đai | 15 ngày kể từ ngày nhận đủ hồ sơ | Nộp trực tiếp |
| 2 | 1.00124 | Cấp đổi giấy chứng nhận | 07 ngày làm việc kể từ ngày nhận đủ hồ sơ | Nộp trực tuyến |
""" + _TAIL


def _rows(tmp_path, name: str, text: str) -> list[dict]:
    path = tmp_path / f"{name}.md"
    path.write_text(text, encoding="utf-8")
    doc = process_file(path, jobs=1)
    out = checklist_file(doc.extraction, "csv", PlanPlaces.of_document(doc), today=TODAY)
    return list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))


@pytest.fixture(scope="module")
def tmp(tmp_path_factory):
    return tmp_path_factory.mktemp("plans34")


def test_a_report_keeps_its_matter_written_after_its_due_phrase(tmp):
    rows = _rows(tmp, "relief", RELIEF)
    whats = [r["Nội dung công việc"] for r in rows]
    assert "Báo cáo" not in whats
    (report,) = [r for r in rows if r["Nội dung công việc"].startswith("Báo cáo")]
    assert report["Nội dung công việc"] == "Báo cáo về số hộ đã nhận hàng gửi UBND tỉnh (qua Sở Công Thương)"
    assert report["Thời hạn"].startswith("03 lần/ngày (trước 8h00’ và 17h00’)")


def test_the_press_and_the_media_are_the_partners_whole(tmp):
    rows = _rows(tmp, "relief", RELIEF)
    (row,) = [r for r in rows if "danh sách hộ được cứu trợ" in r["Nội dung công việc"]]
    assert row["Đơn vị phối hợp"] == "cơ quan báo chí và hệ thống truyền thanh cơ sở"
    assert row["Nội dung công việc"] == "Thông tin kịp thời về danh sách hộ được cứu trợ"
    assert not [r for r in rows if r["Nội dung công việc"].startswith("Và ")]


def test_partners_named_in_lower_case_and_a_verb_that_is_none():
    assert partners_in("Phối hợp cơ quan báo chí và hệ thống truyền thông thông tin kịp thời về tiến độ") == \
        "cơ quan báo chí và hệ thống truyền thông"
    assert partners_in("Phối hợp với hệ thống truyền thanh cơ sở tuyên truyền lịch cấp phát") == \
        "hệ thống truyền thanh cơ sở"
    assert partners_in("Phối hợp hệ thống hóa các văn bản về hòa giải") is None  # "hệ thống hóa": the task's verb


def test_a_task_blocks_time_line_is_its_rows_due(tmp):
    rows = _rows(tmp, "blocks", BLOCKS)
    by_task = {r["Nội dung công việc"]: r for r in rows}
    for task in ("Định kỳ rà soát số lượng hòa giải viên của từng tổ hòa giải",
                 "Bổ sung hòa giải viên là người có uy tín trong cộng đồng dân cư"):
        assert by_task[task]["Đơn vị chủ trì"] == "UBND các xã, thị trấn"
        assert by_task[task]["Đơn vị phối hợp"] == "Sở Tư pháp"
        assert by_task[task]["Thời hạn"] == "Thường xuyên"


def test_an_items_paragraph_under_its_title_is_its_task():
    # 141-KH-UBND as published (copied into tests/fixtures/realdocs): item III.9 prints its task as a paragraph under its
    # bold title, then "- Đơn vị chủ trì: Sở Tư pháp." / "- Đơn vị phối hợp: …" / "- Thời gian thực hiện: Hằng năm."
    doc = process_file(PLAN_141, jobs=1)
    out = checklist_file(doc.extraction, "csv", PlanPlaces.of_document(doc), today=TODAY)
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    (row,) = [r for r in rows if r["TT"] == "III.9"]
    assert row["Nội dung công việc"].startswith("Tham mưu, đề xuất tổ chức Đoàn của tỉnh")
    assert row["Đơn vị chủ trì"] == "Sở Tư pháp"
    assert row["Đơn vị phối hợp"].startswith("Văn phòng UBND tỉnh")
    assert row["Thời hạn"].startswith("Hằng năm")
    # each block's "Thời gian thực hiện: Thường xuyên." line is its rows' Thời hạn (III.1 … III.3, III.7)
    for tt in ("III.1", "III.2", "III.3 (1)", "III.3 (2)", "III.7 (1)"):
        (r,) = [r for r in rows if r["TT"] == tt]
        assert r["Thời hạn"] == "Thường xuyên", tt
    (ai,) = [r for r in rows if r["Nội dung công việc"].startswith("Ra mắt AI pháp luật")]
    assert ai["Thời hạn"].startswith("Tháng 12/2025")  # a dated time line stays the deadline it is


def test_a_maxim_or_a_bar_on_a_subject_is_no_task():
    assert not is_task("Không có dữ liệu sạch thì không thể có quản trị số hiệu quả.")
    assert not is_task("Chuyển đổi số không được đánh đổi quyền riêng tư của người dân.")
    assert is_task("Thực hiện nghiêm, không được chậm trễ trong việc cấp phát hàng.")
    assert is_task("Tổ chức tập huấn cho hòa giải viên, không được trễ hơn tháng 5.")
    assert is_task("Tổ chức tập huấn không được trễ hơn tháng 5/2027.")


def test_a_part_announcing_its_tasks_is_read_as_tasks(tmp):
    rows = _rows(tmp, "sectors", SECTORS)
    whats = [r["Nội dung công việc"] for r in rows]
    assert any(w.startswith("Triển khai sổ điểm điện tử và học bạ số") for w in whats)
    assert any(w.startswith("Hướng dẫn hợp tác xã ghi nhật ký sản xuất điện tử") for w in whats)
    # the task that opens a list with its colon is one row with its bullets
    (library,) = [w for w in whats if "kho học liệu số" in w]
    assert library.startswith("Xây dựng kho học liệu số dùng chung của tỉnh, bao gồm:")
    assert "Ngân hàng câu hỏi kiểm tra, đánh giá" in library
    assert not [w for w in whats if w.startswith(("Bài giảng điện tử", "Ngân hàng câu hỏi"))]
    # the maxim of its closing part is no row
    assert not [w for w in whats if w.startswith("Không có dữ liệu sạch")]


def test_a_procedure_lists_time_limits_are_no_targets_of_the_decision(tmp):
    rows = _rows(tmp, "procedures", PROCEDURES)
    assert not [r for r in rows if r["Chỉ tiêu"] and "ngày" in r["Chỉ tiêu"]]


_FUNDS = ("ỦY BAN NHÂN DÂN\nXÃ BÌNH AN\nSố: 12/KH-UBND\nBình An, ngày 05 tháng 3 năm 2027\n\nKẾ HOẠCH\n"
          "Sửa chữa nhà văn hóa các thôn năm 2027\n\n")


def test_a_funding_total_without_tong_over_its_lines():
    body = ("III. KINH PHÍ\n\nKinh phí sửa chữa nhà văn hóa các thôn năm 2027 là 1.800 triệu đồng, trong đó:\n\n"
            "- Ngân sách xã: 1.100 triệu đồng;\n- Nhân dân đóng góp: 700 triệu đồng.\n")
    got = [(t.min, t.max, t.unit) for t in extract(_FUNDS + body).targets]
    assert got == [(1800, 1800, "triệu đồng"), (1100, 1100, "triệu đồng"), (700, 700, "triệu đồng")]
    # a breakdown run on in the sentence (no lines) stays a budget's means, as before
    run_on = ("III. KINH PHÍ\n\nKinh phí dự kiến là 1.800 triệu đồng, trong đó ngân sách xã 1.100 triệu đồng, "
              "nhân dân đóng góp 700 triệu đồng.\n")
    assert [t.text for t in extract(_FUNDS + run_on).targets] == []


STATE = _HEAD.format(number="40/KH-UBND") + """**KẾ HOẠCH**

**Phủ sóng 5G tại các cụm công nghiệp năm 2027**

**I. MỤC ĐÍCH, YÊU CẦU**

Bảo đảm các cụm công nghiệp có sóng 5G ổn định.

**II. NỘI DUNG THỰC HIỆN**

**1. Hiện trạng**

Các cụm công nghiệp của tỉnh đã có cáp quang đến hàng rào, nhiều doanh nghiệp
đã dùng thiết bị kết nối Internet vạn vật trong sản xuất.

**2. Nhiệm vụ**

Lắp đặt trạm phát sóng 5G tại các cụm công nghiệp có trên 20 doanh nghiệp hoạt động.
""" + _TAIL


def test_a_tasks_parts_state_of_things_is_no_task(tmp):
    # 987-KH-UBND's "II. NỘI DUNG THỰC HIỆN ⏎ 1. Hiện trạng ⏎ Nghệ An hiện có nhiều KCN …" listed as task rows
    whats = [r["Nội dung công việc"] for r in _rows(tmp, "state", STATE)]
    assert not [w for w in whats if w.startswith("Các cụm công nghiệp của tỉnh đã có cáp quang")]
    assert any(w.startswith("Lắp đặt trạm phát sóng 5G tại các cụm công nghiệp") for w in whats)

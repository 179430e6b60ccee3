"""Lists a stray full stop cut into sentences, and a task table's rows under a numbered part, on the phiếu giao việc
(session 32, the session-31 newcomer's findings on 179-KH-UBND and 1026-KH-UBND).

* a label's list of spending categories ("Nguồn kinh phí thường xuyên chi để thực hiện …: Soạn thảo, …. Khảo sát,
  …. Thuê, …; các nhiệm vụ khác …") is no task: none of its sentences is a row "(chưa xác định)"; the sentence after
  the list's closing "các … khác" in the same paragraph is a task again;
* a task whose colon opens a member list ("Kiện toàn Tổ công tác …, gồm: …, Phòng Tài chính - Kế hoạch. Phòng Văn
  hóa và Thông tin, …") is one row holding its whole list, not a second row of names;
* a sentence opening "Kinh phí …" that states what funds go to is no task;
* a task table under "III. NHIỆM VỤ" numbers its rows 1, 2: the phiếu's TT carries the part, "III.1", "III.2".

The plan is written for this test; the expected rows are read from it by hand. Read end to end: the conveyor, the
CLI's Word phiếu read back with python-docx, and the Datasette document page and .docx through its test client.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document

from vanban.cli import cli

PLAN = """ỦY BAN NHÂN DÂN XÃ BÌNH AN

Số: 52/KH-UBND

Bình An, ngày 10 tháng 3 năm 2027

**KẾ HOẠCH**

**Chuyển đổi số xã Bình An năm 2027**

**I. MỤC TIÊU**

1. Đưa dịch vụ công trực tuyến đến mọi hộ gia đình trong xã.

**II. NHIỆM VỤ, GIẢI PHÁP**

**1. Tổ chức bộ máy**

- Kiện toàn Tổ công tác chuyển đổi số của xã, gồm: Tổ trưởng là Chủ tịch UBND xã; Tổ phó là Phó Chủ tịch UBND
xã; thành viên gồm Văn phòng HĐND và UBND xã, Phòng Tài chính - Kế hoạch. Phòng Văn hóa và Thông tin, Trạm Y tế
xã, Công an xã và Trường Tiểu học Bình An.

- Mở lớp bồi dưỡng kỹ năng số cho cán bộ, công chức của xã.

**2. Bảo đảm kinh phí**

- Nguồn kinh phí thường xuyên chi để thực hiện kế hoạch: Soạn thảo, ban hành quy chế nội bộ về chuyển đổi số.
Khảo sát, thống kê, đánh giá mức độ chuyển đổi số của thôn. Thuê, mua phần mềm dùng chung; số hóa hồ sơ lưu trữ;
các nhiệm vụ khác thuộc Kế hoạch có tính chất chi thường xuyên. Ưu tiên thuê dịch vụ công nghệ thông tin thay vì tự
đầu tư xây dựng.

- Kinh phí đầu tư dành cho hạ tầng mạng, máy chủ, thiết bị đầu cuối của bộ phận một cửa.

**III. NHIỆM VỤ CỤ THỂ**

| **TT** | **Nội dung** | **Đơn vị chủ trì** | **Thời hạn** |
|---|---|---|---|
| 1 | Lắp đặt mạng Wi-Fi miễn phí tại nhà văn hóa các thôn | Văn phòng HĐND và UBND xã | Trước 30/6/2027 |
| 2 | Số hóa sổ hộ tịch lưu trữ từ năm 2000 | Công chức Tư pháp - Hộ tịch | Trước 30/9/2027 |

**IV. TỔ CHỨC THỰC HIỆN**

1. Văn phòng HĐND và UBND xã theo dõi, tổng hợp, báo cáo UBND xã kết quả thực hiện trước ngày 15/12/2027.

Nơi nhận:
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn Hòa
"""

UNKNOWN = "(chưa xác định)"


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cut_lists") / "52-KH-UBND.md"
    path.write_text(PLAN, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def word_rows(plan_file) -> list[dict[str, str]]:
    """The CLI's Word phiếu, its table read back with python-docx, one dict a row by the header's names."""
    out = plan_file.with_suffix(".docx")
    got = CliRunner().invoke(cli, ["checklist", str(plan_file), "--format", "docx", "-o", str(out), "-j", "1"])
    assert got.exit_code == 0, got.output
    table = Document(str(out)).tables[-1]
    head = [c.text for c in table.rows[0].cells]
    return [dict(zip(head, (c.text for c in r.cells))) for r in table.rows[1:]]


def _with(rows, words):
    return [r for r in rows if words in " ".join(r["Nội dung công việc"].split())]


def test_spending_categories_cut_by_full_stops_are_no_rows(word_rows):
    for words in ("Khảo sát, thống kê", "Thuê, mua phần mềm", "Soạn thảo, ban hành quy chế"):
        assert not _with(word_rows, words), (words, [r["Nội dung công việc"] for r in word_rows])


def test_the_task_after_the_list_closer_is_a_row(word_rows):
    (row,) = _with(word_rows, "Ưu tiên thuê dịch vụ công nghệ thông tin")
    assert row["Đơn vị chủ trì"] == UNKNOWN


def test_a_funding_statement_is_no_row(word_rows):
    assert not _with(word_rows, "Kinh phí đầu tư dành cho hạ tầng mạng")


def test_a_member_list_cut_by_a_full_stop_stays_in_its_task(word_rows):
    assert not [r for r in word_rows if r["Nội dung công việc"].startswith("Phòng Văn hóa và Thông tin")]
    (row,) = _with(word_rows, "Kiện toàn Tổ công tác chuyển đổi số")
    assert "Trường Tiểu học Bình An" in row["Nội dung công việc"], row["Nội dung công việc"]


def test_the_other_task_of_the_part_stays_a_row(word_rows):
    assert len(_with(word_rows, "Mở lớp bồi dưỡng kỹ năng số")) == 1


def test_a_task_table_under_a_numbered_part_carries_the_part_in_its_tt(word_rows):
    (wifi,) = _with(word_rows, "Lắp đặt mạng Wi-Fi")
    (hotich,) = _with(word_rows, "Số hóa sổ hộ tịch")
    assert (wifi["TT"], hotich["TT"]) == ("III.1", "III.2")
    assert wifi["Đơn vị chủ trì"] == "Văn phòng HĐND và UBND xã"
    assert hotich["Đơn vị chủ trì"] == "Công chức Tư pháp - Hộ tịch"


def test_the_document_page_and_its_word_file_read_alike(plan_file, tmp_path):
    from site_client import page_and_word_rows

    shown, word = page_and_word_rows(plan_file, tmp_path / "archive.db")
    table = [(r.cells[0].text, r.cells[2].text) for r in word]
    assert [tt for tt, _ in shown] == [tt for tt, _ in table]
    assert ("III.1", "Văn phòng HĐND và UBND xã") in shown
    assert not [r for r in word if "Khảo sát, thống kê" in r.cells[1].text]

"""A plan's task table after the numbered items of its part: its caption is the table's and its rows have the
table's own place in the phiếu (the session-35 newcomer's findings).

* a caption over the table ("Bảng 2. Phân công thực hiện", bold and centred in a Word file; "Bảng tổng hợp nhiệm vụ:"
  on a plain line) is no text of the last item above it — the phiếu's row of that item said "…; Bảng phân công
  nhiệm vụ";
* the table's rows, numbered 1, 2, 3 as the part's items are, are "IV.bảng.1" … in the TT column, not "IV.1 (2)"
  beside the item IV.1 (their "Căn cứ / nguồn" says "Mục IV, bảng, dòng 1"); a table under a part with no items of
  its own keeps "III.1" (tests/test_checklist_cut_lists.py).

The plan is written for this test; the expected rows are read from it by hand. Read end to end: python-docx writes
the Word file, the CLI reads it, its CSV is read back.
"""

from __future__ import annotations

import csv
import io

import pytest
from captioned_docx import captioned_docx
from click.testing import CliRunner

from vanban.cli import cli

HEAD = ["ỦY BAN NHÂN DÂN XÃ HƯNG LỘC", "Số: 77/KH-UBND", "Hưng Lộc, ngày 04 tháng 01 năm 2028"]
ITEMS = [
    ("KẾ HOẠCH", "title"),
    ("Phòng chống dịch bệnh trên đàn gia súc năm 2028", None),
    ("I. MỤC ĐÍCH", "heading"),
    ("1. Chủ động khống chế dịch bệnh, không để lây lan diện rộng.", None),
    ("IV. TỔ CHỨC THỰC HIỆN", "heading"),
    ("1. Phòng Kinh tế xã tham mưu kế hoạch tiêm phòng vụ Xuân, trình UBND xã trước ngày 20/02/2028.", None),
    ("2. Trạm Y tế xã phối hợp tuyên truyền phòng bệnh lây từ động vật sang người.", None),
    ("3. Ban Chăn nuôi thú y xã tổng hợp số lượng đàn gia súc, báo cáo Phòng Kinh tế trước ngày 15/3/2028.", None),
]
ROWS = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"],
    ["1", "Tiêm vắc xin lở mồm long móng cho đàn trâu, bò", "Thú y viên xã", "Tháng 4/2028"],
    ["2", "Tiêu độc khử trùng chuồng trại đợt 1", "Các trưởng thôn", "Trước 30/5/2028"],
    ["3", "Kiểm tra vận chuyển gia súc qua địa bàn", "Công an xã", "Quý III/2028"],
]
TAIL = ["Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Thị Mai"]


def _docx(path, caption: str, bold_centred: bool):
    return captioned_docx(path, HEAD, [(text, bool(kind)) for text, kind in ITEMS], caption, ROWS, TAIL,
                          caption_centred=bold_centred, caption_bold=bold_centred)


def _rows(path) -> list[dict[str, str]]:
    got = CliRunner().invoke(cli, ["checklist", str(path), "--format", "csv", "-o", "-", "-j", "1"])
    assert got.exit_code == 0, got.output
    body = got.output[got.output.index("TT,"):]
    return list(csv.DictReader(io.StringIO(body)))


@pytest.mark.parametrize("caption, bold_centred", [
    ("Bảng 2. Phân công thực hiện", True),
    ("Bảng tổng hợp nhiệm vụ:", False),
    ("PHÂN CÔNG THỰC HIỆN", True),
])
def test_the_caption_is_the_tables_and_its_rows_have_the_tables_place(tmp_path, caption, bold_centred):
    rows = _rows(_docx(tmp_path / "77-KH-UBND.docx", caption, bold_centred))
    (last,) = [r for r in rows if r["Đơn vị chủ trì"] == "Ban Chăn nuôi thú y xã" and "đàn gia súc" in r["Nội dung công việc"]]
    assert last["TT"] == "IV.3"
    assert caption.split()[0].lower() not in last["Nội dung công việc"].lower(), last["Nội dung công việc"]
    by_task = {r["Nội dung công việc"]: r for r in rows}
    vaccine = by_task["Tiêm vắc xin lở mồm long móng cho đàn trâu, bò"]
    assert (vaccine["TT"], vaccine["Đơn vị chủ trì"]) == ("IV.bảng.1", "Thú y viên xã")
    assert vaccine["Căn cứ / nguồn"].startswith("Mục IV, bảng, dòng 1")
    assert by_task["Tiêu độc khử trùng chuồng trại đợt 1"]["TT"] == "IV.bảng.2"
    assert by_task["Kiểm tra vận chuyển gia súc qua địa bàn"]["TT"] == "IV.bảng.3"
    assert not [r["TT"] for r in rows if "(" in r["TT"]]  # no row told apart by a count: each has its own place

"""The task of a deadline read from a DOCX task table is the row's task cell (the Nội dung), as the checklist shows.

A newcomer's archive held deadlines whose ``what`` was a whole row run together: "2 Báo cáo kết quả tiêm chủng
Trung tâm Kiểm soát bệnh tật tỉnh Các đơn vị liên quan Hằng quý Sở Y tế sẽ tổng hợp, báo cáo UBND tỉnh" for the
sentence under the table "Sở Y tế sẽ tổng hợp, báo cáo UBND tỉnh trước ngày 20/12/2026." (a table's cells end
without a full stop, so the sentence ran back into the last row), and "31/03/2026 Mục III.1 Văn phòng … III.1
Tổng hợp báo cáo UBND thành phố" for a date written in a row's task cell instead of its due cell.
"""

from __future__ import annotations

from pathlib import Path

import pytest

docx = pytest.importorskip("docx")

from vanban.conveyor import process_file  # noqa: E402


def _plan(path: Path, rows: list[tuple[str, ...]], after: str) -> Path:
    d = docx.Document()
    head = d.add_table(rows=2, cols=2)
    head.cell(0, 0).text = "UBND TỈNH HÀ TĨNH\nSỞ Y TẾ"
    head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    head.cell(1, 0).text = "Số: 512/SYT-NVY\nV/v triển khai tiêm chủng mở rộng năm 2026"
    head.cell(1, 1).text = "Hà Tĩnh, ngày 10 tháng 3 năm 2026"
    d.add_paragraph("Kính gửi: Trung tâm Y tế các huyện, thị xã, thành phố.")
    d.add_paragraph("Sở Y tế đề nghị các đơn vị thực hiện các nhiệm vụ cụ thể được giao như bảng sau:")
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_paragraph(after)
    sig = d.add_table(rows=1, cols=2)
    sig.cell(0, 0).text = "Nơi nhận:\n- Như trên;\n- Lưu: VT, NVY."
    sig.cell(0, 1).text = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nTrần Thị Mai"
    d.save(path)
    return path


HEADER = ("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành")


def _deadlines(path: Path) -> dict[str, str | None]:
    return {d.text: d.what for d in process_file(path).extraction.deadlines}


def test_a_sentence_under_the_table_does_not_take_its_last_row(tmp_path: Path) -> None:
    rows = [HEADER,
            ("1", "Tổ chức chiến dịch tiêm vắc xin sởi", "Trung tâm Y tế các huyện", "Phòng Y tế", "Trước ngày 30/6/2026"),
            ("2", "Báo cáo kết quả tiêm chủng", "Trung tâm Kiểm soát bệnh tật tỉnh", "Các đơn vị liên quan", "Hằng quý")]
    got = _deadlines(_plan(tmp_path / "cv.docx", rows,
                           "Sở Y tế sẽ tổng hợp, báo cáo UBND tỉnh trước ngày 20/12/2026."))
    assert got["trước ngày 20/12/2026"] == "tổng hợp, báo cáo UBND tỉnh"
    assert got["Trước ngày 30/6/2026"] == "Tổ chức chiến dịch tiêm vắc xin sởi"


def test_a_date_in_the_task_cell_falls_due_with_the_rows_task(tmp_path: Path) -> None:
    rows = [HEADER,
            ("1", "Rà soát, lập danh sách trẻ chưa tiêm đủ mũi", "Trạm Y tế các xã", "", "Trước ngày 15/4/2026"),
            ("2", "Tổ chức tiêm bù cho trẻ chưa tiêm đủ mũi, hoàn thành trong quý II/2026", "Trung tâm Y tế các huyện",
             "Trạm Y tế các xã", ""),
            ("3", "Tổng hợp kết quả tiêm bù", "Trung tâm Kiểm soát bệnh tật tỉnh", "", "Trước ngày 15/7/2026")]
    got = _deadlines(_plan(tmp_path / "kh.docx", rows, "Đề nghị các đơn vị triển khai thực hiện./."))
    whats = {w for t, w in got.items() if "II/2026" in t}
    assert whats == {"Tổ chức tiêm bù cho trẻ chưa tiêm đủ mũi"}, got  # the task without its date

"""A task table whose unit cell is merged over several rows (Word's vertical merge) gives every row its unit.

The session-14 end newcomer's Kế hoạch (a ward's Tết plan written in Word) merged "Phòng Văn hóa - Thông tin" over
tasks I.1 and I.2 and "Phòng Văn hóa - Xã hội" over II.1 and II.2: row I.2 disappeared and II.2 had no unit. The
plan is rebuilt here with python-docx in the same layout; the expected rows are read off the table.
"""

from __future__ import annotations

from pathlib import Path

import docx


def _plan(path: Path) -> Path:
    d = docx.Document()
    for line in ("ỦY BAN NHÂN DÂN", "PHƯỜNG ĐỨC GIANG", "Số: 150/KH-UBND", "Đức Giang, ngày 20 tháng 12 năm 2026", "",
                 "KẾ HOẠCH", "Tổ chức các hoạt động mừng Xuân năm 2027", ""):
        d.add_paragraph(line)
    rows = [("STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Ghi chú"),
            ("1", "Treo cờ Tổ quốc trên các tuyến phố chính", "Phòng Văn hóa - Thông tin", "Các tổ dân phố",
             "Trước ngày 25/01/2027", ""),
            ("2", "Tổ chức chương trình văn nghệ chào Xuân", "", "Đoàn Thanh niên phường", "Ngày 30/01/2027", ""),
            ("3", "Thăm, tặng quà gia đình chính sách", "Phòng Văn hóa - Xã hội", "Ủy ban MTTQ phường",
             "Trước ngày 03/02/2027", ""),
            ("4", "Tổng hợp, báo cáo kết quả", "", "", "Trước ngày 20/02/2027", "")]
    t = d.add_table(rows=len(rows), cols=6)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    t.cell(1, 2).merge(t.cell(2, 2))  # python-docx keeps the top cell's text
    t.cell(3, 2).merge(t.cell(4, 2))
    for line in ("", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Bùi Thanh Sơn"):
        d.add_paragraph(line)
    out = path / "kh150.docx"
    d.save(out)
    return out


def test_a_unit_merged_over_rows_is_each_rows_unit(tmp_path: Path):
    from vanban.conveyor import process_file

    doc = process_file(_plan(tmp_path), jobs=1)
    rows = sorted((o.who, o.deadline.date if o.deadline else None) for o in doc.extraction.obligations)
    assert rows == [("Phòng Văn hóa - Thông tin", "2027-01-25"), ("Phòng Văn hóa - Thông tin", "2027-01-30"),
                    ("Phòng Văn hóa - Xã hội", "2027-02-03"), ("Phòng Văn hóa - Xã hội", "2027-02-20")]

"""A Markdown pipe table inside a .txt file, read as the table it is.

A newcomer's 45-KH/ĐU (tests/fixtures/newcomer15/kh45_pipes.txt) ends with a Phụ lục whose task table was copied from a
web page into the .txt with its pipes: "| TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn
thành |", "|---|---|…", then one row per line. vanban gave rows of raw "| … |" text under "(chưa xác định)"; the same
table tab-separated (kh45_tabs.txt), as .md or in a DOCX was read right. Read by hand: row 1 "Số hóa hồ sơ đảng viên" is
Văn phòng Đảng ủy xã's with Các chi bộ, due before 30/6/2027; row 2 Phòng Kinh tế's with Công an xã in Quý III/2027.
"""

from __future__ import annotations

from conftest import ROOT

from vanban.conveyor import process_file
from vanban.extract import extract

DIR = ROOT / "tests/fixtures/newcomer15"


def rows(ext):
    return {(o.who, o.what, o.partners, o.deadline.text if o.deadline else None) for o in ext.obligations}


def test_the_pipe_rows_are_task_rows():
    got = rows(process_file(DIR / "kh45_pipes.txt", jobs=1).extraction)
    assert ("Văn phòng Đảng ủy xã", "Số hóa hồ sơ đảng viên", "Các chi bộ", "Trước ngày 30/6/2027") in got
    assert ("Phòng Kinh tế", "Xây dựng cơ sở dữ liệu đất đai của xã", "Công an xã", "Quý III/2027") in got
    assert not any("|" in (who or "") + what for who, what, _, _ in got)


def test_pipes_and_tabs_give_the_same_checklist():
    pipes = process_file(DIR / "kh45_pipes.txt", jobs=1).extraction
    tabs = process_file(DIR / "kh45_tabs.txt", jobs=1).extraction
    assert rows(pipes) == rows(tabs)
    assert not any("|" in o.span.sentence for o in pipes.obligations)


def test_an_empty_cell_keeps_its_column():
    text = ("KẾ HOẠCH\nThực hiện chuyển đổi số năm 2027\n\nIV. NHIỆM VỤ CỤ THỂ\n\n"
            "| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |\n"
            "|:---:|---|---|---|---|\n"
            "| 1 | Rà soát dữ liệu hộ nghèo | Công chức Văn hóa - Xã hội | | Tháng 3/2027 |\n"
            "| 2 | Cập nhật bản đồ số | Công chức Địa chính - Xây dựng | Các thôn | Quý II/2027 |\n")
    got = rows(extract(text))
    assert ("Công chức Văn hóa - Xã hội", "Rà soát dữ liệu hộ nghèo", None, "Tháng 3/2027") in got
    assert ("Công chức Địa chính - Xây dựng", "Cập nhật bản đồ số", "Các thôn", "Quý II/2027") in got

"""A task table's deadline: its task is the row's Nội dung, its words the due cell's.

A due cell holding a bare period ("Năm 2026", "Tháng 8/2026") is read after its column's name;
that name leaked into the deadline: text "hạn hoàn thành: Năm 2026" and what "Thời" (the header
"Thời hạn hoàn thành" cut at its cue), shown as "— Thời (Phòng Sở hữu trí tuệ)" (issue #9 review).
And a task's due phrase "…, hoàn thành trước ngày 30/4/2026" left ", hoàn thành" in the task once
the date was dropped. Wording in the style of a Sở's kế hoạch (KH-SKHCN) and an UBND tỉnh's
kế hoạch; the expected values are read off the rows.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract
from vanban.ingest.markdown import markdown_to_text
from vanban.models import Page
from vanban.structure import build_structure, structure_of_text

_HEAD = ("Căn cứ Kế hoạch số 15/KH-UBND ngày 10/01/2026 của UBND tỉnh, Sở Khoa học và Công nghệ "
         "ban hành Kế hoạch như sau:\n\n")


def _table(due_head: str) -> str:
    return (f"| TT | Nội dung | Đơn vị chủ trì | {due_head} |\n|---|---|---|---|\n"
            "| 1 | Ban hành Quy chế quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh | Phòng Quản lý khoa học | Tháng 8/2026 |\n"
            "| 2 | Xây dựng bản đồ số về sở hữu trí tuệ của tỉnh | Phòng Sở hữu trí tuệ | Năm 2026 |\n")


@pytest.mark.parametrize("due_head", ["Thời hạn hoàn thành", "Thời gian", "Thời gian hoàn thành"])
def test_table_deadline_what_is_the_row_task(due_head):
    text, geo = markdown_to_text(_HEAD + _table(due_head) + "\nĐề nghị các đơn vị triển khai thực hiện./.\n")
    ex = extract(text, structure=build_structure([Page(1, "md", text, text, lines=geo)]))
    got = {d.who: (d.text, d.what) for d in ex.deadlines}
    assert got["Phòng Quản lý khoa học"] == ("Tháng 8/2026", "Ban hành Quy chế quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh")
    assert got["Phòng Sở hữu trí tuệ"] == ("Năm 2026", "Xây dựng bản đồ số về sở hữu trí tuệ của tỉnh")
    for ob in ex.obligations:
        if ob.deadline:
            assert ob.deadline.what == ob.what


_LIST = """ỦY BAN NHÂN DÂN
TỈNH TUYÊN QUANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 77/KH-UBND Tuyên Quang, ngày 03 tháng 3 năm 2026

KẾ HOẠCH
Thực hiện công tác bảo vệ trẻ em năm 2026

Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Sở Y tế
a) Chủ trì tham mưu UBND tỉnh triển khai Chương trình bảo vệ trẻ em, hoàn thành trước ngày 30/4/2026;
b) Hướng dẫn các xã, phường rà soát trẻ em có hoàn cảnh đặc biệt.
2. Sở Khoa học và Công nghệ
a) Xây dựng phần mềm quản lý dữ liệu trẻ em;
b) Kết nối dữ liệu với cơ sở dữ liệu quốc gia về dân cư, hoàn thành trong Quý III/2026.

Nơi nhận:
- Các sở, ban, ngành;
- Lưu: VT, VX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn Sơn
"""


def test_task_keeps_no_dangling_due_cue():
    ex = extract(_LIST, structure=structure_of_text(_LIST))
    whats = {o.who: o.what for o in ex.obligations}
    assert whats["Sở Y tế"].startswith("Chủ trì tham mưu UBND tỉnh triển khai Chương trình bảo vệ trẻ em; Hướng dẫn")
    assert "Kết nối dữ liệu với cơ sở dữ liệu quốc gia về dân cư" in whats["Sở Khoa học và Công nghệ"]
    assert not any("hoàn thành" in w for w in whats.values())
    assert all(not (o.who or "").endswith(" a") for o in ex.obligations + ex.deadlines if hasattr(o, "who"))

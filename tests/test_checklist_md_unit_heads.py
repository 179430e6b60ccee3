"""The Markdown checklist heads each unit once, however its rows spell it (``checklist_text._md`` by ``group_key``).

Found in session 23 by a newcomer: ``vanban checklist 617-KH-UBND --format md`` headed one unit three times ("Sở
KH&CN", "Sở Khoa học và Công nghệ", "Sở KH&CN") though the rows were grouped (by the spelled-out key, as the docx
``--order unit`` heads them). The plan is written for this test in a UBND's style."""

from __future__ import annotations

import datetime as dt
import re

from vanban.extract import extract
from vanban.export.checklist_text import render_checklist

PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 61/KH-UBND
Hà Tĩnh, ngày 10 tháng 3 năm 2027

KẾ HOẠCH
Phát triển khoa học, công nghệ và đổi mới sáng tạo năm 2027

I. NHIỆM VỤ

1. Sở KH&CN chủ trì xây dựng danh mục nhiệm vụ khoa học cấp tỉnh, hoàn thành trước ngày 30/4/2027.

2. Sở Khoa học và Công nghệ tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo trước ngày 15/6/2027.

3. Sở Tài chính bố trí kinh phí thực hiện trước ngày 31/5/2027.

4. Sở KH&CN tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 15/12/2027.
"""


def test_one_heading_a_unit_however_its_rows_spell_it():
    md = render_checklist(extract(PLAN), "md", today=dt.date(2027, 3, 10))
    heads = re.findall(r"(?m)^## (.+)$", md)
    science = [h for h in heads if h in ("Sở KH&CN", "Sở Khoa học và Công nghệ")]
    assert len(science) == 1, heads
    assert sum(1 for h in heads if h == "Sở Tài chính") == 1
    # its three rows under the one heading
    block = md.split(f"## {science[0]}")[1].split("\n## ")[0]
    assert block.count("- [ ]") == 3

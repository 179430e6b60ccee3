"""Metadata of kinds a newcomer met in session 15 (expected values read from the document by hand).

A Party office's weekly schedule ("LỊCH CÔNG TÁC TUẦN", Hướng dẫn 36-HD/VPTW's Lịch công tác, code LCT) had a
type line vanban did not know: type, title, signer and the whole body came back empty.
"""

from __future__ import annotations

from pathlib import Path

from vanban.extract import extract

FIXTURE = Path(__file__).parent / "fixtures" / "newcomer15" / "lich49_lich_cong_tac.txt"


def test_a_weekly_schedule_is_read_as_a_document():
    ext = extract(FIXTURE.read_text(encoding="utf-8"))
    m = ext.metadata
    assert (m.number, m.type, m.date) == ("49-LCT/VPĐU", "Lịch công tác tuần", "2026-12-04")
    assert m.title.startswith("của Thường trực Đảng ủy xã")
    assert (m.signer_authority, m.signer_title, m.signer_name) == ("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Đỗ Thị Lan")
    assert any(o.who == "Văn phòng Đảng ủy" and o.what.startswith("tổng hợp lịch công tác tuần sau")
               for o in ext.obligations)

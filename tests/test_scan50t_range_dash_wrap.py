"""A day range wrapped before its dash (scan50t, issue #9 on OCR forms).

The kind: a page wraps "từ 25/01 - 20/02/2037" before its dash, so the dash opens the next line, as a list item's
dash does: "… Vụ Xuân (gieo trồng từ 25/01" / "- 20/02/2037) | | 2 | …" (t49-07, a Kế hoạch chuyển đổi cơ cấu cây
trồng, its planting windows in a table the scan flowed; the legacy OCR and any wrapped plain text print it alike).
Read as an item of its own, the range lost its end and the window was lost to the deadlines. No list item opens on
a range's end: where "từ" (or "từ ngày") and a day close a line and a dash and a day open the next, the line break is
a space (:func:`vanban.structure.mend.range_dash_joins`, inside :func:`vanban.structure.mend.mend_breaks`, same
length). The expected windows are the documents' own ("Vụ Xuân (gieo trồng từ 25/01 - 20/02/2037)", t49-07); the
other texts are written here in the documents' style.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure.mend import mend_breaks

HEAD = ("ỦY BAN NHÂN DÂN XÃ AN BÌNH\nSố: 12/KH-UBND\nAn Bình, ngày 05 tháng 01 năm 2037\nKẾ HOẠCH\n"
        "Chuyển đổi cơ cấu cây trồng năm 2037\nIII. THỜI VỤ\n")


def test_mend_joins_the_range_wrapped_before_its_dash():
    text = "Thôn Đông Sơn: Vụ Xuân (gieo trồng từ 25/01\n- 20/02/2037); vụ Hè Thu (trồng từ ngày 20/5\n– 15/6/2037).\n"
    out = mend_breaks(text)
    assert len(out) == len(text)
    assert "từ 25/01 - 20/02/2037" in out and "từ ngày 20/5 – 15/6/2037" in out


def test_the_planting_window_wrapped_before_its_dash_is_one_deadline():
    text = HEAD + ("1. Thôn Đông Sơn chuyển đổi 8,0 ha sang trồng ngô sinh khối, vụ Xuân (gieo trồng từ 25/01\n"
                   "- 20/02/2037); thôn Trung Hòa chuyển đổi 6,5 ha.\n2. Thôn Tân Lập chuyển đổi 6,5 ha.\n")
    got = [(d.earliest, d.latest) for d in extract(text).deadlines]
    assert ("2037-01-25", "2037-02-20") in got


def test_a_list_under_a_range_stays_a_list():
    text = ("Thời gian tiếp nhận hồ sơ từ 25/01\n- Thôn Đông Sơn: nộp tại nhà văn hóa thôn;\n"
            "Hội nghị sơ kết ngày 25/01\n- 20/02/2037: tổng kết vụ Xuân.\n")
    assert mend_breaks(text) == text

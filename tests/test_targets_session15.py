"""Targets (chỉ tiêu) on wording a newcomer wrote in session 15 in the style of 2026 plans.

Expected values read from the sentences by hand: "không dưới N" and "không ít hơn N" are
minimums (issue 10: tối thiểu / ít nhất / từ / trên / không dưới → a minimum), though they
hold "dưới" and "ít hơn", the words of a maximum.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY XÃ NAM ĐÀN\nSố: 45-KH/ĐU\nNam Đàn, ngày 12 tháng 11 năm 2026\n\n"
         "KẾ HOẠCH\nchuyển đổi số năm 2027\n\nI. MỤC TIÊU\n")


def _bounds(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_HEAD + body).targets]


def test_negated_below_is_a_minimum():
    assert _bounds("- Tổ chức không dưới 05 lớp tập huấn kỹ năng số cho cán bộ, công chức.\n") == [
        (5, None, "lớp")]
    assert _bounds("2. Kết nạp không dưới 15 đảng viên mới trong năm 2027.\n") == [(15, None, "đảng viên")]
    assert _bounds("b) Tổ chức diễn tập cứu hộ tại không ít hơn 03 xã trọng điểm.\n") == [(3, None, "xã")]


def test_plain_below_stays_a_maximum():
    assert _bounds("- Giảm tỷ lệ hộ nghèo xuống dưới 1% trong năm 2027.\n")[0][:2] == (None, 1)

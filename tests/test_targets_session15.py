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


def _baselines(body: str):
    return [(t.min, t.max, t.baseline) for t in extract(_HEAD + body).targets]


def test_a_growth_target_keeps_its_baseline_apart_from_its_period():
    # issue 10: "so với năm 2025" is a baseline, not the period
    got = extract(_HEAD + "3. Thu nhập bình quân đầu người tăng 10% so với năm 2025.\n").targets
    assert [(t.min, t.baseline, t.period) for t in got] == [(10, "năm 2025", "năm 2027")]
    assert _baselines("- Giảm 20% số vụ tai nạn giao thông so với cùng kỳ năm trước; không để xảy ra cháy lớn.\n")[:1] == [
        (20, 20, "cùng kỳ năm trước")]
    assert _baselines("- So với năm 2025, tổng thu ngân sách trên địa bàn tăng ít nhất 15%.\n") == [(15, None, "năm 2025")]


def test_a_target_without_reference_has_no_baseline():
    assert _baselines("- Phấn đấu 100% chi bộ ứng dụng sổ tay đảng viên điện tử; so với các xã khác, xã đi đầu.\n") == [
        (100, 100, None)]


def test_the_checklist_shows_the_baseline():
    from vanban.extract.checklist import target_text

    t = extract(_HEAD + "3. Thu nhập bình quân đầu người tăng 10% so với năm 2025.\n").targets[0]
    assert "so với năm 2025" in target_text(t)

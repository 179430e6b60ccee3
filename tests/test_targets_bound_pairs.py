"""Targets: a lower and an upper bound of one quantity said one after the other are one range (issue 10, session 15).

Laws and decrees give both ends of what they allow in one breath ("tối thiểu là năm phần trăm và tối đa là hai mươi
phần trăm giá khởi điểm", "ít nhất 05 ngày nhưng không quá 45 ngày"). The labels count one target with ``min`` and
``max``, as they do for "từ trên 15% đến không quá 30%" (``../shared/realdocs/labeled/README.md``; review sets).
The sentences are written for these tests in the style of the legal corpus, not copied from a scored window.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("CHÍNH PHỦ\nSố: 20/2025/NĐ-CP\nHà Nội, ngày 10 tháng 3 năm 2025\n\nNGHỊ ĐỊNH\n"
         "Quy định chi tiết một số điều của Luật\n\n")
_TAIL = "\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\nTrần Văn Bình\n"


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_HEAD + body + _TAIL).targets]


def test_percent_bounds_spelled_in_words_are_one_range():
    body = ("Điều 9. Tiền đặt trước\n1. Người tham gia đấu giá phải nộp tiền đặt trước. Khoản tiền đặt trước do tổ chức "
            "đấu giá và người có tài sản thỏa thuận, nhưng tối thiểu là năm phần trăm và tối đa là hai mươi phần trăm "
            "giá khởi điểm của tài sản đấu giá.\n")
    assert _t(body) == [(5, 20, "%")]


def test_days_at_least_but_not_over_are_one_range():
    body = "Điều 4. Gia hạn\n1. Giấy phép đã được cấp còn thời hạn ít nhất 05 ngày nhưng không quá 45 ngày.\n"
    assert _t(body) == [(5, 45, "ngày")]


def test_upper_bound_with_both_words_after_a_comma():
    body = ("Điều 6. Thông báo mời nộp hồ sơ\nThời hạn nộp hồ sơ được quy định cụ thể trong thông báo, tối thiểu là "
            "20 ngày, tối đa không quá 30 ngày kể từ ngày thông báo được đăng tải.\n")
    assert _t(body) == [(20, 30, "ngày")]


def test_amount_per_item_bounds_are_one_range():
    body = ("Điều 12. Mức chi\n1. Mức chi hỗ trợ cho người thực hiện như sau:\na) Tối thiểu là 65.000 đồng/việc và tối "
            "đa là 130.000 đồng/việc, trừ trường hợp quy định tại điểm b khoản này.\n")
    assert [(lo, hi) for lo, hi, _ in _t(body)] == [(65000, 130000)]


def test_bounds_of_two_clauses_stay_two():
    # the semicolon parts two rules: each keeps its own bound
    body = "Điều 3. Tổ công tác\nMỗi tổ có ít nhất 03 người; mỗi đoàn kiểm tra có không quá 10 người.\n"
    assert _t(body) == [(3, None, "người"), (None, 10, "người")]


def test_bounds_of_two_units_stay_two():
    body = ("Điều 5. Hỗ trợ\nMức hỗ trợ tối thiểu là 30% chi phí và tối đa không quá 50 triệu đồng cho mỗi "
            "doanh nghiệp.\n")
    got = _t(body)
    assert (30, None, "%") in got and (None, 50, "triệu đồng") in got


def test_a_range_of_copies_bounds_both_ends():
    # "Số lượng hồ sơ: 01 bộ" is a count (labels README); a range of copies a rule sets is a target like "từ 05 đến 10 bản"
    body = ("Điều 15. Nộp lưu chiểu\n1. Số lượng xuất bản phẩm nộp lưu chiểu như sau:\na) Đối với xuất bản phẩm in: "
            "03-05 bản;\nb) Số lượng hồ sơ: 01 bộ.\n")
    assert _t(body) == [(3, 5, "bản")]

"""Target kinds read from the misses of bench/gold/fresh (hand labels; a spent tuning set since session 8).

Inputs are pieces of real documents of ``../shared/realdocs/docs`` (named beside each test); expected values are
those of the hand-written gold, never vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract

_QD_HEAD = ("\nỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\n-------\n\nSố: 2815/QĐ-UBND\n\nĐồng Nai, ngày 20 tháng 11 năm 2025\n\n"
            "QUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính được sửa đổi, bổ sung\n\n")


def test_the_old_figure_of_a_change_is_no_minimum():
    # 2815/QĐ-UBND, Phụ lục: "Thay đổi thời gian giải quyết từ 15 ngày xuống còn 10 ngày." — 15 days is the old limit,
    # not "at least 15 days" (the verb "thay đổi" sits more than 30 characters before "từ")
    got = [(t.min, t.max, t.unit) for t in extract(_QD_HEAD + "Điều 1. Công bố kèm theo Quyết định này.\n\n"
                                                   "Ghi chú: Thay đổi thời gian giải quyết từ 15 ngày xuống còn 10 ngày.\n").targets]
    assert (15, None, "ngày") not in got

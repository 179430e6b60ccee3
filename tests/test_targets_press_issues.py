"""Targets: how many consecutive issues of a newspaper a notice must run in, the kind of paper named between the
count and "liên tiếp" (issue 10, session 15).

"thông báo … trên năm số báo viết hoặc điện tử liên tiếp ở trung ương" (a decree on religious schools) is an exact
count of issues, as "đăng trên 03 số báo liên tiếp" (unit "số"); "năm" before such issues is five, not a year. The
sentences are written for these tests in that style.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("CHÍNH PHỦ\nSố: 30/2025/NĐ-CP\nHà Nội, ngày 10 tháng 3 năm 2025\n\nNGHỊ ĐỊNH\n"
         "Quy định chi tiết một số điều của Luật\n\n")
_TAIL = "\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\nTrần Văn Bình\n"


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_HEAD + body + _TAIL).targets]


def test_five_issues_of_print_or_online_papers():
    body = ("Điều 20. Giải thể\n2. Cơ sở có trách nhiệm thông báo thời hạn thanh toán các khoản nợ cho các tổ chức, cá "
            "nhân có liên quan trên năm số báo viết hoặc điện tử liên tiếp ở trung ương.\n")
    assert _t(body) == [(5, 5, "số")]


def test_three_issues_of_a_print_paper():
    body = "Điều 21. Công bố\nDoanh nghiệp phải đăng thông báo giải thể trên 03 số báo in liên tiếp.\n"
    assert _t(body) == [(3, 3, "số")]


def test_a_year_before_issues_not_in_a_row_is_no_count():
    body = "Điều 22. Báo cáo\nTrong năm số báo phát hành của cơ quan báo chí tăng so với năm trước.\n"
    assert _t(body) == []

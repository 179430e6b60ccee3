"""Targets of a benefit rule whose sentence also bounds who qualifies by a past day (session 31, old31).

Kind: a Quyết định on allowances names the eligible by a cut-off ("nhập ngũ từ ngày 30 tháng 4 năm 1975 trở về
trước", "đã từ trần trước ngày 01 tháng 01 năm 2009") and by their state ("đã nghỉ hưu"), then sets the amounts. The
"đã" and the past day made the amounts read as results reached in the past; a cited paper's day written in words
("Nghị định số 45/2010/NĐ-CP ngày 12 tháng 5 năm 2010") alike. The inputs are written for this test; the expected
values are those a careful reader gives (the labels' README: the rule's amounts are targets, cut-offs no deadlines).
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

_HEAD = ("BỘ LAO ĐỘNG\nSố: 21/2026/QĐ-BLĐ\nHà Nội, ngày 10 tháng 3 năm 2026\n\n"
         "QUYẾT ĐỊNH\nVề chế độ đối với thanh niên xung phong\n\n")


def _targets(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_HEAD + body).targets]


_CUT_OFF_RULES = [
    # a cut-off year with "trở về trước", then the beneficiaries' state ("đã trở về địa phương") and the amounts
    ("Điều 2.\n1. Thanh niên xung phong tham gia\nlàm nhiệm vụ từ ngày 15 tháng 5 năm 1965 trở về trước, "
     "đã trở về địa phương,\nđược hưởng trợ cấp hằng tháng, mức trợ cấp bằng 850.000 đồng/người/tháng; "
     "sau đó cứ thêm một năm\nđược tính thêm 3% trên mức trợ cấp khởi điểm.\n", [(850000, 850000), (3, 3)]),
    # those who died before a past day: their kin's one-off grant
    ("Điều 4. Người quy định tại Điều 2 đã từ trần trước ngày 01 tháng 7 năm 2012 thì thân nhân\n"
     "được hưởng chế độ trợ cấp một lần bằng 4.500.000 đồng.\n", [(4500000, 4500000)]),
]


@pytest.mark.parametrize(("body", "amounts"), _CUT_OFF_RULES)
def test_amounts_after_an_eligibility_cut_off_are_the_rules_values(body, amounts):
    got = {t[:2] for t in _targets(body)}
    assert set(amounts) <= got


def test_a_cited_papers_worded_day_dates_no_act():
    body = ("Điều 3.\n1. Thực hiện chế độ đối với thanh niên xung phong đã hoàn thành nhiệm vụ, sau đó về địa phương:\n"
            "a) Những người có dưới 10 năm tham gia, được hưởng trợ cấp một lần;\n"
            "b) Những người có từ đủ 10 năm đến dưới 15 năm tham gia, nếu đủ điều kiện theo Nghị định số "
            "45/2010/NĐ-CP ngày 12 tháng 5 năm 2010 của Chính phủ thì được hưởng trợ cấp hằng tháng.\n")
    got = _targets(body)
    assert (None, 10, "năm") in got


def test_a_past_year_of_a_review_still_reports_a_result():
    # no cut-off: "đã" and a year before the document's say what was reached
    body = ("Điều 1.\nNăm 2024, tỉnh đã hỗ trợ cho 1.250 hộ gia đình, đạt 95% kế hoạch năm 2024.\n")
    assert not any(t[0] == 95 for t in _targets(body))


def test_a_forecasters_outlook_sets_no_target():
    # written for this test: a cold-spell letter quoting the weather service's outlook, then a rule with a bound
    head = ("SỞ NÔNG NGHIỆP\nSố: 88/SNN-CN\nHòa Bình, ngày 05 tháng 01 năm 2027\n\nV/v phòng chống rét cho vật nuôi\n\n")
    body = ("Theo nhận định của Trung tâm Khí tượng tỉnh, trong tháng 01/2027 có khả năng xuất hiện từ 02 đến 04 "
            "đợt rét đậm. Các xã bảo đảm dự trữ thức ăn cho gia súc tối thiểu 20 ngày.\n")
    got = [(t.min, t.max) for t in extract(head + body).targets]
    assert (2, 4) not in got and (20, None) in got

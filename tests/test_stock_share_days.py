"""A share of a stock counted as of a day: the day measures the stock, no due date.

"… phấn đấu thu hồi ít nhất 70% số nợ thuế có khả năng thu đến ngày 31/12/2035" (tune46's t46-04, a xã's revenue
plan, under its tasks): the debts collectible as of 31/12 are the stock the 70% is a share of — the authors label the
day the target's, no deadline, as authored34's labels do for "Thu hồi tối thiểu 70% số nợ thuế có khả năng thu tính
đến ngày 31/8/2029" under its targets (the only other form of the kind in the older sets; tune39's "số thuế phải nộp
cập nhật đến ngày 10/6/2032" is a cut-off, no deadline either). A day a verb strives to stays due: "phấn đấu đến ngày
31/12/2035 giải ngân đạt 100% kế hoạch vốn" (the year-end goal convention, session 46: 21 documents against 8).
The sentences are written here in the style of a xã's revenue plan.
"""

from __future__ import annotations

from conftest import carry_out, make_doc
from vanban.extract import extract
from vanban.extract.aim_days import stock_share_before
from vanban.text import fold

#: the parts before the tested sentence, in a xã's revenue plan
_OPENING = "I. NHIỆM VỤ, GIẢI PHÁP\n\n1. Chống thất thu, thu hồi nợ đọng\n\n"


def _doc(body: str) -> str:
    return make_doc(_OPENING + body, tail=carry_out("II"), issuer="XÃ TIÊN DU", number=301, date=(20, 12, 2030),
                    title="Thu ngân sách nhà nước năm 2031", signer="Phạm Văn Long", recipients=("UBND tỉnh", "Lưu: VT"))


def _days(body: str) -> list[str]:
    return [d.date for d in extract(_doc(body)).deadlines if d.date]


def test_share_of_debts_counted_as_of_a_day_is_no_deadline():
    body = ("Thành lập Tổ công tác chống thất thu ngân sách xã; phấn đấu thu hồi ít nhất 70% số nợ thuế có khả năng"
            " thu đến ngày 31/12/2030.\n")
    assert "2030-12-31" not in _days(body)


def test_share_of_a_backlog_counted_as_of_a_day_is_no_deadline():
    body = "Giải quyết tối thiểu 80% số hồ sơ tồn đọng tính đến ngày 31/3/2031.\n"
    assert "2031-03-31" not in _days(body)


def test_day_a_goal_strives_to_stays_due():
    body = "Phấn đấu đến ngày 31/3/2031 giải ngân đạt 100% kế hoạch vốn được giao.\n"
    assert "2031-03-31" in _days(body)


def test_share_read_in_the_days_clause_only():
    v = fold("thu hồi ít nhất 70% số nợ thuế có khả năng thu đến ngày ")
    assert stock_share_before(v, len(v))
    v2 = fold("thu hồi 70% số nợ thuế; nộp báo cáo đến ngày ")
    assert not stock_share_before(v2, len(v2))

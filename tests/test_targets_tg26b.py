"""Targets on tune26's kinds (session 26, tg26b), with sentences written for these tests in the style of a UBND
tỉnh's plan for administrative reform (expected values by hand):

* a firm bound before the first of two percentages joined by "và", each with its own noun ("cắt giảm ít nhất 20%
  thời gian giải quyết và 20% chi phí tuân thủ thủ tục hành chính"), bounds the second too; not a list joined by a
  comma (each aim its own wording), not a second figure of 100%, not two figures without a bound.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nSố: 45/KH-UBND\nLâm Đồng, ngày 10 tháng 01 năm 2027\n\nKẾ HOẠCH\n"
         "Cải cách hành chính năm 2027\n\nII. NHIỆM VỤ\n\n")
_TAIL = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n"


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_HEAD + body + _TAIL).targets]


def test_a_firm_bound_runs_on_to_a_second_percentage_joined_by_va():
    assert _t("a) Rà soát, đơn giản hóa thủ tục hành chính; phấn đấu cắt giảm ít nhất 20% thời gian giải quyết và "
              "15% chi phí tuân thủ thủ tục hành chính so với năm 2026.") == [(20, None, "%"), (15, None, "%")]
    assert _t("4. Giảm tối đa 30% số hồ sơ giấy và 10% thời gian chờ đợi của người dân.") == [
        (None, 30, "%"), (None, 10, "%")]


def test_no_run_on_through_a_comma_list_to_100_percent_or_without_a_bound():
    assert _t("4. Phấn đấu tối thiểu 70% hồ sơ trực tuyến toàn trình, 60% hồ sơ được số hóa.") == [
        (70, None, "%"), (60, 60, "%")]
    assert _t("4. Phấn đấu tối thiểu 70% hồ sơ trực tuyến toàn trình và 100% hồ sơ được số hóa.") == [
        (70, None, "%"), (100, 100, "%")]
    assert _t("4. Phấn đấu tỷ lệ hộ nghèo giảm 2% và 30% hộ có thu nhập khá.") == [(2, 2, "%"), (30, 30, "%")]

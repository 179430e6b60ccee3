"""Target kinds of the spent held-out set authored54 (tgt56, session 56): a count table under a heading naming the
counted thing, a revenue table in a goals part, a tiêu chí's goal cell whose unit is in its row's label, a Báo cáo's
plan column beside its results, a count inside a rate's subject, meeting rhythms in words, a debt's age, a goal's round.

The inputs are the plain-text forms (and, for the count table, the legacy OCR form) of authored54's documents
(tests/fixtures/tgt56, written by hand by authors blind to vanban); each expected value is their labels'
(bench/gold/authored54/*.labels.json), and where a kind's labels disagree across the sets the majority named in the
rule's docstring (meeting rhythms spelled "một lần", a debt's age, a count inside a rate's subject).
"""

from __future__ import annotations

import functools
import pathlib

from vanban.extract import extract

_DIR = pathlib.Path(__file__).parent / "fixtures" / "tgt56"


@functools.lru_cache(maxsize=None)
def _ext(name: str):
    return extract((_DIR / f"{name}.txt").read_text(encoding="utf-8"), ocr=name.endswith(".legacy"))


def _targets(name: str):
    return [(t.text, t.min, t.max, t.unit) for t in _ext(name).targets]


# --- a huyện's food-safety plan: "3. Số lượng cơ sở kiểm tra" over "Đợt 1 (cơ sở) | Đợt 2 (cơ sở)" (a54-01) -----------

_ROUNDS = [18, 12, 25, 20, 15, 10, 12, 8, 10, 15, 90, 60, 15, 10]  # each group's row, Đợt 1 then Đợt 2 (the labels)


def test_count_table_under_a_count_heading_reads_every_cell_and_both_totals():
    cells = sorted(lo for _, lo, hi, u in _targets("a54-01-KH-UBND") if u == "cơ sở" and lo == hi)
    assert cells == sorted([*_ROUNDS, 185, 135])


def test_count_table_read_in_the_legacy_form_too():
    cells = sorted(lo for _, lo, hi, u in _targets("a54-01-KH-UBND.legacy") if u == "cơ sở" and lo == hi)
    assert cells == sorted([*_ROUNDS, 185, 135])


def test_a_goal_done_in_a_round_is_a_target_not_a_deadline():
    # "3. 100% bếp ăn tập thể … có tổ chức bán trú được kiểm tra trong Đợt 1." (II. CHỈ TIÊU): min = max = 100 %, and
    # the round's window is no deadline of it (the labels date no "trong Đợt 1")
    for name in ("a54-01-KH-UBND", "a54-01-KH-UBND.legacy"):
        assert sum(1 for _, lo, hi, u in _targets(name) if (lo, hi, u) == (100, 100, "%")) == 2
        assert not [d for d in _ext(name).deadlines if "trong Đợt 1" in d.text and d.earliest == "2039-08-15"]


# --- a Chi cục Thuế's plan: "II. MỤC TIÊU, CHỈ TIÊU" / "3. Dự toán thu theo lĩnh vực" (a54-09) -------------------------

def test_revenue_table_in_a_goals_part_reads_each_field_and_the_total():
    got = sorted(lo for _, lo, hi, u in _targets("a54-09-KH-CCTKV") if u == "tỷ đồng" and lo == hi)
    assert got == sorted([18.6, 96.4, 214.5, 47.2, 58.3, 6.8, 205.0, 21.7, 16.5, 685.0])


def test_a_debts_age_is_no_target():
    # "Giảm ít nhất 25% số tiền nợ trên 90 ngày so với thời điểm 31/12/2039": the 25% alone (labels)
    got = _targets("a54-09-KH-CCTKV")
    assert not [t for t in got if t[3] == "ngày"]
    assert ("ít nhất 25%", 25, None, "%") in got


# --- a xã's nông thôn mới nâng cao plan: "Tiêu chí số 10: Thu nhập bình quân đầu người (triệu đồng/người/năm)" (a54-02)

def test_goal_cell_takes_the_unit_of_its_rows_label():
    got = [(lo, hi, u) for _, lo, hi, u in _targets("a54-02-KH-UBND") if lo == 78]
    assert got == [(78, None, "triệu đồng/người/năm")]


# --- a xã's Báo cáo: Phụ lục "Kế hoạch 2039 | Ước thực hiện 2039 | So với KH (%)" (a54-05) ------------------------------

def test_plan_column_beside_its_years_results_is_no_goal():
    got = _targets("a54-05-BC-UBND")
    assert not [t for t in got if " | " in t[0]]  # no row of the Phụ lục's table
    assert (7500, 7500) not in [(lo, hi) for _, lo, hi, _ in got]  # "Tổng đàn heo | con | 7.500": the 2039 plan


# --- a UBND huyện's bình đẳng giới plan (a54-06) ----------------------------------------------------------------------

def test_a_count_inside_a_rates_subject_is_no_target():
    # "Tỷ lệ phụ nữ mang thai được khám thai ít nhất 04 lần trong 03 thời kỳ thai nghén đạt 95%": the 95% alone
    got = _targets("a54-06-KH-UBND")
    assert not [t for t in got if t[1] == 4 and t[3] == "lần"]
    assert (2, None, "lần") in [(lo, hi, u) for _, lo, hi, u in got]  # "ít nhất 02 lần/tháng" stays (labels)
    assert (95, 95, "%") in [(lo, hi, u) for _, lo, hi, u in got]


# --- a Đảng ủy xã's Quy chế làm việc (a54-08) -------------------------------------------------------------------------

def test_meeting_rhythms_in_words_are_no_targets_wherever_the_meeting_is_named():
    # "…; mỗi quý một lần, vào tháng cuối quý, họp mở rộng …" and "Thường trực Đảng ủy giao ban mỗi tuần một lần":
    # schedules; "dự sinh hoạt chi bộ ít nhất 01 lần/quý" stays (labels)
    rhythms = [(lo, hi, u) for _, lo, hi, u in _targets("a54-08-QD-DU") if u and u.startswith("lần")]
    assert rhythms == [(1, None, "lần")]

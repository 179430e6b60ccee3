"""Facts a newcomer found wrong on the documents they wrote in the real style (session 17, helper nc17b).

Inputs are trimmed copies of the newcomer's files (``tests/fixtures/newcomer17b/``); the expected values are what a
reader of each sentence lists, not vanban's output.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.extract import extract
from vanban.extract.deadlines import split_actor

FIXTURES = Path(__file__).parent / "fixtures" / "newcomer17b"


def _ext(name: str):
    return extract((FIXTURES / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rules():
    return _ext("quy_che.txt")


@pytest.fixture(scope="module")
def forms():
    return _ext("deadline_forms.txt")


# --- 1. a Quy chế's officers under "Trách nhiệm của công chức" ---------------------------------------------------

def test_each_named_officer_under_a_class_title_is_its_own_obligation(rules):
    """"Điều 2. Trách nhiệm của công chức" over "1. Công chức Văn phòng - Thống kê có trách nhiệm …" and "2. Công chức
    Tài chính - Kế toán phải …": two officers, each with its own task and date, not one "Công chức"."""
    got = {o.who: o for o in rules.obligations}
    assert set(got) == {"Công chức Văn phòng - Thống kê", "Công chức Tài chính - Kế toán"}
    assert got["Công chức Văn phòng - Thống kê"].deadline.recurrence == "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15"
    assert got["Công chức Tài chính - Kế toán"].deadline.recurrence == "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31"
    assert "quyết toán" in got["Công chức Tài chính - Kế toán"].what
    assert "quyết toán" not in got["Công chức Văn phòng - Thống kê"].what


def test_the_duty_word_is_never_inside_a_name(rules):
    """"phải" / "có trách nhiệm" charge the body; no deadline or obligation names "… Kế toán phải"."""
    names = [o.who for o in rules.obligations] + [d.who for d in rules.deadlines] \
        + [o.deadline.who for o in rules.obligations if o.deadline]
    assert not [n for n in names if n and n.split()[-1] in ("phải", "cần", "nhiệm")]


@pytest.mark.parametrize("sentence, who", [
    ("Sở Tài chính phải lập báo cáo quyết toán", "Sở Tài chính"),
    ("Các xã cần rà soát lại danh sách", "Các xã"),
    ("Cục Hậu cần tổ chức kiểm tra", "Cục Hậu cần"),  # the noun "hậu cần" stays
])
def test_deadline_subject_drops_its_duty_word(sentence, who):
    assert split_actor(sentence)[0] == who


# --- 4. "Tổ chức" as a unit's name and as a verb ---------------------------------------------------------------------

def test_a_capitalised_to_chuc_after_bo_phan_is_the_units_name(forms):
    """"1. Bộ phận Tổ chức hoàn thành rà soát hồ sơ …", "3. Bộ phận Tổ chức báo cáo kết quả …"."""
    mine = [o for o in forms.obligations if o.who == "Bộ phận Tổ chức"]
    assert len(mine) == 2
    assert not [o for o in forms.obligations if o.who == "Bộ phận"]
    assert not [o for o in mine if o.what.startswith("Tổ chức")]


def test_a_lowercase_to_chuc_after_bo_phan_stays_the_verb():
    assert split_actor("Bộ phận tổ chức hội nghị sơ kết") == ("Bộ phận", "tổ chức hội nghị sơ kết")


def test_so_hoa_with_its_papers_is_the_task(forms):
    """"2. Bộ phận Văn thư số hóa hồ sơ, hoàn thành trước ngày 15-6-2027": who Bộ phận Văn thư, what "số hóa hồ sơ"."""
    ob = [o for o in forms.obligations if o.who == "Bộ phận Văn thư"]
    assert len(ob) == 1 and ob[0].what.startswith("số hóa hồ sơ")
    assert ob[0].deadline.date == "2027-06-15"


# --- 5. a topic heading over a conclusion's paragraph; a target's own due month ---------------------------------

@pytest.fixture(scope="module")
def conclusion():
    return _ext("ket_luan.txt")


def test_a_topic_heading_line_is_no_part_of_the_dated_task(conclusion):
    """"1. Về công tác xây dựng Đảng" / "Giao Ban Tổ chức Đảng ủy hướng dẫn …, hoàn thành trước ngày 30/6/2027": the
    heading line (no stop at its end) is no part of the task han_sap_toi and the .ics SUMMARY show."""
    d = [x for x in conclusion.deadlines if x.date == "2027-06-30"]
    assert len(d) == 1 and d[0].what.startswith("hướng dẫn các chi bộ")
    assert not [x for x in conclusion.deadlines if x.what and x.what.startswith("Về ")]


def test_a_targets_due_month_is_its_period_not_its_scope(conclusion):
    """"… ở 100% khu dân cư trong tháng 11/2027": scope "khu dân cư", period "tháng 11/2027" (not the title's year)."""
    t = [x for x in conclusion.targets if x.min == 100]
    assert len(t) == 1
    assert t[0].scope == "khu dân cư" and t[0].period == "tháng 11/2027"


def test_the_first_half_year_takes_the_documents_year(conclusion):
    """"thu ngân sách đạt ít nhất 60% dự toán trong 6 tháng đầu năm": the first half of 2027."""
    t = [x for x in conclusion.targets if x.min == 60]
    assert len(t) == 1 and t[0].period == "6 tháng đầu năm 2027" and t[0].scope == "dự toán"

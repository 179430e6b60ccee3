"""Facts a newcomer found wrong on the documents they wrote in the real style (session 16, issue 10).

The inputs are the newcomer's own files (``tests/fixtures/newcomer16_facts/``: a Báo cáo of a commune, a ward's
Kế hoạch and its variants, a commune Party committee's Nghị quyết, a ward's digital-transformation plan); the
expected values are what a reader of each sentence lists (``realdocs/labeled/README.md`` conventions), not
vanban's output.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.extract import extract

FIXTURES = Path(__file__).parent / "fixtures" / "newcomer16_facts"


def _ext(name: str):
    return extract((FIXTURES / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report():
    return _ext("305-BC-UBND.txt")


@pytest.fixture(scope="module")
def plan():
    return _ext("forms_kh.txt")


@pytest.fixture(scope="module")
def resolution():
    return _ext("12-NQ-DU_ktxh2027.txt")


def _by_who(ext, who: str):
    return [o for o in ext.obligations if o.who == who]


# --- 1. a report's past results and its requests to the superior -------------------------------------------------

def test_a_reports_past_result_is_no_deadline(report):
    """"100% hồ sơ được giải quyết đúng hạn trước ngày 15/11/2026" under "I. KẾT QUẢ ĐẠT ĐƯỢC" of a Báo cáo of
    30/11/2026 tells when it was done: no deadline, no task."""
    assert not [d for d in report.deadlines if d.date == "2026-11-15"]


def test_a_reports_shortfall_sets_no_target(report):
    """"II. TỒN TẠI, HẠN CHẾ: … mới đạt 42%, chưa đạt chỉ tiêu 60% đề ra" assesses the past: 60% is no target."""
    assert not [t for t in report.targets if t.max == 60 or t.min == 60]


def test_a_reports_request_to_its_superior_is_no_task_of_the_sender(report):
    """"III. KIẾN NGHỊ: Ủy ban nhân dân xã kính đề nghị Ủy ban nhân dân tỉnh quan tâm hỗ trợ kinh phí …"."""
    assert not [o for o in report.obligations if o.who and o.who.startswith("Ủy ban nhân dân xã")]
    assert not [o for o in report.obligations if "kính đề nghị" in o.what]


# --- 2. a relative time limit between the body and its task -------------------------------------------------------

def test_a_relative_limit_after_the_body_keeps_the_obligation(plan):
    """"4. Các tổ dân phố trong thời hạn 10 ngày làm việc kể từ ngày nhận được Kế hoạch này, lập danh sách hộ nghèo
    gửi Phòng Văn hóa - Xã hội.": the body is Các tổ dân phố, the limit its time as written."""
    mine = [o for o in _by_who(plan, "Các tổ dân phố") if "danh sách" in o.what]
    assert len(mine) == 1
    assert mine[0].what.startswith("lập danh sách hộ nghèo")
    assert "10 ngày" in (mine[0].due_text or "")
    assert "thời hạn" not in mine[0].what


# --- 3. "định kỳ 6 tháng và năm" ----------------------------------------------------------------------------------

def test_a_six_monthly_cycle_without_days_is_no_deadline_but_kept_in_the_task(plan, resolution):
    """"báo cáo kết quả giảm nghèo định kỳ 6 tháng và năm" (KH 01/12/2026), "định kỳ 6 tháng và năm báo cáo Ban
    Thường vụ Đảng ủy" (NQ 18/11/2026): no day, no deadline (the labels' convention: review labels of 3509/QĐ-CT, the
    tune17 authors; session 16 dated it by the running half-year, session 17 measured that as false deadlines), but the
    body keeps the report task with its cycle as written."""
    for ext, who in ((plan, "Phòng Văn hóa - Xã hội"), (resolution, "Ủy ban Kiểm tra Đảng ủy")):
        assert not [d for d in ext.deadlines if d.who == who and "6 tháng" in d.text], ext.deadlines
        assert any("6 tháng và năm" in o.what or "6 tháng và năm" in (o.due_text or "")
                   for o in ext.obligations if o.who == who), ext.obligations


def test_the_years_part_of_a_half_year_and_year_schedule_is_yearly(plan):
    """"báo cáo định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)" in a plan of 01/12/2026: the year's report
    falls on 15/12 each year (it was read as a second six-monthly date); the half-year's, beside it, once a year on 15/6
    (session 18: the labels of tune17, authored16 and authored17; review-facts 2954-QD-UBND's said six-monthly)."""
    ds = {d.text: d for d in plan.deadlines if d.who == "Phòng Kinh tế"}
    assert ds["trước ngày 15/12"].date == "2026-12-15"
    assert ds["trước ngày 15/12"].recurrence == "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15"
    assert ds["trước ngày 15/6"].recurrence == "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15"
    assert ds["trước ngày 15/6"].date == "2027-06-15"


# --- 4. the body never swallows the verb --------------------------------------------------------------------------

def test_the_body_ends_before_lap_danh_sach():
    """forms_v1: "Các tổ dân phố lập danh sách hộ nghèo gửi Phòng Văn hóa - Xã hội."."""
    ext = _ext("forms_v1.txt")
    mine = [o for o in ext.obligations if "danh sách" in o.what]
    assert [o.who for o in mine] == ["Các tổ dân phố"]
    assert mine[0].what.startswith("lập danh sách")


def test_the_body_charged_after_giao(resolution):
    """"2. Đảng ủy giao Ủy ban nhân dân xã cụ thể hóa Nghị quyết …": the body charged is Ủy ban nhân dân xã."""
    mine = [o for o in resolution.obligations if "cụ thể hóa" in o.what]
    assert [o.who for o in mine] == ["Ủy ban nhân dân xã"]


def test_a_role_after_la_is_no_part_of_the_name():
    """218/KH-UBND IV.1: "Văn phòng HĐND và UBND phường là đơn vị thường trực, tổng hợp danh sách cán bộ …"."""
    ext = _ext("218-KH-UBND_cds.txt")
    mine = [o for o in ext.obligations if "tập huấn" in o.what and "Sở Khoa học" in o.what]
    assert [o.who for o in mine] == ["Văn phòng HĐND và UBND phường"]


# --- 5. what a target measures ------------------------------------------------------------------------------------

def _target(ext, value):
    return [t for t in ext.targets if value in (t.min, t.max)]


def test_a_poverty_rate_by_the_multidimensional_standard_is_a_target(resolution):
    """"4. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn tối đa 1,2%.": "đa" (multi-) is no "đã"."""
    (t,) = _target(resolution, 1.2)
    assert t.max == 1.2 and t.min is None
    assert t.scope.startswith("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều")


def test_scopes_of_a_resolutions_targets(resolution):
    scopes = {v: _target(resolution, v)[0].scope for v in (75, 50, 15, 85, 95)}
    assert scopes[75] == "Thu nhập bình quân đầu người"
    assert scopes[50] == "Tổng thu ngân sách nhà nước trên địa bàn"
    assert "đảng viên mới" in scopes[15]
    assert scopes[85].startswith("tổ chức cơ sở đảng")
    assert scopes[95] == "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý"


def test_scopes_of_a_plans_counted_targets(plan):
    """"Có thêm từ 3 đến 5 mô hình sinh kế mới", "Không quá 02 hộ tái nghèo", "Thu nhập bình quân đầu người đạt 75
    triệu đồng/người/năm", "Tỷ lệ hộ nghèo giảm còn tối đa 1,2%"."""
    assert _target(plan, 5)[0].scope == "mô hình sinh kế mới"
    assert _target(plan, 2.0)[-1].scope == "hộ tái nghèo"
    assert _target(plan, 75)[0].scope == "Thu nhập bình quân đầu người"
    assert _target(plan, 1.2)[0].scope == "Tỷ lệ hộ nghèo"


# --- 6. "năm sau" is the date's ------------------------------------------------------------------------------------

def test_nam_sau_stays_with_its_date(plan):
    """"3. Công an phường gửi số liệu trước ngày 10/01 năm sau.": the task is "gửi số liệu"."""
    (o,) = _by_who(plan, "Công an phường")
    assert o.what == "gửi số liệu"
    assert o.deadline.date == "2027-01-10"

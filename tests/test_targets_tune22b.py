"""Target kinds of session 22 (tg22b, tune22 read), each in sentences written for these tests in the style of the
documents they come from; the expected values are read from the wording itself.

* a quota table by unit ("Phụ lục giao chỉ tiêu") whose kind column holds its bound in parentheses ("Mô hình thành
  lập mới (ít nhất)": its bare figures are minimums) or nothing ("Hội viên kết nạp mới"), the cells printing their
  own unit ("06 mô hình", "150 hội viên"), a last row "Mỗi đơn vị từ 01 đến 02 mô hình" / "Mỗi đơn vị không dưới 20
  hội viên": each cell a target;
* a figure inside the quoted name of a criterion, model or title ('đạt tiêu chí "5 không, 3 sạch"', 'mô hình "Gia
  đình 5 không, 3 sạch"'): part of a name, no target;
* the article of a Nghị quyết that reviews the past year ("Điều 1. Đánh giá tình hình năm 2026"): its figures are
  results; the targets of "Điều 2. Mục tiêu, chỉ tiêu … năm 2027" stay;
* "không thấp hơn 2% và không quá 5% tổng chi": one bound pair, min 2 max 5;
* "thanh toán điện tử 100%": the "tử" of "điện tử" is no "từ" (from): exactly 100%;
* a task line opening with "Thành lập" and a count ("Thành lập 04 tổ liên gia"): the count of bodies to set up;
* a span a list is shown for ("Niêm yết công khai … trong thời gian 03 ngày làm việc"): exactly that long; "trong
  thời gian 05 ngày làm việc kể từ ngày nhận" stays a limit.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.indicator_cells import quota_cells
from vanban.structure import structure_of_text

from test_targets_session19 import _XA  # (a UBND xã's plan for 2027 around one body part)


def _facts(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_XA.format(body=body)).targets]


# a Hội Nông dân huyện's appendix, cells a blank line apart as md2plain writes a table
_QUOTA_OWN_UNITS = """PHỤ LỤC

CHỈ TIÊU PHÂN BỔ CHO CÁC CƠ SỞ HỘI NĂM 2027
(Kèm theo Kế hoạch số 41/KH-HND ngày 10/12/2026 của Ban Thường vụ Hội Nông dân huyện)


STT

Đơn vị

Tổ hợp tác thành lập mới (ít nhất)

Hội viên kết nạp mới


1

Hội Nông dân xã Quảng Phú

04 tổ hợp tác

60 hội viên


2

Hội Nông dân xã Quảng Thành

03 tổ hợp tác

45 hội viên


3

Các cơ sở còn lại

Mỗi đơn vị từ 01 đến 02 tổ hợp tác

Mỗi đơn vị không dưới 15 hội viên
"""


def _quota(text: str):
    return [(t.text, t.min, t.max, t.unit) for t in quota_cells(structure_of_text(text).tables)[0]]


def test_a_quota_table_with_a_bound_in_a_head_and_units_in_the_cells():
    assert _quota(_QUOTA_OWN_UNITS) == [
        ("04 tổ hợp tác", 4, None, "tổ hợp tác"), ("60 hội viên", 60, 60, "hội viên"),
        ("03 tổ hợp tác", 3, None, "tổ hợp tác"), ("45 hội viên", 45, 45, "hội viên"),
        ("Mỗi đơn vị từ 01 đến 02 tổ hợp tác", 1, 2, "tổ hợp tác"),
        ("Mỗi đơn vị không dưới 15 hội viên", 15, None, "hội viên")]


def test_a_head_without_a_unit_needs_the_row_number_after_the_header():
    # legacy OCR lost the row number: the first unit's name is no head; with no column of units left, no table
    text = _QUOTA_OWN_UNITS.replace("\n1\n\nHội Nông dân xã Quảng Phú", "\nHội Nông dân xã Quảng Phú")
    assert all(t[3] in ("tổ hợp tác", "hội viên") for t in _quota(text))


def test_a_name_with_a_number_is_no_cell():
    text = _QUOTA_OWN_UNITS.replace("Hội Nông dân xã Quảng Thành", "Chi hội 3 thôn Đông")
    assert ("45 hội viên", 45, 45, "hội viên") in _quota(text)


def test_a_figure_in_the_quoted_name_of_a_criterion_or_a_model_is_no_target():
    body = ('1. Phấn đấu 92% hộ gia đình hội viên đạt tiêu chí "3 sạch"; mỗi chi hội xây dựng ít nhất 01 mô hình '
            '"Gia đình 5 có" kiểu mẫu.')
    assert _facts(body) == [(92.0, 92.0, "%"), (1.0, None, "mô hình")]


_NQ = """HỘI ĐỒNG NHÂN DÂN
XÃ AN BÌNH

Số: 52/NQ-HĐND

An Bình, ngày 20 tháng 12 năm 2026

NGHỊ QUYẾT
Về kế hoạch phát triển kinh tế - xã hội năm 2027

HỘI ĐỒNG NHÂN DÂN XÃ AN BÌNH

QUYẾT NGHỊ:

Điều 1. Đánh giá tình hình năm 2026

Hội đồng nhân dân xã thống nhất với đánh giá của Ủy ban nhân dân xã: tổng giá trị sản xuất tăng 7,6%; thu nhập
bình quân đầu người ước đạt 68,5 triệu đồng/người/năm; tỷ lệ hộ nghèo còn 1,4%.

Điều 2. Mục tiêu, chỉ tiêu năm 2027

- Tổng giá trị sản xuất tăng từ 8% trở lên.
- Tỷ lệ hộ nghèo giảm còn dưới 1%.

Điều 3. Tổ chức thực hiện

Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết này.

TM. HỘI ĐỒNG NHÂN DÂN
CHỦ TỊCH
Trần Văn Bình
"""


def test_the_article_reviewing_the_past_year_holds_results_not_targets():
    got = [(t.min, t.max, t.unit) for t in extract(_NQ).targets]
    assert got == [(8.0, None, "%"), (None, 1.0, "%")]


def test_not_lower_than_and_not_more_than_are_one_range():
    body = "c) Số dự phòng ngân sách xã bố trí không thấp hơn 3% và không quá 6% tổng chi ngân sách xã."
    assert _facts(body) == [(3.0, 6.0, "%")]


def test_the_tu_of_dien_tu_is_no_from():
    assert _facts("- Triển khai thanh toán điện tử 100% đối với các khoản chi đầu tư công.") == [(100.0, 100.0, "%")]


def test_a_count_of_bodies_to_set_up_opening_a_task_line():
    assert _facts("- Thành lập 05 tổ tự quản về an ninh trật tự tại các thôn.") == [(5.0, 5.0, "tổ")]


def test_a_span_a_list_is_shown_for_is_exact_and_a_limit_from_an_event_stays_a_maximum():
    body = ("- Niêm yết công khai danh sách tại nhà văn hóa thôn trong thời gian 05 ngày làm việc.\n"
            "- Ủy ban nhân dân xã trả lời trong thời gian 05 ngày làm việc kể từ ngày nhận được ý kiến.")
    assert _facts(body) == [(5.0, 5.0, "ngày làm việc"), (None, 5.0, "ngày làm việc")]


def test_an_article_passing_the_report_on_the_past_year_holds_results_too():
    nq = _NQ.replace("Điều 1. Đánh giá tình hình năm 2026",
                     "Điều 1. Thông qua Báo cáo của Ủy ban nhân dân xã về tình hình thực hiện kế hoạch năm 2026")
    assert [(t.min, t.max, t.unit) for t in extract(nq).targets] == [(8.0, None, "%"), (None, 1.0, "%")]


def test_an_article_reviewing_the_year_and_setting_the_aims_keeps_its_aims():
    nq = _NQ.replace("Điều 1. Đánh giá tình hình năm 2026",
                     "Điều 1. Đánh giá tình hình năm 2026 và mục tiêu, chỉ tiêu năm 2027").replace(
        "tỷ lệ hộ nghèo còn 1,4%.", "tỷ lệ hộ nghèo còn 1,4%.\n\nNăm 2027, phấn đấu tỷ lệ hộ nghèo giảm còn dưới 1,2%.")
    assert (None, 1.2, "%") in [(t.min, t.max, t.unit) for t in extract(nq).targets]

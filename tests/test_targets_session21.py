"""Target kinds of session 21 (tune20 read), each in sentences written for these tests in the style of the documents
they come from; the expected values are read from the wording itself.

* a sentence of review opening with the year before the plan's ("Năm 2026, … ước đạt …; … bằng …% dự toán; … giảm còn
  …%", "Dịp Tết Nguyên đán … năm 2026, … đã tặng …"): every ";" clause of it reports that year, no target; the plan's
  own aims after it stay;
* a sentence opening "Đến [hết] ngày/năm …," that says what had been done ("đã"): its figures, "đạt" or not, are results;
* a bracket opening with the same period of the year before ("(cùng kỳ năm 2026 … xảy ra 11 vụ …)"): the baseline's
  figures, no target;
* "trên" as "per" before a measure's verb: "Số bác sĩ trên 10.000 dân đạt 12 bác sĩ" — the 10.000 is no figure;
* "chợ đầu mối đạt …" is no "mới đạt" (only reached so far): folded, "mối", "mỗi" and "mới" read alike;
* none of a class of events: "Không để xảy ra vụ … làm chết từ 02 người trở lên" is 0 vụ, the 02 its class;
* the roman review part of a plan a Quyết định issues ("I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2026"): its figures are the
  past year's, the aims of "II. MỤC TIÊU …" are the targets;
* (tg21b) a quota table by unit ("Phụ lục giao chỉ tiêu": "TT | Đơn vị | Hộ gia đình đăng ký (hộ) | Hội viên mới
  (hội viên)", a row per unit, a last row "Các xã còn lại (mỗi xã) | Ít nhất 05 | …"): each figure cell a target in its
  column's unit ("Ít nhất" a minimum), in clean text (cells a blank line apart) and in legacy OCR (no blank lines, a
  row number or a cell lost); a table of results under its caption ("KẾT QUẢ THỰC HIỆN …") sets none;
* (tg21b) a line of the targets part of a plan a Quyết định issues ("II. MỤC TIÊU VÀ CHỈ TIÊU CHỦ YẾU NĂM 2027" ⏵ "2.
  Các chỉ tiêu chủ yếu" ⏵ "- Giải quyết việc làm mới cho 420 lao động"): a counted noun there is a target without a
  verb of aim, as under the body's own "Các chỉ tiêu chủ yếu".
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.indicator_cells import quota_cells
from vanban.structure import structure_of_text

from test_targets_session19 import _XA  # (a UBND xã's plan for 2027 around one body part)


def _facts(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_XA.format(body=body)).targets]


def test_a_review_sentence_opening_with_the_year_before_reports_it_in_every_clause():
    body = ("Năm 2026, tổng thu ngân sách trên địa bàn xã ước đạt 21,4 tỷ đồng, bằng 112,3% dự toán; tỷ lệ hộ nghèo "
            "giảm còn 2,15%; toàn xã có 96,1% hộ gia đình được công nhận gia đình văn hóa.\n\n"
            "Năm 2027, phấn đấu tỷ lệ hộ nghèo giảm còn dưới 1,5%.")
    assert _facts(body) == [(None, 1.5, "%")]


def test_a_review_sentence_opening_with_an_earlier_feast_reports_it():
    body = ("Dịp Tết Nguyên đán Bính Ngọ năm 2026, các cấp ủy, chính quyền đã tặng hơn 1.200 suất quà với tổng trị giá "
            "trên 1,1 tỷ đồng; 100% hộ nghèo được thăm hỏi; số vụ cháy giảm 18,5% so với cùng kỳ.\n\n"
            "Phấn đấu 100% hộ nghèo, gia đình chính sách được thăm hỏi, tặng quà trước Tết.")
    assert _facts(body) == [(100.0, 100.0, "%")]


def test_an_as_of_sentence_telling_what_had_been_done_reports_results():
    body = ("Đến ngày 02/12/2026, Ủy ban nhân dân xã đã nhận được báo cáo của 18/24 thôn (đạt 75%).\n\n"
            "Đến hết năm 2026, công trình đã giải ngân 6,2 tỷ đồng, đạt 82,7% kế hoạch vốn được giao.")
    assert _facts(body) == []


def test_a_bracket_of_the_same_period_the_year_before_gives_the_baselines_figures():
    body = ("- Số vụ tai nạn giao thông giảm ít nhất 5% so với cùng kỳ năm 2026 (cùng kỳ năm 2026 toàn xã xảy ra "
            "11 vụ, làm chết 04 người).")
    assert _facts(body) == [(5.0, None, "%")]


def test_per_before_a_measures_verb_is_its_base_not_a_figure():
    body = "- Số bác sĩ trên 10.000 dân đạt 12 bác sĩ; số giường bệnh trên 10.000 dân đạt 30 giường."
    facts = _facts(body)
    assert [(lo, hi) for lo, hi, _ in facts] == [(12.0, 12.0), (30.0, 30.0)]
    assert facts[0][2].startswith("bác sĩ") and facts[1][2].startswith("giường")


def test_a_wholesale_market_reaching_is_no_figure_reached_so_far():
    assert _facts("- Tỷ lệ mẫu thực phẩm tại các chợ đầu mối đạt yêu cầu từ 90% trở lên.") == [(90.0, None, "%")]
    # the figure reached so far, in brackets, stays none
    assert _facts("- Tỷ lệ giải ngân (đến nay mới đạt 39,5%) phải đạt 100% kế hoạch.") == [(100.0, 100.0, "%")]


def test_none_of_a_class_of_events_is_an_exact_zero():
    assert _facts("- Không để xảy ra vụ tai nạn lao động làm chết từ 02 người trở lên.") == [(0.0, 0.0, "vụ")]
    # with no figure there is no numeric target
    assert _facts("- Không để xảy ra cháy lớn, cháy gây thiệt hại nghiêm trọng về người.") == []


_QD = """ỦY BAN NHÂN DÂN
XÃ TÂN PHÚ

Số: 210/QĐ-UBND

Tân Phú, ngày 20 tháng 12 năm 2026

QUYẾT ĐỊNH
Về việc giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2027

ỦY BAN NHÂN DÂN XÃ TÂN PHÚ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;

QUYẾT ĐỊNH:

Điều 1. Giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2027 (chi tiết tại Kế hoạch kèm theo).

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

CHỦ TỊCH
Lê Văn Hòa


KẾ HOẠCH
Phát triển kinh tế - xã hội năm 2027
(Kèm theo Quyết định số 210/QĐ-UBND ngày 20/12/2026 của Ủy ban nhân dân xã Tân Phú)

**I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2026**

Trong bối cảnh còn nhiều khó khăn, kinh tế của xã tiếp tục phát triển; tổng sản lượng lúa ước đạt 41.000 tấn; thu
ngân sách trên địa bàn ước đạt 12,6 tỷ đồng, bằng 105,2% dự toán; tỷ lệ hộ nghèo giảm còn 1,8%.

**II. MỤC TIÊU VÀ CHỈ TIÊU CHỦ YẾU NĂM 2027**

- Thu ngân sách nhà nước trên địa bàn đạt ít nhất 13 tỷ đồng.
"""


def test_the_roman_review_part_of_a_plan_a_quyet_dinh_issues_sets_no_target():
    assert [(t.min, t.max, t.unit) for t in extract(_QD).targets] == [(13.0, None, "tỷ đồng")]


def test_a_count_of_things_newly_made_is_no_figure_reached_so_far():
    # "mới" (new) after "thành lập" prints like the "mới" (only) of "toàn tỉnh mới đạt 39,5%"
    assert _facts("- Số hợp tác xã thành lập mới đạt ít nhất 05 hợp tác xã.") == [(5.0, None, "hợp tác xã")]


def test_a_review_sentence_broken_by_a_legacy_ocrs_blank_lines_still_reports_its_year():
    # Tesseract's legacy output puts a blank line between printed lines: no paragraph ends there
    body = ("Dịp Tết Nguyên đán Bính Ngọ năm 2026, các cấp ủy, chính quyền đã tặng hơn 1.200 suất quà\n\n"
            "với tổng trị giá trên 1,1 tỷ đồng; 100% hộ nghèo\n\nđược thăm hỏi; số vụ cháy giảm 18,5% so với cùng kỳ.")
    assert _facts(body) == []


_QUOTA_CLEAN = """PHỤ LỤC

PHÂN BỔ CHỈ TIÊU PHONG TRÀO NĂM 2027 CHO CÁC CƠ SỞ HỘI

(Kèm theo Kế hoạch số 12-KH/HPN ngày 10/01/2027 của Ban Thường vụ Hội LHPN huyện)


STT

Đơn vị

Hộ gia đình đăng ký “5 không, 3 sạch” (hộ)

Kết nạp hội viên mới (hội viên)

Tiết kiệm (triệu đồng)


1

Hội LHPN xã Diễn Kỷ

120

45

30


2

Hội LHPN thị trấn

90

1.050

25


3

Các cơ sở Hội còn lại (mỗi cơ sở)

Ít nhất 40

Ít nhất 15

Ít nhất 10
"""


def _quota(text: str):
    return [(t.text, t.min, t.max, t.unit) for t in quota_cells(structure_of_text(text).tables)[0]]


def test_a_quota_table_by_unit_gives_each_figure_cell_in_its_columns_unit():
    assert _quota(_QUOTA_CLEAN) == [
        ("120", 120, 120, "hộ"), ("45", 45, 45, "hội viên"), ("30", 30, 30, "triệu đồng"),
        ("90", 90, 90, "hộ"), ("1.050", 1050, 1050, "hội viên"), ("25", 25, 25, "triệu đồng"),
        ("Ít nhất 40", 40, None, "hộ"), ("Ít nhất 15", 15, None, "hội viên"), ("Ít nhất 10", 10, None, "triệu đồng")]


def test_a_quota_columns_unit_is_its_lead_when_the_lead_starts_with_it():
    text = ("CHỈ TIÊU GIAO CÁC ĐƠN VỊ NĂM 2027\n\nTT\n\nĐơn vị\n\nĐơn vị máu (đơn vị)\n\nNgày công (ngày)\n\n\n"
            "1\n\nĐoàn xã Quỳnh Lưu\n\n300\n\n50\n")
    assert _quota(text) == [("300", 300, 300, "đơn vị máu"), ("50", 50, 50, "ngày công")]


def test_a_quota_table_in_legacy_ocr_without_blank_lines_or_a_row_number():
    text = ("PHÂN BỔ CHỈ TIÊU PHONG TRÀO NĂM 2027 CHO CÁC CƠ SỞ HỘI\n\nSTT\nĐơn vị\n"
            "Hộ gia đình đăng ký (hộ)\nKết nạp hội viên mới (hội viên)\n\n1\n\nHội LHPN xã Diễn Kỷ\n120\n\n45\n"
            "Hội LHPN thị trấn\n90\n\f60\n\n3\n\nCác cơ sở Hội còn lại (mỗi cơ sở)\nít nhất 40\n\nít nhất 15\n")
    assert _quota(text) == [("120", 120, 120, "hộ"), ("45", 45, 45, "hội viên"), ("90", 90, 90, "hộ"),
                            ("60", 60, 60, "hội viên"), ("ít nhất 40", 40, None, "hộ"),
                            ("ít nhất 15", 15, None, "hội viên")]


def test_a_table_of_results_by_unit_sets_no_quota():
    text = _QUOTA_CLEAN.replace("PHÂN BỔ CHỈ TIÊU PHONG TRÀO NĂM 2027 CHO CÁC CƠ SỞ HỘI",
                                "KẾT QUẢ THỰC HIỆN PHONG TRÀO NĂM 2026 CỦA CÁC CƠ SỞ HỘI")
    assert _quota(text) == []


def test_a_quota_table_after_the_signature_reaches_the_extraction():
    doc = _XA.format(body="Phấn đấu 100% hộ gia đình được tuyên truyền.") + "\n\n" + _QUOTA_CLEAN
    got = [(t.min, t.max, t.unit) for t in extract(doc).targets]
    assert (1050, 1050, "hội viên") in got and (40, None, "hộ") in got and (100, 100, "%") in got


def test_a_counted_noun_in_the_targets_part_of_an_attached_plan_is_a_target():
    doc = _QD.replace("- Thu ngân sách nhà nước trên địa bàn đạt ít nhất 13 tỷ đồng.\n",
                      "1. Mục tiêu tổng quát\n\nPhát triển kinh tế nhanh, bền vững.\n\n2. Các chỉ tiêu chủ yếu\n\n"
                      "- Thu ngân sách nhà nước trên địa bàn đạt ít nhất 13 tỷ đồng.\n\n"
                      "- Giải quyết việc làm mới cho 420 lao động; tỷ lệ lao động qua đào tạo đạt 70%.\n")
    got = [(t.min, t.max, t.unit) for t in extract(doc).targets]
    assert (420, 420, "lao động") in got and (70, 70, "%") in got
    # the review part above it reports 2026: none of its figures
    assert not any(t.min in (41000, 12.6, 105.2, 1.8) for t in extract(doc).targets)


def test_a_requirement_to_reach_under_a_heading_of_results_is_a_target():
    # (tg21b) "phải đạt" is what must be reached, as "phấn đấu" is, even under a heading that reports
    body = ("1. Về tình hình thực hiện các nhiệm vụ được giao\n\n"
            "Năm 2026, tỷ lệ nhiệm vụ hoàn thành đúng hạn đạt 87%. Yêu cầu các ban, ngành rà soát, hoàn thành các "
            "nhiệm vụ còn tồn đọng; từ năm 2027, tỷ lệ nhiệm vụ hoàn thành đúng hạn của mỗi ban, ngành phải đạt ít "
            "nhất 90%.")
    assert _facts(body) == [(90.0, None, "%")]


def test_once_and_for_all_before_a_percentage_is_no_clause_point():
    # (tg21b) "dứt điểm" folds to "… điểm", the word before a clause's number ("điểm 3"), but a share follows it
    body = "- Xử lý dứt điểm 100% trường hợp lấn chiếm hành lang an toàn giao thông phát hiện trong năm."
    assert _facts(body) == [(100.0, 100.0, "%")]
    assert _facts("- Thực hiện theo điểm 3 khoản 2 Điều 5 Quy chế.") == []


def test_a_bodys_meeting_rhythm_is_an_exact_frequency():
    # (tg21b) the working rules of a Party committee: "mỗi tháng 02 lần" (not the month "tháng 02"), "03 tháng một lần"
    body = ("1. Chế độ hội nghị\n\n- Ban Chấp hành Đảng bộ xã họp thường lệ 03 tháng một lần; họp bất thường khi cần.\n\n"
            "- Ban Thường vụ Đảng ủy họp thường lệ mỗi tháng 02 lần vào sáng thứ Hai.")
    assert _facts(body) == [(3.0, 3.0, "tháng"), (2.0, 2.0, "lần/tháng")]
    # an event-bound session is no rhythm
    assert _facts("- Báo cáo Hội đồng nhân dân xã tại kỳ họp thường lệ cuối năm 2027.") == []

"""Targets of the kinds of tune39's documents (tgt40b, session 40).

Tables of figures per unit (a pipe table's delimiter row may centre its cells, ":-:"): a units' head glossed in
parentheses ("Chi hội (ấp)"); a school's floors per khối under heads that print their bound, not their unit ("(tối
thiểu)"), beside the khối's present counts; a fund's quota per thôn printed with its factors (people liable × the
level = the sum); a tax each thôn is charged to collect beside what it has collected. And rhythms kept on a loudspeaker system ("02 lần/tuần", "03 buổi/tuần"). Each text below is
written for these tests in the style of such documents, not copied from a labelled one; the expected values follow
``../shared/realdocs/labeled/README.md`` (từ / tối thiểu / trên → min only; dưới / không quá → max only; an exact
figure → min = max).
"""

from __future__ import annotations

from conftest import make_doc

from vanban.extract import extract


# the header and signature the bodies below are wrapped in (conftest.make_doc)
_DOC = dict(issuer="XÃ PHÚ LỘC", number=31, date=(2, 4, 2033), signer="Lê Minh Khoa")


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(make_doc(body, **_DOC)).targets]


_GLOSSED_UNITS = ("II. CHỈ TIÊU\n\nToàn xã trồng mới ít nhất 12 ha rừng; xây dựng 14 mô hình sinh kế.\n\n"
                  "**Bảng phân bổ chỉ tiêu năm 2033**\n\n"
                  "| TT | Chi hội (ấp) | Mô hình sinh kế (mô hình) | Diện tích rừng trồng mới (ha) |\n"
                  "|---|---|---|---|\n"
                  "| 1 | Ấp Bàu Sen | 5 | 4,5 |\n| 2 | Ấp Cây Gáo | 4 | 3,5 |\n| 3 | Ấp Suối Đá | 5 | 4,0 |\n"
                  "| | Toàn xã | 14 | 12,0 |\n")


def test_a_units_head_glossed_with_another_unit_kind_reads_the_quota_table():
    got = _t(_GLOSSED_UNITS)
    models = [(lo, hi) for lo, hi, u in got if u.startswith("mô hình")]
    assert (5.0, 5.0) in models and (4.0, 4.0) in models
    assert (4.5, 4.5, "ha") in got and (3.5, 3.5, "ha") in got
    assert models.count((14.0, 14.0)) == 1  # the "Toàn xã" row repeats the prose's figure: once


_GRADE_FLOORS = ("II. CHỈ TIÊU\n\nChỉ tiêu của các khối năm học 2032 - 2033:\n\n"
                 "| Khối lớp | Số học sinh | Số lớp | Số bài thu hoạch (tối thiểu) | Lượt tham gia câu lạc bộ (tối thiểu) |\n"
                 "| :-: | --: | --: | --: | --: |\n"
                 "| 10 | 240 | 6 | 240 | 300 |\n| 11 | 228 | 6 | 230 | 280 |\n| 12 | 201 | 5 | 200 | 250 |\n"
                 "| **Cộng** | **669** | **17** | **670** | **830** |\n")


def test_a_grade_table_reads_its_floors_not_the_grades_present_counts():
    got = _t(_GRADE_FLOORS)
    assert (240.0, None, "bài thu hoạch") in got and (230.0, None, "bài thu hoạch") in got
    assert (300.0, None, "lượt") in got and (250.0, None, "lượt") in got
    assert (670.0, None, "bài thu hoạch") in got and (830.0, None, "lượt") in got  # totals the prose sets nowhere
    assert not any(u in ("lớp", "học sinh") for _, _, u in got)  # each khối's classes and pupils: where it stands


_FUND_QUOTAS = ("3. Chỉ tiêu thu năm 2033\n\nTổng số thu từ người lao động tại các ấp là 19.800.000 đồng, cụ thể:\n\n"
                "| STT | Ấp | Số người phải đóng (người) | Mức thu (đồng/người) | Số tiền phải thu (đồng) |\n"
                "| :-: | :-- | --: | --: | --: |\n"
                "| 1 | Bàu Sen | 420 | 15.000 | 6.300.000 |\n| 2 | Cây Gáo | 380 | 15.000 | 5.700.000 |\n"
                "| 3 | Suối Đá | 520 | 15.000 | 7.800.000 |\n| | Cộng | 1.320 | | 19.800.000 |\n")


def test_a_quota_sum_printed_with_its_factors_is_read_without_them():
    got = _t(_FUND_QUOTAS)
    assert (6300000.0, 6300000.0, "đồng") in got and (7800000.0, 7800000.0, "đồng") in got
    assert not any(u == "người" for _, _, u in got)  # the people liable: the base
    assert not any(u == "đồng/người" for _, _, u in got)  # the level, the same on every row
    assert got.count((19800000.0, 19800000.0, "đồng")) == 1  # the total, stated in the prose: once


_TAX_CHARGED = ("1. Các ấp tổ chức thu thuế theo kế hoạch, báo cáo kết quả về UBND xã.\n\n"
                "*Đơn vị tính: đồng*\n\n"
                "| STT | Ấp | Số hộ phải nộp | Số tiền giao thu năm 2033 | Đã thu đến 30/4/2033 | Còn phải thu |\n"
                "|---|---|---|---|---|---|\n"
                "| 1 | Bàu Sen | 210 | 84.000.000 | 21.000.000 | 63.000.000 |\n"
                "| 2 | Cây Gáo | 185 | 70.500.000 | 30.500.000 | 40.000.000 |\n"
                "| | **Tổng cộng** | **395** | **154.500.000** | **51.500.000** | **103.000.000** |\n")


def test_the_sum_each_unit_is_charged_to_collect_beside_what_it_collected_is_its_target():
    got = _t(_TAX_CHARGED)
    assert (84000000.0, 84000000.0, "đồng") in got and (70500000.0, 70500000.0, "đồng") in got
    assert not any(lo in (21000000.0, 63000000.0, 51500000.0) for lo, _, _ in got)  # results, what is left


def test_a_message_aired_on_the_loudspeakers_so_often_a_week_is_a_rhythm_kept():
    got = _t("III. NỘI DUNG\n\n1. Phát tin cảnh báo mưa lũ trên hệ thống loa truyền thanh của xã 04 lần/tuần trong "
             "mùa mưa.\n\n2. Phát thanh trên loa của các ấp 02 buổi/tuần về an toàn giao thông.\n")
    assert (4.0, 4.0, "lần/tuần") in got
    assert (2.0, 2.0, "buổi/tuần") in got


def test_no_unit_at_all_below_a_share_is_a_floor_for_each():
    got = _t("II. CHỈ TIÊU\n\nPhấn đấu thu đạt 100% kế hoạch năm; không ấp nào đạt dưới 90% số tiền được giao.\n\n"
             "Không đơn vị nào có tỷ lệ hồ sơ trễ hạn trên 3%.\n")
    assert (90.0, None, "%") in got and (None, 90.0, "%") not in got
    assert (None, 3.0, "%") in got


def test_a_level_named_before_a_sum_per_head_and_year_is_the_rate_set():
    got = _t("2. Đối tượng, mức đóng\n\nb) Lao động thường trú tại các ấp: mức đóng 15.000 đồng/người/năm theo quy định "
             "của UBND tỉnh.\n")
    assert (15000.0, 15000.0, "đồng/người/năm") in got

"""Targets of tune34's kinds left by tgt35a / tgt35b (tgt35c, session 35).

A gift table by group of recipients ("Đối tượng | Số suất | Mức quà (đồng/suất) | Thành tiền (đồng)"): each group's
count of gifts, no money cell; the thresholds of a vote's outcome under a part headed "XỬ LÝ KẾT QUẢ …" (rules for a
result to come, not results reached), read as one band of shares; a vector index bounded by a bare figure ("Chỉ số …
(BI) … dưới 20"). Each text below is written for these tests in the style of such documents, not copied from a labelled
one; the expected values follow ``../shared/realdocs/labeled/README.md`` (an exact figure → min = max; dưới → max only;
a fraction stored as a decimal).
"""

from __future__ import annotations

from conftest import make_doc

from vanban.extract import extract

# the header and signature the bodies below are wrapped in (conftest.make_doc)
_DOC = dict(issuer="XÃ PHÚ HÒA", number=77, date=(2, 7, 2030),
            title="Tổ chức các hoạt động năm 2030", signer="Nguyễn Văn Hòa")


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(make_doc(body, **_DOC)).targets]


_GIFTS = ("II. NỘI DUNG\n\n1. Tặng quà nhân dịp Tết Nguyên đán\n\nSố suất quà theo từng đối tượng như sau:\n\n"
          "| TT | Đối tượng | Số suất | Mức quà (đồng/suất) | Thành tiền (đồng) |\n| --- | --- | --- | --- | --- |\n"
          "| 1 | Hộ nghèo | 85 | 300.000 | 25.500.000 |\n"
          "| 2 | Hộ cận nghèo | 40 | 200.000 | 8.000.000 |\n"
          "| 3 | Người cao tuổi cô đơn không nơi nương tựa | 12 | 500.000 | 6.000.000 |\n"
          "| | Tổng cộng | 137 | | 39.500.000 |\n\n"
          "2. Thời gian trao quà: trước Tết Nguyên đán.\n")


def test_each_group_of_a_gift_table_gets_its_count_of_gifts():
    got = _t(_GIFTS)
    assert {(85, 85, "suất"), (40, 40, "suất"), (12, 12, "suất")} <= set(got), got


def test_the_sums_of_a_gift_table_are_none_its_total_count_is_the_plan_s():
    """(tgt44b: each group's worth per suất is a level the plan sets, tests/test_targets_tgt44b.py; the row's sum and the
    total money stay none; tgt45a: the total count of gifts, stated nowhere else, is the plan's whole — a42-01, a43-04,
    a43-10, t43-10 count it)"""
    got = _t(_GIFTS)
    assert not [g for g in got if g[2] == "đồng" or g[0] in (25500000, 39500000)], got
    assert (137, 137, "suất") in got, got


def test_a_present_count_table_without_a_worth_column_gives_no_gifts():
    got = _t("I. TÌNH HÌNH\n\n| TT | Đối tượng | Số suất |\n|---|---|---|\n| 1 | Hộ nghèo | 85 |\n\n")
    assert (85, 85, "suất") not in got, got


_VOTE = ("IV. XỬ LÝ KẾT QUẢ BỎ PHIẾU\n\n1. Thành viên được bỏ phiếu có từ trên một nửa đến dưới 2/3 tổng số thành "
         "viên Ban Chấp hành đánh giá \"không đạt\" thì được đề nghị xem xét lại.\n\n2. Trường hợp có từ 2/3 tổng số "
         "thành viên Ban Chấp hành trở lên đánh giá \"không đạt\" thì cấp có thẩm quyền xem xét miễn nhiệm.\n")


def test_a_band_of_shares_under_a_results_handling_part_is_one_target():
    got = _t(_VOTE)
    assert (0.5, 2 / 3, "tỷ lệ") in got and (None, 2 / 3, "tỷ lệ") not in got, got


def test_a_share_and_up_after_the_wholes_words_is_a_minimum():
    assert (2 / 3, None, "tỷ lệ") in _t(_VOTE)


def test_a_part_reporting_results_still_gives_no_share():
    got = _t("I. KẾT QUẢ BỎ PHIẾU NĂM 2029\n\nCó từ 2/3 tổng số thành viên trở lên đánh giá \"đạt\".\n")
    assert not [g for g in got if g[2] == "tỷ lệ"], got


def test_a_vector_index_bounded_by_a_bare_figure_is_a_target():
    got = _t("I. MỤC TIÊU\n\n- Chỉ số Breteau (BI) tại các thôn trọng điểm dưới 25; chỉ số dụng cụ chứa nước có bọ "
             "gậy (CI) không quá 15 sau mỗi đợt.\n")
    assert (None, 25, "chỉ số BI") in got and (None, 15, "chỉ số CI") in got, got


def test_an_index_at_its_present_level_is_none():
    got = _t("I. TÌNH HÌNH\n\nChỉ số Breteau (BI) giám sát tháng 6 tại các thôn 2, 4 ở mức 30 - 45.\n\nII. MỤC TIÊU\n\n"
             "- Giảm số ca mắc.\n")
    assert not [g for g in got if (g[2] or "").startswith("chỉ số")], got


def test_the_whole_in_brackets_after_a_share_is_no_second_target():
    got = _t("II. CHỈ TIÊU\n\n- 100% tổ dân phố (24 tổ) tổ chức ra quân làm sạch môi trường.\n")
    assert (100, 100, "%") in got and not [g for g in got if g[0] == 24], got


def test_the_other_thing_of_an_either_or_floor_is_the_same_target():
    got = _t("II. CHỈ TIÊU\n\n- Mỗi thôn xây dựng ít nhất 01 mô hình \"Dân vận khéo\" hoặc 01 công trình thanh niên.\n")
    assert len([g for g in got if g[0] == 1]) == 1, got


def _stacked(rows):
    return "".join("\n" + "\n\n".join(c for c in r if c) + "\n\n" for r in rows)  # a cell a line, as plain text gives it


def test_a_total_row_after_a_rows_words_read_as_a_name_stays_the_total():
    # a time cell with its own unit ("tối thiểu 02 đợt/đơn vị") throws the reader's last column out; the later time
    # cells read as names: the "Tổng cộng" label is no wrap of such a name, its sum repeats the prose's and gives way
    rows = [("TT", "Đơn vị", "Chỉ tiêu (đơn vị máu)", "Thời gian tổ chức"),
            ("1", "Xã Tân Phú", "600", "Tháng 3, 9"),
            ("2", "Các xã còn lại (20 đơn vị)", "3.000", "Theo lịch đăng ký, tối thiểu 02 đợt/đơn vị"),
            ("3", "Công an tỉnh", "500", "Tháng 4, 10"),
            ("4", "Sở Y tế", "400", "Tháng 6"),
            ("", "Tổng cộng", "4.500", "")]
    got = _t("II. CHỈ TIÊU NĂM 2030\n\n1. Toàn tỉnh tiếp nhận ít nhất 4.500 đơn vị máu.\n\n2. Chỉ tiêu giao cho từng "
             "đơn vị như sau:\n\n" + _stacked(rows) + "III. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị triển khai thực hiện.\n")
    assert (4500, 4500, "đơn vị máu") not in got and (400, 400, "đơn vị máu") in got, got


def test_the_count_in_brackets_after_a_share_of_a_quota_stays():
    got = _t("II. CHỈ TIÊU\n\n- Tuyển quân bảo đảm đạt 100% chỉ tiêu trên giao (25 công dân).\n")
    assert (25, 25, "công dân") in got, got

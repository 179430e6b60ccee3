"""Targets of the legal kinds of check8 (rt39, session 39).

A normative Quyết định's table of the items each beneficiary is issued, its order column spelled "Số TT", and the
sentence after the table calling the quantities floors (min only); the same table with no such sentence stays exact
(min = max). Each text below is written for these tests in the style of such documents, not copied from a labelled
one; the expected values follow ``../shared/realdocs/labeled/README.md`` (tối thiểu → min only; an exact figure →
min = max).
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHÚ\nSố: 31/2031/QĐ-UBND\nBình Phú, ngày 09 tháng 4 năm 2031\n\nQUYẾT ĐỊNH\n"
         "Quy định danh mục trang cấp dụng cụ cho vận động viên năng khiếu của tỉnh\n\n")
_TAIL = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Minh Đức\n"

_TABLE = ("Điều 2. Danh mục trang cấp\n\n1. Danh mục dụng cụ được cấp mỗi năm cho một vận động viên\n\n"
          "| Số TT | Tên dụng cụ | Đơn vị tính | Số lượng |\n|---|---|---|---|\n"
          "| 1 | Giày tập luyện | Đôi | 03 |\n| 2 | Bộ quần áo thi đấu | Bộ | 04 |\n| 3 | Bình nước cá nhân | Chiếc | 02 |\n\n")


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_HEAD + body + _TAIL).targets]


def test_an_item_table_with_a_spelled_order_column_counts_each_row():
    got = _t(_TABLE + "Điều 3. Hiệu lực thi hành\n\nQuyết định này có hiệu lực từ ngày 20 tháng 4 năm 2031.\n")
    assert {(3, 3, "đôi"), (4, 4, "bộ"), (2, 2, "chiếc")} <= set(got), got


def test_quantities_called_floors_after_the_table_are_minimums():
    got = _t(_TABLE + "2. Trung tâm huấn luyện thể thao tỉnh mua sắm và cấp phát dụng cụ cho vận động viên, bảo đảm "
             "số lượng tối thiểu quy định tại bảng trên và trong phạm vi dự toán được giao.\n\n"
             "Điều 3. Hiệu lực thi hành\n\nQuyết định này có hiệu lực từ ngày 20 tháng 4 năm 2031.\n")
    assert {(3, None, "đôi"), (4, None, "bộ"), (2, None, "chiếc")} <= set(got), got


def test_a_floor_in_a_later_article_leaves_the_table_exact():
    got = _t(_TABLE + "Điều 3. Kinh phí\n\nKinh phí bảo đảm mức tối thiểu nêu trên của Quy chế chi tiêu nội bộ.\n\n"
             "Điều 4. Hiệu lực thi hành\n\nQuyết định này có hiệu lực từ ngày 20 tháng 4 năm 2031.\n")
    assert {(3, 3, "đôi"), (4, 4, "bộ")} <= set(got), got


_TT = ("BỘ TÀI CHÍNH\nSố: 88/2031/TT-BTC\nHà Nội, ngày 02 tháng 6 năm 2031\n\nTHÔNG TƯ\n"
       "Sửa đổi, bổ sung một số điều của Thông tư số 40/2029/TT-BTC hướng dẫn phương pháp xác định giá thuê hạ tầng\n\n"
       "Điều 1. Sửa đổi, bổ sung một số điều của Thông tư số 40/2029/TT-BTC\n\n")
_TT_TAIL = "\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nPhạm Quốc Bảo\n"


def _tt(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_TT + body + _TT_TAIL).targets]


def test_a_term_the_method_sets_in_years_is_a_target():
    got = _tt("1. Sửa đổi khoản 3 Điều 6 như sau:\n\n“3. Chi phí khấu hao được tính đều hằng năm, trong đó:\n\n"
              "t: Thời gian khấu hao bình quân của công trình hạ tầng được xác định là 20 (năm);\n\n"
              "k: Hệ số điều chỉnh theo vùng;\n\nĐối với công trình cảng cạn, t là 15 (năm).”.\n\n"
              "2. Thời gian trả nợ vay bình quân của dự án là 8 năm.\n")
    assert [g for g in got if g[2] == "năm"] == [(20, 20, "năm"), (15, 15, "năm"), (8, 8, "năm")], got


def test_a_plan_span_in_years_is_no_set_term():
    got = _tt("1. Sửa đổi khoản 1 Điều 2 như sau:\n\n“1. Giai đoạn thực hiện đề án là 5 năm, kể từ ngày Thông tư này có "
              "hiệu lực.”.\n")
    assert not [g for g in got if g[2] == "năm"], got


def test_the_financing_that_names_a_kind_of_project_is_no_share():
    got = _tt("1. Bổ sung khoản 4 Điều 3 như sau:\n\n“4. Đối với công trình cảng cạn sử dụng 100% vốn vay thương mại, "
              "tỷ lệ vốn vay ngoại tệ được xác định là 40%; công trình do doanh nghiệp sử dụng 100% vốn chủ sở hữu đầu tư "
              "thì lợi nhuận định mức không quá 12%.”.\n")
    assert (40, 40, "%") in got and (None, 12, "%") in got and not [g for g in got if g[0] == 100], got


def test_a_probability_defining_a_level_is_no_share():
    got = _tt("1. Bổ sung khoản 9 Điều 2 như sau:\n\n“9. Lưu lượng thiết kế Q90 là lưu lượng nước đến công trình với xác "
              "suất 90% được vượt qua trong năm.”.\n")
    assert not [g for g in got if g[2] == "%"], got

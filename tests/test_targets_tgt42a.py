"""Targets in tables of figures per unit (tgt42a, session 42): which columns are set, which are the base.

A table that breaks a plan's figures down by unit prints, beside what each unit is to do or is allotted, what it holds
now (its households, members, herd, accounts already open): only the first are targets. Here: villages named by their
highland kinds ("Buôn", "Làng", "Sóc") as units; a count of what is handed out ("Số đại biểu được bầu") beside a plain
count ("Số hội viên", the base); heads that close with their period ("… năm 2033", "… đến 30/6/2033"); a duty count
with no noun ("Số phải cấp mới"), its noun the caption's; a column that prints the plan-wide rate on every row (counted
once, in the sentence); a part's subtotal row ("Cộng khối 6"); a table whose columns are the units and whose rows are
the kinds. Each text below is written for these tests in the style of such documents, not copied from a labelled one;
the expected values follow ``../shared/realdocs/labeled/README.md`` (an exact figure → min = max).
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure.figure_tables import undated_head

_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ EA TIÊU\nSố: 15/KH-UBND\nEa Tiêu, ngày 04 tháng 3 năm 2033\n\nKẾ HOẠCH\n"
         "Thực hiện nhiệm vụ năm 2033\n\n")
_SIGN = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nY Bhin Niê\n"


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_HEAD + body + _SIGN).targets]


_VILLAGE_SUPPLIES = ("I. MỤC ĐÍCH\n\nPhòng bệnh cúm gia cầm trên địa bàn xã.\n" + _SIGN +
                     "\n**PHỤ LỤC**\n\n**ĐÀN GIA CẦM VÀ LƯỢNG THUỐC SÁT TRÙNG PHÂN BỔ CHO CÁC BUÔN, LÀNG**\n\n"
                     "| TT | Buôn, làng | Số hộ chăn nuôi | Tổng đàn gia cầm (con) | Thuốc sát trùng (lít) |\n"
                     "|---|---|---|---|---|\n"
                     "| 1 | Buôn Kô Sir | 120 | 5.300 | 25 |\n| 2 | Làng Ba | 95 | 4.100 | 20 |\n"
                     "| | **Tổng cộng** | **215** | **9.400** | **45** |\n")


def test_villages_named_buon_or_lang_are_units_of_a_supplies_table():
    got = _t(_VILLAGE_SUPPLIES)
    assert (25.0, 25.0, "lít") in got and (20.0, 20.0, "lít") in got and (45.0, 45.0, "lít") in got
    assert not any(lo in (120.0, 5300.0, 95.0, 4100.0, 9400.0) for lo, _, _ in got)  # the herd and households held


_DELEGATES = ("I. ĐẠI HỘI\n\nĐại hội đại biểu Hội Cựu chiến binh xã nhiệm kỳ 2033 - 2038.\n" + _SIGN +
              "\n**PHỤ LỤC**\n\n**PHÂN BỔ ĐẠI BIỂU CHO CÁC CHI HỘI**\n\n"
              "| STT | Chi hội | Số đại biểu được bầu | Số hội viên |\n|---|---|---|---|\n"
              "| 1 | Thôn Đông | 9 | 94 |\n| 2 | Thôn Tây | 7 | 71 |\n| | Cộng | 16 | 165 |\n")


def test_a_count_handed_out_beside_a_plain_count_leaves_the_plain_one_as_the_base():
    got = _t(_DELEGATES)
    assert (9.0, 9.0, "đại biểu") in got and (7.0, 7.0, "đại biểu") in got and (16.0, 16.0, "đại biểu") in got
    assert not any(lo in (94.0, 71.0, 165.0) for lo, _, _ in got)  # the members each chi hội has


def test_a_head_closing_with_its_period_is_read_by_the_words_before_it():
    assert undated_head("Số hồ sơ phải giải quyết năm 2033") == "Số hồ sơ phải giải quyết"
    assert undated_head("Tỷ lệ phải đạt đến 30/6/2033") == "Tỷ lệ phải đạt"
    assert undated_head("Số hộ đã phân loại (đến 30/6/2028)") == "Số hộ đã phân loại (đến 30/6/2028)"
    assert undated_head("Số lớp") == "Số lớp"


_DATED_HEADS = ("II. CHỈ TIÊU\n\nNăm 2033, tiếp nhận và giải quyết hồ sơ đăng ký biến động đất đai đúng hạn; chỉ tiêu "
                "từng thôn như sau:\n\n"
                "| TT | Thôn | Số thửa đất chưa đăng ký | Số hồ sơ phải giải quyết năm 2033 | Chỉ tiêu cấp GCN năm 2033 |\n"
                "|---|---|---|---|---|\n| 1 | Thôn Hạ | 140 | 60 | 52 |\n| 2 | Thôn Thượng | 110 | 45 | 38 |\n\n"
                "Giấy chứng nhận quyền sử dụng đất (GCN) trao tận tay người dân.\n")


def test_quota_heads_closing_with_the_year_are_kind_columns():
    got = _t(_DATED_HEADS)
    assert (60.0, 60.0, "hồ sơ") in got and (45.0, 45.0, "hồ sơ") in got
    assert any(lo == 52.0 and u and u.startswith("giấy chứng nhận") for lo, _, u in got)
    assert not any(lo in (140.0, 110.0) for lo, _, _ in got)  # the plots not yet registered: where each thôn stands


_DUTY_AND_RATE = ("**2. Chỉ tiêu cấp thẻ BHYT**\n\nĐến ngày 30/6/2033, phấn đấu ít nhất 92% người dân trong "
                  "xã có thẻ; chỉ tiêu từng thôn như sau:\n\n"
                  "| TT | Thôn | Dân số | Đã có thẻ | Số phải cấp mới | Tỷ lệ phải đạt đến 30/6/2033 |\n"
                  "|---|---|---|---|---|---|\n"
                  "| 1 | Thôn Hạ | 900 | 780 | 48 | 92% |\n| 2 | Thôn Thượng | 700 | 600 | 44 | 92% |\n"
                  "| | Cộng | 1.600 | 1.380 | 92 | 92% |\n")


def test_a_duty_count_takes_the_caption_noun_and_a_repeated_plan_rate_is_not_read_per_row():
    got = _t(_DUTY_AND_RATE)
    assert any(lo == 48.0 and u and u.startswith("thẻ") for lo, _, u in got)
    assert any(lo == 44.0 and u and u.startswith("thẻ") for lo, _, u in got)
    assert [x for x in got if x[2] == "%"] == [(92.0, None, "%")]  # the sentence's rate, once
    assert not any(lo in (900.0, 780.0, 700.0, 600.0, 1380.0) for lo, _, _ in got)


_SUBTOTALS = ("III. CHỈ TIÊU TUYỂN SINH\n\nChỉ tiêu cụ thể từng trường như sau:\n\n"
              "| TT | Trường | Số lớp | Số học sinh |\n|---|---|---|---|\n"
              "| 1 | Trường Tiểu học Ea Tiêu | 3 | 96 |\n| 2 | Trường Tiểu học Cư Êbur | 2 | 61 |\n"
              "| | Cộng khối 1 | 5 | 157 |\n| 3 | Trường THCS Ea Tiêu | 4 | 150 |\n| | Cộng khối 6 | 4 | 150 |\n")


def test_a_part_subtotal_row_is_a_total_not_a_unit():
    from vanban.structure import structure_of_text
    from vanban.extract.indicator_cells import quota_cells, quota_total_cells

    text = _HEAD + _SUBTOTALS + _SIGN
    tables = tuple(structure_of_text(text).tables)
    rows, _ = quota_cells(tables, (), text)
    totals, _ = quota_total_cells(tables, (), text)
    assert sorted(t.min for t in rows) == [2.0, 3.0, 4.0, 61.0, 96.0, 150.0]  # the schools' own
    assert sorted(t.min for t in totals) == [4.0, 5.0, 150.0, 157.0]  # each part's sum


_BY_SOURCE = ("**4. Nguồn lực**\n\nTổng kinh phí dự kiến 2.950 triệu đồng, trong đó:\n\n"
              "| Nguồn | Thôn Hạ | Thôn Thượng | Cộng |\n|---|---|---|---|\n"
              "| Ngân sách huyện (triệu đồng) | 700 | 600 | 1.300 |\n"
              "| Nhân dân đóng góp (triệu đồng) | 900 | 750 | 1.650 |\n"
              "| Ngày công (ngày công) | 1.500 | 1.200 | 2.700 |\n\n"
              "Các thôn tổ chức họp dân bàn cách làm.\n")


def test_a_table_with_the_units_as_columns_reads_each_unit_and_the_total():
    got = _t(_BY_SOURCE)
    for fig in (700.0, 600.0, 1300.0, 900.0, 750.0, 1650.0):
        assert (fig, fig, "triệu đồng") in got
    for fig in (1500.0, 1200.0, 2700.0):
        assert (fig, fig, "ngày công") in got


def test_a_table_of_results_by_unit_column_is_no_quota():
    got = _t(_BY_SOURCE.replace("Tổng kinh phí dự kiến 2.950 triệu đồng, trong đó:",
                                "Kết quả huy động năm 2032 như sau:"))
    assert not any(lo in (700.0, 1300.0, 1500.0) for lo, _, _ in got)


def test_a_unit_named_like_a_subtotal_stays_a_unit():
    got = _t(_VILLAGE_SUPPLIES.replace("Làng Ba", "Cộng Hòa").replace("Buôn, làng", "Thôn, buôn"))
    assert (20.0, 20.0, "lít") in got  # "Cộng Hòa", a thôn's name, not a part's subtotal
    got = _t(_VILLAGE_SUPPLIES.replace("Làng Ba", "Công an xã").replace("Buôn, làng", "Đơn vị"))
    assert (20.0, 20.0, "lít") in got  # "Công an xã", a body, though folded it reads as "Cộng …"


def test_the_units_as_columns_read_after_a_delimiter_row_ocr_misread():
    legacy = _BY_SOURCE.replace("|---|---|---|---|\n", "anal\n\n").replace("| Cộng |", "| Công |")
    got = _t(legacy)
    assert (700.0, 700.0, "triệu đồng") in got and (1300.0, 1300.0, "triệu đồng") in got


def test_a_grid_with_the_units_as_columns_is_turned_into_a_quota_table():
    from vanban.structure import structure_of_text
    from vanban.structure.figure_tables import QUOTA, turned_grids

    from vanban.models import Table, TableCell

    text = _HEAD + _BY_SOURCE + _SIGN
    rows = []
    for line in _BY_SOURCE.splitlines():  # the grid a scan's geometry gives: its cells with their offsets
        if line.startswith("|") and "---" not in line:
            at = text.index(line)
            cells = [c.strip() for c in line.strip("|").split("|")]
            rows.append(tuple(TableCell(c, text.index(c, at), text.index(c, at) + len(c)) for c in cells))
    grid = Table(rows[0][0].start, rows[-1][-1].end, tuple(rows), tuple(c.text for c in rows[0]), "data")
    grids = [grid]
    turned = turned_grids(grids, text)
    assert len(turned) == 1 and turned[0].role == QUOTA
    assert [r[1].text for r in turned[0].rows[1:]] == ["Thôn Hạ", "Thôn Thượng", "Cộng"]
    assert [c.text for c in turned[0].rows[1][2:]] == ["700", "900", "1.500"]
    assert turned_grids(grids, text, [t for t in structure_of_text(text).tables if t.role == QUOTA]) == []

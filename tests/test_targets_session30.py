"""Targets: kinds read from authored28's misses after it was spent (issue 10, session 30, tgt30b).

Each text below is written for these tests in the style of a province's plans and notices, not copied from the
labelled documents; the expected values follow ``../shared/realdocs/labeled/README.md`` (bounds: "ít nhất" /
"tối thiểu" / "từ … trở lên" → min, "không quá" → max, "85 - 90" both; an exact figure → min = max; figures already
reached are no targets).
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 17/KH-UBND\nNghệ An, ngày 08 tháng 01 năm 2027\n\nKẾ HOẠCH\n"
         "Cải cách hành chính năm 2027\n\n")
_TAIL = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHồ Văn Minh\n"


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_HEAD + body + _TAIL).targets]


# --- an indicator table with the goals of the year beside the last year's results, no unit column -------------------

_GOALS_BESIDE_RESULTS = (
    "II. KẾT QUẢ NĂM 2026 VÀ CHỈ TIÊU NĂM 2027\n\n"
    "Năm 2026, tỷ lệ văn bản được ký số đạt 91,2%; còn 7/52 xã có tỷ lệ văn bản giấy trên 10%.\n\n"
    "Chỉ tiêu năm 2027:\n\n"
    "| TT | Chỉ tiêu | Chỉ tiêu năm 2027 | Kết quả năm 2026 |\n"
    "|---|---|---|---|\n"
    "| 1 | Tỷ lệ văn bản đi được ký số | Ít nhất 97% | 91,2% |\n"
    "| 2 | Tỷ lệ cuộc họp tổ chức trực tuyến | Từ 60% trở lên | 44,0% |\n"
    "| 3 | Điểm đánh giá cải cách hành chính | 88 - 92 điểm | 84,5 điểm |\n"
    "| 4 | Tỷ lệ văn bản bị trả lại do sai thể thức | Không quá 1% | 2,3% |\n"
    "| 5 | Tỷ lệ hồ sơ lưu trữ được số hóa | 100% | 76,9% |\n\n"
    "III. NHIỆM VỤ\n\n1. Tập huấn văn thư\n\nSở Nội vụ tổ chức tập huấn cho cán bộ văn thư các xã.\n"
)


def test_goals_column_read_with_units_written_in_the_cells():
    got = _t(_GOALS_BESIDE_RESULTS)
    assert (97, None, "%") in got
    assert (60, None, "%") in got
    assert (88, 92, "điểm") in got
    assert (None, 1, "%") in got
    assert (100, 100, "%") in got


def test_results_column_and_the_results_paragraph_are_no_goals():
    got = _t(_GOALS_BESIDE_RESULTS)
    for reached in (91.2, 44.0, 84.5, 2.3, 76.9, 10):
        assert all(reached not in (lo, hi) for lo, hi, _ in got), reached
    assert len(got) == 5


def test_goal_cells_carry_their_indicator_and_year():
    ts = extract(_HEAD + _GOALS_BESIDE_RESULTS + _TAIL).targets
    floor = next(t for t in ts if t.min == 97)
    assert floor.scope == "tỷ lệ văn bản đi được ký số"
    assert floor.period == "năm 2027"


def test_a_table_with_a_chi_tieu_column_but_no_results_column_is_left_to_the_prose():
    # a task table naming its indicator per row is no indicator table: nothing here is read as a column of goals
    body = ("II. NHIỆM VỤ\n\n| TT | Nhiệm vụ | Chỉ tiêu | Cơ quan chủ trì |\n|---|---|---|---|\n"
            "| 1 | Số hóa hồ sơ lưu trữ | Ít nhất 80% | Sở Nội vụ |\n")
    assert _t(body) == [(80, None, "%")]


# --- a floor a task must reach, then ", mức …" of another figure ------------------------------------------------------

def test_a_floor_count_before_a_comma_and_the_size_of_each_cut_are_two_targets():
    body = ("III. NHIỆM VỤ\n\n1. Đơn giản hóa thủ tục\n\nRà soát, đề xuất đơn giản hóa ít nhất 15 thủ tục hành chính thuộc "
            "thẩm quyền của huyện, mức cắt giảm thời gian giải quyết từ 10% đến 20%.\n")
    got = _t(body)
    assert (15, None, "thủ tục") in [(lo, hi, u[:7]) for lo, hi, u in got]
    assert (10, 20, "%") in got


def test_a_tier_bound_before_comma_level_still_gives_way():
    # "… trở xuống, mức hỗ trợ bằng …": the tier's key, its value is the target (unchanged)
    body = ("Điều 3. Mức hỗ trợ\nHộ có từ 03 nhân khẩu trở xuống, mức hỗ trợ bằng 2.000.000 đồng/hộ.\n")
    got = _t(body)
    assert (3, None, "nhân khẩu") not in got


# --- a rate per a round base whose counted noun stands before it, after "số" ----------------------------------------

def test_rate_per_base_takes_the_counted_noun_named_before_it():
    body = ("II. CHỈ TIÊU\n- Số ca mắc sởi được ghi nhận không quá 3/100.000 dân.\n"
            "- Số người tử vong do tai nạn lao động dưới 2/100.000 lao động.\n")
    got = _t(body)
    assert (None, 3, "ca/100.000 dân") in got
    assert (None, 2, "người/100.000 lao động") in got


def test_rate_per_base_without_a_counted_noun_keeps_the_bare_base():
    body = "II. CHỈ TIÊU\n- Tỷ lệ mắc lao mới dưới 60/100.000 dân.\n"
    assert _t(body) == [(None, 60, "/100.000 dân")]


def test_a_campaigns_days_from_one_day_to_another_are_no_rate():
    body = ("II. NHIỆM VỤ\nTổ chức Tháng hành động phòng, chống ma túy (từ 15/6 đến 15/7/2027), bảo đảm 100% thôn, tổ dân "
            "phố được tuyên truyền.\n")
    assert _t(body) == [(100, 100, "%")]


# --- a level named by "mức" right before a sum per item ---------------------------------------------------------------

def test_a_level_per_item_named_by_muc_is_a_norm():
    body = ("II. NHIỆM VỤ\nHội Chữ thập đỏ tỉnh trao quà cho hộ nghèo dịp Tết; mức quà của Hội 400.000 đồng/suất; hoàn "
            "thành trước ngày 25/01/2027.\n")
    assert (400000, 400000, "đồng/suất") in _t(body)


def test_a_total_sum_after_muc_words_without_a_per_item_stays_unread():
    body = "II. NHIỆM VỤ\nSở Tài chính bảo đảm mức chi của tỉnh trong năm 2027 cho chương trình là hợp lý.\n"
    assert _t(body) == []

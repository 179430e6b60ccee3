"""Targets: kinds read from authored28's misses after it was spent (issue 10, session 30, tgt30b).

Each text below is written for these tests in the style of a province's plans and notices, not copied from the
labelled documents; the expected values follow ``../shared/realdocs/labeled/README.md`` (bounds: "ít nhất" /
"tối thiểu" / "từ … trở lên" → min, "không quá" → max, "85 - 90" both; an exact figure → min = max; figures already
reached are no targets).
"""

from __future__ import annotations

from conftest import make_doc

from vanban.extract import extract

# the header and signature the bodies below are wrapped in (conftest.make_doc)
_DOC = dict(issuer="TỈNH NGHỆ AN", number=17, date=(8, 1, 2027), zero_month=True,
            title="Cải cách hành chính năm 2027", signer="Hồ Văn Minh")


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(make_doc(body, **_DOC)).targets]


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
    ts = extract(make_doc(_GOALS_BESIDE_RESULTS, **_DOC)).targets
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


# --- a tier's value is never sought past a table cell's "|" ----------------------------------------------------------

def test_a_floor_in_a_task_tables_last_cell_is_no_tiers_key_of_the_next_rows_number():
    body = ("PHỤ LỤC\n\nDANH MỤC NHIỆM VỤ NĂM 2027\n\n"
            "| TT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành | Sản phẩm |\n|---|---|---|---|---|\n"
            "| 1 | Tập huấn an toàn thông tin cho công chức xã | Sở Nội vụ | Quý II/2027 | Ít nhất 800 lượt công chức được tập huấn |\n"
            "| 2 | Diễn tập ứng cứu sự cố | Công an tỉnh | Tháng 10/2027 | Báo cáo kết quả |\n")
    assert (800, None, "lượt") in [(lo, hi, u.split()[0]) for lo, hi, u in _t(body)]


# --- a total's split per period, in the total's own noun --------------------------------------------------------------

def test_a_totals_split_per_quarter_is_an_exact_count():
    body = "II. NHIỆM VỤ\nTổ chức ít nhất 08 buổi ngoại khóa trong năm học, mỗi tháng 01 buổi; báo cáo kết quả cuối năm.\n"
    got = _t(body)
    assert (8, None, "buổi") in got
    assert (1, 1, "buổi") in got


def test_a_per_period_count_of_another_noun_is_no_split():
    body = "II. NHIỆM VỤ\nTổ chức ít nhất 08 buổi ngoại khóa trong năm học, mỗi tháng 02 bài viết trên trang tin của trường.\n"
    assert (2, 2, "bài") not in [(lo, hi, (u or "").split()[0]) for lo, hi, u in _t(body)]


# --- the scale a plan sets on a "Quy mô:" line ------------------------------------------------------------------------

def test_counts_on_a_scale_line_are_the_plans_scale():
    body = ("II. NỘI DUNG\nc) Quy mô: cấp huyện thành lập 03 tổ công tác liên ngành tại 05 xã trọng điểm; cấp xã mỗi đơn "
            "vị tổ chức ít nhất 01 cuộc kiểm tra.\n")
    got = [(lo, hi, u.split()[0]) for lo, hi, u in _t(body)]
    assert (3, 3, "tổ") in got
    assert (5, 5, "xã") in got
    assert (1, None, "cuộc") in got


# --- the objects an inspection plan sets, counted -------------------------------------------------------------------

_INSPECTION = ("ĐẢNG BỘ XÃ HÒA AN\nỦY BAN KIỂM TRA\nSố: 09-KH/UBKT\nHòa An, ngày 10 tháng 01 năm 2027\n\nKẾ HOẠCH\n"
               "Kiểm tra, giám sát năm 2027\n\nI. NỘI DUNG\n\n")


def _inspection(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_INSPECTION + body + "\nT/M ỦY BAN KIỂM TRA\nCHỦ NHIỆM\nLê Thị Hoa\n").targets]


def test_objects_label_counts_past_a_named_body():
    body = "1. Kiểm tra tài chính đảng\n\n- Đối tượng: Văn phòng Đảng ủy xã và 05 chi bộ trực thuộc.\n\n- Thời gian: quý III/2027.\n"
    assert (5, 5, "chi bộ") in [(lo, hi, u.split("(")[0].strip()[:6]) for lo, hi, u in _inspection(body)]


def test_supervision_task_line_counts_its_objects():
    body = ("2. Giám sát chuyên đề\n\n- Giám sát 04 tổ chức đảng và 07 đảng viên là cấp ủy viên về việc thực hiện quy "
            "định nêu gương.\n")
    got = _inspection(body)
    assert (4, 4, "tổ chức đảng") in got
    assert (7, 7, "đảng viên") in got


def test_a_named_list_of_objects_under_a_heading_stays_uncounted():
    # the tune28 reading: "- 03 tổ chức đảng: Chi bộ …, Chi bộ …" lists who, no line label and no verb before the count
    body = ("2. Đối tượng giám sát\n\n- 02 tổ chức đảng: Chi bộ Thôn 1, Chi bộ Trường Tiểu học.\n\n"
            "- 03 đồng chí cấp ủy viên phụ trách các thôn.\n")
    assert _inspection(body) == []


def test_a_part_of_the_objects_counted_before_is_no_count_of_its_own():
    body = ("1. Giám sát sinh hoạt chi bộ\n\n- Đối tượng: 06 chi bộ trực thuộc, gồm các chi bộ thôn Đông, Tây, Nam, Bắc và "
            "02 chi bộ trường học.\n")
    assert _inspection(body) == [(6, 6, "chi bộ")]


# --- a bracket of an indicator's name that bounds each counted item ---------------------------------------------------

def test_an_indicators_bracketed_norm_is_a_target_beside_the_rows_count():
    body = ("III. CHỈ TIÊU NĂM 2027\n\n| TT | Chỉ tiêu | Đơn vị tính | Chỉ tiêu năm 2027 |\n|---|---|---|---|\n"
            "| 1 | Cầu giao thông nông thôn (kinh phí tối thiểu 200 triệu đồng/cầu) | Cầu | Ít nhất 12 |\n"
            "| 2 | Điểm vui chơi cho thiếu nhi | Điểm | 25 |\n")
    got = _t(body)
    assert (12, None, "cầu") in got
    assert (25, 25, "điểm") in got
    assert (200, None, "triệu đồng") in got


def test_emergency_care_round_the_clock_is_a_regime_even_when_ocr_lost_the_watch_word():
    body = "II. NHIỆM VỤ\n3. Sở Y tế\n- Tổ chức ủy cấp cứu 24/24 giờ tại các bệnh viện trong dịp lễ.\n"
    assert _t(body) == []

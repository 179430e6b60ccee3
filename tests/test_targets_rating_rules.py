"""Targets: the rules of a Hướng dẫn or Quy định on rating (đánh giá, xếp loại; issue 10, session 30).

A guidance on rating bodies and members states its rules as figures: the cap of each scored criterion ("tối đa 30
điểm"), the band of scores of each grade ("đạt từ 65 điểm đến dưới 80 điểm"), the share a grade may not pass ("không
vượt quá 15% số …"), the count or time that decides a case ("chi hội có dưới 10 hội viên …", "dưới 04 tháng"). Its
parts are headed "ĐÁNH GIÁ, XẾP LOẠI …" — the rating to do, not a review of results. Each text below is written for
these tests in the style of such guidance (a Hội Cựu chiến binh, a Ban Tổ chức Huyện ủy, a Sở), not copied from a
labelled document; the expected values follow ``../shared/realdocs/labeled/README.md`` (từ/ít nhất/trên → min only;
tối đa/không quá/dưới → max only; "đạt từ A đến dưới B" of a grade → min A, max B; past results are not targets).
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("HỘI CỰU CHIẾN BINH VIỆT NAM\nBAN CHẤP HÀNH TỈNH NINH BÌNH\nSố: 09-HD/CCB\nNinh Bình, ngày 20 tháng 11 "
         "năm 2027\n\nHƯỚNG DẪN\nĐánh giá, xếp loại chất lượng tổ chức Hội năm 2027\n\n")
_REPORT = ("ĐẢNG BỘ XÃ TÂN LẬP\nĐẢNG ỦY XÃ\nSố: 88-BC/ĐU\nTân Lập, ngày 15 tháng 01 năm 2028\n\nBÁO CÁO\n"
           "Kết quả kiểm điểm, đánh giá, xếp loại năm 2027\n\n")
_TAIL = "\nT/M BAN THƯỜNG VỤ\nCHỦ TỊCH\nPhạm Văn Tâm\n"


def _closing(roman: str) -> str:
    """The guidance's last part, numbered after the rules it closes."""
    return f"{roman}. TỔ CHỨC THỰC HIỆN\nCác Hội cơ sở triển khai Hướng dẫn này.\n"


def _t(body: str, head: str = _HEAD):
    return [(t.min, t.max, t.unit) for t in extract(head + body + _TAIL).targets]


def test_score_caps_under_a_rating_part_are_targets():
    body = ("I. MỤC ĐÍCH\nViệc đánh giá phải khách quan, đúng thực chất.\n\n"
            "II. ĐÁNH GIÁ, XẾP LOẠI CHI HỘI\n\n1. Chấm điểm\n\nChi hội được chấm theo thang điểm tối đa 100 điểm, gồm: "
            "công tác tuyên truyền, giáo dục tối đa 30 điểm; công tác xây dựng tổ chức Hội tối đa 45 điểm; phong trào "
            "thi đua tối đa 25 điểm.\n\n"
            + _closing("III"))
    assert _t(body) == [(None, 100, "điểm"), (None, 30, "điểm"), (None, 45, "điểm"), (None, 25, "điểm")]


def test_a_cap_on_the_score_of_a_results_item_is_no_result():
    # "kết quả …" names the criterion scored, the cap is the rule's
    body = ("II. ĐÁNH GIÁ, XẾP LOẠI CHI HỘI\n\nThang điểm gồm: kết quả thực hiện nhiệm vụ chính trị ở địa phương tối đa "
            "50 điểm; kết quả thực hiện nhiệm vụ cấp trên giao tối đa 15 điểm.\n\n"
            + _closing("III"))
    assert _t(body) == [(None, 50, "điểm"), (None, 15, "điểm")]


def test_the_band_of_scores_of_each_grade():
    body = ("II. ĐÁNH GIÁ, XẾP LOẠI CHI HỘI\n\n2. Mức xếp loại\n\n"
            "a) Chi hội vững mạnh: đạt từ 80 điểm trở lên.\n\n"
            "b) Chi hội khá: đạt từ 65 điểm đến dưới 80 điểm.\n\n"
            "c) Chi hội trung bình: đạt từ 45 điểm đến dưới 65 điểm.\n\n"
            "d) Chi hội yếu: đạt dưới 45 điểm.\n\n"
            + _closing("III"))
    assert _t(body) == [(80, None, "điểm"), (65, 80, "điểm"), (45, 65, "điểm"), (None, 45, "điểm")]


def test_the_share_a_grade_may_not_pass_and_a_floor_of_members():
    body = ("III. ĐÁNH GIÁ, XẾP LOẠI HỘI VIÊN\n\n1. Số hội viên được xếp loại \"Xuất sắc\" không vượt quá 15% số hội "
            "viên được xếp loại \"Tốt\" của chi hội.\n\n"
            "2. Chi hội có trên 25% số hội viên không tham gia sinh hoạt thì không xếp loại vững mạnh.\n\n"
            + _closing("IV"))
    assert _t(body) == [(None, 15, "%"), (25, None, "%")]


def test_a_small_branchs_threshold_before_then_and_its_cap_are_both_targets():
    # a one-sided threshold before "thì" is the rule's own figure (the labels), the cap after it too
    body = ("III. ĐÁNH GIÁ, XẾP LOẠI HỘI VIÊN\n\nChi hội có dưới 10 hội viên được xếp loại \"Tốt\" thì được đề nghị tối đa "
            "01 hội viên \"Xuất sắc\".\n\n"
            + _closing("IV"))
    assert _t(body) == [(None, 10, "hội viên"), (None, 1, "hội viên")]


def test_a_probationary_members_time_is_no_past_result():
    # "dự bị có" (probationary, has) is not "đã có" (has had) in the folded view's look-alikes
    body = ("III. ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN\n\nĐảng viên dự bị có thời gian sinh hoạt dưới 04 tháng thì chi bộ nhận "
            "xét, không xếp loại.\n\n"
            + _closing("IV"))
    assert _t(body) == [(None, 4, "tháng")]


def test_a_reports_rating_part_still_reports_results():
    # guard: a Báo cáo's "ĐÁNH GIÁ, XẾP LOẠI" part tells how the bodies were rated, no rule to apply
    body = ("I. CÔNG TÁC CHỈ ĐẠO\nĐảng ủy ban hành kế hoạch kiểm điểm.\n\n"
            "II. ĐÁNH GIÁ, XẾP LOẠI\n\nToàn Đảng bộ có 18 chi bộ, trong đó 92,5% chi bộ được xếp loại \"Hoàn thành tốt "
            "nhiệm vụ\" trở lên; 04 đảng viên không hoàn thành nhiệm vụ.\n\n"
            "III. KIẾN NGHỊ\nĐề nghị Đảng ủy cấp trên quan tâm.\n")
    assert _t(body, _REPORT) == []


def test_a_band_naming_a_class_of_cases_stays_no_target():
    # guard: without "đạt" a band closed by "đến dưới" names the class a rule is for
    body = ("II. ĐÁNH GIÁ, XẾP LOẠI HỘI VIÊN\n\nHội viên có từ 10 năm đến dưới 15 năm sinh hoạt Hội được tặng giấy khen "
            "của Hội cấp huyện.\n\n"
            + _closing("III"))
    assert _t(body) == []


def test_a_band_the_rule_follows_in_the_clause_stays_its_case():
    # guard: "có trên N … bố trí ít nhất M": which branch the rule is for, with no "thì" between — the rule's figure alone
    body = ("II. ĐÁNH GIÁ, XẾP LOẠI CHI HỘI\n\nChi hội có trên 60 hội viên bố trí ít nhất 02 cộng tác viên làm công tác tuyên "
            "truyền.\n\n"
            + _closing("III"))
    assert _t(body) == [(2, None, "cộng tác viên")]


def test_a_grading_threshold_inside_a_case_clause_is_a_target():
    # "trường hợp … có dưới N … được xếp loại … thì …": the rule's threshold, however the clause opens
    body = ("III. ĐÁNH GIÁ, XẾP LOẠI HỘI VIÊN\n\nSố hội viên \"Xuất sắc\" không quá 15% số hội viên \"Tốt\"; trường hợp chi "
            "hội có dưới 06 hội viên được xếp loại \"Tốt\" thì Hội cấp trên xem xét, quyết định.\n\n"
            + _closing("IV"))
    assert _t(body) == [(None, 15, "%"), (None, 6, "hội viên")]


def test_the_band_of_a_case_before_its_cap_names_the_case():
    # "đối với … có từ N … trở lên, đề nghị không quá M …": the band says which bodies, the cap is the target
    body = ("II. SỐ LƯỢNG ĐỀ NGHỊ KHEN THƯỞNG\n\nGiấy khen của Hội cấp tỉnh: đối với Hội cấp xã có từ 300 hội viên trở lên, "
            "đề nghị không quá 04 tập thể; đối với Hội cấp xã dưới 300 hội viên, không quá 02 tập thể.\n\n"
            + _closing("III"))
    assert _t(body) == [(None, 4, "tập thể"), (None, 2, "tập thể")]


def test_a_run_of_consecutive_years_or_times_is_an_exact_figure():
    body = ("II. TIÊU CHUẨN KHEN THƯỞNG\n\na) Giấy khen: tặng cho hội viên có 02 năm liên tục được xếp loại \"Xuất sắc\".\n\n"
            "b) Hội viên bị xếp loại \"Yếu\" 03 lần liên tiếp thì chi hội đề nghị xóa tên.\n\n"
            + _closing("III"))
    assert _t(body) == [(2, 2, "năm"), (3, 3, "lần")]


def test_the_window_of_a_lapse_stays_no_target():
    # guard: "trong 02 năm liên tiếp không …" is the window a lapse is counted in
    body = ("II. ĐÁNH GIÁ, XẾP LOẠI HỘI VIÊN\n\nHội viên trong 02 năm liên tiếp không tham gia sinh hoạt thì chi hội "
            "xem xét, đề nghị xóa tên.\n\n"
            + _closing("III"))
    assert _t(body) == []


def test_a_run_compared_is_no_exact_run():
    # guard: "quá 05 lần liên tiếp" (more than five) is the case's bound, not a run of exactly five
    body = ("II. QUẢN LÝ TÀI KHOẢN\n\nTài khoản thuộc các trường hợp sau đây bị tạm khóa:\n\na) Nhập sai mật khẩu quá 05 "
            "lần liên tiếp;\n\nb) Không đăng nhập trong 06 tháng liên tục.\n\n" + _closing("III"))
    assert (5, 5, "lần") not in _t(body)

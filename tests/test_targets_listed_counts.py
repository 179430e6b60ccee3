"""Targets in running text of tune32's kinds (tgt33d, session 33).

A diễn tập plan's forces and means listed after a label, the parts of a count in brackets and a total in brackets
(:mod:`vanban.extract.listed_counts`); "N/N" every one of a whole without a target word; the sum each one is granted
("mỗi … được hỗ trợ", also under "KINH PHÍ") and a top-up ("được hỗ trợ thêm"); a support count under "MỤC TIÊU"; a
training length with its lesson periods in brackets; "không để X, Y nào … quá N tháng"; the papers a conference hears
("tham luận"); the years a review looks back on ("trong 5 năm thực hiện Nghị quyết …", no target); fees per band (the
fee a target, the band after "nếu" its condition); "chỉ được … 01 …" a cap. Each text below is written for these
tests in the style of such documents, not copied from a labelled one; the expected values follow
``../shared/realdocs/labeled/README.md`` (an exact figure → min = max; ít nhất/tối thiểu → min only; không quá → max).
"""

from __future__ import annotations

from vanban.extract import extract

_UBND = ("ỦY BAN NHÂN DÂN\nXÃ TÂN HƯNG\nSố: 77/KH-UBND\nTân Hưng, ngày 12 tháng 8 năm 2029\n\nKẾ HOẠCH\n"
         "Tổ chức thực hiện nhiệm vụ năm 2030\n\n")
_TAIL = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nPhạm Văn Đức\n"


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_UBND + body + _TAIL).targets]


def test_means_listed_after_a_label_each_count():
    got = _t("I. NỘI DUNG\n\n3. Phương tiện bảo đảm: 03 xe cứu thương, 04 xuồng cao su, 02 máy bơm nước và 01 xe "
             "chữa cháy; hệ thống loa truyền thanh của xã.\n")
    for n, noun in ((3, "xe"), (4, "xuồng cao su"), (2, "máy bơm nước"), (1, "xe")):
        assert any(lo == hi == n and u.startswith(noun) for lo, hi, u in got), (n, noun, got)


def test_parts_in_brackets_and_a_total_in_brackets():
    got = _t("I. NỘI DUNG\n\n1. Lực lượng tham gia (tổng số 180 người):\n\n- Dân quân: 72 đồng chí (dân quân cơ động 24 "
             "đồng chí; dân quân thường trực 48 đồng chí);\n\n- Thanh niên xung kích: 108 người.\n")
    for n, noun in ((180, "người"), (72, "đồng chí"), (24, "đồng chí"), (48, "đồng chí"), (108, "người")):
        assert (n, n, noun) in got, (n, got)


def test_every_one_of_a_whole_is_a_target_without_a_target_word():
    got = _t("I. NỘI DUNG\n\n1. Tổ chức hội nghị\n\n- 12/12 tổ dân phố tổ chức hội nghị trong cùng một tuần.\n")
    assert (12, 12, "tổ dân phố") in got


def test_every_one_of_a_whole_done_in_the_past_is_no_target():
    got = _t("I. KẾT QUẢ\n\nNăm 2028, 12/12 tổ dân phố đã tổ chức hội nghị thành công.\n")
    assert all(lo != 12 for lo, hi, u in got), got


def test_the_sum_each_one_is_granted_is_a_target_even_under_kinh_phi():
    got = _t("I. NỘI DUNG\n\n1. Tổ chức ngày hội.\n\nII. KINH PHÍ\n\nKinh phí thực hiện từ ngân sách xã năm 2030 đã "
             "được giao; mỗi tổ dân phố được hỗ trợ 3.000.000 đồng để tổ chức ngày hội.\n")
    assert any(lo == hi == 3000000 and u.startswith("đồng") for lo, hi, u in got), got


def test_a_top_up_granted_is_a_target():
    got = _t("I. MỨC HỖ TRỢ\n\nSửa chữa: 20 triệu đồng/nhà. Hộ gia đình liệt sĩ được hỗ trợ thêm 5 triệu đồng/nhà từ "
             "Quỹ Vì người nghèo.\n")
    assert any(lo == hi == 5 and u.startswith("triệu đồng") for lo, hi, u in got), got


def test_a_support_count_under_the_aims_is_a_target():
    got = _t("I. MỤC TIÊU\n\n1. Hỗ trợ 25 hộ sửa chữa nhà ở, trong đó: xây mới 10 nhà, sửa chữa 15 nhà.\n")
    assert (25, 25, "hộ") in got


def test_a_request_for_support_stays_out():
    got = _t("I. KIẾN NGHỊ\n\nĐề nghị UBND tỉnh hỗ trợ 25 hộ sửa chữa nhà ở.\n")
    assert (25, 25, "hộ") not in got


def test_training_length_with_its_lesson_periods_in_brackets():
    got = _t("I. NỘI DUNG\n\nViên chức tham gia bồi dưỡng tối thiểu 02 tuần (80 tiết) trong năm.\n")
    assert (80, None, "tiết") in got
    assert (2, None, "tuần") not in got and (80, 80, "tiết") not in got


def test_not_leaving_listed_things_idle_over_a_time():
    got = _t("I. NỘI DUNG\n\nKhông để trụ sở, nhà kho nào bị bỏ hoang quá 03 tháng kể từ ngày bàn giao.\n")
    assert (None, 3, "tháng") in got


def test_papers_a_conference_hears():
    got = _t("I. NỘI DUNG\n\n- Chuẩn bị nội dung tham luận tại hội nghị tổng kết (từ 04 đến 05 tham luận).\n")
    assert (4, 5, "tham luận") in got


def test_the_years_a_review_looks_back_on_are_no_target():
    got = _t("I. KHEN THƯỞNG\n\nTặng Giấy khen cho không quá 03 tập thể có thành tích trong 10 năm thực hiện Chỉ thị "
             "số 12-CT/TU.\n")
    assert (None, 3, "tập thể") in got
    assert all(u != "năm" for lo, hi, u in got), got


def test_fees_per_band_the_fee_a_target_the_band_its_condition():
    got = _t("I. LỆ PHÍ\n\nLệ phí thi: 600.000 đồng/thí sinh nếu dưới 50 thí sinh; 450.000 đồng/thí sinh nếu từ 50 đến "
             "dưới 200 thí sinh; 350.000 đồng/thí sinh nếu từ 200 thí sinh trở lên.\n")
    for fee in (600000, 450000, 350000):
        assert any(lo == hi == fee and u.startswith("đồng") for lo, hi, u in got), (fee, got)
    assert all(u != "thí sinh" for lo, hi, u in got), got


def test_only_allowed_one_is_a_cap():
    got = _t("I. ĐIỀU KIỆN\n\nMỗi thí sinh chỉ được nộp hồ sơ dự tuyển vào 01 trường.\n")
    assert (None, 1, "trường") in got


def test_counts_a_label_says_are_asked_of_a_higher_body_stay_out():
    got = _t("I. NỘI DUNG\n\n2. Lực lượng hỗ trợ (đề nghị huyện tăng cường): Trung tâm Y tế 01 kíp cấp cứu; Đội Cảnh sát "
             "PCCC 02 xe chữa cháy.\n")
    assert all(hi not in (1, 2) for lo, hi, u in got), got


def test_the_first_months_of_a_rollout_are_no_time_limit():
    got = _t("I. NỘI DUNG\n\nCác tổ tự quản hướng dẫn người dân tại các điểm thu gom trong 03 tháng đầu triển khai.\n")
    assert all(u != "tháng" for lo, hi, u in got), got


def test_a_page_cap_in_a_report_outline_after_the_signature():
    body = ("I. NỘI DUNG\n\nCác chi bộ xây dựng báo cáo theo Đề cương kèm theo.\n" + _TAIL +
            "\nPHỤ LỤC\n\nĐỀ CƯƠNG BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2029\n\nPhần thứ nhất\n\nKẾT QUẢ THỰC HIỆN\n\n1. Công tác "
            "tuyên truyền.\n\nPhần thứ hai\n\nPHƯƠNG HƯỚNG NĂM 2030\n\nGhi chú: Báo cáo không quá 08 trang khổ A4, gửi "
            "bản điện tử.\n")
    got = [(t.min, t.max, t.unit) for t in extract(_UBND + body).targets]
    assert (None, 8, "trang") in got


def test_legacy_ocr_forms_of_these_kinds():
    # "ô tô" read "6 tổ" inside a label's list; a bracketed part wrapped onto the next line; "nếu" read "nữ" before a
    # fee's band; "mỗi" read "mọi" (every) before the sum each one is granted
    got = _t("I. NỘI DUNG\n\n3. Phương tiện: 02 xe 6 tổ, 05 xuồng máy, 01 máy bơm.\n\n- Dân quân: 40 đồng chí (dân quân "
             "cơ động 10 đồng chí; dân quân tại\nchỗ 30 đồng chí);\n\nLệ phí: 600.000 đồng/thí sinh nếu dưới 50 thí sinh; "
             "450.000 đồng/thí sinh nữ từ 50 thí sinh trở lên.\n\nNgân sách xã năm 2030 đã được giao; mọi tổ dân phố\n"
             "được hỗ trợ 1.500.000 đồng để tổ chức ngày hội.\n")
    for n, noun in ((5, "xuồng máy"), (1, "máy bơm"), (10, "đồng chí"), (30, "đồng chí"), (450000, "đồng"),
                    (1500000, "đồng")):
        assert any(lo == hi == n and u.startswith(noun) for lo, hi, u in got), (n, noun, got)
    assert all(u != "thí sinh" for lo, hi, u in got), got

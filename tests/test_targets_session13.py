"""Targets: kinds of normative wording read on the fresh3 documents (issue 10, session 13).

Quyết định of the Thủ tướng (and their consolidated texts), Thông tư and Quy chế set a value per tier of a case, grant
amounts by a benefit's name, bound a service term on both sides and cite what other papers rule. The sentences are
written for these tests in that style, not copied; the expected values follow ``../shared/realdocs/labeled/README.md``
(a rule's exact figure → min = max; không quá → max; a tier's bound is the row key, its value the target, as the
labels of 48/2025/NQ-HĐND and 92/VBHN-BQP have it).
"""

from __future__ import annotations

from vanban.extract import extract

_QD_HEAD = ("BỘ QUỐC PHÒNG\nSố: 21/2025/QĐ-TTg\nHà Nội, ngày 12 tháng 6 năm 2025\n\nQUYẾT ĐỊNH\n"
            "Về chế độ đối với người đã phục vụ trong quân đội\n\n")
_TAIL = "\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrần Văn Bình\n"


def _t(body: str, head: str = _QD_HEAD):
    return [(t.min, t.max, t.unit) for t in extract(head + body + _TAIL).targets]


def test_a_tier_bound_before_then_and_its_value():
    # "dưới N giờ thì tính thêm …": the tier's bound is the row key; the value it gets is the rule's figure
    body = ("Điều 4. Thời gian tính giá\nThời gian mỗi lần kiểm tra được tính tối thiểu là 01 ngày công. Thời gian "
            "làm thêm dưới 03 (ba) giờ thì tính thêm 0,5 ngày công.\n")
    got = _t(body)
    assert (None, 3, "giờ") not in got
    # (the scorer's unit rule: "ngày công" labelled, "ngày" read agree, one starting with the other)
    assert {(1, None), (0.5, 0.5)} <= {(a, b) for a, b, u in got if "ngày công".startswith(u)}


def test_a_school_tier_and_its_staff():
    body = ("Điều 6. Định mức nhân viên\nTrường có dưới 30 học sinh nội trú thì được bố trí 01 nhân viên; trường có "
            "từ 30 học sinh nội trú trở lên thì được bố trí tối đa 03 nhân viên.\n")
    got = _t(body)
    assert (None, 30, "học sinh") not in got and (30, None, "học sinh") not in got
    assert (None, 3, "nhân viên") in got


def test_an_exam_is_no_then():
    # "chấm thi" folds like "thì": the limit before it stays
    body = ("Điều 9. Tổ chức thi\nChậm nhất 07 ngày làm việc kể từ ngày kết thúc việc chấm thi vòng 2, Hội đồng "
            "tuyển dụng phải công bố kết quả.\n")
    assert _t(body) == [(None, 7, "ngày làm việc")]


def test_two_rules_joined_by_and_are_no_tier():
    body = ("Điều 10. Gia hạn\nThời hạn mỗi lần gia hạn không quá 10 ngày làm việc và không được gia hạn quá 3 lần.\n")
    assert _t(body) == [(None, 10, "ngày làm việc"), (None, 3, "lần")]


def test_a_service_tier_and_the_monthly_allowance():
    # "đủ N năm được trợ cấp X đồng": the allowance is the target, the years the tier ("trợ cấp" is no "cấp" level)
    body = ("Điều 2. Chế độ trợ cấp hằng tháng\nNgười có đủ 10 năm công tác được trợ cấp 800.000 đồng/người/tháng; "
            "sau đó cứ thêm một năm (đủ 12 tháng) được tính thêm 3% trên mức trợ cấp khởi điểm.\n")
    got = _t(body)
    assert (800000, 800000, "đồng") in [(a, b, u.split("/")[0]) for a, b, u in got]
    assert (3, 3, "%") in got
    assert (10, None, "năm") not in got and (12, None, "tháng") not in got


def test_a_lump_sum_in_months_of_allowance_and_in_money():
    body = ("Điều 3. Trợ cấp một lần\n1. Thân nhân của người từ trần được hưởng trợ cấp một lần bằng 06 tháng trợ "
            "cấp hiện hưởng.\n2. Có đủ 3 năm công tác trở xuống, mức trợ cấp bằng 1.500.000 đồng; từ năm thứ 4 trở "
            "đi, mỗi năm được tính hưởng trợ cấp bằng 500.000 đồng.\n")
    got = _t(body)
    assert (6, 6, "tháng trợ cấp") in got
    assert (1500000, 1500000, "đồng") in got and (500000, 500000, "đồng") in got
    assert (3, None, "năm") not in got


def test_a_rounding_rule_keeps_its_bound_when_its_value_is_in_words():
    # "đủ 6 tháng trở lên được tính tròn một năm" (the value in words) is a rule; "dưới 6 tháng được tính nửa (1/2)
    # năm" is the other tier, its value a figure
    body = ("Điều 5. Cách tính\nKhi tính thời gian công tác, nếu có tháng lẻ thì đủ 6 tháng trở lên được tính tròn một "
            "năm, dưới 6 tháng được tính nửa (1/2) năm.\n")
    assert _t(body) == [(6, None, "tháng")]


def test_a_service_term_from_full_years_to_under():
    # "có từ đủ N năm đến dưới M năm công tác": one range (without "đủ", "từ 02 năm đến dưới 05 năm" names a class)
    body = ("Điều 1. Đối tượng áp dụng\nQuân nhân có từ đủ 10 năm đến dưới 15 năm công tác trong quân đội, đã phục viên "
            "về địa phương, được hưởng chế độ trợ cấp hằng tháng.\n")
    assert _t(body) == [(10, 15, "năm")]


def test_the_result_a_procedure_hands_over_is_no_past_result():
    # "trả kết quả" hands over a procedure's outcome; "kết quả" is not a result reached
    body = ("Điều 7. Trả kết quả\nTrường hợp hồ sơ quá hạn, việc hẹn lại ngày trả kết quả được thực hiện không quá "
            "một lần.\n")
    assert _t(body) == [(None, 1, "lần")]


def test_a_basis_sentence_names_what_the_cited_paper_rules():
    head = ("BỘ TÀI CHÍNH\nCỤC THUẾ\nSố: 4120/CT-CS\nHà Nội, ngày 05 tháng 11 năm 2025\n\nV/v chính sách thuế giá "
            "trị gia tăng\n\nKính gửi: Công ty TNHH Minh Phát\n\n")
    body = ("Cục Thuế trả lời như sau:\nCăn cứ Điều 9 Nghị định số 181/2025/NĐ-CP ngày 01/7/2025 quy định mức thuế "
            "suất 5%, mức thuế suất 10%.\nĐề nghị Công ty căn cứ quy định trên để thực hiện.\n")
    assert _t(body, head) == []


# --- kinds read on legal-corpus windows outside every draw (recall probe), checked on another sample -------------------

_TT_HEAD = ("BỘ NỘI VỤ\nSố: 09/2025/TT-BNV\nHà Nội, ngày 14 tháng 4 năm 2025\n\nTHÔNG TƯ\n"
            "Hướng dẫn về tổ chức và chế độ\n\n")


def test_a_quota_of_offices_printed_with_capitals():
    # a firm bound before an office's name: a quota ("03 Chương trình" without a bound stays a name)
    body = ("Điều 4. Cơ cấu tổ chức\n1. Trung tâm có Giám đốc và không quá 02 Phó Giám đốc.\n2. Ủy ban triển khai "
            "03 Chương trình trọng điểm.\n")
    assert _t(body, _TT_HEAD) == [(None, 2, "phó giám đốc")]


def test_a_criterion_counts_tasks_with_a_bound():
    body = ("Điều 6. Tiêu chuẩn\nỨng viên phải đã chủ trì ít nhất 02 nhiệm vụ khoa học và công nghệ cấp bộ được nghiệm "
            "thu.\n")
    got = _t(body, _TT_HEAD)
    assert [(a, b) for a, b, u in got if u.startswith("nhiệm vụ")] == [(2, None)]


def test_a_named_time_limit_far_from_its_figure():
    body = ("Điều 8. Công khai\n3. Thời hạn niêm yết công khai danh sách đối tượng quy định tại khoản 1 và khoản 2 "
            "Điều này là 15 ngày kể từ ngày niêm yết.\n4. Thời gian có hiệu lực của giấy xác nhận mức độ khuyết tật là "
            "05 (năm) năm kể từ ngày cấp.\n")
    assert _t(body, _TT_HEAD) == [(None, 15, "ngày"), (None, 5, "năm")]


def test_the_case_before_then_is_no_past_result():
    # "bị thiệt hại … thì được trợ cấp không quá 02 lần/năm": the damage is the case, the figure the rule
    body = ("Điều 5. Trợ cấp khó khăn\nGia đình có nhà ở bị thiệt hại nặng do thiên tai thì được trợ cấp không quá 02 "
            "lần/năm.\n")
    assert _t(body) == [(None, 2, "lần")]


def test_benefit_amounts_after_a_level_word_or_a_lump_sum():
    body = ("Điều 6. Mức trợ cấp\n1. Thân nhân ốm đau điều trị tại bệnh viện thì được trợ cấp mức 400.000 "
            "đồng/thân nhân/lần.\n2. Thân nhân được đại diện nhận chế độ một lần bằng 2.500.000 đồng.\n")
    got = [(a, b, u.split("/")[0]) for a, b, u in _t(body)]
    assert got == [(400000, 400000, "đồng"), (2500000, 2500000, "đồng")]


def test_days_from_signing_another_paper_are_a_time_limit():
    # "kể từ ngày ký biên bản" counts from the record's signing, not from this document's date: no deadline, a target
    body = ("Điều 9. Ra quyết định\nTrong thời hạn 10 ngày kể từ ngày ký biên bản kiểm tra, Đoàn kiểm tra phải ban "
            "hành kết luận.\n")
    e = extract(_TT_HEAD + body + _TAIL)
    assert [(t.min, t.max, t.unit) for t in e.targets] == [(None, 10, "ngày")]
    assert not e.deadlines


def test_a_worked_example_about_a_lettered_person():
    # guidance computes for "Ông A", "Bà C" without a "Ví dụ" label: the figures illustrate, none is set
    body = ("Điều 6. Cách tính\nÔng A có 120 m2 đất ở tại phường X, số thuế phải nộp là 120 m2 x 30 triệu đồng/m2 x "
            "0,03%.\nBà C có 2 thửa đất tại 2 quận khác nhau.\n")
    assert _t(body, _TT_HEAD) == []


def test_a_count_before_then_is_the_case():
    body = ("Điều 11. Xử lý tài sản\nTài sản đưa ra đấu giá 02 lần không thành thì cơ quan quản lý "
            "tài sản quyết định bán chỉ định.\n")
    assert _t(body, _TT_HEAD) == []

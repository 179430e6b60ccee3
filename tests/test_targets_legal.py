"""Targets on the wording of laws, decrees and circulars (issue 10, the legal-windows kinds).

The kinds come from the misses of the tuning half of ``bench/gold/legal-windows`` and from the rules with numbers
that legal prose states (penalties, time limits, lead times, caps). The sentences are written for these tests in
that wording — never copied from the corpus — and the expected values follow
``../shared/realdocs/labeled/README.md``: a range → min and max; từ / ít nhất / tối thiểu → min; không quá / tối đa /
dưới / "trong thời hạn" → max; "chậm nhất N ngày trước <event>" → min (the lead time, as the labels'
"chậm nhất 01 ngày trước ngày hết hạn xử lý").
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

_TT_HEAD = ("BỘ NỘI VỤ\nSố: 07/2025/TT-BNV\nHà Nội, ngày 10 tháng 3 năm 2025\n\nTHÔNG TƯ\n"
            "Quy định chi tiết một số điều về xử lý vi phạm\n\n")
_KH_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 12/KH-UBND\nAn Bình, ngày 20 tháng 11 năm 2025\n\n"
            "KẾ HOẠCH\nThực hiện công tác năm 2026\n\n")
_TAIL = "\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrần Văn Bình\n"


def _t(body: str, head: str = _TT_HEAD):
    return [(t.min, t.max, t.unit) for t in extract(head + body + _TAIL).targets]


@pytest.mark.parametrize("head", [_TT_HEAD, _KH_HEAD])
def test_a_range_with_its_unit_after_both_figures_is_one_range(head):
    body = ("Điều 3. Vi phạm về niêm yết\n1. Phạt tiền từ 3.000.000 đồng đến 6.000.000 đồng đối với hành vi không "
            "niêm yết công khai bảng giá.\n2. Hình thức xử phạt bổ sung: đình chỉ hoạt động từ 02 tháng đến 04 tháng.\n"
            "3. Người vi phạm lần thứ hai thì bị phạt tù từ 01 năm đến 03 năm.\n")
    assert _t(body, head) == [(3_000_000, 6_000_000, "đồng"), (2, 4, "tháng"), (1, 3, "năm")]


def test_two_ranges_in_one_sentence_stay_two():
    body = ("Điều 4. Mức phạt\nMức phạt tiền từ 8.000.000 đồng đến 12.000.000 đồng đối với cá nhân; từ 16.000.000 "
            "đồng đến 24.000.000 đồng đối với tổ chức.\n")
    assert _t(body) == [(8_000_000, 12_000_000, "đồng"), (16_000_000, 24_000_000, "đồng")]


def test_a_band_that_ends_below_its_second_figure_is_no_range():
    # "từ 06 tháng đến dưới 01 năm" names a class of cases (the labels' bands), not a bound
    body = "Điều 5. Đối tượng\nNgười có thời gian công tác từ 06 tháng đến dưới 01 năm được hưởng một nửa mức hỗ trợ.\n"
    assert _t(body) == []


@pytest.mark.parametrize("head", [_TT_HEAD, _KH_HEAD])
def test_from_x_down_is_a_maximum(head):
    body = ("Điều 6. Miễn nộp\nCá nhân có số phí phải nộp từ 80.000 đồng trở xuống trong một năm thì được miễn.\n"
            "Hồ sơ có giá trị từ 200 triệu đồng trở lên thì phải thẩm định.\n")
    assert _t(body, head) == [(None, 80_000, "đồng"), (200, None, "triệu đồng")]


@pytest.mark.parametrize("head", [_TT_HEAD, _KH_HEAD])
def test_at_the_latest_n_days_before_an_event_is_a_lead_time(head):
    body = ("Điều 7. Thông báo\n1. Giấy mời họp được gửi chậm nhất là 05 ngày làm việc trước ngày tổ chức cuộc họp.\n"
            "2. Kết quả được công bố chậm nhất 03 ngày kể từ ngày kết thúc kỳ thi.\n"
            "3. Kết quả kiểm tra được gửi cho cơ quan cấp trên trong thời hạn 07 ngày làm việc.\n")
    # ("kết quả" is what is sent here, no result reached: the limits stay)
    assert _t(body, head) == [(5, None, "ngày làm việc"), (None, 3, "ngày"), (None, 7, "ngày làm việc")]


def test_a_bound_with_equals_keeps_its_side():
    body = ("Điều 8. Lãi suất\nLãi suất cho vay tối đa bằng 120% lãi suất huy động cùng kỳ hạn; mức đóng góp tối "
            "thiểu bằng 30% chi phí thực tế.\n")
    assert _t(body) == [(None, 120, "%"), (30, None, "%")]


def test_a_sanction_or_extension_up_to_a_figure_is_a_maximum():
    body = ("Điều 9. Thẩm quyền\n1. Trưởng đoàn kiểm tra có quyền phạt tiền đến 15.000.000 đồng.\n"
            "2. Thời hạn xác minh có thể được kéo dài thêm đến 20 ngày.\n")
    assert _t(body) == [(None, 15_000_000, "đồng"), (None, 20, "ngày")]


@pytest.mark.parametrize("head", [_TT_HEAD, _KH_HEAD])
def test_a_named_time_limit_counted_from_an_event_is_a_maximum(head):
    body = ("Điều 10. Thời hạn\n1. Thời hạn nộp đơn đề nghị là 30 ngày kể từ ngày nhận được thông báo.\n"
            "2. Thời hiệu yêu cầu bồi thường là 03 năm kể từ ngày phát sinh thiệt hại.\n"
            "3. Thời gian thực hiện đề án là 12 tháng.\n")
    assert _t(body, head) == [(None, 30, "ngày"), (None, 3, "năm")]


def test_one_day_after_a_figure_is_its_period_not_a_limit():
    body = ("Điều 11. Thời giờ làm việc\nNgười lao động làm thêm không quá 04 giờ trong 01 ngày và không quá 40 giờ "
            "trong 01 tháng.\nHồ sơ được giải quyết trong 01 ngày làm việc.\n")
    assert _t(body) == [(None, 4, "giờ"), (None, 40, "giờ"), (None, 1, "ngày làm việc")]


def test_a_level_a_rule_sets_in_money():
    body = ("Điều 12. Mức hỗ trợ\nMức hỗ trợ đối với mỗi hộ gia đình thuộc diện chính sách là 4.000.000 đồng/hộ.\n"
            "Tổng kinh phí của đề án là 2.000.000.000 đồng.\n")
    assert _t(body) == [(4_000_000, 4_000_000, "đồng")]


def test_the_unit_a_norm_table_counts_in_is_no_target():
    body = "Điều 13. Định mức\nĐơn vị tính: 1 tấn\nĐVT: 100 m2\nHao phí vật liệu tối đa 12 kg.\n"
    assert _t(body) == [(None, 12, "kg")]


@pytest.mark.parametrize("head", [_TT_HEAD, _KH_HEAD])
def test_a_time_limit_spelled_in_words(head):
    body = ("Điều 14. Giải quyết\n1. Trong thời hạn bốn mươi lăm ngày, kể từ ngày nhận đơn, cơ quan phải trả lời.\n"
            "2. Trong thời hạn hai mươi bốn giờ kể từ khi bắt giữ, phải thông báo cho gia đình.\n"
            "3. Hội đồng họp sáu tháng một lần và làm việc trong ba ngày.\n")
    assert _t(body, head) == [(None, 45, "ngày"), (None, 24, "giờ")]


def test_a_fraction_spelled_in_words_with_a_bound():
    body = ("Điều 15. Biểu quyết\nCuộc họp hợp lệ khi có ít nhất hai phần ba tổng số thành viên tham dự; nghị quyết "
            "được thông qua khi có trên một phần hai số thành viên dự họp tán thành.\n"
            "Một phần ba số ghế được dành cho đại biểu mới.\n")
    got = _t(body)
    # (t51tgt) a share of a body's members is counted in that whole (the labels: "tỷ lệ so với <the whole>", the whole)
    assert [(round(lo, 4), hi, u) for lo, hi, u in got] == [(0.6667, None, "tổng số thành viên"),
                                                          (0.5, None, "số thành viên")]


def test_a_measure_after_a_firm_bound_of_any_wording():
    # a measure ("m", "m2", "m3") is read only after a firm bound; these wordings are firm too
    body = ("Điều 16. Yêu cầu kỹ thuật\n1. Diện tích tối thiểu của mỗi phòng đọc là 40 m2.\n"
            "2. Khoảng cách từ kho đến khu dân cư không nhỏ hơn 300 m.\n"
            "3. Lưu lượng xả không lớn hơn 15 m3/ngày đêm.\n4. Kho có chiều cao khoảng 6 m.\n")
    assert _t(body) == [(40, None, "m2"), (300, None, "m"), (None, 15, "m3")]


def test_no_verb_over_is_a_maximum():
    body = "Điều 17. Kiểm tra\nMỗi cuộc kiểm tra tại doanh nghiệp không kéo dài quá 05 ngày làm việc.\n"
    assert _t(body) == [(None, 5, "ngày làm việc")]


def test_a_level_set_as_a_multiple_of_another():
    body = ("Điều 18. Mức phạt\nMức phạt tiền quy định tại Chương này áp dụng đối với cá nhân; mức phạt tiền đối với "
            "tổ chức bằng 02 lần mức phạt tiền đối với cá nhân.\nSố lần kiểm tra bằng 02 lần năm trước.\n")
    assert _t(body) == [(2, 2, "lần")]


def test_copies_of_a_paper_are_counts_unless_a_rule_asks_for_them():
    # session 11 convention: the papers a rule asks for ("gửi 01 bản chính và 03 bản sao") are targets; a paper listed
    # in a dossier ("(01 bản chính)") and the "Số lượng hồ sơ: 01 bộ" field of a procedure stay counts
    body = ("Điều 19. Hồ sơ\n1. Đơn đề nghị theo Mẫu số 02 (01 bản chính).\n2. Doanh nghiệp gửi 01 bản chính và 03 "
            "bản sao hồ sơ về Sở Tài chính.\n3. Số lượng hồ sơ: 01 bộ.\n4. Hồ sơ thiết kế được lập thành ít nhất 03 bộ.\n")
    assert _t(body) == [(1, 1, "bản"), (3, 3, "bản"), (3, None, "bộ")]


def test_the_result_of_a_worked_computation_is_no_target():
    body = ("Điều 20. Cách tính\nThời gian công tác 4 năm 7 tháng được tính là 5 năm; số tiền trợ cấp là 5 năm x "
            "500.000 đồng = 2.500.000 đồng.\n")
    assert _t(body) == []


def test_a_negated_bound_with_a_modal_keeps_its_side():
    body = ("Điều 21. Yêu cầu\nThời gian thông báo không được ít hơn 15 ngày; tỷ lệ nội địa hóa không được thấp hơn "
            "40%; độ ồn không được lớn hơn 70 dB.\n")
    assert _t(body) == [(15, None, "ngày"), (40, None, "%"), (None, 70, "dB")]  # the unit as printed (review 11: dB is a measure)


def test_more_than_is_a_minimum_and_a_band_label_no_target():
    body = ("Điều 22. Thanh toán\nTrường hợp tỷ lệ sử dụng giường bệnh:\n+ Nhỏ hơn hoặc bằng 120%: thanh toán bằng 100% "
            "chi phí thực tế.\n+ Trên 120%: thanh toán bằng 90% chi phí thực tế.\nĐơn vị sử dụng vượt quá 15% dự toán "
            "phải giải trình.\n")
    assert _t(body) == [(100, 100, "%"), (90, 90, "%"), (15, None, "%")]


def test_the_trich_yeu_ends_where_a_lettered_item_starts():
    # no blank line between the trích yếu and the body's first item (text copied from a page, legacy OCR):
    # "a) …" opens the body, its time limit is a target and no part of the title
    text = ("BỘ Y TẾ\nSố: 09/2025/TT-BYT\nHà Nội, ngày 05 tháng 5 năm 2025\nTHÔNG TƯ\nHướng dẫn phòng chống dịch\n"
            "a) Công bố dịch trong thời hạn 48 giờ kể từ khi nhận được báo cáo của Sở Y tế;\n"
            "(1) Báo cáo tình hình dịch không quá 02 ngày làm việc một lần.\n" + _TAIL)
    r = extract(text)
    assert r.metadata.title == "Hướng dẫn phòng chống dịch"
    assert [(t.min, t.max, t.unit) for t in r.targets] == [(None, 48, "giờ"), (None, 2, "ngày làm việc")]


def test_at_most_up_to_is_a_maximum():
    body = "Điều 23. Dự báo\nBản tin dự báo hạn ngắn có thời hạn dự báo tối đa đến 05 ngày.\n"
    assert _t(body) == [(None, 5, "ngày")]


def test_counted_nouns_whose_first_word_is_a_stop_word():
    # "đối" (of "đối với"), "cơ" (of "có"), "tư" (of "từ") end a counted noun elsewhere; these nouns keep them
    body = ("Điều 24. Điều kiện\nMỗi cộng tác viên phụ trách tối đa 08 đối tượng; doanh nghiệp liên kết với ít nhất "
            "02 đối tác; danh sách ngắn có tối thiểu 04 nhà đầu tư.\n")
    assert _t(body) == [(None, 8, "đối tượng"), (2, None, "đối tác"), (4, None, "nhà đầu tư")]


def test_an_amount_in_a_currency_code():
    body = "Điều 25. Chi tiêu\nTrưởng đoàn được duyệt chi với mức không quá 2.000 USD cho mỗi chuyến công tác.\n"
    assert _t(body) == [(None, 2000, "USD")]  # the code as printed (real50: the labels write "tỷ USD", a20-02, a22-05)


def test_smaller_than_is_a_maximum():
    body = "Điều 26. Giới hạn\nLiều chiếu xạ đối với dân chúng phải nhỏ hơn 2 mSv/năm; độ ẩm không nhỏ hơn 45%.\n"
    assert _t(body) == [(None, 2, "msv"), (45, None, "%")]


def test_words_an_amendment_quotes_hold_no_target():
    body = ("Điều 27. Sửa đổi\nThay thế cụm từ “trong thời hạn 05 ngày làm việc” bằng cụm từ “trong thời hạn 03 ngày "
            "làm việc” tại khoản 2 Điều 8.\n")
    assert _t(body) == []


def test_a_cap_named_long_before_its_figure():
    body = ("Điều 28. Mức phạt\nMức phạt tiền tối đa đối với hành vi vi phạm hành chính trong lĩnh vực quảng cáo "
            "ngoài trời là 200.000.000 đồng.\n")
    assert _t(body) == [(None, 200_000_000, "đồng")]


def test_lead_time_with_a_comma_before_the_event():
    body = ("Điều 29. Tiếp xúc\nChậm nhất là 10 ngày làm việc, trước ngày tổ chức hội nghị, Ban tổ chức gửi chương trình "
            "cho đại biểu.\n")
    assert _t(body) == [(10, None, "ngày làm việc")]


def test_the_tu_of_a_voucher_is_no_minimum():
    body = "Điều 30. Hồ sơ\nHồ sơ thanh toán gồm các chứng từ sau (mỗi chứng từ 02 bản chụp):\n"
    assert _t(body) == []


def test_after_the_time_has_run_is_no_limit():
    body = ("Điều 31. Hàng không có người nhận\nSau thời hạn 90 ngày, kể từ ngày thông báo, hàng được xử lý theo quy "
            "định; trong thời hạn 90 ngày đó, người nhận có quyền đến nhận hàng.\n"
            "Cửa hàng hoạt động ngoài khoảng thời gian từ 06 giờ sáng đến 23 giờ đêm thì phải đăng ký.\n")
    assert _t(body) == [(None, 90, "ngày")]


def test_a_time_limit_after_a_past_participle_stays_a_limit():
    # "đã nộp thừa" names the money, "đa cấp" folds like "đã": neither makes the limit a past result
    body = ("Điều 32. Hoàn trả\nSau khi nhận được văn bản đề nghị xác nhận khoản tiền đã nộp thừa, chậm nhất trong vòng "
            "03 ngày làm việc, cơ quan thuế có văn bản trả lời.\nDoanh nghiệp bán hàng đa cấp hoàn trả tiền trong thời "
            "hạn 15 ngày làm việc kể từ ngày nhận được yêu cầu.\n")
    assert _t(body) == [(None, 3, "ngày làm việc"), (None, 15, "ngày làm việc")]


def test_a_measure_after_no_more_than():
    body = "Điều 33. Sai số\nSai số vị trí điểm khống chế không vượt quá 0,5 mm trên bản đồ.\n"
    assert _t(body) == [(None, 0.5, "mm")]


def test_the_terms_of_a_worked_sum_are_no_targets():
    body = ("Điều 34. Ví dụ tính\nTỷ lệ hưởng của bà B được tính như sau: 45% + 8% + 2% = 55%.\n"
            "Tỷ lệ hưởng tối đa bằng 75%.\n")
    assert _t(body) == [(None, 75, "%")]


def test_a_support_amount_from_one_figure_to_another():
    body = ("Điều 35. Mức chi\nChi lấy ý kiến chuyên gia đối với văn bản phức tạp: mức chi từ 200.000 đồng đến 500.000 "
            "đồng/người/văn bản.\n")
    assert _t(body) == [(200_000, 500_000, "đồng")]


def test_must_not_exceed_is_a_maximum():
    body = "Điều 36. Giới hạn\nDư nợ cho vay đối với một khách hàng không được vượt quá 15% vốn tự có của ngân hàng.\n"
    assert _t(body) == [(None, 15, "%")]


def test_a_number_and_its_year_is_no_fraction():
    body = "Điều 37. Sửa đổi\nSửa đổi khoản 2 Điều 5 Thông tư 120/2019-BTC như sau: tỷ lệ trích lập tối thiểu 2/3 số dư.\n"
    assert [(round(lo or 0, 3), hi, u) for lo, hi, u in _t(body)] == [(0.667, None, "tỷ lệ")]


def test_the_tu_of_an_investment_is_no_minimum():
    body = "Điều 38. Phản hồi\nDoanh nghiệp nhận đầu tư sau 20 ngày nếu không nhận được phản hồi thì được triển khai.\n"
    assert _t(body) == []


def test_a_time_limit_a_rule_names():
    body = ("Điều 39. Thời hạn\n1. Thời hạn tạm giữ phương tiện là 07 ngày.\n2. Thời gian thực hiện đề án là 18 tháng.\n"
            "3. Thời hạn hoàn thành là năm 2027.\n")
    assert _t(body) == [(None, 7, "ngày")]


def test_a_band_read_as_one_range_is_no_target():
    body = ("Điều 40. Tỷ lệ cán bộ\na) Xã có tỷ lệ hộ nghèo từ 30% đến dưới 50% tổng số hộ: tỷ lệ cán bộ người địa "
            "phương tối thiểu là 60%.\nb) Tỷ lệ hỗ trợ từ trên 10% đến không quá 20% chi phí.\n")
    assert _t(body) == [(60, None, "%"), (10, 20, "%")]


def test_ocr_six_for_at_the_grassroots_is_no_count():
    # 48/2025/NQ-HĐND (Hà Nội) as Tesseract -l eng reads it (bench/.cache legacy form): "trật tự ở cơ sở" → "trật tự 6
    # cơ sở"; "cơ sở" is a counted noun, "tự" folds like "từ", and the "6" is the preposition
    body = ("Điều 8. Định mức\nkinh phí thực hiện các chế độ hỗ trợ đối với người tham gia lực lượng bảo vệ an ninh, "
            "trật tự 6 cơ sở trên địa bàn; xây dựng tối thiểu 06 cơ sở cai nghiện.\n")
    assert _t(body) == [(6, None, "cơ sở")]


@pytest.mark.parametrize("head", [_TT_HEAD, _KH_HEAD])
def test_a_range_across_two_units_is_stored_in_the_smaller(head):
    # the labels README: "the months are used"; each figure times its unit's size
    body = ("Điều 20. Hình phạt\n1. Người tái phạm thì bị phạt tù từ 09 tháng đến 02 năm.\n"
            "2. Thời hạn tạm giữ phương tiện từ 12 giờ đến 02 ngày.\n"
            "3. Phạt tiền từ 800.000 đồng đến 02 triệu đồng đối với hành vi không đăng ký.\n"
            "4. Đình chỉ hoạt động từ 01 năm đến 18 tháng.\n")
    assert _t(body, head) == [(9, 24, "tháng"), (12, 48, "giờ"), (800_000, 2_000_000, "đồng"), (12, 18, "tháng")]


def test_a_range_across_units_ending_below_is_still_a_band():
    body = "Điều 21. Đối tượng\nNgười đã công tác từ 06 tháng đến dưới 02 năm được hỗ trợ một lần.\n"
    assert _t(body) == []


@pytest.mark.parametrize("head", [_TT_HEAD, _KH_HEAD])
def test_a_percentage_spelled_in_words(head):
    body = ("Điều 22. Mức đặt cọc\n1. Khoản tiền đặt trước không quá mười lăm phần trăm giá khởi điểm.\n"
            "2. Mức bồi thường tối đa bằng bốn mươi phần trăm giá trị phần hợp đồng bị vi phạm.\n"
            "3. Người lao động được hưởng ít nhất bằng năm mươi lăm phần trăm mức lương cơ sở.\n"
            "4. Phí dịch vụ không vượt quá 12 phần trăm tổng giá trị.\n")
    assert _t(body, head) == [(None, 15, "%"), (None, 40, "%"), (55, None, "%"), (None, 12, "%")]


def test_five_spelled_as_nam_is_a_figure_only_before_phan_tram():
    body = ("Điều 23. Thời hạn\nMức khấu trừ tối đa là năm phần trăm số tiền được hưởng; thời hạn lưu trữ hồ sơ "
            "là năm năm.\n")
    assert _t(body) == [(None, 5, "%")]


@pytest.mark.parametrize("head", [_TT_HEAD, _KH_HEAD])
def test_on_after_a_verb_that_places_something_is_no_minimum(head):
    # "trên" after đăng / niêm yết / công bố is "on"; elsewhere it stays "more than"
    body = ("Điều 24. Công khai\n1. Danh sách được niêm yết trên 01 bảng tin tại trụ sở Ủy ban nhân dân xã.\n"
            "2. Cơ sở có trên 300 lao động phải thành lập bộ phận an toàn.\n"
            "3. Bản tóm tắt được trình bày trên 01 trang; việc xếp loại căn cứ trên 04 tiêu chí.\n")
    assert _t(body, head) == [(300, None, "lao động")]


@pytest.mark.parametrize("head", [_TT_HEAD, _KH_HEAD])
def test_a_count_of_consecutive_issues_is_exact(head):
    body = ("Điều 25. Đăng báo\n1. Thông báo giải thể phải được đăng trên 02 số báo liên tiếp.\n"
            "2. Quyết định tuyên bố mất tích được đăng trên báo của tỉnh trong bốn số liên tiếp.\n"
            "3. Doanh nghiệp đăng tin ít nhất 03 số liên tiếp trên báo điện tử.\n")
    assert _t(body, head) == [(2, 2, "số"), (4, 4, "số"), (3, None, "số")]


def test_a_non_custodial_penalty_up_to_a_figure_is_a_maximum():
    body = ("Điều 26. Tội vi phạm quy định về bảo vệ động vật\n1. Người nào vi phạm thì bị phạt cải tạo không giam giữ "
            "đến 02 năm hoặc phạt tù từ 03 tháng đến 02 năm.\n2. Người phạm tội còn có thể bị quản chế đến 04 năm.\n")
    assert _t(body) == [(None, 2, "năm"), (3, 24, "tháng"), (None, 4, "năm")]


@pytest.mark.parametrize("head", [_TT_HEAD, _KH_HEAD])
def test_a_named_time_limit_with_a_long_name_or_in_words(head):
    body = ("Điều 27. Thời hạn\n1. Thời hạn kháng nghị của Viện trưởng Viện kiểm sát cấp trên trực tiếp là 45 ngày, kể "
            "từ ngày nhận được bản án.\n2. Thời hiệu yêu cầu bồi thường thiệt hại là ba năm kể từ ngày phát sinh.\n"
            "3. Thời gian thực hiện dự án là hai năm.\n")
    assert _t(body, head) == [(None, 45, "ngày"), (None, 3, "năm")]


@pytest.mark.parametrize("head", [_TT_HEAD, _KH_HEAD])
def test_a_range_spelled_in_words(head):
    # older codes spell both ends; the unit after both makes "năm" after "đến" five
    body = ("Điều 28. Tội trốn thuế\n1. Người phạm tội thì bị phạt tù từ hai năm đến tám năm.\n"
            "2. Phạt tù từ sáu tháng đến hai năm.\n3. Người phạm tội bị phạt tù từ một năm đến năm năm.\n"
            "4. Phạt tiền từ ba triệu đồng đến mười hai triệu đồng.\n")
    assert _t(body, head) == [(2, 8, "năm"), (6, 24, "tháng"), (1, 5, "năm"), (3, 12, "triệu đồng")]


@pytest.mark.parametrize("head", [_TT_HEAD, _KH_HEAD])
def test_more_than_half_is_a_minimum_of_one_half(head):
    body = ("Điều 29. Biểu quyết\n1. Nghị quyết được thông qua khi có quá nửa tổng số thành viên Hội đồng tán thành.\n"
            "2. Việc bãi nhiệm phải được hơn một nửa tổng số hội viên đồng ý.\n"
            "3. Trong nửa đầu nhiệm kỳ, Hội đồng họp thường kỳ; người vi phạm được giảm một nửa mức phạt.\n"
            "4. Các thành viên cần nêu cao hơn nữa tinh thần trách nhiệm.\n")
    # (t51tgt) counted in the members' whole
    assert _t(body, head) == [(0.5, None, "tổng số thành viên hội đồng"), (0.5, None, "tổng số hội viên")]

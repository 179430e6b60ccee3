"""Targets (chỉ tiêu) on the wording of 2026 plans, guidance and letters (session 16, issue 10).

The sentences are written in the style of the authored15 plans and of a newcomer's documents (a UBND phường's
Kế hoạch PCCC, a Sở GD&ĐT's công văn on class sizes, a Ban Tuyên giáo's Hướng dẫn, an Đảng ủy xã's Nghị quyết).
Expected values are read from the sentences by hand, by the labels' conventions
(``../shared/realdocs/labeled/README.md``): không quá / tối đa → a maximum, ít nhất / trên / từ → a minimum; past
results, conditions and the band of the case a rule is for are no targets.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nPHƯỜNG HẠC THÀNH\nSố: 215/KH-UBND\nHạc Thành, ngày 12 tháng 11 năm 2026\n\n"
         "KẾ HOẠCH\nthực hiện công tác phòng cháy, chữa cháy năm 2027\n\n")
_GUIDE = ("TỈNH ỦY PHÚ THỌ\nBAN TUYÊN GIÁO VÀ DÂN VẬN\nSố: 12-HD/BTGDV\nPhú Thọ, ngày 27 tháng 11 năm 2026\n\n"
          "HƯỚNG DẪN\nvề xây dựng đội ngũ báo cáo viên\n\nI. TIÊU CHUẨN\n\n")


def _bounds(text: str):
    return [(t.min, t.max, t.unit) for t in extract(text).targets]


def test_a_targets_section_whose_lead_in_tells_the_past_year_keeps_its_list():
    # the structure reads the lead-in paragraph into the heading "II. CHỈ TIÊU": its "tình hình" is no "Tình hình"
    # heading of a results part
    body = ("I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\n- Nâng cao nhận thức của người dân trong công tác PCCC.\n\n"
            "II. CHỈ TIÊU\n\n"
            "Năm 2026, trên địa bàn phường xảy ra 05 vụ cháy, làm bị thương 01 người. Để kiềm chế tình hình cháy,\n"
            "nổ, năm 2027 phường phấn đấu đạt các chỉ tiêu sau:\n\n"
            "1. Giảm ít nhất 15% số vụ cháy so với năm 2026.\n\n"
            "2. Ít nhất 90% hộ kinh doanh trang bị bình chữa cháy xách tay.\n\n"
            "3. Thời gian có mặt tại hiện trường không quá 07 phút kể từ khi nhận được tin báo.\n\n"
            "III. NHIỆM VỤ, GIẢI PHÁP\n\n1. Tăng cường tuyên truyền, phổ biến kiến thức PCCC.\n")
    assert _bounds(_HEAD + body) == [(15, None, "%"), (90, None, "%"), (None, 7, "phút")]


def test_a_results_section_in_capitals_stays_a_results_part():
    body = ("I. KẾT QUẢ THỰC HIỆN NĂM 2026\n\nTỷ lệ hộ gia đình trang bị bình chữa cháy đạt 76%.\n\n"
            "II. NHIỆM VỤ NĂM 2027\n\n1. Phấn đấu 100% tổ dân phố có tổ liên gia an toàn PCCC.\n")
    assert _bounds(_HEAD + body) == [(100, 100, "%")]


def test_a_count_of_what_happened_is_no_target():
    body = "II. CHỈ TIÊU\n\nTrong năm 2026, trên địa bàn xã xảy ra 12 vụ tai nạn giao thông, làm chết 03 người.\n"
    assert _bounds(_HEAD + body) == []
    # the verb negated with a bound between stays a target
    got = extract(_HEAD + "- Không để xảy ra quá 02 vụ cháy lớn trong năm.\n").targets
    assert [(t.min, t.max, t.unit) for t in got] == [(None, 2, "vụ cháy lớn")]


def test_a_quota_after_a_when_clause_is_the_rule():
    body = ("a) Khi dự kiến số lớp, các trường bảo đảm sĩ số không quá 40 học sinh/lớp đối với cấp tiểu học và không\n"
            "quá 45 học sinh/lớp đối với cấp trung học cơ sở.\n")
    assert _bounds(_HEAD + body) == [(None, 40, "học sinh/lớp"), (None, 45, "học sinh/lớp")]
    # a figure inside the "Khi …" clause stays its condition
    assert _bounds(_HEAD + "b) Khi sĩ số vượt 45 học sinh, nhà trường báo cáo Phòng Giáo dục.\n") == []


def test_a_quota_per_class_keeps_its_denominator_and_a_count_per_period_its_period():
    assert _bounds(_HEAD + "- Cấp trung học cơ sở bố trí tối đa 1,9 giáo viên/lớp.\n") == [(None, 1.9, "giáo viên/lớp")]
    got = extract(_HEAD + "- Tổ chức kiểm tra tối thiểu 02 lần/tháng.\n").targets
    assert [(t.min, t.unit) for t in got] == [(2, "lần")]


def test_a_market_is_a_counted_noun():
    # "chợ" folds to "cho" (for), a function word; printed with its mark it is the noun
    body = "b) Tổ chức diễn tập phương án chữa cháy tại ít nhất 03 chợ hoặc trung tâm thương mại trong quý I/2027.\n"
    assert _bounds(_HEAD + body) == [(3, None, "chợ")]
    assert _bounds(_HEAD + "- Tập huấn cho 50 cán bộ, phấn đấu ít nhất 02 lớp cho cán bộ cơ sở.\n")[-1] == (2, None, "lớp")


def test_the_band_of_the_body_a_rule_is_for_is_no_target():
    body = "c) Mỗi chi bộ có ít nhất 01 tuyên truyền viên; chi bộ có trên 60 đảng viên bố trí ít nhất 03 tuyên truyền viên.\n"
    assert [(t.min, t.max) for t in extract(_GUIDE + body).targets] == [(1, None), (3, None)]
    body = ('3. Chi bộ có từ 15% đến 25% đảng viên xếp loại "Không hoàn thành nhiệm vụ" thì chi bộ không được xếp\n'
            'loại "Hoàn thành tốt nhiệm vụ".\n')
    assert _bounds(_GUIDE + body) == []
    # a band of people a decree's rule is for, with no rule figure or "thì" after it, stays the labels' target
    # ("thị trấn" folds like "thì"; 92/VBHN-BQP)
    body = ("a) Những người có dưới 20 năm công tác trong quân đội, sau đó công tác ở xã, phường, thị trấn, đã nghỉ\n"
            "việc, được hưởng chế độ trợ cấp một lần;\n")
    assert _bounds(_GUIDE + body) == [(None, 20, "năm")]


def test_the_window_of_a_lapse_is_no_time_limit():
    body = ("3. Báo cáo viên được xem xét đưa ra khỏi danh sách khi: bị kỷ luật từ khiển trách trở lên; trong 01 năm\n"
            "không tham gia buổi sinh hoạt nào; hoặc trong 03 năm liền không thực hiện buổi nói chuyện thời sự nào.\n")
    assert _bounds(_GUIDE + body) == []
    # a time limit with "trong" stays one
    assert _bounds(_GUIDE + "- Các chi bộ gửi danh sách về Ban trong 05 ngày làm việc kể từ ngày kết thúc hội nghị.\n") == [
        (None, 5, "ngày làm việc")]


def test_per_hectare_and_a_grade_are_no_targets():
    body = ("3.2. Giá trị sản phẩm thu hoạch trên 1 ha đất canh tác đạt trên 120 triệu đồng.\n\n"
            "3.4. Có ít nhất 10 sản phẩm đạt chuẩn OCOP từ 4 sao trở lên.\n")
    # (tgt56t) the value is per that hectare, its unit "triệu đồng/ha" as every spent label of the wording writes it
    # (a15-09: "trên 1 ha đất trồng trọt đạt trên 150 triệu đồng" → "triệu đồng/ha")
    assert _bounds(_HEAD + body) == [(120, None, "triệu đồng/ha"), (10, None, "sản phẩm")]


def test_a_noun_the_three_word_cap_cut_is_whole():
    body = "4. Trưởng các thôn không để xảy ra quá 03 vụ việc phức tạp trong năm.\n"
    assert [t.unit for t in extract(_HEAD + body).targets] == ["vụ việc phức tạp"]


def test_legacy_ocr_forms():
    # the restoration's capital "Lần" is still the counter; "túi" after "Tuổi đời" is OCR's "tuổi"
    assert _bounds(_GUIDE + "1. Báo cáo viên được tập huấn nghiệp vụ ít nhất 02 Lần trong năm.\n") == [(2, None, "lần")]
    # but a capital word after a bare figure stays a name ("gọi tắt 14 Đợt thi đua": OCR's "14" for "là")
    assert _bounds(_HEAD + "UBND phường phát động Đợt thi đua (sau đây gọi tắt 14 Đợt thi đua) như sau:\n") == []
    assert _bounds(_GUIDE + "- Tuổi đời không quá 55 túi tại thời điểm được công nhận lần đầu.\n") == [
        (None, 55, "tuổi")]


def test_a_watch_kept_round_the_clock_is_no_target():
    # the labels: "trực ban phòng chống thiên tai 24/24" (0129/KH-UBND), "thường trực 24/24 giờ" (authored15)
    body = "c) Duy trì nghiêm chế độ thường trực 24/24 giờ; bảo đảm thời gian có mặt không quá 15 phút.\n"
    assert _bounds(_HEAD + body) == [(None, 15, "phút")]
    assert _bounds(_HEAD + "- Tổ chức trực ban phòng, chống thiên tai 24/24 trong mùa mưa bão.\n") == []
    # a service's hours are a target, and so is a watch for part of the day
    assert _bounds(_HEAD + "- Cổng dịch vụ công trực tuyến của phường hoạt động thông suốt 24/24.\n") == [(24, 24, "giờ/ngày")]
    assert _bounds(_HEAD + "- Lực lượng canh phòng bảo đảm trực 12/24 giờ trong mùa khô.\n") == [(12, 12, "giờ/ngày")]


def test_things_counted_by_their_quoted_name():
    body = ("II. CHỈ TIÊU\n\n4. Mỗi thôn xây dựng ít nhất 01 mô hình “Camera an ninh” và 01 “Tổ tự quản về\n"
            "an ninh trật tự”.\n")
    assert _bounds(_HEAD + body) == [(1, None, "mô hình"), (1, None, "tổ tự quản về an ninh trật tự")]

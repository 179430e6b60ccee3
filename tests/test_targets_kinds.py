"""Targets (chỉ tiêu) on more kinds of real wording (issue 10, third pass).

Every input is a sentence of a real document in ``../shared/realdocs/docs`` (named beside
each test); the expected values were read from the text by hand (they are those of the
hand-written tuning gold ``bench/gold/tune``), never taken from vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 12/KH-UBND\nAn Bình, ngày 20 tháng 11 năm 2025\n\n"
         "KẾ HOẠCH\nThực hiện công tác năm 2026\n\n")


def _targets(body: str, head: str = "II. NỘI DUNG\n"):
    """(min, max, unit) of each target; a rate per period as "%/năm" / "%/tháng"
    (the extractor's unit "%" with the period "mỗi năm" / "mỗi tháng")."""
    return [(t.min, t.max, _rate_unit(t)) for t in extract(_HEAD + head + body).targets]


def _rate_unit(t):
    if t.unit == "%" and t.period in ("mỗi năm", "mỗi tháng"):
        return "%/" + t.period.split()[1]
    return t.unit


def test_rates_per_period_keep_the_period_in_the_unit():
    # 153-KH-UBND I.4.d: the sentence opens with its period, each clause states a change
    body = ("d) Hằng năm, số vụ phạm tội\nvề ma túy được phát hiện, bắt giữ tại tuyến đường biển, đường hàng không, "
            "chuyển\nphát nhanh tăng trên 3%; số vụ phạm tội về ma túy có tổ chức xuyên quốc gia được\nphát hiện, "
            "bắt giữ tăng trên 3%; số vụ phạm tội về ma túy lợi dụng không gian mạng\nđược phát hiện, triệt phá "
            "tăng trên 5%.\n")
    assert _targets(body, "4. Chỉ tiêu cụ thể đến năm 2030\n") == [(3, None, "%/năm"), (3, None, "%/năm"),
                                                                   (5, None, "%/năm")]
    # 627-TB-VPCP III.2.a: the period before the verb of reach
    body = ("cần khẩn trương có giải pháp phù hợp\nđể đẩy nhanh tiến độ thi công (phấn đấu sản lượng mỗi tháng "
            "đạt tối thiểu 20%),\nkiểm soát chặt chẽ chất lượng.\n")
    assert _targets(body) == [(20, None, "%/tháng")]
    # case 12 (Tỉnh ủy Lào Cai): a share of each year's budget is a percentage, not a rate
    assert _targets("2.1. Về ngân sách: Bố trí tối thiểu 2% tổng chi ngân sách địa phương\nhằng năm cho sự "
                    "nghiệp bảo vệ môi trường.\n", "2. Các chỉ tiêu chủ yếu\n") == [(2, None, "%")]


def test_a_goal_named_again_is_one_target_and_a_horizon_makes_a_goal():
    # 627-TB-VPCP III.1 (heading, then b and c name the goal again); "khoảng trên 1.700km" glued to its unit
    body = ("1. Hoàn thành mục tiêu đưa vào\nkhai thác trên 3.000 km đường bộ cao tốc và khoảng trên 1.700km "
            "đường bộ ven biển\ntrong năm 2025\n\n"
            "b) Giao đồng chí Bộ trưởng Bộ Xây dựng trực tiếp chỉ\nđạo kiểm tra, bảo đảm thông xe kỹ thuật năm 2025 "
            "góp phần\nhoàn thành mục tiêu 3.000 km đường bộ cao tốc.\n\n"
            "c) Bộ Quốc phòng chỉ đạo các quân khu hỗ trợ xe máy nhằm đẩy nhanh tiến độ thi công\n"
            "các dự án cao tốc có kế hoạch hoàn thành năm 2025, đảm bảo hoàn thành mục tiêu\n"
            "đưa vào khai thác trên 3.000 km đường bộ cao tốc.\n\n"
            "d) Các bộ, ngành, địa phương ưu tiên các dự án cao tốc trong danh mục hoàn\nthành 5.000 km vào năm 2030; "
            "kiên quyết không bố trí vốn cho các dự án khác.\n")
    assert _targets(body, "III. NHIỆM VỤ\n") == [(3000, None, "km"), (1700, None, "km"), (5000, 5000, "km")]
    # a measure glued to its number stays no target without an aim ("trên 200mm" of rain)
    assert _targets("Lượng mưa phổ biến 100-150mm, có nơi trên 200mm.\n") == []


def test_round_the_clock_duty():
    # 226-CD-TTg item 3
    body = ("3. Bộ Tài chính chỉ đạo\ncác đơn vị dự trữ quốc gia sẵn sàng phương tiện, nhân lực để vận chuyển, giao\n"
            "nhận hàng dự trữ quốc gia 24/24. Tổ chức giao hàng đúng địa điểm quy định.\n")
    assert _targets(body) == [(24, 24, "giờ/ngày")]


def test_case_bands_are_no_targets_and_pay_in_months_is_one():
    # 72-2025-NQ-HDND Điều 2.1: the length-of-service bands say to whom; the benefit is the target
    body = ("1. Được hưởng trợ cấp một lần, mức trợ cấp theo thời\ngian làm việc tại hội:\n"
            "a) Đối với người làm việc tại hội từ 05 năm trở\nlên: mức trợ cấp một lần bằng 24 tháng tiền lương "
            "hiện hưởng hoặc thù lao hiện\nhưởng.\n"
            "b) Đối với người làm việc tại hội từ 02 năm đến dưới\n05 năm: mức trợ cấp một lần bằng 20 tháng tiền "
            "lương hiện hưởng hoặc thù lao hiện\nhưởng.\n"
            "c) Đối với người làm việc tại hội dưới 02 năm: mức\ntrợ cấp một lần bằng số tiền lương hiện hưởng "
            "hoặc thù lao hiện hưởng nhân với\nsố tháng làm việc thực tế tại hội (không vượt quá 15 tháng tiền "
            "lương hiện hưởng\nhoặc thù lao hiện hưởng).\n")
    got = _targets(body, "Điều 2. Chính sách\n")
    assert [(lo, hi) for lo, hi, _ in got] == [(24, 24), (20, 20), (None, 15)]
    assert all(u.startswith("tháng tiền lương") for _, _, u in got)
    # 70-2025-NQ-HDND: a threshold that is itself the rule stays a target
    assert _targets("b) Dự án nhà ở xã hội độc lập có quy mô dân số từ 4.000 người trở lên.\n") == [
        (4000, None, "người")]


def test_a_programme_name_is_no_target_word():
    # 623-TB-VPCP III: "Chương trình mục tiêu quốc gia … hợp nhất 3 chương trình" counts programmes, aims at nothing
    body = ("Bộ Nông nghiệp và Môi trường khẩn trương hoàn thiện Báo cáo trình Quốc hội phê duyệt chủ trương đầu tư "
            "Chương trình mục\ntiêu quốc gia khi hợp nhất 3 chương trình về xây dựng nông thôn mới, giảm nghèo\n"
            "bền vững.\n")
    assert _targets(body) == []


def test_a_figure_a_line_break_put_first_is_no_list_number():
    # 0204-KH-UBND II.1 and 144-KH-UBND I.2: the figure opens a line and closes the sentence
    body = ("- Tỷ lệ hộ nghèo giảm hàng năm\n1%-1,5%.\n\n"
            "- Tỷ lệ dân số từ 15 tuổi trở\nlên có tài khoản giao dịch tại ngân hàng hoặc các tổ chức được phép "
            "khác đạt\n95%.\n")
    assert _targets(body, "1. Chỉ tiêu chủ yếu\n") == [(1, 1.5, "%/năm"), (95, 95, "%")]


def test_a_lead_time_before_an_event_is_a_bound():
    # 384-QĐ/TW Điều 9.3: a notice to give at least 7 working days before; "trong 3 năm trước" looks back
    body = ("3. Trong trường hợp tạm ngừng kết nối, cung cấp dịch\nvụ theo Điểm a, Khoản 1 Điều này, chủ quản dữ liệu "
            "trong các cơ quan đảng phải\nthông báo công khai ít nhất 7 ngày làm việc trước khi chủ động tạm ngừng "
            "cung cấp\ndịch vụ chia sẻ dữ liệu.\n")
    assert _targets(body, "Điều 9. Tạm ngừng\n") == [(7, None, "ngày làm việc")]
    assert _targets("Cán bộ không bị kỷ luật trong 3 năm trước.\n") == []


def test_legacy_ocr_of_bands_and_homes():
    # real Tesseract -l eng output of 72-2025-NQ-HDND and 70-2025-NQ-HDND, restored by vanban (as read)
    body = ("b) Đối với người làm việc tại hội tìm 02 năm đến dưới\n\n05 năm: mức trợ cấp một lần bằng 20 tháng "
            "tiền lương hiện hưởng học thì lao\n\nhiện\n\nhưởng.\n")
    assert [(lo, hi) for lo, hi, _ in _targets(body, "Điều 4. Chính sách, chế độ\n")] == [(20, 20)]
    body = ("2. Trường hợp sử’ dụng nguồn vốn đầu tư công, Thành\n\nphố ưu tiên bố trí nguồn vốn để đầu tư xây dựng "
            "hạ tầng đồng bộ\nvới xây dựng nhà 6 xã hội trước khi được nghiệm thu đưa vào khai thác.\n")
    assert _targets(body) == []
    # 45-HD-BTCTW: "ít nhất là 1 năm (12 tháng)" read "ít nhất 14 1 năm (12 tháng)"
    body = ("- Cán bộ được bổ nhiệm, giới\n\nthiệu ứng cử giữ? chức vụ cao hơn phải có thời gian gửi? chức vụ đang "
            "đảm nhiệm\n(liền\n\nkề) hoặc chức vụ tương đồng ít nhất 14 1 năm (12 tháng).\n")
    assert _targets(body) == [(12, None, "tháng")]


def test_a_target_word_marks_only_its_own_part_of_a_long_sentence():
    # 624-TB-VPCP III: "(i) Sửa đổi, bổ sung 322 văn bản …" is a task's count; the "mục tiêu 100%" of part (iii) aims
    body = ("a) Bộ Khoa học và Công nghệ: phấn đấu hoàn thành Khung kiến trúc dữ liệu quốc gia; (3) các bộ, ngành, "
            "địa phương tập trung: (i)\nSửa đổi, bổ sung 322 văn bản quy phạm pháp luật theo phương án đã được Thủ "
            "tướng\nChính phủ phê duyệt; (iii) Hoàn thành mục tiêu 100% TTHC liên quan đến doanh nghiệp được\n"
            "thực hiện trực tuyến.\n")
    assert _targets(body) == [(100, 100, "%")]


def test_a_negated_comparison_is_the_opposite_bound():
    # 48-2025-NQ-HDND (Phụ lục, chi khác of schools) and 33-2025-TT-BKHCN Điều 3.2
    body = ("HĐND các xã,\nphường xem xét, quyết định cụ thể về dự toán chi của trường theo nhiệm vụ được\ngiao nhưng "
            "không thấp hơn 02 lần chi khác tối thiểu tính theo số học sinh.\n")
    assert _targets(body) == [(2, None, "lần")]
    body = ("trường hợp\ndoanh nghiệp hoạt động dưới 03 năm thì tính bình quân trên toàn bộ thời gian hoạt\nđộng kể "
            "từ khi thành lập, nhưng không ít hơn 01 năm tài chính đầy đủ.\n")
    assert _targets(body) == [(1, None, "năm")]


def test_one_station_is_no_hundred():
    # 72-2025-QD-UBND (Bắc Ninh): "tối thiểu một trạm BTS" — "một trạm" folds like "một trăm" (100)
    body = ("Tại mỗi xã, phường bố trí tối\nthiểu một trạm BTS kiên cố, chịu được thiên tai cấp độ 4, có kết cấu bền "
            "vững.\n")
    got = _targets(body)
    assert [(lo, hi) for lo, hi, _ in got] == [(1, None)] and got[0][2].startswith("trạm")


_QD_WITH_PLAN = """ỦY BAN NHÂN DÂN
TỈNH SƠN LA
Số: 2954/QĐ-UBND
Sơn La, ngày 28 tháng 11 năm 2025

QUYẾT ĐỊNH
VỀ VIỆC BAN HÀNH KẾ HOẠCH XUẤT KHẨU SẢN PHẨM HÀNG HÓA TỈNH SƠN LA GIAI ĐOẠN 2026 - 2030

ỦY BAN NHÂN DÂN TỈNH SƠN LA

QUYẾT ĐỊNH:

Điều 1. Ban
hành kèm theo Quyết định này Kế hoạch xuất khẩu sản phẩm hàng hóa tỉnh Sơn La
giai đoạn 2026 - 2030.

Điều 2. Giao
Sở Công Thương chủ trì, phối hợp với các Sở, ban, ngành của tỉnh triển khai thực hiện Kế hoạch này.

Điều 3. Quyết
định này có hiệu lực kể từ ngày ký ban hành.

Nơi nhận:
- Bộ Công Thương (b/c);
- Lưu: VT, Biên KT.

TM. UỶ BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Phan Văn Nam

KẾ HOẠCH

XUẤT KHẨU SẢN PHẨM HÀNG HÓA TỈNH SƠN LA GIAI ĐOẠN 2026 -
2030

I. MỤC TIÊU

3. Phấn đấu giá trị hàng
hóa tham gia xuất khẩu đến năm 2030 đạt 400 triệu USD, tăng bình quân hàng năm
trong giai đoạn này đạt 10 - 13%/năm.
"""


def test_the_plan_a_decision_issues_holds_its_targets():
    # 2954-QD-UBND (header, articles and signature shortened): the plan after the signature
    got = [(t.min, t.max, _rate_unit(t)) for t in extract(_QD_WITH_PLAN).targets]
    assert got == [(400, 400, "triệu USD"), (10, 13, "%/năm")]


def test_at_the_latest_n_days_is_a_time_limit():
    # 1509-QD-UBND Điều 2: a relative time limit (no calendar date) is a maximum
    body = ("2. Văn phòng UBND tỉnh công khai thủ tục hành chính tại Quyết định\nnày trên Cổng Thông tin điện tử tỉnh "
            "và Cổng Thông tin điện tử của đơn vị.\nThời\nhạn hoàn thành chậm nhất 05 ngày làm việc kể từ ngày ban "
            "hành Quyết định.\n")
    assert _targets(body) == [(None, 5, "ngày làm việc")]


def test_the_rule_after_a_cases_comma_is_a_target():
    # 20-2025-NQ-HDND Điều 2 and 75-2025-NQ-HDND: the case is the condition, the amount after its comma the rule
    body = ("3. Trong trường hợp học trực tuyến (học online), mức học phí đối với cơ sở giáo dục phổ thông công lập "
            "bằng 75% mức học phí quy định tại khoản 1 Điều này.\n")
    assert _targets(body, "Điều 2. Mức học phí\n") == [(75, 75, "%")]
    body = ("b) Mức trợ cấp ngày công lao động của Dân quân khi được\nhuy động làm nhiệm vụ;\ntrường hợp được kéo dài "
            "thời hạn thực hiện nghĩa vụ tham gia Dân quân tự vệ\ntheo quyết định của cấp có thẩm quyền, mức trợ cấp "
            "tăng thêm bằng 50% mức trợ cấp\nngày công lao động hiện hưởng;\n")
    assert _targets(body, "Điều 3. Mức trợ cấp\n") == [(50, 50, "%")]


def test_a_budget_is_no_goal():
    # 0134-KH-UBND IV (Kinh phí): the estimate is the plan's means; 0204-KH-UBND: a sum to reach stays a target
    body = ("- Dự toán kinh phí Quan trắc, cảnh báo môi trường các vùng nuôi trồng thủy sản 01 năm: "
            "1.500.000.000 đồng.\n")
    # (tgt32c) … but an amount on its label's line is one the plan sets aside, a target as the labelled sets read it
    assert _targets(body, "IV. KINH PHÍ THỰC HIỆN\n") == [(1500000000, 1500000000, "đồng")]
    body = "Kinh phí thực hiện được bố trí trong dự toán năm 2028 là 1.500.000.000 đồng.\n"
    assert _targets(body, "IV. KINH PHÍ THỰC HIỆN\n") == []
    body = "- Tổng vốn đầu tư xã hội đạt khoảng\n270.000 tỷ đồng.\n"
    assert _targets(body, "2. Các chỉ tiêu chủ yếu\n") == [(270000, 270000, "tỷ đồng")]


def test_a_bullet_after_a_year_is_no_range():
    # 2597-QD-TTg Điều 1.II.2.b: "Đến năm 2030 ⏎⏎ - 100% …" (a heading's year, then a bullet);
    # 2954-QD-UBND: "tốc độ tăng bình quân 05 ⏎ - 06%/năm" (a range a line break wrapped)
    body = ("b) Đến năm 2030\n\n- 100% các dự án đầu tư xây dựng kết cấu hạ tầng mới\náp dụng công nghệ AI, IoT, "
            "GIS, BIM trong thiết kế, giám sát, quản lý chất lượng\nvà vận hành công trình;\n")
    assert _targets(body, "2. Mục tiêu cụ thể\n") == [(100, 100, "%")]
    body = ("+ Tổng sản phẩm Nhãn tham gia xuất khẩu phấn đấu đến năm 2030 đạt 8.500 tấn; tổng giá trị sản phẩm Nhãn tham\n"
            "gia xuất khẩu đến năm 2030 dự kiến đạt 30,2 triệu USD, tốc độ tăng bình quân 05\n- 06%/năm.\n")
    assert _targets(body, "II. CHỈ TIÊU XUẤT KHẨU ĐẾN NĂM 2030\n") == [(8500, 8500, "tấn"), (30.2, 30.2, "triệu USD"),
                                                                      (5, 6, "%/năm")]


def test_what_a_case_is_granted_is_a_target():
    # 73-2025-NQ-HDND Điều 4.3 and 38-2025-TT-BXD Điều 4.7: the case, then what it is granted
    body = ("3. Trường hợp có nhu cầu về nhà ở, được Thành phố bố\ntrí và hỗ trợ 100% chi phí thuê nhà ở, nhà ở lưu trú "
            "cho người làm việc tại khu\ncông nghệ cao trên địa bàn Thành phố.\n")
    assert _targets(body, "Điều 4. Chính sách hỗ trợ\n") == [(100, 100, "%")]
    body = ("7. Trường hợp đơn vị cung cấp dịch\nvụ đăng kiểm thực hiện dịch vụ kiểm tra hàng năm và dịch vụ kiểm tra "
            "trên đà\ncùng thời điểm cho cùng một phương tiện, đơn vị cung cấp dịch vụ đăng kiểm được\nthu 100% giá cụ "
            "thể dịch vụ kiểm tra hàng năm.\n")
    assert _targets(body, "Điều 4. Giá dịch vụ\n") == [(100, 100, "%")]
    # 70-2025-NQ-HDND Điều 4.1.c (gold: a land fund's name, no target)
    body = ("c) Vốn từ nguồn tiền thu được thông qua việc đấu giá quyền sử dụng đất đối với các quỹ 20% đất ở tại các "
            "dự án đầu tư xây dựng nhà ở thương mại.\n")
    assert _targets(body, "Điều 4. Nguồn vốn\n") == []

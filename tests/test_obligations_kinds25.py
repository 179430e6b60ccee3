"""Obligations: kinds authored24 showed (session 25) — false bodies and lost tasks in a Sở's Công văn with lettered
requests, a Chủ tịch's Thông báo kết luận, a Đảng ủy xã's plan and a Bộ's reminder letter.

The documents are written for these tests in the style of those letters (after the kinds of a24-02, a24-04, a24-05
and a24-10, not their sentences); the expected bodies and dates are those a careful reader lists under
``realdocs/labeled/README.md``'s conventions and authored24's labels (one entry per body per block; background,
the issuer's own next step, closing courtesies, copies' forms and rules recalled are no entries), not vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract


_SYT = ("UBND TỈNH THANH HÓA\nSỞ Y TẾ\n\nSố: 3120/SYT-NVY\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nThanh Hóa, ngày 06 tháng 01 năm 2027\n\n"
        "V/v báo cáo kết quả tiêm chủng mở rộng năm 2026 và chuẩn bị kế hoạch năm 2027\n\n"
        "Kính gửi:\n- Ủy ban nhân dân các xã, phường;\n- Giám đốc các bệnh viện đa khoa khu vực;\n"
        "- Giám đốc các Trung tâm Y tế khu vực.\n\n"
        "Sở Y tế (SYT) đề nghị Ủy ban nhân dân các xã, phường, thủ trưởng các đơn vị trực thuộc thực hiện một số "
        "nội dung sau:\n\n"
        "1. Báo cáo kết quả tiêm chủng mở rộng năm 2026\n\n"
        "Chiến dịch tiêm bù vắc xin sởi đã được các đơn vị triển khai từ ngày 01/12/2026 đến ngày 20/12/2026\n"
        "theo Công văn số 2890/SYT-NVY ngày 20/11/2026 của Sở Y tế. Để có cơ sở tổng hợp, báo cáo Bộ Y tế,\n"
        "đề nghị:\n\n"
        "a) Các Trung tâm Y tế khu vực:\n\n"
        "- Cập nhật đầy đủ kết quả tiêm chủng trên Hệ thống quản lý thông tin tiêm chủng quốc gia trước ngày\n"
        "12/01/2027.\n\n"
        "- Gửi báo cáo theo Mẫu 01 về Sở Y tế (qua Phòng Nghiệp vụ Y) trước ngày 15/01/2027.\n\n"
        "b) Các bệnh viện đa khoa khu vực báo cáo số ca bệnh truyền nhiễm năm 2026 theo Mẫu 02 trước ngày\n"
        "18/01/2027.\n\n"
        "Sau khi nhận được báo cáo, Sở sẽ đối chiếu số liệu với Hệ thống; trong thời hạn 02 ngày làm việc kể\n"
        "từ ngày nhận được ý kiến của Sở, đơn vị hoàn chỉnh và gửi lại báo cáo.\n\n"
        "2. Một số lưu ý khác\n\n"
        "a) Các đơn vị chịu trách nhiệm về tính chính xác của số liệu báo cáo; số liệu gửi bằng văn bản phải\n"
        "thống nhất với số liệu trên Hệ thống; trường hợp đơn vị gửi chậm, Sở Y tế sẽ đưa vào kết quả chấm\n"
        "điểm thi đua năm 2027 của đơn vị.\n\n"
        "b) Các Trung tâm Y tế khu vực lưu trữ phiếu theo dõi, sổ tiêm chủng và biên bản giao nhận vắc xin\n"
        "theo quy định; gửi về Sở Y tế bản sao sổ tiêm chủng năm 2026 trước ngày 20/01/2027.\n\n"
        "3. Thời gian, địa điểm nhận báo cáo\n\n"
        "Báo cáo bằng văn bản gửi về Sở Y tế (Phòng Nghiệp vụ Y), số 101 Nguyễn Trãi, trong giờ hành chính.\n"
        "Bản điện tử (file Excel theo mẫu) gửi qua địa chỉ thư điện tử nvy.syt@thanhhoa.gov.vn.\n\n"
        "Sở Y tế đề nghị Ủy ban nhân dân các xã, phường, thủ trưởng các đơn vị quan tâm, chỉ đạo thực hiện\n"
        "đúng thời hạn. Trong quá trình thực hiện, nếu có vướng mắc, liên hệ Phòng Nghiệp vụ Y để được hướng\n"
        "dẫn./.\n\n"
        "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Lưu: VT, NVY.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n"
        "Lê Văn Hùng\n")


def _obs(text: str) -> list[tuple[str, str | None]]:
    """(body, due date) of each entry, as the labels list them."""
    return [(o.who, (o.deadline.date or o.deadline.latest) if o.deadline else None) for o in extract(text).obligations]


def test_a_letters_lettered_requests_name_their_own_bodies():
    got = _obs(_SYT)
    assert ("Các Trung tâm Y tế khu vực", "2027-01-12") in got
    assert ("Các bệnh viện đa khoa khu vực", "2027-01-18") in got


def test_background_before_a_bare_request_and_the_issuers_next_step_are_no_task_of_the_addressees():
    """The campaign already held (its dates past) and "Sau khi nhận được báo cáo, Sở sẽ …" (the issuer's own next
    step after a time clause) charge none of the bodies the intro asks; neither does the closing courtesy "… quan tâm, chỉ đạo
    thực hiện đúng thời hạn"."""
    got = _obs(_SYT)
    assert not [w for w, _ in got if w.startswith("Ủy ban nhân dân các xã, phường, thủ trưởng")]


def test_a_copys_form_and_the_address_part_are_no_bodies():
    got = _obs(_SYT)
    assert not [w for w, _ in got if w.startswith(("Bản điện tử", "Báo cáo bằng văn bản"))]


def test_accountability_for_the_figures_with_their_conditions_is_no_entry():
    got = _obs(_SYT)
    assert ("Các đơn vị", None) not in got


def test_keeping_papers_is_a_bodys_task():
    """"lưu trữ" ends the body's name as a verb ("kiểm tra" inside the object did before)."""
    assert ("Các Trung tâm Y tế khu vực", "2027-01-20") in _obs(_SYT)


def test_the_issuer_under_its_short_name_is_itself():
    from vanban.extract import subjects as S
    assert S.is_self("Sở GDĐT", "SỞ GIÁO DỤC VÀ ĐÀO TẠO")
    assert S.is_self("SYT", "Sở Y tế") is False  # a short name the abbreviations table does not hold stays apart
    assert not S.is_self("Sở Tài chính", "SỞ GIÁO DỤC VÀ ĐÀO TẠO")


_TB = ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 45/TB-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
       "Độc lập - Tự do - Hạnh phúc\n\nLào Cai, ngày 11 tháng 01 năm 2027\n\nTHÔNG BÁO\n"
       "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi kiểm tra tiến độ Dự án đường nối\n\n"
       "Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:\n\n"
       "1. Ban Quản lý dự án đầu tư xây dựng tỉnh\n\n"
       "- Yêu cầu các nhà thầu bổ sung nhân lực, thiết bị, thi công tăng ca; xử lý nghiêm nhà thầu chậm tiến\n"
       "độ theo hợp đồng.\n\n"
       "- Hoàn thành giải ngân kế hoạch vốn năm 2026 trước ngày 31/01/2027.\n\n"
       "2. Sở Tài chính\n\n"
       "Tham mưu Ủy ban nhân dân tỉnh bố trí vốn năm 2027 cho Dự án, hoàn thành trước ngày 20/01/2027.\n\n"
       "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n\n"
       "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nNguyễn Văn Bình\n")


def test_a_headed_body_demanding_of_its_contractors_keeps_the_task():
    got = _obs(_TB)
    assert not [w for w, _ in got if "nhà thầu" in w.lower()]
    assert ("Ban Quản lý dự án đầu tư xây dựng tỉnh", "2027-01-31") in got


_KH = ("ĐẢNG BỘ TỈNH NINH BÌNH\nĐẢNG ỦY XÃ GIA VIỄN\n*\nSố: 31-KH/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
       "Gia Viễn, ngày 02 tháng 12 năm 2026\n\nKẾ HOẠCH\nhọc tập, quán triệt Chỉ thị của Ban Thường vụ Tỉnh ủy\n\n"
       "I. MỤC ĐÍCH, YÊU CẦU\n\nCán bộ, đảng viên nắm vững nội dung Chỉ thị.\n\n"
       "II. TỔ CHỨC THỰC HIỆN\n\n"
       "1. Ủy ban Kiểm tra Đảng ủy\n\n"
       "Lồng ghép nội dung giám sát việc học tập Chỉ thị vào chương trình kiểm tra, giám sát năm 2027 của\n"
       "Đảng ủy; giám sát ít nhất 03 chi bộ trong quý I/2027.\n\n"
       "2. Đảng ủy giao Ủy ban nhân dân xã\n\n"
       "Xây dựng kế hoạch thực hiện Chỉ thị trên địa bàn xã, trình Ban Thường vụ Đảng ủy trong tháng 01/2027.\n\n"
       "Nơi nhận:\n- Ban Thường vụ Tỉnh ủy (b/c);\n- Lưu VPĐU.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nTrần Văn Tâm\n")


def test_a_heading_in_which_the_issuer_hands_the_block_to_a_body():
    assert ("Ủy ban nhân dân xã", "2027-01-31") in _obs(_KH)


def test_folding_a_check_into_a_programme_is_a_bodys_task():
    assert ("Ủy ban Kiểm tra Đảng ủy", "2027-03-31") in _obs(_KH)


_BO = ("BỘ Y TẾ\n\nSố: 8120/BYT-DP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
       "Hà Nội, ngày 10 tháng 12 năm 2026\n\nV/v đôn đốc báo cáo kết quả phòng, chống sốt xuất huyết năm 2026\n\n"
       "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố: Hà Tĩnh, Quảng Trị, Huế, Đà Nẵng.\n\n"
       "Ngày 12/10/2026, Bộ Y tế có Công văn số 6410/BYT-DP đề nghị Ủy ban nhân dân các tỉnh, thành phố\n"
       "báo cáo kết quả phòng, chống sốt xuất huyết năm 2026, gửi về Bộ Y tế trước ngày 20/11/2026.\n\n"
       "Đến nay, Bộ Y tế mới nhận được báo cáo của 30/34 tỉnh, thành phố; 04 địa phương nêu trên chưa gửi\n"
       "báo cáo.\n\n"
       "Để kịp tổng hợp, báo cáo Thủ tướng Chính phủ, Bộ Y tế đề nghị Ủy ban nhân dân các tỉnh, thành phố\n"
       "khẩn trương chỉ đạo Sở Y tế hoàn thiện báo cáo, gửi về Bộ Y tế (qua Cục Phòng bệnh) chậm nhất ngày\n"
       "19/12/2026. Nội dung báo cáo cần bảo đảm các yêu cầu sau:\n\n"
       "1. Tình hình dịch bệnh\n\nSố ca mắc, số ca tử vong năm 2026, so sánh với năm 2025.\n\n"
       "2. Kinh phí thực hiện\n\nTổng kinh phí đã bố trí năm 2026, chia theo nguồn.\n\n"
       "Đồng thời, đề nghị Ủy ban nhân dân các tỉnh, thành phố giao Sở Y tế cử 01 công chức làm đầu mối\n"
       "theo dõi, tổng hợp và gửi thông tin của công chức đầu mối cùng với báo cáo.\n\n"
       "Bộ Y tế lưu ý: theo quy định tại Thông tư số 54/2015/TT-BYT của Bộ trưởng Bộ Y tế, các địa phương thực\n"
       "hiện báo cáo định kỳ hằng năm trước ngày 15/11.\n\n"
       "Nơi nhận:\n- Như trên;\n- Lưu: VT, DP.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nNguyễn Thị Liên\n")


def test_a_reminders_request_before_the_sentence_announcing_the_reports_contents():
    """(Its date, "chậm nhất ngày 19/12/2026", is the deadlines stage's: it reads no date in the prose between the
    addressees and the first numbered part when the structure found no preamble, so the entry has none yet.)"""
    got = _obs(_BO)
    assert [w for w, _ in got if w == "Ủy ban nhân dân các tỉnh, thành phố"]
    assert any("hoàn thiện báo cáo" in o.what for o in extract(_BO).obligations)


def test_the_earlier_letters_request_and_a_rule_recalled_are_no_entries():
    got = _obs(_BO)
    assert ("Ủy ban nhân dân các tỉnh, thành phố", "2026-11-20") not in got
    assert not [w for w, _ in got if "lưu ý" in w or "địa phương" in w]


def test_the_body_asked_that_hands_the_task_on_is_the_one_charged():
    got = _obs(_BO)
    assert not [w for w, _ in got if " giao " in w]
    assert sum(w == "Ủy ban nhân dân các tỉnh, thành phố" for w, _ in got) == 2


def test_the_courtesy_closing_and_the_receipt_item_vocabularies():
    from vanban.extract import assignment_words as W
    from vanban.text import fold
    assert W.CLOSING_SENTENCE.match(fold("Sở Tài chính đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện đúng "
                                         "thời hạn. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, liên hệ "
                                         "Phòng Quản lý ngân sách./."))
    assert W.RECEIPT_ITEM.match(fold("4. Thời gian, địa điểm nhận báo cáo"))
    assert W.RECEIPT_ITEM.match(fold("Địa chỉ liên hệ"))
    assert not W.RECEIPT_ITEM.match(fold("Thời gian thực hiện"))
    assert not W.RECEIPT_ITEM.match(fold("Địa điểm tổ chức"))


_HD = ("TỈNH ỦY QUẢNG NGÃI\nBAN TỔ CHỨC\n*\nSố: 12-HD/BTCTU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
       "Quảng Ngãi, ngày 20 tháng 11 năm 2026\n\nHƯỚNG DẪN\nkiểm điểm, đánh giá, xếp loại chất lượng năm 2026\n\n"
       "I. YÊU CẦU\n\nViệc kiểm điểm phải bảo đảm thực chất.\n\n"
       "II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN THEO TỪNG CẤP\n\n"
       "1. Đối với chi bộ\n\n"
       "a) Chi ủy chuẩn bị báo cáo kiểm điểm của chi bộ; đảng viên làm bản tự kiểm điểm theo Mẫu 01.\n\n"
       "b) Chi bộ tổ chức hội nghị kiểm điểm, đề xuất mức xếp loại đảng viên; hoàn thành trước ngày 20/12/2026.\n\n"
       "2. Đối với cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng\n\n"
       "a) Ban thường vụ cấp ủy tổ chức kiểm điểm tập thể, cá nhân ban thường vụ; hoàn thành trước ngày\n"
       "18/01/2027.\n\n"
       "b) Ban thường vụ cấp ủy quyết định xếp loại tổ chức cơ sở đảng trực thuộc chậm nhất ngày 22/01/2027.\n\n"
       "Nơi nhận:\n- Các đảng ủy trực thuộc Tỉnh ủy;\n- Lưu VT.\n\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nLê Văn Minh\n")


def test_a_guidances_timeline_by_tier_gives_each_tier_one_entry():
    """The tier's Party body in lower case, its points dated: one entry each, dated by its earliest date; the tier's
    standing committee ("Ban thường vụ cấp ủy") acts for it (a24-07's labels)."""
    got = {(w.lower(), d) for w, d in _obs(_HD)}
    assert ("chi bộ", "2026-12-20") in got
    assert ("cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng", "2027-01-18") in got
    assert not [w for w, _ in got if w.startswith("ban thường vụ")]

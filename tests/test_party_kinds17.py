"""Obligations, deadlines and issuers of the Party and state kinds of session 17 (``bench/gold/tune17`` showed them).

The texts are written for these tests in the style of a Ban Thường vụ Tỉnh ủy's Chương trình hành động (one part per
body: Đảng đoàn, Ban cán sự đảng, Ban Tổ chức …), a Văn phòng Tỉnh ủy's Công văn, a Ban Tổ chức's Hướng dẫn (steps with
their own "Thời gian:" line), a Đảng ủy's Nghị quyết, a Thông báo kết luận of a UBND phường and a Chỉ thị of a UBND
tỉnh. The expected bodies and dates are those a careful reader lists under ``realdocs/labeled/README.md``'s
conventions (one entry per body per assignment block, its deadline the earliest of its own dated tasks; the running
period of a campaign is no deadline), not vanban's output.
"""

from __future__ import annotations

from test_obligations_blocks16 import _obs  # who → the end of their deadline

from vanban.extract import extract

_TU = ("TỈNH ỦY NINH BÌNH\n*\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
       "Số 52-CTr/TU\n\nNinh Bình, ngày 20 tháng 11 năm 2026\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n"
       "thực hiện Nghị quyết số 68-NQ/TW của Bộ Chính trị về phát triển kinh tế tư nhân\n\n")
_TU_TAIL = ("\nNơi nhận:\n- Ban Bí thư (b/c),\n- Lưu Văn phòng Tỉnh ủy.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\n"
            "Đinh Văn Hùng\n")
_VPTU = ("TỈNH ỦY NINH BÌNH\nVĂN PHÒNG\n*\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
         "Số 905-CV/VPTU\nV/v triển khai nhiệm vụ dịp Tết Nguyên đán năm 2027\n\n"
         "Ninh Bình, ngày 01 tháng 12 năm 2026\n\n"
         "Kính gửi: Các đảng ủy, đảng đoàn, ban cán sự đảng trực thuộc Tỉnh ủy.\n\n"
         "Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy, Văn phòng Tỉnh ủy đề nghị như sau:\n\n")
_VPTU_TAIL = ("\nNơi nhận:\n- Như trên,\n- Lưu Văn phòng Tỉnh ủy.\n\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n\n"
              "Phạm Thị Lan\n")
_BTC = ("TỈNH ỦY NINH BÌNH\nBAN TỔ CHỨC\n*\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
        "Số 14-HD/BTCTU\n\nNinh Bình, ngày 25 tháng 11 năm 2026\n\nHƯỚNG DẪN\n"
        "kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2026\n\n")
_BTC_TAIL = "\nNơi nhận:\n- Các đảng ủy trực thuộc,\n- Lưu Ban Tổ chức.\n\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nVũ Minh Tâm\n"
_UBND = ("ỦY BAN NHÂN DÂN\nPHƯỜNG HOA LƯ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
         "Số: 402/TB-UBND\n\nHoa Lư, ngày 26 tháng 11 năm 2026\n\nTHÔNG BÁO\n"
         "Kết luận của Chủ tịch Ủy ban nhân dân phường tại buổi kiểm tra công tác vệ sinh môi trường\n\n")
_UBND_TAIL = "\nNơi nhận:\n- Các đơn vị;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNgô Văn Sơn\n"


def test_a_party_delegation_heads_its_part_and_lanh_dao_is_its_verb():
    """"1. Đảng đoàn Hội đồng nhân dân tỉnh" / "Lãnh đạo rà soát …": the Đảng đoàn is the body (it was no body head), and
    the paragraph's "Lãnh đạo" is its verb of leading, not a body "Lãnh đạo" of its own."""
    body = ("III. NHIỆM VỤ CỤ THỂ\n\n"
            "1. Đảng đoàn Hội đồng nhân dân tỉnh\n\n"
            "Lãnh đạo ban hành nghị quyết về chính sách hỗ trợ doanh nghiệp nhỏ và vừa; trình Hội đồng nhân dân tỉnh "
            "tại kỳ họp cuối năm, xong trong quý II/2027.\n\n"
            "2. Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\n\n"
            "Lãnh đạo Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh giám sát việc thực hiện chính sách hỗ trợ doanh nghiệp.\n\n"
            "3. Ban Tổ chức Tỉnh ủy\n\nTham mưu đánh giá cán bộ gắn với kết quả phát triển kinh tế tư nhân; "
            "hoàn thành trước ngày 31/3/2027.\n")
    obs = _obs(_TU + body + _TU_TAIL)
    assert obs.get("Đảng đoàn Hội đồng nhân dân tỉnh") == "2027-06-30"
    assert "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" in obs
    assert obs.get("Ban Tổ chức Tỉnh ủy") == "2027-03-31"
    assert not any(w.startswith("Lãnh đạo") for w in obs)


def test_a_party_body_leading_the_bodies_its_items_name_is_one_assignment():
    """"1. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo:" over "a) Sở Y tế và Ủy ban nhân dân các xã, phường
    bảo đảm …": the bodies in the items are led; the Ban cán sự đảng holds the block, its date the earliest."""
    body = ("1. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo:\n\n"
            "a) Sở Y tế và Ủy ban nhân dân các xã, phường bảo đảm thuốc, vật tư y tế trong dịp Tết, hoàn thành "
            "trước ngày 20/01/2027.\n\n"
            "b) Bảo đảm trật tự an toàn giao thông, phòng, chống cháy nổ dịp Tết; báo cáo kết quả trong "
            "tháng 12/2026.\n\n"
            "2. Đảng ủy Quân sự tỉnh lãnh đạo Bộ Chỉ huy Quân sự tỉnh duy trì nghiêm chế độ trực sẵn sàng "
            "chiến đấu.\n")
    obs = _obs(_VPTU + body + _VPTU_TAIL)
    assert obs.get("Ban cán sự đảng Ủy ban nhân dân tỉnh") == "2026-12-31"
    assert not any(w.startswith("Sở Y tế") for w in obs)
    assert "Đảng ủy Quân sự tỉnh" in obs


def test_a_campaign_window_is_no_deadline_the_report_is():
    """"mở đợt cao điểm … từ ngày 10/12/2026 đến ngày 15/02/2027; báo cáo … trước ngày 25/02/2027": the campaign's
    running period is no due date, the report's date is the body's."""
    body = ("1. Đảng ủy Công an tỉnh lãnh đạo Công an tỉnh mở đợt cao điểm tấn công, trấn áp tội phạm\n"
            "từ ngày 10/12/2026 đến ngày 15/02/2027; báo cáo kết quả về Thường trực Tỉnh ủy trước ngày "
            "25/02/2027.\n")
    ex = extract(_VPTU + body + _VPTU_TAIL)
    assert {d.latest or d.date for d in ex.deadlines} == {"2027-02-25"}
    assert _obs(_VPTU + body + _VPTU_TAIL) == {"Đảng ủy Công an tỉnh": "2027-02-25"}


def test_a_steps_time_line_dates_the_tasks_above_it():
    """"Bước 2. …" / "- Chi bộ tổ chức hội nghị kiểm điểm …" / "- Thời gian: hoàn thành trước ngày 18/12/2026.": the
    step's time line is the chi bộ's deadline; "Chi bộ thảo luận, biểu quyết …" names the chi bộ, not a body
    "Chi bộ thảo luận, biểu quyết đề xuất mức"."""
    body = ("II. CÁC BƯỚC THỰC HIỆN\n\n"
            "Bước 1. Kiểm điểm tại chi bộ\n\n"
            "- Chi bộ tổ chức hội nghị kiểm điểm tập thể chi ủy và từng đảng viên.\n\n"
            "- Thời gian: hoàn thành trước ngày 18/12/2026.\n\n"
            "Bước 2. Đánh giá, xếp loại\n\n"
            "- Chi bộ thảo luận, biểu quyết đề xuất mức xếp loại đối với từng đảng viên.\n\n"
            "- Thời gian: trong tháng 12/2026.\n\n"
            "Bước 3. Tổng hợp\n\n"
            "- Ban thường vụ đảng ủy cơ sở quyết định xếp loại chi bộ trực thuộc và đảng viên.\n\n"
            "- Thời gian: trước ngày 08/01/2027.\n")
    obs = [(o.who, (o.deadline.date or o.deadline.latest) if o.deadline else None)
           for o in extract(_BTC + body + _BTC_TAIL).obligations]
    assert obs == [("Chi bộ", "2026-12-18"), ("Chi bộ", "2026-12-31"),
                   ("Ban thường vụ đảng ủy cơ sở", "2027-01-08")]


def test_submitted_for_adoption_in_a_month_is_due_then():
    """"… trình Ban Thường vụ thông qua trong tháng 01/2027": the body's submission is due in that month (a law
    "được thông qua vào tháng 12/2025" is another body's act, no due date)."""
    text = ("ĐẢNG BỘ TỈNH NINH BÌNH\nĐẢNG ỦY XÃ GIA VIỄN\n*\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 09-NQ/ĐU\n\n"
            "Gia Viễn, ngày 16 tháng 11 năm 2026\n\nNGHỊ QUYẾT\nvề công tác kiểm tra, giám sát năm 2027\n\n"
            "IV. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Ủy ban Kiểm tra Đảng ủy xây dựng chương trình kiểm tra, giám sát năm 2027, trình Ban Thường vụ thông "
            "qua trong tháng 01/2027.\n\n"
            "2. Văn phòng Đảng ủy tham mưu hướng dẫn thực hiện Luật Đất đai được thông qua vào tháng 12/2025.\n"
            "\nNơi nhận:\n- Các chi bộ,\n- Lưu Văn phòng Đảng ủy.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nTrịnh Văn Nam\n")
    obs = _obs(text)
    assert obs.get("Ủy ban Kiểm tra Đảng ủy") == "2027-01-31"
    assert obs.get("Văn phòng Đảng ủy") is None


def test_a_body_named_again_by_its_head_word_goes_on_with_its_task():
    """"4. Văn phòng HĐND và UBND phường theo dõi …; Văn phòng sẽ tổng hợp, báo cáo … tại cuộc họp giao ban tháng
    01/2027": the office named again is the same body, its report due in the month of the briefing."""
    body = ("2. Nhiệm vụ thời gian tới\n\n"
            "2.1. Phòng Kinh tế, Hạ tầng và Đô thị: lập phương án thu gom rác, trình Ủy ban nhân dân phường trước "
            "ngày 10/12/2026.\n\n"
            "2.2. Văn phòng HĐND và UBND phường theo dõi, đôn đốc các đơn vị thực hiện kết luận này; Văn phòng sẽ "
            "tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân phường tại cuộc họp giao ban tháng 01/2027.\n\n"
            "Ủy ban nhân dân phường thông báo để các cơ quan, đơn vị biết, thực hiện./.\n")
    obs = _obs(_UBND + body + _UBND_TAIL)
    assert obs == {"Phòng Kinh tế, Hạ tầng và Đô thị": "2026-12-10", "Văn phòng HĐND và UBND phường": "2027-01-31"}


def test_accountability_closing_a_directive_charges_no_one():
    """The Chỉ thị's last words "Giám đốc các sở, …, Chủ tịch Ủy ban nhân dân các xã … chịu trách nhiệm trước Chủ tịch Ủy
    ban nhân dân tỉnh nếu để xảy ra …; tổ chức thực hiện nghiêm túc Chỉ thị này./." are no task of the bodies the
    opening asked."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 21/CT-UBND\n\nNinh Bình, ngày 30 tháng 11 năm 2026\n\nCHỈ THỊ\n"
            "Về tăng cường công tác phòng cháy, chữa cháy mùa khô năm 2026 - 2027\n\n"
            "Để chủ động phòng ngừa cháy, nổ, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành, Ủy ban "
            "nhân dân các xã, phường thực hiện tốt các nhiệm vụ sau:\n\n"
            "1. Công an tỉnh chủ trì kiểm tra an toàn phòng cháy tại các chợ, hoàn thành trước ngày 20/12/2026.\n\n"
            "2. Sở Xây dựng hướng dẫn các chủ đầu tư bảo đảm nguồn nước chữa cháy.\n\n"
            "Giám đốc các sở, Thủ trưởng các ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách "
            "nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh nếu để xảy ra cháy lớn do buông lỏng quản lý; tổ chức thực "
            "hiện nghiêm túc Chỉ thị này./.\n"
            "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Hải\n")
    assert _obs(text) == {"Công an tỉnh": "2026-12-20", "Sở Xây dựng": None}


def test_a_list_of_bodies_of_23_words_is_one_subject():
    """"4. Các chi bộ trực thuộc, Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội báo cáo …": a
    list of bodies longer than a single name, each part opening with a body's head word; the standing office "Ban Xây
    dựng Đảng … là cơ quan thường trực, giúp Ban Thường vụ" is named without its role."""
    text = ("ĐẢNG BỘ TỈNH NINH BÌNH\nĐẢNG ỦY XÃ GIA VIỄN\n*\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 31-KH/ĐU\n\n"
            "Gia Viễn, ngày 16 tháng 11 năm 2026\n\nKẾ HOẠCH\nthực hiện phong trào thi đua \"Dân vận khéo\" năm 2027\n\n"
            "IV. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Ban Xây dựng Đảng Đảng ủy xã là cơ quan thường trực, giúp Ban Thường vụ hướng dẫn, theo dõi việc thực "
            "hiện Kế hoạch; tham mưu sơ kết trong quý IV/2027.\n\n"
            "2. Các chi bộ trực thuộc, Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội báo cáo "
            "kết quả thực hiện về Đảng ủy xã trước ngày 05/12/2027.\n"
            "\nNơi nhận:\n- Các chi bộ,\n- Lưu Văn phòng Đảng ủy.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nTrịnh Văn Nam\n")
    obs = _obs(text)
    assert obs == {"Ban Xây dựng Đảng Đảng ủy xã": "2027-12-31",
                   "Các chi bộ trực thuộc, Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội":
                       "2027-12-05"}


def test_a_party_department_under_its_province_committee_is_named_after_it():
    """"TỈNH ỦY NINH BÌNH" / "BAN TỔ CHỨC": the issuer is the province committee's Ban Tổ chức, named as its text names
    it ("Ban Tổ chức Tỉnh ủy", as "VĂN PHÒNG" is "Văn phòng Tỉnh ủy"), the place left to the parent."""
    meta = extract(_BTC + "I. MỤC ĐÍCH\n\nBảo đảm đúng quy trình.\n" + _BTC_TAIL).metadata
    assert meta.issuer.lower() == "ban tổ chức tỉnh ủy"
    assert meta.parent_issuer.lower() == "tỉnh ủy ninh bình"


def test_the_period_of_a_report_on_order_is_no_bound():
    """"… Báo cáo … về tình hình an ninh, trật tự 11 tháng năm 2026" names a report's period: the "tự" of "trật tự"
    folds like "từ" (from) but opens no minimum; "nhận từ 02 suất quà trở lên" is one."""
    assert extract("Xét Báo cáo số 845-BC/ĐU ngày 28/11/2026 của Đảng ủy Công an tỉnh về tình hình an ninh, trật tự "
                   "11 tháng năm 2026, Thường trực Tỉnh ủy có ý kiến như sau.").targets == ()
    assert [t.min for t in extract("Các xã bảo đảm mỗi hộ nghèo nhận từ 02 suất quà trở lên.").targets] == [2.0]


def test_a_body_line_over_its_intro_and_points_heads_them():
    """"2. Ban cán sự đảng Ủy ban nhân dân tỉnh" / "" / "Lãnh đạo, chỉ đạo Ủy ban nhân dân tỉnh:" / "a) … b) …": the line
    standing alone over the blank line is the item's heading and names the body; the intro under it (with its colon)
    and the points are its tasks, one assignment (the heading was the whole text before the points, and the body
    was lost)."""
    body = ("III. NHIỆM VỤ CỤ THỂ\n\n"
            "1. Ban cán sự đảng Ủy ban nhân dân tỉnh\n\n"
            "Lãnh đạo, chỉ đạo Ủy ban nhân dân tỉnh:\n"
            "a) Xây dựng kế hoạch thực hiện, ban hành trước ngày 31/12/2026.\n"
            "b) Bố trí kinh phí cho khoa học, công nghệ trong dự toán năm 2027.\n\n"
            "2. Ủy ban Kiểm tra Tỉnh ủy\n\n"
            "Chủ trì kiểm tra, giám sát việc thực hiện Chương trình; báo cáo Ban Thường vụ Tỉnh ủy trong quý IV/2027.\n")
    assert _obs(_TU + body + _TU_TAIL) == {"Ban cán sự đảng Ủy ban nhân dân tỉnh": "2026-12-31",
                                           "Ủy ban Kiểm tra Tỉnh ủy": "2027-12-31"}


def test_an_office_helping_its_committee_and_a_focal_unit_are_named_without_their_role():
    """"Văn phòng Đảng ủy giúp Ban Thường vụ theo dõi …": the office is the body, "giúp Ban Thường vụ" its task's
    opening; "Phòng Giáo dục Trung học là đầu mối, theo dõi …" names the Phòng without its role; "trung tâm giáo dục
    nghề nghiệp - giáo dục thường xuyên" keeps the school's kind ("thường xuyên" is no adverb there)."""
    text = ("ĐẢNG BỘ TỈNH NINH BÌNH\nĐẢNG ỦY XÃ GIA VIỄN\n*\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 10-NQ/ĐU\n\n"
            "Gia Viễn, ngày 16 tháng 11 năm 2026\n\nNGHỊ QUYẾT\nvề phát triển giáo dục năm 2027\n\n"
            "IV. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Văn phòng Đảng ủy giúp Ban Thường vụ theo dõi, tổng hợp, báo cáo Ban Chấp hành trước ngày "
            "10/12/2027.\n\n"
            "2. Phòng Văn hóa - Xã hội là đầu mối, theo dõi, đôn đốc các trường triển khai Nghị quyết.\n\n"
            "3. Thủ trưởng các trường trung học cơ sở, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên xây "
            "dựng kế hoạch của đơn vị, gửi về Đảng ủy trước ngày 22/12/2026.\n"
            "\nNơi nhận:\n- Các chi bộ,\n- Lưu Văn phòng Đảng ủy.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nTrịnh Văn Nam\n")
    assert _obs(text) == {
        "Văn phòng Đảng ủy": "2027-12-10", "Phòng Văn hóa - Xã hội": None,
        "Thủ trưởng các trường trung học cơ sở, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên": "2026-12-22"}


def test_a_part_by_body_charges_the_bodies_its_topic_headings_name():
    """"III. NHIỆM VỤ CỦA CÁC CẤP ỦY, TỔ CHỨC ĐẢNG" / "1. Đối với Đảng đoàn Hội đồng nhân dân tỉnh" / its task: the part
    assigns tasks body by body, so the topic heading names the body charged (elsewhere "Đối với …" may split a rule
    by whom it concerns)."""
    body = ("III. NHIỆM VỤ CỦA CÁC CẤP ỦY, TỔ CHỨC ĐẢNG\n\n"
            "1. Đối với Đảng đoàn Hội đồng nhân dân tỉnh\n\n"
            "Lãnh đạo ban hành nghị quyết về cơ chế đặc thù, xong trước ngày 30/6/2027.\n\n"
            "2. Đối với Ban cán sự đảng Ủy ban nhân dân tỉnh\n\n"
            "Lãnh đạo xây dựng kế hoạch thực hiện, ban hành trước ngày 31/12/2026.\n")
    assert _obs(_TU + body + _TU_TAIL) == {"Đảng đoàn Hội đồng nhân dân tỉnh": "2027-06-30",
                                           "Ban cán sự đảng Ủy ban nhân dân tỉnh": "2026-12-31"}


def test_the_issuing_committee_leading_its_bodies_charges_them():
    """The issuing Đảng ủy's own "2. Đảng ủy lãnh đạo, chỉ đạo:" over "a) Ủy ban nhân dân xã …", "b) Công an xã …": the
    committee does not charge itself; each body named below keeps its own assignment."""
    text = ("ĐẢNG BỘ TỈNH NINH BÌNH\nĐẢNG ỦY XÃ GIA VIỄN\n*\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 12-NQ/ĐU\n\n"
            "Gia Viễn, ngày 16 tháng 11 năm 2026\n\nNGHỊ QUYẾT\nvề bảo đảm an ninh, trật tự năm 2027\n\n"
            "IV. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Các chi bộ quán triệt Nghị quyết đến đảng viên trong tháng 12/2026.\n\n"
            "2. Đảng ủy lãnh đạo, chỉ đạo:\n\n"
            "a) Ủy ban nhân dân xã xây dựng kế hoạch thực hiện, ban hành trước ngày 31/12/2026.\n\n"
            "b) Công an xã mở đợt cao điểm tấn công, trấn áp tội phạm dịp cuối năm, báo cáo kết quả trước ngày "
            "28/02/2027.\n"
            "\nNơi nhận:\n- Các chi bộ,\n- Lưu Văn phòng Đảng ủy.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nTrịnh Văn Nam\n")
    obs = _obs(text)
    assert obs.get("Ủy ban nhân dân xã") == "2026-12-31"
    assert obs.get("Công an xã") == "2027-02-28"


def test_a_grassroots_committee_before_xay_dung_is_no_so_xay_dung():
    """"- Ủy ban kiểm tra đảng ủy cơ sở xây dựng kế hoạch kiểm tra, giám sát năm 2027." under a step whose time line
    says "hoàn thành trong tháng 01/2027": "cơ sở xây dựng" is the grassroots committee, then its verb (not the
    department "Sở Xây dựng")."""
    body = ("II. QUY TRÌNH\n\n1. Bước chuẩn bị\n\n"
            "- Ủy ban kiểm tra đảng ủy cơ sở xây dựng kế hoạch kiểm tra, giám sát năm 2027.\n"
            "- Thời gian thực hiện: hoàn thành trong tháng 01/2027.\n")
    assert _obs(_BTC + body + _BTC_TAIL) == {"Ủy ban kiểm tra đảng ủy cơ sở": "2027-01-31"}

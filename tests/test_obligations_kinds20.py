"""Obligations: kinds authored19 showed (session 20) — a heading body picked out by its role ("được giao làm chủ đầu
tư"), a joint heading's member charged after a ";", the led body acting in the Party committee's sentence, an intro
sentence's own goals below it, the issuer's statement of its own course, a notice's close, a closing formula with its
"nếu có khó khăn" clause, a funding part's charged bodies, verbs the body took in ("bám sát", "kiểm đếm"), legacy
OCR's "sở" for "sẽ".

The documents are written for these tests in the style of 2026 letters, Công điện, Nghị quyết and Thông báo of a UBND
tỉnh, a UBND xã and a Đảng ủy xã (after the kinds of a19-01, a19-03, a19-05, a19-06, a19-07 and a19-08, not their
sentences); the expected bodies are those a careful reader lists under ``realdocs/labeled/README.md``'s conventions and
authored19's labels (a19-03: "Bộ đội Biên phòng tỉnh" singled out of the joint heading is an entry of its own; a19-06:
"Các sở, ban, ngành, Ủy ban nhân dân các xã, phường được giao làm chủ đầu tư" is the body, the closing "yêu cầu Thủ
trưởng … nghiêm túc triển khai thực hiện; … nếu có khó khăn, vướng mắc, kịp thời báo cáo" a formula, the province's
"Giai đoạn …, tỉnh tiếp tục ưu tiên …" no task; a19-07: "Đảng ủy lãnh đạo Hội đồng nhân dân xã xem xét …" is the
council's; a19-01: the intro's goals are one entry with it; a19-05: "các cơ quan, đơn vị lập dự toán" in the funding
part; a19-08: the notice's intro that only announces the items' bodies is none), not vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract

_CV = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n\nSố: 5120/UBND-KT\nV/v đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2026\n\n"
       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHà Tĩnh, ngày 04 tháng 12 năm 2026\n\n"
       "Kính gửi:\n- Các sở, ban, ngành cấp tỉnh;\n- Ủy ban nhân dân các xã, phường.\n\n"
       "Để hoàn thành kế hoạch giải ngân vốn đầu tư công năm 2026, Ủy ban nhân dân tỉnh yêu cầu:\n\n")
_CV_TAIL = ("Nơi nhận:\n- Như trên;\n- Lưu: VT, KT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
            "Trần Văn Bình\n")


def _obs(text: str) -> list[tuple[str, str | None]]:
    return [(o.who, (o.deadline.date or o.deadline.latest) if o.deadline else None) for o in extract(text).obligations]


def _who(text: str) -> list[str]:
    return list(dict.fromkeys(o.who for o in extract(text).obligations))


def test_a_heading_body_picked_out_by_its_investor_role_is_the_body():
    text = _CV + ("1. Các sở, ngành, Ủy ban nhân dân các xã được giao làm chủ đầu tư\n\n"
                  "a) Rà soát kế hoạch vốn được giao, đề xuất điều chuyển vốn về Sở Tài chính trước ngày 15/12/2026.\n\n"
                  "b) Đôn đốc nhà thầu đẩy nhanh tiến độ thi công, nghiệm thu, thanh toán ngay khi có khối lượng.\n\n"
                  "2. Sở Tài chính\n\nTổng hợp, tham mưu Ủy ban nhân dân tỉnh điều chuyển vốn trước ngày 22/12/2026.\n\n"
                  ) + _CV_TAIL
    assert _who(text) == ["Các sở, ngành, Ủy ban nhân dân các xã được giao làm chủ đầu tư", "Sở Tài chính"]


def test_a_closing_formula_with_its_difficulties_clause_is_no_obligation():
    text = _CV + ("1. Sở Tài chính\n\nTổng hợp, tham mưu Ủy ban nhân dân tỉnh điều chuyển vốn trước ngày 22/12/2026.\n\n"
                  "Ủy ban nhân dân tỉnh yêu cầu Giám đốc các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các xã và các "
                  "đơn vị có liên quan nghiêm túc triển khai thực hiện; trong quá trình thực hiện nếu có khó khăn, vướng "
                  "mắc, kịp thời báo cáo Ủy ban nhân dân tỉnh (qua Sở Tài chính) để xem xét, giải quyết./.\n\n"
                  ) + _CV_TAIL
    assert _who(text) == ["Sở Tài chính"]


def test_the_province_naming_its_own_course_is_no_task_of_the_addressees():
    text = _CV.replace("Ủy ban nhân dân tỉnh yêu cầu:", "Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện "
                       "một số nội dung sau:") + (
        "1. Các chủ đầu tư hoàn thiện hồ sơ các dự án khởi công mới năm 2027, hoàn thành trong tháng 01/2027.\n\n"
        "2. Giai đoạn 2026 - 2030, tỉnh tiếp tục ưu tiên bố trí vốn cho các dự án hạ tầng giao thông kết nối vùng.\n\n"
    ) + _CV_TAIL
    assert _who(text) == ["Các chủ đầu tư"]


_CD = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n\nSố: 21/CĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
       "Độc lập - Tự do - Hạnh phúc\n\nQuảng Trị, ngày 05 tháng 11 năm 2026\n\nCÔNG ĐIỆN\n"
       "Về việc tập trung ứng phó với bão số 12\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n\n"
       "- Giám đốc các sở, ban, ngành;\n- Chủ tịch Ủy ban nhân dân các xã, phường.\n\n"
       "Để chủ động ứng phó với bão số 12, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n")
_CD_TAIL = ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Minh Tuấn\n")


def test_a_member_of_a_joint_heading_charged_after_a_semicolon_gets_its_own_entry():
    text = _CD + ("1. Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh\n\n"
                  "Bố trí lực lượng, phương tiện tại các địa bàn trọng điểm sẵn sàng hỗ trợ sơ tán dân; Bộ đội Biên "
                  "phòng tỉnh kiểm đếm tàu thuyền, hướng dẫn ngư dân vào nơi tránh trú an toàn.\n\n"
                  "2. Sở Y tế\n\nChuẩn bị thuốc, cơ số cấp cứu, bố trí đội y tế cơ động.\n\n") + _CD_TAIL
    assert _who(text) == ["Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
                          "Bộ đội Biên phòng tỉnh", "Sở Y tế"]


def test_a_partner_clause_after_a_semicolon_stays_the_joint_headings():
    text = _CD + ("1. Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh\n\n"
                  "Bố trí lực lượng hỗ trợ sơ tán dân; Công an tỉnh phối hợp bảo đảm an ninh trật tự.\n\n") + _CD_TAIL
    assert _who(text) == ["Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh"]


def test_a_joint_heading_listing_its_bodies_with_a_semicolon_stays_one_entry():
    # (the labels: "a joint subject printed as one phrase stays one entry", a18-01's "Sở Văn hóa, …; Báo và …")
    text = _CD + ("1. Sở Văn hóa, Thể thao và Du lịch; Đài Phát thanh và Truyền hình tỉnh\n\n"
                  "Đẩy mạnh thông tin, tuyên truyền về diễn biến của bão; hướng dẫn người dân kỹ năng ứng phó.\n\n"
                  ) + _CD_TAIL
    assert _who(text) == ["Sở Văn hóa, Thể thao và Du lịch; Đài Phát thanh và Truyền hình tỉnh"]


def test_the_press_body_ends_before_tang_thoi_luong():
    text = _CD + ("1. Đài Phát thanh và Truyền hình tỉnh tăng thời lượng đưa tin về diễn biến của bão; hướng dẫn người "
                  "dân kỹ năng ứng phó.\n\n") + _CD_TAIL
    assert _who(text) == ["Đài Phát thanh và Truyền hình tỉnh"]


def test_legacy_so_for_se_after_the_level_word_is_the_issuers_future():
    text = _CD + ("1. Sở Y tế chuẩn bị thuốc, cơ số cấp cứu, bố trí đội y tế cơ động.\n\n"
                  "Chủ tịch Ủy ban nhân dân tỉnh sở trực tiếp kiểm tra công tác ứng phó tại các xã ven biển.\n\n"
                  ) + _CD_TAIL
    assert _who(text) == ["Sở Y tế"]


_NQ = ("ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY XÃ NAM ĐÀN\n*\nSố 12-NQ/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
       "Nam Đàn, ngày 20 tháng 11 năm 2026\n\nNGHỊ QUYẾT\nvề phát triển du lịch cộng đồng giai đoạn 2027 - 2030\n\n"
       "IV. TỔ CHỨC THỰC HIỆN\n\n")
_NQ_TAIL = ("Nơi nhận:\n- Ban Thường vụ Tỉnh ủy (b/c),\n- Lưu Văn phòng Đảng ủy.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\n"
            "Nguyễn Văn Hải\n")


def test_the_body_the_party_committee_leads_acts_in_the_same_sentence():
    text = _NQ + ("1. Đảng ủy lãnh đạo Hội đồng nhân dân xã xem xét, ban hành cơ chế hỗ trợ phát triển du lịch cộng đồng "
                  "tại kỳ họp cuối năm 2027.\n\n"
                  "2. Ủy ban nhân dân xã xây dựng kế hoạch thực hiện Nghị quyết, ban hành trước ngày 31/12/2026.\n\n"
                  ) + _NQ_TAIL
    assert _obs(text) == [("Hội đồng nhân dân xã", None), ("Ủy ban nhân dân xã", "2026-12-31")]


def test_goals_below_an_intro_sentence_that_charges_a_body_are_its_one_assignment():
    # (the published style: the sentence wrapped at the page's width, its goals as dashed points, a line announcing
    # the tasks below closing the part)
    text = _NQ.replace("IV. TỔ CHỨC THỰC HIỆN\n\n", "") + (
        "1. Nhiệm vụ, giải pháp trọng tâm thời gian tới\n\n"
        "Ban Thường vụ Đảng ủy yêu cầu các chi bộ, các đoàn thể chính trị - xã hội\n"
        "xã tiếp tục quán triệt sâu sắc Nghị quyết số 08-NQ/TU ngày 12/3/2026 của\n"
        "Tỉnh ủy về phát triển du lịch; thực hiện đồng bộ các chính sách hỗ trợ\n"
        "của tỉnh; phấn đấu thực hiện các mục tiêu sau:\n\n"
        "- Năm 2027 thành lập mới từ 3 đến 5 hợp tác xã du lịch; mỗi năm hỗ trợ\n"
        "ít nhất 30 hộ gia đình làm du lịch cộng đồng.\n\n"
        "- Đến năm 2030, toàn xã đón ít nhất 50.000 lượt khách; doanh thu du lịch\n"
        "chiếm khoảng 20% tổng giá trị sản xuất của xã.\n\n"
        "- 100% thủ tục hành chính liên quan đến du lịch được giải quyết trực\n"
        "tuyến; thời gian giải quyết không quá 03 ngày làm việc.\n\n"
        "Để thực hiện các mục tiêu trên, Ban Thường vụ Đảng ủy giao nhiệm vụ cụ\n"
        "thể như sau:\n\n"
        "2. Tổ chức thực hiện\n\n2.1. Ủy ban nhân dân xã xây dựng kế hoạch thực hiện.\n\n") + _NQ_TAIL
    obs = extract(text).obligations
    assert [o.who for o in obs] == ["các chi bộ, các đoàn thể chính trị - xã hội xã", "Ủy ban nhân dân xã"]
    assert "hợp tác xã du lịch" in obs[0].what


_TB = ("ỦY BAN NHÂN DÂN\nXÃ HẢI HẬU\n\nSố: 310/TB-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
       "Độc lập - Tự do - Hạnh phúc\n\nHải Hậu, ngày 29 tháng 11 năm 2026\n\nTHÔNG BÁO\n"
       "Kết luận của Chủ tịch Ủy ban nhân dân xã tại cuộc họp giao ban tháng 11 năm 2026\n\n"
       "I. NHIỆM VỤ TRỌNG TÂM THÁNG 12 NĂM 2026\n\n"
       "Chủ tịch Ủy ban nhân dân xã yêu cầu các phòng, đơn vị, các thôn bám sát Kế\n"
       "hoạch số 150/KH-UBND ngày 05/11/2026 của Ủy ban nhân dân xã về tổ chức các\n"
       "hoạt động cuối năm, thực hiện tốt các nhiệm vụ sau:\n\n"
       "1. Giao Phòng Kinh tế\n\nHoàn thành kiểm đếm, lập phương án bồi thường dự án đường trục xã trước ngày "
       "15/12/2026.\n\n"
       "2. Giao Công an xã\n\nXây dựng phương án bảo đảm an ninh trật tự dịp cuối năm.\n\n")
_TB_TAIL = ("Nơi nhận:\n- Các phòng, đơn vị;\n- Lưu: VT.\n\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nPhạm Thị Lan\n")


def test_a_notice_intro_announcing_the_items_bodies_its_own_course_and_its_close_are_none():
    text = _TB + ("Giai đoạn 2026 - 2030, Ủy ban nhân dân xã tiếp tục xác định cải cách hành\n"
                  "chính là nhiệm vụ trọng tâm, thường xuyên.\n\n"
                  "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã thông báo để các phòng, đơn\n"
                  "vị, các thôn biết, thực hiện./.\n\n") + _TB_TAIL
    assert _obs(text) == [("Phòng Kinh tế", "2026-12-15"), ("Công an xã", None)]


_QD = ("ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\n\nSố: 2210/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
       "Độc lập - Tự do - Hạnh phúc\n\nTuyên Quang, ngày 10 tháng 12 năm 2026\n\nKẾ HOẠCH\n"
       "Phát triển thương mại điện tử năm 2027\n\n"
       "I. KINH PHÍ THỰC HIỆN\n\n"
       "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành; các cơ quan, "
       "đơn vị lập dự toán cùng dự toán ngân sách năm theo quy định.\n\n"
       "II. TỔ CHỨC THỰC HIỆN\n\n1. Sở Công Thương chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch.\n\n")
_QD_TAIL = ("Nơi nhận:\n- Các sở, ngành;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
            "Hoàng Văn Nam\n")


def test_bodies_charged_after_a_funding_statement_are_an_obligation():
    assert _who(_QD + _QD_TAIL) == ["các cơ quan, đơn vị", "Sở Công Thương"]


def test_bam_sat_and_kiem_dem_open_the_task_not_the_name():
    from vanban.extract.subjects import actor

    assert actor("các phòng chuyên môn, các tổ dân phố bám sát Kế hoạch số 88/KH-UBND của Ủy ban nhân dân phường")[0] \
        == "các phòng chuyên môn, các tổ dân phố"
    assert actor("Ban Chỉ huy Quân sự xã kiểm đếm thiệt hại nhà ở, báo cáo Ủy ban nhân dân xã")[0] == "Ban Chỉ huy Quân sự xã"


def test_the_issuers_own_course_and_the_notice_close_are_statements():
    from vanban.extract import assignment_words as W
    from vanban.extract.folded import Folded
    from vanban.extract.issuer_self import issuer_future

    assert issuer_future("Giai đoạn 2026 - 2030, Ủy ban nhân dân phường tiếp tục xác định chuyển đổi số là nhiệm vụ "
                          "trọng tâm.", "ỦY BAN NHÂN DÂN PHƯỜNG HÀ ĐÔNG")
    assert not issuer_future("Giai đoạn 2026 - 2030, Ủy ban nhân dân phường giao Phòng Kinh tế rà soát quỹ đất.",
                              "ỦY BAN NHÂN DÂN PHƯỜNG HÀ ĐÔNG")
    assert W.CLOSING_SENTENCE.match(Folded.of("Văn phòng Ủy ban nhân dân phường thông báo để các phòng, đơn vị, tổ dân "
                                              "phố biết, thực hiện./.").view)


def test_a_rate_to_reach_among_items_naming_their_own_bodies_is_no_task_of_the_intro():
    # the intro above names "các cơ quan, đơn vị"; the item with no subject only sets a rate (a19-06's labels: none),
    # the items around it charge their own bodies; the letter's closing formula with its "nếu có khó khăn" clause
    # after the last item is none either
    text = _CV.replace("Ủy ban nhân dân tỉnh yêu cầu:", "Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện "
                       "một số nội dung sau:") + (
        "II. CHUẨN BỊ TRIỂN KHAI KẾ HOẠCH NĂM 2027\n\n"
        "1. Các chủ đầu tư hoàn thiện hồ sơ các dự án khởi công mới năm 2027, hoàn thành trong tháng 01/2027.\n\n"
        "2. Phấn đấu tỷ lệ giải ngân kế hoạch vốn năm 2027 đến hết quý II/2027 đạt ít nhất 45% kế hoạch.\n\n"
        "3. Các chủ đầu tư báo cáo kết quả giải ngân về Sở Tài chính trước ngày 12/02/2027; Sở Tài chính tổng hợp, "
        "báo cáo Ủy ban nhân dân tỉnh trước ngày 20/02/2027.\n\n"
        "Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các xã và các đơn vị "
        "liên quan nghiêm túc triển khai thực hiện; trong quá trình thực hiện nếu có khó khăn, vướng mắc, kịp thời báo "
        "cáo Ủy ban nhân dân tỉnh để xem xét./.\n\n") + _CV_TAIL
    assert _who(text) == ["Các chủ đầu tư", "Sở Tài chính"]

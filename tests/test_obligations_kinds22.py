"""Obligations: kinds authored20 showed (session 22) — a đôn đốc letter's table of overdue tasks with the due date
given before beside the new one, its "Đây là lần đôn đốc thứ …" remark, its closing formula with a warning of
sanctions (and that formula's "sẽ" on a line of its own in the legacy form), one named member of a heading's list of
communes charged in a point below, and a stacked table followed by the next part's heading and its first numbered item.

The documents are written for these tests in the style of a UBND tỉnh's 2027 letters and programmes (after the kinds of
a20-04, a20-05 and a20-07, not their sentences); the expected bodies and dates are those a careful reader lists under
``realdocs/labeled/README.md``'s conventions and authored20's labels (a20-04: the rows of "Danh mục nhiệm vụ quá hạn"
fall due on "Thời hạn hoàn thành mới", "Đây là lần đôn đốc thứ hai …" and the closing "yêu cầu Thủ trưởng … nghiêm túc
triển khai thực hiện; trường hợp tiếp tục chậm trễ, … sẽ xem xét, xử lý …" no entry; a20-05: "UBND xã Trung Lý" its
own entry with its date under "8. UBND các xã: Mường Lát, Trung Lý, …"; a20-07: "1. Giám đốc các sở, …" under "IV. TỔ
CHỨC THỰC HIỆN" after the programme's table its own entry), not vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\n\nSố: 215/UBND-TH\nV/v đôn đốc hoàn thành các nhiệm vụ chuyển đổi số "
         "quá hạn\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
         "Bình Định, ngày 12 tháng 01 năm 2027\n\nKính gửi:\n- Các Sở: Khoa học và Công nghệ, Nội vụ;\n"
         "- Ủy ban nhân dân các xã, phường.\n\n")
_TAIL = ("Nơi nhận:\n- Như trên;\n- CT, các PCT UBND tỉnh;\n- Lưu: VT, TH.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
         "Trần Văn Bình\n")


def _obs(text: str) -> list[tuple[str, str | None]]:
    return [(o.who, (o.deadline.date or o.deadline.latest) if o.deadline else None) for o in extract(text).obligations]


def test_an_overdue_tasks_row_falls_due_on_its_new_date_not_the_one_given_before():
    text = _HEAD + ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n"
                    "1. Sở Khoa học và Công nghệ\n\nHoàn thành nâng cấp Hệ thống quản lý văn bản và điều hành, chậm "
                    "nhất ngày 28/02/2027.\n\n"
                    "2. Danh mục nhiệm vụ quá hạn\n\nCác nhiệm vụ đã giao nhưng chưa hoàn thành, nay gia hạn như sau:\n\n"
                    "TT\n\nNội dung nhiệm vụ\n\nĐơn vị thực hiện\n\nThời hạn đã giao\n\nThời hạn hoàn thành mới\n\n\n"
                    "1\n\nCập nhật dữ liệu dân cư vào cơ sở dữ liệu ngành\n\nỦy ban nhân dân 09 xã chưa cập nhật\n\n"
                    "30/11/2026\n\nTrước ngày 25/01/2027\n\n\n"
                    "2\n\nBan hành quy chế khai thác dữ liệu dùng chung\n\nSở Nội vụ\n\n15/10/2026\n\n"
                    "Trong tháng 02/2027\n\n\n") + _TAIL
    assert _obs(text) == [("Sở Khoa học và Công nghệ", "2027-02-28"),
                          ("Ủy ban nhân dân 09 xã chưa cập nhật", "2027-01-25"), ("Sở Nội vụ", "2027-02-28")]


def test_a_reminders_count_and_its_closing_warning_of_sanctions_are_no_obligations():
    text = _HEAD + ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n"
                    "1. Sở Nội vụ\n\nTham mưu kiểm điểm trách nhiệm các đơn vị chậm trễ, báo cáo trước ngày "
                    "20/02/2027.\n\n"
                    "2. Ủy ban nhân dân các xã, phường\n\nHoàn thành số hóa hồ sơ, kết quả giải quyết thủ tục hành "
                    "chính còn tồn đọng, chậm nhất ngày 31/01/2027.\n\n"
                    "Đây là lần đôn đốc thứ ba đối với các nhiệm vụ nêu trên. Ủy ban nhân dân tỉnh yêu cầu Giám đốc "
                    "các sở, Chủ tịch Ủy ban nhân dân các xã, phường nghiêm túc triển khai thực hiện; trường hợp "
                    "để chậm trễ, Ủy ban nhân dân tỉnh\nsẽ xem xét, xử lý trách nhiệm người đứng đầu theo quy "
                    "định./.\n\n") + _TAIL
    assert _obs(text) == [("Sở Nội vụ", "2027-02-20"), ("Ủy ban nhân dân các xã, phường", "2027-01-31")]


def test_one_named_commune_of_a_headings_list_charged_in_a_point_below_is_its_own_entry():
    text = _HEAD + ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n"
                    "1. Sở Nội vụ\n\nHướng dẫn các xã sắp xếp bộ phận một cửa.\n\n"
                    "2. UBND các xã: An Lão, An Hòa, Vĩnh Thạnh, Vĩnh Sơn\n\n"
                    "- Rà soát, bố trí công chức phụ trách chuyển đổi số; UBND xã Vĩnh Sơn hoàn thành kéo cáp "
                    "quang đến trụ sở thôn chậm nhất ngày 15/03/2027.\n\n"
                    "- Vận động người dân cài đặt, sử dụng ứng dụng dịch vụ công.\n\n") + _TAIL
    assert _obs(text) == [("Sở Nội vụ", None), ("UBND các xã: An Lão, An Hòa, Vĩnh Thạnh, Vĩnh Sơn", None),
                          ("UBND xã Vĩnh Sơn", "2027-03-15")]


def test_a_stacked_table_ends_at_the_next_parts_heading_and_its_first_numbered_item():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\n\nSố: 12/CTr-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nBình Định, ngày 05 tháng 01 năm 2027\n\nCHƯƠNG TRÌNH\n"
            "Công tác năm 2027 của Ủy ban nhân dân tỉnh\n\n"
            "III. DANH MỤC NỘI DUNG TRÌNH\n\n"
            "STT\n\nNội dung\n\nCơ quan chủ trì\n\nThời gian trình\n\n\n"
            "1\n\nĐề án phát triển kinh tế biển giai đoạn 2027 - 2030\n\nSở Nông nghiệp và Môi trường\n\n"
            "Tháng 3/2027\n\n\n"
            "2\n\nKế hoạch phát triển nhà ở xã hội năm 2027\n\nSở Xây dựng\n\nTháng 4/2027\n\n\n"
            "3\n\nBáo cáo kinh tế - xã hội 6 tháng đầu năm 2027\n\nSở Tài chính\n\nTrước ngày 20/6/2027\n\n\n"
            "IV. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Thủ trưởng các sở, ban, ngành thuộc Ủy ban nhân dân tỉnh\n\n"
            "- Xây dựng kế hoạch chi tiết thực hiện Chương trình, gửi Văn phòng Ủy ban nhân dân tỉnh trước ngày "
            "20/01/2027.\n\n"
            "- Chịu trách nhiệm về chất lượng, tiến độ hồ sơ trình.\n\n"
            "2. Văn phòng Ủy ban nhân dân tỉnh\n\nTheo dõi, đôn đốc các cơ quan thực hiện Chương trình.\n\n"
            "Nơi nhận:\n- Các sở, ban, ngành;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nPhạm Anh Tuấn\n")
    assert _obs(text) == [("Sở Nông nghiệp và Môi trường", "2027-03-31"), ("Sở Xây dựng", "2027-04-30"),
                          ("Sở Tài chính", "2027-06-20"),
                          ("Thủ trưởng các sở, ban, ngành thuộc Ủy ban nhân dân tỉnh", "2027-01-20"),
                          ("Văn phòng Ủy ban nhân dân tỉnh", None)]


# --- joint plans, Party documents, a Quy chế (a20-01, a20-03, a20-06, a20-08, a20-09, a20-10) ---------------------------

_LT = ("ỦY BAN MẶT TRẬN TỔ QUỐC\nVIỆT NAM TỈNH KON TUM\nCÔNG AN TỈNH KON TUM\n\nSố: 05/KHLT-MTTQ-CAT\n\n"
       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nKon Tum, ngày 10 tháng 12 năm 2026\n\n"
       "KẾ HOẠCH LIÊN TỊCH\nPhối hợp tuyên truyền phòng, chống tội phạm lừa đảo trên không gian mạng năm 2027\n\n"
       "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kon Tum và Công an tỉnh Kon Tum thống nhất xây dựng "
       "Kế hoạch liên tịch như sau:\n\n"
       "I. TỔ CHỨC THỰC HIỆN\n\n"
       "1. Công an tỉnh chủ trì biên soạn tài liệu tuyên truyền về các thủ đoạn lừa đảo, hoàn thành trong quý I/2027.\n\n"
       "2. Hai cơ quan tổ chức sơ kết việc thực hiện Kế hoạch liên tịch trong tháng 7/2027, đánh giá kết quả "
       "phối hợp.\n\n"
       "Nơi nhận:\n- Ban Thường vụ Tỉnh ủy;\n- Lưu: VT.\n\nTM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH\n\nY Hòa\n\n"
       "GIÁM ĐỐC\n\nNguyễn Văn Tâm\n")


def test_a_joint_plans_two_issuers_called_by_their_count_are_both_charged():
    obs = extract(_LT).obligations
    assert [(fold_who(o.who), o.deadline and (o.deadline.date or o.deadline.latest)) for o in obs] == [
        ("Công an tỉnh", "2027-03-31"), ("Hai cơ quan", "2027-07-31")]
    assert "Công an tỉnh Kon Tum" in obs[1].who  # the bodies it stands for, in brackets


def fold_who(who: str) -> str:
    return who.split(" (")[0]


_CT = ("TỈNH ỦY QUẢNG TRỊ\n\nSố: 12-CT/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nQuảng Trị, ngày 15 tháng 12 năm 2026\n\n"
       "CHỈ THỊ\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề tăng cường công tác phòng, chống lãng phí\n\n"
       "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính "
       "trị - xã hội các cấp tập trung lãnh đạo, chỉ đạo thực hiện tốt các nhiệm vụ sau:\n\n"
       "I. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU\n\n"
       "1. Mục tiêu chung\n\nNâng cao nhận thức của cán bộ, đảng viên về thực hành tiết kiệm, chống lãng phí.\n\n"
       "II. NHIỆM VỤ, GIẢI PHÁP\n\n"
       "1. Đảng ủy Ủy ban nhân dân tỉnh\n\nLãnh đạo Ủy ban nhân dân tỉnh ban hành kế hoạch thực hành tiết kiệm, "
       "chống lãng phí năm 2027, hoàn thành trong quý I/2027.\n\n"
       "2. Ủy ban Kiểm tra Tỉnh ủy\n\nĐưa nội dung phòng, chống lãng phí vào chương trình kiểm tra, giám sát.\n\n"
       "III. TỔ CHỨC THỰC HIỆN\n\n"
       "Ban Thường vụ Tỉnh ủy sẽ định kỳ nghe báo cáo; Thường trực Tỉnh ủy trực tiếp chỉ đạo việc thực hiện Chỉ thị.\n\n"
       "Nơi nhận:\n- Ban Bí thư (để báo cáo),\n- Lưu Văn phòng Tỉnh ủy.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\n"
       "Lê Văn Hưng\n")


def test_a_directives_goals_part_and_its_own_standing_body_are_no_obligations():
    assert _obs(_CT) == [("Đảng ủy Ủy ban nhân dân tỉnh", "2027-03-31"), ("Ủy ban Kiểm tra Tỉnh ủy", None)]


_KH = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nSố: 5120/KH-BNNMT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
       "Độc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày 18 tháng 12 năm 2026\n\nKẾ HOẠCH\n"
       "Kiểm soát khai thác thủy sản năm 2027\n\n"
       "I. NHIỆM VỤ\n\n1. Cục Thủy sản và Kiểm ngư\n\nTổ chức kiểm tra tàu cá tại cảng, hoàn thành trước ngày "
       "30/6/2027.\n\n"
       "II. TỔ CHỨC THỰC HIỆN\n\n"
       "1. Thủ trưởng các cơ quan, đơn vị thuộc Bộ căn cứ nhiệm vụ được giao tại Kế hoạch này và Phụ lục kèm theo, "
       "chủ động tổ chức thực hiện, bảo đảm chất lượng, đúng tiến độ.\n\n"
       "Nơi nhận:\n- Bộ trưởng (để báo cáo);\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nPhùng Đức Tiến\n")


def test_bodies_sent_back_to_the_duties_a_plan_and_its_annex_gave_them_is_a_closing_formula():
    assert _obs(_KH) == [("Cục Thủy sản và Kiểm ngư", "2027-06-30")]


_HD = ("BAN TUYÊN GIÁO VÀ DÂN VẬN\nTỈNH ỦY AN GIANG\n\nSố: 45-HD/BTGDVTU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
       "An Giang, ngày 20 tháng 12 năm 2026\n\nHƯỚNG DẪN\nhọc tập, quán triệt Nghị quyết Hội nghị Trung ương 6\n\n"
       "I. HÌNH THỨC, THỜI GIAN\n\n"
       "1. Cấp tỉnh\n\n"
       "- Hình thức: hội nghị trực tiếp kết hợp trực tuyến đến các điểm cầu.\n\n"
       "- Thời gian: hoàn thành trong tháng 02/2027.\n\n"
       "- Văn phòng Tỉnh ủy bảo đảm kỹ thuật đường truyền đến các điểm cầu.\n\n"
       "2. Cấp cơ sở\n\n"
       "- Ban Thường vụ các đảng ủy trực thuộc Tỉnh ủy tổ chức hội nghị học tập cho cán bộ chủ chốt; hoàn thành "
       "trước ngày 31/3/2027.\n\n"
       "Đề nghị các cấp ủy, tổ chức đảng quan tâm triển khai thực hiện. Trong quá trình thực hiện, nếu có vướng "
       "mắc, phản ánh về Ban Tuyên giáo và Dân vận Tỉnh ủy để được hướng dẫn.\n\n"
       "Nơi nhận:\n- Các đảng ủy trực thuộc Tỉnh ủy,\n- Lưu Văn phòng Ban.\n\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\n"
       "Trần Thị Mai\n")


def test_a_lists_time_line_dates_the_body_named_after_it_and_a_courteous_request_closes():
    assert _obs(_HD) == [("Văn phòng Tỉnh ủy", "2027-02-28"),
                         ("Ban Thường vụ các đảng ủy trực thuộc Tỉnh ủy", "2027-03-31")]


_QC = ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
       "QUY CHẾ\nPhối hợp quản lý, bảo vệ rừng trên địa bàn tỉnh\n(Ban hành kèm theo Quyết định số 210/QĐ-UBND ngày "
       "15/12/2026 của Ủy ban nhân dân tỉnh)\n\n"
       "Điều 5. Trách nhiệm của Sở Nông nghiệp và Môi trường\n\nChủ trì kiểm tra công tác bảo vệ rừng, báo cáo Ủy ban "
       "nhân dân tỉnh trước ngày 15/3/2027.\n\n"
       "Điều 6. Khen thưởng, xử lý vi phạm\n\n"
       "Cơ quan, đơn vị, cá nhân có thành tích trong thực hiện Quy chế được khen thưởng theo quy định; trường "
       "hợp vi phạm thì tùy theo mức độ bị xử lý theo quy định của pháp luật.\n\n")


def test_a_reward_for_achievements_is_no_obligation():
    assert _obs(_QC) == [("Sở Nông nghiệp và Môi trường", "2027-03-15")]


def test_an_items_title_line_apart_from_a_sentence_with_a_colon_leaves_the_sentence_its_body():
    text = ("ĐẢNG BỘ TỈNH NINH BÌNH\nĐẢNG ỦY XÃ GIA VIỄN\n\nSố: 30-KH/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
            "Gia Viễn, ngày 05 tháng 01 năm 2027\n\nKẾ HOẠCH\nthực hiện chuyển đổi số năm 2027\n\n"
            "IV. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Văn phòng Đảng ủy xã\n\nTham mưu xây dựng quy chế vận hành hệ thống điều hành, hoàn thành trước ngày "
            "28/02/2027.\n\n"
            "2. Chế độ báo cáo\n\n"
            "Các chi bộ, Đảng ủy Ủy ban nhân dân xã và các đoàn thể báo cáo kết quả thực hiện về Văn phòng Đảng ủy xã: báo cáo 6 tháng trước "
            "ngày 10/6/2027, báo cáo năm trước ngày 10/11/2027. Văn phòng Đảng ủy tổng hợp, báo cáo Ban Thường vụ "
            "Đảng ủy xã trước ngày 15/11/2027.\n\n"
            "Nơi nhận:\n- Các chi bộ,\n- Lưu Văn phòng Đảng ủy.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nĐinh Văn Sơn\n")
    assert _obs(text) == [("Văn phòng Đảng ủy xã", "2027-02-28"), ("Các chi bộ, Đảng ủy Ủy ban nhân dân xã và các đoàn thể", "2027-06-10"),
                          ("Văn phòng Đảng ủy", "2027-11-15")]

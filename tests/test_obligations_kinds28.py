"""Obligation kinds of session 28 (tune27's misses, issues 9 and 10): the provincial statistics office as named since
the 2025 reform ("Thống kê tỉnh X", as "Thuế tỉnh X" is the tax office) acts in its sentence.

The sentences are written in the style of a UBND tỉnh's Quyết định giao chỉ tiêu; none is a sentence of a gold
document."""

from __future__ import annotations


from vanban.extract import subjects as S


def test_the_statistics_office_named_since_the_reform_acts():
    who, what = S.actor("Thống kê tỉnh Hà Tĩnh hướng dẫn các xã, phường cách thu thập số liệu dân số, lao động.")
    assert (who, what) == ("Thống kê tỉnh Hà Tĩnh", "hướng dẫn các xã, phường cách thu thập số liệu dân số, lao động.")


def test_the_statistics_of_a_report_are_no_body():
    """"Thống kê, báo cáo …" opens a task (the verb), not the office."""
    who, _ = S.actor("Thống kê, báo cáo số liệu về Sở Tài chính.")
    assert who is None


def test_the_period_of_the_data_supplied_is_no_due_date():
    """"cung cấp số liệu … quý I/2027 … trước ngày 15/4/2027": the quarter the figures cover; the day after is due, and
    it dates the body's obligation."""
    from test_obligations_kinds26 import HEAD, TAIL

    from vanban.extract import extract

    body = """1. Sở Y tế

Tổng hợp tình hình tham gia bảo hiểm y tế trên địa bàn, báo cáo Ủy ban nhân dân tỉnh.

2. Đề nghị Bảo hiểm xã hội tỉnh

Cung cấp số liệu người tham gia bảo hiểm y tế quý I/2027 theo từng xã, phường cho Sở Y tế trước ngày 15/4/2027.
"""
    ex = extract(HEAD + body + TAIL)
    dues = [(d.date, d.earliest, d.latest) for d in ex.deadlines]
    assert (None, "2027-01-01", "2027-03-31") not in dues
    assert [(o.who, o.deadline.date if o.deadline else None) for o in ex.obligations
            if o.who.startswith("Bảo hiểm")] == [("Bảo hiểm xã hội tỉnh", "2027-04-15")]


def test_a_list_of_forms_keyed_by_the_form_names_who_fills_each_not_a_task():
    """"STT | Biểu mẫu | Nội dung | Đơn vị lập" with no column of dates: the forms a guidance attaches and who fills
    each; a report calendar ("… | Đơn vị báo cáo | Thời hạn gửi") still charges each row's body its date."""
    from test_obligations_kinds26 import HEAD, TAIL

    from vanban.extract import extract

    body = ("1. Sở Tài chính tổng hợp dự toán, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/7/2027.\n\n"
            "2. Các đơn vị lập dự toán theo các biểu mẫu sau:\n\n"
            "| STT | Biểu mẫu | Nội dung | Đơn vị lập |\n|---|---|---|---|\n"
            "| 1 | Mẫu số 01 | Dự toán thu sự nghiệp giáo dục | Các trường học công lập |\n"
            "| 2 | Mẫu số 02 | Nhu cầu kinh phí sửa chữa trụ sở | Ban Quản lý dự án tỉnh |\n")
    whos = [o.who for o in extract(HEAD + body + TAIL).obligations]
    assert "Các trường học công lập" not in whos and "Ban Quản lý dự án tỉnh" not in whos
    dated = body.replace("| Đơn vị lập |\n|---|---|---|---|", "| Đơn vị lập | Thời hạn gửi |\n|---|---|---|---|---|") \
        .replace("công lập |", "công lập | Trước ngày 15/6/2027 |").replace("dự án tỉnh |", "dự án tỉnh | Trước ngày 20/6/2027 |")
    whos = [o.who for o in extract(HEAD + dated + TAIL).obligations]
    assert "Các trường học công lập" in whos and "Ban Quản lý dự án tỉnh" in whos


_CT = ("ĐẢNG BỘ TỈNH QUẢNG TRỊ\nTỈNH ỦY\n*\nSố 12-CT/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nQuảng Trị, ngày 05 tháng 12 năm 2026\n\n"
       "CHỈ THỊ\ncủa Ban Thường vụ Tỉnh ủy về tăng cường công tác phòng cháy, chữa cháy mùa khô năm 2027\n\n"
       "Thời gian qua, công tác phòng cháy, chữa cháy trên địa bàn tỉnh có chuyển biến tích cực.\n\n"
       "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền và đoàn thể thực hiện tốt các nội dung sau:\n\n"
       "1. Đảng ủy Ủy ban nhân dân tỉnh\n\nLãnh đạo Ủy ban nhân dân tỉnh chỉ đạo kiểm tra an toàn phòng cháy tại các chợ, "
       "hoàn thành trước ngày 31/01/2027.\n\n"
       "2. Đảng ủy Công an tỉnh\n\nLãnh đạo lực lượng cảnh sát phòng cháy tổ chức diễn tập tại các khu công nghiệp.\n\n"
       "Chỉ thị này được phổ biến đến tận chi bộ và đảng viên./.\n\n"
       "Nơi nhận:\n- Các đảng ủy trực thuộc,\n- Lưu Văn phòng Tỉnh ủy.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn An\n")


def test_the_line_spreading_a_directive_to_the_cells_is_no_task():
    """"Chỉ thị này được phổ biến đến … chi bộ./.": the document is its subject; the bodies the directive's opening
    request names take no task from it."""
    from vanban.extract import extract

    obs = [(o.who, o.what) for o in extract(_CT).obligations]
    assert not any("phổ biến" in (what or "") for _, what in obs)
    assert any(who == "Đảng ủy Công an tỉnh" for who, _ in obs)


def test_a_request_that_assigns_the_tasks_below_to_the_named_bodies_is_no_task_of_its_own():
    """"…; trong đó giao nhiệm vụ cụ thể như sau:" over "1. Sở Tài chính", "2. Sở Xây dựng" (a Thông báo kết luận of a
    giao ban): the request announces the bodies' own items, as "… thực hiện các nhiệm vụ sau:" does."""
    from test_obligations_kinds26 import TAIL

    from vanban.extract import extract

    head = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nVĂN PHÒNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 40/TB-VPUBND\n\nHà Tĩnh, ngày 08 tháng 02 năm 2027\n\nTHÔNG BÁO\n"
            "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp giao ban tháng 02 năm 2027\n\n")
    body = ("I. TÌNH HÌNH THÁNG 01 NĂM 2027\n\nTình hình kinh tế - xã hội tháng 01 ổn định.\n\n"
            "II. NHIỆM VỤ TRỌNG TÂM THÁNG 02 NĂM 2027\n\n"
            "Các sở, ngành, Ủy ban nhân dân các xã, phường khẩn trương thực hiện Kế hoạch số 18/KH-UBND của Ủy ban nhân "
            "dân tỉnh về phát triển kinh tế năm 2027; trong đó giao nhiệm vụ cụ thể như sau:\n\n"
            "1. Sở Tài chính\n\n- Tham mưu phân bổ vốn sự nghiệp năm 2027, hoàn thành trước ngày 28/02/2027.\n\n"
            "- Theo dõi tình hình thu ngân sách.\n\n"
            "2. Sở Xây dựng\n\n- Đôn đốc các chủ đầu tư đẩy nhanh tiến độ các công trình giao thông trọng điểm.\n\n")
    whos = [o.who for o in extract(head + body + TAIL).obligations]
    assert "Sở Tài chính" in whos and "Sở Xây dựng" in whos
    assert not any(w.startswith("Các sở, ngành") for w in whos)


def test_the_body_after_a_leaders_consent_takes_the_task():
    """"…: Chủ tịch Ủy ban nhân dân tỉnh đồng ý về chủ trương; các sở, ngành được giao quản lý … hoàn thiện hồ sơ …" (a
    Thông báo kết luận's answer to a proposal): the consent is the chair's decision; the bodies after the ";" act."""
    from test_obligations_kinds26 import TAIL

    from vanban.extract import extract

    head = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nVĂN PHÒNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 40/TB-VPUBND\n\nHà Tĩnh, ngày 08 tháng 02 năm 2027\n\nTHÔNG BÁO\n"
            "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp giao ban tháng 02 năm 2027\n\n")
    body = ("I. TÌNH HÌNH THÁNG 01 NĂM 2027\n\nTình hình kinh tế - xã hội tháng 01 ổn định.\n\n"
            "II. Ý KIẾN VỀ CÁC KIẾN NGHỊ\n\n"
            "1. Về đề nghị của xã Kỳ Anh bổ sung vốn cho trường tiểu học: giao Sở Tài chính chủ trì, đề xuất Ủy ban nhân "
            "dân tỉnh trước ngày 10/3/2027.\n\n"
            "2. Về việc điều chỉnh quy hoạch các cụm công nghiệp năm 2027: Chủ tịch Ủy ban nhân dân tỉnh đồng ý về chủ "
            "trương; các sở, ngành được giao quản lý cụm công nghiệp hoàn thiện hồ sơ theo quy định, bảo đảm phù hợp với "
            "quy hoạch tỉnh.\n\n")
    whos = [o.who for o in extract(head + body + TAIL).obligations]
    assert "các sở, ngành được giao quản lý cụm công nghiệp" in whos
    assert not any("đồng ý" in w for w in whos)


def test_a_place_name_ending_in_binh_is_not_cut_before_its_verb():
    """"tỉnh Ninh Bình hướng dẫn …": "Bình hướng" reads like "định hướng" under OCR's Đ/B look-alike; the place's own B
    ends the body's name there, the verb "hướng dẫn" follows ("định hướng" itself still opens a task)."""
    assert S.actor("Sở Y tế tỉnh Ninh Bình hướng dẫn các trạm y tế xã.")[0] == "Sở Y tế tỉnh Ninh Bình"
    assert S.actor("Thuế tỉnh Thái Bình hướng dẫn các hộ kinh doanh.")[0] == "Thuế tỉnh Thái Bình"
    assert S.actor("Công an tỉnh Hà Tĩnh bảo đảm an ninh trật tự.")[0] == "Công an tỉnh Hà Tĩnh"
    assert S.actor("Ủy ban nhân dân tỉnh Ninh Bình định hướng phát triển du lịch.") == (
        "Ủy ban nhân dân tỉnh Ninh Bình", "định hướng phát triển du lịch.")


def test_a_request_after_a_topics_colon_names_its_lead_not_its_last_partner():
    """"Đối với đề xuất …: giao Sở X chủ trì, phối hợp với Sở Y, Sở Z nghiên cứu, … đề xuất …" (a Thông báo kết luận's
    answer to a commune's request): the body after "giao" leads; the partners after "phối hợp với" do not act alone."""
    from test_obligations_kinds26 import TAIL

    from vanban.extract import extract

    head = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nVĂN PHÒNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 40/TB-VPUBND\n\nHà Tĩnh, ngày 08 tháng 02 năm 2027\n\nTHÔNG BÁO\n"
            "Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về giải phóng mặt bằng\n\n")
    body = ("1. Tình hình\n\nCông tác giải phóng mặt bằng còn chậm.\n\n"
            "2. Về kiến nghị của các xã\n\n"
            "Đối với đề xuất hỗ trợ thêm cho các hộ phải di dời: giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính, "
            "Sở Nội vụ rà soát, đề xuất Ủy ban nhân dân tỉnh trước ngày 20/3/2027.\n\n")
    obs = [(o.who, o.deadline.date if o.deadline else None) for o in extract(head + body + TAIL).obligations]
    assert ("Sở Xây dựng", "2027-03-20") in obs
    assert not any(w == "Sở Nội vụ" for w, _ in obs)

"""Obligations: sentences that report, describe or define are not assignments.

Found by reviewing vanban's checklist on unlabelled real documents of
``realdocs/docs`` (the labelled set's rule: statements of competence, future
statements and assignments quoted from earlier documents are not obligations).
Each input is the real wording of the named document, cut to the part that
shows the kind; the expected bodies are those a reader lists, not vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract import subjects as S


def _vpcp(number: str, body: str) -> str:
    return ("VĂN PHÒNG CHÍNH PHỦ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            f"Số: {number}/TB-VPCP\n\nHà Nội, ngày 16 tháng 11 năm 2025\n\nTHÔNG BÁO\n"
            "Kết luận của Thủ tướng Chính phủ tại phiên họp\n\n" + body +
            "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nNguyễn Văn A\n")


def _whos(text: str) -> list[str]:
    return [o.who for o in extract(text).obligations]


def test_work_done_or_under_way_is_a_report():
    """624-TB-VPCP (Phụ lục II, progress of the Bộ Công an): "Bộ Công an đã kịp thời có các hỗ trợ
    …", "Bộ Công an đang xây dựng hệ thống …" report work; the conclusion that follows assigns."""
    text = _vpcp("624", (
        "1. Về an ninh mạng\n\n"
        "Trong tháng 10/2025, Trung tâm An ninh mạng quốc gia đã thu thập 4,9 triệu cảnh\n"
        "báo an ninh mạng; Bộ Công an đã kịp thời có các hỗ trợ, hướng dẫn các đơn vị\n"
        "phương án khắc phục các sự cố an ninh mạng. Bên cạnh đó, Bộ Công an đang xây\n"
        "dựng hệ thống “phòng vệ mạng quốc gia”, “tường lửa quốc gia” để chủ động ngăn\n"
        "chặn sớm hoạt động tấn công mạng.\n\n"
        "2. Nhiệm vụ về phát triển KHCN, ĐMST, CĐS và ĐA06\n"
        "a) Bộ Khoa học và Công nghệ: (1) trình Thủ\n"
        "tướng Chính phủ Chương trình quốc gia phát triển các sản phẩm công nghệ chiến\n"
        "lược ưu tiên triển khai, hoàn thành trong tháng 11 năm 2025.\n"))
    whos = _whos(text)
    assert "Bộ Khoa học và Công nghệ" in whos
    assert not [w for w in whos if w.startswith("Bộ Công an")]


def test_a_plan_or_a_request_received_is_a_report():
    """983-TB-CT: "Cục Thuế có kế hoạch nâng cấp hệ thống …" announces the issuer's plan;
    9476-BNNMT-CNTY: "Bộ Nông nghiệp và Môi trường nhận được kiến nghị của cử tri …" recalls a letter."""
    assert S.reported("Cục Thuế có kế hoạch nâng cấp hệ thống Quản lý thuế", "tập trung (TMS) từ 18h00 …")
    assert S.reported("Bộ Nông nghiệp và Môi trường nhận được kiến nghị của cử tri tỉnh Hà Tĩnh do Ủy ban "
                      "Dân nguyện và", "Giám sát Quốc hội khóa XV chuyển đến …")


def test_competence_and_definitions_are_no_duties():
    """383-QD-TW: "Văn phòng tỉnh ủy có chức năng tham mưu …" (a competence), "Bản số hoá tài liệu
    lưu trữ có giá trị pháp lý như … khi …" (a definition); 1539-VLO-QLDN3: "Các bên liên kết tại
    khoản 1 điều này được quy định cụ thể như sau:"; 165-2025-QD-UBND: "… chứng thực: là các yêu cầu
    …". A copula after a body's name assigns (27-2025-QD-UBND: "Sở Công Thương là cơ quan chủ trì
    có trách nhiệm định kỳ tổng hợp …"; 26-2025-QD-UBND; 2853-QD-UBND), and so does a body "được
    giao quản lý tài khoản có chức năng …" (163-2025-QD-CTUBND)."""
    assert S.reported("Văn phòng tỉnh ủy có chức năng", "tham mưu cho tỉnh ủy chỉ đạo công tác văn thư")
    assert S.reported("Bản số hoá tài liệu lưu trữ có giá trị pháp lý như tài liệu lưu trữ được số hoá khi đáp "
                      "ứng các yêu cầu sau đây", "Thông tin trong bản số hoá …")
    assert S.reported("Các bên liên kết tại khoản 1 điều này được quy định cụ thể như sau", "…g) Hai doanh nghiệp …")
    assert S.reported("chứng thực: là các yêu cầu cấp mới, gia hạn, thay đổi nội dung", "thông tin, thu hồi …")
    assert not S.reported("Sở Công Thương là cơ quan chủ trì", "có trách nhiệm định kỳ tổng hợp kết quả")
    assert not S.reported("Sở Nông nghiệp và Môi trường là cơ quan đầu mối", "chủ trì, hướng dẫn thực hiện Đề án")
    assert not S.reported("Ủy ban nhân dân xã, phường (sau đây gọi tắt là Ủy ban nhân dân cấp xã)", "quyết định giao …")
    assert not S.reported("Công an tỉnh được giao quản lý tài khoản có chức năng quản lý, quản trị, phân quyền và",
                          "theo dõi, thống kê tình hình khai thác")
    assert S.reported("Bộ Nội vụ đang", "xây dựng Nghị định quy định về vị trí việc làm")


def test_a_relative_clause_on_a_thing_leaves_the_assignment():
    """627-TB-VPCP (tune gold): "Bộ Xây dựng, các địa phương, cơ quan chủ quản các dự án đang triển
    khai thi công tiếp tục chỉ đạo …" assigns; "đang" describes the projects. "nhất là ACV" is no
    copula, and "đã được giao" describes the body."""
    assert not S.reported("Bộ Xây dựng, các địa phương, cơ quan chủ quản các dự án đang",
                          "triển khai thi công tiếp tục chỉ đạo các chủ đầu tư")
    assert not S.reported("các bộ, ngành, cơ quan chủ quản, nhất là ACV", "khẩn trương có giải pháp phù hợp")
    assert not S.reported("Các cơ quan, đơn vị đã được giao nhiệm vụ", "khẩn trương triển khai thực hiện")
    # 79-2025-NQ-HDND: the establishments that have drawn up a design must send it
    assert not S.reported("Các cơ sở đã lập hồ sơ thiết kế cải tạo", "gửi cơ quan Công an tham gia ý kiến")
    text = _vpcp("627", (
        "4. Đối với các dự án đang triển khai thi công\n\n"
        "a) Bộ Xây dựng, các địa phương, cơ quan chủ quản\n"
        "các dự án đang triển khai thi công tiếp tục chỉ đạo các chủ đầu tư, các nhà thầu\n"
        "bổ sung nhân lực, thiết bị, tăng mũi thi công, tổ chức thi công 3 ca, 4 kíp bảo\n"
        "đảm tiến độ hoàn thành theo đúng kế hoạch được giao.\n"))
    assert [w for w in _whos(text) if w.startswith("Bộ Xây dựng")]


def _qd(number: str, body: str) -> str:
    return ("ỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            f"Số: {number}/2025/QĐ-UBND\n\nVĩnh Phúc, ngày 20 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n"
            "Ban hành Quy định phân cấp\n\nỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC\n\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n\nQUYẾT ĐỊNH:\n\n" + body +
            "\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n")


def test_a_clause_on_validity_names_no_body():
    """105-2025-QD-UBND (and 103-, 161-, 162-, 165-2025-QD-UBND, 2830-QD-UBND …): "Các Quyết định sau
    đây hết hiệu lực kể từ …:" and "Bãi bỏ các văn bản … cụ thể như sau:" end a Quyết định; the
    documents listed below are repealed, nobody is charged. The executing article still assigns."""
    text = _qd("105", (
        "Điều 2. Hiệu lực thi hành\n\n1. Quyết định có hiệu lực kể\ntừ ngày ký.\n\n"
        "2. Các Quyết định sau đây hết\nhiệu lực kể từ ngày Quyết định này có hiệu lực thi hành:\n\n"
        "- Quyết định số\n36/2023/QĐ-UBND ngày 19 tháng 10 năm 2023 của Ủy ban nhân dân tỉnh Vĩnh Phúc về\n"
        "việc phân cấp thẩm quyền ban hành tiêu chuẩn định mức sử dụng máy móc thiết bị chuyên dùng;\n\n"
        "Điều 3. Tổ chức thực hiện\n\nSở Tài chính chủ trì, phối hợp với các sở, ngành hướng dẫn, kiểm tra việc "
        "thực hiện Quyết định này.\n"))
    whos = [o.who for o in extract(text).obligations]
    assert not [w for w in whos if "hiệu lực" in w]
    assert "Sở Tài chính" in whos
    assert S.thing_subject("Bãi bỏ các văn bản quy phạm pháp luật thuộc lĩnh vực Y tế trên địa bàn tỉnh Đồng Nai, "
                           "cụ thể như sau", "Quyết định số 76/2006/QĐ-UBND …")


def test_a_set_of_criteria_and_a_passive_task_name_no_body():
    """2629-QD-TTg (the product column of a task table: "Bộ chỉ số và Khung hướng dẫn được cấp có thẩm
    quyền ban hành"): "Bộ" before a lower-case noun is a set, not a ministry; 36-2025-QD-UBND: "Các
    thiết bị, hệ thống thiết bị … phải được nghiệm thu" is a rule on things."""
    assert S.thing_subject("Bộ chỉ số và Khung", "hướng dẫn được cấp có thẩm quyền ban hành")
    assert S.thing_subject("Bộ tiêu chí đánh giá được cấp có thẩm quyền", "ban hành")
    assert S.thing_subject("Các thiết bị, hệ thống thiết bị, dụng cụ sử dụng điện, hệ thống chống sét, nối đất",
                           "phải được nghiệm thu, kiểm tra định kỳ, kiểm tra bất thường")
    assert not S.thing_subject("Bộ Công an", "chủ trì xây dựng Bộ chỉ số")
    assert not S.thing_subject("Bộ trưởng Bộ Tài chính", "chỉ đạo")
    assert not S.thing_subject("Bộ đội Biên phòng tỉnh", "phối hợp tuần tra")
    assert not S.thing_subject("Ủy ban nhân dân cấp xã", "được giao quản lý hành lang đê")


def test_the_executing_article_is_a_closing_formula():
    """2813-QD-UBND (and some twenty Quyết định of realdocs): "Điều 4. Chánh Văn phòng UBND tỉnh; Giám
    đốc Sở …; Chủ tịch Ủy ban nhân dân các xã, phường … chịu trách nhiệm thi hành Quyết định này./."
    closes the decision (1627-QD-UBND's gold leaves its Điều 2 out), wherever the list is cut."""
    text = _qd("2813", (
        "Điều 1. Phê duyệt phương án đơn giản hóa thủ tục hành chính.\n\n"
        "Điều 2. Sở Nông nghiệp và Môi trường chủ trì, phối hợp các sở, ban ngành tỉnh dự thảo văn bản "
        "thực thi phương án đơn giản hóa.\n\n"
        "Điều 3. Quyết định này\ncó hiệu lực thi hành kể từ ngày ký.\n\n"
        "Điều 4. Chánh Văn phòng\nUBND tỉnh; Giám đốc Sở Nông nghiệp và Môi trường; Chủ tịch Ủy ban nhân dân các\n"
        "xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết\nđịnh này./.\n"))
    assert [o.who for o in extract(text).obligations] == ["Sở Nông nghiệp và Môi trường"]
    assert S.executing_clause("Chánh Văn phòng", "UBND tỉnh; Giám đốc Sở Y tế; Chủ tịch Ủy ban nhân dân cấp xã "
                              "chịu trách nhiệm thi hành Quyết định này./.")
    # a task before the formula keeps the assignment
    assert not S.executing_clause("Sở Tư pháp", "chủ trì thẩm định hồ sơ; các cơ quan chịu trách nhiệm thi hành "
                                  "Quyết định này")


def test_a_plural_or_task_topic_heading_names_no_body():
    """3509-QD-CT "Điều 5. Các quy định chung", 165-2025-QD-UBND "Các hành vi bị nghiêm cấm",
    383-QD-TW "Điều 15. Bảo quản, thống kê tài liệu lưu trữ": headings of a rule's articles, not bodies;
    0134-KH-UBND "4. Các cơ sở sản xuất giống, NTTS thương phẩm:" and 144-KH-UBND "Các cơ sở đào tạo
    đại học, sau đại học" are bodies charged with the tasks below."""
    assert S.body_name("Các quy định chung") is None
    assert S.body_name("Các hành vi bị nghiêm cấm") is None
    assert S.body_name("Bảo quản, thống kê tài liệu lưu trữ") is None
    assert S.body_name("Các cơ sở sản xuất giống, NTTS thương phẩm:") == "Các cơ sở sản xuất giống, NTTS thương phẩm"
    assert S.body_name("Các thành phố trực thuộc Trung ương") == "Các thành phố trực thuộc Trung ương"
    assert S.body_name("Báo và Phát thanh, Truyền hình tỉnh") is not None
    # the same kinds wherever the reader found the subject (308-2025-ND-CP, 89-VBHN-BQP, 87-2025-QD-UBND)
    assert S.thing_subject("Các tài liệu liên quan đến hiện vật giám định do", "tổ chức, cá nhân yêu cầu giám định cung cấp")
    assert S.thing_subject("Các thủ tục chạm ngõ, rước dâu", "tổ chức theo phong tục tập quán")
    assert S.thing_subject("Bảo dưỡng, sửa chữa", "cung cấp phụ tùng, thiết bị thay thế cho các loại tàu thuyền")
    assert not S.thing_subject("Bảo hiểm xã hội tỉnh", "phối hợp chi trả")
    assert not S.thing_subject("Các Sở, ban, ngành", "chủ trì thực hiện")


def test_a_task_verb_closing_the_body_name_opens_its_tasks():
    """144-KH-UBND (Phụ lục, column Chủ trì): "Sở Khoa học và Công nghệ thúc đẩy, theo dõi, báo cáo chỉ
    tiêu": the body is the Sở, "thúc đẩy" its first task; "Bộ phận, cá nhân được giao xử lý" keeps its name."""
    assert S.actor("Sở Khoa học và Công nghệ thúc đẩy, theo dõi, báo cáo chỉ tiêu")[0] == "Sở Khoa học và Công nghệ"
    assert S.actor("Bộ phận, cá nhân được giao xử lý thực hiện kiểm tra, xác định phạm vi")[0] \
        == "Bộ phận, cá nhân được giao xử lý"


def test_to_chuc_inside_a_list_of_bodies_is_a_noun():
    """32-2025-TT-BKHCN: "… đề nghị các cơ quan, tổ chức, doanh nghiệp và cá nhân phản ánh kịp thời về Bộ
    Khoa học và Công nghệ …"; 308-2025-ND-CP: "bộ, ngành, cơ quan, tổ chức ở trung ương chủ trì lập hồ sơ
    khoa học …": "tổ chức" after a comma in a list of bodies is an organisation, not "to organise"."""
    assert S.actor("Các cơ quan, tổ chức, đơn vị, cá nhân thực hiện nhiệm vụ phục vụ công tác bầu cử")[0] \
        == "Các cơ quan, tổ chức, đơn vị, cá nhân"
    assert S.actor("bộ, ngành, cơ quan, tổ chức ở trung ương chủ trì lập hồ sơ khoa học")[0] \
        == "bộ, ngành, cơ quan, tổ chức ở trung ương"
    # the verb keeps its place after a body's name
    assert S.actor("Sở Văn hóa, Thể thao và Du lịch tổ chức tập huấn cho cán bộ văn hóa cấp xã")[0] \
        == "Sở Văn hóa, Thể thao và Du lịch"


def test_a_power_granted_by_a_rule_is_a_competence():
    """44-2025-QD-CTUBND (a Quyết định on decentralised powers over public assets): "Ủy ban nhân dân cấp
    xã quyết định thu hồi tài sản công …" grants a power (the gold's "statements of competence"); 57-VBHN-BCT
    "Bộ trưởng Bộ Công Thương phê duyệt khung giá phát điện" likewise. In a plan or a Công điện the same
    words are left to the other rules, and "Quyết định này", "Quyết định số …" are the noun."""
    assert S.competence("quyết định thu hồi tài sản công của cơ quan, tổ chức, đơn vị", "Quyết định")
    assert S.competence("phê duyệt khung giá phát điện", "Văn bản hợp nhất")
    assert not S.competence("quyết định cho học sinh nghỉ học", "Công điện")
    assert not S.competence("Quyết định này có hiệu lực", "Quyết định")
    assert not S.competence("chủ trì, phối hợp tổ chức thực hiện", "Quyết định")
    # 123-2025-QD-CTUBND: the power read into the subject before a list ("… quyết định phê duyệt phương án xử
    # lý tài sản đối với: a) Tài sản là bất động sản; …")
    assert S.competence("Tài sản là bất động sản; Tài sản xe ôtô", "Quyết định",
                        "Chủ tịch Ủy ban nhân dân thành phố quyết định phê duyệt phương án xử lý tài sản đối với")
    text = _qd("44", (
        "Điều 4. Thẩm quyền quyết định thu hồi tài sản công\n\n"
        "1. Sở, ban, ngành, đơn vị thuộc Ủy ban nhân dân tỉnh quyết định thu hồi tài sản công (trừ trụ sở làm "
        "việc, xe ô tô) của cơ quan, tổ chức, đơn vị thuộc phạm vi quản lý.\n\n"
        "2. Ủy ban nhân dân cấp xã quyết định thu hồi tài sản công của cơ quan, tổ chức, đơn vị thuộc phạm vi "
        "quản lý.\n\n"
        "Điều 5. Tổ chức thực hiện\n\nSở Tài chính chủ trì, hướng dẫn, kiểm tra việc thực hiện Quyết định này.\n"))
    assert [o.who for o in extract(text).obligations] == ["Sở Tài chính"]

"""Obligations: kinds of wording found on real documents labelled before vanban's output was read.

Each input is the real wording of the named document of ``realdocs/docs`` (branch roblig10's
review, ``bench/gold/review-oblig10``), cut to the part that shows the kind; the expected bodies
are those a careful reader lists (``realdocs/labeled/README.md`` conventions), not vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"


def _qd(issuer: str, number: str, body: str) -> str:
    return (f"{issuer}\n\n{_MOTTO}Số: {number}\n\nHà Nội, ngày 20 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n"
            "Về việc ban hành quy định\n\nQUYẾT ĐỊNH:\n\n" + body +
            "\n\nNơi nhận:\n- Như Điều 4;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n")


def _whos(text: str) -> list[str | None]:
    return [o.who for o in extract(text).obligations]


_PHAN_CAP = (
    "Điều 5. Thẩm\nquyền quyết định xác lập quyền sở hữu toàn dân đối với tài sản do chủ sở hữu tự\n"
    "nguyện chuyển giao cho Nhà nước Việt Nam thông qua chính quyền địa phương theo\n"
    "quy định tại khoản 6 Điều 3 Nghị định số\n"
    "77/2025/NĐ-CP (trừ tài sản quy định tại khoản 9 Điều 4 Nghị định số 77/2025/NĐ-CP)\n\n"
    "1. Chủ tịch Ủy ban nhân dân\nthành phố quyết định xác lập quyền sở hữu toàn dân đối với tài sản chuyển giao\n"
    "cho Nhà nước Việt Nam mà chưa xác định cụ thể cơ quan, đơn vị, tổ chức tiếp nhận.\n\n"
    "2. Các cơ quan chuyên môn, các\nđơn vị sự nghiệp công lập, tổ chức hành chính khác thuộc Ủy ban nhân dân thành\n"
    "phố quyết định xác lập quyền sở hữu toàn dân đối với tài sản chuyển giao cho cơ\n"
    "quan, tổ chức đơn vị mình.\n\n"
    "Điều 6. Đơn\nvị chủ trì quản lý tài sản quy định tại Điều 5 của Quyết định này\n\n"
    "1. Sở Tài chính chủ trì quản lý\ntài sản đối với tài sản chuyển giao cho Nhà nước Việt Nam mà chưa xác định cụ\n"
    "thể cơ quan, đơn vị, tổ chức tiếp nhận;\n\n"
    "2. Các cơ quan chuyên môn, các\nđơn vị sự nghiệp công lập, tổ chức hành chính khác thuộc Ủy ban nhân dân thành\n"
    "phố chủ trì quản lý tài sản đối với các tài sản chuyển giao cho cơ quan, tổ chức,\n"
    "đơn vị thuộc phạm vi quản lý của mình.\n\n"
    "Điều 7. Thẩm\nquyền quyết định phê duyệt phương án xử lý tài sản đối với tài sản chuyển giao\n"
    "cho Nhà nước Việt Nam thông qua chính quyền địa phương theo quy định tại\n"
    "khoản 6 Điều 3 Nghị định số 77/2025/NĐ-CP, trừ tài sản quy định tại khoản 1, 2, 3\n"
    "Điều 47 Nghị định số 77/2025/NĐ-CP\n\n"
    "1. Chủ tịch Ủy ban nhân dân\nthành phố phê duyệt phương án xử lý tài sản đối với:\n\n"
    "a) Tài sản là bất động sản;\n\nb) Tài sản xe ôtô;\n\n"
    "2. Các cơ quan chuyên môn, các\nđơn vị sự nghiệp công lập, tổ chức hành chính khác thuộc Ủy ban nhân dân thành\n"
    "phố phê duyệt phương án xử lý tài sản do cơ quan, đơn vị, tổ chức mình quyết định\n"
    "xác lập quyền sở hữu toàn dân trừ tài sản quy định tại khoản 1 Điều này.\n\n"
    "Điều 8. Tổ\nchức thực hiện\n\n"
    "1. Sở Tài chính có trách nhiệm:\n\n"
    "a) Chủ trì hướng dẫn các cơ\nquan, tổ chức, đơn vị có liên quan và tổ chức triển khai thực hiện Quyết định\nnày.\n\n"
    "3. Các cơ quan, tổ chức, đơn vị\nchủ trì quản lý tài sản có trách nhiệm thực hiện chế độ báo cáo và cơ sở dữ liệu\n"
    "về tài sản được xác lập quyền sở hữu toàn dân theo quy định tại Chương\nXI Nghị định số 77/2025/NĐ-CP.\n")


def test_a_long_article_title_of_competence_and_a_designation_article_assign_nothing():
    """123/2025/QĐ-CTUBND: "Điều 5. Thẩm quyền quyết định …" runs over four lines (its title was lost, and its
    powers read as tasks); "Điều 6. Đơn vị chủ trì quản lý tài sản …" designates who holds which assets; in
    Điều 7's title "… khoản 1, 2, 3⏎Điều 47 Nghị định số 77/2025/NĐ-CP" cites an article, it opens none.
    Only the Tổ chức thực hiện article assigns."""
    text = _qd("CHỦ TỊCH ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ", "123/2025/QĐ-CTUBND", _PHAN_CAP)
    assert _whos(text) == ["Sở Tài chính", "Các cơ quan, tổ chức, đơn vị chủ trì quản lý tài sản"]
    articles = [p.label for p in structure_of_text(text).body if p.label and p.label.startswith("Điều")]
    assert articles == ["Điều 5.", "Điều 6.", "Điều 7.", "Điều 8."]


def test_a_colon_opening_the_partners_list_is_no_heading():
    """3005/QĐ-UBND: "Điều 2. Giao Sở Y tế chủ trì, phối hợp với các đơn vị: Văn phòng⏎UBND tỉnh (…) và …" —
    the first line breaks inside the list its colon opens; Sở Y tế is the body, the others partners."""
    text = _qd("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH", "3005/QĐ-UBND", (
        "Điều 1. Công bố kèm theo Quyết định này Danh mục và Quy trình nội bộ 02 (hai) thủ tục\nhành chính.\n"
        "Điều 2. Giao Sở Y tế chủ trì, phối hợp với các đơn vị: Văn phòng\n"
        "UBND tỉnh (Trung tâm Công báo - Tin học) và các cơ quan, đơn vị liên quan căn\n"
        "cứ Quyết định này, trong thời hạn 03 ngày làm việc công khai các TTHC trên cơ\n"
        "sở dữ liệu quốc gia về TTHC, xây dựng quy trình điện tử giải quyết TTHC trên Hệ\n"
        "thống thông tin giải quyết TTHC của tỉnh để áp dụng thực hiện theo quy định.\n"
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ban hành.\n"))
    assert _whos(text) == ["Sở Y tế"]


def test_a_conditional_request_inside_a_rule_assigns_the_body_asked_nothing():
    """213/2025/QĐ-UBND: "Khi cần thiết Chủ tịch Ủy ban nhân dân cấp xã đề nghị Chủ tịch Ủy ban nhân dân thành
    phố tăng cường lực lượng …" is the commune chairman's step; 102/2025/QĐ-UBND: "Trường hợp … phức tạp, …,
    chủ động đề nghị Chủ tịch UBND tỉnh chỉ đạo thành lập Đoàn kiểm tra …" likewise. Forces and agencies
    named by their kind ("Lực lượng Công an", "Cơ quan Kiểm lâm") act as bodies."""
    text = _qd("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG", "213/2025/QĐ-UBND", (
        "Điều 2. Cấp dự báo cháy rừng và biện pháp phòng cháy, chữa cháy rừng\n\n"
        "2. Dự báo cháy rừng cấp I (cấp thấp)\n\n"
        "b) Biện pháp phòng cháy, chữa cháy rừng\nbao gồm:\n\n"
        "Cơ quan Kiểm lâm chủ trì phối hợp với Cơ\nquan Công an, lực lượng Quân đội tổ chức kiểm tra, hướng dẫn khoanh vùng sản xuất,\n"
        "tuyên truyền giáo dục về phòng cháy, chữa cháy rừng.\n\n"
        "5. Dự báo cháy rừng cấp IV (cấp nguy hiểm)\n\n"
        "b) Biện pháp phòng cháy, chữa cháy rừng\nbao gồm:\n\n"
        "Chủ tịch Ủy ban nhân dân cấp xã trực tiếp\nchỉ đạo việc phòng cháy, chữa cháy rừng tại địa phương.\n\n"
        "Khi cần thiết Chủ tịch Ủy ban nhân dân cấp\nxã đề nghị Chủ tịch Ủy ban nhân dân thành phố tăng cường lực lượng, phương tiện\n"
        "chữa cháy.\n\n"
        "6. Dự báo cháy rừng cấp V (cấp cực kỳ\nnguy hiểm)\n\n"
        "b) Biện pháp phòng cháy, chữa cháy rừng\nbao gồm:\n\n"
        "Lực lượng Công an phối hợp với lực lượng\nKiểm lâm, lực lượng Quân đội, chính quyền địa phương và chủ rừng tăng cường kiểm\n"
        "tra nghiêm ngặt trên các vùng trọng điểm cháy.\n"))
    whos = _whos(text)
    assert "Chủ tịch Ủy ban nhân dân thành phố" not in whos
    assert whos == ["Cơ quan Kiểm lâm", "Chủ tịch Ủy ban nhân dân cấp xã", "Lực lượng Công an"]
    text = _qd("ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ", "102/2025/QĐ-UBND", (
        "Điều 13. Phối hợp trong giải\nquyết các kiến nghị, phản ánh, khiếu nại, tố cáo\n\n"
        "1. Các cơ quan, đơn vị có trách nhiệm kịp thời\ngiải quyết các kiến nghị, phản ánh, khiếu nại, tố cáo theo "
        "thẩm quyền quản lý. Trường hợp nội dung kiến nghị, phản ánh, khiếu nại, tố cáo phức tạp,\n"
        "trong trường hợp cần thiết, chủ động đề nghị Chủ tịch UBND tỉnh chỉ đạo thành lập\n"
        "Đoàn kiểm tra, xác minh liên ngành.\n"))
    assert _whos(text) == ["Các cơ quan, đơn vị"]


def test_a_later_sentence_led_by_a_case_names_a_list_of_bodies():
    """1628/QĐ-UBND: after item 4 (Ủy ban nhân dân các xã …), "Đối với hồ sơ TTHC đã được cung cấp dịch vụ công
    trực tuyến, Trung tâm Phục vụ hành chính công tỉnh, Trung tâm Phục vụ hành chính công cấp xã thực hiện …"
    charges the two centres (a subject long only because the names are)."""
    text = _qd("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", "1628/QĐ-UBND", (
        "Điều 2. Trách nhiệm của các\ncơ quan, đơn vị\n"
        "1. Sở Tư pháp chịu trách nhiệm\nđăng tải công khai đầy đủ Danh mục và nội dung TTHC trên Trang thông tin điện\n"
        "tử của Sở và niêm yết công khai tại cơ quan.\n"
        "4. Ủy ban nhân dân các xã,\nphường, đặc khu chịu trách nhiệm tiếp nhận và trả kết quả giải quyết TTHC đối\n"
        "với các TTHC thực hiện tiếp nhận và trả kết quả không phụ thuộc vào địa giới hành\n"
        "chính theo Quy trình nội bộ được phê duyệt tại Quyết định này.\n"
        "Đối với hồ sơ TTHC đã được cung\ncấp dịch vụ công trực tuyến, Trung tâm Phục vụ hành chính công tỉnh, Trung tâm\n"
        "Phục vụ hành chính công cấp xã thực hiện cung cấp thông tin, ưu tiên hỗ trợ,\n"
        "hướng dẫn tổ chức, cá nhân thực hiện nộp hồ sơ trực tuyến qua Cổng Dịch vụ công\n"
        "quốc gia.\n"
        "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.\n"))
    assert _whos(text) == ["Sở Tư pháp", "Ủy ban nhân dân các xã, phường, đặc khu",
                           "Trung tâm Phục vụ hành chính công tỉnh, Trung tâm Phục vụ hành chính công cấp xã"]


def test_quan_ly_ve_after_a_body_is_its_verb():
    """27/2025/QĐ-UBND: "Sở Văn hóa, Thể thao và Du lịch quản lý về công tác thông tin tuyên truyền, chủ trì
    phối hợp …" — the body ends before "quản lý về" (issue 10: the body never swallows the verb); a name's
    "Quản lý" (Ban Quản lý dự án) is never followed by "về"."""
    from vanban.extract import subjects as S
    who, what = S.actor("Sở Văn hóa, Thể thao và Du lịch quản lý về công tác thông tin tuyên truyền, chủ trì phối "
                        "hợp với Báo và Phát thanh, Truyền hình Thái Nguyên có trách nhiệm tham gia, tuyên truyền.")
    assert who == "Sở Văn hóa, Thể thao và Du lịch" and what.startswith("quản lý về công tác")
    who, _ = S.actor("Ban Quản lý các khu công nghiệp tỉnh chủ trì lập hồ sơ mời thầu.")
    assert who == "Ban Quản lý các khu công nghiệp tỉnh"


def test_the_issuers_own_conditional_request_still_assigns():
    """The issuer asking on a condition is its own request ("Trường hợp cần thiết, Ủy ban nhân dân tỉnh đề nghị
    Bộ Quốc phòng …"): the body asked is assigned, unlike a commune chairman's step under a rule (213/2025/QĐ-UBND)."""
    text = _qd("ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ", "15/KH-UBND", (
        "Điều 2. Tổ chức thực hiện\n\n"
        "Trường hợp vượt khả năng của địa phương, Ủy ban nhân dân tỉnh đề nghị Bộ Quốc phòng chỉ đạo lực lượng "
        "quân đội phối hợp ứng cứu.\n"))
    assert _whos(text) == ["Bộ Quốc phòng"]


def test_a_blank_line_after_an_object_verb_does_not_open_a_new_subject():
    """213/2025/QĐ-UBND in legacy OCR (Tesseract's text as restored): "Chủ tịch Ủy ban nhân dân cấp xã chỉ đạo⏎⏎Ban
    chỉ huy phòng cháy, chỉ¥a cháy rừng cấp xã phối hợp …" — the blank line the OCR put after "chỉ đạo" is inside
    the sentence; the Ban chỉ huy is the chairman's object, not a body assigned."""
    text = _qd("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG", "213/2025/QĐ-UBND", (
        "Điều 2. Cấp dự báo cháy rừng\n\n4. Dự báo cháy rừng cấp III (cấp cao)\n\n"
        "b) Biện pháp phòng cháy, chữa cháy rừng\nbao gồm:\n\n"
        "Chủ tịch Ủy ban nhân dân cấp xã chỉ đạo\n\n"
        "Ban chỉ huy phòng cháy, chỉ¥a cháy rừng cấp xã phối hợp Hạt Kiểm lâm đôn đốc\nthực\n\n"
        "hiện các biện pháp phòng cháy, chữa cháy rừng của các chủ rừng, cấm đốt thực bì\n\ndự<i tán rừng.\n\n"
        "Các chủ rừng phải thường xuyên kiểm tra\n\nlực lượng canh phòng và lực lượng khoán quản bảo vệ rừng.\n"))
    assert _whos(text) == ["Chủ tịch Ủy ban nhân dân cấp xã", "Các chủ rừng"]


def test_a_cited_number_cut_from_its_type_is_no_body():
    """27/2025/QĐ-UBND in legacy OCR: "… Điều 21 Nghị định⏎⏎SỐ 62/2025/NĐ-CP ngày 04/3/2025 của Chính phủ; có trách
    nhiệm tuân thủ …" — the number of a cited decree, not a body charged."""
    from vanban.extract import assignment_words as W
    assert W.NOT_A_BODY_WHO.match("SỐ 62/2025/NĐ-CP ngày 04/3/2025 của Chính phủ")
    assert not W.NOT_A_BODY_WHO.match("Sở Công Thương")


def test_a_title_ending_in_bao_cao_still_ends_its_paragraph():
    """The guard of the kind above: a title paragraph ("Chế độ thông tin, báo cáo") before a blank line names no
    acting body, so the sentence after it is read on its own."""
    text = _qd("ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ", "15/QĐ-UBND", (
        "Điều 3. Tổ chức thực hiện\n\nChế độ thông tin, báo cáo\n\n"
        "Sở Nội vụ tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.\n"))
    assert _whos(text) == ["Sở Nội vụ"]

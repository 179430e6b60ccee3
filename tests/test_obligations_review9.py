"""Obligations: kinds of wording found on real documents labelled before vanban's obligations were read.

Each input is the real wording of the named document of ``realdocs/docs`` (branch oblig9's review,
``bench/gold/review-oblig9``, and unlabelled-for-obligations documents of the review folders), cut to
the part that shows the kind; the expected bodies are those a careful reader lists
(``realdocs/labeled/README.md``: statements of competence and things are no obligations), not vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
_SIGN = "Nơi nhận:\n- Như Điều 4;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n"


def _whos(text: str) -> list[str]:
    return [o.who for o in extract(text).obligations]


def test_powers_under_a_devolution_article_are_no_tasks():
    """63/2025/QĐ-UBND (Đồng Nai): "Điều 3. Nội dung phân cấp" grants powers (competence); "Điều 4. Trách nhiệm
    thi hành⏎1. Sở Tư pháp …" assigns."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\n\n" + _MOTTO + "Số: 63/2025/QĐ-UBND\n\nĐồng Nai, ngày 18 tháng 11 năm 2025\n\n"
            "QUYẾT ĐỊNH\nPhân cấp cho Sở Tư pháp tỉnh Đồng Nai có ý kiến việc cho con nuôi nước ngoài\n\n"
            "Điều 3. Nội dung phân cấp\n\n"
            "1. Ủy ban nhân dân tỉnh phân cấp thẩm quyền cho Sở\nTư pháp tỉnh Đồng Nai ký Quyết định việc nuôi con nuôi "
            "có yếu tố nước ngoài\nđối với các trường hợp sau:\n\n"
            "a) Quyết định việc nuôi con nuôi có yếu tố nước\nngoài đối với trẻ em sống ở cơ sở nuôi dưỡng.\n\n"
            "2. Ủy ban nhân dân tỉnh phân cấp thẩm quyền cho Sở\nTư pháp tỉnh Đồng Nai có ý kiến và ký văn bản đồng "
            "ý/không đồng ý việc cho con nuôi\nnước ngoài.\n\n"
            "Điều 4. Trách nhiệm thi hành\n\n1. Sở Tư pháp\n\n"
            "a) Chủ trì, phối hợp với các cơ quan, đơn vị có\nliên quan xây dựng và cập nhật quy trình nội bộ thủ tục "
            "hành chính.\n\n"
            "2. Thủ trưởng các cơ quan, tổ chức, đơn vị có liên quan\ncăn cứ Quyết định này triển khai thực hiện đảm "
            "bảo theo chức năng, nhiệm vụ.\n\n" + _SIGN)
    whos = _whos(text)
    assert "Sở Tư pháp" in whos
    assert not any(w.startswith("Ủy ban nhân dân tỉnh") for w in whos)


def test_bodies_under_a_devolution_chapter_are_given_powers():
    """74/2025/QĐ-UBND (Hà Nội): the Quy định's "Chương II⏎PHÂN CẤP MỘT SỐ NỘI DUNG …" says which body
    thẩm định, cấp giấy phép xây dựng: competence, no obligation."""
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\n" + _MOTTO + "Số: 74/2025/QĐ-UBND\n\nHà Nội, ngày 04 tháng 12 năm 2025\n\n"
            "QUYẾT ĐỊNH\nBan hành Quy định về phân cấp một số nội dung thuộc lĩnh vực xây dựng, giao thông\n\n"
            "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy định về phân cấp.\n\n"
            "Điều 2. Chánh Văn phòng Ủy ban nhân dân Thành phố; Giám đốc các Sở, ban, ngành Thành phố chịu "
            "trách nhiệm thi hành Quyết định này./.\n\n" + _SIGN +
            "\nQUY ĐỊNH\n\nPHÂN CẤP MỘT SỐ NỘI DUNG THUỘC LĨNH VỰC XÂY DỰNG,\nGIAO THÔNG TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI\n\n"
            "Chương\nII\n\nPHÂN CẤP MỘT SỐ\nNỘI DUNG THUỘC LĨNH VỰC XÂY DỰNG, GIAO THÔNG TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI\n\n"
            "Điều 4.\nCấp phép xây dựng\n\n"
            "1. Ban Quản lý các khu công\nnghệ cao và khu công nghiệp thành phố Hà Nội cấp giấy phép xây dựng đối với "
            "việc\nxây dựng mới, sửa chữa, cải tạo, di dời các công trình thuộc địa bàn quản lý.\n\n"
            "2. UBND cấp xã cấp giấy phép\nxây dựng đối với công trình cấp III trở xuống và nhà ở riêng lẻ với mọi quy "
            "mô\ntrên địa bàn quản lý.\n\n"
            "3. Sở Xây dựng cấp Giấy phép\nxây dựng đối với công trình cấp đặc biệt, cấp I, cấp II.\n")
    assert _whos(text) == []


def test_a_bodys_functions_are_no_tasks_its_assignment_is():
    """2979/QĐ-UBND (Hà Tĩnh), Quy định chức năng, nhiệm vụ của Sở Tư pháp: "Vị trí và chức năng", "Nhiệm vụ và
    quyền hạn", "Cơ cấu tổ chức" describe the Sở; "Điều 4. Tổ chức thực hiện⏎1. Giao Sở Tư pháp rà soát …" assigns."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n\n" + _MOTTO + "Số: 2979/QĐ-UBND\n\nHà Tĩnh, ngày 27 tháng 11 năm 2025\n\n"
            "QUYẾT ĐỊNH\nBan hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp\n\n"
            "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy định.\n\n" + _SIGN +
            "\nQUY ĐỊNH\n\nCHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA SỞ TƯ PHÁP\n\n"
            "Điều 1. Vị\ntrí và chức năng\n\n"
            "2. Sở Tư pháp có tư cách pháp\nnhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, "
            "biên\nchế của Ủy ban nhân dân tỉnh theo thẩm quyền.\n\n"
            "Điều 2.\nNhiệm vụ và quyền hạn\n\n"
            "1. Cung cấp thông tin về việc cấp,\ncấp lại, thu hồi Chứng chỉ hành nghề luật sư; đề nghị Đoàn\nLuật sư "
            "cung cấp thông tin về tổ chức và hoạt động của luật sư.\n\n"
            "Điều 3. Cơ\ncấu tổ chức\n\n"
            "1. Phó Giám đốc Sở do Chủ tịch\nỦy ban nhân dân tỉnh bổ nhiệm theo đề nghị của Giám đốc Sở, giúp Giám đốc "
            "Sở thực\nhiện một hoặc một số nhiệm vụ cụ thể do Giám đốc Sở phân công.\n\n"
            "2. Hàng năm, Sở Tư pháp xây dựng kế hoạch biên chế công chức trình Ủy\nban nhân dân tỉnh.\n\n"
            "Điều 4. Tổ\nchức thực hiện\n\n"
            "1. Giao Sở Tư pháp rà soát, xây\ndựng Đề án vị trí việc làm của Sở và các đơn vị sự nghiệp công lập trực "
            "thuộc đảm\nbảo đúng quy định.\n")
    assert _whos(text) == ["Sở Tư pháp"]


def test_things_and_systems_are_no_bodies():
    """163/2025/QĐ-CTUBND (Ninh Bình), a Quy chế on the TTHC system: "Hệ thống⏎thông tin giải quyết TTHC tỉnh xây
    dựng đảm bảo …", "Các trang thiết bị … phải đảm bảo …" state rules on things; "Sở Khoa học và Công nghệ chủ
    trì …" assigns. 2954/QĐ-UBND: "Cổng⏎thông tin điện tử tỉnh" is one name, not a body then its verb."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n\n" + _MOTTO + "Số: 163/2025/QĐ-CTUBND\n\nNinh Bình, ngày 20 tháng 11 năm 2025\n\n"
            "QUYẾT ĐỊNH\nBan hành Quy chế quản lý Hệ thống thông tin giải quyết thủ tục hành chính\n\n"
            "Điều 6. Yêu\ncầu Hệ thống thông tin giải quyết TTHC tỉnh\n\n"
            "Hệ thống\nthông tin giải quyết TTHC tỉnh xây dựng đảm bảo theo Điều 27 Nghị định số\n"
            "118/2025/NĐ-CP của Chính phủ.\n\n"
            "Điều 12. Hạ tầng\n\n"
            "3. Các trang thiết bị hỗ trợ,\nphục vụ công tác giải quyết TTHC khi đầu tư mới, bổ sung hoặc thay thế phải "
            "đảm\nbảo theo đúng các quy định của pháp luật.\n\n"
            "4. Sở Khoa học và Công nghệ chủ\ntrì, phối hợp với các cơ quan, đơn vị cấp tài khoản công vụ.\n\n"
            "5. Báo và phát thanh, truyền hình Ninh Bình, Cổng\nthông tin điện tử tỉnh xây dựng các phóng sự, tin bài "
            "giới thiệu Hệ thống.\n\n" + _SIGN)
    whos = _whos(text)
    assert "Sở Khoa học và Công nghệ" in whos
    assert "Báo và phát thanh, truyền hình Ninh Bình, Cổng thông tin điện tử tỉnh" in whos
    assert not any(w.startswith(("Hệ thống", "Các trang thiết bị")) for w in whos)


def test_a_lower_case_subject_that_names_no_body():
    """161/2025/QĐ-UBND: "đ) Phân công cán bộ chuyên⏎trách hoặc phụ trách công nghệ thông tin quản lý Phần mềm …" is
    a task of the Thủ trưởng above it, not an obligation of "cán bộ chuyên trách"; 84/2025/QĐ-UBND: "các" alone."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\n\n" + _MOTTO + "Số: 161/2025/QĐ-UBND\n\nTuyên Quang, ngày 20 tháng 11 năm 2025\n\n"
            "QUYẾT ĐỊNH\nBan hành Quy chế quản lý Hệ thống quản lý văn bản và điều hành\n\n"
            "Điều 21. Trách nhiệm của Thủ trưởng cơ quan, đơn vị\n\n"
            "a) Chỉ đạo triển khai, tổ chức thực hiện Quy chế này tại cơ quan, đơn vị;\n\n"
            "đ) Phân công cán bộ chuyên\ntrách hoặc phụ trách công nghệ thông tin quản lý Phần mềm của đơn vị theo phân\n"
            "quyền sử dụng.\n\n" + _SIGN)
    whos = _whos(text)
    assert not any(w[:1].islower() for w in whos)


def test_splits_inside_a_parenthesis_a_ratio_or_a_time_limit_name_no_body():
    """87/2025/QĐ-UBND: "Trung cấp lý luận chính trị trở lên (trừ Kiểm soát viên)" in a list of requirements;
    71/2025/NQ-HĐND: "a) Bản đồ cơ cấu quy hoạch sử dụng đất tỷ lệ 1:2.000;"; 80/2025/QĐ-UBND: "Bảy (07) ngày làm
    việc đối với các ý kiến cần phối hợp liên ngành" — none names a body; "Sở Nội vụ chủ trì …" does."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n\n" + _MOTTO + "Số: 87/2025/QĐ-UBND\n\nBắc Ninh, ngày 25 tháng 11 năm 2025\n\n"
            "QUYẾT ĐỊNH\nBan hành Quy định về quản lý doanh nghiệp nhà nước\n\n"
            "Điều 5. Tiêu chuẩn\n\n"
            "1. Trình độ lý luận chính trị: Trung cấp lý luận chính trị trở lên (trừ\nKiểm soát viên).\n\n"
            "Điều 7. Nội dung quy hoạch chi tiết\n\n"
            "1. Nội dung quy hoạch chi tiết khu vực TOD bao gồm:\n\n"
            "a) Bản đồ cơ cấu quy hoạch sử dụng đất tỷ lệ\n1:2.000;\n\n"
            "Điều 8. Thời hạn trả lời\n\n"
            "b) Bảy (07) ngày làm việc đối với các ý kiến cần phối hợp liên ngành.\n\n"
            "Điều 9. Tổ chức thực hiện\n\n"
            "1. Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tham mưu trình Chủ tịch UBND tỉnh thực hiện "
            "các nội dung tại khoản 1 Điều này.\n\n" + _SIGN)
    assert _whos(text) == ["Sở Nội vụ"]


def test_information_technology_and_the_body_organisation_pair_stay_in_the_name():
    """34/2025/TT-BKHCN: "Cục Công nghiệp công nghệ thông tin (Bộ Khoa học và Công nghệ) chủ trì …" names the Cục
    whole ("thông tin" is no verb there); 383-QĐ/TW: "Người đứng đầu cơ quan, tổ chức quyết định việc công bố …" is
    a competence of the head of "cơ quan, tổ chức", not "tổ chức" as a task."""
    text = ("BỘ KHOA HỌC VÀ CÔNG NGHỆ\n\n" + _MOTTO + "Số: 34/2025/TT-BKHCN\n\nHà Nội, ngày 25 tháng 11 năm 2025\n\n"
            "THÔNG TƯ\nQuy định về sản phẩm, dịch vụ công nghệ thông tin\n\n"
            "Điều 9. Công bố tài liệu\n\n"
            "1. Người đứng đầu cơ quan, tổ chức quyết định việc công bố tài liệu lưu trữ thuộc thẩm quyền quản lý.\n\n"
            "Điều 10. Tổ chức thực hiện\n\n"
            "1. Cục Công nghiệp công nghệ thông tin (Bộ Khoa học và Công nghệ) chủ trì, phối hợp với các cơ quan "
            "liên quan tổ chức hướng dẫn thực hiện Thông tư này.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nBỘ TRƯỞNG\nNguyễn Văn A\n")
    whos = _whos(text)
    assert any(w.startswith("Cục Công nghiệp công nghệ thông tin") for w in whos)
    assert not any(w.startswith("Người đứng đầu") for w in whos)


def test_beneficiaries_of_support_are_no_bodies_charged():
    """73/2025/NQ-HĐND (Hà Nội): "Doanh nghiệp, tổ chức khoa học và công nghệ đáp ứng điều kiện hỗ trợ …, có trụ sở tại
    khu công nghệ cao … được hỗ trợ, ưu đãi sau:" lists what they receive; "Sở Tài chính có trách nhiệm …" assigns."""
    text = ("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\n" + _MOTTO + "Số: 73/2025/NQ-HĐND\n\nHà Nội, ngày 27 tháng 11 năm 2025\n\n"
            "NGHỊ QUYẾT\nQuy định cơ chế, chính sách ưu đãi tại khu công nghệ cao\n\n"
            "Điều 12. Hỗ trợ nghiên cứu, phát\ntriển và chuyển giao công nghệ\n\n"
            "Doanh nghiệp, tổ chức khoa học và công nghệ đáp ứng\nđiều kiện hỗ trợ quy định tại Điều 12 Nghị quyết số\n"
            "35/2025/NQ-HĐND ngày 29 tháng 9 năm 2025 của HĐND Thành phố, có trụ sở tại khu công nghệ cao trên địa\n"
            "bàn Thành phố được hỗ trợ, ưu đãi sau:\n\n"
            "1. Được ưu tiên thuê trang thiết bị, thuê mặt bằng\ntại hạ tầng khoa học và công nghệ.\n\n"
            "Điều 15. Trách nhiệm thi hành\n\n"
            "1. Sở Tài chính có trách nhiệm chủ trì, tham mưu Ủy ban nhân dân Thành phố bố trí kinh phí thực hiện.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\nNguyễn Văn A\n")
    whos = _whos(text)
    assert "Sở Tài chính" in whos and not any(w.startswith("Doanh nghiệp") for w in whos)


def test_a_duty_article_inside_a_devolution_chapter_still_assigns():
    """The kind of 74/2025/QĐ-UBND's "Chương II⏎PHÂN CẤP …" when the chapter also holds the bodies' duties (in a Mục of
    it): its "Điều 6. Trách nhiệm của Sở Xây dựng" assigns, the powers above it do not."""
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\n" + _MOTTO + "Số: 74/2025/QĐ-UBND\n\nHà Nội, ngày 04 tháng 12 năm 2025\n\n"
            "QUYẾT ĐỊNH\nBan hành Quy định về phân cấp một số nội dung thuộc lĩnh vực xây dựng\n\n"
            "Chương\nII\n\nPHÂN CẤP MỘT SỐ\nNỘI DUNG THUỘC LĨNH VỰC XÂY DỰNG\n\n"
            "Điều 4.\nCấp phép xây dựng\n\n"
            "1. Sở Xây dựng cấp Giấy phép\nxây dựng đối với công trình cấp đặc biệt, cấp I, cấp II.\n\n"
            "Mục 2\n\nKIỂM TRA, GIÁM SÁT\n\n"
            "Điều 6.\nTrách nhiệm của Sở Xây dựng\n\n"
            "1. Hướng dẫn, kiểm tra việc thực hiện các nội dung được phân cấp tại Quy định này.\n\n"
            "2. Tổng hợp, báo cáo Ủy ban nhân dân Thành phố kết quả thực hiện.\n\n" + _SIGN)
    obs = extract(text).obligations
    assert [o.who for o in obs] == ["Sở Xây dựng"] and "Hướng dẫn" in obs[0].what


def test_a_lower_case_plural_of_bodies_stays():
    """The legacy seed 13-KH/ĐU (samples/, restored): "Đề nghị các chi, đảng bộ trực thuộc, Mặt trận, các tổ chức chính
    trị - xã hội phường tổ chức quán triệt …" names bodies in lower case after the cue; the rule for a lower-case
    subject naming no body must keep it."""
    text = ("ĐẢNG BỘ PHƯỜNG\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố: 13-KH/ĐU\n\nPhường Bình Định, ngày 15 tháng 9 năm 2025\n\n"
            "KẾ HOẠCH\nThực hiện Phong trào thi đua “Dân vận khéo”\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Đề nghị các chi, đảng bộ trực thuộc, Mặt trận, các tổ chức chính trị - xã hội phường tổ chức quán "
            "triệt, xây dựng kế hoạch triển khai thực hiện Phong trào; định kỳ gửi báo cáo kết quả về Ban Xây dựng "
            "Đảng trước ngày 25 tháng 11 hằng năm.\n\n"
            "2. Ban Xây dựng Đảng tham mưu, hướng dẫn, theo dõi, đôn đốc, tổng hợp, báo cáo.\n\n"
            "Nơi nhận:\n- Lưu: VP.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nNguyễn Văn A\n")
    whos = _whos(text)
    assert any(w.startswith("các chi, đảng bộ trực thuộc") for w in whos), whos

"""Obligations: kinds tune20 showed (session 21) — a ministry's Vụ and Viện heading their items, a Bộ's or Sở's own
unit ("Thanh tra Bộ", "Văn phòng Sở") on a line of its own, a council's approval in a resolution's Điều 1, a purpose
clause before the body, topic headings that narrow the bodies an intro asks, an appendix's title in capitals, a
"Dạy bơi …" topic, a body in a clause after ";" where no intro asks one, the short name a joint plan gives its two
bodies, a Chỉ thị's last "quán triệt, thực hiện nghiêm túc", "tiếp công dân" as a verb, a Quy chế's "Nguyên tắc"
article, an article titled "… chuyên đề" over its clause, a post's article of accountability and powers; and one kind
tune21 showed: named comrades with their posts heading their tasks (t21-05's labels; a16-05's too), a long list of
the press agencies one body (t21-03's labels).

The documents are written for these tests in the style of 2026 plans, letters, resolutions and Quy chế of a Bộ, a
Tỉnh ủy office, a HĐND tỉnh, a Tỉnh Đoàn with a Sở and a UBND phường (after the kinds of t20-01 … t20-09, not their
sentences); the expected bodies are those a careful reader lists under ``realdocs/labeled/README.md``'s conventions
and tune20's labels (t20-02: a resolution's "Hội đồng nhân dân tỉnh tán thành …" no task; t20-03: "Vụ Kế hoạch - Tài
chính", "Viện Kiểm nghiệm …", "Thanh tra Bộ" each an entry; t20-04: "Các cơ quan, đơn vị đã gửi báo cáo nhưng chưa
đạt yêu cầu" its own entry, the list's title none; t20-06: "Các cơ sở giáo dục" and "Ban Thường vụ Tỉnh Đoàn và Sở
Giáo dục và Đào tạo (hai bên)"; t20-07: "Chủ tịch UBND phường"; t20-09: "Sở làm việc theo chế độ thủ trưởng" no
entry, "Các đơn vị" of the article on ad-hoc reports one, "Điều 3" of the Giám đốc none: "statements of competence
and responsibility"; t21-05: "Đồng chí … - Bí thư …" each an entry), not vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract

_BO = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nSố: 4120/KH-BNNMT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
       "Độc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày 10 tháng 12 năm 2026\n\nKẾ HOẠCH\n"
       "Phòng, chống dịch bệnh gia súc, gia cầm năm 2027\n\n"
       "I. NHIỆM VỤ CỦA CÁC ĐƠN VỊ THUỘC BỘ\n\n"
       "1. Cục Chăn nuôi và Thú y\n\nChủ trì hướng dẫn các địa phương xây dựng kế hoạch tiêm phòng trước ngày "
       "31/12/2026.\n\n")
_BO_TAIL = ("Nơi nhận:\n- Bộ trưởng (để báo cáo);\n- Lưu: VT, CNTY.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nLê Văn Hòa\n")


def _obs(text: str) -> list[tuple[str, str | None]]:
    return [(o.who, (o.deadline.date or o.deadline.latest) if o.deadline else None) for o in extract(text).obligations]


def _who(text: str) -> list[str]:
    return list(dict.fromkeys(o.who for o in extract(text).obligations))


def test_a_ministrys_vu_and_vien_heading_their_items_are_bodies():
    text = _BO + ("2. Viện Thú y quốc gia\n\nBảo đảm năng lực xét nghiệm, trả kết quả mẫu bệnh phẩm đúng thời hạn.\n\n"
                  "3. Vụ Tài chính\n\nBố trí kinh phí thực hiện Kế hoạch từ nguồn chi thường xuyên năm 2027, hoàn "
                  "thành trước ngày 15/01/2027.\n\n") + _BO_TAIL
    assert _obs(text) == [("Cục Chăn nuôi và Thú y", "2026-12-31"), ("Viện Thú y quốc gia", None),
                          ("Vụ Tài chính", "2027-01-15")]


def test_a_ministrys_own_unit_on_a_line_of_its_own_is_the_whole_body():
    text = _BO + ("2. Thanh tra Bộ\n\nPhối hợp với Cục Chăn nuôi và Thú y thanh tra các cơ sở kinh doanh thuốc thú y.\n\n"
                  "3. Văn phòng Bộ\n\nPhối hợp với Cục Chăn nuôi và Thú y đăng tải thông tin dịch bệnh trên Cổng Thông "
                  "tin điện tử của Bộ.\n\n") + _BO_TAIL
    assert _who(text) == ["Cục Chăn nuôi và Thú y", "Thanh tra Bộ", "Văn phòng Bộ"]


def test_a_councils_approval_in_a_resolution_is_no_task():
    text = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH NGHỆ AN\n\nSố: 88/NQ-HĐND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nNghệ An, ngày 09 tháng 12 năm 2026\n\nNGHỊ QUYẾT\n"
            "Về kế hoạch đầu tư công năm 2027\n\nHỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN\nKHÓA XIX, KỲ HỌP THỨ MƯỜI\n\n"
            "QUYẾT NGHỊ:\n\nĐiều 1. Kế hoạch đầu tư công năm 2027\n\n"
            "Hội đồng nhân dân tỉnh nhất trí đánh giá kết quả thực hiện kế hoạch đầu tư công năm 2026 theo báo "
            "cáo của Ủy ban nhân dân tỉnh. Tổng kế hoạch vốn năm 2027 là 9.850 tỷ đồng.\n\n"
            "Điều 2. Tổ chức thực hiện\n\n1. Giao Ủy ban nhân dân tỉnh chỉ đạo các chủ đầu tư đẩy nhanh tiến độ giải "
            "ngân vốn đầu tư công năm 2027.\n\n"
            "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn Đông\n")
    assert _who(text) == ["Ủy ban nhân dân tỉnh"]


_VP = ("ĐẢNG CỘNG SẢN VIỆT NAM\n\nTỈNH ỦY QUẢNG BÌNH\nVĂN PHÒNG\n\nSố: 2290-CV/VPTU\n"
       "V/v đôn đốc gửi báo cáo\n\nQuảng Bình, ngày 05 tháng 01 năm 2027\n\n"
       "Kính gửi: Các đảng ủy trực thuộc Tỉnh ủy.\n\n"
       "Văn phòng Tỉnh ủy đề nghị các đảng ủy trực thuộc thực hiện một số nội dung sau:\n\n")
_VP_TAIL = ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nK/T CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nLê Thị Mai\n")


def test_topic_headings_that_narrow_the_asked_bodies_are_entries_of_their_own():
    text = _VP + ("1. Đối với các đảng ủy trực thuộc chưa gửi báo cáo\n\n"
                  "Hoàn thiện báo cáo kiểm điểm năm 2026, gửi về Văn phòng Tỉnh ủy trước ngày 10/01/2027.\n\n"
                  "2. Đối với các đảng ủy trực thuộc đã gửi báo cáo nhưng thiếu số liệu\n\n"
                  "Bổ sung số liệu, gửi lại bản chính trước ngày 14/01/2027.\n\n") + _VP_TAIL
    assert _obs(text) == [("Các đảng ủy trực thuộc chưa gửi báo cáo", "2027-01-10"),
                          ("Các đảng ủy trực thuộc đã gửi báo cáo nhưng thiếu số liệu", "2027-01-14")]


def test_a_purpose_clause_before_the_body_leaves_the_body():
    text = _VP.replace("Văn phòng Tỉnh ủy đề nghị các đảng ủy trực thuộc thực hiện một số nội dung sau:",
                       "Văn phòng Tỉnh ủy thông báo một số nội dung sau:") + (
        "1. Ban Tổ chức Tỉnh ủy\n\nTổng hợp kết quả xếp loại, gửi Văn phòng Tỉnh ủy trước ngày 15/01/2027.\n\n"
        "2. Chế độ báo cáo năm 2027\n\nĐể khắc phục tình trạng chậm báo cáo, từ năm 2027, các đảng ủy trực thuộc thực "
        "hiện nghiêm chế độ báo cáo định kỳ, cụ thể:\n\n- Báo cáo tháng gửi trước ngày 20 hằng tháng;\n\n"
        "- Báo cáo quý gửi trước ngày 15 của tháng cuối quý.\n\n") + _VP_TAIL
    assert _obs(text) == [("Ban Tổ chức Tỉnh ủy", "2027-01-15"), ("các đảng ủy trực thuộc", "2027-01-20")]


def test_an_appendix_title_in_capitals_is_no_body():
    text = _VP + ("1. Các đảng ủy trực thuộc chưa gửi báo cáo (có danh sách kèm theo) hoàn thiện báo cáo, gửi về Văn "
                  "phòng Tỉnh ủy trước ngày 10/01/2027.\n\n") + _VP_TAIL + (
        "\n\nDANH SÁCH\n\nCÁC ĐẢNG ỦY CHƯA GỬI BÁO CÁO\n\n(Kèm theo Công văn số 2290-CV/VPTU ngày 05/01/2027)\n\n"
        "TT\n\nĐảng ủy\n\n1\n\nĐảng ủy xã Quảng Phú\n\n2\n\nĐảng ủy phường Bắc Lý\n")
    assert [w for w in _who(text) if "CHƯA" in w.upper() and w.isupper()] == []


_LT = ("BAN CHẤP HÀNH TỈNH ĐOÀN ĐẮK LẮK\nBAN THƯỜNG VỤ\n\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nTỈNH ĐẮK LẮK\n\n"
       "Số: 12/KHLT-TĐTN-SGDĐT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
       "Đắk Lắk, ngày 15 tháng 12 năm 2026\n\nKẾ HOẠCH LIÊN TỊCH\nTổ chức hoạt động hè cho thiếu nhi năm 2027\n\n"
       "Ban Thường vụ Tỉnh Đoàn và Sở Giáo dục và Đào tạo tỉnh Đắk Lắk (sau đây gọi tắt là hai bên) thống nhất "
       "ban hành Kế hoạch liên tịch tổ chức hoạt động hè cho thiếu nhi năm 2027, cụ thể như sau:\n\n"
       "I. NỘI DUNG PHỐI HỢP\n\n1. Dạy bơi và kỹ năng sống\n\n"
       "- Tổ chức các lớp dạy bơi cho học sinh tiểu học trong dịp hè; các trường tiểu học đăng ký số lớp về Tỉnh "
       "Đoàn chậm nhất ngày 20/4/2027.\n\n"
       "II. TỔ CHỨC THỰC HIỆN\n\n1. Ban Thường vụ Tỉnh Đoàn\n\nBan hành hướng dẫn tổ chức hoạt động hè trước ngày "
       "30/4/2027.\n\n2. Chế độ báo cáo\n\n- Hai bên tổ chức tổng kết hoạt động hè, báo cáo Ban Thường vụ Tỉnh ủy "
       "trước ngày 30/9/2027.\n\n")
_LT_TAIL = ("Nơi nhận:\n- Ban Thường vụ Tỉnh ủy;\n- Lưu: VT.\n\nTM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nBÍ THƯ\n\nLê Văn An\n")


def test_a_teaching_topic_a_clause_body_and_a_short_name_of_two_bodies():
    obs = _obs(_LT + _LT_TAIL)
    assert ("Dạy bơi và kỹ năng sống", None) not in obs and all(not w.startswith("Dạy") for w, _ in obs)
    assert ("các trường tiểu học", "2027-04-20") in obs
    assert ("Ban Thường vụ Tỉnh Đoàn", "2027-04-30") in obs
    both = [w for w, d in obs if d == "2027-09-30"]
    assert len(both) == 1 and both[0].startswith("Ban Thường vụ Tỉnh Đoàn và Sở Giáo dục và Đào tạo")


def test_a_directives_last_words_without_an_object_are_a_formula():
    text = ("ĐẢNG CỘNG SẢN VIỆT NAM\n\nTHÀNH ỦY VINH\n\nSố: 18-CT/TU\n\nVinh, ngày 20 tháng 12 năm 2026\n\n"
            "CHỈ THỊ\ncủa Ban Thường vụ Thành ủy về tổ chức Tết Nguyên đán Đinh Mùi năm 2027\n\n"
            "1. Văn phòng Thành ủy theo dõi, đôn đốc việc thực hiện Chỉ thị, báo cáo Ban Thường vụ Thành ủy trước "
            "ngày 05/3/2027.\n\n"
            "Chỉ thị này được phổ biến đến chi bộ. Các cấp ủy, tổ chức đảng, cơ quan, đơn vị tổ chức quán triệt, thực "
            "hiện nghiêm túc./.\n\n"
            "Nơi nhận:\n- Các đảng bộ trực thuộc;\n- Lưu: VT.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn Hải\n")
    assert _who(text) == ["Văn phòng Thành ủy"]


def test_receiving_citizens_is_a_verb_after_a_semicolon():
    text = ("ỦY BAN NHÂN DÂN\nPHƯỜNG TRƯỜNG VINH\n\nSố: 210/CTr-UBND\n\nTrường Vinh, ngày 28 tháng 12 năm 2026\n\n"
            "CHƯƠNG TRÌNH\nCông tác năm 2027\n\nI. NHIỆM VỤ TRỌNG TÂM\n\n1. Cải cách hành chính\n\n"
            "- Thực hiện nghiêm quy định về tiếp công dân; Chủ tịch Ủy ban nhân dân phường tiếp công dân định kỳ vào "
            "ngày 10 hằng tháng.\n\n"
            "Nơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Thị Lan\n")
    assert _who(text) == ["Chủ tịch Ủy ban nhân dân phường"]


_QC = ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSỞ XÂY DỰNG\n\nSố: 905/QĐ-SXD\n\nHà Tĩnh, ngày 04 tháng 01 năm 2027\n\n"
       "QUYẾT ĐỊNH\nBan hành Quy chế làm việc của Sở Xây dựng\n\nGIÁM ĐỐC SỞ XÂY DỰNG\n\nQUYẾT ĐỊNH:\n\n"
       "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Xây dựng.\n\n"
       "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
       "Nơi nhận:\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nPhan Văn Cường\n\n\n"
       "QUY CHẾ\nLàm việc của Sở Xây dựng\n\n")


def test_a_rules_principles_article_names_no_task():
    text = _QC + ("Điều 1. Nguyên tắc làm việc\n\n1. Sở làm việc theo chế độ thủ trưởng; mỗi việc chỉ giao một đơn vị "
                  "chủ trì.\n\n2. Giải quyết công việc đúng thẩm quyền và thời hạn.\n\n"
                  "Điều 2. Trách nhiệm của Văn phòng Sở\n\n1. Tổng hợp báo cáo định kỳ của Sở gửi Ủy ban nhân dân tỉnh "
                  "trước ngày 20 hằng tháng.\n")
    assert _who(text) == ["Văn phòng Sở"]


def test_an_article_titled_by_a_topic_ending_in_de_is_no_sentence_going_on():
    text = _QC + ("Điều 1. Báo cáo chuyên đề\n\nKhi có yêu cầu của Giám đốc Sở, các phòng chuyên môn có trách nhiệm "
                  "báo cáo đúng nội dung, thời hạn yêu cầu.\n")
    assert [w.lower() for w in _who(text)] == ["các phòng chuyên môn"]


def test_a_post_article_of_accountability_and_powers_is_no_task():
    text = _QC + ("Điều 1. Trách nhiệm của Giám đốc Sở\n\n1. Giám đốc Sở chịu trách nhiệm trước Ủy ban nhân dân tỉnh và "
                  "trước pháp luật về toàn bộ hoạt động của Sở.\n\n2. Giám đốc Sở quyết định những vấn đề thuộc thẩm "
                  "quyền; phân công công việc cho các Phó Giám đốc.\n\n"
                  "Điều 2. Trách nhiệm của Văn phòng Sở\n\n1. Tổng hợp báo cáo định kỳ của Sở gửi Ủy ban nhân dân tỉnh "
                  "trước ngày 20 hằng tháng.\n")
    assert _who(text) == ["Văn phòng Sở"]


def test_named_comrades_with_their_posts_head_their_tasks():
    text = ("ĐẢNG BỘ TỈNH THANH HÓA\nĐẢNG ỦY XÃ HOẰNG HÓA\n\nSố: 41-TB/ĐU\n\nHoằng Hóa, ngày 05 tháng 02 năm 2027\n\n"
            "THÔNG BÁO\nPhân công nhiệm vụ các đồng chí Ủy viên Ban Thường vụ\n\n"
            "1. Đồng chí Lê Văn Hùng - Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân xã\n\n"
            "- Phụ trách chung; chủ trì các hội nghị Ban Chấp hành, Ban Thường vụ Đảng ủy.\n\n"
            "- Trực tiếp theo dõi Chi bộ Công an xã.\n\n"
            "2. Đồng chí Nguyễn Thị Thu - Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã\n\n"
            "- Tham mưu chương trình kiểm tra, giám sát năm 2027, trình ban hành trước ngày 28/02/2027.\n\n"
            "3. Đồng chí Trịnh Văn Nam - Đảng ủy viên, Trưởng Công an xã: phụ trách công tác an ninh, trật tự; "
            "xây dựng phương án bảo đảm an ninh các dịp lễ, Tết.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VP.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nLê Văn Hùng\n")
    assert _obs(text) == [
        ("Đồng chí Lê Văn Hùng - Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân xã", None),
        ("Đồng chí Nguyễn Thị Thu - Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã", "2027-02-28"),
        ("Đồng chí Trịnh Văn Nam - Đảng ủy viên, Trưởng Công an xã", None)]


def test_a_long_list_of_the_press_agencies_is_one_body():
    text = ("THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 07/CĐ-TTg\n\nHà Nội, ngày 12 tháng 01 năm 2027\n\nCÔNG ĐIỆN\n"
            "Về việc chủ động ứng phó với đợt mưa lớn\n\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n\n"
            "1. Bộ trưởng Bộ Nông nghiệp và Môi trường chỉ đạo cơ quan dự báo theo dõi chặt chẽ diễn biến mưa lũ.\n\n"
            "2. Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam và các cơ quan thông tấn, "
            "báo chí tăng cường thông tin, hướng dẫn người dân kỹ năng ứng phó với mưa lũ.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTHỦ TƯỚNG\n\nNguyễn Văn Minh\n")
    assert ("Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam và các cơ quan thông tấn, báo chí"
            in _who(text))

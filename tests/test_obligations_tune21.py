"""Obligations: kinds tune21 showed (session 21) — a notice assigning duties to named members ("Đồng chí <name> -
<offices>" headings, on one line or wrapped, with "-" duties below or the duties after a colon on the heading's line),
and the notice's last words sending its addressees back to the duties it assigned.

The notice is written for these tests in the style of a 2027 Thông báo phân công nhiệm vụ of a Đảng ủy xã (after the
kind of t21-05, not its sentences); the expected bodies are those t21-05's label (written by author24B) lists for that
kind: one entry per member, the heading whole as its body ("Đồng chí Vũ Thị Hạnh - Bí thư Đảng ủy, Chủ tịch Hội đồng
nhân dân phường"), dated by the member's dated duty, and no entry for "Các đồng chí Ủy viên Ban Chấp hành, các chi bộ
trực thuộc … căn cứ nhiệm vụ được phân công tổ chức thực hiện" — not vanban's output.

The other documents (a Công điện, a Cục's letter, a Tỉnh đoàn's plan, a Thông báo kết luận, a ward's plan) are written
the same way after the kinds of t21-03, t21-07, t21-10, t21-09 and t21-06, their expected bodies those the tune21 labels
(author24B, author25B) list for each kind: the press listed whole ("Đài Truyền hình Việt Nam, …, Thông tấn xã Việt Nam và
các cơ quan thông tấn, báo chí"), no entry for the ministries' forces named by kind ("lực lượng biên phòng, công an"),
for the issuer's last courtesy or for a head's accountability for the figures; the bodies charged after the plan's own
activity or a conclusion's approval ("các cơ sở Đoàn", "Chủ đầu tư"); the request after a status report; the one-stop
unit's civil servant. (The module kinds21 is ob21's, written in parallel.)
"""

from __future__ import annotations

from vanban.extract import extract


def _obs(text: str) -> list[tuple[str, str | None]]:
    """(body, due date) of each obligation read from ``text``."""
    return [(o.who, (o.deadline.date or o.deadline.latest) if o.deadline else None) for o in extract(text).obligations]


_TB = ("ĐẢNG BỘ TỈNH THANH HÓA\nĐẢNG ỦY XÃ QUẢNG PHÚ\n\nSố 14-TB/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
       "Quảng Phú, ngày 10 tháng 3 năm 2027\n\nTHÔNG BÁO\nPHÂN CÔNG NHIỆM VỤ CÁC ĐỒNG CHÍ ỦY VIÊN BAN THƯỜNG VỤ ĐẢNG ỦY XÃ\n"
       "NHIỆM KỲ 2025 - 2030\n\n"
       "Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025 - 2030, Ban Thường vụ Đảng ủy xã phân công "
       "nhiệm vụ các đồng chí Ủy viên Ban Thường vụ như sau:\n\n")
_TB_TAIL = ("\nNơi nhận:\n- Ban Thường vụ Tỉnh ủy (để báo cáo),\n- Các chi bộ trực thuộc,\n- Lưu Văn phòng Đảng ủy.\n\n"
            "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nLê Văn Thành\n")


def test_a_named_member_heading_on_one_line_is_the_body_of_the_duties_below():
    text = _TB + (
        "**1. Đồng chí Lê Văn Thành - Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân xã**\n\n"
        "- Phụ trách chung; chủ trì các hội nghị Ban Chấp hành, Ban Thường vụ Đảng ủy.\n\n"
        "- Trực tiếp theo dõi Chi bộ Công an xã, Chi bộ Quân sự xã.\n\n"
        "**2. Đồng chí Hoàng Thị Mai - Phó Bí thư Thường trực Đảng ủy xã**\n\n"
        "- Phụ trách công tác xây dựng Đảng, dân vận; chỉ đạo Văn phòng Đảng ủy.\n\n"
        + "- Chủ trì sơ kết công tác kiểm tra, giám sát 6 tháng, báo cáo Ban Thường vụ chậm nhất ngày 15/7/2027.\n\n"
    ) + _TB_TAIL
    assert _obs(text) == [
        ("Đồng chí Lê Văn Thành - Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân xã", None),
        ("Đồng chí Hoàng Thị Mai - Phó Bí thư Thường trực Đảng ủy xã", "2027-07-15"),
    ]


def test_a_wrapped_member_heading_keeps_its_offices_whole():
    text = _TB + (
        "**1. Đồng chí Trịnh Văn Hùng - Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra\nĐảng ủy xã**\n\n"
        "- Phụ trách công tác kiểm tra, giám sát, kỷ luật đảng.\n\n"
        "- Tham mưu chương trình kiểm tra, giám sát năm 2027, trình ban hành trước ngày 31/3/2027.\n\n"
    ) + _TB_TAIL
    assert _obs(text) == [("Đồng chí Trịnh Văn Hùng - Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã",
                           "2027-03-31")]


def test_duties_after_the_member_heading_colon_are_the_members_task():
    text = _TB + (
        "**1. Đồng chí Nguyễn Văn Quang - Đảng ủy viên, Trưởng Công an xã:** phụ trách công tác bảo đảm an ninh, "
        "trật tự; chủ trì xây dựng phương án bảo đảm an ninh các dịp lễ, Tết.\n\n"
        "**2. Đồng chí Phạm Thị Hoa - Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân\nxã:** phụ trách lĩnh vực văn hóa - "
        "xã hội; hoàn thành rà soát hộ nghèo trong tháng 10/2027.\n\n"
    ) + _TB_TAIL
    quang, hoa = _obs(text)
    assert quang == ("Đồng chí Nguyễn Văn Quang - Đảng ủy viên, Trưởng Công an xã", None)
    assert hoa == ("Đồng chí Phạm Thị Hoa - Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân xã", "2027-10-31")


def test_a_member_heading_without_bold_over_dash_duties():
    text = _TB + (
        "1. Đồng chí Lê Văn Thành - Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân xã\n"
        "- Phụ trách chung; chủ trì các hội nghị Ban Chấp hành, Ban Thường vụ Đảng ủy.\n"
        "- Trực tiếp theo dõi Chi bộ Công an xã, Chi bộ Quân sự xã.\n\n"
    ) + _TB_TAIL
    assert [w for w, _ in _obs(text)] == ["Đồng chí Lê Văn Thành - Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân xã"]


def test_the_notice_sending_its_addressees_back_to_their_duties_is_no_obligation():
    text = _TB + (
        "**1. Đồng chí Lê Văn Thành - Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân xã**\n\n"
        "- Phụ trách chung; chủ trì các hội nghị Ban Chấp hành, Ban Thường vụ Đảng ủy.\n\n"
        "Các đồng chí Ủy viên Ban Chấp hành, các chi bộ trực thuộc căn cứ nhiệm vụ được phân công tổ chức thực "
        "hiện. Trong quá trình thực hiện, Ban Thường vụ Đảng ủy sẽ xem xét điều chỉnh, bổ sung cho phù hợp.\n\n"
    ) + _TB_TAIL
    assert [w for w, _ in _obs(text)] == ["Đồng chí Lê Văn Thành - Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân xã"]


# --- a Công điện of the Thủ tướng and a Cục's letter (after the kinds of t21-03 and t21-07, not their sentences) ------

_CD = ("THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 12/CĐ-TTg\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
       "Hà Nội, ngày 20 tháng 7 năm 2027\n\nCÔNG ĐIỆN\nVề việc chủ động ứng phó với bão số 3\n\n"
       "THỦ TƯỚNG CHÍNH PHỦ điện:\n\n- Chủ tịch Ủy ban nhân dân các tỉnh ven biển từ Quảng Ninh đến Thanh Hóa;\n"
       "- Các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường;\n"
       "- Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam.\n\n"
       "Để chủ động ứng phó với bão số 3, Thủ tướng Chính phủ yêu cầu:\n\n")
_CD_TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT, NN.\n\nTHỦ TƯỚNG\n\nNguyễn Văn An\n"


def test_the_news_agency_and_the_press_closing_a_list_of_bodies_are_one_body():
    text = _CD + (
        "1. Bộ Nông nghiệp và Môi trường theo dõi chặt chẽ diễn biến của bão, thông báo kịp thời cho các địa phương.\n\n"
        "2. Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam và các cơ quan thông tấn, báo "
        "chí đưa tin kịp thời về diễn biến của bão, hướng dẫn người dân các biện pháp phòng tránh.\n\n"
    ) + _CD_TAIL
    assert [w for w, _ in _obs(text)] == [
        "Bộ Nông nghiệp và Môi trường",
        "Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam và các cơ quan thông tấn, báo chí",
    ]


def test_forces_named_by_their_kind_after_the_ministries_charged_are_a_part_of_them():
    text = _CD + (
        "1. Bộ Quốc phòng, Bộ Công an chỉ đạo các đơn vị trên địa bàn sẵn sàng lực lượng, phương tiện hỗ trợ Nhân dân "
        "sơ tán; lực lượng biên phòng, công an hướng dẫn tàu thuyền vào nơi tránh trú an toàn.\n\n"
    ) + _CD_TAIL
    assert [w for w, _ in _obs(text)] == ["Bộ Quốc phòng, Bộ Công an"]


_CV = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỤC QUẢN LÝ ĐẤT ĐAI\n\nSố: 845/QLĐĐ-ĐKTK\nV/v kiểm kê đất đai năm 2027\n\n"
       "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHà Nội, ngày 05 tháng 8 năm 2027\n\n"
       "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\n")
_CV_TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT, ĐKTK.\n\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nTrần Minh Đức\n"


def test_the_letters_last_courtesy_asking_the_addressees_to_see_to_it_is_no_obligation():
    text = _CV + (
        "1. Sở Nông nghiệp và Môi trường hướng dẫn Ủy ban nhân dân cấp xã rà soát hồ sơ địa chính, hoàn thành trước "
        "ngày 30/9/2027.\n\n"
        "Cục Quản lý đất đai trân trọng đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương quan tâm, "
        "chỉ đạo thực hiện./.\n"
    ) + _CV_TAIL
    assert _obs(text) == [("Sở Nông nghiệp và Môi trường", "2027-09-30")]


def test_a_heads_accountability_for_the_figures_is_no_entry_of_its_own():
    text = _CV + (
        "1. Ủy ban nhân dân cấp xã có trách nhiệm kiểm kê đất đai trên địa bàn, gửi kết quả về Sở Nông nghiệp và Môi "
        "trường trước ngày 15/10/2027; Chủ tịch Ủy ban nhân dân cấp xã chịu trách nhiệm về tính chính xác của số liệu "
        "kiểm kê của địa phương mình.\n\n"
    ) + _CV_TAIL
    assert [w for w, _ in _obs(text)] == ["Ủy ban nhân dân cấp xã"]


# --- a plan of a Tỉnh đoàn (after the kind of t21-10, not its sentences) ----------------------------------------------

_KH = ("BCH ĐOÀN TỈNH HÀ TĨNH\n\nSố: 210-KH/TĐTN-PT\n\nĐOÀN TNCS HỒ CHÍ MINH\n\nHà Tĩnh, ngày 15 tháng 5 năm 2027\n\n"
       "KẾ HOẠCH\nTổ chức Chiến dịch Thanh niên tình nguyện hè năm 2027\n\n")
_KH_TAIL = "\nNơi nhận:\n- Trung ương Đoàn;\n- Lưu VP.\n\nTM. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nTrần Thị Lan\n"


def test_a_lower_case_body_after_the_plans_own_activity_is_charged():
    text = _KH + (
        "I. NỘI DUNG HOẠT ĐỘNG\n\n1. Lễ ra quân Chiến dịch\n\n"
        "Tổ chức Lễ ra quân cấp tỉnh tại huyện Kỳ Anh; các cơ sở Đoàn hoàn thành tổ chức Lễ ra quân trước ngày "
        "10/6/2027.\n\n"
        "2. Hoạt động về nguồn\n\n"
        "Tổ chức hành trình về nguồn cho đoàn viên tiêu biểu; các cơ sở Đoàn tổ chức thăm hỏi gia đình chính sách trên "
        "địa bàn.\n\n"
        "3. Sinh hoạt hè\n\n"
        "Các Đoàn xã, phường xây dựng kế hoạch sinh hoạt hè, gửi về Tỉnh đoàn trước ngày 01/6/2027. Tổ chức sinh hoạt "
        "hè tại địa bàn dân cư; chi đoàn thôn sinh hoạt chuyên đề ít nhất 01 lần/tháng.\n\n"
    ) + _KH_TAIL
    assert _obs(text) == [("các cơ sở Đoàn", "2027-06-10"), ("các cơ sở Đoàn", None),
                          ("Các Đoàn xã, phường", "2027-06-01")]


def test_a_request_after_the_report_of_a_status_item_assigns():
    # a Thông báo kết luận of a UBND tỉnh's Văn phòng (after the kind of t21-09): the status item's report ends where
    # the request to the bodies opens its own paragraph
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nVĂN PHÒNG\n\nSố: 88/TB-VP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nQuảng Trị, ngày 12 tháng 4 năm 2027\n\nTHÔNG BÁO\nKết luận của Chủ tịch Ủy "
            "ban nhân dân tỉnh tại phiên họp thường kỳ tháng 4 năm 2027\n\n"
            "1. Về tình hình giải ngân vốn đầu tư công\n\n"
            "Qua theo dõi, đến ngày 31 tháng 3 năm 2027 tỷ lệ giải ngân vốn đầu tư công của tỉnh mới đạt 12,4% kế hoạch, "
            "còn 09 dự án chưa giải ngân.\n\n"
            "Yêu cầu các chủ đầu tư đẩy nhanh tiến độ thi công, hoàn thiện hồ sơ thanh toán, báo cáo kết quả giải ngân về "
            "Sở Tài chính trước ngày 25 tháng 4 năm 2027.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nLê Thị Hằng\n")
    assert _obs(text) == [("các chủ đầu tư", "2027-04-25")]


def test_a_request_after_a_conclusions_approval_charges_its_body():
    # the same Thông báo kết luận (after the kind of t21-09's item 2.a): "Thống nhất chủ trương …; yêu cầu chủ đầu tư …"
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nVĂN PHÒNG\n\nSố: 91/TB-VP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nQuảng Trị, ngày 20 tháng 4 năm 2027\n\nTHÔNG BÁO\nKết luận của Chủ tịch Ủy "
            "ban nhân dân tỉnh về dự án Khu dân cư Bắc Đông Hà\n\n"
            "1. Về hồ sơ chuyển mục đích sử dụng đất lúa\n\n"
            "a) Thống nhất chủ trương để Sở Nông nghiệp và Môi trường thẩm định hồ sơ chuyển mục đích sử dụng 5,2 ha đất "
            "trồng lúa; yêu cầu chủ đầu tư thực hiện nộp tiền bảo vệ, phát triển đất trồng lúa theo quy định.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nLê Thị Hằng\n")
    assert [w.lower() for w, _ in _obs(text)] == ["chủ đầu tư"]


def test_the_one_stop_units_civil_servant_is_a_body():
    # a ward's plan (after the kind of t21-06's part IV.4): the prose's second sentence names the post that reports
    text = ("ỦY BAN NHÂN DÂN\nPHƯỜNG HẠC THÀNH\n\nSố: 301/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nHạc Thành, ngày 02 tháng 3 năm 2027\n\nKẾ HOẠCH\nCải cách hành chính năm 2027\n\n"
            "I. NHIỆM VỤ, GIẢI PHÁP\n\n1. Cải cách thủ tục hành chính\n\n"
            "Niêm yết công khai thủ tục hành chính tại trụ sở; hướng dẫn người dân nộp hồ sơ trực tuyến. Công chức Bộ phận "
            "Một cửa tổng hợp kết quả giải quyết hồ sơ, báo cáo Chủ tịch Ủy ban nhân dân phường trước ngày 25/3/2027.\n\n"
            "Nơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Nam\n")
    assert _obs(text) == [("Công chức Bộ phận Một cửa", "2027-03-25")]


def test_a_bodys_own_assigning_after_its_clause_charges_no_other():
    # the counter-case of the request above (after the kind of t20-08's part V): "phân công" is the body's own act
    text = _KH + (
        "II. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Ban Thường vụ các huyện đoàn chỉ đạo các cơ sở Đoàn triển khai Kế hoạch; phân công cấp ủy viên dự, chỉ đạo "
        "kiểm điểm tại các chi đoàn.\n\n"
    ) + _KH_TAIL
    assert [w for w, _ in _obs(text)] == ["Ban Thường vụ các huyện đoàn"]

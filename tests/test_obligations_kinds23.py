"""Obligations: kinds authored21 showed (session 23) — a Công điện's heading naming the commander of the provincial
military command (with the Công an's director) over their tasks, a body's point that deploys a count or a share of its
own staff ("Phân công 02 cán bộ …", "Phân công 100% kiểm lâm địa bàn …"), and a Hướng dẫn's reporting-regime part whose
topic headings name the Party levels that report, printed in lower case ("2. Đối với chi bộ, đảng ủy bộ phận").

The documents are written for these tests in the style of a Chủ tịch UBND tỉnh's 2027 Công điện and a provincial Ủy ban
Kiểm tra's Hướng dẫn (after the kinds of a21-03 and a21-05, not their sentences); the expected bodies and dates are
those a careful reader lists under ``realdocs/labeled/README.md``'s conventions and authored21's labels (a21-03: "4. Chỉ
huy trưởng Bộ Chỉ huy Quân sự tỉnh, Giám đốc Công an tỉnh" one entry, the Kiểm lâm block dated by its daily report, no
entry for its "100% kiểm lâm địa bàn"; a21-05: "IV. CHẾ ĐỘ THÔNG TIN, BÁO CÁO" / "2. Đối với chi bộ, đảng ủy bộ phận" an
entry), not vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract

_CD_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\n\nSố: 05/CĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nĐắk Lắk, ngày 02 tháng 3 năm 2027\n\nCÔNG ĐIỆN\n\n"
            "Về việc chủ động ứng phó với hạn hán, thiếu nước sinh hoạt\n\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n\n- Giám đốc Sở Nông nghiệp và Môi trường;\n"
            "- Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh;\n- Chủ tịch Ủy ban nhân dân các xã, phường.\n\n"
            "Để chủ động ứng phó với tình hình hạn hán kéo dài, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n")
_CD_TAIL = ("Nơi nhận:\n- Như trên;\n- CT, các PCT UBND tỉnh;\n- Lưu: VT, NNMT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
            "Nguyễn Văn Hòa\n")


def _obs(text: str) -> list[tuple[str, str | None]]:
    return [(o.who, (o.deadline.date or o.deadline.latest) if o.deadline else None) for o in extract(text).obligations]


def test_a_heading_naming_the_military_commander_charges_him_with_the_tasks_below():
    text = _CD_HEAD + ("**1. Giám đốc Sở Nông nghiệp và Môi trường**\n\n"
                       "Theo dõi chặt chẽ diễn biến nguồn nước, tham mưu phương án điều tiết nước tưới, báo cáo "
                       "trước ngày 10/3/2027.\n\n"
                       "**2. Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh**\n\n"
                       "Chỉ đạo lực lượng vũ trang sẵn sàng phương tiện, xe bồn hỗ trợ chở nước sinh hoạt cho "
                       "Nhân dân vùng khô hạn khi có yêu cầu.\n\n"
                       "**3. Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Giám đốc Công an tỉnh**\n\n"
                       "Phối hợp bảo đảm an ninh, trật tự tại các công trình thủy lợi trong thời gian điều tiết "
                       "nước.\n\n") + _CD_TAIL
    assert _obs(text) == [("Giám đốc Sở Nông nghiệp và Môi trường", "2027-03-10"),
                          ("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", None),
                          ("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Giám đốc Công an tỉnh", None)]


def test_a_count_or_share_of_a_bodys_own_staff_it_deploys_is_no_body_charged():
    text = _CD_HEAD + ("**1. Chủ tịch Ủy ban nhân dân các xã, phường**\n\n"
                       "a) Rà soát các khu dân cư thiếu nước sinh hoạt, hoàn thành trước ngày 06/3/2027.\n\n"
                       "b) Phân công 02 cán bộ trực tại trụ sở trong thời gian cao điểm; tổng hợp tình hình, báo "
                       "cáo về Sở Nông nghiệp và Môi trường trước 16 giờ 00 ngày 05/3/2027.\n\n"
                       "**2. Chi cục trưởng Chi cục Thủy lợi**\n\n"
                       "Phân công 100% cán bộ kỹ thuật bám sát các hồ chứa; kiểm tra vận hành các trạm bơm, "
                       "hoàn thành trước ngày 15/3/2027.\n\n") + _CD_TAIL
    assert {who for who, _ in _obs(text)} == {"Chủ tịch Ủy ban nhân dân các xã, phường",
                                               "Chi cục trưởng Chi cục Thủy lợi"}
    assert min(d for who, d in _obs(text) if who.startswith("Chủ tịch") and d) == "2027-03-05"


_HD_HEAD = ("TỈNH ỦY HÀ TĨNH\nỦY BAN KIỂM TRA\n\nSố: 07-HD/UBKTTU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
            "Hà Tĩnh, ngày 10 tháng 01 năm 2027\n\nHƯỚNG DẪN\n\nthực hiện công tác kiểm tra, giám sát năm 2027\n\n")
_HD_TAIL = ("Nơi nhận:\n- Các đảng ủy trực thuộc Tỉnh ủy;\n- Lưu UBKT.\n\nT/M ỦY BAN KIỂM TRA\nCHỦ NHIỆM\n\n"
            "Lê Văn Sơn\n")


def test_a_reporting_regimes_topics_in_lower_case_name_the_party_levels_that_report():
    text = _HD_HEAD + ("**I. MỤC ĐÍCH, YÊU CẦU**\n\n"
                       "Nâng cao chất lượng công tác kiểm tra, giám sát của cấp ủy, ủy ban kiểm tra các cấp.\n\n"
                       "**II. CHẾ ĐỘ THÔNG TIN, BÁO CÁO**\n\n"
                       "**1. Đối với đảng ủy các xã, phường**\n\n"
                       "- Báo cáo 6 tháng: gửi trước ngày 15/6/2027.\n\n"
                       "- Báo cáo năm: gửi trước ngày 10/12/2027.\n\n"
                       "**2. Đối với chi bộ, đảng ủy bộ phận**\n\n"
                       "Báo cáo kết quả kiểm tra, giám sát về đảng ủy cấp trên trực tiếp, bảo đảm kịp thời phục vụ "
                       "báo cáo của cấp trên.\n\n") + _HD_TAIL
    whos = [who.lower() for who, _ in _obs(text)]
    assert "chi bộ, đảng ủy bộ phận" in whos
    assert "đảng ủy các xã, phường" in whos


_MT_HEAD = ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nTỈNH QUẢNG NGÃI\nBAN THƯỜNG TRỰC\n\nSố: 21/KH-MTTQ-BTT\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Quảng Ngãi, ngày 15 tháng 01 năm 2027\n\nKẾ HOẠCH\n\nTổ chức Ngày hội Đại đoàn kết toàn dân tộc năm "
            "2027\n\n")
_MT_TAIL = ("Nơi nhận:\n- Các tổ chức thành viên;\n- Lưu: VT.\n\nTM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\n\nPhạm Thị Lan\n")


def test_the_provincial_youth_union_by_its_short_name_is_a_member_organisation_charged():
    text = _MT_HEAD + ("III. TỔ CHỨC THỰC HIỆN\n\n"
                       "1. Các tổ chức chính trị - xã hội tỉnh\n\n"
                       "a) Hội Nông dân tỉnh: vận động hội viên tham gia xây dựng khu dân cư kiểu mẫu.\n\n"
                       "b) Tỉnh đoàn: huy động đoàn viên thanh niên tham gia dọn vệ sinh môi trường tại khu dân cư, "
                       "hoàn thành trước ngày 15/11/2027.\n\n") + _MT_TAIL
    assert ("Tỉnh đoàn", "2027-11-15") in _obs(text)


_CV_HEAD = ("UBND TỈNH NGHỆ AN\nSỞ NỘI VỤ\n\nSố: 1920/SNV-TĐKT\nV/v hướng dẫn bình xét danh hiệu thi đua năm 2027\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nNghệ An, ngày 20 tháng 10 năm 2027\n\n"
            "Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã, phường.\n\n"
            "Sở Nội vụ hướng dẫn các cơ quan, đơn vị, địa phương như sau:\n\n")
_CV_TAIL = ("Nơi nhận:\n- Như trên;\n- Lưu: VT, TĐKT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHồ Văn Minh\n")


def test_a_topic_and_its_task_on_one_line_assign_in_a_letter():
    text = _CV_HEAD + ("1. Bình xét danh hiệu\n\n"
                       "1.1. Các sở, ban, ngành tỉnh tổ chức bình xét danh hiệu thi đua năm 2027 bảo đảm công khai, "
                       "dân chủ.\n\n"
                       "1.2. Đối với Ủy ban nhân dân các xã, phường: chỉ đạo các thôn, tổ dân phố tổ chức bình xét "
                       "danh hiệu \"Gia đình văn hóa\", hoàn thành trước ngày 20/12/2027.\n\n") + _CV_TAIL
    assert ("Ủy ban nhân dân các xã, phường", "2027-12-20") in _obs(text)
    assert all(not who.startswith("tổ dân phố") for who, _ in _obs(text))


def test_a_closing_sentence_and_the_next_item_under_a_stacked_table_are_no_row():
    # the page's table as the published page's text gives it: cells one blank line apart, rows two, and the closing
    # sentence three blank lines under the last row (its number cell empty), then the next numbered item
    text = _CV_HEAD + ("2. Thời hạn gửi hồ sơ\n\n"
                       "STT\n\nNội dung\n\nĐơn vị thực hiện\n\nThời hạn gửi Sở Nội vụ\n\n\n"
                       "1\n\nBáo cáo tổng kết công tác thi đua năm 2027\n\nCác sở, ban, ngành tỉnh\n\n"
                       "Trước ngày 10/12/2027\n\n\n"
                       "2\n\nHồ sơ đề nghị Bằng khen của Chủ tịch UBND tỉnh\n\nỦy ban nhân dân các xã, phường\n\n"
                       "Trước ngày 25/12/2027\n\n\n\n"
                       "Hồ sơ gửi sau thời hạn nêu trên sẽ không được tổng hợp, trình khen thưởng tổng kết năm 2027.\n\n"
                       "3. Chế độ báo cáo định kỳ năm 2028\n\n"
                       "Các sở, ban, ngành tỉnh báo cáo năm công tác thi đua, khen thưởng trước ngày 15/11/2028.\n\n") \
        + _CV_TAIL
    assert _obs(text) == [("Các sở, ban, ngành tỉnh", "2027-12-10"), ("Ủy ban nhân dân các xã, phường", "2027-12-25"),
                          ("Các sở, ban, ngành tỉnh", "2028-11-15")]


def test_the_paragraph_under_a_legacy_tables_last_row_is_not_that_rows_cell():
    # legacy OCR of the same kind of table: each cell on its line, a row's due cell after a blank line, then the
    # letter's closing paragraph at a page's width under the last row
    text = _CV_HEAD + ("2. Lịch thực hiện\n\n"
                       "TT\nNội dung\nĐơn vị thực hiện\nThời gian\n"
                       "1\nTổng hợp danh sách đề nghị khen thưởng\nPhòng Công tác thi đua\n\nTrước ngày 05/12/2027\n\n"
                       "2\n\nBan hành quyết định khen thưởng\nChủ tịch Ủy ban nhân dân tỉnh\nTrước ngày 30/12/2027\n\n"
                       "Đây là nhiệm vụ trọng tâm cuối năm, liên quan trực tiếp đến quyền lợi của tập thể,\n"
                       "cá nhân được khen thưởng. Đề nghị các cơ quan, đơn vị, địa phương nghiêm túc triển\n"
                       "khai thực hiện; trường hợp có khó khăn, vướng mắc, báo cáo về Sở Nội vụ để được\n"
                       "hướng dẫn./.\n\n") + _CV_TAIL
    assert ("Chủ tịch Ủy ban nhân dân tỉnh", "2027-12-30") in _obs(text)
    assert all(not who.startswith("Trước ngày") for who, _ in _obs(text))


def test_each_named_body_after_a_semicolon_at_a_lines_end_is_charged():
    # a Hội LHPN tỉnh's plan: the activity, then "mỗi Hội LHPN xã, phường …" on the next line after the ";"
    text = ("HỘI LIÊN HIỆP PHỤ NỮ TỈNH AN GIANG\n\nSố: 08/KH-HPN\n\nAn Giang, ngày 12 tháng 01 năm 2027\n\n"
            "KẾ HOẠCH\n\nthực hiện Cuộc vận động xây dựng gia đình hạnh phúc năm 2027\n\n"
            "II. NỘI DUNG, NHIỆM VỤ\n\n1. Tuyên truyền, vận động\n\n"
            "- Đẩy mạnh tuyên truyền về xây dựng gia đình hạnh phúc trên trang thông tin của Hội;\n"
            "mỗi Hội LHPN xã, phường tổ chức ít nhất 02 buổi nói chuyện chuyên đề trong năm.\n\n"
            "- Tổ chức tọa đàm nhân Ngày Gia đình Việt Nam 28/6.\n\n"
            "Nơi nhận:\n- Hội LHPN các xã, phường;\n- Lưu: VP.\n\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nLê Thị Hoa\n")
    assert [who for who, _ in _obs(text)] == ["mỗi Hội LHPN xã, phường"]

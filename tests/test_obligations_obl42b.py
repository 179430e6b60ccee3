"""Obligations and deadlines of session 42 (obl42b, tune41's kinds).

Kinds: a day named after "trừ" in a calendar row is a day skipped, no deadline (excepted_days.py); a lease's or an
allocation's term ("Thời hạn thuê đất: từ … đến …") is no deadline (tenure_terms.py); a day that measures a bound under
a "Mục tiêu" heading is the bound's period, no deadline (aim_days.goal_parts); a letter's last request whose manner is
"bảo đảm thời gian quy định" is a closing formula (assignment_words._MANNER_WORD); an enterprise's "Xí nghiệp" is a body
(assignment_words.MORE_HEADS); "Thành viên Ban …" without "Các" heads a role's block (patterns.ORG_HEADS); a unit of the
block's group named in small letters after a ";" ("…; ấp Bình Lợi chuẩn bị …") and a mass organisation taking a work in
its charge ("…; Hội Cựu chiến binh nhận đỡ đầu …") get their own entries (block_bodies.named_unit, patterns.ACTION_VERBS).
The texts are written here in the style of such documents (not copied from any labelled one); the expected values are
read off the text by hand.
"""

from __future__ import annotations

from vanban.extract import extract


def _doc(issuer: str, number: str, date: str, *parts: str) -> str:
    return "\n\n".join([
        issuer,
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc",
        f"Số: {number}",
        f"Long Hưng, {date}",
        *parts,
    ])


def _dues(ext):
    return sorted((d.date, d.earliest, d.latest) for d in ext.deadlines)


def _whos(ext):
    return [o.who for o in ext.obligations]


CALENDAR = _doc(
    "UBND TỈNH ĐỒNG NAI\n\nỦY BAN NHÂN DÂN XÃ LONG HƯNG", "15/KH-UBND", "ngày 03 tháng 02 năm 2031",
    "KẾ HOẠCH\n\nTiếp công dân của lãnh đạo UBND xã năm 2031",
    "I. LỊCH TIẾP",
    "| Thời gian | Lãnh đạo tiếp | Địa điểm |\n|---|---|---|\n"
    "| Ngày 12 hằng tháng | Chủ tịch UBND xã | Trụ sở tiếp công dân xã |\n"
    "| Thứ Ba hằng tuần (trừ tuần có ngày 12) | Phó Chủ tịch UBND xã | Trụ sở tiếp công dân xã |",
    "II. TỔ CHỨC THỰC HIỆN",
    "Văn phòng HĐND và UBND xã niêm yết lịch tiếp tại trụ sở xong trước ngày 20/02/2031.",
)


def test_a_day_after_trừ_in_a_calendar_row_is_no_deadline():
    ext = extract(CALENDAR)
    texts = [d.text for d in ext.deadlines]
    assert "ngày 12" not in texts  # the day the weekly session skips
    assert any(d.date == "2031-02-12" and d.recurrence for d in ext.deadlines)  # the monthly row keeps its day
    assert any(d.date == "2031-02-20" for d in ext.deadlines)


def test_a_day_after_trừ_with_a_due_word_of_its_own_stays():
    doc = _doc(
        "ỦY BAN NHÂN DÂN XÃ LONG HƯNG", "16/KH-UBND", "ngày 03 tháng 02 năm 2031",
        "KẾ HOẠCH\n\nThu hồ sơ hỗ trợ năm 2031",
        "1. Phòng Kinh tế xã thu hồ sơ của các hộ, trừ hồ sơ đã nộp bổ sung thì hoàn thành trước ngày 15/3/2031.",
    )
    assert any(d.date == "2031-03-15" for d in extract(doc).deadlines)


LEASE = _doc(
    "ỦY BAN NHÂN DÂN XÃ LONG HƯNG", "40/KH-UBND", "ngày 10 tháng 4 năm 2031",
    "KẾ HOẠCH\n\nCho thuê quỹ đất nông nghiệp công ích năm 2031",
    "I. NỘI DUNG",
    "1. Diện tích đưa ra cho thuê: các thửa đất tại cánh đồng Bàu Sen.",
    "2. Thời hạn thuê đất: từ ngày 01/7/2031 đến hết ngày 30/6/2036.",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Kinh tế xã hoàn thành ký hợp đồng thuê đất với người trúng đấu giá trước ngày 25/6/2031.",
)


def test_a_lease_term_is_no_deadline():
    ext = extract(LEASE)
    assert not any(d.latest == "2036-06-30" for d in ext.deadlines)
    assert any(d.date == "2031-06-25" for d in ext.deadlines)  # the signing is due by its day


def test_a_task_window_after_thời_gian_thực_hiện_stays_a_deadline():
    doc = _doc(
        "ỦY BAN NHÂN DÂN XÃ LONG HƯNG", "41/KH-UBND", "ngày 10 tháng 4 năm 2031",
        "KẾ HOẠCH\n\nKiểm kê đất công năm 2031",
        "1. Tổ kiểm kê đo đạc từng thửa; thời gian thực hiện từ ngày 05/5/2031 đến ngày 30/5/2031.",
    )
    assert any(d.earliest == "2031-05-05" and d.latest == "2031-05-30" for d in extract(doc).deadlines)


GOALS = _doc(
    "ĐẢNG BỘ TỈNH ĐỒNG NAI\n\nĐẢNG ỦY XÃ LONG HƯNG", "05-CT/ĐU", "ngày 15 tháng 3 năm 2031",
    "CHỈ THỊ\n\nVề lãnh đạo thu phí, lệ phí năm 2031",
    "1. Mục tiêu năm 2031",
    "- Tổng thu phí, lệ phí trên địa bàn xã đạt ít nhất 2.400 triệu đồng.",
    "- Nợ phí, lệ phí đến ngày 31/12/2031 không quá 3% tổng số phải thu trong năm.",
    "2. Nhiệm vụ cụ thể",
    "2.1. Ủy ban nhân dân xã rà soát các khoản phí còn nợ, báo cáo Đảng ủy trước ngày 30/4/2031.",
)


def test_the_day_a_bound_is_measured_under_a_goals_heading_is_no_deadline():
    ext = extract(GOALS)
    assert not any(d.date == "2031-12-31" for d in ext.deadlines)
    assert any(d.date == "2031-04-30" for d in ext.deadlines)


LETTER = _doc(
    "UBND TỈNH ĐỒNG NAI\n\nSỞ XÂY DỰNG", "305/SXD-QLN", "ngày 02 tháng 3 năm 2031",
    "V/v rà soát nhà ở xuống cấp năm 2031",
    "Kính gửi: Ủy ban nhân dân các xã, phường.",
    "Thực hiện Kế hoạch số 21/KH-UBND ngày 12/02/2031 của UBND tỉnh, Sở Xây dựng hướng dẫn việc rà soát như sau:",
    "1. Ủy ban nhân dân xã, phường lập danh sách nhà ở xuống cấp, gửi Sở Xây dựng trước ngày 31/3/2031.",
    "2. Đề nghị Xí nghiệp Quản lý nhà tỉnh",
    "Cung cấp hồ sơ các căn nhà do Xí nghiệp quản lý cho Ủy ban nhân dân xã, phường trước ngày 20/3/2031.",
    "Trên cơ sở hướng dẫn này, đề nghị Chủ tịch UBND các xã, phường quan tâm, phối hợp thực hiện bảo đảm đúng thời "
    "hạn quy định./.",
)


def test_a_letter_s_last_request_to_keep_the_time_is_a_closing_formula():
    ext = extract(LETTER)
    assert not any("quan tâm" in (o.what or "") for o in ext.obligations)


def test_a_xí_nghiệp_asked_is_a_body():
    ext = extract(LETTER)
    assert any(o.who == "Xí nghiệp Quản lý nhà tỉnh" and o.deadline and o.deadline.date == "2031-03-20"
               for o in ext.obligations)


BOARD = _doc(
    "UBND XÃ LONG HƯNG\n\nBAN CHỈ ĐẠO PHONG TRÀO TRỒNG CÂY", "03/KH-BCĐ", "ngày 06 tháng 01 năm 2031",
    "KẾ HOẠCH\n\nPhát động Tết trồng cây năm 2031",
    "I. PHÂN CÔNG NHIỆM VỤ",
    "1. Các ấp",
    "- Vận động hộ đăng ký số cây trồng, gửi danh sách về Ban Chỉ đạo trước ngày 20/01/2031.",
    "- Nhận cây giống tại trụ sở xã; ấp Bình Lợi chuẩn bị mặt bằng lễ phát động xong trước ngày 28/01/2031.",
    "2. Đề nghị Ủy ban MTTQ và các đoàn thể xã",
    "Vận động hội viên tham gia trồng cây; Hội Cựu chiến binh xã nhận trồng tuyến cây dọc đường liên ấp.",
    "3. Thành viên Ban Chỉ đạo",
    "Theo địa bàn được phân công, xuống ấp kiểm tra, đôn đốc việc trồng và chăm sóc cây.",
)


def test_a_unit_named_in_small_letters_in_its_group_s_block_gets_its_own_entry():
    ext = extract(BOARD)
    (o,) = [o for o in ext.obligations if o.who == "Ấp Bình Lợi"]
    assert o.deadline is not None and o.deadline.date == "2031-01-28"


def test_a_mass_organisation_taking_a_work_in_charge_gets_its_own_entry():
    assert "Hội Cựu chiến binh xã" in _whos(extract(BOARD))


def test_the_members_of_a_board_without_các_head_a_block():
    assert "Thành viên Ban Chỉ đạo" in _whos(extract(BOARD))

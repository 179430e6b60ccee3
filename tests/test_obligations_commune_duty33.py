"""A commune's plan for a season of duty (session 33): its service stations and civil-service posts are bodies, a duty
roster's lines are persons' turns, the season is no deadline, and a Roman part after a numbered table is the text's.

"Trạm Thú y chủ trì …" and "Công chức Nông nghiệp - Môi trường báo cáo …" were read as no body at all; "- Chủ tịch UBND
xã - Trưởng ban: trực chỉ huy thứ Hai, thứ Năm;" under "… tổ chức trực ban …, cụ thể:" was an obligation of its own; the
season "Từ ngày … đến ngày …, Ban Chỉ huy … tổ chức trực ban" became the body's due date; and "IV. NHIỆM VỤ" with its
first item "1. Trước mùa khô" three blank lines under a numbered table was read as one more row of the table.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = """ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH
Số: 31/KH-UBND
Hòa Bình, ngày 12 tháng 3 năm 2028
KẾ HOẠCH
Phòng cháy, chữa cháy rừng mùa khô năm 2028
"""
TAIL = """Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lò Văn Tâm
"""

STATIONS = HEAD + """III. TỔ CHỨC THỰC HIỆN
1. Trạm Thú y chủ trì, phối hợp với các thôn tổ chức tiêm phòng cho đàn trâu, bò trước ngày 30/4/2028.
2. Công chức Nông nghiệp - Môi trường báo cáo kết quả tiêm phòng về Ủy ban nhân dân xã trước ngày 15/5/2028.
3. Trạm Khuyến nông hướng dẫn người chăn nuôi vệ sinh chuồng trại.
4. Thường trực UBND xã kiểm tra, đôn đốc việc thực hiện Kế hoạch.
""" + TAIL


def test_a_communes_stations_and_posts_are_bodies():
    got = [(o.who, o.deadline.date if o.deadline else None) for o in extract(STATIONS).obligations]
    assert got == [
        ("Trạm Thú y", "2028-04-30"),
        ("Công chức Nông nghiệp - Môi trường", "2028-05-15"),
        ("Trạm Khuyến nông", None),
        ("Thường trực UBND xã", None),
    ]


ROSTER = HEAD + """II. NHIỆM VỤ
1. Chế độ trực
Từ ngày 01/4/2028 đến ngày 30/6/2028, Ban Chỉ đạo phòng cháy rừng xã tổ chức trực ban 24/24 giờ tại trụ sở, cụ thể:
- Chủ tịch UBND xã - Trưởng ban: trực chỉ huy thứ Hai, thứ Ba;
- Phó Chủ tịch UBND xã - Phó Trưởng ban: trực chỉ huy thứ Tư, thứ Năm và Chủ nhật;
- Phòng Kinh tế bố trí 01 công chức theo dõi cấp dự báo cháy rừng.
III. TỔ CHỨC THỰC HIỆN
1. Công an xã
Bảo đảm an ninh trật tự tại các điểm chữa cháy.
""" + TAIL


def test_roster_lines_are_turns_and_the_season_is_no_due_date():
    ext = extract(ROSTER)
    got = [(o.who, o.deadline.date or o.deadline.latest if o.deadline else None) for o in ext.obligations]
    assert got == [("Ban Chỉ đạo phòng cháy rừng xã", None), ("Phòng Kinh tế", None), ("Công an xã", None)]
    assert not [d for d in ext.deadlines if d.latest == "2028-06-30"]


TABLE_THEN_PART = HEAD + """III. CHỈ TIÊU

1. Lực lượng tại chỗ

TT

Thôn

Tổ xung kích (người)

Điểm tập kết


1

Đồng Tâm

25

Nhà văn hóa thôn Đồng Tâm


2

Bình Minh

30

Trường Tiểu học Bình Minh




IV. NHIỆM VỤ VÀ GIẢI PHÁP

1. Trước mùa khô

- Phát dọn thực bì dọc đường băng cản lửa.

2. Chế độ thông tin

- Khi có cảnh báo cháy rừng cấp IV: Trưởng các thôn báo cáo tình hình về Ban Chỉ đạo xã.

""" + TAIL


def test_a_roman_part_after_a_numbered_table_is_the_texts():
    from vanban.structure import structure_of_text

    st = structure_of_text(TABLE_THEN_PART)
    assert [p.heading for p in st.body][-1] == "NHIỆM VỤ VÀ GIẢI PHÁP"
    assert ("Trưởng các thôn", None) in [(o.who, o.deadline) for o in extract(TABLE_THEN_PART).obligations]


_HALL = "Trụ sở tiếp công dân xã"
_JOINT = "Bí thư Đảng ủy, Chủ tịch UBND xã"
_SESSIONS = (("01/2028", "10/01/2028", "Bí thư Đảng ủy xã", _HALL), ("02/2028", "11/02/2028", "Bí thư Đảng ủy xã", _HALL),
             ("02/2028", "22/02/2028", _JOINT, "Hội trường Ủy ban nhân dân xã"),
             ("03/2028", "10/03/2028", "Bí thư Đảng ủy xã", _HALL), ("03/2028", "27/03/2028", _JOINT, "Nhà văn hóa thôn Trung Hòa"))


def _cells(*rows: tuple[str, ...]) -> str:
    """A table as a Word page pasted as text prints it: a cell a line, one blank line between cells, two between rows."""
    return "\n\n\n".join("\n\n".join(r) for r in rows) + "\n\n\n"


CALENDAR = """ĐẢNG BỘ TỈNH NGHỆ AN
ĐẢNG ỦY XÃ NAM ĐÀN
Số 18-KH/ĐU
Nam Đàn, ngày 04 tháng 01 năm 2028
KẾ HOẠCH
Tiếp công dân của Bí thư Đảng ủy xã năm 2028

II. NỘI DUNG

1. Tiếp công dân định kỳ

Đồng chí Bí thư Đảng ủy xã tiếp công dân định kỳ vào ngày 10 hằng tháng tại Trụ sở tiếp công dân xã.

2. Lịch tiếp công dân quý I năm 2028

""" + _cells(("Tháng", "Ngày", "Người chủ trì", "Địa điểm"), *_SESSIONS) + """Lịch tiếp công dân quý II năm 2028 do Văn phòng Đảng ủy xây dựng, trình Thường trực Đảng ủy trước ngày 20/3/2028.

3. Tiếp công dân đột xuất

Đồng chí Bí thư Đảng ủy xã tiếp công dân đột xuất khi có vụ việc đông người, phức tạp.

III. TỔ CHỨC THỰC HIỆN

1. Công an xã

Bảo đảm an ninh, trật tự tại nơi tiếp công dân.

Nơi nhận:
- Lưu Văn phòng Đảng ủy.
T/M BAN THƯỜNG VỤ
BÍ THƯ
Hồ Văn Lâm
"""


def test_a_calendars_closing_paragraph_and_next_item_are_the_texts():
    """The paragraph under a calendar without a number column and the next items were read as one more row."""
    from vanban.structure import structure_of_text

    st = structure_of_text(CALENDAR)
    assert all("đột xuất" not in c.text for t in st.tables for r in t.rows for c in r)
    assert "Công an xã" in [o.who for o in extract(CALENDAR).obligations]


def test_the_rule_a_calendar_carries_out_is_read_on_its_holders_rows():
    """The Bí thư's receptions fall on the 10th but for one moved day; the joint dialogues on other days are the
    calendar's rows too, not the rule's: the monthly rule gives way and the Bí thư falls due on the first row's day."""
    ext = extract(CALENDAR)
    first = next(o for o in ext.obligations if "Bí thư" in (o.who or ""))
    assert first.deadline is not None and first.deadline.date == "2028-01-10"
    assert not [d for d in ext.deadlines if d.recurrence and "BYMONTHDAY=10" in d.recurrence]


PROGRAMME = HEAD + """II. NỘI DUNG

1. Chương trình các hoạt động

""" + _cells(("TT", "Thời gian", "Nội dung", "Đơn vị chủ trì"),
             ("1", "Từ 01/4 đến 15/4/2028", "Tuyên truyền trên loa truyền thanh", "Trung tâm Dịch vụ tổng hợp xã"),
             ("2", "Từ 10/4 đến 20/4/2028", "Giải bóng chuyền hơi các thôn", "Phòng Văn hóa - Xã hội")) + """
2. Chương trình buổi lễ (ngày 22/4/2028)

- 07 giờ 00 - 07 giờ 30: Đón tiếp đại biểu.
- 07 giờ 30 - 08 giờ 00: Khai mạc.

III. TỔ CHỨC THỰC HIỆN

1. Trung tâm Dịch vụ tổng hợp xã

Chuẩn bị âm thanh, ánh sáng cho buổi lễ.

""" + TAIL


def test_a_numbered_items_heading_under_a_numbered_table_is_the_texts():
    """The heading and its bullets under the programme table were one more row ("3. Chương trình …" in the time
    column) and hid part III from the reader."""
    from vanban.structure import structure_of_text

    (t,) = [t for t in structure_of_text(PROGRAMME).tables if t.header]
    assert [r[0].text for r in t.rows[1:]] == ["1", "2"]


def test_the_communes_service_centre_keeps_its_name():
    """"Trung tâm Dịch vụ tổng hợp xã": "tổng hợp" is the centre's range, not its act."""
    got = [o.who for o in extract(PROGRAMME).obligations]
    assert got.count("Trung tâm Dịch vụ tổng hợp xã") == 2 and "Trung tâm Dịch vụ" not in got


QUOTAS = """ỦY BAN NHÂN DÂN
TỈNH HÒA AN
Số: 77/QĐ-UBND
Hòa An, ngày 20 tháng 01 năm 2028
QUYẾT ĐỊNH
Về việc giao chỉ tiêu xây dựng nông thôn mới năm 2028
Điều 2. Tổ chức thực hiện
1. Đơn vị phụ trách tiêu chí chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả tiêu chí được giao; lập kế hoạch thực hiện
và hồ sơ đánh giá tiêu chí.
2. Khen thưởng và xử lý trách nhiệm:
a) Đơn vị hoàn thành vượt chỉ tiêu từ 15% trở lên được UBND tỉnh xem xét khen thưởng.
b) Địa phương đạt dưới 70% kế hoạch được giao, Chủ tịch UBND xã phải kiểm điểm, báo cáo giải trình với UBND tỉnh.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
""" + TAIL


def test_a_unit_named_by_its_part_is_a_body_and_a_sanctions_case_is_none():
    """"Đơn vị phụ trách tiêu chí" was no body; "Địa phương đạt dưới 70% kế hoạch được giao, Chủ tịch UBND xã" was one."""
    got = [o.who for o in extract(QUOTAS).obligations]
    assert "Đơn vị phụ trách tiêu chí" in got and not [w for w in got if "Chủ tịch" in w or "70%" in w]


LEGACY_TABLE = HEAD.replace("Phòng cháy, chữa cháy rừng mùa khô", "Tiêm chủng mở rộng") + """
I. MỤC ĐÍCH, YÊU CẦU

Bảo đảm trẻ em trong độ tuổi được tiêm đủ các mũi vắc xin theo lịch.

II. LỊCH TIÊM CHỦNG

TT
Nội dung công việc
Đơn vị thực hiện
Thời gian
1

Rà soát, lập danh sách trẻ trong độ tuổi tiêm chủng theo từng tổ
dân phố

Trạm Y tế phường; Trưởng tổ dân phố

Hoàn thành trước ngày 20/4/2028

2

Tổ chức buổi tiêm chủng tại Trạm Y tế phường

Trạm Y tế phường

Trước ngày 15/5/2028

IV. TỔ CHỨC THỰC HIỆN

1. Trạm Y tế phường

- Chuẩn bị vắc xin, vật tư tiêm chủng; bố trí cán bộ trực phản ứng sau tiêm.

2. Trưởng các tổ dân phố

Thông báo lịch tiêm đến từng hộ gia đình có trẻ trong độ tuổi.

""" + TAIL


def test_a_part_after_a_legacy_table_whose_numeral_above_lost_a_stroke_is_the_texts():
    """Legacy OCR read "III. LỊCH TIÊM CHỦNG" as "II.": part IV and its bodies were read as rows of the table."""
    got = [o.who for o in extract(LEGACY_TABLE).obligations]
    assert "Trưởng các tổ dân phố" in got and not [w for w in got if w.startswith("1.") or w.startswith("-")]

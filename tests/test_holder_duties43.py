"""A reception calendar by rule (who sits, when): each holder's sessions its obligation; a weekly session no deadline.

Session 43 (obl43): the labels give each row's holder of a "Lịch tiếp công dân" table an entry, dated by its first
monthly session, a weekly one undated; a holder the section's prose already charged with the rule gets none more.
"""

from vanban.extract import extract

HEAD = ("UBND TỈNH BÌNH ĐỊNH\nỦY BAN NHÂN DÂN\nXÃ PHÙ MỸ ĐÔNG\nSố: 03/KH-UBND\n"
        "Phù Mỹ Đông, ngày 05 tháng 01 năm 2034\n\nKẾ HOẠCH\n\nTiếp công dân năm 2034\n\n")


def _ext(body: str):
    return extract(HEAD + body)


TABLE_ONLY = """**II. LỊCH TIẾP DÂN CỦA LÃNH ĐẠO XÃ**

| STT | Thời gian tiếp | Người tiếp | Địa điểm |
|---|---|---|---|
| 1 | Ngày 12 hằng tháng | Chủ tịch UBND xã | Hội trường UBND xã |
| 2 | Ngày 22 hằng tháng | Phó Chủ tịch UBND xã phụ trách kinh tế | Hội trường UBND xã |
| 3 | Chiều thứ Tư hằng tuần | Phó Chủ tịch UBND xã phụ trách văn hóa | Bộ phận Một cửa xã |

**III. TỔ CHỨC THỰC HIỆN**

Văn phòng HĐND và UBND xã niêm yết lịch tiếp dân tại trụ sở trước ngày 20/01/2034.
"""


def test_each_holder_of_a_calendar_by_rule_is_charged_with_its_sessions():
    ext = _ext(TABLE_ONLY)
    got = {o.who: (o.deadline.date if o.deadline else None) for o in ext.obligations}
    assert got["Chủ tịch UBND xã"] == "2034-01-12"
    assert got["Phó Chủ tịch UBND xã phụ trách kinh tế"] == "2034-01-22"
    assert got["Phó Chủ tịch UBND xã phụ trách văn hóa"] is None  # a weekly session: no due date
    ob = next(o for o in ext.obligations if o.who == "Chủ tịch UBND xã")
    assert ob.what.startswith("Tiếp dân của lãnh đạo xã")  # the section's name, the line above being the heading


def test_a_weekly_session_in_a_calendar_row_is_a_standing_meeting_not_a_deadline():
    ext = _ext(TABLE_ONLY)
    assert not [d for d in ext.deadlines if (d.recurrence or "").startswith("FREQ=WEEKLY")]
    assert [(g.weekday, g.who) for g in ext.meetings] == [("thứ Tư", "Phó Chủ tịch UBND xã phụ trách văn hóa")]


RULE_THEN_TABLE = """**I. MỤC ĐÍCH, YÊU CẦU**

Tiếp dân đúng nơi, đúng lịch, công khai.

**II. LỊCH TIẾP DÂN**

1. Chủ tịch UBND xã trực tiếp tiếp công dân định kỳ vào ngày 12 hằng tháng tại Hội trường UBND xã.

2. Lịch chi tiết như sau:

| STT | Thời gian | Lãnh đạo chủ trì tiếp | Thành phần |
|---|---|---|---|
| 1 | Ngày 12 hằng tháng | Chủ tịch UBND xã | Công chức Tư pháp - Hộ tịch |
| 2 | Các ngày làm việc trong tuần | Công chức Văn phòng - Thống kê được phân công trực | - |
"""


def test_a_holder_the_prose_rule_charged_gets_no_second_entry_and_a_lead_in_is_no_name():
    ext = _ext(RULE_THEN_TABLE)
    chair = [o for o in ext.obligations if o.who == "Chủ tịch UBND xã"]
    assert len(chair) == 1 and chair[0].span.start < ext.structure.tables[0].start
    duty = [o for o in ext.obligations if o.who == "Công chức Văn phòng - Thống kê được phân công trực"]
    assert len(duty) == 1 and duty[0].deadline is None
    assert duty[0].what.startswith("Tiếp dân")  # "II. LỊCH TIẾP DÂN", not "Chi tiết như sau"


def test_a_task_table_with_a_lead_unit_is_no_calendar():
    body = """**I. MỤC ĐÍCH, YÊU CẦU**

Tiếp dân đúng nơi, đúng lịch, công khai.

**II. CÔNG VIỆC CỤ THỂ**

| STT | Nội dung | Người chủ trì | Thời gian hoàn thành | Ghi chú |
|---|---|---|---|---|
| 01 | Mở hội nghị tập huấn nghiệp vụ tiếp dân | Công chức Văn hóa - Xã hội | Tháng 3/2034 | |
"""
    ext = _ext(body)
    assert [(o.who, o.deadline.latest) for o in ext.obligations] == [("Công chức Văn hóa - Xã hội", "2034-03-31")]

"""tune51's obligation kinds (session 52, t51do), each in forms written for these tests.

The documents below are written for these tests in the style of a UBND xã's Kế hoạch tổ chức Hội nghị cán bộ, công
chức and a Quyết định thành lập Ban Chỉ đạo; the expected values are read from them as the labels read such layouts:

* one session's agenda ("Thời gian | Nội dung | Người thực hiện" over hours alone): the speakers' roles no
  obligation (a31-07, t49-06, a49-06 in prose; t51-09 in a table), while a programme whose rows carry their day
  charges each unit (t31-07, t45-02, a45-02);
* "Các thành viên Ban Chỉ đạo làm việc theo chế độ kiêm nhiệm, …": a working-mode rule, no obligation (a26-09, t51-05).
"""

from vanban.extract import extract

MEETING = ("ỦY BAN NHÂN DÂN\nXÃ HÒA LỢI\n\nSố: 09/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
           "Độc lập - Tự do - Hạnh phúc\n\nHòa Lợi, ngày 05 tháng 01 năm 2036\n\nKẾ HOẠCH\n\n"
           "Tổ chức Hội nghị cán bộ, công chức năm 2036\n\n")

AGENDA = """**III. CHƯƠNG TRÌNH HỘI NGHỊ**

| Thời gian | Nội dung | Người thực hiện |
|---|---|---|
| 8h00 - 8h15 | Đón tiếp đại biểu | Văn phòng - Thống kê |
| 8h15 - 9h00 | Báo cáo kết quả thực hiện nhiệm vụ năm 2035 | Chủ tịch UBND xã |
| 9h00 - 10h00 | Thảo luận, đóng góp ý kiến | Đại biểu dự Hội nghị |
| 10h00 - 10h20 | Thông qua Nghị quyết; bế mạc | Thư ký Hội nghị; Đoàn Chủ tịch |

**IV. PHÂN CÔNG CHUẨN BỊ**

1. Văn phòng - Thống kê: phát hành giấy mời trước ngày 20/01/2036; chuẩn bị hội trường, âm thanh.
"""

PROGRAMME = """**III. CHƯƠNG TRÌNH**

| Thời gian | Nội dung | Bộ phận thực hiện |
|---|---|---|
| 07 giờ 00 ngày 26/01/2036 | Dâng hương tại Đài tưởng niệm | Văn phòng - Thống kê |
| 08 giờ 00 ngày 26/01/2036 | Khai mạc Hội nghị | Công chức Văn hóa - Xã hội |
"""


def test_one_sessions_agenda_charges_no_speaker():
    ext = extract(MEETING + AGENDA)
    who = [o.who for o in ext.obligations]
    assert not {"Chủ tịch UBND xã", "Đại biểu dự Hội nghị", "Thư ký Hội nghị; Đoàn Chủ tịch"} & set(who)
    assert [(o.who, o.deadline.date if o.deadline else None) for o in ext.obligations] == [
        ("Văn phòng - Thống kê", "2036-01-20")]


def test_a_programme_with_its_days_charges_each_unit():
    ext = extract(MEETING + PROGRAMME)
    got = {(o.who, o.deadline.date if o.deadline else None) for o in ext.obligations}
    assert {("Văn phòng - Thống kê", "2036-01-26"), ("Công chức Văn hóa - Xã hội", "2036-01-26")} <= got


DECISION = ("ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC PHỔ\n\nSố: 210/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nĐức Phổ, ngày 03 tháng 3 năm 2036\n\nQUYẾT ĐỊNH\n\n"
            "Về việc thành lập Ban Chỉ đạo chuyển đổi số huyện\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN\n\n")

MODE = """**Điều 2.** Tổ chức thực hiện

1. Các thành viên Ban Chỉ đạo làm việc theo chế độ kiêm nhiệm, thực hiện nhiệm vụ do Trưởng ban phân công.

2. Phòng Văn hóa và Thông tin xây dựng Quy chế hoạt động của Ban Chỉ đạo, trình Trưởng ban trước ngày 20/3/2036.
"""


def test_a_working_mode_rule_is_no_obligation():
    ext = extract(DECISION + MODE)
    assert [(o.who, o.deadline.date if o.deadline else None) for o in ext.obligations] == [
        ("Phòng Văn hóa và Thông tin", "2036-03-20")]

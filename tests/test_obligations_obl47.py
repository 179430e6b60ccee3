"""Session 47 (obl47): kinds of obligation authored45 missed, each in forms written here in the documents' style.

* a plan's section on its organising board ("IV. BAN TỔ CHỨC LỄ HỘI") whose items only set the board up — its make-up
  and its helper units ("Các tiểu ban giúp việc", "Tổ giúp việc") — charges each unit with its own tasks and the body
  a line there gives a task ("Giao Phòng … tham mưu … trước ngày …"), the board with none (a45-02's labels); an item
  that gives the board a task of its own ("2. Nhiệm vụ: …") keeps the board's entry;
* a reception calendar dated by day whose days lay out no monthly rule (mobile receptions on three dates beside weekly
  sessions): one entry per row, its holder's, due on the row's day (a45-09, t45-09, t42-07's labels); a calendar of a
  monthly rule's occurrences stays as before (t31-03, a31-03: merged into the rule's entry);
* "dự sinh hoạt" (a Party officer attending the cells he answers for) and "trao quà" / "trao sổ" (handing gifts over)
  are a body's acts (a45-08, a45-03);
* a note between two pipe tables of two items of a plan is read as prose (a45-03: the flowed-pipe reader took it, the
  next item's heading and the second table as rows of the first; tests/test_pipe_flow_item_heading.py);
* a project's investor line ("3. Chủ đầu tư: Ủy ban nhân dân xã …") is a designation, no task (a45-07, t45-07);
* members charged with the unit they answer for ("Đảng ủy viên được phân công phụ trách chi bộ | dự …") or with a verb
  of the longer list ("… được phân công | tiếp công dân …") are the subject (a45-08, t45-09);
* a thing done by a body named after "do", by a date ("Chủ đề … do chi ủy lựa chọn, đăng ký … trước ngày 15 …"),
  charges that body (a45-08, a31-03); undated, it states who pays or decides.
"""

from vanban.extract import extract
from vanban.extract import subjects as S

from test_pipe_flow_item_heading import TEXT

UBND_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ THẠCH BÌNH\n\nSố: 30/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
             "Độc lập - Tự do - Hạnh phúc\n\nThạch Bình, ngày 05 tháng 3 năm 2035\n\nKẾ HOẠCH\n\n"
             "Tổ chức Ngày hội Văn hóa - Thể thao các dân tộc xã Thạch Bình năm 2035\n\n"
             "**I. MỤC ĐÍCH, YÊU CẦU**\n\nTổ chức Ngày hội trang trọng, tiết kiệm, an toàn.\n\n")


def _obligations(text: str) -> list[tuple[str, str | None]]:
    return [(o.who, o.deadline.date if o.deadline else None) for o in extract(text).obligations]


def test_a_steering_board_set_up_with_its_helper_teams():
    body = """**II. BAN CHỈ ĐẠO NGÀY HỘI**

**1. Thành phần**

- Trưởng ban: Chủ tịch UBND xã.

- Phó Trưởng ban: Phó Chủ tịch UBND xã; Trưởng phòng Văn hóa - Xã hội.

Văn phòng HĐND và UBND xã tham mưu UBND xã ban hành Quyết định thành lập Ban Chỉ đạo trước ngày 15/3/2035.

**2. Tổ giúp việc**

a) Tổ Nội dung - Tuyên truyền: Xây dựng kịch bản, chương trình văn nghệ; tuyên truyền trên hệ thống loa truyền thanh xã, hoàn thành trước ngày 25/3/2035.

b) Tổ Hậu cần: Chuẩn bị sân khấu, âm thanh, ánh sáng, khánh tiết; quản lý kinh phí Ngày hội.

c) Tổ Bảo vệ - Y tế: Bảo đảm an ninh, trật tự, trực cấp cứu trong thời gian diễn ra Ngày hội.

**III. TỔ CHỨC THỰC HIỆN**

**1. Công an xã**

Xây dựng phương án bảo vệ Ngày hội, hoàn thành trước ngày 28/3/2035.
"""
    got = _obligations(UBND_HEAD + body)
    assert ("Văn phòng HĐND và UBND xã", "2035-03-15") in got
    assert ("Tổ Nội dung - Tuyên truyền", "2035-03-25") in got
    assert ("Tổ Hậu cần", None) in got and ("Tổ Bảo vệ - Y tế", None) in got
    assert ("Công an xã", "2035-03-28") in got
    assert not [w for w, _ in got if w.upper().startswith("BAN CHỈ ĐẠO")]


def test_a_festival_board_with_sub_boards_as_bullets():
    body = """**II. BAN TỔ CHỨC**

1. Thành phần Ban Tổ chức: Chủ tịch UBND xã làm Trưởng ban; lãnh đạo các phòng, đoàn thể là thành viên.

2. Các tiểu ban

- Tiểu ban Khánh tiết: Trang trí sân khấu, cổng chào, cờ hoa khu vực Ngày hội.

- Tiểu ban Thi đấu: Xây dựng điều lệ, mời trọng tài, tổ chức bốc thăm trước ngày 20/3/2035.

**III. TỔ CHỨC THỰC HIỆN**

**1. Trạm Y tế xã**

Bố trí tổ cấp cứu tại khu vực Ngày hội.
"""
    got = _obligations(UBND_HEAD + body)
    assert ("Tiểu ban Khánh tiết", None) in got
    assert ("Tiểu ban Thi đấu", "2035-03-20") in got
    assert ("Trạm Y tế xã", None) in got
    assert not [w for w, _ in got if w in ("Ban Tổ chức", "BAN TỔ CHỨC", "Các tiểu ban")]


def test_a_board_given_a_task_of_its_own_keeps_its_entry():
    body = """**II. BAN TỔ CHỨC**

1. Thành phần: Chủ tịch UBND xã làm Trưởng ban; các thành viên là lãnh đạo các phòng, đoàn thể.

2. Nhiệm vụ: Chỉ đạo toàn bộ công tác chuẩn bị Ngày hội; ban hành Điều lệ Ngày hội trước ngày 18/3/2035.

**III. TỔ CHỨC THỰC HIỆN**

**1. Trạm Y tế xã**

Bố trí tổ cấp cứu tại khu vực Ngày hội.
"""
    got = _obligations(UBND_HEAD + body)
    assert [d for w, d in got if w.upper() == "BAN TỔ CHỨC"] == ["2035-03-18"]


def test_a_sub_board_named_for_order_keeps_its_last_word():
    # "tự" closing a name ("Trật tự", capitalised in a sub-board's name) is no "tự" (by themselves) of the verb
    assert S.body_name("Tiểu ban An ninh - Trật tự") == "Tiểu ban An ninh - Trật tự"
    assert S.clean_who("Các xã tự") == "Các xã"


RECEPTION_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ HÒA AN\n\nSố: 04/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                  "Độc lập - Tự do - Hạnh phúc\n\nHòa An, ngày 08 tháng 01 năm 2035\n\nKẾ HOẠCH\n\n"
                  "Tiếp công dân năm 2035\n\n")


def test_a_calendar_of_mobile_receptions_gives_each_row_its_entry():
    body = """**I. LỊCH TIẾP CÔNG DÂN**

Lịch tiếp cụ thể như sau:

| Ngày tiếp | Người chủ trì tiếp | Địa điểm |
|---|---|---|
| Chiều thứ Hai hằng tuần | Chủ tịch UBND xã | Trụ sở tiếp công dân xã |
| Ngày 20/4/2035 | Phó Chủ tịch UBND xã phụ trách Văn hóa - Xã hội (tiếp công dân lưu động) | Nhà văn hóa thôn Đồng Tâm |
| Ngày 18/7/2035 | Chủ tịch UBND xã (tiếp công dân lưu động) | Nhà văn hóa thôn Bắc Sơn |
| Ngày 17/10/2035 | Chủ tịch UBND xã (tiếp công dân lưu động) | Nhà văn hóa thôn Nam Hà |

**II. TỔ CHỨC THỰC HIỆN**

**1. Công an xã**

Bảo đảm an ninh, trật tự tại địa điểm tiếp công dân.
"""
    got = _obligations(RECEPTION_HEAD + body)
    assert ("Chủ tịch UBND xã", None) in got  # the weekly session: no date
    assert ("Phó Chủ tịch UBND xã phụ trách Văn hóa - Xã hội", "2035-04-20") in got
    assert ("Chủ tịch UBND xã", "2035-07-18") in got and ("Chủ tịch UBND xã", "2035-10-17") in got
    assert ("Công an xã", None) in got


def test_a_calendar_of_a_monthly_rules_days_is_no_row_by_row_duty():
    body = """**I. LỊCH TIẾP CÔNG DÂN**

1. Chủ tịch UBND xã tiếp công dân định kỳ vào ngày 15 hằng tháng; trùng ngày nghỉ thì chuyển sang ngày làm việc kế tiếp.

2. Lịch cụ thể như sau:

| Tháng | Ngày tiếp | Người chủ trì tiếp | Địa điểm |
|---|---|---|---|
| 01 | 15/01/2035 | Chủ tịch UBND xã | Trụ sở tiếp công dân xã |
| 02 | 15/02/2035 | Chủ tịch UBND xã | Trụ sở tiếp công dân xã |
| 03 | 15/3/2035 | Chủ tịch UBND xã | Trụ sở tiếp công dân xã |
| 04 | 16/4/2035 (thứ Hai) | Chủ tịch UBND xã | Trụ sở tiếp công dân xã |
"""
    got = _obligations(RECEPTION_HEAD + body)
    assert [w for w, _ in got].count("Chủ tịch UBND xã") == 1  # the rule's entry, the rows its occurrences


PARTY_HEAD = ("ĐẢNG BỘ HUYỆN YÊN ĐỊNH\nĐẢNG ỦY XÃ YÊN ĐỊNH\n\nSố: 03-QĐi/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
              "Yên Định, ngày 10 tháng 01 năm 2035\n\nQUY ĐỊNH\n\nvề chế độ sinh hoạt chi bộ\n\n")


def test_a_party_officer_attending_cell_meetings_is_charged():
    body = """**Điều 5. Cấp ủy viên dự sinh hoạt chi bộ**

Đảng ủy viên được phân công phụ trách chi bộ dự sinh hoạt thường kỳ của chi bộ ít nhất 01 lần trong 01 quý.

**Điều 6. Trách nhiệm của Văn phòng Đảng ủy**

Theo dõi lịch sinh hoạt của các chi bộ; tổng hợp, báo cáo Thường trực Đảng ủy.
"""
    got = _obligations(PARTY_HEAD + body)
    assert any(w.startswith("Đảng ủy viên được phân công phụ trách chi bộ") for w, _ in got)


GIFT_HEAD = ("ỦY BAN NHÂN DÂN\nPHƯỜNG AN BÌNH\n\nSố: 70/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
             "Độc lập - Tự do - Hạnh phúc\n\nAn Bình, ngày 15 tháng 6 năm 2035\n\nKẾ HOẠCH\n\n"
             "Tổ chức các hoạt động kỷ niệm Ngày Thương binh - Liệt sĩ 27/7\n\n")


def test_handing_gifts_over_is_a_bodys_act():
    body = """**II. NỘI DUNG HOẠT ĐỘNG**

**1. Thăm hỏi, tặng quà**

Các tổ dân phố trao quà đến tận tay đối tượng xong trước ngày 26/7/2035.

**2. Sổ tiết kiệm tình nghĩa**

Hội Cựu chiến binh phường trao sổ tiết kiệm cho 05 thân nhân liệt sĩ có hoàn cảnh khó khăn trước ngày 25/7/2035.
"""
    got = _obligations(GIFT_HEAD + body)
    assert ("Các tổ dân phố", "2035-07-26") in got
    assert ("Hội Cựu chiến binh phường", "2035-07-25") in got


def test_a_note_between_two_tables_of_two_items_is_read():
    # the gift table, its note and the next item's table (tests/test_pipe_flow_item_heading.py), under a ward's header
    body = TEXT.split("II. NỘI DUNG HOẠT ĐỘNG", 1)[1]
    assert ("Các tổ dân phố", "2035-07-26") in _obligations(GIFT_HEAD + "II. NỘI DUNG HOẠT ĐỘNG" + body)


def test_members_charged_with_a_unit_they_answer_for():
    # "được phân công phụ trách <unit>" / "được phân công <a verb of the longer list>": the role runs to the act
    assert S.actor("Đảng ủy viên được phân công phụ trách chi bộ dự sinh hoạt thường kỳ của chi bộ.")[0] \
        == "Đảng ủy viên được phân công phụ trách chi bộ"
    assert S.actor("Các đồng chí ủy viên Ủy ban Kiểm tra được phân công theo dõi địa bàn kiểm tra, giám sát các chi bộ.")[0] \
        == "Các đồng chí ủy viên Ủy ban Kiểm tra được phân công theo dõi địa bàn"
    assert S.actor("Công chức Văn phòng - Thống kê được phân công tiếp công dân thường xuyên tại Trụ sở tiếp công dân.")[0] \
        == "Công chức Văn phòng - Thống kê được phân công"
    # (as before: the members charged, their task a plain verb after the charge)
    assert S.actor("Các đồng chí ủy viên Ủy ban Kiểm tra Đảng ủy xã được phân công xây dựng kế hoạch chi tiết.")[0] \
        == "Các đồng chí ủy viên Ủy ban Kiểm tra Đảng ủy xã được phân công"


SUBMISSION_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ PHÚ MỸ\n\nSố: 12/TTr-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "Độc lập - Tự do - Hạnh phúc\n\nPhú Mỹ, ngày 06 tháng 3 năm 2035\n\nTỜ TRÌNH\n\n"
                   "Về việc đề nghị phê duyệt chủ trương đầu tư dự án Nhà văn hóa thôn Phú Thượng\n\n"
                   "Kính gửi: Hội đồng nhân dân xã Phú Mỹ.\n\n")


def test_a_projects_investor_line_is_no_task():
    body = """**II. NỘI DUNG ĐỀ NGHỊ**

**1. Tên dự án:** Nhà văn hóa thôn Phú Thượng.

**2. Chủ đầu tư:** Ủy ban nhân dân xã Phú Mỹ; đơn vị quản lý dự án: Ban Quản lý dự án đầu tư xây dựng xã.

**3. Tiến độ thực hiện:** Khởi công trong quý III/2035.

**III. ĐỀ XUẤT**

Giao Phòng Kinh tế chủ trì lập báo cáo kinh tế - kỹ thuật, trình thẩm định trước ngày 30/4/2035.
"""
    got = _obligations(SUBMISSION_HEAD + body)
    assert not [w for w, _ in got if "đầu tư" in w.lower()]
    assert ("Phòng Kinh tế", "2035-04-30") in got


def test_a_thing_done_by_a_body_named_after_do_by_a_date():
    # the agent after "do" is charged with the thing, due on the date; undated, it states who pays or decides
    who, what = S.actor("Chủ đề sinh hoạt chuyên đề do chi ủy lựa chọn, đăng ký với Đảng ủy trước ngày 15 tháng đầu của quý.")
    assert who == "chi ủy" and what.startswith("lựa chọn, đăng ký")
    who, _ = S.actor("Lịch sinh hoạt chuyên đề 6 tháng cuối năm do Văn phòng Đảng ủy tổng hợp, gửi các chi bộ trước ngày 20/6/2035.")
    assert who == "Văn phòng Đảng ủy"
    assert S.actor("Kinh phí tổ chức do ngân sách xã bảo đảm.")[0] is None
    assert S.actor("Mức hỗ trợ cụ thể do Chủ tịch Ủy ban nhân dân xã quyết định.")[0] is None
    # a due word in another clause, after ";", dates that clause's act, not the agent's
    assert S.actor("Bàn ghế, âm thanh do Văn phòng chuẩn bị; hội trường được trang trí trước ngày khai mạc.")[0] is None

"""tune51's deadline kinds (session 52, t51do), each in forms written for these tests.

The documents below are written for these tests in the style of a UBND's Thông báo lịch tiếp công dân and a Phòng Giáo
dục's Kế hoạch tuyển sinh; the expected values are read from them as the labels read such layouts:

* a reception calendar holding two sessions a month, each day cell listing both (a moved day noted in brackets): each
  day a deadline, the month column none, the prose rule "ngày 10 và ngày 25 hằng tháng" it carries out none (t31-03's
  and a31-03's labels, one session a month; tune51's t51-02, two);
* a bulleted step of a schedule list with its window closed by "đến hết ngày": the window (t43-04, a44-05, t44-10
  label bulleted steps by their windows), while a bullet naming a time or a duty ("- Thời gian treo cờ …", "- Trực Tết")
  stays a running period (t49-06, t34-05 unlabelled);
"""

from vanban.extract import extract

NOTICE = ("ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\n\nSố: 88/TB-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "Độc lập - Tự do - Hạnh phúc\n\nAn Phú, ngày 20 tháng 12 năm 2035\n\nTHÔNG BÁO\n\n"
          "Lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân huyện quý I năm 2036\n\n")

TWO_A_MONTH = """Chủ tịch Ủy ban nhân dân huyện tiếp công dân định kỳ vào ngày 05 và ngày 20 hằng tháng. Lịch cụ thể như sau:

| Tháng | Ngày tiếp | Người tiếp | Địa điểm |
|---|---|---|---|
| 01/2036 | Thứ Hai, ngày 07/01/2036 (ngày 05/01 là Chủ nhật); Thứ Hai, ngày 21/01/2036 (ngày 20/01 là Chủ nhật) | Chủ tịch UBND huyện | Trụ sở Tiếp công dân huyện |
| 02/2036 | Thứ Ba, ngày 05/02/2036; Thứ Tư, ngày 20/02/2036 | Chủ tịch UBND huyện | Trụ sở Tiếp công dân huyện |
| 3/2036 | Thứ Tư, ngày 05/3/2036; Thứ Năm, ngày 20/3/2036 | Chủ tịch UBND huyện | Hội trường UBND xã Phú Hữu |

Ban Tiếp công dân huyện niêm yết lịch tiếp công dân tại Trụ sở trước ngày 31/12/2035.
"""


def test_each_session_day_of_a_two_a_month_calendar_is_a_deadline():
    ext = extract(NOTICE + TWO_A_MONTH)
    days = sorted(d.date for d in ext.deadlines if d.date and not d.recurrence)
    assert days == ["2035-12-31", "2036-01-07", "2036-01-21", "2036-02-05", "2036-02-20", "2036-03-05", "2036-03-20"]
    # the bracketed days the holiday moved are no sessions, the month cells no periods, the prose rule no series
    assert not [d for d in ext.deadlines if d.date in ("2036-01-05", "2036-01-20")]
    assert not [d for d in ext.deadlines if d.date is None and d.earliest and d.earliest.endswith("-01")]
    assert not [d for d in ext.deadlines if d.recurrence]


def test_a_calendar_of_one_day_a_row_keeps_its_days():
    one = TWO_A_MONTH.replace(
        "Thứ Hai, ngày 07/01/2036 (ngày 05/01 là Chủ nhật); Thứ Hai, ngày 21/01/2036 (ngày 20/01 là Chủ nhật)",
        "Thứ Hai, ngày 07/01/2036 (ngày 05/01 là Chủ nhật)").replace(
        "Thứ Ba, ngày 05/02/2036; Thứ Tư, ngày 20/02/2036", "Thứ Ba, ngày 05/02/2036").replace(
        "Thứ Tư, ngày 05/3/2036; Thứ Năm, ngày 20/3/2036", "Thứ Tư, ngày 05/3/2036").replace(
        "vào ngày 05 và ngày 20 hằng tháng", "vào ngày 05 hằng tháng")
    ext = extract(NOTICE + one)
    days = sorted(d.date for d in ext.deadlines if d.date and not d.recurrence)
    assert days == ["2035-12-31", "2036-01-07", "2036-02-05", "2036-03-05"]
    assert not [d for d in ext.deadlines if d.recurrence]


PLAN = ("ỦY BAN NHÂN DÂN\nHUYỆN BÌNH SƠN\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 41/KH-PGDĐT\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nBình Sơn, ngày 12 tháng 5 năm 2036\n\n"
        "KẾ HOẠCH\n\nTuyển sinh vào lớp 1, lớp 6 năm học 2036 - 2037\n\n")

STEPS = """**III. LỊCH TUYỂN SINH**

- Đăng ký tuyển sinh trực tuyến vào lớp 1: từ ngày 02/7/2036 đến hết ngày 09/7/2036.

- Tiếp nhận hồ sơ trực tiếp vào lớp 6 (đối với học sinh ngoài địa bàn): từ ngày 10/7/2036 đến hết ngày 18/7/2036.

- Thời gian treo băng rôn tuyên truyền tuyển sinh: từ ngày 20/6/2036 đến hết ngày 20/7/2036.

- Trực tuyển sinh tại các trường: từ ngày 02/7/2036 đến hết ngày 18/7/2036.

- Công bố kết quả tuyển sinh chậm nhất ngày 25/7/2036.
"""


def test_a_bulleted_steps_window_closed_by_den_het_is_its_deadline():
    ext = extract(PLAN + STEPS)
    spans = sorted((d.earliest, d.latest) for d in ext.deadlines)
    assert ("2036-07-02", "2036-07-09") in spans and ("2036-07-10", "2036-07-18") in spans
    assert ("2036-06-20", "2036-07-20") not in spans  # a time label: how long the banners hang
    assert ("2036-07-02", "2036-07-18") not in spans  # a duty: how long the schools stay on call
    assert ("2036-07-25", "2036-07-25") in spans

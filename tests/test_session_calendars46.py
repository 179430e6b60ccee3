"""A reception calendar headed by its day column ("Ngày tiếp | Người chủ trì tiếp | Địa điểm") and a day repeated in
listed months ("Ngày 05 các tháng 3, 6, 9 và 12") — session 46 (obl46t), tune45's t45-09 kind, in other forms.

The documents below are written for these tests in the style of a UBND xã's Kế hoạch tiếp công dân; the expected
values are read from them as the labels' README reads such a calendar (one entry per row's holder, dated by its first
monthly or quarterly session, a weekly one undated; t41-01's, a41-01's and t45-09's authors).
"""

from vanban.extract import extract
from vanban.extract.listed_months import listed_months
from vanban.structure.session_heads import session_header

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\n\nSố: 05/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nTân Lập, ngày 12 tháng 01 năm 2035\n\nKẾ HOẠCH\n\nTiếp công dân năm 2035\n\n")


def _ext(body: str):
    return extract(HEAD + body)


def _dues(ext) -> dict[str, str | None]:
    return {o.who: (o.deadline.date if o.deadline else None) for o in ext.obligations}


DAY_FIRST = """I. LỊCH TIẾP CÔNG DÂN

1. Lịch tiếp công dân của lãnh đạo Ủy ban nhân dân xã

| Ngày tiếp | Người chủ trì tiếp | Địa điểm |
|---|---|---|
| Thứ Hai hằng tuần (buổi sáng) | Chủ tịch UBND xã Lê Văn Tâm | Trụ sở tiếp công dân xã |
| Ngày 25 hằng tháng | Phó Chủ tịch UBND xã Ngô Thị Mai (lĩnh vực đất đai, môi trường) | Hội trường UBND xã |
| Ngày 10 các tháng 3, 6, 9 và 12 | Chủ tịch UBND xã (tiếp công dân lưu động tại các thôn) | Nhà văn hóa các thôn |

II. TỔ CHỨC THỰC HIỆN

Văn phòng HĐND và UBND xã niêm yết lịch tiếp công dân tại Trụ sở trước ngày 20/01/2035.
"""


def test_a_calendar_headed_by_its_day_column_charges_each_rows_holder():
    ext = _ext(DAY_FIRST)
    assert [t.header for t in ext.structure.tables] == [("Ngày tiếp", "Người chủ trì tiếp", "Địa điểm")]
    got = _dues(ext)
    assert got["Chủ tịch UBND xã Lê Văn Tâm"] is None  # weekly: no due date
    assert got["Phó Chủ tịch UBND xã Ngô Thị Mai"] == "2035-01-25"  # the field in brackets is no part of the post
    assert got["Chủ tịch UBND xã"] == "2035-03-10"  # the quarterly session's first day
    mobile = next(o for o in ext.obligations if o.who == "Chủ tịch UBND xã")
    assert "lưu động" in mobile.what  # the note stays the task's


def test_a_day_in_listed_months_is_one_recurring_deadline():
    ext = _ext(DAY_FIRST)
    quarterly = [d for d in ext.deadlines if d.text == "Ngày 10 các tháng 3, 6, 9 và 12"]
    assert len(quarterly) == 1 and quarterly[0].date == "2035-03-10"
    assert quarterly[0].recurrence == "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=10"
    assert not [d for d in ext.deadlines if d.recurrence == "FREQ=MONTHLY;BYMONTHDAY=10"]


NUMBERED = """I. LỊCH TIẾP CÔNG DÂN ĐỊNH KỲ

| STT | Ngày tiếp công dân | Lãnh đạo tiếp | Địa điểm |
|---|---|---|---|
| 1 | Ngày 15 hằng tháng | Bí thư Đảng ủy xã | Trụ sở tiếp công dân xã |
| 2 | Ngày 05 hằng tháng | Chủ tịch UBND xã | Trụ sở tiếp công dân xã |

II. TỔ CHỨC THỰC HIỆN

Công an xã bảo đảm an ninh, trật tự tại nơi tiếp công dân.
"""


def test_a_numbered_calendar_with_a_leader_column():
    got = _dues(_ext(NUMBERED))
    assert got["Bí thư Đảng ủy xã"] == "2035-01-15"
    assert got["Chủ tịch UBND xã"] == "2035-02-05"  # 05/01 passed on the plan's date (12/01)


HALF_YEARLY = """I. LỊCH ĐỐI THOẠI VỚI NHÂN DÂN

| Ngày đối thoại | Người chủ trì | Địa điểm |
|---|---|---|
| Ngày 20 các tháng 6 và 12 | Chủ tịch UBND xã | Hội trường UBND xã |
| Ngày 28 hằng tháng | Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội | Nhà văn hóa thôn Đông |

II. TỔ CHỨC THỰC HIỆN

Văn phòng HĐND và UBND xã thông báo lịch đối thoại đến các thôn trước ngày 25/01/2035.
"""


def test_a_dialogue_calendar_twice_a_year():
    ext = _ext(HALF_YEARLY)
    got = _dues(ext)
    assert got["Chủ tịch UBND xã"] == "2035-06-20"
    assert got["Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội"] == "2035-01-28"
    half = next(d for d in ext.deadlines if d.text.startswith("Ngày 20 các tháng"))
    assert half.recurrence == "FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=20"


def test_session_header_needs_a_day_column_and_a_holder():
    assert session_header(["Ngày tiếp", "Người chủ trì tiếp", "Địa điểm"])
    assert session_header(["STT", "Ngày tiếp công dân", "Lãnh đạo tiếp", "Địa điểm"])
    assert not session_header(["Ngày", "Nội dung", "Địa điểm"])  # no holder
    assert not session_header(["Thời gian", "Người chủ trì tiếp", "Thành phần"])  # a due column: the task tables'
    assert not session_header(["Ngày ban hành", "Người ký", "Trích yếu"])


def test_listed_months_after_a_day():
    assert listed_months("ngay 05 cac thang 3, 6, 9 va 12 tai", 7) == (3, 6, 9, 12)
    assert listed_months("truoc ngay 10 cua cac thang 1, 4, 7, 10 hang nam", 13) == (1, 4, 7, 10)
    assert listed_months("ngay 20 cac thang 6 va 12", 7) == (6, 12)
    assert listed_months("ngay 20 cac thang trong nam", 7) is None
    assert listed_months("ngay 20 cac thang 3/2035", 7) is None  # a month of a year, no list


CV_HEAD = ("UBND TỈNH QUẢNG BÌNH\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nSố: 310/SNNMT-KL\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
           "Độc lập - Tự do - Hạnh phúc\n\nQuảng Bình, ngày 20 tháng 01 năm 2035\n\n"
           "V/v báo cáo công tác quản lý, bảo vệ rừng\n\nKính gửi: Ủy ban nhân dân các xã, phường.\n\n")


def test_a_series_first_report_named_in_brackets_is_no_second_deadline():
    body = ("Ủy ban nhân dân các xã, phường báo cáo định kỳ 6 tháng, trước ngày 10/6 và ngày 10/12 hằng năm (kỳ báo cáo "
            "đầu tiên trước ngày 10/6/2035) về Sở Nông nghiệp và Môi trường.\n\n"
            "Hạt Kiểm lâm báo cáo hằng tháng trước ngày 25 (báo cáo lần đầu trước ngày 25/3/2035) về Sở.\n")
    ext = extract(CV_HEAD + body)
    dues = [(d.date, d.recurrence) for d in ext.deadlines]
    assert ("2035-06-10", "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=10") in dues
    assert ("2035-03-25", "FREQ=MONTHLY;BYMONTHDAY=25") in dues  # the series starts on its bracket's day
    assert not [d for d in ext.deadlines if d.recurrence is None]  # the bracket's days are the series' first

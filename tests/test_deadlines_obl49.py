"""Session 49 (obl49): kinds of deadline authored47 missed, each in forms written here in the documents' style (no
sentence of the gold documents).

* the year's review report named as such ("báo cáo tổng kết năm trước 20 tháng 12") repeats yearly, and a cycle word of
  an earlier clause that dates its own report ("báo cáo sơ kết 6 tháng chậm nhất ngày 10/6/2036;") is not the later
  clause's;
* a weekday of the month written bare ("vào Chủ nhật cuối tháng") is a routine's day, no deadline; with a monthly word
  ("Chủ nhật cuối cùng hằng tháng", "… của mỗi tháng") it is dated, monthly.
"""

from vanban.extract import extract


def _due(text: str) -> list:
    return [(d.date or (d.earliest, d.latest), d.recurrence) for d in extract(text).deadlines if not d.past]


KH_HEAD = """ỦY BAN KIỂM TRA ĐẢNG ỦY XÃ PHÚ THÀNH
Số 03-KH/UBKTĐU
Phú Thành, ngày 15 tháng 01 năm 2036

KẾ HOẠCH
CÔNG TÁC KIỂM TRA, GIÁM SÁT NĂM 2036

"""


def test_the_years_review_report_repeats_yearly():
    """"báo cáo tổng kết năm trước 20 tháng 12": the year's report, yearly — also after a six-monthly report dated
    in its own clause (that clause's "6 tháng" is its own)."""
    yearly = ("2036-12-20", "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20")
    assert _due(KH_HEAD + "1. Văn phòng báo cáo tổng kết năm trước 20 tháng 12.") == [yearly]
    got = _due(KH_HEAD + "1. Văn phòng báo cáo Ban Thường vụ; báo cáo sơ kết 6 tháng chậm nhất ngày 10/6/2036; báo "
                         "cáo tổng kết năm trước 20 tháng 12.")
    assert got == [("2036-06-10", None), yearly], got


def test_a_cycle_word_of_an_earlier_clause_stays_there():
    """A "6 tháng" that an earlier clause dates itself gives no cycle to a later clause's day; one leading a clause
    with no day of its own still does."""
    got = _due(KH_HEAD + "1. Văn phòng báo cáo sơ kết 6 tháng chậm nhất ngày 10/6/2036; tổ chức hội nghị tổng kết "
                         "trước 20 tháng 11.")
    assert got == [("2036-06-10", None), ("2036-11-20", None)], got
    got = _due(KH_HEAD + "1. Định kỳ 6 tháng, Văn phòng tổng hợp kết quả; gửi báo cáo về Ủy ban trước ngày 15 tháng 6.")
    assert got == [("2036-06-15", "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=15")], got


def test_a_bare_weekday_of_the_month_is_a_routines_day():
    """"vào Chủ nhật cuối tháng" with no monthly word: the day a clean-up is held, no deadline; "Chủ nhật cuối cùng
    hằng tháng" and "… của mỗi tháng" are dated monthly."""
    assert _due(KH_HEAD + "1. Các chi bộ vận động đảng viên ra quân làm sạch đường thôn vào Chủ nhật cuối tháng.") == []
    got = _due(KH_HEAD + "1. Các chi bộ ra quân làm sạch đường thôn vào ngày Chủ nhật cuối cùng hằng tháng.")
    assert got == [("2036-01-27", "FREQ=MONTHLY;BYDAY=-1SU")], got
    got = _due(KH_HEAD + "1. Các chi bộ ra quân làm sạch đường thôn vào Chủ nhật tuần thứ hai của mỗi tháng.")
    assert got == [("2036-02-10", "FREQ=MONTHLY;BYDAY=2SU")], got

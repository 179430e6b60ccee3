"""One vocabulary of clock, part-of-day and weekday words (vanban.extract.clock_words) that a timetable's time cell,
a standing meeting's time and a weekly rule's wording all read, in wording written for these tests."""

import re

from vanban.extract import clock_words as C
from vanban.extract import meeting_words, recurrence, timetable_words
from vanban.extract.folded import Folded


def test_the_weekday_names_are_one_list():
    assert recurrence.WEEKDAY_NAMES is C.WEEKDAY_NAMES
    assert meeting_words.WEEKDAY_NAMES == {"MO": "thứ Hai", "TU": "thứ Ba", "WE": "thứ Tư", "TH": "thứ Năm",
                                           "FR": "thứ Sáu", "SA": "thứ Bảy", "SU": "Chủ nhật"}
    assert recurrence.describe("FREQ=WEEKLY;BYDAY=SA") == "thứ Bảy hằng tuần"


def test_each_part_of_the_day_is_read_by_both_readers():
    for part in C.PARTS_OF_DAY:
        said = f"Tổ công tác giao ban lúc 10 giờ 30 {part} thứ Ba hằng tuần"
        assert meeting_words.PART_OF_DAY_RE.search(said).group(1) == part
        cell = Folded.of(f"10 giờ 30, {part} ngày 12/6/2028").view
        assert re.match(timetable_words.HOURS_BEFORE_DAY, cell), part


def test_each_hour_mark_is_read_by_both_readers():
    for clock in ("8 giờ 15", "8h15", "8g15", "8:15"):
        m = meeting_words.CLOCK_RE.search(f"Họp giao ban vào {clock} sáng thứ Hai hằng tuần")
        assert (m.group(1), m.group(2)) == ("8", "15"), clock
        assert re.match(timetable_words.HOURS_BEFORE_DAY, Folded.of(f"{clock} - 9 giờ 00 ngày 03/7/2028").view), clock

"""Clock, part-of-day and weekday words, as data: the one vocabulary the readers of a time of day and the wording of
a weekly rule share.

Why one module: a timetable's time cell ("19 giờ 30, tối ngày 27/4/2028", :mod:`.timetable_words`), a standing
meeting's time ("8 giờ sáng thứ Hai hằng tuần", :mod:`.meeting_words`) and a weekly rule said back to the reader
("thứ Sáu hằng tuần", :func:`.recurrence.describe`) name the same hours, parts of the day and weekdays; three lists of
them drift apart (a part of the day added to one reader and not the other). Each reader builds its own pattern from
these words (:func:`words_pattern`, :func:`hour_pattern`): the folded view's, widened to OCR look-alikes by
:func:`vanban.extract.folded.kw`, or the original NFC text's (a meeting's words are read there: folded, "họp" is
"hợp").
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["WEEKDAY_CODES", "WEEKDAY_NAMES", "WEEKDAY_NAME_OF", "PARTS_OF_DAY", "HOUR_WORD", "HOUR_MARKS",
           "MINUTE_WORD", "words_pattern", "hour_pattern"]

#: the RRULE weekday codes (RFC 5545 BYDAY) in dateutil's order, Monday (0) to Sunday (6)
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
#: the weekdays' names in that order, as a checklist writes them
WEEKDAY_NAMES = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
#: an RRULE weekday code → its name: "FR" → "thứ Sáu"
WEEKDAY_NAME_OF = dict(zip(WEEKDAY_CODES, WEEKDAY_NAMES))

#: the parts of the day written beside a time: "sáng thứ Hai", "19 giờ 30, tối ngày 27/4", "buổi chiều thứ Sáu"
PARTS_OF_DAY = ("sáng", "chiều", "tối", "trưa")

#: the hour's word after a clock's hour ("8 giờ 30"), and its short marks ("8h30", "8g30", "14:30")
HOUR_WORD = "giờ"
HOUR_MARKS = ("h", "g", ":")
#: the minutes' word after them: "7 giờ 30 phút"
MINUTE_WORD = "phút"


def words_pattern(words, word: Callable[[str], str] = re.escape) -> str:
    """An alternation of ``words`` (no group), each made a regex by ``word``: :func:`~vanban.extract.folded.kw` of its
    folded form for the folded view, ``re.escape`` (the default) for the original text."""
    return "(?:" + "|".join(word(w) for w in words) + ")"


def hour_pattern(word: Callable[[str], str] = re.escape) -> str:
    """The hour's word or mark after a clock's hour ("giờ", "h", "g", ":"), the word made a regex by ``word``."""
    return "(?:" + "|".join([word(HOUR_WORD)] + [re.escape(m) for m in HOUR_MARKS]) + ")"

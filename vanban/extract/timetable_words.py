"""Wording of a timetable's time cell, as data: the hours of an event before its day ("06 giờ 30 - 07 giờ 30 ngày
29/4/2028", "8h00 ngày 15/5/2028", "19 giờ 30, tối ngày 27/4/2028").

Why: a Kế hoạch tổ chức lễ kỷ niệm lays its ceremony out as a timetable ("Thời gian | Nội dung | Địa điểm | Bộ phận
thực hiện"): each row's event takes place on the day its time cell names, a dated deadline of the row's body — the
hours before the day are when in that day, no other date. The deadline grammar reads a due cell's date only when
nothing or a joining word stands before it (``deadlines._CELL_LEAD``); the hours are one more such lead. A fragment
for the folded view (``Folded.view``), widened to OCR look-alikes by :func:`kw`.
"""

from __future__ import annotations

import re

from vanban.extract import clock_words as C
from vanban.extract.folded import kw
from vanban.structure import vocab as V
from vanban.text import fold


def _folded(word: str) -> str:
    """A vocabulary word (:mod:`.clock_words`) as the folded view's regex."""
    return kw(fold(word))


# a time of day: "06 giờ 30", "8h00", "8g00", "14:30", "7 giờ 30 phút"
_TIME = rf"\d{{1,2}}\s*{C.hour_pattern(_folded)}\s*(?:\d{{1,2}}(?:\s*{_folded(C.MINUTE_WORD)})?)?"
# the part of the day named beside it: "sáng", "chiều", "tối", "trưa"
_PART = C.words_pattern(C.PARTS_OF_DAY, _folded)

#: the hours (one time or a range of two) of an event and the day word that opens its day, in a timetable's time cell
#: ("06 gio 30 - 07 gio 30 ngay ", "19 gio 30, toi ngay "): the date after it is the row's day
HOURS_BEFORE_DAY = (rf"{_TIME}(?:\s*(?:-|–|{kw('den')})\s*{_TIME})?[\s,]*(?:\(?{_PART}\)?[\s,]*)?"
                    rf"{kw('ngay')}\s+")

#: (t51do) a bracketed note in a session-day cell: "(thứ Hai)", "(ngày 10/7 là thứ Bảy)" — the weekday, or the day the
#: rule set that a holiday moved: no session of its own (:mod:`vanban.extract.session_rows`, :mod:`.unit_cells`)
DAY_NOTE = re.compile(r"\([^()\n]*\)")

#: a session calendar's day column and the column of who holds it: the structure stage's, which reads such a header
#: as a table's (:mod:`vanban.structure.session_heads`)
SESSION_DAY_COL = V.SESSION_DAY_COL
SESSION_LEAD_COL = V.SESSION_LEAD_COL
#: … and a standing calendar's column of when each holder sits, by rule or by day ("Thời gian tiếp", "Ngày tiếp",
#: "Lịch tiếp"; folded, lower case, matched at the cell's start: :mod:`vanban.extract.holder_rows`)
SESSION_TIME_COL = re.compile(r"(?:thoi gian|ngay|lich)(?:\s+(?:tiep|lam viec|truc|hop))?(?:\s|$)")

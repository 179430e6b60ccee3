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
# (t53dl) the weekday named between the hour and the day: "06 giờ 30 phút, Chủ nhật ngày 27/3/2039", "8 giờ 00, thứ
# Hai, ngày …" — the same day said twice, no other date
_WEEKDAY = C.words_pattern(C.WEEKDAY_NAMES, _folded)

#: the hours (one time or a range of two) of an event and the day word that opens its day, in a timetable's time cell
#: ("06 gio 30 - 07 gio 30 ngay ", "19 gio 30, toi ngay "): the date after it is the row's day
HOURS_BEFORE_DAY = (rf"{_TIME}(?:\s*(?:-|–|{kw('den')})\s*{_TIME})?[\s,]*(?:\(?{_PART}\)?[\s,]*)?"
                    rf"(?:{_WEEKDAY}[\s,]*)?{kw('ngay')}\s+")

#: (t51do) a time cell that holds the hours alone, no day ("07h30 - 07h45", "8 giờ 00", "14 giờ 00 - 15 giờ 30 (chiều)";
#: folded, fullmatched on the cell stripped of its marks): a row of one session's agenda (:func:`agenda_of_one_session`)
HOURS_ALONE_CELL = re.compile(rf"(?:\(?{_PART}\)?[\s,:]*)?{_TIME}(?:\s*(?:-|–|{kw('den')})\s*{_TIME})?(?:[\s,]*\(?{_PART}\)?)?")


def agenda_of_one_session(cells: list[str], others: list[str] = ()) -> bool:
    """The time column's body ``cells`` (folded) are each the hours alone, two at least, and none of the rows' ``others``
    cells writes a day (a timetable's "Ngày | Thời gian | Nội dung công việc | Đơn vị chủ trì" dates each row by its day
    column, dl31's form: no agenda of one session): the agenda of one meeting or
    ceremony ("Thời gian | Nội dung | Người thực hiện" over "07h30 - 07h45 | Đón tiếp đại biểu … | Văn phòng - Thống
    kê", "08h00 - 08h45 | Báo cáo kết quả … | Chủ tịch UBND xã", a Hội nghị cán bộ, công chức's chương trình, tune51's
    t51-09). Its "Người thực hiện" names who speaks or presides at each item on the day, not a body charged with a task:
    the labels give a session's speaking roles no obligation, in a table (t51-09's authors) as in prose ("Diễn văn kỷ
    niệm (đồng chí Chủ tịch UBND xã trình bày)", a31-07; "Đồng chí Bí thư Đảng ủy xã đọc diễn văn kỷ niệm", t49-06 and
    a49-06). A programme whose rows carry their day ("06 giờ 30 - 07 giờ 30 ngày 29/4/2028 | Lễ dâng hương … | Văn
    phòng HĐND và UBND phường", t31-07; "07h00 ngày 07/4/2035", t45-02 and a45-02) dates each unit's part: no agenda
    of one session."""
    words = [" ".join(c.split()).strip(" *_.;") for c in cells]
    words = [w for w in words if w]
    return len(words) >= 2 and all(HOURS_ALONE_CELL.fullmatch(w) for w in words) \
        and not any(V.DAY_IN_CELL.search(c) for c in others)


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

"""Days and hours as office staff read them: "03/12/2026", "7 giờ 30 ngày 10/01/2027".

Why: the checklist's readers write a day day first (dd/mm/yyyy) and an hour as their documents do ("16 giờ 00");
ISO days (yyyy-mm-dd) are for programs — the CSV's "Hạn (yyyy-mm-dd)" column Excel sorts, the JSON, the calendar
feed — and stay there. The Word phiếu printed a standing meeting "(từ 2026-12-03)" and the Markdown "(2027-01-10
07:30)" (newcomer, session 33); every writer for readers (Markdown, Word, CSV "Thời hạn", the document page) words its
days and hours through this module.
"""

from __future__ import annotations

import re

from vanban.extract import clock_words as C
from vanban.text import fold
from vanban.time_of_day import clock

__all__ = ["reader_day", "reader_hour", "reader_when", "day_written", "hour_written", "resolved_words"]


def reader_day(iso: str | None) -> str | None:
    """An ISO day as a reader writes it: "2026-12-03" → "03/12/2026", a month "2027-07" → "07/2027"; a year, or
    anything not ISO, as given; None for none."""
    if not iso:
        return iso
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"
    if re.fullmatch(r"\d{4}-\d{2}", iso):
        return f"{iso[5:7]}/{iso[0:4]}"
    return iso


def reader_hour(hhmm: str | None) -> str | None:
    """A row's hour ("07:30", ``Deadline.time``) as a document writes it: "7 giờ 30", "16 giờ 00"; None for none or
    a malformed one."""
    at = clock(hhmm)
    return f"{at.hour} {C.HOUR_WORD} {at.minute:02d}" if at else None


def reader_when(iso: str | None, hhmm: str | None = None) -> str | None:
    """A day with its hour when it has one: "7 giờ 30 ngày 10/01/2027" (the order of "trước 16 giờ 00 ngày
    27/10/2026"), else :func:`reader_day`."""
    day, hour = reader_day(iso), reader_hour(hhmm)
    return f"{hour} ngày {day}" if day and hour else day


def hour_written(hhmm: str | None, text: str | None) -> bool:
    """``text`` already names the hour ``hhmm`` ("trước 16 giờ hằng ngày", "8h00 ngày 15/5", "14:30"): no need to
    add it."""
    at = clock(hhmm)
    if at is None or not text:
        return False
    mark = C.hour_pattern(lambda w: re.escape(fold(w)))
    hours = {at.hour, at.hour - 12} if at.hour > 12 else {at.hour}  # "2 giờ chiều" is 14:00
    return any(re.search(rf"(?<!\d)0?{h}\s*{mark}", fold(text).lower()) for h in hours)


_DMY_RE = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)")


def day_written(dmy: str | None, text: str | None) -> bool:
    """The day ``dmy`` (dd/mm/yyyy) already stands in ``text``, leading zeros or not: "Trước ngày 31/3/2027" needs
    no "(31/03/2027)" after it (the session-31 newcomer's phiếu repeated it)."""
    if not dmy or not text or not re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", dmy):
        return False
    day = tuple(int(x) for x in dmy.split("/"))
    return any(tuple(int(x) for x in m.groups()) == day for m in _DMY_RE.finditer(text))


def resolved_words(item) -> str:
    """What the Markdown and the document page add after a row's deadline as written (``item``: a
    :class:`~vanban.extract.checklist.ChecklistItem`): its day (and hour) as a reader writes them in brackets ("trong
    tháng 7/2027 (31/07/2027)"), nothing the words say already ("trước ngày 31/12/2026", no "(31/12/2026)"), only the
    hour when the words give the day alone ("10/01/2027 lúc 7 giờ 30"); "" when the row is undated."""
    text = item.deadline or ""
    day = reader_day(item.date)
    if day and day_written(day, text):
        hour = None if hour_written(item.time, text) else reader_hour(item.time)
        return f" lúc {hour}" if hour else ""
    when = reader_when(item.date, item.time) or (
        f"{reader_day(item.earliest)} – {reader_day(item.latest)}" if item.earliest else "")
    return f" ({when})" if when else ""

"""A listed item of a plan's programme whose day closes it with no due word: its event's day, a dated deadline.

Why: a Kế hoạch kỷ niệm lists its ceremonies and visits as items, each naming the event, then its time: "- Lễ thắp
nến tri ân các anh hùng liệt sĩ: 20 giờ ngày 26/7/2029, tại Nghĩa trang liệt sĩ xã." and "- Đoàn số 1 do đồng chí
Bí thư làm Trưởng đoàn: thăm, tặng quà 08 gia đình tại thôn A, thôn B; ngày 22/7/2029." The days are when the plan
holds them (a34-08's labels, as t34-08's "thời gian: ngày 20/7/2029" and "vào 20 giờ ngày 26/7/2029"), but no due word
("trước", "vào", "Thời gian:") stands before them, so the deadline grammar read none. Two layouts are read:

- the hour of the day right after the item's label and its colon (:data:`HOUR_ITEM_LEAD_RE`): a time set in the
  programme, not a date recalled (a cited paper's date has no hour before it);
- the day alone as the item's last clause, after a semicolon, the item's line ending with it
  (:data:`DAY_CLAUSE_RE`): the listed visit's day; the item may wrap over a few lines (a scan keeps the page's breaks).

Inside a part headed by the time alone ("4. Thời gian") the deadline grammar reads such items already
(``deadlines._timing_item``); these are the items of any other part. A day already past is still dropped as recalled.

Division of work with :mod:`.schedule_lines`, which reads the other place of a listed item's bare day — at the line's
start, "- Thứ Bảy, ngày 13/4/2030: tại …", under a lead ending in a colon: here the day closes the item. Both know a
list's bullets by one constant, :data:`patterns.LIST_BULLETS`.
"""

from __future__ import annotations

import re

from vanban.extract.folded import kw
from vanban.extract.patterns import LIST_BULLETS
from vanban.extract.timetable_words import HOURS_BEFORE_DAY
from vanban.models import Deadline

#: an item's label and its colon at the line's start, then the hour(s) and the day word right before the date
#: (folded): "- le thap nen tri an cac anh hung liet si: 20 gio ngay ", "1. le dang huong: 07 gio 30 phut ngay ";
#: not a reference instant ("Thời điểm Tổng điều tra: 0 giờ ngày 01/4/2029", a census's moment the figures count at,
#: t33-03's labels: no deadline)
HOUR_ITEM_LEAD_RE = re.compile(
    rf"[ \t*_+•-]*(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?|[a-zđ]\))?[ \t*_]*(?!{kw('thoi diem')}(?![a-z]))"
    rf"(?P<label>[a-zđ][^:\n|]{{2,90}}):[ \t]*"
    rf"{HOURS_BEFORE_DAY}$")

#: the day as a dashed item's last clause (folded): "…, thôn tân hiếu; ngày " before the date; the item may wrap over
#: lines (a scan or a legacy page keeps the printed line breaks: "… tặng quà 08 gia⏎đình tiêu biểu …; ngày "), a line
#: that opens with a dash being the next item …
DAY_CLAUSE_RE = re.compile(rf"(?m)^[ \t]*[{LIST_BULLETS}](?:[^\n\f]|\n(?![ \t]*[{LIST_BULLETS}\n])){{10,}};[ \t]*{kw('ngay')}\s+$")
#: (ocr45b) the same lead wrapped: its label and its hours may run over the item's lines (no blank line, no new
#: bullet between), as a page's OCR keeps the printed breaks
HOUR_ITEM_LEAD_WRAPPED_RE = re.compile(
    rf"[ \t*_+•-]*(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?|[a-zđ]\))?[ \t*_]*(?!{kw('thoi diem')}(?![a-z]))"
    rf"(?P<label>[a-zđ](?:[^:\n|]|\n(?![ \t]*[{LIST_BULLETS}\n\f])){{2,180}}):\s*"
    rf"{HOURS_BEFORE_DAY}$")
_ITEM_LINES = 6  # an item wraps over this many lines at most
#: … and nothing after it but the item's close: ".", ";" and the line's end
ITEM_CLOSE_RE = re.compile(r"[ \t]*[.;]?[ \t*_]*(?:\n|$)")


def item_day_lead(view: str, start: int, end: int) -> int | None:
    """Where the deadline's words open for a date at ``[start, end)`` of the folded ``view`` that closes a programme
    item (the item's label for an hour after its colon, the whole item for a day alone after a semicolon); None when
    the date is no such item's day."""
    ls = view.rfind("\n", 0, start) + 1
    m = HOUR_ITEM_LEAD_RE.match(view, ls, start)
    if m:
        return m.start("label")
    ps = ls
    for _ in range(_ITEM_LINES - 1):  # back to the item's first line: the paragraph's, up to a blank line
        if ps < 2 or view[ps - 2] in "\n\f":
            break
        ps = view.rfind("\n", 0, ps - 1) + 1
        # (ocr45b) the item's label and hour wrapped over lines, as a scan's or legacy OCR's page keeps them ("- Lễ
        # khai mạc …: 8⏎giờ 00 ngày …"): the same lead, read from the item's first line across its breaks
        m = HOUR_ITEM_LEAD_WRAPPED_RE.match(view, ps, start)
        if m:
            return m.start("label")
    m = DAY_CLAUSE_RE.search(view, ps, start)
    if m and ITEM_CLOSE_RE.match(view, end):
        return m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t" + LIST_BULLETS))
    return None


#: (t53dl) an event of a programme and its own run, "diễn ra từ … đến …" (folded): "- Đại hội diễn ra từ ngày 16/8/2038
#: đến ngày 30/8/2038.", "Thời gian: Đại hội diễn ra từ ngày 04/9/2038 đến ngày 12/9/2038, …"; groups the two days.
#: (revfix54) "giải" is a games' prize or tournament ("Giải bóng đá …"), not the folded "giai" of "giai đoạn", "giải
#: pháp", "giải ngân" …: a plan's phase "Giai đoạn 1 diễn ra từ ngày 01/3 đến ngày 30/4/2026" is no event whose
#: programme items are its own times (its dated items stay deadlines)
_NOT_GAMES_AFTER_GIAI = r"(?!\s+(?:doan|phap|quyet|ngan|trinh|thich|phong|the|toa|thuong|dap|tan)(?![a-z]))"
EVENT_RUN_RE = re.compile(
    r"(?<![a-z])(?:dai hoi|hoi thi|hoi thao|giai" + _NOT_GAMES_AFTER_GIAI + r"|le hoi|lien hoan|ngay hoi)(?![a-z])[^.;:\n]{0,60}?"
    r"(?<![a-z])dien ra\s+tu\s+(?:ngay\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*\d{4})?\s+den\s+(?:het\s+)?(?:ngay\s+)?"
    r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})")
#: … and a time cell alone on its line, the schedule's grid lost ("06 giờ 00 ngày 12/9/2038", :mod:`.time_lines`)
_HOURS_ALONE_RE = re.compile(r"[ \t*_|•-]*" + HOURS_BEFORE_DAY + r"$")
_DATE_AT_END = re.compile(r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\W*$")


def without_programme_days(deadlines: list[Deadline], view: str) -> list[Deadline]:
    """``deadlines`` without the hour items (:data:`HOUR_ITEM_LEAD_RE`: "- Lễ khai mạc: 07 giờ 30 phút, Chủ nhật ngày
    22/8/2038 tại …") and the schedule's time cells ("06 giờ 00 ngày 12/9/2038" alone on its line) whose day lies
    inside the run the text states for its event (:data:`EVENT_RUN_RE`, ``view`` the folded text): the opening and closing of a sports games held "từ ngày 16/8/2038 đến ngày 30/8/2038" are its
    programme's times, as its competition schedule is (a52-04's and t52-04's labels: "event times, not time limits
    assigned to a body"). An item outside the run keeps its day ("Thời gian thi đấu các môn: từ ngày 14/4/2029 đến ngày
    17/5/2029. Lễ khai mạc … vào 7 giờ 30 phút ngày 19/5/2029", t33-07's labels: a deadline), and so does any dated
    task: only an hour item's bare day, no due word, is an event's time."""
    runs = []
    for m in EVENT_RUN_RE.finditer(view):
        y = int(m.group(5))
        a = (y, int(m.group(2)), int(m.group(1)))
        b = (y, int(m.group(4)), int(m.group(3)))
        if a <= b:
            runs.append((a, b))
    if not runs:
        return deadlines
    out = []
    for d in deadlines:
        if d.span and not d.recurrence and d.date:
            day = _DATE_AT_END.search(view, d.span.start, d.span.end)
            ls = view.rfind("\n", 0, day.start()) + 1 if day else 0
            if day and (HOUR_ITEM_LEAD_RE.match(view, ls, day.start()) or _HOURS_ALONE_RE.match(view, ls, day.start())):
                when = (int(day.group(3)), int(day.group(2)), int(day.group(1)))
                if any(a <= when <= b for a, b in runs):
                    continue
        out.append(d)
    return out

"""Wording of a task's time that gives no calendar date, as data: a relative time limit counted from an event
("trong thời hạn 07 ngày kể từ ngày nhận được Kế hoạch này", "chậm nhất 03 ngày làm việc sau khi kết thúc đợt kiểm
tra", "trong vòng 30 ngày"), and a report cycle that names no day ("Định kỳ 6 tháng, hằng năm báo cáo …").

Why: the checklist's Thời hạn column was empty for such tasks (a relative limit was listed only as the Chỉ tiêu
"≤ 7 ngày", the labels' convention for the bench), while a user reads the task's time as written. Each pattern runs
on the folded view (``Folded.view``, one character per character of the text), widened to OCR look-alikes by
:func:`kw`; :mod:`.undated_dues` reads them.
"""

from __future__ import annotations

import re

from vanban.extract.folded import kw

# the time units a limit counts in (not "năm": "trong 05 năm" is a horizon or a term, never a task's time)
_UNIT = rf"(?:{kw('ngay lam viec')}|{kw('ngay')}|{kw('gio')}|{kw('tieng')}|{kw('tuan')}|{kw('thang')})"
# a count in digits, or spelled with its digits: "07", "bảy (07)", "07 (bảy)"
_COUNT = r"(?:[a-z]+(?:\s+[a-z]+)?\s*\(\s*\d{1,3}\s*\)|\d{1,3}(?:\s*\(\s*[a-z]+(?:\s+[a-z]+)?\s*\))?)"
# the event a limit is counted from: "kể từ ngày nhận được …", "tính từ …", "sau khi …", "trước ngày tổ chức …"
_ANCHOR = rf"(?:{kw('ke tu')}|{kw('tinh tu')}|{kw('sau khi')}|{kw('truoc khi')}|{kw('sau')}|{kw('truoc')}|{kw('khi')})"
# the words that make the count a limit by themselves ("trong vòng 30 ngày"); bare "trong" / "trong thời gian" need
# the anchor ("tập huấn trong 02 ngày" is how long a course lasts)
_BOUND = rf"(?:{kw('cham nhat')}(?:\s+{kw('la')})?|{kw('khong qua')}|{kw('toi da')})"
_FIRM = rf"(?:(?:{kw('trong thoi han')}|{kw('trong vong')})(?:\s+{_BOUND})?|{_BOUND})"  # "trong vòng không quá 02 giờ"
_SOFT = rf"(?:{kw('trong thoi gian')}|{kw('trong')})"

#: a relative time limit: a limit word, the count and its unit, then (for a bare "trong") the event it counts from up
#: to the end of its clause ("…, kể từ ngày kết thúc hội nghị, để tổng hợp": the comma after the event ends it)
RELATIVE_LIMIT_RE = re.compile(
    rf"(?<![a-z])(?:(?P<firm>{_FIRM})|{_SOFT})\s+(?:(?:{kw('la')}|{kw('sau')})\s+)?{_COUNT}\s*{_UNIT}(?![a-z])"
    rf"(?P<anchor>\s*,?\s*{_ANCHOR}(?![a-z])[^.;:,()\n]{{1,140}})?"
)


#: a comma-parted part of a limit's event that goes on naming it ("… kể từ ngày nhận được danh sách của các thôn, | tổ
#: dân phố"), or the bracket that closes it ("… sau khi kết thúc đợt khám | (theo danh sách của Phòng …)"): read on to the
#: clause's end; a part that opens with a verb or a linking word ("…, | để tổng hợp", "…, | báo cáo …") is a new clause
LIMIT_EVENT_MORE_RE = re.compile(r"\s*(?:,\s*(?P<part>[^.;:,()\n]{1,80})|\((?P<note>[^()\n]{1,120})\))")
#: the words that open a new clause after a comma, not more of the event (folded)
LIMIT_EVENT_STOP_RE = re.compile(
    rf"(?:{kw('de')}|{kw('dong thoi')}|{kw('sau do')}|{kw('va')}|{kw('hoac')}|{kw('nhung')}|{kw('thi')}|{kw('neu')}|{kw('trong do')})(?![a-z])")


#: a task's time on a line of its own under it ("- Công chức Tư pháp - Hộ tịch tổ chức tuyên truyền …" / "Thời gian thực
#: hiện: Thường xuyên."), joined to the task's words by the obligation grammar: the label and the time as written
#: (folded; the time may be empty when its date was already cut out as the task's deadline)
TIME_LABEL_TAIL_RE = re.compile(
    rf"\s*[;.]\s*(?:{kw('thoi gian')}(?:\s+(?:{kw('thuc hien')}|{kw('hoan thanh')}))?|{kw('thoi han')}(?:\s+{kw('hoan thanh')})?"
    rf"|{kw('tien do')})(?:\s*:\s*(?P<when>[^;:]{{1,80}}?))?\s*[.;]?\s*$"
)


#: a task block's time on a labelled line of its own under its unit lines ("- Đơn vị chủ trì: Sở Tư pháp." / "- Thời gian
#: thực hiện: Hằng năm.", a plan printing each task as a block): the time as written, to the blank line (folded; the
#: value may wrap: "Thời gian thực hiện: Thường⏎xuyên.")
TIME_LABEL_LINE_RE = re.compile(
    r"(?m)^[ \t*]*(?:[-+•][ \t]*)?[ \t*]*thoi[ \t]+(?:gian|han)(?:[ \t]+(?:thuc hien|hoan thanh))?[ \t*]*:[ \t*]*"
    r"(?P<when>(?:[^\n]|\n(?![ \t]*\n)){1,80}?)[ \t.;]*(?=\n[ \t]*\n|\Z)")


# a period of a report cycle: "hằng năm", "hàng quý", "mỗi tháng", "6 tháng", after "định kỳ" or a comma also the bare
# "năm", "quý" ("Định kỳ hàng quý, năm hoặc …")
_EVERY = rf"(?:{kw('hang')}|{kw('moi')})"
_PERIOD = rf"(?:{kw('quy')}|{kw('thang')}|{kw('nam')}|{kw('tuan')})"
# … "6 tháng một lần" and "6 tháng/lần" alike: one report each six months
_CYCLE = rf"(?:(?:0?6|{kw('sau')})\s+{kw('thang')}(?:\s+{kw('mot lan')}|\s*/\s*{kw('lan')})?|{_EVERY}\s+{_PERIOD}|{_PERIOD})"
# … and a daily report ("báo cáo hằng ngày về Ban Chỉ đạo", "Hằng ngày cập nhật …"): a cycle of its own, kept as written
# like "hằng quý" (a newcomer's 0130-KH-UBND, session 39: its daily report had no time); never the bare "ngày" after a
# comma (a day of a month follows it)
_FIRST_CYCLE = rf"(?:{kw('dinh ky')}\s+{_CYCLE}|{_EVERY}\s+(?:{_PERIOD}|{kw('ngay')}))"

#: a report cycle after the report's verb, with no day ("báo cáo hằng quý về Ủy ban nhân dân xã", "báo cáo định kỳ 6
#: tháng, hằng năm", "báo cáo 6 tháng, năm"): the task's time as written, the verb kept in the task. Not a period's
#: report named by its dates ("báo cáo 6 tháng đầu năm", "báo cáo năm 2026", "định kỳ 6 tháng (trước ngày 15/6)")
REPORT_CYCLE_RE = re.compile(
    rf"(?<![a-z]){kw('bao cao')}(?:\s+(?:{kw('ket qua')}|{kw('tinh hinh')})(?:\s+{kw('thuc hien')})?)?\s+(?P<when>(?:{_FIRST_CYCLE}|(?:0?6|{kw('sau')})\s+{kw('thang')}(?!\s+(?:{kw('dau')}|{kw('cuoi')})))"
    rf"(?:\s*(?:,|{kw('va')}|{kw('hoac')})\s*(?:{kw('dinh ky')}\s+)?{_CYCLE})*)(?![a-z0-9])(?!\s*[(/\d])"
)

#: a report cycle opening a task, with no day ("định kỳ 6 tháng, hằng năm báo cáo kết quả …", "Hằng quý tổng hợp …"):
#: the task's time as written (the labels date no such cycle: "định kỳ" with no day is no deadline); the verb follows
SCHEDULE_OPENING_RE = re.compile(
    rf"\s*(?P<when>{_FIRST_CYCLE}(?:\s*(?:,|{kw('va')}|{kw('hoac')})\s*(?:{kw('dinh ky')}\s+)?{_CYCLE})*"
    rf"(?:\s*(?:,|{kw('va')}|{kw('hoac')})\s*{kw('dot xuat')})?)(?![a-z0-9])"  # "định kỳ hàng quý, năm hoặc đột xuất"
    rf"(?!\s*[(/\d])\s*,?\s*(?=[a-z])"
)


"""The words of a standing meeting, as data (:mod:`vanban.extract.standing_meetings` reads them).

Read on the original NFC text, not the folded view: folded, "họp" (to meet) is "hop" like "hợp" in "phối hợp",
"tổng hợp" (to combine), which a clause of a weekly report has ("tổng hợp báo cáo … thứ Sáu hằng tuần").
"""

from __future__ import annotations

import re

from vanban.extract import clock_words as C

_W = r"(?<![\wÀ-ỹ])"  # no letter before (Vietnamese letters included)
_E = r"(?![\wÀ-ỹ])"

#: a meeting word in the clause before a weekly time: "họp", "giao ban" (verb or noun: "Họp giao ban Lãnh đạo Sở"),
#: "hội ý" (a leaders' short weekly meeting); and a leader's weekly reception of citizens ("Chủ tịch UBND phường tiếp
#: công dân định kỳ vào ngày thứ Năm hằng tuần"), a standing session alike: the labels of a31-03 and t31-03 list it
#: among no deadlines
MEETING_WORD_RE = re.compile(rf"{_W}(?:họp|giao\s+ban|hội\s+ý|tiếp\s+(?:công\s+)?dân){_E}", re.IGNORECASE)

#: the rhythm-first order, matched right after the weekly time: "Hằng tuần, vào chiều thứ Sáu, Ban Chỉ đạo xã họp giao
#: ban …": the body (a capitalised name, no clause end) before the meeting words, or none ("Ban Chỉ đạo xã: hằng tuần,
#: vào chiều thứ Sáu, họp giao ban": the body before the time); ``what`` is the meeting words run
#: ("họp giao ban", "hội ý"), not what the meeting is for ("để đánh giá …")
MEETING_AFTER_RE = re.compile(
    rf"\s*,?\s*(?:(?P<who>[A-ZĐÀ-Ỹ][^,;.:!?\n|]{{0,80}}?)\s+)?"
    rf"(?P<what>(?:họp\s+)?(?:giao\s+ban|hội\s+ý)|họp){_E}")

#: the weekly rhythm alone, a task's time as written (``Obligation.due_text``): "hằng tuần", "Hàng tuần"
WEEKLY_WORDS_RE = re.compile(r"(?:hằng|hàng|mỗi)\s+tuần", re.IGNORECASE)

#: numbering and connective words that open a clause before its subject: "1. ", "**2.** ", "a) ", "- ", "Hằng tuần, "
CLAUSE_OPENING_RE = re.compile(
    r"^(?:\s|\*|[-–+•]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)](?=\s)|(?:hằng|hàng)\s+tuần\s*,|và(?=\s))*", re.IGNORECASE)

#: words that stand between the meeting's name and its time and belong to neither: "tổ chức vào", "lúc", ":", ","
WHAT_TAIL_RE = re.compile(
    r"(?:\s|[:,]|(?<![\wÀ-ỹ])(?:vào|lúc|tổ\s+chức|được|định\s+kỳ|thường\s+kỳ|(?:hằng|hàng)\s+tuần)(?![\wÀ-ỹ]))*$",
    re.IGNORECASE)

#: who attends, written after the time: "…; thành phần gồm Giám đốc, các Phó Giám đốc, Chánh Văn phòng Sở."
MEMBERS_AFTER_RE = re.compile(r"\s*[;,]?[^.;\n]{0,20}?(?:thành\s+phần\s+(?:gồm|là|:)|gồm\s+có)\s*:?\s*(?P<who>[^.;\n]+)",
                              re.IGNORECASE)

#: the part of day written with the time (:data:`clock_words.PARTS_OF_DAY`): "sáng thứ Hai", "buổi chiều thứ Sáu"
PART_OF_DAY_RE = re.compile(rf"{_W}({'|'.join(C.PARTS_OF_DAY)}){_E}", re.IGNORECASE)
#: … written right before the weekday the dates stage read, outside the deadline's words: a table cell's "Sáng thứ Ba
#: hằng tuần" has no "vào" to carry its part of day into the time (session 34's newcomer: the CSV's "thứ Ba hằng tuần",
#: the JSON's part_of_day None, beside a "vào sáng thứ Hai" row that kept it); searched in the few characters before
PART_OF_DAY_BEFORE_RE = re.compile(rf"{_W}(?:buổi\s+)?({'|'.join(C.PARTS_OF_DAY)})[ \t]*,?[ \t]*$", re.IGNORECASE)
#: a clock (:func:`clock_words.hour_pattern`): "8 giờ", "8h30", "14:00", "8 giờ 30 phút"
CLOCK_RE = re.compile(rf"(?<!\d)(\d{{1,2}})\s*{C.hour_pattern()}\s*(\d{{2}})?", re.IGNORECASE)

#: an RRULE weekday code → its name, the one list :func:`.recurrence.describe` says rules with
WEEKDAY_NAMES = C.WEEKDAY_NAME_OF

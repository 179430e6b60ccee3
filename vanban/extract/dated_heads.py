"""An item headed by its time alone: a plan's timetable of steps ("1. Trước ngày 05/9/2028: Văn phòng … gửi …").

Why: a Kế hoạch often lays its "THỜI GIAN, TIẾN ĐỘ THỰC HIỆN" out as numbered steps, each opening with the time and a
colon, then the body that acts ("2. Từ ngày 10/9 đến ngày 30/9/2028: các chi bộ tổ chức tổng kết.", "5. Trong tháng
11/2028: Ban Thường vụ Đảng ủy tổ chức hội nghị …"). The structure reads the time before the colon as the item's
heading, so the body's sentence after it holds no date and its obligation came out undated, while a careful reader
dates each step's body by the step's time (the labels: one obligation per row, its deadline the row's date). A heading
is such a time when nothing but the deadline's own words and a few lead words ("trong", "vào", "từ", "đến") is left
once the deadline's text is taken out; "1. Phạm vi: Từ khi ban hành … đến ngày 30/6/2028" is a topic, not a time.

A step may print its name as the heading and its time alone as the first sentence after the colon, the bodies in the
sentences after it ("1. Rà soát, cập nhật bảng kê …: từ ngày 12/02/2029 đến ngày 10/3/2029. Trưởng khu phố phối hợp với
Công an phường đối chiếu …", t33-03): that sentence is the step's time as a heading is (:func:`step_time`); one that goes
on past its time ("4. Thu thập thông tin: từ ngày 01/4 đến ngày 25/4/2029, bằng phiếu điện tử …") is not.
"""

from __future__ import annotations

import re

from vanban.models import Deadline
from vanban.text import fold

__all__ = ["step_time", "time_heading"]

#: words that may stand around a deadline's own text in a heading that is a time alone (folded)
LEAD_WORDS = frozenset({"trong", "vao", "tu", "den", "het", "truoc", "cham", "nhat", "ngay", "thang", "nam",
                        "khoang", "dau", "giua", "cuoi", "thoi", "gian", "du", "kien", "hoan", "thanh"})


def time_heading(heading: str | None, deadline: Deadline | None) -> bool:
    """``heading`` (an item's heading, original text) is ``deadline``'s time alone: the due date of the bodies the
    item's text charges."""
    if not heading or deadline is None or deadline.recurrence or not (deadline.date or deadline.latest):
        return False
    head, said = fold(heading), fold(deadline.text)
    if said not in head:
        return False
    rest = re.findall(r"[a-z]+", head.replace(said, " "))
    return all(w in LEAD_WORDS for w in rest)


#: a step's first sentence after its name: the colon, then the text up to the sentence's full stop
_FIRST_SENTENCE = re.compile(r"[ \t]*:\s*(?P<s>[^.;:\n]*(?:\n[^.;:\n]+)*?)\.(?=\s)")


def step_time(text: str, at: int, end: int, deadline_in) -> Deadline | None:
    """The time of a step printed as the first sentence after the step's name (``text[at:]`` opens with the colon
    that ends the name): the due date of the bodies the step's later sentences charge, or None when that sentence
    is no time alone. ``deadline_in(a, b, who)`` is the obligation reader's deadline in ``[a, b)``."""
    m = _FIRST_SENTENCE.match(text, at, end)
    if not m or not text[m.end():end].strip():
        return None
    dl = deadline_in(m.start("s"), m.end("s"), None)
    return dl if time_heading(" ".join(m.group("s").split()), dl) else None  # (a wrapped line: the deadline's text has one space)

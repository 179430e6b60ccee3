"""A timetable's step written "N. Step: time": the label is the task, the time after the colon its due.

Why: an election plan lists its steps as "1. Thành lập Ủy ban bầu cử xã: chậm nhất 50 ngày trước ngày bầu cử." and
"2. Ủy ban bầu cử xã công bố danh sách …: chậm nhất 35 ngày trước ngày bầu cử (ngày 21/02/2027)." (the session-34
newcomer). Read as "Body: task", the whole step became the Đơn vị chủ trì and the time the Nội dung. A careful
reader takes the words before the colon as the task of the body they name and the time after it as the deadline. This
module only says whether the text after a colon is a time and nothing else; :mod:`vanban.extract.obligations` reads
the step (a step that names no body is left as it was read: the labels give it no obligation).
"""

from __future__ import annotations

import re

from vanban.extract.folded import Folded
from vanban.extract.undated_dues import relative_limit

__all__ = ["time_only"]

#: a bracket that only dates the time before it ("(ngày 21/02/2027)", "(tức ngày 21/02/2027)", folded)
_DATE_NOTE = re.compile(r"\(\s*(?:tuc\s+|la\s+)?(?:(?:chu nhat|thu \w+),?\s*)?(?:ngay\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*\)")


def time_only(tail: str, dated: str | None = None) -> str | None:
    """The time written in ``tail`` (the text after a step's colon) when ``tail`` is that time and nothing more, or
    None: a relative limit ("chậm nhất 50 ngày trước ngày bầu cử") with at most a bracket dating it, or ``dated``, the
    text of a deadline read in ``tail`` ("trước ngày 15/3/2027"). A task after the colon ("Sở Y tế: tổ chức …",
    "chậm nhất ngày 10/3 gửi báo cáo …") is no time alone."""
    text = " ".join(tail.split()).strip(" .;,")
    if not text:
        return None
    for when in (relative_limit(text), dated):
        if not when:
            continue
        at = text.find(when)
        if at < 0:
            continue
        rest = Folded.of(text[:at] + " " + text[at + len(when):]).view
        if not _DATE_NOTE.sub(" ", rest).strip(" .;,"):
            return text
    return None

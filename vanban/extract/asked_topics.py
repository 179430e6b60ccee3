"""A letter's topic item titled "Về tình hình …" whose first point asks a body to act: a request, no report.

The layout marks the parts whose heading reads as a report of results ("Kết quả", "Đánh giá", "Tình hình", also in
the topic form "1. Về tình hình thực hiện các nhiệm vụ được giao" of a Thông báo kết luận) and the obligation reader
skips them: a body acting there acted already. A Công văn that asks for reports titles its points by their topic the
same way — "2. Về tình hình cấp Giấy chứng nhận ⏎ a) UBND cấp xã rà soát, tổng hợp tình hình …, gửi về Sở chậm nhất
ngày 10/01/2027" — and there the point is a request: its first sentence opens with a body and a task verb and is due
at a date still to come. A review opens with the state of things ("Qua theo dõi, đến ngày 31/12/2026 còn 23 nhiệm vụ
… quá hạn", t21-09) or with a body's past act ("UBND tỉnh đã ban hành …").

Pure function of the document's text, the part's offsets and the deadlines found; no later stage is imported.
"""

from __future__ import annotations

import re

from vanban.extract import subjects as S
from vanban.extract.deadlines import first_verb
from vanban.extract.folded import Folded
from vanban.models import Deadline
from vanban.text import fold

__all__ = ["asked_topic"]

# the part's heading line: a number, the topic word "Về", then "tình hình" (folded; bold marks of a Markdown source)
_TOPIC_HEAD = re.compile(r"[ \t*_]*\d{1,2}\.[ \t*_]*ve\s+tinh hinh(?![a-z])[^\n]*\n")
# the label of the first point under it ("a)", "1.1.", "-")
_POINT_LABEL = re.compile(r"\s*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})+\.?|[-+•])?\s*")
# the end of the first sentence: a stop or ";" before a space, or a blank line
_SENTENCE_END = re.compile(r"[.;](?=\s)|\n[ \t]*\n")
# a past act or a state reached ("đã", "đạt", "còn"): the review's words (folded)
_PAST = re.compile(r"(?<![a-z])(?:da|dat duoc|con)(?![a-z])")


def asked_topic(text: str, start: int, end: int, deadlines: list[Deadline]) -> bool:
    """The part ``text[start:end]`` is a "N. Về tình hình …" topic whose first point asks a body to act (see the
    module docstring): True when the first sentence below the heading opens with a body (``subjects.actor``) whose
    task opens with a verb, says nothing done, and holds a deadline that is not past. ``deadlines`` carry their
    offsets in ``text`` (``Deadline.span``)."""
    v = Folded.of(text[start:end]).view  # offsets kept
    head = _TOPIC_HEAD.match(v)
    if head is None:
        return False
    at = _POINT_LABEL.match(text, start + head.end()).end()
    stop = _SENTENCE_END.search(text, at, end)
    sent_end = stop.end() if stop else end
    sent = text[at:sent_end]
    who, what = S.actor(sent)
    if not who or _PAST.search(fold(who)) or _PAST.search(fold(what)[:40]):
        return False
    verb = first_verb(Folded.of(what).view)
    if verb is None or verb.start() != 0:
        return False
    return any(d.span and at <= d.span.start < sent_end and not d.past and (d.date or d.latest) for d in deadlines)

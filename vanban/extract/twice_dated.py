"""A task the prose dates twice — where it sets the plan's time frame and again where it hands the task out: one deadline.

Why (tgt55): a Kế hoạch often states a task's due day in its "Thời gian" part and prints the same day again when it
comes to that task: "2. Thời gian: chiến dịch triển khai từ ngày 21/3/2039 đến ngày 08/4/2039; tiêm vét cho trẻ chưa
được tiêm hoàn thành trước ngày 20/4/2039." then "Sau ngày 08/4/2039, rà soát danh sách trẻ chưa được tiêm tại từng
thôn, tổ chức tiêm vét tại Trạm Y tế xã, hoàn thành trước ngày 20/4/2039." (a53-07: "printed twice … labelled once");
"- Giai đoạn chuẩn bị: …; hoàn thành hệ thống văn kiện diễn tập trước ngày 15/5/2037" then, under the Ban Chỉ huy Quân
sự xã, "tham mưu Ban Chỉ đạo xây dựng hệ thống văn kiện diễn tập; hoàn thành trước ngày 15/5/2037" (a49-04, labelled
once). A reader's calendar holds the day once. Two tasks due on one day stay two: "trang trí cổ động trực quan …,
hoàn thành trước ngày 05/02/2038" and "gửi lịch trực Tết … trước ngày 05/02/2038" (a50-04), "báo cáo kết quả chậm nhất
ngày 31/7/2036" and "phương án xử lý chậm nhất ngày 31/7/2036" (t47-07) — every other day printed twice in the
spent sets (authored45–53, tune45–53: 18 of 20) is two such tasks, each labelled.

A later deadline restates an earlier one when both are one day (no recurrence) in prose sentences of their own, and
the earlier one's task — the words of its clause before the date (from the ";" before it, else its sentence's start),
less the words that name no task (:data:`_PLAIN_WORDS`) — has :data:`_MIN_TASK_WORDS` words or more, all of them in
the later one's sentence. The first statement stays. Run on the list the obligations were read from, after them: each
body's task keeps its due day.
Tests: tests/test_targets_tgt55.py.
"""

from __future__ import annotations

import re

from vanban.models import Deadline
from vanban.text import fold

__all__ = ["without_twice_dated"]

#: words of a clause that name no task of their own: the due words, the links, the generic acts every task has
#: (folded)
_PLAIN_WORDS = frozenset(
    "hoan thanh truoc cham nhat ngay thang nam la vao trong den tu sau xong va cac cho cua de tai ve voi theo o"
    " duoc chua da se phai can bao cao ket qua thuc hien gui nop trinh to chuc trien khai".split())
_MIN_TASK_WORDS = 3


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", fold(s).lower())}


def _task_words(d: Deadline) -> set[str]:
    """The words of ``d``'s task: its sentence's clause before the date text, less :data:`_PLAIN_WORDS`."""
    s = d.span.sentence if d.span else ""
    i = s.find(d.text)
    if i < 0:
        return set()
    lead = s[:i]
    clause = lead[lead.rfind(";") + 1:]
    words = _words(clause) - _PLAIN_WORDS
    if len(words) < _MIN_TASK_WORDS:  # "…; hoàn thành trước ngày …": the task is the sentence's
        words = _words(lead) - _PLAIN_WORDS
    return words


def _one_day(d: Deadline) -> bool:
    return bool(d.date) and not d.recurrence and not d.past and d.span is not None


def without_twice_dated(deadlines: list[Deadline], table_spans: list[tuple[int, int]]) -> list[Deadline]:
    """``deadlines`` without each prose deadline that dates again the task an earlier one dated (see the module);
    ``table_spans``: (start, end) of the document's tables, whose cells are left to the table readers."""
    def prose(d: Deadline) -> bool:
        return _one_day(d) and not any(a <= d.span.start < b for a, b in table_spans)

    out: list[Deadline] = []
    for d in deadlines:
        if prose(d):
            later = _words(d.span.sentence)
            if any(prose(e) and e.date == d.date and e.span.start < d.span.start and e.span.sentence != d.span.sentence
                   and len(task := _task_words(e)) >= _MIN_TASK_WORDS and task <= later for e in out):
                continue
        out.append(d)
    return out

"""A date in a part's heading line that names the period the part is about, not a task's deadline.

Why: "2. Nhiệm vụ trọng tâm tháng 12 năm 2026" (a Thông báo kết luận), "II. NHIỆM VỤ NĂM 2027", "1. Kết quả thực hiện
quý III/2026" head the tasks or results below them; read as deadlines they became a task "Nhiệm vụ" due in December,
listed among the coming deadlines. A heading keeps a deadline it states with a due word ("1. Hoàn thành trước ngày
30/6/2027", "III. THỜI GIAN THỰC HIỆN: …"): only a bare period is dropped.
"""

from __future__ import annotations

import re

from vanban.extract import patterns as P
from vanban.extract.folded import kw
from vanban.models import Deadline, Part
from vanban.text import fold

# words that make a heading's date a time to keep: a due word, a window's close or "đến hết" before it
# (:data:`patterns.DUE_WORDS`), or a heading about timing
_DUE_IN_HEADING = re.compile(
    rf"{P.due_words(*P.CLOSING_WORDS.values(), kw('den het'))}"
    rf"|{kw('thoi gian')}|{kw('tien do')}|{kw('lo trinh')}|{kw('moc')}")

# the event's own days with their count before them, a phase heading's bracket: "3. Giai đoạn thực hành diễn tập (02
# ngày, ngày 03 và 04/11/2028)" names when the exercise takes place (t32-05's labels: the two days a deadline, as
# t30-09's "Thời gian: 02 ngày, ngày 24 và 25/11/2027"), not a period the part is about; "1. Giai đoạn chuẩn bị (từ
# ngày 15/9 đến ngày 15/10/2028)" gives no count and stays a phase's running time (folded, right before the date)
_COUNTED_DAYS_BEFORE = re.compile(r"(?<![\d/])\d{1,2}\s+ng[a4]y\s*,\s*$")

# a dashed item whose first line runs on into the next (no blank line, no new item between): a wrapped task sentence
# whose first line the structure took for the item's heading ("- Tổ chức sơ kết 6 tháng trong tháng 7/2027; tổng kết
# phong trào, báo cáo Hội⏎LHPN tỉnh trước ngày 15/11/2027.", t25-04's labels: the month is the review's due time), no
# heading naming a period
# … and a lettered item whose label's colon opens a clause that wraps onto the next line ("b) Khoai lang: trồng từ ngày
# 20/9 đến ngày 08/10/2029, ưu tiên giống khoai lang⏎Nhật.", a lịch thời vụ's crop window, a34-04's labels): the
# sentence runs on, its window is the crop's planting time, no heading's period (a heading "b) Khoai lang" has no
# clause after a colon, and a blank line or the next item follows it)
_RUN_ON_ITEM = re.compile(r"[ \t]*(?:[-+•–]|[a-zđ]\)[ \t]+[^:\n]{2,60}:[ \t]+\S)[^\n]*\n[ \t]*"
                          r"(?![-+•–\s]|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)\s)\S")


def heading_spans(parts: tuple[Part, ...] | list[Part], text: str) -> list[tuple[int, int]]:
    """(start, end) of every heading line of ``parts`` (and their children): a part whose first line is its whole
    heading ("2. Nhiệm vụ trọng tâm tháng 12 năm 2026", its items below)."""
    out = []
    for p in parts:
        if p.heading:
            nl = text.find("\n", p.start, p.end)
            end = nl if nl >= 0 else p.end
            head = fold(p.heading).strip(" *:.")
            line = fold(text[p.start:end]).strip(" *:.")
            if not line.endswith(head):
                end = _wrapped_end(text, p.start, p.end, end, head)
                line = " ".join(fold(text[p.start:end]).split()).strip(" *:.") if end >= 0 else ""
            if end >= 0 and line.endswith(head) and not _RUN_ON_ITEM.match(text, p.start, min(p.end, end + 2)):
                out.append((p.start, end))
        out += heading_spans(p.children, text)
    return out


def _wrapped_end(text: str, start: int, stop: int, end: int, head: str) -> int:
    """Where a heading that wraps onto the lines under its first ends (no blank line between, three lines at most), else
    -1: "1. Hưởng ứng Tháng hành động vì người cao tuổi Việt Nam (từ ngày 01/10 đến" / "ngày 31/10/2034)" over its
    items, a44-10 as legacy OCR lays it out on the page's measure (a hard-wrapped text PDF breaks its lines alike): the
    month is the part's period on two lines as much as on one. ``head``: the heading folded, its ends stripped."""
    want = " ".join(head.split())
    for _ in range(2):
        nl = text.find("\n", end + 1, stop)
        nxt = nl if nl >= 0 else stop
        if not text[end + 1:nxt].strip() or end >= stop:
            return -1  # a blank line: the heading ended before it
        end = nxt
        joined = " ".join(fold(text[start:end]).split()).strip(" *:.")
        if joined.endswith(want):
            return end
        if len(joined) > len(want) + 20:
            return -1
    return -1


def without_heading_periods(deadlines: list[Deadline], spans: list[tuple[int, int]], view: str) -> list[Deadline]:
    """``deadlines`` without those lying in a heading line of ``spans`` with no due word in that heading."""
    def period(d: Deadline) -> bool:
        if not d.span:
            return False
        line = next(((a, b) for a, b in spans if a <= d.span.start and d.span.end <= b), None)
        return line is not None and not _DUE_IN_HEADING.search(view, line[0], line[1]) \
            and not _COUNTED_DAYS_BEFORE.search(view, max(line[0], d.span.start - 20), d.span.start)
    return [d for d in deadlines if not period(d)]

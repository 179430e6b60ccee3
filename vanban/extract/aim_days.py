"""A goal's day of measure in the plan's "Chỉ tiêu" part is the goal's period, no due date.

Why: a revenue plan states under "II. MỤC TIÊU, CHỈ TIÊU" "… nợ đọng thuế đến ngày 31/12/2029 giảm xuống dưới 5%
tổng thu …": the day is when the debt is measured (a stock "as of" that day, like "tính đến ngày 31/8/2029" before
it), the figure is the goal; the labels keep the day as the target's period and list no deadline for it (a34-03's
authors). Read only there: the same wording in a letter's or a notice's tasks ("Bảo đảm tỷ lệ giải ngân … đến ngày
31/01/2027 không thấp hơn 80%", a17-04; "phấn đấu đến ngày 31/01/2027 giải ngân đạt 100%", a16-05) is a task due by
that day, and a day a verb leads to ("phấn đấu đến ngày …", "Đến ngày 30/6, đạt …") sets a time, not a measure.
"""

from __future__ import annotations

import re

from vanban.models import Deadline
from vanban.text import fold

__all__ = ["STOCK_BEFORE", "FIGURE_AFTER", "STOCK_SHARE", "goal_parts", "stock_share_before", "without_aim_days"]

#: before the day (folded): a noun the day measures, then "đến ngày" — not a verb that strives to it, nor a line's
#: or clause's opening "Đến ngày …"
STOCK_BEFORE = re.compile(r"(?<![,;:.\n])(?<!phan dau)(?<!bao dam)(?<!dam bao)(?<!hoan thanh)(?<!thuc hien)"
                          r"\s+(?:tinh\s+)?den\s+(?:het\s+)?(?:ngay\s+)?$")
#: after the day (folded): the goal's change or bound with its figure, in the same clause ("giảm xuống dưới 5%")
FIGURE_AFTER = re.compile(r"\s*,?\s*(?:giam|tang|dat|con|duoi|tren|khong\s+(?:qua|vuot|thap|cao))\b[^;.\n]{0,60}?\d")


#: a part headed by the goals alone: "1. Mục tiêu thu ngân sách năm 2033", "II. MỤC TIÊU" (folded) — not "Mục tiêu,
#: nhiệm vụ" nor "Mục đích, yêu cầu", which name the tasks or the aims in words
GOALS_HEADING = re.compile(r"(?<![a-z])muc tieu(?![a-z])")
_NOT_GOALS_ONLY = re.compile(r"(?<![a-z])(?:nhiem vu|giai phap|to chuc thuc hien|noi dung|hoat dong|yeu cau)(?![a-z])")


def goal_parts(sections) -> tuple[tuple[int, int], ...]:
    """The extents of the parts (``(heading, start, end)`` of a layout) headed "Mục tiêu" with no tasks named beside:
    a Chỉ thị of a Đảng ủy sets its figures under "1. Mục tiêu thu ngân sách năm 2033" ("Nợ thuế có khả năng thu đến
    ngày 31/12/2033 không quá 5% tổng thu", tune41's labels: the day the bound is measured, no deadline) as a Kế hoạch
    does under "III. CHỈ TIÊU" (:func:`.targets.target_parts`, which the target reader keeps to its own heading)."""
    return tuple((s, e) for head, s, e in sections
                 if GOALS_HEADING.search(fold(head)) and not _NOT_GOALS_ONLY.search(fold(head)))


def without_aim_days(deadlines: list[Deadline], view: str, aims: tuple[tuple[int, int], ...],
                     goals: tuple[tuple[int, int], ...] = ()) -> list[Deadline]:
    """``deadlines`` without the single days inside a targets part (``aims``) or a goals part (``goals``,
    :func:`goal_parts`) that measure a goal's figure (see the module docstring). In a goals part the measured thing is
    named on the day's own line before "đến ngày": a line that opens with the day ("- Đến ngày 30/6/2027 đạt ít nhất
    50%" under "1. Mục tiêu giải ngân", a25-09's labels) sets a milestone, a time."""
    out = []
    for d in deadlines:
        s = d.span
        if (d.date and not d.recurrence and s
                and STOCK_BEFORE.search(view, max(0, s.start - 40), _day_start(view, s.start, s.end))
                and (((any(a <= s.start < b for a, b in aims)
                       or (any(a <= s.start < b for a, b in goals) and _named_before(view, s.start)))
                      and FIGURE_AFTER.match(view, s.end))
                     or stock_share_before(view, s.start, s.end))):
            continue
        out.append(d)
    return out


#: (obl47t) a share of a stock before its day of measure, in the day's clause (folded): "ít nhất 70% số nợ thuế có
#: khả năng thu đến ngày 31/12/2035" — the figure, "số" and the stock's noun (a debt, a backlog, a balance), a few
#: words of it, then "(tính) đến ngày" (STOCK_BEFORE)
STOCK_SHARE = re.compile(r"\d+(?:,\d+)?\s*%\s+(?:tong\s+)?so\s+(?:no|ton dong|ho so ton|du no|tien no)(?![a-z])[^;.:\n]{0,60}$")


#: (fixrev47) the words that make "đến ngày" a day of count, not a day due: "có khả năng thu (…) đến ngày" (what can
#: be collected as of that day; "tính đến ngày" is the other form). Folded, at the end of the text before "đến"
_COLLECTIBLE_END = re.compile(r"(?<![a-z])co kha nang thu(?:\s+[a-z]+){0,3}$")


#: (obl48) the clause's own time after a stock's day, which makes that day the stock's count (folded, from the day's
#: end): "… tồn đọng đến 31/12/2035 | trong 6 tháng đầu năm 2036" (a46-04), "… đến ngày 31/12 | trước ngày 30/6/…",
#: "… | chậm nhất trong quý II/…" — a due time of the task, in the same clause
_OWN_TIME_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:(?:hoan thanh|xong)\s+)?(?:trong|truoc|cham nhat)\s+(?:ngay|thang|quy|nam|nua|\d)")


def stock_share_before(view: str, at: int, end: int | None = None) -> bool:
    """A share of a stock stands before the day at ``at`` in its clause (:data:`STOCK_SHARE`): the day is when the
    stock is counted, whatever part the sentence is in — a xã's revenue plan's task "… phấn đấu thu hồi ít nhất 70% số
    nợ thuế có khả năng thu đến ngày 31/12/2035" (t46-04's authors: the target's day of measure, no deadline), as
    a34-03's "Thu hồi tối thiểu 70% số nợ thuế có khả năng thu tính đến ngày 31/8/2029" under its targets. A day a
    verb leads to, "phấn đấu đến ngày 31/12 giải ngân đạt 100%", stays due (its figure comes after); so does a share
    of a backlog whose "đến ngày" no counting word leads to ("tính đến", "có khả năng thu … đến"): "giải quyết dứt
    điểm 100% số hồ sơ tồn đọng đến ngày 30/6/2031" is the day to have it done (fixrev47), unless the clause gives
    the task a time of its own after the day (``end``: where the day's words end), "… tồn đọng đến 31/12/2035 trong 6
    tháng đầu năm 2036" (obl48, a46-04): then the day counts the stock."""
    start = max(view.rfind(c, 0, at) for c in ";.:\n") + 1
    head = view[start:_day_start(view, at, at + 40)]  # the span may open at "đến": read up to the day's figures
    to = re.search(r"\s+(tinh\s+)?den\s+(?:het\s+)?(?:ngay\s+)?$", head)
    if to is None:
        return False
    head = head[:to.start()]
    if not (to.group(1) or _COLLECTIBLE_END.search(head)
            # (obl48) … or a time of the task's own after the day: "thu hồi ít nhất 70% số nợ thuế … tồn đọng đến
            # 31/12/2035 trong 6 tháng đầu năm 2036" (a46-04's labels: the half-year is the due time, the day the
            # debt's count) — one clause has one due time, the first day is the stock's
            or (end is not None and _OWN_TIME_AFTER.match(view, end))):
        return False  # (fixrev47) "giải quyết dứt điểm 100% số hồ sơ tồn đọng đến ngày 30/6/2031": a deadline
    return STOCK_SHARE.search(head) is not None


def _named_before(view: str, at: int) -> bool:
    """Words stand on the line before ``at`` past its bullet or number ("- Nợ thuế … đến ngày", not "- Đến ngày")."""
    line = view[view.rfind("\n", 0, at) + 1:at]
    line = re.sub(r"^[\s\-–+•*|]*(?:\d{1,2}[.)]\s*|[a-zđ][)]\s*)?", "", line)
    return bool(re.match(r"[a-z]{2,}\s+[a-z]", re.sub(r"^den\s.*", "", line)))


def _day_start(view: str, start: int, end: int) -> int:
    """Where the day's figures start inside the deadline's span ("đến ngày 31/12/2029" → at "31")."""
    m = re.search(r"\d", view[start:end])
    return start + m.start() if m else start

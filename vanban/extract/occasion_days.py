"""An occasion's day: "kết nạp dịp 19/5" names the holiday a task is timed for, no day by which it is due.

Why: a Kế hoạch phát triển đảng viên sends its files in rounds: "Hồ sơ đề nghị kết nạp gửi Ban Xây dựng Đảng theo 03
đợt: đợt 1 trước ngày 30/4/2028 (kết nạp dịp 19/5), đợt 2 trước ngày 15/8/2028 (kết nạp dịp 02/9), …". The round's
due day is its "trước ngày"; the bracket names the anniversary the admissions are held for (19/5, 02/9, 07/11), an
occasion, not a date the writer sets — and a year-less one (t31-05's labels leave them out). The deadline grammar
read each as one more date of the sentence.

Only a bare day and month (no year, no due word of its own) right after "dịp" ("nhân dịp", "vào dịp"): "dịp Tết
Nguyên đán 2028" names no day at all, and "trước ngày 20/01/2028 (dịp Tết)" keeps its due word.

… and the same bare day alone in brackets after the name of a commemorative day: "Hội nghị biểu dương … trong tháng
10 hằng năm, gắn với kỷ niệm Ngày truyền thống công tác dân vận (15/10)", "hưởng ứng Ngày Toàn dân hiến máu tình
nguyện (07/4)" — the holiday's date, printed beside its name; the task's time is the words before (t33-09's labels:
"trong tháng 10 hằng năm" alone). Read as a yearly day, it was one more deadline.
"""

from __future__ import annotations

import re

from vanban.extract.folded import kw
from vanban.models import Deadline

__all__ = ["without_occasion_days"]

#: the occasion word right before the day (folded): "dịp 19/5", "nhân dịp ngày 02/9"
OCCASION_BEFORE = re.compile(rf"(?<![a-z]){kw('dip')}\s+(?:{kw('ngay')}\s+)?$")
#: a bare day and month, the deadline's whole text
_DAY_MONTH = re.compile(r"^\s*\d{1,2}\s*/\s*\d{1,2}\s*$")


#: the name of a commemorative day and the bracket its date opens (folded, right before the day): "Ngày truyền thống
#: công tác dân vận (", "Ngày Quốc tế người hiến máu ("
NAMED_DAY_BEFORE = re.compile(rf"(?<![a-z]){kw('ngay')}\s+[a-z][^()\n\d]{{2,80}}\(\s*$")


def without_occasion_days(deadlines: list[Deadline], view: str) -> list[Deadline]:
    """``deadlines`` without the bare days that follow an occasion word in ``view`` (the folded text their spans point
    into)."""
    return [d for d in deadlines
            if not (d.span and not d.recurrence and _DAY_MONTH.match(d.text)
                    and OCCASION_BEFORE.search(view, max(0, d.span.start - 20), d.span.start))
            and not (d.span and _DAY_MONTH.match(d.text) and re.match(r"\s*\)", view[d.span.end:d.span.end + 4])
                     and NAMED_DAY_BEFORE.search(view, max(0, d.span.start - 90), d.span.start))]

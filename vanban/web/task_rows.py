"""How ``nhiem_vu_cua`` words a task row when the task's other deadlines have rows of their own.

The list gives a body one row per due date: the obligation's row (its earliest deadline)
and a row, id empty, for every other deadline the body is given that no obligation claims.
When one obligation joins several items ("Điều 3. Trách nhiệm của Văn phòng Đảng ủy" /
"1. … trước ngày 30/11/2026." / "2. … trước ngày 20 hằng tháng."), its text holds the
tasks of those other rows too, and the same task was listed twice (found by a newcomer on
a Quy chế làm việc). The obligation's row keeps only the tasks no other row lists.
"""

from __future__ import annotations

#: what separates the other rows' tasks handed to :func:`tasks_without` (SQL ``char(31)``)
SEPARATOR = "\x1f"


def tasks_without(what: str | None, others: str | None) -> str | None:
    """``what`` (tasks joined by "; ") less the tasks listed in ``others`` (each other row's task,
    ``SEPARATOR``-joined): :func:`vanban.extract.task_text.without_listed_tasks`, the checklist's own rule;
    ``what`` itself when that would leave nothing."""
    if not what or not others:
        return what
    from vanban.extract.task_text import without_listed_tasks  # here: importing vanban.extract takes seconds (its grammars)

    return without_listed_tasks(what, [o for o in others.split(SEPARATOR) if o and o.strip()])

"""An obligation's task without its own deadline phrase (issue 10: "the task is the verb
phrase, without dates and parentheses"): the one home of that cut, in two steps.

1. Before any deadline is attached (the obligation grammar's raw words, a task table's cell,
   :func:`vanban.extract.subjects.task_phrase`), a due phrase written in figures is dropped with
   its cue (:func:`without_figure_dates`: "…, hoàn thành trước ngày 30/4/2026").
2. Once the deadline grammar has read the obligation's :class:`~vanban.models.Deadline` (or its
   undated time, ``Obligation.due_text``), that deadline's exact words are cut wherever they
   stand (:func:`without_own_dates`): the forms step 1 cannot know ("trước Tết Nguyên đán",
   "vào tháng 7/2026", "trong thời hạn 07 ngày kể từ …").

Why a pass of its own: the obligation grammar cuts a task from its sentence, date and all
("gửi danh sách hộ nghèo trước ngày 15 tháng 01 năm 2026"), while the deadline grammar has
already read the date into the obligation's :class:`~vanban.models.Deadline`; the checklist
then printed the date twice (in the task and in its Thời hạn column). The deadline's own
words are removed from the task (and from the deadline's ``what``), with the connective
that introduced them ("đúng ngày mồng 3 hằng tháng", "vào tuần cuối"), wherever the
phrase stands and in parentheses too; a task that would keep fewer than two words is
left as written.
"""

from __future__ import annotations

import dataclasses
import re

from vanban.models import Deadline, Obligation

#: words that introduce a date phrase the deadline grammar does not hold ("đúng ngày mồng 3",
#: "chậm nhất là trước ngày …"), removed with it when they end what is left
# ("…, xong trước 31 tháng 12 năm 2026": the deadline grammar holds the date alone, its cue "xong trước" goes with it)
_LEAD_RE = re.compile(r"(?:\s*[,-])?\s+(?:(?:hoàn thành|xong|chậm nhất)\s+trước|trước|đúng|vào|chậm nhất là|chậm nhất|muộn nhất"
                      r"|hoàn thành|xong|trong|là|và|hoặc)\s*$", re.IGNORECASE)
MIN_WORDS = 2
#: a second date joined to the cut one ("trước ngày 30/6 | và 31/12 hằng năm"): part of the due phrase, not the task
_SECOND_DATE_RE = re.compile(r"^(?:và|hoặc)\s+(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?(?:\s+(?:hằng|hàng|mỗi)\s+(?:năm|tháng|quý))?")

#: the due phrase a task's words end with, in figures: "…, hoàn thành trước ngày 30/4/2026", "…, hoàn thành trong
#: Quý III/2026" (the cue goes with its date: "hoàn thành" left alone dangled after the date was dropped)
FIGURE_DUE_RE = re.compile(
    r"[,;]?\s*(?:(?:hoàn thành|xong)\s+)?(?:trước|chậm nhất|hoàn thành|xong)\s+(?:trong\s+)?"
    r"(?:(?:ngày\s+)?\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?|(?:quý|Quý)\s+[IV\d]{1,3}[/-]\d{4}|(?:tháng|Tháng)\s+\d{1,2}[/-]\d{4})"
    # a second date joined to it ("trước ngày 30/6 và 31/12 hằng năm")
    r"(?:\s+(?:và|hoặc)\s+(?:ngày\s+)?\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?(?:\s+(?:hằng|hàng|mỗi)\s+(?:năm|tháng|quý))?)?")


def without_figure_dates(text: str) -> str:
    """``text`` without the due phrases it writes in figures (step 1 of the module)."""
    return FIGURE_DUE_RE.sub("", text)


def _cut(text: str, phrase: str) -> str | None:
    """``text`` without ``phrase`` (and its parentheses or lead-in), or None when it does not hold it."""
    if not phrase or not text:
        return None
    at = text.rfind(phrase)
    if at < 0:
        return None
    before, after = text[:at], text[at + len(phrase):]
    if before.rstrip().endswith("(") and after.lstrip().startswith(")"):
        before, after = before.rstrip()[:-1], after.lstrip()[1:]
    before = _LEAD_RE.sub("", before.rstrip())
    after = _SECOND_DATE_RE.sub("", after.strip(), count=1).strip()
    head = before.rstrip(" ,;:-")
    if after[:1] == "." and not before.endswith("."):
        rest = head + after  # the sentence's full stop (and what follows it) stays
    elif after[:1] in (",", ";") and len(after) > 1:
        rest = head + after  # "…; báo cáo kết quả": the next clause stays
    elif not after or after[:1] in (".", ",", ";", ":"):
        rest = head
    else:
        rest = before.rstrip() + " " + after  # the phrase stood inside the task
    rest = " ".join(rest.split())
    return rest if len(rest.split()) >= MIN_WORDS else None


def task_without_date(what: str, deadline: Deadline | None) -> str:
    """``what`` without the text of ``deadline`` ("gửi danh sách hộ nghèo trước ngày 15 tháng 01
    năm 2026" → "gửi danh sách hộ nghèo"); unchanged when it does not hold it."""
    if deadline is None:
        return what
    return _cut(what, deadline.text) or what


def _deadline_what(d: Deadline) -> Deadline:
    if not d.what:
        return d
    left = _LEAD_RE.sub("", d.what.rstrip())
    return dataclasses.replace(d, what=left) if left != d.what and len(left.split()) >= MIN_WORDS else d


def without_own_dates(obligations: list[Obligation], deadlines: list[Deadline]) -> tuple[list[Obligation], list[Deadline]]:
    """Obligations whose task no longer repeats its deadline, and deadlines whose ``what`` does
    not end in the connective of their date ("báo cáo tình hình đúng" → "báo cáo tình hình")."""
    obs = []
    for ob in obligations:
        d = _deadline_what(ob.deadline) if ob.deadline else None
        what = task_without_date(ob.what, d)
        if d is None and ob.due_text:  # "… gửi Ủy ban nhân dân tỉnh trong thời hạn 07 ngày kể từ …": its time as written
            what = _cut(what, ob.due_text) or what
        obs.append(dataclasses.replace(ob, what=what, deadline=d))
    return obs, [_deadline_what(d) for d in deadlines]

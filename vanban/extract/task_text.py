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

from vanban.extract import assignment_words as W
from vanban.extract.folded import Folded, loose_key
from vanban.models import Deadline, Obligation

#: words that introduce a date phrase the deadline grammar does not hold ("đúng ngày mồng 3",
#: "chậm nhất là trước ngày …"), removed with it when they end what is left
# ("…, xong trước 31 tháng 12 năm 2026": the deadline grammar holds the date alone, its cue "xong trước" goes with it)
# (… and the day's noun the date phrase did not take: "tổ chức hội nghị sơ kết vào ngày | 12/6/2027" left "… vào ngày";
# … and a time label that opens the due phrase's own sentence: "…. Thời hạn | hoàn thành chậm nhất 05 ngày làm việc kể
# từ …" left "…; Thời hạn" — the label of the date, no task)
_LEAD_RE = re.compile(r"(?:\s*[,-])?\s+(?:(?:(?:vào|đúng|trước|trong|từ|đến)\s+(?:các\s+)?)?(?:ngày|hôm)"
                      r"|(?:thời hạn|thời gian)(?:\s+(?:hoàn thành|thực hiện|giải quyết|nộp|gửi))?\s*:?"
                      r"(?:\s+(?:chậm nhất|muộn nhất|là|trước|trong))*"
                      r"|(?:hoàn thành|xong|chậm nhất)\s+trước|trước|đúng|vào|chậm nhất là|chậm nhất|muộn nhất"
                      r"|hoàn thành|xong|trong|là|và|hoặc)\s*$", re.IGNORECASE)
MIN_WORDS = 2
#: the hour written before the date the deadline grammar holds ("tổ chức lễ dâng hương … vào 7 giờ 30 ngày | 27/7/2027",
#: "… lúc 14h00 ngày | …"): the deadline keeps it (``Deadline.time``), so it goes with the date, not left dangling in the task
_HOUR_BEFORE_RE = re.compile(r"(?:\s+(?:vào\s+)?(?:lúc|hồi))?\s+\d{1,2}\s*(?:giờ|h|:)\s*(?:\d{1,2}\s*(?:phút|['’])?)?"
                             r"(?:\s+(?:sáng|chiều|tối|trưa))?(?:\s*,?\s*(?:ngày|hôm))?\s*,?$", re.IGNORECASE)
#: the closing mark of a plan's last sentence left at the task's end once its date is cut ("… báo cáo kết quả về Ủy ban
#: nhân dân xã trước ngày 30/7/2027./." → "… xã./"): the document's, not the task's
_CLOSING_MARK_RE = re.compile(r"\s*\./\.?\s*$")
#: a task verb left alone after its comma once its time was cut ("… ứng dụng VNeID, thực hiện | trong quý I/2027")
_LONE_VERB_RE = re.compile(r"\s*,\s*(?:thực hiện|triển khai|hoàn thành|xong|bảo đảm|đảm bảo)\s*$", re.IGNORECASE)
#: the event a relative limit runs from ("trong vòng 15 ngày kể từ ngày ban hành | Kế hoạch"): the words the
#: deadline grammar left after it, to the clause's end, belong to the limit, not to the task
_ANCHOR_END_RE = re.compile(r"(?:kể từ|tính từ|sau khi)(?:\s+ngày)?(?:\s+\S+){0,3}$", re.IGNORECASE)
_ANCHOR_REST_RE = re.compile(r"^[^,;.:()]{1,40}?(?=$|[,;.:])")
#: where one task of an obligation's text ends and the next begins: a ";" (the obligation grammar's joiner), or an
#: item's label after a full stop ("…. b) Định kỳ hằng năm …", the items of one line); the one home of that split, for
#: the checklist's rows and the undated-time rule (a bare full stop is only a sentence end: "TP. Hồ Chí Minh", "…
#: đạt hiệu quả cao. Định kỳ …" stay one task for the checklist)
TASK_BREAK_RE = re.compile(r";|(?<=\.)\s+(?=\(?[a-zđ]\)\s)")
_SENTENCE_END_RE = re.compile(r"\.\s")


def tasks(what: str) -> list[str]:
    """The tasks of an obligation's text, in order, without their breaks (a full stop stays with its task)."""
    return [t for t in TASK_BREAK_RE.split(what) if t.strip()]


def without_listed_tasks(what: str, others: list[str]) -> str:
    """``what`` without its tasks (";"-clauses or inline items "b) …") that hold one of ``others`` (tasks listed on
    rows of their own, each with its own deadline): "…, gửi về Ban Xây dựng Đảng; báo cáo sơ kết 6 tháng và báo cáo
    năm …" keeps its first clause when both reports have their own rows. Read by the checklist and by the archive's
    task list (``nhiem_vu_cua``), so both list a task once. Never empty: ``what`` itself when nothing would be left."""
    parts = tasks(what)
    if not others or len(parts) < 2:
        return what  # a later task joined by "và" or a comma: the checklist's _without_tail_tasks
    keys = [k for k in map(task_key, others) if k]
    kept = [part for part in parts if not any(k in loose_key(part) for k in keys)]
    if not kept or len(kept) == len(parts):
        return what
    return ("; " if ";" in what else " ").join(p.strip() for p in kept).strip()


def permission_part(part: str, who: str | None) -> bool:
    """The ";"-part ``part`` of an obligation's text is a permission under a condition, its subject ``who`` named
    again or not ("Trường hợp cần thiết, cấp có thẩm quyền có thể kéo dài thời gian nhưng không quá 15 ngày làm
    việc"): the extension its body may grant to the task before it, whose row it stays in — no task of its own, though
    it states a time (:data:`assignment_words.CONDITIONED_PERMISSION_WHAT`, ``PERMISSION_WHAT``)."""
    m = W.CONDITIONED_PERMISSION_WHAT.match(Folded.of(part.strip()).view)
    if not m:
        return False
    rest, fwho = m.group("rest"), Folded.of((who or "").strip()).view
    if fwho and rest.startswith(fwho):
        rest = rest[len(fwho):].lstrip()
    return bool(W.PERMISSION_WHAT.match(rest))


def task_key(task: str | None) -> str:
    """A task's words to find it inside another text: :func:`loose_key` with its brackets left out ("báo cáo
    kết quả (qua Văn phòng)" is found in "…; báo cáo kết quả về Đảng ủy")."""
    return loose_key(re.sub(r"\s*\([^()]*\)", "", task or ""))


def several_tasks(what: str) -> bool:
    """The text holds more than one task or more than one sentence ("phải trả tiền bồi thường trong thời hạn 15 ngày
    …. phải thông báo …", "…; báo cáo …"): a time written in one of them is not the time of the others."""
    return bool(TASK_BREAK_RE.search(what) or _SENTENCE_END_RE.search(what))
#: a second date joined to a due date ("trước ngày 30/6 | và 31/12 hằng năm"): part of the due phrase, not the task —
#: both when step 1 drops a due phrase in figures and when step 2 cuts the deadline's words
_JOINED_DATE = (r"(?:và|hoặc)\s+(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{2,4})?"
                r"(?:\s+(?:hằng|hàng|mỗi)\s+(?:năm|tháng|quý))?")
_SECOND_DATE_RE = re.compile("^" + _JOINED_DATE)

#: the due phrase a task's words end with, in figures: "…, hoàn thành trước ngày 30/4/2026", "…, hoàn thành trong
#: Quý III/2026" (the cue goes with its date: "hoàn thành" left alone dangled after the date was dropped)
FIGURE_DUE_RE = re.compile(
    # (a task verb the cue completes goes too: "…, thực hiện xong trong tháng 10/2027" left "…, thực hiện")
    r"[,;]?\s*(?:(?:thực hiện|triển khai)\s+(?=hoàn thành|xong))?(?:(?:hoàn thành|xong)\s+)?(?:trước|chậm nhất|hoàn thành|xong)\s+(?:trong\s+)?"
    r"(?:(?:ngày\s+)?\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?|(?:quý|Quý)\s+[IV\d]{1,3}[/-]\d{4}|(?:tháng|Tháng)\s+\d{1,2}[/-]\d{4})"
    # the year it falls in, said relative ("trước ngày 10/01 năm sau": "năm sau" is the date's, not the task's)
    r"(?:\s+(?:của\s+)?năm\s+(?:sau|tới|kế tiếp))?"
    # a second date joined to it ("trước ngày 30/6 và 31/12 hằng năm")
    rf"(?:\s+{_JOINED_DATE})?")


def without_duty_words(what: str) -> str:
    """``what`` without the duty words that open it when its verb follows them (:data:`assignment_words.DUTY_WORDS`: "có trách
    nhiệm | theo dõi, đôn đốc …"): the body's charge is the obligation itself, its task the verb phrase. A lower-case
    word that is none of :data:`assignment_words.DUTY_NOT_VERB` ("về", "trước" …) is taken for the verb: the verb lists do not hold
    every task's verb ("lưu trữ", "bàn giao")."""
    f = Folded.of(what.lstrip())
    m = W.DUTY_WORDS.match(f.view)
    if not m:
        return what
    rest = f.original[m.end():]
    if not rest[:1].isalpha() or not rest[:1].islower() or W.DUTY_NOT_VERB.match(f.view[m.end():]):
        return what  # "có trách nhiệm: 1. Báo cáo …", "chịu trách nhiệm về …"
    return rest


def without_figure_dates(text: str) -> str:
    """``text`` without the due phrases it writes in figures (step 1 of the module)."""
    return FIGURE_DUE_RE.sub("", text)


def cut_phrase(text: str, phrase: str) -> str | None:
    """``text`` without the time ``phrase`` (and its parentheses, its lead-in, a verb it leaves alone: "Sơ tán dân ở
    vùng nguy hiểm, bảo đảm | không quá 2 giờ kể từ khi có lệnh sơ tán"), or None when it does not hold it or too
    little is left."""
    if not phrase or not text:
        return None
    at = text.rfind(phrase)
    if at < 0:
        return None
    before, after = text[:at], text[at + len(phrase):]
    if before.rstrip().endswith("(") and after.lstrip().startswith(")"):
        before, after = before.rstrip()[:-1], after.lstrip()[1:]
    before = _LONE_VERB_RE.sub("", _LEAD_RE.sub("", _HOUR_BEFORE_RE.sub("", before.rstrip())))
    after = _SECOND_DATE_RE.sub("", after.strip(), count=1).strip()
    if _ANCHOR_END_RE.search(phrase) and (rest := _ANCHOR_REST_RE.match(after)) and len(rest.group().split()) <= 4:
        after = after[rest.end():].strip()
    head = before.rstrip(" ,;:-")
    if after[:1] == "." and not before.endswith("."):
        rest = head + after  # the sentence's full stop (and what follows it) stays
    elif after[:1] in (",", ";") and len(after) > 1:
        rest = head + after  # "…; báo cáo kết quả": the next clause stays
    elif not after or after[:1] in (".", ",", ";", ":"):
        rest = head
    else:
        rest = before.rstrip() + " " + after  # the phrase stood inside the task
    rest = " ".join(rest.split()).lstrip(",;: ")  # the phrase opened the task ("trong thời hạn 10 ngày …, lập …")
    return rest if len(rest.split()) >= MIN_WORDS else None


def task_without_date(what: str, deadline: Deadline | None) -> str:
    """``what`` without the text of ``deadline`` ("gửi danh sách hộ nghèo trước ngày 15 tháng 01
    năm 2026" → "gửi danh sách hộ nghèo"); unchanged when it does not hold it."""
    if deadline is None:
        return what
    return cut_phrase(what, deadline.text) or what


#: the words after a due phrase written inside its task that are still the task's: the report's matter or addressee
#: ("báo cáo 02 lần/ngày (trước 9h00’ và 16h00’) | về tình hình tiếp nhận, cấp phát gửi UBND tỉnh")
_OBJECT_AFTER_RE = re.compile(r"\s*(?:về|gửi|cho|lên|tới|đến|tại|trên|qua)\s", re.IGNORECASE)
#: where the clause after a due phrase ends: its ";" or its sentence's full stop
_CLAUSE_END_RE = re.compile(r";|\.(?:\s|$)")


def with_words_after(d: Deadline) -> str:
    """The task of a deadline whose words before its due phrase are only a verb ("báo cáo" of "…; báo cáo 02 lần/ngày
    (trước 9h00’ và 16h00’) về tình hình tiếp nhận, cấp phát gửi UBND tỉnh (qua Sở Công Thương)"): the verb with the
    matter and addressee written after the phrase, to the clause's end — a row "Báo cáo" tells a clerk nothing (session
    33's newcomer, 0129-KH-UBND). ``d.what`` otherwise (a task written before its date, whole)."""
    what, sentence = (d.what or "").strip(), d.span.sentence if d.span else None
    if not what or len(what.split()) > MIN_WORDS or not sentence:
        return d.what or ""
    at = sentence.find(d.text, max(0, sentence.find(what)))
    if at < 0:
        return what
    after = sentence[at + len(d.text):]
    if not _OBJECT_AFTER_RE.match(after):
        return what
    end = _CLAUSE_END_RE.search(after)
    rest = " ".join(after[:end.start() if end else len(after)].split())
    return f"{what} {rest}" if rest else what


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
            what = cut_phrase(what, ob.due_text) or what
        obs.append(dataclasses.replace(ob, what=_CLOSING_MARK_RE.sub("", what.strip()), deadline=d))
    # a deadline whose words before its date are only their label ("Thời hạn hoàn thành chậm nhất …" under a task)
    # is the due date of the task its obligation holds: that task is its ``what``, not "Thời hạn"
    tasks_of = {ob.deadline.span.start: ob.what for ob in obs if ob.deadline and ob.deadline.span}
    obs = [dataclasses.replace(ob, deadline=_labelled_what(ob.deadline, tasks_of)) if ob.deadline else ob for ob in obs]
    return obs, [_labelled_what(_deadline_what(d), tasks_of) for d in deadlines]


def _labelled_what(d: Deadline, tasks_of: dict[int, str]) -> Deadline:
    """``d`` with its obligation's task for a ``what`` that is only a time label (:data:`_LEAD_RE`); as it is else."""
    if not d.what or _LEAD_RE.sub("", " " + d.what.strip()).strip() or not d.span or d.span.start not in tasks_of:
        return d
    return dataclasses.replace(d, what=tasks_of[d.span.start])

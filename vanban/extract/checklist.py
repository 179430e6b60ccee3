"""The checklist of obligations: who must do what, by when — its rows (:class:`ChecklistItem`).

Why: the point of reading a directive is the list of things one body must do
and their due dates. Items are grouped by responsible body (folded key, so
"UBND phường" and "Ubnd phuong" are one group), groups and items ordered by
deadline (undated last). Dated deadlines that no obligation claims (e.g.
"Dự kiến đầu tháng 10/2025: Đảng ủy tổ chức Hội nghị …") are listed too.
The writers (md, csv, json, ics: :mod:`vanban.export.checklist_text`; Word and
Excel: :mod:`vanban.export.checklist_office`) live in the export layer.

Recurring deadlines ("trước ngày 15/11 hằng năm") show when they are next due
from ``today`` (:func:`vanban.extract.recurrence.next_due`), so a yearly task
is never listed as overdue after its first occurrence; deadlines that had
already passed when the document was issued (``Deadline.past``: a reminder
recalls them) are shown as past, after the upcoming ones, and stay out of
the calendar feed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from vanban.abbreviations import joined_ampersand, spellings
from vanban.extract import assignment_words as W
from vanban.extract import patterns as P
from vanban.extract.dates import parse_iso
from vanban.extract.due_words import SCHEDULE_OPENING_RE
from vanban.extract.folded import Folded, clean_quote, group_key, loose_key
from vanban.extract.obligation_dues import routine_end, without_weekly_dues
from vanban.extract.plan_periods import as_planned, series_from
from vanban.extract.recurrence import cycle_rule, first_on_or_after, next_due
from vanban.extract.restated_dues import in_appendices
from vanban.extract.task_text import (cut_phrase, permission_part, task_key, with_words_after, without_duty_words,
                                      without_listed_tasks)
from vanban.extract.task_text import tasks as _tasks
from vanban.extract.undated_dues import relative_limit, report_cycle
from vanban.models import Deadline, Extraction, Obligation, Span, StandingMeeting, Target
from vanban.text import fold

__all__ = ["ChecklistItem", "UNKNOWN_BODY", "build_checklist", "group_key", "sentence_row", "task_rows", "written_rows",
           "targets_within", "target_text", "times_apart"]

UNKNOWN_BODY = "(chưa xác định)"


@dataclass(frozen=True)
class ChecklistItem:
    who: str
    what: str
    deadline: str | None  # the deadline as written ("trước 15/3/2026"), or an undated time (Obligation.due_text)
    date: str | None
    earliest: str | None
    latest: str | None
    recurrence: str | None
    targets: str | None  # "01–02 mô hình (mỗi năm)"; several joined by "; "
    source: str | None  # the sentence/item the obligation was read from
    next_due: str | None = None  # ISO day a recurring deadline is next due on or after today (a report cycle named
    # without its day, "báo cáo hằng quý": the last day of the period it is next reported for)
    past: bool = False  # the deadline had passed when the document was issued
    partners: str | None = None  # đơn vị phối hợp (Obligation.partners)
    start: int | None = None  # where the item was read in the document text (offsets), None when unknown
    end: int | None = None
    time: str | None = None  # "16:00": the hour written with its day (Deadline.time); the calendar event is timed

    @property
    def due(self) -> str | None:
        """The date the item is due by: exact date, else the interval's end."""
        return self.date or self.latest

    @property
    def rule(self) -> str | None:
        """The row's RRULE: its deadline's recurrence, else the rule of a report cycle named without its day
        ("định kỳ hằng quý": each quarter's last day, :func:`vanban.extract.recurrence.cycle_rule`) once a next
        period was found for it; None for a one-off or undated row."""
        if self.recurrence:
            return self.recurrence
        return cycle_rule(self.deadline) if self.next_due and not self.date and not self.latest else None

    @property
    def due_day(self) -> str | None:
        """The one ISO day every export gives the row (md, csv, docx, ics): a recurring row's next occurrence
        (``next_due``: a dated rule's next day, a report cycle's next period end), else its day or its period's last
        day; None when undated. The page showed "lần tới 2026-12-31" for "định kỳ hằng quý" while the CSV cell was
        empty and the calendar had no event (newcomer run, session 28)."""
        return (self.next_due if self.rule else None) or self.due

    @property
    def upcoming(self) -> str | None:
        """The day to sort and show it by: the next occurrence of a recurring deadline,
        else its due day; None for a past deadline (it is not upcoming). A report cycle named without its day keeps
        its place among the undated rows (its ``next_due`` is a period's end, no deadline)."""
        return None if self.past else ((self.next_due if self.recurrence else None) or self.due)


def target_text(t) -> str:
    """A target as the checklist's Chỉ tiêu says it: "≥ 2 đợt — mỗi tháng", "5–10% — số vụ";
    a target read without figures is its own text, never "?"."""
    if t.min is None and t.max is None:
        return t.text
    if (t.min is None) != (t.max is None) and _WIDER_RANGE_RE.search(Folded.of(t.text).view):
        q = " ".join(t.text.split())  # "ít nhất từ 01 đến 02 mô hình": a bound the figures keep one side of
        return _with_context(q, t)
    if t.min is not None and t.max is not None and t.min != t.max:
        q = f"{_n(t.min)}–{_n(t.max)}"
    elif t.min is not None and t.max is None:  # "trên 92%": strictly more, "> 92%"
        q = f"{'>' if P.STRICT_ABOVE_RE.match(Folded.of(t.text).view) else '≥'} {_n(t.min)}"
    elif t.min is None and t.max is not None:  # "dưới 1,5%": strictly less, "< 1,5%"
        q = f"{'<' if P.STRICT_BELOW_RE.match(Folded.of(t.text).view) else '≤'} {_n(t.max)}"
    else:
        q = _n(t.min if t.min is not None else t.max)
    unit = t.unit or ""
    return _with_context(f"{q}{unit}" if unit.startswith("%") else f"{q} {unit}".strip(), t)


# A range written inside a one-sided bound, read with one side only ("tối thiểu 3-5 lượt"; "ít nhất từ 01 đến 02 mô
# hình" until session 34, now the range 1–2): the checklist says what the text says — "≥ 1 mô hình" lost the 02 a
# reader must see (newcomer run, session 21).
_WIDER_RANGE_RE = re.compile(r"\d[\d.,]*\s*(?:%\s*)?(?:-|–|(?<![a-z])(?:den|toi)(?![a-z]))\s*\d")


# the way a target's figure moves, as its sentence writes it just before the figure ("Tỷ lệ hộ nghèo giảm 1,5%", "kéo
# giảm ít nhất 5%", "tăng bình quân 8%/năm"): the checklist says it, or "1,5% — Tỷ lệ hộ nghèo" reads as a rate of 1,5%
_DIRECTION_RE = r"\b(giam|tang)(?: them| binh quan| toi thieu| it nhat| tu)?\s+"
_DIRECTION_WORD = {"giam": "giảm", "tang": "tăng"}


def _direction(t) -> str:
    """"giảm " / "tăng " when the target's sentence moves its figure that way, else ""."""
    sentence = t.span.sentence if getattr(t, "span", None) and t.span.sentence else ""
    if not sentence or not t.text:
        return ""
    m = re.search(_DIRECTION_RE + re.escape(fold(t.text)), fold(sentence))
    return _DIRECTION_WORD[m.group(1)] + " " if m else ""


def _with_context(s: str, t) -> str:
    """The target's figure ``s`` (after the way it moves, "giảm 1,5%") with what it counts, its baseline and its
    period."""
    s = _direction(t) + s
    if t.scope:
        s += f" — {t.scope}"
    if t.baseline:
        s += f" so với {t.baseline}"
    if t.period:
        s += f" ({t.period})"
    return s


def _n(x: float | None) -> str:
    """A figure as Vietnamese writes it: "1,5" (decimal comma), "1.000" (thousands dot), "2/3" as 0,67."""
    if x is None:
        return "?"
    if float(x).is_integer():
        return f"{int(x):,}".replace(",", ".")
    whole, _, frac = f"{x:.2f}".rstrip("0").partition(".")
    return f"{int(whole):,}".replace(",", ".") + "," + frac


_CLOSING_MARK = re.compile(r"\s*\./\.?\s*$")


def without_closing_mark(what: str) -> str:
    """A task without the document's closing mark "./." (223/CĐ-TTg's last task read
    "… khi có yêu cầu của địa phương./")."""
    return _CLOSING_MARK.sub("", what) if what else what


def _item(who: str | None, what: str, d: Deadline | None, targets, span: Span | None,
          today: dt.date, partners: str | None = None, due_text: str | None = None,
          issued: dt.date | None = None, title: str | None = None) -> ChecklistItem:
    """One row; ``span`` is where it was read: its sentence is the row's source, its offsets
    (none for an archive row of an older archive, at (0, 0)) say where the page links to;
    ``due_text``: the task's time as written when it has no deadline ("trong thời hạn 07 ngày
    kể từ ngày nhận được …", "Thường xuyên"), shown as its Hạn with no date; ``issued``: the document's date, before
    which no report cycle it sets runs (a plan of 05/01/2027 read on 03/12/2026: "báo cáo hằng quý" is next due for
    quý I/2027, not quý IV/2026); ``title``: the plan's, whose period a cycle of a plan issued before it starts in
    (:func:`vanban.extract.plan_periods.series_from`: "Kế hoạch … năm 2027" of 02/12/2026, quý I/2027)."""
    placed = span is not None and span.end > 0
    nxt = next_due(d, today) if d is not None and d.recurrence and not d.past else None
    if d is None and (cycle := cycle_rule(due_text)):
        start = series_from(title, issued, span.sentence if span else None)
        since = max(today, start) if start else today
        nxt = first_on_or_after(cycle, since, since)  # "báo cáo hằng quý": the period it is next reported for ends then
    return ChecklistItem(
        who=who or UNKNOWN_BODY,
        what=without_closing_mark(without_duty_words(what)),  # "có trách nhiệm | theo dõi …": the task is the verb's
        deadline=d.text if d else due_text,
        date=d.date if d else None,
        earliest=d.earliest if d else None,
        latest=d.latest if d else None,
        recurrence=d.recurrence if d else None,
        targets="; ".join(target_text(t) for t in targets if not _restates_due(t, d.text if d else due_text)) or None,
        source=own_sentences(span.sentence, what) if span else None,
        next_due=nxt.isoformat() if nxt else None,
        past=bool(d and d.past),
        partners=partners,
        start=span.start if placed else None,
        end=span.end if placed else None,
        time=d.time if d and d.date else None,
    )


# where a quote parts into sentences: after a full stop, or at a bullet's dash ("… phường - Tổ chức …", "… khéo”. - Mỗi
# cơ quan …"), before a capital (checked in code) — never at a ";" (a sentence's clauses stay together)
_SENTENCE_BREAK_RE = re.compile(r"(?<=[.!?…])\s+(?:[-–•+]\s+)?(?=\w)|\s+[-–•+]\s+(?=\w)")
#: the words of a task's start and end looked for in a quote's sentences
_TASK_ENDS = 5


def own_sentences(source: str | None, what: str | None) -> str | None:
    """The sentence(s) of ``source`` that hold the task ``what`` (from the one holding its first words to the one
    holding its last): a row's source is its task's own sentences, not the whole item it was read from (an item's
    four bullets quoted for its third: newcomer run, session 28). ``source`` as is when the task's words are not found
    in it, or fill all of it."""
    if not source or not what:
        return source
    cuts = [m for m in _SENTENCE_BREAK_RE.finditer(source)
            if source[m.end()].isupper() or (source[m.end()].isdigit() and source[m.start()] != " ")]  # "2026 - 2031"
    if not cuts:
        return source
    bounds = [0] + [m.start() for m in cuts] + [len(source)]
    starts = [0] + [m.end() for m in cuts]
    pieces = [loose_key(source[a:b]) for a, b in zip(starts, bounds[1:])]
    words = loose_key(what).split()
    if len(words) < 3:
        return source
    head, tail = " ".join(words[:_TASK_ENDS]), " ".join(words[-_TASK_ENDS:])
    first = next((i for i, p in enumerate(pieces) if head in p), None)
    last = next((i for i in range(len(pieces) - 1, -1, -1) if tail in pieces[i]), None)
    if first is None or last is None or last < first or (first == 0 and last == len(pieces) - 1):
        return source
    return clean_quote(source[starts[first]:bounds[last + 1]])


def _restates_due(t: Target, due_text: str | None) -> bool:
    """The target is the task's relative time limit its Hạn shows already ("trong thời hạn 07 ngày" of "trong thời
    hạn 07 ngày kể từ ngày nhận được …"), or dated from the issue day ("trong vòng 15 ngày kể từ ngày ban hành", its
    Hạn the day it ends): one fact, listed once in the checklist (the extraction keeps the target)."""
    return bool(due_text) and bool(loose_key(t.text)) and loose_key(t.text) in loose_key(due_text)


# the words that join a later task to the one before it, and those that lead in its date
_JOIN = r"(?:\s*,|\s*;|\s+(?:và|rồi|hoặc|đồng thời))\s+"
_DATE_LEAD = r"(?:\s+(?:vào|trong|trước|chậm nhất(?: là)?|hoàn thành|xong))?\s+"


def _without_tail_tasks(what: str, own: list[Deadline]) -> str:
    """``what`` without a later task of its sentence that has a row of its own, joined at its end by ",", "và",
    "hoặc" …, its date with it: "sơ kết 6 tháng, tổng kết năm vào tháng 12/2026" (due in July) keeps "sơ kết 6
    tháng" when "tổng kết năm — tháng 12/2026" is listed apart; "Các thôn báo cáo nhanh trước ngày 10/01/2026 và báo
    cáo chính thức trước ngày 20/01/2026" is two rows, "báo cáo nhanh" and "báo cáo chính thức". Never fewer than two
    words. A later task named with the first one's verb ("báo cáo sơ kết 6 tháng … và tổng kết năm …": its row "báo
    cáo tổng kết năm") is matched by its own words too ("tổng kết năm")."""
    for d in own:
        if not d.what:
            continue
        for words in (d.what.strip(), _after_shared_head(what, d.what.strip())):
            if not words:
                continue
            tail = re.compile(_JOIN + re.escape(words) + rf"(?:{_DATE_LEAD}{re.escape(d.text)})?\W*$", re.IGNORECASE)
            m = tail.search(what)
            if m and len(what[:m.start()].split()) >= 2:
                what = what[:m.start()].rstrip(" ,;")
                break
    return what


def _after_shared_head(what: str, later: str) -> str:
    """``later`` without the words it opens with in common with ``what`` ("báo cáo tổng kết năm" after "báo cáo sơ kết
    6 tháng …": "tổng kết năm"); "" when they share none or nothing is left."""
    a, b = what.split(), later.split()
    n = 0
    while n < min(len(a), len(b)) and a[n].lower() == b[n].lower():
        n += 1
    return " ".join(b[n:]) if 0 < n < len(b) else ""


def _later_task(ob: Obligation) -> bool:
    """The obligation's own deadline is written with one of its later tasks, not its first: "a) Xây dựng kế
    hoạch …, gửi về … trong thời hạn 10 ngày …. b) Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo kết quả …"
    (153-KH-UBND), "- Tổ chức quán triệt …; …; - Định kỳ gửi báo cáo … trước ngày 25 tháng 11 …" (13-KH/ĐU):
    the block's earliest date is the report's, the first task has none of its own."""
    d = ob.deadline
    if not (d and d.what and ob.span):
        return False
    # an older archive's rows: no offsets, the obligation's deadline read back without a span of its own
    unplaced = ob.span.end == ob.span.start == 0 and (d.span is None or d.span.start == d.span.end == 0)
    if not (_within(ob.span, d.span) or unplaced):
        return False
    key = task_key(d.what)  # the task as the obligation quotes it
    parts = _tasks(ob.what)
    if not key or not parts or key in loose_key(parts[0]):  # an obligation whose task is only its date has no parts
        return False
    if ob.what.rstrip().endswith("…") and key not in loose_key(ob.what):
        return True  # the tasks were clipped before the one the date is written with
    return len(parts) >= 2 and any(key in loose_key(p) for p in parts[1:])


def _key(d: Deadline) -> int:
    """A deadline's place in the text, or (a row of an archive older than its offset columns) the row itself."""
    return d.span.start if d.span and d.span.end else id(d)


def _written_in(ob: Obligation, d: Deadline) -> bool:
    """A deadline row of an archive older than its offset columns (start/end NULL, read as (0, 0)) is one of the
    obligation's further tasks: same sentence, its task one of the obligation's ";"-clauses after the first
    (18-KH/ĐU read back from such an archive: "…, gửi về Ban Xây dựng Đảng; báo cáo sơ kết 6 tháng và báo cáo
    năm …" listed the two reports again in the Word table's row 1). Rows stored since carry offsets: _within."""
    if not (ob.span and d.span and ob.span.end == ob.span.start == d.span.start == d.span.end == 0
            and ob.span.sentence and ob.span.sentence == d.span.sentence and ";" in ob.what):
        return False
    task = loose_key(d.what or "")
    return bool(task) and any(task in loose_key(c) for c in ob.what.split(";")[1:])


def _within(outer: Span | None, inner: Span | None) -> bool:
    """``inner`` lies in ``outer`` by offsets (the extraction's, or the archive's rows: the same
    offsets into the stored text); the rows of an older archive, no offsets (0, 0), lie in nothing."""
    return bool(outer and inner and outer.end > outer.start
                and outer.start <= inner.start and inner.end <= outer.end)


def targets_within(targets, what: str | None, sentence: str | None) -> tuple[Target, ...]:
    """The targets written in a task: read from the task's sentence, their figure (and the
    scope they count, when read) inside its words. "Tổ chức học tập, quán triệt … đến 100%
    cán bộ, đảng viên, hoàn thành trước ngày 15/3/2026" holds "100% cán bộ"; the other
    clause of "… đến 100% thôn, xóm; xây dựng cơ sở dữ liệu … trước ngày 25 hằng tháng"
    does not hold the task "xây dựng cơ sở dữ liệu …". Needs no offsets, so the rows of an
    older archive (sentence only) attach the same targets as the extraction."""
    if not what or not sentence:
        return ()
    words = loose_key(what)
    return tuple(t for t in targets if t.span and t.span.sentence == sentence and loose_key(t.text)
                 and loose_key(t.text) in words and (not t.scope or loose_key(t.scope) in words))


def task_rows(ext: Extraction) -> list[Obligation]:
    """The obligations one per due date: what the checklist lists, from the extraction or
    from the archive's rows (one obligation per assignment, as extracted), so both agree
    (a newcomer: 18-KH/ĐU's "Các chi bộ trực thuộc
    … gửi về Ban Xây dựng Đảng trước ngày 20/02/2026; báo cáo sơ kết 6 tháng trước ngày
    15/6/2026 và báo cáo năm trước ngày 25 tháng 11 hằng năm" was one stored row due
    20/02 while the checklist listed three).

    A dated deadline no obligation claims, written inside an obligation's text with a task
    of its own (``Deadline.what``), becomes an obligation of that body (the deadline's own
    ``who`` when it names one) with that task and the targets written in it; the obligation
    keeps its other ";"-clauses. Idempotent: a split row claims its deadline by offset, and
    an archive's obligations row its deadline row (``deadline_id``, kept out of the unclaimed
    deadlines), so nothing is split twice."""
    return _task_rows(ext, occurrences=True)[0]


def written_rows(ext: Extraction) -> list[Obligation]:
    """:func:`task_rows` with the Phụ lục rows that restate a body's task (the checklist lists that task once): the
    obligations the JSON and the archive hold — every assignment the text writes, one row per task with its own
    date, each with its block (``Obligation.block``)."""
    return _task_rows(ext, keep_restated=True)[0]


def _task_rows(ext: Extraction, keep_restated: bool = False,
               occurrences: bool = False) -> tuple[list[Obligation], set[int]]:
    """:func:`task_rows`, and the deadlines (by :func:`_key`) that are a second date of an obligation's own task
    ("tổ chức lễ giao nhận quân trong tháng 02/2026, hoàn thành trước 15/02/2026": one task, due 15/02; the month
    is no row of its own); with ``keep_restated`` the Phụ lục rows restating a body's task stay; with
    ``occurrences`` (the checklist) a further time the task is done (:func:`_another_time`: "Tháng 5/2027 và
    tháng 9/2027") is a row of its own, while the obligations stored and scored keep one row, due first."""
    claimed = {ob.deadline.span.start for ob in ext.obligations if ob.deadline and ob.deadline.span}
    taken: set[int] = set()
    again: set[int] = set()
    rows: list[Obligation] = []
    for i, ob in enumerate(ext.obligations):
        if ob.block is None:  # (rows split already keep their block)
            ob = replace(ob, block=i)
        own = [d for d in ext.deadlines if d.what and d.span and d.span.start not in claimed and not _reference_date(d)
               and not routine_end(d)  # "02 lần/tuần đến hết ngày …": a routine's running period, no row of its own
               and _key(d) not in taken and (_within(ob.span, d.span) or _written_in(ob, d))]
        taken.update(_key(d) for d in own)
        same = {_key(d) for d in own if _same_task(d, ob) and not (occurrences and _another_time(d, ob))}
        again |= same
        # another time of the task (its second round) is done with the task's Đơn vị phối hợp too: the row's
        # "Ủy ban Mặt trận Tổ quốc xã" was lost from September's row (session 32's newcomer)
        rounds = {_key(d) for d in own if occurrences and _same_task(d, ob) and _another_time(d, ob)}
        own = [d for d in own if _key(d) not in same]
        if _later_task(ob):
            own.append(ob.deadline)  # listed with its own task; the first tasks keep no date of another's
            ob = replace(ob, deadline=None)
        split = [Obligation(who=_charged(d) or ob.who, what=with_words_after(d), deadline=d,
                            targets=targets_within(ext.targets, d.what, (d.span or ob.span).sentence), span=d.span or ob.span,
                            block=ob.block, partners=ob.partners if _key(d) in rounds else None)
                 for d in own]
        moved = {id(t) for o in split for t in o.targets}
        left = tuple(t for t in ob.targets if id(t) not in moved)
        if split and ob.deadline is None and not ob.due_text and _all_listed(ob.what, own):
            # every task of the obligation has its dated row ("chỉ đạo … (18/11); báo cáo kết quả 6 tháng và hằng
            # năm (05/6, 05/12)"): no undated row repeating them all; its other targets go with the first row
            split[0] = replace(split[0], targets=split[0].targets + left)
            rows += split
            continue
        mine = loose_key(ob.deadline.what or "") if ob.deadline else ""
        # a split row of the obligation's own task (its two yearly dates, "Định kỳ 6 tháng (trước ngày 15/6) và hằng
        # năm (trước ngày 05/12), các chi bộ báo cáo …"): the task stays the obligation's too
        others = [d.what for d in own if not mine or loose_key(d.what) != mine]
        rows += _limit_rows(replace(ob, what=_without_tail_tasks(without_listed_tasks(ob.what, others), own),
                                    targets=left))
        rows += split
    rows = _own_blocks(_without_clauses_read_twice(rows), len(ext.obligations))
    kept = rows if keep_restated else _without_restated_tasks(_without_appendix_restatements(rows, ext))
    # the dropped row's date is the body task's: no row of its own either
    again |= {_key(ob.deadline) for ob in rows if ob.deadline and not any(ob is k for k in kept)}
    return (kept if occurrences else without_weekly_dues(kept)), again


def _charged(d: Deadline) -> str | None:
    """The body a dated task's row charges: the deadline's own ``who``, unless that body is the object of the
    directing verb in the task's sentence ("- Về thi công: chỉ đạo Ban Quản lý dự án, các nhà thầu tập trung …
    trong năm 2025" under "1. Ủy ban nhân dân tỉnh Đồng Nai:"): the one who directs keeps the row (None: the
    obligation's own body), as the real labels give "chỉ đạo …" to the body addressed."""
    if not d.who or not d.span or not d.span.sentence:
        return d.who
    s = d.span.sentence
    due = s.find(d.text) if d.text else -1
    # the mention of the body nearest before the deadline's words: "Đôn đốc các chi bộ …; các chi bộ hoàn thành trước
    # ngày 20/11" charges the chi bộ of the second clause, not the object of the first one's "Đôn đốc"
    at = s.rfind(d.who, 0, due) if due > 0 else s.find(d.who)
    if at < 0:
        at = s.find(d.who)
    return None if at > 0 and W.DIRECTING_VERB.search(s[:at]) else d.who


def _own_blocks(rows: list[Obligation], n: int) -> list[Obligation]:
    """``rows`` where a dated row split from a block that names another body than the block's own is a block of its
    own (numbered from ``n``, past the obligations' own numbers). Why: an item may charge a second body in a clause of
    its own ("2.3. Giao Văn phòng …: tổng hợp …, trình trước ngày 25/11; đề nghị các phòng chuyên môn gửi số liệu
    trước ngày 18/11"); the labels give each body its own entry (README: "where one numbered item addresses several
    bodies separately, each gets its own entry"), and the second body's earlier date is not the first body's due
    date. A row whose body is the block's under another spelling, or one of the block's joint bodies, stays; so does
    a body the block's own body directs or hands the task to ("… chỉ đạo Ban Thanh tra nhân dân giám sát …, gửi kết
    quả trước ngày …": the directing body's task) — only a body the clause itself asks is charged apart."""
    owner: dict[int, str] = {}
    new: dict[tuple[int, str], int] = {}
    out = []
    for ob in rows:
        if ob.block is None or not ob.who:
            out.append(ob)
            continue
        key = group_key(ob.who)
        own = owner.setdefault(ob.block, key)
        if key != own and key not in own and own not in key and _asked_in_clause(ob):
            ob = replace(ob, block=new.setdefault((ob.block, key), n + len(new)))
        out.append(ob)
    return out


def _asked_in_clause(ob: Obligation) -> bool:
    """The row's body is asked by a request cue in its own sentence ("…; đề nghị các phòng, đơn vị gửi số liệu …")."""
    if not (ob.span and ob.span.sentence and ob.who):
        return False
    name = r"\s+".join(map(re.escape, fold(ob.who).split()))
    return re.search(rf"(?<![a-z])(?:de nghi|yeu cau)\s+{name}(?![a-z])", fold(ob.span.sentence)) is not None


def _without_clauses_read_twice(rows: list[Obligation]) -> list[Obligation]:
    """``rows`` with a clause read twice listed once (kind: an item headed by several bodies whose text charges one of
    them in a ";"-clause of its own — 617/KH-UBND's "7. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường" /
    "Trên cơ sở Kế hoạch này, các sở, ban, ngành Tỉnh tổ chức thực hiện …; Ủy ban nhân dân các xã, phường căn cứ
    nhiệm vụ được giao, xây dựng kế hoạch … để triển khai thực hiện; …": the clause was the heading's row's task and a
    row of its own for "Ủy ban nhân dân các xã, phường"). The row read inside another (its span within the other's,
    its body one of the other's, its task one of the other's ";"-clauses) keeps the clause; the other row's task
    goes without it (:func:`without_listed_tasks`)."""
    out = list(rows)
    for i, a in enumerate(rows):
        if not (a.span and a.span.end and a.who and a.what):
            continue
        inner = [b.what for j, b in enumerate(rows) if j != i and b.span and b.who and b.what and b.block != a.block
                 and a.span.start <= b.span.start and b.span.end <= a.span.end and (b.span.start, b.span.end) != (a.span.start, a.span.end)
                 and group_key(b.who) != group_key(a.who) and group_key(b.who) in group_key(a.who)
                 and loose_key(b.what) in loose_key(out[i].what)]
        if inner:
            out[i] = replace(out[i], what=without_listed_tasks(out[i].what, inner))
    return out


def _without_appendix_restatements(rows: list[Obligation], ext: Extraction) -> list[Obligation]:
    """``rows`` without an appendix table's row that restates a task of the body: the same body, due the same day
    ("III.1. Chi bộ thôn Đồng Xuân - Xây dựng mô hình … hoàn thành trước ngày 30/6/2027" and the Phụ lục's "| 1 |
    Dân vận khéo trong làm đường giao thông | Chi bộ thôn Đồng Xuân | 30/6/2027 |", the session-17 newcomer's plan):
    one task, listed once, as the body words it."""
    spans = tuple((a.start, a.end) for a in (ext.structure.appendices if ext.structure else ()))
    if not spans:
        return rows

    def in_appendix(ob: Obligation) -> bool:
        return in_appendices(ob.span, spans)

    def due(ob: Obligation) -> str | None:
        return (ob.deadline.date or ob.deadline.latest) if ob.deadline else None

    body = {(loose_key(ob.who or ""), due(ob)) for ob in rows if ob.who and due(ob) and not in_appendix(ob)}
    return [ob for ob in rows if not (in_appendix(ob) and ob.who and (loose_key(ob.who), due(ob)) in body)]


#: two tasks of one body read as one when their folded words are this close (rapidfuzz ratio): a task table's row
#: and the body's item written again with a word or a bracket more ("(PPP)", a full stop)
SAME_TASK_RATIO = 92


def _due_of(ob: Obligation) -> tuple | None:
    d = ob.deadline
    return (d.date, d.earliest, d.latest, d.recurrence) if d else None


def _time_of(ob: Obligation) -> tuple | str | None:
    """The row's time: its due date, else its time limit as written (folded), else None."""
    return _due_of(ob) or (loose_key(ob.due_text) if ob.due_text else None)


def _richness(ob: Obligation) -> tuple:
    return (ob.deadline is not None, bool(ob.due_text), bool(ob.partners), len(ob.targets))


def _without_restated_tasks(rows: list[Obligation]) -> list[Obligation]:
    """``rows`` with a task listed twice for one body kept once (kind: a plan that assigns a task in its "Tổ chức
    thực hiện" items and again in its task table — 617/KH-UBND's "3. Sở Công Thương: Hỗ trợ cho các doanh nghiệp …"
    and its Phụ lục row 5, the same task of the same body due "Quí IV-2025"): the same body (:func:`group_key`) and
    the same task (folded, :data:`SAME_TASK_RATIO`), never two bodies, nor two due dates or time limits that differ.
    The richer row stays (a due date over none, a time limit, partners, targets), taking the partners the other
    names when it names none."""
    from rapidfuzz import fuzz

    keys = [(group_key(ob.who), loose_key(ob.what)) for ob in rows]
    dropped: set[int] = set()
    out = list(rows)
    for i, a in enumerate(rows):
        if i in dropped or not keys[i][0] or not keys[i][1]:
            continue
        for j in range(i + 1, len(rows)):
            b = rows[j]
            if j in dropped or keys[j][0] != keys[i][0] or not keys[j][1]:
                continue
            if _time_of(a) and _time_of(b) and _time_of(a) != _time_of(b):
                continue
            if fuzz.ratio(keys[i][1], keys[j][1]) < SAME_TASK_RATIO:
                continue
            keep, drop = (j, i) if _richness(b) > _richness(out[i]) else (i, j)
            out[keep] = replace(out[keep], partners=out[keep].partners or rows[drop].partners)
            dropped.add(drop)
            if drop == i:
                break
    return [ob for k, ob in enumerate(out) if k not in dropped]


def _limit_rows(ob: Obligation) -> list[Obligation]:
    """``ob`` as rows: an undated row of several ";"-tasks gives each task that states its own relative time limit a
    row of its own with that limit as its time ("2. Công an phường: a) Bảo đảm an ninh …; d) Phối hợp … xử lý vi
    phạm trong thời hạn 10 ngày kể từ ngày nhận được phản ánh" — the limit is d)'s, not the row's); the other tasks
    stay one row. A dated row does the same with its tasks its deadline is not written in ("1. Sở Nông nghiệp và Môi
    trường a) … trình UBND tỉnh trước ngày 15/11/2026. … c) Tổng hợp thiệt hại, báo cáo Ủy ban nhân dân tỉnh chậm nhất
    24 giờ sau khi kết thúc mỗi đợt thiên tai": c) is not due 15/11). Unchanged when already timed, or single."""
    if ob.due_text:
        return [ob]
    parts = [p.strip() for p in _tasks(ob.what)]
    if len(parts) < 2:
        return [ob]
    # a permission's limit ("trường hợp cần thiết, … có thể kéo dài … không quá 15 ngày") bounds the task before it
    timed = [(p, None if permission_part(p, ob.who) else _own_time(p, ob.targets)) for p in parts]
    if ob.deadline is not None:
        dated = task_key(ob.deadline.what)
        if not dated:
            return [ob]  # which task the date is written with is not known
        timed = [(p, None if dated in loose_key(p) or loose_key(p) in dated else lim) for p, lim in timed]
    if not any(lim for _, lim in timed) or all(lim for _, lim in timed):
        return [ob]
    rest = [p for p, lim in timed if not lim]
    limits = [p for p, lim in timed if lim]
    # a limit's own figure ("≤ 10 ngày") is its row's time, not a Chỉ tiêu of the other tasks
    out = [replace(ob, what="; ".join(rest), targets=tuple(t for t in ob.targets if not any(t.text in p for p in limits)))]
    for p, lim in timed:
        if lim:
            opening = SCHEDULE_OPENING_RE.match(Folded.of(p).view)
            what = (p[opening.end():] if opening and clean_quote(p[opening.start("when"):opening.end("when")]) == lim else None) \
                or cut_phrase(p, lim) or p.replace(lim, "").strip(" ,;.") or p
            partners = ob.partners if ob.partners and loose_key(ob.partners) in loose_key(p) else None
            out.append(replace(ob, what=what.rstrip(" .;"), due_text=lim, deadline=None, targets=(), partners=partners))
    return out


def _reference_date(d: Deadline) -> bool:
    """A passed date that dates the things a task handles ("hướng dẫn … các thửa đất có nguồn gốc giao trái thẩm quyền
    trước ngày 01/7/2014", W.REFERENCE_DATE_LEAD): no task of its own, no row."""
    if not (d.past and d.span and d.span.sentence):
        return False
    at = d.span.sentence.find(d.text)
    return at > 0 and bool(W.REFERENCE_DATE_LEAD.search(fold(d.span.sentence[:at])))


def _recalled(d: Deadline) -> bool:
    """A past due date an earlier request set, which the document recalls ("Tại Công văn số 3650/UBND-TH …, Ủy ban
    nhân dân tỉnh đã đề nghị các sở … báo cáo … trước ngày 31/10/2026. Đến nay, vẫn còn 12 đơn vị chưa gửi báo cáo"): no
    task of this document (its obligations leave the request out alike), not a row to tick (a newcomer's reminder
    letter listed it as a task)."""
    if not (d.past and d.span and d.span.sentence):
        return False
    at = d.span.sentence.find(d.text)
    return bool(W.RECALLED_REQUEST.search(fold(d.span.sentence[:at] if at > 0 else d.span.sentence)))


def _own_time(task: str, targets=()) -> str | None:
    """The undated time one task of a row states as written: its relative time limit ("trong thời hạn 10 ngày kể từ
    …"), or the report cycle it opens with ("định kỳ hằng quý tổng hợp, báo cáo Chủ tịch UBND tỉnh": the row "theo
    dõi, đôn đốc …; định kỳ hằng quý tổng hợp …" showed no Hạn, a newcomer's Chỉ thị) — unless the task holds one of
    the row's ``targets``, whose period the cycle is ("mỗi tháng tổ chức ít nhất 02 đợt ra quân": "≥ 2 đợt (mỗi
    tháng)" stays the row's Chỉ tiêu) — or the cycle written after its report verb ("báo cáo kết quả định kỳ hằng quý
    về Thường trực Đảng ủy" after "…; " in the row "lãnh đạo Ủy ban nhân dân xã xây dựng kế hoạch cụ thể, bố trí kinh
    phí …": the quarterly report lost its cycle, the session-25 newcomer's plan 18, row IV.2)."""
    lim = relative_limit(task)
    if lim:
        return lim
    if any(t.text and t.text in task for t in targets):
        return None
    f = Folded.of(task)
    m = SCHEDULE_OPENING_RE.match(f.view)
    if m is None:
        return report_cycle(task)
    if len(task[m.end():].split()) < 2:
        return None
    return clean_quote(task[m.start("when"):m.end("when")])


def _all_listed(what: str, own: list[Deadline]) -> bool:
    """Every ";"-task of ``what`` holds the task words of one of the ``own`` deadline rows."""
    keys = [k for k in (task_key(d.what) for d in own) if k]
    parts = _tasks(what)
    return bool(keys) and bool(parts) and all(any(k in loose_key(part) for k in keys) for part in parts)


def _same_task(d: Deadline, ob: Obligation) -> bool:
    """``d`` is another date of the task the obligation's own deadline is due for (the same task words)."""
    mine = ob.deadline.what if ob.deadline else None
    if ob.deadline and ob.deadline.recurrence and d.recurrence and (
            ob.deadline.date != d.date or ob.deadline.recurrence != d.recurrence):
        return False  # "… báo cáo 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 10/12)": two yearly dates, two rows;
        # "báo cáo kết quả định kỳ hằng quý và năm": the quarter's report and the year's, two rules, two rows
    if ob.deadline and bool(ob.deadline.recurrence) != bool(d.recurrence):
        # "báo cáo kết quả thực hiện định kỳ quý (trước ngày 15 của tháng cuối quý) và năm (trước ngày 10/12/2027)":
        # a quarterly report and the year's, two rows (the year's date was hidden as a second date of one task)
        return False
    return bool(mine and d.what and loose_key(mine) and loose_key(mine) == loose_key(d.what))


#: what joins the times of a task done more than once, as a list: "Tháng 5/2027 và tháng 9/2027", "15/6/2027, 15/12/2027"
_TIMES_JOIN = r"\s*(?:,|;|,?\s+và)\s+"


def _another_time(d: Deadline, ob: Obligation) -> bool:
    """``d`` is another time the obligation's task is done, not a second date of one time: its period lies apart
    from the obligation's own deadline's and the two are written as a list of times ("Tháng 5/2027 và tháng
    9/2027" in a row's Thời gian cell: two rounds, two rows of the checklist and two events of its calendar — the
    session-31 newcomer's phiếu and .ics kept May only). "trong tháng 02/2026, hoàn thành trước 15/02/2026" (a day
    within the month) and "trong tháng 02/2026 và hoàn thành trước 10/3/2026" (no list) stay one task, one row."""
    mine = ob.deadline
    return bool(mine and d.span) and times_apart(mine, d, d.span.sentence)


def times_apart(a, b, sentence: str | None) -> bool:
    """Two deadlines (or checklist rows: ``text``/``deadline``, ``earliest``, ``latest``) are two times of one task:
    their periods lie apart and ``sentence`` writes them as a list ("Tháng 5/2027 và tháng 9/2027"). Shared by the
    rows here and :func:`vanban.export.cell_rows.cell_rows`, which makes one the rows of one table cell's task."""
    texts = [getattr(x, "text", None) or getattr(x, "deadline", None) for x in (a, b)]
    if not (sentence and all(texts) and a.earliest and a.latest and b.earliest and b.latest):
        return False
    if not (b.earliest > a.latest or b.latest < a.earliest):
        return False
    first, then = texts if b.earliest > a.latest else texts[::-1]
    listed = re.escape(first) + _TIMES_JOIN + re.escape(then)
    return re.search(listed, sentence, re.IGNORECASE) is not None


def build_checklist(ext: Extraction, today: dt.date | None = None) -> list[ChecklistItem]:
    """The :func:`task_rows` (plus unclaimed dated deadlines, with the targets written in
    their task), grouped by body, by the day each is next due from ``today`` (default:
    the current date); past deadlines last."""
    today = today or dt.date.today()
    ext = as_planned(ext)  # a 2027 plan of 12/2026: its series start in 2027, as the conveyor stores them
    issued = parse_iso(ext.metadata.date)  # ngày ban hành; None when the header gives none or only part of one
    title = ext.metadata.title or (ext.structure.title if ext.structure else None)
    items: list[ChecklistItem] = []
    obligations, again = _task_rows(ext, occurrences=True)
    # deadlines an obligation carries: listed with it, never as rows of their own (by offset; a deadline of an
    # older archive's row, no offsets, by itself)
    claimed = {ob.deadline.span.start for ob in obligations if ob.deadline and ob.deadline.span and ob.deadline.span.end}
    claimed_rows = {id(ob.deadline) for ob in obligations if ob.deadline}
    for ob in obligations:
        if _sits_meeting(ob, ext.meetings):
            continue  # a calendar's holder sitting a weekly session: the meetings' line lists it (holder_rows)
        items.append(_item(ob.who, ob.what, ob.deadline, ob.targets, ob.span, today, ob.partners,
                           ob.due_text, issued, title))
    for d in ext.deadlines:
        if (d.span and d.span.start in claimed) or id(d) in claimed_rows or _key(d) in again or _recalled(d):
            continue
        what = d.what or (d.span.sentence if d.span else d.text)
        sentence = d.span.sentence if d.span else None
        items.append(_item(d.who, what, d, targets_within(ext.targets, what, sentence), d.span, today))

    items += _clauses_beside(ext, obligations, today)

    far = "9999-12-31"
    groups: dict[str, list[ChecklistItem]] = {}
    names: dict[str, str] = {}
    for it in items:
        key = group_key(it.who)
        groups.setdefault(key, []).append(it)
        names.setdefault(key, it.who)
    ordered: list[ChecklistItem] = []
    def order(i: ChecklistItem) -> tuple:
        return (i.past, i.upcoming or far)

    for key in sorted(groups, key=lambda k: (min(order(i) for i in groups[k]), names[k] == UNKNOWN_BODY)):
        ordered += sorted(groups[key], key=order)
    return ordered


def _sits_meeting(ob: Obligation, meetings: tuple[StandingMeeting, ...]) -> bool:
    """``ob`` is undated and only sits a standing meeting of its own body written inside it ("| Thứ Năm hằng tuần |
    Phó Chủ tịch UBND phường … |", a reception calendar's row, :func:`.holder_rows.holder_duties`): the checklist's
    "Lịch họp định kỳ" line says it, a task row beside it would say it twice."""
    return ob.deadline is None and ob.span is not None and any(
        g.span is not None and ob.span.start <= g.span.start < ob.span.end and group_key(g.who) == group_key(ob.who)
        for g in meetings)


def _after_heading(clause: str) -> str:
    """The task without the item's heading its sentence was read with ("Phát triển kinh tế số, xã hội số Hỗ trợ hợp
    tác xã …": the heading's line ran into the task's): a capitalised task verb after a lower-case word starts the
    task. Read from the words alone, so the archive's rows (no structure) give the same task."""
    view = fold(clause)
    for m in re.finditer(r"(?<=\w) (?=\w\w)", clause):
        a = m.end()
        if not (clause[a - 2].islower() and clause[a].isupper() and clause[a + 1].islower()):
            continue
        if P.ACTION_VERB_RE.match(view, a) or W.MORE_VERBS.match(view, a):
            return clause[m.end():]
    return clause


def sentence_row(sentence: str, span: Span, targets, today: dt.date | None = None,
                 issued: dt.date | None = None) -> ChecklistItem:
    """An undated row of a body not named (:data:`UNKNOWN_BODY`) for one task sentence of a plan's tasks part no row
    covers (:mod:`vanban.export.plan_tasks`): its own sentence as source, its ``targets`` (those read inside it), its
    undated time when it states one ("Định kỳ 6 tháng kiểm tra, đánh giá …": :func:`_own_time`)."""
    today = today or dt.date.today()
    what = sentence.strip().rstrip(" .")  # the task, not its closing full stop (the source keeps it)
    return _item(None, what, None, targets, span, today, due_text=_own_time(what, targets), issued=issued)


def _clauses_beside(ext: Extraction, obligations: list[Obligation], today: dt.date) -> list[ChecklistItem]:
    """The undated ";"-clauses of a sentence whose dated clause is listed as a deadline of no obligation: "Hỗ trợ
    hợp tác xã, hộ sản xuất đưa sản phẩm OCOP … lên sàn thương mại điện tử; mỗi thôn thành lập Tổ công nghệ số cộng
    đồng, hoàn thành trước ngày 30/4/2026", "Phối hợp với doanh nghiệp viễn thông phủ sóng … đến 100% thôn, xóm; xây
    dựng cơ sở dữ liệu …, cập nhật định kỳ trước ngày 25 hằng tháng" (18-KH/ĐU): the dated clause is its row, the
    clause beside it was lost; it is listed undated (its date is not written), its item's heading left out."""
    placed = [ob.span for ob in obligations if ob.span and ob.span.end > ob.span.start]
    by_sentence: dict[str, list[Deadline]] = {}
    for d in ext.deadlines:
        if d.what and d.span and d.span.sentence and ";" in d.span.sentence and not d.past \
                and not any(_within(sp, d.span) for sp in placed) \
                and not any(ob.deadline is d or (ob.deadline and ob.deadline.span == d.span) for ob in obligations):
            by_sentence.setdefault(d.span.sentence, []).append(d)
    out: list[ChecklistItem] = []
    for sentence, ds in by_sentence.items():
        keys = [k for d in ds for k in (loose_key(d.what or ""), loose_key(d.text)) if k]
        for clause in sentence.split(";"):
            k = loose_key(clause)
            if len(clause.split()) < 3 or any(x in k for x in keys):
                continue
            task = _after_heading(clause.strip(" ."))
            out.append(_item(ds[0].who, task, None, targets_within(ext.targets, task, sentence), ds[0].span, today))
    return out

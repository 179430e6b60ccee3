"""A task's time as written when it gives no calendar date (``Obligation.due_text``).

Why: the checklist's Thời hạn column showed nothing for tasks whose time is real but undated — a relative time limit
("Sở Khoa học và Công nghệ xây dựng kế hoạch chi tiết, gửi Ủy ban nhân dân tỉnh trong thời hạn 07 ngày kể từ ngày
nhận được Kế hoạch này": listed only as the Chỉ tiêu "≤ 7 ngày") or a task table's due cell that names a standing or
recurring time ("Thường xuyên", "Hằng năm", "Hằng quý" where the document states no day). A user expects them in the
Thời hạn column as written. No calendar date is invented: the obligation keeps no :class:`Deadline` (a relative
limit stays a target for the bench, the labels' convention), so the deadlines' scoring and the calendar feed are
untouched; only the text travels to the checklist, the phiếu and the archive's ``obligations.deadline_text``.
"""

from __future__ import annotations

import dataclasses

from vanban.extract import assignment_words as W
from vanban.extract import patterns as P
from vanban.extract.due_cells import due_cells
from vanban.extract.due_words import (LIMIT_EVENT_MORE_RE, LIMIT_EVENT_STOP_RE, RELATIVE_LIMIT_RE, REPORT_CYCLE_RE,
                                      SCHEDULE_OPENING_RE, TIME_LABEL_LINE_RE, TIME_LABEL_TAIL_RE)
from vanban.extract.folded import Folded, clean_quote
from vanban.extract.task_text import several_tasks as _several_tasks
from vanban.models import Obligation, Table
from vanban.text import fold

__all__ = ["before_tet", "block_time_lines", "relative_limit", "report_cycle", "undated_dues"]


def relative_limit(text: str) -> str | None:
    """The first relative time limit written in ``text`` as it is written ("trong thời hạn 07 ngày kể từ ngày nhận
    được Kế hoạch này"), or None: a limit word ("trong thời hạn", "trong vòng", "chậm nhất", "không quá") before the
    count, or a bare "trong" with the event the count runs from ("trong 05 ngày làm việc, kể từ …")."""
    f = Folded.of(text)
    for m in RELATIVE_LIMIT_RE.finditer(f.view):
        if m.group("firm") or m.group("anchor"):
            end = _event_end(f.view, m.end()) if m.group("anchor") else m.end()
            return clean_quote(f.original[m.start():end]).strip(" ,")
    return None


def report_cycle(text: str) -> str | None:
    """The report cycle written after the report's verb with no day, as written ("hằng quý" in "… tổng hợp tình hình
    thực hiện Kế hoạch, báo cáo hằng quý về Ủy ban nhân dân xã"), or None: the task's time, though no deadline (the
    labels date no cycle without its day); the task keeps its words."""
    f = Folded.of(text)
    m = REPORT_CYCLE_RE.search(f.view)
    return clean_quote(text[m.start("when"):m.end("when")]).strip(" ,") if m else None


def before_tet(text: str) -> str | None:
    """"trước Tết (Nguyên đán …)" as written in ``text``, or None: a time a user reads as the task's (the Thời hạn
    column), though no deadline — the labels leave it undated (:func:`vanban.extract.deadlines.find_deadlines`)."""
    f = Folded.of(text)
    for m in P.TET_RE.finditer(f.view):
        cue = P.BEFORE_TET_RE.search(f.view, max(0, m.start() - 16), m.start())
        if cue and not P.NOT_BEFORE_TET_RE.search(f.view, max(0, m.start() - 30), m.start()):
            return clean_quote(f.original[cue.start():m.end()]).strip(" ,.;")
    return None


def _event_end(view: str, end: int) -> int:
    """Where the event a limit counts from ends: up to its clause's end (a ";", a full stop), over the comma-parted
    names it goes on with ("… của các thôn, tổ dân phố") and a bracket closing it; not over a new clause's verb."""
    while (more := LIMIT_EVENT_MORE_RE.match(view, end)) is not None:
        part = more.group("part")
        if part is not None:
            head = part.lstrip()
            if LIMIT_EVENT_STOP_RE.match(head) or P.ACTION_VERB_RE.match(head) or W.MORE_VERBS.match(head):
                break
        end = more.end()
    return end


def undated_dues(obligations: list[Obligation], tables: tuple[Table, ...]) -> list[Obligation]:
    """``obligations`` with ``due_text`` set where the task has no deadline but states its time: the words of its
    task table's due cell ("Thường xuyên"), else a report cycle opening its task ("Định kỳ 6 tháng, hằng năm báo cáo
    …", cut from the task), else a relative time limit in its task or, opening its sentence
    ("Trong thời hạn 07 ngày, kể từ ngày nhận đủ hồ sơ hợp lệ, Cục trưởng … quyết định …"), before its body."""
    cells = due_cells(tables)
    out = []
    for ob in obligations:
        ob = _label_line(ob)
        if ob.deadline is None and ob.due_text is None:
            cell = _cell_of(ob, cells)  # the task table's due column first ("2026 - 2030" over the task's "Hàng năm")
            ob = dataclasses.replace(ob, due_text=cell) if cell else _opening_cycle(ob)
        if ob.deadline is None and ob.due_text is None:
            due = None if _several_tasks(ob.what) else (relative_limit(ob.what) or _opening_limit(ob) or before_tet(ob.what)
                                                        or report_cycle(ob.what) or _sentence_cycle(ob))
            if due:
                ob = dataclasses.replace(ob, due_text=due)
        out.append(ob)
    return out


def block_time_lines(obligations: list[Obligation], text: Folded) -> list[Obligation]:
    """``obligations`` with the time of their block's labelled line as ``due_text`` where they have no time yet
    (:func:`_time_line`). Run after the tasks lost their own date words (``task_text.without_own_dates``): the line
    stands apart from the task, whose words are not cut by it ("Thường xuyên rà soát, kiện toàn …" keeps its
    "Thường xuyên" over a "Thời gian thực hiện: Thường xuyên." line)."""
    out = []
    for ob in obligations:
        if ob.deadline is None and ob.due_text is None and (when := _time_line(ob, text)):
            ob = dataclasses.replace(ob, due_text=when)
        out.append(ob)
    return out


def _time_line(ob: Obligation, text: Folded) -> str | None:
    """The time written on the one labelled line of the obligation's block ("Thời gian thực hiện: Thường xuyên."
    under "Đơn vị chủ trì thực hiện: Các Sở, ngành …" and "Đơn vị phối hợp: …", 141-KH-UBND): the Thời hạn a reader
    finds there, shown as written (session 33's newcomer: the column was empty); None when the block has no such line
    or several (a block read with its neighbours: whose time is whose is not known)."""
    if ob.span is None or ob.span.end <= ob.span.start:
        return None
    a, b = ob.span.start, ob.span.end
    found = list(TIME_LABEL_LINE_RE.finditer(text.view[a:b]))
    if len(found) != 1:
        return None
    m = found[0]
    when = " ".join(clean_quote(text.original[a + m.start("when"):a + m.end("when")]).split()).strip(" .;*")
    return when or None


def _label_line(ob: Obligation) -> Obligation:
    """The obligation without the time label line its task ran into ("…; Thời gian thực hiện: Thường xuyên"): the
    time as its ``due_text`` when it has no deadline; only the label's words when its date is the deadline already."""
    f = Folded.of(ob.what)
    m = TIME_LABEL_TAIL_RE.search(f.view)
    if m is None:
        return ob
    what = ob.what[:m.start()].rstrip(" ;,.")
    if len(what.split()) < 2:
        return ob
    when = clean_quote(m.group("when") and ob.what[m.start("when"):m.end("when")] or "").strip(" .;")
    if ob.deadline is not None:
        return dataclasses.replace(ob, what=what) if not when or when == ob.deadline.text else ob
    return dataclasses.replace(ob, what=what, due_text=when or None) if when else ob


def _opening_cycle(ob: Obligation) -> Obligation:
    """The obligation with the report cycle that opens its task ("định kỳ 6 tháng, hằng năm báo cáo kết quả thực hiện
    …", no day given) as its ``due_text`` and out of its task; as it was when no cycle opens it, or the task holds
    several tasks (the cycle may time only the first)."""
    f = Folded.of(ob.what)
    m = SCHEDULE_OPENING_RE.match(f.view)
    if m is None or _several_tasks(ob.what):
        return _inner_cycle(ob, f)
    what = ob.what[m.end():].strip()
    if len(what.split()) < 2:
        return ob
    return dataclasses.replace(ob, what=what, due_text=clean_quote(ob.what[m.start("when"):m.end("when")]))


def _inner_cycle(ob: Obligation, f: Folded) -> Obligation:
    """The obligation with the report cycle that opens a later comma clause of its one task ("theo dõi, tổng hợp, định
    kỳ 6 tháng báo cáo Ban Thường vụ Tỉnh ủy", the session-17 newcomer's Chương trình hành động) as its ``due_text``,
    cut from the task ("theo dõi, tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy"); as it was otherwise."""
    if _several_tasks(ob.what):
        return ob
    listed = REPORT_CYCLE_RE.search(f.view)
    comma = f.view.find(",")
    while comma >= 0:
        if listed and listed.start("when") < comma < listed.end("when"):
            return ob  # "báo cáo định kỳ 6 tháng, hằng năm về …": the comma lists the report's cycles, no new clause
        m = SCHEDULE_OPENING_RE.match(f.view, comma + 1)
        if m is not None and len(ob.what[m.end():].split()) >= 2:
            what = ob.what[:comma].rstrip() + ", " + ob.what[m.end():].strip()
            return dataclasses.replace(ob, what=what, due_text=clean_quote(ob.what[m.start("when"):m.end("when")]))
        comma = f.view.find(",", comma + 1)
    return ob


def _opening_limit(ob: Obligation) -> str | None:
    """A relative limit written before the obligation's body in its sentence (the rule's "Trong thời hạn …, X …")."""
    if not (ob.span and ob.span.sentence and ob.who):
        return None
    at = fold(ob.span.sentence).find(fold(ob.who))
    return relative_limit(ob.span.sentence[:at]) if at > 0 else None


def _sentence_cycle(ob: Obligation) -> str | None:
    """The report cycle that opens the obligation's sentence before its subject, as written ("Định kỳ 6 tháng, Phòng
    Kinh tế báo cáo …", "Hằng quý, Văn phòng tổng hợp …"): the task's time as the same cycle after the subject is
    (:func:`_opening_cycle`), which the task's own words never hold; None unless the cycle (and its comma) is all
    that stands before the subject (the sentence holds no item's mark)."""
    if not (ob.span and ob.span.sentence and ob.who):
        return None
    v = fold(ob.span.sentence)
    at = v.find(fold(ob.who))
    if at <= 0:
        return None
    m = SCHEDULE_OPENING_RE.match(v)
    if m is None or m.end() != at:
        return None
    return clean_quote(ob.span.sentence[m.start("when"):m.end("when")]).strip(" ,")


def _cell_of(ob: Obligation, cells) -> str | None:
    """The due cell's words of the table row the obligation was read from (its span is the row's)."""
    if not ob.span:
        return None
    return next((w for a, b, at, _, w in cells if ob.span.start <= at < ob.span.end and a <= ob.span.start <= b), None)

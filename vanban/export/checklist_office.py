"""The checklist as a "phiếu giao việc": a Word table and a CSV Excel opens intact.

Why these two: the staff who carry out a plan pass its tasks on as a Word
table (STT, nội dung công việc, đơn vị chủ trì, đơn vị phối hợp, thời hạn,
chỉ tiêu, căn cứ/nguồn) under a header naming the plan, or track them in
Excel. Excel on Windows reads a CSV as the ANSI code page unless it starts
with a UTF-8 byte order mark, so the CSV carries one (and CRLF line ends).

The Word file is written with python-docx (A4 landscape, Times New Roman,
the usual face of Vietnamese administrative documents, "Table Grid" style).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from vanban.export.plan_places import PlanPlaces
from vanban.export.reader_days import day_written, hour_written, reader_day, reader_hour, reader_when
from vanban.export.checklist_text import MEETINGS_LABEL, meeting_line, plan_targets_label, render_checklist
from vanban.extract.checklist import UNKNOWN_BODY, target_text
from vanban.extract.recurrence import cycle_period, describe
from vanban.models import Metadata, Target
from vanban.text import fold

__all__ = ["COLUMNS", "CSV_COLUMNS", "ORDERS", "PLAN_TARGETS_LABEL", "checklist_rows", "item_tt", "item_tts", "ordered", "checklist_csv", "checklist_docx",
           "checklist_file", "plan_targets", "split_who", "task_words", "with_plan_targets"]

COLUMNS = (
    "TT",
    "Nội dung công việc",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Thời hạn",
    "Chỉ tiêu",
    "Căn cứ / nguồn",
)
#: the words that name the plan's targets no task took, in every format
PLAN_TARGETS_LABEL = "Chỉ tiêu của kế hoạch"
#: the CSV's columns: the phiếu's, plus the due day as yyyy-mm-dd (Excel sorts it; "Thời hạn" is words)
CSV_COLUMNS = COLUMNS[:5] + ("Hạn (yyyy-mm-dd)",) + COLUMNS[5:]
#: orders of the rows: the plan's own (its items' order and numbers) or grouped by đơn vị chủ trì
ORDERS = ("plan", "unit")

#: the header of a list of administrative procedures (folded, lower case): "TT | Mã TTHC | Tên thủ tục hành chính |
#: Thời hạn giải quyết | …" — its time limits ("105 ngày kể từ ngày nhận đủ hồ sơ") are each procedure's, no target
#: of the decision that publishes the list (3850-QD-UBND's "Chỉ tiêu của quyết định: ≤ 105 ngày; ≤ 30 ngày")
PROCEDURE_TABLE_RE = re.compile(r"ten thu tuc|thoi han giai quyet|ma (?:tthc|thu tuc)")
# "Ủy ban nhân dân phường chủ trì, phối hợp với Mặt trận Tổ quốc" → lead, partners
_PARTNERS_RE = re.compile(r"[,;]?\s*(?:chủ trì\s*[,;]?\s*)?phối hợp(?:\s+với)?\s+", re.IGNORECASE)
_LEAD_TAIL_RE = re.compile(r"\s*[,;]?\s*chủ trì\s*[,;]?\s*$", re.IGNORECASE)


def split_who(who: str | None) -> tuple[str, str]:
    """(đơn vị chủ trì, đơn vị phối hợp) from the obligation's "who" as written."""
    if not who:
        return "", ""
    parts = _PARTNERS_RE.split(who, maxsplit=1)
    lead = _LEAD_TAIL_RE.sub("", parts[0]).strip(" ,;")
    partners = parts[1].strip(" ,;.") if len(parts) > 1 else ""
    return lead, partners


def _dmy(iso: str | None) -> str | None:
    """An ISO day as the phiếu writes it (dd/mm/yyyy, :func:`~vanban.export.reader_days.reader_day`); None for no
    full day."""
    return reader_day(iso) if iso and len(iso) == 10 else None


def _when(item) -> str:
    """The deadline as written, with the date it resolves to (dd/mm/yyyy) and its hour when the row has one the words
    do not say ("10/01/2027" of an exercise's timetable row at 7 giờ 30: "10/01/2027 lúc 7 giờ 30"; the session-33
    newcomer's CSV dropped the hour); a recurring one with its rule in words and the day it is next due ("Trước ngày
    20 hằng tháng — lặp lại ngày 20 hằng tháng; lần tới 20/12/2026"), never its first occurrence, long past (a
    newcomer's phiếu said "(20/03/2026)" in December)."""
    text = item.deadline or ""
    nxt = _dmy(item.due_day) if item.rule else None
    d = None if nxt else _dmy(item.due_day)
    at = getattr(item, "time", None)  # a row of an exact day may have its hour ("Deadline.time")
    hour = reader_hour(at) if at and item.date and not item.rule and not hour_written(at, text) else None
    if d and not day_written(d, text):
        when = reader_when(item.due_day, at) if hour else d
        text = f"{text} ({when})" if text else when
    elif hour:
        text = f"{text} lúc {hour}"
    if item.recurrence:
        text += f" — lặp lại {describe(item.recurrence)}"
        if nxt:
            text += f"; lần tới {nxt}"
    elif nxt:  # a report cycle named without its day ("định kỳ hằng quý"): the period it is next reported for
        text += f" — lần tới {cycle_period(item.rule, dt.date.fromisoformat(item.due_day))} (hết ngày {nxt})"
    return text.strip()


#: without a place in the plan (an older archive's rows), "Căn cứ / nguồn" quotes at most
#: this many characters of the source sentence: enough to find the passage
SOURCE_CHARS = 160


def _shortened(text: str, limit: int) -> str:
    """``text`` cut at the last word boundary before ``limit`` characters, with "…"."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + " …"


#: a field that describes the task its title names, opening the rest of a row after that title (folded): "Nội dung:",
#: "Nội dung chính:" (2623/QĐ-TTg's "- Nghị định quy định chi tiết …" / "+ Nội dung: quy định chi tiết …")
_FIELD_OF_TITLE = re.compile(r"noi dung(?:\s+(?:chinh|cu the|chu yeu))?\s*:")


def task_words(what: str, heading: str | None = None, partners: str | None = None) -> str:
    """The task as the phiếu writes it: without the item's heading run into it ("Tăng cường sự
    lãnh đạo … chuyển đổi số Tổ chức học tập …"), without "chủ trì, phối hợp với X" when X has
    its own column, without a closing "./." mark, starting with a capital ("Báo cáo năm")."""
    text = re.sub(r"[ \t]+", " ", what or "").strip()
    if heading:
        head = " ".join(heading.split()).rstrip(" .:")
        rest = text[len(head):].lstrip(" .:;,-–") if head and len(head) < len(text) else ""
        # a heading run into its task starts a new sentence ("… chuyển đổi số Tổ chức học tập …"); a
        # sentence's own words before its colon are the task's ("… gồm các nội dung: họ tên, ngày sinh")
        # a heading closed by a colon opens the list its bullets make ("b) Xây dựng … các nền tảng …, bao gồm:" / "-
        # Nền tảng quản lý dược; …"): the task's own words, kept
        # a title whose task its fields below describe ("- Nghị định quy định chi tiết một số điều Luật …" / "+ Nội
        # dung: quy định chi tiết …", 2623/QĐ-TTg II.5, II.6): the title is the task, kept before its Nội dung
        if rest[:1].isupper() and fold(text[:len(head)]).lower() == fold(head).lower() \
                and not text[len(head):].lstrip(" *").startswith(":") and not _FIELD_OF_TITLE.match(fold(rest).lower()):
            text = rest
    if partners:
        lead_in = re.compile(r"^(?:chủ trì\s*[,;]?\s*)?phối hợp(?:\s+với)?\s+" + re.escape(partners) + r"\s*[,;:]?\s*",
                             re.IGNORECASE)
        rest = lead_in.sub("", text)
        text = rest if rest else text
    text = re.sub(r"\s*\./\.?$", "", text).rstrip(" ;,")
    if re.match(r"[a-zđ]\)\s", text):
        return text  # "a) Xây dựng …": an item's letter stays small ("A)" read as a typo)
    return text[:1].upper() + text[1:]


def without_due_tail(task: str, deadline: str | None) -> str:
    """``task`` without the time after its colon when that is the row's Thời hạn: a timetable's step "Khởi công: trước
    ngày 30/9/2028." or "Thành lập Ủy ban bầu cử xã: chậm nhất 50 ngày trước ngày bầu cử" is the task "Khởi công",
    "Thành lập Ủy ban bầu cử xã" (the session-34 newcomer: the phiếu said the time twice, once as the task)."""
    head, colon, tail = task.rpartition(":")
    if not (colon and deadline and head.strip()):
        return task
    key = fold(" ".join(tail.split())).lower().strip(" .;,")
    return head.rstrip(" *") if key and key in fold(" ".join(deadline.split())).lower() else task


def _who_core(who: str) -> str:
    """The body's own words, folded: "Các chi bộ trực thuộc" → "chi bo truc thuoc"."""
    key = re.sub(r"^(?:cac|nhung|toan the|moi)\s+", "", fold(who).lower().strip())
    return key if len(key.split()) >= 2 else ""


def _own_clause(t: Target) -> str | None:
    """The clause of its sentence a target stands in, between the ";" around its words: "Đến hết năm 2028, ít nhất 70% hộ
    gia đình phân loại rác …; 100% tổ dân phố có đội tự quản …" gives the 70% its first clause alone — the body the
    second names ("tổ dân phố") is not the 70%'s (a newcomer's phiếu put "≥ 70% — hộ gia đình" on the row of "Các tổ
    dân phố")."""
    sentence = t.span.sentence if t.span else None
    at = sentence.find(t.text) if sentence and t.text else -1
    if at < 0:
        return sentence
    end = sentence.find(";", at)
    return sentence[sentence.rfind(";", 0, at) + 1:end if end >= 0 else len(sentence)]


def plan_targets(items: Sequence, places: PlanPlaces | None, targets: Iterable[Target]) -> tuple[dict[int, list[str]], list[str]]:
    """The plan's own targets (its "Chỉ tiêu", "Mục tiêu" or "Mục đích, yêu cầu" part) for the
    tasks they belong to: a target whose scope names a task's body ("100% chi bộ trực thuộc sử
    dụng sổ tay đảng viên điện tử" → the row of "Các chi bộ trực thuộc"), the rest to the first
    task that says it carries out "các chỉ tiêu". Returns ({item index: target texts}, targets
    no task took) — every format lists those under its title, so no target of the plan is lost:
    also one read outside those parts that no row shows (neither in its Chỉ tiêu nor within the
    task's words: a task the obligations missed, a newcomer's 18-KH/ĐU, session 21)."""
    targets = list(targets)
    taken_texts = {x.strip() for it in items for x in (it.targets or "").split("; ")}
    sections = list(places.target_sections()) if places is not None else []
    own = [t for t in targets if t.span and any(a <= t.span.start < b for a, b in sections)]
    listed = _procedure_tables(places)
    stray = [target_text(t) for t in targets if t not in own and _unshown(t, items, taken_texts)
             and not (t.span and any(a <= t.span.start < b for a, b in listed))]
    own = [t for t in own if not _restated_by_row(t, [e for e in targets if e not in own], items)]
    given, left = _plan_own_targets(items, own, taken_texts, places)
    return given, left + [x for x in dict.fromkeys(stray) if x not in left]


def _procedure_tables(places: PlanPlaces | None) -> list[tuple[int, int]]:
    """(start, end) of the tables that list administrative procedures (:data:`PROCEDURE_TABLE_RE` in their header)."""
    if places is None:
        return []
    return [(t["start"], t["end"]) for t in places.tables
            if PROCEDURE_TABLE_RE.search(fold(" | ".join(t.get("header") or [])).lower())]


#: words too common to tell two targets' scopes apart (folded)
_SCOPE_FILLER = frozenset({"cac", "duoc", "va", "cua", "tren", "dia", "ban", "dat", "ty", "le", "tu", "tro", "len",
                           "nam", "co", "cho", "trong", "phan", "dau", "it", "nhat", "toi", "thieu", "bao", "dam"})


def _scope_words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", fold(text or "").lower()) if w not in _SCOPE_FILLER}


def _restated_by_row(t: Target, others: list[Target], items: Sequence) -> bool:
    """Target ``t`` of the plan's "Mục đích, yêu cầu" (or "Chỉ tiêu") part is said again by a task row: "Phấn đấu 100% hồ
    sơ thủ tục hành chính được tiếp nhận, giải quyết đúng hạn" and the table's row "Tiếp nhận, giải quyết 100% hồ sơ
    thủ tục hành chính đúng hạn" (a Word plan of the session-22 newcomer) are one target, which the row's Chỉ tiêu
    shows: the same figures and unit, read within a row, and the row's scope and task hold the words of ``t``'s scope
    (two thirds of them, at least two)."""
    mine = _scope_words(t.scope)
    if len(mine) < 2:
        return False
    for e in others:
        if (e.min, e.max, e.unit) != (t.min, t.max, t.unit) or not e.span:
            continue
        row = next((it for it in items if it.start is not None and it.end is not None
                    and it.start <= e.span.start < it.end), None)
        if row is None:
            continue
        theirs = _scope_words(e.scope) | _scope_words(row.what)
        if len(mine & theirs) >= max(2, -(-2 * len(mine) // 3)):
            return True
    return False


def _unshown(t: Target, items: Sequence, taken_texts: set[str]) -> bool:
    """No row shows target ``t``: not in a row's Chỉ tiêu, nor read within a row's task (its place in the text, or
    its words in the task's or its Hạn's: "trong thời hạn 07 ngày" is its row's Hạn)."""
    if target_text(t) in taken_texts:
        return False
    at = t.span.start if t.span else None
    words = " ".join(t.text.split())
    for it in items:
        if at is not None and it.start is not None and it.end is not None and it.start <= at < it.end:
            return False
        if words and any(words in " ".join((x or "").split()) for x in (it.what, it.deadline)):
            return False
    return True


def with_plan_targets(items: Sequence, places: PlanPlaces | None, targets: Iterable[Target],
                      today: dt.date | None = None, meetings: Sequence = (),
                      left_out: list[str] | None = None) -> tuple[list, list[str]]:
    """The checklist's rows with the plan's own targets in the Chỉ tiêu of the tasks they belong to, and the targets
    no task took (:func:`plan_targets`, read in the plan's order): one set of rows and plan targets for every format
    — Word, CSV, Markdown, JSON, the document page (a newcomer's phiếu showed targets the Markdown and CSV lacked).
    The task sentences of the plan's tasks part no row covers are rows too (:func:`vanban.export.plan_tasks.with_task_rows`);
    a row joined from several bullets of one item is a row per bullet (:func:`vanban.export.bullet_rows.bullet_rows`);
    a row whose body is a sector its task is for has no body (:func:`vanban.export.sector_rows.sector_rows`); the rows
    of one schedule-table cell's task are one row (:func:`vanban.export.cell_rows.cell_rows`); the rows and clauses a
    clerk would strike (a preamble, a past result, an event's particulars…) are left out
    (:func:`vanban.export.struck_rows.struck_rows`); a row of no body under a sector the plan's "Tổ chức thực hiện"
    gives a body by its area of work is that body's (:func:`vanban.export.area_rows.area_rows`); a row that is one of
    the standing ``meetings`` read again as a task is left to "Lịch họp định kỳ"
    (:func:`vanban.export.meeting_rows.without_meeting_rows`). ``left_out``, when given, gets the kind of each row
    struck, for the line the phiếu gives them (:func:`vanban.export.struck_rows.left_out_line`)."""
    from dataclasses import replace

    from vanban.export.area_rows import area_rows
    from vanban.export.bullet_rows import bullet_rows
    from vanban.export.cell_rows import cell_rows
    from vanban.export.meeting_rows import without_meeting_rows
    from vanban.export.plan_tasks import with_task_rows
    from vanban.export.sector_rows import sector_rows
    from vanban.export.struck_rows import struck_rows

    targets = list(targets)
    items = with_task_rows(bullet_rows(cell_rows(sector_rows(items), places), places, today), places, targets, today)
    items, freed = struck_rows(items, places, left_out)
    items = without_meeting_rows(area_rows(items, places), meetings)
    planned = ordered(items, "plan")
    given, left = plan_targets(planned, places, targets)
    left = left + [t for t in freed if t not in left]
    extra = {id(planned[k]): texts for k, texts in given.items()}
    out = [replace(it, targets="; ".join([x for x in [it.targets] if x] + extra[id(it)])) if id(it) in extra else it
           for it in items]
    return out, left


#: a task that carries out the targets a numbered part of the plan sets (folded): "phấn đấu hoàn thành chỉ tiêu được
#: giao tại mục III", "thực hiện các chỉ tiêu phân bổ theo Mục II" — the part's number
_PART_TARGETS_REF = re.compile(r"\bchi tieu\b[^.;]{0,40}?\b(?:tai|theo|o)\s+muc\s+([ivx]{1,5}|\d{1,2})\b")


def _referring_rows(items: Sequence) -> dict[str, int]:
    """The first row that says it carries out the targets of part N, by N ("III")."""
    out: dict[str, int] = {}
    for k, it in enumerate(items):
        for m in _PART_TARGETS_REF.finditer(fold(it.what or "").lower()):
            out.setdefault(m.group(1).upper(), k)
    return out


def _plan_own_targets(items: Sequence, own: list[Target], taken_texts: set[str],
                      places: PlanPlaces | None = None) -> tuple[dict[int, list[str]], list[str]]:
    """The targets of the plan's target parts by the rows they belong to (see :func:`plan_targets`): the row of the
    body a target names; else the row that carries out the targets of the target's part by its number ("Trưởng các
    thôn … phấn đấu hoàn thành chỉ tiêu được giao tại mục III" takes the quota table of "III. CHỈ TIÊU PHÂN BỔ CHO CÁC
    THÔN", session 31, which the phiếu had listed under its title); else the first row that says "chỉ tiêu"."""
    cores = [_who_core(split_who(it.who)[0]) for it in items]
    carrier = next((k for k, it in enumerate(items) if "chi tieu" in fold(it.what or "").lower()), None)
    referring = _referring_rows(items) if places is not None else {}
    given: dict[int, list[str]] = {}
    left: list[str] = []
    for t in own:
        said = target_text(t)
        if said in taken_texts:
            continue
        # the body the target names in full: its scope and sentence ("100% chi bộ, đảng bộ cơ sở sử dụng sổ tay …" is
        # the row of "Các chi bộ, đảng bộ cơ sở", not of "các chi bộ" reporting twice a year), the longest name first
        named = " ".join(fold(x or "").lower() for x in (t.scope, _own_clause(t)))
        found = [(len(core), -k) for k, core in enumerate(cores) if core and core in named]
        if not found and places is not None and t.span:
            # the body its part's heading gives the targets to ("3. Chỉ tiêu giao cho các công đoàn cấp trên cơ sở"
            # over a quota table of eight công đoàn: the row of "Các công đoàn cấp trên cơ sở", session 31)
            head = fold(places.title_at(t.span.start) or "").lower()
            found = [(len(core), -k) for k, core in enumerate(cores) if core and head.startswith("chi tieu")
                     and core in head]
        part = places.part_number_at(t.span.start) if referring and t.span else None
        body = -max(found)[1] if found else referring.get(part, carrier) if part else carrier
        if body is None:
            left.append(said)
        else:
            given.setdefault(body, []).append(said)
    return given, left


def ordered(items: Sequence, order: str = "plan") -> list:
    """``items`` in the plan's order (by where each was read; unplaced rows last, as given) or as given, the rows
    whose body is not named (:data:`~vanban.extract.checklist.UNKNOWN_BODY`) after those a body owns. The one
    order of a document's tasks: the Word table, the CSV and the document page (:func:`vanban.web.downloads.checklist_rows`)
    all list them through it (the session-29 newcomer found the page's order unlike the Word table's).

    Why owned rows first: a phiếu is read for who must do what; 624-KH-UBND (Hà Tĩnh, giáo dục mầm non) listed 42
    rows "(chưa xác định)" before the 11 a Sở owns (the session-47 newcomer), and the tasks staff follow up stood
    below a screenful of rows no one is named for. Each row keeps its TT (the plan's own number where it has one)."""
    if order not in ORDERS:
        raise ValueError(f"unknown order {order!r} (choose from {', '.join(ORDERS)})")
    items = list(items)
    if order == "unit":
        return sorted(items, key=lambda it: it.who == UNKNOWN_BODY)
    return sorted(items, key=lambda it: (it.who == UNKNOWN_BODY, it.start is None, it.start or 0))


def item_tt(item, n: int, places: PlanPlaces | None) -> str:
    """The TT of checklist ``item``, the ``n``-th (1…) row: the plan's own item or table row number where it was read
    (:attr:`vanban.export.plan_places.Place.tt`: "III.1.a", "PL.A.1.1"), else ``n``. The Word table, the CSV and the
    document page number their rows through it."""
    place = places.place(item.start, item.end, item.what) if places else None
    return (place.tt if place else None) or str(n)


def item_tts(items: Sequence, places: PlanPlaces | None) -> list[str]:
    """The TT of each of ``items`` (already in their table order), as :func:`item_tt` gives it, with the rows that
    share one plan item told apart: two bodies charged under "III.1" are "III.1 (1)" and "III.1 (2)" (the session-30
    newcomer found several rows of one item under one TT, which a clerk cannot cite back). A plain row count never
    repeats and stays as it is."""
    tts = [item_tt(it, n, places) for n, it in enumerate(items, 1)]
    tts = _table_rows_apart(items, tts, places)
    shared = Counter(tts)
    told: Counter[str] = Counter()
    out = []
    for tt in tts:
        if shared[tt] > 1:
            told[tt] += 1
            tt = f"{tt} ({told[tt]})"
        out.append(tt)
    return out


def _table_rows_apart(items: Sequence, tts: list[str], places: PlanPlaces | None) -> list[str]:
    """``tts`` with a body table's row numbers prefixed with the number of the part the table stands in: a table under
    "IV. NHIỆM VỤ" numbers its rows 1, 2, 3 and the phiếu's TT read "1", "2", "3" — no part a clerk can find them
    under, and the same "1" as item 1 of another part or another table's row (session 32: "IV.4 (1)" told rows of one
    item apart, a table's rows had lost their part); its rows are "IV.1"–"IV.3". A Công văn's list of late units under
    its item "1." is "1.1"–"1.9" beside its items 3, 4, 5 (session 31). A row whose number already carries the part
    ("1.2" under "1.") keeps it; a table under no numbered part keeps its numbers. The rows of a table whose part
    numbers items of its own (or a row whose number so made is an item of the plan) are the table's: "III.bảng.2"
    (:func:`table_row_tt`), every row of it alike."""
    if places is None:
        return tts
    spots = [places.place(it.start, it.end, it.what) for it in items]
    in_table = [bool(p and p.table_row and not p.appendix) for p in spots]
    numbered = places.item_numbers() if any(in_table) else set()
    out = []
    for tt, t, p in zip(tts, in_table, spots):
        if t and p.number and not tt.startswith(f"{p.number}."):
            tt = f"{p.number}.{tt}"
        if t and (tt in numbered or p.number and any(n.startswith(f"{p.number}.") for n in numbered)):
            tt = table_row_tt(p.number, p.table_row)  # the part numbers items of its own: its table's rows apart
        out.append(tt)
    return out


#: the word that marks a body table's row in a TT where its number would name an item of the plan
TABLE_TT_WORD = "bảng"


def table_row_tt(part: str | None, row: str) -> str:
    """The TT of row ``row`` of a body table standing in part ``part`` ("III.bảng.2"), where "III.2" is the plan's own
    item III.2: a plan's "III. TỔ CHỨC THỰC HIỆN" numbers its items 1–3 and then its "Bảng phân công" its rows 1–3,
    and the phiếu listed the table's rows as "III.1 (4)", "III.2 (2)" among the items' rows (the session-35
    newcomer): a row is cited in its table's own place, as its "Căn cứ / nguồn" says ("Mục III, bảng, dòng 2")."""
    return ".".join(x for x in (part, TABLE_TT_WORD, row) if x)


def checklist_rows(items: Iterable, places: PlanPlaces | None = None, targets: Iterable[Target] = (),
                   order: str = "plan") -> list[list[str]]:
    """One row of :data:`COLUMNS` per checklist item (``ChecklistItem`` shape: who, partners,
    what, deadline, date, latest, recurrence, targets, source, start). With ``places`` (the
    plan's outline and text) TT is the plan's own item number and "Căn cứ / nguồn" cites the
    item and page; without, TT counts the rows and the source sentence is quoted short."""
    items = ordered(items, order)
    extra = plan_targets(items, places, targets)[0]
    rows = []
    tts = item_tts(items, places)
    for i, it in enumerate(items, 1):
        lead, partners = split_who(it.who)
        partners = it.partners or partners
        place = places.place(it.start, it.end, it.what) if places else None
        source = place.cite() if place else _shortened(it.source or "", SOURCE_CHARS)
        heading = places.own_heading_at(it.start) if places else None
        chi_tieu = "; ".join([x for x in [it.targets] if x] + extra.get(i - 1, []))
        rows.append([tts[i - 1], without_due_tail(task_words(it.what or "", heading, partners), it.deadline), lead,
                     partners, _when(it),
                     chi_tieu, source])
    return rows


def _as_phieu(items: list, places: PlanPlaces | None, targets: Iterable[Target]) -> list:
    """``items`` (in their table order) with the words the phiếu and the CSV give them (:func:`checklist_rows`): the
    task without its "chủ trì, phối hợp với X" once X has its column, the lead and partners split. Why: the session-34
    newcomer's JSON said "chủ trì, phối hợp với Hội Chữ thập đỏ xã tổ chức …" where the CSV said "Tổ chức …"."""
    from dataclasses import replace

    rows = checklist_rows(items, places, targets, order="unit")
    return [replace(it, what=r[1], who=r[2] or it.who, partners=r[3] or None) for it, r in zip(items, rows)]


def _iso_due(item) -> str:
    """The day the row is due as yyyy-mm-dd, the date "Thời hạn" gives: a recurring deadline's
    next occurrence from the day the checklist was made (its ``next_due``, dateutil's rrule:
    :func:`vanban.extract.recurrence.next_due`), else its day or a period's last day; "" when undated."""
    return item.due_day or ""


def checklist_csv(items: Iterable, places: PlanPlaces | None = None, targets: Iterable[Target] = (),
                  order: str = "plan", meetings: Sequence = (), label: str = PLAN_TARGETS_LABEL) -> str:
    """CSV text starting with a BOM, CRLF line ends, header :data:`CSV_COLUMNS` (the phiếu's
    columns and the due day as yyyy-mm-dd); the weekly standing meetings (``meetings``:
    :class:`vanban.models.StandingMeeting`) last, a row each (:func:`meeting_csv_row`), as the phiếu lists them.
    ``label`` heads the targets no task took (:func:`vanban.export.checklist_text.plan_targets_label` of the type)."""
    items = ordered(items, order)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    left = plan_targets(items, places, targets)[1]
    if left:  # the plan's targets no task took: a row of their own, as the phiếu's line under its header
        writer.writerow(["", label, "", "", "", "", "; ".join(left), ""])
    for it, row in zip(items, checklist_rows(items, places, targets, order="unit")):
        writer.writerow(row[:5] + [_iso_due(it)] + row[5:])
    for g in meetings:
        writer.writerow(meeting_csv_row(g))
    return "\ufeff" + buf.getvalue()


def meeting_csv_row(g) -> list[str]:
    """A standing meeting (:class:`vanban.models.StandingMeeting`) as a CSV row of :data:`CSV_COLUMNS`: no TT (no
    task of the plan), "Lịch họp định kỳ: <what>", its body, its time as written, its first day, its sentence. Why:
    the Word phiếu, the Markdown and the calendar listed the weekly giao ban and the CSV dropped it (a newcomer's
    plan, session 32): a clerk sorting the sheet lost the meeting."""
    source = _shortened(g.span.sentence, SOURCE_CHARS) if g.span and g.span.sentence else ""
    return ["", f"{MEETINGS_LABEL}: {g.what or 'Họp'}", g.who or "", "", g.text, g.first or "", "", source]


def _nd30_month(month: int) -> str:
    """A month as Nghị định 30/2020/NĐ-CP writes it in a date line: a zero before 1 and 2 only ("tháng 02", "tháng 3",
    "tháng 11": a zero-padded "tháng 09" is no office's writing — a newcomer saw it on the phiếu, session 41)."""
    return f"{month:02d}" if month < 3 else str(month)


def _vn_date(iso: str | None) -> str:
    """"ngày 12 tháng 3 năm 2026", "ngày 07 tháng 02 năm 2026" (the day under 10 and months 1–2 with a zero, as
    Nghị định 30 writes them: :func:`_nd30_month`); a partial date as its parts ("tháng 4 năm 2026", "năm 2026": the
    day left blank)."""
    if iso and len(iso) == 10:
        return f"ngày {int(iso[8:10]):02d} tháng {_nd30_month(int(iso[5:7]))} năm {iso[0:4]}"
    if iso and len(iso) == 7:
        return f"tháng {_nd30_month(int(iso[5:7]))} năm {iso[0:4]}"
    if iso and len(iso) == 4:
        return f"năm {iso}"
    return ""


def header_lines(meta: Metadata) -> list[str]:
    """The plan the tasks come from: loại, số, ngày, cơ quan ban hành, trích yếu."""
    plan = " ".join(x for x in (meta.type or "Văn bản", f"số {meta.number}" if meta.number else None,
                                _vn_date(meta.date)) if x)
    if meta.issuer:
        plan += f" của {meta.issuer}"
    lines = [f"Thực hiện {plan}"]
    if meta.title:  # "V/v" is a Công văn's own wording: a plan's trích yếu is named as such (a newcomer)
        lines.append(meta.title if meta.title.lower().startswith("v/v") else f"Trích yếu: {meta.title}")
    return lines


#: the table's type size (points): 10 tasks on one or two A4 landscape pages, still read at arm's length
TABLE_PT = 11
#: column widths (cm) on A4 landscape with 1.5 cm margins (26.7 cm): the task widest, TT fits "III.2.a"
WIDTHS_CM = (1.3, 7.6, 3.4, 2.6, 3.4, 4.8, 3.6)


def _tight(paragraph, size) -> None:
    """No space before or after a cell's paragraph, single line spacing: the rows stay compact."""
    fmt = paragraph.paragraph_format
    fmt.space_before = fmt.space_after = 0
    fmt.line_spacing = 1.0
    for run in paragraph.runs:
        run.font.size = size


def checklist_docx(items: Sequence, meta: Metadata, places: PlanPlaces | None = None,
                   targets: Iterable[Target] = (), order: str = "plan", meetings: Sequence = (),
                   left_out: str | None = None) -> bytes:
    """The "phiếu giao việc" as .docx bytes (python-docx): the plan's header, its targets no task
    took, the line saying which rows it left out on purpose (``left_out``:
    :func:`vanban.export.struck_rows.left_out_line`), then one table row a task (:func:`checklist_rows`), then the
    weekly standing meetings (``meetings``: :class:`vanban.models.StandingMeeting`) under "Lịch họp định kỳ"."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    style.paragraph_format.space_after = Pt(2)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))

    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("PHIẾU GIAO VIỆC")
    run.bold, run.font.size = True, Pt(14)
    for line in header_lines(meta):
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    items = ordered(items, order)
    _given, left = plan_targets(items, places, targets)
    if left:
        doc.add_paragraph(f"{plan_targets_label(meta.type)}: " + "; ".join(left) + ".")
    if left_out:
        doc.add_paragraph().add_run(left_out).italic = True

    rows = checklist_rows(items, places, targets, order="unit")
    table = doc.add_table(rows=1, cols=len(COLUMNS))
    table.style = "Table Grid"
    size = Pt(TABLE_PT)
    for cell, name in zip(table.rows[0].cells, COLUMNS):
        cell.text = ""
        cell.paragraphs[0].add_run(name).bold = True
        _tight(cell.paragraphs[0], size)
    for row in rows:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value
            _tight(cell.paragraphs[0], size)
    _repeat_header_row(table.rows[0])
    # Word reads the cells' widths, LibreOffice the table grid's: set both, and no autofit (a
    # newcomer's 10-task phiếu ran to 8 pages in LibreOffice with STT as wide as the tasks)
    table.autofit = False
    widths = [Cm(w) for w in WIDTHS_CM]
    for column, width in zip(table.columns, widths):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
    if not rows:
        doc.add_paragraph("Không có nhiệm vụ nào được trích xuất.")
    if meetings:  # the office's weekly rhythm, no task due: lines of their own below the table
        doc.add_paragraph().add_run(f"{MEETINGS_LABEL}:").bold = True
        for g in meetings:
            doc.add_paragraph(f"- {meeting_line(g)}")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _repeat_header_row(row) -> None:
    """Mark the table's first row as a header Word and LibreOffice repeat on each page (w:tblHeader)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    props = row._tr.get_or_add_trPr()
    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    props.append(mark)


def checklist_file(ext, fmt: str, places: PlanPlaces | None = None, order: str = "plan", today=None) -> str | bytes:
    """The checklist of extraction ``ext`` in ``fmt`` (md, csv, json, ics: text; docx: bytes), the same rows and
    plan targets in each (:func:`with_plan_targets`): ``vanban checklist`` and the document page's downloads."""
    return checklist_files(ext, [fmt], places, order, today)[fmt]


def checklist_files(ext, fmts: Sequence[str], places: PlanPlaces | None = None, order: str = "plan",
                    today=None) -> dict[str, str | bytes]:
    """:func:`checklist_file` for several formats at once, by format: the rows are built once from the one
    extraction (``vanban checklist FILE --format docx --format csv``: the document is read and its checklist built
    once, not once a format)."""
    from vanban.extract.checklist import build_checklist

    from vanban.export.struck_rows import left_out_line

    kinds: list[str] = []
    items, left = with_plan_targets(build_checklist(ext, today), places, ext.targets, today, ext.meetings, kinds)
    out: dict[str, str | bytes] = {}
    for fmt in fmts:
        if fmt == "docx":
            out[fmt] = checklist_docx(items, ext.metadata, places, ext.targets, order, ext.meetings, left_out_line(kinds))
        elif fmt == "csv":
            out[fmt] = checklist_csv(items, places, ext.targets, order, ext.meetings, plan_targets_label(ext.metadata.type))
        elif fmt == "json":  # the CSV's rows as data: its order, TT and words
            rows = _as_phieu(ordered(items, order), places, ext.targets)
            out[fmt] = render_checklist(ext, fmt, today=today, items=rows, plan_targets=left, tts=item_tts(rows, places))
        else:
            out[fmt] = render_checklist(ext, fmt, today=today, items=items, plan_targets=left,
                                        left_out=left_out_line(kinds) if fmt == "md" else None)
    return out

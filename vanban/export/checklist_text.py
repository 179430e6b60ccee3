"""The checklist as text: Markdown, CSV, JSON and iCalendar, and the wording of its standing-meeting lines.

Why here, in export: these are writers of the checklist's rows for a reader or another program, like the Word phiếu
and the Excel CSV beside them (:mod:`vanban.export.checklist_office`); :mod:`vanban.extract.checklist` builds the
rows (:class:`~vanban.extract.checklist.ChecklistItem`) and writes nothing. A stage never imports a later one, so
extraction could not word what export prints (session 33's review left these writers in extraction).

``ics`` is an iCalendar file (RFC 5545, via the ``icalendar`` library) with one all-day event per dated item (a
timed one, Asia/Ho_Chi_Minh, when the text gives the hour: "trước 16 giờ 00 ngày 27/10/2026"), recurring ones with
their RRULE; past deadlines stay out of it.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from collections.abc import Sequence
from dataclasses import asdict

from vanban.export.reader_days import reader_day, resolved_words
from vanban.extract.checklist import ChecklistItem, build_checklist, group_key
from vanban.extract.dates import parse_iso
from vanban.extract.recurrence import cycle_period, cycle_rule, describe, first_instance
from vanban.models import Extraction, InputError, StandingMeeting
from vanban.time_of_day import VN_TZ, clock, event_rule

__all__ = ["FORMATS", "MEETINGS_LABEL", "meeting_line", "plan_targets_label", "render_checklist"]

FORMATS = ("md", "csv", "json", "ics")


def render_checklist(ext: Extraction, fmt: str = "md", title: str | None = None,
                     today: dt.date | None = None, items: list[ChecklistItem] | None = None,
                     plan_targets: Sequence[str] = (), tts: Sequence[str] | None = None,
                     left_out: str | None = None) -> str:
    """The checklist as text in ``fmt`` (md | csv | json | ics); ``today`` (default:
    the current date) sets when recurring deadlines are next due. ``items`` and
    ``plan_targets`` (the plan's targets no task took): the rows the Word phiếu has
    (:func:`vanban.export.checklist_office.with_plan_targets`, which reads the plan's
    parts); default :func:`build_checklist` without the rows that are a standing meeting read again as a task (the
    meeting is listed once, under "Lịch họp định kỳ": :func:`vanban.export.meeting_rows.without_meeting_rows`). ``tts``: the TT of each of ``items``, as the Word table and the
    CSV number them (:func:`vanban.export.checklist_office.checklist_files` gives the rows in their order with
    their TT); the JSON's "tt", else the rows counted. ``left_out``: the phiếu's line on the rows it left out on purpose
    (:func:`vanban.export.struck_rows.left_out_line`), which the Markdown prints under its targets as the Word phiếu
    does: a clerk reading the .md counts its rows against the archive's obligations just the same."""
    if fmt not in FORMATS:
        raise InputError(f"unknown checklist format {fmt!r} (choose from {', '.join(FORMATS)})")
    if items is None:
        from vanban.export.meeting_rows import without_meeting_rows

        items = without_meeting_rows(build_checklist(ext, today), ext.meetings)
    m = ext.metadata
    title = title or " ".join(x for x in (m.type, m.number, m.title) if x) or "Văn bản"
    if fmt == "json":
        return _json(items, title, ext, tuple(plan_targets), tts)
    if fmt == "md":
        return _md(items, title, ext, tuple(plan_targets), left_out)
    return {"csv": _csv, "ics": _ics}[fmt](items, title, ext, tuple(plan_targets))


def plan_targets_label(doc_type: str | None) -> str:
    """The words that head the document's targets no task took, naming its own type: "Chỉ tiêu của kế hoạch",
    "Chỉ tiêu của nghị quyết", "Chỉ tiêu của văn bản" when the type is unknown. Why: a Nghị quyết's checklist said
    "Chỉ tiêu của kế hoạch" (newcomer, session 32). The one label of md, csv, docx and the document page."""
    kind = " ".join((doc_type or "").split()).lower()
    return f"Chỉ tiêu của {kind or 'văn bản'}"


def _md(items: list[ChecklistItem], title: str, ext: Extraction, plan_targets: tuple[str, ...] = (),
        left_out: str | None = None) -> str:
    out = [f"# Danh mục nhiệm vụ — {title}", ""]
    if plan_targets:
        out += [f"**{plan_targets_label(ext.metadata.type)}:** {'; '.join(plan_targets)}", ""]
    if left_out:
        out += [f"_{left_out}_", ""]
    current = None
    for it in items:
        # one heading a body, however its rows spell it ("Ban xây dựng Đảng"; "Sở KH&CN" and "Sở Khoa học và Công
        # nghệ": the unit's spelled-out key, as build_checklist groups and the docx --order unit heads them)
        if group_key(it.who) != current:
            if current is not None:
                out.append("")
            out += [f"## {it.who}", ""]
            current = group_key(it.who)
        line = f"- [ ] {it.what}"
        if it.deadline:
            line += f" — **Hạn:** {it.deadline}" + resolved_words(it)
            if it.past:
                line += " — _đã qua khi ban hành văn bản_"
            if it.recurrence:
                line += f" — lặp lại {describe(it.recurrence)}"
                if it.next_due:
                    line += f" — **Lần tới:** {reader_day(it.next_due)}"
            elif it.next_due and (cycle := cycle_rule(it.deadline)):
                line += (f" — **Lần tới:** {cycle_period(cycle, dt.date.fromisoformat(it.next_due))} (hết ngày "
                         f"{reader_day(it.next_due)})")
        if it.partners:
            line += f" — **Phối hợp:** {it.partners}"
        if it.targets:
            line += f" — **Chỉ tiêu:** {it.targets}"
        out.append(line)
        if it.source:
            out.append(f"  > {it.source}")
    if not items:
        out.append("_Không tìm thấy nhiệm vụ._")
    if ext.meetings:  # the weekly standing meetings: the office's rhythm, no task due (vanban.extract.standing_meetings)
        out += ["", f"## {MEETINGS_LABEL}", ""] + [f"- {meeting_line(g)}" for g in ext.meetings]
    return "\n".join(out) + "\n"


#: the heading of the weekly standing meetings in the checklist (md, the Word phiếu, the document page, the calendar)
MEETINGS_LABEL = "Lịch họp định kỳ"


def meeting_line(g: StandingMeeting) -> str:
    """One "Lịch họp định kỳ" line of the checklist: "Thường trực Đảng ủy: Giao ban — sáng thứ Hai hằng tuần (từ
    04/01/2027)", its first day as a reader writes it. Display text, here with the checklist's other wording
    (:func:`describe` of a rule), not in :mod:`vanban.extract.standing_meetings`, which returns the facts; the Word
    phiếu and the document page call it."""
    head = f"{g.who}: " if g.who else ""
    return f"{head}{g.what or 'Họp'} — {g.text}" + (f" (từ {reader_day(g.first)})" if g.first else "")


_CSV_FIELDS = ["who", "partners", "what", "deadline", "date", "time", "earliest", "latest", "recurrence", "next_due", "past", "targets",
               "source"]


def _csv(items: list[ChecklistItem], title: str, ext: Extraction, plan_targets: tuple[str, ...] = ()) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=_CSV_FIELDS, lineterminator="\n")
    w.writeheader()
    if plan_targets:  # the plan's targets no task took: a row of their own
        w.writerow({"what": plan_targets_label(ext.metadata.type), "targets": "; ".join(plan_targets)})
    for it in items:
        w.writerow({k: getattr(it, k) for k in _CSV_FIELDS})
    for g in ext.meetings:  # the weekly standing meetings, as the md and ics list them (a row each, last)
        w.writerow({"who": g.who, "what": f"{MEETINGS_LABEL}: {g.what or 'Họp'}", "deadline": g.text, "date": g.first,
                    "time": g.time, "recurrence": g.recurrence, "source": g.span.sentence if g.span else None})
    return buf.getvalue()


def _json(items: list[ChecklistItem], title: str, ext: Extraction, plan_targets: tuple[str, ...] = (),
          tts: Sequence[str] | None = None) -> str:
    """The rows as data, each with its TT first ("tt": the CSV's and the Word table's, in their order: the session-33
    newcomer's JSON had no TT and another order), then the :class:`ChecklistItem` fields (ISO days: data)."""
    tts = list(tts) if tts is not None else [str(n) for n in range(1, len(items) + 1)]
    rows = [{"tt": tt, **asdict(i)} for tt, i in zip(tts, items)]
    return json.dumps({"title": title, "plan_targets": list(plan_targets), "items": rows,
                       "meetings": [{k: v for k, v in asdict(g).items() if k != "span"} for g in ext.meetings]},
                      ensure_ascii=False, indent=2) + "\n"


def _meeting_event(cal, g, title: str, stamp: dt.datetime) -> None:
    """The weekly event of a standing meeting (none without a first day: a text read without its date)."""
    from icalendar import Event

    day = parse_iso(g.first)
    if day is None:
        return
    ev = Event()
    digest = hashlib.sha1(f"{title}|meeting|{g.who}|{g.what}|{g.recurrence}".encode()).hexdigest()[:20]
    ev.add("uid", f"{digest}@vanban")
    ev.add("dtstamp", stamp)
    ev.add("summary", (f"{g.who}: " if g.who else "") + (g.what or "Họp"))
    at = clock(g.time)
    if at is not None:
        ev.add("dtstart", dt.datetime.combine(day, at, tzinfo=VN_TZ))
    else:
        ev.add("dtstart", day)
        ev.add("dtend", day + dt.timedelta(days=1))
    ev.add("description", "\n".join([f"{MEETINGS_LABEL}: {g.text}"] + ([f"Nguồn: {g.span.sentence}"] if g.span else [])))
    ev.add("rrule", event_rule(g.recurrence, at))
    cal.add_component(ev)


def _ics(items: list[ChecklistItem], title: str, ext: Extraction, plan_targets: tuple[str, ...] = ()) -> str:
    """Dated rows as events; the plan's targets have no day: they stay out of the calendar."""
    from icalendar import Calendar, Event  # imported here: only the ics format needs it

    cal = Calendar()
    cal.add("prodid", "-//vanban//checklist//VI")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", title)
    stamp_date = parse_iso(ext.metadata.date) or dt.date(2000, 1, 1)
    stamp = dt.datetime(stamp_date.year, stamp_date.month, stamp_date.day, tzinfo=dt.timezone.utc)
    for it in items:
        day = parse_iso(it.due or it.due_day)  # a dated rule's series starts at its first occurrence (all its days
        # are events); a report cycle named without its day has none: its next period's end (the row's due_day)
        if day is None or it.past:
            continue  # a past deadline recalled by the document is no calendar event
        ev = Event()
        digest = hashlib.sha1(f"{title}|{it.who}|{it.what}|{it.due}|{it.recurrence}".encode()).hexdigest()[:20]
        ev.add("uid", f"{digest}@vanban")
        ev.add("dtstamp", stamp)
        ev.add("summary", f"{it.who}: {it.what}"[:250])
        rule = it.rule and first_instance(it.rule, day)
        if rule:
            day = rule  # DTSTART is an instance of its RRULE (RFC 5545)
        at = clock(it.time) if it.date else None
        if at is not None:  # "trước 16 giờ 00 ngày 27/10/2026": a timed event at that hour, Vietnam's time
            ev.add("dtstart", dt.datetime.combine(day, at, tzinfo=VN_TZ))
        else:  # a day alone: an all-day event
            ev.add("dtstart", day)
            ev.add("dtend", day + dt.timedelta(days=1))
        desc = [f"Hạn: {it.deadline}"] if it.deadline else []
        if it.rule:
            desc.append(f"Lặp lại: {describe(it.rule)}")
        if it.earliest and it.latest and it.earliest != it.latest:
            desc.append(f"Khoảng: {reader_day(it.earliest)} – {reader_day(it.latest)}")
        if it.targets:
            desc.append(f"Chỉ tiêu: {it.targets}")
        if it.source:
            desc.append(f"Nguồn: {it.source}")
        ev.add("description", "\n".join(desc))
        if rule:  # "trước 19h00' hằng ngày" in a 2027 plan: daily at 19:00 until 31/12/2027 (UNTIL in UTC, timed)
            ev.add("rrule", event_rule(it.rule, at))
        cal.add_component(ev)
    for g in ext.meetings:  # a weekly standing meeting: a weekly event from its first day
        _meeting_event(cal, g, title, stamp)
    cal.add_missing_timezones()  # the VTIMEZONE of a timed event's TZID (RFC 5545 §3.6.5)
    return cal.to_ical().decode("utf-8")

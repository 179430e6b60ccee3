"""The checklist of obligations: who must do what, by when — as md, csv, json or ics.

Why: the point of reading a directive is the list of things one body must do
and their due dates. Items are grouped by responsible body (folded key, so
"UBND phường" and "Ubnd phuong" are one group), groups and items ordered by
deadline (undated last). Dated deadlines that no obligation claims (e.g.
"Dự kiến đầu tháng 10/2025: Đảng ủy tổ chức Hội nghị …") are listed too.
``ics`` is an iCalendar file (RFC 5545, via the ``icalendar`` library) with
one all-day event per dated item, recurring ones with their RRULE.

Recurring deadlines ("trước ngày 15/11 hằng năm") show when they are next due
from ``today`` (:func:`vanban.extract.recurrence.next_due`), so a yearly task
is never listed as overdue after its first occurrence; deadlines that had
already passed when the document was issued (``Deadline.past``: a reminder
recalls them) are shown as past, after the upcoming ones, and stay out of
the calendar feed.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from dataclasses import asdict, dataclass

from vanban.extract.dates import parse_iso
from vanban.extract.folded import loose_key
from vanban.extract.recurrence import next_due
from vanban.models import Deadline, Extraction, InputError

__all__ = ["ChecklistItem", "build_checklist", "render_checklist", "FORMATS"]

FORMATS = ("md", "csv", "json", "ics")
UNKNOWN_BODY = "(chưa xác định)"


@dataclass(frozen=True)
class ChecklistItem:
    who: str
    what: str
    deadline: str | None  # the deadline as written ("trước 15/3/2026")
    date: str | None
    earliest: str | None
    latest: str | None
    recurrence: str | None
    targets: str | None  # "01–02 mô hình (mỗi năm)"; several joined by "; "
    source: str | None  # the sentence/item the obligation was read from
    next_due: str | None = None  # ISO day a recurring deadline is next due on or after today
    past: bool = False  # the deadline had passed when the document was issued

    @property
    def due(self) -> str | None:
        """The date the item is due by: exact date, else the interval's end."""
        return self.date or self.latest

    @property
    def upcoming(self) -> str | None:
        """The day to sort and show it by: the next occurrence of a recurring deadline,
        else its due day; None for a past deadline (it is not upcoming)."""
        return None if self.past else (self.next_due or self.due)


def _target_text(t) -> str:
    if t.min is not None and t.max is not None and t.min != t.max:
        q = f"{_n(t.min)}–{_n(t.max)}"
    elif t.min is not None and t.max is None:
        q = f"≥ {_n(t.min)}"
    elif t.min is None and t.max is not None:
        q = f"≤ {_n(t.max)}"
    else:
        q = _n(t.min if t.min is not None else t.max)
    unit = t.unit or ""
    s = f"{q}{unit}" if unit.startswith("%") else f"{q} {unit}".strip()
    if t.scope:
        s += f" — {t.scope}"
    if t.period:
        s += f" ({t.period})"
    return s


def _n(x: float | None) -> str:
    if x is None:
        return "?"
    return str(int(x)) if float(x).is_integer() else str(x)


def _item(who: str | None, what: str, d: Deadline | None, targets, source: str | None,
          today: dt.date) -> ChecklistItem:
    nxt = next_due(d, today) if d is not None and d.recurrence and not d.past else None
    return ChecklistItem(
        who=who or UNKNOWN_BODY,
        what=what,
        deadline=d.text if d else None,
        date=d.date if d else None,
        earliest=d.earliest if d else None,
        latest=d.latest if d else None,
        recurrence=d.recurrence if d else None,
        targets="; ".join(_target_text(t) for t in targets) or None,
        source=source,
        next_due=nxt.isoformat() if nxt else None,
        past=bool(d and d.past),
    )


def _without_tasks(what: str, others: list[str]) -> str:
    """``what`` without its ";"-clauses that hold one of ``others`` (tasks listed on rows
    of their own): "…, gửi về Ban Xây dựng Đảng; báo cáo sơ kết 6 tháng và báo cáo năm …"
    keeps its first clause when both reports have their own deadline rows. Never empty."""
    if not others or ";" not in what:
        return what
    keys = [loose_key(o) for o in others if loose_key(o)]
    kept = [part for part in what.split(";") if not any(k in loose_key(part) for k in keys)]
    return ";".join(kept).strip() if kept else what


def build_checklist(ext: Extraction, today: dt.date | None = None) -> list[ChecklistItem]:
    """Obligations (plus unclaimed dated deadlines), grouped by body, by the day each
    is next due from ``today`` (default: the current date); past deadlines last."""
    today = today or dt.date.today()
    items: list[ChecklistItem] = []
    # deadlines an obligation carries: listed with it, never as rows of their own
    claimed = {ob.deadline.span.start for ob in ext.obligations if ob.deadline and ob.deadline.span}
    for ob in ext.obligations:
        # the body's other dated tasks get rows of their own (below): not repeated in this one
        own_later = [d for d in ext.deadlines if d.span and ob.span and d.what and d.span.start not in claimed
                     and ob.span.start <= d.span.start and d.span.end <= ob.span.end]
        what = _without_tasks(ob.what, [d.what for d in own_later])
        items.append(_item(ob.who, what, ob.deadline, ob.targets, ob.span.sentence if ob.span else None, today))
    for d in ext.deadlines:
        if d.span and d.span.start in claimed:
            continue
        what = d.what or (d.span.sentence if d.span else d.text)
        items.append(_item(d.who, what, d, (), d.span.sentence if d.span else None, today))

    far = "9999-12-31"
    groups: dict[str, list[ChecklistItem]] = {}
    names: dict[str, str] = {}
    for it in items:
        key = loose_key(it.who) or it.who
        groups.setdefault(key, []).append(it)
        names.setdefault(key, it.who)
    ordered: list[ChecklistItem] = []
    def order(i: ChecklistItem) -> tuple:
        return (i.past, i.upcoming or far)

    for key in sorted(groups, key=lambda k: (min(order(i) for i in groups[k]), names[k] == UNKNOWN_BODY)):
        ordered += sorted(groups[key], key=order)
    return ordered


def render_checklist(ext: Extraction, fmt: str = "md", title: str | None = None,
                     today: dt.date | None = None) -> str:
    """The checklist as text in ``fmt`` (md | csv | json | ics); ``today`` (default:
    the current date) sets when recurring deadlines are next due."""
    if fmt not in FORMATS:
        raise InputError(f"unknown checklist format {fmt!r} (choose from {', '.join(FORMATS)})")
    items = build_checklist(ext, today)
    m = ext.metadata
    title = title or " ".join(x for x in (m.type, m.number, m.title) if x) or "Văn bản"
    return {"md": _md, "csv": _csv, "json": _json, "ics": _ics}[fmt](items, title, ext)


def _md(items: list[ChecklistItem], title: str, ext: Extraction) -> str:
    out = [f"# Danh mục nhiệm vụ — {title}", ""]
    current = None
    for it in items:
        if it.who != current:
            if current is not None:
                out.append("")
            out += [f"## {it.who}", ""]
            current = it.who
        line = f"- [ ] {it.what}"
        if it.deadline:
            when = it.date or (f"{it.earliest} – {it.latest}" if it.earliest else "")
            line += f" — **Hạn:** {it.deadline}" + (f" ({when})" if when else "")
            if it.past:
                line += " — _đã qua khi ban hành văn bản_"
            if it.recurrence:
                line += f" — lặp lại `{it.recurrence}`"
                if it.next_due:
                    line += f" — **Lần tới:** {it.next_due}"
        if it.targets:
            line += f" — **Chỉ tiêu:** {it.targets}"
        out.append(line)
        if it.source:
            out.append(f"  > {it.source}")
    if not items:
        out.append("_Không tìm thấy nhiệm vụ._")
    return "\n".join(out) + "\n"


_CSV_FIELDS = ["who", "what", "deadline", "date", "earliest", "latest", "recurrence", "next_due", "past", "targets",
               "source"]


def _csv(items: list[ChecklistItem], title: str, ext: Extraction) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=_CSV_FIELDS, lineterminator="\n")
    w.writeheader()
    for it in items:
        w.writerow({k: getattr(it, k) for k in _CSV_FIELDS})
    return buf.getvalue()


def _json(items: list[ChecklistItem], title: str, ext: Extraction) -> str:
    return json.dumps({"title": title, "items": [asdict(i) for i in items]}, ensure_ascii=False, indent=2) + "\n"


def _ics(items: list[ChecklistItem], title: str, ext: Extraction) -> str:
    from icalendar import Calendar, Event, vRecur  # imported here: only the ics format needs it

    cal = Calendar()
    cal.add("prodid", "-//vanban//checklist//VI")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", title)
    stamp_date = parse_iso(ext.metadata.date) or dt.date(2000, 1, 1)
    stamp = dt.datetime(stamp_date.year, stamp_date.month, stamp_date.day, tzinfo=dt.timezone.utc)
    for it in items:
        day = parse_iso(it.due)
        if day is None or it.past:
            continue  # a past deadline recalled by the document is no calendar event
        ev = Event()
        digest = hashlib.sha1(f"{title}|{it.who}|{it.what}|{it.due}|{it.recurrence}".encode()).hexdigest()[:20]
        ev.add("uid", f"{digest}@vanban")
        ev.add("dtstamp", stamp)
        ev.add("summary", f"{it.who}: {it.what}"[:250])
        ev.add("dtstart", day)
        ev.add("dtend", day + dt.timedelta(days=1))
        desc = [f"Hạn: {it.deadline}"] if it.deadline else []
        if it.earliest and it.latest and it.earliest != it.latest:
            desc.append(f"Khoảng: {it.earliest} – {it.latest}")
        if it.targets:
            desc.append(f"Chỉ tiêu: {it.targets}")
        if it.source:
            desc.append(f"Nguồn: {it.source}")
        ev.add("description", "\n".join(desc))
        if it.recurrence:
            ev.add("rrule", vRecur.from_ical(it.recurrence))
        cal.add_component(ev)
    return cal.to_ical().decode("utf-8")

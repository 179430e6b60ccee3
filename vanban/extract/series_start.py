"""A monthly deadline that starts later: "trước ngày 25 hằng tháng, từ tháng 3 đến tháng 10 năm 2028" first falls
due in the month it starts from, not the month after the document.

Why: a Quyết định giao chỉ tiêu trồng rừng of 24/01/2028 asks each khu dân cư to report "trước ngày 25 hằng tháng,
từ tháng 3 đến tháng 10 năm 2028": the reports run over the planting season, the first due 25/3/2028 (t31-09's labels:
the monthly deadline dated at its start month). The recurrence grammar dated it 25/01/2028, the first 25th after the
document's day. Here a monthly deadline whose clause goes on with the months it runs over ("từ tháng 3 (năm 2028) đến
tháng 10 năm 2028", "bắt đầu từ tháng 3/2028"), or opens with them ("Từ tháng 12/2033 đến tháng 5/2034, báo cáo …
hằng tháng, trước ngày 25", a42-05's labels: first due 25/12/2033 in a plan of 24/11/2033), or names them in brackets
before it ("trong thời gian điều tra, hoàn thiện hồ sơ (tháng 9 - tháng 11/2040) báo cáo tiến độ … trước ngày 20 hằng
tháng", a54-07's labels: first due 20/9/2040, the bracket no deadline), gets its first occurrence on or after the start
month's first day; obligations that held it hold the moved one.

Likewise a daily or weekly report of a campaign's plan issued before the campaign starts: "Các tổ … báo cáo nhanh kết
quả trong ngày … trước 15 giờ 30 hằng ngày", "Tổ Tổng hợp … báo cáo kết quả tuần … trước 16 giờ thứ Sáu hằng tuần" in
a Kế hoạch cao điểm of 06/12/2029 whose "Thời gian cao điểm: từ ngày 15/12/2029 đến hết ngày 15/02/2030" follows: the
reports are of the campaign's days and weeks, the first due on its first day (15/12) and its first Friday (21/12), not
the day after the document (t34-05's labels: "its first occurrence inside the campaign"), and each ends with the
campaign (``UNTIL`` its last day, 15/02/2030): a campaign's daily report is not due after it (a newcomer's
``lich_han.ics`` and ``han_sap_toi``, session 35, listed them in March). Only a plan whose title
names a campaign (:data:`patterns.CAMPAIGN_WORDS`) and that prints one such window; a series whose sentence says when
it starts keeps it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from vanban.extract import patterns as P
from vanban.extract import recurrence as R
from vanban.extract.folded import kw
from vanban.extract.plan_periods import ended_on
from vanban.models import Deadline, Obligation
from vanban.text import fold

__all__ = ["from_campaign_start", "from_start_month"]

#: the months a monthly deadline runs over, right after it in its clause (folded): ", từ tháng 3 đến tháng 10 năm
#: 2028", " (bắt đầu từ tháng 3/2028)"; groups: the start month, its year if written, the end's year
RUN_MONTHS = re.compile(
    rf"\s*[,(]?\s*(?:{kw('bat dau')}\s+)?{kw('tu')}\s+{kw('thang')}\s+(?P<m>\d{{1,2}})"
    rf"(?:\s*(?:/|{kw('nam')})\s*(?P<y>20\d{{2}}))?"
    rf"(?:\s+{kw('den')}(?:\s+{kw('het')})?\s+{kw('thang')}\s+\d{{1,2}}(?:\s*(?:/|{kw('nam')})\s*(?P<y2>20\d{{2}}))?)?")
#: … or put first, opening the deadline's clause (folded): "- Từ tháng 12/2033 đến tháng 5/2034, báo cáo tình hình …
#: hằng tháng, trước ngày 25" — the same run in the other order; matched on the clause's words before the deadline
#: (from the line's bullet or the sentence's start), its comma closing the run
RUN_MONTHS_LEAD = re.compile(
    rf"^[\s\-–+•*]*(?:{kw('bat dau')}\s+)?{kw('tu')}\s+{kw('thang')}\s+(?P<m>\d{{1,2}})"
    rf"(?:\s*(?:/|{kw('nam')})\s*(?P<y>20\d{{2}}))?"
    rf"\s+{kw('den')}(?:\s+{kw('het')})?\s+{kw('thang')}\s+\d{{1,2}}(?:\s*(?:/|{kw('nam')})\s*(?P<y2>20\d{{2}}))?\s*,")
#: … or in brackets earlier in the clause, after the time it names (folded): "trong thời gian điều tra, hoàn thiện hồ
#: sơ (tháng 9 - tháng 11/2040) báo cáo tiến độ … trước ngày 20 hằng tháng" (a54-07's labels: first due 20/9/2040 in a
#: plan of 18/11/2039, the bracket no deadline of its own); groups as :data:`RUN_MONTHS`
RUN_MONTHS_BRACKET = re.compile(
    rf"\(\s*(?:{kw('tu')}\s+)?{kw('thang')}\s+(?P<m>\d{{1,2}})(?:\s*(?:/|{kw('nam')})\s*(?P<y>20\d{{2}}))?"
    rf"\s*(?:[-–]|{kw('den')}(?:\s+{kw('het')})?)\s*(?:{kw('thang')}\s+)?\d{{1,2}}\s*(?:/|{kw('nam')})\s*(?P<y2>20\d{{2}})\s*\)")
#: where the deadline's clause opens, looking back from it (folded): a blank line, a line's bullet, a full stop or
#: a semicolon
_CLAUSE_OPENS = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*[-–+•*])|[.;:](?=\s)")
#: the farthest the clause is looked back over for its run of months
_LEAD_REACH = 300
_MONTHLY = re.compile(r"FREQ=MONTHLY(?!.*INTERVAL)")
#: … or the months it is kept in, listed further on in its clause (folded): "hằng tháng, trước ngày 25 báo cáo nhanh
#: tình hình … trong tháng 6, tháng 7, tháng 8/2034", "… vào các tháng 6, 7 và 8 năm 2034"; groups: the first month,
#: the year
LISTED_MONTHS = re.compile(
    rf"(?<![a-z])(?:{kw('trong')}|{kw('vao')})\s+(?:{kw('cac')}\s+)?{kw('thang')}\s+(?P<m>\d{{1,2}})"
    rf"(?:\s*(?:,|{kw('va')})\s*(?:{kw('thang')}\s+)?\d{{1,2}})+\s*(?:/|{kw('nam')})\s*(?P<y>20\d{{2}})")
#: the end of a deadline's clause (folded)
_CLAUSE_END = re.compile(r"[;.](?:\s|$)|\n")


def from_start_month(deadlines: list[Deadline], obligations: list[Obligation], view: str
                     ) -> tuple[list[Deadline], list[Obligation]]:
    """``deadlines`` with each monthly deadline followed in ``view`` (the folded text) by its run of months, or with
    that run opening its clause (:data:`RUN_MONTHS_LEAD`), dated at the first occurrence from the start month; ``obligations`` holding such a deadline hold the moved one."""
    moved: dict[tuple[int, int], dict[str, str]] = {}  # a moved deadline's span → its first day
    listed: list[tuple[int, int]] = []  # the extents of month lists a series is kept in: no due months of their own
    for d in deadlines:
        if not (d.span and d.recurrence and d.date and _MONTHLY.match(d.recurrence)):
            continue
        m = RUN_MONTHS.match(view, d.span.end) or _run_months_before(view, d.span.start)
        if not m and (m := _bracketed_run_before(view, d.span.start)):
            listed.append(m.span())  # the bracket is the series' run, no window of its own
        if not m:
            # "hằng tháng, trước ngày 25 báo cáo nhanh … trong tháng 6, tháng 7, tháng 8/2034" (a Chỉ thị of 08/5/2034
            # on summer drownings, t43-06's labels: first due 25/6/2034, the months no deadlines of their own)
            end = _CLAUSE_END.search(view, d.span.end)
            m = LISTED_MONTHS.search(view, d.span.end, min(end.start() if end else len(view), d.span.end + 200))
            if m:
                listed.append(m.span())
        if not m or not 1 <= int(m.group("m")) <= 12:
            continue
        first = dt.date.fromisoformat(d.date)
        year = int(m.group("y") or m.group("y2") or first.year)
        start = dt.date(year, int(m.group("m")), 1)
        if start <= first:
            continue
        day = R.first_on_or_after(d.recurrence, start, start)
        if day is None:
            continue
        moved[(d.span.start, d.span.end)] = {"date": day.isoformat(), "earliest": day.isoformat(),
                                             "latest": day.isoformat()}
    if listed:
        kept = [d for d in deadlines if not (d.span and not d.recurrence and any(a <= d.span.start < b for a, b in listed))]
        obligations = [replace(ob, deadline=None) if ob.deadline is not None and ob.deadline not in kept
                       and ob.deadline in deadlines else ob for ob in obligations]
        deadlines = kept
    return _with_moved(deadlines, obligations, moved)


def _run_months_before(view: str, at: int) -> re.Match[str] | None:
    """The run of months that opens the clause of the deadline at ``at`` (:data:`RUN_MONTHS_LEAD`), else None."""
    lo = max(0, at - _LEAD_REACH)
    opening = max((m.end() for m in _CLAUSE_OPENS.finditer(view, lo, at)), default=lo)
    return RUN_MONTHS_LEAD.match(view[opening:at])


def _bracketed_run_before(view: str, at: int) -> re.Match[str] | None:
    """The last bracketed run of months (:data:`RUN_MONTHS_BRACKET`) in the clause of the deadline at ``at`` before
    it, else None."""
    lo = max(0, at - _LEAD_REACH)
    opening = max((m.end() for m in _CLAUSE_OPENS.finditer(view, lo, at)), default=lo)
    m = None
    for m in RUN_MONTHS_BRACKET.finditer(view, opening, at):
        pass
    return m


#: the campaign's window on a "Thời gian …:" line of its own (folded): "- Thời gian cao điểm: từ ngày 15/12/2029 đến hết
#: ngày 15/02/2030", "Thời gian thực hiện: từ ngày 01/8 đến ngày 30/9/2029", or under such a heading, the days on the
#: next line ("II. THỜI GIAN CAO ĐIỂM ⏎ Từ ngày 15/12/2029 đến hết ngày 15/02/2030.", :data:`patterns.RUN_LABEL_SEP`);
#: groups: the window as written (``win``), the first day, month, year if written, the last day's year
CAMPAIGN_WINDOW = re.compile(
    rf"(?m)^[\s\-–+•*]*(?:(?:\d{{1,2}}|[ivx]{{1,4}})\.\s*)?{kw('thoi gian')}(?:[ \t]+[a-z]+){{0,4}}{P.RUN_LABEL_SEP}"
    + P.RUN_WINDOW_DAYS)
#: a start the deadline's sentence gives itself (folded): "kể từ ngày …", "bắt đầu từ …"
_OWN_START = re.compile(rf"(?<![a-z])(?:{kw('bat dau')}|{kw('ke tu')})(?![a-z])")
_DAILY_OR_WEEKLY = re.compile(r"FREQ=(?:DAILY|WEEKLY)\b")


def from_campaign_start(deadlines: list[Deadline], obligations: list[Obligation], view: str, title: str | None
                        ) -> tuple[list[Deadline], list[Obligation]]:
    """``deadlines`` with each daily or weekly series first due before the campaign's window starts dated at its first
    occurrence inside the window, and each such series with no end ended on the window's last day, when the ``title`` names a campaign and ``view`` (the folded text) prints one window
    (:data:`CAMPAIGN_WINDOW`); ``obligations`` holding such a deadline hold the moved one."""
    if not title or not re.search(P.CAMPAIGN_WORDS, fold(title)):
        return deadlines, obligations
    windows = {m.group("win") for m in CAMPAIGN_WINDOW.finditer(view)}
    m = CAMPAIGN_WINDOW.search(view)
    if m is None or len(windows) != 1:
        return deadlines, obligations
    year = int(m.group("y") or m.group("y2")) - (not m.group("y") and int(m.group("m")) > int(m.group("m2")))
    try:
        start = dt.date(year, int(m.group("m")), int(m.group("d")))
        end = dt.date(int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
    except ValueError:
        return deadlines, obligations
    moved: dict[tuple[int, int], dict[str, str]] = {}
    for d in deadlines:
        if not (d.span and d.recurrence and d.date and _DAILY_OR_WEEKLY.match(d.recurrence)) or d.past:
            continue
        fields: dict[str, str] = {}
        if d.date < start.isoformat() and not _OWN_START.search(fold(d.span.sentence or "")):
            day = R.first_on_or_after(d.recurrence, start, start)
            if day is not None:
                fields = {"date": day.isoformat(), "earliest": day.isoformat(), "latest": day.isoformat()}
        rule = ended_on(d.recurrence, fields.get("date", d.date), end, ("DAILY", "WEEKLY"))
        if rule:
            fields["recurrence"] = rule
        if fields:
            moved[(d.span.start, d.span.end)] = fields
    return _with_moved(deadlines, obligations, moved)


def _with_moved(deadlines: list[Deadline], obligations: list[Obligation], moved: dict[tuple[int, int], dict[str, str]]
                ) -> tuple[list[Deadline], list[Obligation]]:
    """``deadlines`` with those ``moved`` names (span → the fields it changes: its first day, its ended rule) so; ``obligations`` holding one hold it."""
    if not moved:
        return deadlines, obligations
    out = [_moved(d, moved) for d in deadlines]
    return out, [_earliest(ob, _moved(ob.deadline, moved), out) if ob.deadline is not _moved(ob.deadline, moved) else ob
                 for ob in obligations]


def _earliest(ob: Obligation, due: Deadline, deadlines: list[Deadline]) -> Obligation:
    """``ob`` due at the earliest of ``due`` and the other deadlines of its block (the labels: an obligation's deadline
    is the earliest dated one of its assignment): a monthly report moved to March leaves February's task first."""
    inside = [d for d in deadlines if ob.span and d.span and ob.span.start <= d.span.start < ob.span.end
              and not d.past and (d.date or d.latest)]
    first = min([due, *inside], key=lambda d: d.date or d.latest)
    return replace(ob, deadline=due if first is due else replace(first, who=ob.who))


def _moved(d: Deadline | None, moved: dict[tuple[int, int], dict[str, str]]) -> Deadline | None:
    """``d`` with the fields ``moved`` holds for its span (its first day, its ended rule), when it recurs."""
    fields = moved.get((d.span.start, d.span.end)) if d is not None and d.span and d.recurrence else None
    return replace(d, **fields) if fields else d

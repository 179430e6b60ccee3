"""Date grammar: every date expression in a document → ISO date or interval.

Why a grammar of its own: directives give deadlines as exact dates
("trước 15/3/2026", "ngày 05 tháng 12"), as parts of a month ("đầu tháng
10/2025" = 1–10 Oct, "cuối tháng" = 21–end), as quarters ("quý I/2026"), half
years ("6 tháng đầu năm") or recurring dates ("trước ngày 25 tháng 11 … hằng
năm"). Each is stored as (date | earliest–latest, RRULE). Years left out are
taken from the document's own date. Impossible dates (31/02) and implausible
years are rejected, never guessed.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from vanban.extract import patterns as P
from vanban.extract.recurrence import first_on_or_after, parse_iso, yearly  # noqa: F401  (parse_iso re-exported)
from vanban.extract.clock_words import WEEKDAY_CODES
from vanban.extract.hours import hours_within
from vanban.structure.vocab import DOCUMENT_YEARS
from vanban.extract.holidays_vn import (lunar_day, lunar_month, lunar_new_year, next_lunar_day, next_lunar_month,
                                        next_lunar_new_year, working_days_after)

__all__ = ["DateHit", "dates_within", "find_dates", "iso", "parse_iso", "month_interval", "weekly_in_cells", "daily_rule"]

MIN_YEAR, MAX_YEAR = DOCUMENT_YEARS.start, DOCUMENT_YEARS.stop - 1  # 1930, 2100


def iso(y: int, m: int, d: int) -> str | None:
    """ISO string of a valid date, None for 31/02, month 13, year 0207…"""
    if not (MIN_YEAR <= y <= MAX_YEAR and 1 <= m <= 12):
        return None
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def month_interval(y: int, m: int, part: str | None = None) -> tuple[str, str] | None:
    """(earliest, latest) of a month or of its đầu (1–10) / giữa (11–20) / cuối (21–end)."""
    if not (MIN_YEAR <= y <= MAX_YEAR and 1 <= m <= 12):
        return None
    last = calendar.monthrange(y, m)[1]
    lo, hi = {"dau": (1, 10), "giua": (11, 20), "cuoi": (21, last)}.get(part or "", (1, last))
    return iso(y, m, lo), iso(y, m, hi)  # type: ignore[return-value]


@dataclass(frozen=True)
class DateHit:
    """One date expression found in the folded view."""

    start: int
    end: int
    kind: str  # exact | day_month | day | month_part | month | month_range | quarter | half | year | year_cell | relative | week | weekly | workday | weekday_month | daily | period_end | tet_eve
    date: str | None
    earliest: str | None
    latest: str | None
    year_given: bool
    month: int | None = None
    day: int | None = None
    recurrence: str | None = None  # set by forms that say their own period ("tuần cuối … trong quý")


def _infer_year(m: int, d: int | None, ref: dt.date | None) -> int | None:
    """The year of a date written without one: the document's year, or the
    next one when that would put the date more than a month before the document."""
    if ref is None:
        return None
    y = ref.year
    last = calendar.monthrange(y, m)[1] if 1 <= m <= 12 else 28
    try:
        cand = dt.date(y, m, min(d or last, last))
    except ValueError:
        return y
    if cand < ref - dt.timedelta(days=31):
        return y + 1
    return y


def week_of_month(m: re.Match, ref: dt.date | None) -> DateHit | None:
    """The days of a week of a named month (:data:`patterns.WEEK_OF_MONTH_RE`): week n is days 7(n-1)+1 … 7n, a run
    "Tuần 1 - 2" from the first week's first day to the last week's last. A month is counted in four weeks, so the
    fourth week runs to the month's end ("Tuần 4 tháng 5/2038" → 22–31/5, t50-02's summer timetable; a fifth week, when
    printed, is 29 to the end). The two overlap on the 29th to the end: a fourth week keeps those days (a text that
    counts four weeks means the month's last), a fifth is only those days. None for a week past the month's end or a
    run backwards."""
    words = {"hai": 2, "ba": 3, "tu": 4, "nam": 5}
    w = m.group("w")
    n = (int(w) if w.isdigit() else words[w]) if w else int(m.group("n"))
    n2 = int(m.group("n2")) if m.group("n2") else n
    mo = int(m.group("m"))
    y = int(m.group("y")) if m.group("y") else _infer_year(mo, None, ref)
    if not (y and month_interval(y, mo)) or n2 < n:
        return None
    last = calendar.monthrange(y, mo)[1]
    lo, hi = 7 * (n - 1) + 1, last if n2 >= 4 else 7 * n2
    if lo > last:
        return None
    return DateHit(m.start(), m.end(), "week", None, iso(y, mo, lo), iso(y, mo, min(hi, last)), bool(m.group("y")), mo)


def _part_key(text: str) -> str:
    t = text[:2]
    if t.startswith("g"):
        return "giua"
    if t.startswith("c"):
        return "cuoi"
    return "dau"


def find_dates(view: str, ref: dt.date | None = None) -> list[DateHit]:
    """All valid date expressions in ``view``, left to right, non-overlapping.

    Longer, more specific forms win over the shorter ones they contain
    ("cuối tháng 10/2025" is not also read as "tháng 10/2025").
    """
    hits: list[DateHit] = []

    def add(h: DateHit | None) -> None:
        if h is not None:
            hits.append(h)

    for m in P.WORDS_DATE_RE.finditer(view):
        add(_exact(m.start(), m.end(), m.group("d"), m.group("m"), m.group("y"), ref))
    for m in P.CUED_DAY_MONTH_RE.finditer(view):  # "trước 20 tháng 11 năm 2026"
        add(_exact(m.start("d"), m.end(), m.group("d"), m.group("m"), m.group("y"), ref))
    for m in P.WEEK_OF_MONTH_RE.finditer(view):  # "tuần thứ 2 của tháng 12 năm 2025": days 8–14
        add(week_of_month(m, ref))
    for m in P.WEEK_EDGE_OF_MONTH_RE.finditer(view):  # "tuần đầu tiên của tháng 12/2026": days 1–7; "tuần cuối": last 7
        mo = int(m.group("m"))
        y = int(m.group("y")) if m.group("y") else _infer_year(mo, None, ref)
        if y and month_interval(y, mo):
            last = calendar.monthrange(y, mo)[1]
            lo, hi = (1, 7) if m.group("edge").startswith("d") else (last - 6, last)
            add(DateHit(m.start(), m.end(), "week", None, iso(y, mo, lo), iso(y, mo, hi), bool(m.group("y")), mo))
    for m in P.LAST_WEEK_OF_QUARTER_RE.finditer(view):
        add(_last_week_of_quarter(m, ref))
    for m in P.LAST_MONTH_OF_QUARTER_RE.finditer(view):  # "hằng quý, … vào kỳ sinh hoạt của tháng cuối quý"
        add(_last_month_of_quarter(m, view, ref))
    for m in P.MONTHLY_WEEK_EDGE_RE.finditer(view):  # "hằng tháng (vào tuần cuối của tháng)": monthly, its week
        add(_monthly_week_edge(m, view, ref))
    for m in P.END_OF_EACH_PERIOD_RE.finditer(view):  # "vào cuối mỗi quý": each quarter's last day
        add(_end_of_each_period(m, ref))
    for m in P.WORKING_DAY_OF_MONTH_RE.finditer(view):  # "ngày làm việc cuối cùng của tháng": monthly, BYSETPOS
        add(_working_day_of_month(m, ref))
    for m in P.WEEKDAY_OF_MONTH_RE.finditer(view):  # "ngày chủ nhật cuối cùng hằng tháng": monthly, BYDAY=-1SU
        add(_weekday_of_month(m, ref))
    for m in P.WEEKDAY_WEEKLY_RE.finditer(view):  # "ngày thứ Sáu hàng tuần": the next such weekday, then weekly
        if m.group("part2") and not P.CLAUSE_OPENS_BEFORE_RE.search(view, max(0, m.start() - 12), m.start()):
            continue  # "phát hằng tuần vào sáng thứ Bảy", "báo cáo … định kỳ hằng tuần vào sáng thứ Sáu": no rhythm first
        if _due_clause_before(view, m.start()):
            add(_weekly(m, ref))
            continue
        at = P.WEEKLY_ACTIVITY_TIME_BEFORE_RE.search(view, max(0, m.start() - 40), m.start())
        if at or ((m.group("wd2") or m.group("sun2")) and (re.search(rf"\s{P.kw('vao')}\s", m.group(0))
                                                          or m.group("part2"))):
            # "tuần tra vào 17 giờ 00 thứ Năm hằng tuần", "họp hằng tuần vào thứ Hai", "Hằng tuần, chiều thứ Sáu, …
            # họp giao ban": an activity's weekly time
            add(_weekly(m, ref, at.start("time") if at and at.group("time") else m.start()))
    for m in P.WEEKDAY_DUE_RE.finditer(view):  # "Hằng tuần báo cáo … trước 10 giờ thứ Năm": weekly, its weekday
        if _weekly_rhythm_before(view, m.start()):
            add(_weekly(m, ref, m.start("clock") if m.group("clock") else m.start("wd") if m.group("wd") else m.start("sun")))
    if ref is not None:
        for m in P.DAILY_TIME_RE.finditer(view):  # "trước 19h00 hằng ngày": due from the document's own day, daily
            if m.group("at") and not _due_clause_before(view, m.start()):
                continue  # "họp giao ban lúc 7h30 hằng ngày": a meeting's time
            first, end, last = _daily_start(view, m.end(), ref)
            add(DateHit(m.start(), end, "daily", first.isoformat(), first.isoformat(), first.isoformat(), True,
                        first.month, first.day, recurrence=daily_rule(view, m.start(), m.end(), last)))
    for m in P.NUMERIC_DATE_RE.finditer(view):
        if m.group("d2"):
            add(_exact(m.start(), m.end(), m.group("d2"), m.group("m2"), m.group("y2"), ref))
        elif m.group("y") or not _is_fraction(view, m.start(), m.end(), int(m.group("d")), int(m.group("m"))):
            add(_exact(m.start(), m.end(), m.group("d"), m.group("m"), m.group("y"), ref))
    for m in P.PART_MONTH_RE.finditer(view):
        mo = int(m.group("m"))
        y = int(m.group("y")) if m.group("y") else _infer_year(mo, None, ref)
        iv = month_interval(y, mo, _part_key(m.group("part"))) if y else None
        if iv:
            add(DateHit(m.start(), m.end(), "month_part", None, iv[0], iv[1], bool(m.group("y")), mo))
    for m in P.HALF_YEAR_RE.finditer(view):
        y = int(m.group("y")) if m.group("y") else (ref.year if ref else None)
        if y and MIN_YEAR <= y <= MAX_YEAR:
            first = _part_key(m.group("part")) == "dau"
            lo, hi = ((1, 1), (6, 30)) if first else ((7, 1), (12, 31))
            add(DateHit(m.start(), m.end(), "half", None, iso(y, *lo), iso(y, *hi), bool(m.group("y"))))
    for m in P.QUARTER_RE.finditer(view):
        q = P.ROMAN.get(m.group("q")) if m.group("q") else P.ocr_quarter(m.group("qo") or m.group("qg"))
        ys = m.group("y") or m.group("yo") or m.group("yg")
        if not ys and P.EVERY_QUARTER_BEFORE_RE.search(view, max(0, m.start() - 8), m.start()):
            continue  # "Hằng quý I Dịch vụ …": a cell border read after a cycle, no quarter
        y = int(ys) if ys else _infer_year(3 * q, None, ref) if q else None
        if q and y and MIN_YEAR <= y <= MAX_YEAR:
            lo_m, hi_m = 3 * q - 2, 3 * q
            within = P.QUARTER_MONTH_AFTER_RE.match(view, m.end())
            if within and lo_m <= int(within.group("m")) <= hi_m and int(within.group("y") or y) == y:
                # "Quý IV/2033 (tháng 11)": the event's month within its quarter, the narrower time (the longer hit
                # wins over the quarter and the month it holds)
                iv = month_interval(y, int(within.group("m")))
                add(DateHit(m.start(), within.end(), "month", None, iv[0], iv[1], bool(ys), int(within.group("m"))))
                continue
            add(DateHit(m.start(), m.end(), "quarter", None, iso(y, lo_m, 1),
                        iso(y, hi_m, calendar.monthrange(y, hi_m)[1]), bool(ys)))
    for m in P.QUARTER_RANGE_RE.finditer(view):  # "Quý II - III/2027": one interval over both quarters
        add(_quarter_range(m))
    for m in P.MONTH_RANGE_RE.finditer(view):  # "Tháng 11 - 12/2025": one interval over both months
        m1, m2, y = int(m.group("m1")), int(m.group("m2")), int(m.group("y"))
        lo_iv, hi_iv = month_interval(y, m1), month_interval(y, m2)
        if lo_iv and hi_iv and m1 < m2:
            add(DateHit(m.start(), m.end(), "month_range", None, lo_iv[0], hi_iv[1], True))
    for m in P.MONTH_YEARS_RANGE_RE.finditer(view):  # "Tháng 12/2036 - tháng 01/2037": one interval over a year's turn
        add(_month_years(m))
    for m in P.MONTH_PAIR_RE.finditer(view):  # "trong tháng 4/2027 và tháng 5/2027": one interval over both months
        add(_month_pair(m))
    for m in P.DAYS_RUNNING_RE.finditer(view):  # "ngày 24 và 25/11/2027": one event over two days running
        d1, d2, mo, y = int(m.group("d1")), int(m.group("d2")), int(m.group("m") or m.group("wm")), int(m.group("y"))
        lo, hi = iso(y, mo, d1), iso(y, mo, d2)
        if lo and hi and d2 == d1 + 1 and int(m.group("m1") or mo) == mo:
            add(DateHit(m.start(), m.end(), "week", None, lo, hi, True, mo))  # (a span of days of one month, as a week)
    for m in P.DAYS_LISTED_RE.finditer(view):  # "20, 21 và 28/8/2031": one time over the listed days
        days = [int(d) for d in re.findall(r"\d{1,2}", view[m.start("d1"):m.start("m")])]
        mo, y = int(m.group("m")), int(m.group("y"))
        lo, hi = iso(y, mo, days[0]), iso(y, mo, days[-1])
        if not (lo and hi and days == sorted(set(days))):
            continue
        if not P.DUE_BEFORE_LIST_RE.search(view, max(0, m.start("d1") - 20), m.start("d1")) \
                and not P.REPORT_BEFORE_LIST_RE.search(view, max(0, m.start("d1") - 160), m.start("d1")):
            add(DateHit(m.start(), m.end(), "week", None, lo, hi, True, mo))  # (a span of days of one month, as a week)
        else:
            for h in _listed_days(view, m, mo, y):  # "trước các ngày 05, 15 và 25/8/2031": each day its own due date
                add(h)
    for m in P.MONTH_RE.finditer(view):
        mo = int(m.group("m"))
        pair = None if m.group("y") else P.AND_MONTH_YEAR_AFTER_RE.match(view, m.end())
        if pair and int(pair.group("m")) > mo:  # "Tháng 6 và tháng 11/2027": June 2027
            y = int(pair.group("y"))
        else:
            pair = None
            y = int(m.group("y")) if m.group("y") else _infer_year(mo, None, ref)
        iv = month_interval(y, mo) if y else None
        if iv:
            add(DateHit(m.start(), m.end(), "month", None, iv[0], iv[1], bool(m.group("y") or pair), mo))
    for m in P.YEAR_RE.finditer(view):
        y = int(m.group("y"))
        add(DateHit(m.start(), m.end(), "year", None, iso(y, 1, 1), iso(y, 12, 31), True))
    for m in (*P.YEAR_CELL_RE.finditer(view), *P.YEAR_PIPE_CELL_RE.finditer(view)):
        y = int(m.group("y"))
        add(DateHit(m.start("y"), m.end("y"), "year_cell", None, iso(y, 1, 1), iso(y, 12, 31), True))
    for m in P.TET_RE.finditer(view):  # "trước Tết Nguyên đán (Bính Ngọ) năm 2026": the day before Tết
        if not P.BEFORE_TET_RE.search(view, max(0, m.start() - 16), m.start()) \
                or P.NOT_BEFORE_TET_RE.search(view, max(0, m.start() - 30), m.start()):
            continue  # "sau Tết", "nhân dịp Tết", "vào dịp trước Tết", "danh sách trực Tết": no due day
        y = m.group("y") or m.group("y2")
        tet = lunar_new_year(int(y)) if y else (next_lunar_new_year(ref) if ref else None)
        if tet:
            eve = tet - dt.timedelta(days=1)
            add(DateHit(m.start(), m.end(), "tet_eve", eve.isoformat(), eve.isoformat(), eve.isoformat(), True,
                        eve.month, eve.day))
    for h in _lunar_hits(view, ref):  # "trước ngày 10 tháng Chạp", "mùng 8 Tết", "Rằm tháng Giêng": solar dates
        add(h)
    for m in P.DAY_ONLY_RE.finditer(view):
        d = int(m.group("d"))
        if 1 <= d <= 31:
            add(DateHit(m.start(), m.end(), "day", None, None, None, False, None, d))
    if ref is not None:  # "15 ngày kể từ ngày ký": the document's date + N days
        for m in P.RELATIVE_DAYS_RE.finditer(view):
            n = int(m.group("n"))
            if 1 <= n <= 366:
                due = (working_days_after(ref, n) if m.group("work") else ref + dt.timedelta(days=n)).isoformat()
                add(DateHit(m.start(), m.end(), "relative", due, due, due, True))

    hits.extend(_cited_effective_hits(view))  # "trước ngày Luật có hiệu lực": the day the document says it is
    # keep non-overlapping hits: longest first, then leftmost
    # (kept hits are disjoint: sorted by start, only the neighbours of a new
    # hit can overlap it — a linear scan of all of them was quadratic)
    hits.sort(key=lambda h: (-(h.end - h.start), h.start))
    starts: list[int] = []
    kept: list[DateHit] = []
    for h in hits:
        i = bisect.bisect_right(starts, h.start)
        if i and kept[i - 1].end > h.start:
            continue
        if i < len(kept) and kept[i].start < h.end:
            continue
        starts.insert(i, h.start)
        kept.insert(i, h)
    kept = _same_day_hits(view, kept)
    return [_clause_year(view, _next_year(view, h, ref), ref) for h in kept if h.kind != "invalid"]


_DAY_NUMBER = re.compile(r"\d{1,2}")


def _listed_days(view: str, m: re.Match[str], mo: int, y: int) -> list[DateHit]:
    """The days of a list a due word or a report verb names ("trước các ngày 05, 15 và 25/8/2031", "báo cáo … vào các
    ngày 5, 15 và 25/8/2031", :data:`patterns.DAYS_LISTED_RE`) but its last, each a full date of the month and year
    printed after the last: a report due on each (fixrev43's leftover; the labels give each day an entry, as "chậm nhất
    ngày 05/5/2029 và ngày 05/11/2029"). The first one's words open with the list's "ngày"; the last day is the
    numeric date's own hit."""
    out = []
    for k, d in enumerate(_DAY_NUMBER.finditer(view, m.start("d1"), m.start("d2"))):
        value = iso(y, mo, int(d.group()))
        if value:
            out.append(DateHit(m.start() if k == 0 else d.start(), d.end(), "exact", value, value, value, True, mo,
                               int(d.group())))
    return out


def dates_within(hits: list[DateHit], start: int, end: int) -> list[DateHit]:
    """The hits of ``hits`` (:func:`find_dates` of a whole text: sorted by start, disjoint) lying wholly inside
    ``[start, end)``, in order: a part of the document takes its dates from the one reading of the whole text.
    Found by bisection, so a part costs its own dates, not the text's."""
    i = bisect.bisect_left(hits, start, key=lambda h: h.start)
    j = bisect.bisect_left(hits, end, lo=i, key=lambda h: h.start)
    return [h for h in hits[i:j] if h.end <= end]


def _cited_effective_hits(view: str) -> list[DateHit]:
    """Kind: a deadline set by a cited act's taking effect ("phải được sửa đổi, bổ sung, thay thế hoặc bãi bỏ trước
    ngày Luật có hiệu lực", :data:`patterns.CITED_EFFECTIVE_DUE_RE`), dated by the effective day the document states
    for an act of that type (:data:`patterns.CITED_EFFECTIVE_DAY_RE`: "kể từ ngày Luật có hiệu lực thi hành (ngày 01
    tháng 7 năm 2027)"); undated when the document states none."""
    days: dict[str, str] = {}
    for m in P.CITED_EFFECTIVE_DAY_RE.finditer(view):
        value = iso(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if value:
            days.setdefault(re.sub(r"[^a-z]", "", m.group("act")), value)
    out = []
    for m in P.CITED_EFFECTIVE_DUE_RE.finditer(view):
        value = days.get(re.sub(r"[^a-z]", "", m.group("act")))
        if value:
            d = dt.date.fromisoformat(value)
            # the day's word alone: the act's words after it are a citation's (masked); the deadline's words take them
            out.append(DateHit(m.start("day"), m.end("day"), "exact", value, value, value, True, d.month, d.day))
    return out


def _same_day_hits(view: str, kept: list[DateHit]) -> list[DateHit]:
    """``kept`` with each "<giờ> cùng ngày" dated by the day the same sentence named just before it (kind "exact").

    Kind: a time on the day just named, "Tổ chức Lễ giao nhận quân … vào 07 giờ 00 ngày 26/02/2027; công dân có mặt
    tại điểm tập trung trước 06 giờ 00 cùng ngày" (t23-05's labels: a deadline on 26/02/2027): the hour's day is the
    one before it, though the words name no date."""
    out = list(kept)
    for m in P.SAME_DAY_RE.finditer(view):
        at = m.start("same")
        before = [h for h in kept if h.end <= m.start() and h.kind in ("exact", "day_month") and h.date]
        if not before or at - before[-1].end > P.SAME_DAY_REACH or "\n\n" in view[before[-1].end:at] \
                or "." in view[before[-1].end:at]:
            continue
        if any(h.start < m.end() and at < h.end for h in kept):
            continue
        d = before[-1]
        out.append(DateHit(at, m.end(), "exact", d.date, d.date, d.date, True, d.month, d.day))
    return sorted(out, key=lambda h: h.start)


_LUNAR_NAMES = [(re.compile(P.kw(name) + "$"), n) for name, n in P.LUNAR_MONTH_NAMES.items()]


def _lunar_month_number(word: str) -> int | None:
    """A lunar month as written: "7", "Chạp" (12), "Giêng" (1), "Bảy" (7) (folded, OCR look-alikes allowed)."""
    if word.isdigit():
        return int(word)
    return next((n for rx, n in _LUNAR_NAMES if rx.match(word)), None)


def _lunar_hits(view: str, ref: dt.date | None) -> list[DateHit]:
    """Lunar days and months as solar dates (:mod:`vanban.extract.holidays_vn`): a day with its lunar year ("năm
    2026" after it) is that year's; without, the first on or after the document's date (none without that date).
    The hit's words keep the lunar wording; a day is "exact", a month ("tháng Chạp") its span of solar days."""
    out: list[DateHit] = []

    def day_hit(m: re.Match[str], d: int, mo: int | None, y: str | None) -> None:
        if mo is None:
            return
        when = lunar_day(d, mo, int(y)) if y else (next_lunar_day(d, mo, ref) if ref else None)
        if when:
            out.append(DateHit(m.start(), m.end(), "exact", when.isoformat(), when.isoformat(), when.isoformat(), True,
                               when.month, when.day))

    for m in P.LUNAR_DAY_RE.finditer(view):
        word = m.group("only") or m.group("m") or m.group("m2")
        day_hit(m, int(m.group("d")), _lunar_month_number(word), m.group("y") or m.group("y1") or m.group("y2"))
    for m in P.FULL_MOON_RE.finditer(view):
        day_hit(m, 15, _lunar_month_number(m.group("m")), m.group("y"))
    for m in P.TET_DAY_RE.finditer(view):
        if 1 <= int(m.group("d")) <= 10:  # "mùng 8 Tết": the first days of the year
            day_hit(m, int(m.group("d")), 1, m.group("y"))
    for m in P.LUNAR_MONTH_RE.finditer(view):
        if not m.group("y") and (P.YEARLY_BEFORE_LUNAR_MONTH_RE.search(view, max(0, m.start() - 20), m.start())
                                 or P.YEARLY_AFTER_LUNAR_MONTH_RE.match(view, m.end())):
            continue  # "Hằng năm, tháng Giêng âm lịch": a yearly event's lunar month, no due span (t55-09)
        mo = _lunar_month_number(m.group("m"))
        span = (lunar_month(mo, int(m.group("y"))) if m.group("y") else next_lunar_month(mo, ref) if ref else None) if mo else None
        if span:
            out.append(DateHit(m.start(), m.end(), "month", None, span[0].isoformat(), span[1].isoformat(), True))
    return out


def _next_year(view: str, h: DateHit, ref: dt.date | None) -> DateHit:
    """"trước ngày 10/01 năm sau": a date without year in the year after the document's — or after the year whose
    report the clause names before it ("báo cáo kết quả năm 2027 chậm nhất ngày 31/01 năm sau": 31/01/2028)."""
    if h.year_given or ref is None or h.kind not in ("day_month", "month", "month_part"):
        return h
    m = P.NEXT_YEAR_RE.match(view, h.end)
    if not m or not h.month:
        return h
    named = P.REPORTED_YEAR_BEFORE_RE.search(view, max(0, h.start - 130), h.start)
    # "báo cáo kết quả năm 2027 chậm nhất ngày 31/01 năm sau": the year after the reported one
    y = int(named.group("y")) + 1 if named else ref.year + 1
    if h.kind == "day_month" and not named and (first := _each_year_first(view, h, ref)) is not None:
        # "Từ năm 2027, … báo cáo … định kỳ hằng năm trước ngày 15 tháng 02 năm sau": each year's report, early the next
        value = iso(first, h.month, h.day or 1)
        return replace(h, end=m.end(), date=value, earliest=value, latest=value, year_given=True,
                       recurrence=yearly(h.month, h.day) if value else None)
    if h.kind == "day_month":
        value = iso(y, h.month, h.day or 1)
        return replace(h, end=m.end(), date=value, earliest=value, latest=value, year_given=True)
    if h.kind == "month" and yearly_review_meeting(view, h):
        # "Hội nghị tổng kết công tác năm tổ chức trong tháng 01 năm sau" (a Quy chế, no year): each year's review, in
        # the January after the year reviewed — first in the January on or after the document's date (t20-09 of
        # 08/01/2027: January 2027, the month still running; the labels)
        y = ref.year if dt.date(ref.year, h.month, calendar.monthrange(ref.year, h.month)[1]) >= ref else ref.year + 1
        iv = month_interval(y, h.month, None)
        return replace(h, end=m.end(), earliest=iv[0], latest=iv[1], year_given=True,
                       recurrence=yearly(h.month)) if iv else h
    iv = month_interval(y, h.month, None if h.kind == "month" else _part_key_of(h))
    return replace(h, end=m.end(), earliest=iv[0], latest=iv[1], year_given=True) if iv else h


def _clause_year(view: str, h: DateHit, ref: dt.date | None) -> DateHit:
    """A day without year in a clause that opens with a later year ("…; năm 2030 đăng ký chậm nhất ngày 15 tháng 3"):
    the day of that year (:data:`patterns.CLAUSE_YEAR_BEFORE_RE`), not of the document's — a plan that sets this year's
    day, then the next year's, dates each in its own year. Only a year after the document's: in the document's own year
    the usual reading holds."""
    if h.year_given or ref is None or h.kind != "day_month" or not h.month:
        return h
    m = P.CLAUSE_YEAR_BEFORE_RE.search(view, max(0, h.start - 90), h.start)
    if not m or int(m.group("y")) <= ref.year:
        return h
    value = iso(int(m.group("y")), h.month, h.day or 1)
    return replace(h, date=value, earliest=value, latest=value, year_given=True) if value else h


def yearly_review_meeting(view: str, h: DateHit) -> bool:
    """The month ``h`` is when a review conference held each year meets (:data:`patterns.YEARLY_REVIEW_MEETING_RE`:
    "Hội nghị sơ kết 6 tháng tổ chức trong tháng 7"): a yearless month that repeats yearly."""
    return h.kind == "month" and P.YEARLY_REVIEW_MEETING_RE.search(view, max(0, h.start - 120), h.start) is not None


def _each_year_first(view: str, h: DateHit, ref: dt.date) -> int | None:
    """The year a "hằng năm … ngày D/M năm sau" first falls due in, None when no "hằng năm" / "mỗi năm" stands in the
    date's clause before it: the day repeats each year, due in the year after the year reported — the first year the
    clause starts the task in ("Từ năm 2027, các đảng ủy trực thuộc thực hiện báo cáo … định kỳ hằng năm trước ngày 15
    tháng 02 năm sau", t20-08 of 02/12/2026: 15/02/2028, the labels), else the document's year."""
    lo = max(0, h.start - 200, view.rfind(".", 0, h.start) + 1, view.rfind(";", 0, h.start) + 1,
             view.rfind("\n\n", 0, h.start) + 1)
    if not any(p.lastgroup == "year" for p in P.RECURRENCE_PHRASE_RE.finditer(view, lo, h.start)):
        return None
    start = None
    for start in P.FROM_YEAR_RE.finditer(view, lo, h.start):
        pass
    year = int(start.group("y")) if start is not None and start.group("y") else ref.year
    return max(year, ref.year) + 1


def _part_key_of(h: DateHit) -> str | None:
    if h.earliest is None:
        return None
    d = int(h.earliest[8:10])
    return "dau" if d == 1 and h.latest and int(h.latest[8:10]) == 10 else "giua" if d == 11 else "cuoi"


_WORD_NUM = {"mot": 1, "hai": 2, "ba": 3}


def weekly_in_cells(view: str, ref: dt.date | None, cells: tuple[tuple[int, int], ...],
                    found: list[DateHit]) -> list[DateHit]:
    """The weekdays every week ("Thứ Hai hằng tuần", "thứ Hai hằng tuần") in a task table's due cells that ``found``
    does not hold: the due column names the row's time, so no due word or report verb need stand before it (in prose
    one must: "họp … thứ Hai hằng tuần" is a meeting's day). Its row's report verb may stand beyond what
    ``_due_clause_before`` reads ("Báo cáo tiến độ giải quyết hồ sơ | Trung tâm Phục vụ hành chính công phường | |
    Thứ Hai hằng tuần", the session-18 end newcomer)."""
    out: list[DateHit] = []
    for a, b in cells:
        for m in P.WEEKDAY_WEEKLY_RE.finditer(view, a, b):
            if not any(h.start < m.end() and m.start() < h.end for h in found):
                out.append(_weekly(m, ref))
    return out


def _daily_start(view: str, pos: int, ref: dt.date) -> tuple[dt.date, int, dt.date | None]:
    """The first day of a daily due time ending at ``pos``, where its words end, and its last day: the span printed
    after it ("trước 15 giờ 00 hằng ngày, bắt đầu từ ngày 04/12/2026": from 04/12/2026, the start date's words part of
    the time's; "… hằng ngày từ ngày 10/3/2027 đến ngày 16/3/2027": from 10/3 to 16/3, the closing day no deadline of
    its own), else the document's own day and no end. A start day before the document's date is no later first
    day (its end still bounds the rule)."""
    m = P.DAILY_START_AFTER_RE.match(view, pos)
    if m is None:
        return ref, pos, None
    y = int(m.group("y") or m.group("y2") or ref.year)
    try:
        first = dt.date(y, int(m.group("m")), int(m.group("d")))
        last = dt.date(int(m.group("y2") or y), int(m.group("m2")), int(m.group("d2"))) if m.group("d2") else None
    except ValueError:
        return ref, pos, None
    if not (m.group("y") or m.group("y2")) and first < ref:
        first = first.replace(year=y + 1) if not (first.month == 2 and first.day == 29) else first
        last = last.replace(year=last.year + 1) if last and not (last.month == 2 and last.day == 29) else last
    if last is not None and last < first:
        return ref, pos, None  # "từ 20/12 đến 05/01" across the year without years: not read
    return (first, m.end(), last) if first >= ref else (ref, m.end() if last else pos, last)


def daily_rule(view: str, start: int, end: int, last: dt.date | None = None) -> str:
    """The RRULE of a daily due time in ``view[start:end]``: "FREQ=DAILY"; with ``UNTIL`` its last day when the words
    give one; with its hours when it names two or more of one minute ("báo cáo 02 lần/ngày (trước 9h00' và 16h00')":
    ``BYHOUR=9,16;BYMINUTE=0``, two timed dues a day — a calendar shows both, not one all-day event)."""
    rule = "FREQ=DAILY"
    clocks = [(int(c[:2]), int(c[3:])) for c in hours_within(view, start, end)]
    if len({h for h, _ in clocks}) >= 2 and len({mm for _, mm in clocks}) == 1:
        rule += f";BYHOUR={','.join(str(h) for h in sorted({h for h, _ in clocks}))};BYMINUTE={clocks[0][1]}"
    if last is not None:
        rule += f";UNTIL={last:%Y%m%d}"
    return rule


def _weekly_rhythm_before(view: str, pos: int) -> bool:
    """"Hằng tuần" / "Mỗi tuần" stands in the clause that runs up to ``pos`` (:data:`patterns.WEEKLY_RHYTHM_RE`,
    within 160 characters, no line break, ";" or full stop between): the weekday at ``pos`` is the weekly duty's day."""
    lo = max(0, pos - 160, view.rfind(";", 0, pos), view.rfind(". ", 0, pos), view.rfind("\n", 0, pos))
    return P.WEEKLY_RHYTHM_RE.search(view, lo, pos) is not None


def _due_clause_before(view: str, pos: int) -> bool:
    """A due word or a report verb in the clause before a weekly or daily time (``patterns.RECURRING_DUE_BEFORE_RE``)."""
    lo = max(0, pos - 80, view.rfind(";", 0, pos) + 1, view.rfind(". ", 0, pos) + 1)
    m = P.RECURRING_DUE_BEFORE_RE.search(view, lo, pos)
    # "bàn giao ca trực lúc 07 giờ 30 hằng ngày": the clause's last word "trực" (on duty) read as an OCR's "trước" by
    # the window's end; that reading holds before "ngày" and its day only (patterns.TRUOC), not before a clock's "lúc"
    return m is not None and not _DUTY_WORD_LAST.fullmatch(m.group())


#: the word "trực" (on duty, folded) alone at the end of the clause before a weekly or daily time
_DUTY_WORD_LAST = re.compile(r"tr[uwyi][ce]\s*")


_WEEKDAY_INDEX = {code: n for n, code in enumerate(WEEKDAY_CODES)}  # "MO" → 0 … "SU" → 6


def _weekly(m, ref: dt.date | None, start: int | None = None) -> DateHit:
    """"(ngày) thứ Sáu hàng tuần": RRULE ``FREQ=WEEKLY;BYDAY=FR``, first occurrence the first
    such weekday on or after ``ref`` (none without a document date). ``start``: where its words
    begin when a clock opens them ("17 giờ 00 thứ Năm hằng tuần")."""
    wd = m.group("wd") or m.group("wd2")
    code = P.WEEKDAY_CODES[wd] if wd else "SU"
    rule = f"FREQ=WEEKLY;BYDAY={code}"
    start = m.start() if start is None else start
    if ref is None:
        return DateHit(start, m.end(), "weekly", None, None, None, False, recurrence=rule)
    first = (ref + dt.timedelta(days=(_WEEKDAY_INDEX[code] - ref.weekday()) % 7)).isoformat()
    return DateHit(start, m.end(), "weekly", first, first, first, True, recurrence=rule)


def _working_day_of_month(m, ref: dt.date | None) -> DateHit | None:
    """"ngày làm việc cuối cùng của tháng", "trong 05 ngày làm việc đầu tiên của tháng": the last (the fifth) Monday
    to Friday of every month, RRULE ``FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1`` (``=5``); the first occurrence
    the first such day on or after ``ref`` (public holidays are not counted out: the rule says the weekdays)."""
    n = int(m.group("n")) if m.group("n") else None
    pos = -1 if m.group("last") else int(m.group("k")) if m.group("k") else (n or 1)
    if not (1 <= abs(pos) <= 23):
        return None
    return _monthly_hit(m, "workday", f"FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS={pos}", ref)


def _monthly_hit(m, kind: str, rule: str, ref: dt.date | None) -> DateHit | None:
    """The hit of a day of every month that ``rule`` names: its first occurrence on or after ``ref`` (no date without
    a document date; None for a rule with no occurrence)."""
    if ref is None:
        return DateHit(m.start(), m.end(), kind, None, None, None, False, recurrence=rule)
    first = first_on_or_after(rule, ref, ref)
    if first is None:
        return None
    return DateHit(m.start(), m.end(), kind, first.isoformat(), first.isoformat(), first.isoformat(), True,
                   first.month, first.day, recurrence=rule)


_PERIOD_END_RULES = {"q": "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1", "t": "FREQ=MONTHLY;BYMONTHDAY=-1",
                     "n": "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1"}


def _end_of_each_period(m, ref: dt.date | None) -> DateHit | None:
    """"vào cuối mỗi quý" / "cuối hằng tháng" / "cuối mỗi năm": the last day of every quarter (month, year), its first
    occurrence the first on or after ``ref``; the hit is the words from "cuối" (the cue before it stays the cue's)."""
    rule = _PERIOD_END_RULES[m.group("per")[0]]
    if ref is None:
        return DateHit(m.start("end"), m.end(), "period_end", None, None, None, False, recurrence=rule)
    first = first_on_or_after(rule, ref, ref)
    if first is None:
        return None
    return DateHit(m.start("end"), m.end(), "period_end", first.isoformat(), first.isoformat(), first.isoformat(), True,
                   first.month, first.day, recurrence=rule)


def _weekday_of_month(m, ref: dt.date | None) -> DateHit | None:
    """"ngày chủ nhật cuối cùng hằng tháng", "thứ Hai đầu tiên của tháng": that weekday of every month, RRULE
    ``FREQ=MONTHLY;BYDAY=-1SU`` (``1MO``); the first occurrence the first such day on or after ``ref``."""
    wd = m.group("wd")
    code = P.WEEKDAY_CODES[wd] if wd else "SU"
    words = {"nhat": 1, "hai": 2, "ba": 3, "tu": 4}
    pos = -1 if m.group("last") else int(m.group("k")) if m.group("k") else words.get(m.group("kw") or "", 1)
    return _monthly_hit(m, "weekday_month", f"FREQ=MONTHLY;BYDAY={pos}{code}", ref)


def _monthly_week_edge(m, view: str, ref: dt.date | None) -> DateHit | None:
    """"hằng tháng … tuần đầu / tuần cuối của tháng" (:data:`patterns.MONTHLY_WEEK_EDGE_RE`): the first (days 1–7) or
    the last seven days of every month, due by the week's last day (``FREQ=MONTHLY;BYMONTHDAY=7`` / ``-1``); the first
    occurrence the next such week ending on or after ``ref``. None after a weekday ("Chủ nhật tuần cuối của tháng",
    read as that weekday of the month)."""
    if P.WEEKDAY_TAIL_RE.search(view, max(0, m.start("week") - 20), m.start("week")):
        return None
    first_week = m.group("edge").startswith("d")
    rule = "FREQ=MONTHLY;BYMONTHDAY=7" if first_week else "FREQ=MONTHLY;BYMONTHDAY=-1"
    if ref is None:
        return DateHit(m.start("week"), m.end("week"), "week", None, None, None, False, recurrence=rule)
    end = first_on_or_after(rule, ref, ref)
    if end is None:
        return None
    lo = end.replace(day=1) if first_week else end - dt.timedelta(days=6)
    return DateHit(m.start("week"), m.end("week"), "week", None, lo.isoformat(), end.isoformat(), False, end.month,
                   recurrence=rule)


def _last_week_of_quarter(m, ref: dt.date | None) -> DateHit | None:
    """"tuần cuối cùng của tháng thứ 3 trong quý": the last 7 days of that month of
    every quarter ("tuần cuối của quý", no month named: the third); the first occurrence
    is the next one ending on or after ``ref`` (dateutil's rrule, :func:`first_on_or_after`)."""
    k = m.group("k")
    k = 3 if k is None else int(k) if k.isdigit() else _WORD_NUM.get(k, 3)
    months = [3 * q + k for q in range(4)]
    rule = f"FREQ=YEARLY;BYMONTH={','.join(map(str, months))};BYMONTHDAY=-1"
    if ref is None:
        return DateHit(m.start(), m.end(), "week", None, None, None, False, recurrence=rule)
    last = first_on_or_after(rule, ref, ref)
    if last is None:
        return None
    return DateHit(m.start(), m.end(), "week", None, (last - dt.timedelta(days=6)).isoformat(), last.isoformat(), False,
                   last.month, recurrence=rule)


def _last_month_of_quarter(m, view: str, ref: dt.date | None) -> DateHit | None:
    """"(hằng quý, …) tháng cuối quý": the third month of every quarter, a quarterly window due by its last day (RRULE
    ``FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1``), the first the next one ending on or after ``ref``. Only after a
    quarterly rhythm in its sentence (within 160 characters, no full stop or ";" between) and not after a day ("ngày 15
    của tháng cuối quý" is that day's month): None otherwise."""
    lo = max(0, m.start() - 160, view.rfind(". ", 0, m.start()) + 1, view.rfind(";", 0, m.start()) + 1,
             view.rfind("\n\n", 0, m.start()) + 1)
    if P.DAY_BEFORE_MONTH_RE.search(view, max(0, m.start() - 12), m.start()) \
            or not P.QUARTERLY_RHYTHM_RE.search(view, lo, m.start()):
        return None
    rule = "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1"
    if ref is None:
        return DateHit(m.start(), m.end(), "month", None, None, None, False, recurrence=rule)
    last = first_on_or_after(rule, ref, ref)
    if last is None:
        return None
    return DateHit(m.start(), m.end(), "month", None, last.replace(day=1).isoformat(), last.isoformat(), False,
                   last.month, recurrence=rule)


def _quarter_range(m) -> DateHit | None:
    """"Quý II - III/2027", "quý II và quý III/2027", "Quý II, III/2027": from the first quarter's first day to the second's last day, one period (the longer hit
    wins over the "Quý II" it holds, which alone ended the period three months early); None when the quarters are not
    in order."""
    q1, q2, y = P.ROMAN.get(m.group("q1")), P.ROMAN.get(m.group("q2")) or P.ocr_quarter(m.group("q2")), int(m.group("y"))
    y1 = int(m.group("y1")) if m.group("y1") else y  # "Quý IV/2033 - Quý I/2034": the first's own year
    n1, n2 = 4 * y1 + (q1 or 0), 4 * y + (q2 or 0)
    if not (q1 and q2 and n1 < n2 and y - y1 <= 1 and MIN_YEAR <= y1 <= y <= MAX_YEAR) \
            or ((m.group("joint") or m.group("comma")) and n2 != n1 + 1):
        return None  # "quý I và quý III/2027": two periods apart, each its own
    return DateHit(m.start(), m.end(), "quarter", None, iso(y1, 3 * q1 - 2, 1),
                   iso(y, 3 * q2, calendar.monthrange(y, 3 * q2)[1]), True)


def _month_years(m) -> DateHit | None:
    """"Tháng 12/2036 - tháng 01/2037", "từ tháng 11/2034 đến tháng 4/2035": from the first month's first day to the
    second's last, one period (the longer hit wins over the two months it holds, which alone made two deadlines of one
    task's time, a48-06's timetable cell); None when the second month is not after the first or the years lie more than
    one apart ("tháng 4/1975 - tháng 4/2032": a history's span, its months left to themselves)."""
    m1, y1, m2, y = int(m.group("m1")), int(m.group("y1")), int(m.group("m2")), int(m.group("y"))
    if not (0 <= y - y1 <= 1 and (y1, m1) < (y, m2) and MIN_YEAR <= y1 and y <= MAX_YEAR):
        return None
    lo_iv, hi_iv = month_interval(y1, m1), month_interval(y, m2)
    if not (lo_iv and hi_iv):
        return None
    return DateHit(m.start(), m.end(), "month_range", None, lo_iv[0], hi_iv[1], True)


def _month_pair(m) -> DateHit | None:
    """"tháng 4/2027 và tháng 5/2027", "tháng 6 và tháng 7/2027": from the first month's first day to the second's last,
    one period (the longer hit wins over the months it holds, which alone made two deadlines of one task's time); None
    when the months are not in a row or the first's printed year is another."""
    m1, m2, y = int(m.group("m1")), int(m.group("m2")), int(m.group("y"))
    if m2 != m1 + 1 or (m.group("y1") and int(m.group("y1")) != y):
        return None
    lo_iv, hi_iv = month_interval(y, m1), month_interval(y, m2)
    if not (lo_iv and hi_iv):
        return None
    return DateHit(m.start(), m.end(), "month_range", None, lo_iv[0], hi_iv[1], True)


#: a dash and a full date right after a yearless day: "01/9 - 05/9/2030" (folded)
_RANGE_TO_FULL_DATE = re.compile(r"\s*[-–]\s*\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}(?!\d)")


def _is_fraction(view: str, start: int, end: int, num: int, den: int) -> bool:
    """A yearless "d/m" at ``[start, end)`` of the folded ``view`` that counts ("mới có 3/10 tổ dân phố", "8/10 xã
    đạt chuẩn"): a counting word before it or a unit after it, and no date word ("ngày", "trước") right before. The
    first day of a dashed range that ends on a full date is a day though "khoảng" leads it ("khoảng 01/9 - 05/9/2030").
    A preposition that leads a count as well as a day ("đến", "từ") yields to a unit after: "tuyến ống đã phủ đến 05/05
    ấp" counts the hamlets (a43-09), as no day is followed by a unit noun — where it can count them: a part of a
    whole is no more than the whole (``num`` ≤ ``den``), so "thông báo đến 30/6 hộ kinh doanh" is a day (fixrev45)."""
    before = view[max(0, start - 16):start]
    if _RANGE_TO_FULL_DATE.match(view, end):
        return False
    if P.FRACTION_DATE_WORD_RE.search(before):
        return bool(num <= den and P.FRACTION_PREPOSITION_RE.search(before) and P.FRACTION_AFTER_RE.match(view, end))
    return bool(P.FRACTION_BEFORE_RE.search(before) or P.FRACTION_AFTER_RE.match(view, end))


def _exact(start: int, end: int, d: str, m: str, y: str | None, ref: dt.date | None) -> DateHit | None:
    dd, mm = int(d), int(m)
    if y:
        value = iso(int(y), mm, dd)
        if value is None:  # keep the span so no shorter reading of it survives
            return DateHit(start, end, "invalid", None, None, None, True, mm, dd)
        return DateHit(start, end, "exact", value, value, value, True, mm, dd)
    if not (1 <= mm <= 12 and 1 <= dd <= 31):
        return None
    yy = _infer_year(mm, dd, ref)
    if yy is None:
        # no year and no document date: only the day/month is known
        if iso(2000, mm, dd) is None:  # 2000 is a leap year: 29/02 allowed
            return None
        return DateHit(start, end, "day_month", None, None, None, False, mm, dd)
    value = iso(yy, mm, dd)
    if value is None:
        return None
    return DateHit(start, end, "day_month", value, value, value, False, mm, dd)


"""A task table's time cell that repeats a campaign's stated window is the campaign's running period, no due date.

Why: a Kế hoạch on gender equality for 2040 gives the year's "Tháng hành động" a section of its own, "IV. THÁNG HÀNH
ĐỘNG VÌ BÌNH ĐẲNG GIỚI … ⏎ 1. Thời gian: Từ ngày 15/11/2040 đến ngày 15/12/2040.", then a table of its activities whose
Thời gian column gives some rows their own days ("Trước ngày 25/10/2040", "Chậm nhất ngày 18/11/2040") and others the
campaign's time, "Trong thời gian Tháng hành động" or the same window written again, "Từ 15/11 đến 15/12/2040" (the
Hội Liên hiệp Phụ nữ's visits and dialogues). The "Thời gian:" line is the campaign's running period (the labels of
every campaign plan of the sets that prints one: a28-10, a32-08, a36-10, t33-07, t34-05, t54-06 leave it out), and so
is a cell that repeats it: it says the work runs while the campaign runs, as the words do in
the row above it: the running period, no deadline, and the row's obligation has no date (a54-06's labels). The
campaign is named by the document's title or by the heading just above its "Thời gian:" line
(:data:`patterns.CAMPAIGN_WORDS`); a row whose window differs from the campaign's keeps it (a team's own days within
the campaign, t50-05's labels), and a stated window that is no campaign's keeps its repeats (the election days of a
Bước 6 row, "Thời gian tổ chức bầu cử: Từ ngày 12/10/2035 đến ngày 26/10/2035", t46-05's labels).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from vanban.extract import patterns as P
from vanban.extract.folded import kw
from vanban.models import Deadline, Obligation
from vanban.text import fold

__all__ = ["without_campaign_repeats"]

#: the campaign's window on a "Thời gian …:" line of its own, as :data:`series_start.CAMPAIGN_WINDOW` reads it, the
#: label in bold too ("**1. Thời gian:** Từ ngày 15/11/2040 đến ngày 15/12/2040."; folded); groups as there
WINDOW_LINE = re.compile(
    rf"(?m)^[ \t\-–+•*_]*(?:(?:\d{{1,2}}|[ivx]{{1,4}})\.\s*)?{kw('thoi gian')}(?:[ \t]+[a-z]+){{0,4}}"
    rf"(?:[ \t*_]*:[ \t*_]*|{P.RUN_LABEL_SEP})"
    + P.RUN_WINDOW_DAYS)
#: the farthest back the heading above is read
_REACH = 400
#: a heading's opening (folded): a Roman or Arabic number, in bold or not ("**IV. THÁNG HÀNH ĐỘNG …**", "3. Tháng hành
#: động …")
_HEADING = re.compile(r"(?m)^[ \t]*(?:\*\*|__)?[ \t]*(?:[ivx]{1,4}|\d{1,2})\.[ \t]")


def without_campaign_repeats(deadlines: list[Deadline], obligations: list[Obligation], view: str, title: str | None
                             ) -> tuple[list[Deadline], list[Obligation]]:
    """``deadlines`` without the windows (no day, no recurrence) that span exactly a campaign's stated window
    (:func:`_campaign_windows`), its "Thời gian:" line's own included; ``obligations`` holding one hold none."""
    windows = _campaign_windows(view, title)
    if not windows:
        return deadlines, obligations
    def running(d: Deadline | None) -> bool:
        return d is not None and not d.recurrence and not d.date and (d.earliest, d.latest) in windows
    if not any(running(d) for d in deadlines):
        return deadlines, obligations
    # (an obligation's deadline is a copy that carries its own who and what: matched by its days, as the cell's is)
    return ([d for d in deadlines if not running(d)],
            [replace(ob, deadline=None) if running(ob.deadline) else ob for ob in obligations])


def _campaign_windows(view: str, title: str | None) -> list[tuple[str, str]]:
    """(first day, last day) of each "Thời gian: từ ngày … đến ngày …" line (:data:`WINDOW_LINE`) of a
    campaign: named by ``title`` or by the heading right above the line (:func:`_heading_names_campaign`)."""
    named = bool(title and re.search(P.CAMPAIGN_WORDS, fold(title)))
    out = []
    for m in WINDOW_LINE.finditer(view):
        if not (named or _heading_names_campaign(view, m.start())):
            continue
        year = int(m.group("y") or m.group("y2")) - (not m.group("y") and int(m.group("m")) > int(m.group("m2")))
        try:
            first = dt.date(year, int(m.group("m")), int(m.group("d")))
            last = dt.date(int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
        except ValueError:
            continue
        out.append((first.isoformat(), last.isoformat()))
    return out


def _heading_names_campaign(view: str, at: int) -> bool:
    """The text just above ``at`` (the "Thời gian:" line's start) is a heading, from its number or bold mark on, that
    names a campaign: "**IV. THÁNG HÀNH ĐỘNG VÌ BÌNH ĐẲNG GIỚI …**" — a heading, so no sentence's full stop after its
    number (OCR may break it over lines and blank lines: "IV. THÁNG HÀNH ĐỘNG … PHÓ ⏎ VỚI BẠO ⏎⏎ LỰC TRÊN CƠ SỞ GIỚI")."""
    head = None
    for head in _HEADING.finditer(view, max(0, at - _REACH), at):
        pass
    if head is None:
        return False
    text = view[head.end():at]
    return "." not in text and ":" not in text and bool(re.search(P.CAMPAIGN_WORDS, text))

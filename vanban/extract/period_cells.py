"""A month or quarter printed without its year in a schedule's period column is that row's time, its year the plan's.

Why: a Ban Thường vụ's Chương trình công tác năm lays its year out under "Tháng | Nội dung | Cơ quan chủ trì chuẩn bị
| Cơ quan phối hợp" and may write each month bare, "Tháng 01" … "Tháng 12", the year said once in the title
("Chương trình công tác năm 2040", a54-10). The deadline reader takes a month alone in a due cell as the row's time
only with its year printed ("Tháng 01/2040"): a bare month elsewhere ("Tháng 6" among the months an event is held in,
t33-05) is no due month. A column named by the period alone (:data:`vocab.STACKED_PERIOD_COL`) leaves no doubt: its
cell is the month the row falls due in, dated as the date grammar and :func:`.title_year.in_title_year` already read
it (the next such month from the signing day, moved into the title's year), so its hit counts as one whose year is
given — the labels date each month of the table in the plan's year.
"""

from __future__ import annotations

from dataclasses import replace

from vanban.extract.dates import DateHit
from vanban.models import Table
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["with_period_cells"]

#: the kinds of hit a period column's cell holds
_KINDS = ("month", "quarter")
#: the cell's edges that are no part of its words (Markdown's emphasis, the closing punctuation)
_EDGES = " \t\n*_.;:|"


def with_period_cells(dated: list[DateHit], tables: tuple[Table, ...], view: str) -> list[DateHit]:
    """``dated`` (the text's date hits, in order, ``view`` the folded text) with each yearless month or quarter that
    fills a row's cell under a period column (:data:`vocab.STACKED_PERIOD_COL`, "Tháng", "Quý") counted as given its
    year."""
    spans = set()
    for t in tables:
        if t.role != "data" or not t.header:
            continue
        cols = [i for i, h in enumerate(t.header) if V.STACKED_PERIOD_COL.match(fold(h).strip(" *_:."))]
        for row in t.rows[1:]:
            for c in cols:
                if c < len(row) and row[c].end > row[c].start:
                    words = view[row[c].start:row[c].end]
                    core = words.strip(_EDGES)
                    if core:
                        at = row[c].start + words.index(core)
                        spans.add((at, at + len(core)))
    if not spans:
        return dated
    return [replace(h, year_given=True) if not h.year_given and h.kind in _KINDS and (h.start, h.end) in spans else h
            for h in dated]

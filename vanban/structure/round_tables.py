"""A table of rounds: the one place that tells a schedule of a drive's rounds (đợt) and their days by its header, and
reads the heading line printed right above a table.

Why: a plan's rounds are laid out as a table ("Đợt | Ngày tổ chức | Địa điểm | Chỉ tiêu (đơn vị máu)", a
blood-donation plan; "Đợt | Thời gian | Địa bàn, nội dung | Đơn vị chủ trì" under "3. Các đợt ra quân cao điểm"), and
several readers met it: the text-table reader (:mod:`.columns`) and the flowed pipe reader (:mod:`.pipe_flow`) each
tested the header, the session calendar (:mod:`vanban.extract.session_rows`) tested it again to date each round, and
the campaign readers (:func:`vanban.extract.campaign_parts.campaign_tables`,
:func:`vanban.extract.due_cells.campaign_table`) each read the line above the table their own way. Structure
recognises the table here and reads the line above it (:func:`line_above`, also the session calendar's name,
:func:`vanban.extract.session_rows.calendar_name`); extract turns its rows into facts (:mod:`vanban.extract.session_rows` its rounds' days,
:mod:`vanban.extract.due_cells` / :mod:`vanban.extract.campaign_parts` a campaign's running periods).
"""

from __future__ import annotations

from collections.abc import Sequence

from vanban.models import Table
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["line_above", "round_header"]


def round_header(cells: Sequence[str]) -> bool:
    """``cells`` (a header row's cell texts, as printed or folded) head a schedule of rounds: the first the round
    (:data:`vocab.ROUND_COL`: "Đợt", "Lần", "Đợt thứ"), another after it the day or time each is held
    (:data:`vocab.ROUND_DAY_COL`: "Ngày tổ chức", "Thời gian"). How many columns the caller's table needs is the
    caller's."""
    heads = [fold(c).strip(" *_:.") for c in cells]
    return bool(heads) and bool(V.ROUND_COL.fullmatch(heads[0])) and any(V.ROUND_DAY_COL.fullmatch(h) for h in heads[1:])


def line_above(t: Table, text: str, reach: int = 600) -> str:
    """The last printed line before ``t`` within ``reach`` characters of ``text`` (the text, or its folded view, that
    ``t``'s offsets point into), stripped of its emphasis marks: the line that names the table ("3. Các đợt ra quân
    cao điểm"). The table's own header and rule lines are passed over (its start is its first row's): a line of
    cells ("| Đợt | Thời gian |"), a header cell written on a line of its own, a line of marks alone ("|---|", "***").
    Empty when no such line stands there."""
    heads = {fold(h).strip(" *") for h in t.header}
    for ln in reversed(text[max(0, t.start - reach):t.start].split("\n")):
        if not ln.strip(" \t*_|-") or ln.lstrip().startswith("|") or fold(ln).strip(" \t*|") in heads:
            continue
        return ln.strip(" \t*_")
    return ""

"""Checklist downloads of an archived document: ``/-/vanban/checklist/<id>.<fmt>``.

Why from the archive rows: the document page shows what the archive holds,
so the Word table, the CSV and the calendar are built from its obligations
and deadlines rows, through the same items and writers as ``vanban
checklist`` (:mod:`vanban.export`: its text writers in :mod:`vanban.export.checklist_text`).
"""

from __future__ import annotations

import asyncio
import json
import re

from datasette.utils.asgi import Response

from dataclasses import replace

from vanban.models import Deadline, Extraction, Metadata, Obligation, Span, StandingMeeting, Target
from vanban.text import fold

# vanban.export and vanban.extract are imported where a checklist is built, not here: the site imports this module
# at startup, and importing extraction (its grammars, thousands of patterns) held the port closed for seconds

FORMATS = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "csv": "text/csv; charset=utf-8",
    "ics": "text/calendar; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "json": "application/json; charset=utf-8",  # the CSV's rows as data, for a script or another tool
}

_OBLIGATIONS_SQL = (
    "select who, what, deadline_id, deadline_text, target_text, sentence, start, end, partners from obligations "
    "where document_id = ? order by id"
)
_TARGETS_SQL = (
    "select text, min, max, unit, scope, period, baseline, sentence, start, end from targets where document_id = ? order by id"
)
_DEADLINES_SQL = (
    "select id, text, date, earliest, latest, recurrence, what, who, sentence, start, end, past, time "
    "from deadlines where document_id = ? order by id"
)

_MEETINGS_SQL = (
    "select text, weekday, time, part_of_day, recurrence, first, what, who, sentence, start, end "
    "from standing_meetings where document_id = ? order by id"
)


def _metadata(row: dict) -> Metadata:
    return Metadata(number=row["number"], type=row["type"], issuer=row["issuer"],
                    date=row["date"], title=row["title"])


def _span(row: dict) -> Span | None:
    """A row's place in ``documents.text``: its offsets and sentence; a row of an archive
    older than the offset columns (NULL there) keeps its sentence at (0, 0), "no offsets"."""
    if not row["sentence"]:
        return None
    if row.get("start") is None or row.get("end") is None:
        return Span(0, 0, row["sentence"])
    return Span(row["start"], row["end"], row["sentence"])


def extraction_of(meta: Metadata, obligation_rows, deadline_rows, target_rows=(), meeting_rows=()) -> Extraction:
    """The archive rows of one document as the Extraction ``vanban checklist``
    reads: its obligations with their deadlines, the dated deadlines no
    obligation claims, its weekly standing meetings and the targets with their sentences, all at their offsets
    in the stored text (so the page's downloads and the CLI give one checklist,
    Chỉ tiêu included, by the same offset logic)."""
    deadlines = {
        r["id"]: Deadline(text=r["text"] or "", date=r["date"], earliest=r["earliest"], latest=r["latest"],
                          recurrence=r["recurrence"], what=r["what"], who=r["who"], past=bool(r["past"]),
                          span=_span(r), time=r.get("time"))
        for r in deadline_rows
    }
    claimed = {r["deadline_id"] for r in obligation_rows if r["deadline_id"] is not None}
    targets = tuple(Target(text=r["text"] or "", min=r["min"], max=r["max"], unit=r["unit"], scope=r["scope"],
                           period=r["period"], span=_span(r), baseline=r["baseline"])
                    for r in target_rows)
    obligations = tuple(
        Obligation(who=r["who"], what=r["what"] or "", deadline=_claimed(deadlines.get(r["deadline_id"])),
                   targets=_obligation_targets(r["target_text"], r["sentence"], targets),
                   span=_span(r), partners=r["partners"],
                   due_text=r.get("deadline_text") if r["deadline_id"] is None else None)
        for r in obligation_rows
    )
    unclaimed = tuple(d for i, d in deadlines.items() if i not in claimed)
    meetings = tuple(StandingMeeting(text=r["text"] or "", weekday=r["weekday"] or "", recurrence=r["recurrence"] or "",
                                     first=r["first"], time=r["time"], part_of_day=r["part_of_day"], what=r["what"],
                                     who=r["who"], span=_span(r))
                     for r in meeting_rows)
    return Extraction(metadata=meta, obligations=obligations, deadlines=unclaimed, targets=targets, meetings=meetings)


def _claimed(d: Deadline | None) -> Deadline | None:
    """An obligation's deadline as the extraction gives it; one without offsets (an older
    archive) loses its span, or every deadline at (0, 0) would count as claimed."""
    return replace(d, span=None) if d and d.span and not d.span.end else d


def _obligation_targets(text: str | None, sentence: str | None, targets: tuple[Target, ...]) -> tuple[Target, ...]:
    """The targets of an obligations row: its ``target_text`` (the targets' texts joined
    by "; ", :meth:`vanban.archive.Archive.store`) read back as the document's targets
    rows written in the obligation's sentence, figures, unit, scope and period included,
    so the page and the downloads say "1–2 mô hình (mỗi năm)" as ``vanban checklist``
    does. A text no targets row of that sentence holds stays a target without figures
    (written as its text)."""
    if not text:
        return ()
    found: list[Target] = []
    for piece in text.split("; "):
        same = [t for t in targets if t.text == piece and t not in found]
        near = [t for t in same if sentence and t.span and t.span.sentence in sentence]
        found.append(near[0] if near else Target(text=piece, min=None, max=None))
    return tuple(found)


def _outline(stored: str | None) -> dict | None:
    """``documents.structure`` read back (None for a document stored without one, or unreadable)."""
    try:
        return json.loads(stored) if stored else None
    except ValueError:
        return None


def file_stem(meta: Metadata, doc_id: int) -> str:
    """An ASCII file name: ``phieu-giao-viec-12-kh-du``."""
    key = re.sub(r"[^a-z0-9]+", "-", fold(meta.number or "").lower()).strip("-")
    return f"phieu-giao-viec-{key or doc_id}"


def render(fmt: str, ext: Extraction, places=None, order: str = "plan") -> bytes:
    """The checklist of ``ext`` in ``fmt`` as bytes: the same writers, items and
    order as ``vanban checklist`` (:func:`vanban.extract.checklist.build_checklist`);
    ``places`` (:class:`vanban.export.PlanPlaces` of the stored outline and text) numbers
    and cites the Word and CSV rows as the plan does."""
    from vanban.export import checklist_file

    body = checklist_file(ext, fmt, places, order)
    return body if isinstance(body, bytes) else body.encode("utf-8")


async def document_extraction(db, doc_id: int, meta: Metadata) -> Extraction:
    """:func:`extraction_of` the archive rows of document ``doc_id`` (a Datasette database)."""
    obligations = [dict(r) for r in (await db.execute(_OBLIGATIONS_SQL, [doc_id])).rows]
    deadlines = [dict(r) for r in (await db.execute(_DEADLINES_SQL, [doc_id])).rows]
    targets = [dict(r) for r in (await db.execute(_TARGETS_SQL, [doc_id])).rows]
    # an archive written before the table (served read-only, never migrated) has no meetings
    meetings = ([dict(r) for r in (await db.execute(_MEETINGS_SQL, [doc_id])).rows]
                if await db.table_exists("standing_meetings") else [])
    return extraction_of(meta, obligations, deadlines, targets, meetings)


def page_checklist(ext: Extraction, places=None) -> tuple[list[dict], list[str], list[str], str | None]:
    """The document page's checklist: the items of the downloads, as template rows (``places``: the plan's parts,
    :class:`vanban.export.PlanPlaces`, whose targets the rows carry as the downloads do), and the plan's targets no
    row took — the downloads' "Chỉ tiêu của kế hoạch" line (a newcomer found it in the .md and not on the page). The
    rows come in the Word table's order with its TT (``tt``: :func:`vanban.export.checklist_office.ordered`,
    :func:`~vanban.export.checklist_office.item_tts`). Third: the "Lịch họp định kỳ" lines of its standing meetings.
    Fourth: the line saying how many rows the checklist left out on purpose and of which kinds, as the Word phiếu
    says it (:func:`vanban.export.struck_rows.left_out_line`), or None."""
    from vanban.export import with_plan_targets
    from vanban.export.checklist_office import item_tts, ordered
    from vanban.export.checklist_text import meeting_line
    from vanban.export.reader_days import reader_day, reader_when, resolved_words
    from vanban.extract.checklist import build_checklist
    from vanban.extract.recurrence import describe

    from vanban.export.struck_rows import left_out_line

    kinds: list[str] = []
    items, left = with_plan_targets(build_checklist(ext), places, ext.targets, meetings=ext.meetings, left_out=kinds)
    items = ordered(items, "plan")  # the Word table's order, the document's own
    tts = item_tts(items, places)
    return [
        {"tt": tts[n - 1], "who": it.who, "partners": it.partners, "what": it.what, "deadline_text": it.deadline,
         # days and hours as the reader writes them, as the Markdown does ("(7 giờ 30 ngày 10/01/2027)", not ISO;
         # nothing the deadline's words say already)
         "deadline_date": reader_when(it.date, it.time) or reader_day(it.latest), "deadline_when": resolved_words(it),
         "deadline_recurrence": it.recurrence, "recurrence_text": describe(it.recurrence), "next_due": reader_day(it.next_due), "past": it.past,
         "target_text": it.targets, "sentence": it.source, "start": it.start, "end": it.end}
        for n, it in enumerate(items, 1)
    ], left, [meeting_line(g) for g in ext.meetings], left_out_line(kinds)


async def off_loop(work, *args):
    """``work(*args)`` in a worker thread, awaited: Datasette serves every request on one asyncio loop, and a long
    plan's checklist (its rows matched to the plan's parts, the Word file written) is seconds of Python — run on the
    loop it held every other request, "/-/login" and the home page, behind one document page (newcomer, session 45:
    179-KH-UBND's page 11 s, a login 8 s behind it). SQLite work goes through Datasette's own threads
    (``db.execute``)."""
    return await asyncio.to_thread(work, *args)


def plan_targets_label(doc_type: str | None) -> str:
    """:func:`vanban.export.checklist_text.plan_targets_label`: the page heads the targets no row took as the downloads do."""
    from vanban.export.checklist_text import plan_targets_label as label

    return label(doc_type)


def row_id(text: str) -> int:
    """A documents.id from a URL part: a positive integer SQLite can hold.

    Raises ValueError otherwise, so "/checklist/99999999999999999999.docx"
    is a 404 like any unknown id, not an OverflowError (found by a newcomer).
    """
    value = int(text)
    if not 0 < value < 2**63:
        raise ValueError(f"no document id {text!r}")
    return value


async def checklist_download(request, datasette):
    from vanban.export import ORDERS, PlanPlaces

    try:
        doc_id = row_id(request.url_vars["id"])
    except ValueError:
        return Response.text("Không có văn bản này.", status=404)
    fmt = request.url_vars["fmt"]
    if fmt not in FORMATS:  # "/checklist/12.pdf": said in Vietnamese with the formats there are, as an unknown id is
        return Response.text(f"Không có định dạng “{fmt}”: tải về dạng {', '.join(FORMATS)}.", status=404)
    db = datasette.get_database("archive")
    docs = (await db.execute("select id, number, type, issuer, date, title, structure, text from documents where id = ?",
                             [doc_id])).rows
    if not docs:
        return Response.text("Không có văn bản này.", status=404)
    row = dict(docs[0])
    meta = _metadata(row)
    order = request.args.get("order") or "plan"
    if order not in ORDERS:
        return Response.text(f"order: plan hoặc unit, không phải {order!r}.", status=400)
    ext = await document_extraction(db, doc_id, meta)
    body = await off_loop(lambda: render(fmt, ext, PlanPlaces(_outline(row["structure"]), row["text"]), order))
    name = f"{file_stem(meta, doc_id)}.{fmt}"
    return Response(body, content_type=FORMATS[fmt],
                    headers={"content-disposition": f'attachment; filename="{name}"'})


def routes():
    # any id and format: "/checklist/abc.docx" or "/checklist/12.pdf" get the Vietnamese 404 an unknown number gets,
    # not Datasette's English one (the session-49 newcomer)
    return [(r"^/-/vanban/checklist/(?P<id>[^/]*)\.(?P<fmt>[^/.]*)$", checklist_download)]

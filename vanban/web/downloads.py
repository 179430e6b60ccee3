"""Checklist downloads of an archived document: ``/-/vanban/checklist/<id>.<fmt>``.

Why from the archive rows: the document page shows what the archive holds
(its obligations table), so the Word table, the CSV and the calendar are
built from the same rows, in document order, through the same writers as
``vanban checklist`` (:mod:`vanban.export`, :mod:`vanban.extract.checklist`).
"""

from __future__ import annotations

import re

from datasette.utils.asgi import Response

from vanban.extract.checklist import UNKNOWN_BODY, ChecklistItem, render_checklist
from vanban.models import Deadline, Extraction, Metadata, Obligation
from vanban.text import fold

FORMATS = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "csv": "text/csv; charset=utf-8",
    "ics": "text/calendar; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
}

_OBLIGATIONS_SQL = (
    "select who, what, deadline_text, deadline_date, deadline_earliest, deadline_latest, "
    "deadline_recurrence, target_text, sentence from obligations where document_id = ? order by id"
)


def _metadata(row: dict) -> Metadata:
    return Metadata(number=row["number"], type=row["type"], issuer=row["issuer"],
                    date=row["date"], title=row["title"])


def _items(rows) -> list[ChecklistItem]:
    return [
        ChecklistItem(who=r["who"] or UNKNOWN_BODY, what=r["what"] or "", deadline=r["deadline_text"],
                      date=r["deadline_date"], earliest=r["deadline_earliest"],
                      latest=r["deadline_latest"], recurrence=r["deadline_recurrence"],
                      targets=r["target_text"], source=r["sentence"])
        for r in rows
    ]


def _extraction(meta: Metadata, rows) -> Extraction:
    """The rows as an Extraction, for the md/ics renderers of ``vanban checklist``."""
    obligations = tuple(
        Obligation(who=r["who"], what=r["what"] or "",
                   deadline=Deadline(r["deadline_text"] or "", r["deadline_date"], r["deadline_earliest"],
                                     r["deadline_latest"], r["deadline_recurrence"])
                   if r["deadline_text"] else None)
        for r in rows
    )
    return Extraction(metadata=meta, obligations=obligations)


def file_stem(meta: Metadata, doc_id: int) -> str:
    """An ASCII file name: ``phieu-giao-viec-12-kh-du``."""
    key = re.sub(r"[^a-z0-9]+", "-", fold(meta.number or "").lower()).strip("-")
    return f"phieu-giao-viec-{key or doc_id}"


def render(fmt: str, meta: Metadata, rows) -> bytes:
    """The checklist of ``rows`` (obligation rows) in ``fmt`` as bytes."""
    from vanban.export import checklist_csv, checklist_docx

    if fmt == "docx":
        return checklist_docx(_items(rows), meta)
    if fmt == "csv":
        return checklist_csv(_items(rows)).encode("utf-8")
    return render_checklist(_extraction(meta, rows), fmt).encode("utf-8")


async def checklist_download(request, datasette):
    try:
        doc_id = int(request.url_vars["id"])
    except ValueError:
        return Response.text("Không có văn bản này.", status=404)
    fmt = request.url_vars["fmt"]
    db = datasette.get_database("archive")
    docs = (await db.execute("select id, number, type, issuer, date, title from documents where id = ?",
                             [doc_id])).rows
    if not docs:
        return Response.text("Không có văn bản này.", status=404)
    meta = _metadata(dict(docs[0]))
    rows = [dict(r) for r in (await db.execute(_OBLIGATIONS_SQL, [doc_id])).rows]
    body = render(fmt, meta, rows)
    name = f"{file_stem(meta, doc_id)}.{fmt}"
    return Response(body, content_type=FORMATS[fmt],
                    headers={"content-disposition": f'attachment; filename="{name}"'})


def routes():
    return [(r"^/-/vanban/checklist/(?P<id>[0-9]+)\.(?P<fmt>docx|csv|ics|md)$", checklist_download)]

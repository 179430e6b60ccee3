"""Requests to an in-process Datasette (its own test client, no server, no mocks)."""

from __future__ import annotations

import asyncio


def get(ds, url):
    """The response of ``GET url`` from Datasette ``ds``."""

    async def go():
        return await ds.client.get(url)

    return asyncio.run(go())


def get_json(ds, url):
    """The JSON of ``GET url``; fails the test unless the status is 200."""
    r = get(ds, url)
    assert r.status_code == 200, (url, r.text[:500])
    return r.json()


def ranked(archive, query):
    """The names of the documents ``search`` lists for ``query``, in order, from an ``archive`` fixture's ``(db,
    {document id: name})``; fails the test unless the served ``/archive/tim_kiem`` lists them in the same order (the
    command line and the web pages are one search)."""
    from urllib.parse import quote

    from vanban.archive.search import search
    from vanban.web.server import datasette_app

    db, names = archive
    python = [names[h.id] for h in search(db, query)]
    served = [names[r["id"]] for r in get_json(datasette_app(db), "/archive/tim_kiem.json?_shape=array&q=" + quote(query))]
    assert python == served, (python, served)
    return python


def page_and_word_rows(path, db):
    """The plan at ``path`` stored in a new archive ``db`` and read through Datasette's test client: the document
    page's checklist rows as (TT, đơn vị chủ trì) and the downloaded Word phiếu's table rows (python-docx rows)."""
    import html
    import io
    import re

    from docx import Document

    from vanban.archive import Archive
    from vanban.conveyor import process_file
    from vanban.web.server import datasette_app

    with Archive(db) as a:
        doc_id = a.store(process_file(path, jobs=1))
    ds = datasette_app(db)
    page = get(ds, f"/archive/documents/{doc_id}").text
    shown = [(tt, html.unescape(who)) for tt, who in
             re.findall(r'<span class="tt">([^<]*)\.</span> <span class="who">([^<]*)</span>', page)]
    return shown, Document(io.BytesIO(get(ds, f"/-/vanban/checklist/{doc_id}.docx").content)).tables[-1].rows[1:]


def stored_site(folder, name, text):
    """(Datasette over a new archive in ``folder``, the id of its one document): ``text`` written to ``folder/name``,
    run through every stage and stored — the real conveyor, SQLite and Datasette, no mocks."""
    from vanban.archive import Archive
    from vanban.conveyor import process_file
    from vanban.web.server import datasette_app

    (folder / name).write_text(text, encoding="utf-8")
    with Archive(folder / "archive.db") as a:
        doc_id = a.store(process_file(folder / name, jobs=1))
    return datasette_app(folder / "archive.db"), doc_id

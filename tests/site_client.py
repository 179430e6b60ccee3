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

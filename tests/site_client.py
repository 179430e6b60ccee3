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

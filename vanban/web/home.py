"""What the home page (``/``, ``templates/index.html``) shows a clerk first: the newest documents of the archive.

Why (the newcomer of session 29): Datasette's own home page lists a database's five largest tables (obligations,
targets, deadlines, citations, pages) and hides ``documents`` behind "…", with no search box; a clerk opened the
site and found neither the box nor the documents. The page keeps Datasette's frame (``default:index.html``) and
replaces its content with the folded search box (the ranked search ``tim_kiem``), the newest documents (each a
link to its page and checklist) and links to the deadlines, targets, citations and tasks.

Shape: :func:`home_vars` gives the template ``vb_home = {"documents": [row, …]}``, each row a dict of
``id, number, type, date, issuer, title`` (the latest version of each file, one form of each document as the
lists show it: the view ``documents_listed`` of :mod:`vanban.archive.forms`); ``{}`` when the archive is not served (another database only)."""

from __future__ import annotations

import sqlite3

#: how many of the newest documents the home page lists (the rest: the documents table, one click)
NEWEST = 10

#: the newest documents of the view of the documents the lists show (vanban.archive.forms.LISTED_VIEW)
_NEWEST_SQL = """
select d.id, d.number, d.type, d.date, d.issuer, d.title from documents_listed d
order by d.date is null, d.date desc, d.id desc
limit ?
"""


async def home_vars(datasette, database: str) -> dict:
    """``{"vb_home": …}`` for the home page (see the module's docstring); ``{}`` without the archive."""
    try:
        db = datasette.get_database(database)
    except KeyError:
        return {}
    try:
        rows = (await db.execute(_NEWEST_SQL, [NEWEST])).rows
    except sqlite3.Error:  # an archive of no documents table yet: the page still shows the box
        return {"vb_home": {"documents": []}}
    return {"vb_home": {"documents": [dict(r) for r in rows]}}

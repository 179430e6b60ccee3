"""What the home page (``/``, ``templates/index.html``) shows a clerk first: the newest documents of the archive.

Why (the newcomer of session 29): Datasette's own home page lists a database's five largest tables (obligations,
targets, deadlines, citations, pages) and hides ``documents`` behind "…", with no search box; a clerk opened the
site and found neither the box nor the documents. The page keeps Datasette's frame (``default:index.html``) and
replaces its content with the folded search box (the ranked search ``tim_kiem``), the newest documents (each a
link to its page and checklist) and links to the deadlines, targets, citations and tasks.

Shape: :func:`home_vars` gives the template ``vb_home = {"documents": [row, …]}``, each row a dict of
``id, number, type, date, issuer, title`` (the latest version of each file, one form of each document as the
lists show it: :mod:`vanban.archive.forms`); ``{}`` when the archive is not served (another database only)."""

from __future__ import annotations

import sqlite3

#: how many of the newest documents the home page lists (the rest: the documents table, one click)
NEWEST = 10

_NEWEST_SQL = """
select d.id, d.number, d.type, d.date, d.issuer, d.title from documents d
where not exists (select 1 from documents n where n.supersedes_id = d.id)
  and not exists (select 1 from documents o
                  where o.number_key = d.number_key and +o.date is d.date and +o.issuer_key is d.issuer_key
                    and vn_form_rank(o.confidence, o.page_count, o.id) < vn_form_rank(d.confidence, d.page_count, d.id)
                    and not exists (select 1 from documents n where n.supersedes_id = o.id))
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

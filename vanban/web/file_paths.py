"""The served pages name a stored file by its name, never by the server's folders.

``documents.path``, ``copies.path`` and ``ingest_errors.path`` hold the absolute path ingest read
("/srv/kho/2026/KH-12.pdf"): the archive needs it (versions and copies are found by path), the public
does not, and the server's folder layout is no business of a visitor (a newcomer, session 41, read every
folder of the machine on ``/archive/documents.json``, ``/archive/ingest_errors`` and ``/archive/copies``
without signing in). Datasette shows those tables as they are stored, so every way out of them is
covered here, for everyone alike (the HTML cell hook has no request, so no page can tell a signed-in
user apart; the CLI and the archive file keep the full path):

* the HTML cell (table and row pages) and the JSON rows show :func:`vanban.web.plugin.file_name`, the
  name the document page already shows;
* a CSV of those tables leaves the column out (Datasette writes CSV rows with no hook);
* a facet or filter on the column is refused (400): its values or counts would name the folders.
"""

from __future__ import annotations

import re

#: tables whose ``path`` column holds a server path
PATH_TABLES = frozenset({"documents", "copies", "ingest_errors"})
PATH_COLUMN = "path"

_CSV_TABLE = re.compile(r"^/archive/(documents|copies|ingest_errors)\.csv$")


def hides(database: str | None, table: str | None, column: str | None = PATH_COLUMN) -> bool:
    """Whether ``column`` of ``table`` in the served archive ``database`` is a server path."""
    from .plugin import DATABASE

    return database == DATABASE and table in PATH_TABLES and column == PATH_COLUMN


def named_rows(columns, rows):
    """``rows`` (sequences in the order of ``columns``, or mappings) with the path cell replaced by its file name."""
    from .plugin import file_name

    out = []
    for row in rows:
        if hasattr(row, "keys") and not hasattr(row, "index"):  # a dict or sqlite3.Row
            d = {k: row[k] for k in row.keys()}
            if PATH_COLUMN in d:
                d[PATH_COLUMN] = file_name(d[PATH_COLUMN])
            out.append(d if isinstance(row, dict) else [d[k] for k in row.keys()])
        else:
            cells = list(row)
            if PATH_COLUMN in columns:
                i = list(columns).index(PATH_COLUMN)
                cells[i] = file_name(cells[i])
            out.append(cells)
    return out


def render_json(args, data, view_name, database, table, request):
    """Datasette's own JSON, with the path cells of :data:`PATH_TABLES` named by file name."""
    from datasette.renderer import json_renderer

    if hides(database, table) and isinstance(data, dict) and data.get("rows"):
        data = dict(data, rows=named_rows(data.get("columns") or [], data["rows"]))
    return json_renderer(args, data, view_name)


def refused_args(table: str, args) -> list[str]:
    """The query arguments that would show or probe the server's folders through a facet or a filter."""
    bad = []
    for key in args.keys():
        if key == PATH_COLUMN or key.startswith(PATH_COLUMN + "__"):
            bad.append(key)
        elif key in ("_facet", "_facet_array", "_facet_date", "_facet_list") and PATH_COLUMN in args.getlist(key):
            bad.append(f"{key}={PATH_COLUMN}")
        elif key == "_where" or key == "_through":
            if re.search(r"\bpath\b", " ".join(args.getlist(key))):
                bad.append(key)
    return bad


def without_path_csv(app):
    """The ASGI app ``app`` leaving the path column out of a CSV of :data:`PATH_TABLES`."""

    async def wrapped(scope, receive, send):
        if scope.get("type") == "http" and (
                _CSV_TABLE.match(scope.get("path") or "")
                or (re.match(r"^/archive/(documents|copies|ingest_errors)$", scope.get("path") or "")
                    and re.search(rb"(^|&)_format=csv(&|$)", scope.get("query_string") or b""))):
            qs = scope.get("query_string") or b""  # after any _col=: Datasette applies _nocol last
            scope = dict(scope, query_string=(qs + b"&" if qs else b"") + b"_nocol=path")
        await app(scope, receive, send)

    return wrapped

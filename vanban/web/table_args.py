"""Query-string arguments naming what a table lacks are a clean 400, before any SQL.

Why: ``/archive/documents?_facet=nope`` reached SQLite as ``select nope …``;
Datasette answered 400 "Invalid SQL: no such column: nope", but its log got
an ``ERROR: conn=… sql = …`` line with the whole facet query, and the facet
and suggestion coroutines it never ran left "coroutine … was never awaited"
RuntimeWarnings (found by a newcomer). ``?_through=bad`` (not JSON) was a 500
with a traceback, ``?_fts_table=nope&_search=x`` another logged SQL error.
Datasette refuses ``?_col=nope`` the right way, before any SQL ("_col=nope -
invalid columns", 400, nothing logged); :func:`check_table_args` does the
same for

* ``_facet``, ``_facet_array``, ``_facet_date`` and vanban's ``_facet_list``
  (a JSON facet config, ``_facet={"column": …}``, that is not JSON or names no
  column is refused alike; other ``_facet_*`` keys such as ``_facet_size`` are
  Datasette's);
* ``_through``: JSON ``{"table", "column", "value"}`` naming a column of a table
  of the database;
* ``_fts_table`` (a table of the database) and ``_fts_pk`` (a column of the table).

It runs from Datasette's ``filters_from_request`` hook (first), after the table
is known to exist and before any filter or facet query.
"""

from __future__ import annotations

import json
import urllib.parse

#: the query-string keys of the facet types the site has (Datasette's three + "list")
FACET_KEYS = ("_facet", "_facet_array", "_facet_date", "_facet_list")


def facet_columns(query_string: str) -> list[tuple[str, str, str | None]]:
    """(key, value as given, column named or None when the value names none) of each
    facet the query string asks for."""
    asked = []
    for key, values in urllib.parse.parse_qs(query_string, keep_blank_values=True).items():
        if key not in FACET_KEYS:
            continue
        for value in values:
            column: object = value
            if value.startswith("{"):  # Datasette's JSON config form
                try:
                    config = json.loads(value)
                except ValueError:
                    config = None
                column = (config.get("column") or config.get("simple")) if isinstance(config, dict) else None
            asked.append((key, value, column if isinstance(column, str) and column else None))
    return asked


def _through_names(value: str) -> tuple[str, str] | None:
    """(table, column) of a ``_through`` value, or None when it is not JSON
    ``{"table": …, "column": …, "value": …}``."""
    try:
        data = json.loads(value)
    except ValueError:
        return None
    if (not isinstance(data, dict) or "value" not in data
            or not all(isinstance(data.get(k), str) for k in ("table", "column"))):
        return None
    return data["table"], data["column"]


async def check_table_args(request, database: str, table: str, datasette) -> None:
    """Raise Datasette's BadRequest (400, one line, nothing logged) when the request's
    facets, ``_through`` or ``_fts_table``/``_fts_pk`` name a table or column of
    ``database`` that does not exist (see the module's docstring)."""
    args = request.args
    from datasette.utils.asgi import BadRequest

    from .file_paths import hides, refused_args

    if hides(database, table):
        bad = refused_args(table, args)
        if bad:  # a facet or filter on a server path would name the server's folders
            raise BadRequest(f"{', '.join(bad)} - đường dẫn tệp không công khai")
    asked = facet_columns(request.query_string)
    if not (asked or "_through" in args or "_fts_table" in args or "_fts_pk" in args):
        return

    db = datasette.get_database(database)
    tables = set(await db.table_names())

    async def columns_of(name: str) -> set[str]:
        found = set(await db.table_columns(name))
        return found | {"rowid"} if name in tables else found  # a table's rowid is a column too

    columns = await columns_of(table)
    bad = [f"{key}={value}" for key, value, column in asked if column not in columns]
    if bad:
        raise BadRequest(f"{', '.join(bad)} - invalid columns")
    for value in args.getlist("_through"):
        names = _through_names(value)
        if names is None:
            raise BadRequest(f"_through={value} - invalid: expected JSON with table, column and value")
        if names[0] not in tables or names[1] not in await columns_of(names[0]):
            raise BadRequest(f"_through={value} - no such table or column")
    fts = args.get("_fts_table")
    if fts is not None and fts not in tables:
        raise BadRequest(f"_fts_table={fts} - no such table")
    pk = args.get("_fts_pk")
    if pk is not None and pk not in columns:
        raise BadRequest(f"_fts_pk={pk} - invalid columns")

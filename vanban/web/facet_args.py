"""A facet the query string asks for on a column the table lacks is a clean 400.

Why: ``/archive/documents?_facet=nope`` reached SQLite as ``select nope …``;
Datasette answered 400 "Invalid SQL: no such column: nope", but its log got
an ``ERROR: conn=… sql = …`` line with the whole facet query, and the facet
and suggestion coroutines it never ran left "coroutine … was never awaited"
RuntimeWarnings (found by a newcomer). Datasette refuses ``?_col=nope`` the
same way before any SQL ("_col=nope - invalid columns", 400, nothing
logged); :func:`check_facet_args` does that for ``_facet``, ``_facet_array``,
``_facet_date`` and vanban's ``_facet_list``, from Datasette's
``filters_from_request`` hook, which runs after the table is known to exist
and before any facet query. A JSON facet config (``_facet={"column": …}``)
that is not JSON or names no column is refused alike. Other ``_facet_*``
keys (``_facet_size``) are left to Datasette.
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


async def check_facet_args(request, database: str, table: str, datasette) -> None:
    """Raise Datasette's BadRequest (400, one line, nothing logged) when a facet of
    the request names a column ``table`` of ``database`` does not have."""
    asked = facet_columns(request.query_string)
    if not asked:
        return
    from datasette.utils.asgi import BadRequest

    db = datasette.get_database(database)
    columns = set(await db.table_columns(table))
    if table not in await db.view_names():
        columns.add("rowid")  # a table's rowid can be faceted like a column
    bad = [(key, value) for key, value, column in asked if column not in columns]
    if bad:
        shown = ", ".join(f"{key}={value}" for key, value in bad)
        raise BadRequest(f"{shown} - invalid columns")

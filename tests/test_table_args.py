"""A facet (or ``_through``, ``_fts_table``) naming what the table lacks: a clean 400,
nothing in the log.

Found by a newcomer: ``/archive/documents?_facet=nope`` ran ``select nope …``;
the answer was a 400 "Invalid SQL", but the server's log got Datasette's
``ERROR: conn=… sql = …`` line (the whole facet query) and "coroutine … was
never awaited" RuntimeWarnings; ``?_through=bad`` was a 500 with a traceback.
Datasette's own test client, a real archive.
"""

from __future__ import annotations

import gc
import html
import warnings

import pytest
from archive_samples import store_samples
from site_client import get, get_json

from vanban.web.server import datasette_app


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    path = tmp_path_factory.mktemp("facets") / "archive.db"
    store_samples(path)
    return datasette_app(path)


@pytest.mark.parametrize("query, message", [
    ("_facet=nope", "_facet=nope - invalid columns"),
    ("_facet_array=nope", "_facet_array=nope - invalid columns"),
    ("_facet_date=nope", "_facet_date=nope - invalid columns"),
    ("_facet_list=nope&_facet=type", "_facet_list=nope - invalid columns"),
    ('_facet={"column": "nope"}', '_facet={"column": "nope"} - invalid columns'),
    ("_facet={not json", "_facet={not json - invalid columns"),
    ("_through=bad", "_through=bad - invalid: expected JSON with table, column and value"),
    ('_through={"table": "citations", "column": "nope", "value": 1}',
     '_through={"table": "citations", "column": "nope", "value": 1} - no such table or column'),
    ("_fts_table=nope&_search=dan", "_fts_table=nope - no such table"),
    ("_fts_pk=nope&_search=dan", "_fts_pk=nope - invalid columns"),
])
def test_an_argument_naming_what_the_table_lacks_is_a_clean_400(ds, capfd, query, message):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        as_json = get(ds, f"/archive/documents.json?{query}")
        as_page = get(ds, f"/archive/documents?{query}")
        gc.collect()  # an un-awaited coroutine warns when it is collected
    assert as_json.status_code == 400 and as_json.json()["error"] == message
    assert as_page.status_code == 400 and html.unescape(as_page.text).count(message) == 1
    assert [str(w.message) for w in caught] == []
    assert capfd.readouterr().err == ""  # no "ERROR: conn=… sql = …" line


def test_known_facets_still_work(ds, capfd):
    data = get_json(ds, "/archive/documents.json?_facet=type&_facet_list=recipients&_facet_size=max"
                        "&_facet_date=date&_facet=rowid")
    assert {"type", "recipients", "date", "rowid"} <= set(data["facet_results"])
    assert get_json(ds, "/archive/pages.json?_facet=method")["facet_results"]["method"]["results"]
    through = get_json(ds, '/archive/documents.json?_through={"table": "citations", "column": "number", '
                           '"value": "25-NQ/TW"}')
    assert through["rows"]
    assert get_json(ds, "/archive/documents.json?_fts_table=documents_fts&_search=dan+van")["rows"]
    # a canned query has no facets: its _facet is ignored, as Datasette does
    assert get(ds, "/archive/tim_kiem.json?q=dan+van&_facet=nope").status_code == 200
    assert capfd.readouterr().err == ""

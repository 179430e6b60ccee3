"""The ranked search page (tim_kiem) links a result's số ký hiệu and Mã to its document (lead53, session 53).

Datasette links no cell of a canned query's rows, so the clerk who found a plan by its number could not open it from
the list; :func:`vanban.web.plugin.render_cell` links those two columns of a search row (one document a row, with its
excerpt ``trich_doan``), and nothing else: another canned query's cells, or a table page's, keep Datasette's own."""

from __future__ import annotations

from vanban.web import plugin


class _Urls:
    def row(self, database, table, id_):
        return f"/{database}/{table}/{id_}"


class _Datasette:
    urls = _Urls()


_ROW = {"hang": 1, "number": "24-KH/ĐU", "id": 6, "trich_doan": "… ⟦Dân vận khéo⟧ …", "title": "Kế hoạch"}


def _cell(row, column, table=None):
    return plugin.render_cell(row=row, value=row.get(column), column=column, table=table, database="archive",
                              datasette=_Datasette())


def test_the_number_and_id_of_a_search_row_open_the_document():
    assert str(_cell(_ROW, "number")) == '<a href="/archive/documents/6">24-KH/ĐU</a>'
    assert str(_cell(_ROW, "id")) == '<a href="/archive/documents/6">6</a>'


def test_a_search_row_without_a_number_still_links_by_its_id():
    assert str(_cell({**_ROW, "number": None}, "number")) == '<a href="/archive/documents/6">#6</a>'


def test_the_number_is_escaped_in_the_link():
    assert "&lt;b&gt;" in str(_cell({**_ROW, "number": "<b>"}, "number"))


def test_no_link_outside_a_search_row():
    other = {k: v for k, v in _ROW.items() if k != "trich_doan"}  # another canned query: no excerpt
    assert _cell(other, "number") is None
    assert _cell(_ROW, "number", table="documents") is None  # a table page: Datasette links its rows itself
    assert _cell(_ROW, "title") is None

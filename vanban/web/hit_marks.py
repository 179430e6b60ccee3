"""The search page's snippet of each hit, the words matched marked as the command line marks them.

Why: ``vanban search`` prints each hit with a snippet whose matched words stand in brackets; the search page
(``tim_kiem``) listed the documents without a word of their text, so a clerk could not see why "hoi chu thap do"
found a plan (the session-35 newcomer). SQLite's own ``snippet()``/``highlight()`` cannot serve: the index holds
the folded text ("hoi chu thap do"), and they would show that, not "Hội Chữ thập đỏ". The page's column
``trich_doan`` is :func:`vanban.archive.snippet.document_snippet` (the same choice and marks as the command line:
the phrase typed, found with or without its marks), called as the SQL function ``vn_snippet``; its marks are
:data:`MARKS` in the JSON and CSV, and ``<mark>`` on the page (:func:`marked_cell`, every other character escaped).
"""

from __future__ import annotations

from markupsafe import Markup, escape

from vanban.archive.snippet import document_snippet

__all__ = ["MARKS", "SNIPPET_COLUMN", "hit_snippet", "marked_cell"]

#: the column of tim_kiem that holds the snippet
SNIPPET_COLUMN = "trich_doan"
#: the marks around a matched word in the query's rows (JSON, CSV): brackets no Vietnamese document prints
MARKS = ("⟦", "⟧")


def hit_snippet(query: str | None, text: str | None, raw: str | None, title: str | None) -> str | None:
    """``vn_snippet(q, text, raw_text, title)``: the hit's snippet for the query typed, matched words in :data:`MARKS`."""
    return document_snippet(query, text, raw, title, mark=MARKS)


def marked_cell(value: object) -> Markup | None:
    """The snippet cell as HTML: its text escaped, each marked word in ``<mark>``; None (Datasette's own rendering) for
    a cell that is no text."""
    if not isinstance(value, str):
        return None
    html = str(escape(value)).replace(MARKS[0], "<mark>").replace(MARKS[1], "</mark>")
    return Markup(html)

"""The cells of the canned queries that list a document's rows (``han_sap_toi``, ``nhiem_vu_cua``,
``van_ban_trich_dan``) as a clerk reads them on the page.

Why: the session-55 newcomer found the deadlines page's Số ký hiệu and Mã văn bản plain text — the deadline was
found, its plan could not be opened — and its Hạn written 2026-12-20 beside date boxes that take 20/11/2026. On the
page the số ký hiệu and the Mã văn bản open the document and a day reads dd/mm/yyyy
(:func:`vanban.export.reader_days.reader_day`); the JSON and CSV keep the SQL's values (ISO days, the bare id).
"""

from __future__ import annotations

from markupsafe import Markup

#: the column that names the row's document, and the columns that open it
DOCUMENT_COLUMN = "van_ban_id"
LINKED_COLUMNS = ("van_ban_id", "so_ky_hieu")
#: the columns holding an ISO day a reader reads: the due day
DAY_COLUMNS = ("han",)
#: the ranked search's (``tim_kiem``) columns holding an ISO day: the date of issue, shown 2025-11-27 beside the
#: dd/mm/yyyy of every other page (the session-55 newcomer)
SEARCH_DAY_COLUMNS = ("date",)


def document_id(row):
    """The row's document id, or None when the row names none (not a canned query's row of a document)."""
    try:
        return row[DOCUMENT_COLUMN] if DOCUMENT_COLUMN in row.keys() else None
    except (AttributeError, IndexError, KeyError):
        return None


def query_cell(row, value, column, document_url):
    """The cell as the page shows it, or None to leave it to Datasette: ``document_url(id)`` is the document page."""
    doc = document_id(row)
    if doc is None:
        return None
    if column in LINKED_COLUMNS:
        return Markup('<a href="{}">{}</a>').format(document_url(doc), value if value not in (None, "") else f"#{doc}")
    if column in DAY_COLUMNS:
        return reader_cell(value)
    return None


def reader_cell(value):
    """An ISO day as the page shows it, dd/mm/yyyy (:func:`vanban.export.reader_days.reader_day`); None (Datasette's
    own cell) for an empty or non-text value."""
    if not isinstance(value, str) or not value:
        return None
    from vanban.export.reader_days import reader_day  # not at the plugin's import: vanban.extract is slow to load

    return reader_day(value)

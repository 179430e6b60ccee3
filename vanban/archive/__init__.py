"""The ARCHIVE stage: archive.db schema, storing documents, searching them.

Public API::

    from vanban.archive import Archive, search, reindex, SearchHit
    with Archive("archive.db") as archive:
        doc_id = archive.store(document)          # one transaction, idempotent
    hits = search("archive.db", "dang uy phuong", type="Kế hoạch", limit=10)

The archive imports only ``vanban.models`` and ``vanban.text``: it stores
dataclasses without knowing which stage produced them.
"""

from .keys import fts_query, search_text, symbol_key
from .schema import SCHEMA_VERSION, SchemaError, ensure_schema
from .search import ANSI_MARK, BRACKET_MARK, SearchHit, format_hits, reindex, search
from .store import Archive, ArchiveWriteError

__all__ = [
    "Archive",
    "ArchiveWriteError",
    "SearchHit",
    "search",
    "reindex",
    "format_hits",
    "ANSI_MARK",
    "BRACKET_MARK",
    "ensure_schema",
    "SCHEMA_VERSION",
    "SchemaError",
    "symbol_key",
    "search_text",
    "fts_query",
]

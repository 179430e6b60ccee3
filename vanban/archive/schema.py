"""The archive.db schema, kept as data, and ``ensure_schema`` that applies it.

Why data: Datasette's metadata, the store's INSERTs and the README all talk
about the same tables and columns; one table of column definitions keeps
them in step and lets ``ensure_schema`` add a column an older archive lacks
(forward migration) instead of failing.

Tables (all child tables reference ``documents.id``):

* ``documents`` — one row per distinct file content; a changed file at the
  same path is a new row with ``version`` + 1 and ``supersedes_id`` pointing
  at the previous one (a content that comes back, v1 → v2 → v1, is such a
  row too, so sha256 is indexed but not unique). Rows are never updated, so
  the FTS triggers only ever fire on insert.
* ``pages``, ``citations``, ``deadlines``, ``targets``, ``obligations`` —
  what ingest/OCR/extraction found, one row per item.
* ``copies`` — other paths where a document's exact content was found (a file
  copied under another name): stored once, but each copy keeps it findable
  after the file it was first read from changes (:meth:`Archive.store`).
* ``ingest_errors`` — files that could not be archived, with the reason.
* ``meta`` — key/value facts (schema version, vanban version).
* ``documents_fts`` — FTS5 external-content index over
  ``documents.search_text`` (folded title + text + raw OCR) and
  ``documents.search_head`` (folded số ký hiệu, type, trích yếu, issuer,
  signer: the fields a match counts most in, :mod:`.ranking`), laid out like
  sqlite-utils ``enable_fts`` so Datasette finds it for ``?_search=``.
"""

from __future__ import annotations

import os
import sqlite3

import sqlite_utils

from vanban.models import InputError

SCHEMA_VERSION = 1
FTS_TOKENIZE = "unicode61 remove_diacritics 2"

# table -> (columns in display order, primary key, foreign keys, not null)
TABLES: dict[str, dict] = {
    "documents": {
        "columns": {
            "id": int,
            "number": str,  # số ký hiệu as written, e.g. "24-KH/ĐU"
            "type": str,
            "date": str,  # ISO 8601
            "year": int,
            "title": str,
            "issuer": str,
            "parent_issuer": str,
            "place": str,
            "signer_authority": str,
            "signer_delegation": str,  # KT./TL./TUQ. level under a TM. authority
            "signer_title": str,
            "signer_name": str,
            "recipients": str,  # JSON array
            "structure": str,  # JSON outline of the document's parts (vanban.outline)
            "cites": str,  # JSON array of cited symbols / names (for facets)
            "number_key": str,  # symbol_key(number): "24 kh du"
            "type_key": str,  # fold(type), for fast accent-blind filters
            "issuer_key": str,  # fold(issuer)
            "parent_issuer_key": str,  # fold(parent_issuer): a --issuer filter matches the issuer with its parent
            "path": str,
            "kind": str,
            "size": int,
            "page_count": int,
            "encoding": str,  # text files: codec / charset key (utf-8, tcvn3, vni, …)
            "source_encoding": str,  # the charset the text came from, by name ("VNI-Windows")
            "mtime": float,
            "confidence": float,  # mean Tesseract word confidence
            # share of the text's words that are valid Vietnamese syllables (vanban.archive.forms.text_quality): of
            # a document's text-layer forms the lists show the better read one (a garbled DOCX loses to its .txt)
            "text_quality": float,
            "restored_pages": int,
            # what the reader should check by eye, a line each (the extraction's notes: a scan whose date or issuer
            # OCR lost, a page read poorly, an impossible date); the document page shows them
            "warnings": str,
            "sha256": str,
            "version": int,  # 1, 2, … per path
            "supersedes_id": int,
            "created_at": str,
            "vanban_version": str,
            "text": str,  # restored text (pages joined by \f)
            "raw_text": str,  # text as read
            "search_text": str,  # fold(title + text [+ raw_text])
            "search_head": str,  # fold(number, type, title, issuer, signer): the fields a match weighs most in
        },
        "pk": "id",
        "foreign_keys": [("supersedes_id", "documents", "id")],
        "not_null": {"sha256", "version", "created_at"},
    },
    "pages": {
        "columns": {
            "id": int,
            "document_id": int,
            "number": int,
            "method": str,
            "confidence": float,
            "restored": int,
            "text": str,
            "raw_text": str,
            "garbage": str,  # JSON [[start, end], …] of raw_text judged OCR garbage, or NULL
            "rotation": int,  # degrees a scan was turned clockwise to read it upright (90, 180, 270), or NULL
        },
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id")],
        "not_null": {"document_id", "number"},
    },
    "citations": {
        "columns": {
            "id": int,
            "document_id": int,
            "number": str,
            "type": str,
            "date": str,
            "issuer": str,
            "relation": str,
            "name": str,
            "text": str,
            "number_key": str,
            "cited_document_id": int,
            "sentence": str,
            "start": int,  # offsets in documents.text: text[start:end] is the reference as written
            "end": int,
        },
        "pk": "id",
        "foreign_keys": [
            ("document_id", "documents", "id"),
            ("cited_document_id", "documents", "id"),
        ],
        "not_null": {"document_id"},
    },
    "deadlines": {
        "columns": {
            "id": int,
            "document_id": int,
            "text": str,
            "date": str,
            "earliest": str,
            "latest": str,
            "recurrence": str,
            "what": str,
            "who": str,
            "who_key": str,  # fold(who), for accent-blind filters
            "sentence": str,
            "start": int,  # the phrase's offsets in documents.text (as citations'); NULL in an older archive
            "end": int,
            "due": str,  # coalesce(date, latest, earliest): "due by", indexed
            "starts": str,  # coalesce(date, earliest, latest), indexed
            "past": int,  # 1: already passed on the document's own date (a reminder recalls it)
            "time": str,  # "16:00": the hour written with the date (Deadline.time); NULL for a day alone
        },
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id")],
        "not_null": {"document_id"},
    },
    # weekly standing meetings (lịch họp định kỳ: vanban.models.StandingMeeting), never deadlines
    "standing_meetings": {
        "columns": {
            "id": int,
            "document_id": int,
            "text": str,  # the time as written: "8 giờ sáng thứ Hai hằng tuần"
            "weekday": str,  # "thứ Hai"
            "time": str,  # "08:00" when a clock is written
            "part_of_day": str,  # "sáng" | "chiều" | "tối" | "trưa"
            "recurrence": str,  # "FREQ=WEEKLY;BYDAY=MO"
            "first": str,  # ISO day of the first meeting on or after the document's date
            "what": str,
            "who": str,
            "sentence": str,
            "start": int,
            "end": int,
        },
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id")],
        "not_null": {"document_id"},
    },
    "targets": {
        "columns": {
            "id": int,
            "document_id": int,
            "text": str,
            "min": float,
            "max": float,
            "unit": str,
            "scope": str,
            "period": str,
            "baseline": str,  # mốc so sánh: "năm 2025" of "tăng 10% so với năm 2025"
            "sentence": str,
            "start": int,  # the figure's offsets in documents.text; NULL in an older archive
            "end": int,
            "search_key": str,  # fold(text + scope + sentence), for accent-blind filters
        },
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id")],
        "not_null": {"document_id"},
    },
    "obligations": {
        "columns": {
            "id": int,
            "document_id": int,
            "who": str,
            "what": str,
            "deadline_id": int,
            "deadline_text": str,
            "deadline_date": str,
            "deadline_earliest": str,
            "deadline_latest": str,
            "deadline_recurrence": str,
            "target_text": str,
            "sentence": str,
            "start": int,  # the assignment's offsets in documents.text; NULL in an older archive
            "end": int,
            "who_key": str,  # fold(who), for accent-blind filters
            "partners": str,  # đơn vị phối hợp (Obligation.partners)
        },
        "pk": "id",
        "foreign_keys": [
            ("document_id", "documents", "id"),
            ("deadline_id", "deadlines", "id"),
        ],
        "not_null": {"document_id"},
    },
    "copies": {
        "columns": {
            "id": int,
            "path": str,  # where the copy was found (archived_path), one row per path
            "document_id": int,  # the document whose content it holds
            "sha256": str,
            "time": str,  # first seen (UTC)
        },
        "pk": "id",
        "foreign_keys": [("document_id", "documents", "id")],
        "not_null": {"path", "document_id", "sha256", "time"},
    },
    "ingest_errors": {
        "columns": {
            "id": int,
            "path": str,
            "sha256": str,
            "error": str,
            "time": str,  # the latest refusal
            "attempts": int,  # how many times the file at path was refused (a re-run refuses it again)
            "first_time": str,  # the first refusal
        },
        "pk": "id",
        "foreign_keys": [],
        "not_null": {"error", "time"},
    },
    "meta": {
        "columns": {"key": str, "value": str},
        "pk": "key",
        "foreign_keys": [],
        "not_null": set(),
    },
}

# (table, columns, unique)
INDEXES: list[tuple[str, tuple[str, ...], bool]] = [
    ("documents", ("sha256",), False),  # not unique: v1 → v2 → v1 stores v1's content twice
    ("documents", ("path", "version"), False),
    ("documents", ("supersedes_id",), False),
    ("documents", ("number_key",), False),
    ("documents", ("date",), False),
    ("documents", ("year",), False),
    ("documents", ("type",), False),
    ("documents", ("issuer",), False),
    ("documents", ("type_key",), False),
    ("documents", ("issuer_key",), False),
    # covering indexes: facets on JSON lists read these, not the long rows
    ("documents", ("recipients",), False),
    ("documents", ("cites",), False),
    ("pages", ("document_id", "number"), False),
    ("citations", ("document_id",), False),
    ("citations", ("number_key",), False),
    ("citations", ("cited_document_id",), False),
    ("deadlines", ("document_id",), False),
    ("deadlines", ("date",), False),
    ("deadlines", ("earliest",), False),
    ("deadlines", ("due",), False),
    ("deadlines", ("recurrence",), False),
    ("deadlines", ("starts",), False),
    ("targets", ("document_id",), False),
    ("standing_meetings", ("document_id",), False),
    ("obligations", ("document_id",), False),
    ("obligations", ("deadline_id",), False),
    ("copies", ("path",), True),
    ("copies", ("document_id",), False),
    ("ingest_errors", ("path",), False),
]


# Columns computed from others (store, forward migration and reindex fill them),
# as SQL over the row; vn_fold is vanban.text.fold registered on the connection.
DERIVED: dict[tuple[str, str], str] = {
    ("documents", "parent_issuer_key"): "vn_fold(parent_issuer)",
    ("obligations", "who_key"): "vn_fold(who)",
    ("deadlines", "who_key"): "vn_fold(who)",
    ("targets", "search_key"): (
        "vn_fold(coalesce(text, '') || ' ' || coalesce(scope, '') || ' ' || coalesce(sentence, ''))"
    ),
    ("documents", "search_head"): (
        "vn_search_head(number, type, title, issuer, parent_issuer, signer_name, signer_title, signer_authority)"
    ),
    ("documents", "text_quality"): "vn_text_quality(text)",
    ("deadlines", "due"): "coalesce(date, latest, earliest)",
    ("deadlines", "starts"): "coalesce(date, earliest, latest)",
}


def fill_derived(conn: sqlite3.Connection, columns=None) -> None:
    """Recompute the :data:`DERIVED` columns (all, or the given (table, column)s)."""
    from vanban.text import fold

    from .keys import search_head

    conn.create_function("vn_fold", 1, lambda v: fold(v) if isinstance(v, str) else v, deterministic=True)
    conn.create_function("vn_search_head", 8, search_head, deterministic=True)
    from .forms import text_quality

    conn.create_function("vn_text_quality", 1, text_quality, deterministic=True)
    for (table, column), expr in DERIVED.items():
        if columns is None or (table, column) in columns:
            conn.execute(f'UPDATE "{table}" SET "{column}" = {expr}')


class SchemaError(InputError):
    """The file is an archive this version of vanban cannot use."""


#: ``PRAGMA application_id`` of a vanban archive ("VnBn"), set when vanban
#: creates or first writes one: SQLite's own way to say which program owns a file
APPLICATION_ID = 0x566E426E
#: the tables every vanban archive has had since its first schema, and columns of
#: ``documents`` it has always had: how an archive from before APPLICATION_ID is known
FIRST_TABLES = frozenset({"documents", "pages", "citations", "deadlines", "targets", "obligations",
                          "ingest_errors", "meta"})
FIRST_DOCUMENT_COLUMNS = frozenset({"id", "number", "type", "date", "title", "issuer", "path", "kind",
                                    "sha256", "version", "supersedes_id", "text", "raw_text",
                                    "search_text"})


def foreign_reason(conn: sqlite3.Connection) -> str | None:
    """Why the database is not a vanban archive, or None when vanban may write to it.

    Positive recognition (found by a newcomer: a file of another program that
    happened to have a ``documents`` table got vanban's columns and rows):
    vanban writes to an empty database, to one marked with
    :data:`APPLICATION_ID`, and to an archive of an earlier vanban (no mark,
    ``user_version`` 1…:data:`SCHEMA_VERSION`, every table of
    :data:`FIRST_TABLES` and the :data:`FIRST_DOCUMENT_COLUMNS`). Reads only.
    """
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return None
    if app_id:
        return f"it belongs to another program (SQLite application_id 0x{app_id & 0xFFFFFFFF:08x})"
    tables = {t for (t,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    if not conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        return None  # empty: vanban makes it an archive
    missing = sorted(FIRST_TABLES - tables)
    if missing:
        shown = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
        return f"it holds other tables ({shown or 'none'}) and lacks vanban's ({', '.join(missing[:4])}{', …' if len(missing) > 4 else ''})"
    columns = {row[1] for row in conn.execute('PRAGMA table_info("documents")')}
    lacking = sorted(FIRST_DOCUMENT_COLUMNS - columns)
    if lacking:
        return f"its documents table is not vanban's (no {', '.join(lacking[:4])} column)"
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version < 1:
        return "it has vanban's tables but no schema version (PRAGMA user_version 0)"
    return None


def refuse_foreign(conn: sqlite3.Connection) -> None:
    """Raise SchemaError unless vanban may write to the database (:func:`foreign_reason`)."""
    reason = foreign_reason(conn)
    if reason is not None:
        raise SchemaError(f"not a vanban archive: {reason}")


def check_archive_file(path: str | os.PathLike[str]) -> None:
    """Raise SchemaError (its message starting with ``path``) when the file at
    ``path`` is not a vanban archive, or when it cannot be written where it lies (a read-only
    folder or file system, :func:`.access.write_blocker`: the file written beside it could not
    be either); opens it read-only (for commands that write beside an archive, like ``account add``)."""
    import urllib.parse

    uri = "file:" + urllib.parse.quote(os.path.abspath(os.fspath(path))) + "?mode=ro"
    from .access import write_blocker

    blocker = write_blocker(path)
    if blocker:  # a WAL archive cannot even be read there (no shared-memory file): the cause is the folder
        raise SchemaError(f"{path}: the archive cannot be written: {blocker}")
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=30.0)
    except sqlite3.Error as exc:
        raise SchemaError(f"{path}: cannot open archive: {exc}") from None
    try:
        refuse_foreign(conn)
    except SchemaError as exc:
        raise SchemaError(f"{path}: {exc}") from None
    except sqlite3.DatabaseError as exc:  # not SQLite at all
        raise SchemaError(f"{path}: not a vanban archive: {exc}") from None
    finally:
        conn.close()


def connect(path: str) -> sqlite_utils.Database:
    """Open (creating if needed) an archive with the pragmas the store relies on.

    WAL lets Datasette/search read while a conveyor writes; foreign_keys makes
    SQLite refuse a dangling reference instead of storing it.
    """
    conn = sqlite3.connect(str(path), timeout=30.0)
    try:
        refuse_foreign(conn)  # before the first pragma that writes: another program's file stays as it was
    except BaseException:
        conn.close()
        raise
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    from .forms import register_form_rank

    register_form_rank(conn)  # the view documents_listed reads it (vanban.archive.forms)
    return sqlite_utils.Database(conn)


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create or complete every table, index, the FTS index and the view of the documents the lists show
    (:data:`vanban.archive.forms.LISTED_VIEW`). Idempotent.

    An archive from an older schema gets its missing columns added; one from a
    newer vanban is refused rather than half-understood.
    """
    current = db.execute("PRAGMA user_version").fetchone()[0]
    refuse_foreign(db.conn)
    if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # first: a half-made archive is still ours
        db.conn.commit()
    if current > SCHEMA_VERSION:
        raise SchemaError(
            f"archive schema version {current} is newer than this vanban "
            f"understands ({SCHEMA_VERSION}); upgrade vanban"
        )
    added = []
    for name, spec in TABLES.items():
        table = db[name]
        if not table.exists():
            table.create(
                spec["columns"],
                pk=spec["pk"],
                foreign_keys=spec["foreign_keys"] or None,
                not_null=spec["not_null"] or None,
                if_not_exists=True,
            )
        else:
            have = set(table.columns_dict)
            for col, typ in spec["columns"].items():
                if col not in have:
                    table.add_column(col, typ)
                    added.append((name, col))
    if added:  # an older archive: compute what the new columns hold
        fill_derived(db.conn, set(added))
    for name, cols, unique in INDEXES:
        index_name = f"idx_{name}_{'_'.join(cols)}"
        _drop_if_uniqueness_differs(db, name, index_name, unique)
        db[name].create_index(list(cols), index_name=index_name, unique=unique, if_not_exists=True)
    if not fts_complete(db.conn):
        # one explicit transaction: Python's sqlite3 autocommits each CREATE,
        # and a crash between the table and its triggers would leave an index
        # that silently stops following the documents
        if db.conn.in_transaction:
            db.conn.commit()
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            drop_fts(db.conn)
            create_fts(db.conn)
            db.conn.execute("COMMIT")
        except BaseException:
            db.conn.execute("ROLLBACK")
            raise
    from .forms import LISTED_VIEW, LISTED_VIEW_SQL, create_copies_view, create_listed_view

    old = db.execute("select sql from sqlite_master where type = 'view' and name = ?", [LISTED_VIEW]).fetchone()
    if old and LISTED_VIEW_SQL not in old[0]:  # an older vanban's rule (no text quality): the view follows this one's
        db.execute(f"drop view {LISTED_VIEW}")
    create_listed_view(db.conn)  # the documents the lists show (vanban.archive.forms)
    create_copies_view(db.conn)  # which stored files are one document (vanban.archive.forms)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.execute(
        "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)",
        [str(SCHEMA_VERSION)],
    )
    db.conn.commit()


def _drop_if_uniqueness_differs(db: sqlite_utils.Database, table: str, index: str, unique: bool) -> None:
    """An older archive's index that was unique (or not) where it no longer is."""
    for row in db.execute(f'PRAGMA index_list("{table}")').fetchall():
        if row[1] == index and bool(row[2]) != unique:
            db.execute(f'DROP INDEX "{index}"')


# The layout sqlite-utils ``enable_fts(["search_text"], create_triggers=True)``
# makes (table, trigger names, content="documents"), written out so that it can
# be dropped and re-created inside ONE transaction (enable_fts commits).
FTS_DDL = [
    f"""CREATE VIRTUAL TABLE "documents_fts" USING FTS5 (
    "search_text",
    "search_head",
    tokenize='{FTS_TOKENIZE}',
    content="documents"
)""",
    """CREATE TRIGGER "documents_ai" AFTER INSERT ON "documents" BEGIN
  INSERT INTO "documents_fts" (rowid, "search_text", "search_head") VALUES (new.rowid, new."search_text", new."search_head");
END""",
    """CREATE TRIGGER "documents_ad" AFTER DELETE ON "documents" BEGIN
  INSERT INTO "documents_fts" ("documents_fts", rowid, "search_text", "search_head")
    VALUES('delete', old.rowid, old."search_text", old."search_head");
END""",
    """CREATE TRIGGER "documents_au" AFTER UPDATE OF "search_text", "search_head" ON "documents" BEGIN
  INSERT INTO "documents_fts" ("documents_fts", rowid, "search_text", "search_head")
    VALUES('delete', old.rowid, old."search_text", old."search_head");
  INSERT INTO "documents_fts" (rowid, "search_text", "search_head") VALUES (new.rowid, new."search_text", new."search_head");
END""",
]
#: the index's columns: the folded text, then the fields a match in weighs more (:mod:`.ranking`)
FTS_COLUMNS = ("search_text", "search_head")


FTS_TRIGGERS = ("documents_ai", "documents_ad", "documents_au")


def fts_complete(conn: sqlite3.Connection) -> bool:
    """True when ``documents_fts`` with its :data:`FTS_COLUMNS` and all three of its sync triggers exist."""
    names = {
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE name = 'documents_fts' "
            "OR (type = 'trigger' AND tbl_name = 'documents')"
        )
    }
    if not {"documents_fts", *FTS_TRIGGERS} <= names:
        return False
    # an archive indexed before the weighted fields (search_head) gets its index made anew
    return tuple(row[1] for row in conn.execute('PRAGMA table_info("documents_fts")')) == FTS_COLUMNS


def create_fts(conn: sqlite3.Connection) -> None:
    """Create ``documents_fts`` + its sync triggers and fill it (caller's transaction)."""
    for stmt in FTS_DDL:
        conn.execute(stmt)
    conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")


def drop_fts(conn: sqlite3.Connection) -> None:
    """Drop the FTS index and its triggers, whatever state they are in."""
    for trigger in FTS_TRIGGERS:
        conn.execute(f'DROP TRIGGER IF EXISTS "{trigger}"')
    conn.execute('DROP TABLE IF EXISTS "documents_fts"')


def rebuild_fts(db: sqlite_utils.Database) -> None:
    """Rebuild ``documents_fts`` from ``documents.search_text`` and ``search_head`` (``vanban reindex``)."""
    db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
    db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('optimize')")
    db.conn.commit()

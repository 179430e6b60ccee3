"""``Archive``: store processed documents in archive.db, one transaction each.

Why this shape: the conveyor may crash or be killed at any moment, and the
same folder is re-ingested again and again. So

* a document is written in ONE transaction (BEGIN IMMEDIATE … COMMIT): a
  crash leaves either the whole document or nothing;
* a document has two identities, its content and its path: the same bytes
  twice are stored once (a copy under another name is a row of ``copies``
  pointing at the document), and a different content at a path the document
  was found at — its own file or a copy — is a new *version* of it
  (``version`` + 1, ``supersedes_id`` the newest version), never an
  overwrite and never a second document: lists and search show it once, at
  its current content, while copies still holding the old content stay
  linked to the old version. Also when that content was stored before
  (v1 → v2 → v1: the third is version 3, so the latest version follows the
  file at its path). Only a new content naming another số ký hiệu is a
  different document written over the file: the old one then moves to a
  surviving copy's path and stays listed. A file whose document's own file
  is gone while a copy holds its content takes the document along (renamed);
* citations are linked to the archived document they name
  (``cited_document_id``) whichever of the two arrives first: storing a
  document re-resolves every citation carrying its symbol key.

The archive only knows ``vanban.models`` dataclasses, not how they were made.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import os
import sqlite3
from collections.abc import Iterable
from typing import Any

import sqlite_utils

from vanban.models import (
    Citation,
    Deadline,
    Document,
    Extraction,
    InputError,
    Metadata,
    Obligation,
    StandingMeeting,
    Target,
    VanbanError,
)
from vanban.charsets import describe_encoding
from vanban.ingest.detect import stored_kind
from vanban.outline import outline
from vanban.text import fold, nfc, shown_path

from .access import write_blocker
from .forms import text_quality
from .keys import search_head, search_text, symbol_key
from .schema import connect, create_fts, drop_fts, ensure_schema, fill_derived

try:  # the package version, recorded with every document
    from importlib.metadata import version as _pkg_version

    VANBAN_VERSION = _pkg_version("vanban")
except Exception:  # pragma: no cover - running from a source tree
    VANBAN_VERSION = "0+unknown"


class ArchiveWriteError(VanbanError):
    """The archive itself cannot be written (disk full, an I/O error, a read-only or
    damaged file): no fault of the file being stored, and every later file would
    fail alike, so a batch stops on it with one line instead of blaming each file
    in ``ingest_errors``. The message names the cause and the file being stored."""


#: SQLite primary result codes that say the archive file cannot take a write:
#: READONLY, IOERR, CORRUPT, FULL, CANTOPEN, NOTADB (a busy, locked archive is not one)
_UNWRITABLE_CODES = {8, 10, 11, 13, 14, 26}
_UNWRITABLE_MESSAGES = ("readonly database", "disk i/o error", "malformed", "disk is full",
                        "unable to open database", "not a database")


def _unwritable(exc: BaseException) -> bool:
    """True when ``exc`` (an sqlite3 error) says the archive file cannot be written."""
    if not isinstance(exc, sqlite3.Error):
        return False
    code = getattr(exc, "sqlite_errorcode", None)  # Python 3.11+
    if code is not None:
        return code & 0xFF in _UNWRITABLE_CODES
    return any(m in str(exc).lower() for m in _UNWRITABLE_MESSAGES)


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _nfc(s: str | None) -> str | None:
    return nfc(s) if s is not None else None


def _year(date: str | None) -> int | None:
    if date and len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return None


def _span(obj: Any) -> tuple[str | None, int | None, int | None]:
    span = getattr(obj, "span", None)
    if span is None:
        return None, None, None
    return _nfc(span.sentence), span.start, span.end


class Archive:
    """An archive.db opened for storing (and reading) documents.

    >>> with Archive("archive.db") as archive:      # doctest: +SKIP
    ...     doc_id = archive.store(document)
    """

    def __init__(self, path: str | os.PathLike[str]):
        self.path = os.fspath(path)
        self.last_created = False  # whether the last store() wrote its document
        try:
            self.db: sqlite_utils.Database = connect(self.path)
            ensure_schema(self.db)
        except sqlite3.DatabaseError as exc:  # a file that is not SQLite, a locked one…
            blocker = write_blocker(self.path)  # a read-only share: SQLite only says "unable to open database file"
            if blocker:
                raise ArchiveWriteError(f"{self.path}: the archive cannot be written: {blocker}") from exc
            raise InputError(f"cannot open archive {self.path}: {exc}") from exc

    # --- context manager ------------------------------------------------------

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.db.conn.close()
        except Exception:  # closing twice is harmless
            pass

    # --- queries --------------------------------------------------------------

    @property
    def conn(self):
        return self.db.conn

    def has(self, sha256: str) -> bool:
        """True when a document with this content hash is already archived."""
        row = self.conn.execute("SELECT 1 FROM documents WHERE sha256 = ?", [sha256]).fetchone()
        return row is not None

    def is_current(self, path: str, sha256: str) -> bool:
        """True when this content found at ``path`` adds nothing to the archive:
        it is the latest version at ``path`` (or the content of the copy found
        there), or (``path`` unknown) a document holds it (an earlier version too: see :meth:`_holder`).
        Reads only; :meth:`note_file` also records such a copy."""
        here = self._at_path(os.fspath(path))
        if here is not None:
            return here[1] == sha256
        return self._holder(sha256) is not None

    def note_file(self, path: str | os.PathLike[str], sha256: str) -> int | None:
        """The id of the archived document holding ``sha256`` as found at ``path``,
        or None when the file must be read and stored (:meth:`store`).

        A copy of an archived document under a new path is recorded in
        ``copies`` (one transaction); a document whose own file is gone moves
        to the copy's path (the file was renamed or moved).
        """
        path = os.fspath(path)
        here = self._at_path(path)
        if here is not None and here[1] != sha256:
            return None
        if here is None and self._holder(sha256) is None:
            return None
        if here is not None and (not here[2] or _exists(self._own_path(here[0]))):
            return here[0]  # the latest version at its path, or a known copy of a file still there
        with self._writing(path):
            return self._settle(path, sha256)

    def _at_path(self, path: str) -> tuple[int, str, bool] | None:
        """(document id, sha256, is a copy) of the content last archived at ``path``."""
        copy = self.conn.execute(
            "SELECT document_id, sha256 FROM copies WHERE path = ?", [path]).fetchone()
        if copy is not None:
            return copy[0], copy[1], True
        latest = self.conn.execute(
            "SELECT id, sha256 FROM documents WHERE path = ? ORDER BY version DESC, id DESC LIMIT 1",
            [path],
        ).fetchone()
        return (latest[0], latest[1], False) if latest is not None else None

    def _holder(self, sha256: str) -> int | None:
        """The document a file with this content found at a new path is a copy of: the
        newest one holding it that no newer version supersedes, else the newest
        earlier version holding it — a duplicate of a document's old content is that
        old version, listed under the current one, not a second current document
        (found by a newcomer: 112-BC/ĐU listed twice, old and new figures)."""
        row = self.conn.execute(
            "SELECT id FROM documents d WHERE sha256 = ? ORDER BY EXISTS "
            "(SELECT 1 FROM documents n WHERE n.supersedes_id = d.id), id DESC LIMIT 1",
            [sha256],
        ).fetchone()
        return row[0] if row else None

    def document_id(self, sha256: str) -> int | None:
        """The id of a document with this content hash (the first stored), or None."""
        row = self.conn.execute("SELECT id FROM documents WHERE sha256 = ?", [sha256]).fetchone()
        return row[0] if row else None

    def _own_path(self, doc_id: int) -> str:
        return self.conn.execute("SELECT path FROM documents WHERE id = ?", [doc_id]).fetchone()[0]

    def _settle(self, path: str, sha256: str) -> int | None:
        """:meth:`note_file`'s work, under the caller's transaction. A path whose file is archived (as a document, a
        version or a copy) has no refusal left (:meth:`_clear_refusal`)."""
        doc_id = self._settle_rows(path, sha256)
        if doc_id is not None:
            self._clear_refusal(path)
        return doc_id

    def _clear_refusal(self, path: str) -> None:
        """The file now at ``path`` is archived: an ``ingest_errors`` row of an earlier file there (refused, then
        corrected and dropped again) names a failure the archive no longer has (newcomer, session 34: the refusal of
        a cp1258 text stayed beside the document its corrected file made). Caller's transaction."""
        self.conn.execute("DELETE FROM ingest_errors WHERE path = ?", [path])

    def _settle_rows(self, path: str, sha256: str) -> int | None:
        """:meth:`_settle` without the refusal's row."""
        here = self._at_path(path)
        if here is not None:
            if here[1] != sha256:
                return None
            doc_id = here[0]
            if not here[2]:
                return doc_id
        else:
            doc_id = self._holder(sha256)
            if doc_id is None:
                return None
        own = self._own_path(doc_id)
        if not _exists(own) and self._at_path(own) == (doc_id, sha256, False):
            # renamed or moved: the document (with its versions) follows its file
            self.conn.execute("DELETE FROM copies WHERE path = ?", [path])
            self._move_rows(own, path)
        elif here is None:
            self.conn.execute("INSERT INTO copies(path, document_id, sha256, time) VALUES (?, ?, ?, ?)",
                              [path, doc_id, sha256, _now()])
        return doc_id

    def documents_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def errors_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM ingest_errors").fetchone()[0]

    # --- writing --------------------------------------------------------------

    def store(self, doc: Document) -> int:
        """Store ``doc`` atomically and return its id.

        If the same content is archived already and nothing is new about it
        (see :meth:`is_current`), return its id and write nothing.
        ``last_created`` then says whether this call wrote the document (False
        when another process running beside this one stored it first).
        """
        path, sha = os.fspath(doc.source.path), doc.source.sha256
        self.last_created = False
        here = self._at_path(path)
        if here is not None and here[1] == sha and not here[2]:
            return here[0]
        with self._writing(path):
            # under the write lock: another process may have stored the same file since
            existing = self._settle(path, sha)
            if existing is not None:
                return existing
            self.last_created = True
            return self._insert(doc)

    def store_many(self, docs: Iterable[Document]) -> list[int]:
        """Store many documents in ONE transaction (bulk loads, benchmarks).

        All or nothing: an error rolls back the whole batch.
        """
        ids: list[int] = []
        with self._transaction():
            for doc in docs:
                existing = self._settle(os.fspath(doc.source.path), doc.source.sha256)
                ids.append(existing if existing is not None else self._insert(doc))
        return ids

    def move_file(self, old: str | os.PathLike[str], new: str | os.PathLike[str]) -> int:
        """The file archived from ``old`` now lives at ``new`` (a consume folder
        filed it away into ``done/``): its documents follow it, so a later,
        different file dropped under the old name starts a document of its own
        instead of becoming a version of this one. Returns the rows moved."""
        with self._transaction():
            return self._move_rows(os.fspath(old), os.fspath(new))

    def _move_rows(self, old: str, new: str) -> int:
        """Documents and copies archived at ``old`` now at ``new`` (caller's transaction)."""
        moved = self.conn.execute("UPDATE documents SET path = ? WHERE path = ?", [new, old]).rowcount
        return moved + self.conn.execute("UPDATE OR REPLACE copies SET path = ? WHERE path = ?",
                                         [new, old]).rowcount

    def forget_copy(self, path: str | os.PathLike[str]) -> int:
        """The copy recorded at ``path`` was removed (an upload of a document the
        archive holds already): its ``copies`` row goes. Returns the rows removed."""
        with self._transaction():
            return self.conn.execute("DELETE FROM copies WHERE path = ?", [os.fspath(path)]).rowcount

    def move_errors(self, old: str | os.PathLike[str], new: str | os.PathLike[str]) -> int:
        """The failed file recorded at ``old`` now lives at ``new`` (a consume folder
        filed it into ``failed/``): its ``ingest_errors`` rows follow it, so the row
        names where the user finds the file (one row: an older refusal recorded at ``new`` goes). Returns the rows
        moved."""
        with self._transaction():
            if os.fspath(new) != os.fspath(old) and self.conn.execute(
                    "SELECT 1 FROM ingest_errors WHERE path = ?", [os.fspath(old)]).fetchone():
                self.conn.execute("DELETE FROM ingest_errors WHERE path = ?", [os.fspath(new)])
            return self.conn.execute("UPDATE ingest_errors SET path = ? WHERE path = ?",
                                     [os.fspath(new), os.fspath(old)]).rowcount

    def record_error(self, path: str, error: str, sha256: str | None = None) -> tuple[int, str]:
        """Remember that ``path`` could not be archived and why (one line); returns (how many times it has been
        refused, when first).

        One row per path, with the latest cause: a file refused again (a batch
        re-run, a corrected file refused for another reason, a reason worded
        with the machine's load as a 3.6 MB text's reading time is) updates its
        row's content, reason and time instead of adding a row (newcomer,
        session 34: two rows for one text refused twice). Rows an older archive
        kept twice for one path become one here. The attempt is still counted
        (``attempts``, ``first_time`` beside ``time``, the latest): a re-run of the same bad files left the table as
        it was, so nothing told that they had been tried again (session-43 newcomer).
        """
        line, key, now = " ".join(str(error).split()), os.fspath(path), _now()
        with self._transaction():
            first = self.conn.execute("SELECT min(id) FROM ingest_errors WHERE path = ?", [key]).fetchone()[0]
            if first is not None:
                tried, since = self.conn.execute(
                    "SELECT sum(coalesce(attempts, 1)), min(coalesce(first_time, time)) FROM ingest_errors "
                    "WHERE path = ?", [key]).fetchone()
                self.conn.execute("UPDATE ingest_errors SET sha256 = ?, error = ?, time = ?, attempts = ?, "
                                  "first_time = ? WHERE id = ?", [sha256, line, now, tried + 1, since, first])
                self.conn.execute("DELETE FROM ingest_errors WHERE path = ? AND id != ?", [key, first])
                return tried + 1, since
            self.conn.execute(
                "INSERT INTO ingest_errors(path, sha256, error, time, attempts, first_time) VALUES (?, ?, ?, ?, 1, ?)",
                [os.fspath(path), sha256, line, now, now],
            )
            return 1, now

    def reindex(self) -> None:
        """Recompute every derived key (folded text, symbol keys, citation links)
        and rebuild the FTS index — after an upgrade changed how keys are made."""
        with self._transaction():
            # a damaged index cannot even take the trigger's 'delete': drop it,
            # recompute the keys, re-create and fill it, all in one transaction
            drop_fts(self.conn)
            rows = self.conn.execute(
                "SELECT id, title, text, raw_text, search_text, number, number_key, type, type_key,"
                " issuer, issuer_key FROM documents"
            ).fetchall()
            for id_, title, text, raw, old_st, number, old_key, typ, old_tk, iss, old_ik in rows:
                new = (
                    search_text(title, text or "", raw),
                    symbol_key(number),
                    fold(typ) if typ else None,
                    fold(iss) if iss else None,
                )
                if new != (old_st, old_key, old_tk, old_ik):
                    self.conn.execute(
                        "UPDATE documents SET search_text = ?, number_key = ?, type_key = ?, issuer_key = ?"
                        " WHERE id = ?",
                        [*new, id_],
                    )
            for id_, number in self.conn.execute(
                "SELECT id, number FROM citations"
            ).fetchall():
                self.conn.execute(
                    "UPDATE citations SET number_key = ? WHERE id = ?", [symbol_key(number), id_]
                )
            fill_derived(self.conn)
            keys = [r[0] for r in self.conn.execute(
                "SELECT DISTINCT number_key FROM citations WHERE number_key IS NOT NULL"
            )]
            for key in keys:
                self._relink(key)
            create_fts(self.conn)
        self.conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('optimize')")
        self.conn.commit()

    # --- internals ------------------------------------------------------------

    class _Tx:
        def __init__(self, conn, storing: str | None = None):
            self.conn, self.storing = conn, storing

        def __enter__(self):
            if self.conn.in_transaction:  # never silently nest
                raise RuntimeError("archive transaction already open")
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                self._say(exc)
                raise
            return self.conn

        def __exit__(self, exc_type, exc, tb):
            if exc_type is None:
                try:
                    self.conn.execute("COMMIT")
                except sqlite3.Error as failed:  # a full disk at COMMIT: SQLite may keep the transaction open
                    self._rollback()
                    self._say(failed)
                    raise
            else:
                self._rollback()
                self._say(exc)
            return False

        def _rollback(self) -> None:
            if self.conn.in_transaction:
                try:
                    self.conn.execute("ROLLBACK")
                except sqlite3.Error:  # already rolled back by the error itself
                    pass

        def _say(self, exc: BaseException | None) -> None:
            """An archive that cannot be written: ArchiveWriteError naming the cause and the file."""
            if self.storing is not None and exc is not None and _unwritable(exc):
                cause = " ".join(str(exc).split())
                raise ArchiveWriteError(
                    f"cannot write to the archive ({cause}) while storing {shown_path(self.storing)}") from exc

    def _transaction(self) -> Archive._Tx:
        return Archive._Tx(self.conn)

    def _writing(self, path: str) -> Archive._Tx:
        """A transaction storing the file at ``path``: an archive that cannot be
        written raises :class:`ArchiveWriteError`."""
        return Archive._Tx(self.conn, storing=path)

    def _insert(self, doc: Document) -> int:
        """Write one document and its children; caller holds the transaction."""
        src = doc.source
        ext = doc.extraction or Extraction()
        md = ext.metadata or Metadata()
        path = os.fspath(src.path)
        text = nfc(doc.text)
        raw_text = nfc(doc.raw_text)
        title = _nfc(md.title)
        number = _nfc(md.number)

        self._clear_refusal(path)
        prev = self._hand_over(path, symbol_key(number))
        version, supersedes = (prev[1] + 1, prev[0]) if prev else (1, None)

        cites: list[str] = []
        for c in ext.citations:
            label = _nfc(c.number or c.name or c.text)
            if label and label not in cites:
                cites.append(label)

        row = {
            "number": number,
            "type": _nfc(md.type),
            "date": md.date,
            "year": _year(md.date),
            "title": title,
            "issuer": _nfc(md.issuer),
            "parent_issuer": _nfc(md.parent_issuer),
            "place": _nfc(md.place),
            "signer_authority": _nfc(md.signer_authority),
            "signer_delegation": _nfc(md.signer_delegation),
            "signer_title": _nfc(md.signer_title),
            "signer_name": _nfc(md.signer_name),
            # JSON lists without duplicates: the "list" facet counts items directly
            "recipients": json.dumps(list(dict.fromkeys(nfc(r) for r in md.recipients)), ensure_ascii=False),
            "cites": json.dumps(cites, ensure_ascii=False),
            "structure": json.dumps(outline(ext.structure), ensure_ascii=False) if ext.structure else None,
            "number_key": symbol_key(number),
            "type_key": fold(md.type) if md.type else None,
            "issuer_key": fold(md.issuer) if md.issuer else None,
            "parent_issuer_key": fold(md.parent_issuer) if md.parent_issuer else None,
            "path": path,
            "kind": stored_kind(src.kind, path),  # "md" for a Markdown file read as text
            "size": src.size,
            "page_count": len(doc.pages),
            "encoding": src.encoding,
            "source_encoding": describe_encoding(src.encoding),
            "mtime": src.mtime,
            "confidence": doc.confidence,
            "text_quality": text_quality(text),  # which of a document's forms the lists show (archive.forms)
            "restored_pages": sum(1 for p in doc.pages if p.restored),
            "warnings": "\n".join(nfc(n) for n in ext.notes) or None,
            "sha256": src.sha256,
            "version": version,
            "supersedes_id": supersedes,
            "created_at": _now(),
            "vanban_version": VANBAN_VERSION,
            "text": text,
            "raw_text": raw_text,
            "search_text": search_text(title, text, raw_text),
        }
        row["search_head"] = search_head(*(row[k] for k in (
            "number", "type", "title", "issuer", "parent_issuer", "signer_name", "signer_title", "signer_authority")))
        doc_id = self._insert_row("documents", row)

        self.conn.executemany(
            "INSERT INTO pages(document_id, number, method, confidence, restored, text, raw_text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (doc_id, p.number, p.method, p.confidence, int(bool(p.restored)), nfc(p.text), nfc(p.raw_text))
                for p in doc.pages
            ],
        )
        flagged = [(json.dumps([list(s) for s in p.garbage]), doc_id, p.number) for p in doc.pages if p.garbage]
        if flagged:  # OCR garbage regions, kept as read but flagged (same transaction)
            self.conn.executemany("UPDATE pages SET garbage = ? WHERE document_id = ? AND number = ?", flagged)
        turned = [(p.rotation, doc_id, p.number) for p in doc.pages if p.rotation]
        if turned:  # a page scanned sideways or upside down, read upright (vanban.ocr.orientation)
            self.conn.executemany("UPDATE pages SET rotation = ? WHERE document_id = ? AND number = ?", turned)
        for c in ext.citations:
            self._insert_citation(doc_id, c)
        # one row per deadline phrase: an obligation's deadline is the same phrase as the
        # extracted one even when its ``who`` was read otherwise ("Các Sở, ban, ngành" /
        # "Các Sở, ban, ngành tổ chức"): keyed by where it is written, not by equality (found by
        # a newcomer: case 19's Quý II/2026 stored twice, listed twice in han_sap_toi and the .ics)
        deadline_ids: dict[object, int] = {}
        for d in ext.deadlines:
            if _deadline_key(d) not in deadline_ids:
                deadline_ids[_deadline_key(d)] = self._insert_deadline(doc_id, d)
        for t in ext.targets:
            self._insert_target(doc_id, t)
        for g in ext.meetings:  # weekly standing meetings: their own table, no deadlines
            self._insert_meeting(doc_id, g)
        from vanban.extract.checklist import written_rows  # here: the served site imports the archive, not extraction

        for o in written_rows(ext):  # one row per task with its own due date, as `vanban extract` and the checklist give them
            if o.deadline is not None and _deadline_key(o.deadline) not in deadline_ids:
                deadline_ids[_deadline_key(o.deadline)] = self._insert_deadline(doc_id, o.deadline)
            self._insert_obligation(doc_id, o, deadline_ids.get(_deadline_key(o.deadline)) if o.deadline else None)

        # this document's own citations, then citations elsewhere naming it
        for key in {symbol_key(c.number) for c in ext.citations} - {None}:
            self._relink(key, citing_id=doc_id)
        if row["number_key"]:
            self._relink(row["number_key"])
        return doc_id

    def _hand_over(self, path: str, number_key: str | None) -> tuple[int, int] | None:
        """New content is about to be stored at ``path``: the (id, version) it supersedes,
        or None when it starts a document of its own. Caller's transaction.

        A path keeps its document (path identity): the content last archived there,
        as the document's own file or as a copy of it, is superseded by the newest
        version of that document (the head of its chain, which a copy's edit may
        have moved elsewhere), so lists and search show the document once, at its
        current content (found by a newcomer: a report edited in one of two identical
        files became a second 112-BC/ĐU beside the old one). Copies still holding the
        old content stay linked to the old version (content identity); a copy whose
        file is gone is forgotten.

        Only when the new content names another số ký hiệu than the old one was a
        different document written over the file: then, as before, the old document
        moves to a surviving copy's path (it stays listed where it still lives) and
        the new content starts a document of its own."""
        here = self._at_path(path)
        if here is None:
            return None
        old_id, _sha, is_copy = here
        other = number_key is not None and self._number_key(old_id) not in (None, number_key)
        if is_copy:
            self.conn.execute("DELETE FROM copies WHERE path = ?", [path])
            return None if other else self._head(old_id)
        for copy_id, copy_path in self.conn.execute(
                "SELECT id, path FROM copies WHERE document_id = ? ORDER BY id", [old_id]).fetchall():
            if not _exists(copy_path):  # a copy deleted since it was seen holds nothing
                self.conn.execute("DELETE FROM copies WHERE id = ?", [copy_id])
            elif other:
                self.conn.execute("DELETE FROM copies WHERE id = ?", [copy_id])
                self._move_rows(path, copy_path)
                return None
        return self._head(old_id)

    def _number_key(self, doc_id: int) -> str | None:
        return self.conn.execute("SELECT number_key FROM documents WHERE id = ?", [doc_id]).fetchone()[0]

    def _head(self, doc_id: int) -> tuple[int, int]:
        """(id, version) of the newest version in ``doc_id``'s chain: the row no later
        version supersedes, followed from ``doc_id`` (a new version joins the chain
        there, never branches it)."""
        seen = {doc_id}
        while True:
            nxt = self.conn.execute("SELECT id FROM documents WHERE supersedes_id = ? ORDER BY id DESC LIMIT 1",
                                    [doc_id]).fetchone()
            if nxt is None or nxt[0] in seen:
                break
            doc_id = nxt[0]
            seen.add(doc_id)
        return self.conn.execute("SELECT id, version FROM documents WHERE id = ?", [doc_id]).fetchone()

    def _insert_row(self, table: str, row: dict[str, Any]) -> int:
        cols = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" for _ in row)
        cur = self.conn.execute(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', list(row.values()))
        return cur.lastrowid

    def _insert_citation(self, doc_id: int, c: Citation) -> None:
        sentence, start, end = _span(c)
        self._insert_row(
            "citations",
            {
                "document_id": doc_id,
                "number": _nfc(c.number),
                "type": _nfc(c.type),
                "date": c.date,
                "issuer": _nfc(c.issuer),
                "relation": c.relation,
                "name": _nfc(c.name),
                "text": _nfc(c.text),
                "number_key": symbol_key(c.number),
                "sentence": sentence,
                "start": start,
                "end": end,
            },
        )

    def _insert_deadline(self, doc_id: int, d: Deadline) -> int:
        sentence, start, end = _span(d)
        return self._insert_row(
            "deadlines",
            {
                "document_id": doc_id,
                "text": _nfc(d.text),
                "date": d.date,
                "earliest": d.earliest,
                "latest": d.latest,
                "recurrence": d.recurrence,
                "what": _nfc(d.what),
                "who": _nfc(d.who),
                "who_key": fold(d.who) if d.who else None,
                "sentence": sentence,
                "start": start,
                "end": end,
                "due": d.date or d.latest or d.earliest,
                "starts": d.date or d.earliest or d.latest,
                "past": int(bool(getattr(d, "past", False))),
                "time": getattr(d, "time", None),
            },
        )

    def _insert_meeting(self, doc_id: int, g: StandingMeeting) -> int:
        """A standing meeting's row: the dataclass's fields as they are (NFC text), its span as sentence and offsets
        (the ``standing_meetings`` columns are the fields' names)."""
        sentence, start, end = _span(g)
        fields = {f.name: getattr(g, f.name) for f in dataclasses.fields(g) if f.name != "span"}
        return self._insert_row("standing_meetings", {
            "document_id": doc_id, **{k: _nfc(v) if isinstance(v, str) else v for k, v in fields.items()},
            "sentence": sentence, "start": start, "end": end})

    def _insert_target(self, doc_id: int, t: Target) -> int:
        sentence, start, end = _span(t)
        return self._insert_row(
            "targets",
            {
                "document_id": doc_id,
                "text": _nfc(t.text),
                "min": t.min,
                "max": t.max,
                "unit": _nfc(t.unit),
                "scope": _nfc(t.scope),
                "period": _nfc(t.period),
                "baseline": _nfc(t.baseline),
                "sentence": sentence,
                "start": start,
                "end": end,
                "search_key": fold(" ".join([t.text or "", t.scope or "", sentence or ""])),
            },
        )

    def _insert_obligation(self, doc_id: int, o: Obligation, deadline_id: int | None) -> int:
        sentence, start, end = _span(o)
        d = o.deadline
        return self._insert_row(
            "obligations",
            {
                "document_id": doc_id,
                "who": _nfc(o.who),
                "what": _nfc(o.what),
                "deadline_id": deadline_id,
                "deadline_text": _nfc(d.text) if d else _nfc(o.due_text),  # an undated time as written
                "deadline_date": d.date if d else None,
                "deadline_earliest": d.earliest if d else None,
                "deadline_latest": d.latest if d else None,
                "deadline_recurrence": d.recurrence if d else None,
                "target_text": "; ".join(nfc(t.text) for t in o.targets) or None,
                "sentence": sentence,
                "start": start,
                "end": end,
                "who_key": fold(o.who) if o.who else None,
                "partners": _nfc(o.partners),
            },
        )

    def _relink(self, key: str, citing_id: int | None = None) -> None:
        """Point every citation with symbol ``key`` at the document it names.

        Symbols repeat across issuers and years ("05/QĐ-UBND"), so candidates
        are narrowed by the citation's year and date when it gives them, then
        its issuer; among equals the newest version wins. A document never
        cites itself. ``citing_id`` limits the work to one document's
        citations (a new citing document cannot change anyone else's link).
        """
        candidates = self.conn.execute(
            "SELECT id, date, issuer FROM documents WHERE number_key = ? "
            "AND id NOT IN (SELECT supersedes_id FROM documents WHERE supersedes_id IS NOT NULL) "
            "ORDER BY id DESC",
            [key],
        ).fetchall()
        sql = "SELECT id, document_id, date, issuer, cited_document_id FROM citations WHERE number_key = ?"
        params: list[Any] = [key]
        if citing_id is not None:
            sql += " AND document_id = ?"
            params.append(citing_id)
        citations = self.conn.execute(sql, params).fetchall()
        for cid, doc_id, cdate, cissuer, current in citations:
            target = _choose(candidates, doc_id, cdate, cissuer)
            if target != current:
                self.conn.execute(
                    "UPDATE citations SET cited_document_id = ? WHERE id = ?", [target, cid]
                )


def _exists(path: str) -> bool:
    """Whether an archived path still names a file (copies and renames are judged
    by it). Inputs are archived under absolute paths; a relative one (a document
    built in Python) cannot be checked and counts as there."""
    return not os.path.isabs(path) or os.path.exists(path)


def _choose(candidates: list, citing_id: int, cdate: str | None, cissuer: str | None) -> int | None:
    pool = [c for c in candidates if c[0] != citing_id]
    if cdate:
        pool = [c for c in pool if not c[1] or c[1][:4] == cdate[:4]]  # same year
        exact = [c for c in pool if c[1] == cdate]
        if exact:
            pool = exact
    if cissuer and len(pool) > 1:
        fi = fold(cissuer)
        same = [c for c in pool if c[2] and (fold(c[2]) in fi or fi in fold(c[2]))]
        if same:
            pool = same
    return pool[0][0] if pool else None


def _deadline_key(d: Deadline) -> object:
    """A deadline phrase's identity in one document: where it is written (its span) with its
    reading (text, dates, recurrence); the whole value when it has no span."""
    if d.span is None:
        return d
    return (d.span.start, d.span.end, d.text, d.date, d.earliest, d.latest, d.recurrence)

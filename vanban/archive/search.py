"""Full-text search over the archive: folded FTS5 + exact symbol lookup.

Why folded: users type "dang uy phuong", "Đảng ủy phường", "ĐẢNG ỦY" or
"đang uy" and mean the same words; legacy OCR lost its marks. FTS5's
``remove_diacritics`` never maps đ→d, so the index holds ``search_text`` =
fold(title + text + raw OCR) and every query is folded the same way
(:mod:`vanban.archive.keys`). Each query token is quoted, so punctuation and
the words AND/OR/NEAR can never make an FTS syntax error.

A query that reads like a symbol ("25-NQ/TW", "24 KH DU") is also looked up
exactly via ``documents.number_key``, and a query that names a document by
type and number ("KH 12", "kế hoạch số 12", "QĐ 749") through
:mod:`.number_query`; the documents it names rank first, followed by the
documents whose text mentions it, ranked by :mod:`.ranking` (weighted bm25;
the fields first, the words side by side before scattered).
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import urllib.parse
from dataclasses import asdict, dataclass, replace
from typing import Any, NamedTuple

from vanban.models import VanbanError

from .access import write_blocker
from .forms import StoredFile, form_rank, groups_of, other_files
from .keys import (alternative_expression, fts_query, looks_like_symbol, or_sides, query_alternatives, query_tokens,
                   search_terms, symbol_key)
from .number_query import TYPE_ABBREVIATIONS, number_query, unglue
from .ranking import BM25, LEVEL_BONUS, PHRASE_SCORED, POORLY_READ, TYPE_BONUS, levels, named_type, poorly_read
from .snippet import document_snippet
from .typed_figures import copy_key, figures_written, typed_terms

__all__ = ["SearchHit", "search", "search_respelled", "respelled_query", "reindex", "format_hits", "BRACKET_MARK", "ANSI_MARK"]

BRACKET_MARK = ("[", "]")  # plain text and JSON
ANSI_MARK = ("\x1b[1;33m", "\x1b[0m")  # bold yellow, for a terminal

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SearchHit:
    """One search result, in the original accented spelling."""

    id: int
    number: str | None
    type: str | None
    date: str | None
    issuer: str | None
    title: str | None
    snippet: str | None
    score: float  # weighted bm25, lower is better; phrase/near levels and exact symbol matches (-1e6) offset it (.ranking)
    # the file it was read from: one document kept as DOCX and PDF, or as cp1258 and UTF-16 text,
    # is two rows that only these tell apart (a newcomer saw identical rows)
    file: str | None = None  # base name of documents.path; "folder/name" where two hits share a name (:func:`told_apart`)
    kind: str | None = None  # txt | docx | pdf | image | doc | rtf | odt
    source_encoding: str | None = None  # a text file's charset by name ("Windows-1258")
    # the file's own match score where ``score`` is its place's (:func:`_place_scores`); None: the same
    file_score: float | None = None
    # the document's other stored files (same số ký hiệu, folded issuer and date: :data:`.forms.COPIES_VIEW`),
    # best-read first: the list shows one result per document, this one its best-read matching file
    also: tuple[StoredFile, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def read_only(db: str | os.PathLike[str]) -> bool:
    """The archive cannot be written where it lies (a read-only share, an archived copy):
    neither the file nor its folder, where SQLite puts its WAL and lock files. Such an
    archive is read immutable; ``vanban serve`` serves it without upload or consume folder.
    A file not there yet counts as read-only here (nothing to serve writes into); why an
    existing one cannot be written is :func:`access.write_blocker`'s one answer."""
    full = os.path.abspath(os.fspath(db))
    return not os.path.exists(full) or write_blocker(full) is not None


def unread_wal(db: str | os.PathLike[str]) -> bool:
    """True when ``db`` is :func:`read_only` (read as immutable) and a non-empty ``-wal``
    file lies beside it: the changes in it are not seen (SQLite reads a WAL only
    through a shared-memory file it must create). A copy taken while a writer was open."""
    try:
        return read_only(db) and os.path.getsize(os.path.abspath(os.fspath(db)) + "-wal") > 0
    except OSError:
        return False


WAL_WARNING = ("{db}-wal holds changes a read-only archive cannot show; copy the archive "
               "again after its writers have closed it (or open it once where it can be written)")


def _open(db: Any) -> tuple[sqlite3.Connection, bool]:
    """A connection from a path, an Archive, a sqlite_utils.Database or a connection."""
    if isinstance(db, sqlite3.Connection):
        return db, False
    conn = getattr(db, "conn", None)
    if isinstance(conn, sqlite3.Connection):
        return conn, False
    path = os.fspath(db)
    if not os.path.exists(path):
        from vanban.models import InputError

        raise InputError(f"archive not found: {path}")
    full = os.path.abspath(path)
    uri = "file:" + urllib.parse.quote(full) + "?mode=ro"
    if read_only(full):
        # a read-only share or copy: SQLite cannot make the WAL's shared-memory file
        # there, and nobody can be writing to it, so read it as immutable
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True), True


_FIELDS = "d.id, d.number, d.type, d.date, d.issuer, d.title, d.text, d.raw_text, d.path, d.kind, d.source_encoding"


def _fields(conn) -> str:
    """:data:`_FIELDS`, NULL for the charset of an archive older than its column (searched read-only, not upgraded)."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(documents)")}
    return _FIELDS if "source_encoding" in columns else _FIELDS.replace("d.source_encoding", "NULL")


def search(
    db: Any,
    query: str,
    *,
    type: str | None = None,
    issuer: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 20,
    mark: tuple[str, str] = ("[", "]"),
    latest_only: bool = True,
) -> list[SearchHit]:
    """Documents matching ``query``, best first (:mod:`.ranking`: over folded text, matches in
    the fields first, the words side by side before scattered; weighted bm25 within each).

    ``db`` is a path to archive.db, an :class:`Archive`, a sqlite-utils
    Database or a sqlite3 connection. ``type`` and ``issuer`` filter by folded
    substring ("ke hoach" matches "Kế hoạch"); ``date_from``/``date_to`` are
    ISO dates, inclusive. ``latest_only`` hides versions superseded by a newer
    file at the same path. Never raises on odd punctuation. An empty query
    with a filter lists the documents the filters match, newest first (by
    ``date``, then most recently archived); with no filter either it returns [].
    """
    conn, close = _open(db)
    try:
        limit = max(0, int(limit))
        # room for the files one_per_document folds into their document's result
        hits = _search(conn, query, type, issuer, date_from, date_to, limit * COPIES_ROOM, mark, latest_only)
        return told_apart(conn, one_per_document(conn, hits)[:limit])
    except sqlite3.DatabaseError as exc:  # not an archive, or a damaged one
        from vanban.models import InputError

        from .schema import foreign_reason

        try:
            reason = foreign_reason(conn)
        except sqlite3.DatabaseError:  # not SQLite at all
            reason = "not an SQLite database"
        if reason:  # another program's file: reindexing would not help (and vanban refuses to write it)
            raise InputError(f"cannot search {db}: not a vanban archive: {reason}") from exc
        if not conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:  # a 0-byte file, say
            raise InputError(f"cannot search {db}: an empty database, no archive yet "
                             f"(store documents in it with `vanban ingest FILES --db {db}`)") from exc
        raise InputError(f"cannot search {db}: {exc} (a damaged search index? try `vanban reindex`)") from exc
    finally:
        if close:
            conn.close()


class Respelled(NamedTuple):
    """What :func:`search_respelled` found: the hits, the respelled query (None: as typed) and
    how many documents the query found as typed (what :func:`respelled_message` says)."""

    hits: list[SearchHit]
    respelled: str | None
    found: int


def search_respelled(db: Any, query: str, **options: Any) -> Respelled:
    """:func:`search`, and when it finds nothing (or at most :data:`FEW_HITS`, its words nowhere
    near each other), the search of the query respelled with the archive's own words
    (:mod:`.spelling`). What ``vanban search`` runs; it says what it searched instead
    (:func:`respelled_message`)."""
    hits = search(db, query, **options)
    if len(hits) > FEW_HITS or not (query or "").strip() or options.get("limit", 20) == 0:
        return Respelled(hits, None, len(hits))
    conn, close = _open(db)
    try:
        respelled = respelled_query(conn, query, options.get("type"), options.get("issuer"), options.get("date_from"),
                                    options.get("date_to"), options.get("latest_only", True), few=bool(hits))
    except sqlite3.DatabaseError:
        respelled = None
    finally:
        if close:
            conn.close()
    if respelled is None:
        return Respelled(hits, None, len(hits))
    return Respelled(search(db, respelled, **options), respelled, len(hits))


def query_words(query: str) -> list[str] | None:
    """The folded words of a plain query (no operators, no số ký hiệu, no type and number),
    the only kind respelled; None for any other."""
    query = search_terms(query or "")
    if looks_like_symbol(query) or number_query(query) is not None:
        return None
    alternatives = query_alternatives(query)
    if len(alternatives) != 1 or alternatives[0][1]:
        return None
    words = [w for run in alternatives[0][0] for w in run]
    return words or None


#: a query finding at most this many documents, its words nowhere near each other, is respelled
#: when a respelling finds its words near or side by side ("lang nghe gon su": "gọn" somewhere)
FEW_HITS = 3


def respelled_query(conn, query, type=None, issuer=None, date_from=None, date_to=None,
                    latest_only=True, few=False) -> str | None:
    """``query`` respelled (folded words) so that it finds documents of the archive (with the
    same filters), or None (:mod:`.spelling`). Call it only when the query found nothing, or
    (``few``) at most :data:`FEW_HITS` documents: then only a respelling whose words stand
    nearer each other than the typed ones do is taken."""
    from .spelling import fts_candidates, respell_words

    words = query_words(query)
    if not words:
        return None
    extra, params = _filters(type, issuer, date_from, date_to, latest_only, "+f.rowid", _parent_key(conn))

    def level(spelling: list[str]) -> int | None:
        typed = " ".join(spelling)
        exprs = [e for e, _ in levels(typed, fields=False)] + [match_expression(typed)]
        for i, expr in enumerate(exprs):
            if expr and conn.execute(f"SELECT 1 FROM documents_fts f WHERE documents_fts MATCH ?{extra} LIMIT 1",
                                     [expr, *params]).fetchone():
                return i
        return None

    if few:
        typed = level(words)
        if not typed or typed < len(levels(" ".join(words), fields=False)):  # the typed words are near already
            return None  # (a one-word query has no level to reach but "anywhere": left as typed)
        # one word respelled, the words then side by side: "gọn" somewhere is no reason to doubt "gon su"
        accept = lambda spelling: 0 if level(spelling) == 0 else None  # noqa: E731
    else:
        accept = level
    found = respell_words(words, fts_candidates(conn, words), accept, most_changed=1 if few else None)
    return " ".join(found) if found else None


def served_respelling(conn, query: str | None) -> str | None:
    """For the served ranked search (``tim_kiem``): the respelled query when ``query`` matches
    at most :data:`FEW_HITS` documents and a respelling finds more (:func:`respelled_query`),
    else None. Costs one ``MATCH … LIMIT`` for a query that finds documents."""
    words = query_words(query or "")
    if not words:
        return None
    match = match_expression(search_terms(query or ""))
    if match is None:
        return None
    found = typed_hits(conn, match)
    if found > FEW_HITS:
        return None
    return respelled_query(conn, query, few=bool(found))


def typed_hits(conn, match: str) -> int:
    """How many documents ``match`` finds, counted up to :data:`FEW_HITS` + 1."""
    return conn.execute("SELECT count(*) FROM (SELECT 1 FROM documents_fts WHERE documents_fts MATCH ? LIMIT ?)",
                        [match, FEW_HITS + 1]).fetchone()[0]


def respelled_message(typed: str, respelled: str, found: int = 0) -> str:
    """What the CLI and the search page say of a respelled query that ``found`` documents as typed."""
    said = "Không có kết quả" if not found else f"Chỉ có {found} kết quả"
    return f"{said} cho «{' '.join(typed.split())}»; kết quả cho «{respelled}»:"


def unheld_number(conn, query: str | None, found: int = 0) -> str | None:
    """What the CLI and the search page say when ``query`` names a document — its số ký hiệu ("12-KH/ĐU") or its type
    and number ("KH 12", "kế hoạch số 12") — that no document of the archive bears, or None (one is held, or the query
    names none). The search goes on as a search of the words and of the documents citing the number, and a user seeing
    those rows took them for the document asked for (the session-43 newcomer typed "KH 12" and was not told that no
    plan 12 was there). ``found``: how many rows the search listed instead. Filters are not read: a document held but
    filtered out needs no notice, the filter says why."""
    typed = " ".join((query or "").split())
    query = search_terms(query or "")
    if not query or len(or_sides(query)) > 1:
        return None
    if looks_like_symbol(query):
        held = conn.execute("SELECT 1 FROM documents WHERE number_key = ? LIMIT 1", [symbol_key(query)]).fetchone()
    elif (named := number_query(query)) is not None:
        held = any(named.matches(key, type_key) for key, type_key in conn.execute(
            "SELECT number_key, type_key FROM documents WHERE number_key >= ? AND number_key < ?",
            [named.prefix + " ", named.prefix + "!"]))
    else:
        return None
    if held:
        return None
    said = f"Không có văn bản nào mang số ký hiệu «{typed}»"
    return f"{said}; kết quả dưới đây là các văn bản có các từ đó trong nội dung hoặc trích dẫn số đó:" if found \
        else f"{said}."


def number_notice(db: Any, query: str | None, found: int = 0) -> str | None:
    """:func:`unheld_number` on the archive ``db`` (a path or an open connection); None when it cannot be read (the
    notice is an aside to the results: a debug line says why it is missing)."""
    try:
        conn, close = _open(db)
    except (sqlite3.Error, VanbanError) as exc:
        _log.debug("number notice skipped: archive %r not opened: %s", db, exc)
        return None
    try:
        return unheld_number(conn, query, found)
    except sqlite3.Error as exc:
        _log.debug("number notice skipped: %s", exc)
        return None
    finally:
        if close:
            conn.close()


def type_names(key: str) -> list[str]:
    """Folded type names a ``--type`` filter ``key`` stands for: the names whose code
    it is ("kh" → ["ke hoach", …], "qd" → quyết định and quy định), else ``key`` itself."""
    return sorted(name for name, code in TYPE_ABBREVIATIONS.items() if code == key) or [key]


def types_held(db: Any, type: str) -> tuple[bool, list[str]]:
    """Whether any document of ``db`` has a type a ``--type`` filter ``type`` matches, and
    the types the archive holds (sorted): what a search that found nothing by type says."""
    from vanban.text import fold

    conn, close = _open(db)
    try:
        held = [t for (t,) in conn.execute(
            "SELECT DISTINCT type FROM documents WHERE type IS NOT NULL ORDER BY type")]
    finally:
        if close:
            conn.close()
    names = type_names(fold(type))
    return any(n in fold(t) for t in held for n in names), held


def _parent_key(conn) -> str:
    """The column of the issuer's parent key, NULL in an archive older than it (searched read-only)."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(documents)")}
    return "parent_issuer_key" if "parent_issuer_key" in columns else "NULL"


def issuer_condition(issuer: str, parent_key: str = "parent_issuer_key") -> tuple[str, list[Any]]:
    """SQL (on ``documents``) and its parameters: the issuer matches what was typed, folded.

    The issuer is named with its parent, as its header writes it ("ĐẢNG BỘ PHƯỜNG THƯỢNG THANH /
    ĐẢNG ỦY PHƯỜNG": the place is the parent's line alone), so the filter matches the issuer's
    key holding the typed text, or the parent's and the issuer's lines together holding each typed
    word at a word's start — "thuong thanh", "dang uy phuong thuong thanh" and "Đảng ủy phường"
    all find it (a newcomer's "thuong thanh" found nothing).

    A name is typed spelled out or abbreviated, and printed either way (:mod:`.abbreviations`): "Ủy ban nhân
    dân tỉnh Quảng Ninh" finds the office whose parent line is printed "UBND TỈNH QUẢNG NINH", "UBND tỉnh Bắc
    Ninh" the plan of "ỦY BAN NHÂN DÂN TỈNH BẮC NINH"."""
    from vanban.text import fold

    from vanban.abbreviations import segments, spellings

    typed = fold(issuer).lower()
    line = f"(' ' || coalesce({parent_key}, '') || ' ' || coalesce(issuer_key, '') || ' ')"
    whole = list(dict.fromkeys((typed, *spellings(typed))))
    sql = " OR ".join(["instr(issuer_key, ?) > 0"] * len(whole))
    params: list[Any] = [*whole]
    words = []
    for seg in segments(typed.split()):  # each name: all its words, or its abbreviation
        words.append("(" + " OR ".join("(" + " AND ".join([f"instr({line}, ?) > 0"] * len(sp)) + ")" for sp in seg) + ")")
        params += [" " + w for sp in seg for w in sp]
    if words:
        sql += " OR (" + " AND ".join(words) + ")"
    return sql, params


def _filters(type, issuer, date_from, date_to, latest_only, id_col="d.id",
             parent_key="parent_issuer_key") -> tuple[str, list[Any]]:
    """SQL conditions on ``id_col`` for the filters.

    Each filter is an ``IN (SELECT id …)`` answered from its own index
    (``type_key``, ``issuer_key``, ``date``, ``supersedes_id``), so a search
    never reads the long document rows until it has its top hits.
    """
    from vanban.text import fold

    where: list[str] = []
    params: list[Any] = []
    if type:
        # a type's code as in its số ký hiệu ("KH", "QĐ") stands for the names that carry it
        names = type_names(fold(type))
        where.append(f"{id_col} IN (SELECT id FROM documents WHERE "
                     + " OR ".join(["instr(type_key, ?) > 0"] * len(names)) + ")")
        params += names
    if issuer:
        sql, values = issuer_condition(issuer, parent_key)
        where.append(f"{id_col} IN (SELECT id FROM documents WHERE {sql})")
        params += values
    if date_from or date_to:
        where.append(f"{id_col} IN (SELECT id FROM documents WHERE date >= ? AND date <= ?)")
        params.append(date_from or "")
        params.append((date_to + "\uffff" if len(date_to) == 10 else date_to) if date_to else "\uffff")
    if latest_only:
        where.append(f"NOT EXISTS (SELECT 1 FROM documents n WHERE n.supersedes_id = {id_col})")
    return ("".join(" AND " + w for w in where), params)


# bm25 costs a few microseconds per matching document: a query matching most
# of a 100k archive ("Đảng ủy") would take hundreds of milliseconds to rank.
# So ranking looks at the RANK_WINDOW most recently archived matches (after
# filters); narrower queries are ranked over all their matches.
RANK_WINDOW = 300


def match_expression(query: str | None) -> str | None:
    """The FTS5 MATCH of what a user typed (folded, safe), or None for nothing
    to look up. A số ký hiệu ("25-NQ/TW") is one phrase "25 nq tw", not three
    loose words that any document with a 25 and a NQ/TW matches; each side of an ``OR`` that names a document ("KH 24
    OR KH 13") is read as it would be alone (:func:`names_document`). Shared by
    :func:`search` and the served ranked search, so both rank alike."""
    sides = or_sides(query or "")
    if len(sides) > 1 and any(names_document(side) for side in sides):
        # "KH 24 OR KH 13": each side as it would be read alone, a number query or a số ký hiệu included
        parts = []
        for side in sides:
            alternatives = query_alternatives(side)
            expr = (_number_phrases(side) or match_expression(side) if names_document(side)
                    else alternative_expression(*alternatives[0], phrases=True) if len(alternatives) == 1
                    else fts_query(side))
            if expr:
                parts.append(f"({expr})")
        return " OR ".join(parts) or None
    rest, terms = typed_terms(query or "")
    if terms and len(query_alternatives(query or "")) == 1 and not query_alternatives(query or "")[0][1]:
        # "15/12/2027": one phrase, not three loose numbers; "92%": a number in the text, never a số ký hiệu
        base = match_expression(rest) if query_tokens(rest) else None
        return " AND ".join(([f"({base})"] if base else []) + terms)
    match = fts_query(query or "")
    if match is None:
        return None
    typed = query_tokens(query)
    tokens = unglue(typed, zeros=True) if number_query(query or "") is not None else typed  # "NĐ30": as the text writes it
    if looks_like_symbol(query or ""):
        return '"' + " ".join(tokens) + '"'
    return match if tokens == typed else fts_query(" ".join(tokens))


def _number_phrases(side: str) -> str | None:
    """A side of an ``OR`` that names a document by type and number ("KH 24", "công văn số 1520") as the phrases a
    text writes it in: its số ký hiệu ("24-KH/ĐU": "24 kh") or "số 24" — not the loose words "kh" and "24", which
    nearly every plan holds (alone, such a query ranks the document it names first by ``number_key``; beside an
    ``OR`` the other side's matches would bury it)."""
    named = number_query(side) if not looks_like_symbol(side) else None
    if named is None:
        return None
    numbers = " ".join(named.numbers)
    phrases = [f'"{numbers} {" ".join(named.parts)}"'] if named.parts else []
    return " OR ".join([*phrases, f'"so {numbers}"'])


def names_document(query: str) -> bool:
    """True when ``query`` names one document: a số ký hiệu ("25-NQ/TW") or a type and number ("KH 24")."""
    return looks_like_symbol(query) or number_query(query) is not None


def naming_sides(query: str | None) -> list[str]:
    """The sides of an ``OR`` query ("KH 24 OR KH 13") that name a document (:func:`names_document`); [] for a query
    of one side, which the served search's own ``vn_symbol_key`` / ``vn_number_match`` read whole."""
    sides = or_sides(query or "")
    return [side for side in sides if names_document(side)] if len(sides) > 1 else []


def named_by_a_side(query: str | None, number_key: str | None, type_key: str | None) -> bool:
    """True when a side of an ``OR`` query names the document of these keys, as :func:`search` reads each side: its
    số ký hiệu ("1-TB/CB") or its type and number ("KH 24"). SQL ``vn_named_by_a_side(q, number_key, type_key)``:
    the served ranked search labels such a row "đúng số ký hiệu" as it labels "KH 24" alone (session 32: "KH 24 OR
    KH 13" ranked both plans first but said "các từ khóa có trong nội dung")."""
    if not number_key:
        return False
    for side in naming_sides(query):
        if looks_like_symbol(side) and symbol_key(side) == number_key:
            return True
        named = number_query(side)
        if named is not None and named.matches(number_key, type_key):
            return True
    return False


def _search(conn, query, type, issuer, date_from, date_to, limit, mark, latest_only):
    if limit == 0:
        return []
    query = search_terms(query or "")  # "tải 12-KH/ĐU": the document asked for, not the word "tải"
    match = match_expression(query)
    if match is None:
        if not (type or issuer or date_from or date_to):
            return []
        return _latest(conn, type, issuer, date_from, date_to, limit, latest_only)

    scores: dict[int, float] = {}
    extra, params = _filters(type, issuer, date_from, date_to, latest_only, "d.id", _parent_key(conn))
    sides = or_sides(query) if match.startswith("(") else [query]
    for side in sides if len(sides) > 1 else [query]:  # "KH 24 OR KH 13": the documents each side names, first
        if looks_like_symbol(side or ""):
            for (id_,) in conn.execute(
                f"SELECT d.id FROM documents d WHERE d.number_key = ?{extra} "
                "ORDER BY d.date DESC, d.id DESC LIMIT ?",
                [symbol_key(side), *params, limit],
            ):
                scores.setdefault(id_, -1e6)
        named = number_query(side or "")
        if named is not None and len(scores) < limit:
            # an index range on number_key's leading numbers, then the exact rule in Python
            for id_, key, type_key in conn.execute(
                f"SELECT d.id, d.number_key, d.type_key FROM documents d "
                f"WHERE d.number_key >= ? AND d.number_key < ?{extra} ORDER BY d.date DESC, d.id DESC",
                [named.prefix + " ", named.prefix + "!", *params],  # "12 …", never "120 …"
            ):
                if id_ not in scores and len(scores) < limit and named.matches(key, type_key):
                    scores[id_] = -1e6
    side_by_side = {id_ for id_, score in scores.items() if score <= -1e6}  # named: one phrase (its số ký hiệu)
    if len(scores) < limit:
        for id_, score in _ranked(conn, query, match, type, issuer, date_from, date_to, latest_only, side_by_side):
            if id_ not in scores and len(scores) < limit:
                scores[id_] = score
    if len(scores) < limit:  # a query no symbol cited in the archive has no citing document
        for id_ in _citing(conn, symbol_key(query), extra, params):
            if id_ not in scores and len(scores) < limit:
                scores[id_] = CITING_SCORE
    if not scores:
        return []

    marks = ",".join("?" * len(scores))
    docs = {r[0]: r for r in conn.execute(f"SELECT {_fields(conn)} FROM documents d WHERE d.id IN ({marks})", list(scores))}
    hits: list[SearchHit] = []
    seconds: list[bool] = []
    copies: set[str] = set()
    for id_, score in scores.items():
        _, number, typ, date, iss, title, text, raw, path, kind, charset = docs[id_]
        if score > -1e6 and not (figures_written(text, query) or figures_written(raw, query)):
            continue  # "92%": the number alone matched ("Số 92-TB/ĐU"), no "92%" written
        key = copy_key(number, date, typ)
        # another file of a document listed already: after the others — unless the query names it (-1e6): "KH 15" put
        # the plan's .md below loose matches of "KH" and "15" while its .docx stood first (newcomer, session 32)
        again = key is not None and key in copies and score > -1e6
        if key is not None:
            copies.add(key)
        snippet = document_snippet(query, text, raw, title, mark=mark)
        hits.append(SearchHit(id_, number, typ, date, iss, title, snippet, float(score), base_name(path), kind, charset))
        seconds.append(again)
    hits, seconds = _named_copies_together(hits, seconds)
    adjacent = [h.id in side_by_side for h in hits]  # the place's own level: a file's forms swap places below
    # ranked by distinct document: a document's other files (its .pdf beside its .txt, listed with "Dạng khác" on its
    # page) come after every document's best file, in their own order — within its tier (:func:`after_copies`)
    hits = _best_form_first(conn, hits)
    return _place_scores([hits[i] for i in after_copies(seconds, adjacent)])


#: how many files per result ``search`` gathers before folding a document's files into one result
COPIES_ROOM = 4


def _quality_column(conn) -> str:
    """``text_quality``, or NULL in an archive older than the column (searched read-only)."""
    have = {r[1] for r in conn.execute("PRAGMA table_info(documents)")}
    return "text_quality" if "text_quality" in have else "NULL"


def one_per_document(conn, hits: list[SearchHit]) -> list[SearchHit]:
    """``hits`` (ranked, place-scored) as one result per document: the files of one group (:data:`.forms.COPIES_VIEW`:
    same số ký hiệu, folded issuer and date) stand once, in the place of the group's first listed file, as the
    group's best-read matching file (:func:`.forms.form_rank`: a text layer — DOCX, text PDF, .md, .txt — before a
    scan), the group's other stored files (latest versions, matching or not) in ``also``.

    Why: a newcomer (session 50) stored one real Chỉ thị as its .txt, DOCX, text PDF and scan and saw it four times
    in the results, nothing saying they were one document. The ranking stays: the place and its score are the first
    listed file's (the best-read file's own score, when it differs, in ``file_score``)."""
    if not hits:
        return hits
    group = groups_of(conn, [h.id for h in hits])
    members: dict[int, list[SearchHit]] = {}
    for h in hits:
        members.setdefault(group.get(h.id, h.id), []).append(h)
    ranks = {id_: form_rank(conf, pages, id_, quality) for id_, conf, pages, quality in conn.execute(
        f"SELECT id, confidence, page_count, {_quality_column(conn)} FROM documents "
        f"WHERE id IN ({','.join('?' * len(hits))})", [h.id for h in hits])} if hits else {}
    out: list[SearchHit] = []
    seen: set[int] = set()
    for h in hits:
        g = group.get(h.id, h.id)
        if g in seen:
            continue
        seen.add(g)
        best = min(members[g], key=lambda m: ranks.get(m.id, "~"))
        if best is not h:
            own = best.score if best.file_score is None else best.file_score
            best = replace(best, score=h.score, file_score=None if own == h.score else own)
        others = tuple(StoredFile(r[0], base_name(r[1]), r[2], r[3]) for r in other_files(conn, best.id))
        out.append(replace(best, also=others) if others else best)
    return out


def after_copies(seconds: list[bool], adjacent: list[bool]) -> list[int]:
    """The listing order of ranked places: the places holding the words side by side (``adjacent``: the số ký hiệu
    named, the phrase in the fields or in the text) before those holding them only near each other or scattered, and
    within each, every document's first file before its other files (``seconds``), each group in ranked order.

    Kind: a document's other file that holds the words as a phrase listed after the documents holding them only
    scattered. "dinh van phuc" over six documents kept as .docx, .pdf, .txt and a scan listed the signer's Công văn
    as a .docx first, then the other five documents holding "định", "văn", "phục" apart, and only then its .txt and
    scan holding "Đinh Văn Phúc" (the session-47 newcomer: the exact name 7th). A file matching as a phrase is a
    better answer than another document matching scattered words; among equal matches distinct documents still come
    first. ``tim_kiem`` orders the same way (``level <= 2`` before ``nth > 1``)."""
    return sorted(range(len(seconds)), key=lambda i: (not adjacent[i], seconds[i], i))


def _named_copies_together(hits: list[SearchHit], seconds: list[bool]) -> tuple[list[SearchHit], list[bool]]:
    """``hits`` and their flags with the files of each document the query names (score -1e6: its số ký hiệu, or its
    type and number) side by side, in the order each document first stands: the named documents come newest first,
    and two of one day ("KH 15" naming 15/KH-UBND and 15-KH/ĐU, each kept as .md and .docx) interleaved their
    files. The other hits keep their order."""
    named = [i for i, h in enumerate(hits) if h.score <= -1e6]
    order: dict[object, int] = {}
    for i in named:
        order.setdefault(copy_key(hits[i].number, hits[i].date, hits[i].type) or ("id", hits[i].id), len(order))
    grouped = sorted(named, key=lambda i: order[copy_key(hits[i].number, hits[i].date, hits[i].type) or ("id", hits[i].id)])
    at = dict(zip(named, grouped))
    pick = [at.get(i, i) for i in range(len(hits))]
    return [hits[i] for i in pick], [seconds[i] for i in pick]


def _place_scores(hits: list[SearchHit]) -> list[SearchHit]:
    """``hits`` (in their listed order) with ``score`` never better than a hit listed above it: the score of the place a
    hit stands in, so that the order the terminal prints, the JSON's ``rank`` and its ``score`` are one order (the
    session-18 and session-21 newcomers re-sorted ``vanban search --format json`` by ``score`` and got another list).

    Kind: a document's files reordered after ranking — its best-read file put in its best-scored file's place
    (:func:`_best_form_first`), its other files after every document's best file. Such a file's own match score,
    when it differs, stays in ``file_score``."""
    out, floor = [], None
    for h in hits:
        place = h.score if floor is None else max(h.score, floor)
        floor = place
        out.append(h if place == h.score else replace(h, score=place, file_score=h.score))
    return out


def _best_form_first(conn, hits: list[SearchHit]) -> list[SearchHit]:
    """``hits`` with each document's best-read form (:func:`forms.form_rank`: born as text before OCR, then the
    higher OCR confidence) in the place of its best-scored file, the others where that one was: a search for "95%"
    put the dotted scan of a Nghị quyết (confidence 92–94, read worse) above its typed .txt (the session-18 end
    newcomer). The place stays the document's best score; only which of its files stands there changes."""
    keys = [copy_key(h.number, h.date, h.type) for h in hits]
    groups: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        if k is not None:
            groups.setdefault(k, []).append(i)
    several = [g for g in groups.values() if len(g) > 1]
    if not several:
        return hits
    ids = [hits[i].id for g in several for i in g]
    rank = {id_: form_rank(conf, pages, id_, quality) for id_, conf, pages, quality in conn.execute(
        f"SELECT id, confidence, page_count, {_quality_column(conn)} FROM documents "
        f"WHERE id IN ({','.join('?' * len(ids))})", ids)}
    out = list(hits)
    for g in several:
        order = sorted(g, key=lambda i: rank.get(hits[i].id, "~"))
        for place, i in zip(g, order):  # the place keeps its score (:func:`_place_scores`)
            out[place] = hits[i] if place == i else replace(hits[i], score=hits[place].score,
                                                            file_score=hits[i].score if hits[i].file_score is None else hits[i].file_score)
    return out


#: the score of a document found only by its citation of the symbol asked for: after the text's matches (bm25 < 0)
CITING_SCORE = 0.0


def _citing(conn, key: str | None, extra: str, params: list[Any]) -> list[int]:
    """Documents citing the document whose symbol key is ``key`` (``citations.number_key``), newest first.

    Why: a citation's symbol is not always written out where it is cited. "các Công văn số 217, 218 và
    222-CV/TU" cites 217-CV/TU, and extraction reads it so (the document page lists it among the
    cited documents), but no phrase "217 cv tu" stands in the text for the full-text search to find."""
    if not key:
        return []
    return [id_ for (id_,) in conn.execute(
        f"SELECT DISTINCT d.id FROM citations c JOIN documents d ON d.id = c.document_id "
        f"WHERE c.number_key = ?{extra} ORDER BY d.date DESC, d.id DESC", [key, *params])]


def _indexes_fields(conn) -> bool:
    """The index has the fields column (``search_head``): not an archive indexed before
    it was added and searched read-only (opening one to write upgrades it)."""
    return any(row[1] == "search_head" for row in conn.execute('PRAGMA table_info("documents_fts")'))


def _ranked(conn, query, match, type, issuer, date_from, date_to, latest_only,
            side_by_side: set[int] | None = None) -> list[tuple[int, float]]:
    """The :data:`RANK_WINDOW` most recently archived matches of ``match`` (after filters),
    best first: the level of :mod:`.ranking` each reaches (the fields, the words side by side,
    near each other), then weighted bm25. ``side_by_side`` gets the ids reaching level 1 or 2
    (the words as a phrase: :func:`after_copies`).

    One bm25 query of the words (FTS5's bm25 counts each phrase's rows over the whole index for
    its IDF), then per level which window rows it holds (a rowid range: about a millisecond); the
    levels of :data:`~.ranking.PHRASE_SCORED` (the words side by side, near each other) score their
    documents by bm25 of the level's own expression (one IDF count more each)."""
    # "+f.rowid": never hand the IN lists to FTS5 as rowid constraints
    # (it would run the whole MATCH once per listed id)
    extra, params = _filters(type, issuer, date_from, date_to, latest_only, "+f.rowid", _parent_key(conn))
    where = f"FROM documents_fts f WHERE documents_fts MATCH ?{extra}"
    edge = conn.execute(f"SELECT f.rowid {where} ORDER BY f.rowid DESC LIMIT 1 OFFSET ?",
                        [match, *params, RANK_WINDOW - 1]).fetchone()
    window, wparams = (" AND f.rowid >= ?", [edge[0]]) if edge else ("", [])
    scores = dict(conn.execute(f"SELECT f.rowid, {BM25} {where}{window}", [match, *params, *wparams]))
    reached: dict[int, float] = {}  # id → the offset of the best level it reaches
    for expr, bonus in levels(query, _indexes_fields(conn)):  # best first
        own = bonus in PHRASE_SCORED  # within the level, bm25 of its phrase (.ranking)
        sql = f"SELECT f.rowid, {BM25} {where}{window}" if own else f"SELECT f.rowid, NULL {where}{window}"
        for id_, phrase_score in conn.execute(sql, [expr, *params, *wparams]):
            if id_ in scores and id_ not in reached:
                reached[id_] = bonus
                if side_by_side is not None and bonus in LEVEL_BONUS[:2]:
                    side_by_side.add(id_)
                if own:
                    scores[id_] = phrase_score
    typed = named_type(query)
    if typed and scores:  # documents of the type the query starts with (.ranking)
        ids = list(scores)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for (id_,) in conn.execute(f"SELECT id FROM documents WHERE type_key = ? AND id IN ({','.join('?' * len(chunk))})",
                                       [typed, *chunk]):
                reached[id_] = reached.get(id_, 0.0) + TYPE_BONUS
    ids = list(scores)
    for i in range(0, len(ids), 500):  # documents OCR read poorly after those read well (.ranking)
        chunk = ids[i:i + 500]
        for id_, confidence in conn.execute(
                f"SELECT id, confidence FROM documents WHERE confidence < ? AND id IN ({','.join('?' * len(chunk))})",
                [POORLY_READ, *chunk]):
            reached[id_] = reached.get(id_, 0.0) + poorly_read(confidence)
    return sorted(((id_, score + reached.get(id_, 0.0)) for id_, score in scores.items()), key=lambda item: item[1])


def _latest(conn, type, issuer, date_from, date_to, limit, latest_only) -> list[SearchHit]:
    """The newest documents the filters match (no words to rank by): by date, then id."""
    extra, params = _filters(type, issuer, date_from, date_to, latest_only, "d.id", _parent_key(conn))
    rows = conn.execute(
        f"SELECT {_fields(conn)} FROM documents d WHERE 1{extra} "
        "ORDER BY d.date IS NULL, d.date DESC, d.id DESC LIMIT ?", [*params, limit])
    return [SearchHit(id_, number, typ, date, iss, title,
                      " ".join((text or raw or "").split())[:160] or None, 0.0, base_name(path), kind, charset)
            for id_, number, typ, date, iss, title, text, raw, path, kind, charset in rows]


#: a Windows folder separator — not the "\xNN" escape a file name's undecodable byte is stored as ("K\xea ho\xb8ch
#: 87.txt", a TCVN3 name: session 40's newcomer saw it listed as "xb8ch 87.txt")
_WINDOWS_SEP = re.compile(r"\\(?!x[0-9a-fA-F]{2})")


def base_name(path: str | None) -> str | None:
    """A stored path's file name, never its folders (Windows or POSIX separators; an escaped byte kept)."""
    return _WINDOWS_SEP.sub("/", path).rsplit("/", 1)[-1] if path else None


def in_folder(path: str | None) -> str | None:
    """"01-tcvn3-txt/input.txt": a stored path's file name after the folder it lies in (only that folder: the
    server's other folders are no business of the page); the name alone at a root."""
    if not path:
        return None
    parts = _WINDOWS_SEP.sub("/", path).rstrip("/").rsplit("/", 2)
    return "/".join(parts[-2:]) if len(parts) > 1 and parts[-2] else parts[-1]


def told_apart(conn, hits: list[SearchHit]) -> list[SearchHit]:
    """``hits`` whose file name another hit shares named with their folder (:func:`in_folder`).

    Why (the newcomer of session 29): the cases kept as ``01-tcvn3-txt/input.txt`` and ``02-vni-txt/input.txt``
    were two rows of one số ký hiệu, type, date and trích yếu that ended "tệp input.txt" both: nothing told the user
    which file was which. A name no other hit has stays bare (the page names no server folder it need not)."""
    from collections import Counter

    names = Counter(f.file for h in hits for f in (h, *h.also) if f.file)  # a result's other files count too
    shared = [f.id for h in hits for f in (h, *h.also) if f.file and names[f.file] > 1]
    if not shared:
        return hits
    marks = ",".join("?" * len(shared))
    paths = dict(conn.execute(f"SELECT id, path FROM documents WHERE id IN ({marks})", shared))

    def named(f):
        return replace(f, file=in_folder(paths.get(f.id)) or f.file) if f.id in paths else f

    return [replace(named(h), also=tuple(named(f) for f in h.also)) for h in hits]


def file_label(hit: SearchHit) -> str | None:
    """"tệp 12-KH-DU_utf16.txt (txt, UTF-16)": which file a hit was read from."""
    if not hit.file:
        return None
    what = ", ".join(x for x in (hit.kind, hit.source_encoding) if x)
    return f"tệp {hit.file}" + (f" ({what})" if what else "")


def also_label(hit: SearchHit) -> str | None:
    """"cũng lưu dưới dạng: 09-CT-UBND_scan.pdf (pdf) [#14]; …": the document's other stored files, their ids."""
    if not hit.also:
        return None
    return "cũng lưu dưới dạng: " + "; ".join(
        f"{f.file or '?'} ({', '.join(x for x in (f.kind, f.source_encoding) if x) or '?'}) [#{f.id}]" for f in hit.also)


def reindex(db: Any) -> None:
    """Recompute folded keys and rebuild the FTS index (``vanban reindex``)."""
    from .store import Archive

    if isinstance(db, Archive):
        db.reindex()
        return
    with Archive(os.fspath(db)) as archive:
        archive.reindex()


def format_hits(hits: list[SearchHit], fmt: str = "text") -> str:
    """Render hits for the terminal (``text``) or as a JSON array (``json``).

    The JSON objects carry ``rank`` (1, 2, …: the place in the list, as the terminal numbers it) before the hit's
    fields: the list is ranked by document (a document's best-read file in its best file's place, its other files
    after all documents), and ``score`` — lower is better — is the score of the place (:func:`_place_scores`), so it
    never falls down the list: a program that sorts by ``score`` keeps the printed order. A file moved from its own
    score's place carries that one in ``file_score`` (null for the others)."""
    import json

    if fmt == "json":
        return json.dumps([{"rank": i, **h.to_dict()} for i, h in enumerate(hits, 1)], ensure_ascii=False, indent=2)
    if not hits:
        return "Không tìm thấy văn bản nào."
    lines = []
    for i, h in enumerate(hits, 1):
        head = " · ".join(x for x in (h.number, h.type, h.date, h.issuer) if x)
        lines.append(f"{i}. [{h.id}] {head or '(không rõ số hiệu)'}")
        if h.title:
            lines.append(f"   {h.title}")
        if file_label(h):
            lines.append(f"   {file_label(h)}")
        if h.also:
            lines.append(f"   {also_label(h)}")
        if h.snippet:
            lines.append(f"   {h.snippet}")
    return "\n".join(lines)

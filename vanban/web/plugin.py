"""vanban's Datasette plugin: Vietnamese folding in SQL and search, the document page,
.ics, checklist downloads and the upload page.

Registered through the ``datasette`` entry point of the vanban package (and
by :func:`vanban.web.server.ensure_plugin`), so any Datasette in the same
environment finds it; templates and metadata ship as package data.

Why it exists:

* Datasette's ``?_search=`` passes the user's words to FTS5, whose
  ``remove_diacritics`` folds accents but never đ→d. Our index holds folded
  text (``documents.search_text``), so we replace Datasette's
  ``escape_fts(:search)`` SQL function by one that folds first and reads the query as the ranked search does
  (one parser: "-word", ``AND``/``OR``/``NOT``, "quoted phrases"): "Đảng ủy",
  "ĐẢNG ỦY", "dang uy" and "đang uy" then find the same rows, while the
  search box keeps showing what the user typed.
* Canned queries need the same keys the archive computes: ``vn_fold(text)``,
  ``vn_symbol_key(symbol)`` and ``vn_fts_query(query)`` (a safe, folded MATCH),
  and the ranked search the levels of :mod:`vanban.archive.ranking`:
  ``vn_fts_level(query, level, fields)`` (the fields, the words side by side, near each other) and
  ``vn_poorly_read(confidence)`` (a scan OCR read poorly after those read well);
  the date boxes read a day as ``vanban search --from`` does: ``vn_date(text)``
  (:func:`vanban.typed_day.typed_day`: ISO or 20/11/2026, NULL for no real day), a range's ends in calendar
  order ``vn_range_from`` / ``vn_range_to`` (:mod:`.day_boxes`: a range typed back to front is swapped).
* The document page (``row-archive-documents.html``) needs the whole document,
  its obligations, deadlines and citations: ``extra_template_vars`` loads them.
* Deadlines as a calendar: an ``.ics`` output renderer (all-day events, with
  the deadline's RRULE), built with the ``icalendar`` library. Event UIDs
  are a hash of the event's content, so a rebuilt archive or a restarted
  server gives the same UIDs and subscribed calendars get no duplicates.
* Checklist downloads (``/-/vanban/checklist/<id>.docx|csv|ics|md``) and the
  upload page (``/-/vanban/upload``) for accounts holding ``vanban-upload``.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
import sqlite3
from pathlib import Path

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup

from vanban.archive import number_query
from vanban.abbreviations import spellings
from vanban.archive.forms import (FILES_OF_GROUP_SQL, create_copies_view, create_listed_view, form_rank, has_copies_view,
                                  has_listed_view, register_form_rank)
from vanban.archive.keys import search_terms, symbol_key
from vanban.archive.ranking import level_expression, match_words, named_type, poorly_read
from vanban.archive.search import (base_name, in_folder, match_expression, named_by_a_side, naming_sides,
                                   respelled_message, served_respelling, typed_hits, unheld_number)
from vanban.archive.spelling import ensure_vocabulary, unit_respelling
from vanban.archive.typed_figures import copy_key, figures_written
from vanban.time_of_day import VN_TZ, clock, event_rule
from vanban.models import Metadata
from vanban.text import fold
from vanban.typed_day import typed_day
from vanban.web.task_rows import tasks_without

from . import bad_forms, downloads, file_paths, home, query_cells, table_args, upload
from .day_boxes import bad_day_note, bad_day_refusal, range_from, range_to, swapped_range_note
from .hit_marks import SNIPPET_COLUMN, hit_snippet, marked_cell
from .refusals import warning_in_vietnamese
from .text_anchors import outline_appendices, outline_entries, outline_spans, signature_line, text_pieces

DATABASE = "archive"


def _fold(value):
    return fold(value) if isinstance(value, str) else value


def _escape_fts_folded(query):
    """The documents table's search box (``?_search=``, Datasette's ``escape_fts``) read by the one query parser of
    the ranked search (``tim_kiem``) and ``vanban search``: :func:`vanban.archive.search.match_expression` of
    :func:`search_terms` — folded, "-word" and ``NOT`` exclude, ``AND``/``OR`` as there, "quoted phrases" one phrase,
    a số ký hiệu one phrase (kind: the two search pages read "dan van -kheo" differently, the box searching the
    word "-kheo"; session 23's newcomer).

    A query with nothing to search for (a lone quote) becomes the empty
    phrase, which matches nothing, instead of an FTS5 syntax error.
    """
    if not isinstance(query, str):
        return query
    return match_expression(search_terms(query)) or '""'


def like_contains(text):
    """``%folded text%`` with ``\\``, ``%`` and ``_`` escaped (SQL ``ESCAPE '\\'``):
    what the user typed is matched literally, never as a LIKE pattern."""
    folded = fold(text or "")
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def name_contains(key, query):
    """``vn_name_contains(who_key, :don_vi)``: 1 when the folded unit name ``key`` holds
    what the user typed, names compared spelled out on both sides ("UBND xa" finds
    "Ủy ban nhân dân xã" and "UBND xã": :func:`vanban.abbreviations.spellings`).

    Called once per obligation and deadline row of ``nhiem_vu_cua``: both spellings are remembered (the query is
    one string for the whole query, a body's name recurs over its documents' rows) — 40,000 rows took 9 s of
    spelling out, more than the served time limit (session 21, ``tests/test_web_tasks_speed.py``)."""
    typed = _spelled_out(fold(query or ""))
    return int(not typed or (bool(key) and typed in _spelled_out(key)))


@functools.lru_cache(maxsize=1 << 16)
def _spelled_out(folded: str) -> str:
    """A unit's name, folded, spelled out by the one table of :mod:`vanban.abbreviations` ("so kh&cn" and "so khoa hoc
    va cong nghe" alike), its punctuation a space ("Bộ Văn hóa, Thể thao và Du lịch" is "Bộ VH,TT&DL"), as the
    checklist groups them (:func:`vanban.extract.checklist.group_key`). "%" stays: typed, it is a literal the LIKE
    escapes (a lone "%" turned into a space matched every unit)."""
    words = spellings(re.sub(r"[^\w&,%]+|,(?![a-z]+&)", " ", folded))[0].split()
    named = [w for w in words if w not in PLURAL_WORDS]  # "UBND các xã, phường" is "UBND xã, phường"
    return " ".join(named or words)


#: words that only make a unit's name plural ("các", "những"; ``plural_words.txt``): a name is matched without them
PLURAL_WORDS = frozenset(
    line.strip() for line in (Path(__file__).parent / "plural_words.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#"))


def _fts_query(query):
    # never NULL: an empty query matches nothing instead of raising
    return match_expression(query) or '""'


def recurrence_text(rrule):
    """``vn_recurrence_text(recurrence)``: :func:`vanban.extract.recurrence.describe`, imported at the first
    recurring row, not with the plugin (importing vanban.extract compiles its grammars: seconds before the port opens)."""
    if not rrule:
        return ""
    from vanban.extract.recurrence import describe

    return describe(rrule)


def next_due_sql(date, earliest, latest, recurrence, today):
    """``vn_next_due(date, earliest, latest, recurrence, today)``: ISO day a
    deadline row is next due on or after ``today`` (its RRULE expanded by
    :func:`vanban.extract.recurrence.next_due`), or NULL. Only recurring rows
    need it: the canned queries call it for those alone."""
    import datetime as dt

    from vanban.extract.recurrence import next_due
    from vanban.models import Deadline

    try:
        when = dt.date.fromisoformat(today) if today else dt.date.today()
    except ValueError:
        return None
    due = next_due(Deadline(text="", date=date, earliest=earliest, latest=latest, recurrence=recurrence), when)
    return due.isoformat() if due else None


def _respellers(conn):
    """``vn_respelled(q)`` and ``vn_unit_respelled(don_vi)``: what was typed, or its respelling
    with the archive's own words when it finds nothing (:mod:`vanban.archive.spelling`); they read
    this connection, so they are made per connection. The last answer is kept while the archive
    is unchanged (``PRAGMA data_version``): SQLite may call them once per row."""
    last: dict[str, tuple[tuple[str, int], str | None]] = {}

    def make(name, respell):
        def call(typed):
            if not isinstance(typed, str) or not typed.strip():
                return typed
            try:
                key = (typed, conn.execute("PRAGMA data_version").fetchone()[0])
                if name not in last or last[name][0] != key:
                    last[name] = (key, respell(conn, typed))
            except sqlite3.Error:  # no index or no such table (another database): as typed
                return typed
            return last[name][1] or typed
        return call

    return make("q", served_respelling), make("unit", unit_respelling)


@hookimpl(trylast=True)  # after Datasette's own escape_fts, so ours wins
def prepare_connection(conn):
    respelled, unit_respelled = _respellers(conn)
    try:
        ensure_vocabulary(conn)  # never from inside a query (a schema change aborts it)
    except sqlite3.Error:  # a database that cannot have a temp table: vn_respelled answers as typed
        pass
    conn.create_function("vn_respelled", 1, respelled, deterministic=True)
    conn.create_function("vn_unit_respelled", 1, unit_respelled, deterministic=True)
    conn.create_function("vn_fold", 1, _fold, deterministic=True)
    conn.create_function("vn_symbol_key", 1, symbol_key, deterministic=True)
    conn.create_function("vn_fts_query", 1, _fts_query, deterministic=True)
    conn.create_function("vn_search_terms", 1, search_terms, deterministic=True)
    conn.create_function("vn_fts_level", 3, level_expression, deterministic=True)
    conn.create_function("vn_named_type", 1, named_type, deterministic=True)
    conn.create_function("vn_figures_written", 2, lambda text, q: int(figures_written(text, search_terms(q or ""))),
                         deterministic=True)
    conn.create_function("vn_copy_key", 3, copy_key, deterministic=True)
    conn.create_function("vn_poorly_read", 1, poorly_read, deterministic=True)
    conn.create_function("vn_match_words", 1, match_words, deterministic=True)  # tim_kiem's "Khớp theo"
    conn.create_function("vn_snippet", 4, hit_snippet, deterministic=True)  # tim_kiem's "Trích đoạn" (.hit_marks)
    conn.create_function("escape_fts", 1, _escape_fts_folded, deterministic=True)
    conn.create_function("vn_like_contains", 1, like_contains, deterministic=True)
    conn.create_function("vn_name_contains", 2, name_contains, deterministic=True)
    conn.create_function("vn_number_prefix", 1, number_query.prefix, deterministic=True)
    conn.create_function("vn_number_match", 3, number_query.matches, deterministic=True)
    # tim_kiem's "KH 24 OR KH 13": how many sides name a document, and whether one names this document's keys
    conn.create_function("vn_naming_sides", 1, lambda q: len(naming_sides(q)), deterministic=True)
    conn.create_function("vn_named_by_a_side", 3, named_by_a_side, deterministic=True)
    conn.create_function("vn_next_due", 5, next_due_sql, deterministic=True)
    conn.create_function("vn_date", 1, typed_day, deterministic=True)  # a date box: ISO or 20/11/2026
    conn.create_function("vn_range_from", 2, range_from, deterministic=True)  # tu_ngay / den_ngay in order (.day_boxes)
    conn.create_function("vn_range_to", 2, range_to, deterministic=True)
    conn.create_function("vn_recurrence_text", 1, recurrence_text, deterministic=True)
    conn.create_function("vn_file_name", 1, file_name, deterministic=True)  # a stored path as the pages name it
    conn.create_function("vn_file_in_folder", 1, file_in_folder, deterministic=True)  # … and two files of one name
    register_form_rank(conn)  # the form of a document the lists show: the view documents_listed reads it
    try:
        if not has_listed_view(conn) and conn.execute("select 1 from sqlite_master where name = 'documents'").fetchone():
            create_listed_view(conn, temp=True)  # an archive an older vanban wrote: the view on this connection alone
        if not has_copies_view(conn) and conn.execute("select 1 from sqlite_master where name = 'documents'").fetchone():
            create_copies_view(conn, temp=True)  # … and which of its files are one document
    except sqlite3.Error:  # another program's documents table: its pages show no archive lists anyway
        pass
    conn.create_function("vn_tasks_without", 2, tasks_without, deterministic=True)  # nhiem_vu_cua's task rows


# --- the document page ------------------------------------------------------------


def unprinted_date(text: str | None, date: str | None) -> str | None:
    """The stored date of a citation as a reader writes it ("ngày 22/12/2024", "tháng 4/2025") when its text does not print it: "Nghị
    quyết số 57-NQ/TW của Bộ Chính trị" cites without a date the row holds (read elsewhere in the document or from
    the cited số ký hiệu), and the page showed the text alone (session-42 newcomer). None when the text prints the
    year (the date is there as printed) or no date is stored."""
    if not date or len(date) < 4 or (text and date[:4] in text):
        return None
    parts = date.split("-")
    shown = "/".join(str(int(p)) if i else p for i, p in reversed(list(enumerate(parts))))
    return ("năm ", "tháng ", "ngày ")[min(len(parts), 3) - 1] + shown


async def _rows(db, sql, params):
    result = await db.execute(sql, params)
    return [dict(r) for r in result.rows]


_UPLOAD_PREFIX = re.compile(r"^[0-9a-f]{12}-(?=.)")


def file_name(path: str | None) -> str:
    """The name a document's file is shown by: its base name, never the server's folders (a newcomer
    saw the absolute path on the page), an upload without the content hash the site prefixed it with."""
    if not path:
        return ""
    base = base_name(path)
    return _UPLOAD_PREFIX.sub("", base) if path.replace("\\", "/")[: -len(base)].rstrip("/").endswith(".uploads") else base


def file_in_folder(path: str | None) -> str:
    """:func:`file_name` after the folder the file lies in ("01-tcvn3-txt/input.txt"): what the ranked search shows
    for a file whose name another hit shares (:func:`vanban.archive.search.told_apart`)."""
    folder = (in_folder(path) or "").rsplit("/", 1)
    return f"{folder[0]}/{file_name(path)}" if len(folder) == 2 else file_name(path)


#: canned query → (its box, the respelling of what was typed in it): pages that say what they searched instead
RESPELLED_QUERIES = {"tim_kiem": ("q", served_respelling), "nhiem_vu_cua": ("don_vi", unit_respelling)}


def _respelled_note(database, request, datasette):
    """"Không có kết quả cho …; kết quả cho …" above a canned query that ran respelled, or None."""
    query = (request.path if request else "").rstrip("/").rsplit("/", 1)[-1]
    if database != DATABASE or query not in RESPELLED_QUERIES:
        return None
    box, respell = RESPELLED_QUERIES[query]
    typed = request.args.get(box) or ""
    if not typed.strip():
        return None

    async def inner():
        def note(conn):
            respelled = respell(conn, typed)
            if not respelled:
                # "KH 12" when no document bears that number: said above the rows of the words it listed instead
                if query != "tim_kiem":
                    return None
                words = match_expression(search_terms(typed))
                return unheld_number(conn, typed, typed_hits(conn, words) if words else 0)
            match = match_expression(search_terms(typed)) if query == "tim_kiem" else None
            return respelled_message(typed, respelled, typed_hits(conn, match) if match else 0)

        try:
            said = await datasette.get_database(database).execute_fn(note)
        except sqlite3.Error:
            return {}
        return {"vb_respelled": said} if said else {}

    return inner


@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    if view_name == "index":  # the home page: the search box and the newest documents first (vanban.web.home)
        return home.home_vars(datasette, DATABASE)
    if database == DATABASE and view_name != "row" and request is not None \
            and (said := bad_day_note(request.args)):  # a canned query's date box it cannot read (.day_boxes)
        return {"vb_bad_days": said}
    if database == DATABASE and view_name != "row" and request is not None \
            and (said := swapped_range_note(request.args)):  # its two days typed back to front, read swapped
        return {"vb_swapped_days": said}
    note = _respelled_note(database, request, datasette)
    if note is not None:
        return note
    if view_name != "row" or database != DATABASE or table != "documents":
        return {}

    async def inner():
        try:
            doc_id = downloads.row_id(request.url_vars.get("pks", ""))
        except (TypeError, ValueError):
            return {}
        db = datasette.get_database(database)
        docs = await _rows(db, "select * from documents where id = ?", [doc_id])
        if not docs:
            return {}
        doc = docs[0]
        for col in ("recipients", "cites"):
            try:
                doc[col] = json.loads(doc.get(col) or "[]")
            except ValueError:
                doc[col] = []
        doc["file_name"] = file_name(doc.get("path"))
        try:
            outline = json.loads(doc.get("structure") or "null") or {}
        except ValueError:
            outline = {}
        # the same document kept as other files (DOCX, text PDF, scan, copy-paste; cp1258 and UTF-16 text): its
        # group of vanban.archive.forms.COPIES_VIEW (same số ký hiệu, folded issuer and date), latest versions only
        other_forms = [dict(r, file_name=file_name(r["path"])) for r in await _rows(
            db, f"select * from ({FILES_OF_GROUP_SQL}) where id != :id and path != :path order by id",
            {"id": doc_id, "path": doc.get("path")},
        )]
        # the form the archive's lists show (vanban.archive.forms): the page says which
        listed = min([doc, *other_forms], key=lambda f: form_rank(f.get("confidence"), f.get("page_count"), f["id"],
                                                                      f.get("text_quality")))
        ext = await downloads.document_extraction(db, doc_id, Metadata(
            number=doc.get("number"), type=doc.get("type"), issuer=doc.get("issuer"),
            date=doc.get("date"), title=doc.get("title")))
        return {
            "vb": doc,
            # the notes in Vietnamese, one a line (the column keeps the English the JSON and the ingest write)
            "vb_warnings": [warning_in_vietnamese(w) for w in (doc.get("warnings") or "").splitlines() if w.strip()],
            "vb_outline": outline,
            # the checklist, the Bố cục and the anchored text: seconds of Python on a long plan, off the event loop
            **await downloads.off_loop(_page_parts, doc, outline, ext),
            "vb_pages": await _rows(
                db,
                "select number, method, confidence, restored, text, raw_text "
                "from pages where document_id = ? order by number",
                [doc_id],
            ),
            "vb_plan_targets_label": downloads.plan_targets_label(doc.get("type")),  # "Chỉ tiêu của nghị quyết"
            "vb_deadlines": await _rows(
                db,
                "select id, text, date, time, earliest, latest, recurrence, what, who "  # time: the hour, shown
                "from deadlines where document_id = ? order by coalesce(date, earliest, latest), time",
                [doc_id],
            ),
            "vb_targets": await _rows(
                db,
                "select text, min, max, unit, scope, period, baseline from targets where document_id = ? order by id",
                [doc_id],
            ),
            "vb_cites": [{**c, "unprinted_date": unprinted_date(c["text"], c["date"])} for c in await _rows(
                db,
                "select c.text, c.number, c.type, c.date, c.relation, c.name, c.cited_document_id, "
                "d.title as cited_title from citations c left join documents d on d.id = c.cited_document_id "
                "where c.document_id = ? order by c.id",
                [doc_id],
            )],
            "vb_cited_by": await _rows(
                db,
                "select distinct d.id, d.number, d.type, d.date, d.title from citations c "
                "join documents d on d.id = c.document_id where c.cited_document_id = ? "
                "order by d.date desc",
                [doc_id],
            ),
            "vb_other_forms": other_forms,
            "vb_listed_form_id": listed["id"],
            "vb_versions": await _rows(
                db,
                "select id, version, created_at, sha256 from documents "
                "where path = ? order by version",
                [doc.get("path")],
            ),
        }

    return inner


def _page_parts(doc: dict, outline: dict, ext) -> dict:
    """The document page's parts computed in Python, not read from SQLite: the checklist as the downloads give it
    (:func:`downloads.page_checklist`), the Bố cục and the restored text with its anchors. Run in a worker thread
    (:func:`downloads.off_loop`): on the loop, one long plan's page held every other request of the site."""
    from vanban.export import PlanPlaces

    text = doc.get("text") or ""
    checklist, plan_targets, meetings, left_out = downloads.page_checklist(ext, PlanPlaces(outline or None, text))
    return {
        "vb_outline_parts": outline_entries(outline, text),  # the Bố cục's lines
        "vb_outline_appendices": outline_appendices(outline),  # its appendices, with their tables
        "vb_signature": signature_line(doc, outline),  # the Bố cục's "Chữ ký": the signer fields, not the OCR lines
        # the restored text with an anchor where each checklist row and outline part was read
        "vb_text": text_pieces(text, [(o["start"], o["end"]) for o in checklist] + outline_spans(outline)),
        # the checklist as the downloads give it: obligations and unclaimed deadlines
        "vb_obligations": checklist,
        "vb_plan_targets": plan_targets,  # the plan's targets no row took, as the downloads print them
        "vb_meetings": meetings,  # "Lịch họp định kỳ": the weekly standing meetings, as the downloads list them
        "vb_left_out": left_out,  # how many rows the checklist left out on purpose, and why, as the Word phiếu says
    }


# --- routes and who may upload -----------------------------------------------------


# Datasette raises these for a query string the user typed, with status 500: they are
# the user's mistake (a column that does not exist), so the page says 400, not "server error".
_USER_QUERY_ERRORS = ("Cannot sort table by", "Cannot use _sort and _sort_desc", "Invalid _through")


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """The search page's snippet with the words matched marked (:mod:`.hit_marks`), its số ký hiệu and Mã linked to
    the document and the document's other files linked (``cung_luu``); a stored file's path by its name
    (:mod:`.file_paths`); other cells as Datasette shows them."""
    if file_paths.hides(database, table, column):
        return file_name(value) if isinstance(value, str) else None
    if database == DATABASE and table is None and column in DOCUMENT_LINK_COLUMNS and _search_row(row):
        # a canned query's rows are not linked by Datasette: the clerk who found the plan could not open it
        href = datasette.urls.row(database, "documents", row["id"])
        return Markup('<a href="{}">{}</a>').format(href, value if value not in (None, "") else f"#{row['id']}")
    if database == DATABASE and table is None and column == ALSO_COLUMN and isinstance(value, str):
        return also_links(value, lambda id_: datasette.urls.row(database, "documents", id_))
    if database == DATABASE and table is None and column in query_cells.SEARCH_DAY_COLUMNS and _search_row(row):
        # the search's Ngày ban hành dd/mm/yyyy, as the document page and the deadlines read it; the rank (the SQL's
        # order, its ties by ISO date) and the JSON and CSV keep the ISO day
        return query_cells.reader_cell(value)
    if database == DATABASE and table is None and column != SNIPPET_COLUMN:
        # the deadlines', a body's tasks' and the citing documents' rows open their document, their Hạn dd/mm/yyyy
        shown = query_cells.query_cell(row, value, column, lambda id_: datasette.urls.row(database, "documents", id_))
        if shown is not None:
            return shown
    return marked_cell(value) if database == DATABASE and column == SNIPPET_COLUMN else None


#: the search page's column naming a document's other stored files: "a.pdf (pdf) #4; a.docx (docx) #5"
ALSO_COLUMN = "cung_luu"
#: the search page's columns that open the document they name (its số ký hiệu, its Mã)
DOCUMENT_LINK_COLUMNS = ("number", "id")


def _search_row(row) -> bool:
    """True for a row of the ranked search (tim_kiem): one document a row, by ``id``, with its excerpt."""
    try:
        keys = row.keys()
    except AttributeError:
        return False
    return "id" in keys and SNIPPET_COLUMN in keys and row["id"] is not None


_ALSO_FILE = re.compile(r"(.*) #(\d+)$")


def also_links(value: str, url) -> object:
    """``cung_luu``'s "name (kind) #id; …" as links to each file's document page (``url(id)``)."""
    from markupsafe import escape

    parts = []
    for piece in value.split("; "):
        m = _ALSO_FILE.match(piece)
        parts.append(Markup('<a href="{}">{}</a>').format(url(m.group(2)), m.group(1)) if m else escape(piece))
    return Markup("; ").join(parts)


@hookimpl(tryfirst=True)
def handle_exception(datasette, request, exception):
    """A bad ``?_sort=`` / ``?_sort_desc=`` / ``?_through=`` is a 400 Bad Request with Datasette's own
    error page, not a 500; a form body that is no UTF-8 is a one-line 400; every other error is left
    to Datasette (returns None)."""
    from datasette.views.base import DatasetteError

    if isinstance(exception, UnicodeDecodeError):
        # a form body that is no UTF-8 reached a view (a POST without the CSRF cookie skips
        # Datasette's own parsing: /-/login, a canned query): the client's error, said in one line
        return Response.text(bad_forms.MALFORMED.decode() + "\n", status=400)
    if isinstance(exception, DatasetteError) and exception.status == 500:
        if str(exception.message).startswith(_USER_QUERY_ERRORS):
            exception.status = 400
    return None


@hookimpl(tryfirst=True)
def filters_from_request(request, database, table, datasette):
    """No filter of its own: refuses a facet, ``_through`` or ``_fts_table`` naming
    what the database lacks (400, before any query; see :mod:`.table_args`)."""

    async def inner():
        await table_args.check_table_args(request, database, table, datasette)

    return inner


@hookimpl
def asgi_wrapper(datasette):
    """A malformed POST form is a 400, not a 500 from inside Datasette's CSRF check; a CSV of a table holding
    server paths leaves them out (:mod:`.file_paths`)."""
    return lambda app: file_paths.without_path_csv(bad_forms.reject_malformed_forms(app))


@hookimpl
def prepare_jinja2_environment(env, datasette):
    """The page's days as its readers write them (:mod:`vanban.export.reader_days`): ``reader_day`` "15/12/2026",
    ``reader_when`` "7 giờ 30 ngày 15/12/2026". The document page said "Ngày ban hành 2026-12-15" and its "Thời hạn"
    list "2026-12-15: …" after the downloads had moved to dd/mm/yyyy (newcomer, session 34); the data (JSON, CSV's
    ISO column, the row's own values) keeps ISO."""
    from vanban.export.reader_days import reader_day, reader_when

    env.filters["reader_day"] = reader_day
    env.filters["reader_when"] = reader_when


@hookimpl
def register_routes():
    return [*upload.routes(), *downloads.routes()]


@hookimpl
def permission_allowed(datasette, actor, action, resource):
    """``vanban-upload``: only a signed-in account of ``archive.accounts.json``."""
    if action != upload.UPLOAD_PERMISSION:
        return None
    site = getattr(datasette, "vanban_site", None)
    if not actor or site is None:
        return False
    from .accounts import load_accounts

    return actor.get("id") in load_accounts(site.db_path)["users"]


@hookimpl
def menu_links(datasette, actor):
    if actor and getattr(datasette, "vanban_site", None) is not None:
        return [{"href": datasette.urls.path("/-/vanban/upload"), "label": "Tải văn bản lên"}]
    return []


# --- .ics calendar of deadlines ---------------------------------------------------

ICS_COLUMNS = {"event_name", "event_dtstart"}


def _as_date(value):
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def render_ics(datasette, request, database, table, rows, columns, sql, query_name, data):
    from icalendar import Calendar, Event

    if not ICS_COLUMNS.issubset(columns):  # a dict: Datasette sets a Response's status back to 200
        return {"body": "Truy vấn phải trả về các cột event_name, event_dtstart",
                "status_code": 400, "content_type": "text/plain; charset=utf-8"}
    if said := bad_day_refusal(request.args):  # "lich_han.ics?tu_ngay=xx": said, not the default range (.day_boxes)
        return {"body": said, "status_code": 400, "content_type": "text/plain; charset=utf-8"}
    cal = Calendar()
    cal.add("prodid", "-//vanban//lich han//VI")
    cal.add("version", "2.0")
    title = request.args.get("_ics_title") or table or query_name or "vanban"
    if query_name:
        try:
            title = datasette.metadata(database=database)["queries"][query_name]["title"]
        except (KeyError, TypeError):
            pass
    cal.add("x-wr-calname", title)
    stamp = dt.datetime.now(dt.timezone.utc)
    for row in rows:
        start = _as_date(row["event_dtstart"])
        if start is None:
            continue
        ev = Event()
        ev.add("summary", row["event_name"] or "")
        end = _as_date(row["event_dtend"]) if "event_dtend" in columns else None
        rule = _event_rule(row["event_rrule"] if "event_rrule" in columns else None, start)
        if rule is not None:
            # a recurring deadline is due on a day: a one-day event on the rule's first instance
            start, end, recur = rule[0], rule[0], rule[1]
        # a daily report "trước 19h00' hằng ngày" is due at its hour each day: timed, its rule too (event_rule)
        at = clock(row["event_time"]) if "event_time" in columns and not (end and end > start) else None
        if at is not None:  # "trước 16 giờ 00 ngày 27/10/2026" (deadlines.time): a timed event, Vietnam's time
            ev.add("dtstart", dt.datetime.combine(start, at, tzinfo=VN_TZ))
        else:
            ev.add("dtstart", start)  # a DATE: an all-day event
            ev.add("dtend", (end if end and end > start else start) + dt.timedelta(days=1))
        ev.add("dtstamp", stamp)
        ev.add("uid", event_uid(row, columns, start))
        if "event_description" in columns and row["event_description"]:
            ev.add("description", row["event_description"])
        if rule is not None:
            ev.add("rrule", event_rule(recur.to_ical().decode("ascii"), at))
        if "event_url" in columns and row["event_url"]:
            ev.add("url", datasette.absolute_url(request, row["event_url"]))
        cal.add_component(ev)
    cal.add_missing_timezones()  # the VTIMEZONE of a timed event's TZID
    content_type = "text/plain; charset=utf-8" if request.args.get("_plain") else "text/calendar; charset=utf-8"
    return Response(cal.to_ical().decode("utf-8"), content_type=content_type)


def _event_rule(text, start):
    """(first day, vRecur) of an event's RRULE ``text`` read from ``start`` on: DTSTART must be an
    instance of the rule (RFC 5545), so it is the rule's first occurrence on or after ``start``
    (:func:`vanban.extract.recurrence.first_instance`); None without a rule, for a rule
    icalendar or dateutil cannot read, or one that never occurs (the event is then a one-off)."""
    from icalendar import vRecur

    from vanban.extract.recurrence import first_instance

    if not text:
        return None
    try:
        recur = vRecur.from_ical(text)
    except ValueError:
        return None
    first = first_instance(text, start)
    return (first, recur) if first else None


def event_uid(row, columns, start) -> str:
    """A UID from the event's content (and ``event_uid``, e.g. the document's
    sha256): never row ids, which change when the archive is rebuilt."""
    parts = [str(row[c]) if c in columns and row[c] is not None else ""
             for c in ("event_uid", "event_name", "event_rrule", "event_description")]
    digest = hashlib.sha1("|".join([*parts, str(start)]).encode("utf-8")).hexdigest()[:24]
    return f"{digest}@vanban"


def can_render_ics(columns):
    return ICS_COLUMNS.issubset(columns)


@hookimpl
def register_output_renderer(datasette):
    # Datasette's JSON, its path cells named by file name (:mod:`.file_paths`): a hook renderer replaces the built-in
    return [{"extension": "ics", "render": render_ics, "can_render": can_render_ics},
            {"extension": "json", "render": file_paths.render_json}]


# --- a JSON-list facet that stays fast on 100,000 documents -------------------------


def _list_facet_class():
    """``{"list": "recipients"}``: Datasette's array facet without its DISTINCT.

    Datasette's ``array`` facet de-duplicates ``(item, *every column*)``, which
    on ``documents`` means sorting the full texts of every row (seconds at
    100k documents). The archive writes JSON lists without duplicate items,
    so counting ``json_each`` items directly is exact and reads only the list
    column (covered by an index). Filtering uses the standard
    ``column__arraycontains`` filter, so links work as with ``array``.
    """
    from datasette.facets import ArrayFacet
    from datasette.utils import (
        escape_sqlite,
        path_with_added_args,
        path_with_removed_args,
    )
    from datasette.database import QueryInterrupted

    class ListFacet(ArrayFacet):
        type = "list"

        async def suggest(self):
            return []

        async def facet_results(self):
            results, timed_out = [], []
            size = self.get_facet_size()
            pairs = self.get_querystring_pairs()
            for source_and_config in self.get_configs():
                config = source_and_config["config"]
                column = config.get("column") or config["simple"]
                sql = (
                    "select j.value as value, count(*) as count "
                    "from ({sql}) as inner_rows, json_each(inner_rows.{col}) j "
                    "where json_valid(inner_rows.{col}) "
                    "group by j.value order by count desc, value limit {limit}"
                ).format(sql=self.sql, col=escape_sqlite(column), limit=size + 1)
                try:
                    rows = await self.ds.execute(
                        self.database, sql, self.params, truncate=False,
                        custom_time_limit=self.ds.setting("facet_time_limit_ms"),
                    )
                except QueryInterrupted:
                    timed_out.append(column)
                    continue
                values = []
                for row in rows.rows[:size]:
                    value = str(row["value"])
                    key = (f"{column}__arraycontains", value)
                    selected = key in pairs
                    toggle = (path_with_removed_args if selected else path_with_added_args)(
                        self.request, {key[0]: value}
                    )
                    values.append({
                        "value": value, "label": value, "count": row["count"],
                        "toggle_url": self.ds.absolute_url(self.request, toggle),
                        "selected": selected,
                    })
                results.append({
                    "name": column, "type": self.type, "results": values,
                    "hideable": source_and_config["source"] != "metadata",
                    "toggle_url": self.ds.urls.path(
                        path_with_removed_args(self.request, {"_facet_list": column})
                    ),
                    "truncated": len(rows) > size,
                })
            return results, timed_out

    return ListFacet


@hookimpl
def register_facet_classes():
    return [_list_facet_class()]

"""One document kept in several forms (DOCX + PDF + scan): which form the archive's lists show.

Why: an office keeps the same plan as the DOCX it was typed in, the PDF it was
sent as and the scan of the signed paper. The archive stores each file (each is
a source, with its own text), and the document page links the others as
"Dạng khác"; but a list of deadlines, tasks or citations that showed every form
repeated each deadline once per file, the scan's misread rows among them (a
newcomer: 37-KH/ĐU's every deadline four times in "Thời hạn sắp tới" and the
calendar feed).

Forms of one document: the latest versions of files with the same số ký hiệu
(``number_key``), date and issuer (``issuer_key``) — the document page's
"Dạng khác". A document without a số ký hiệu is its own and only form.

The representative form — the one read best — is the first by:

1. a text layer (no OCR: TXT, DOCX/DOC/ODT/RTF, a PDF's text layer; ``confidence``
   is NULL) before a form read by OCR (a scan, a photo): the characters are the
   author's, never a misreading;
2. among text layers, the one whose text reads better as Vietnamese: the share of its words that are valid
   syllables (``text_quality``, :func:`text_quality`), in steps of :data:`QUALITY_STEP`. Why (a newcomer): an
   office's Word file half-converted from TCVN3 — paragraphs mixing runs retyped in Unicode with runs left in
   .VnTime bytes — reads "t¨ng trëng kinh tõ" where its copy-paste .txt reads "tăng trưởng kinh tế"; both are text
   layers, and the earliest stored won, so the deadlines, tasks and search showed the garbled words. The step keeps
   two clean forms of one text (a DOCX's header table against a .txt's lines: 0.93 and 0.94) in one tier, where
   the earliest stored still wins;
3. among OCR forms, the one with more pages (a whole scan before a photo of its
   first page), then the higher mean OCR confidence;
4. the earliest stored (the lowest ``id``): a stable choice, the same on every page.

:func:`form_rank` says this as a string that sorts in that order. The canned
queries that list facts (``han_sap_toi``, ``lich_han``, ``nhiem_vu_cua``,
``van_ban_trich_dan``, the citation graph, ``chi_tieu_theo_linh_vuc``) and the home
page's newest documents keep a row when no other form of its document has a smaller
``vn_form_rank(confidence, page_count, id, text_quality)``: they read the view :data:`LISTED_VIEW`
(``documents_listed``, made by :func:`create_listed_view`), written once here.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from vanban.charsets import syllable_score

__all__ = ["COPIES_VIEW", "COPIES_VIEW_SQL", "FILES_OF_GROUP_SQL", "LISTED_VIEW", "LISTED_VIEW_SQL", "StoredFile",
           "create_copies_view", "create_listed_view", "form_rank", "text_quality", "groups_of", "has_copies_view", "has_listed_view",
           "other_files", "register_form_rank"]

_MAX_PAGES = 99_999
#: text layers whose ``text_quality`` falls in one step of this width are read as well as each other
QUALITY_STEP = 0.1
_TIERS = round(1 / QUALITY_STEP)


def text_quality(text: str | None) -> float | None:
    """The share of the words of ``text`` that are valid Vietnamese syllables (:func:`vanban.charsets.syllable_score`,
    3 decimals), None for a text without a word to judge: the measure the forms of one document are chosen by."""
    share, judged = syllable_score(text or "")
    return round(share, 3) if judged else None


def _quality_tier(quality: float | None) -> str:
    """``quality``'s tier as two digits that sort the better first; no quality known sorts after every tier."""
    if quality is None:
        return "99"
    return f"{_TIERS - min(max(int(float(quality) / QUALITY_STEP + 1e-9), 0), _TIERS):02d}"


def form_rank(confidence: float | None, page_count: int | None, doc_id: int | None,
              quality: float | None = None) -> str:
    """A key that sorts a document's forms best first (the module's rule): a text layer
    ("0…") before OCR ("1…"); among text layers the better text (``quality``, in tiers of
    :data:`QUALITY_STEP`); among OCR forms more pages, then higher confidence; then the lowest id."""
    ident = f"{int(doc_id or 0):020d}"
    if confidence is None:
        return f"0 {_quality_tier(quality)} {ident}"
    pages = min(max(int(page_count or 0), 0), _MAX_PAGES)
    score = min(max(float(confidence), 0.0), 100.0)
    return f"1 {_MAX_PAGES - pages:05d} {1000 - round(score * 10):04d} {ident}"



#: the view of the documents the archive's lists show: the latest version of each file (no document supersedes it),
#: and of the forms of one document (same ``number_key``, date and ``issuer_key``, each its file's latest version)
#: the best-read one (the smallest :func:`form_rank`). Its columns are ``documents``'s. Reading it needs the SQL
#: function ``vn_form_rank`` on the connection (:func:`register_form_rank`: the archive's :func:`vanban.archive.schema.connect`
#: and Datasette's plugin register it; a bare ``sqlite3`` shell says "no such function: vn_form_rank").
LISTED_VIEW = "documents_listed"
LISTED_VIEW_SQL = """select d.* from documents d
where not exists (select 1 from documents n where n.supersedes_id = d.id)
  and not exists (select 1 from documents o
                  where o.number_key = d.number_key and +o.date is d.date and +o.issuer_key is d.issuer_key
                    and vn_form_rank(o.confidence, o.page_count, o.id, o.text_quality)
                        < vn_form_rank(d.confidence, d.page_count, d.id, d.text_quality)
                    and not exists (select 1 from documents n where n.supersedes_id = o.id))"""


def register_form_rank(conn: sqlite3.Connection) -> None:
    """Register :func:`form_rank` as the SQL function ``vn_form_rank(confidence, page_count, id[, text_quality])``
    on ``conn`` (the three-argument call is an older archive's view)."""
    conn.create_function("vn_form_rank", 3, form_rank, deterministic=True)
    conn.create_function("vn_form_rank", 4, form_rank, deterministic=True)


def create_listed_view(conn: sqlite3.Connection, temp: bool = False) -> None:
    """Create :data:`LISTED_VIEW` unless it exists. ``temp``: a view of this connection only (Datasette serving an
    archive an older vanban wrote, without the view, read-only: nothing is written to the file)."""
    conn.execute(f"create {'temp ' if temp else ''}view if not exists {LISTED_VIEW} as {LISTED_VIEW_SQL}")


def has_listed_view(conn: sqlite3.Connection) -> bool:
    """Whether the archive (or this connection's temp schema) has :data:`LISTED_VIEW`."""
    return conn.execute("select 1 from sqlite_master where type = 'view' and name = ? union all "
                        "select 1 from sqlite_temp_master where type = 'view' and name = ?",
                        [LISTED_VIEW, LISTED_VIEW]).fetchone() is not None


# --- one document stored as several files: the group, as data ---------------------------------------------------

#: the view naming, for every stored file (``document_id``), the group of files that are one document (``same_as``:
#: the id of the group's first ingested file, its own id when it groups with none).
#:
#: Why a view and not a merge: an office holds one Chỉ thị as the Word file it was typed in, the text PDF it was sent
#: as, the scan of the signed paper and a copy-paste; each is a source with its own text and its own facts (the scan's
#: misread rows among them), so each keeps its row. What makes them one document is what a clerk checks — the same
#: số ký hiệu (``number_key``), the same issuer (``issuer_key``, folded: "UBND TỈNH" and "Ủy ban nhân dân tỉnh"'s
#: fold differ, "ỦY BAN" and "UỶ BAN" do not) and the same date of issue. A document read without a number or without
#: a date never groups: "Kế hoạch" of no number, or two "01/KH" whose dates were not read, are not known to be one.
#: Derived on every read, so a file stored, re-read or deleted regroups at once (no column to keep in step). The group
#: holds every version of a file; the lists and the search show the latest versions only.
COPIES_VIEW = "document_copies"
COPIES_VIEW_SQL = """select d.id as document_id,
       case when coalesce(d.number_key, '') = '' or coalesce(d.date, '') = '' then d.id
            else (select min(o.id) from documents o
                  where o.number_key = d.number_key and +o.date = d.date and +o.issuer_key is d.issuer_key) end as same_as
from documents d"""

#: the latest versions of the files that are one document with the file ``:id`` (itself included), by
#: :data:`COPIES_VIEW`'s rule read through the indexed keys (the view computes every file's group: read per result
#: it would scan the archive): the search's "cũng lưu dưới dạng" and the document page's "Các tệp khác của văn bản
#: này" read this
FILES_OF_GROUP_SQL = """select o.id, o.path, o.kind, o.source_encoding, o.confidence, o.page_count, o.text_quality
from documents g join documents o
  on o.number_key = g.number_key and +o.date = g.date and +o.issuer_key is g.issuer_key
where g.id = :id and coalesce(g.number_key, '') != '' and coalesce(g.date, '') != ''
  and not exists (select 1 from documents n where n.supersedes_id = o.id)"""


@dataclass(frozen=True)
class StoredFile:
    """Another file of one document, as a search hit lists it ("cũng lưu dưới dạng")."""

    id: int
    file: str | None  # the file's base name
    kind: str | None  # txt | docx | pdf | image …
    source_encoding: str | None = None


def create_copies_view(conn: sqlite3.Connection, temp: bool = False) -> None:
    """Create :data:`COPIES_VIEW` unless it exists (``temp``: on this connection only, an older archive served read-only)."""
    conn.execute(f"create {'temp ' if temp else ''}view if not exists {COPIES_VIEW} as {COPIES_VIEW_SQL}")


def has_copies_view(conn: sqlite3.Connection) -> bool:
    """Whether the archive (or this connection's temp schema) has :data:`COPIES_VIEW`."""
    return conn.execute("select 1 from sqlite_master where type = 'view' and name = ? union all "
                        "select 1 from sqlite_temp_master where type = 'view' and name = ?",
                        [COPIES_VIEW, COPIES_VIEW]).fetchone() is not None


def groups_of(conn: sqlite3.Connection, ids: list[int]) -> dict[int, int]:
    """``{id: same_as}`` for the stored files ``ids`` (:data:`COPIES_VIEW`'s rule, read from ``documents`` itself: an
    archive an older vanban wrote, searched read-only, has no view)."""
    out: dict[int, int] = {}
    ids = list(dict.fromkeys(ids))
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update(conn.execute(f"select document_id, same_as from ({COPIES_VIEW_SQL}) "
                                f"where document_id in ({','.join('?' * len(chunk))})", chunk).fetchall())
    return out


def other_files(conn: sqlite3.Connection, doc_id: int) -> list[tuple]:
    """The rows of :data:`FILES_OF_GROUP_SQL`: the other files of the document ``doc_id`` is a file of, best-read
    first (:func:`form_rank`)."""
    sql = FILES_OF_GROUP_SQL
    have = {r[1] for r in conn.execute("PRAGMA table_info(documents)")}
    for column in ("source_encoding", "text_quality"):
        if column not in have:
            sql = sql.replace(f"o.{column}", "NULL")  # an archive older than the column, searched read-only
    rows = conn.execute(sql, {"id": doc_id}).fetchall()
    return sorted((r for r in rows if r[0] != doc_id), key=lambda r: form_rank(r[4], r[5], r[0], r[6]))

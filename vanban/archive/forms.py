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
2. among OCR forms, the one with more pages (a whole scan before a photo of its
   first page), then the higher mean OCR confidence;
3. the earliest stored (the lowest ``id``): a stable choice, the same on every page.

:func:`form_rank` says this as a string that sorts in that order. The canned
queries that list facts (``han_sap_toi``, ``lich_han``, ``nhiem_vu_cua``,
``van_ban_trich_dan``, the citation graph, ``chi_tieu_theo_linh_vuc``) and the home
page's newest documents keep a row when no other form of its document has a smaller
``vn_form_rank(confidence, page_count, id)``: they read the view :data:`LISTED_VIEW`
(``documents_listed``, made by :func:`create_listed_view`), written once here.
"""

from __future__ import annotations

import sqlite3

__all__ = ["LISTED_VIEW", "LISTED_VIEW_SQL", "create_listed_view", "form_rank", "has_listed_view", "register_form_rank"]

_MAX_PAGES = 99_999


def form_rank(confidence: float | None, page_count: int | None, doc_id: int | None) -> str:
    """A key that sorts a document's forms best first (the module's rule): a text layer
    ("0…") before OCR ("1…"); among OCR forms more pages, then higher confidence; then
    the lowest id."""
    ident = f"{int(doc_id or 0):020d}"
    if confidence is None:
        return f"0 {ident}"
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
                    and vn_form_rank(o.confidence, o.page_count, o.id) < vn_form_rank(d.confidence, d.page_count, d.id)
                    and not exists (select 1 from documents n where n.supersedes_id = o.id))"""


def register_form_rank(conn: sqlite3.Connection) -> None:
    """Register :func:`form_rank` as the SQL function ``vn_form_rank(confidence, page_count, id)`` on ``conn``."""
    conn.create_function("vn_form_rank", 3, form_rank, deterministic=True)


def create_listed_view(conn: sqlite3.Connection, temp: bool = False) -> None:
    """Create :data:`LISTED_VIEW` unless it exists. ``temp``: a view of this connection only (Datasette serving an
    archive an older vanban wrote, without the view, read-only: nothing is written to the file)."""
    conn.execute(f"create {'temp ' if temp else ''}view if not exists {LISTED_VIEW} as {LISTED_VIEW_SQL}")


def has_listed_view(conn: sqlite3.Connection) -> bool:
    """Whether the archive (or this connection's temp schema) has :data:`LISTED_VIEW`."""
    return conn.execute("select 1 from sqlite_master where type = 'view' and name = ? union all "
                        "select 1 from sqlite_temp_master where type = 'view' and name = ?",
                        [LISTED_VIEW, LISTED_VIEW]).fetchone() is not None

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
``van_ban_trich_dan``, the citation graph, ``chi_tieu_theo_linh_vuc``) keep a
row when no other form of its document has a smaller
``vn_form_rank(confidence, page_count, id)``.
"""

from __future__ import annotations

__all__ = ["form_rank"]

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


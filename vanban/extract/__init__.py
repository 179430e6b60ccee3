"""Extraction stage: structured facts and obligations from a directive's text.

``extract(text)`` is a pure function of the document text (pages joined
with "\\f", accented or legacy diacritic-less OCR): it matches patterns on a
folded, OCR-tolerant view (:mod:`.folded`) and quotes the original text.
Order of work: header → layout → citations (masking their dates) →
deadlines → targets → obligations (linking deadlines and targets).
"""

from __future__ import annotations

from vanban.extract.citations import find_citations
from vanban.extract.deadlines import find_deadlines
from vanban.extract.folded import Folded, clean_quote
from vanban.extract.metadata import build_metadata, read_header
from vanban.extract.metadata import reference_date as reference_date_of
from vanban.extract.obligations import find_obligations
from vanban.extract.patterns import PERIOD_RE
from vanban.extract.sections import layout_of
from vanban.extract.symbols import normalize_symbol, symbol_key
from vanban.extract.targets import find_targets
from vanban.models import Extraction

__all__ = ["extract", "normalize_symbol", "symbol_key"]


def extract(text: str, *, reference_date: str | None = None) -> Extraction:  # noqa: F811
    """Metadata, citations, deadlines, targets and obligations of one document.

    ``reference_date`` (ISO) dates year-less deadlines when the document's
    own date cannot be read; the document's date wins otherwise.
    """
    if not text or not text.strip():
        return Extraction()
    f = Folded.of(text)
    h = read_header(f)
    lay = layout_of(f, h.head_end, h.title_end)
    meta = build_metadata(f, h, lay)
    ref = reference_date_of(h, reference_date)

    cites, cite_spans = find_citations(f, lay, h.head_end, lay.body_end, meta.number)
    masks = list(cite_spans) + list(lay.basis_clauses)  # "Căn cứ … đến năm 2030" is not this plan's due date
    if h.date_span:
        masks.append(h.date_span)
    body = (lay.body_start, lay.body_end)
    deadlines = find_deadlines(f, body[0], body[1], ref, masks)
    title_period = None
    if h.title:
        tf = Folded.of(h.title)
        pm = PERIOD_RE.search(tf.view)
        if pm:
            title_period = clean_quote(h.title[pm.start():pm.end()])
    date_spans = [(d.span.start, d.span.end) for d in deadlines if d.span]
    targets = find_targets(f, lay, body[0], body[1], masks + date_spans, title_period)
    obligations = find_obligations(f, lay, deadlines, targets)
    # deadlines carry the responsible body of the obligation they belong to
    by_span = {(ob.deadline.span.start if ob.deadline.span else -1): ob.deadline for ob in obligations if ob.deadline}
    deadlines = [by_span.get(d.span.start if d.span else -2, d) for d in deadlines]
    return Extraction(
        metadata=meta,
        citations=tuple(cites),
        deadlines=tuple(deadlines),
        targets=tuple(targets),
        obligations=tuple(obligations),
    )


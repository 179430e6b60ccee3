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
from vanban.extract.metadata import metadata_of
from vanban.extract.metadata import reference_date as reference_date_of
from vanban.extract.obligations import find_obligations
from vanban.extract.patterns import PERIOD_RE
from vanban.extract.sections import layout_from
from vanban.extract.symbols import normalize_symbol, symbol_key
from vanban.extract.targets import find_targets
from vanban.models import Extraction, Structure
from vanban.structure.mend import mend_breaks

__all__ = ["extract", "normalize_symbol", "symbol_key"]


def extract(text: str, *, reference_date: str | None = None, structure: Structure | None = None) -> Extraction:  # noqa: F811
    """Metadata, citations, deadlines, targets and obligations of one document.

    ``structure`` is the document's Structure (``vanban.structure.build_structure``
    of its pages, which reads their geometry); without it the structure is
    built from the text alone. ``reference_date`` (ISO) dates year-less
    deadlines when the document's own date cannot be read.
    """
    if not text or not text.strip():
        return Extraction()
    if structure is None:
        from vanban.structure import structure_of_text

        structure = structure_of_text(text)
    st = structure
    text = mend_breaks(text)  # a blank line inside a sentence is no paragraph break (offsets kept)
    f = Folded.of(text)
    lay = layout_from(f, st)
    meta = metadata_of(text, st)
    ref = reference_date_of(meta, reference_date)

    cites, cite_spans = find_citations(f, lay, lay.head_end, lay.body_end, meta.number,
                                       tuple((a.start, a.end) for a in st.appendices))
    masks = list(cite_spans) + list(lay.basis_clauses)  # "Căn cứ … đến năm 2030" is not this plan's due date
    masks += [(p.start, p.end) for p in st.header.parts if p.kind == "place_date"]
    body = (lay.body_start, lay.body_end)
    deadlines = find_deadlines(f, body[0], body[1], ref, masks)
    for app in st.appendices:  # task lists after the signature carry their own deadlines
        deadlines += find_deadlines(f, app.start, app.end, ref, masks)
    title_period = None
    if st.title:
        tf = Folded.of(st.title)
        pm = PERIOD_RE.search(tf.view)
        if pm:
            title_period = clean_quote(st.title[pm.start():pm.end()])
    date_spans = [(d.span.start, d.span.end) for d in deadlines if d.span]
    targets = find_targets(f, lay, body[0], body[1], masks + date_spans, title_period)
    obligations = find_obligations(f, st, lay, deadlines, targets, ref)
    # deadlines carry the responsible body of the obligation they belong to
    by_span = {(ob.deadline.span.start if ob.deadline.span else -1): ob.deadline for ob in obligations if ob.deadline}
    deadlines = [by_span.get(d.span.start if d.span else -2, d) for d in deadlines]
    return Extraction(
        metadata=meta,
        citations=tuple(cites),
        deadlines=tuple(deadlines),
        targets=tuple(targets),
        obligations=tuple(obligations),
        structure=st,
    )

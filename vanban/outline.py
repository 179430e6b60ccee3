"""The outline of a Structure as plain JSON: kinds, labels, headings and offsets.

A leaf module (it reads only the dataclasses of vanban.models), so the archive
stores the outline without knowing how the structure was built. Used by
``vanban extract --format json`` (member ``structure``), the archive
(``documents.structure``) and the Datasette document page.
"""

from __future__ import annotations

from typing import Any

from vanban.models import Part, Structure


def _part(p: Part, depth: int = 0) -> dict[str, Any]:
    d: dict[str, Any] = {"kind": p.kind, "start": p.start, "end": p.end}
    if p.label:
        d["label"] = p.label
    if p.heading:
        d["heading"] = p.heading[:200]
    if p.children:
        d["children"] = [_part(c, depth + 1) for c in p.children]
    return d


def outline(st: Structure) -> dict[str, Any]:
    """{"header": …, "title": …, "addressees": […], "preamble": […], "body": […],
    "tables": […], "signature": …, "recipients": […], "appendices": […]}."""
    h = st.header
    sig = st.signature
    return {
        "header": {"issuer": h.issuer, "parent_issuer": h.parent_issuer, "printed_issuer": h.printed_issuer,
                   "number": h.number, "place": h.place, "date": h.date,
                   "parts": [_part(p) for p in h.parts]},
        "type": st.type,
        "title": st.title,
        "title_parts": [_part(p) for p in st.title_parts],
        "addressees": [_part(p) for p in st.addressees],
        "preamble": [_part(p) for p in st.preamble],
        "body": {"start": st.body_start, "end": st.body_end, "parts": [_part(p) for p in st.body]},
        "tables": [{"start": t.start, "end": t.end, "role": t.role, "header": list(t.header),
                    "rows": len(t.rows), "in_appendix": t.in_appendix,
                    # where each row starts: the phiếu giao việc cites a task table's row by its TT cell
                    # (its first cell with text: a pipe table's empty cells sit at 0)
                    "row_starts": [min((c.start for c in row if c.end > c.start), default=min(c.start for c in row))
                                   for row in t.rows if row]} for t in st.tables],
        "signature": None if sig is None else {**_signature(sig), "co_signers": [_signature(s) for s in sig.co_signers]},
        "recipients": [_part(p) for p in st.recipients],
        "appendices": [_part(p) for p in st.appendices],
    }


def _signature(sig) -> dict:
    """One signature block's outline: offsets, levels as printed, the signer's title and name."""
    return {"start": sig.start, "end": sig.end, "levels": list(sig.levels), "title": sig.title, "name": sig.name}

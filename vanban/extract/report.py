"""The JSON shape of ``vanban extract``: one flat object per document.

Why a separate module: the CLI, the archive's export and the bench all read
this shape; keeping it in one function keeps them in step. ISO dates,
unknown → null; extra keys (``sentence``, ``name``, ``text``) are allowed.
"""

from __future__ import annotations

from typing import Any

from vanban.extract.checklist import written_rows
from vanban.models import Citation, Deadline, Extraction, Obligation, Target
from vanban.outline import outline

__all__ = ["extraction_to_json", "deadline_to_json"]


def _offsets(span) -> dict[str, Any]:
    """Where the fact stands in the stored text (``documents.text``, the text the outline's offsets count in)."""
    return {"start": span.start if span else None, "end": span.end if span else None}


def _citation(c: Citation) -> dict[str, Any]:
    return {
        "text": c.text, "number": c.number, "type": c.type, "date": c.date, "issuer": c.issuer,
        "relation": c.relation, "name": c.name, "sentence": c.span.sentence if c.span else None,
        **_offsets(c.span),
    }


def deadline_to_json(d: Deadline) -> dict[str, Any]:
    return {
        "text": d.text, "date": d.date, "earliest": d.earliest, "latest": d.latest,
        "recurrence": d.recurrence, "what": d.what, "who": d.who, "past": d.past,
        **({"time": d.time} if d.time else {}),
        "sentence": d.span.sentence if d.span else None,
        **_offsets(d.span),
    }


def _target(t: Target) -> dict[str, Any]:
    return {
        "text": t.text, "min": t.min, "max": t.max, "unit": t.unit, "scope": t.scope, "period": t.period,
        "baseline": t.baseline,
        "sentence": t.span.sentence if t.span else None,
        **_offsets(t.span),
    }


def _obligation(o: Obligation) -> dict[str, Any]:
    return {
        "who": o.who, "partners": o.partners, "what": o.what,
        "deadline": deadline_to_json(o.deadline) if o.deadline else None,
        "due_text": o.due_text,
        "targets": [_target(t) for t in o.targets],
        "sentence": o.span.sentence if o.span else None,
        **_offsets(o.span),
        "block": o.block,
    }


def _meeting(g) -> dict[str, Any]:
    return {"text": g.text, "weekday": g.weekday, "time": g.time, "part_of_day": g.part_of_day,
            "recurrence": g.recurrence, "first": g.first, "what": g.what, "who": g.who,
            "sentence": g.span.sentence if g.span else None, **_offsets(g.span)}


def extraction_to_json(ext: Extraction) -> dict[str, Any]:
    """``number, type, issuer, …, citations[], deadlines[], targets[], obligations[], structure``
    (the outline of the document's parts with kinds and offsets, see vanban.outline)."""
    m = ext.metadata
    return {
        "number": m.number,
        "type": m.type,
        "issuer": m.issuer,
        "parent_issuer": m.parent_issuer,
        "place": m.place,
        "date": m.date,
        "title": m.title,
        "signer_authority": m.signer_authority,
        "signer_delegation": m.signer_delegation,
        "signer_title": m.signer_title,
        "signer_name": m.signer_name,
        "recipients": list(m.recipients),
        "citations": [_citation(c) for c in ext.citations],
        "deadlines": [deadline_to_json(d) for d in ext.deadlines],
        # weekly standing meetings (lịch họp định kỳ): their own kind, no deadlines (vanban.extract.standing_meetings)
        "meetings": [_meeting(g) for g in ext.meetings],
        "targets": [_target(t) for t in ext.targets],
        # one obligation per task with its own due date, as the checklist lists them (``written_rows``: a Phụ lục row
        # restating a body's task stays, the checklist lists that task once), each with the
        # number of the assignment block it was read from (``block``): the JSON, the archive's rows and the phiếu
        # agree (the final newcomer of session 17: a body's two bullets were one JSON obligation, stored with the first
        # bullet's date, while the checklist split them). ``Extraction.obligations`` stays one per assignment.
        "obligations": [_obligation(o) for o in written_rows(ext)],
        "structure": outline(ext.structure) if ext.structure else None,
        "notes": list(ext.notes),
    }

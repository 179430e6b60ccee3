"""The document text of the page cut into pieces, with an anchor where a fact was read.

Why: a clerk reading the checklist on a document's page wants to see a duty's
sentence in context. Every checklist row (and outline part) carries its offsets
into ``documents.text`` (the same coordinates the archive's rows store), so the
page's text gets an element with ``id="vt-<offset>"`` there and the row links to
``#vt-<offset>``. The anchored piece runs to the end of what was read, or to the
next anchor when two overlap (a duty's further task inside its sentence), so the
pieces never nest and the text shown is the text stored, character for character.
"""

from __future__ import annotations

from collections.abc import Iterable


def anchor_id(start: int) -> str:
    """The element id of the place at offset ``start`` (what a row's link points to)."""
    return f"vt-{start}"


def text_pieces(text: str, spans: Iterable[tuple[int | None, int | None]]) -> list[dict]:
    """``text`` as consecutive pieces ``{"text", "anchor"}`` (anchor None for plain text), one
    anchored piece at each distinct start of ``spans`` (``(start, end)`` offsets; a span
    without offsets, or outside the text, is left out)."""
    ends: dict[int, int] = {}
    for start, end in spans:
        if start is None or end is None or not 0 <= start < end <= len(text):
            continue
        ends[start] = max(end, ends.get(start, end))
    pieces: list[dict] = []
    at = 0
    starts = sorted(ends)
    for i, start in enumerate(starts):
        stop = min(ends[start], starts[i + 1] if i + 1 < len(starts) else len(text))
        if start > at:
            pieces.append({"text": text[at:start], "anchor": None})
        pieces.append({"text": text[start:stop], "anchor": anchor_id(start)})
        at = stop
    if at < len(text) or not pieces:
        pieces.append({"text": text[at:], "anchor": None})
    return pieces


def outline_spans(outline: dict) -> list[tuple[int | None, int | None]]:
    """The offsets of the outline's body parts and their children (what the page's
    Bố cục lists), from ``documents.structure`` (:func:`vanban.outline.outline`)."""
    found: list[tuple[int | None, int | None]] = []

    def walk(parts) -> None:
        for p in parts if isinstance(parts, list) else ():
            if not isinstance(p, dict):
                continue
            found.append((p.get("start"), p.get("end")))
            walk(p.get("children"))

    body = outline.get("body") if isinstance(outline, dict) else None
    walk(body.get("parts") if isinstance(body, dict) else None)
    return found


#: an outline entry's words: at most this many characters, cut at a word
OUTLINE_CHARS = 70


def outline_entries(outline: dict, text: str) -> list[dict]:
    """The body parts of ``outline`` as the page's Bố cục lists them: ``{"label", "title", "start", "children"}``.

    Kind: an item printed without a heading line ("1. Tiếp tục quán triệt, nâng cao nhận thức …" — most items of a
    plan, a scan's and a legacy text's alike) was listed by its number alone, "1.", "2.", "3.", which tells a reader
    nothing; and a long heading was cut in the middle of a word ("… trong đó gắn trách nhiệm ng"). Each entry now
    reads its heading, or the first words of its own text after the label, cut at a word with "…"; an item's later
    unnumbered paragraph is listed under the item (:func:`vanban.outline.continued`), as the phiếu cites it."""
    from vanban.outline import continued

    body = outline.get("body") if isinstance(outline, dict) else None
    parts = continued(body.get("parts") if isinstance(body, dict) else None)

    def words(p: dict) -> str:
        own = p.get("heading") or ""
        if not own.strip():
            start, end = p.get("start"), p.get("end")
            if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
                own = text[start:min(end, start + 4 * OUTLINE_CHARS)]
                label = (p.get("label") or "").strip()
                if label and own.lstrip().startswith(label):
                    own = own.lstrip()[len(label):]
        own = " ".join(own.split())
        if len(own) <= OUTLINE_CHARS:
            return own
        return own[:OUTLINE_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:.") + "…"

    def entry(p: dict) -> dict:
        return {"label": (p.get("label") or "").strip(), "title": words(p), "start": p.get("start"),
                "children": [entry(c) for c in p.get("children") or [] if isinstance(c, dict)]}

    return [entry(p) for p in parts if isinstance(p, dict)]

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
    found.extend((t["start"], t["end"]) for t in outline_tables(outline))
    return found


#: what the Bố cục calls a table of each role (``vanban.models.Table.role``); the layout tables (the issuer | motto
#: header, Nơi nhận | signature) are no content and are not listed
TABLE_ROLES = {"data": "Bảng", "quota": "Bảng giao chỉ tiêu", "by_year": "Bảng chỉ tiêu theo năm"}
#: … and a data table by what its columns say it is (``documents.structure``'s ``kind``, :func:`vanban.outline.table_kind`)
TABLE_KINDS = {"tasks": "Bảng nhiệm vụ", "targets": "Bảng chỉ tiêu"}


def outline_tables(outline: dict) -> list[dict]:
    """The content tables of ``outline`` (``documents.structure``'s member ``tables``) as the Bố cục lists them:
    ``{"table": True, "start", "end", "role", "header", "rows", "header_rows", "caption"}``: ``role`` the table's
    name (a data table's by its ``kind``: "Bảng nhiệm vụ", "Bảng chỉ tiêu"), ``rows`` every row as the JSON counts
    them (``vanban extract``'s ``structure.tables[].rows``), the header row among them when ``header_rows`` is 1."""
    out = []
    seen = set()  # (start, end) of the tables listed
    for t in outline.get("tables") or [] if isinstance(outline, dict) else []:
        if not isinstance(t, dict) or t.get("role") not in TABLE_ROLES:
            continue
        start, end = t.get("start"), t.get("end")
        if not (isinstance(start, int) and isinstance(end, int)) or (start, end) in seen:
            # (one printed table read twice, as the page's grid and as a quota table a cell a line for the targets,
            # Table.role: one table on the page, listed once, as its grid, the first read; a newcomer's plan, session 36)
            continue
        seen.add((start, end))
        header = [" ".join(str(h).split()) for h in t.get("header") or []]
        heads = t.get("header_rows")
        heads = heads if isinstance(heads, int) else (1 if header else 0)  # (an archive stored before the field)
        out.append({"table": True, "start": start, "end": end,
                    "role": TABLE_KINDS.get(t.get("kind"), TABLE_ROLES[t["role"]]),
                    "header": [h for h in header if h], "rows": max(int(t.get("rows") or 0), 0), "header_rows": heads,
                    "caption": " ".join(str(t.get("caption") or "").split())})
    return out


def _place(entries: list[dict], table: dict) -> None:
    """``table`` put among ``entries`` (Bố cục entries with offsets) in its place: inside the deepest entry whose
    span holds the table's start, else among the entries in the order of the text."""
    for e in entries:
        if not e.get("table") and isinstance(e.get("start"), int) and isinstance(e.get("end"), int) \
                and e["start"] <= table["start"] < e["end"]:
            _place(e.setdefault("children", []), table)
            return
    at = next((i for i, e in enumerate(entries) if isinstance(e.get("start"), int) and e["start"] > table["start"]),
              len(entries))
    entries.insert(at, table)


def outline_appendices(outline: dict) -> list[dict]:
    """The appendices of ``outline`` as the Bố cục lists them: ``{"heading", "start", "end", "children"}``, the
    children the tables printed in each (:func:`outline_entries` places the body's)."""
    out = [{"heading": a.get("heading") or "Phụ lục", "start": a.get("start"), "end": a.get("end"), "children": []}
           for a in (outline.get("appendices") or [] if isinstance(outline, dict) else []) if isinstance(a, dict)]
    for t in outline_tables(outline):
        home = next((a for a in out if isinstance(a["start"], int) and isinstance(a["end"], int)
                     and a["start"] <= t["start"] < a["end"]), None)
        if home is not None:
            home["children"].append(t)
    return out


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
                "end": p.get("end"), "children": [entry(c) for c in p.get("children") or [] if isinstance(c, dict)]}

    entries = [entry(p) for p in parts if isinstance(p, dict)]
    # Kind: a table in the body (a task table under "III. NHIỆM VỤ", a quota table under its item) was not listed,
    # though the structure holds it: each is listed in its place. One printed after the signature is its
    # appendix's (:func:`outline_appendices`); one before the body is no part of it.
    first = min((e["start"] for e in entries if isinstance(e.get("start"), int)), default=None)
    for t in outline_tables(outline):
        if any(a.get("start") is not None and isinstance(a.get("end"), int) and a["start"] <= t["start"] < a["end"]
               for a in (outline.get("appendices") or []) if isinstance(a, dict)):
            continue
        if first is not None and t["start"] >= first:
            _place(entries, t)
    return entries


def signature_line(doc: dict, outline: dict) -> str | None:
    """The Bố cục's "Chữ ký" line: the signer as the document's fields read it — its authority and delegation lines,
    the signer's title and name (``documents.signer_*``: the structure's signature block, its OCR mended and its
    levels named) — the same words as the page's "Người ký"; the structure's own block (``documents.structure``'s
    ``signature``: the lines as they were read) only where the fields hold nothing. Kind: a legacy-OCR or scanned
    text's signature lines shown as read ("Chữ ký: T/M BAN THUGN G VỤ", the demo's seed plan 24-KH/ĐU, session 23's
    newcomer) beside a "Người ký" that read "T/M BAN THƯỜNG VỤ". None without a signature."""
    sig = outline.get("signature") if isinstance(outline, dict) else None
    delegation = doc.get("signer_delegation")
    fields = [doc.get("signer_authority"), delegation if delegation != doc.get("signer_authority") else None,
              doc.get("signer_title"), doc.get("signer_name")]
    if not isinstance(sig, dict):
        return " / ".join(f for f in fields if f) or None
    if doc.get("signer_authority") or doc.get("signer_title") or doc.get("signer_name"):
        fields[2] = fields[2] or sig.get("title")
        fields[3] = fields[3] or sig.get("name")
    else:
        fields = [*(sig.get("levels") or []), sig.get("title"), sig.get("name")]
    return " / ".join(" ".join(str(f).split()) for f in fields if f and str(f).strip()) or None

"""The outline of a Structure as plain JSON: kinds, labels, headings and offsets.

A leaf module (it reads only the dataclasses of vanban.models), so the archive
stores the outline without knowing how the structure was built. Used by
``vanban extract --format json`` (member ``structure``), the archive
(``documents.structure``) and the Datasette document page.
"""

from __future__ import annotations

import re
from typing import Any

from vanban.models import Part, Structure

#: a numbering label's style: "2." / "2.1" / "2)" (digits), "II." / "III -" (Roman), "a)" / "b." (a letter); a
#: bullet ("-", "+") numbers nothing
_STYLES = (("digits", re.compile(r"^\d{1,3}(?:\.\d{1,3})*\s*[.):\-–]?$")),
           ("roman", re.compile(r"^[IVXLC]{1,6}\s*[.):\-–]?$")),
           ("letter", re.compile(r"^[a-zđ]\s*[.):\-–]?$")))


def _style(label: str | None) -> str | None:
    bare = (label or "").strip()
    return next((name for name, rx in _STYLES if rx.match(bare)), None)


def _continued(parts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``parts`` (outline dicts of one level) with each unlabelled paragraph that stands between two numbered items of
    one style nested in the item before it, that item's end moved to the paragraph's.

    Kind: an item's later paragraph, typed without its number after a blank line — "2. Triển khai rà soát … ⏎⏎ Dự
    kiến đầu tháng 10/2025: Đảng ủy tổ chức Hội nghị … ⏎⏎ 3. Phát động …" (seed 13-KH/ĐU). The numbering goes on at
    "3.", so the paragraph is item 2's: a reader cites it as "II.2", the outline beside the checklist shows it
    there. A paragraph before the first item (the part's opening words) stays the part's own; so does one after the
    last item (its closing words) — unless that item is a heading ("3. Tổ chức thực hiện" on a line of its own): the
    paragraphs under a heading to the part's end are its body, one task a line (a legacy text's "3. Tổ chức thực
    hiện ⏎ Các chi bộ … ⏎ Ban Dân vận … ⏎ UBND xã …", session-42 newcomer: the later tasks cited "tr. 1")."""
    out: list[dict[str, Any]] = []
    for i, d in enumerate(parts):
        prev = out[-1] if out else None
        after = parts[i + 1] if i + 1 < len(parts) else None
        if (isinstance(d, dict) and isinstance(prev, dict)
                and d.get("kind") == "paragraph" and not d.get("label")
                and prev.get("kind") == "item" and _style(prev.get("label")) is not None
                and (_next_same_style(prev, after) or (prev.get("heading") and _paragraphs_to_end(parts[i:])))
                and isinstance(prev.get("end"), int) and isinstance(d.get("end"), int)):
            out[-1] = {**prev, "end": max(prev["end"], d["end"]), "children": [*(prev.get("children") or []), d]}
            continue
        out.append(d)
    return out


def _next_same_style(prev: dict[str, Any], after: Any) -> bool:
    """``after`` is an item numbered in ``prev``'s style: the numbering goes on after a paragraph between them."""
    return (isinstance(after, dict) and after.get("kind") == "item"
            and _style(prev.get("label")) == _style(after.get("label")))


def _paragraphs_to_end(rest: list[Any]) -> bool:
    """Every one of ``rest`` (the level's parts from here) is an unlabelled paragraph: no item follows."""
    return all(isinstance(d, dict) and d.get("kind") == "paragraph" and not d.get("label") for d in rest)


def continued(parts: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """Outline dicts (a stored ``documents.structure``'s body parts, of any vanban) with :func:`_continued` applied
    at every level: what the document page and the archive's phiếu read, so an archive stored before the rule cites
    alike. Idempotent."""
    out = []
    for d in parts or []:
        if isinstance(d, dict) and d.get("children"):
            d = {**d, "children": continued(d["children"])}
        out.append(d)
    return _continued(out)


def _part(p: Part, depth: int = 0) -> dict[str, Any]:
    d: dict[str, Any] = {"kind": p.kind, "start": p.start, "end": p.end}
    if p.label:
        d["label"] = p.label
    if p.heading:
        d["heading"] = p.heading[:200]
    if p.children:
        d["children"] = _continued([_part(c, depth + 1) for c in p.children])
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
        "body": {"start": st.body_start, "end": st.body_end, "parts": _continued([_part(p) for p in st.body])},
        "tables": [{"start": t.start, "end": t.end, "role": t.role, "header": list(t.header),
                    # every row, the header row too (``header_rows``: 1 when row 0 names the columns): the document
                    # page says the same count, "16 dòng, gồm 1 dòng tiêu đề"
                    "rows": len(t.rows), "header_rows": 1 if t.header else 0, "in_appendix": t.in_appendix,
                    **({"kind": kind} if (kind := table_kind(t.header) if t.role == "data" else None) else {}),
                    # where each row starts: the phiếu giao việc cites a task table's row by its TT cell
                    # (its first cell with text: a pipe table's empty cells sit at 0)
                    "row_starts": [min((c.start for c in row if c.end > c.start), default=min(c.start for c in row))
                                   for row in t.rows if row],
                    # … and ends: a header row moved to row 0 and a header printed again and dropped
                    # (structure.header_rows) leave text between a row's end and the next row's start
                    "row_ends": [max(c.end for c in row) for row in t.rows if row],
                    # the filled cells of each row: a group row ("I" / its name, wrapped over lines) holds two
                    "row_cells": [sum(1 for c in row if c.text.strip(" *_")) for row in t.rows if row],
                    # a quota table's caption ("CHỈ TIÊU GIAO CÁC CHI HỘI NĂM 2027"): the period of its figures
                    **({"caption": t.caption} if t.caption else {})} for t in st.tables],
        "signature": None if sig is None else {**_signature(sig), "co_signers": [_signature(s) for s in sig.co_signers]},
        "recipients": [_part(p) for p in st.recipients],
        "appendices": [_part(p) for p in st.appendices],
    }


def table_kind(header) -> str | None:
    """What a data table is, by its column names (kind: the page named every such table "Bảng", a newcomer's 617/KH-UBND
    "STT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành" among them): ``"tasks"`` — a task
    column ("Nội dung", "Nhiệm vụ", "Tên …") beside a body or a due column; ``"targets"`` — a "Chỉ tiêu" column and no
    task column ("STT | Chỉ tiêu | Đơn vị tính | Năm 2027"); None otherwise (a list of procedures, of figures …).
    The column words are the structure's (:mod:`vanban.structure.vocab`)."""
    from vanban.structure import vocab as V  # here: the site reads stored outlines and never builds one
    from vanban.text import fold

    cells = [fold(" ".join(str(h).split())).lower() for h in header or () if h]
    if not cells or any(V.PROCEDURE_COL.search(c) for c in cells):
        return None
    task = [c for c in cells if re.search(r"noi dung|nhiem vu|cong viec", c) or V.TASK_WHAT_COL.match(c)]
    if any(V.TASK_TARGET_COL.search(c) for c in cells) and not task:
        return "targets"
    body = any(V.TASK_BODY_COL.search(c) and not V.TASK_UNIT_COL.search(c) for c in cells)
    if task and (body or any(V.TASK_DUE_COL.search(c) for c in cells)):
        return "tasks"
    return None


def _signature(sig) -> dict:
    """One signature block's outline: offsets, levels as printed, the signer's title and name."""
    return {"start": sig.start, "end": sig.end, "levels": list(sig.levels), "title": sig.title, "name": sig.name}

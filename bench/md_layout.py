"""A published real document (``realdocs/docs/*.md``) as the plan text that
``tests/fixtures/render.py`` lays out like a printed page.

Why: the scanned form must look like the office's printed document, not like
the copied-page text. The Markdown keeps what printing shows: the header and the
Nơi nhận / signature block are two-column tables (cells one per line, ``|``
lines between them), paragraphs are soft-wrapped lines between blank lines,
emphasis marks the printed lines of a cell. This module turns that into the
renderer's conventions: a header block of ``left<TAB>right`` lines, a title
block, one line per paragraph, and ``left<TAB>right`` rows for the signature.

Other tables (task tables, appendices) have no grid in the renderer: each of
their cells is printed as its own paragraph, row after row (the order the
copied text has too).
"""

from __future__ import annotations

import re

_RULE = re.compile(r"^[-_=—]{3,}$")
_SIGNATURE = re.compile(r"^(?:T/?M|K/?T|TL|TUQ|Q\.)[.\s]|CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|BÍ THƯ|GIÁM ĐỐC|CHÁNH VĂN PHÒNG")


def _strip(s: str) -> str:
    s = s.replace("**", "")
    return re.sub(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])", "", s)


def cell_lines(raw: list[str]) -> list[str]:
    """The printed lines of one cell: each Markdown line is a printed line, except
    inside an open emphasis ("**ỦY BAN NHÂN⏎DÂN**", "*Cần Thơ, ngày⏎17 tháng …*"),
    which the saved page wrapped; ruled lines ("-----") dropped (ink, not text)."""
    out: list[str] = []
    cur = ""
    for ln in raw:
        s = ln.strip()
        if _RULE.match(s):
            continue
        if not s:
            out.append("")
            continue
        cur = f"{cur} {s}" if cur else s
        if _balanced(cur):
            out.append(_strip(cur))
            cur = ""
    if cur:
        out.append(_strip(cur))
    while out and not out[-1]:
        out.pop()
    while out and not out[0]:
        out.pop(0)
    return out


def _balanced(s: str) -> bool:
    """No emphasis left open at the end of ``s``."""
    bold = s.count("**")
    single = s.replace("**", "").count("*")
    return bold % 2 == 0 and single % 2 == 0


def parse(md: str) -> list[tuple[str, object]]:
    """Blocks in order: ("text", [lines]) and ("table", [[cell lines, …] per row])."""
    lines = md.replace("\r", "").split("\n")
    blocks: list[tuple[str, object]] = []
    text: list[str] = []
    i, n = 0, len(lines)
    while i < n:
        if lines[i].strip() != "|":
            text.append(lines[i])
            i += 1
            continue
        if text:
            blocks.append(("text", text))
            text = []
        rows: list[list[list[str]]] = [[]]
        # a lone cell after "… điện:" / "Kính gửi:" is the addressee list (t19-03)
        before = [ln.strip() for ln in (blocks[-1][1] if blocks and blocks[-1][0] == "text" else []) if ln.strip()]
        lone_list = bool(before) and before[-1].rstrip("*").endswith(":")
        ncols = None
        i += 1  # past the opening "|"
        while i < n:
            cell = []
            while i < n and lines[i].strip() != "|":
                cell.append(lines[i])
                i += 1
            rows[-1].append(cell)
            i += 1  # past the closing "|"
            nxt = lines[i].strip() if i < n else ""
            if nxt == "|" and _opens_nothing(lines, i + 1):
                i += 1  # a stray bar closing the table: skip it, the table ends
                break
            if nxt == "|":  # a row ends, the next one opens
                ncols = ncols or len(rows[-1])
                rows.append([])
                i += 1
                continue
            done = i >= n or not nxt or _addressees(rows[-1]) or (lone_list and _addressees([[]] + rows[-1]))
            if ncols is not None:
                done = done or len(rows[-1]) >= ncols
            elif len(rows[-1]) == 2 and _two_column(rows[-1]):
                done = True
            if done:
                break
        blocks.append(("table", [[cell_lines(c) for c in r] for r in rows if r]))
    if text:
        blocks.append(("text", text))
    return blocks


def _opens_nothing(lines: list[str], j: int) -> bool:
    """A bar after a row's closing bar that opens no row: a blank line follows it, and
    no bar closes a cell before the next part of the document. Some saved pages close
    the signature table with two bars ("| … | GIÁM ĐỐC … |" / "|" / blank / "QUY CHẾ …",
    t20-09): read as a new row, the rest of the document became one table cell, one
    5,000-letter paragraph on the rendered page (sc21, session 21)."""
    if j >= len(lines) or lines[j].strip():
        return False
    for k in range(j, min(len(lines), j + 60)):
        s = lines[k].strip()
        if s == "|":
            return False
        if s.startswith(("Điều ", "PHỤ LỤC", "Chương ")) or _ITEM.match(s):  # _ITEM holds "**…" and "Điều 1"
            return True
    return True


def _two_column(row: list[list[str]]) -> bool:
    """A one-row table of two cells: the Nơi nhận | signature block, or a header."""
    first = " ".join(row[0]).replace("*", "")
    second = " ".join(row[1]).replace("*", "")
    return "Nơi nhận" in first or bool(_SIGNATURE.search(second)) or "CỘNG HÒA" in second


def _addressees(row: list[list[str]]) -> bool:
    """The Công điện's addressee row: an empty cell beside the "- …" list of the
    bodies it is sent to. The text after its closing bar is the body, never a
    third cell (226-CD-TTg: a first row of three cells made the body a cell).
    A list that has not closed ("- Bộ trưởng các Bộ:") goes on in the next cell.
    Some pages save the list as a lone cell, without the empty one beside it (t19-03:
    read as ``[[]] + row``)."""
    if len(row) != 2 or " ".join(row[0]).replace("*", "").strip():
        return False
    items = [ln.strip() for ln in row[1] if ln.strip()]
    # the list is whole when its last item closes ("…, Lâm Đồng."; "- Bộ trưởng các Bộ:" goes on in a cell)
    return bool(items) and items[0].startswith(("- ", "+ ")) and items[-1].rstrip("*").endswith((".", ";"))


#: a line that starts a printed paragraph even without a blank line before it
_ITEM = re.compile(r"^(?:\*{1,2}|\(?[0-9]+(?:\.[0-9]+)*[.)]\s|\(?[ivxIVX]+[.)]\s|[a-zđ]\)\s|[-+•]\s|Điều\s+\d|Nơi nhận|Kính gửi)")


def _paragraphs(lines: list[str]) -> list[str]:
    """The printed paragraphs of a text block: blank lines, numbered items, emphasis
    boundaries, a line after a sentence end that starts upper case, and the end
    of an upper-case line (a heading) each start a new one (some saved pages
    keep no blank line between paragraphs)."""
    out, cur = [], []
    for ln in lines + [""]:
        s = ln.strip()
        if cur and s and _balanced(" ".join(cur)):
            prev = cur[-1]
            if (_ITEM.match(s) or prev.endswith("*")
                    or (prev.rstrip("*").endswith((".", ":", ";")) and s[:1].isupper())
                    or (_is_upper(" ".join(cur)) and not _is_upper(s))):
                out.append(_strip(" ".join(cur)))
                cur = []
        if s:
            cur.append(s)
        elif cur:
            out.append(_strip(" ".join(cur)))
            cur = []
    return [p for p in out if not _RULE.match(p)]


def _is_upper(s: str) -> bool:
    letters = [c for c in _strip(s) if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def _zip_rows(row: list[list[str]], spacer: bool) -> list[str]:
    left = row[0] if row else []
    right = row[1] if len(row) > 1 else []
    out = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        if not a and not b and not spacer:
            continue
        out.append(f"{a}\t{b}")
    return out


def plan_text(md: str) -> str:
    """The renderer's plan text for one published document (see the module doc)."""
    blocks = parse(md)
    header: list[str] = []
    if blocks and blocks[0][0] == "table":
        for row in blocks.pop(0)[1]:
            header += _zip_rows(row, spacer=False) if len(row) >= 2 else [f"{ln}\t" for ln in row[0] if ln]
    if not header:
        header = ["\t"]
    body: list[str] = []
    title: list[str] = []
    for kind, data in blocks:
        if kind == "text":
            paras = _paragraphs(data)
            if not title and not body and paras:
                # the title block: the type line and the upper-case trích yếu under it
                while paras and (not title or paras[0].isupper() or paras[0].lower().startswith(("về ", "v/v"))):
                    title.append(paras.pop(0))
                    if len(title) >= 3:
                        break
            body += paras
            continue
        for row in data:
            if len(row) == 2 and (any("Nơi nhận" in c for c in row[0]) or _SIGNATURE.search(" ".join(row[1]))):
                sign = [c for c in row[1] if c]
                if len(sign) >= 2:  # room for the signature and the seal above the signer's name
                    sign = sign[:-1] + ["", "", "", ""] + sign[-1:]
                body += [""] + _zip_rows([row[0], sign], spacer=True)
            else:
                body += [" ".join(c) for c in row if any(c)]
    return "\n".join(header) + "\n\n" + "\n".join(title or [""]) + "\n\n" + "\n".join(body) + "\n"

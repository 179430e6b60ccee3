"""Metadata of the document itself: số ký hiệu, type, issuer, date, title, signer.

Why here and not in one big regex: the header of a directive is a two-column
layout (issuer | national motto, number | place-date) that OCR flattens in
several ways; each field is found by its own small rule on the folded view
and quoted from the original text. Closed vocabularies (type, signer
authority and title) are mapped to their canonical accented spelling.
"""

from __future__ import annotations

import datetime as dt
import re

from rapidfuzz import fuzz, process

from vanban.extract import patterns as P
from vanban.extract.dates import iso
from vanban.extract.folded import Folded, clean_quote, kw
from vanban.extract.sections import Layout, lines_of, upper_ratio
from vanban.extract.symbols import normalize_symbol
from vanban.models import Metadata
from vanban.text import fold

__all__ = ["Header", "read_header", "read_signature"]

_TYPE_LINE_RES = [(t, re.compile(r"^\s*" + kw(P.DOC_TYPES[t]) + r"\s*$")) for t in P.TITLE_TYPES]
_STATE_BODIES = re.compile(rf"^(?:{kw('uy ban nhan dan')}|{kw('hoi dong nhan dan')})$")
_HEAD_SCAN_LINES = 14


class Header:
    """What the top of the document says, with the offset where it ends."""

    def __init__(self) -> None:
        self.number: str | None = None
        self.number_span: tuple[int, int] | None = None
        self.type: str | None = None
        self.place: str | None = None
        self.date: str | None = None
        self.issuer: str | None = None
        self.parent: str | None = None
        self.title: str | None = None
        self.head_end = 0
        self.title_end: int | None = None
        self.date_span: tuple[int, int] | None = None


def _left_column(line: str) -> str:
    return re.split(r"\s{3,}", line.strip())[0] if line.strip() else ""


def _place(orig: str) -> str | None:
    words = orig.split()
    # two-column OCR may glue the number's code to the place: drop leading all-caps codes
    while len(words) > 1 and words[0].isupper() and len(words[0]) >= 2 and not words[1].isupper():
        words.pop(0)
    place = clean_quote(" ".join(words)).strip(" .,'\"")
    return place or None


def read_header(f: Folded) -> Header:
    v, o = f.view, f.original
    h = Header()
    lines = [(s, e) for s, e in lines_of(v) if v[s:e].strip()][: _HEAD_SCAN_LINES + 12]
    scan_end = lines[min(len(lines), _HEAD_SCAN_LINES) - 1][1] if lines else 0

    m_date = P.PLACE_DATE_RE.search(v, 0, scan_end + 1)
    if m_date:
        h.date = iso(int(m_date.group("y")), int(m_date.group("m")), int(m_date.group("d")))
        h.place = _place(o[m_date.start("place"):m_date.end("place")])
        h.date_span = (m_date.start(), m_date.end())
    m_no = P.NUMBER_LINE_RE.search(v, 0, scan_end + 1)
    if m_no:
        h.number = normalize_symbol(o[m_no.start("sym"):m_no.end("sym")])
        h.number_span = (m_no.start("so"), m_no.end("sym"))

    # the header block ends at the number or the place-date line, whichever is first
    firsts = [sp[0] for sp in (h.number_span, h.date_span) if sp]
    block_end = min(firsts) if firsts else 0
    left: list[str] = []
    for s, e in lines:
        if s >= block_end:
            break
        line_v = P.MOTTO_RE.sub(lambda m: " " * (m.end() - m.start()), v[s:e])
        line_o = "".join(ch if line_v[i] != " " or ch.isspace() else " " for i, ch in enumerate(o[s:e]))
        col = _left_column(line_o)
        col = re.sub(r"[-_=*%~.]{1,}$", "", col).strip(" -_*%~")
        if sum(c.isalpha() for c in col) >= 3 and upper_ratio(col) > 0.6:
            left.append(clean_quote(col))
    if left:
        if len(left) >= 2 and _STATE_BODIES.match(fold(left[0])):
            h.issuer = left[0] + " " + left[1]
            if len(left) >= 3:
                h.parent, h.issuer = h.issuer, " ".join(left[2:])
        elif len(left) == 1:
            h.issuer = left[0]
        else:
            h.parent, h.issuer = left[0], " ".join(left[1:])

    # type line and title (trích yếu)
    ends = [sp[1] for sp in (h.number_span, h.date_span) if sp]
    after = max(ends) if ends else 0
    line_after = v.find("\n", after)
    h.head_end = line_after + 1 if line_after >= 0 else len(v)
    for s, e in lines:
        if s < h.head_end and not (h.number_span is None and h.date_span is None):
            continue
        text_v = v[s:e]
        for t, rx in _TYPE_LINE_RES:
            if rx.match(text_v) and upper_ratio(o[s:e]) > 0.6:
                h.type = t
                h.title, h.title_end = _title_after(f, e)
                break
        if h.type or s > h.head_end + 400:
            break
    if h.type is None:
        vv = P.VV_RE.search(v, 0, h.head_end + 300)
        if vv:
            h.type = "Công văn"
            h.title, h.title_end = _title_lines(f, vv.end())
        elif h.number:
            m = re.search(r"[-/]([A-ZĐa-zđ]+)", h.number)
            code = m.group(1) if m else ""
            if "/" in h.number and "-" in h.number and h.number.index("-") < h.number.index("/"):
                code = h.number.split("-")[1].split("/")[0]  # Party form NUM-TYPE/ISSUER
            elif "/" in h.number:
                parts = h.number.split("/")[-1].split("-")
                code = parts[0] if len(parts) > 1 else ""
            h.type = P.SYMBOL_TYPE_CODES.get(code) or ("Công văn" if code in ("UBND", "VP") else None)
    if h.title_end is None:
        h.title_end = h.head_end
    return h


def _title_after(f: Folded, pos: int) -> tuple[str | None, int]:
    return _title_lines(f, pos + 1)


def _title_lines(f: Folded, pos: int) -> tuple[str | None, int]:
    """The trích yếu: the lines after the type line up to a blank line, a
    "Căn cứ"/"Kính gửi" line, a separator or an all-caps authority line."""
    v, o = f.view, f.original
    parts: list[str] = []
    end = pos
    for s, e in lines_of(v, pos):
        line = v[s:e].strip()
        if not line:
            if parts:
                break
            continue
        if ((P.CAN_CU_RE.match(v[s:e]) and o[s:e].lstrip()[:1].isupper()) or re.match(r"k[i1]nh\s+g", line) or re.fullmatch(r"[-_*=.\s]+", line)
                or P.ROMAN_HEADING_RE.match(v[s:e]) or re.match(r"\d+[.)]\s", line)):
            break
        orig = o[s:e].strip()
        if parts and upper_ratio(orig) > 0.8 and len(orig) > 6:
            break  # "CHỦ TỊCH ỦY BAN NHÂN DÂN …" line of a Quyết định
        if len(parts) >= 4:
            break
        parts.append(_left_column(orig) if re.search(r"\s{3,}", orig) else orig)
        end = e
    title = clean_quote(" ".join(parts))
    title = re.sub(r"^(?:[Vv]\s?/\s?[Vv][.:]?\s*)", "", title)
    return (title or None), end


def _best(candidates: list[str], text: str, cutoff: float) -> str | None:
    key = fold(text)
    choices = {c: fold(c) for c in candidates}
    res = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    return res[2] if res else None


def _title_in_line(orig: str) -> tuple[str | None, int]:
    """A signer title at the end of a line (right column of a 2-column layout)."""
    words = orig.split()
    for n in range(min(6, len(words)), 0, -1):
        tail = " ".join(words[-n:])
        if upper_ratio(tail) < 0.75 or sum(c.isalpha() for c in tail) < 4:
            continue
        hit = _best(P.SIGNER_TITLES, tail, 86)
        if hit:
            return hit, len(" ".join(words[:-n]))
    return None, len(orig)


def read_signature(f: Folded, lay: Layout) -> tuple[str | None, str | None, str | None, tuple[str, ...]]:
    """(authority, title, name, recipients) from the signature block."""
    v, o = f.view, f.original
    authority = title = name = None
    region = lay.signature or (lay.body_end, len(v))
    auth_line_end = None
    for s, e in lines_of(v, region[0], region[1]):
        m = P.SIGN_AUTH_RE.search(v, s, e)
        if m and (m.start() == s or v[m.start() - 1] in " :\t") and upper_ratio(o[m.start():e]) > 0.6:
            raw = clean_quote(o[m.start():e])
            authority = _best(P.SIGNER_AUTHORITIES, raw, 75) or raw
            auth_line_end = e
            break
    title_lines = lines_of(v, auth_line_end + 1, region[1]) if auth_line_end is not None else lines_of(v, *region)
    title_line: int | None = None
    for s, e in title_lines[:6]:
        t, _ = _title_in_line(o[s:e])
        if t:
            title, title_line = t, e
            break
    if title is None and authority and authority.split(" ", 1)[0] in ("KT.", "TL.", "TUQ."):
        pass
    if title_line is not None:
        for s, e in lines_of(v, title_line + 1, region[1])[:8]:
            line = o[s:e].strip()
            if not line or line.startswith(("-", "(", "+")) or fold(line).startswith(("noi nhan", "da ky", "ky,")):
                continue
            words = line.split()
            if 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words) and upper_ratio(line) < 0.7:
                name = line
                break
    recipients = []
    for s, e in lay.recipients:
        item = o[s:e]
        t, cut = _title_in_line(item)
        if t:
            item = item[:cut]
        if authority:
            mm = P.SIGN_AUTH_RE.search(fold(item))
            if mm and mm.start() > 3:
                item = item[: mm.start()]
        item = clean_quote(item.lstrip(" -+•"))
        item = re.sub(r"\s*\([^()]{1,30}\)\s*[,;.]?$", "", item).strip(" ,;.")
        if item:
            recipients.append(item)
    return authority, title, name, tuple(recipients)


def build_metadata(f: Folded, h: Header, lay: Layout) -> Metadata:
    authority, title, name, recipients = read_signature(f, lay)
    return Metadata(
        number=h.number,
        type=h.type,
        issuer=h.issuer,
        parent_issuer=h.parent,
        place=h.place,
        date=h.date,
        title=h.title,
        signer_authority=authority,
        signer_title=title,
        signer_name=name,
        recipients=recipients,
    )


def reference_date(h: Header, given: str | None) -> dt.date | None:
    for s in (h.date, given):
        try:
            if s:
                return dt.date.fromisoformat(s)
        except ValueError:
            continue
    return None

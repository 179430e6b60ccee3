"""Cited documents: "Kết luận số 43-KL/TW, ngày 07/01/2019 của Ban Bí thư".

Find → resolve → annotate, eyecite style: a type word (folded, OCR-tolerant)
followed by an optional "số" and a symbol is a citation; the date and issuer
that follow are attached when written; its place decides the relation — in a
"Căn cứ …"/"Thực hiện …" clause of the preamble, before the clause's "về …"
topic, it is the legal basis (``can_cu``), anywhere else a mention.
Named laws ("Luật Thực hiện dân chủ ở cơ sở") are citations without number.
"""

from __future__ import annotations

import re

from vanban.extract import patterns as P
from vanban.extract.dates import iso
from rapidfuzz import fuzz

from vanban.extract.folded import Folded, clean_quote, loose_key
from vanban.extract.sections import Layout, sentence_bounds
from vanban.extract.symbols import normalize_symbol, symbol_key
from vanban.models import Citation, Span
from vanban.text import fold

__all__ = ["find_citations"]

_CITE_RE = re.compile(
    rf"(?P<type>{P.TYPE_RE})\s{{1,3}}(?:{P.SO}\s{{0,2}})?(?P<sym>{P.SYMBOL})(?![\w])"
)
_DATE_AFTER_RE = re.compile(
    rf"^\s*,?\s*(?:{P.NGAY}\s+(?P<d>\d{{1,2}})\s?[/.-]\s?(?P<m>\d{{1,2}})\s?[/.-]\s?(?P<y>\d{{4}})"
    rf"|{P.NGAY}\s+(?P<d2>\d{{1,2}})\s+{P.THANG}\s+(?P<m2>\d{{1,2}})\s*,?\s+{P.NAM}\s+(?P<y2>\d{{4}}))"
)
_OF_RE = re.compile(r"^\s*,?\s*c(?:u|ii|ti|t|i|l|tr|ll)a\s+")
_ISSUER_STOP = re.compile(
    r"\s(?:v[e¢6]|ve)\s|[,;.(\"']|:|\s(?:quy dinh|huong dan|ban hanh|trien khai|ngay|tiep tuc|nhu sau|dang ky|thi hanh|quy dinh chi tiet)\s|\n\s*\n"
)
# A law's name runs to punctuation, except the ", chống" of "Phòng, chống …".
_LAW_RE = re.compile(
    r"(?<![a-z])(?P<type>luat|l[uw]at|phap lenh)\s+(?P<name>(?:[^\n,;.()“”\"]|,\s?(?=ch[o06]ng\s)){3,80})"
)
_LAW_STOP = re.compile(r"\s(?:s[o06]\s+(?=\d)|s[o06]\s*:|ngay\s|nam\s+\d|va\s|ve\s|de\s|da\s|theo\s|thi\s|(?<!thien )tai\s|cua\s)")
_TOPIC_RE = re.compile(r"\s(?:v[e¢6]|ve)\s|\"")


def _relation(lay: Layout, f: Folded, start: int) -> str:
    for s, e in lay.basis_clauses:
        if s <= start < e:
            return "mentions" if _TOPIC_RE.search(f.view, s, start) else "can_cu"
    return "mentions"


def _issuer_after(f: Folded, pos: int) -> tuple[str | None, int]:
    m = _OF_RE.match(f.view[pos:pos + 12])
    if not m:
        return None, pos
    start = pos + m.end()
    window = f.view[start:start + 120]
    stop = _ISSUER_STOP.search(window)
    end = start + (stop.start() if stop else len(window))
    words = f.original[start:end].split()[:10]
    issuer = clean_quote(" ".join(words))
    return (issuer or None), start + len(f.original[start:end].rstrip())


def _date_after(f: Folded, pos: int) -> tuple[str | None, int]:
    m = _DATE_AFTER_RE.match(f.view[pos:pos + 40])
    if not m:
        return None, pos
    if m.group("d"):
        value = iso(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    else:
        value = iso(int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
    return value, pos + m.end()


def find_citations(
    f: Folded, lay: Layout, start: int, end: int, own_number: str | None
) -> tuple[list[Citation], list[tuple[int, int]]]:
    """Citations in ``[start, end)`` and the spans they cover (for masking dates)."""
    v, o = f.view, f.original
    out: list[Citation] = []
    spans: list[tuple[int, int]] = []
    own = symbol_key(own_number) if own_number else None
    for m in _CITE_RE.finditer(v, start, end):
        group = next(g for g, val in m.groupdict().items() if val is not None and g.startswith("t") and g != "type")
        ctype = P.TYPE_BY_GROUP[group]
        number = normalize_symbol(o[m.start("sym"):m.end("sym")])
        stop = m.end()
        date, stop = _date_after(f, stop)
        issuer, stop2 = _issuer_after(f, stop)
        if date is None and issuer:
            date, stop3 = _date_after(f, stop2)
            stop2 = max(stop2, stop3)
        stop = max(stop, stop2)
        spans.append((m.start(), stop))
        if own and symbol_key(number) == own:
            continue
        s0, s1 = sentence_bounds(f, m.start(), start, end)
        out.append(Citation(
            text=clean_quote(o[m.start():stop]), number=number, type=ctype, date=date, issuer=issuer,
            relation=_relation(lay, f, m.start()), span=Span(m.start(), stop, clean_quote(o[s0:s1])),
        ))
    for m in _LAW_RE.finditer(v, start, end):
        if not o[m.start()].isupper() or fold(o[max(0, m.start() - 5):m.start()]).strip().endswith("phap"):
            continue
        if any(s <= m.start() < e for s, e in spans):
            continue
        name_v = m.group("name")
        cut = _LAW_STOP.search(" " + name_v)
        name_end = m.start("name") + (cut.start() if cut else len(name_v))
        name = clean_quote(o[m.start():name_end])
        if len(name.split()) < 2 or len(name.split()) > 12:
            continue
        ctype = "Luật" if fold(o[m.start():m.start() + 1]) == "l" else "Pháp lệnh"
        s0, s1 = sentence_bounds(f, m.start(), start, end)
        law_date, date_end = _date_after(f, name_end)
        spans.append((m.start(), max(name_end, date_end)))
        out.append(Citation(
            text=name, number=None, type=ctype, date=law_date, relation=_relation(lay, f, m.start()), name=name,
            span=Span(m.start(), name_end, clean_quote(o[s0:s1])),
        ))
    out.sort(key=lambda c: c.span.start if c.span else 0)
    return _dedupe(out), spans


def _law_key(name: str | None, seen: dict) -> str:
    """Loose key of a law's name; an OCR variant of a name already seen
    ("Luat Can cudc" / "Luat Can cuoc") reuses that name's key."""
    key = "law:" + " ".join(loose_key(name).split()[:5])
    for k, _rel in seen:
        if k.startswith("law:") and fuzz.ratio(k, key) >= 85:
            return k
    return key


def _dedupe(cites: list[Citation]) -> list[Citation]:
    """One citation per (document, relation); later repeats fill missing date/issuer."""
    seen: dict[tuple[str, str], int] = {}
    out: list[Citation] = []
    for c in cites:
        key = (symbol_key(c.number) if c.number else _law_key(c.name, seen), c.relation)
        if key in seen:
            i = seen[key]
            prev = out[i]
            if (prev.date is None and c.date) or (prev.issuer is None and c.issuer):
                out[i] = Citation(prev.text, prev.number, prev.type, prev.date or c.date, prev.issuer or c.issuer,
                                  prev.relation, prev.name, prev.span)
            continue
        seen[key] = len(out)
        out.append(c)
    return out

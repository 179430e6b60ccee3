"""Split a directive into its parts: header, title, preamble, sections, signature.

Why: the same words mean different things by place — a document cited in the
preamble ("Căn cứ …") is a legal basis, elsewhere a mention; assignments live
in the implementation section ("Tổ chức thực hiện"); the "Nơi nhận" list and
any attached form (a "Danh sách" to fill in) must not yield deadlines or
obligations. Offsets are into the NFC original / folded view (same length).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from vanban.extract import patterns as P
from vanban.extract.folded import Folded

__all__ = ["Layout", "SpanSet", "layout_of", "lines_of", "sentence_bounds", "upper_ratio"]


def lines_of(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of each line of ``text[start:end]``."""
    end = len(text) if end is None else end
    out = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        out.append((pos, stop))
        pos = stop + 1
    return out


def upper_ratio(s: str) -> float:
    letters = [c for c in s if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if c.isupper()) / len(letters)


class SpanSet:
    """Half-open intervals with an O(log n) "does any cover pos?" — a linear
    ``any(...)`` per match made 1 MB inputs quadratic."""

    def __init__(self, spans=()) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


@dataclass
class Layout:
    """Where each part of the document lies (half-open offsets)."""

    head_end: int = 0  # end of the header block (number, place/date lines)
    title_start: int | None = None
    title_end: int | None = None
    body_start: int = 0
    preamble: tuple[int, int] | None = None
    basis_clauses: list[tuple[int, int]] = field(default_factory=list)
    sections: list[tuple[str, int, int]] = field(default_factory=list)  # roman headings
    implementation: tuple[int, int] | None = None
    body_end: int = 0  # start of the signature / recipients block
    noi_nhan: int | None = None  # offset of the "Nơi nhận" line
    recipients: list[tuple[int, int]] = field(default_factory=list)
    signature: tuple[int, int] | None = None
    results: list[tuple[int, int]] = field(default_factory=list)  # parts reporting the past


def _recipient_run_above(f: Folded, line_start: int) -> list[tuple[int, int]]:
    """Dash items directly above a bare "Nơi nhận:" line (two-column OCR put
    the list before its label); accepted only when it ends the way a
    recipient list does, with a "Lưu …" item."""
    above = lines_of(f.view, 0, max(0, line_start - 1))
    run: list[tuple[int, int]] = []
    for s, e in reversed(above):
        line = f.view[s:e].strip()
        if not line:
            if run:
                continue
            continue
        if line.startswith(("-", "+", "•")) and len(line) < 120:
            run.append((s, e))
            continue
        break
    run.reverse()
    if run and re.search(r"(?<![a-z])l[uw]u(?![a-z])", f.view[run[-1][0]:run[-1][1]]):
        return run
    return []


def _recipients_below(f: Folded, start: int, limit: int) -> list[tuple[int, int]]:
    items: list[tuple[int, int]] = []
    first = True
    for s, e in lines_of(f.view, start, limit):
        line = f.view[s:e]
        if first:
            first = False
            m = P.NOI_NHAN_RE.match(line)
            rest_at = s + (m.end() if m else 0)
            rest = f.view[rest_at:e].strip()
            if rest.startswith(("-", "+", "•")):
                items.append((rest_at, e))
            continue
        st = line.strip()
        if not st:
            continue
        if st.startswith(("-", "+", "•")):
            items.append((s, e))
        else:
            break  # the list starts right under its label or not at all
    return items


def layout_of(f: Folded, head_end: int, title_end: int | None) -> Layout:
    """Find the parts of the document after its header and title."""
    v = f.view
    lay = Layout(head_end=head_end, title_end=title_end)
    lay.body_start = title_end if title_end is not None else head_end

    # signature / recipients: the first "Nơi nhận" after the body start
    m = P.NOI_NHAN_RE.search(v, lay.body_start)
    body_end = len(v)
    if m:
        lay.noi_nhan = m.start()
        line_end = v.find("\n", m.start())
        line_end = len(v) if line_end < 0 else line_end
        below = _recipients_below(f, m.start(), len(v))
        if below:
            lay.recipients = below
            body_end = m.start()
        else:
            above = _recipient_run_above(f, m.start())
            lay.recipients = above
            body_end = above[0][0] if above else m.start()
        # the signature block runs to the next page of another document
        nxt = P.MOTTO_RE.search(v, line_end)
        lay.signature = (body_end, nxt.start() if nxt else len(v))
    else:
        # no "Nơi nhận": cut at a signing authority line ("T/M …", "KT. …")
        for s, e in lines_of(v, lay.body_start):
            if P.SIGN_AUTH_RE.match(v[s:e].strip()) and upper_ratio(f.original[s:e]) > 0.6:
                body_end = s
                lay.signature = (s, len(v))
                break
    lay.body_end = body_end

    # roman-numbered section headings
    for h in P.ROMAN_HEADING_RE.finditer(v, lay.body_start, body_end):
        head = f.original[h.start("head"):h.end("head")]
        if upper_ratio(head) < 0.6:
            continue
        lay.sections.append((head.strip(), h.start(), 0))
    for i, (head, s, _) in enumerate(lay.sections):
        e = lay.sections[i + 1][1] if i + 1 < len(lay.sections) else body_end
        lay.sections[i] = (head, s, e)
        if P.IMPL_HEADING_RE.search(v[s:v.find("\n", s) if v.find("\n", s) > 0 else e]):
            lay.implementation = (s, e)
    if lay.implementation is None:
        for s, e in lines_of(v, lay.body_start, body_end):
            line = v[s:e].strip()
            if P.IMPL_HEADING_RE.match(re.sub(r"^[\divxl]+[.\-]?\s*", "", line)) and len(line) < 40:
                lay.implementation = (s, body_end)
                break

    # preamble: from the title to the first section, article or numbered item
    pre_end = body_end
    if lay.sections:
        pre_end = min(pre_end, lay.sections[0][1])
    for pat in (r"(?m)^[ \t]*(?:di[e¢]u|dieu)\s+1[.:]", r"(?m)^[ \t]*(?:quyet dinh|quyet nghi|ket luan)\s*:",
                r"(?m)^[ \t]*1[.)]\s"):
        mm = re.search(pat, v[lay.body_start:pre_end])
        if mm:
            pre_end = min(pre_end, lay.body_start + mm.start())
    lay.preamble = (lay.body_start, pre_end)
    lay.results = _results_parts(f, lay)
    starts = [
        mm.start() for mm in P.CAN_CU_RE.finditer(v, lay.body_start, pre_end)
        if f.original[mm.start():mm.end()].lstrip(" \t-+•")[:1].isupper()
    ]
    for i, s in enumerate(starts):
        e = starts[i + 1] if i + 1 < len(starts) else pre_end
        semi = v.find(";", s, e)
        lay.basis_clauses.append((s, semi + 1 if semi >= 0 else e))
        # "Thực hiện Hướng dẫn số …; Kế hoạch số … của …, Ban … hướng dẫn:"
        # a document named right after the ";" is one more basis
        while semi >= 0:
            nxt = v.find(";", semi + 1, e)
            seg_end = nxt + 1 if nxt >= 0 else e
            gap = v.find("\n\n", semi, seg_end)
            seg_end = gap if gap >= 0 else seg_end
            if _BASIS_CONT.match(v, semi + 1, seg_end):
                lay.basis_clauses.append((semi + 1, seg_end))
            semi = nxt
    return lay


# Headings of the parts that report the past ("Kết quả", "Đánh giá", "Tình
# hình"): a number there is an achievement, a body acting there acted already.
_RESULTS_HEAD = re.compile(r"k[e¢]t qu[a4]|[dpb][a4]nh gi[a4]|t[il1]nh h[il1]nh")
_HEADING_LINE = re.compile(r"(?m)^[ \t]*(\d{1,2})\.[ \t]*([^\n]{3,80})$")
_NEXT_HEADING = re.compile(r"(?m)^[ \t]*(?:\d{1,2}\.[ \t]|[ivxl]{1,4}\.[ \t])")


def _results_parts(f: Folded, lay: Layout) -> list[tuple[int, int]]:
    """Roman sections and numbered heading lines ("1. Đánh giá chung") that
    report results, each to the next heading."""
    v, o = f.view, f.original
    parts = [(s, e) for head, s, e in lay.sections if _RESULTS_HEAD.search(Folded.of(head).view)]
    for m in _HEADING_LINE.finditer(v, lay.body_start, lay.body_end):
        if not _RESULTS_HEAD.match(m.group(2)) or o[m.end() - 1] in ".;:,":
            continue
        nxt = _NEXT_HEADING.search(v, m.end(), lay.body_end)
        parts.append((m.start(), nxt.start() if nxt else lay.body_end))
    return parts


_BASIS_CONT = re.compile(r"\s*(?:" + P.TYPE_RE.replace("(?P<t", "(?P<b") + r")\s")


# Candidate sentence ends: ". X" / "; X" (kept only when X is upper case),
# a blank line, a line break before a list item, a ";" or ":" at a line end.
_SENT_CAND = re.compile(
    r"[.!?;](?=\s+[\"“(]?\S)|\n[ \t]*\n|\n(?=[ \t]*(?:[-+•]|\d+(?:\.\d+)*[.)][ \t]))|[;:](?=[ \t]*\n)"
    r"|\n(?=[ \t]*[^\W\d_])"  # kept only after an upper-case heading line
)


def _boundaries(text: str, lo: int, hi: int):
    for m in _SENT_CAND.finditer(text, lo, hi):
        ch = text[m.start()]
        if ch == "\n" and m.end() == m.start() + 1 and text[m.end():m.end() + 1].strip():
            ls = text.rfind("\n", max(0, m.start() - 160), m.start()) + 1
            line = text[ls:m.start()]
            if not (ls > 0 or m.start() < 160) or len(line) >= 160 or upper_ratio(line) <= 0.8 \
                    or sum(c.isalpha() for c in line) < 4:
                continue
            yield m
            continue
        if ch in ".!?;" and m.end() == m.start() + 1:
            j = m.end()
            while j < hi and text[j] in " \t\n\"“(":
                j += 1
            if j >= hi:
                yield m
                continue
            if ch == "." and text[m.start() - 1:m.start()].isdigit() and text[j:j + 1].isdigit():
                continue  # "3.1. Trong …"
            if not (text[j].isupper() or (ch in ";." and text[m.end():j].count("\n"))):
                continue
        yield m


def sentence_bounds(f: Folded, pos: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """Start and end of the sentence (or list item) holding ``pos``."""
    hi = len(f.original) if hi is None else hi
    text = f.original
    start = lo
    for window in (400, 3000):  # most sentences start close by: look near first
        found = False
        for m in _boundaries(text, max(lo, pos - window), min(len(text), pos + 1)):
            if m.end() <= pos and m.start() >= max(lo, pos - window) + 2:
                start, found = m.end(), True
        if found or pos - window <= lo:
            break
    end = hi
    for m in _boundaries(text, pos, hi):
        end = m.start() + (1 if text[m.start()] in ".;!?:" else 0)
        break
    while start < end and text[start].isspace():
        start += 1
    return start, end

"""A sum of money per item in prose: "Hội Cựu chiến binh xã tặng 500.000 đồng/người", "hộ chăn nuôi nộp 3.000
đồng/liều", "hỗ trợ 15.000.000 đồng/sản phẩm" — a level the plan sets, a target.

Why (tgt46p): the figure passes of :mod:`.targets` mark a sum per item by the words before it, one verb or label at a
time ("mức", "hỗ trợ", "được thưởng", "ngân sách … hỗ trợ"), and each new set brought a verb they lacked: a gift per
head ("tặng 500.000 đồng/người", a44-03), a fee per dose ("nộp 3.000 đồng/liều", a44-05; "nộp tiền công tiêm 5.000
đồng/liều", t44-05), a support level after a label's colon ("Sản phẩm mới đạt 3 sao: hỗ trợ 15.000.000
đồng/sản phẩm", a44-04). The kind is the sum written per item ("đồng/<noun>"), not the verb: of the 98 such sums in
the prose of the earlier gold sets (authored15–44, tune17–44, fresh, spent …) 90 are labelled, whatever the verb
("mức quà", "hỗ trợ", "tặng quà trị giá", "mức đóng", "phí phúc khảo: …", "tiền ăn …"). The eight left out are a
cost's reckoning, "46 mét x 7.800.000 đồng/mét = 358.800.000 đồng" (a34-07, a34-09, a34-10: the product stated
after "="; t44-04 alone labels such a factor), a sum per item in brackets after the total it explains ("60.000.000
đồng (30.000.000 đồng/nhà)", a34-08), and two of a34-10's cost norms — the rule follows the majority and leaves out
the first two kinds (a factor with a multiplication sign on either side, "120 m2 x 30 triệu đồng/m2 x 0,03%", a
worked example, is a reckoning too). Nor is a cost per period an item's level ("Thuê dịch vụ tin nhắn: 50.000.000
đồng/năm": the labelled 0134/KH-UBND leaves it out; "đồng/người/ngày" stays). Also left out: a table's rows (their readers are the table modules'), a results part (the
caller's ``skip``), a request ("đề nghị … hỗ trợ 500.000 đồng/hộ") and a sum the past reports ("đã hỗ trợ …").

A bound before the sum reads as the labels' README says: "tối đa", "không quá", "không vượt quá" → a maximum; "tối
thiểu", "ít nhất", "không dưới", "không thấp hơn" → a minimum; "từ … trở lên" → a minimum; else exactly that sum.
The unit is the sum's, as printed: "đồng/người", "đồng/sản phẩm", "triệu đồng/hộ", "đồng/người/lần".
Only sums no other reader took are added (the caller's ``have``): the figure passes' own readings stand.
Tests: tests/test_targets_tgt46p.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vanban.extract import patterns as P
from vanban.extract import tier_words as TW
from vanban.extract.folded import Folded, kw
from vanban.extract.past_marks import past_marked
from vanban.extract.numbers import parse_number
from vanban.extract.target_words import PER_ITEM_NOUNS
from vanban.models import Span, Target

__all__ = ["item_tail_end", "per_item_sums"]

#: the per-item's noun: its first word, or two or three that make a listed item (:func:`_item_end`)
_WORD = r"[a-z\u0111]+"
_PER = rf"[ \t]*/[ \t]*(?P<w1>{_WORD})(?:[ \t]+(?P<w2>{_WORD})(?:[ \t]+(?P<w3>{_WORD}))?)?"
#: (cit51) the space between a figure and its "đồng" (or magnitude) may be a line's end: a wrapped line splits a sum
#: as it splits any phrase ("… sang cây hằng năm: 5.000.000⏎đồng/ha.", t49-07 on its legacy and scanned forms, where
#: the page's width, not the author, breaks the line) — one break, never a blank line (a new paragraph)
_GAP = r"[ \t]*(?:\n[ \t]*)?"
#: a sum per item: the figure, an optional magnitude, "đồng", then one to three "/<item>" (folded; "đồng" folds to "dong")
_SUM = re.compile(
    r"(?<![\w/.,])(?P<n>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)" + _GAP + r"(?P<mag>" + kw("trieu") + "|" + kw("nghin") + "|"
    + kw("ngan") + "|" + kw("ty") + r")?" + _GAP + kw("dong") + r"(?P<per>(?:[ \t]*/[ \t]*" + _WORD + r"){0,2}" + _PER + ")")
#: (the gift each one gets) a sum with no "/item", "tặng (quà) (trị giá)" right before it, in a sentence that opens with
#: "Mỗi <those given>": "Mỗi công dân nhập ngũ … được ngân sách xã tặng quà 2.000.000 đồng và Ủy ban Mặt trận Tổ quốc
#: Việt Nam xã tặng quà 500.000 đồng" (t44-03: both, "đồng") — the worth per head, as "tặng 500.000 đồng/người" writes it
_GIFT_SUM = re.compile(r"(?<![\w/.,])(?P<n>\d{1,3}(?:\.\d{3})+)[ \t]*" + kw("dong") + r"(?![ \t]*/)(?![a-z])")
_GIFT_BEFORE = re.compile(rf"(?<![a-z]){kw('tang')}(?:\s+{kw('qua')})?(?:\s+{kw('tri gia')})?[ \t]*$")
_EACH_OPENING = re.compile(r"(?i)^[\s\-+•*\d.)]*mỗi\s")
#: the periods a cost is reckoned over, not items (folded): "đồng/năm", "đồng/tháng" — the labelled 0134/KH-UBND leaves
#: a budget's "1.364.329.243 đồng/năm" out; "đồng/người/ngày" (an item, then its period) stays a level per item
#: ("ngày công", a day's labour, is an item: "không quá 150.000 đồng/ngày công", a40-09)
_PERIOD_PER = re.compile(rf"[ \t]*/[ \t]*(?:{kw('nam')}|{kw('thang')}|{kw('quy')}|{kw('tuan')}|{kw('ngay')}(?![ \t]+{kw('cong')}))(?![a-z])")
#: a bound right before the sum (folded; the words up to the figure)
_MAX_BEFORE = re.compile(rf"(?<![a-z])(?:{kw('toi da')}|{kw('khong qua')}|{kw('khong vuot qua')}|{P.BELOW})"
                         rf"(?:\s+{kw('la')})?[ \t:]*$")
_MIN_BEFORE = re.compile(rf"(?<![a-z])(?:{kw('toi thieu')}|{kw('it nhat')}|{kw('khong duoi')}|{kw('khong thap hon')}"
                         rf"|{kw('khong it hon')}|{kw('tren')})(?:\s+{kw('la')})?[ \t:]*$")
_FROM_BEFORE = re.compile(rf"(?<![a-z]){kw('tu')}[ \t]*$")
_UPWARD_AFTER = re.compile(rf"[ \t]*{kw('tro len')}(?![a-z])")
#: a reckoning: "x" or "×" before the factor's sum, "=" and the product after it in its clause
_TIMES_BEFORE = re.compile(r"(?:\bx|×|\*)[ \t]*$")
_PRODUCT_AFTER = re.compile(r"[^;.\n]{0,40}?=")
_TIMES_AFTER = re.compile(r"[\w²³]*[ \t]*(?:x|×|\*)(?![a-z])")
#: a bracket right after a sum: "60.000.000 đồng (30.000.000 đồng/nhà)" explains the total
_TOTAL_BRACKET_BEFORE = re.compile(rf"\d[ \t]*(?:{kw('trieu')}[ \t]*)?{kw('dong')}[ \t]*\([ \t]*$")
#: a request's words (folded, whole words; "xin" not in "vắc xin": "Vắc xin dại chó: chủ nuôi nộp 15.000 đồng/liều" —
#: nor in "vắc-xin" nor in "vắc\nxin" wrapped at a line's end, as legacy OCR wraps it: a44-05's fee per dose was read
#: as asked for so, and lost)
_ASKED = re.compile(rf"(?<![a-z])(?:{kw('de nghi')}|{kw('kien nghi')}|{kw('de xuat')}|(?<!{kw('vac')}[\s\-]){kw('xin')})"
                    rf"(?![a-z])")
#: a clause's start, for the request and past words (";" and a sentence end cut it)
_CLAUSE_CUT = re.compile(r"[.;!?\n]")


def _item_end(m: re.Match) -> int:
    """The end of the per-item's noun: its two or three words where they make a listed item
    (:data:`.target_words.PER_ITEM_NOUNS`: "hộ gia đình", "học sinh"), else its first word ("đồng/người tham gia")."""
    words = [m.group(g) for g in ("w1", "w2", "w3") if m.group(g)]
    for n in (3, 2):
        if len(words) >= n and " ".join(words[:n]) in PER_ITEM_NOUNS:
            return m.end(f"w{n}")
    return m.end("w1")


#: (tgt52) the "/item" tail alone, after a sum's "đồng" (folded): one or two "/<word>" then the item
_TAIL = re.compile(rf"(?:[ \t]*/[ \t]*{_WORD}){{0,2}}" + _PER)


def item_tail_end(v: str, pos: int) -> int | None:
    """(tgt52) The end of the "/item" printed right after a sum's "đồng" at ``pos`` in the folded text ``v`` ("đồng/ha",
    "đồng/hộ gia đình", "đồng/người/ngày"), as :func:`per_item_sums` reads it for the unit; None when none follows or
    the first "/" names a period ("đồng/năm": a cost per period, no item — :data:`_PERIOD_PER`). For the figure passes
    of :mod:`.targets`, whose sums marked otherwise (a label's colon, "mức") keep the unit as printed."""
    m = _TAIL.match(v, pos)
    if m is None or _PERIOD_PER.match(v, pos):
        return None
    return _item_end(m)


def _value(n: str) -> float | None:
    v = parse_number(n)
    return None if v is None else float(v)


def per_item_sums(f: Folded, start: int, end: int, skip: Sequence[tuple[int, int]] = (),
                  have: Sequence[Target] = ()) -> list[Target]:
    """The sums per item in ``f`` [start, end) no target of ``have`` covers, none inside ``skip`` (results parts) nor
    on a table's row; in text order."""
    v, o = f.view, f.original
    out: list[Target] = []
    taken = [(t.span.start, t.span.end) for t in have if t.span]
    for m in _SUM.finditer(v, start, end):
        pos = m.start("n")
        if any(s <= pos < e for s, e in skip) or any(s < m.end() and pos < e for s, e in taken):
            continue
        line_start = v.rfind("\n", 0, pos) + 1
        if o[line_start:pos].lstrip().startswith("|"):
            continue  # a table's row: the table readers'
        c0 = max(line_start, max((c.end() for c in _CLAUSE_CUT.finditer(v, line_start, pos)), default=line_start))
        if _TIMES_BEFORE.search(v, max(c0, pos - 4), pos) or _TIMES_AFTER.match(v, m.end()):
            continue  # "46 mét x 7.800.000 đồng/mét = 358.800.000 đồng", "120 m2 x 30 triệu đồng/m2 x 0,03%": a
            # reckoning's factor (one labelled as a level, "40 suất × 1.000.000 đồng/suất", t43-04, is the earlier
            # readers' and stays theirs)
        if _PRODUCT_AFTER.match(v, m.end()) and re.search(r"(?:\bx|×)", v[c0:pos]):
            continue  # "15.000.000 đồng/sản phẩm x 04 sản phẩm = 60.000.000 đồng" (t44-04 alone labels the factor)
        if _TOTAL_BRACKET_BEFORE.search(v, max(c0, pos - 30), pos):
            continue  # "60.000.000 đồng (30.000.000 đồng/nhà)": the total's breakdown
        if _ASKED.search(v, c0, pos):
            continue  # "Đề nghị tỉnh hỗ trợ 500.000 đồng/hộ": a request
        if TW.ACTED_PAPER_NAME_RE.search(v, line_start, pos) and not P.TARGET_CUE_RE.search(v, line_start, pos):
            continue  # (ncfix50a) "… thay thế Quyết định số 15/2019/QĐ-UBND … quy định mức hỗ trợ 500.000 đồng/người/tháng
            # …": the replaced paper's name (target_tiers.acted_paper_title, the figure passes' form)
        if past_marked(v, o, c0, pos):
            continue  # "năm 2034 đã hỗ trợ 1.000.000 đồng/hộ": the past
        if _PERIOD_PER.match(v, m.start("per")):
            continue  # "Thuê dịch vụ tin nhắn: 50.000.000 đồng/năm": a cost per period, no level per item (0134/KH-UBND)
        val = _value(o[m.start("n"):m.end("n")])
        if val is None or val <= 0:
            continue
        per_end = _item_end(m)
        before = v[max(c0, pos - 40):pos]
        lo: float | None = val
        hi: float | None = val
        if _MAX_BEFORE.search(before):
            lo = None
        elif _MIN_BEFORE.search(before) or (_FROM_BEFORE.search(before) and _UPWARD_AFTER.match(v, per_end)):
            hi = None
        mag = o[m.start("mag"):m.end("mag")].lower() + " " if m.group("mag") else ""
        unit = mag + "đồng" + re.sub(r"[ \t]*/[ \t]*", "/", o[m.start("per"):per_end]).lower()
        text_end = _UPWARD_AFTER.match(v, per_end).end() if hi is None and _UPWARD_AFTER.match(v, per_end) else per_end
        text = " ".join(o[pos:text_end].split())
        out.append(Target(text=text, min=lo, max=hi, unit=unit, scope=None, period=None,
                          span=Span(pos, text_end, text)))
    for m in _GIFT_SUM.finditer(v, start, end):
        pos = m.start("n")
        if any(s <= pos < e for s, e in skip) or any(s < m.end() and pos < e for s, e in taken) \
                or any(t.span and t.span.start < m.end() and pos < t.span.end for t in out):
            continue
        if not _GIFT_BEFORE.search(v, max(0, pos - 24), pos):
            continue
        s0 = max(v.rfind(". ", 0, pos) + 2, v.rfind("\n", 0, pos) + 1)
        if not _EACH_OPENING.match(o[s0:pos]) or _ASKED.search(v, s0, pos) \
                or past_marked(v, o, s0, pos):
            continue
        val = _value(o[pos:m.end("n")])
        if val:
            text = " ".join(o[pos:m.end()].split())
            out.append(Target(text=text, min=val, max=val, unit="đồng", scope=None, period=None, span=Span(pos, m.end(), text)))
    return sorted(out, key=lambda t: t.span.start)

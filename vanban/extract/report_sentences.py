"""Whether a sentence reports back on a time past by its own wording, wherever it stands in the document.

Why (session 54, authored52): a Báo cáo's results are dropped by the heading over them (``Layout.results``, "I. KẾT
QUẢ …"), but a Công văn đôn đốc opens with where things stand in a paragraph of its own, with no heading: "Kết quả thu
ngân sách nhà nước trên địa bàn huyện 9 tháng đầu năm 2038 đạt 286,4 tỷ đồng, bằng 71,6% dự toán tỉnh giao, 64,2% dự
toán HĐND huyện giao; … Còn 07 xã có số thu đạt dưới 50% dự toán (…); nợ đọng thuế đến ngày 30/9/2038 là 21,8 tỷ
đồng, tăng 12,5% so với cùng kỳ." (a52-05: its eight figures past results, none a goal, the labels' README). The
sentence's own signals tell a report from a goal whatever the document's kind (:mod:`.target_words`, session 54):
what was reached measured against the plan ("bằng 71,6% dự toán"), a change against the same period of last year with
a bare figure ("tăng 12,5% so với cùng kỳ"), the day things stood at or the first months of a year, over by the
document's own day ("đến ngày 30/9/2038", "9 tháng đầu năm 2038" in a letter of October). Such a signal in a clause
that names no aim makes the whole sentence (its ";" clauses, from its full stop or list line to the next) a report;
a figure whose own clause strives or is bounded firmly ("phấn đấu … đạt tối thiểu 110% dự toán") stays a goal.
Tests: tests/test_targets_tgt54.py (the sentence signals alone, and a52-05 / a52-01 end to end).
"""

from __future__ import annotations

import re

from vanban.extract import patterns as P
from vanban.extract import target_words as W
from vanban.extract.target_context import aim_named, full_sentence_start

__all__ = ["reported_back"]

#: a list line: a bullet or an item's label opening a line (a sentence starts there)
_LIST_LINE_RE = re.compile(r"\n[ \t*_]*(?:[-+•]|[a-zđ]\)|\d+(?:\.\d+)*\.)\s")
_LAST_DAY = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _sentence(v: str, pos: int) -> tuple[int, int]:
    """The sentence holding ``pos`` across its ";" clauses: from the full stop, blank line or list line before it to
    the next of them."""
    lo = max(full_sentence_start(v, 0, pos), v.rfind("\n\n", 0, pos) + 2)
    for item in _LIST_LINE_RE.finditer(v, lo, pos):
        lo = item.start() + 1
    ends = [i for i in (v.find(". ", pos), v.find(".\n", pos), v.find("\n\n", pos)) if i >= 0]
    nxt = _LIST_LINE_RE.search(v, pos)
    if nxt:
        ends.append(nxt.start())
    return lo, min(ends, default=len(v))


def _clause(v: str, lo: int, hi: int, pos: int) -> tuple[int, int]:
    """The ";" clause of the sentence ``[lo, hi)`` holding ``pos``."""
    a = max(v.rfind(";", lo, pos) + 1, lo)
    b = v.find(";", pos, hi)
    return a, hi if b < 0 else b


def _aims(v: str, a: int, b: int) -> bool:
    """An aim named in ``v[a:b]``: an aim or strive word, or a floor or cap."""
    return aim_named(v, a, b) or bool(W.STRIVE_RE.search(v, a, b)) or bool(W.FIRM_BOUND_WORD_RE.search(v, a, b))


def _looks_ahead(v: str, a: int, b: int, doc_day: str | None) -> bool:
    """``v[a:b]`` names a time after the document's day (not a baseline, "so với cùng kỳ năm 2028"): a day, a month, a
    year after the document's own."""
    if not doc_day:
        return False
    for m in W.TIME_NAMED_RE.finditer(v, a, b):
        if W.BASELINE_BEFORE_RE.search(v, max(a, m.start() - 30), m.start()):
            continue
        if m.group("y2"):
            if m.group("y2") > doc_day[:4]:
                return True
        elif f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d') or 1):02d}" > doc_day:
            return True
    return False


def _past_signal(v: str, a: int, b: int, doc_day: str | None) -> bool:
    """A signal of a report in ``v[a:b]`` (one clause naming no aim nor any time ahead)."""
    if _looks_ahead(v, a, b, doc_day):
        return False
    if W.SHARE_OF_PLAN_RE.search(v, a, b) or W.SAME_PERIOD_CHANGE_RE.search(v, a, b):
        return True
    if not doc_day:
        return False
    for m in W.STOOD_AT_DAY_RE.finditer(v, a, b):
        if W.BASELINE_BEFORE_RE.search(v, max(a, m.start() - 30), m.start()):
            continue
        if f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}" < doc_day:
            return True
    for m in W.FIRST_MONTHS_RE.finditer(v, a, b):
        n = int(m.group("n"))
        if 1 <= n <= 12 and f"{m.group('y')}-{n:02d}-{_LAST_DAY[n - 1]:02d}" < doc_day \
                and not W.BASELINE_BEFORE_RE.search(v, max(a, m.start() - 30), m.start()) \
                and not P.REVIEW_WORD_RE.search(v, max(a, m.start() - 30), m.start()):
            return True
    return False


def reported_back(v: str, pos: int, doc_day: str | None) -> bool:
    """The figure at ``pos`` of the folded text ``v`` stands in a sentence that reports back (a clause of it, naming no
    aim, carries a signal of :func:`_past_signal`), and its own clause names no aim. ``doc_day``: the document's date
    (ISO), the day a named day or months are past by (None: those signals are off)."""
    lo, hi = _sentence(v, pos)
    ca, cb = _clause(v, lo, hi, pos)
    if _aims(v, ca, cb):
        return False
    a = lo
    while a < hi:
        b = v.find(";", a, hi)
        b = hi if b < 0 else b
        if not _aims(v, a, b) and _past_signal(v, a, b, doc_day):
            return True
        a = b + 1
    return False

"""Whether the sentence around a figure reports the past: a result reached, a year's review, an estimate aside.

Why: a plan or a Nghị quyết opens with what was done ("Năm 2026, Đảng bộ phường đã kết nạp 47 đảng viên mới, đạt
117,5% chỉ tiêu"), reports where things stand ("Ước đạt …", "Đến ngày 15/01/2027, … đạt 91,3%") and sets aside last
year's figure in a bracket ("đạt 68,5% (năm 2026 ước đạt 61,2%)"); those figures are no targets (the labels' README:
past results are not). The figure passes of :mod:`.targets` ask these predicates of a figure's sentence, read against
the years the title plans for and the document's own day. The sentence here runs across its ";" clauses
(:func:`full_sentence_start`), no sooner than the line after a heading in capitals. Moved out of :mod:`.targets`
(session 36, ref36b) unchanged.
Tests: tests/test_targets_session21.py, tests/test_targets*.py (through :func:`vanban.extract.extract`).
"""

from __future__ import annotations

import re

from vanban.extract import patterns as P
from vanban.extract import target_tiers as TT
from vanban.extract import target_words as W
from vanban.extract.sections import upper_ratio
from vanban.extract.target_scope import ITEM_LABEL

__all__ = ["aim_named", "announced_result", "day_iso", "done_in_past", "earlier_year_reached", "full_sentence_start", "review_sentence",
           "year_aside", "year_done"]


#: a list line: a bullet or an item's label opening a line (its sentence starts there)
_LIST_LINE_RE = re.compile(rf"\n[ \t*_]*(?:[-+•]|{ITEM_LABEL})\s")


def full_sentence_start(v: str, s0: int, pos: int, o: str | None = None) -> int:
    """Start of the sentence holding ``pos`` across its ";" clauses (a full stop
    followed by a space ends a sentence; "200.000" does not). With the printed text ``o``: no sooner than the line
    after a heading line in capitals (:func:`_after_caps_heading`)."""
    stop = v.rfind(". ", 0, pos)  # (the other stop is looked for after it only: over a text on one line, with no
    full = max(stop, v.rfind(".\n", max(0, stop), pos), -2) + 2  # ".\n", from 0 it read the whole text each time)
    return _after_caps_heading(o, full, pos) if o is not None else full


def _after_caps_heading(o: str, lo: int, pos: int) -> int:
    """``lo``, or the start of the line after the last heading line in capitals between ``lo`` and ``pos``.

    Kind (legacy OCR, tg25b): a part's heading with its paragraph's first line right under it, the blank line between
    lost: "I. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU NĂM 2027 ⏎ Năm 2026, Đảng bộ phường đã lãnh đạo hoàn thành …; thu ngân sách …
    đạt 112,3% dự toán" (t23-08 as eng OCR reads it): the sentence reporting the past year opens at "Năm 2026", not at
    the heading's "I. " — a heading in capitals is no part of the sentence under it (as :func:`sections.sentence_bounds`
    reads it)."""
    at = lo
    i = o.find("\n", lo, pos)
    while i >= 0:
        line = o[o.rfind("\n", 0, i) + 1:i]
        if upper_ratio(line) > 0.8 and sum(c.isalpha() for c in line) >= 4:
            at = i + 1
        i = o.find("\n", i + 1, pos)
    return at


def earlier_year_reached(v: str, s0: int, pos: int, title_period: str | None, doc_year: int | None = None,
                          o: str | None = None, doc_day: str | None = None) -> bool:
    """The figure at ``pos`` is a rate reached in a year before the first the title plans for, its sentence opening
    with that year (:data:`target_words.YEAR_REACHED_RE`) and naming no aim. (session 22) A title naming no period
    (a Hướng dẫn on studying a Nghị quyết, a20-08: "3. Năm 2026, việc học tập … được tổ chức nghiêm túc, có 98,2% cán
    bộ, đảng viên tham gia." in a guide of 01/2027): a year before the document's own (``doc_year``) is past."""
    plan = re.findall(r"(?:19|20)\d\d", title_period or "") or ([str(doc_year)] if doc_year else [])
    m = W.YEAR_REACHED_RE.match(v, full_sentence_start(v, s0, pos, o), pos)
    if plan and m and m.end() == pos and int(m.group("y")) < min(map(int, plan)) and not P.AIM_CUE_RE.search(v, m.start(), pos):
        return True
    # a sentence of review opening with the earlier year (:data:`target_words.YEAR_OPENING_RE`): each of its ";"
    # clauses reports that year, unless the figure's own clause names an aim
    full = full_sentence_start(v, s0, pos, o)  # (or the paragraph's start: "**II. CÁC CHỈ TIÊU …**" is no sentence of it;
    # a legacy OCR's blank line between two printed lines is no paragraph's end)
    opening = W.YEAR_OPENING_RE.match(v, full, pos) or W.YEAR_OPENING_RE.match(v, max(full, v.rfind("\n\n", 0, pos) + 2), pos)
    clause = max(v.rfind(";", 0, pos), opening.end() if opening else -1)
    return bool(plan and opening and (int(opening.group("y")) < min(map(int, plan)) or _tet_past(opening, doc_day))
                and not P.AIM_CUE_RE.search(v, clause, pos) and not W.STRIVE_RE.search(v, opening.start(), pos))


def _tet_past(opening: re.Match[str], doc_day: str | None) -> bool:
    """The opening names a year by its lunar name ("Dịp Tết Nguyên đán Bính Ngọ 2026,"): the Tết of that year, over by
    the end of its third month, so past on a document of a later day (a plan of 12/2026 for the Tết of 2027 recalling
    the last Tết's figures, t25-08) though the document's own year is the same."""
    return bool(opening.group("lunar") and doc_day and doc_day >= f"{opening.group('y')}-04-01")


def year_done(v: str, o: str, s0: int, pos: int, title_period: str | None, doc_year: int | None) -> bool:
    """The figure at ``pos`` reports what was done in a year not after the first the document plans for (the title's,
    else the document's own year): its sentence opens with that year (:data:`target_words.YEAR_OPENING_RE`), "đã"
    (done) stands between the opening and the figure, and no aim is named there.

    Kind (tg24): a plan's closing or opening review of its own year, "Năm 2026, Đảng bộ phường đã hoàn thành việc học
    tập … với 98,2% đảng viên tham gia" (a22-01, a plan of 12/2026), "Năm 2026, Đảng bộ xã đã kết nạp 47 đảng viên
    mới, đạt 117,5% chỉ tiêu Nghị quyết" (a22-10, 01/2027): the year may be the document's own, as "đã" says it is
    done (an earlier year needs no "đã": :func:`earlier_year_reached`)."""
    plan = re.findall(r"(?:19|20)\d\d", title_period or "") or ([str(doc_year)] if doc_year else [])
    full = full_sentence_start(v, s0, pos, o)
    opening = W.YEAR_OPENING_RE.match(v, full, pos) or W.YEAR_OPENING_RE.match(v, max(full, v.rfind("\n\n", 0, pos) + 2), pos)
    return bool(plan and opening and int(opening.group("y")) <= min(map(int, plan))
                and any(not _in_done_case(v, d.start(), pos) for d in W.DONE_WORD_RE.finditer(o, opening.end(), pos))
                and not aim_named(v, opening.start(), pos) and not W.STRIVE_RE.search(v, opening.start(), pos))


def _in_done_case(v: str, at: int, pos: int) -> bool:
    """(tgt38b) Whether the "đã" at ``at`` lies in a case clause closed by its comma before the figure at ``pos``
    (:data:`target_words.DONE_CASE_RE`: "đối với các cơ sở đã bị xử phạt …, kiểm tra ít nhất 02 lần"): it says which
    things the rule is for, not that the figure is done."""
    cut = max(v.rfind(";", 0, at), v.rfind(":", 0, at), v.rfind("\n", 0, at))
    case = W.DONE_CASE_RE.match(v, max(cut, 0))
    return bool(case) and at < case.end() <= pos


def aim_named(v: str, a: int, b: int) -> bool:
    """An aim word (:data:`patterns.AIM_CUE_RE`) between ``a`` and ``b``, other than the "chỉ tiêu" a result is measured
    against (:data:`target_words.QUOTA_MET_BEFORE_RE`): in "Năm 2026, xã … đã hoàn thành 100% chỉ tiêu giao quân (35/35
    công dân), trong đó có 02 đảng viên" (a UBND xã's Quyết định of 01/2027, t25-06) the quota was met, no aim named."""
    return any(not (v.startswith("chi", c.start()) and W.QUOTA_MET_BEFORE_RE.search(v, max(a, c.start() - 40), c.start()))
               for c in P.AIM_CUE_RE.finditer(v, a, b))


def done_in_past(v: str, o: str, s0: int, pos: int, title_period: str | None, doc_year: int | None,
                  doc_day: str | None) -> bool:
    """The figure at ``pos`` is in a sentence saying what was done at a time past (:data:`target_words.PAST_TIME_RE`):
    "đã" before the figure in the sentence (its ";" clauses too), a day before the document's own or a year before the
    first the title plans for (else the document's year) named in it, and no aim or strive word anywhere in it.

    Kind (tg25): an opening review of the last round that a plan or a Chỉ thị repeats, "Hội nghị … (đợt 1) đã được Đảng
    ủy xã tổ chức ngày 18/11/2025 với …, đạt 94,7%; 100% chi bộ đã xây dựng kế hoạch …" (a24-02), "…; toàn tỉnh đã trao
    …; 100% hộ nghèo … được hỗ trợ đón Tết; … giảm 7,2% so với cùng kỳ năm 2025." (a24-01)."""
    full = max(full_sentence_start(v, s0, pos), v.rfind("\n\n", 0, pos) + 2)
    if not W.DONE_WORD_RE.search(o, full, pos):
        return False
    stop = min((i for i in (v.find(". ", pos), v.find(".\n", pos), v.find("\n\n", pos)) if i >= 0), default=len(v))
    if P.AIM_CUE_RE.search(v, full, stop) or W.STRIVE_RE.search(v, full, stop) or P.TARGET_MIN_CUE_RE.search(v, full, pos):
        return False
    plan = [int(y) for y in re.findall(r"(?:19|20)\d\d", title_period or "")] or ([doc_year] if doc_year else [])
    for m in W.PAST_TIME_RE.finditer(v, full, stop):
        if TT.eligibility_cutoff(v, m.start(), m.end(), pos):
            continue  # "nhập ngũ từ ngày 30 tháng 4 năm 1975 trở về trước": who the rule covers, no time a result was reached
        if m.group("y2"):
            worded = W.WORDED_DAY_BEFORE_RE.search(v, max(full, m.start() - 20), m.start())
            if worded and W.PAPER_DAY_BEFORE_RE.search(o, max(full, worded.start() - 40), worded.start() + 4):
                continue  # "Nghị định số 152/2006/NĐ-CP ngày 22 tháng 12 năm 2006": the cited paper's day, no act
            if plan and int(m.group("y2")) < min(plan):
                return True
        elif doc_day and day_iso(m) < doc_day and not W.PAPER_DAY_BEFORE_RE.search(o, max(full, m.start() - 40), m.start()):
            return True
    return False


def announced_result(v: str, o: str, s0: int, pos: int, title_period: str | None, doc_year: int | None) -> bool:
    """(tgt56t) The figure at ``pos`` is a result an earlier paper announced: its sentence says a ranking or an index was
    published ("công bố", :data:`target_words.ANNOUNCED_RE`) for a year before the first the title plans for (else the
    document's year), the figure right after "đạt", and no aim or strive word anywhere in the sentence.

    Kind (t55-01, a huyện's CCHC plan for 2040 recalling why it is needed): "Theo Quyết định số 1208/QĐ-UBND ngày
    26/12/2039 của UBND tỉnh công bố Chỉ số CCHC năm 2039 của các sở, …, huyện Thanh Lương đạt 84,37 điểm, xếp thứ
    11/20" — the score the province published, labelled a past result; the sentence has no "đã" (:func:`done_in_past`)
    and opens with no year (:func:`earlier_year_reached`)."""
    full = max(full_sentence_start(v, s0, pos, o), v.rfind("\n\n", 0, pos) + 2)
    if not W.ANNOUNCED_RE.search(v, full, pos) or not W.REACHED_RIGHT_BEFORE_RE.search(v, max(full, pos - 10), pos):
        return False
    stop = min((i for i in (v.find(". ", pos), v.find(".\n", pos), v.find("\n\n", pos)) if i >= 0), default=len(v))
    if P.AIM_CUE_RE.search(v, full, stop) or W.STRIVE_RE.search(v, full, stop):
        return False
    plan = [int(y) for y in re.findall(r"(?:19|20)\d\d", title_period or "")] or ([doc_year] if doc_year else [])
    return bool(plan) and any(m.group("y2") and int(m.group("y2")) < min(plan) for m in W.PAST_TIME_RE.finditer(v, full, pos))


def day_iso(m: re.Match[str]) -> str:
    """The ISO day of a match with the groups d, m, y (:data:`target_words.AS_OF_DAY_OPENING_RE`)."""
    return f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"


def review_sentence(v: str, o: str, s0: int, pos: int, title_period: str | None) -> bool:
    """The figure at ``pos`` is in a sentence of review: a clause of it before the figure reports a result (estimated,
    reached so far, the time past: :data:`target_words.REVIEW_MARK_RE`; done by a day named before the figure, "đã" in
    that clause: :data:`target_words.AS_OF_DONE_MARK_RE`, the day not in or after the years the title plans for), and
    the figure's own clause names no aim. The sentence: from the last full stop, paragraph or list line before it."""
    full = max(full_sentence_start(v, s0, pos), v.rfind("\n\n", 0, pos) + 2)
    item = _LIST_LINE_RE.search(v, full, pos)
    while item:
        full, item = item.start() + 1, _LIST_LINE_RE.search(v, item.start() + 1, pos)
    clause = max(v.rfind(";", full, pos), v.rfind(":", full, pos), full)
    if P.AIM_CUE_RE.search(v, clause, pos) or W.STRIVE_RE.search(v, clause, pos):
        return False
    for m in W.REVIEW_MARK_RE.finditer(o, full, pos):
        if not (o[m.start()].lower() == "m" and W.NEW_MADE_BEFORE_RE.search(v, max(0, m.start() - 20), m.start())):
            return True  # (not "Số doanh nghiệp thành lập mới đạt ít nhất 1.800": "mới" (new) closing a verb of making)
    stop = min((i for i in (v.find(";", pos), v.find(". ", pos), v.find(".\n", pos)) if i >= 0), default=len(v))
    plan = [int(y) for y in re.findall(r"(?:19|20)\d\d", title_period or "")]
    for m in W.AS_OF_DONE_MARK_RE.finditer(o, full, stop):
        if m.start() >= pos:
            break
        year = re.search(r"(?:19|20)\d\d", o[m.start():m.end()])
        if not (plan and year and int(year.group(0)) >= min(plan)):
            return True
    return False


def year_aside(v: str, s0: int, pos: int, title_period: str | None) -> bool:
    """The figure at ``pos`` closes a bracket naming a year's estimate or an earlier year's result after the aim ("đạt
    68,5% (năm 2026 ước đạt 61,2%)"): :data:`target_words.YEAR_ASIDE_BEFORE_RE`; an earlier year is one before the
    first the title plans for; a school year in the bracket ("(năm học 2025 - 2026 đạt 61,2%)") is where things stand;
    a bracket opening with the same period before ("(cùng kỳ năm 2026 toàn quốc ghi nhận 14 vụ …)",
    :data:`target_words.PERIOD_BEFORE_ASIDE_RE`) gives the baseline's figures; so does a bracket opening with an earlier
    year whatever its verb (:data:`target_words.YEAR_STOOD_ASIDE_BEFORE_RE`, "(năm 2028 toàn xã có 47 người …)")."""
    m = W.YEAR_ASIDE_BEFORE_RE.search(v, max(s0, pos - 45), pos)
    plan = re.findall(r"(?:19|20)\d\d", title_period or "")
    stood = None if m else W.YEAR_STOOD_ASIDE_BEFORE_RE.search(v, max(0, pos - 130), pos)
    if stood and plan and int(stood.group("y")) < min(map(int, plan)) and not P.AIM_CUE_RE.search(v, stood.start(), pos):
        return True  # "(năm 2028 toàn xã có 47 người …, trong đó 31 người nghiện)" in a plan for 2029: how things stood
    if not m:
        ago = W.PERIOD_BEFORE_ASIDE_RE.search(v, max(0, pos - 130), pos)  # "(cùng kỳ năm 2026 … ghi nhận 14 vụ …)"
        return bool(ago and not P.AIM_CUE_RE.search(v, ago.start(), pos))
    return bool(m.group("uoc") or m.group("uoc2") or m.group("hoc") or (plan and int(m.group("y")) < min(map(int, plan))))

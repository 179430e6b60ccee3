"""Tiered rules, the amounts a benefit grants, two-sided service terms and "Căn cứ" sentences, for :mod:`.targets`.

Why: a normative text sets a value per tier ("dưới 02 (hai) giờ thì tính thêm 0,25 ngày công", "đủ 15 năm được
trợ cấp 600.000 đồng/người/tháng"); the labels count the value, not the tier's bound (the row key). The wording is
data in :mod:`.tier_words`; each function answers one question about the figure the grammar of :mod:`.targets` read.
"""

from __future__ import annotations

import re

from vanban.extract import patterns as P
from vanban.extract import target_words as TW
from vanban.extract import tier_words as W
from vanban.text import fold

__all__ = ["band_condition", "band_value", "basis_sentence", "benefit_amount", "condition_then", "consequence_between", "eligibility_cutoff", "example_person", "land_word", "months_of_benefit", "quota_of_offices", "service_range",
           "tier_key"]

_MONEY = re.compile(r"(?:nghin |trieu |ty )?dong\b")


def tier_key(v: str, o: str, unit_end: int, s1: int, before: str = "", share: bool = False) -> bool:
    """Whether the figure ending at ``unit_end`` is the bound of a tier whose value follows in its clause ("dưới 02
    (hai) giờ thì tính thêm 0,25 ngày công"): then the value is the target and the bound is not. ``o``: the printed
    text ("thì", not "thi"); a date or article number after the words ("… sau khi được cấp theo Thông tư số 12/2017")
    is no value. ``before``: the folded words before the figure; a floor ("tối thiểu 30 thủ tục …, mức cắt giảm từ
    20%") is a task's own target before the ", mức" of another (:data:`tier_words.FLOOR_BEFORE_RE`). ``share``: the
    figure is a percentage; one followed by the people or things it is a share of, then "được" ("ít nhất 80% người cao
    tuổi được khám sức khỏe định kỳ tối thiểu 01 lần/năm"), says what that share is to get — the target — and the
    figure after "được" is the treatment's own, no tier's value (a tier's key is a condition: "thiệt hại trên 70% được
    hỗ trợ …")."""
    m = W.TIER_VALUE_AFTER_RE.match(v, unit_end, max(unit_end, s1))
    if m is None or (m.group("then") and o[m.end("then") - 3:m.end("then")].lower() != "thì"):
        return False
    if share and not (m.group("level") or m.group("then")) and TW.SHARE_NOUN_AFTER_RE.match(v, unit_end):
        return False  # (tgt42d) the share of people or things the passive "được …" speaks of
    if m.group("level") and W.FLOOR_BEFORE_RE.search(before):
        return False
    if graded_threshold(v, o, unit_end, s1):
        return False  # "Chi bộ có dưới 05 đảng viên được xếp loại … thì được xem xét tối đa 01 đảng viên …": a grading
        # rule's threshold before "thì", a target as the cap after it (the labels, a28-08; tg24's "có từ 20% trở lên …")
    if W.GRADE_VALUE_RE.match(v, m.end()):
        return False  # "02 sản phẩm được công nhận OCOP 3 sao": a grade, no tier's value
    return P.NOT_QUANTITY_BEFORE_RE.search(v, max(0, m.end() - 14), m.end()) is None


def graded_threshold(v: str, o: str, unit_end: int, s1: int) -> bool:
    """Whether the count ending at ``unit_end`` is followed by the grade its members get, then "thì" (printed, in ``o``)
    before the sentence's end ``s1``: "chi bộ có dưới 05 đảng viên được xếp loại "Hoàn thành tốt nhiệm vụ" thì …" — the
    threshold of a grading rule, which the labels count as a target even inside "trường hợp …" (a24-07, a28-08)."""
    g = W.GRADED_CASE_AFTER_RE.match(v, unit_end, max(unit_end, s1))
    return bool(g) and o[g.end() - 3:g.end()].lower() == "thì"


def benefit_amount(v: str, pos: int, lo: int, unit: str | None) -> bool:
    """Whether the money figure at ``pos`` (or months of pay) is an amount a benefit grants ("được trợ cấp 600.000 đồng",
    "mỗi năm được tính hưởng trợ cấp bằng 600.000 đồng"; the benefit's words from ``lo``)."""
    money = bool(unit) and (bool(_MONEY.match(fold(unit))) or fold(unit).startswith("thang "))  # or "02 tháng phụ cấp"
    return money and W.BENEFIT_BEFORE_RE.search(v, max(lo, pos - 70), pos) is not None


def eligibility_cutoff(v: str, a: int, b: int, pos: int) -> bool:
    """Whether the past time ``v[a:b]`` in the sentence of the figure at ``pos`` bounds who a benefit rule covers, so
    that it dates no result: "quân nhân … nhập ngũ từ ngày 30 tháng 4 năm 1975 trở về trước, … đã phục viên …, mức trợ
    cấp bằng 2.000.000 đồng" ("trở về trước" after it, whatever the figure), "… đã từ trần trước ngày 01 tháng 01 năm
    2009 … được hưởng chế độ trợ cấp một lần bằng 3.000.000 đồng" (a day after "trước ngày" when a benefit grants the
    figure). The labels' README reads such cut-offs as no deadlines and the amounts as the rule's targets."""
    if W.CUTOFF_AFTER_RE.match(v, b):
        return True
    return (W.CUTOFF_DAY_BEFORE_RE.search(v, max(0, a - 30), a) is not None
            and W.BENEFIT_BEFORE_RE.search(v, max(0, pos - 70), pos) is not None)


def months_of_benefit(v: str, unit_end: int) -> re.Match[str] | None:
    """The "trợ cấp" after "03 tháng" that makes the months an amount ("bằng 03 tháng trợ cấp hiện hưởng")."""
    return W.MONTHS_OF_BENEFIT_AFTER_RE.match(v, unit_end)


def service_range(v: str, pos: int, unit_end: int, unit_words: str) -> tuple[str, int] | None:
    """(upper figure as printed, end) of a service term bounded on both sides, "có từ đủ 15 năm đến dưới 20 năm công tác"
    (the first figure at ``pos``, its unit ``unit_words`` folded, ending at ``unit_end``): the same unit must close it."""
    if not W.SERVICE_FROM_BEFORE_RE.search(v, max(0, pos - 12), pos):
        return None
    m = W.SERVICE_TO_AFTER_RE.match(v, unit_end)
    if m is None or not v.startswith(unit_words, m.end()):
        return None
    end = m.end() + len(unit_words)
    if end < len(v) and v[end].isalnum():
        return None
    return m.group("b"), end


def basis_sentence(v: str, s0: int, pos: int, cited: bool) -> bool:
    """Whether the figure at ``pos`` lies in a sentence that opens "Căn cứ" and names a cited paper before it
    (``cited``): what that paper rules ("… quy định … mức thuế suất 0%"), not this document's figure."""
    return cited and W.BASIS_OPENING_RE.match(v, s0, pos) is not None


def acted_paper_title(v: str, s0: int, pos: int, cited: list[tuple[int, int]]) -> bool:
    """Whether the figure at ``pos`` lies in the name of a paper this sentence repeals, replaces or amends: a cited span
    of ``cited`` (start, end) between ``s0`` and ``pos`` right after "bãi bỏ" / "thay thế" / "sửa đổi, bổ sung" …,
    and the words that open a paper's name ("quy định", "về việc") between it and the figure — "Thông tư này bãi bỏ
    Thông tư số 56/2015/TT-BCT … quy định việc nhập khẩu … với thuế suất thuế nhập khẩu 0% …" (61/2025/TT-BCT) rules
    nothing itself: the repealed paper's 0% is its title's. (The "Căn cứ" form is :func:`basis_sentence`'s.)"""
    for ms, me in cited:
        if s0 <= ms < pos and W.PAPER_ACT_BEFORE_RE.search(v, max(s0, ms - 40), ms) \
                and W.PAPER_TITLE_OPENING_RE.search(v, me, pos):
            return True
    return False


def consequence_between(v: str, o: str, a: int, b: int) -> bool:
    """Whether a printed "thì" lies in ``v[a:b]``: what comes after it is the rule's consequence, what comes before its
    case ("… bị thiệt hại nặng về kinh tế thì được trợ cấp không quá 02 lần/năm")."""
    return any(o[t.start():t.end()].lower() == "thì" for t in W.THEN_RE.finditer(v, a, b))


def quota_of_offices(v: str, lo: int, pos: int, num_end: int) -> bool:
    """Whether the capitalised words after the figure at ``pos`` are offices a quota bounds ("Ban Quản lý có Trưởng ban và
    không quá 03 Phó Trưởng ban", "ít nhất 02 Thẩm phán"): a firm bound right before it (from ``lo``) and an office's
    name after (``num_end``), not a named programme ("03 Chương trình")."""
    return W.QUOTA_BOUND_BEFORE_RE.search(v, lo, pos) is not None and W.OFFICE_AFTER_RE.match(v, num_end) is not None


def example_person(o: str, s0: int, s1: int) -> bool:
    """Whether the sentence ``o[s0:s1]`` speaks of a person named by one capital letter ("Ông A", "Bà C", "anh A"): a
    worked example, whose figures illustrate the rule and set none (as "Ví dụ" blocks)."""
    return W.EXAMPLE_PERSON_RE.search(o, s0, s1) is not None


def condition_then(v: str, o: str, pos: int, unit_end: int, s1: int) -> bool:
    """Whether a printed "thì" follows the figure at ``pos`` (its counted noun ending at ``unit_end``) in its clause
    ("đấu giá 02 lần không thành thì …"): the figure belongs to the case, not to the rule. A value a rule sets ("mức trợ
    cấp … bằng 20 tháng tiền lương", "là 03 ngày") is never the case's."""
    m = W.THEN_AFTER_RE.match(v, unit_end, max(unit_end, s1))
    if m is None or o[m.start("then"):m.end("then")].lower() != "thì":
        return False
    return W.VALUE_BEFORE_RE.search(v, max(0, pos - 12), pos) is None


def land_word(o: str, a: int, b: int) -> bool:
    """Whether the printed word at ``o[a:b]`` is "đất" (land), which folds like the target word "đạt" (reach)."""
    return o[a:b].lower() == "đất"


def band_value(v: str, unit_end: int, unit: str | None) -> bool:
    """Whether the money figure whose unit ends at ``unit_end`` is the value a band sets, the band after "nếu" ("400.000
    đồng/thí sinh nếu từ 100 đến dưới 500 thí sinh"): a target with no bound word of its own."""
    return bool(unit) and bool(_MONEY.match(fold(unit))) and W.BAND_AFTER_VALUE_RE.match(v, unit_end) is not None


def band_condition(v: str, pos: int) -> bool:
    """Whether the figure at ``pos`` is the band of a value printed right before it ("… đồng/thí sinh nếu dưới 100 thí
    sinh"): the condition, no target."""
    return W.BAND_BEFORE_RE.search(v, max(0, pos - 50), pos) is not None

"""Numeric targets: "ít nhất từ 01 đến 02 mô hình", "100% cán bộ, đảng viên", "1,0-1,5%/năm".

A quantity is a number as Vietnamese writes it (:mod:`.numbers`: "96,5",
"1.000", "2/3", "hai"), or a range ("1,0 - 1,5", "từ 01 đến 02"), followed by
"%" or by any counted noun ("11 cơ sở dữ liệu", "02 vùng", "18 ca/1.000
trẻ"). It is a target when the text marks it as one: a range, a percentage,
a bound ("ít nhất", "tối thiểu", "từ", "trên", "không dưới" → a minimum;
"tối đa", "không quá", "dưới", "trong thời hạn" → a maximum; "trở lên"), a
target word in the sentence ("phấn đấu", "chỉ tiêu", "đạt"), a "Label: N
unit" line, or a place in a "Chỉ tiêu"/"Mục tiêu" section. A bare duration
("sau 30 ngày") or count ("tổ chức 02 hội nghị nêu trên") is not. Nor are
past results ("Đến nay, 100% … đã triển khai"), conditions ("nếu … thấp
dưới 30%"), examples ("Ví dụ") and requests ("hỗ trợ 20 xe"). "so với năm
2025" is a baseline, not the period; a rate per period ("8%/năm", "Hằng năm,
… tăng trên 3%", "mỗi tháng đạt tối thiểu 20%") has the unit "%" and the
period "mỗi năm"/"mỗi tháng" (as case 12 gives "1,0-1,5%/năm"). The same target restated in one
sentence, or named again after "mục tiêu", is one target. More kinds (round-the-
clock "24/24", case bands, pay in months, negated bounds, "chậm nhất N ngày",
plan appendices) are in :mod:`.target_words`. What a figure is about (its scope) is read by :mod:`.target_scope`;
which appendices hold targets is :mod:`.target_appendices`'s; the targets read twice are dropped by
:mod:`.target_restatements`; whether a figure's sentence reports the past is asked of :mod:`.target_context`
(session 36: moved out of this module unchanged).
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field, replace

from vanban.extract import inspection_counts as IC
from vanban.extract import kind_nouns as KN
from vanban.extract import limit_words as L
from vanban.extract import listed_counts as LC
from vanban.extract import patterns as P
from vanban.extract import plan_counts as PC
from vanban.extract import scope_words as SW
from vanban.extract import support_figures as SF
from vanban.extract import target_tiers as TT
from vanban.extract import target_words as W
from vanban.extract.base_heads import set_head
from vanban.extract.bound_pairs import paired_bounds
from vanban.extract.folded import Folded, clean_quote, kw, sentence_quote
from vanban.extract.numbers import (NUMBER, PERCENT_WORD_RE, PERCENT_WORDS, WORD_FRACTIONS, WORD_NUMBER_RE,
                                    WORD_NUMBERS, parse_number)
from vanban.extract.past_marks import past_marked
from vanban.extract.per_area_values import per_area_unit
from vanban.extract.per_item_sums import item_tail_end
from vanban.extract.report_sentences import reported_back
from vanban.extract.vote_shares import share_whole
from vanban.extract.sections import Layout, SpanSet, near_figure, printed_heading, sentence_bounds
from vanban.extract.target_context import (aim_named, announced_result, day_iso, done_in_past, earlier_year_reached,
                                           full_sentence_start, review_sentence, year_aside, year_done)
from vanban.extract.target_scope import (ITEM_LABEL, figure_scope, label_wrapped_before, limit_task, trim_scope,
                                         wrapped_after_colon, wrapped_line_start)
from vanban.models import Span, Target
from vanban.text import fold, fold_flat, has_diacritics

__all__ = ["find_targets"]

_UNIT_RE = re.compile(
    r"\s*(?:" + "|".join(f"(?P<u{i}>{kw(fu)})" for i, (_, fu) in enumerate(P.UNIT_FOLDED)) + ")"
)
_UNIT_BY_GROUP = {f"u{i}": u for i, (u, _) in enumerate(P.UNIT_FOLDED)}
# "05 ⏎ - 06%/năm" wraps a range; "Đến năm 2030 ⏎⏎ - 100% các dự án" is a year, then a bullet
_RANGE_SEP = (r"(?:[ \t]*-\s*|(?<!(?:19|20)\d\d)[ \t]*\n[ \t]*-\s*|\s*(?:d[e¢c6][e¢]?n|den|t[o6]i)\s*"
              rf"(?:{W.RANGE_END_BOUND}\s*)?)")  # "từ trên 15% đến không quá 30%": one range
#: (tgt43d) the per-mille sign as OCR reads it, "%o" glued ("độ mặn dưới 1%o:" for "1‰"; folded: "%ở" folds alike and
#: is refused as printed by :func:`_figure_kind`, an "ở" whose space was lost)
_PER_MILLE = r"%o(?![\w])"
_QTY_RE = re.compile(
    rf"(?<![\w/.,¢€-])(?P<a>{NUMBER}(?:\s?/\s?(?:{NUMBER}))?|(?:{PERCENT_WORD_RE})(?=[ \t]+{W.PERCENT_IN_WORDS})"
    rf"|(?:{PERCENT_WORD_RE})(?={W.DIGITS_CONFIRM_AFTER}|{W.ISSUES_AHEAD})|(?:{WORD_NUMBER_RE})(?=\s))[ \t]*(?P<pa>{_PER_MILLE}|[%‰]|{W.PERCENT_IN_WORDS})?"
    rf"(?:{_RANGE_SEP}(?P<b>{NUMBER})(?!\s?/\s?\d)\s*(?P<pb>{_PER_MILLE}|[%‰])?)?(?:(?<=\d)(?={P.GLUED_UNIT_RE.pattern})|(?![\w]))"
)
_WORD_NUM_FIRST = {w.split()[0] for w in (*WORD_NUMBERS, *PERCENT_WORDS)}
_WORD_NUM_START = re.compile(rf"^(?:{WORD_NUMBER_RE})$")
_WORD_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # a wrapped line, never a blank line (a table's next cell: "35-45 ⏎⏎ Ít có khả năng")
_GENERIC_NOUN_RE = re.compile(rf"{_WORD_GAP}(?P<n>[a-z\u0111]{{1,7}}(?:{_WORD_GAP}[a-z\u0111]{{1,7}}){{0,2}})")
_RATE_TAIL_RE = re.compile(rf"\s*/\s*(?P<den>{NUMBER})(?:\s+(?P<noun>[a-z]{{1,7}}(?:\s+[a-z]{{1,7}})?))?")
_SECTION_TARGET = re.compile(rf"{kw('chi tieu')}|{kw('muc tieu')}")
_ITEM_COUNT_NOUNS = ("muc tieu", "nhiem vu", "giai phap", "noi dung", "chi tieu", "nhom", "phan", "buoc")
_STRONG_BOUND = re.compile(rf"(?:{kw('it nhat')}|{kw('toi thieu')}|{kw('toi da')}|{kw('khong qua')}|{kw('khong vuot qua')}|{kw('khong duoi')})(?:\s+(?:{kw('cho')}|{kw('la')}))?\s*$")
_STRONG_NEAR = re.compile(rf"(?:{kw('it nhat')}|{kw('toi thieu')}|{kw('toi da')}|{kw('khong qua')}|{kw('khong duoi')})(?:\s+[a-z]+)?\s*$"
                          rf"|(?:{kw('it nhat')}|{kw('toi thieu')})(?:\s+(?:{kw('bao gom')}|{kw('gom')})(?:\s+{kw('co')})?)?\s*:\s*$")  # (tgt39b) "tối thiểu gồm: 02 …"; (tgt40) "tối thiểu: 02 …"
_TOTAL_IN_CLAUSE = re.compile(rf"(?<![a-z]){kw('tong so')}\s+\d")
_RANK_BEFORE = re.compile(r"(?<![a-z])t[o6]p\s*$")
_LIST_GAP_RE = re.compile(r"\s*(?:\([^()\n]{0,60}\)\s*)?(?:,|\s(?:va|v[a4]|hoac))\s*")
# (tgt34a: a bracket naming what the item covers goes on the list, "tối đa 01 tập thể (tổ đảng, đoàn thể) và 02 cá
# nhân", a32-02)
_AT_END = re.compile(r"$")
#: the units a time limit after a case's comma counts in (not patterns.LIMIT_TIME_UNITS, a procedure's four; fixrev41
#: renamed): the time units, and (tgt41c) minutes ("Khi phát hiện cháy,
#: lực lượng tại chỗ có mặt tại hiện trường không quá 30 phút", t40-05: a response time, the rule's limit)
_CASE_LIMIT_UNITS = P.TIME_UNIT_FOLDED | {"phut"}
_COUNT_BEFORE_RE = re.compile(rf"(?<![\w/.,])(?:{NUMBER})(?=[ \t]+(?!tai(?![a-z]))[a-z\u0111])")  # a count, its noun after (folded)
_TIME_AFTER = re.compile(r"\d[\d.,]*\s*(?:\([a-z\s]+\)\s*)?(?:" + "|".join(sorted(P.TIME_UNIT_FOLDED, key=len, reverse=True)) + r")(?![a-z])")
_LETTER_ITEM = re.compile(r"\n[ \t*_]*[a-z\u0111]\)\s")
_CLAUSE_START = re.compile(rf"[,;:]|\s-\s|\n(?=\s*(?:[-+•*]|{ITEM_LABEL}|\n))")


def _num(s: str) -> float:
    v = parse_number(s.replace(" ", ""))
    if v is None:
        v = parse_number(s)
    if v is None:
        v = PERCENT_WORDS.get(fold_flat(s))  # "năm mươi" before "phần trăm"
        v = None if v is None else float(v)
    return 0.0 if v is None else v


def _compound_confirmed(compound: tuple, v: str, count_end: int, unit_end: int) -> bool:
    """Whether a compound of :data:`W.COMPOUND_AFTER_UNIT` is confirmed by what its entry asks: the words right after
    the unit ("ngày công lao động", "… ngày công.") or those right before the count ("huy động 500 ngày công") — why:
    "05 ngày công ty phải …" begins another noun, the days are a time limit."""
    after, before = compound[2], compound[3]
    if after is None and before is None:
        return True
    return bool(after is not None and after.match(v, unit_end)) \
        or bool(before is not None and before.search(v, max(0, count_end - 60), count_end))


def _marked_line(o: str, start: int, end: int) -> bool:
    """Whether the line of ``o`` holding [start, end) prints a Vietnamese mark outside that span: the text has its
    marks there, so a word without them is what it prints, not a look-alike that lost them (:func:`.time_unit_word`)."""
    a, b = o.rfind("\n", 0, start) + 1, o.find("\n", end)
    b = len(o) if b < 0 else b
    return has_diacritics(o[a:start]) or has_diacritics(o[end:b])


#: (fixrev49, review 49) what makes an unmarked "nam" after a figure men on a marked line: "nữ" printed in the same
#: clause ("tối đa 02 nam, 02 nữ") or a person word right after it ("05 nam sinh", "03 nam giới"); without them a
#: dropped mark is likelier ("trong thời hạn 05 nam", "02 nam tới", a legacy line "tối da 1a 1 nam, tính từ …")
_WOMEN_IN_CLAUSE_RE = re.compile(r"(?<![^\W\d_])nữ(?![^\W\d_])", re.IGNORECASE)
_PERSON_AFTER_NAM_RE = re.compile(r"\s+(?:sinh|giới|thanh niên|đồng chí|cán bộ|đảng viên|học sinh|vận động viên)(?![^\W\d_])",
                                  re.IGNORECASE)


def _men_named(o: str, start: int, end: int) -> bool:
    """Whether the unmarked word at [start, end) after a figure names men (:data:`_WOMEN_IN_CLAUSE_RE`,
    :data:`_PERSON_AFTER_NAM_RE`) on a line that prints its marks (:func:`_marked_line`)."""
    if not _marked_line(o, start, end):
        return False
    if _PERSON_AFTER_NAM_RE.match(o, end):
        return True
    a = max(o.rfind("\n", 0, start), o.rfind(";", 0, start), o.rfind(".", 0, start)) + 1
    b = min((i for i in (o.find("\n", end), o.find(";", end), o.find(".", end)) if i >= 0), default=len(o))
    return bool(_WOMEN_IN_CLAUSE_RE.search(o, a, b))


def _counted_noun(v: str, o: str, pos: int) -> tuple[str | None, int, bool]:
    """(unit, end, known) of the counted noun right after a number at ``pos``:
    a unit of the list first ("tổ chức cơ sở đảng"), else the first words
    that are not a verb, preposition or a new clause ("02 vùng")."""
    sp = W.SPELLED_OUT_AFTER_RE.match(v, pos) or W.DIGITS_AGAIN_AFTER_RE.match(v, pos)
    if sp and all(w in W.SPELLED_NUMBER_WORDS or w.isdigit() for w in sp.group("w").split()):
        pos = sp.end()  # "09 (chín) ký tự": the count spelled out again
    if hm := W.HOUSE_NAME_AFTER_RE.match(o, pos):  # (tgt53) "02 "Mái ấm Công đoàn"": houses, named by their scheme
        return "nhà", hm.end(), True
    qm = W.QUOTED_NAME_AFTER_RE.match(o, pos)
    if qm:  # "ít nhất 01 mô hình … và 01 “Điểm chữa cháy công cộng”": the things counted named in quotes
        return " ".join(qm.group("name").split()).lower(), qm.end(), False
    if ab := KN.abbreviated_noun_at(o, pos):  # (tgt43b) "ít nhất 01 HTX ứng dụng …": the kind's initials are the noun
        return ab, o.index(ab, pos) + len(ab), False
    um = _UNIT_RE.match(v, pos)
    if um and _UNIT_BY_GROUP[next(g for g, val in um.groupdict().items() if val is not None)] == "đồng" \
            and o[um.start():um.end()].strip().lower() in W.NOT_DONG_PRINTED:
        um = None  # (tgt37b) "40 bóng đèn": a lamp, no đồng
    if um and fold(_UNIT_BY_GROUP[next(g for g, val in um.groupdict().items() if val is not None)]) in P.TIME_UNIT_FOLDED \
            and not P.time_unit_word(o[um.start():um.end()].strip(), _men_named(o, um.start(), um.end())):
        um = None  # (tgt39b) "Tặng 2.000 giỏ đi chợ": baskets, no hours (the marks tell; a text without them stays time)
        # (tidy49) "04 nữ và 04 nam" on a marked line: men, no years
    elif um and o[um.start():um.end()].strip() == "thang" and W.LADDER_AFTER_RE.match(o, um.end()):
        um = None  # (tgt39b) "01 thang dây": a ladder, no month
    if um:
        unit = _UNIT_BY_GROUP[next(g for g, val in um.groupdict().items() if val is not None)]
        compound = W.COMPOUND_AFTER_UNIT.get(fold(unit))
        if compound and compound[0].match(v, um.end()) and _compound_confirmed(compound, v, pos, um.end()):
            # "01 tuyến đường hoa": the counter, "tuyến"
            return compound[1], pos + len(v[pos:um.end()]) - len(v[pos:um.end()].lstrip()) + len(compound[1]), True
        comrades = W.COMRADES_AFTER_RE.match(v, um.end()) if unit == "đồng" else None
        if comrades:  # "Ban Thường vụ 05 đồng chí", "từ 11 đến 13 đồng ⏎ chí": comrades, no sum of đồng
            return "đồng chí", comrades.end(), True
        return unit, um.end(), True
    gm = _GENERIC_NOUN_RE.match(v, pos)
    if not gm:
        return None, pos, False
    words = gm.group("n").split()
    printed = o[gm.start("n"):gm.end("n")].lower().split()  # the same words with their marks ("cổ đông", not "có")
    kept: list[str] = []
    for i, w in enumerate(words):
        if w in P.NOUN_STOP_WORDS and not (i < len(printed) and (printed[i] in P.NOUN_SYLLABLES_PRINTED or (
                i == 0 and printed[i] in P.NOUN_SYLLABLES_UNMARKED and _marked_line(o, gm.start("n"), gm.end("n"))))):
            break  # ("01 đội nam": the team's qualifier stays out of its noun, as before; tgt47t's pair)
        if i < len(printed) and printed[i] in W.NOUN_STOP_PRINTED:
            break  # "không quá 05 phút kể từ khi nhận được tin báo": "kể từ" opens the time's start, no noun
        if w == "x":
            break  # (tgt36b) "46 mét x 7.800.000 đồng/mét = …": the product's sign, no word of the noun
        if w == "tri" and printed[i:i + 1] == ["trị"] and (words[i + 1:i + 2] == ["gia"] or (
                i + 1 == len(words) and _GIA_NEXT_RE.match(v, gm.end("n")))):
            break  # (tgt45b) "01 suất quà trị giá 100.000 đồng": "trị giá" opens the gift's worth, no word of the noun
        if i == 1 and words[0] in _ACRONYM_HEADS and _acronym_word(o, gm.start("n"), i):
            break  # (tgt36b) "03 Tổ TK&VV": the kind is the head noun, the capitals name which (Tổ tiết kiệm và vay vốn)
        kept.append(w)
    if not kept:
        return None, pos, False
    n = len(kept)
    span_end = gm.start("n") + len(" ".join(words[:n]))
    if n == 3:
        span_end = _word_cut_by_cap(v, o, span_end)
    return clean_quote(o[gm.start("n"):span_end]).lower(), span_end, False


#: (tgt45b) "giá" right after a noun's last word "trị" (folded): "trị giá", the worth that follows
_GIA_NEXT_RE = re.compile(r"[ \t]+gia(?![a-z])")
#: a word of capitals after a counted noun's head, an acronym naming which kind ("Tổ TK&VV", "Tổ ANTT"), printed; the
#: heads of groups it may name (folded: not "triệu USD", whose capitals are the currency)
_ACRONYM_HEADS = ("to", "doi", "nhom", "hoi", "ban", "diem")
_ACRONYM_AFTER_HEAD_RE = re.compile(r"[A-ZĐ]{2,}(?:&[A-ZĐ]+)*[,.;:]?")


def _acronym_word(o: str, start: int, i: int) -> bool:
    """The ``i``-th printed word from ``start`` in ``o`` is an acronym in capitals (:data:`_ACRONYM_AFTER_HEAD_RE`) after
    a head printed in lower case ("Tổ TK&VV"; not a line in capitals, "03 NHIỆM VỤ")."""
    words = [x.group(0) for x in re.finditer(r"\S+", o[start:start + 80])]
    return i < len(words) and not words[0].isupper() and bool(_ACRONYM_AFTER_HEAD_RE.fullmatch(words[i]))


def _capitalised_counter(v: str, s0: int, start: int, pos: int) -> bool:
    """A counter word after the bounded figure ending at ``pos`` that legacy OCR printed with a capital ("ít nhất 01 Lần
    trong năm"), or a team's kind ("ít nhất 01 Tổ công nghệ số cộng đồng"): a counted noun still, where a capital word is otherwise a name ("03 Chương trình"; "gọi tắt 14 Đợt thi
    đua", OCR's "14" for "là", names a campaign)."""
    nx = W.NEXT_SYLLABLE_RE.match(v, pos) or W.NEXT_SYLLABLE_PAST_BREAK_RE.match(v, pos)  # (session 29) "ít nhất 02 ⏎⏎
    # Lần trong năm": a legacy page's wrapped line, its capital taken for a paragraph's start
    if not nx or nx.group("w") not in (*W.CAPITALISED_COUNTERS, *W.CAPITALISED_GROUPS):
        return False
    if _STRONG_NEAR.search(v, max(s0, start - 30), start):
        return True
    # (tgt39b) a group's kind counted in a total of the clause: "toàn phường có tổng số 70 Tổ liên gia … và 28 Điểm chữa
    # cháy công cộng" — "tổng số" counts, a name is never totalled
    clause = max(s0, v.rfind(";", s0, start) + 1)
    if nx.group("w") in W.CAPITALISED_GROUPS and (at := W.GROUPS_AT_PLACES_AFTER_RE.match(v, pos)) \
            and at.group("n").lstrip("0") == v[start:pos].strip().lstrip("0"):
        return True  # (t53tgt) "11 Tổ công nghệ số cộng đồng tại 11/11 ấp": one team at each place, counted
    return nx.group("w") in W.CAPITALISED_GROUPS and bool(_TOTAL_IN_CLAUSE.search(v, clause, start + 1))


def _class_opened(v: str, o: str, s0: int, start: int, num_end: int) -> bool:
    """(tgt39a) The classes a plan opens, their counter printed with a capital ("Mở 02 Lớp bồi dưỡng nhận thức về Đảng":
    legacy OCR's restoration, a37-08): the verb "mở" right before the count (:data:`target_words.CLASSES_OPENED_BEFORE_RE`)
    and a class noun after it (:data:`target_words.CLASS_NOUNS`) — the kind counted, never a name's first word."""
    nx = W.NEXT_SYLLABLE_RE.match(v, num_end)
    return bool(nx) and nx.group("w") in W.CLASS_NOUNS \
        and bool(W.CLASSES_OPENED_BEFORE_RE.search(o, max(s0, start - 12), start))


def _count_of_total(v: str, o: str, m: re.Match[str], num_s: str, den: float) -> tuple[float, str, int] | None:
    """(count, counted noun, end) of a count printed over the whole it is out of: "Có ít nhất 22/24 thôn, tổ dân phố đạt
    danh hiệu …", "19/19 thôn đạt danh hiệu “Thôn văn hóa”" — so many of the 24 (19) thôn, the labels' "min 22, unit
    thôn" (a24-06, a29-01), no share. Only a whole above a handful, or every one of it ("19/19"), with its noun right
    after: "2/3 thành viên", "ít nhất 2/3 tổng số đảng viên" are shares, their figure a fraction; "85,7% (12/14
    trường)" says again the share before it."""
    num = parse_number(num_s)
    if num is None or num > den or (den <= W.FRACTION_MAX_WHOLE and num != den):
        return None
    if W.EQUIVALENT_BEFORE_RE.search(v, max(0, m.start() - 20), m.start()):
        return None
    noun, noun_end, _ = _counted_noun(v, o, m.end())
    if not noun or W.SHARE_OF_WHOLE_NOUN_RE.match(fold(noun)):
        return None
    return float(num), noun, noun_end


def _all_places_zeroed(v: str, o: str, m: re.Match[str], a_txt: str) -> bool:
    """(tgt38b) Whether the fraction ``a_txt`` with leading zeros ("06/06") at ``m`` counts every one of the places or
    bodies its noun names ("tại 06/06 chi hội": all six), no day and month (:data:`target_words.WHOLE_BODY_NOUNS`);
    (tgt39b) or some of them, "Kiểm tra 08/21 chi bộ trực thuộc" (eight of the 21: a count out of its whole, as
    "22/24 thôn" is, :func:`_count_of_total`)."""
    num_s, _, den_s = a_txt.partition("/")
    if not num_s.strip().isdigit() or not den_s.strip().isdigit() or int(num_s) > int(den_s) or int(num_s) < 1 \
            or (num_s.strip() == den_s.strip() and int(num_s) < 2):
        return False
    if W.DATE_CUE_BEFORE_RE.search(v, max(0, m.start() - 12), m.start()):
        return False
    noun, _, _ = _counted_noun(v, o, m.end())
    head = fold(noun or "")
    return bool(noun) and (W.place_unit(head) or any(head == n or head.startswith(n + " ") for n in W.WHOLE_BODY_NOUNS))


def _case_figure(v: str, o: str, c0: int, m: re.Match[str], a: float, b: float | None, unit: str | None, unit_end: int,
                 pct: bool) -> bool:
    """Whether the figure ``m`` says which case a rule is for, per what, or of which grade, not what to reach:

    - a band the body owns, a rule after it in the clause: "chi bộ có trên 50 đảng viên bố trí ít nhất 02 tuyên truyền
      viên", "Chi bộ có từ 20% đến 30% đảng viên xếp loại … thì …" (:data:`target_words.OWNED_BAND_BEFORE_RE`; before
      "thì" a two-sided band only: a one-sided threshold of a grading rule is a target);
    - one unit a later figure is counted per: "Giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt đạt trên 150 triệu";
    - a grade of what a figure of the clause counts: "ít nhất 08 sản phẩm đạt chuẩn OCOP từ 3 sao trở lên", "Số sản
      phẩm OCOP được công nhận từ 3 sao trở lên tăng bình quân 8 - 10%/năm" (the labels: grades are no targets);
    - the population earlier counts are per: "19 bác sĩ và 35 giường bệnh trên 10.000 dân";
    - the window of a lapse: "trong 01 năm không tham gia …", "trong 02 năm liền không thực hiện …";
    - which things a share before it counts: "Không quá 5% số xã, phường có tỷ lệ tiêm chủng đầy đủ dưới 90%";
    - which of the bodies ("các xã có từ 02 trường THPT trở lên"), unless they open the clause and a rule for them follows
      ("các cơ quan có dưới 15 cán bộ được ghép với …": the rule's threshold, :data:`target_words.OWNER_RULE_AFTER_RE`)."""
    start = m.start()
    after = max(unit_end, m.end())
    if W.SHARE_OF_OWNERS_BEFORE_RE.search(v, max(0, start - 160), start):  # (across the commas of a list of things)
        return True
    if not pct and W.RATE_OWNERS_BEFORE_RE.search(v, max(c0, start - 90), start) and W.RATE_AFTER_OWNERS_RE.match(v, after):
        return True  # (t53tgt) "Tỷ lệ hộ gia đình có ít nhất 01 thành viên sở hữu … đạt tối thiểu 88%": which the rate counts
    rule = W.RULE_AFTER_BAND_RE.match(v, after)
    if rule and b is None and W.THEN_WORD_RE.search(o, after, rule.end()):
        rule = None  # "chi bộ có dưới 05 đảng viên được xếp loại … thì được xem xét tối đa 01 đảng viên": a one-sided
        # threshold before "thì" is a target, as below (a28-08), whatever bound its rule then sets
    owners = W.PLURAL_OWNER_BAND_BEFORE_RE.search(v, max(c0, start - 60), start) if b is None else None
    if owners and not rule and not W.THEN_AFTER_BAND_RE.match(o, after) \
            and not (not v[c0:owners.start()].strip() and W.OWNER_RULE_AFTER_RE.match(v, after)):
        return True  # (tgt31a) "các xã có từ 02 trường THPT trở lên": which of the bodies, no figure to reach
    if W.OWNED_BAND_BEFORE_RE.search(v, max(c0, start - 12), start) and (
            rule or (b is not None and W.THEN_AFTER_BAND_RE.match(o, after))):
        return True  # (tg24) a one-sided threshold before "thì" is a target: "Tổ chức đảng có từ 20% trở lên số đảng
        # viên xếp loại … thì không được xếp loại …" — the tuning labels' majority (a16-06, a18-08, t20-08, a22-08)
    if a == 1 and b is None and not pct and W.PER_ONE_BEFORE_RE.search(v, max(c0, start - 8), start) \
            and W.REACH_FIGURE_AFTER_RE.match(v, after):
        return True
    folded_unit = fold(unit or "")
    if folded_unit in W.GRADE_UNITS:  # also before the figure: "Số sản phẩm OCOP được công nhận từ 3 sao trở lên tăng …"
        return True
    if b is None and not pct and folded_unit in W.POPULATION_UNITS and W.PER_ONE_BEFORE_RE.search(v, max(c0, start - 8), start) \
            and re.search(r"\d", v[c0:max(c0, start - 8)]):
        return True  # "35 giường bệnh trên 10.000 dân": the population the counts before it are per
    if b is None and folded_unit in P.TIME_UNIT_FOLDED and W.WITHIN_BEFORE_RE.search(v, max(c0, start - 8), start):
        run = W.WINDOW_RUN_AFTER_RE.match(v, after)
        return bool(L.LAPSE_AFTER_RE.match(v, run.end() if run else after))
    if b is None and folded_unit in P.TIME_UNIT_FOLDED and (run := W.PROHIBITED_RUN_AFTER_RE.match(v, after)) \
            and W.PROHIBITED_BODIES_BEFORE_RE.search(v, max(c0, start - 60), start):
        return bool(L.LAPSE_AFTER_RE.match(v, run.end()))  # (tgt39a) "không còn chi bộ 02 năm liền không kết nạp …"
    return False


def _case_band(v: str, o: str, s0: int, pos: int, unit_end: int) -> bool:
    """Whether the one-sided band at ``pos`` ("có từ 100 công chức, viên chức trở lên", "dưới 100 công chức") sits in a
    part that opens with "đối với" / "trường hợp" (after the sentence's last ":" or ";") and the bound of the rule for
    that case follows in the part, across its commas ("…, đề nghị không quá 08 tập thể"): the band says which case,
    the rule's figure is the target. Not with "thì" between: a grading rule's one-sided threshold before "thì" is a
    target (:func:`_case_figure`)."""
    cut = max(v.rfind(":", s0, pos), v.rfind(";", s0, pos))
    if not W.CASE_OPENING_RE.match(v, cut + 1 if cut >= 0 else s0, pos):
        return False
    if not W.CASE_BAND_BEFORE_RE.search(v, max(s0, cut + 1, pos - 12), pos):
        return False
    rule = W.CASE_RULE_AFTER_RE.match(v, unit_end)
    return bool(rule) and not W.THEN_WORD_RE.search(o, unit_end, rule.end())


def _word_cut_by_cap(v: str, o: str, end: int) -> int:
    """The end of a counted noun of three syllables, one syllable further when the cap of three cut a word: "không để
    xảy ra quá 02 vụ việc phức tạp trong năm" (a newcomer's Chỉ thị) — the next syllable is a plain word and a
    function word follows it ("trong"), so it closes the last word ("phức tạp"). Before a mark the syllable is as
    often a word of its own ("6 khu công nghiệp xanh."), and the three are kept — unless the two syllables make a
    modifier of :data:`target_words.SPLIT_MODIFIERS` ("50 bài giảng điện tử mẫu.")."""
    nx = W.NEXT_SYLLABLE_RE.match(v, end)
    if nx and f"{v[max(0, end - 12):end].split()[-1]} {nx.group('w')}" in W.SPLIT_MODIFIERS:
        return nx.end()  # "bài giảng điện | tử" ("tử" folds like "từ"): the cap cut a two-syllable modifier
    if nx and f"{v[max(0, end - 12):end].split()[-1]} {nx.group('w')}" in W.SPLIT_VERBS:
        # (ncfix50a) "tối thiểu 05 kịch bản ứng | dụng dữ liệu" (144/KH-UBND): the cap cut a verb that opens the noun's
        # modifier ("ứng dụng dữ liệu"); the noun ends at its head's two syllables ("kịch bản")
        return len(v[:end].rstrip()) - len(v[max(0, end - 12):end].split()[-1]) - 1
    if not nx or nx.group("w") in P.NOUN_STOP_WORDS:
        return end
    after = W.NEXT_SYLLABLE_RE.match(v, nx.end())
    return nx.end() if after and after.group("w") in P.NOUN_STOP_WORDS else end


def _papers_asked(v: str, c0: int, pos: int, unit: str | None) -> bool:
    """Whether the figure at ``pos`` counts papers a verb of the rule asks for ("nộp 01 bộ hồ sơ", "lập thành
    hai (02) bản"; :data:`limit_words.PAPERS_SET_BEFORE_RE`), not papers already handed in."""
    return bool(unit and L.PAPER_NOUN_RE.match(unit.lower()) and L.PAPERS_SET_BEFORE_RE.search(v, max(c0, pos - 30), pos))


def _period(f: Folded, s0: int, s1: int, title_period: str | None, at: int | None = None) -> str | None:
    """The period a target's sentence names, else the title's; ``at`` (the target's end): a due time in its own
    clause after it ("100% khu dân cư trong tháng 11/2027") comes first (P.DUE_PERIOD_RE)."""
    v = f.view
    if at is not None and (due := _due_period(f, at, s1, title_period)):
        return due
    if at is not None:  # "đến cuối tháng 10/2026 có ít nhất 70% …": the month named before it, in its clause
        by = None
        # (within the words just before it: a sentence without end, a text on one line, is not read again per figure)
        for by in P.BY_MONTH_PERIOD_RE.finditer(v, max(s0, at - _BY_MONTH_REACH, v.rfind(";", max(s0, at - _BY_MONTH_REACH), at) + 1), at):
            pass
        if by:
            return clean_quote(f.original[by.start("p"):by.end("p")])
    for m in P.PERIOD_RE.finditer(v, s0, s1):
        if any(b.start() <= m.start() < b.end() for b in P.BASELINE_RE.finditer(v, max(s0, m.start() - 12), m.end())):
            continue  # "so với năm 2025": the baseline
        return clean_quote(f.original[m.start():m.end()])
    return title_period


_BY_MONTH_REACH = 160  # characters before a target's end its "đến cuối tháng 10/2026" is looked for in


def _due_period(f: Folded, at: int, s1: int, title_period: str | None) -> str | None:
    """The due time right after a target, in its clause (to the next ";" or the sentence's end): "tháng 11/2027",
    "Quý II/2027"; "6 tháng đầu năm" takes the year of the title's period ("năm 2027") when it names none."""
    semi = f.view.find(";", at, s1)
    m = P.DUE_PERIOD_RE.search(f.view, at, semi if semi >= 0 else s1)
    if m is None:
        return None
    said = clean_quote(f.original[m.start("p"):m.end("p")])
    year = re.search(r"(?:19|20)\d\d", title_period or "")
    if year and fold(said).endswith(" nam"):  # "6 tháng đầu năm": of the title's year
        said = f"{said} {year.group(0)}"
    return said


def with_printed_codes(targets: list[Target]) -> list[Target]:
    """``targets`` with each code of :data:`target_words.PRINTED_CAPS_UNITS` in their units as their own text prints
    it: the readers lower a unit's case ("tỷ usd"), the document writes "8,95 tỷ USD" (0204/KH-UBND's forecast; the labels
    write "tỷ USD", a20-02 and a22-05), "176 MW" (real50). One pass over every reader's targets (prose, table columns,
    norm tables), so a code has one spelling whichever found it; the bench folds case, so no figure moves."""
    out = []
    for t in targets:
        codes = {w.lower(): w for w in re.findall(r"\w+", t.text or "") if w in W.PRINTED_CAPS_UNITS}
        unit = re.sub(r"\w+", lambda w: codes.get(w.group(0), w.group(0)), t.unit) if codes and t.unit else t.unit
        out.append(replace(t, unit=unit) if unit != t.unit else t)
    return out


def _clause_start(v: str, s0: int, pos: int) -> int:
    cut = s0
    for m in _CLAUSE_START.finditer(v, s0, pos):
        cut = m.end()
    return cut


class _TitlePeriod(str):
    """The period the title names ("năm 2026"), marked so that a target left with it can be told from one whose
    own sentence names the same period."""


def find_targets(f: Folded, lay: Layout, start: int, end: int, masks: list[tuple[int, int]],
                 title_period: str | None, firm_only: bool = False, doc_date: str | None = None,
                 task_table: bool = False) -> list[Target]:
    """Targets in ``[start, end)`` (:func:`_targets_in`); a target whose sentence names no period takes the one its
    part's heading names before the title's: "BÁO CÁO kết quả thực hiện nhiệm vụ năm 2026, phương hướng, nhiệm vụ
    năm 2027" reports on 2026 in "I. KẾT QUẢ … NĂM 2026" and sets the targets of "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM
    2027" for 2027 (a newcomer's Báo cáo, session 15). ``doc_date``: the document's own date (ISO); a year before its
    year is past where the title names no period. ``task_table``: with ``firm_only``, the part is a plan's task table
    (:func:`.target_appendices.task_table_appendix`), whose percentages are read as firmly as bounds."""
    doc_year = int(doc_date[:4]) if doc_date and doc_date[:4].isdigit() else None
    out = _targets_in(f, lay, start, end, masks, _TitlePeriod(title_period) if title_period else None, firm_only, doc_year,
                      doc_date if doc_date and len(doc_date) == 10 else None, task_table)
    return [_heading_period(t, f, lay) if isinstance(t.period, _TitlePeriod)
            else _heading_period(t, f, lay, aims_only=True) if t.period is None else t for t in out]


def _heading_period(t: Target, f: Folded, lay: Layout, aims_only: bool = False) -> Target:
    """``t`` with the period of the innermost section heading around it that names one, else the title's: a part's
    ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027") or (session 24) a numbered heading's inside it ("1. Phát triển kinh tế số
    đến năm 2030" under "II. MỤC TIÊU" of a plan "giai đoạn 2026 - 2030", 144-KH-UBND: its targets are set for 2030).
    ``aims_only``: ``t`` has no period at all (the title names none): only a heading that names aims gives one ("2. Mục
    tiêu cụ thể đến năm 2030", 597/KH-UBND, the session-25 newcomer; not "1. Kết quả năm 2025", whose figures are past)."""
    period = None if aims_only else str(t.period)
    if t.span:
        around = [(s, e, head) for head, s, e in (*lay.sections, *lay.subsections, *lay.groups) if s <= t.span.start < e]
        for s, e, head in sorted(around, key=lambda x: x[1] - x[0]):
            head = printed_heading(head)  # (not the "Năm 2026, … xảy ra 07 vụ cháy" of a lead-in read into it)
            m = P.PERIOD_RE.search(Folded.of(head).view)
            if m and aims_only and not W.AIMS_HEADING_RE.search(Folded.of(head).view):
                break  # the innermost heading with a period names no aims: its period is not the target's
            if m:
                period = clean_quote(head[m.start():m.end()]).lower()
                break
    return replace(t, period=period)


def target_parts(lay: Layout) -> tuple[tuple[int, int], ...]:
    """The extents of the parts and nested parts headed as targets alone ("III. CHỈ TIÊU", "2. Các chỉ tiêu chủ yếu";
    not "Mục tiêu, chỉ tiêu và nhiệm vụ", which names the tasks too, nor "III. NỘI DUNG, CHỈ TIÊU", which names the
    activities)."""
    return tuple((s, e) for head, s, e in (*lay.sections, *lay.subsections)
                 if W.TARGETS_HEADING_RE.search(Folded.of(head).view) and not W.TASKS_HEADING_RE.search(Folded.of(head).view)
                 and not W.CONTENTS_HEADING_RE.search(Folded.of(head).view))



def requirement_parts(lay: Layout) -> tuple[tuple[int, int], ...]:
    """The extents of the parts headed as the plan's purposes and requirements ("I. MỤC ĐÍCH, YÊU CẦU", "2. Yêu cầu";
    :data:`target_words.REQUIREMENTS_HEADING_RE`), not those naming its tasks as well: the goals a Kế hoạch sets
    there are said again by its tasks, and counted once (:mod:`.restated_goals`)."""
    return tuple((s, e) for head, s, e in (*lay.sections, *lay.subsections)
                 if W.REQUIREMENTS_HEADING_RE.search(Folded.of(head).view) and not W.TASKS_HEADING_RE.search(Folded.of(head).view))


def _top_parts(lay: Layout) -> list[tuple[str, int, int]]:
    """(tgt42b) The parts of a document numbered "1.", "2." at its top level when it has no roman ones: a xã's Kế hoạch
    headed "1. MỤC TIÊU", "2. TIÊU CHÍ …", "3. NGUỒN LỰC …" has no ``sections``, its parts are read as ``subsections``
    (those nested in none); they are its parts as "I. MỤC TIÊU" would be — a "Mục tiêu" part's lines are aims."""
    if lay.sections:
        return []
    subs = list(lay.subsections)
    # the heading alone: the structure may read the lead-in paragraph into it when a list follows ("3. Đối với kế hoạch
    # vốn năm 2027** Tổng kế hoạch vốn … là 12.480 tỷ đồng. Mục tiêu giải ngân …", t28-03): it ends at its bold's close,
    # its line's end or its first sentence's end
    return [(_HEADING_END.split(h, 1)[0], s, e) for h, s, e in subs
            if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for _, s2, e2 in subs)]


_HEADING_END = re.compile(r"\*\*|__|\n|[.:;](?=\s)")


@dataclass
class _Scan:
    """One reading of ``[start, end)`` (:func:`_targets_in`), shared by the passes of :data:`_FIGURE_PASSES`: the text
    (folded view ``v``, original ``o``), the layout's parts that change how a figure reads, the targets read so far, and
    the list state one figure hands the next (a bound running on through a list, the works a task opened with, a
    label's count, a total whose parts follow). One object instead of the passes' long argument lists."""
    f: Folded
    lay: Layout
    start: int
    end: int
    masks: list[tuple[int, int]]
    title_period: str | None
    firm_only: bool = False
    doc_year: int | None = None
    doc_day: str | None = None
    task_table: bool = False
    out: list[Target] = field(default_factory=list)
    seen: set[tuple] = field(default_factory=set)
    figures: set[tuple[float, str]] = field(default_factory=set)  # (figure, folded unit) of the targets read so far
    ends: dict = field(default_factory=dict)  # sentence_bounds' memory of the sentence ends found: one scan of a long
    # sentence, not one a figure
    carried: tuple[int, int, str, str] | None = None  # (start, end, "min"/"max", folded unit) of the last one-sided bound
    works_end: tuple[int, str] | None = None  # (end, first unit word) of the last amount of works a task opened with
    carried_pct: tuple[int, int, str] | None = None  # … of the last percentage after a firm bound word ("ít nhất 20%")
    carried_floor: tuple[int, int] | None = None  # (start, end) of the last count after a floor word ("ít nhất 02 mô hình")
    consumed: int = -1  # the end of the last range whose second figure was read with its first
    label_end: int | None = None  # the end of the last count a "Label: N unit" line listed (:mod:`.listed_counts`)
    count_total: tuple[int, str] | None = None  # (end, folded unit) of the last exact count, the parts' total
    works_line: int | None = None  # (tgt38a) the start of the line whose works a task opened with: a later clause of that
    # line opening with a works verb counts its works too ("- Xây mới 03 nhà …, mức …/nhà; sửa chữa 02 nhà, mức …")
    lead_end: int | None = None  # (tgt37b) the end of the last exact count whose marking runs on through its list (an aim
    # word's, "phấn đấu có 15 mô hình và 30 điển hình"; a commendation's; a post's, "Bố trí 01 điểm … và 01 tổ …")

    def __post_init__(self) -> None:
        f, lay, start, end = self.f, self.lay, self.start, self.end
        v = self.v = f.view
        self.o = f.original
        target_sections = [(s, e) for head, s, e in (*lay.sections, *_top_parts(lay)) if _SECTION_TARGET.search(Folded.of(head).view)]
        # a nested heading that names the targets alone ("2. Các chỉ tiêu chủ yếu" under "Điều 1. Mục tiêu, chỉ tiêu và
        # nhiệm vụ năm 2027"): its lines are targets as a top-level one's are; not one that names the tasks too
        target_sections += [(s, e) for head, s, e in lay.subsections
                            if W.TARGETS_HEADING_RE.search(Folded.of(head).view) and not W.TASKS_HEADING_RE.search(Folded.of(head).view)]
        self.target_sections = target_sections
        # (tgt49) the cells of a table's column whose head names its figures as set ("Chỉ tiêu cần đạt năm 2036",
        # "Kế hoạch năm 2036", "Mục tiêu"; not the indicators' own names, "Chỉ tiêu", "Tên chỉ tiêu"): a figure there
        # is the plan's as a line of a "Chỉ tiêu" part is ("| Giáo dục | Đã đạt | Duy trì; có thêm 01 sản phẩm OCOP …",
        # a criteria table of a nông thôn mới plan, a47-03, t47-03)
        self.goal_cells = [(cs, ce) for row in lay.headed_rows for head, cs, ce in row if _goal_head(head)]
        # (tgt51) the cells of a duty roster's column whose head names the watch ("Thời gian trực", "Chế độ trực"):
        # a "24/24 giờ" there is the watch kept round the clock, as "trực 24/24 giờ" in a sentence is (:func:`_duty_hours`)
        self.watch_cells = SpanSet([(cs, ce) for row in lay.headed_rows for head, cs, ce in row
                                    if W.WATCH_HEAD_RE.search(fold(" ".join(head.split())).lower())])
        # the parts that set the plan's tasks ("IV. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "V. PHÂN CÔNG NHIỆM VỤ"): a count opening a
        # clause there is the task's amount (not in "1. Đánh giá kết quả thực hiện", a review's account)
        # (tgt35b) a nested heading naming the volume of work ("1. Khối lượng tài liệu"): its counts describe the work
        self.volume_parts = SpanSet([(s, e) for head, s, e in lay.subsections if W.VOLUME_HEADING_RE.match(Folded.of(head).view)])
        self.task_sections = SpanSet([(s, e) for head, s, e in (*lay.sections, *lay.subsections)
                                      if W.TASKS_HEADING_RE.search(Folded.of(head).view)
                                      or W.TASK_CONTENTS_HEADING_RE.search(Folded.of(head).view)])
        self.budget_sections = SpanSet([(s, e) for head, s, e in lay.sections if W.BUDGET_WORDS_RE.search(Folded.of(head).view)])
        # (tgt33d) an appendix read for firm bounds only reports nothing: a report's outline there names its results part
        # ("Phần thứ nhất KẾT QUẢ …") for the report to write, and its note "Báo cáo … không quá 06 trang" is a rule
        self.masked, self.results = SpanSet(self.masks), SpanSet([] if self.firm_only else lay.results)
        # a Báo cáo's requests ("III. KIẾN NGHỊ, ĐỀ XUẤT") are among its ``results`` parts, but they report nothing: the rate
        # a request sets out to reach ("… để bảo đảm kiên cố hóa đạt 100% đường trục xã") is a target (the labels' README),
        # the quantities asked for are dropped as requests (:func:`_procedure_limit`)
        self.asked = SpanSet(lay.requests)
        self.anchors = tuple(sorted(f.number_starts + tuple(
            s for s, e, k in f.tokens if k == "word" and v[s:e] in _WORD_NUM_FIRST)))
        self.examples = SpanSet(_example_blocks(v, start, end))
        # a "Thời hạn giải quyết" column
        self.limit_column = self.firm_only and bool(W.LIMIT_COLUMN_RE.search(v, max(0, start - 1), end))


@dataclass(repr=False)
class _Figure:
    """One quantity as the passes of :data:`_FIGURE_PASSES` read it: the match (``m``; a number word may be cut
    to its first word), its kind (percentage, fraction, number word), sentence and clause, unit, range, the bound
    cues found before and after it, whether a wording marks it as set (``marked``), its scope and period. Each pass
    reads what the passes before it wrote (every field is written, at its pass's top level, before any pass reads it:
    the defaults are never read)."""
    m: re.Match[str]
    # first written by :func:`_counts_nothing`
    line_start: int = 0
    a_txt: str = ""
    word_num: bool = False
    # first written by :func:`_measure_after`
    glued: re.Match[str] | None = None
    spaced: bool = False
    # first written by :func:`_figure_kind`
    pct: bool = False
    spelled_fraction: bool = False
    fraction: bool = False
    per_base: bool = False
    every_one: bool = False
    unit: str | None = None
    unit_end: int = 0
    per_one_period: bool = False  # (t51tgt) a rhythm "02 ngày trong 01 tháng": its unit "ngày/tháng"
    known: bool = False
    issues: bool = False
    a: float = 0.0
    s0: int = 0
    s1: int = 0
    # first written by :func:`_read_measure`
    listed: bool = False
    glued_end: int = 0
    goods_per: str | None = None  # (tgt38a) the area a level of goods is per ("40 kg giống/ha": "ha")
    mobilised: bool = False
    assured: bool = False
    rule_temperature: bool = False
    due_works: bool = False
    # first written by :func:`_read_range`
    b: float | None = None
    svc: tuple[str, int] | None = None
    # first written by :func:`_no_event`
    c0: int = 0
    s0c: int = 0
    lapse: re.Match[str] | None = None
    # first written by :func:`_past_result`
    past: re.Match[str] | None = None
    # first written by :func:`_procedure_limit`
    clause0: int = 0
    proc_cue: re.Match[str] | None = None
    exact_span: bool = False
    paper: str | None = None
    # first written by :func:`_bound_words_before`
    b0: int = 0
    before: str = ""
    lo: float | None = None
    hi: float | None = None
    marked: bool = False
    far_cue: re.Match[str] | None = None
    min_cue: re.Match[str] | None = None
    max_cue: re.Match[str] | None = None
    # first written by :func:`_bound_from_context`
    bl: re.Match[str] | None = None
    time_unit: bool = False
    full: re.Match[str] | None = None
    # first written by :func:`_bound_after`
    held_for: bool = False
    lead_exact: bool = False
    after: str = ""
    up_later: bool = False
    # first written by :func:`_bounds_from_cues`
    carried_on: bool = False
    floor_run: bool = False
    run: re.Match[str] | None = None
    set_length: bool = False
    # first written by :func:`_label_line`
    label: str | None = None
    on_label: bool = False
    listed_part: bool = False
    # first written by :func:`_marked_by_aim_or_works`
    part: int = 0
    list_lead: bool = False  # (its marking runs on to the next count of its list; also set by :func:`_marked_as_rule_count`)
    by_works: bool = False
    money_line: bool = False
    # first written by :func:`_marked_as_rule_count`
    papers: bool = False
    # first written by :func:`_marked_as_level`
    each_level: bool = False
    head_rate: re.Match[str] | None = None
    # first written by :func:`_scope_and_period`
    scope: str | None = None
    text_start: int = 0
    period: str | None = None
    waits: bool = False  # (tgt42b) the wait a rule sets before its case ("sau 72 giờ không có người nhận thì …"): the
    # case follows the figure, no case's figure (written by :func:`_time_reading`, read by :func:`_scope_and_period`)
    read_as: str | None = None  # the figure as repaired from the scan's reading ("196%" read, "100" meant), or None


def _targets_in(f: Folded, lay: Layout, start: int, end: int, masks: list[tuple[int, int]],
                title_period: str | None, firm_only: bool = False, doc_year: int | None = None,
                doc_day: str | None = None, task_table: bool = False) -> list[Target]:
    """Targets in ``[start, end)``, text order; ``masks`` (citations, dates) hold no quantity;
    ``firm_only``: only figures after a bound word ("tối thiểu", "không quá", "trong" a time), as in
    a procedure appendix (:func:`.target_appendices.procedure_appendices`); ``doc_day``: the document's date (ISO), the day a sentence's
    as-of day is past by. Each quantity (a number or a number word) goes through :data:`_FIGURE_PASSES` in turn, find
    → read → mark → record, until one of them settles it (a target recorded, or none)."""
    sc = _Scan(f, lay, start, end, masks, title_period, firm_only, doc_year, doc_day, task_table)
    for m in f.matches_at(_QTY_RE, sc.anchors, start, end):  # a quantity starts at a number (or number word)
        fg = _Figure(m)
        for read in _FIGURE_PASSES:
            if read(sc, fg):
                break
    out = paired_bounds(sc.out, sc.v, sc.f.original)  # "tối thiểu là 5% và tối đa là 20% giá khởi điểm": one range
    if not firm_only:
        out.extend(_frequencies(f, start, end, sc.masked, sc.examples, out, title_period, sc.results))
        out.extend(_age_bounds(f, start, end, sc.masked, sc.examples, out, title_period, sc.results, SpanSet(lay.cells)))
    return out


def _outside_aims(sc: _Scan, fg: _Figure) -> bool:
    """A figure read already (the far end of a range), one in a masked span (a cited symbol, a date), or one in a
    results part that neither strives nor names a goal ("Tỷ lệ … đạt 96,5%" under "Kết quả …" is achieved, not aimed at)
    is no target."""
    asked, consumed, masked, results, start, v = sc.asked, sc.consumed, sc.masked, sc.results, sc.start, sc.v
    m = fg.m
    if m.start() < consumed:
        return True  # "… đến 10.000.000 đồng": the end of a range read already
    if masked.covers(m.start()) or (results.covers(m.start()) and not asked.covers(m.start()) and not _strives(v, start, m.start())
                                    and not _goal_named(v, start, m.start())):
        return True  # a cited symbol or date; "Tỷ lệ … đạt 96,5%" under "Kết quả …" is achieved, not aimed at
        # (but "… phấn đấu đạt 100% kế hoạch" there is the aim for the rest of the year)
    return False


def _duty_hours(sc: _Scan, fg: _Figure) -> bool:
    """Round-the-clock service or a shift's duty hours ("giao nhận hàng … 24/24", "trực 12/24 giờ") are a target of their
    own (:func:`_round_the_clock`'s reading), no fraction; a watch kept round the clock ("thường trực 24/24 giờ") is none."""
    end, f, out, seen, start, title_period, v = sc.end, sc.f, sc.out, sc.seen, sc.start, sc.title_period, sc.v
    m = fg.m
    rtc = W.ROUND_THE_CLOCK_RE.match(v, m.start()) or (
        W.DUTY_BEFORE_RE.search(v, max(start, m.start() - 25), m.start()) and W.ROUND_THE_CLOCK_WEEK_RE.match(v, m.start()))
    duty = None if rtc else W.DUTY_HOURS_RE.match(v, m.start())
    if rtc and (W.WATCH_BEFORE_RE.search(v, max(start, m.start() - 45), m.start())
                or W.STANDBY_IN_CLAUSE_RE.search(v, max(start, m.start() - 150), m.start())
                or W.WATCH_AFTER_RE.match(v, rtc.end(), min(end, rtc.end() + 80))
                or sc.watch_cells.covers(m.start())):
        return True  # "thường trực 24/24 giờ", "24/24 giờ lực lượng … thường trực": a watch kept round the clock
    if rtc or (duty and 0 < int(duty.group("h")) < 24):  # "giao nhận hàng dự trữ quốc gia 24/24", "trực 12/24 giờ"
        hours = 24.0 if rtc else float(duty.group("h"))
        t = _round_the_clock(f, m.start(), (rtc or duty).end(), start, end, title_period, hours)
        if (hours, hours, fold(t.unit), "", t.span.start) not in seen:
            seen.add((hours, hours, fold(t.unit), "", t.span.start))
            out.append(t)
        return True
    return False


def _counts_nothing(sc: _Scan, fg: _Figure) -> bool:
    """A number that counts nothing: a list number "1. …", a time of day's minutes, a number the word before names
    ("năm 2025", "Điều 5", "lần thứ 3"; words that only fold like those names let through), labels in a list ("Mẫu biểu
    số 02, 03"), the measures a figure before holds on ("trên cả 3 tiêu chí"). A number word that folds like a longer one
    ("một trạm" / "một trăm") is cut to its first word."""
    o, start, v = sc.o, sc.start, sc.v
    m = fg.m
    line_start = v.rfind("\n", 0, m.start()) + 1
    if re.fullmatch(r"[\s\d.]*", v[line_start:m.start()]) and re.match(r"[.)]\s", v[m.end():m.end() + 2]) \
            and not (m.group("pa") or m.group("pb") or m.group("b")):
        return True  # a list number "1. …" (not "đạt ⏎ 95%." that a line break put first)
    a_txt = m.group("a")
    if re.fullmatch(r"[0-5]\d", a_txt.strip()) and not (m.group("pa") or m.group("pb")) \
            and W.CLOCK_MINUTES_BEFORE_RE.search(v, max(start, m.start() - 8), m.start()):
        return True  # the "30" of "từ 7 giờ 30 đến 11 giờ 30": a time of day's minutes
    word_num = bool(_WORD_NUM_START.match(a_txt.strip())) and not W.DIGITS_AGAIN_AFTER_RE.match(v, m.end()) \
        and not m.group("pa")  # ("ba mươi phần trăm" is a percentage as firm as "30%")
    # "Mười (10) ngày làm việc": the digits in brackets make the word a figure
    if word_num and W.SPELLED_AGAIN_BEFORE_RE.search(v, max(start, m.start() - 30), m.start()):
        return True  # (tgt38c) "600.000.000 đồng (sáu trăm triệu đồng)": the sum before it in words
    if word_num and " " in a_txt.strip() and not W.is_number_word(o[m.start("a"):m.end("a")]):
        m = _QTY_RE.match(v, m.start(), v.index(" ", m.start("a")) + 1)  # "một trạm" folds like "một trăm"
        a_txt = m.group("a")
    look = line_start if v[line_start:m.start()].strip() else v.rfind("\n", 0, max(0, line_start - 1)) + 1
    nq = P.NOT_QUANTITY_BEFORE_RE.search(v, max(look, m.start() - 14), m.start())
    if nq and nq.group("steering") and P.MEMBERS_AFTER_RE.match(v, m.start()):
        nq = None  # "Kiện toàn Ban Chỉ đạo 15 thành viên": its members counted, no committee's name-number
    if nq and W.NOT_A_YEAR_AFTER_NAM_RE.search(v, max(look, nq.start() - 5), nq.end()) and not W.YEAR_FIGURE_RE.fullmatch(a_txt.strip()):
        nq = None  # (tgt53) "Tổng diện tích gieo trồng cây hằng năm 1.540 ha": the crops of a year, no year's number
    if nq and o[nq.start():nq.start() + 2].lower() == "sơ":
        nq = None  # "phí thẩm định hồ sơ 1.500.000 đồng": "hồ sơ" (a file) folds like "số" (number)
    if nq and _only_allowed(v, o, look, m.start()):
        nq = None  # "chỉ được đăng ký dự tuyển 01 vị trí": "tuyển" (to recruit) folds like "tuyến" (a route's number)
    if nq and (LC.TOTAL_OPEN_RE.search(v, max(look, m.start() - 16), m.start())
               or LC.TOTAL_WITH_BEFORE_RE.search(v, max(look, m.start() - 16), m.start())):
        nq = None  # "(tổng số 312 người)", "với tổng số 54 học viên": a total, "số" no number's label (:mod:`.listed_counts`)
    if nq and W.SETTLED_BEFORE_RE.search(v, max(look, m.start() - 14), m.start()):
        nq = None  # "xử lý dứt điểm 07 kiến nghị": "dứt điểm" (for good) is no "điểm" (a clause's point)
    if nq and L.EXAM_TIME_BEFORE_RE.search(v, max(look, m.start() - 25), m.start()):
        nq = None  # "thời gian thi 60 phút": "thi" (an exam) folds near "thứ" (an ordinal)
    if nq and W.INTAKE_BEFORE_RE.search(o, max(look, m.start() - 14), m.start()):
        nq = None  # "tuyển 420 học sinh", "dự thi 03 bài thi": "tuyển" is no "tuyến" (a route), "thi" no "thứ"
    if nq and not (
            (m.group("pa") or m.group("pb")) and W.PERCENT_AFTER_WORD_RE.search(v, max(look, m.start() - 24), m.start())):
        return True  # "năm 2025", "Điều 5", "lần thứ 3", "ngày 15" (also across a line break: "năm ⏎ 2028");
        # but "giảm hàng năm 1%-1,5%", "được thu 100% giá" are percentages (24 characters back: "chinh quyen so " is 15)
    if P.LABEL_LIST_BEFORE_RE.search(v, max(look, m.start() - 40), m.start()):
        return True  # "Mẫu biểu số 02, 03 đính kèm": labels in a list, not quantities
    if W.WHOLE_SET_BEFORE_RE.search(v, max(look, m.start() - 16), m.start()) and not (m.group("pa") or m.group("pb")):
        return True  # "giảm không dưới 5%/năm trên cả 3 tiêu chí": the measures the figure before holds on, no count
    if _season_year(v, m, look):
        return True  # (tgt42d) "vụ Đông Xuân 2033": the season's year
    if not (m.group("pa") or m.group("pb") or m.group("b")) and _num(a_txt) == 1 \
            and W.AVERAGE_BASE_BEFORE_RE.search(v, max(look, m.start() - 20), m.start()):
        return True  # (tgt43b) "Doanh thu bình quân 01 HTX đạt …": the one unit the average is over, no count
    fg.a_txt, fg.line_start, fg.m, fg.word_num = a_txt, line_start, m, word_num
    return False


def _season_year(v: str, m: re.Match[str], look: int) -> bool:
    """Whether the figure ``m`` is a four-digit year right after a crop season's name ("vụ Đông Xuân 2033", "vụ Mùa
    2032"; :data:`target_words.SEASON_YEAR_BEFORE_RE`): the season it names, as "năm 2033" names a year."""
    return bool(re.fullmatch(r"(?:19|20)\d\d", m.group("a").strip()) and not (m.group("pa") or m.group("pb"))
                and W.SEASON_YEAR_BEFORE_RE.search(v, max(look, m.start() - 20), m.start()))


def _measure_after(sc: _Scan, fg: _Figure) -> bool:
    """The measure unit printed after the number, glued ("50Mb") or spaced ("02 GB"): a measure counts only with a firm
    bound or in an aim (:func:`_read_measure`)."""
    o, v = sc.o, sc.v
    a_txt, m = fg.a_txt, fg.m
    glued = None if (m.group("pa") or m.group("pb")) else P.GLUED_UNIT_RE.match(v, m.end())
    spaced = glued is None and not (m.group("pa") or m.group("pb")) and "/" not in a_txt
    glued = glued or (W.SPACED_MEASURE_RE.match(o, m.end()) if spaced else None)  # "tối thiểu 02 GB"
    spaced = spaced and glued is not None
    fg.glued, fg.spaced = glued, spaced
    return False


def _ocr_digit_for_word(sc: _Scan, fg: _Figure) -> bool:
    """OCR's digits for words are no figures: "6" for "ô", "ở", "ổ", "16" for "lở", "lộ", "14" for "là"
    (:data:`target_words.OCR_O_DIGITS`, :data:`patterns.OCR_DIGIT_WORD_BEFORE`)."""
    end, start, v = sc.end, sc.start, sc.v
    a_txt, m = fg.a_txt, fg.m
    if a_txt.strip() == "6" and W.OCR_O_POLLUTION_AFTER_RE.match(v, m.end()):
        return True  # "nguy cơ 6 nhiém": OCR's "6" for "ô nhiễm"
    if a_txt.strip() in W.OCR_O_DIGITS and P.OCR_O_AT_RE.match(v, m.end()):
        return True  # "duy trì 6 mức cao": OCR's "6" for "ở"
    if a_txt.strip() in W.OCR_O_DIGITS and W.OCR_O_HOME_BEFORE_RE.search(v, max(start, m.start() - 8), m.start()):
        return True  # "nhà 6 xã hội": OCR's "6" for "nhà ở"
    if a_txt.strip() == "6" and not (m.group("pa") or m.group("b")) \
            and W.OCR_O_AFTER_SHARE_BEFORE_RE.search(v, max(start, m.start() - 8), m.start()):
        return True  # "100% 6 dịch được phát hiện": OCR's "6" for "ổ"
    if a_txt.strip() in W.OCR_O_DIGITS and W.OCR_O_GRASSROOTS_RE.search(v, max(start, m.start() - 14), min(end, m.end() + 12)):
        return True  # "an ninh, trật tự 6 cơ sở": OCR's "6" for "ở cơ sở" (at the grassroots)
    if a_txt.strip() in W.OCR_O_DIGITS and not (m.group("pa") or m.group("b")) and W.OCR_O_WORD_AFTER_RE.match(v, m.end()):
        return True  # "Mỗi 6 dịch phát sinh", "học sinh/lớp 6 cấp tiểu học": OCR's "6" for "ổ" (dịch), "ở" (cấp)
    ocr_after = W.OCR_DIGIT_WORD_AFTER.get(a_txt.strip())
    if ocr_after and not (m.group("pa") or m.group("b")) and ocr_after.match(v, m.end()):
        return True  # "vắc xin 16 mồm long móng", "sạt 16 đất", "16 trình": OCR's "16" for "lở", "lộ"; "14 một trong": "là"
    ocr_word = P.OCR_DIGIT_WORD_BEFORE.get(a_txt.strip())
    if ocr_word and not (m.group("pa") or m.group("b")) and ocr_word.search(v, max(start, m.start() - 20), m.start()):
        return True  # "làm việc 6 khu công nghiệp", "đặc biệt 14 doanh nghiệp": OCR's "ở", "là"
    return False


def _figure_kind(sc: _Scan, fg: _Figure) -> bool:
    """Whether the figure is a percentage, a fraction or a count, and its sentence; a date written as a fraction ("01/7",
    "15/6/2026"), a holiday's days ("30/4 - 01/5"), a capitalised name after the number ("03 Chương trình", "Đề án 06")
    and a concentration in a list of supplies ("Chlorine 70%, …") are no targets."""
    end, ends, f, o, start, v = sc.end, sc.ends, sc.f, sc.o, sc.start, sc.v
    a_txt, glued, m, word_num = fg.a_txt, fg.glued, fg.m, fg.word_num
    pct = bool(m.group("pa") or m.group("pb"))
    if any(m.group(g) and m.group(g).startswith("%o") and o[m.start(g):m.end(g)] != "%o" for g in ("pa", "pb")):
        return True  # (tgt43d) "4%ở có thể": a sign and a word run together, no per-mille sign read by OCR (as before)
    spelled_fraction = word_num and " ".join(a_txt.split()) in WORD_FRACTIONS  # "hai phần ba"
    if spelled_fraction and a_txt.split()[-1] == "nua" and o[m.start("a"):m.end("a")].split()[-1].lower() != "nửa":
        return True  # "hơn nữa" (furthermore) folds like "hơn nửa" (more than half)
    fraction = ("/" in a_txt and not pct) or spelled_fraction
    per_base = False  # "82/100.000 dân": a rate per a power of ten, as firm as a percentage (no bound needed)
    every_one = False  # a count over its whole that is all of it ("14/14 thôn")
    # a share per thousand ("độ mặn dưới 1‰", "tỷ suất sinh giảm 0,2‰") reads as a percentage does, in its own unit
    unit, unit_end, known = (_share_sign(m), m.end(), True) if pct else (None, m.end(), False)
    issues = False  # a count of a newspaper's issues (:data:`target_words.CONSECUTIVE_ISSUES_AFTER_RE`)
    a = _num(a_txt)
    s0, s1 = near_figure(o, *sentence_bounds(f, m.start(), start, end, ends), m.start(), m.end())
    if fraction and ((a_txt.startswith("0") and not _all_places_zeroed(v, o, m, a_txt)) or re.match(r"\s*/\s*\d{4}", v[m.end():m.end() + 6])
                     or re.search(r"/\s*(?:19|20)\d\d$", a_txt)):
        return True  # "Từ 01/7", "15/6/2026": a date; "Thông tư 115/2017-BTC": a number and its year
    if fraction and not spelled_fraction and W.DAY_MONTH_RE.fullmatch(a_txt) and (
            W.OCCASION_BEFORE_RE.search(v, max(start, m.start() - 10), m.start()) or W.DAY_MONTH_RANGE_AFTER_RE.match(v, m.end())):
        return True  # "dịp nghỉ lễ 30/4 - 01/5": a holiday's days
    if not pct and not glued and o[m.end():m.end() + 3].lstrip()[:1].isupper() and not fraction \
            and not W.CURRENCY_AFTER_RE.match(o, m.end()) and not _capitalised_counter(v, s0, m.start(), m.end()) \
            and not TT.quota_of_offices(v, max(start, m.start() - 30), m.start(), m.end()) \
            and not PC.set_up_body(v, m.start(), m.end()) and not PC.post_count(v, m.start(), m.end()) \
            and not _class_opened(v, o, s0, m.start(), m.end()) and not KN.abbreviated_noun_at(o, m.end()) \
            and not W.HOUSE_NAME_AFTER_RE.match(o, m.end()):
        # (tgt43b: "ít nhất 02 HTX": a kind's initials, kind_nouns.UNIT_ABBREVIATIONS) ("thành lập 03 Tiểu ban": the kind of body counted; "…; có 01 Chủ tịch": the posts of a body to elect; "Mở 02
        # Lớp bồi dưỡng": the classes opened, legacy OCR's capital)  # ("không quá 3.000 USD": a currency, no name)
        return True  # "03 Chương trình" named programmes, "Đề án 06": names, not counted nouns;
        # "35-45 ⏎⏎ Ít có khả năng cháy" (213/2025/QĐ-UBND): a table's next cell
    if pct and not P.TARGET_CUE_RE.search(v, s0, m.start()) and re.search(r"[A-Z][A-Za-z]+\s*$", o[max(s0, m.start() - 20):m.start()]) \
            and re.match(r"\s*,", o[m.end():m.end() + 3]):
        return True  # "Chlorine 70%, máy …": a concentration in a list of supplies
    fg.a, fg.every_one, fg.fraction, fg.issues, fg.known, fg.pct = a, every_one, fraction, issues, known, pct
    fg.per_base, fg.s0, fg.s1, fg.spelled_fraction, fg.unit = per_base, s0, s1, spelled_fraction, unit
    fg.unit_end = unit_end
    return False


def _share_sign(m: re.Match[str]) -> str:
    """The unit of a share figure: "‰" when its sign is the per-mille one (a salinity, a birth rate), else "%" (the
    sign or "phần trăm"): both are shares of a whole, read by the same rules, kept apart by their unit."""
    signs = (m.group("pa") or "") + (m.group("pb") or "")
    return "‰" if "‰" in signs or "%o" in signs else "%"


def _read_fraction(sc: _Scan, fg: _Figure) -> bool:
    """A fraction's unit: spelled ("hai phần ba"), a rate per a power of ten ("4/100.000 trẻ đẻ sống"), so many of all
    ("19/19 thôn", as firm as "100%" when all), a multiple ("5/1") or a plain share ("2/3")."""
    o, v = sc.o, sc.v
    a, a_txt, every_one, fraction, m, per_base, s0 = fg.a, fg.a_txt, fg.every_one, fg.fraction, fg.m, fg.per_base, fg.s0
    spelled_fraction, unit, unit_end = fg.spelled_fraction, fg.unit, fg.unit_end
    if spelled_fraction:
        unit = "tỷ lệ"  # "ít nhất hai phần ba tổng số thành viên": 2/3
        if whole := share_whole(v, o, m.end()):  # (t51tgt) counted in its members' whole
            unit, unit_end = whole
    elif fraction:
        num_s, den_s = (x.strip() for x in a_txt.split("/"))
        den = parse_number(den_s) or 0
        if den >= 100 and den in (100, 1000, 10000, 100000, 1000000):
            a = parse_number(num_s) or 0.0  # "4/100.000": a rate per 100.000
            unit = "/" + den_s
            per_base = True
            noun, noun_end, _ = _counted_noun(v, o, m.end())
            if noun:  # "dưới 4/100.000 trẻ đẻ sống"
                unit, unit_end = f"{unit} {noun}", noun_end
            counted = list(W.RATE_NOUN_BEFORE_RE.finditer(v, max(s0, v.rfind(";", s0, m.start()) + 1), m.start()))
            if counted:  # "số ca mắc … không quá 7/100.000 dân": so many cases per 100.000 people
                unit = o[counted[-1].start("noun"):counted[-1].end("noun")].lower() + unit
        elif (of_total := _count_of_total(v, o, m, num_s, den)) is not None:
            a, unit, unit_end = of_total  # "19/19 thôn đạt danh hiệu …", "ít nhất 22/24 thôn": so many of all the thôn
            fraction = False
            every_one = a == den  # "14/14 thôn tổ chức bầu cử trong cùng một ngày": all of them, firm as "100%"
        elif den == 1 and a > 1:
            unit = "lần"  # "tỷ lệ gọi khám so với chỉ tiêu giao quân tối thiểu 5/1": so many times the quota
        else:
            unit = "tỷ lệ"  # "2/3": a fraction
            if whole := share_whole(v, o, m.end()):  # (t51tgt) "2/3 số đảng viên chính thức …": of its members' whole
                unit, unit_end = whole
    fg.a, fg.every_one, fg.fraction, fg.per_base, fg.unit = a, every_one, fraction, per_base, unit
    fg.unit_end = unit_end
    return False


def _read_measure(sc: _Scan, fg: _Figure) -> bool:
    """A measure ("150 m", "1.500 m2 đất") is a target under a firm bound, a range, an aim, a campaign, a temperature
    rule or a task's works; elsewhere a spaced one is read as any counted noun and a glued one ("trên 200mm" of rain)
    only describes."""
    carried, target_sections, task_sections, v = sc.carried, sc.target_sections, sc.task_sections, sc.v
    works_end = sc.works_end
    glued, line_start, m, s0, s1, spaced = fg.glued, fg.line_start, fg.m, fg.s0, fg.s1, fg.spaced
    listed = bool(glued and carried and carried[3] == fold(glued.group("u"))
                  and W.MEASURE_LIST_GAP_RE.fullmatch(v, carried[1], m.start()))  # "tối thiểu 120 m trong …, 250 m ngoài …"
    glued_end = glued.end() if glued else m.end()
    tail = L.MEASURE_TAIL_RE.match(v, glued_end) if glued else None
    glued_range = bool(glued and L.FROM_BEFORE_RE.search(v, max(line_start, m.start() - 8), m.start())
                       and W.RANGE_REPEAT_AFTER_RE.match(v, tail.end() if tail else glued_end))  # "từ 150kg/cm2 đến 600kg/cm2"
    if glued_range and tail:
        glued_end = tail.end()  # the unit "kg/cm2"
    # "Vận động nhân dân hiến 1.500 m2 đất": the measure a campaign asks for, its unit kept whole
    mobilised = bool(W.MOBILISED_GIFT_BEFORE_RE.search(v, max(s0, m.start() - 80), m.start()))
    assured = bool(glued and W.ASSURED_REACH_BEFORE_RE.search(v, max(line_start, s0, m.start() - 120), m.start()))
    rule_temperature = bool(glued and "".join(fold(glued.group("u")).split()) in ("°c", "doc")  # "… dưới 10°C", "dưới 10 độ C"
                            and (W.TEMPERATURE_RULE_BEFORE_RE.search(v, max(s0, m.start() - 60), m.start())
                                 or W.TEMPERATURE_RULE_AGAIN_BEFORE_RE.search(v, max(s0, m.start() - 200), m.start())))
    due_works = bool(glued and _due_in_clause(v, glued.end(), s1))  # a measure of works due by the clause's time
    # a figure opening a wrapped line reads its bound at the line before's end ("quy mô mỗi điểm không dưới ⏎ 50 ha")
    bound_from = line_start if v[line_start:m.start()].strip() or v[max(s0, line_start - 2):line_start].strip() == "" \
        else max(s0, m.start() - 30)
    # (tgt38a) "1. Hỗ trợ giống lúa … cho 150 ha cánh đồng lớn": the extent a support line grants, kept in its measure
    supported = bool(glued and SF.support_line(v, s0, line_start, m.start(), sc.asked))
    # (tgt38a) "mức hỗ trợ 40 kg giống/ha": a level of goods granted per area, read as "kg/ha"
    goods_rate = W.GOODS_PER_AREA_AFTER_RE.match(v, glued.end()) if glued and not glued_range \
        and W.LEVEL_PER_ITEM_BEFORE_RE.search(v, max(s0, line_start, m.start() - 40), m.start()) else None
    if goods_rate:
        supported, glued_end = True, goods_rate.end()
    fg.goods_per = sc.o[goods_rate.start("per"):goods_rate.end("per")].lower() if goods_rate else None
    if glued and not supported and not listed and not glued_range and not mobilised and not rule_temperature and not _firm_bound_before(v, bound_from, s0, m.start()) \
            and not _from_upward(v, max(line_start, m.start() - 6), m.start(), glued_end) and not (
            P.TARGET_MIN_CUE_RE.search(v, max(line_start, m.start() - 30), m.start()) and _aim_before(v, s0, m.start())):
        if not spaced or W.MEASURE_DESCRIPTOR_BEFORE_RE.search(v, max(line_start, m.start() - 20), m.start()) \
                or not (_aim_before(v, s0, m.start()) or any(s <= m.start() < e for s, e in target_sections)
                        or _horizon_after(v, glued.end(), s1)  # "hoàn thành 5.000 km vào năm 2030"
                        or due_works  # "nạo vét 1,2 km kênh mương … trước ngày 30/5/2027"
                        or assured  # "bảo đảm diện tích lúa vụ Xuân đạt 1.150 ha"
                        or W.RAISED_TO_BEFORE_RE.search(v, max(s0, m.start() - 90), m.start())  # (tgt52) "mở rộng … lên 320 ha"
                        or (W.DENSITY_BEFORE_RE.search(v, max(line_start, m.start() - 40), m.start())
                            and W.PER_AREA_TAIL_RE.match(v, glued.end()))  # (tgt37b) "theo định mức 40 kg/ha"
                        or W.WORKS_OPENING_RE.fullmatch(v, line_start, m.start())  # "a) Cứng hóa 6,8 km đường …"
                        or _completed_works(sc, fg)  # "hoàn thành sửa chữa 20 km đường"
                        or (task_sections.covers(m.start())
                            and (W.CLAUSE_WORKS_OPENING_RE.fullmatch(v, _clause_start(v, s0, m.start()), m.start())
                                 or _planting(sc, fg)))  # "Chủ trì trồng 3 ha …"
                        or _labelled_works(v, line_start, _clause_start(v, s0, m.start()), m.start(), glued.group("u"))
                        or _works_listed(v, works_end, m.start(), glued.group("u"))):  # "…, 45 ha bưởi"
            return True  # "trên 200mm" of rain describes; "mục tiêu … khoảng trên 1.700km" aims;
            # "truy cập … với tốc độ 01 Gb/s đạt 100%": the speed says what is counted
        glued = None  # "200 m" apart from its number, in an aim or a "Chỉ tiêu" section: read as any counted noun
        # (elsewhere, "công trình có quy mô dưới 5.000 m3/ngày đêm" names a class of works, 1949/QĐ-UBND)
    fg.assured, fg.due_works, fg.glued, fg.glued_end, fg.listed = assured, due_works, glued, glued_end, listed
    fg.mobilised, fg.rule_temperature = mobilised, rule_temperature
    return False


def _level_item_under_label(v: str, line_start: int, pos: int) -> bool:
    """(tgt43b) The figure at ``pos`` ends a list line naming a kind ("- Xây mới: 60 triệu đồng/nhà") of a list whose lead
    line, above its items (blank lines and the list's earlier items between), is a "Mức …:" label alone ("2. Mức hỗ
    trợ:"): each kind's level per item, a norm the plan sets, as :data:`target_words.LEVEL_LABEL_ITEMS_BEFORE_RE` reads
    it on one line."""
    if not W.LEVEL_KIND_ITEM_BEFORE_RE.fullmatch(v, line_start, pos):
        return False
    end = line_start - 1
    for _ in range(12):  # the list's earlier items, a few
        if end <= 0:
            return False
        start = v.rfind("\n", 0, end) + 1
        line = v[start:end]
        end = start - 1
        if not line.strip() or re.match(r"[ \t*_]*[-+•][ \t]", line):
            continue
        return W.LEVEL_LABEL_ALONE_RE.fullmatch(line) is not None
    return False


def _labelled_works(v: str, line_start: int, c0: int, pos: int, unit: str | None) -> bool:
    """(tgt42b) The clause from ``c0`` opens with a works verb right before the figure at ``pos``, on a list line whose
    label (a place, a unit) ends at a colon before it (:data:`target_words.WORKS_LABEL_LINE_RE`): "- Thôn A (186 hộ):
    chỉnh trang 1,8 km đường …; xây dựng 12 vườn mẫu" — the works the plan gives that place, wherever the part stands.
    A sum is no amount of works ("1. Mức hỗ trợ: xây mới 50 triệu đồng/nhà; …" lists levels, read as such)."""
    if not unit or W.MONEY_UNIT_RE.match(fold(unit)):
        return False
    label = W.WORKS_LABEL_LINE_RE.match(v, wrapped_line_start(v, line_start))  # (tgt43d: the label's line, wrapped)
    return bool(label and label.end() <= c0 and W.CLAUSE_WORKS_OPENING_RE.fullmatch(v, c0, pos))


def _planting(sc: _Scan, fg: _Figure) -> bool:
    """The verb "trồng" (as printed: it folds like "trong") right before the figure, in its sentence."""
    return bool(W.PLANTING_BEFORE_RE.search(sc.o, max(fg.s0, fg.m.start() - 12), fg.m.start()))


def _completed_works(sc: _Scan, fg: _Figure) -> bool:
    """A completion verb and a works verb right before the figure ("hoàn thành trồng 500 cây xanh", "hoàn thành sửa
    chữa 20 km đường"): the works the task is to get done, an amount wherever the clause stands, as an aim's is."""
    a = max(fg.s0, fg.m.start() - 50)
    return bool(W.COMPLETED_WORKS_BEFORE_RE.search(sc.v, a, fg.m.start())
                or W.COMPLETED_PLANTING_BEFORE_RE.search(sc.o, a, fg.m.start()))


def _usual_people_pair(v: str, a: int, b: int) -> bool:
    """Why: "tối thiểu 20 cán bộ, chiến sĩ" (or "chiến sĩ, cán bộ") names one body by its usual group of kinds (the
    labels keep the list as the unit; "cán bộ, công chức, viên chức" too), where "02 công chức, thanh niên tình nguyện"
    or three unrelated kinds count people of several kinds ("người")."""
    kinds = [k.group(0) for k in W.PEOPLE_KIND_ALL_RE.finditer(v, a, b)]
    return len(set(kinds)) == len(kinds) and frozenset(kinds) in W.USUAL_PEOPLE_PAIRS


def _read_counted_noun(sc: _Scan, fg: _Figure) -> bool:
    """The figure's unit: the measure's, a newspaper's issues, a rate per a base ("11,2 trên 1.000 trẻ"), or the noun
    after the number (people of several kinds, one of a list, a score, pay in months, rates per head or period); a
    dose's ordinal, a list's size, a date, an hour of the day, an age and how many items a list holds are no counts."""
    o, start, v = sc.o, sc.start, sc.v
    a, fraction, glued, glued_end, issues, known = fg.a, fg.fraction, fg.glued, fg.glued_end, fg.issues, fg.known
    m, pct, per_base, s0, s1, unit, unit_end = fg.m, fg.pct, fg.per_base, fg.s0, fg.s1, fg.unit, fg.unit_end
    if glued:  # "không quá 50Mb", "tối thiểu 02 GB": only with a firm bound
        unit, unit_end, known = " ".join(o[glued.start("u"):glued_end].split()), glued_end, True
        if fg.goods_per:  # (tgt38a) "40 kg giống/ha": the goods' words left out of the unit
            unit = f"{' '.join(o[glued.start('u'):glued.end('u')].split())}/{fg.goods_per}"
    elif not pct and not fraction and W.CONSECUTIVE_ISSUES_AFTER_RE.match(v, m.end()):
        iss = W.CONSECUTIVE_ISSUES_AFTER_RE.match(v, m.end())  # "03 số báo liên tiếp": issues of a newspaper
        unit, unit_end, known, issues = "số", iss.end(), True, True
    elif not pct and not fraction and (base := W.PER_BASE_AFTER_RE.match(v, m.end())) \
            and (per := _counted_noun(v, o, base.end()))[0]:  # "11,2 trên 1.000 trẻ đẻ sống": a rate per 1.000
        unit, unit_end, known = f"/{base.group('den')} {per[0]}", per[1], True
        per_base = True
        sc.consumed = unit_end  # the base "1.000" is read with its rate, no figure of its own
    elif not pct and not fraction:
        unit, unit_end, known = _counted_noun(v, o, m.end())
        if unit and unit.lower() in W.SEX_NOUNS:
            unit = "người"  # (tgt48) "Có ít nhất 01 nữ trong Thường trực HĐND" (a46-10): people named by their sex
        people = W.PEOPLE_LIST_AFTER_RE.match(v, unit_end) if unit and W.PEOPLE_KIND_RE.match(fold(unit)) else None
        if people is None and unit and (first := W.PEOPLE_FIRST_KIND_RE.match(v, m.end())) and first.end() > unit_end:
            people = W.PEOPLE_LIST_AFTER_RE.match(v, first.end())  # (tgt41b) "800 an toàn, vệ sinh viên và cán bộ …"
        if people and (W.PEOPLE_JOINED_RE.search(v, unit_end, people.end()) or W.PEOPLE_JOINED_RE.match(v, people.end())
                       or not _usual_people_pair(v, m.end(), people.end())):
            # "ít nhất 5.000 cán bộ, công chức, viên chức và người lao động": people, whatever their kind (and
            # "ít nhất 02 công chức, thanh niên tình nguyện", two groups, no usual pair: tgt41b)
            unit, unit_end, known = "người", people.end(), True
        elif people:  # "tối thiểu 02 cán bộ, giáo viên": one pair of kinds, counted as written
            unit, unit_end, known = clean_quote(o[m.end():people.end()]).strip(), people.end(), True
        if unit and fold(unit) in W.RHYTHM_NOUNS_IN_WORDS and (per := W.ONE_PERIOD_TAIL_RE.match(v, unit_end)):
            # (t51tgt) "định kỳ 02 ngày trong 01 tháng": so many a month, the period's "01" no figure of its own
            unit, unit_end, known = f"{unit}/{o[per.start('p'):per.end('p')].lower()}", per.end(), True
            sc.consumed = unit_end
            fg.per_one_period = True
        one_of = L.ONE_OF_AFTER_RE.match(v, m.end()) if unit is None else None
        if one_of:  # "ít nhất 01 trong 02 tiêu chí": counted in the noun after the list's size
            unit, unit_end, known = clean_quote(o[one_of.start("noun"):one_of.end("noun")]).lower(), m.end(), True
        if unit is None and L.UP_OR_DOWN_AFTER_RE.match(v, m.end()) and L.SCORE_WORDS_RE.search(
                v, max(s0, m.start() - 120), min(s1, m.end() + 40)):
            unit, unit_end, known = "điểm", m.end(), True  # "điểm trung bình … từ 8,00 trở lên": a score threshold
        if unit is None:
            return True
        if fg.word_num and a == 1 and W.SHARE_THEN_ONE_FLOOR_RE.search(v, s0, m.start()):
            return True  # (tgt49t) "… 85% hộ gia đình … được tiếp cận … bằng ít nhất một hình thức": the share's means
        if W.DOSE_ORDINAL_BEFORE_RE.search(v, max(start, m.start() - 12), m.start()):
            return True  # "tiêm mũi 2 vắc xin sởi": the second dose, no count
        if L.ONE_OF_BEFORE_RE.search(v, max(start, m.start() - 16), m.start()):
            return True  # the "02" of "ít nhất 01 trong 02 tiêu chí": the list's size
        if re.match(r"\s*\d", v[unit_end:unit_end + 3]) and fold(unit) in ("thang", "nam", "ngay", "quy"):
            return True  # "20 tháng 11", "15 năm 2025": a date
        if fold(unit) == "gio" and a <= 24 and (W.CLOCK_RANGE_AFTER_RE.match(v, unit_end) or W.CLOCK_MINUTES_AFTER_RE.match(v, unit_end)
                                                or W.CLOCK_DAY_AFTER_RE.match(v, unit_end)):
            return True  # "(từ 9 giờ đến 21 giờ trong ngày)", "kể từ 12 giờ ngày 03/12/2026": hours of the day
        if W.DIGITS_COUNT_AFTER_RE.match(v, m.end()):
            return True  # "tăng trưởng 2 con số": double-digit growth, no count
        if fold(unit) in ("ngay", "tuan") and W.CALENDAR_WINDOW_AFTER_RE.match(v, unit_end):
            return True  # (t51tgt) "trong 10 ngày cuối của tháng cuối quý": a window of the quarter, no limit
        if W.MOTTO_FIGURE_RE.match(v, m.start()) and not pct:
            return True  # "gia đình 5 có, 3 sạch", "phương châm 4 tại chỗ": a motto's name
        if (fold(unit).startswith("tuoi") and not L.AVERAGE_AGE_BEFORE_RE.search(o, max(s0, m.start() - 100), m.start())) \
                or (fold(unit) == "tui" and L.AGE_LABEL_BEFORE_RE.search(v, max(start, m.start() - 30), m.start())):
            return True  # "trẻ em dưới 1 tuổi": an age group (read by :func:`_age_bounds` as a rule's bound); "Tuổi đời
            # không quá 58 túi": legacy OCR's "tuổi"
        if L.AGE_BAND_BEFORE_RE.search(v, max(s0, m.start() - 16), m.start()):
            return True  # (tgt44) "trong độ tuổi 15 – 60 biết chữ …": the band the goal counts, its scope
        if fold(unit) in P.TIME_UNIT_FOLDED and (P.AGE_AFTER_RE.match(v, unit_end) or P.CHILD_BEFORE_RE.search(v, max(s0, m.start() - 30), m.start())):
            return True  # "trẻ em từ 06 tháng đến 36 tháng tuổi", "nhóm trẻ dưới 24 tháng": ages
        pay = (W.MONTHS_OF_PAY_AFTER_RE.match(v, unit_end) or L.MONTHS_OF_MONEY_AFTER_RE.match(v, unit_end)
               or TT.months_of_benefit(v, unit_end)) if fold(unit) == "thang" else \
            W.MONTHS_OF_PAY_AFTER_RE.match(v, unit_end) if fold(unit) == "ngay" else None  # "01 ngày lương"
        if not pay and fold(unit) == "ngay":
            pay = W.DAYS_OF_WORK_AFTER_RE.match(v, unit_end)  # (tgt41b) "05 ngày công/người/năm": days of work per head
        if pay:  # "bằng 24 tháng tiền lương hiện hưởng": an amount of pay, not a duration
            unit, unit_end = clean_quote(o[m.end():pay.end()]).lower(), pay.end()
        if pay or fold(unit) == "ngay cong":  # (tgt42d) man-days read as one unit ("ngày công", :data:`W.COMPOUND_AFTER_UNIT`)
            if rate := W.PAY_PER_HEAD_TAIL_RE.match(v, unit_end):  # (tgt41b) "01 ngày lương cơ bản/người/năm": per head
                unit = f"{unit}/{o[rate.start('per'):rate.end('per')].lower()}/{o[rate.start('period'):rate.end('period')].lower()}"
                unit_end = rate.end()
        if ((fold(unit).startswith(_ITEM_COUNT_NOUNS) and not fold(unit).startswith(W.WORKS_PARTS_NOUN)) or (fold(unit) in W.LIST_COUNT_NOUNS and W.LIST_OPENS_AFTER_RE.match(v, unit_end))) \
                and not pct and not _STRONG_NEAR.search(v, max(s0, m.start() - 30), m.start()) \
                and not (W.FROM_AT_END_RE.search(v, max(s0, m.start() - 6), m.start()) and W.UPWARD_AFTER_RE.match(v, unit_end)) \
                and not (fold(unit) == "chi tieu" and W.QUOTA_OPENING_RE.match(v, full_sentence_start(v, s0, m.start(), o))):
            return True  # "(16 mục tiêu)", "03 nhiệm vụ": how many items a list holds (but "đã chủ trì ít nhất 01
            # nhiệm vụ khoa học và công nghệ cấp quốc gia" is a criterion, and "có từ 03 nhiệm vụ quá hạn trở lên" a floor)
        if not pct and W.LISTED_AFTER_RE.match(v, unit_end) and W.RECIPIENTS_BEFORE_RE.search(v, max(s0, m.start() - 8), m.start()):
            return True  # "Giao chỉ tiêu cụ thể cho 12 thôn như sau:": how many recipients the list below holds
        rm = _RATE_TAIL_RE.match(v, unit_end)
        pn = None if rm or fold(unit).endswith("dong") else W.PER_NOUN_TAIL_RE.match(v, unit_end)
        if not rm and fold(unit).endswith("dong"):
            pn = W.PER_HEAD_PERIOD_TAIL_RE.match(v, unit_end)  # "65 triệu đồng/người/năm": a rate per head
        if pn and fold(pn.group("per")) in P.TIME_UNIT_FOLDED:
            pn = None  # "03 lần/tuần": a count per period (its period, :data:`target_words.TIMES_PER_AFTER_RE`)
        if rm or pn:  # "18 ca/1.000 trẻ", "107 trẻ trai/100 trẻ gái"; "không quá 35 học sinh/lớp" (money keeps
            # its unit: "4.000.000 đồng/hộ" is so many đồng, for each hộ)
            unit_end = (rm or pn).end()
            unit = clean_quote(o[m.end():unit_end]).lower().replace(" / ", "/")
    fg.issues, fg.known, fg.per_base, fg.unit, fg.unit_end = issues, known, per_base, unit, unit_end
    return False


def _read_range(sc: _Scan, fg: _Figure) -> bool:
    """The second figure of a range ("từ 5.000.000 đồng đến 10.000.000 đồng", a grade's band of scores, "từ 06 tháng đến
    03 năm", a service term), read with the first; a term of years ("2026-2031") and a phase from 0 ("0-48 giờ") are none."""
    o, v = sc.o, sc.v
    a, fraction, m, pct, s0, unit, unit_end = fg.a, fg.fraction, fg.m, fg.pct, fg.s0, fg.unit, fg.unit_end
    b = _num(m.group("b")) if m.group("b") else None
    rng = _range_repeated(v, m.end(), unit_end) if b is None and unit and not (pct or fraction) else None
    band = _band_repeated(v, m.end(), unit_end) if b is None and unit and not (pct or fraction) and not rng \
        and W.REACHED_BAND_BEFORE_RE.search(v, max(s0, m.start() - 12), m.start()) else None
    if rng or band:  # "từ 5.000.000 đồng đến 10.000.000 đồng": one range, the second figure read with it; so is a
        # grade's band of scores, "đạt từ 70 điểm đến dưới 90 điểm" (the labels: min 70, max 90)
        rng = rng or band
        b, unit_end = _num(rng.group("b")), rng.end()
        sc.consumed = rng.end()
    elif b is None and unit and not (pct or fraction):
        across = _range_across_units(v, o, m.end(), unit_end, unit)
        if across:  # "phạt tù từ 06 tháng đến 03 năm": 6 to 36 months
            k_a, b, unit, unit_end = across
            a *= k_a
            sc.consumed = unit_end
    svc = TT.service_range(v, m.start(), unit_end, fold(unit)) \
        if b is None and unit and fold(unit) in P.TIME_UNIT_FOLDED else None
    if svc:  # "có từ đủ 15 năm đến dưới 20 năm công tác": one service term, 15 to 20 năm
        b, unit_end = _num(svc[0]), svc[1]
        sc.consumed = unit_end
    if b is not None and not pct and 1900 <= a <= 2100 and 1900 <= b <= 2100:
        return True  # "2026-2031": a term, not a range of counts
    if b is not None and a == 0 and fold(unit or "") in P.TIME_UNIT_FOLDED:
        return True  # "Giai đoạn khẩn cấp (0-48 giờ)": a phase of time, no bound
    fg.a, fg.b, fg.svc, fg.unit, fg.unit_end = a, b, svc, unit, unit_end
    return False


def _no_event(sc: _Scan, fg: _Figure) -> bool:
    """The figure's clause; "Không để xảy ra vụ … có từ 30 người mắc trở lên" is none of those events, an exact 0 of the
    counter: the figure says which events count."""
    end, f, o, out, seen, start, title_period, v = sc.end, sc.f, sc.o, sc.out, sc.seen, sc.start, sc.title_period, sc.v
    b, m, pct, s0, s1, unit, unit_end = fg.b, fg.m, fg.pct, fg.s0, fg.s1, fg.unit, fg.unit_end
    c0 = _clause_start(v, s0, m.start())
    s0c = _across_layout_break(f, s0, start, end)
    lapse = L.LAPSE_BEFORE_RE.search(v, max(c0, m.start() - 8), m.start()) \
        if b is None and fold(unit or "") in P.TIME_UNIT_FOLDED and not fold(unit or "").startswith(L.CLOCK_UNITS) \
        and L.LAPSE_AFTER_RE.match(v, unit_end) else None  # (not "nhận hồ sơ sau 15 giờ mà không giải quyết được": 3 p.m.)
    nil = W.NO_EVENT_BEFORE_RE.search(v, s0, m.start())
    if nil and not pct:  # "Không để xảy ra vụ ngộ độc … có từ 30 người mắc trở lên": none of those, the 30 its class
        unit_at = (nil.start("u"), nil.end("u"))
    elif not pct and b is None and (nil := W.NO_EVENT_CLASS_BEFORE_RE.search(v, s0, m.start())) \
            and (W.UPWARD_AFTER_RE.match(v, unit_end) or W.UPWARD_NEXT_RE.match(v, unit_end)):
        # (tgt34b) "Không để xảy ra ngộ độc thực phẩm từ 30 người mắc trở lên": none of those incidents, 0 vụ
        unit_at = None
    else:
        nil = None
    if nil:
        stop = s1 - 1 if o[s1 - 1:s1] == "." else s1
        semi = v.find(";", unit_end, stop)
        stop = semi if semi >= 0 else stop  # (tgt47t) the goal's clause: "…; không có trường hợp tử vong …" is the next goal
        counter = o[unit_at[0]:unit_at[1]].lower() if unit_at else W.NO_EVENT_COUNTER
        key = (0.0, 0.0, counter, "", nil.start())
        if key not in seen:
            seen.add(key)
            what = unit_at[1] if unit_at else W.NO_EVENT_VERB_RE.match(v, nil.start()).end()
            out.append(Target(text=clean_quote(o[nil.start():stop]).rstrip(" .;"), min=0.0, max=0.0, unit=counter,
                              scope=clean_quote(o[what:stop]).strip(" .;") or None, period=_period(f, s0, s1, title_period),
                              span=Span(nil.start(), stop, sentence_quote(o, s0, s1, nil.start(), stop))))
        return True
    fg.c0, fg.lapse, fg.s0c = c0, lapse, s0c
    return False


def _condition_opening(v: str, o: str, start: int, end: int) -> re.Match[str] | None:
    """:data:`patterns.CONDITION_OPENING_RE` matched in the folded ``v`` from ``start`` (before ``end``), unless its
    word is the printed verb "nêu" (:data:`patterns.STATE_NOT_IF_RE`), which the folded view cannot tell from "nếu".

    Code beside its one caller, :func:`_names_a_case` (session 39: moved out of :mod:`.patterns`, which keeps the two
    patterns as data)."""
    m = P.CONDITION_OPENING_RE.match(v, start, end)
    return None if m and P.STATE_NOT_IF_RE.search(o[m.start():m.end()].rstrip()) else m


def _names_a_case(sc: _Scan, fg: _Figure) -> bool:
    """A figure that says which case a rule is for is no figure to reach: an incident's kind, a condition ("nếu … thấp
    dưới 30%"), a case before a colon, a band of cases, a forecast, a cited work's title or basis, an example, the
    make-up of goods described, a disinfectant's strength."""
    examples, masks, o, start, v = sc.examples, sc.masks, sc.o, sc.start, sc.v
    a, b, c0, glued_end, lapse, line_start, m = fg.a, fg.b, fg.c0, fg.glued_end, fg.lapse, fg.line_start, fg.m
    pct, rule_temperature, s0, s0c, s1, svc, unit = fg.pct, fg.rule_temperature, fg.s0, fg.s0c, fg.s1, fg.svc, fg.unit
    unit_end = fg.unit_end
    if not pct and W.INCIDENT_KIND_BEFORE_RE.search(v, s0, m.start()) and not fold(unit or "").startswith(W.INCIDENT_COUNTERS) \
            and fold(unit or "") not in P.TIME_UNIT_FOLDED \
            and not (fold(unit or "") == "phut" and W.OVER_RIGHT_BEFORE_RE.search(v, max(s0, m.start() - 8), m.start())):
        return True  # "không để xảy ra ngộ độc thực phẩm tập thể trên 30 người": which incident, no bound to reach (but
        # "không để phát sinh dự án chậm quyết toán quá 06 tháng", a20-04: the time the rule allows; tgt46p: in minutes
        # too, "không để xảy ra ùn tắc giao thông kéo dài quá 30 phút", a44-02 and t44-02 both: at most 30 phút)
    if _case_figure(v, o, c0, m, a, b, unit, unit_end, pct) and not (pct and W.STRIVE_OPENING_RE.match(v, c0, m.start())):
        # (tgt44b: not a share under "phấn đấu" opening the clause, "Phấn đấu có từ 80% số hộ trở lên đạt …": the share
        # to reach; a grade there stays a case, "Phấn đấu có 05 sản phẩm OCOP đạt từ 3 sao trở lên")
        return True  # "chi bộ có trên 50 đảng viên bố trí …", "trên 1 ha đất … đạt …", "từ 3 sao trở lên", "trong 01 năm
        # không tham gia …": which case, per what or which grade, not a figure to reach
    cond = _condition_opening(v, o, s0c, m.start()) or _condition_opening(v, o, c0, m.start())
    if cond and (semi := v.rfind(";", cond.end(), m.start())) >= 0 and v.find(",", cond.end(), semi) >= 0:
        cond = None  # "Khi Chủ tịch vắng mặt, Phó Chủ tịch được ủy quyền …; thời gian ủy quyền mỗi lần không quá 10
        # ngày": the condition's main clause ended at the ";", the next clause is a rule of its own (tg23b, t23-07)
    if cond and not lapse and not (rule_temperature and W.TEMPERATURE_RULE_THEN_RE.match(v, glued_end)) \
            and not P.CONSEQUENCE_RE.search(v, cond.end(), m.start()) \
            and not (re.search(r"tr[uw]{1,2}[o06d]ng\s+h[o06]p", cond.group(0)) and (
                _STRONG_NEAR.search(v, max(s0, m.start() - 30), m.start())
                # (tgt31b) "Trường hợp chậm gửi báo cáo từ 02 kỳ trở lên trong năm, Văn phòng … tổng hợp, báo cáo
                # …" (a29-10): the threshold the rule acts from, a floor as "có từ 03 nhiệm vụ quá hạn trở lên" is
                # (legacy OCR may lose the "từ": "chậm gửi báo cáo ⏎⏎ 02 kỳ trở lên" is the same floor)
                or (b is None and unit and not pct and W.UPWARD_NEXT_RE.match(v, unit_end)))) \
            and not W.RULE_AMOUNT_BEFORE_RE.match(v, v.rfind(",", cond.end(), m.start()) + 1 or m.start(), m.start()) \
            and not W.ASSURED_BOUND_RE.match(v, v.rfind(",", cond.end(), m.start()) + 1 or m.start(), m.start()) \
            and not (v.rfind(",", cond.end(), m.start()) >= 0
                     and W.LIMIT_OPENING_RE.match(v, v.rfind(",", cond.end(), m.start()) + 1, m.start())) \
            and not (v.find(",", cond.end(), m.start()) >= 0 and fold(unit or "") in _CASE_LIMIT_UNITS
                     and W.TIME_LIMIT_CUE_RE.search(v, v.rfind(",", cond.end(), m.start()) + 1, m.start())) \
            and not _within_after_case(v, cond.end(), m.start(), unit) \
            and not _rule_after_case_colon(v, cond.end(), m.start()) \
            and not (v.find(",", cond.end(), m.start()) >= 0 and _STRONG_BOUND.search(v, max(c0, m.start() - 20), m.start())) \
            and not _elected(v, c0, m.start(), unit, b) \
            and not (b is None and W.OWNED_BAND_BEFORE_RE.search(v, max(c0, m.start() - 12), m.start())
                     and TT.graded_threshold(v, o, unit_end, s1)):  # "trường hợp chi bộ có dưới 05 đảng viên được
        # xếp loại … thì …": a grading rule's threshold (a24-07, a28-08), a target
        # (tgt41b: nor "Khi có ca bệnh, … hướng dẫn cách ly trẻ ít nhất 10 ngày": the firm bound in the main clause
        # after the condition's comma is the rule it sets, t39-02)
        return True  # "nếu … thấp dưới 30%" (but "Trường hợp … [phải] báo cáo ít nhất sau 30 ngày" and
        # "Trường hợp học trực tuyến, mức học phí … bằng 75%" are rules; so is the temperature a cold-spell rule
        # opens with: "khi nhiệt độ ngoài trời dưới 7 độ C, cho học sinh … nghỉ học", a25-02)
    case = next((c for c in (W.CASE_OPENING_RE.match(v, at, m.start()) for at in (s0, *_item_start(v, start, m.start()))) if c), None)
    if case and ":" in v[m.end():min(s1 + 1, m.end() + 40)] and not P.CONSEQUENCE_RE.search(v, s0, m.start()):
        return True  # "Đối với người làm việc … từ 05 năm trở lên: mức trợ cấp …": to whom the rule is, no target
    if b is None and fold(unit or "") in W.TERRITORIAL_UNITS and W.UPWARD_NEXT_RE.match(v, unit_end) \
            and W.TERRITORY_REACH_BEFORE_RE.search(v, max(s0, m.start() - 40), m.start()):
        return True  # "(thuộc địa bàn từ hai xã trở lên)": which case a competence or procedure is for, by its reach
    if b is None and _case_band(v, o, s0, m.start(), unit_end):
        return True  # "đối với sở, ban, ngành có từ 100 công chức, viên chức trở lên, đề nghị không quá 08 tập thể": which
        # bodies the cap is for (the labels write the band into the scope, t28-08)
    if W.BAND_LABEL_AFTER_RE.match(v, unit_end) and W.BAND_LABEL_BEFORE_RE.search(v, max(start, line_start - 1), m.start()):
        return True  # "+ Nhỏ hơn hoặc bằng 130%: …": the band a case is for, the rule follows the colon
    owned_rule_band = bool(W.OWNED_BAND_FROM_BEFORE_RE.search(v, max(s0, m.start() - 12), m.start())
                           and W.RULE_COLON_AFTER_RE.match(v, unit_end))  # (tgt37a) "Chi bộ có từ 09 đến dưới 30 đảng viên:"
    owned_rule_band = owned_rule_band or bool(W.SCENARIO_LABEL_OPENING_RE.match(v, line_start, m.start())
                                              and W.RULE_COLON_AFTER_RE.match(v, unit_end))  # (tgt43d) "Kịch bản 2 – độ mặn từ 1‰ đến dưới 4‰:"
    if not svc and not owned_rule_band and not W.REACHED_BAND_BEFORE_RE.search(v, max(s0, m.start() - 12), m.start()) and (
            (m.group("b") and W.BAND_SEP_RE.search(v, m.end("a"), m.start("b"))) or W.BAND_END_AFTER_RE.match(v, m.end())
                    or W.BAND_START_BEFORE_RE.search(v, max(s0, m.start() - 45), m.start())):
        return True  # "lưu lượng từ 200 m3 đến dưới 500 m3/ngày đêm": a class of cases, no aim
    if W.FORECAST_BEFORE_RE.search(v, s0, m.start()) and not _aim_before(v, s0, m.start()):
        return True  # "dự báo tốc độ tăng trưởng GRDP … khoảng từ 10 - 10,5%/năm": a premise
    if not pct and b is None and unit and fold(unit).startswith(W.EXPECTED_PEOPLE_UNITS) \
            and W.EXPECTED_PEOPLE_LEAD_RE.search(v, max(s0, m.start() - 240), m.start()) \
            and not _STRONG_NEAR.search(v, max(s0, m.start() - 30), m.start()) \
            and not W.AIMED_ESTIMATE_LABEL_RE.search(v, max(s0, m.start() - 120), m.start()):
        return True  # (tgt50) "Dự kiến đối tượng năm 2037: trẻ dưới 1 tuổi 286 trẻ; …", "(dự kiến khoảng 500 người)": how
        # many people the plan expects, an estimate (the labels count none; "dự kiến sơ tán 312 hộ" has its verb, stays)
    if W.APPLIES_TO_BEFORE_RE.search(v, s0, m.start()) or _under_cases_lead(v, start, m.start()):
        return True  # "áp dụng đối với chuyên gia … làm việc từ 06 ngày trở lên": the band of a case
    if W.QUOTED_TITLE_BEFORE_RE.search(v, max(start, m.start() - 230), m.start()) or _in_quoted_name(o, v, start, m.start()):
        return True  # Đề án “… ít nhất 01 triệu căn hộ …”: the figure is in a cited work's title; "Gia đình 5 không 3 sạch"
    if TT.basis_sentence(v, s0, m.start(), any(s0 <= ms < m.start() for ms, _ in masks)) \
            and not P.TARGET_CUE_RE.search(v, s0, m.start()):
        return True  # "Căn cứ … Nghị định số 181/2025/NĐ-CP … quy định … mức thuế suất 0%": the cited paper's figure
    if TT.acted_paper_title(v, s0, m.start(), masks) and not P.TARGET_CUE_RE.search(v, s0, m.start()):
        return True  # (ncfix50a) "Thông tư này bãi bỏ Thông tư số 56/2015/TT-BCT … quy định … thuế suất … 0%": a name
    if P.EXAMPLE_RE.search(v, s0, m.start()) or examples.covers(m.start()) or TT.example_person(o, s0, s1):
        return True  # "Ví dụ: …", and the lines of its block
    if W.SPEC_WORDS_RE.search(v, max(start, m.start() - W.SPEC_WINDOW, v.rfind("\n\n", 0, m.start())), m.start()) \
            and not P.TARGET_CUE_RE.search(v, s0, m.start()) \
            and not L.BOUND_THEN_MEASURE_BEFORE_RE.search(v, max(c0, m.start() - 60), m.start()):
        return True  # "Thành phần: + Chất trợ dung 2,2%": the make-up of goods described
    if pct and W.DISINFECTANT_STRENGTH_BEFORE_RE.search(v, max(c0, m.start() - 80), m.start()):
        return True  # (tgt41b) "khử khuẩn bằng Cloramin B 2%": the product's strength
    return False


#: (tgt49) the head of an indicator table's names column (folded, whole): "Chỉ tiêu", "Tên chỉ tiêu", "Nội dung chỉ tiêu"
_NAMES_HEAD = re.compile(r"^(?:ten\s+|noi dung\s+|cac\s+)?chi tieu$")


#: (tgt49) the words of a goal column's head (folded): "Chỉ tiêu cần đạt", "Mục tiêu năm 2036", "Chỉ tiêu phấn đấu",
#: "Kế hoạch năm 2036" — not "phải" or "cần" alone ("Số hộ/nhân khẩu phải di dời", t46-01: those a flood may force out,
#: the plan's scenario, no goal)
_GOAL_HEAD = re.compile(r"(?<![a-z])(?:chi tieu|muc tieu|phan dau)(?![a-z])|^ke hoach(?![a-z])")


def _goal_head(head: str) -> bool:
    """(tgt49) ``head`` names its column's figures as the plan's goals (:data:`_GOAL_HEAD`, a set head:
    :func:`.base_heads.set_head`), not the names of the indicators (:data:`_NAMES_HEAD`)."""
    one = fold(" ".join(head.split())).strip(" *:.").lower()
    return not _NAMES_HEAD.match(one) and bool(_GOAL_HEAD.search(one)) and set_head(head)


def _in_goal_cell(sc: _Scan, fg: _Figure) -> bool:
    """(tgt49) The figure and its counted noun stand in one cell of a goal column (``sc.goal_cells``): "Duy trì; có thêm
    01 sản phẩm OCOP …" under "Chỉ tiêu cần đạt". Not a bare figure whose unit the reader took from the next cell, nor a
    sum of money (a "Kế hoạch vốn" column's capital, the plan-table readers')."""
    if not fg.unit or W.MONEY_UNIT_RE.match(fold(fg.unit)):
        return False
    return any(cs <= fg.m.start() and fg.unit_end <= ce for cs, ce in sc.goal_cells)


def _cell_start(v: str, s0: int, at: int) -> int:
    """(tgt49) The start of the table cell holding offset ``at`` in a text table's row ("| … | … |" on one line): after the
    last "|" on that line before ``at``; ``s0`` where the line holds none before it."""
    line = v.rfind("\n", s0, at) + 1
    bar = v.rfind("|", max(s0, line), at)
    return bar + 1 if bar >= 0 else s0


def _past_result(sc: _Scan, fg: _Figure) -> bool:
    """The past-result word before the figure (:data:`patterns.PAST_RESULT_RE`), without the look-alikes that say nothing
    was done (:func:`target_words.da_not_done`, "dự bị có", an indicator's name, a capped score item, a time limit, a
    paper's name, a lapse, a prohibition's "đã", a rule's consequence)."""
    o, v = sc.o, sc.v
    c0, lapse, m, s0, unit, unit_end = fg.c0, fg.lapse, fg.m, fg.s0, fg.unit, fg.unit_end
    past = P.PAST_RESULT_RE.search(v, max(s0, m.start() - 60, v.rfind(";", s0, m.start()) + 1,
                                          _cell_start(v, s0, m.start())), m.start())
    # (tgt49) not in the cell before: "| Giáo dục | Đã đạt | Duy trì 100% trường đạt chuẩn quốc gia |" — the criterion's
    # status column says where it stands, the goal cell what the plan keeps or adds (a47-03, t47-03)
    if past and W.da_not_done(o, past.start(), past.end()):
        past = None  # "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều …": "đa" (multi-), not "đã" — the printed marks tell
        # them apart (so do "da" printed without the stroke, "đá" and the "Đà" of a place name, "vì Đà Lạt xanh")
    if past and PC.RESULT_LABEL_RE.match(v, past.start()) and (colon := v.find(":", past.start(), m.start())) >= 0 and (
            P.TARGET_UP_AFTER_RE.match(v[unit_end:unit_end + 14]) or _STRONG_NEAR.search(v, max(s0, m.start() - 30), m.start())
            or (not sc.results.covers(m.start()) and W.FIRM_BOUND_WORD_RE.search(v, colon, fg.s1))):
        past = None  # "b) Kết quả học tập: mức Tốt từ 22% trở lên": the indicator's name, a floor no result states;
        # (session 54) "Kết quả huấn luyện: 100% dân quân được huấn luyện, trong đó có từ 70% khá, giỏi trở lên": the
        # label's line bounds a figure, the results required (a52-07)
    if past and W.NOT_DONE_PRINTED_RE.match(o, past.start()):
        past = None  # "Đảng viên dự bị có thời gian sinh hoạt dưới 06 tháng": "bị có" (OCR's look-alike of "đã có"
        # in the folded view) is printed with its marks, "dự bị" (probationary) then "có" (has), nothing done
    if past and W.SCORED_ITEM_PAST_RE.fullmatch(v, past.start(), past.end()) \
            and _STRONG_BOUND.search(v, max(s0, m.start() - 30), m.start()):
        past = None  # "kết quả lãnh đạo thực hiện nhiệm vụ chính trị tối đa 40 điểm": the item a rule caps (a score
        # scale's criterion, a28-08), no result reached — a cap or floor is never said of a result
    if past and fold(unit or "") in P.TIME_UNIT_FOLDED and (W.TIME_LIMIT_CUE_RE.search(v, max(s0, m.start() - 40), m.start())
                                                           or W.NAMED_LIMIT_BEFORE_RE.search(v, max(s0, m.start() - 110), m.start())):
        past = None  # "Kết quả kiểm tra được gửi trong thời hạn 05 ngày", "khoản tiền đã nộp thừa, chậm nhất trong
        # vòng 02 ngày làm việc", "Thời hiệu yêu cầu bồi thường thiệt hại là 03 năm": a time limit the rule sets,
        # whatever was done (or damaged) before it
    if past and W.DAMAGE_WORD_RE.fullmatch(v, past.start(), past.end()) \
            and W.DAMAGE_CAP_BEFORE_RE.search(v, max(s0, m.start() - 20), m.start()):
        past = None  # (tgt37b) "diện tích rừng bị thiệt hại … dưới 01 ha": the damage the plan caps, none reported
    if past and _papers_asked(v, c0, m.start(), unit):
        past = None  # "Thông báo kết quả hủy biên lai được lập thành hai (02) bản": "kết quả" names the paper
    if past and W.OUTCOME_CASE_AFTER_RE.fullmatch(v, past.start(), m.start()):
        past = None  # (tgt44b) "kết quả được xác định khi có trên 50% tổng số đảng viên … đồng ý": the outcome a rule
        # turns on a share, no result reached
    if past and lapse:
        past = None  # "hộp thư đã cấp, sau 06 tháng không đăng nhập": "đã" tells which mailbox, the lapse is the rule's
    if past and (over := _verb_over(v, o, max(c0, m.start() - 60), m.start())) and over.start() < past.start():
        past = None  # "không để tồn tiền mặt đã thu tại thôn quá 05 ngày": "đã" tells which cash, inside the prohibition
    if past and TT.consequence_between(v, o, past.end(), m.start()):
        past = None  # "bị thiệt hại nặng về kinh tế thì được trợ cấp không quá 02 lần/năm": the figure is the rule's
        # consequence, the damage its case
    fg.past = past
    return False


def _count_times_level(sc: _Scan, fg: _Figure) -> re.Match[str] | None:
    """(tgt44b) The product of a count and the level per each of its items holding the figure, no result after it
    (:data:`target_words.COUNT_TIMES_LEVEL_RE`: "40 suất × 1.000.000 đồng/suất"): both terms are set, neither a term
    of a computation."""
    v, m = sc.v, fg.m
    return next((x for x in W.COUNT_TIMES_LEVEL_RE.finditer(v, max(fg.s0, fg.line_start), min(sc.end, fg.unit_end + 60))
                 if x.start() <= m.start() < x.end()), None)


def _reached_already(sc: _Scan, fg: _Figure) -> bool:
    """A figure the text reports as reached is no target: after a past-result word or an as-of opening ("Đến nay, 100% …
    đã triển khai", a day before the document's own), what happened ("xảy ra 07 vụ cháy"), an estimate, a measure's base,
    the terms of a worked example or a formula, a reason."""
    doc_day, o, start, v = sc.doc_day, sc.o, sc.start, sc.v
    a, c0, line_start, m, past, s0, unit = fg.a, fg.c0, fg.line_start, fg.m, fg.past, fg.s0, fg.unit
    unit_end = fg.unit_end
    opening = full_sentence_start(v, s0, m.start())
    if P.AS_OF_LINKED_OPENING_RE.match(v, opening, m.start()) and not _strives(v, s0, m.start()):
        return True  # "Tuy nhiên, đến hết ngày 20/11/2026, toàn xã mới thu được …, đạt 61,4% kế hoạch": reached by then
    as_of = P.AS_OF_OPENING_RE.match(v, opening, m.start())
    if as_of and doc_day and (ahead := W.AS_OF_DAY_OPENING_RE.match(v, opening, m.start())) and day_iso(ahead) > doc_day:
        as_of = None  # (tgt35a) "Đến ngày 31/12/2029, tổng nợ thuế giảm xuống dưới 5% …" in a plan of September 2029: a
        # day ahead, by which the figure is to be reached
    if (past or as_of) and not P.TARGET_CUE_RE.search(v, s0, m.start()):
        return True  # "Đến nay, 100% … đã triển khai": a result
    if fold(unit or "") in W.MEASURE_BASE_UNITS and a in W.MEASURE_BASE_FIGURES and W.MEASURE_BASE_VERB_AFTER_RE.match(v, unit_end) \
            and W.MEASURE_BASE_BEFORE_RE.search(v, max(s0, m.start() - 50), m.start()):
        return True  # "Số bác sĩ trên 10.000 dân đạt 11,5 bác sĩ": the measure's base, per 10.000 inhabitants
    para = max(opening, v.rfind("\n\n", 0, m.start()) + 2)  # (a heading's "I. " before the paragraph is no sentence)
    done = W.AS_OF_DONE_OPENING_RE.match(v, opening, m.start()) or W.AS_OF_DONE_OPENING_RE.match(v, para, m.start())
    if done and W.DONE_WORD_RE.search(o, done.end(), m.start()) and not P.AIM_CUE_RE.search(v, done.start(), m.start()):
        return True  # "Đến hết năm 2026, dự án đã giải ngân 412 tỷ đồng, đạt 60,6% kế hoạch vốn được giao": reached by then
    day = W.AS_OF_DAY_OPENING_RE.match(v, opening, m.start()) or W.AS_OF_DAY_OPENING_RE.match(v, para, m.start())
    if day and doc_day and day_iso(day) <= doc_day and not aim_named(v, day.start(), m.start()) \
            and not W.STRIVE_RE.search(v, day.start(), m.start()):
        return True  # "Đến ngày 15/01/2027, toàn tỉnh giải ngân được 91,3% kế hoạch" in a Thông báo of 20/01/2027: reached by then
    if W.EVENT_COUNT_BEFORE_RE.search(v, max(c0, m.start() - 30), m.start()) and not P.TARGET_CUE_RE.search(v, s0, m.start()):
        return True  # "Năm 2026, trên địa bàn phường xảy ra 07 vụ cháy, làm bị thương 02 người": what happened
    if P.ESTIMATED_RESULT_RE.search(v, max(s0, m.start() - 90, v.rfind(";", s0, m.start()) + 1), m.start()) \
            and not _strives(v, start, m.start()):
        return True  # "Ước cả năm, tỷ lệ thu ngân sách đạt 112% dự toán": the year's result estimated
    if W.CASE_BRACKET_BEFORE_RE.search(v, max(start, m.start() - 400), m.start()):
        return True  # "(đối với các trường hợp: …; … trong thời hạn tối thiểu 15 ngày trước …)": a case, not the rule
    product = _count_times_level(sc, fg)  # (tgt44b) "40 suất × 1.000.000 đồng/suất": no sum worked out
    if product and m.start() == product.start() and not W.HANDED_OUT_NOUN_RE.fullmatch(product.group("noun")):
        product = None  # … its count, where the items are handed out ("40 suất", "03 giải"); the units a level is
        # given to ("15 đơn vị x 2.000.000 đồng/đơn vị") are counted, no goal (a42-04)
    if not product and (W.ARITHMETIC_AFTER_RE.match(v, unit_end) or W.ARITHMETIC_BEFORE_RE.search(v, max(s0, m.start() - 30), m.start())):
        return True  # "Tỷ lệ % lương hưu của ông A là: 45% + 10% + 1% = 56%": the terms and sum of a worked example
    if not product and W.FORMULA_BEFORE_RE.search(v, max(s0, m.start() - 80), m.start()):
        return True  # "+ (0,5% x phần tổng chi phí trên 1 tỷ đồng)": a term of a fee formula
    if W.REASON_LABEL_RE.search(v, max(s0, line_start - 1 if not v[line_start:m.start()].strip() else line_start), m.start()):
        return True  # "Lý do: Trong 05 năm liên tục không phát sinh hồ sơ": a fact given as a reason
    return False


def _names_which_things(sc: _Scan, fg: _Figure) -> bool:
    """A figure that says which things are meant is no target: an attribute's class ("dân tộc có dân số … dưới 10.000
    người"), the things a share or a rate counts, grades, places, how long a condition lasts, a cited aside, a tier's name,
    whom an act is for, an exemption."""
    o, v = sc.o, sc.v
    a, b, c0, m, pct, s0, unit, unit_end = fg.a, fg.b, fg.c0, fg.m, fg.pct, fg.s0, fg.unit, fg.unit_end
    if not P.TARGET_CUE_RE.search(v, c0, m.start()) and (
            W.ATTRIBUTE_CLASS_BEFORE_RE.search(v, max(c0, m.start() - 90), m.start())
            or W.PRESENT_STATE_BEFORE_RE.search(v, max(c0, m.start() - 50), m.start())):
        return True  # "dân tộc có dân số … dưới 10.000 người", "đang áp dụng mức thuế suất 10%": which things are meant
    if not pct and b is None and unit and W.SHARE_WHOLE_BEFORE_RE.search(v, max(c0, m.start() - 80), m.start()) \
            and W.SHARE_WHOLE_ACT_AFTER_RE.match(v, unit_end):
        return True  # (tgt35b) "100% khối tài liệu tồn đọng 86 mét giá được chỉnh lý": the whole the share is of
    if W.CLASS_IN_SHARE_BEFORE_RE.search(v, max(c0, m.start() - 120), m.start()):
        return True  # "100% bếp ăn tập thể của các doanh nghiệp có từ 30 người lao động trở lên": the share's things
    if not pct and W.RATE_THINGS_BEFORE_RE.search(v, max(c0, m.start() - 120), m.start()) \
            and W.RATE_MEASURED_AFTER_RE.match(v, m.end()):
        return True  # "Tỷ lệ phụ nữ … được tầm soát ít nhất 04 bệnh … đạt từ 70%": which people the rate counts
    if not pct and b is None and fold(unit or "") in ("ngay", "thang", "nam") \
            and W.DEBT_AGE_BEFORE_RE.search(v, max(s0, m.start() - 30), m.start()) \
            and not W.CASE_OF_DEBT_BEFORE_RE.search(v, max(s0, m.start() - 30), m.start()):
        return True  # (tgt56) "số tiền nợ trên 90 ngày": how old the debts are, which debts are meant; not a rule's
        # case, "cưỡng chế … đối với các trường hợp nợ trên 90 ngày" (t34-03: labelled, the threshold the rule acts at)
    if not pct and W.PLACE_CLASS_BEFORE_RE.search(v, max(c0, m.start() - 20), m.start()) and W.PLACE_CLASS_AFTER_RE.match(v, m.end()):
        return True  # "thôn trên 300 hộ bố trí 02 cộng tác viên": which villages the quota is for
    if not pct and b is None and (W.GRADE_LIST_BEFORE_RE.search(v, max(s0, m.start() - 30), m.start()) or (
            W.DAY_MODEL_BEFORE_RE.search(v, max(c0, m.start() - 8), m.start()) and W.DAY_MODEL_AFTER_RE.match(v, m.end())
            and not PC.ORGANISED_DAY_MODEL_BEFORE_RE.search(v, max(c0, m.start() - 20), m.start()))):
        return True  # "học sinh lớp 3, 4, 5": grades; "học 2 buổi/ngày": full-day schooling, named
    if not pct and b is None and unit and W.place_unit(fold(unit)) and W.AT_BEFORE_RE.search(v, max(c0, m.start() - 6), m.start()) \
            and W.SUM_OF_PLACES_AFTER_RE.match(v, unit_end):
        return True  # "Tổng diện tích … tại 07 xã trong vụ Đông Xuân … là 7.700 ha": where the sum is
    if not pct and b is None and unit and (W.place_unit(fold(unit)) or fold(unit).startswith(W.SHARE_PLACE_NOUNS)) \
            and (W.SHARE_AT_PLACES_BEFORE_RE.search(v, max(s0, m.start() - 160), m.start())
                 or W.RATE_AT_PLACES_BEFORE_RE.search(v, max(s0, m.start() - 90), m.start())):
        return True  # (tgt49t) "Duy trì 100% tủ sách pháp luật tại Trụ sở UBND xã và 09 nhà văn hóa thôn": where the
        # share's things are, no count to reach; (tgt50) "Duy trì tỷ lệ tiêm chủng cao, đồng đều tại 18 tổ dân phố" alike
    if not pct and b is None and unit and W.place_unit(fold(unit)) \
            and W.FOR_PLACES_BEFORE_RE.search(v, max(c0, m.start() - 10), m.start()) \
            and not W.INSPECTED_BODIES_BEFORE_RE.search(v, max(c0, m.start() - 130), m.start()):
        return True  # "chỉ tiêu … tăng thêm đối với 08 xã, phường có tỷ lệ hoàn thành thấp như sau": which places
    if not pct and b is None and unit and W.place_unit(fold(unit)) and W.names_as_many(o, unit_end, a):
        return True  # "03 chi bộ thôn Sín Chải, Lao Chải, Pạc Bo (…) phải kết nạp ít nhất 01 đảng viên": which units
    if fold(unit or "") in P.TIME_UNIT_FOLDED and W.IN_A_ROW_AFTER_RE.match(v, unit_end) \
            and W.WITHIN_BEFORE_RE.search(v, max(c0, m.start() - 12), m.start()):
        return True  # "đạt dưới 50% chỉ tiêu trong 03 tháng liên tiếp": how long the condition lasts, no time allowed
    if pct and W.NOT_YET_FULL_BEFORE_RE.search(v, max(c0, m.start() - 70), m.start()):
        return True  # "hộ gia đình chưa tham gia BHYT đủ 100% thành viên": which households
    if W.CITED_ASIDE_BEFORE_RE.search(v, max(s0, m.start() - 260), m.start()):
        return True  # "theo Nghị quyết số 21/2026/NQ-HĐND … (mức hỗ trợ thêm 10% mức đóng …)": the cited paper's figure
    if fold(unit or "") == W.TIERS_UNIT and W.TIERS_OF_BEFORE_RE.search(v, max(s0, m.start() - 30), m.start()):
        return True  # "chính quyền địa phương 02 cấp": the two-tier government's name
    if pct and W.NAMED_LAND_SHARE_BEFORE_RE.search(v, max(s0, m.start() - 20), m.start()):
        return True  # (tgt38b) "quỹ đất công ích 5%": the land category's name
    measured = W.SHARE_OF_MEASURED_BEFORE_RE.search(v, max(s0, m.start() - 110), m.start()) if not pct else None
    if measured and o[measured.start("co"):measured.end("co")].lower() == "có" \
            and W.SHARE_AFTER_MEASURE_RE.match(v, max(unit_end, m.end())):
        return True  # (tgt38b) "Tỷ lệ đơn vị máu có thể tích 350 ml trở lên chiếm trên 80% …": which units the share counts
    whom = W.WHOM_BY_MEASURE_BEFORE_RE.search(v, max(s0, m.start() - 130), m.start())
    if whom and o[whom.start("co"):whom.end("co")].lower() == "có":
        return True  # "kiểm điểm … đối với tập thể, cá nhân có tỷ lệ giải ngân … dưới 70%": whom the act is for
    if P.EXEMPTION_RE.search(v, s0, m.start()):
        return True  # "… thì không phải thực hiện quy định về thời gian … ít nhất là 1 năm": a rule set elsewhere
    return False


def _where_things_stand(sc: _Scan, fg: _Figure) -> bool:
    """A figure that says where things stand is no target: how far it got ("đến nay mới đạt 39,5%"), a review, an earlier
    year's figure, a paragraph labelled "Tình hình:", a kind of enterprise ("nắm giữ 100% vốn") or of project ("sử dụng 100%
    vốn vay"), a probability defining a statistical level, the figure before in another unit or as a share."""
    doc_day, doc_year, o, title_period, v = sc.doc_day, sc.doc_year, sc.o, sc.title_period, sc.v
    m, pct, s0 = fg.m, fg.pct, fg.s0
    so_far = P.RESULT_SO_FAR_RE.search(v, max(s0, m.start() - 35, _cell_start(v, s0, m.start())), m.start())
    # (tgt49: not the status cell before the goal's, "| Đã đạt | Duy trì 100% trường đạt chuẩn quốc gia |")
    if so_far and v.startswith("moi", so_far.start()) and (not W.SO_FAR_PRINTED_RE.match(o, so_far.start())
                                                            or W.NEW_MADE_BEFORE_RE.search(v, max(0, so_far.start() - 20), so_far.start())):
        so_far = None  # "tỷ lệ mẫu … tại các chợ đầu mối đạt yêu cầu từ 95% trở lên": "mối" (a hub), "mỗi" fold like "mới";
        # "Số doanh nghiệp thành lập mới đạt ít nhất 1.800 doanh nghiệp": "mới" (new), no "only reached"
    if so_far and W.PASSIVE_PRINTED_RE.match(o, so_far.start()):
        so_far = None  # (tgt42b) "bị bắt giữ quá 72 giờ mà …": "bị bắt" folds near "đã đạt" (an OCR-lenient match), a
        # passive verb, no figure reached
    now_has = P.NOW_HAS_OPENING_RE.match(v, s0, m.start())
    if now_has and v.find(";", now_has.end(), m.start()) >= 0:
        now_has = None  # (tgt37b) "Xã hiện có 15 thôn; thực hiện sáp nhập 04 thôn để thành lập 02 thôn mới": the state
        # ends at its ";", the next clause sets what is to be done
    if so_far or ((P.NOW_OPENING_RE.match(v, s0, m.start()) or now_has)
                  and not P.AIM_CUE_RE.search(v, s0, m.start())):
        return True  # "(đến nay mới đạt 39,5%)": how far it got, not the aim
    if W.ONLY_SO_FAR_BEFORE_RE.search(o, max(s0, m.start() - 60), m.start()) and not P.AIM_CUE_RE.search(v, s0, m.start()):
        return True  # "(toàn tỉnh mới giải ngân đạt 67,4% kế hoạch)": how far it got by the report's day
    if review_sentence(v, o, s0, m.start(), title_period) and not (
            fg.unit_end and fg.b is None and P.TARGET_UP_AFTER_RE.match(v, fg.unit_end)):
        return True  # "… ước đạt 14.120 tỷ đồng, vượt 8,6% dự toán; …; tỷ lệ hộ nghèo giảm còn 4,37%": a review (but
        # (tgt35a) "tổng giá trị sản xuất vụ Đông ước đạt 36 tỷ đồng trở lên": an estimate bounded so is aimed at)
    if reported_back(v, m.start(), doc_day) and not any(s <= m.start() < e for s, e in sc.target_sections):
        return True  # (session 54) "Kết quả thu … 9 tháng đầu năm 2038 đạt 286,4 tỷ đồng, bằng 71,6% dự toán tỉnh giao": a
        # report back in a letter's opening paragraph, no heading over it (a52-05)
    if earlier_year_reached(v, s0, m.start(), title_period, doc_year, o, doc_day) or year_aside(v, s0, m.start(), title_period) \
            or year_done(v, o, s0, m.start(), title_period, doc_year) \
            or done_in_past(v, o, s0, m.start(), title_period, doc_year, doc_day) \
            or announced_result(v, o, s0, m.start(), title_period, doc_year):
        return True  # "(Năm 2026, tỷ lệ hồ sơ trực tuyến của phường đạt 78,3%.)" in a plan for 2027: where things stand
    para = max(sc.start, v.rfind("\n\n", 0, m.start()) + 2)
    if W.SITUATION_LABEL_OPENING_RE.match(v, para, m.start()) and not P.AIM_CUE_RE.search(v, para, m.start()) \
            and not W.STRIVE_RE.search(v, para, m.start()):
        return True  # (tgt35b) "Tình hình: … ghi nhận 164 ca mắc …, với 11 ổ dịch tại 7/12 khu phố": how things stand
    if W.OWNER_SHARE_BEFORE_RE.search(o, max(s0, m.start() - 30), m.start()):
        return True  # "doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ": a kind of enterprise
    if pct and W.FUNDED_SHARE_BEFORE_RE.search(v, max(s0, m.start() - 16), m.start()) \
            and W.FUNDED_SHARE_AFTER_RE.match(v, m.end()):
        return True  # (rt39) "nhà máy … sử dụng 100% vốn vay nội tệ": the financing names which plants, a kind
    if pct and W.PROBABILITY_BEFORE_RE.search(v, max(s0, m.start() - 20), m.start()):
        return True  # (rt39) "với xác suất 50%": the probability that defines a statistical level (P50)
    if pct and W.EQUIVALENT_BEFORE_RE.search(v, max(s0, m.start() - 20), m.start()):
        return True  # "6,24%/năm (0,52%/tháng)": the figure before, in another unit
    if pct and W.SUM_AS_SHARE_BEFORE_RE.search(v, max(s0, m.start() - 40), m.start()):
        return True  # "3.315 triệu đồng, bằng khoảng 2,1% tổng chi ngân sách": the sum before, as a share
    return False


def _procedure_limit(sc: _Scan, fg: _Figure) -> bool:
    """A procedure's time limit or set span ("Thời hạn kháng cáo là 15 ngày kể từ …", "Nhiệm kỳ … là 05 năm", an exam
    paper's minutes); a request ("đề nghị hỗ trợ 20 xe") that is no limit, support aim or task is no target."""
    asked, o, start, target_sections, task_sections = sc.asked, sc.o, sc.start, sc.target_sections, sc.task_sections
    v = sc.v
    b, c0, line_start, m, pct, s0, unit = fg.b, fg.c0, fg.line_start, fg.m, fg.pct, fg.s0, fg.unit
    unit_end = fg.unit_end
    # the clause the figure is in starts after the last sentence end before it
    clause0 = max(v.rfind(c, 0, m.start()) for c in ".;!?") + 1
    proc_cue = None  # "Thời gian xử lý và trả lời phản ánh kiến nghị là 07 ngày kể từ ngày tiếp nhận": a time limit
    tu = W.TIME_WORD_AFTER_RE.match(v, m.end())
    if not pct and tu and W.COUNTED_FROM_AFTER_RE.match(v, tu.end()):
        limit0 = max(m.start() - 110, start, clause0)
        proc_cue = W.PROCESS_LIMIT_BEFORE_RE.search(v, limit0, m.start()) or W.NAMED_LIMIT_BEFORE_RE.search(
            v, limit0, m.start())  # positions in ``v``, as ``bl``; "Thời hạn kháng cáo là 15 ngày kể từ …"
    exact_span = False  # "Thời gian tập sự đối với viên chức loại A là 12 tháng": the span the rule sets
    if L.ADDED_AMOUNT_BEFORE_RE.search(v, max(c0, m.start() - 20), m.start()):
        exact_span = True  # "… thì tính thêm 0,5 ngày công": an amount the rule adds
    if not pct and L.EXAM_TIME_BEFORE_RE.search(v, max(c0, m.start() - 25), m.start()):
        exact_span = True  # "thời gian thi 60 phút": the sitting's length
    paper = None  # the name of an exam's paper whose length is printed after it in parentheses
    if not pct and b is None and fold(unit or "") == "phut" and (op := L.PAPER_TIME_OPEN_RE.search(v, max(c0, m.start() - 3), m.start())) \
            and L.PAPER_TIME_CLOSE_RE.match(v, unit_end) and L.EXAM_PAPERS_RE.search(v, s0, m.start()):
        exact_span = True  # "dự thi 03 bài thi: Ngữ văn (120 phút), …": each paper's length, the paper its scope
        paper = clean_quote(o[max(s0, *(o.rfind(x, s0, op.start()) + 1 for x in ",:;")):op.start()]) or None
        if paper and (mon := paper.lower().rfind("môn ")) > 0:
            paper = paper[mon:]  # "… dự thi thêm môn chuyên (150 phút)": the paper, "môn chuyên"
    if not pct and tu and not proc_cue:
        step = L.PROCEDURE_TIME_BEFORE_RE.search(v, max(m.start() - 110, start, clause0), m.start())
        if step and L.EXACT_SPAN_STEPS_RE.search(step.group(0)):
            exact_span = True
        elif step:  # "Thời gian xem xét, giải quyết là 30 ngày làm việc": at most so long
            proc_cue = step
        elif L.TERM_IS_BEFORE_RE.search(v, max(m.start() - 110, start, clause0), m.start()):
            exact_span = True  # "Nhiệm kỳ của Hội đồng quản lý là 05 năm": the term the rule sets
    if not pct and not proc_cue and P.REQUEST_RE.search(v, max(s0, m.start() - 30), m.start()) \
            and not P.REQUEST_CAP_RE.search(v, max(s0, m.start() - 30), m.start()) and not (
            fold(unit or "") in P.TIME_UNIT_FOLDED and (W.WITHIN_LIMIT_BEFORE_RE.search(v, max(s0, m.start() - 20), m.start())
                                                        or W.LATEST_BEFORE_RE.search(v, max(s0, m.start() - 20), m.start()))) \
            and not SF.support_aimed(v, c0, m.start(), b is not None) and not SF.support_task(v, s0, c0, m.start(), asked, task_sections) \
            and not SF.support_line(v, s0, line_start, m.start(), asked) \
            and not (any(s <= m.start() < e for s, e in target_sections) and not asked.covers(m.start())
                     and W.CLAUSE_WORKS_OPENING_RE.fullmatch(v, c0, m.start())) \
            and not (W.MONEY_UNIT_RE.match(fold(unit or "")) and W.PER_HEAD_RATE_AFTER_RE.match(v, unit_end)) \
            and not (W.MONEY_UNIT_RE.match(fold(unit or "")) and W.PER_ITEM_AFTER_RE.match(v, unit_end)
                     and W.BUDGET_GRANTS_BEFORE_RE.search(v, max(c0, m.start() - 40), m.start())) \
            and not (b is None and W.COMPLETE_SUPPORT_BEFORE_RE.search(v, max(s0, m.start() - 40), m.start())) \
            and not (b is None and fold(unit or "").split()[:1] in (["thang"], ["ngay"]) and W.PAY_IN_UNIT_RE.search(fold(unit))
                     and W.AMOUNT_SET_BEFORE_RE.search(v, max(c0, m.start() - 12), m.start())) \
            and not (b is None and SF.support_per_item(v, o, c0, m.start(), unit_end, unit)) \
            and not (b is None and _listed_funding(v, start, line_start, m.start(), unit_end, unit)
                     and not W.ASKED_BEFORE_RE.search(v, s0, m.start())):
        # (tgt33a: "hỗ trợ … tiền ăn 50.000 đồng/người/ngày": a support rate set per person, no request; tgt34a:
        # "Tổng kinh phí hỗ trợ 1.410 triệu đồng, gồm:": a funding total; "hoàn thành hỗ trợ 29 nhà": support to complete)
        return True  # "đề nghị hỗ trợ 20 xe": a request (not "báo cáo … nhu cầu hỗ trợ chậm nhất 05 ngày sau …": a limit)
    fg.clause0, fg.exact_span, fg.paper, fg.proc_cue = clause0, exact_span, paper, proc_cue
    return False


def _bound_words_before(sc: _Scan, fg: _Figure) -> bool:
    """The bound words just before the figure (``before``): a minimum ("ít nhất", "trên", "vượt quá", "quá nửa"), a
    maximum ("không quá", "tối đa", "chậm nhất", "đến"), a lead time, a named limit; the old figure a change replaces
    ("từ 10 ngày thành 06 ngày") is no target."""
    o, start, v = sc.o, sc.start, sc.v
    a, a_txt, b, c0, clause0, exact_span, issues = fg.a, fg.a_txt, fg.b, fg.c0, fg.clause0, fg.exact_span, fg.issues
    m, pct, proc_cue, s0, spelled_fraction, unit = fg.m, fg.pct, fg.proc_cue, fg.s0, fg.spelled_fraction, fg.unit
    unit_end = fg.unit_end
    # the bound words before the number: up to 30 characters, across a layout
    # break of the page (OCR puts blank lines inside sentences) but not a sentence end
    b0 = max(m.start() - 30, start, clause0)
    before = W.OCR_LA_END_RE.sub(" la ", v[b0:m.start()])  # "ít nhất 14 1 năm": OCR's "14" for "là"
    lo, hi = (min(a, b), max(a, b)) if b is not None else (a, a)  # "1-0%": never min > max
    # ("ít nhất từ 01 đến 02 mô hình" keeps both ends: the floor word opens the range the plan sets, 1 to 2 —
    # the reading of three sets' authors, a22-07, a27-06, t33-09; a19-04 alone kept no cap)
    marked = b is not None or pct
    far_cue = None  # a bound word read further back than ``before`` (positions in ``v``, as ``bl``)
    min_cue = P.TARGET_MIN_CUE_RE.search(before)
    if min_cue and re.search(r"(?:dua|d[uw]a)\s+tren\s*$", before):
        min_cue = None  # "dựa trên ba trụ cột": based on, not more than
    if min_cue and W.UPKEEP_VERB_BEFORE_RE.search(v, max(b0, m.start() - 12), m.start()):
        min_cue = None  # (tgt37b) "làm mới và duy tu 12,5 km đường ranh": "duy tu" (upkeep), not "từ"
    if min_cue and W.ON_SURFACE_BEFORE_RE.search(o, max(b0, m.start() - 30), m.start()):
        min_cue = None  # "niêm yết trên 01 bảng tin": on, not more than
    if min_cue and pct and b is None and W.BARE_EXCESS_BEFORE_RE.search(before) and W.PLAN_BASE_AFTER_RE.match(v, unit_end):
        min_cue = None  # (tgt43b) "vượt 8% so với dự toán": the excess set over the plan's figure, exact (not "đạt và vượt")
    if issues and not (min_cue and re.match(kw("tren"), min_cue.group(0).strip()) is None):
        min_cue, marked = None, True  # "đăng trên 03 số báo liên tiếp", "trong ba số liên tiếp": exactly so many issues
    if (W.CHANGE_TO_AFTER_RE.match(v, unit_end)
            and W.CHANGE_FROM_BEFORE_RE.search(v[max(m.start() - 60, start, clause0):m.start()])) or (
            W.FROM_AT_END_RE.search(before) and (W.CHANGE_NEW_AFTER_RE.match(v, unit_end) or (
                fold(unit or "").endswith(" len") and W.CHANGE_NEW_AFTER_RE.match(v, unit_end - 4)))):
        return True  # "điều chỉnh giảm từ 6,6%/năm … xuống 6,24%/năm", "từ 10 ngày thành 06 ngày": the old figure
        # (tgt46p: also where the noun read took the "lên" in, "nâng hạng từ 3 sao lên 4 sao", a44-04, t38-01: the
        # grade the product has, no floor "sao lên")
    max_cue = P.TARGET_MAX_CUE_RE.search(before)
    if max_cue and b is None and W.LEVEL_REACHED_BEFORE_RE.search(before) and fold(unit or "") not in P.TIME_UNIT_FOLDED:
        max_cue, marked = None, True  # (tgt48t) "Giảm tỷ lệ hộ nghèo từ 1,01% xuống còn 0,49%": the level the year
        # reaches, exact (the labels' README: no bound word, min = max); a time limit cut "từ 30 ngày xuống còn 20 ngày"
        # stays a limit (review-targets10's 2842/QĐ-UBND: max)
    if max_cue and W.SESSION_WORD_BEFORE_RE.search(o, b0, m.start()):
        max_cue = None  # (tgt41b) "mỗi buổi 10 phút": the printed "buổi" (a session), which OCR's tolerance reads "dưới"
    if max_cue and min_cue and min_cue.start() < max_cue.start() and min_cue.end() >= max_cue.end():
        max_cue = None  # "không dưới 05 lớp", "không ít hơn 03 xã": the negated "dưới"/"ít hơn" is a minimum
    if max_cue and W.AFTER_PERIOD_BEFORE_RE.search(before):
        max_cue = None  # "Sau thời hạn 60 ngày, kể từ …": once the time has run
    if max_cue and b is None and fold(unit or "") in P.TIME_UNIT_FOLDED and not W.COUNTED_FROM_AFTER_RE.match(v, unit_end) \
            and L.DISPLAY_SPAN_BEFORE_RE.search(v, max(s0, m.start() - 240), m.start()):  # (the list posted: its commas)
        max_cue, exact_span = None, True  # "Niêm yết công khai … trong thời gian 03 ngày làm việc": as long as that
    if max_cue and b is None and fold(unit or "") in P.TIME_UNIT_FOLDED and L.CONTINUOUS_SPAN_BEFORE_RE.search(before):
        max_cue, exact_span = None, True  # (tgt39a) "phát tin liên tục trong 07 ngày trước mỗi đợt": the whole span
    if max_cue and b is None and fold(unit or "") in P.TIME_UNIT_FOLDED and L.DAILY_RATE_BEFORE_RE.search(before) \
            and L.BEFORE_EACH_AFTER_RE.match(v, unit_end):
        max_cue, exact_span = None, True  # (tgt55) "ít nhất 03 lần/ngày trong 05 ngày trước mỗi đợt": the broadcast's days
    if max_cue and b is None and fold(unit or "") in P.TIME_UNIT_FOLDED \
            and L.WATCHED_SPAN_BEFORE_RE.search(v, max(s0, c0, m.start() - 90), m.start()):
        max_cue, exact_span = None, True  # (tgt41b) "theo dõi các trẻ tiếp xúc trong 10 ngày": the watch's whole span
    if max_cue and b is None and fold(unit or "") in P.TIME_UNIT_FOLDED and L.PART_OF_TERM_AFTER_RE.match(v, unit_end):
        max_cue = None  # (tgt47) "trong 6 tháng cuối năm", "trong 06 tháng đầu năm 2027": a part of the year, a period
    if not (min_cue or max_cue) and pct and b is None:
        max_cue = W.OCR_BELOW_PERCENT_BEFORE_RE.search(before)  # legacy OCR's "đội 2%" for "dưới 2%"
    if not (min_cue or max_cue):
        min_cue = W.OVER_BEFORE_RE.search(before)  # "vượt quá 10%": more than
    if not (min_cue or max_cue) and spelled_fraction and a_txt.split()[-1] == "nua":
        min_cue = W.OVER_HALF_BEFORE_RE.search(before)  # "quá nửa tổng số đại biểu": more than half
    if not (min_cue or max_cue):
        eq = W.BOUND_EQUALS_RE.search(before)
        if eq:  # "lãi suất cho vay tối đa bằng 150% lãi suất cơ bản"
            min_cue, max_cue = (eq, None) if eq.group("lo") else (None, eq)
    if not (min_cue or max_cue):
        latest = W.LATEST_BEFORE_RE.search(before)
        lead_pair = None if latest or fold(unit or "") not in P.TIME_UNIT_FOLDED else \
            W.LEAD_CASE_PAIR_BEFORE_RE.search(v, max(s0, m.start() - 120), m.start())
        if (latest or lead_pair) and fold(unit or "") in P.TIME_UNIT_FOLDED and (
                W.LEAD_EVENT_AFTER_RE.match(v, unit_end) or W.LEAD_CASES_AFTER_RE.match(v, unit_end)):
            # "chậm nhất là 07 ngày trước ngày mở phiên tòa": a lead time, at least 07 ngày ahead; "chậm nhất 90
            # ngày đối với đất nông nghiệp và 180 ngày đối với … trước khi …": one per case, both at least
            min_cue = latest or lead_pair
            far_cue = None if latest else lead_pair
        else:
            max_cue = latest or W.SETTLE_LIMIT_BEFORE_RE.search(before) or W.UP_TO_BEFORE_RE.search(before) \
                or (W.NOT_VERB_OVER_RE.search(before) if not L.THROUGH_BEFORE_RE.search(before) else None)
            # "chậm nhất 03 ngày kể từ ngày ban hành", "thời hạn giải quyết là 28 ngày": a time limit;
            # "phạt tiền đến 5.000.000 đồng": at most
            max_cue = max_cue or proc_cue
            if not max_cue:
                max_cue = far_cue = _verb_over(v, o, max(c0, m.start() - 60), m.start())  # "không giữ chức vụ quá 02 nhiệm kỳ"
            if not max_cue:
                bm = L.BOUND_THEN_MEASURE_BEFORE_RE.search(v, max(c0, m.start() - 60), m.start())
                if bm:  # "không được vượt quá tốc độ 60 km/h"
                    far_cue = bm
                    min_cue, max_cue = (bm, None) if bm.group("lo") else (None, bm)
            if not max_cue and fold(unit or "") in P.TIME_UNIT_FOLDED and not pct:
                # "Thời hạn tạm giữ là 03 ngày", "thời hiệu khởi kiện là 02 năm": the limit a rule names
                # (from the clause's start: the name may list steps, "Thời hạn khiếu nại, kiến nghị là 03 ngày")
                proc_cue = max_cue = W.NAMED_LIMIT_BEFORE_RE.search(v, max(clause0, s0, m.start() - 90), m.start())
    fg.b0, fg.before, fg.exact_span, fg.far_cue, fg.hi, fg.lo = b0, before, exact_span, far_cue, hi, lo
    fg.marked, fg.max_cue, fg.min_cue, fg.proc_cue = marked, max_cue, min_cue, proc_cue
    return False


def _bound_from_context(sc: _Scan, fg: _Figure) -> bool:
    """A bound the wording further back or the layout gives: a lapse ("sau 03 tháng không …"), "Mức … tối đa … là", a
    changed rule, a negated bound, a limit column's cell, a zone ("trong phạm vi 30m"), a validity or a notice
    ("có giá trị 06 tháng", "phải thông báo trước 30 ngày")."""
    limit_column, v = sc.limit_column, sc.v
    b, before, c0, far_cue, lapse, line_start, m = fg.b, fg.before, fg.c0, fg.far_cue, fg.lapse, fg.line_start, fg.m
    marked, max_cue, min_cue, s0, unit, unit_end = fg.marked, fg.max_cue, fg.min_cue, fg.s0, fg.unit, fg.unit_end
    if lapse and not max_cue:  # "sau 03 tháng không đăng nhập", "trên 12 tháng mà không thông báo": at least so long
        min_cue = far_cue = lapse
    bl = None
    if not (min_cue or max_cue):
        bl = W.BOUND_THEN_IS_BEFORE_RE.search(v, max(c0, m.start() - 130), m.start())
        if bl:  # "Mức cho vay tối đa đối với người lao động là 300 triệu đồng"
            min_cue, max_cue = (bl, None) if bl.group("lo") else (None, bl)
    # (not in a list of procedures with a "Thời hạn giải quyết" column: its row states the new limit again in
    # that cell — "Cắt giảm thời gian giải quyết từ 24 ngày xuống 22 ngày", 1949/QĐ-UBND)
    changed_to = b is None and not limit_column and W.CHANGE_TO_BEFORE_RE.search(v, max(s0, m.start() - 70), m.start())
    if changed_to and not (min_cue or max_cue):  # "… từ 10 ngày làm việc thành 09 ngày làm việc": the new rule
        marked = True
        if fold(unit or "") in P.TIME_UNIT_FOLDED:
            max_cue = _AT_END.search(before)  # a new time limit: at most 09 ngày làm việc
    neg = W.NEGATED_BOUND_RE.search(before)
    if neg:  # "không thấp hơn 95%" is a minimum, "không cao hơn 2%" a maximum
        min_cue, max_cue = (neg, None) if neg.group("lo") else (None, neg)
    elif (min_cue or max_cue) and b is None and not far_cue \
            and L.NONE_BEYOND_BEFORE_RE.search(v, max(s0, m.start() - 110), m.start()):  # (its own commas)
        min_cue, max_cue = max_cue, min_cue  # "không có Tổ … có nợ quá hạn trên 2%": none above 2%, at most 2%
    time_unit = fold(unit or "") in P.TIME_UNIT_FOLDED
    if limit_column and time_unit and not (min_cue or max_cue) and b is None and not v[line_start:m.start()].strip(W.CELL_MARKS) \
            and not v[:line_start].rstrip().endswith(":"):  # "- Tại Sở …:⏎43 ngày." is a share, no cell
        max_cue = _AT_END.search(before)  # "14 ngày", a cell of the "Thời hạn giải quyết" column: at most 14 ngày
    if time_unit and not (min_cue or max_cue) and b is None and W.COUNTED_FROM_AFTER_RE.match(v, unit_end) and (
            not v[c0:m.start()].strip(W.CELL_MARKS) or (not v[line_start:m.start()].strip(W.CELL_MARKS)
                                                        and v[:line_start].rstrip().endswith("|"))):  # a table's cell
        max_cue = _AT_END.search(before)  # "- 07 (bảy) ngày làm việc kể từ ngày ban hành quyết định": a time limit
    if max_cue and re.match(rf"{kw('trong')}", before[max_cue.start():]) and not time_unit:
        max_cue = None  # "trong 02 hội nghị": a place in the text, not a bound
        bm = L.BOUND_THEN_MEASURE_BEFORE_RE.search(v, max(c0, m.start() - 60), m.start())
        if bm:  # "không vượt quá tải trọng 10 tấn": the measure's name ends in "trọng", read as "trong"
            far_cue = bm
            min_cue, max_cue = (bm, None) if bm.group("lo") else (None, bm)
    if not (min_cue or max_cue) and b is None:
        zone = L.WITHIN_RANGE_BEFORE_RE.search(v, max(c0, m.start() - 40), m.start())
        if zone:  # "vận chuyển vật liệu trong phạm vi 30m": at most
            max_cue = far_cue = zone
    full = None  # "có đủ 05 năm công tác": an eligibility term
    if not (min_cue or max_cue) and b is None and fold(unit or "") in P.TIME_UNIT_FOLDED:
        # "Giấy chứng nhận có giá trị 06 tháng kể từ ngày cấp": at most; "phải thông báo trước 30 ngày", "có đủ 05
        # năm công tác": at least
        max_cue = L.VALID_FOR_BEFORE_RE.search(before) or L.SHORT_OF_BEFORE_RE.search(before)
        if max_cue and L.BANNED_UNTIL_BEFORE_RE.search(v, max(s0, v.rfind(";", s0, m.start()) + 1, m.start() - 140), m.start()):
            min_cue, max_cue = max_cue, None  # "không tái đàn … khi chưa đủ 21 ngày": the wait the act needs, at least
        full = None if max_cue else L.FULL_BEFORE_RE.search(before)
        if full and L.ONWARD_PRINTED_BEFORE_RE.search(sc.o, max(0, m.start() - 12), m.start()):
            full = None  # (tgt37a) "từ năm thứ hai trở đi 12 ngày/năm": "đi" (onward) folds as "đủ" does, no floor
        min_cue = min_cue or (None if max_cue else (L.NOTICE_AHEAD_BEFORE_RE.search(before) or full))
    fg.bl, fg.far_cue, fg.full, fg.marked, fg.max_cue, fg.min_cue = bl, far_cue, full, marked, max_cue, min_cue
    fg.time_unit = time_unit
    return False


def _bound_after(sc: _Scan, fg: _Figure) -> bool:
    """What follows the figure: an event's length (exact), a lead time, a rate's period or base before "trở lên", a term to
    serve; a procedure's or a paper's name ("… có đủ 15 năm phục vụ") is no target."""
    start, v = sc.start, sc.v
    b, before, c0, full, m, max_cue, min_cue = fg.b, fg.before, fg.c0, fg.full, fg.m, fg.max_cue, fg.min_cue
    pct, s1, time_unit, unit, unit_end = fg.pct, fg.s1, fg.time_unit, fg.unit, fg.unit_end
    held_for = bool(time_unit and b is None and fold(unit) in PC.LENGTH_UNITS and PC.HELD_FOR_BEFORE_RE.search(v, max(start, c0, m.start() - 80), m.start())
                    and not W.COUNTED_FROM_AFTER_RE.match(v, unit_end))
    if held_for:
        min_cue = max_cue = None  # "Đại hội cấp xã tổ chức trong 01 ngày": how long the event lasts, exactly
    lead_exact = bool(time_unit and b is None and not (min_cue or max_cue) and not pct
                      and PC.lead_time_exact(v, c0, m.start(), fold(unit), unit_end))  # "giao … trước thời điểm khám 15 ngày"
    rate_tail = W.PER_PERIOD_TAIL_RE.match(v, unit_end) if pct else None
    # "đạt 8,5%/năm trở lên": the bound closes the rate, after its period
    after_at = rate_tail.end() if rate_tail and P.TARGET_UP_AFTER_RE.match(v, rate_tail.end()) else unit_end
    rate_base = W.RATE_BASE_UP_AFTER_RE.match(v, unit_end) if pct and after_at == unit_end and b is None else None
    if rate_base:  # "đạt 1,5% dân số trở lên": the bound closes the rate, after its base
        after_at = rate_base.end()
    per_tail = W.PER_ITEM_BOUND_AFTER_RE.match(v, unit_end) if after_at == unit_end and b is None and not pct and unit \
        and "/" not in unit and W.MONEY_UNIT_RE.match(fold(unit)) else None
    if per_tail:
        # (tgt48) "đạt 200 triệu đồng/ha trở lên" (a46-07), "… 50.000 đồng/hội viên trở lên": the bound closes a money
        # figure per item, after its item; the item kept in the unit ("triệu đồng/ha")
        after_at = per_tail.end()
        fg.unit = unit = f"{unit}/{sc.o[per_tail.start('per'):per_tail.end('per')].lower()}"
        fg.unit_end = unit_end = per_tail.end()
    after = v[after_at:after_at + 14]
    up_later = b is None and not max_cue and fold(unit or "") in P.TIME_UNIT_FOLDED and L.UP_LATER_AFTER_RE.match(
        v, unit_end, s1)  # "đủ 20 năm đóng … trở lên": a term to serve (not "của 02 văn bản … trở lên thì", a case)
    if (up_later or (full and min_cue is full)) and L.TITLE_BEFORE_RE.search(v, max(start, m.start() - 320), m.start()):
        return True  # "Thủ tục đăng ký … của sĩ quan phục viên có đủ 15 năm phục vụ": a procedure's or a paper's name
    fg.after, fg.held_for, fg.lead_exact, fg.max_cue, fg.min_cue = after, held_for, lead_exact, max_cue, min_cue
    fg.up_later = up_later
    return False


def _bounds_from_cues(sc: _Scan, fg: _Figure) -> bool:
    """The figure's min and max from its cues: a floor, a cap, both, or the bound of the figure before running on through
    a list ("không quá 05 cá nhân, 01 tập thể"); a run ("02 năm liên tiếp") and a length the plan sets are marked."""
    carried, carried_floor, carried_pct, v = sc.carried, sc.carried_floor, sc.carried_pct, sc.v
    a, after, b, before, c0, fraction, held_for = fg.a, fg.after, fg.b, fg.before, fg.c0, fg.fraction, fg.held_for
    hi, lead_exact, line_start, listed, lo, m = fg.hi, fg.lead_exact, fg.line_start, fg.listed, fg.lo, fg.m
    marked, max_cue, min_cue, pct, s0, time_unit = fg.marked, fg.max_cue, fg.min_cue, fg.pct, fg.s0, fg.time_unit
    unit, up_later = fg.unit, fg.up_later
    carried_on = floor_run = False  # the bound of the figure before runs on to this one (a list)
    if b is None and not P.TARGET_DOWN_AFTER_RE.match(after) and (P.TARGET_UP_AFTER_RE.match(after) or up_later or (min_cue and not max_cue)):
        # ("từ 50.000 đồng trở xuống": "từ" opens the figure, "trở xuống" makes it the most allowed)
        lo, hi, marked = a, None, True
    elif b is None and (P.TARGET_DOWN_AFTER_RE.match(after) or max_cue):
        lo, hi, marked = None, a, True
    elif min_cue and max_cue and b is None:  # "ít nhất trên 2/3"
        lo, hi, marked = a, None, True
    elif b is None and pct and a < 100 and carried_pct and W.PERCENT_MEASURE_GAP_RE.fullmatch(v, carried_pct[1], m.start()):
        lo, hi = (a, None) if carried_pct[2] == "min" else (None, a)
        marked = carried_on = True  # "cắt giảm ít nhất 20% thời gian giải quyết và 20% chi phí tuân thủ": one bound
    elif b is None and not pct and carried_floor and not time_unit and (W.FLOOR_PAIR_GAP_RE.fullmatch(v, carried_floor[1], m.start())
                                                                        or _LIST_GAP_RE.fullmatch(v, carried_floor[1], m.start())) \
            and (fold(unit or "").split() or [""])[0] not in W.OCCASION_COUNTERS:
        lo, hi = a, None
        marked = carried_on = floor_run = True  # "ít nhất 02 mô hình xã, phường thông minh và 05 doanh nghiệp …": one floor
        # (tgt37b: and on through a longer list, "tối thiểu 150 bàn dập lửa, 04 máy thổi gió, 02 máy cưa xăng, 10 bình …
        # và 250 dao phát", each a floor: :func:`_record` hands the floor on)
    elif b is None and not pct and carried and (listed or _LIST_GAP_RE.fullmatch(v, carried[1], m.start())
                                                or W.NAMED_LIST_GAP_RE.fullmatch(v, carried[1], m.start()) or (
            carried[3] == fold(unit or "") and (W.PER_THING_LIST_GAP_RE.fullmatch(v, carried[1], m.start())
                                                or W.CASE_LIST_GAP_RE.fullmatch(v, carried[1], m.start())
                                                or W.KIND_LIST_GAP_RE.fullmatch(v, carried[1], m.start())))):
        lo, hi = (a, None) if carried[2] == "min" else (None, a)
        marked = carried_on = True  # "không quá 05 cá nhân, 01 tập thể": the bound runs on through the list
    elif b is None and not pct and carried and carried[2] == "max" and not time_unit \
            and W.FLOOR_PAIR_GAP_RE.fullmatch(v, carried[1], m.start()) \
            and (fold(unit or "").split() or [""])[0] not in W.OCCASION_COUNTERS \
            and (fold(unit or "").split() or [""])[0] != (carried[3].split() or [""])[0]:
        lo, hi = None, a
        marked = carried_on = True  # (tgt47t) "biểu dương không quá 05 hộ gia đình và 03 cá nhân": the cap runs on past
        # the rest of its noun ("hộ" read, "gia đình" left) to the next count, as a floor does (FLOOR_PAIR_GAP_RE); not
        # to the same noun split by a qualifier, "tối đa 01 đội nam và 01 đội nữ" (t33-07: one cap over the pair)
    if b is not None and re.search(rf"{kw('trong')}\s*$", before):
        marked = True  # "trong 24-48 giờ"
    run = W.CONSECUTIVE_RUN_AFTER_RE.match(v, m.end()) if not (pct or fraction) and b is None and unit \
        and not W.WITHIN_BEFORE_RE.search(v, max(c0, m.start() - 8), m.start()) \
        and not W.RUN_COMPARED_BEFORE_RE.search(v, max(c0, m.start() - 12), m.start()) else None
    set_length = bool(time_unit and b is None and not (min_cue or max_cue) and fold(unit) in ("ngay", "tuan", "buoi")
                      and (W.EVENT_LENGTH_LABEL_RE.fullmatch(v, line_start, m.start())
                           or W.TERM_WEEKS_BEFORE_RE.search(v, max(s0, m.start() - 20), m.start()))) or held_for or lead_exact \
        or bool(time_unit and b is None and not (min_cue or max_cue) and fold(unit) in W.TRAINING_LENGTH_UNITS
                and W.TRAINING_LENGTH_BEFORE_RE.search(v, max(s0, m.start() - 20), m.start())
                and not L.FIRST_OR_LAST_AFTER_RE.match(v, fg.unit_end)) \
        or bool(time_unit and b is None and not (min_cue or max_cue) and _length_set_by_rule(v, fold(unit), s0, m.start(), fg.unit_end))
    if set_length:
        marked = True  # "- Thời gian: 01 ngày, ngày 10/12/2027", "học kỳ I có 18 tuần thực học": a length the plan sets
    fg.carried_on, fg.floor_run, fg.hi, fg.lo, fg.marked, fg.run = carried_on, floor_run, hi, lo, marked, run
    fg.set_length = set_length
    return False


def _length_set_by_rule(v: str, folded_unit: str, s0: int, pos: int, unit_end: int) -> bool:
    """(tgt37a) Whether the bare span at ``pos`` is a length a rule of training or an event sets, exactly: after a
    "Thời gian huấn luyện …:" lead-in ("dân quân năm thứ nhất 15 ngày; …") or "thời gian" right before it ("…, thời
    gian 05 ngày"), not counted from an event ("thời gian 05 ngày kể từ …" is a limit)."""
    return folded_unit in W.TRAINING_LENGTH_UNITS and not W.COUNTED_FROM_AFTER_RE.match(v, unit_end) and bool(
        W.TRAINING_TIME_LEAD_RE.search(v, s0, pos) or W.LENGTH_NAMED_BEFORE_RE.search(v, max(s0, pos - 16), pos))


def _time_reading(sc: _Scan, fg: _Figure) -> bool:
    """A time figure: months or lesson periods in brackets ("01 nhiệm kỳ (60 tháng)"); a bare duration ("sau 30 ngày"),
    the years reviewed, a look-back, a dated lead time, a rollout's or a benefit's first stretch and the period of the
    figure before are no targets."""
    o, v = sc.o, sc.v
    a, after, b, before, carried_on, exact_span = fg.a, fg.after, fg.b, fg.before, fg.carried_on, fg.exact_span
    hi, lo, m, max_cue, min_cue, run, s0 = fg.hi, fg.lo, fg.m, fg.max_cue, fg.min_cue, fg.run, fg.s0
    set_length, time_unit, unit, unit_end, up_later = fg.set_length, fg.time_unit, fg.unit, fg.unit_end, fg.up_later
    if time_unit:
        mb = P.MONTHS_IN_BRACKETS_RE.match(v, unit_end)
        ml = None if mb else P.LESSONS_IN_BRACKETS_RE.match(v, unit_end)
        if mb or ml:  # "01 nhiệm kỳ (60 tháng)": the months; "01 tuần (40 tiết)": the lesson periods
            months = float((mb or ml).group("n"))
            lo = months if lo is not None else None
            hi = months if hi is not None else None
            unit = "tháng" if mb else clean_quote(o[ml.start("u"):ml.end("u")])
            unit_end = sc.consumed = (mb or ml).end()  # the bracketed figure is read here, no target of its own
        interval = bool(b is None and fold(unit) in W.INTERVAL_UNITS
                        and W.PERIODIC_BEFORE_RE.search(v, max(s0, m.start() - 12), m.start())
                        and W.PER_TIME_AFTER_RE.match(v, unit_end)
                        and not W.REPORT_IN_CLAUSE_RE.search(v, fg.c0, m.start()))  # (tgt37b) "định kỳ 7 ngày/lần"
        each = W.WITHIN_EACH_PERIOD_AFTER_RE.match(v, unit_end) if b is None and not interval \
            and W.PERIODIC_BEFORE_RE.search(v, max(s0, m.start() - 12), m.start()) else None
        if each:  # (tgt43b) "tiếp công dân định kỳ 02 ngày trong tháng": so many days each month, a rhythm set
            unit, unit_end, interval = f"{unit}/{o[each.start('per'):each.end('per')].lower()}", each.end(), True
        case = W.LAPSE_CASE_AFTER_RE.match(v, unit_end) if b is None and not (min_cue or max_cue) else None
        if case and fold(unit).startswith("gio") and a <= 24 and not case.group("since"):
            case = None  # "nhận hồ sơ sau 15 giờ mà không …": the day's hour, no wait
        wait = W.AFTER_LAPSE_BEFORE_RE.search(v, max(s0, m.start() - 6), m.start()) if case else None
        lapse = fg.waits = wait is not None
        if not wait and b is None and not (min_cue or max_cue) and W.SPACING_BEFORE_RE.search(v, max(s0, m.start() - 14), m.start()):
            lapse, lo, hi, fg.marked = True, a, a, True  # (tgt42b) "phun ít nhất 02 lần, mỗi lần cách nhau 07 ngày": the
            # interval a rule sets between rounds, exact (as "cách nhau 7 - 10 ngày" is a range)
        if wait:  # (tgt42b) "sau 72 giờ không có người nhận thì xử lý …": the wait a rule sets before its case applies
            lo, hi, fg.marked = a, None if wait.group("over") else a, True  # ("quá 72 giờ mà …": over it, a floor)
        if not (min_cue or max_cue or b is not None or exact_span or up_later or carried_on or run or set_length or interval
                or lapse or P.TARGET_UP_AFTER_RE.match(after)):
            return True  # a bare duration ("sau 30 ngày") is no target (but "02 năm liên tiếp", a run, counts)
        if interval:
            fg.marked = True
        if W.REVIEWED_RUN_AFTER_RE.match(v, unit_end) and not (min_cue or b is not None):
            return True  # "tiêu biểu trong 5 năm thực hiện Nghị quyết 27": the years reviewed
        if b is None and not min_cue and fold(unit) in ("ngay", "buoi") and W.EVENT_DAYS_AFTER_RE.match(v, unit_end) \
                and W.WITHIN_BEFORE_RE.search(v, max(s0, m.start() - 10), m.start()):
            return True  # (tgt38a) "trực 24/24 giờ trong 02 ngày lễ hội": the days the event runs, when a duty is kept
        if P.LOOK_BACK_AFTER_RE.match(v, unit_end) and not W.LEAD_TIME_AFTER_RE.match(v, unit_end) \
                and not (_STRONG_BOUND.search(before) and W.BY_WAY_OF_AFTER_RE.match(v, unit_end)):
            return True  # "trong 3 năm gần nhất" (but "ít nhất 7 ngày làm việc trước khi …" is a notice to give)
            # (tgt44b: nor "trả góp tối đa 12 tháng qua hóa đơn tiền nước": a cap, "qua" the way it is paid)
        if W.LEAD_TIME_AFTER_RE.match(v, unit_end) and W.DATED_LEAD_AFTER_RE.match(v, unit_end):
            return True  # (tgt34a) "chậm nhất 10 ngày trước ngày bầu cử (trước ngày 14/9/2028)": the date says it
        if L.ROLLOUT_FIRST_AFTER_RE.match(v, unit_end) and not (min_cue or b is not None):
            return True  # "trong 02 tháng đầu triển khai": the first stretch of the rollout, when the task runs
        if L.FIRST_OR_LAST_AFTER_RE.match(v, unit_end) and L.SPAN_OF_TIME_BEFORE_RE.search(before):
            return True  # "hỗ trợ 50% giá vé trong thời gian 03 năm đầu": the stretch a benefit covers
        if a == 1 and b is None and W.PER_PERIOD_BEFORE_RE.search(v, max(s0, m.start() - 50), m.start()):
            return True  # "không quá 08 giờ trong 01 ngày": the period of the figure before, no limit of its own
    fg.hi, fg.lo, fg.unit, fg.unit_end = hi, lo, unit, unit_end
    return False


def _label_line(sc: _Scan, fg: _Figure) -> bool:
    """A "Label: N unit" line: its label is the scope (the unit a norm table counts in, or a label asking for the amount,
    is no target), and the counts its list goes on with or a bracket breaks down are marked."""
    count_total, label_end, o, v = sc.count_total, sc.label_end, sc.o, sc.v
    b, fraction, line_start, m, marked, pct = fg.b, fg.fraction, fg.line_start, fg.m, fg.marked, fg.pct
    time_unit, unit, unit_end = fg.time_unit, fg.unit, fg.unit_end
    label = None
    on_label = False  # marked as a "Label: N unit" line's count (or the next of its list)
    label_line = wrapped_after_colon(v, line_start, m.start())
    colon = v.rfind(":", label_line, m.start())
    if colon >= 0 and (len(v[colon + 1:m.start()].strip()) == 0 or W.ABOUT_AFTER_COLON_RE.fullmatch(v, colon + 1, m.start())):
        label = clean_quote(o[label_wrapped_before(v, label_line, colon):colon].lstrip(" -+•"))
        if SW.PERIOD_LABEL_RE.fullmatch(v[label_line:colon].lstrip(" -+•")):
            label = None  # "đ) Đến hết năm 2045: 100% DNNVV, HTX, HKD": the words after the figure say what it counts
        if W.UNIT_LABEL_RE.fullmatch(v, label_line, colon):
            return True  # "Đơn vị tính: 1 tấn": the unit a norm table counts in, no figure set
        if unit and fg.a == 1 and b is None and not (fg.min_cue or fg.max_cue) and W.POST_LABEL_RE.fullmatch(v, label_line, colon) \
                and W.PEOPLE_FIRST_KIND_RE.match(v, m.end()):
            return True  # (tgt43d) "- Thư ký Đoàn: 01 công chức Văn phòng …": who holds the post, one person, no count set
        if unit and W.PARTICIPANTS_LABEL_RE.fullmatch(v, label_line, colon) and W.place_unit(fold(unit)):
            return True  # (tgt35b) "Đơn vị tham gia: 21 tổ dân phố; …": the units that take part, described
        if sc.volume_parts.covers(m.start()) and not (fg.min_cue or fg.max_cue) and not fg.due_works \
                and not W.VOLUME_OWED_LABEL_RE.search(v, min(fg.s0, label_line), colon):  # (a label may wrap)
            # (tgt43b: not a volume due by its clause's day, "Khối lượng nạo vét …: 9.850 m, phải hoàn thành trước ngày …")
            return True  # (tgt35b) "1. Khối lượng tài liệu ⏎ - Tài liệu tồn đọng chưa chỉnh lý: 86 mét giá": the work described
        if unit and b is None and W.AFFECTED_LABEL_RE.fullmatch(v, max(label_line, v.rfind(";", label_line, colon) + 1), colon):
            return True  # (tgt35b) "- Số thửa đất bị ảnh hưởng: 214 thửa": those a land recovery affects, described
        if unit and not pct and b is None and not W.MONEY_UNIT_RE.match(fold(unit)) \
                and W.WHOLE_HELD_LABEL_RE.search(v, label_line, colon) and not _target_cue(v, label_line, colon, o):
            return True  # (tgt36a) "Toàn Đảng bộ xã có 24 chi bộ …, gồm: 17 chi bộ thôn; …": the whole it has, broken down
        marked = on_label = True
    if colon >= 0 and LC.ASKED_LABEL_RE.search(v, label_line, colon + 1):
        return True  # "Lực lượng phối hợp (đề nghị cấp trên tăng cường): … 01 tổ công tác": asked for, not set
    listed_part = False
    if not marked and unit and b is None and not (pct or fraction or time_unit):
        if LC.label_list_item(v, label_end, m.start()):
            marked = on_label = True  # "Phương tiện: 02 xe ô tô, 15 xe mô tô, 06 thuyền máy": the label's list goes on
        elif LC.bracketed_part(v, count_total, m.start(), fold(unit)) or LC.total_in_brackets(v, m.start(), unit_end):
            marked = listed_part = True  # "96 đồng chí (trung đội … 30 đồng chí; …)", "(tổng số 312 người)"
    fg.label, fg.listed_part, fg.marked, fg.on_label = label, listed_part, marked, on_label
    return False


def _marked_by_aim_or_works(sc: _Scan, fg: _Figure) -> bool:
    """Marked by a target cue in the figure's part, a horizon year after it, an amount a rule sets, a campaign's gift, the
    works a task opens with, a quota of occasions, a backlog to settle, a budget's sums or a plan's money line."""
    o, start, task_sections, v, works_end = sc.o, sc.start, sc.task_sections, sc.v, sc.works_end
    a, b, before, c0, due_works, fraction, known = fg.a, fg.b, fg.before, fg.c0, fg.due_works, fg.fraction, fg.known
    label, line_start, m, marked, max_cue, min_cue = fg.label, fg.line_start, fg.m, fg.marked, fg.max_cue, fg.min_cue
    mobilised, pct, s0, s0c, s1, time_unit, unit = fg.mobilised, fg.pct, fg.s0, fg.s0c, fg.s1, fg.time_unit, fg.unit
    unit_end = fg.unit_end
    part = max(s0c, v.rfind(";", s0c, m.start()) + 1, v.rfind(":", s0c, m.start()) + 1)
    list_lead = False
    if not marked and _target_cue(v, part, m.start(), o):  # the cue in the number's own part of a long sentence
        marked = list_lead = known or _target_cue(v, max(s0, m.start() - 25), m.start(), o) \
            or bool(W.AIM_THEN_PERIOD_BEFORE_RE.search(v, max(part, m.start() - 70), m.start()))  # "phấn đấu trong năm 2027 có thêm 02 ấp"
    if not marked and unit and b is None and not fraction and not time_unit \
            and W.RAISED_TO_BEFORE_RE.search(v, max(part, m.start() - 90), m.start()) \
            and not past_marked(v, o, s0, m.start()):
        marked = True  # (tgt52) "mở rộng diện tích lúa chất lượng cao lên 320 ha": the level a task raises it to
    if not marked and unit and b is None and not (pct or fraction or time_unit) and sc.lead_end is not None \
            and (_LIST_GAP_RE.fullmatch(v, sc.lead_end, m.start()) or W.FLOOR_PAIR_GAP_RE.fullmatch(v, sc.lead_end, m.start())):
        marked = list_lead = True  # (tgt37b) "phấn đấu có 15 mô hình và 30 điển hình tiêu biểu": the aim runs on through its
        # list of counts, each exact (a list's next count, after "và" or a comma, the aimed count's noun words between)
    if not marked and unit and b is None and not (pct or fraction or time_unit) and not W.MONEY_UNIT_RE.match(fold(unit)) \
            and W.COMMENDED_BEFORE_RE.search(v, max(c0, m.start() - 30), m.start()) and not W.ASKED_BEFORE_RE.search(v, c0, m.start()):
        marked = list_lead = True  # (tgt37b) "Đảng ủy khen thưởng 06 tập thể và …": those the issuer commends, its list on
    if not marked and known and not time_unit and _horizon_after(v, unit_end, s1):
        marked = True  # "danh mục hoàn thành 5.000 km vào năm 2030": a figure set for a year ahead
    if not marked and unit and fold(unit).startswith(("thang ", "ngay ")) and (
            W.AMOUNT_SET_BEFORE_RE.search(before) or W.PER_HEAD_PERIOD_UNIT_RE.search(fold(unit))):
        marked = True  # "mức trợ cấp một lần bằng 24 tháng tiền lương": an amount a rule sets (tgt41b: and "đóng 01
        # ngày lương/người/năm", a rate per head and period, whatever verb asks it)
    if not marked and unit and b is None and W.MONEY_UNIT_RE.match(fold(unit)) \
            and W.gift_worth_before(v, o, s0, c0, m.start()):
        marked = True  # (tgt45b) "tặng 01 suất quà trị giá 100.000 đồng": the worth of what the plan hands out
    if not marked and unit and mobilised:  # "Vận động nhân dân hiến 1.500 m2 | đất làm đường": the amount the
        # campaign sets, the words after its unit (to the clause's end) what is given
        gift = re.search(r"[,;:.()\n]", o[unit_end:s1])
        marked, label = True, clean_quote(o[unit_end:unit_end + (gift.start() if gift else s1 - unit_end)]) or None
    by_works = False
    # (tgt38c) the clause's line as the clean form prints it: a legacy page's hard wrap puts the lead words on the line above
    wline = wrapped_line_start(v, line_start)
    if not marked and unit and (a != 1 or not W.works_event_unit(unit)) and b is None and not time_unit and (
            W.WORKS_OPENING_RE.fullmatch(v, line_start, m.start()) or _completed_works(sc, fg)
            or (task_sections.covers(m.start()) and W.CLAUSE_WORKS_OPENING_RE.fullmatch(v, c0, m.start()))
            or _labelled_works(v, line_start, c0, m.start(), unit)
            or _works_listed(v, works_end, m.start(), unit) or SF.support_line(v, s0, line_start, m.start(), sc.asked)
            or (sc.works_line == wline and W.CLAUSE_WORKS_OPENING_RE.fullmatch(v, c0, m.start()))) \
            and (not W.works_event_unit(unit) or W.WITHIN_THE_YEAR_AFTER_RE.match(v, unit_end, s1)
                 or PC.SCHEDULED_AFTER_RE.match(v, unit_end) or PC.rounds_laid_out(v, fold(unit), unit_end, s1)
                 or PC.rounds_below(v, fold(unit), unit_end)
                 or (a >= 2 and fold(unit).split()[0] in W.SESSION_COUNTERS
                     and W.WORKS_OPENING_RE.fullmatch(v, line_start, m.start()))):
        marked = by_works = True  # "a) Cứng hóa 6,8 km đường nội đồng": the amount of works the task opens with; "Tổ chức 02
        # đợt tháng hành động … trong năm": the year's quota of occasions. (tgt37a) One class is an amount as two are: "-
        # Tổ chức 01 lớp tập huấn nghiệp vụ cho 14 tổ trưởng" (a35-09); one meeting held stays no amount ("a) Tổ chức 01
        # hội nghị sơ kết …", test_targets_session18: an occasion, never a figure to reach). (tgt37b) "- Tổ chức 12 buổi
        # nói chuyện chuyên đề tại các tổ dân phố": several sessions a list line opens with, the activity's quota
        # (meetings, "Tổ chức 02 hội nghị với … 150 người", stay occasions)
    if not marked and unit and not (pct or fraction or time_unit) and b is None and (
            (fold(unit).split()[0] in W.HELD_COUNTERS and W.HELD_WITHIN_AFTER_RE.match(v, unit_end, s1))
            or W.QUOTA_BESIDE_FLOOR_AFTER_RE.match(v, unit_end, s1)):
        marked = True  # "thực tập phương án chữa cháy … 01 lần trong quý II/2027": held so often by then;
        # "tổ chức 03 cuộc giám sát chuyên đề và ít nhất 02 hội nghị …": a quota beside a floor
    if not marked and unit and fold(unit) == "cuoc" and b is None and W.INSPECTION_KIND_AFTER_RE.match(v, unit_end) \
            and (W.INSPECTIONS_HELD_BEFORE_RE.search(v, max(c0, m.start() - 16), m.start())
                 or (sc.count_total and sc.count_total[1] == "cuoc"
                     and (W.INSPECTION_PART_GAP_RE.fullmatch(v, sc.count_total[0], m.start())
                          or W.INSPECTION_LIST_GAP_RE.fullmatch(v, sc.count_total[0], m.start())))) \
            and not past_marked(v, o, s0, m.start()):
        marked = True  # (tgt53) "Thanh tra huyện tiến hành 06 cuộc thanh tra hành chính, trong đó có 02 cuộc thanh tra
        # trách nhiệm": the inspections a task holds, and the share of one kind
    if not marked and unit and b is None and not (pct or fraction or time_unit) and sc.works_end \
            and W.PARTICIPANTS_GAP_RE.fullmatch(v, sc.works_end[0], m.start()) and W.PARTICIPATING_AFTER_RE.match(v, unit_end):
        marked = True  # (tgt56t) "Triển khai 14 dự án … với khoảng 420 hộ tham gia": those the works reach, set with them
    if not marked and unit and due_works and b is None:
        marked = True  # "chuyển đổi 150 ha đất trồng lúa … trong năm 2027": the works the task is to get done by then
    if not marked and unit and b is None and not (pct or fraction or time_unit) and not W.works_event_unit(unit) \
            and a >= 2 and W.CLAUSE_TASK_VERB_BEFORE_RE.search(v, max(c0, m.start() - 20), m.start()) \
            and (_due_in_clause(v, unit_end, s1) or W.HANDED_IN_DUE_AFTER_RE.match(v, unit_end, s1)):
        marked = True  # (tgt41c) "vận động 12 hộ còn vướng mắc bàn giao mặt bằng trước ngày 20/11/2032": the things a task
        # is to get through by its due day, as a measure of works due then is (t40-04's Thông báo kết luận)
    if not marked and unit and not (pct or fraction or time_unit) and b is None \
            and W.SETTLE_BEFORE_RE.search(v, max(c0, m.start() - 12), m.start()) and W.BACKLOG_AFTER_RE.match(v, unit_end, s1):
        marked = True  # "hoàn thành xử lý 23 trường hợp vi phạm tồn đọng chậm nhất ngày 30/6/2027": a backlog to settle
    para0 = v.rfind("\n\n", start, m.start())  # the paragraph's start (its lines may wrap)
    para0 = start if para0 < 0 else para0 + 2
    if not marked and unit and b is None and W.MONEY_UNIT_RE.match(fold(unit)) and not W.COMRADES_AFTER_RE.match(v, unit_end) and (
            W.TOTAL_IS_OPENING_RE.fullmatch(v, para0, m.start()) or W.BREAKDOWN_OF_SUM_RE.fullmatch(v, para0, m.start())):
        marked = True  # "Tổng kế hoạch vốn đầu tư công … là 68.450 triệu đồng, trong đó nguồn … 55.250 triệu đồng": the
        # sums a budget resolution decides, its total and the parts of a sum
    money_line = bool(unit and b is None and not (min_cue or max_cue) and "/" not in unit
                      and W.MONEY_UNIT_RE.match(fold(unit)) and not re.match(r"\s*/", v[unit_end:unit_end + 4])
                      and (W.LABELLED_AMOUNT_BEFORE_RE.fullmatch(v, wrapped_after_colon(v, line_start, m.start()), m.start())
                           or W.LABELLED_AMOUNT_BEFORE_RE.fullmatch(v, wline, m.start())))
    # (not a rate "đồng/năm"; tgt33a: a long label wrapped before its amount, "- Ngân sách xã (từ nguồn thu …):" ⏎
    # "7.800 triệu đồng;", a31-10)
    money_line = money_line or bool(b is None and not (min_cue or max_cue)
                                    and _listed_funding(v, start, line_start, m.start(), unit_end, unit))
    money_line = money_line or bool(unit and b is None and not (min_cue or max_cue) and "/" not in unit
                                    and W.MONEY_UNIT_RE.match(fold(unit)) and sc.budget_sections.covers(m.start())
                                    and W.ALLOTTED_FUNDS_OPENING_RE.fullmatch(v, line_start, m.start()))
    money_line = money_line or bool(unit and b is None and not (min_cue or max_cue) and "/" not in unit
                                    and W.MONEY_UNIT_RE.match(fold(unit)) and W.FUNDING_SOURCES_BEFORE_RE.fullmatch(v, line_start, m.start()))
    # (tgt35a) "- Ngân sách xã bố trí 85.000.000 đồng để chi …" under "V. KINH PHÍ": the same line, its label a clause
    # (tgt38a) "Nguồn kinh phí: ngân sách xã 55.000.000 đồng; xã hội hóa …": each source's sum on the label's line
    if money_line:
        marked = True  # "- Ngân sách tỉnh: 4.650 triệu đồng;": an amount the plan sets aside, on its label's line
    if by_works:
        sc.works_line = wline
    fg.list_lead, fg.by_works, fg.label, fg.marked, fg.money_line, fg.part = list_lead, by_works, label, marked, money_line, part
    return False


def _marked_as_set_quantity(sc: _Scan, fg: _Figure) -> bool:
    """Marked as a quantity the plan sets without a target word: a band's fee, things settled for good, an intake, a
    rhythm kept, posts, bodies set up, sessions a day, places reached, a "Chỉ tiêu" section's line, an allowance of one,
    all of a whole, a quota by class, a scale, a named planned quantity."""
    figures, o, target_sections, v = sc.figures, sc.o, sc.target_sections, sc.v
    a, assured, b, c0, every_one, fraction, hi = fg.a, fg.assured, fg.b, fg.c0, fg.every_one, fg.fraction, fg.hi
    label, line_start, lo, m, marked, max_cue = fg.label, fg.line_start, fg.lo, fg.m, fg.marked, fg.max_cue
    min_cue, part, pct, s0, time_unit, unit = fg.min_cue, fg.part, fg.pct, fg.s0, fg.time_unit, fg.unit
    unit_end = fg.unit_end
    if not marked and b is None and not (min_cue or max_cue) and TT.band_value(v, unit_end, unit):
        marked = True  # (tgt33d) "400.000 đồng/thí sinh nếu từ 100 …": the fee a band sets
    if not marked and unit and not (pct or fraction) and b is None and not W.MONEY_UNIT_RE.match(fold(unit)) \
            and W.SETTLED_BEFORE_RE.search(v, max(c0, m.start() - 14), m.start()):
        marked = True  # "xử lý dứt điểm 07 kiến nghị còn tồn đọng": the things to settle for good (tgt56t: not a sum,
        # "Chỉ đạo giải ngân dứt điểm 1.660 triệu đồng kinh phí năm 2039 chuyển nguồn", t55-05's kiến nghị: the money the
        # findings left undisbursed, the task's object, labelled no target; no spent set labels a sum so settled)
    if not marked and unit and not (pct or fraction or time_unit) and b is None \
            and W.REQUIRED_COUNT_BEFORE_RE.search(v, max(c0, m.start() - 30), m.start()):
        marked = True  # (tgt42b) "Các thôn đăng ký phải hoàn thành đủ 10 tiêu chí …": the count a rule requires in full
    if not marked and unit and not (pct or fraction or time_unit) and b is None and fold(unit).startswith(W.INTAKE_NOUNS) \
            and W.INTAKE_BEFORE_RE.search(o, max(c0, m.start() - 14), m.start()):
        marked = True  # "Trường THPT Chuyên tuyển 420 học sinh", "Thí sinh dự thi 03 bài thi": an intake, an exam's papers
        if fold(unit) == "bai" and (thi := W.PAPER_THI_AFTER_RE.match(o, unit_end)):
            unit, unit_end = o[unit_end - len(unit):thi.end()].lower(), thi.end()  # "03 bài thi"
    if not marked and unit and not (pct or fraction) and b is None and W.PERIODIC_BEFORE_RE.search(
            v, max(c0, m.start() - 12), m.start()) and (tail := W.PER_PERIOD_TAIL_RE.match(v, unit_end)):
        marked = True  # "định kỳ 01 kỳ/tháng": a frequency kept, its unit per the period
        unit, unit_end = clean_quote(o[unit_end - len(unit):tail.end()]).lower(), tail.end()
    if not marked and fg.per_one_period and b is None and (W.PERIODIC_BEFORE_RE.search(v, max(c0, m.start() - 12), m.start())
                                                           or W.HELD_RHYTHM_BEFORE_RE.search(v, max(c0, m.start() - 60), m.start())):
        marked = True  # (t51tgt) "tiếp công dân định kỳ 02 ngày trong 01 tháng": a rhythm kept, exactly so often
    if not marked and unit and fold(unit) in W.RHYTHM_NOUNS and b is None and (tail := W.RHYTHM_TAIL_RE.match(v, unit_end)) \
            and W.HELD_RHYTHM_BEFORE_RE.search(v, max(c0, m.start() - 60), m.start()) \
            and not W.SAMPLING_FREQUENCY_BEFORE_RE.search(v, max(c0, m.start() - 12), m.start()):
        marked = True  # "tổ chức sinh hoạt chuyên môn 02 lần/tháng": a rhythm kept, exactly so often
        unit, unit_end = clean_quote(o[unit_end - len(unit):tail.end()]).lower(), tail.end()
    if unit and not (pct or fraction or time_unit) and b is None \
            and ((tail := W.PER_AREA_TAIL_RE.match(v, unit_end)) or W.PER_AREA_UNIT_RE.search(fold(unit))) \
            and W.DENSITY_BEFORE_RE.search(v, max(c0, m.start() - 40), m.start()):
        marked = True  # (tgt36b) "mật độ trồng rừng sản xuất 1.660 cây/ha": a density the norm sets, per its area
        # (tgt37b: a bound's density too, its unit per the area: "mật độ rầy trên 3.000 con/m²")
        if tail:
            unit, unit_end = clean_quote(o[unit_end - len(unit):tail.end()]).lower(), tail.end()
    if not marked and unit and fold(unit) == "lan" and b is None and W.SPACED_ROUNDS_AFTER_RE.match(v, unit_end):
        marked = True  # (tgt36b) "phun hóa chất diệt muỗi 02 lần cách nhau 7 - 10 ngày": the rounds a treatment takes
    if not marked and unit and b is None and not (pct or fraction) and sc.task_sections.covers(m.start()) \
            and fold(unit).split()[0] in W.PLANTED_AREA_UNITS and _planting(sc, fg):
        marked = True  # (tgt36b) "Chủ trì trồng 3 ha "Rừng thanh niên"": the area a body's task plants
    post = PC.post_count(v, m.start(), m.end()) if not marked and not (pct or fraction) and b is None else None
    if post:  # "Số lượng …; có 01 Chủ tịch và 02 Phó Chủ tịch": the people each post holds
        marked, unit, unit_end = True, "người", post.end("p")
        label = clean_quote(o[post.start("p"):post.end("p")])  # the post, its scope (two posts of one person each)
    if not marked and unit and not (pct or fraction or time_unit) and b is None and fold(unit).split()[0] in W.CLASS_NOUNS \
            and W.CLASSES_OPENED_BEFORE_RE.search(o, max(c0, m.start() - 12), m.start()):
        marked = True  # (tgt38b) "… phối hợp với Trường Chính trị mở 02 lớp bồi dưỡng …": the classes the plan opens
    if not marked and unit and not (pct or fraction or time_unit) and b is None \
            and PC.bracketed_people(v, m.start(), fold(unit), unit_end):
        marked, unit = True, "người"  # (tgt38b) "Cử thư ký Hội nghị (02 đồng chí)": the people named to the role
    if not marked and unit and not (pct or fraction or time_unit) and b is None:
        body = PC.set_up_body(v, m.start(), m.end())
        if body:  # "thành lập 03 Tiểu ban phục vụ Đại hội": the bodies the plan sets up
            marked, unit, unit_end = True, o[body.start("b"):body.end("b")].lower(), body.end("b")
        elif PC.body_size(v, m.start(), fold(unit)) or PC.bracketed_size(v, m.start(), fold(unit), unit_end) or PC.total_part(v, s0, m.start(), a, fold(unit), figures, parse_number) \
                or PC.month_inspection(v, m.start(), fold(unit)) or PC.bracketed_count(v, m.start(), fold(unit), unit_end) \
                or PC.occasions_to_finish(v, m.start(), fold(unit)) or PC.round_size(v, fg.line_start, m.start(), unit_end):
            marked = True  # "…; Ban Thường vụ 05 đồng chí", "Ban kiểm phiếu (05 thành viên)", "125 đại biểu, gồm 13 đại biểu …", "kiểm tra nội bộ 10
            # giáo viên", "(02 lớp)", "Hoàn thành 02 cuộc kiểm tra": a body's size, a total's part, the people
            # inspected, the classes held, the occasions to get done
    if not marked and unit and fold(unit) == "buoi" and b is None and (day := W.DAY_MODEL_AFTER_RE.match(v, m.end())) \
            and PC.ORGANISED_DAY_MODEL_BEFORE_RE.search(v, max(c0, m.start() - 20), m.start()):
        marked, unit, unit_end = True, "buổi/ngày", day.end()  # "tổ chức dạy học 2 buổi/ngày": sessions a day, as set
    at = W.AT_PLACES_BEFORE_RE.search(v, max(s0, m.start() - 60), m.start()) \
        if not marked and unit and not (pct or fraction) and W.place_unit(fold(unit)) else None
    if at is None and not marked and unit and not (pct or fraction) and W.place_unit(fold(unit)) \
            and W.INSPECTED_BODIES_BEFORE_RE.search(v, max(s0, m.start() - 130), m.start()) \
            and not past_marked(v, o, s0, m.start()):  # (tgt53) "kiểm tra … đối với 03 chi bộ thôn": those inspected,
        at = W.FOR_PLACES_BEFORE_RE.search(v, max(s0, m.start() - 10), m.start())  # read as "tại 03 chi bộ" is
    having = W.PLACES_HAVING_AFTER_RE.match(v, unit_end) if at else None  # (tgt43d) "tại 04 thôn có khu mộ"
    where = bool(at and (W.WHOLE_AREA_AFTER_RE.match(v, unit_end) and W.area_division(fold(unit))
                         or _works_lie_in(sc, s0, m.start())
                         or (having and o[having.start("co"):having.end("co")].lower() == "có")
                         or _one_at_each(sc, s0, m.start(), a) or W.AT_ONCE_BEFORE_RE.search(v, max(s0, at.start() - 12), at.start())))
    if where:
        at = None  # (tgt36a) "tại 26 khu dân cư (thôn, bản) trên địa bàn xã", "4,0 km đường thôn … tại 05 thôn": where
        # the plan is held or its works lie, not a count it sets (also in a "Mục tiêu" part)
    if at and not W.SENTENCE_OPENING_RE.fullmatch(v, s0, at.start()) and not W.DONE_AFTER_RE.match(o, unit_end) \
            and not (W.BODY_SET_UP_AT_BEFORE_RE.search(v, max(s0, at.start() - 60), at.start())
                     and W.EACH_BODY_AFTER_RE.match(v, unit_end)):  # (not "Thành lập Tổ … tại 12 thôn, mỗi tổ …")
        marked = True  # "Giám sát đợt 1 tại 04 xã, phường": the places the task is to reach
    if not marked and unit and b is None and not (pct or fraction or time_unit) \
            and W.AFTER_REARRANGING_OPENING_RE.fullmatch(v, s0, m.start()):
        marked = True  # (tgt37b) "Sau sắp xếp, xã có 17 thôn": the state the rearrangement leaves
    if not marked and not where and (any(s <= m.start() < e for s, e in target_sections) or _in_goal_cell(sc, fg)) \
            and not sc.volume_parts.covers(m.start()) \
            and not W.NAMED_PLACE_SIZE_BEFORE_RE.search(o, max(s0, m.start() - 60), m.start()):
        marked = True  # a line of a "Chỉ tiêu" section: any counted noun (tgt42d: not "Thôn Liễu Hạ (312 hộ)", a place's size)
    if not marked and unit and b is None and not (pct or fraction or time_unit or min_cue or max_cue) \
            and _only_allowed(v, o, c0, m.start()):
        marked, lo, hi = True, None, a  # (tgt33d) "Mỗi người chỉ được đăng ký dự tuyển vào 01 vị trí việc làm": at most
    if not marked and every_one and b is None and not where and not LC.VOTES_BEFORE_RE.search(v, max(c0, m.start() - 50), m.start()):
        # (t53tgt: not where the things counted before stand or the task is held, "Duy trì hoạt động hiệu quả 11 Tổ
        # công nghệ số cộng đồng tại 11/11 ấp" (t53-01; t52-10, t53-08 alike), "Tổ chức bầu cử trưởng thôn tại 10/10
        # thôn trên địa bàn xã" (t53-09): the labels count the things, or nothing, as "tại 14 tổ dân phố" reads)
        marked = True  # (tgt33d) "- 14/14 thôn tổ chức bầu cử trong cùng một ngày": every one of the whole, as "100%"
        # is a share set without a target word (a30-05, t31-08, a31-10 label such counts)
    if not marked and unit and not (pct or fraction or time_unit) and b is None \
            and W.SELECTED_BEFORE_RE.search(v, max(s0, m.start() - 240), m.start()) \
            and not W.PROPOSED_FOR_AWARD_AFTER_RE.match(v, unit_end):
        marked = True  # (tgt35a) "tuyển chọn 52 điều tra viên (…), 10 tổ trưởng và 05 …": the people a plan selects
    if not marked and unit and not (pct or fraction or time_unit) and b is None \
            and W.CLASS_QUOTA_BEFORE_RE.search(v, max(c0, m.start() - 60), m.start()):
        marked = True  # "thôn trên 300 hộ bố trí 02 cộng tác viên": the quota a class of villages gets
    if not marked and unit and not (pct or fraction or time_unit) and W.SCALE_LABEL_BEFORE_RE.fullmatch(v, line_start, m.start()):
        marked = True  # "d) Quy mô: cấp tỉnh tổ chức 02 đoàn giám sát chuyên đề": the scale the plan sets
    if not marked and unit and not (pct or fraction or time_unit) and b is None and (
            W.OBJECTS_LABEL_BEFORE_RE.fullmatch(v, line_start, m.start()) or W.INSPECT_OPENING_RE.fullmatch(v, line_start, m.start())):
        marked = True  # "Đối tượng: Văn phòng Đảng ủy xã và 06 chi bộ trực thuộc", "- Giám sát 06 tổ chức đảng và 10 …"
    if not marked and unit and not (pct or fraction or time_unit) and b is None \
            and IC.planned_inspection(v, line_start, m.start(), fold(unit)) and not past_marked(v, o, line_start, m.start()):
        marked = True  # (t53tgt) "a) Số lượng: kiểm tra 04 chi bộ và 03 đảng viên …", "4. Giám sát chuyên đề 01 chi bộ (…)
        # và 02 đảng viên …", "- Kiểm tra việc thu, nộp, quản lý đảng phí của 03 chi bộ": the bodies the programme inspects
    if not marked and assured:
        marked = True  # "bảo đảm diện tích lìa vũ Xuân đất 1.150 ha": legacy OCR's "đất" for "đạt", the aim assured
    if not marked and _elected(v, c0, m.start(), unit, b) and not (pct or fraction or time_unit):
        marked = True  # (tgt36a) "bầu chi ủy 03 đồng chí", "bầu thêm 01 phó bí thư": the members a congress elects
    if not marked and unit and b is None and not (pct or fraction) and sc.out and _next_case(sc, fg, unit):
        marked = True  # (tgt36a) "180 tấn/km đối với mặt đường rộng 3,5 m; 150 tấn/km đối với …": the norm's next case
    named = W.names_quantity(v, part, m.start(), unit) if not marked and unit and not (pct or fraction) else None
    if named:  # "số lượng mẫu quan trắc 240 mẫu/năm": a planned quantity, its scope the words it is named by
        marked, label = True, clean_quote(o[named.start("noun"):named.end()])
        tail = W.PER_PERIOD_TAIL_RE.match(v, unit_end)
        if tail:
            unit, unit_end = clean_quote(o[unit_end - len(unit):tail.end()]).lower(), tail.end()
    fg.hi, fg.label, fg.lo, fg.marked, fg.unit, fg.unit_end = hi, label, lo, marked, unit, unit_end
    return False


def _marked_as_rule_count(sc: _Scan, fg: _Figure) -> bool:
    """Marked as a count or span a rule sets: a span, a run ("03 lần liên tục"), extensions, a body's make-up
    ("gồm 05 (năm) thành viên"), a fee, the papers asked for ("nộp 01 bộ hồ sơ"), the quota each body sends, a team's size,
    the leaders honoured, the staff or team posted, an allowance (tgt41b: each sitting's length, the copies printed)."""
    o, v = sc.o, sc.v
    b, c0, exact_span, m, marked, max_cue, min_cue = fg.b, fg.c0, fg.exact_span, fg.m, fg.marked, fg.max_cue, fg.min_cue
    pct, run, s0, unit, unit_end = fg.pct, fg.run, fg.s0, fg.unit, fg.unit_end
    if not marked and exact_span:
        marked = True  # "Thời gian tập sự … là 12 tháng": a span the rule sets
    if not marked and run:  # "xét tặng cho cá nhân có 03 lần liên tục đạt danh hiệu …", "bị xếp loại … 02 năm liên
        # tiếp thì …": the run a rule's case counts, exactly so many (the labels, t28-08, a16-06)
        marked, unit, unit_end = True, o[run.start("u"):run.end("u")].lower(), run.end("u")
    if not marked and fold(unit or "") == "lan" and L.EXTENSION_TIMES_BEFORE_RE.search(v, max(c0, m.start() - 40), m.start()):
        marked = True  # "Thời gian gia hạn là 01 lần": how many times a term may be extended
    if not marked and unit and L.COMPOSITION_NOUN_RE.match(fold(unit)) and W.SPELLED_OUT_AFTER_RE.match(v, m.end()) \
            and L.COMPOSITION_BEFORE_RE.search(v, max(c0, m.start() - 10), m.start()):
        marked = True  # "Hội đồng … gồm 05 (năm) thành viên": a body's make-up a rule sets
    if not marked and unit and W.MONEY_UNIT_RE.match(fold(unit)) and L.FEE_AMOUNT_BEFORE_RE.search(
            v, max(c0, m.start() - 50), m.start()) and not L.FEE_PAID_RE.search(v, c0, m.start()):
        marked = True  # "nộp lệ phí 200.000 đồng cho mỗi lần cấp": the amount a fee rule sets
    papers = bool(unit and not pct and b is None and L.PAPER_NOUN_RE.match(unit.lower()) and not (min_cue or max_cue)
              and not L.MINISTRIES_AFTER_RE.match(v, unit_end) and not L.PAPERS_FOR_INFORMATION_AFTER_RE.match(v, unit_end) and (
        L.PAPERS_SET_BEFORE_RE.search(v, max(c0, m.start() - 30), m.start()) or L.PAPERS_KEPT_AFTER_RE.match(v, unit_end)))
    if papers:  # "nộp 01 bộ hồ sơ", "lập thành 02 bản": the papers a rule asks for, exactly so many
        marked, unit = True, {"bo": "bộ", "ban": "bản"}.get(fold(unit).split()[0], unit)
    each = W.EACH_SENDS_BEFORE_RE.search(v, max(s0, v.rfind(";", s0, m.start()) + 1, m.start() - 90), m.start()) if not marked and unit and not pct else None
    if each and o[each.start():each.start() + 3].lower() == "mỗi":
        marked = True  # "Mỗi cơ quan, đơn vị, địa phương cử 01 công chức làm đầu mối": the quota each body sends
    team = W.EACH_TEAM_BEFORE_RE.search(v, max(c0, m.start() - 16), m.start()) \
        if not marked and unit and not pct and b is None and not (min_cue or max_cue) else None
    if team and o[team.start():team.start() + 3].lower() == "mỗi" and W.TEAM_MEMBER_NOUN_RE.match(fold(unit)):
        marked = True  # "Kéo co: mỗi đội 10 người": the size each team has under the rules
    sitting = W.EACH_SITTING_BEFORE_RE.search(v, max(c0, m.start() - 12), m.start()) \
        if not marked and unit and not pct and b is None and not (min_cue or max_cue) and fold(unit) in ("phut", "gio") else None
    if sitting and o[sitting.start():sitting.start() + 3].lower() == "mỗi":
        marked = True  # (tgt41b) "03 buổi/tuần, mỗi buổi 10 phút": how long each sitting lasts, as the plan sets it
    if not marked and unit and not pct and b is None and not fg.time_unit and not W.MONEY_UNIT_RE.match(fold(unit)) \
            and W.PRINT_RUN_BEFORE_RE.search(o, max(fg.s0, m.start() - 16), m.start()):  # (tgt43d: from the sentence's
        # start, "in, phát 2.400 tờ rơi": the comma joins the two verbs, no clause of its own)
        marked = True  # (tgt41b) "phát tờ rơi … (in 6.000 tờ)", "in 500 cuốn sổ tay": the copies the plan prints
    leaders = W.AWARD_LEADERS_RE.search(v, m.end(), min(len(v), unit_end + 12)) \
        if not marked and unit and not pct and b is None and not (min_cue or max_cue) else None
    if leaders and W.AWARD_TO_BEFORE_RE.search(v, max(c0, m.start() - 120), m.start()):
        marked = True  # "trao Cờ và Giấy khen … cho 03 đơn vị dẫn đầu": the leaders the plan honours
        words = unit.split()
        if len(words) > 1 and fold(words[-1]) == leaders.group(0).split()[0]:
            unit = " ".join(words[:-1])  # "05 tập thể xuất sắc": the noun read stopped inside the praise
    if not marked and unit and not pct and b is None and not (min_cue or max_cue) \
            and (W.POSTED_NOUN_RE.match(fold(unit)) or W.POSTED_AFTER_RE.match(v, m.end())) \
            and W.POSTED_BEFORE_RE.search(v, max(c0, m.start() - 12), m.start()):
        marked = fg.list_lead = True  # "cử 01 công chức làm đầu mối", "Bố trí 01 tổ cấp cứu": the staff or team a plan
        # posts (tgt37b: and the next of its list, "Bố trí 01 điểm sơ cấp cứu … và 01 tổ cấp cứu cơ động …")
    if not marked and unit and not pct and b is None and not (min_cue or max_cue) and W.PICKED_NOUN_RE.match(fold(unit)) \
            and W.PICKED_BEFORE_RE.search(v, max(c0, m.start() - 12), m.start()) \
            and not W.ASKED_BEFORE_RE.search(v, m.end(), fg.s1):
        marked = True  # (tgt41b) "phân công 01 cán bộ phụ trách …", "chọn 02 học sinh tiêu biểu dự thi …": those named
    if not marked and P.ALLOWANCE_BEFORE_RE.search(v, max(s0, m.start() - 30), m.start()):
        marked = True  # "được bổ sung thêm 01 cơ cấu quy hoạch": an allowance
    fg.marked, fg.papers, fg.unit, fg.unit_end = marked, papers, unit, unit_end
    return False


def _marked_as_level(sc: _Scan, fg: _Figure) -> bool:
    """Marked as a level a rule sets: a multiple ("gấp 02 lần giá trị tài sản"), a level of money (each level, per item
    "đồng/suất", per head "đồng/người/ngày", each gift's worth), gifts and households a plan takes on, a benefit, a
    rank to reach ("top 03", "nhóm 15 tỉnh, thành phố dẫn đầu"); a change measured against a baseline ("tăng gấp 02 lần so
    với năm 2020") is no target."""
    o, target_sections, v = sc.o, sc.target_sections, sc.v
    a, b, before, c0, hi, line_start, lo, m = fg.a, fg.b, fg.before, fg.c0, fg.hi, fg.line_start, fg.lo, fg.m
    marked, max_cue, min_cue, pct, s0, s1, unit = fg.marked, fg.max_cue, fg.min_cue, fg.pct, fg.s0, fg.s1, fg.unit
    unit_end = fg.unit_end
    change_times = fold(unit or "") == "lan" and not (min_cue or max_cue) and bool(
        L.CHANGE_TIMES_BEFORE_RE.search(before))  # "doanh thu tăng gấp 02 lần so với năm 2020"
    if change_times and not (_target_cue(v, s0, m.start()) or _aim_before(v, s0, m.start())
                             or L.GOAL_YEAR_RE.search(v, s0, s1) or any(s <= m.start() < e for s, e in target_sections)):
        return True  # a change measured against a baseline, a fact (but "phấn đấu … tăng gấp 2 lần", "đến năm 2030 …")
    if not marked and fold(unit or "") == "lan" and L.TIMES_OVER_BEFORE_RE.search(before):
        marked = True  # "bồi thường gấp 02 lần giá trị tài sản": a multiple a rule sets
    if not marked and fold(unit or "") == "lan" and W.MULTIPLE_BEFORE_RE.search(before) and W.LEVEL_NEAR_RE.search(
            v, max(s0, m.start() - 60), min(s1, unit_end + 60)):
        marked = True  # "Mức phạt tiền đối với tổ chức bằng 02 lần mức phạt tiền đối với cá nhân": a level as a multiple
    each_level = bool(unit and b is None and W.MONEY_UNIT_RE.match(fold(unit))
                      and W.EACH_LEVEL_BEFORE_RE.search(v, max(s0, m.start() - 90), m.start()))  # (its comma opens a clause)
    each_level = each_level or bool(b is None and "/" not in (unit or "") and not W.PER_ITEM_AFTER_RE.match(v, unit_end)
                                    and SF.support_per_item(v, o, c0, m.start(), unit_end, unit))  # (tgt35a) "hỗ trợ mỗi …"
    granted = bool(unit and b is None and not pct and W.MONEY_UNIT_RE.match(fold(unit))
                   and W.SUPPORT_GRANTED_BEFORE_RE.search(v, max(c0, m.start() - 30), m.start())
                   and not W.ASKED_BEFORE_RE.search(v, s0, m.start()))
    each_level = each_level or granted or bool(
        unit and b is None and not pct and W.MONEY_UNIT_RE.match(fold(unit))
        and W.REWARD_ATTACHED_BEFORE_RE.search(v, max(s0, m.start() - 30), m.start()))  # (tgt47t) "kèm theo tiền thưởng …"
    if granted and "/" not in unit and (granted_per := W.PER_NOUN_TAIL_RE.match(v, unit_end) or W.PER_ITEM_AFTER_RE.match(v, unit_end)):
        # (tgt43d) "… không đạt giải được hỗ trợ 500.000 đồng/đơn vị": the item the support is granted per kept in its
        # unit, as a reward per item's is ("đồng/đơn vị"; marked here or by an earlier pass)
        unit, unit_end = f"{unit}/{o[granted_per.start('per'):granted_per.end('per')].lower()}", granted_per.end()
    # (tgt36a) "khu dân cư điểm được hỗ trợ thêm 2.000.000 đồng": the support a class of items is granted, a norm per item
    # also under "V. KINH PHÍ" (tgt47t: and the reward money with an award, "kèm theo tiền thưởng 1.500.000 đồng", read
    # above by REWARD_ATTACHED_BEFORE_RE: a34-02, a43-07, t42-02, t46-09 label it, t33-07 alone leaves a prize's out)
    if not marked and unit and W.MONEY_UNIT_RE.match(fold(unit)) and (
            W.LEVEL_IS_BEFORE_RE.search(v, max(c0, m.start() - 90), m.start()) or each_level):
        marked = True
    per_item = (W.PER_ITEM_AFTER_RE.match(v, unit_end) or W.PER_ITEM_TIMES_AFTER_RE.match(v, unit_end)) \
        if not marked and unit and "/" not in unit and W.MONEY_UNIT_RE.match(fold(unit)) else None
    if per_item and (W.LEVEL_PER_ITEM_BEFORE_RE.search(v, max(c0, m.start() - 60), m.start())
                     or W.LEVEL_LABEL_ITEMS_BEFORE_RE.fullmatch(v, line_start, m.start())
                     or _level_item_under_label(v, line_start, m.start())
                     or W.BUDGET_GRANTS_BEFORE_RE.search(v, max(c0, m.start() - 40), m.start())
                     or W.REWARD_PER_ITEM_BEFORE_RE.search(o, max(c0, m.start() - 24), m.start())
                     or (b is None and SF.support_per_item(v, o, c0, m.start(), unit_end, unit))):
        # (tgt35b: "ngân sách xã hỗ trợ thêm 1.200 đồng/cây giống": the level a budget grants per item;
        # tgt35a: "hỗ trợ 3.000.000 đồng/khu")
        # "mức quà của tỉnh 600.000 đồng/suất": a level set per item ("đồng/suất")
        # (tgt43d: "hộ … được thưởng 500.000 đồng/mộ": a reward per item, a norm as a support per item is)
        # (tgt38a: "mức 120.000 đồng/ha/lần phun": per item per occasion, the whole tail the unit)
        marked, unit, unit_end = True, unit + re.sub(r"\s*/\s*", "/", o[unit_end:per_item.end()].strip()).lower(), per_item.end()
    if not marked and unit and not pct and b is None and not W.MONEY_UNIT_RE.match(fold(unit)) \
            and SF.support_per_item(v, o, c0, m.start(), unit_end, unit):
        marked = True  # (tgt37a) "mặt đường rộng 3,0 m, dày 0,16 m hỗ trợ 145 tấn/km": the goods granted per item, a norm
        if "/" not in unit and (goods_per := W.PER_ITEM_AFTER_RE.match(v, unit_end)):
            unit, unit_end = f"{unit}/{o[goods_per.start('per'):goods_per.end('per')].lower()}", goods_per.end()
    head_rate = W.PER_HEAD_RATE_AFTER_RE.match(v, unit_end) if not marked and unit and not pct and b is None \
        and "/" not in unit and W.MONEY_UNIT_RE.match(fold(unit)) else None
    if head_rate:  # "tiền ăn 50.000 đồng/người/ngày thực học": a rate the document sets per person
        marked, unit, unit_end = True, unit + re.sub(r"\s+", "", o[unit_end:head_rate.end()]).lower(), head_rate.end()
    if not marked and unit and not pct and b is None and W.PER_HEAD_PERIOD_UNIT_RE.search(fold(unit)) \
            and W.MONEY_UNIT_RE.match(fold(unit.split("/")[0])) and W.LEVEL_NAMED_BEFORE_RE.search(v, max(c0, m.start() - 30), m.start()):
        marked = True  # (tgt40b) "mức đóng 20.000 đồng/người/năm": the level each one pays a year, a rate set
    each_item = W.EACH_ITEM_SUM_BEFORE_RE.search(v, max(c0, m.start() - 30), m.start()) \
        if not marked and unit and not pct and b is None and "/" not in unit and W.MONEY_UNIT_RE.match(fold(unit)) else None
    if each_item:  # "quà tặng 45 suất (mỗi suất 500.000 đồng)": what each gift is worth
        marked = True
    each_one = W.EACH_ONE_SUM_BEFORE_RE.search(v, max(c0, m.start() - 24), m.start()) \
        if not marked and unit and not pct and b is None and "/" not in unit and W.MONEY_UNIT_RE.match(fold(unit)) else None
    if each_one and o[each_one.start("each"):each_one.start("each") + 3].lower() == "mỗi" \
            and W.SUPPORT_WORD_RE.search(v, s0, each_one.start()) and not W.ASKED_BEFORE_RE.search(v, s0, m.start()):
        marked = True  # (tgt37b) "Hỗ trợ 40 học sinh …, mỗi em 1.000.000 đồng": the support each one gets
    if not marked and unit and not pct and b is None and W.GIFT_UNIT_RE.match(fold(unit)) \
            and (W.GIFTS_BEFORE_RE.search(v, max(c0, m.start() - 14), m.start())
                 or (W.GIFTS_TOTAL_BEFORE_RE.search(v, max(c0, m.start() - 14), m.start()) and W.GIFT_GIVING_RE.search(v, s0, m.start()))
                 or (W.GIFT_PORTION_UNIT_RE.match(fold(unit)) and (W.GIFTS_TOTAL_BEFORE_RE.search(v, max(c0, m.start() - 14), m.start())
                                                                   or W.GIFTS_PART_BEFORE_RE.search(v, max(c0, m.start() - 14), m.start())))):
        marked = True  # "chuẩn bị quà tặng 45 suất": the gifts a plan prepares (tgt41b: "tặng quà …, tổng số 60 suất";
        # tgt43d: "Tổng số 1.000 suất quà", "Riêng 40 suất quà …", the noun saying they are gifts)
    if not marked and unit and not pct and b is None and W.HOUSEHOLD_UNIT_RE.match(fold(unit)) \
            and W.HELP_HOUSEHOLDS_BEFORE_RE.search(v, max(c0, m.start() - 12), m.start()):
        marked = True  # (tgt34a) "nhận đỡ đầu, giúp đỡ 05 hộ": the households a body takes on to help
    worth = W.EACH_WORTH_BEFORE_RE.search(v, max(s0, m.start() - 120), m.start()) \
        if unit and not pct and b is None and "/" not in unit and W.MONEY_UNIT_RE.match(fold(unit)) else None
    if worth:  # "mỗi suất quà … trị giá 500.000 đồng": the value each item is worth, a norm set ("đồng/suất")
        marked, unit = True, f"{unit}/{o[worth.start('item'):worth.end('item')].lower()}"
    if not marked and TT.benefit_amount(v, m.start(), c0, unit):
        marked = True  # "đủ 15 năm được trợ cấp 600.000 đồng/người/tháng": the amount a benefit grants  # "Mức giảm trừ gia cảnh đối với người nộp thuế là 11.000.000 đồng/tháng": a level a rule sets
    rank = _RANK_BEFORE.search(v, max(s0, m.start() - 12), m.start()) or (
        unit is not None and (W.RANK_GROUP_NOUN_RE.search(fold(unit)) or W.RANK_GROUP_AFTER_RE.match(v, unit_end))
        and W.RANK_GROUP_BEFORE_RE.search(v, max(s0, m.start() - 12), m.start()))  # "nhóm 4 nước dẫn đầu",
    # "nhóm 15 tỉnh, thành phố dẫn đầu"
    if rank and b is None:  # "top 03", "tốp 10": a rank to reach; "nhóm 15 tỉnh, thành phố dẫn đầu": a place
        # among the leaders, "thứ hạng" as the labels' authors (a24-03, t28-01, t33-02) store it — "top" only where
        # the document prints that word
        printed_top = _RANK_BEFORE.search(v, max(s0, m.start() - 12), m.start())
        lo, hi, unit, marked = None, a, "top" if printed_top else W.RANK_GROUP_UNIT, True
        unit_end = m.end()
    if marked and fg.on_label and unit and not pct and "/" not in unit and W.MONEY_UNIT_RE.match(fold(unit)) and (
            tail_end := item_tail_end(v, unit_end)):
        # (tgt52) a sum a label's colon marks ("Hỗ trợ giống …: 6.000.000 đồng/ha", :func:`_label_line`) keeps the
        # "/item" it is printed with: the unit as printed ("đồng/ha", "đồng/người",
        # "triệu đồng/ha/năm"), as the labels' README and the gold sets write it (per_item_sums' docstring: 90 of 98
        # sums per item labelled, their units "đồng/<item>"; cit51's three lines read "đồng" before this); not a period
        # ("đồng/năm", per_item_sums' rule). Only a label's: the sums other passes mark ("Mức hỗ trợ … là 4.000.000
        # đồng/hộ", "tối đa là 30 triệu đồng/công trình") keep the units their tests, from real documents, fix
        unit, unit_end = unit + re.sub(r"\s*/\s*", "/", o[unit_end:tail_end].strip()).lower(), tail_end
    fg.each_level, fg.head_rate, fg.hi, fg.lo, fg.marked, fg.unit = each_level, head_rate, hi, lo, marked, unit
    fg.unit_end = unit_end
    return False


def _not_set_here(sc: _Scan, fg: _Figure) -> bool:
    """What still reads as no target: a fee scale's tier, copies, a dated session's length, a figure referred back to, a
    list's procedures, a firm-only part's description, one per so many, kinds of media, a number word or a fraction
    without a bound, a figure never marked, the means of a budget."""
    budget_sections, end, firm_only, o, task_table = sc.budget_sections, sc.end, sc.firm_only, sc.o, sc.task_table
    v = sc.v
    a_txt, after, b, before, c0, each_level = fg.a_txt, fg.after, fg.b, fg.before, fg.c0, fg.each_level
    fraction, head_rate, issues, line_start, m = fg.fraction, fg.head_rate, fg.issues, fg.line_start, fg.m
    marked, max_cue, min_cue, money_line, papers = fg.marked, fg.max_cue, fg.min_cue, fg.money_line, fg.papers
    pct, per_base, proc_cue, s0, spelled_fraction = fg.pct, fg.per_base, fg.proc_cue, fg.s0, fg.spelled_fraction
    time_unit, unit, unit_end, word_num = fg.time_unit, fg.unit, fg.unit_end, fg.word_num
    if firm_only and unit and (W.MONEY_UNIT_RE.match(fold(unit)) or fold(unit) in ("ty", "trieu", "nghin")) and W.TARIFF_NEAR_RE.search(
            v, max(line_start, m.start() - 60), min(end, unit_end + 40)):
        return True  # "Trên 01 đến 10 tỷ đồng mức thu phí là …": a fee scale's tier
    if unit and not pct and W.COPY_NOUN_RE.fullmatch(fold(unit)) and not (min_cue or max_cue or papers or b is not None) \
            and not W.VILLAGE_STANDING_AFTER_RE.match(v, unit_end):  # (not "03 bản được công nhận": villages)
        return True  # "gửi 01 bản chính và 04 bản sao hồ sơ", "Số lượng hồ sơ: 01 bộ": how many copies, a count
        # (but "Đối với xuất bản phẩm in: 05-10 bản" bounds the copies on both sides, as "từ 05 đến 10 bản")
    if unit and W.PRIZE_RANK_NOUN_RE.fullmatch(fold(unit)) and not (min_cue or max_cue or b is not None):
        return True  # (tgt35b) "mỗi môn trao 01 giải Nhất, …; kéo co: 01 giải Ba": how the prizes are laid out
    if unit and fold(unit) in W.SESSION_UNITS and not (min_cue or max_cue or b is not None) \
            and W.DATED_SESSION_AFTER_RE.match(v, unit_end):
        return True  # "Hội nghị cấp xã: 01 buổi, ngày 24/12/2026": the length of a dated event in the schedule
    if W.CHANGE_ASIDE_BEFORE_RE.search(v, max(s0, m.start() - 45), m.start()):
        return True  # (tgt44b) "24.480 triệu đồng (tăng 5.880 triệu đồng)": the change's step beside the figure it sets
    if W.REFERS_BACK_AFTER_RE.match(v, unit_end):
        return True  # "Các thôn đạt dưới 50% nêu trên, Trưởng thôn có báo cáo giải trình": the figure stated before
    if (enq := W.ENQUIRY_BEFORE_RE.search(v, max(s0, v.rfind(";", s0, m.start()) + 1), m.start())) \
            and not _target_cue(v, enq.end(), m.start(), o) \
            and not W.ENQUIRY_SETTLED_RE.search(v, max(s0, v.rfind(";", s0, m.start()) + 1), enq.start()) \
            and (v[enq.start():enq.start() + 4] != "hoi " or o[enq.start():enq.start() + 3].lower() == "hỏi"):
        return True  # (real41) "Công ty vướng mắc về … khi vay vốn … với lãi suất 0%": the enquirer's case a reply
        # restates (but "Các xã còn vướng mắc về đất đai phấn đấu giải quyết 90% …" sets an aim after it; "hội về" of
        # "Ngày hội về nguồn" folds like "hỏi về", the printed marks tell them apart)
    if unit and not pct and b is None and not (min_cue or max_cue) and W.place_unit(fold(unit)) \
            and (at := W.AT_PLACES_BEFORE_RE.search(v, max(s0, m.start() - 60), m.start())) and _share_base(sc, s0, at.start()):
        return True  # (tgt40) "90% hộ gia đình tại 08 thôn giáp biên giới": the villages the share's households live in
    if unit and not (pct or fraction or time_unit) and b is None and not (min_cue or max_cue) \
            and not W.MONEY_UNIT_RE.match(fold(unit)) and W.SHARE_THINGS_DO_BEFORE_RE.search(v, max(s0, m.start() - 170), m.start()):
        return True  # (t53tgt) "100% chi bộ … tổ chức sinh hoạt đủ 04 chuyên đề": what the share's things do, no aim
    if unit and not pct and W.PROCEDURE_COUNT_NOUN_RE.match(fold(unit)) and not (min_cue or max_cue):
        return True  # "Sửa đổi, bổ sung: 01 thủ tục hành chính": how many procedures a list holds
    if firm_only and not (min_cue or max_cue) and not (task_table and pct) \
            and not (unit and not pct and PC.bracketed_count(v, m.start(), fold(unit), unit_end)):  # "… (02 lớp)" 
        return True  # "Số lượng hồ sơ: 01 bộ", "Tiếp nhận hồ sơ: 0,25 ngày làm việc": a procedure described
    if min_cue and fold(min_cue.group(0)).strip().startswith("tren") and b is None and not pct \
            and PC.ONE_PER_BEFORE_RE.search(v, max(c0, m.start() - 40), m.start()):
        return True  # "phân bổ theo tỷ lệ 01 đại biểu trên 8 hội viên": one per so many, no floor
    if min_cue and fold(min_cue.group(0)).strip().startswith("tren") and unit and W.MEDIA_NOUN_RE.match(fold(unit)) \
            and not _target_cue(v, c0, m.start()):
        return True  # "tin, bài … trên 04 loại hình báo chí": on the four kinds of press
    if min_cue and fold(min_cue.group(0)).strip() == "tren" and b is None and unit and not (pct or time_unit) \
            and W.FIELDS_LISTED_AFTER_RE.match(v, unit_end) and not _target_cue(v, c0, m.start()):
        return True  # (tbl56t) "trên 04 lĩnh vực: phát triển kinh tế, …": on the fields its colon lists
    # "Phấn đấu có hai mô hình dân vận khéo; tổ chức mười buổi đối thoại": a count in words under a word of aim
    # ("một" is also the article "a": "100% thôn có một tổ hòa giải" sets the 100%)
    # "gửi một bộ hồ sơ", "nộp hai bộ hồ sơ": papers a rule asks for, counted in words as firmly as in digits
    word_papers = word_num and papers and not spelled_fraction and _papers_asked(v, c0, m.start(), unit)
    aim_count = word_num and not spelled_fraction and not time_unit and unit and not pct \
        and fold(a_txt).split()[0] != "mot" and W.spelled_number(o[m.start("a"):m.end("a")]) and _aim_before(v, s0, m.start())
    if word_num and not spelled_fraction and not issues and b is None and not aim_count and not word_papers and not (_STRONG_BOUND.search(before) or (min_cue and P.TARGET_UP_AFTER_RE.match(after))
                         or (time_unit and max_cue and (W.TIME_LIMIT_CUE_RE.search(before) or proc_cue))
                         or (time_unit and min_cue and W.LATEST_BEFORE_RE.search(before))):
        # "Trong thời hạn ba mươi ngày", "Thời hiệu khởi kiện là hai năm kể từ …", "chậm nhất là ba mươi ngày
        # trước ngày chấm dứt" (a lead time to give)
        # "cho từ hai doanh nghiệp trở lên" (72/2025/QĐ-UBND Bắc Ninh) is firm too
        return True  # "hai", "ba" count only with a firm bound ("ít nhất hai lớp")
    product = _count_times_level(sc, fg) if unit and W.MONEY_UNIT_RE.match(fold(unit)) else None
    times_level = bool(product and m.start() > product.start())
    if times_level:  # (tgt44b) "… × 1.000.000 đồng/suất": the level per item the plan gives, in money per that item
        marked, fg.unit_end = True, product.end()
        fg.unit = unit = "".join(o[m.end("a"):product.end()].split(" /")).strip().replace("/ ", "/")
    if not marked or ((word_num or (fraction and not per_base)) and not (min_cue or max_cue or issues or b is not None
                                                                         or aim_count or word_papers)):
        return True  # "hai", "2/3" count only with a bound ("ít nhất hai lớp", "trên 2/3"); a rate per 100.000 under
        # a target word is set as a percentage is ("Tỷ lệ phát hiện bệnh nhân lao đạt 82/100.000 dân")
    level_rate = bool(unit and W.MONEY_UNIT_RE.match(fold(unit)) and ("/" in unit or W.PER_ITEM_AFTER_RE.match(v, unit_end))
                      and (W.LEVEL_IS_BEFORE_RE.search(v, max(c0, m.start() - 90), m.start())
                           or W.LEVEL_PER_ITEM_BEFORE_RE.search(v, max(c0, m.start() - 60), m.start())
                           or _level_item_under_label(v, line_start, m.start())  # (tgt43b) "2. Mức hỗ trợ: ⏎ - Xây mới: …"
                           or (b is None and (W.SUPPORT_RIGHT_BEFORE_RE.search(v, max(c0, m.start() - 20), m.start())
                                              or W.SUPPORT_THING_OPENING_RE.fullmatch(v, c0, m.start())))))
    each = W.EACH_GRANTED_BEFORE_RE.search(v, max(c0, m.start() - 50), m.start()) if unit and not level_rate \
        and W.MONEY_UNIT_RE.match(fold(unit)) else None
    level_rate = level_rate or bool(each and o[each.start():each.start() + 3].lower() in ("mỗi", "mọi")) or each_level \
        or times_level or bool(unit and W.MONEY_UNIT_RE.match(fold(unit)) and W.gift_worth_before(v, o, s0, c0, m.start()))
    # (tgt45b) "… suất quà trị giá 100.000 đồng": a gift's worth, as a level is (no budget's means)
    # (tgt33d) "mỗi thôn được hỗ trợ 2.500.000 đồng": the sum each one is granted, a norm ("mọi", every, alike:
    # legacy OCR reads "mỗi" so; not "mới"/"mời", which fold alike)
    # (tgt32c) "kinh phí hỗ trợ hộ gia đình trồng rừng gỗ lớn với mức 2.000.000 đồng/ha": a support level per item, a
    # norm the plan sets (t31-09), not the sum it spends
    if unit and b is None and not (min_cue or max_cue) and "/" not in unit and W.MONEY_UNIT_RE.match(fold(unit)) \
            and W.BUDGET_TOTAL_OPENING_RE.fullmatch(v, line_start, m.start()) and not _aim_before(v, line_start, m.start()) \
            and not re.search(rf"{kw('dat')}|{kw('thu')}(?![a-z])|:\s*(?:{kw('ngan sach')}|{kw('nguon')}|{kw('xa hoi hoa')}"
                              rf"|{kw('huy dong')}|{kw('von')})(?![a-z])", v[line_start:m.start()]):
        return True  # (tgt49) "Tổng kinh phí … là 3.095 triệu đồng, gồm: …": the budget's means, no goal (not a source's
        # line after the label, "Kinh phí thực hiện: ngân sách xã bố trí 120 triệu đồng", tgt36a)
    if unit and not money_line and not level_rate and not head_rate and W.MONEY_UNIT_RE.match(fold(unit)) and (W.BUDGET_WORDS_RE.search(v, s0, m.start()) or budget_sections.covers(m.start())) \
            and not (min_cue or max_cue) and not _aim_before(v, s0, m.start()) and not re.search(rf"{kw('dat')}", v[s0:m.start()]) \
            and not (b is None and W.CHANGE_TO_BEFORE_RE.search(v, max(s0, m.start() - 70), m.start())):
        return True  # "Dự toán kinh phí …: 1.500.000.000 đồng": the means, not a goal; also each line of a
        # "III. DỰ TOÁN KINH PHÍ THỰC HIỆN" section ("- Thuê dịch vụ tin nhắn: 50.000.000 đồng/năm", 0134/KH-UBND)
        # (tgt44b: but not the new figure a change sets, "Dự toán thu …: điều chỉnh từ 38.650 triệu đồng lên 42.180
        # triệu đồng": what the resolution decides, as the same change of a total with no budget word is read)
    return False


def _scope_and_period(sc: _Scan, fg: _Figure) -> bool:
    """The figure's scope, text start and period (a rate's period, each occasion, a time limit's task); a fee band's
    condition, a tier's key, a case's figure and a share over the whole (but a scan's 196% is its 100%) are no targets."""
    f, lay, o, title_period, v = sc.f, sc.lay, sc.o, sc.title_period, sc.v
    b, b0, before, bl, c0, far_cue, hi, label = fg.b, fg.b0, fg.before, fg.bl, fg.c0, fg.far_cue, fg.hi, fg.label
    lo, m, max_cue, min_cue, paper, pct, proc_cue = fg.lo, fg.m, fg.max_cue, fg.min_cue, fg.paper, fg.pct, fg.proc_cue
    run, s0, s1, time_unit, unit, unit_end = fg.run, fg.s0, fg.s1, fg.time_unit, fg.unit, fg.unit_end
    per_year = P.PER_YEAR_RE.match(v, unit_end) if pct else None
    if per_year:
        unit_end = unit_end + per_year.end() - unit_end if per_year.end() > unit_end else unit_end
    rate_per = None  # "năm" / "tháng" of a percentage per period
    if pct:
        rate_per, unit_end = _rate_period(v, s0, c0, m.start(), unit_end, per_year is not None)
    scope = paper or figure_scope(f, lay.cells, m, s0, c0, s1, unit_end, before, pct, label)
    text_start = m.start()
    cue = min_cue or max_cue
    if cue:
        text_start = cue.start() if cue is bl or cue is proc_cue or cue is far_cue else b0 + cue.start()
    per_time = W.TIMES_PER_AFTER_RE.match(v, unit_end) if unit and fold(unit) == "lan" else None
    if per_time:  # "sinh hoạt chuyên đề ít nhất 01 lần/quý": once each quarter
        rate_per, unit_end = o[per_time.start("per"):per_time.end("per")].lower(), per_time.end()
    occasion = None if per_time else _occasions_per(v, o, unit, unit_end)
    if occasion:  # "ít nhất 01 kỳ sinh hoạt chuyên đề mỗi quý": "kỳ/quý", each quarter
        unit, rate_per, unit_end = occasion
    period = f"mỗi {rate_per}" if rate_per else _period(f, s0, s1, title_period, unit_end)
    if time_unit and (W.TIME_LIMIT_CUE_RE.search(v, max(c0, m.start() - 40), m.start())
                      or W.COUNTED_FROM_AFTER_RE.match(v, unit_end)):
        # "Bộ phận Văn thư nộp lưu hồ sơ … trong thời hạn 10 ngày kể từ …": the limit measures the task (not the
        # body that does it) and runs from an event, in no period of the title's
        scope = limit_task(o, c0, text_start) or scope or limit_task(o, c0, text_start, bare=True)
        period = None if isinstance(period, _TitlePeriod) else period
    if TT.band_condition(v, m.start()):
        return True  # "400.000 đồng/thí sinh nếu từ 100 đến dưới 500 thí sinh": the fee's band, its condition
    if (lo is None) != (hi is None) and b is None and TT.tier_key(v, o, unit_end, s1, before, share=pct):
        return True  # "dưới 02 (hai) giờ thì tính thêm 0,25 ngày công": the tier's bound, its value is the target
    if lo is not None and lo == hi and b is None and not pct and not cue and not run and not fg.waits \
            and TT.condition_then(v, o, m.start(), unit_end, s1):
        return True  # "ra đấu giá quyền sử dụng đất 02 lần không thành thì …": the case's figure
    if pct and _share_over_whole(v, s0, m.start(), unit_end, s1, max(x for x in (lo, hi) if x is not None)):
        if not W.zeros_misread(max(x for x in (lo, hi) if x is not None)):
            return True  # "tỷ lệ … đạt 150%": a share cannot pass the whole, no target
        # "bảo đảm 196% hồ sơ …": a scan's 100% whose zeros OCR read as 9 and 6 (the final newcomer of session 17:
        # the 100% target was lost): the whole, as the only share its confusable digits can stand for
        lo, hi = (100.0 if lo is not None else None), (100.0 if hi is not None else None)
        fg.read_as = "100"  # the target's text says the figure its value is, not the scan's misreading
    unit = per_area_unit(v, c0, m.start(), unit) or unit  # (tgt56t) "trên 1 ha … đạt 450 triệu đồng/năm": "triệu đồng/ha/năm"
    fg.hi, fg.lo, fg.period, fg.scope, fg.text_start, fg.unit = hi, lo, period, scope, text_start, unit
    fg.unit_end = unit_end
    return False


def _record(sc: _Scan, fg: _Figure) -> bool:
    """Records the target unless its sentence restated it or it is the goal read before, and hands the list state on to
    the next figure (a one-sided bound, a floor, a percentage's bound, the works a task opened with, a label's count, a
    total)."""
    figures, o, out, seen, v = sc.figures, sc.o, sc.out, sc.seen, sc.v
    a, b, before, by_works, carried_on, hi = fg.a, fg.b, fg.before, fg.by_works, fg.carried_on, fg.hi
    listed_part, lo, m, on_label, pct, period, s0 = fg.listed_part, fg.lo, fg.m, fg.on_label, fg.pct, fg.period, fg.s0
    s1, scope, text_start, unit, unit_end = fg.s1, fg.scope, fg.text_start, fg.unit, fg.unit_end
    # (tgt36a) a figure without a scope keys on the thing its list part names before it: "…; đậu tương 20 ha; …; cây trồng
    # khác (bí xanh, dưa chuột) 20 ha" (a34-04) are two crops' areas, not one restated
    named = "" if scope or fg.part >= m.start() else " ".join(v[max(fg.part, m.start() - 40):m.start()].split()[-3:])
    # (tgt40) a table's rows are one sentence to the reader but each row states its own goal: "100% văn bản" in two rows
    # of a chỉ tiêu table (two kinds of văn bản) are two targets, so a figure in a "| … |" row keys on its row
    row = fg.line_start if v.startswith("|", fg.line_start) else s0
    key = (lo, hi, fold(unit or ""), fold(scope or ""), max(s0, row), named)
    if key in seen:
        return True  # restated in the same sentence
    if not pct and W.GOAL_NAMED_BEFORE_RE.search(v, max(s0, text_start - 100), text_start) and (a, fold(unit or "")) in figures:
        return True  # "góp phần hoàn thành mục tiêu 3.000 km đường bộ cao tốc": the goal read before
    seen.add(key)
    figures.add((a, fold(unit or "")))
    sc.works_end = (unit_end, fold(unit).lower().split()[0]) if by_works and unit else None
    exact_count = bool(unit and lo is not None and lo == hi and b is None and not pct)
    sc.label_end = unit_end if on_label and exact_count else None
    sc.lead_end = unit_end if fg.list_lead and exact_count else None
    if not listed_part:
        sc.count_total = (unit_end, fold(unit)) if exact_count else None
    sc.carried = (m.start(), unit_end, "min" if hi is None else "max", fold(unit or "")) \
        if (lo is None) != (hi is None) and not pct else None
    sc.carried_floor = (m.start(), unit_end) if lo is not None and hi is None and not pct \
        and fold(unit or "") not in P.TIME_UNIT_FOLDED and (fg.floor_run or (not carried_on and _STRONG_NEAR.search(before))) \
        else None
    sc.carried_pct = (m.start(), unit_end, "min" if hi is None else "max") \
        if (lo is None) != (hi is None) and pct and (carried_on or _STRONG_NEAR.search(before)) else None
    out.append(Target(
        text=clean_quote(_as_read(o, text_start, unit_end, m.start("a"), m.end("a"), fg.read_as)), min=lo, max=hi,
        unit=unit, scope=scope, period=period,
        span=Span(text_start, unit_end, sentence_quote(o, s0, s1, text_start, unit_end)),
    ))
    return False


# the passes a quantity goes through, in order (:func:`_targets_in`): each returns True once the figure is settled
_FIGURE_PASSES = (
    _outside_aims,
    _duty_hours,
    _counts_nothing,
    _measure_after,
    _ocr_digit_for_word,
    _figure_kind,
    _read_fraction,
    _read_measure,
    _read_counted_noun,
    _read_range,
    _no_event,
    _names_a_case,
    _past_result,
    _reached_already,
    _names_which_things,
    _where_things_stand,
    _procedure_limit,
    _bound_words_before,
    _bound_from_context,
    _bound_after,
    _bounds_from_cues,
    _time_reading,
    _label_line,
    _marked_by_aim_or_works,
    _marked_as_set_quantity,
    _marked_as_rule_count,
    _marked_as_level,
    _not_set_here,
    _scope_and_period,
    _record,
)


def _age_bounds(f: Folded, start: int, end: int, masked: SpanSet, examples: SpanSet, read: list[Target],
                title_period: str | None, results: SpanSet | None = None, cells: SpanSet | None = None) -> list[Target]:
    """Age bounds a rule sets ("người chấp hành án là người dưới 18 tuổi": at most 18 tuổi; "từ đủ 16 tuổi trở lên":
    at least 16; "con dưới 36 tháng tuổi": at most 36 tháng tuổi; "từ đủ 18 tuổi đến hết 25 tuổi": 18–25;
    :data:`limit_words.AGE_RE`), when the age is the
    only figure of its clause (session 11 convention: in "100% trẻ em dưới 6 tuổi được cấp thẻ" the age is the scope of
    the 100%); in text order. An age next to another in a list, nothing but a comma or "và"/"hoặc" between them ("thống
    kê theo … độ tuổi (dưới 30 tuổi, từ 30 đến 50 tuổi, từ 51 tuổi trở lên)", a22-03), is one band of a breakdown: the
    groups a report counts by, no bound a rule sets (tg24). Nor is an age in a part of results (``results``, the layout's
    "Kết quả …" parts): "tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi còn cao (19,8%)" (t26-01) names the
    group a result is of (session 28). Nor is an age in a data table's cell (``cells``): "Công dân từ đủ 14 tuổi" heading a
    column of counts, "Học sinh đủ 14 tuổi" in a row's "Đối tượng" cell name the group a row or column is of (a35-10,
    t35-10 label neither; tgt37a) — but not one that runs "trở lên", a rule's threshold ("Trâu, bò từ 02 tháng tuổi trở
    lên" in a vaccination table's rows, labelled in t24-04)."""
    v, o = f.view, f.original
    out = []
    ages = list(L.AGE_RE.finditer(v, start, end))
    for n, m in enumerate(ages):
        if any(_LIST_GAP_RE.fullmatch(v, x.end(), y.start()) for x, y in ((ages[n - 1], m) if n else (m, m),
                                                                          (m, ages[n + 1]) if n + 1 < len(ages) else (m, m))
               if x is not y):
            continue  # tg24: "độ tuổi (dưới 30 tuổi, từ 30 đến 50 tuổi, từ 51 tuổi trở lên)": the bands of a breakdown
        if results is not None and results.covers(m.start()):
            continue  # "… ở trẻ em dưới 5 tuổi còn cao (19,8%)" under "Kết quả …": the group a result is of
        if cells is not None and cells.covers(m.start()) and not m.group("up"):
            continue  # (tgt37a) "| Công dân từ đủ 14 tuổi |": the group a table's column or row is of (not "| Trâu, bò
            # từ 02 tháng tuổi trở lên |", t24-04: "trở lên" the threshold a vaccination rule starts at)
        if not m.group("up") and L.PIPE_ROW_RE.fullmatch(v, v.rfind("\n", 0, m.start()) + 1,
                                                          len(v) if v.find("\n", m.end()) < 0 else v.find("\n", m.end())):
            continue  # (tgt49t) "| Khu vực 3 | … | Trẻ dưới 1 tuổi, trẻ thuộc diện tiêm vét |": tgt37a's cell of a pipe
            # table the layout read as no table (heads of no known kind: "Khu vực | Tổ dân phố | Ngày tiêm | Địa điểm |
            # Đối tượng", t48-03), the group a row serves
        if L.BRACKETED_AGE_BEFORE_RE.search(v, max(start, m.start() - 40), m.start()) \
                and L.BRACKET_CLOSE_AFTER_RE.match(v, m.end()):
            continue  # (tgt49t) "tỷ lệ cấp ủy viên trẻ (dưới 40 tuổi) đạt từ 15% trở lên": who "trẻ" means, no bound
        if L.LISTED_GROUP_AGE_BEFORE_RE.search(v, max(start, m.start() - 40), m.start()):
            continue  # "cho người cao tuổi, người khuyết tật, trẻ em dưới 6 tuổi và …": one group of those served
        if L.RATE_GROUP_AGE_BEFORE_RE.search(v, max(start, m.start() - 60), m.start()):
            continue  # (tgt39a) "Tỷ lệ lao động nữ dưới 60 tuổi được đào tạo nghề, …": the group a rate is of
        if L.SERVED_GROUP_AGE_BEFORE_RE.search(v, max(start, m.start() - 40), m.start()):
            continue  # (tgt36b) "Lập danh sách công dân từ đủ 14 tuổi …", "phục vụ học sinh đủ 14 tuổi": who is listed
        if masked.covers(m.start("a")) or examples.covers(m.start()) or any(
                t.span and t.span.start < m.end() and m.start() < t.span.end for t in read):
            continue
        c0 = max([start] + [x.end() for x in L.CLAUSE_BREAK_RE.finditer(v, max(start, m.start() - 200), m.start())])
        c1 = next((x.start() for x in L.CLAUSE_BREAK_RE.finditer(v, m.end(), min(end, m.end() + 200))), min(end, m.end() + 200))
        if _other_figure(v, c0, m.start()) or _other_figure(v, m.end(), c1):
            continue  # another figure shares the clause: the age is its scope
        then = [x.end() for x in L.CONDITION_THEN_RE.finditer(v, c0, m.start())]
        if P.PAST_RESULT_RE.search(v, then[-1] if then else c0, m.start()):
            continue  # "đã có 12 người trên 60 tuổi được tặng quà": a result
        s0, s1 = sentence_bounds(f, m.start(), start, end)
        if W.SHARE_OF_GROUP_BEFORE_RE.search(v, max(s0, m.start() - 90), m.start()) and not (
                W.AGE_RULE_BOUND_RE.match(v, m.start()) or L.AGE_LABEL_BEFORE_RE.search(v, max(s0, m.start() - 30), m.start())):
            continue  # (tgt44b) "Tuyên truyền đến 100% hội viên là cha, mẹ có con dưới 16 tuổi": the group the share
            # counts, across the comma of a pair ("cha, mẹ") the clause test stops at
        if L.TITLE_BEFORE_RE.search(v, max(start, m.start() - 320), m.start()):
            continue  # "Quyết định số 67/2005/QĐ-UB … Ban hành Quy định … cho trẻ em dưới 6 tuổi": a cited paper's title
        if L.OFFENCE_NAME_BEFORE_RE.search(o, max(start, m.start() - 70), m.start()):
            continue  # "Tội mua bán người dưới 16 tuổi": an offence named
        if m.group("b") and not m.group("through") and not L.FULL_AGE_FROM_RE.match(v, m.start()):
            continue  # "trẻ em từ 06 tháng đến 36 tháng tuổi": a two-sided band names an age group, no bound a rule sets
            # (but "người từ đủ 20 tuổi đến 60 tuổi": "đủ" the age one must have reached, the limits of who may serve)
        a = _num(m.group("a"))  # "18", "mười tám"
        if m.group("b"):
            lo, hi = a, _num(m.group("b"))  # "từ đủ 18 tuổi đến hết 25 tuổi": the age limits of a call-up
        elif m.group("hi") and not m.group("up"):
            lo, hi = None, a
        else:
            lo, hi = a, None
        unit = "tháng tuổi" if fold(m.group("unit")).startswith("thang") else "tuổi"
        scope = trim_scope(clean_quote(o[_clause_start(v, s0, m.start()):m.start()]).lstrip("-+• ") or None)
        out.append(Target(text=clean_quote(o[m.start():m.end()]), min=lo, max=hi, unit=unit, scope=scope,
                          period=_period(f, s0, s1, title_period), span=Span(m.start(), m.end(), sentence_quote(o, s0, s1, m.start(), m.end()))))
    return out


def _other_figure(v: str, a: int, b: int) -> bool:
    """A figure in ``v[a:b]`` that counts something (:data:`limit_words.OTHER_FIGURE_RE`): not a number the word before
    names (:data:`patterns.NOT_QUANTITY_BEFORE_RE`) — (tgt42b) "được tuyển vào học lớp 1 ở độ tuổi cao hơn … nhưng không
    quá 03 tuổi": "lớp 1" is the grade's name, the age the clause's only figure, a bound a rule sets."""
    for d in L.OTHER_FIGURE_RE.finditer(v, a, b):
        if d.start() > a and v[d.start() - 1].isdigit():
            continue  # (the same number's next digit)
        if not P.NOT_QUANTITY_BEFORE_RE.search(v, max(a, d.start() - 14), d.start()):
            return True
    return False


def _clause_end(v: str, at: int, end: int) -> int:
    """(tgt56) The end of the clause holding offset ``at`` of folded ``v``: its next "." or ";" (a line break is a
    wrapped line's, no clause's end), ``end`` at most."""
    stops = [i for c in ".;" if (i := v.find(c, at, end)) >= 0]
    return min(stops) if stops else end


def _frequencies(f: Folded, start: int, end: int, masked: SpanSet, examples: SpanSet, read: list[Target],
                 title_period: str | None, results: SpanSet | None = None) -> list[Target]:
    """Frequency bounds with the period first ("Định kỳ tối thiểu mỗi năm một lần": at least 1 lần/năm;
    :data:`limit_words.FREQUENCY_RE`) and a body's meeting rhythm, exact ("họp thường lệ mỗi tháng 02 lần": 2 lần/tháng,
    :data:`limit_words.RHYTHM_RE`; "họp thường lệ 03 tháng một lần": 3 tháng, :data:`limit_words.RHYTHM_SPAN_RE`;
    tests/test_targets_session21.py), where no target was read at that place; in text order."""
    v, o = f.view, f.original
    out = []
    hits = [(m, "min") for m in L.FREQUENCY_RE.finditer(v, start, end)]
    # a meeting rhythm ("họp thường lệ mỗi tháng 02 lần", "họp thường lệ 03 tháng một lần"): exact, the rule of a
    # body's own organs (t21-05; the labels count such rhythms, as "sinh hoạt chuyên đề ít nhất 01 lần/quý")
    hits += [(m, "times") for m in L.RHYTHM_RE.finditer(v, start, end)]
    hits += [(m, "times") for m in L.PERIODIC_RHYTHM_RE.finditer(v, start, end)  # "… và định kỳ mỗi tuần một lần"
             if not any(r.start() <= m.start() < r.end() for r, _ in hits)]
    hits += [(m, "times") for m in L.HELD_EVERY_PERIOD_RE.finditer(v, start, end)  # (tgt40) "tổ chức … mỗi tháng 01 lần"
             if not any(r.start() <= m.start("f") < r.end() for r, _ in hits)]
    hits += [(m, "times") for m in L.CHECKED_EVERY_PERIOD_RE.finditer(v, start, end)  # (tgt43d) "đo mỗi ngày 02 lần"
             if (m.group("v") != "do" or o[m.start("v"):m.end("v")].lower() == "đo")
             and not any(r.start() <= m.start("f") < r.end() for r, _ in hits)]
    hits += [(m, "span") for m in L.RHYTHM_SPAN_RE.finditer(v, start, end)]
    hits += [(m, "count") for m in L.EVERY_PERIOD_COUNT_RE.finditer(v, start, end)  # (tgt46p) "mỗi ngày 02 buổi"
             if o[m.start("each"):m.start("each") + 2].lower() in ("mỗ", "hằ", "hà")
             and not re.search(r"(?i)(?<![^\W\d_])do\s*$", o[max(0, m.start() - 6):m.start()])  # "Do mỗi tuần 02 lần
             # triều cường, …": a cause (printed "do", not "đo", the check verb)
             and not any(r.start() <= m.start("f") < r.end() for r, _ in hits)
             # (review of session 46) a rhythm kept in the past ("Năm 2034, Đài truyền thanh xã đã phát … mỗi ngày 02
             # buổi", under "I. KẾT QUẢ THỰC HIỆN NĂM 2034"): a result, no target
             and not (results is not None and results.covers(m.start()))
             and not past_marked(v, o, max(start, max(v.rfind(c, 0, m.start()) for c in ".;\n") + 1), m.start())]
    splits = [*W.SPLIT_PER_PERIOD_RE.finditer(v, start, end), *W.SPLIT_PER_PLACE_RE.finditer(v, start, end)]
    for m in splits:  # "ít nhất 04 đợt … trong năm, mỗi quý 01 đợt", "07 điểm trình diễn (mỗi xã 01 điểm)"
        if any(t.span and 0 <= m.start() - t.span.end <= W.SPLIT_GAP_MAX and t.unit and not re.search(r"[.;:\n]", v[t.span.end:m.start()])
               and fold(t.unit).split()[0] == m.group("noun") for t in read):
            hits.append((m, "split"))
    for m, kind in sorted(hits, key=lambda h: h[0].start()):
        a = m.start("f") if "f" in m.re.groupindex else m.start()  # (the rhythm's words, not the activity before them)
        if masked.covers(m.start("n")) or examples.covers(m.start()) or any(
                t.span and t.span.start < m.end() and a < t.span.end for t in read + out):
            continue
        n_txt = v[m.start("n"):m.end("n")].strip()
        n = float(n_txt) if n_txt.isdigit() else float(L.FREQUENCY_WORDS.get(n_txt, 0))
        if not n:
            continue
        if kind in ("times", "count") and o[m.start("n"):m.end("n")].strip().lower() == "một" \
                and fold(o[m.start("per"):m.end("per")]).strip() in L.SPELLED_ONCE_PERIODS \
                and L.MEETING_WORD_RE.search(v, max(start, max(v.rfind(c, 0, m.start()) for c in ".;\n") + 1),
                                             _clause_end(v, m.end(), end)):
            continue  # "họp thường kỳ mỗi tháng một lần": a schedule in words, no figure (L.SPELLED_ONCE_PERIODS);
            # (tgt56) the meeting named after the rhythm too: "; mỗi quý một lần, vào tháng cuối quý, họp mở rộng …"
        per = clean_quote(o[m.start("per"):m.end("per")]).lower()
        per = L.FREQUENCY_PERIODS.get(fold(per), per)
        s0, s1 = sentence_bounds(f, a, start, end)
        scope = trim_scope(clean_quote(o[_clause_start(v, s0, a):a]).lstrip("-+• ") or None)
        if kind == "split":  # "mỗi quý 01 đợt": the total's noun, exactly so many each period; "(mỗi xã 01 điểm)": each place
            text_start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(",( \t\n"))
            noun = o[m.start("noun"):m.end("noun")].lower()
            place = m.re is W.SPLIT_PER_PLACE_RE
            out.append(Target(text=clean_quote(o[text_start:m.end()]), min=n, max=n, unit=f"{noun}/{per}" if place else noun,
                              scope=scope, period=None if place else f"mỗi {per}",
                              span=Span(text_start, m.end(), sentence_quote(o, s0, s1, text_start, m.end()))))
            continue
        out.append(Target(text=clean_quote(o[a:m.end()]), min=n, max=None if kind == "min" else n,
                          unit=per if kind == "span" else f"{o[m.start('u'):m.end('u')].lower()}/{per}" if kind == "count" else f"lần/{per}", scope=scope,
                          period=_period(f, s0, s1, title_period), span=Span(a, m.end(), sentence_quote(o, s0, s1, a, m.end()))))
    return out


def _only_allowed(v: str, o: str, lo: int, pos: int) -> bool:
    """A cap on each person right before the figure at ``pos`` (from ``lo``): "chỉ được đăng ký dự tuyển vào 01 vị trí"
    (:data:`limit_words.ONLY_ALLOWED_BEFORE_RE` on the folded ``v``), its "chỉ" as printed in ``o`` ("chi" folds
    alike)."""
    only = L.ONLY_ALLOWED_BEFORE_RE.search(v, max(lo, pos - 45), pos)
    return only is not None and o[only.start("chi"):only.end("chi")].lower() == "chỉ"


def _firm_bound_before(v: str, near: int, s0: int, pos: int) -> bool:
    """A firm bound right before a measure at ``pos`` ("tối thiểu 02 GB", "không nhỏ hơn 500 m", "không kéo dài quá
    10 ngày"; from ``near``), or a "tối thiểu/tối đa … là" naming it in its sentence ("Diện tích tối thiểu của phòng học
    là 30 m2"; from ``s0``): a measure is read as a target only after one (:data:`patterns.GLUED_UNIT_RE`)."""
    return bool(_STRONG_BOUND.search(v, near, pos) or W.NEGATED_BOUND_RE.search(v, near, pos)
                or W.NOT_VERB_OVER_RE.search(v, near, pos) or W.BOUND_EQUALS_RE.search(v, near, pos)
                or W.BOUND_THEN_IS_BEFORE_RE.search(v, max(s0, pos - 130), pos)
                or L.BOUND_THEN_MEASURE_BEFORE_RE.search(v, max(s0, pos - 60), pos)
                or L.WITHIN_RANGE_BEFORE_RE.search(v, max(s0, pos - 40), pos)
                or L.SIGN_BOUND_BEFORE_RE.search(v, near, pos))  # a norm's tiers "cự ly ≤ 300m; ≤ 500m"


def _from_upward(v: str, near: int, pos: int, unit_end: int) -> bool:
    """"từ N <measure> trở lên" around the measure at ``pos``: "vùng sản xuất có quy mô từ 10 ha trở lên đối với cây ăn
    quả" (a support policy's condition, a floor as firm as "ít nhất")."""
    return bool(W.FROM_AT_END_RE.search(v, near, pos) and W.UPWARD_NEXT_RE.match(v, unit_end))


def _range_repeated(v: str, num_end: int, unit_end: int) -> re.Match[str] | None:
    """The "đến 10.000.000 đồng" closing a range whose unit is printed after both figures ("từ 5.000.000 đồng đến
    10.000.000 đồng"): :data:`target_words.RANGE_REPEAT_AFTER_RE` and then the same counted noun as the first figure's
    (``v[num_end:unit_end]``); its ``b`` is the second figure, its end the second unit's."""
    words = v[num_end:unit_end].split()
    if not words or not W.RANGE_REPEAT_AFTER_RE.match(v, unit_end):
        return None  # (the whole grammar's match needs its lead's: the common case, no range, compiles nothing)
    return _range_repeat_rx(tuple(words)).match(v, unit_end)


@lru_cache(maxsize=256)
def _range_repeat_rx(words: tuple[str, ...], lead: str = W.RANGE_REPEAT_AFTER_RE.pattern) -> re.Pattern[str]:
    """``lead`` (:data:`target_words.RANGE_REPEAT_AFTER_RE`) then ``words`` (a counted noun, folded), compiled once per
    noun: a compile costs ~20 ms (the lead is a large grammar), once per figure it was 7 s of a 940 KB text."""
    return re.compile(lead + r"\s+".join(map(re.escape, words)) + r"(?![a-z0-9])")


def _band_repeated(v: str, num_end: int, unit_end: int) -> re.Match[str] | None:
    """The "đến dưới 90 điểm" closing a grade's band whose unit is printed after both figures ("đạt từ 70 điểm đến
    dưới 90 điểm"; the caller checks the "đạt từ" before, :data:`target_words.REACHED_BAND_BEFORE_RE`): its ``b`` the
    upper figure (the band's open end, stored as its max), its end the second unit's; None without the same noun."""
    words = v[num_end:unit_end].split()
    if not words or not W.BAND_REPEAT_AFTER_RE.match(v, unit_end):
        return None
    return _range_repeat_rx(tuple(words), W.BAND_REPEAT_AFTER_RE.pattern).match(v, unit_end)


def _range_across_units(v: str, o: str, num_end: int, unit_end: int, unit: str) -> tuple[float, float, str, int] | None:
    """The "đến 03 năm" closing a range whose second figure is in a larger or smaller unit of the same measure than
    the first ("từ 06 tháng đến 03 năm"; :data:`target_words.UNIT_SCALES`): (the first figure's factor, the second
    figure in the smaller unit, the smaller unit as printed, the end of the second unit), or None."""
    first = W.UNIT_SCALES.get(fold(unit))
    if first is None:
        return None
    lead = W.RANGE_REPEAT_AFTER_RE.match(v, unit_end)
    if lead is None:
        return None
    for words, (measure, size) in W.UNIT_SCALES.items():
        if measure != first[0] or size == first[1]:
            continue
        end = re.compile(r"\s+".join(map(re.escape, words.split())) + r"(?![a-z0-9])").match(v, lead.end())
        if end is None:
            continue
        b = _num(lead.group("b"))
        if b is None:
            return None
        if size > first[1]:  # "06 tháng đến 03 năm": the first unit is the smaller
            return 1.0, b * size / first[1], unit, end.end()
        return first[1] / size, b, clean_quote(o[lead.end():end.end()]).lower(), end.end()
    return None


def _item_start(v: str, start: int, pos: int) -> list[int]:
    """The start of the list item ("b) …", "- …") holding ``pos`` when OCR's blank lines cut its
    sentence ("b) Đối với … từ 02 năm đến dưới ⏎⏎ 05 năm:"), within 300 characters and one sentence."""
    items = list(P.ITEM_START_RE.finditer(v, max(start, pos - 300), pos))
    if not items or re.search(r"[.;!?]\s", v[items[-1].end():pos]):
        return []
    return [items[-1].start() + 1]


def _under_cases_lead(v: str, start: int, pos: int) -> bool:
    """Whether ``pos`` lies in a list item ("a) …") whose lead-in line ends "… thuộc một trong các trường hợp sau
    đây:" or "… áp dụng đối với …:": the item names a case (77/2025/NQ-HĐND)."""
    items = _item_start(v, start, pos)
    if not items or not _LETTER_ITEM.match(v, items[0] - 1):
        return False  # only lettered items are cases ("1. Mức 1, không quá …" is a level)
    lead = items[0] - 1
    for _ in range(6):  # back over the sibling items "a) …", "b) …" to the lead-in
        prev = list(P.ITEM_START_RE.finditer(v, max(start, lead - 400), lead))
        if not prev or not _LETTER_ITEM.match(v, prev[-1].start()):
            break
        lead = prev[-1].start()
    return bool(W.CASES_LEAD_RE.search(v, max(start, lead - 250), lead))


def _elected(v: str, c0: int, pos: int, unit: str | None, b: float | None) -> bool:
    """Whether the count at ``pos`` is of the members or posts a congress elects ("bầu chi ủy 03 đồng chí", "bầu thêm 01
    phó bí thư"; :data:`target_words.ELECTED_BEFORE_RE`)."""
    return bool(unit and b is None and W.ELECTED_NOUN_RE.match(fold(unit))
                and W.ELECTED_BEFORE_RE.search(v, max(c0, pos - 30), pos))


def _works_lie_in(sc: _Scan, s0: int, pos: int) -> bool:
    """Whether the places counted at ``pos`` are where a works amount read just before in the same sentence lies ("bê
    tông hóa 4,0 km đường thôn, ngõ xóm tại 05 thôn": the last target, a length or an area, exact)."""
    last = sc.out[-1] if sc.out else None
    return bool(last and last.span and s0 <= last.span.start < pos and last.min is not None and last.min == last.max
                and fold(last.unit or "") in W.WORKS_MEASURE_UNITS)


def _one_at_each(sc: _Scan, s0: int, pos: int, a: float) -> bool:
    """(tgt38b) Whether the places counted at ``pos`` are as many as the exact count read just before in the sentence, one
    at each: "Duy trì 14 tổ phòng, chống bạo lực gia đình tại 14 tổ dân phố" — the 14 tổ are the goal, the 14 tổ dân phố
    where they stand (the size of the area), no second count to reach."""
    last = sc.out[-1] if sc.out else None
    if last and last.span and s0 <= last.span.start < pos and last.min is not None and last.min == last.max == a:
        return True
    # (tgt40) … or the same count printed just before in the clause though not read as a target (a task table's row
    # "Bố trí 14 điểm tập kết rác tái chế tại 14 tổ dân phố", an appendix read for firm bounds): the places are still
    # where the things stand, one at each, no count of their own
    # (not "Giám sát đợt 2 tại … 02 doanh nghiệp": the round's number names it, no count)
    c0 = max(s0, sc.v.rfind(";", s0, pos) + 1, sc.v.rfind("|", s0, pos) + 1)
    return any(_num(n.group(0)) == a and not P.NOT_QUANTITY_BEFORE_RE.search(sc.v, max(c0, n.start() - 14), n.start())
               for n in _COUNT_BEFORE_RE.finditer(sc.v, c0, pos))


def _share_base(sc: _Scan, s0: int, at: int) -> bool:
    """(tgt40) Whether the places counted after "tại" at ``at`` bound the whole a share read just before is of, its noun
    words alone between them: "ít nhất 90% hộ gia đình tại 08 thôn giáp biên giới được tuyên truyền" — the households of
    those villages are the share's base (its scope), the villages no count to reach."""
    last = sc.out[-1] if sc.out else None
    return bool(last and last.span and last.unit == "%" and s0 <= last.span.start < at
                and re.fullmatch(r"[\s\w]*", sc.v[last.span.end:at]))


def _next_case(sc: _Scan, fg: _Figure, unit: str) -> bool:
    """Whether the figure is the next case of the norm read last: both followed by "đối với" and their case, in the same
    unit, a ";" between ("180 tấn/km đối với mặt đường rộng 3,5 m; 150 tấn/km đối với mặt đường rộng 3,0 m";
    :data:`target_words.NORM_CASES_GAP_RE`)."""
    last = sc.out[-1]
    return bool(last.span and last.unit and fold(last.unit) == fold(unit) and W.NORM_CASE_AFTER_RE.match(sc.v, fg.unit_end)
                and W.NORM_CASES_GAP_RE.fullmatch(sc.v, last.span.end, fg.m.start()))


def _listed_funding(v: str, start: int, line_start: int, pos: int, unit_end: int, unit: str | None) -> bool:
    """Whether the money figure at ``pos`` is a total whose funding lines follow its "gồm:" / "trong đó:" ("Tổng kinh
    phí hỗ trợ 1.410 triệu đồng, gồm:", :data:`target_words.TOTAL_LINE_OPENING_RE`): a sum a plan sets aside, labelled
    as its lines are (session 32) — also where "hỗ trợ" stands before it, which otherwise reads as a request."""
    if not unit or "/" in unit or not W.MONEY_UNIT_RE.match(fold(unit)):
        return False
    return bool((W.PARTS_FOLLOW_AFTER_RE.match(v, unit_end) or W.PARTS_IN_BRACKETS_AFTER_RE.match(v, unit_end))
                and W.TOTAL_LINE_OPENING_RE.fullmatch(v, line_start, pos))  # (tgt38a: "… đồng (giống …; thuốc …)")


def _works_listed(v: str, works_end: tuple[int, str] | None, pos: int, unit: str | None) -> bool:
    """Whether the figure at ``pos`` goes on the list of the amount of works read just before (``works_end``: its end
    and its unit's first word), in the same unit after a comma or "và": "duy trì 120 ha vùng lúa chất lượng cao, 45 ha
    bưởi theo tiêu chuẩn VietGAP" (t31-10: each labelled), "Xây dựng 06 nhà văn hóa và 04 nhà …"; (tgt56t) or with its
    own works verb, "Hỗ trợ xây mới 65 nhà và sửa chữa 20 nhà ở" (t55-04)."""
    return bool(works_end and unit and fold(unit).lower().split()[:1] == [works_end[1]]
                and (W.MEASURE_LIST_GAP_RE.fullmatch(v, works_end[0], pos) or W.WORKS_LIST_VERB_GAP_RE.fullmatch(v, works_end[0], pos)))


def _in_quoted_name(o: str, v: str, start: int, pos: int) -> bool:
    """Whether the figure at ``pos`` stands inside a short quoted name ('hoặc "Gia đình 5 không 3 sạch"', 'thực hiện
    "5 không"'): a quote opens before it in its paragraph (a curly one after the last closing one, or an odd count of
    straight ones) and closes after it, at most :data:`target_words.QUOTED_NAME_MAX` characters apart, and no bound or
    aim word stands in the quote before the figure (a quoted target, "“đạt ít nhất 95% …”", stays)."""
    if re.match(r"\d[\d.,]*\s*[\"“«]", o[pos:pos + 12]):
        return False  # "01 “Điểm chữa cháy công cộng”": the figure counts the quoted things (a quote OCR lost before)
    para = max(start, o.rfind("\n\n", 0, pos) + 2)
    before = o[para:pos]
    curly = max(before.rfind(q) for q in W.QUOTE_OPEN)
    if curly >= 0 and curly > max(before.rfind(q) for q in W.QUOTE_CLOSE):
        opened = para + curly
    elif before.count('"') % 2:
        opened = para + before.rfind('"')
    else:
        return False
    close = W.QUOTE_CLOSE_AFTER_RE.match(o, pos)
    if not close or close.end() - opened > W.QUOTED_NAME_MAX:
        return False
    return not (P.TARGET_CUE_RE.search(v, opened, pos) or P.TARGET_MAX_CUE_RE.search(v, opened, pos)
                or P.TARGET_MIN_CUE_RE.search(v, opened, pos))


def _strives(v: str, start: int, pos: int) -> bool:
    """"phấn đấu" in the clause before ``pos`` (from the last ". ", ";" or list line): an aim stated among results
    ("Chi đầu tư từ nguồn thu xổ số kiến thiết phấn đấu đạt 100% kế hoạch", 0204/KH-UBND)."""
    cut = max(start, pos - 100, v.rfind(". ", 0, pos) + 2, v.rfind(";", 0, pos) + 1, v.rfind("\n-", 0, pos) + 2)
    return bool(W.STRIVE_RE.search(v, cut, pos))


def _goal_named(v: str, start: int, pos: int) -> bool:
    """"mục tiêu" in the clause before ``pos`` (cut as :func:`_strives` cuts) and a firm bound right before it: a goal
    named among results ("trong thực hiện mục tiêu mỗi người dân được khám … ít nhất 01 lần/năm", t27-05)."""
    cut = max(start, pos - 160, v.rfind(". ", 0, pos) + 2, v.rfind(";", 0, pos) + 1, v.rfind("\n-", 0, pos) + 2)
    return bool(W.GOAL_NAMED_RE.search(v, cut, pos)) and bool(_STRONG_NEAR.search(v, max(cut, pos - 30), pos))


def _target_cue(v: str, a: int, b: int, o: str | None = None) -> bool:
    """A target word ("phấn đấu", "chỉ tiêu", "đạt" …) in ``v[a:b]`` that is no part of the
    name "Chương trình mục tiêu quốc gia"; with the printed text ``o``, "đất" (land, folded like "đạt") is none
    ("ra đấu giá quyền sử dụng đất 02 lần": no aim)."""
    return any(not W.PROGRAMME_NAME_RE.search(v, max(a, c.start() - 14), c.end())
               and not (o is not None and TT.land_word(o, c.start(), c.end()))
               for c in P.TARGET_CUE_RE.finditer(v, a, b))


def _aim_before(v: str, s0: int, pos: int) -> bool:
    """A word of aim ("mục tiêu", "phấn đấu", "chỉ tiêu") in the sentence before ``pos``."""
    return any(not W.PROGRAMME_NAME_RE.search(v, max(s0, c.start() - 14), c.end())
               for c in W.AIM_WORDS_RE.finditer(v, s0, pos))


def _horizon_after(v: str, unit_end: int, s1: int) -> bool:
    """A horizon year a few words after the counted noun, in its clause ("5.000 km vào năm 2030")."""
    m = W.HORIZON_AFTER_RE.search(v, unit_end, min(s1, unit_end + 50))
    return bool(m) and not re.search(r"[,;:.(]", v[unit_end:m.start()])


def _due_in_clause(v: str, unit_end: int, s1: int) -> bool:
    """A due time closing the clause of the counted noun ending at ``unit_end`` ("01 lần trong quý II/2027", "23 trường
    hợp vi phạm tồn đọng chậm nhất ngày 30/6/2027"): the amount is the task's, due by then."""
    return W.DUE_IN_CLAUSE_AFTER_RE.match(v, unit_end, s1) is not None


def _occasions_per(v: str, o: str, unit: str | None, unit_end: int) -> tuple[str, str, int] | None:
    """(unit "kỳ/quý", period word "quý", end) of a count of occasions per period whose activity stands between
    ("ít nhất 01 kỳ sinh hoạt chuyên đề mỗi quý", the period closing the clause); None otherwise."""
    words = fold(unit or "").split()
    activity = next((a for a in W.ACTIVITY_COUNTERS if " ".join(words).startswith(a)), None)
    if not words or (words[0] not in W.OCCASION_COUNTERS and not activity):
        return None
    if activity:  # "ít nhất 02 hoạt động tuyên truyền về trật tự, an toàn giao thông mỗi năm": "hoạt động/năm"
        head = " ".join(unit.split()[:len(activity.split())])
        m = W.ACTIVITY_PER_AFTER_RE.match(v, unit_end - (len(unit) - len(head)))
    else:
        head = unit.split()[0]
        m = W.OCCASION_PER_AFTER_RE.match(v, unit_end)
    if m is None:
        return None
    per = o[m.start("per"):m.end("per")].lower()
    return f"{head}/{per}", per, m.end()


def _rate_period(v: str, s0: int, c0: int, pos: int, unit_end: int, per_year: bool) -> tuple[str | None, int]:
    """("năm" | "tháng" | None, end) of a percentage that is a rate per period: "8%/năm",
    "20% mỗi tháng", "sản lượng mỗi tháng đạt tối thiểu 20%", "Hằng năm, … tăng trên 3%"."""
    if per_year:
        return "năm", unit_end
    after = W.PER_MONTH_AFTER_RE.match(v, unit_end)
    if after:
        return "tháng", after.end()
    before = W.RATE_BEFORE_RE.search(v, max(s0, pos - 80), pos)
    if before:
        return ("tháng" if (before.group("per") or before.group("per2")).startswith("th") else "năm"), unit_end
    items = [i.start() + 1 for i in P.ITEM_START_RE.finditer(v, s0, pos)]  # "d) Hằng năm, …" under a heading line
    for opening_at in (s0, full_sentence_start(v, s0, pos), *items[-1:]):
        op = W.PERIOD_OPENING_RE.match(v, opening_at, pos)
        if op and W.CHANGE_BEFORE_RE.search(v, max(c0, pos - 40), pos):
            return ("tháng" if op.group("per").startswith("th") else "năm"), unit_end
    return None, unit_end


def _round_the_clock(f: Folded, pos: int, stop: int, start: int, end: int, title_period: str | None,
                     hours: float = 24.0) -> Target:
    """The target of a duty of ``hours`` a day ("vận chuyển, giao nhận hàng … 24/24": exactly 24 giờ/ngày;
    "trực 12/24 giờ": 12 giờ/ngày)."""
    o = f.original
    s0, s1 = sentence_bounds(f, pos, start, end)
    c0 = _clause_start(f.view, s0, pos)
    scope = clean_quote(o[c0:pos]).lstrip("-+• ") or None
    return Target(text=clean_quote(o[pos:stop]), min=hours, max=hours, unit=W.ROUND_THE_CLOCK_UNIT, scope=scope,
                  period=_period(f, s0, s1, title_period), span=Span(pos, stop, sentence_quote(o, s0, s1, pos, stop)))


def _across_layout_break(f: Folded, s0: int, start: int, end: int, depth: int = 0) -> int:
    """The start of a sentence that OCR cut with a blank line ("Trường hợp đặc biệt nếu nhân ⏎⏎ sự có …
    dưới 1 năm"): when the text before the blank line ends in a word and ``s0`` opens in lower
    case, the start of the piece before it."""
    o = f.original
    i = s0
    while i > start and o[i - 1].isspace():
        i -= 1
    if i <= start or not o[i - 1].isalpha() or not o[s0:s0 + 1].islower() or o[i:s0].count("\n") < 2:
        return s0
    p0, _ = sentence_bounds(f, i - 1, start, end)
    return _across_layout_break(f, p0, start, end, depth + 1) if p0 < s0 and depth < 3 else min(p0, s0)


def _example_blocks(v: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of "Ví dụ" blocks: from the words to the next numbered or lettered
    item, "-" bullet or heading (its "+" lines and later sentences belong to it),
    at most ``_EXAMPLE_MAX`` characters."""
    out = []
    for m in P.EXAMPLE_RE.finditer(v, start, end):
        stop = min(end, m.end() + _EXAMPLE_MAX)
        nxt = P.ITEM_START_RE.search(v, m.end(), stop)
        out.append((m.start(), nxt.start() if nxt else stop))
    return out


_EXAMPLE_MAX = 1500


def _verb_over(v: str, o: str, a: int, pos: int) -> re.Match[str] | None:
    """"không <verb …> quá" right before the figure at ``pos`` (from ``a``), where the printed word is "quá" (over),
    not "qua" (through: "không thông qua 02 lần"): "không giữ chức vụ quá 02 nhiệm kỳ" (:data:`limit_words.VERB_OVER_BEFORE_RE`);
    before a time, legacy OCR's "quả"/"quà" is "quá" too (no fruit nor gift is counted in months)."""
    m = L.VERB_OVER_BEFORE_RE.search(v, a, pos)
    if m is None or re.search(r"[,;:]|\d", v[m.start():m.end()]):
        # "không bị thanh tra, kiểm tra quá 01 lần": the list's comma opens the figure's clause, so look before it
        m = L.VERB_PAIR_OVER_BEFORE_RE.search(v, max(0, pos - 60), pos) or L.LET_LIST_OVER_BEFORE_RE.search(v, max(0, pos - 90), pos)
    if m is None:
        return None
    end = m.start() + len(v[m.start():m.end()].rstrip())  # the end of "quá"
    if o[end - 3:end].lower() == "quá":
        return m
    if o[end - 3:end].lower() in ("quả", "quà") and _TIME_AFTER.match(v, pos):
        return m  # legacy OCR's tone for "quá" before a time: "không để người dân phải chờ tái định củ quả 06 tháng" (a19-06)
    # legacy text without accents: "khong giu chuc vu qua 02 nhiem ky" — "qua" after a verb of a prohibition, before a
    # term or a time (:data:`limit_words.LEGACY_OVER_VERB_RE`; the caller reads it only before a time unit)
    legacy = o[m.start():end].isascii() and L.LEGACY_OVER_VERB_RE.match(v, m.start())
    return m if legacy and _TIME_AFTER.match(v, pos) else None


def _as_read(o: str, start: int, end: int, a0: int, a1: int, read_as: str | None) -> str:
    """The target's words ``o[start:end]`` with its figure ``o[a0:a1]`` written as repaired (``read_as``): a scan's
    "196%" of a share read as the whole is 100, and its text says "100%" with its value (a newcomer's table of targets
    showed "109%" beside 100, session 39); unchanged without a repair."""
    if read_as is None or not start <= a0 < a1 <= end:
        return o[start:end]
    return o[start:a0] + read_as + o[a1:end]


def _rule_after_case_colon(v: str, cond_end: int, pos: int) -> bool:
    """(tgt43d) The case a rule is for closed by a colon on the figure's line, the rule after it: "- Trường hợp người có
    công … sử dụng hình thức hỏa táng: hỗ trợ 3.000.000 đồng/trường hợp" — the colon stands for "thì", the figure is
    the rule's (as "Trường hợp …, mức học phí … bằng 75%" is), not the case's. A colon ending its line opens a list of
    cases below ("Trường hợp sau: - chậm từ 03 ngày …"), which stay cases; so does a figure before the colon."""
    colon = v.find(":", cond_end, pos)
    return colon >= 0 and "\n" not in v[colon:pos] and not _condition_opening(v, v, colon + 1, pos)


def _within_after_case(v: str, cond_end: int, pos: int, unit: str | None) -> bool:
    """A bare "trong N <time>" opening the main clause after a case's comma ("Trường hợp hồ sơ chưa đầy đủ, trong 02
    ngày làm việc, cơ quan tiếp nhận phải hướng dẫn"): the rule's time limit, not the case's condition."""
    comma = v.rfind(",", cond_end, pos)
    return comma >= 0 and fold(unit or "") in P.TIME_UNIT_FOLDED and bool(L.WITHIN_OPENING_RE.fullmatch(v, comma + 1, pos))


def _share_over_whole(v: str, s0: int, start: int, unit_end: int, s1: int, value: float) -> bool:
    """A percentage over 100 of a share: followed by the things counted ("196% hồ sơ", "% hộ") or named "tỷ lệ" in its
    clause, with no word of growth or of a plan's fulfilment near it (:data:`target_words.GROWTH_NEAR_RE`)."""
    if value <= 100:
        return False
    lo = max(s0, start - 60)
    if W.GROWTH_NEAR_RE.search(v, lo, min(s1, unit_end + 30)):
        return False
    return bool(W.SHARE_NOUN_AFTER_RE.match(v, unit_end) or W.SHARE_WORD_BEFORE_RE.search(v, lo, start))


#: the counted noun after a figure, shared with extract/plan_cells.py
counted_noun = _counted_noun

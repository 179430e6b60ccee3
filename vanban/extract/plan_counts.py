"""Counts an organising plan sets without a bound word: the bodies it sets up, the size of each body to elect, the
parts of a delegate total, how long its event lasts, a lead time printed as one figure, a count of classes in
brackets, the sessions a day it teaches and the people a month's internal inspection covers.

Why (session 32, the convention questions of session 31): the congress plans of a Hội (authored30, tune30) and a
school's year plan label these as targets (exact figures), and no earlier set's labels leave such a figure out:
"thành lập 03 tiểu ban" (both authors), "Thời gian: 01 ngày" / "Đại hội … tổ chức trong 01 ngày" (the event's
length, exactly, not "at most": the plan sets it, no limit counted from an event), "Số lượng Ban Chấp hành … từ 11
đến 13 đồng chí; Ban Thường vụ 05 đồng chí" (each body's size), "125 đại biểu, gồm 13 đại biểu đương nhiên … và 112
đại biểu do các chi hội bầu" (the parts of the total in its own noun; a breakdown by post, "gồm Chủ tịch, 01 Phó Chủ
tịch và 03 ủy viên", counts other nouns and stays out), "Lệnh gọi khám sức khỏe phải giao cho công dân trước 15
ngày" (a23-05 and a30-09: exactly, where "ít nhất" is not printed), "Tập huấn … (02 lớp)" in a task table (a29-03's
"(480 lớp)" alike). Not a target: "phân bổ theo tỷ lệ 01 đại biểu trên 8 hội viên" — "trên" is "per" after a count
of one, no floor.

Every pattern runs on the folded view (``Folded.view``), widened to OCR look-alikes by :func:`kw`;
:mod:`.targets` reads them. Tests: ``tests/test_targets_set_counts.py``.
"""

from __future__ import annotations

import re

from vanban.extract import target_words as W
from vanban.extract.folded import kw
from vanban.extract.numbers import NUMBER
from vanban.extract.patterns import THANG, TRUOC

__all__ = ["SET_UP_BEFORE_RE", "set_up_body", "body_size", "total_part", "HELD_FOR_BEFORE_RE", "LENGTH_UNITS", "lead_time_exact",
           "bracketed_count", "bracketed_size", "ONE_PER_BEFORE_RE", "ORGANISED_DAY_MODEL_BEFORE_RE", "month_inspection", "rounds_laid_out", "rounds_below",
           "RESULT_LABEL_RE", "post_count", "SCHEDULED_AFTER_RE", "occasions_to_finish"]

# The bodies a plan sets up, counted: "thành lập 03 Tiểu ban phục vụ Đại hội", "quyết định thành lập 02 tổ công tác"
# (printed with or without a capital: the kind of body is counted, not named)
_BODIES = ("tieu ban", "to cong tac", "to giup viec", "to", "doan", "ban", "doi", "nhom", "hoi dong",
           # (tgt37b) the villages and groups a rearrangement or a Hội sets up: "sáp nhập 07 thôn để thành lập 03 thôn
           # mới", "thành lập 05 chi hội", "thành lập 02 câu lạc bộ"
           "thon", "to dan pho", "khu pho", "ap", "chi hoi", "chi doan", "cau lac bo", "hop tac xa")
# (tgt46p) "mới" may follow the verb: "Phối hợp với Đoàn Thanh niên, Hội Liên hiệp Phụ nữ xã thành lập mới 02 câu lạc bộ
# liên thế hệ" (a44-10), "thành lập mới 40 hợp tác xã" (t22-04): the bodies set up, new ones as the verb alone says
SET_UP_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('thanh lap')}(?:\s+{kw('moi')})?\s*$")
_BODY_AFTER_RE = re.compile(r"[ \t]*(?P<b>" + "|".join(kw(b) for b in sorted(_BODIES, key=len, reverse=True)) + r")(?![a-z])")


def set_up_body(v: str, pos: int, num_end: int) -> re.Match[str] | None:
    """The body noun after a count the plan sets up ("thành lập 03 Tiểu ban"), else None."""
    if not SET_UP_BEFORE_RE.search(v, max(0, pos - 18), pos):
        return None
    return _BODY_AFTER_RE.match(v, num_end)


# The size of each body a congress elects, listed after "Số lượng": "Số lượng Ban Chấp hành khóa II từ 11 đến 13 đồng
# chí; Ban Thường vụ 05 đồng chí, gồm …; Ủy ban Kiểm tra 03 đồng chí" — the body's name right before the figure (after
# the list's ";" or ","), the members counted after it
_SIZE_OPENING_RE = re.compile(rf"[ \t*_\-+•]*{kw('so luong')}\s")
_BODY_NAME_BEFORE_RE = re.compile(
    rf"[;,]\s*(?:{kw('ban')}|{kw('uy ban')}|{kw('hoi dong')}|{kw('chi uy')}|{kw('dang uy')}|{kw('doan')})"
    r"(?:\s+[a-z]+){0,4}\s*$")
_MEMBER_NOUN_RE = re.compile(r"(?:dong chi|uy vien|thanh vien|nguoi)(?![a-z])")


def _sentence_opening(v: str, pos: int) -> int:
    """Where the sentence holding ``pos`` opens: after the last sentence end or blank line (a wrapped line goes on)."""
    return max(v.rfind("\n\n", 0, pos) + 2, max(v.rfind(c, 0, pos) for c in ".!?") + 1)


def body_size(v: str, pos: int, unit_f: str) -> bool:
    """A body's size in a "Số lượng …;" list of the bodies to elect (``unit_f``: the counted noun, folded); the list's
    sentence opens its paragraph (a wrapped line goes on it)."""
    opening = _sentence_opening(v, pos)
    return bool(_MEMBER_NOUN_RE.match(unit_f) and _SIZE_OPENING_RE.match(v, opening)
                and _BODY_NAME_BEFORE_RE.search(v, max(opening, pos - 50), pos))


#: (tgt36b) a body's name right before a bracket holding its size: "thông qua danh sách Ban kiểm phiếu (05 thành viên)"
#: (a Thường trực HĐND's plan of lấy phiếu tín nhiệm, a34-06), "Tổ công tác (07 người)": the members the plan gives it
#: (folded, from the body's noun to the figure; not the "ban" of "Ủy ban": "Phó Chủ tịch Ủy ban nhân dân xã (02 đồng
#: chí)" counts the holders of a post, t34-06)
_BRACKETED_BODY_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?<!uy )(?:{kw('ban')}|{kw('tieu ban')}|{kw('hoi dong')}|{kw('to')}|{kw('doan')}|{kw('doi')}|{kw('nhom')})"
    r"(?:\s+[a-z]+){1,7}\s*\(\s*$")
# ((tgt38b) up to seven words of name and term: "bầu Ban Thanh tra nhân dân nhiệm kỳ mới (03 thành viên)")


def _closes_bracket(v: str, unit_end: int) -> bool:
    """The bracket holding a counted figure closes right after its noun ("(05 thành viên)", "(02 đồng chí)")."""
    return re.match(r"\s*\)", v[unit_end:unit_end + 3]) is not None


def bracketed_size(v: str, pos: int, unit_f: str, unit_end: int) -> bool:
    """A body's size in brackets right after its name, "Ban kiểm phiếu (05 thành viên)" (``unit_f``: the counted noun,
    folded; the bracket closes right after it)."""
    return bool(_MEMBER_NOUN_RE.fullmatch(unit_f) and _BRACKETED_BODY_BEFORE_RE.search(v, max(0, pos - 60), pos)
                and _closes_bracket(v, unit_end))


# (tgt38b) The people a plan names to a role, counted in brackets after it: "Cử thư ký Hội nghị (02 đồng chí)", "chỉ định
# Tổ kiểm phiếu … (03 người)" — so many people (the labels' "người", as the posts of a "Số lượng" list are), the
# verb of naming opening the clause (folded, from the verb to the bracket)
_NAMED_TO_ROLE_BEFORE_RE = re.compile(rf"(?:^|[;:\n]|[-+•]\s*)\s*(?:{kw('cu')}|{kw('chi dinh')}|{kw('phan cong')})\s+(?:[a-z]+\s+){{1,6}}\(\s*$")
# The nouns that count those people: "đồng chí" (the address a plan names its own officers by) and the kinds of people
# the targets already count in people (:data:`target_words.PEOPLE_KINDS`, "người" among them: "(03 người)", "(02 cán
# bộ)") — one list of people's kinds, not a second one kept beside it (session 39: was ("dong chi", "nguoi"); over
# every gold and realdocs document only "đồng chí" and "người" stand in such a bracket, so no figure moved)
_PEOPLE_NOUNS = ("dong chi", *W.PEOPLE_KINDS)


def bracketed_people(v: str, pos: int, unit_f: str, unit_end: int) -> bool:
    """(tgt38b) "Cử thư ký Hội nghị (02 đồng chí)": the people named to a role, in brackets after it (``unit_f``: the
    counted noun, folded, one of :data:`_PEOPLE_NOUNS`; the bracket closes right after it)."""
    return unit_f in _PEOPLE_NOUNS and bool(_NAMED_TO_ROLE_BEFORE_RE.search(v, max(0, pos - 60), pos)) \
        and _closes_bracket(v, unit_end)


# … and the posts the list counts in a clause of their own: "…; Ban Thường vụ không quá 05 ủy viên; có 01 Chủ tịch và 02
# Phó Chủ tịch" (t30-06: so many people, "người"); not a body's breakdown after "gồm" ("Ban Thường vụ 05 đồng chí, gồm
# Chủ tịch, 01 Phó Chủ tịch và 03 ủy viên": a30-06's authors leave it out, the body's size is the figure set)
_POSTS = ("chu tich", "pho chu tich", "bi thu", "pho bi thu", "truong ban", "pho truong ban")
_POST_AFTER_RE = re.compile(r"[ \t]*\n?[ \t]*(?P<p>" + "|".join(kw(p) for p in sorted(_POSTS, key=len, reverse=True)) + r")(?![a-z])")
_POST_CLAUSE_BEFORE_RE = re.compile(rf"(?:;\s*{kw('co')}|\s{kw('va')})\s*$")


def post_count(v: str, pos: int, num_end: int) -> re.Match[str] | None:
    """The post after a count in a "Số lượng …;" list's own clause ("; có 01 Chủ tịch và 02 Phó Chủ tịch"), else None."""
    opening = _sentence_opening(v, pos)
    clause = v.rfind(";", opening, pos)
    if clause < 0 or not _SIZE_OPENING_RE.match(v, opening) or re.search(rf"{kw('gom')}\s", v[clause:pos]):
        return None
    if not _POST_CLAUSE_BEFORE_RE.search(v, max(clause, pos - 30), pos):
        return None
    return _POST_AFTER_RE.match(v, num_end)


# A total set, then its parts in the same noun: "125 đại biểu, gồm 13 đại biểu đương nhiên … và 112 đại biểu do các chi
# hội bầu" (folded; the total's figure, its noun, then "gồm"/"bao gồm"/"trong đó" before the part)
_TOTAL_THEN_PARTS_RE = re.compile(rf"(?P<n>{NUMBER})\s+(?P<u>[a-z]+(?:\s+[a-z]+)?)\s*,?\s*\(?\s*(?:{kw('bao gom')}|{kw('gom')}|{kw('trong do')})\s")


# (tgt34a) … but a part counted in a unit of its own, its size in the total's noun in brackets right after: "126 người,
# gồm 01 trung đội dân quân cơ động (31 người) và dân quân tại chỗ 95 người" (a32-05) — the bracketed figure is the
# part (as "01 nhiệm kỳ (60 tháng)" gives the months); the bracket opens right before the figure, after a count's noun
_UNIT_RESTATED_BEFORE_RE = re.compile(rf"(?<![\d.,]){NUMBER}\s+[a-z]+(?:\s+[a-z]+){{0,5}}\s*\(\s*$")


def total_part(v: str, s0: int, pos: int, value: float, unit_f: str, totals: set[tuple[float, str]], parse) -> bool:
    """The figure at ``pos`` is a part of a total read before it in the sentence, counted in the same noun and larger
    (not one inside brackets opened after the total: "(phân bổ theo tỷ lệ 01 đại biểu trên 8 hội viên)" says how the
    parts were allotted)."""
    for m in _TOTAL_THEN_PARTS_RE.finditer(v, s0, pos):
        if v.count("(", m.end(), pos) > v.count(")", m.end(), pos) and not _UNIT_RESTATED_BEFORE_RE.search(v, m.end(), pos):
            continue
        total = parse(m.group("n").replace(" ", ""))
        if total and total > value and unit_f.startswith(m.group("u")) \
                and any(t == total and u.startswith(m.group("u")) for t, u in totals):
            return True
    return False


# How long an event the plan holds lasts: "Đại hội cấp xã tổ chức trong 01 ngày" (exactly; not a limit — none is
# counted from an event, which :data:`target_words.COUNTED_FROM_AFTER_RE` tells)
# (tgt37a) … "tiến hành" / "kéo dài" alike: "chi bộ tổ chức đại hội điểm được tiến hành trong 01 ngày" (a Đảng ủy xã's
# congress plan, a35-01, as a30-06 and a34-02 label "tổ chức trong 01 ngày": exactly one day)
# (tgt50t) "mỗi đợt kéo dài 10 ngày" (t49-09): the round's length, "trong" unprinted — (fixrev50) only after a round or
# an event the plan holds, its noun and up to six words before "kéo dài" ("mỗi đợt", "chiến dịch ra quân", "hội thi",
# "lớp tập huấn"), none a weather word: "đợt nắng nóng kéo dài 5 ngày", "mưa lớn kéo dài 3 ngày" are a forecast
_WEATHER_WORD = (rf"(?:{kw('nang')}|{kw('nong')}|{kw('mua')}|{kw('ret')}|{kw('lanh')}|{kw('han')}|{kw('bao')}|{kw('lu')}"
                 rf"|{kw('ngap')}|{kw('man')}|{kw('gio')}|{kw('suong')}|{kw('dich')})(?![a-z])")
_HELD_EVENT = (rf"(?<![a-z])(?:{kw('dot')}|{kw('hoi nghi')}|{kw('chien dich')}|{kw('dai hoi')}|{kw('hoi thi')}"
               rf"|{kw('cuoc thi')}|{kw('hoi thao')}|{kw('le hoi')}|{kw('dien tap')}|{kw('tap huan')}|{kw('lop')}"
               rf"|{kw('khoa hoc')}|{kw('giai')})(?![a-z])(?:\s+(?!{_WEATHER_WORD})[a-z]+){{0,6}}\s+")
HELD_FOR_BEFORE_RE = re.compile(
    rf"(?<![a-z])(?:(?:{kw('to chuc')}|{kw('dien ra')}|{kw('tien hanh')}|{kw('keo dai')})\s+{kw('trong')}"
    rf"|{_HELD_EVENT}{kw('keo dai')})\s*$")
LENGTH_UNITS = ("ngay", "buoi")

# A lead time printed as one figure: "phải giao cho công dân trước thời điểm khám 15 ngày", "giao … trước 15 ngày" —
# "trước", the event it runs back from (up to four words, none a digit), then the figure
_LEAD_BEFORE_RE = re.compile(
    rf"(?<![a-z]){TRUOC}(?:\s+(?:{kw('thoi diem')}|{kw('ngay')}|{kw('khi')})(?:\s+[a-z]+){{0,3}})?\s*$")
# (days only: "trước 15 giờ" is a time of day). Not "trước 15 ngày so với thời gian giao nhận quân" (t25-06's authors:
# at least 15 days, the event named after the figure as a measure's base) — that reading stays the bound's
_LEAD_UNITS = ("ngay", "ngay lam viec")
_COMPARED_AFTER_RE = re.compile(rf"\s*,?\s*{kw('so voi')}(?![a-z])")


def lead_time_exact(v: str, c0: int, pos: int, unit_f: str, unit_end: int) -> bool:
    """A lead time with no bound word, in the clause: exactly that far ahead."""
    return unit_f in _LEAD_UNITS and bool(_LEAD_BEFORE_RE.search(v, max(c0, pos - 40), pos)) \
        and not _COMPARED_AFTER_RE.match(v, unit_end)


# A count of classes or sessions in brackets after an activity: "Tập huấn nghiệp vụ hòa giải ở cơ sở (02 lớp)"
_BRACKET_OPEN_RE = re.compile(r"\(\s*$")
_BRACKETED_UNITS = ("lop", "hoi nghi", "buoi", "dot", "cuoc", "chuyen de")
_BRACKET_CLOSE_RE = re.compile(r"[^()\n]{0,20}\)")


def bracketed_count(v: str, pos: int, unit_f: str, unit_end: int) -> bool:
    """``(N lớp)``: the count in brackets right after an activity's name."""
    return bool(unit_f.split()[:2] and any(unit_f == u or unit_f.startswith(u + " ") for u in _BRACKETED_UNITS)
                and _BRACKET_OPEN_RE.search(v, max(0, pos - 3), pos) and _BRACKET_CLOSE_RE.match(v, unit_end))


#: (tgt43b) a line that opens with a round's or a class's label and its number ("- Đợt 1: từ ngày …", "Lớp 2: …"; folded)
_ROUND_LINE_RE = re.compile(rf"[ \t*_]*(?:[-+•][ \t]+)?(?:{kw('dot')}|{kw('lop')}|{kw('khoa')}|{kw('ca')})[ \t]+(?:\d{{1,2}}|[ivx]{{1,4}})[ \t]*:")
#: … and the count in brackets closing it, nothing but a full stop or ";" after ("(85 học viên)."; folded)
_LINE_CLOSE_RE = re.compile(r"[ \t]*\)[ \t]*[.;,]?[ \t]*(?:\n|$)")


def round_size(v: str, line_start: int, pos: int, unit_end: int) -> bool:
    """(tgt43b) The count in brackets that closes a round's line, "- Đợt 1: từ ngày 03/6 đến ngày 05/6/2034 (72 học viên)":
    how many the plan puts in that round, as a table of rounds gives it in a column; not a place's size in brackets after
    its name inside a sentence ("thôn Bắc Sơn (186 hộ)", no round's label opens the line)."""
    return bool(_ROUND_LINE_RE.match(v, line_start) and _BRACKET_OPEN_RE.search(v, max(line_start, pos - 3), pos)
                and _LINE_CLOSE_RE.match(v, unit_end))


# "01 đại biểu trên 8 hội viên": one per so many, "trên" is "per" (an allocation ratio), no floor
ONE_PER_BEFORE_RE = re.compile(rf"(?<![\d.,])0?1\s+[a-z]+(?:\s+[a-z]+){{0,2}}\s+{kw('tren')}\s*$")

# The sessions a day a school organises its teaching in: "tổ chức dạy học 2 buổi/ngày đối với khối 9" (the plan sets
# it; "100% học sinh học 2 buổi/ngày" and "đáp ứng dạy học 2 buổi/ngày" name the model — target_words.DAY_MODEL_*)
ORGANISED_DAY_MODEL_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('to chuc')}\s+(?:{kw('day hoc')}|{kw('day')}|{kw('hoc')})\s*$")

# A clause of a month's tasks that inspects so many people: "…; kiểm tra nội bộ 10 giáo viên; dự giờ, …" (the clause
# opens after ";" or a cell's start)
_MONTH_INSPECTION_RE = re.compile(rf"(?:^|[;|\n])[ \t]*(?:{kw('kiem tra')}|{kw('du gio')})\s+{kw('noi bo')}\s*$")
_STAFF_NOUNS = ("giao vien", "can bo", "cong chuc", "vien chuc", "nhan vien", "dang vien")


def month_inspection(v: str, pos: int, unit_f: str) -> bool:
    """An internal inspection's people counted ("kiểm tra nội bộ 10 giáo viên")."""
    return unit_f.startswith(_STAFF_NOUNS) and bool(_MONTH_INSPECTION_RE.search(v, max(0, pos - 30), pos))


# An indicator named "Kết quả …:" in a plan's aims ("b) Kết quả học tập: mức Tốt từ 22% trở lên"): the label names
# what is measured, no result reached (a floor or cap is never said of a result)
RESULT_LABEL_RE = re.compile(rf"{kw('ket qua')}(?:\s+[a-z]+){{0,3}}\s*:")

# The occasions a year's programme holds, listed after a colon with their months: "a) Tổ chức 02 kỳ họp thường lệ: kỳ
# họp giữa năm trong tháng 7/2028 và kỳ họp cuối năm trong tháng 12/2028" — the year's quota (as "… trong năm" closing
# the clause is, target_words.WITHIN_THE_YEAR_AFTER_RE); not "Tổ chức 02 hội nghị với … 200 người" (no schedule).
# (folded; from the counted noun's end: a few words, the colon, then a dated month before the sentence ends). (tgt35a)
# The occasion's name may run to a list of acts: "- Tổ chức 02 đợt vệ sinh, tiêu độc, khử trùng môi trường chăn nuôi:
# đợt 1 trong tháng 5/2029, đợt 2 trong tháng 10/2029" (60 characters)
SCHEDULED_AFTER_RE = re.compile(rf"[^;:.()\d\n]{{0,60}}:\s*[^.:;]{{0,120}}?(?<![a-z]){THANG}\s+\d{{1,2}}\s*/\s*20\d\d")

# (tgt42d) … or its rounds laid out one by one later in the sentence, the counter again with the first ordinal: "tổ
# chức 02 đợt chiến dịch … lồng ghép … tại các tổ dân phố ven biển: đợt 1 hoàn thành trong tháng 4/2033, đợt 2 …",
# "ra quân 03 đợt (đợt I …)" — whatever the occasion's name runs to before them (folded; the counter's first word)
_FIRST_ROUND = rf"(?:0?1|i|{kw('thu nhat')}|{kw('mot')})(?![a-z\d])"


def rounds_laid_out(v: str, unit_f: str, unit_end: int, s1: int) -> bool:
    """Whether the occasions counted in ``unit_f`` (folded, ending at ``unit_end``) are laid out round by round before
    the sentence's end ``s1``: the counter's word again, then the first round's number ("đợt 1", "lần thứ nhất")."""
    head = (unit_f.split() or [""])[0]
    if head not in W.OCCASION_COUNTERS:
        return False
    return re.compile(rf"(?<![a-z]){head}\s+{_FIRST_ROUND}").search(v, unit_end, max(unit_end, s1)) is not None


#: (tgt50t) the end of the paragraph holding a count (a blank line; folded view)
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
#: (tgt50t) how far after the paragraph the first round's line may start (a table's header and delimiter rows before it)
_ROUNDS_BELOW_REACH = 400


def rounds_below(v: str, unit_f: str, unit_end: int) -> bool:
    """(tgt50t) Whether the occasions counted in ``unit_f`` (folded, ending at ``unit_end``) are laid out round by round
    right below their paragraph: its next block a table or a list whose first row or line opens with the counter's word
    and the first round's number — "Tổ chức 04 đợt chiến dịch trên toàn phường, mỗi đợt kéo dài 10 ngày:" over "| Đợt |
    Thời gian | Phạm vi |" / "| Đợt 1 | Từ 16/3 đến 25/3/2037 | …" (t49-09), "Năm 2034 tổ chức 04 đợt lấy máu, phối
    hợp với …:" over "- Đợt 1: ngày 18/3/2034 …" (a43-07). Each labels the count, as the sets label the rounds laid out
    in the sentence (:func:`rounds_laid_out`: a19-09, a33-04, t39-02, t40-07, t41-05, t48-03): the year's quota of
    occasions, the schedule saying when each is held. (Teams a schedule lays out are its rows, no quota:
    :mod:`.described_counts`.)"""
    head = (unit_f.split() or [""])[0]
    if head not in W.OCCASION_COUNTERS:
        return False
    end = _PARAGRAPH_END.search(v, unit_end, unit_end + 300)
    if end is None:
        return False
    block = v[end.end():end.end() + _ROUNDS_BELOW_REACH]
    first = re.match(r"[ \t]*(?:\|[^\n]*\n[ \t]*\|[ \t:|-]*\n)?[ \t]*(?P<row>[^\n]*)", block)
    row = first.group("row") if first else ""
    return re.match(rf"[ \t*_|]*(?:(?:\d{{1,2}}[ \t]*\|[ \t]*)|[-+•][ \t]+)?[*_]*{head}[ \t]+{_FIRST_ROUND}", row) is not None


# The occasions a body is to get done: "Hoàn thành 02 cuộc kiểm tra, giám sát theo chương trình năm 2027 đối với …"
# (a Thông báo kết luận's task to its Ủy ban Kiểm tra, t30-06's twin t30-05: exactly so many), as "hoàn thành xử lý 23
# trường hợp" is a backlog to settle (target_words.SETTLE_BEFORE_RE)
_FINISH_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('hoan thanh')}\s*$")
_FINISHED_OCCASIONS = ("cuoc", "dot", "buoi", "lop", "hoi nghi")


def occasions_to_finish(v: str, pos: int, unit_f: str) -> bool:
    """``unit_f`` (folded) counts occasions right after "hoàn thành"."""
    if not _FINISH_BEFORE_RE.search(v, max(0, pos - 14), pos):
        return False
    return (unit_f.split() or [""])[0] in _FINISHED_OCCASIONS or unit_f.startswith("hoi nghi")

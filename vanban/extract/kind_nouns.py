"""The counted noun a quota table's bare kind head names, the unit of the bare figures under it.

Why: a Liên đoàn Lao động's plan hands each công đoàn cấp trên cơ sở its quotas in a table whose heads print no unit
in parentheses: "TT | Công đoàn cấp trên cơ sở | Phát triển đoàn viên mới (người) | Thành lập CĐCS mới | Sáng kiến
được công nhận | …", then "1 | Công đoàn các Khu công nghiệp tỉnh | 4.200 | 15 | 1.100 | 95%". A reader takes "15" as
fifteen công đoàn cơ sở to set up and "1.100" as as many sáng kiến: the head names what its cells count, either
after a verb of making ("Thành lập CĐCS mới", "Kết nạp hội viên mới", "Xây dựng mô hình") or before the words that
say what becomes of it ("Sáng kiến được công nhận", "Hội viên kết nạp mới", "Mô hình xây dựng mới"). Without the
noun those figures had no unit and were dropped (a29-06: 24 quotas missed).

Not every bare head counts what is set: "Số hộ", "Tổng số hộ", "Dân số" count what a unit holds now (facts, no
target: :data:`vocab.QUOTA_COUNT_HEAD_RE`); "Tỷ lệ …" heads are rates whose cells print "%", and money, area or
output heads ("Kinh phí", "Diện tích", "Sản lượng") need a measure no head word gives: none of these names a noun
here. A short abbreviation of an organisation's unit ("CĐCS") is written out, as the labels write units in words.
Tests: tests/test_targets_session31.py.
"""

from __future__ import annotations

import re
import unicodedata

from vanban.abbreviations import ABBREVIATIONS
from vanban.extract.unit_initials import spelled_out
from vanban.text import fold

__all__ = ["abbreviated_noun_at", "added_verb", "count_head_noun", "counted_noun", "duty_verb", "kind_noun", "made_verb",
           "needed_noun", "noun_after_verb", "noun_in_caption", "supplied_noun"]

#: abbreviations a kind head prints for its counted noun (as printed) → the noun in words
UNIT_ABBREVIATIONS: dict[str, str] = {
    "CĐCS": "công đoàn cơ sở",
    "HTX": "hợp tác xã",
    "THT": "tổ hợp tác",
    "CLB": "câu lạc bộ",
    "DN": "doanh nghiệp",
    "ĐVTN": "đoàn viên thanh niên",
}
#: verbs of making or bringing in that open a head, its noun after them (lower case, marks kept: "trồng" is no "trong")
_MAKE_VERBS = ("thành lập", "phát triển", "kết nạp", "xây dựng", "tổ chức", "trang bị", "lắp đặt", "trồng mới", "trồng",
               "xây mới", "sửa chữa", "nâng cấp", "cải tạo", "giới thiệu", "thu hút")
#: (tgt42a) verbs of issuing, taking in or enrolling, read only after a quota's lead ("Chỉ tiêu cấp GCN", "Chỉ tiêu tiếp
#: nhận hồ sơ", "Chỉ tiêu tuyển sinh học sinh"): the quota of handing the noun out; alone at a head's start "cấp" names a
#: level ("Cấp xã"), so only after "Chỉ tiêu"
_QUOTA_VERBS = ("cấp mới", "cấp đổi", "cấp", "tiếp nhận", "giải quyết", "mở mới", "mở", "tuyển sinh", "tuyển", "tiêm phòng",
                "tiêm", "hoàn thành", "giảm thêm", "giảm")
#: (tgt49) "giảm" after "Chỉ tiêu": the quota of what each unit is to bring down, counted in the noun after it ("Chỉ tiêu
#: giảm hộ nghèo năm 2036" | "2": two poor households fewer, a phường's poverty plan per tổ dân phố beside "Hộ nghèo đầu
#: năm", the base, a47-04, t47-04); a rate or a measure after it ("Chỉ tiêu giảm tỷ lệ hộ nghèo", "… giảm số vụ") names
#: no noun (:data:`_NO_NOUN` on the noun)
#: words after a head's noun that say what becomes of it ("được công nhận", "kết nạp mới", "mới"; "đạt" is no "đất";
#: "phải kích hoạt": what must become of it)
#: (left40) a verb of issuing or enrolling made a participle by "mới" ("Thẻ BHYT cấp mới", "Hộ kinh doanh đăng ký mới",
#: "Tài khoản kích hoạt mới"): what became of the noun, as "được cấp" says it; only before "mới", since "cấp" alone
#: after a noun names a level ("đoàn viên cấp xã")
_NEW_PARTICIPLES = tuple(f"{v} mới" for v in ("cấp", "cấp đổi", "cấp lại", "đăng ký", "tuyển", "tuyển dụng", "tuyển sinh",
                                               "kích hoạt", "phát hành", "mở", "cài đặt"))
#: (tgt45t) verbs of sending people on, after the noun sent: "Quần chúng ưu tú đưa đi bồi dưỡng", "Cán bộ cử đi đào
#: tạo", "Đoàn viên giới thiệu đi học lớp cảm tình Đảng" — the people each unit is to send, a number the plan sets, as
#: "được công nhận" says what becomes of the noun (a Đảng ủy's quotas per chi bộ beside its present members)
_SEND_VERBS = ("đưa đi", "cử đi", "giới thiệu đi", "gửi đi")
#: (tgt49) verbs after the noun of what the unit is to bring down or lift out of poverty: "Số hộ nghèo giảm năm 2036",
#: "Số hộ thoát nghèo" — the households each tổ dân phố is set, as "Chỉ tiêu giảm hộ nghèo" says it verb first
_DOWN_VERBS = ("giảm thêm", "giảm", "thoát nghèo")
#: (tgt41c) "hoàn thành" after the noun says what is to be done with it: "Chỉ tiêu hồ sơ hoàn thành năm 2032" → hồ sơ
#: (tbl53) verbs after the noun of the people each unit is to field: "Số người tham gia đồng diễn" (a xã's sports day,
#: each thôn's quota of dancers, t52-04) → người
_JOIN_VERBS = ("tham gia", "tham dự")
_AFTER_NOUN = ("được", "đạt", "mới", "phải", "hoàn thành", "phấn đấu", *_SEND_VERBS, *_MAKE_VERBS, *_NEW_PARTICIPLES,
               *_DOWN_VERBS, *_JOIN_VERBS)
# ("phấn đấu", tgt45a: "Số dòng họ phấn đấu đạt …", the goal word after the noun counted)
#: heads that name no counted noun: counts of the present, rates, money, time (folded, the head's start)
_NO_NOUN = re.compile(r"^(?:so|tong|dan so|ty le|muc|kinh phi|du toan|von|gia tri|dien tich|san luong|thoi gian|ghi chu|noi dung)(?![a-z])")
_NOUN_MAX_WORDS = 4  # "đoàn viên thanh niên", "công đoàn cơ sở": a longer run is a phrase, no unit


#: … looked up folded, case aside: legacy OCR drops the bar of "Đ" ("CDCS"), a scan's restoration lowers it ("cđcs")
_FOLDED_ABBREVIATIONS = {fold(k).upper(): v for k, v in UNIT_ABBREVIATIONS.items()}
_CAPITALS = re.compile(r"(?<!\w)([A-Za-zĐđ]{2,5})(?!\w)")


_ABBREVIATION_AT = re.compile(r"[ \t]*([A-Za-zĐđ]{2,5})(?![\w/&-])")


def abbreviated_noun_at(printed: str, pos: int) -> str | None:
    """The abbreviation of a counted noun (:data:`UNIT_ABBREVIATIONS`, as printed) right after ``pos`` in the printed
    text, else None. Why (tgt43b): a plan counts cooperatives and firms by their initials ("thành lập mới ít nhất 02 HTX
    và 03 THT", "thu hút thêm 05 DN"): capitals after a count are otherwise a name ("03 Chương trình"), but these name a
    kind, as "hợp tác xã" does. Not one glued to a symbol's dash or slash ("01 HTX-DV" names one)."""
    m = _ABBREVIATION_AT.match(printed, pos)
    if not m or not m.group(1).isupper() or fold(m.group(1)).upper() not in _FOLDED_ABBREVIATIONS:
        return None
    return m.group(1)


def _expanded(head: str) -> str:
    return _CAPITALS.sub(lambda m: _FOLDED_ABBREVIATIONS.get(fold(m.group(1)).upper(), m.group(1)), head)


def _starts_with(words: list[str], phrases: tuple[str, ...]) -> int:
    """The number of words of the first of ``phrases`` that ``words`` (lower case) open with, else 0."""
    for p in phrases:
        n = len(p.split())
        if words[:n] == p.split():
            return n
    return 0


def kind_noun(head: str, doc: str = "") -> str | None:
    """The counted noun of a quota table's bare kind ``head`` (a cell's words), lower-cased: "Thành lập CĐCS mới" →
    "công đoàn cơ sở", "Sáng kiến được công nhận" → "sáng kiến", "Kết nạp hội viên mới" → "hội viên"; None for a
    head of a count of the present, a rate or money, or one whose noun is not told apart (see the module). ``doc``:
    the document, which spells out initials no table here knows ("Điểm CCCC" → "điểm chữa cháy công cộng",
    :func:`.unit_initials.spelled_out`)."""
    text = _expanded(" ".join(head.strip(" *.:").split()))
    words = text.split()
    lower = unicodedata.normalize("NFC", text.lower()).split()
    if not words or len(lower) != len(words) or _NO_NOUN.match(fold(text)):
        return None
    quota = _starts_with(lower, _QUOTA_LEADS)  # "Chỉ tiêu kết nạp đảng viên": the quota of the making, its noun after
    start = quota + _starts_with(lower[quota:], _MAKE_VERBS + _QUOTA_VERBS) if quota else _starts_with(lower, _MAKE_VERBS)
    end = next((i for i in range(start + 1, len(lower)) if _starts_with(lower[i:], _AFTER_NOUN)), len(lower))
    noun = words[start:end]
    if noun and quota and _NO_NOUN.match(fold(" ".join(noun)).lower()):
        return None  # (tgt49) "Chỉ tiêu giảm tỷ lệ hộ nghèo": a rate after the verb, no counted noun
    if not noun or len(noun) > _NOUN_MAX_WORDS or (start in (0, quota) and end == len(lower)):
        # "Chỉ tiêu giao", "Chỉ tiêu kết nạp": no noun marked (the verb's is the prose's, :func:`noun_after_verb`)
        return None  # a head of a verb only, a long phrase, or a bare name with nothing that marks its noun
    if doc:
        # only initials the document coins: common ones (BHYT, BHXH, PCCC: abbreviations.ABBREVIATIONS) the labels
        # keep as printed ("thẻ BHYT", "sổ BHXH"), whatever runs of words the document happens to hold
        noun = [spelled_out(w, doc) or w if _INITIALS.fullmatch(w) and not _common_initials(w) else w for w in noun]
    return " ".join(w if _INITIALS.fullmatch(w) else w.lower() for w in noun)


def _common_initials(word: str) -> bool:
    """``word`` is an abbreviation every office writes (:data:`vanban.abbreviations.ABBREVIATIONS`), no document's own."""
    return fold(word).lower() in ABBREVIATIONS


#: initials the document may spell out: three to eight capitals ("CCCC"), none of :data:`UNIT_ABBREVIATIONS`' (already
#: written out)
_INITIALS = re.compile(r"[A-ZĐ]{3,8}")


#: the words a head naming a quota opens with before its verb of making ("Chỉ tiêu kết nạp", lower case; "chi tiêu" as
#: legacy OCR drops the hook, read only before a verb of making: "Chi tiêu kết nạp", t31-05 in legacy OCR)
_QUOTA_LEADS = ("chỉ tiêu", "chi tiêu")


def made_verb(head: str) -> str | None:
    """The verb of making a quota head names without its noun, "Chỉ tiêu kết nạp" → "kết nạp", "Kết nạp mới" → "kết
    nạp"; None for any other head. Why (tgt32d): a Đảng ủy xã's plan prints its chi bộ's quotas under "Chỉ tiêu kết
    nạp" (t31-05), the noun left to the prose above it ("phấn đấu kết nạp 30 đảng viên"): :func:`noun_after_verb`."""
    lower = unicodedata.normalize("NFC", " ".join(head.strip(" *.:").split()).lower()).split()
    quota = _starts_with(lower, _QUOTA_LEADS)
    n = _starts_with(lower[quota:], _MAKE_VERBS + (_QUOTA_VERBS if quota else ()))
    rest = lower[quota + n:]
    if not n or rest not in ([], ["mới"]):
        return None
    return " ".join(lower[quota:quota + n])


def duty_verb(head: str) -> str | None:
    """The verb of a count head that names what each unit must do without its noun, "Số phải mở mới" → "mở", "Số cần
    cấp" → "cấp"; None for any other head.

    Why (tgt42a): a phường's Công văn hands each tổ dân phố the accounts still to open under "Số phải mở mới", beside
    "Đã có tài khoản" (the present): the noun is the one the caption's verb takes ("1. Chỉ tiêu mở tài khoản",
    :func:`noun_in_caption`) or the prose's (:func:`noun_after_verb`)."""
    m = _DUTY_HEAD.match(fold(" ".join(head.strip(" *.:").split())))
    return None if m is None else " ".join(head.strip(" *.:").split())[m.start("verb"):m.end("verb")].lower()


#: "Số phải mở mới", "Số cần cấp", "Số lượng phải tiêm bổ sung" (folded, the whole head): a duty's count, no noun
_DUTY_HEAD = re.compile(r"^(?:so|so luong)\s+(?:phai|can)\s+(?P<verb>[a-z]+(?:\s+[a-z]+)??)(?:\s+(?:moi|them|bo sung))?$")
#: words that end a verb's object in a caption: a time, a place, a share, a clause
_OBJECT_END = re.compile(r"\s+(?:den|trong|tai|tren|cho|cua|theo|nam|giai doan|doi voi|va|nhu sau)(?![a-z])|[,.;:()*]|$")


def noun_in_caption(verb: str, caption: str) -> str | None:
    """The noun the verb ``verb`` takes in a quota table's ``caption`` (its heading and the lines over it): "1. Chỉ tiêu
    mở tài khoản đến hết ngày 30/11/2032" → "tài khoản" for "mở"; four words at most, up to a time, place or clause
    word; None when the caption does not print the verb with a noun."""
    folded = fold(caption)
    if len(folded) != len(caption):
        return None
    for m in re.finditer(rf"(?<![a-z]){re.escape(fold(verb))}\s+(?:moi\s+)?", folded):
        end = _OBJECT_END.search(folded, m.end())
        words = caption[m.end():end.start() if end else len(caption)].split()
        if 0 < len(words) <= _NOUN_MAX_WORDS and not any(w[:1].isdigit() for w in words):
            return " ".join(words).lower()
    return None


#: what may stand between a verb of making and the target's span in the prose: "được", bound words, a share
_AFTER_VERB = re.compile(r"(?:\s+(?:duoc|moi|them|toi thieu|it nhat|tu|tren|khong duoi|khoang))*\s*$")
#: units that are no counted noun: rates, time
_NO_COUNT_UNIT = re.compile(r"^(?:%|ngay|thang|nam|gio|tuan|quy|phut|lan)(?![a-z])")


def noun_after_verb(verb: str, targets, text: str) -> str | None:
    """The unit of the first target among ``targets`` (read from ``text``, the prose) whose figure the verb ``verb``
    governs ("… phấn đấu kết nạp 30 đảng viên …" → "đảng viên" for "kết nạp"), a count's noun, not a rate or a time;
    None when the prose counts nothing after that verb."""
    fv = fold(verb)
    for t in targets:
        if t.span is None or not t.unit or _NO_COUNT_UNIT.match(fold(t.unit)):
            continue
        before = fold(text[max(0, t.span.start - 60):t.span.start])
        if re.search(rf"(?<![a-z]){re.escape(fv)}{_AFTER_VERB.pattern}", before):
            return t.unit
    return None


def count_head_noun(head: str) -> str | None:
    """The noun a plain count head names, "Số học sinh" → "học sinh", "Số lớp" → "lớp" (the words after "Số", four at
    most, or those before what becomes of them: :func:`counted_noun`); None for any other head. The caller reads it
    only where the table's counts can be nothing but its quotas (:func:`.indicator_cells.quota_cells`)."""
    noun = counted_noun(head)
    if noun:
        return noun
    lower = unicodedata.normalize("NFC", " ".join(head.strip(" *.:").split()).lower()).split()
    start = _starts_with(lower, ("số lượng", "số"))
    return " ".join(lower[start:]) if start and 0 < len(lower) - start <= _NOUN_MAX_WORDS else None


def bound_head_noun(lead: str) -> str | None:
    """The noun counted by a quota head that names its column's bound instead of a unit, lower-cased: "Số bản sách tủ
    sách lớp (tối thiểu)" → "bản sách", "Lượt mượn sách học kỳ II (tối thiểu)" → "lượt"; None for a head of money, a
    rate or a size (:data:`_NO_NOUN`: "Diện tích …", "Tỷ lệ …").

    Why (tgt40b): a school's plan hands each khối its floors in a table whose parentheses say "(tối thiểu)" (t39-07):
    the bound is read, but no unit was, so every cell was dropped. A count opens with "Số"/"Số lượng" and its noun is
    the measure word and the thing after it (:func:`count_head_noun` where it tells the noun's end, else two words:
    what follows, "tủ sách lớp", says whose); a head without a count opener opens with its measure word ("Lượt",
    "Buổi", "Suất"); only one of :data:`_MEASURE_WORDS` (fixrev40: "Học sinh đạt giỏi (tối thiểu)", "Điểm trung bình
    (tối thiểu)" open with no measure word — "học", "điểm" are no noun counted), else None."""
    text = " ".join(lead.strip(" *.:").split())
    if not text or _NO_NOUN.match(fold(text)) and not fold(text).startswith("so "):
        return None
    noun = count_head_noun(text)
    if noun:
        return noun
    lower = unicodedata.normalize("NFC", text.lower()).split()
    start = _starts_with(lower, _COUNT_LEADS)
    rest = lower[start:]
    if not rest or start and _NO_NOUN.match(fold(" ".join(rest))):
        return None
    if start:
        return " ".join(rest[:2])
    return rest[0] if rest[0] in _MEASURE_WORDS else None


#: the measure words a head of a count may open with, no "Số" before them (lower case): turns, sessions, portions,
#: times, rounds, copies, periods, trips, and the time given ("Giờ tình nguyện (tối thiểu)", "Ngày công lao động")
_MEASURE_WORDS = frozenset({"lượt", "buổi", "suất", "lần", "cuộc", "đợt", "bản", "cuốn", "tiết", "chuyến", "phiên",
                            "giờ", "ngày"})


#: the words a head of a count opens with before its noun ("Số", "Số lượng", "Tổng số"; lower case)
_COUNT_LEADS = ("tổng số", "số lượng", "số")


def counted_noun(lead: str) -> str | None:
    """The noun a quota head of a count names before what becomes of it, lower-cased: "Số phụ nữ có thai được tiêm
    UV2+" → "phụ nữ có thai". Why (tgt32a): a Sở Y tế's Phụ lục prints its column "Số phụ nữ có thai được tiêm UV2+
    (chỉ tiêu)", the parentheses naming the column's role, not its unit (a30-04): the reader counts its figures in
    pregnant women. Unlike :func:`kind_noun` the head's "Số" is read here as the count's opening, for the caller tells
    by the parentheses that the column is a quota; None when no word after the noun marks where it ends."""
    text = _expanded(" ".join(lead.strip(" *.:").split()))
    lower = unicodedata.normalize("NFC", text.lower()).split()
    start = _starts_with(lower, _COUNT_LEADS)
    if not start:
        return None
    end = next((i for i in range(start + 1, len(lower)) if _starts_with(lower[i:], _AFTER_NOUN)), None)
    if end is None or end - start > _NOUN_MAX_WORDS:
        return None
    return " ".join(lower[start:end])


#: (tgt45t) a count head of what each row needs, its noun between "Số" and "cần": "Số bình chữa cháy cần trang bị thêm",
#: "Số lượng máy bơm cần bố trí", "Số hộ cần hỗ trợ" (lower case, marks kept: "cán" is no "cần")
NEEDED_COUNT_RE = re.compile(r"^(?:số lượng|tổng số|số)\s+(?P<noun>\S+(?:\s+\S+){0,3}?)\s+cần(?!\w)")
#: (tgt46t) … or with no count word before the noun: "Bình cần trang bị thêm", "Máy bơm cần bố trí", "Hộ cần hỗ trợ"
#: (a44-01's per khu phố extinguishers beside "Bình chữa cháy hiện có"); a head of a measure or money before "cần"
#: ("Diện tích cần cải tạo", "Kinh phí cần bổ sung": :data:`_NO_NOUN`) names no noun counted
_NEEDED_BARE_RE = re.compile(r"^(?P<noun>\S+(?:\s+\S+){0,3}?)\s+cần(?!\w)")


def needed_noun(head: str) -> str | None:
    """The noun a need column counts (:data:`NEEDED_COUNT_RE`): each row's figure is what the plan sets out to supply or
    do there, counted in it. Why (tgt45t): a Công an xã's PCCC plan prints per thôn "Số bình chữa cháy hiện có |
    Số bình chữa cháy cần trang bị thêm" (t44-01): the head marks the column as set by need (:data:`.plan_cells._NEED_HEAD`), but
    no parentheses give its unit, and the planned extinguishers were dropped for want of one. Shared by the plan
    and quota table readers (:mod:`.plan_cells`, :mod:`.indicator_cells`). (tgt46t) The count word may be left out,
    the noun opening the head: "Bình cần trang bị thêm" beside "Bình chữa cháy hiện có" (a44-01), as "Máy bơm cần bố
    trí (máy)" (a43's drought plan) opens with its noun; not a measure or money ("Diện tích cần …", "Kinh phí cần …")."""
    lower = unicodedata.normalize("NFC", " ".join(head.split()).strip(" *").lower())
    m = NEEDED_COUNT_RE.match(lower)
    if m:
        return m.group("noun")
    m = _NEEDED_BARE_RE.match(lower)  # (tgt46t) "Bình cần trang bị thêm" → bình
    return m.group("noun") if m and not _NO_NOUN.match(fold(m.group("noun"))) else None


#: (tgt46t) a count of the supply a plan hands out or administers, by its measure word, its estimate word after it
#: (lower case, whole head): "Số liều vắc xin dự kiến", "Số lượng liều vắc xin", "Số suất ăn dự kiến", "Số phần quà"
_SUPPLY_COUNT_RE = re.compile(r"^(?:số lượng|tổng số|số)\s+(?P<noun>(?:liều|suất|phần)(?:\s+\S+){0,3}?)"
                              r"(?:\s+(?:dự kiến|cần dùng))?$")


def supplied_noun(head: str) -> str | None:
    """The noun of a count of what a plan hands out or administers (:data:`_SUPPLY_COUNT_RE`): "Số liều vắc xin dự
    kiến" → "liều vắc xin". Why (tgt46t): a xã's vaccination plan prints per thôn its head of cattle, pigs and dogs (the
    base) and "Số liều vắc xin dự kiến" (a44-05): the doses are what the plan sets out to give there, as t44-05's
    "Vắc xin LMLM (liều)" columns and a gift table's "Số suất" are — unlike "Số hộ dự kiến", "Số người (dự kiến)", "Số
    hồ sơ dự kiến" (a38-02, a37-01, t34-07: an estimate of who or what there is, no goal), whose noun is no measure of
    a supply. Each row's figure is counted in it (the labels of a44-05, t44-05 and a33-04 label each thôn's doses)."""
    m = _SUPPLY_COUNT_RE.match(unicodedata.normalize("NFC", " ".join(head.split()).strip(" *.:").lower()))
    return m.group("noun") if m else None


#: (tgt46t) the day a head's quota is due by, at its end: "… đến 31/12/2034", "… trước ngày 30/6/2035" (lower case)
_DUE_TAIL_RE = re.compile(r"\s+(?:đến|trước)\s+(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}$")


def added_verb(head: str) -> str | None:
    """The verb of a quota head that sets what is still to be done, its noun left out: "Chỉ tiêu cấp thêm đến
    31/12/2034" → "cấp", "Chỉ tiêu kết nạp bổ sung" → "kết nạp" (a quota lead, a verb of :func:`made_verb`'s, "thêm" /
    "bổ sung" / "mới" or nothing, a day it is due by); None for any other head. Why (tgt46t): a huyện's Công văn urging
    the year's certificates prints per xã the year's plan, what was issued to a day and "Chỉ tiêu cấp thêm đến
    31/12/2034" (t44-08): the noun is the one the text counts after that verb ("giao chỉ tiêu cấp 2.400 Giấy chứng
    nhận"), read by the caller."""
    lower = unicodedata.normalize("NFC", " ".join(head.strip(" *.:").split()).lower())
    words = _DUE_TAIL_RE.sub("", lower).split()
    quota = _starts_with(words, _QUOTA_LEADS)
    n = _starts_with(words[quota:], _MAKE_VERBS + _QUOTA_VERBS) if quota else 0
    rest = words[quota + n:]
    if not n or rest not in ([], ["mới"], ["thêm"], ["bổ", "sung"]):
        return None
    return " ".join(words[quota:quota + n])

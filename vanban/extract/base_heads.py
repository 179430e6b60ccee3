"""The heads of a table of figures per row that give the base — what each row has, had or did before the plan — and
those that give what the plan sets: the kind "current | planned" ("hiện có | lắp mới", "thực hiện năm 2034 | kế
hoạch năm 2035", "đến 31/12/2034 | chỉ tiêu năm 2035").

Why (tgt47): a plan prints per thôn, per chi bộ or per indicator the figure each row stands at beside the one it is to
reach or add: "Camera hiện có | Camera lắp mới năm 2035" (a45-05), "Người nghiện có hồ sơ quản lý đến 31/12/2034
(người) | Chỉ tiêu số người nghiện được cai năm 2035 (người) | Người sau cai được quản lý (người)" (a45-01), "Bình chữa
cháy hiện có | Bình cần trang bị thêm" (a44-01), "Số đảng viên hiện có | … | Chỉ tiêu kết nạp năm 2035" (a44-06), "Số hộ
đã đấu nối (đến 31/12/2033) | Chỉ tiêu đấu nối năm 2034 (hộ)" (a43-09), "Tổng số | Đã có tài khoản | Số phải mở mới"
(a40-10). In every such table of the older sets the authors label the planned column row by row and leave the base
(and, beside a column named as set, a count of the same noun not named so): the labels README counts numeric goals,
not where things stand. The column is told by the grammar of the heads, the same whichever reader holds the table
(the quota reader, :mod:`.indicator_cells`; the plan reader, :mod:`.plan_cells`):

* the base (:func:`base_head`): a head of figures reached or held ("hiện có", "hiện trạng", "thực hiện", "ước", "kết
  quả", "lũy kế", "đã …"), or dated before the plan — a day in it ("đến 31/12/2034", "(31/12/2032)") unless a set
  word makes it the day the figure is due by ("Chỉ tiêu thu đến 31/5/2032"), a year earlier than another head's;
* set (:func:`set_head`): a head naming its figure as set ("Kế hoạch …", "Chỉ tiêu …", "Dự kiến …", "Phấn đấu …",
  "Mục tiêu …", "… phải …", "… được giao", "phân bổ");
* (tgt48) the figure given from above (:func:`given_head`): a head naming its figure as handed down by the level
  above ("Dự toán tỉnh giao", "Chỉ tiêu huyện giao", "Kế hoạch được giao") beside a head of the figure the plan itself
  strives for ("Dự toán xã phấn đấu", "Xã đăng ký"): the given figure is the measure the plan's own is set against, the
  base, as "Thực hiện năm 2034" is beside "Kế hoạch năm 2035"; alone, a given figure is the plan's (a xã's table of
  "Chỉ tiêu được giao" per thôn);
* a ratio of two heads ("Tỷ lệ so với dự toán tỉnh giao (%)") is neither: the set word after "so với" names the base
  it is worked out against, not its own figure (:func:`set_head`);
* the plan's twin of a base column (:func:`planned_twin`): a head that counts the base head's own noun and names what
  is new or added ("mới", "thêm", "bổ sung") or the plan's year, not itself the base: "Camera lắp mới năm 2035"
  beside "Camera hiện có", "Trụ đèn năm 2030" beside "Trụ đèn hiện có" — the row's plan in that noun.

Shapes: a head is the printed text of one header cell; the functions are pure. Tests: tests/test_targets_tgt47.py.
"""

from __future__ import annotations

import re

from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["BASE_HEAD", "DAY", "DONE_HEAD", "DONE_HEAD_UNMARKED", "SET_HEAD", "YEAR", "base_head", "given_head",
           "held_head", "latest_year", "planned_twin", "set_head"]

#: a head naming its column's figures as set by the plan (folded, the head's words before its parentheses):
#: :data:`vocab.HEAD_SET_WORDS`
#: (tbl56t) not after the words of a name it is part of (:data:`vocab.HEAD_SET_NAME_LEADS`: "chương trình mục tiêu
#: quốc gia", a programme, no figure set)
SET_HEAD = re.compile("".join(rf"(?<!{re.escape(w)} )" for w in V.HEAD_SET_NAME_LEADS)
                      + V.head_words_re(V.HEAD_SET_WORDS).pattern)
#: a head of figures reached or held, the base beside the plan's (folded): :data:`vocab.HEAD_HELD_FIGURE_WORDS` and
#: "thực hiện"
BASE_HEAD = V.head_words_re(V.HEAD_HELD_FIGURE_WORDS, more="thuc hien")
#: (tgt48) a head naming its figure as handed down ("… tỉnh giao", "… được giao", "phân bổ"; folded):
#: :data:`vocab.HEAD_GIVEN_WORDS` …
_GIVEN = V.head_words_re(V.HEAD_GIVEN_WORDS)
#: … and one naming the figure the plan strives for itself, past the given one ("Dự toán xã phấn đấu", "Xã đăng ký",
#: "Quyết tâm đạt"; folded): :data:`vocab.HEAD_STRIVEN_WORDS`
_STRIVEN = V.head_words_re(V.HEAD_STRIVEN_WORDS)
#: (tgt48) the words of a ratio's base ("Tỷ lệ so với dự toán tỉnh giao", "% so với kế hoạch"; folded): a set word after
#: them names the base the ratio is worked out against
_COMPARED = re.compile(r"\s*(?<![a-z])so\s+voi\s.*$")
#: … and "đã" ("Đã thu đến …", "Đã có"), read with its marks: folded it is "đá" too, the stone a work table counts
#: ("Đá dăm (m³)", tgt43a), and "da"
DONE_HEAD = re.compile(r"(?<!\w)đã(?!\w)")
#: … folded, for a header printed with no marks at all (legacy OCR: "Da co", "Da thu"), where "đã" cannot be told
#: from "đá" and only the phrases of figures held or done say it (the stone's "Đá dăm" keeps its marks in a text layer)
DONE_HEAD_UNMARKED = re.compile(r"(?<![a-z])da\s+(?:co|duoc|thu|thuc hien|hoan thanh)(?![a-z])")
#: the words of figures reached or held a quota table's head may hold (folded): :data:`BASE_HEAD`'s, but "thực hiện"
#: only of a time ("Thực hiện năm 2034", "Ước thực hiện 6 tháng", "Thực hiện đến 31/8/2029") — "Thực hiện nghĩa vụ
#: CAND (công dân)" (t25-06) is the duty each thôn's quota is for
_HELD_FIGURES = V.head_words_re(V.HEAD_HELD_FIGURE_WORDS,
                                more=r"thuc hien(?=\s*(?:$|nam|thang|quy|den|tu|ky|giai doan|\d))")
DAY = re.compile(r"\d{1,2}/\d{1,2}/(?:19|20)\d\d")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: the words of a head naming what the row gets new or more (folded): :data:`vocab.HEAD_ADDED_WORDS`
_ADDED = V.head_words_re(V.HEAD_ADDED_WORDS)
#: the words a base head closes with after its noun (folded): :data:`vocab.HEAD_PRESENT_TAIL_WORDS`
_BASE_TAIL = re.compile(r"\s+(?:" + "|".join(V.HEAD_PRESENT_TAIL_WORDS) + r")$")
#: the words a count's head opens with before its noun (folded)
_COUNT_LEAD = re.compile(r"^(?:so luong|tong so|so)\s+")


def latest_year(header) -> int | None:
    """The latest year any head of ``header`` names ("Kế hoạch năm 2035" beside "Thực hiện năm 2034": 2035)."""
    years = [int(y) for h in header for y in YEAR.findall(h)]
    return max(years) if years else None


def _own_lead(head: str) -> str:
    """The folded words of ``head`` before its parentheses and before a ratio's base ("Tỷ lệ so với dự toán tỉnh giao
    (%)" → "ty le"): what the head names its own figure."""
    return _COMPARED.sub("", V.head_lead(head))


def set_head(head: str) -> bool:
    """``head`` names its figures as set by the plan (:data:`SET_HEAD`, the words before its parentheses, not those of a
    ratio's base after "so với": (tgt48) "Tỷ lệ so với dự toán tỉnh giao (%)" is worked out, not set)."""
    return bool(SET_HEAD.search(_own_lead(head)))


def given_head(head: str, header) -> bool:
    """(tgt48) ``head`` names its figure as handed down by the level above ("Dự toán tỉnh giao", "Chỉ tiêu huyện
    giao") and another head of ``header`` names the figure the plan strives for itself ("Dự toán xã phấn đấu"): the
    given figure is the base the plan's own is set against (see the module). Why: a xã's plan for the year's revenue
    prints per source "Dự toán tỉnh giao | Dự toán xã phấn đấu | Tỷ lệ so với dự toán tỉnh giao (%)" (a46-04, t46-04):
    both authors label the xã's column row by row and leave the province's, the measure it is set against."""
    lead = _own_lead(head)
    if not _GIVEN.search(lead) or _STRIVEN.search(lead):
        return False
    return any(_STRIVEN.search(_own_lead(h)) for h in header if h is not head and " ".join(h.split()) != " ".join(head.split()))


def base_head(head: str, latest: int | None, unmarked: bool = False, header=()) -> bool:
    """``head`` dates or names its figures as the base: a day in it (but in a head naming the figure as set, where the
    day is the one it is due by), a year before ``latest`` (the latest year the header names), words of figures
    reached or held; ``unmarked``: the whole header lost its marks, "đã" read folded (:data:`DONE_HEAD_UNMARKED`);
    (tgt48) a figure given from above beside the one the plan strives for (:func:`given_head`, ``header`` the heads)."""
    one = " ".join(head.split())
    if header and given_head(one, header):
        return True
    done = DONE_HEAD_UNMARKED.search(fold(one.split("(")[0])) if unmarked else DONE_HEAD.search(one.split("(")[0].lower())
    if BASE_HEAD.search(V.head_lead(one)) or done:
        return True
    if DAY.search(one) and not SET_HEAD.search(V.head_lead(one)):
        return True  # "Số thành viên (31/12/2032)": counted on a day; "Chỉ tiêu thu đến 31/5/2032" is due by it
    years = [int(y) for y in YEAR.findall(one)]
    return bool(years and latest and max(years) < latest)


def _last_date(head: str) -> tuple[int, int, int] | None:
    """The latest time ``head`` names, as (year, month, day): a day as printed, a year alone as its last day."""
    days = [(int(y), int(m), int(d)) for d, m, y in re.findall(r"(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)", head)]
    years = [(int(y), 12, 31) for y in YEAR.findall(DAY.sub(" ", head))]
    return max(days + years, default=None)


def held_head(head: str, header) -> bool:
    """``head`` of ``header`` names its figures as the base by its words (figures reached or held: :data:`BASE_HEAD`,
    "đã …") or by its time, one earlier than another head's ("đến 31/12/2034" beside "năm 2035", "(đến 30/4/2029)" beside
    "đến 31/12/2029"), and no set word makes it a figure set for that time ("Chỉ tiêu đấu nối năm 2034 (hộ)" beside
    "… năm 2035", a43-09: both set). Unlike :func:`base_head`, a day alone is no base: "Tỷ lệ hộ phân loại đến 31/12/2029
    (%)" is the rate due by the plan's last day."""
    one = " ".join(head.split())
    if given_head(one, header):
        return True  # (tgt48) "Dự toán tỉnh giao" beside "Dự toán xã phấn đấu"
    if set_head(one):
        return False
    if _HELD_FIGURES.search(V.head_lead(one)) or DONE_HEAD.search(one.split("(")[0].lower()):
        return True
    mine = _last_date(one)
    latest = max((d for h in header if (d := _last_date(h)) is not None), default=None)
    return bool(mine and latest and mine < latest)


def _base_noun(head: str) -> str | None:
    """The noun a base head of the present counts, folded: "Camera hiện có" → "camera", "Số camera đã có" → "camera";
    None for another head."""
    lead = V.head_lead(head)
    m = _BASE_TAIL.search(lead)
    if not m:
        return None
    noun = _COUNT_LEAD.sub("", lead[:m.start()]).strip()
    return noun if 0 < len(noun.split()) <= 3 else None


def planned_twin(header, c: int, latest: int | None = None) -> str | None:
    """The noun, as printed and lower-cased, that head ``c`` of ``header`` counts as the plan's twin of a base column
    (see the module): it opens with the noun a base head of the present counts ("Camera hiện có") and names what is new
    or added or the plan's year (``latest``), not itself the base. None for any other head.

    "Camera lắp mới năm 2035" beside "Camera hiện có" → "camera"; "Số camera lắp mới" beside "Số camera hiện có" →
    "camera"; "Camera hiện có" itself → None."""
    head = " ".join(header[c].split()).strip(" *")
    if base_head(head, latest):
        return None
    lead = V.head_lead(head)
    key = _COUNT_LEAD.sub("", lead)
    for i, other in enumerate(header):
        noun = _base_noun(other) if i != c else None
        if not noun or not re.match(rf"{re.escape(noun)}(?![a-z])", key):
            continue
        rest = key[len(noun):]
        years = [int(y) for y in YEAR.findall(rest)]
        if _ADDED.search(rest) or SET_HEAD.search(rest) or (years and latest and max(years) >= latest):
            at = len(lead) - len(key)
            return " ".join(head.split())[at:at + len(noun)].lower()
    return None

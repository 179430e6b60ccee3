"""What a figure is about: a target's scope ("95% | chất thải rắn sinh hoạt đô thị", "Kết nạp ít nhất 15 | đảng viên
mới", "Tỷ lệ hộ nghèo | dưới 1,2%").

Why: :mod:`.targets` reads where a figure is and whether it is a target; the words that say what it counts are read
from the clause around it by rules of their own — the words after a percentage, the clause's head before a bound,
the counted noun after a count, a share inside a total's breakdown, the task a time limit closes, a label's wrapped
line — and cut to :data:`SCOPE_WORDS`. Moved out of :mod:`.targets` (session 36, ref36b) unchanged; the figure
passes call :func:`figure_scope` (and :func:`limit_task`, :func:`trim_scope`, the label-line helpers
:func:`wrapped_after_colon` and :func:`label_wrapped_before`).
Tests: tests/test_targets*.py (the scopes of the targets read).
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from vanban.extract import patterns as P
from vanban.extract import scope_words as SW
from vanban.extract import target_words as W
from vanban.extract.deadlines import split_subject
from vanban.extract.folded import Folded, clean_quote, kw
from vanban.text import fold

__all__ = ["ITEM_LABEL", "SCOPE_WORDS", "figure_scope", "in_procedure_note", "label_wrapped_before", "limit_task",
           "procedure_limit_scope", "procedure_rows_read", "trim_scope", "wrapped_after_colon", "wrapped_line_start"]


# the label opening a list item ("(3)", "2.1.", "a)"): a line starting with it (or a bullet) is a new
# item, a line without one goes on the sentence the line before wrapped
ITEM_LABEL = r"\(\d+\)|\d+(?:\.\d+)*[.)]|[a-z\u0111]\)"
_SCOPE_STOP = re.compile(
    rf"[,;:()]|\n(?=\s*(?:[-+•*]|{ITEM_LABEL}|\n|$))|"
    r"\.(?!\d)|\s(?:duoc|d[uw]{1,2}[o0d]c|tham gia|hoan thanh|co\s|thuc hien|nam|nam duoc|tro len|tai|tren(?!\s+grdp)|truoc|tr[uw]{1,2}[o06d]c|vao)\s"
    r"|\s(?:va|v[a4])\s+\d|\sso voi\s|\s(?:hang|moi)\s+(?:nam|thang|quy)(?![a-z])"
    r"|\strong\s+(?:thang|quy|\d{1,2}\s+thang)\s"  # "100% khu dân cư | trong tháng 11/2027": the target's period
)
# After a comma, the scope's list goes on with a few more nouns ("nguồn nước thải, khí thải lớn"): no
# figure, no verb or connective opening a clause of its own
_LISTED_NOUNS = re.compile(
    r"\s*(?!(?:trong|tang|giam|dat|phan dau|gop phan|bao dam|dam bao|nang|duy tri|hoan thanh|so voi|"
    r"tuong duong|tuc la|nhung|con|dong thoi|tu|den|va)(?:\s|$))[^\d%]{2,40}?\s*"
)
_CAP_RE = re.compile(rf"^\s*({kw('cap')}\s+[^\s,;.()]+(?:\s+(?!va\s|v[a4]\s)[^\s,;.()]+)?)")
_LISTED_LAST_WORDS = 2  # words of a list's last noun before the verb of what is counted ("phường", "thị trấn")


def figure_scope(f: Folded, cells: tuple[tuple[int, int], ...], m: re.Match[str], s0: int, c0: int, s1: int,
                 unit_end: int, before: str, pct: bool, label: str | None) -> str | None:
    """What the figure ``m`` is about: a share's part of a total's breakdown in its sentence (from ``s0``;
    :func:`_breakdown_share`, :func:`_inline_share`), else a "Label: N unit" line's ``label``, else the words of its
    clause (from ``c0``) to the end of its table cell (``cells``, the layout's) or sentence ``s1`` (:func:`_scope`)."""
    v, o = f.view, f.original
    return _breakdown_share(v, o, s0, m.start()) or _inline_share(v, o, s0, m.start()) or trim_scope(label) \
        or _scope(f, m, c0, _cell_end(cells, m.start(), s1), unit_end, before, pct)


#: a percentage's base, a total, after it: "30% của tổng lợi nhuận …", "20% tổng doanh thu" (folded)
_TOTAL_BASE_AFTER = re.compile(r"\s*(?:cua\s+)?tong\s+(?!so\s)")
_BASE_WORDS = 8  # words of that base kept in the scope
# (ncfix50a) a population or an area after a rate's percentage: "Tỷ lệ phủ sóng 5G trên địa bàn đạt 100% | dân số"
# (144/KH-UBND), "tỷ lệ bao phủ BHYT toàn xã đạt từ 95,5% | dân số trở lên" — the base the rate is taken of, not what
# it counts; the labels write the rate's name with its base ("tỷ lệ dân quân tự vệ so với dân số", "tỷ lệ bao phủ BHYT
# trên dân số toàn xã": 6 documents of the gold sets to 1 with the base alone)
_RATE_BASE_RE = re.compile(r"(?:dan so|tong dan so|so dan|dien tich)(?![a-z])")
_RATE_HEAD_RE = re.compile(r"[\s*_\-+•]*(?:(?:bao dam|dam bao|phan dau)\s+)?t[yi] le\s")


def _scope(f: Folded, m: re.Match[str], s0: int, s1: int, unit_end: int, before: str, pct: bool) -> str | None:
    """What the target is about: the words after a percentage ("95% chất thải
    rắn sinh hoạt đô thị"), else the clause's subject before the number."""
    v, o = f.view, f.original
    scope = None
    if pct:
        up = re.match(r"\s*tr[o6]\s+l[e¢]n(?=\s+[a-z])", v[unit_end:s1])
        if up:  # "có từ 85% trở lên | tổ chức cơ sở đảng …" (a newcomer's Nghị quyết, session 16): what is counted follows
            unit_end += up.end()
        rest = v[unit_end:min(s1, unit_end + 120)]
        stop = _SCOPE_STOP.search(rest + " ")
        cut = None  # where the scope ends in ``rest``: at ``stop`` unless a list's last noun runs on to a verb
        while stop and rest[stop.start():stop.start() + 1] == ",":
            nxt = _SCOPE_STOP.search(rest + " ", stop.end())
            listed = rest[stop.end():nxt.start() if nxt else len(rest)]
            if not _LISTED_NOUNS.fullmatch(listed):
                # "100% các xã, phường | bố trí công chức …" (141/KH-UBND): the list's last noun, then the verb of what
                # is counted — the scope ends at that verb, not at the comma before the noun
                verb = P.ACTION_VERB_RE.search(listed)
                head = listed[:verb.start()] if verb else ""
                if verb and 1 <= len(head.split()) <= _LISTED_LAST_WORDS and _LISTED_NOUNS.fullmatch(head):
                    cut = stop.end() + verb.start()
                break
            stop = nxt  # "100% nguồn nước thải, khí thải lớn tại …": a list of what is counted (case 12)
        if cut is None:
            cut = stop.start() if stop else len(rest)
        scope = clean_quote(o[unit_end:unit_end + cut]) or None
        if scope and re.fullmatch(r"(?:/\s*)?n[aă]m|m[ỗo]i n[aă]m|h[ằa]ng n[aă]m", scope.lower()):
            scope = None
        if scope and SW.FUNCTION_WORDS_ONLY_RE.fullmatch(fold(scope).lower()):
            scope = None  # "từ 95% trở lên | trong năm 2027", "20% | số được xếp loại …": no noun after the figure
        if scope is None or re.match(r"tr[o6]\s+l[e¢]n", fold(scope)):
            scope = _rate_of_act(v, o, s0, _head_scope(v, o, m, s0, before))
        elif _RATE_BASE_RE.match(fold(scope).lower()) and _RATE_HEAD_RE.match(v, s0) \
                and (head := _head_scope(v, o, m, s0, before)) and len(head.split()) >= 3:
            base = re.sub(r"\s+(?:trở lên|trở xuống)$", "", scope).split()[:_BASE_WORDS]
            scope = " ".join([*head.split()[:SCOPE_WORDS - _BASE_WORDS - 2], "so", "với", *base])
        elif _TOTAL_BASE_AFTER.match(v, unit_end) and (P.TARGET_MIN_CUE_RE.search(before) or P.TARGET_MAX_CUE_RE.search(before)) \
                and (head := _head_scope(v, o, m, s0, before)) and len(head.split()) >= 2 and not _AIM_ONLY.fullmatch(fold(head)) \
                and not P.ACTION_VERB_RE.match(fold(head).lower()):  # "Bố trí | tối thiểu 2% tổng chi …": a task, no measure
            # (real41) "Tổng chi phí lãi vay được trừ … | không vượt quá 30% của tổng lợi nhuận …": after the
            # percentage stands the total it is taken of, the base; the bound is about the words before it (the
            # labels write "X so với Y")
            # the measure's name opens the clause (its verb "được" ends it: "… | được trừ khi …"), the total's name
            # opens the base: both cut so that the two fit in SCOPE_WORDS
            head = re.split(r"\s(?:được|phải)\s", head, maxsplit=1)[0] if len(re.split(r"\s(?:được|phải)\s", head)[0].split()) >= 2 else head
            base = re.sub(r"^(?:của|cua)\s+", "", scope).split()[:_BASE_WORDS]
            scope = " ".join([*head.split()[:SCOPE_WORDS - _BASE_WORDS - 2], "so", "với", *base])
    if scope is None and not pct and (P.TARGET_MIN_CUE_RE.search(before) or P.TARGET_MAX_CUE_RE.search(before)
                                      or _MEASURED_REACHES.search(before)):
        head = clean_quote(o[s0:m.start()]).lstrip("-+• ")
        if split_subject(head)[0] is None and not re.search(r"\d", head) \
                and not re.search(r"(?<!\w)(?:phải|cần|nhưng|sẽ|được|trong)(?!\w)", head, re.IGNORECASE):
            # "Thu nhập bình quân đầu người | không dưới 75 triệu đồng/người/năm", "Tổng thu ngân sách … | đạt 50 tỷ
            # đồng trở lên" (a newcomer's Nghị quyết, session 16): no verb, the words before the bound name the measure
            scope = _head_scope(v, o, m, s0, before)
            if scope and _AIM_ONLY.fullmatch(fold(scope)):
                scope = None  # "Phấn đấu có | từ 03 mô hình trở lên được …": the aim's words name no measure
    # "tỉnh X có | ít nhất 20 tập dữ liệu mở", "mỗi chi bộ có | ít nhất một mô hình …": the verb "có" ends no scope; what
    # is had, the counted noun after the figure, goes on it, else the scope is the words before the verb
    has = bool(scope) and not pct and _HAS_BEFORE_FIGURE.search(scope) is not None
    # (nc39b) … nor does a task's verb: "Mỗi năm xây dựng | ít nhất 300 bể chứa …", "Hằng năm đào tạo | 40 lao động …":
    # what the verb acts on, the counted noun after the figure, completes the scope (the verb kept)
    acts = bool(scope) and not pct and not has and _ends_with_verb(scope)
    if not pct and (scope is None or has or acts or len(scope.split()) <= 2):
        noun = _counted_scope(v, o, m.end(), unit_end, s1, bare=acts)
        if noun:  # "Kết nạp ít nhất 15 | đảng viên mới", "Không quá 02 | hộ tái nghèo": the counted noun says what
            lead = re.sub(r"^(?:[Cc]ó|[Kk]hông quá|[Ii]t nhất|[Tt]ối thiểu|[Tt]ối đa)(?:\s+thêm)?\s*", "", scope or "")
            scope = f"{lead} {noun}".strip()
        elif has:
            scope = _HAS_BEFORE_FIGURE.sub("", scope) or None
    if scope is None:
        cap = _CAP_RE.match(v[unit_end:unit_end + 40])
        if cap:
            scope = clean_quote(o[unit_end + cap.start(1):unit_end + cap.end(1)])
    if scope is None:
        head = clean_quote(o[s0:m.start()]).lstrip("-+• ")
        pm = P.PERIOD_RE.search(Folded.of(head).view)
        subj, task = split_subject(head[: pm.start()] if pm else head)
        # a body before the task stays the scope ("Đoàn Thanh niên xã | huy động ít nhất 150 đoàn viên", session 15);
        # words that name none are a name's tail the verb cut off ("… phòng cháy, | chữa cháy | tổ chức diễn tập …")
        named = subj is not None and P.ORG_HEAD_RE.match(fold(subj).lower().lstrip("-+• "))
        scope = (_counted_by_task(o, m.end(), unit_end, task) if subj and not named and not pct else None) or subj
        if scope is None and not pct and (given := _GIVEN_TO.fullmatch(head)) and len(given.group("task").split()) >= 2:
            scope = given.group("task")  # (real50) "Giải quyết việc làm | cho khoảng | 59.000 người"
    return trim_scope(scope)


def wrapped_after_colon(v: str, line_start: int, pos: int) -> int:
    """Where the line of a label's colon starts: ``line_start``, or, when the figure opens its line and the line
    before ends with the label's colon (a hard wrap, no blank line: "… (Trong đó: VNPT:" / "25 trạm, Viettel: 33
    trạm);", 987/KH-UBND), that line's start — the label and its figure are one line wrapped."""
    if v[line_start:pos].strip() or line_start < 2:
        return line_start
    prev = v[:line_start - 1].rstrip(" \t")
    if not prev.endswith(":") or prev.endswith("\n"):
        return line_start
    return v.rfind("\n", 0, len(prev)) + 1


# (tgt38c) the shortest line a hard wrap leaves above its next line: a printed page's full line of running text, not a
# table's cell or a short heading that a line break ends
_WRAP_MIN_WIDTH = 50


#: a line above that no clause runs on from: a table's row ("| … |") or a part's heading ("II. NỘI DUNG …", folded)
_NO_CLAUSE_ABOVE = re.compile(r"[ \t]*(?:\||[ivxl]{1,4}\.\s)")


def wrapped_line_start(v: str, line_start: int) -> int:
    """Where the printed line at ``line_start`` starts as a clause of running text: a legacy page wraps a paragraph's
    lines hard ("… mức hỗ trợ" / "70.000.000 đồng/nhà; sửa chữa 02 nhà, …"; "- Khối cơ quan xã (Đảng ủy, …," / "Ban
    Chỉ huy quân sự xã): 42.000.000 đồng;"), so a reader looking back for its lead words on its own line reads from the
    line above while that one is a full line (:data:`_WRAP_MIN_WIDTH`) closed by no stop and this one opens no list
    item — the same clause the clean form prints on one line. ``line_start`` otherwise (a blank line between, a table's
    short cells, a table row or a roman heading above)."""
    for _ in range(3):
        if line_start < 2 or v[line_start - 1] != "\n" or re.match(r"[ \t]*(?:[-+•*]|\(?[a-z\u0111\d]{1,2}[.)])\s", v[line_start:line_start + 8]) \
                or v.startswith("|", line_start):
            return line_start
        above = v.rfind("\n", 0, line_start - 1) + 1
        prev = v[above:line_start - 1].rstrip(" \t")
        if len(prev) < _WRAP_MIN_WIDTH or prev[-1] in ".;:!?" or _NO_CLAUSE_ABOVE.match(prev):
            return line_start
        line_start = above
    return line_start


def label_wrapped_before(v: str, line_start: int, colon: int) -> int:
    """Where a label before its colon starts when the line above breaks inside it: "…, Viettel: 47 trạm), nâng tổng số
    trạm" / "5G: 188 trạm." (a hard-wrapped plan, 987/KH-UBND) — the label is "nâng tổng số trạm 5G", from the clause
    start on the line above (after its last ",", ";", "(" or ")"), not "5G". ``line_start`` when the line above ends
    with a stop or a mark, is blank, or the label's line opens a list item. (nc39b) A label wrapped whole, the line above
    opening its list item or paragraph with no clause mark in it ("- Thời gian giải quyết theo quy" / "định: 07 ngày …",
    a procedure list hard-wrapped): the label starts on that line, not at "định"."""
    if line_start < 2 or v[line_start - 1] != "\n" or re.match(r"[ \t]*[-+•*]|[ \t]*\d+[.)]\s", v[line_start:colon]):
        return line_start
    above = v.rfind("\n", 0, line_start - 1) + 1
    prev = v[above:line_start - 1].rstrip(" \t")
    if not prev or not prev[-1].isalnum():
        return line_start
    cut = max(prev.rfind(c) for c in ",;()")
    if cut < 0 and (re.match(rf"[ \t]*(?:[-+•*]|{ITEM_LABEL})[ \t]", prev) or above < 2 or v[above - 2] == "\n"):
        return above
    return above + cut + 1 if cut >= 0 else line_start


def _breakdown_share(v: str, o: str, s0: int, pos: int) -> str | None:
    """The scope of a share inside a total's breakdown: "+ Lắp đặt mới trạm 4G: 40 trạm (Trong đó: VNPT: 15 trạm,
    Viettel: 25 trạm)" — each figure in the bracket is the named part's share of the total the line sets ("Lắp đặt mới
    trạm 4G – VNPT"), not the words before it ("15 trạm, Viettel"; a newcomer's 987/KH-UBND, its operators' quotas).
    None when the figure is in no "(Trong đó: X: …" bracket."""
    op = v.rfind("(", s0, pos)
    if op < 0 or ")" in v[op:pos]:
        return None
    opened = W.BREAKDOWN_OPEN_RE.match(v, op)
    colon = v.rfind(":", op, pos)
    if not opened or colon < opened.end() - 1 or v[colon + 1:pos].strip():
        return None
    start = max(v.rfind(",", opened.end(), colon), v.rfind(";", opened.end(), colon), opened.end() - 1) + 1
    part = re.sub(r"\s+", " ", o[start:colon]).strip(" :")
    if not part or len(part.split()) > 6 or re.search(r"\d", part):
        return None
    head = o[s0:op]
    lead = clean_quote(head[:head.rfind(":")]).lstrip("-+•* ").strip() if ":" in head else ""
    return f"{lead} – {part}" if lead else part


def _inline_share(v: str, o: str, s0: int, pos: int) -> str | None:
    """The scope of a share in a total's breakdown run on in its sentence: "Tổng diện tích gieo trồng vụ Đông đạt 120
    ha, trong đó ngô 70 ha, rau màu các loại 50 ha" — 70 ha is the crop's part of the total ("Tổng diện tích gieo trồng
    vụ Đông – ngô"), not a figure about nothing (a newcomer's plan, session 36). The part is the few words right before
    the figure after "trong đó" or the comma of the part before; the total's words, cut at its figure's verb, lead it.
    None when no breakdown opens before the figure in its clause or the words there name no part."""
    opens = [m for m in W.INLINE_BREAKDOWN_RE.finditer(v, s0, pos) if not re.search(r"[;.:()]", v[m.end():pos])]
    if not opens:
        return None
    op = opens[-1]
    start = max(v.rfind(",", op.end(), pos) + 1, op.end())
    part = re.sub(r"\s+", " ", o[start:pos]).strip(" ,")
    if not part or len(part.split()) > 5 or re.search(r"\d", part) or W.BREAKDOWN_PART_LEAD_RE.match(v[start:pos].strip()):
        return None
    total = re.split(r"\s+(?:đạt|là|khoảng|có)\s+|\s*:\s*|\s+\d", clean_quote(o[s0:op.start()]).lstrip("-+•* "), maxsplit=1)[0]
    total = total.strip(" ,")
    return f"{total} – {part}" if total and len(total.split()) <= 10 and not re.search(r"\d", total) else part


def _cell_end(cells: tuple[tuple[int, int], ...], pos: int, s1: int) -> int:
    """``s1``, or the end of the table cell holding ``pos`` when it ends before: "2 | Vận động 100% hộ gia đình ký cam
    kết chấp hành pháp luật | Các tổ dân phố | Quý IV/2026" (the session-18 end newcomer's Phụ lục) — the figure's scope
    ran on over the next cells and the next row ("… pháp luật Các tổ dân phố Quý IV/2026 3 Báo cáo kết quả …")."""
    k = bisect.bisect_right(cells, (pos, float("inf"))) - 1
    if k >= 0 and cells[k][0] <= pos < cells[k][1]:
        return min(s1, cells[k][1])
    return s1


def _counted_by_task(o: str, num_end: int, unit_end: int, task: str) -> str | None:
    """The things a task counts, with the task: "Chỉ đạo lực lượng Cảnh sát phòng cháy, chữa cháy tổ chức diễn tập tại
    | ít nhất 05 xã" → "xã diễn tập" (the session-18 newcomer's Chỉ thị: the scope was "chữa cháy", the
    words before the task, as the labels count the things: "xã, phường được kiểm tra …"); None when the unit is no
    counted noun (money, time, a rate) or the task is too short or long to say what is counted."""
    unit = o[num_end:unit_end].strip()
    fu = fold(unit)
    if not unit or not re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)*", unit) or fu in P.TIME_UNIT_FOLDED \
            or W.MONEY_UNIT_RE.match(fu) or fu in ("lan", "trieu", "ty", "nghin", "ha", "km", "m", "tan", "diem"):
        return None
    task = SW.TASK_TAIL_BEFORE_FIGURE_RE.sub("", task.strip().lower())
    steer = SW.STEERING_LEAD_RE.match(fold(task))
    task = task[steer.end():] if steer else task
    if not task or not 1 <= len(task.split()) <= 12 or re.search(r"\d", task):
        return None
    return f"{unit} {task}"


#: where a counted noun's words end: a clause's mark, a preposition, another figure's "và"/"hoặc" ("60 đến 70 mô hình
#: cấp phường | và 01 đến 02 mô hình cấp Thành phố"), or a line break — unless the next line goes on in lower case (a
#: line the page wrapped: "mô hình cấp\nphường" is one phrase; a seed's scope read "mô hình cấp", session 28)
_COUNTED_STOP_RE = re.compile(r"[,;:().]|\n[ \t]*(?P<next>\w?)|\s(?:so với|trong|tại|trên|vào|trước|đến)\s"
                              r"|\s(?:và|hoặc)\s+(?=\d)", re.IGNORECASE)


def _counted_stop(o: str, start: int, end: int) -> int:
    """Where the counted noun's words after ``start`` end (:data:`_COUNTED_STOP_RE`), ``end`` at the latest."""
    for m in _COUNTED_STOP_RE.finditer(o, start, end):
        if m.group("next") is None or not m.group("next").islower():
            return m.start()
    return end


#: the possession verb "có" closing the words before a count ("Mỗi thôn có | ít nhất 01 …"): the count's, not the scope's
_HAS_BEFORE_FIGURE = re.compile(r"(?:^|\s+)(?:[Cc]ó|có được)\s*$")


def _ends_with_verb(scope: str) -> bool:
    """Whether a task's verb (:data:`patterns.ACTION_VERB_RE`) is the scope's last word: the scope stopped where what
    is acted on starts."""
    sv = fold(scope).lower().rstrip()
    return any(m.end() == len(sv) for m in P.ACTION_VERB_RE.finditer(sv))


def _counted_scope(v: str, o: str, num_end: int, unit_end: int, s1: int, bare: bool = False) -> str | None:
    """The counted noun after a figure and the words that qualify it, to the clause's end ("15 | đảng viên mới", "02 |
    hộ tái nghèo", "5 | mô hình sinh kế mới"); None for a unit of money, time or rate, or a noun per period ("lần/quý").
    ``bare``: the noun alone too, no words after it ("trồng 500 | cây xanh.": what a verb acts on)."""
    unit = " ".join(o[num_end:unit_end].split())  # (ncfix41a) a unit a hard wrap broke ("02 mô⏎hình"): one noun
    fu = fold(unit)
    # (nc39b) after a verb, a unit of up to five words ("bể chứa nước mưa", "bể chứa bao" as the unit reader cuts them)
    if not unit or not re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+){0,%d}" % (4 if bare else 1), unit) or fu in P.TIME_UNIT_FOLDED \
            or W.MONEY_UNIT_RE.match(fu) or fu in ("lan", "trieu", "ty", "nghin", "ha", "km", "m", "tan", "diem") \
            or v[unit_end:unit_end + 1] == "/":
        return None
    after = clean_quote(o[unit_end:_counted_stop(o, unit_end, s1)]).strip()
    after = re.sub(r"^(?:trở lên|tro len)(?:\s+|$)", "", after)  # "từ 03 mô hình | trở lên | được Huyện ủy công nhận"
    if not after and bare:
        return unit
    if not after or len(after.split()) > 8 or re.search(r"\d", after):
        return None
    return f"{unit} {after}"


#: the words of an aim alone (folded), no measure named: "Phấn đấu có", "Phấn đấu đạt", "Mục tiêu có"
#: (session 37) … also with the whole area the aim covers ("Phấn đấu toàn phường có", "Phấn đấu đến cuối năm toàn xã
#: có"): the area is the plan's own, no measure; the counted noun after the figure says what is counted
_AIM_ONLY = re.compile(r"(?:phan dau|muc tieu|chi tieu)(?:\s+(?:den cuoi nam|trong nam))?"
                       r"(?:\s+toan\s+(?:xa|phuong|thi tran|tinh|thanh pho|dang bo|khu vuc))?(?:\s+(?:la|co|dat|co duoc))?")


#: (real50) a task done for the counted people, the figure after its "cho" ("Giải quyết việc làm cho khoảng 59.000
#: người", 0204/KH-UBND's forecast; "Tạo việc làm cho khoảng 60.000 lao động", a23-06's labels: the task is the scope);
#: no figure and no bound in the task's words
_GIVEN_TO = re.compile(r"(?P<task>[^\d%]+?)\s+cho(?:\s+khoảng)?\s*", re.IGNORECASE)


#: "đạt" right before a figure: the words before it name what reaches it; (real50) also with "khoảng", a forecast's
#: approximate figure ("Tổng vốn đầu tư xã hội đạt khoảng 270.000 tỷ đồng", "Kim ngạch xuất khẩu đạt khoảng 8,95 tỷ
#: USD": 0204/KH-UBND's forecasts; a20-02, t20-02, t27-07, t36-02, t41-09 label such a figure's indicator its scope)
_MEASURED_REACHES = re.compile(r"(?<![a-z])dat(?:\s+khoang)?\s*$")


def _head_scope(v: str, o: str, m: re.Match[str], s0: int, before: str) -> str | None:
    """The words of the clause before the figure and its bound word ("Tỷ lệ chất thải rắn … | không dưới 95%"), without
    a closing "đạt", "là"; a clause of one or two words after a comma goes on from the clause before it ("Tỷ lệ chất
    thải rắn sinh hoạt được thu gom, | xử lý | không dưới 95%": the comma joins two verbs of one measure)."""
    cue = P.TARGET_MIN_CUE_RE.search(before) or P.TARGET_MAX_CUE_RE.search(before)
    head_end = m.start() - len(before) + cue.start() if cue else m.start()
    head = clean_quote(o[s0:head_end]).lstrip("-+• ")
    head = re.sub(r"\s+(?:khoảng|khoang)\s*$", "", head)  # (real50) "… đạt khoảng | 270.000 tỷ đồng": a hedge
    head = re.sub(r"\s+(?:đạt|dat|là|la|:|bình quân|binh quan|ở mức|o muc)\s*$", "", head)
    # "Tỷ lệ hộ nghèo | giảm còn | tối đa 1,2%": the change the bound closes is no part of the measure's name
    # ("Tỷ lệ hộ nghèo | kéo giảm xuống | dưới 2%": the "kéo" of "kéo giảm" with it, the newcomer of session 25)
    head = re.sub(r"(?<=\w)\s+(?:kéo\s+)?(?:giảm|tăng)(?:\s+(?:còn|xuống|lên))?\s*$", "", head)
    # "Phấn đấu kéo giảm tỷ lệ tai nạn lao động xuống còn | dưới 1%": the figure is the level the change reaches; the
    # measure is what the change acts on, without the change and the level word
    if SW.LEVEL_REACHED_RE.search(fold(o[s0:m.start()]).lower()) and (lead := SW.CHANGE_LEAD_RE.match(fold(head).lower())):
        head = re.sub(r"(?<=\w)\s+(?:xuống còn|xuống|còn|lên)\s*$", "", head[lead.end():])
    head = re.sub(r"(?<=\w)\s+(?:xuống còn|còn)\s*$", "", head)
    # "Số hộ được công nhận … | không thấp | hơn 90%": the comparison the bound word "hơn" closes is no part of the measure
    head = re.sub(r"(?<=\w)\s+(?:không\s+)?(?:thấp|nhỏ|ít|kém|cao|lớn)\s*$", "", head)
    body, act = split_subject(_ITEM_MARK.sub("", head, count=1)) if head else (None, head)
    if body and act and len(act.split()) >= 2 and P.ORG_HEAD_RE.match(fold(body).lower().lstrip("-+• ")):
        # "Đảng ủy Ủy ban nhân dân tỉnh | chỉ đạo hoàn thành giải ngân vốn đầu tư công | đạt trên 95%": the body and
        # its steering verbs are no part of what the rate measures
        steer = SW.STEERING_LEAD_RE.match(fold(act).lower())
        head = act[steer.end():] if steer and steer.end() < len(act) else act
    if head and len(head.split()) <= 2 and v[:s0].rstrip().endswith(","):
        lo = max(v.rfind(c, 0, s0 - 1) for c in ".;:\n") + 1
        if s0 - lo <= 120:
            head = clean_quote(o[lo:s0]).strip().lstrip("-+• ").rstrip(" ,") + ", " + head
            head = re.sub(r"^\d+(?:\.\d+)*[.)]\s*", "", head)
    return head or None


def limit_task(o: str, c0: int, text_start: int, bare: bool = False) -> str | None:
    """The task a time limit closes: the clause before the limit without its doer ("Bộ phận Văn thư | nộp lưu hồ sơ vào
    Lưu trữ cơ quan | trong thời hạn 10 ngày"); None when the clause names no doer before its task — unless ``bare``:
    then the clause itself, a task put with no doer ("Thí điểm cho phép … tại dự án … | trong thời hạn 05 năm kể từ …",
    a Nghị quyết's article: the limit was a target of nothing)."""
    subject, task = split_subject(clean_quote(o[c0:text_start]).strip().lstrip("-+• ").rstrip(" ,"))
    if bare and not subject and len(task.split()) >= 2:
        return trim_scope(re.sub(r"^\d+(?:\.\d+)*[.)]\s*", "", task))
    return trim_scope(task) if subject and task else None


def _rate_of_act(v: str, o: str, s0: int, head: str | None) -> str | None:
    """A head that is a bare "tỷ lệ" after the aim's words ("…, phấn đấu đạt tỷ lệ | từ 95%") is the rate of the act the
    clause before its comma names, without its doer and the campaign that moves people to it: "vận động nhân dân tham
    gia bảo hiểm y tế, phấn đấu đạt tỷ lệ từ 95%" → "tỷ lệ tham gia bảo hiểm y tế". Else ``head`` as it is."""
    if not head:
        return head
    fh = fold(head).lower()
    aim = SW.AIM_LEAD_RE.match(fh)
    rate = head[aim.end():] if aim else head
    if not SW.BARE_RATE_RE.match(fold(rate).lower()) or not v[:s0].rstrip().endswith(","):
        return head
    comma = len(v[:s0].rstrip()) - 1
    lo = max(v.rfind(c, 0, comma) for c in ".;:\n") + 1
    _, act = split_subject(clean_quote(o[lo:comma]).strip().lstrip("-+• "))
    act = re.sub(r"^\d+(?:\.\d+)*[.)]\s*", "", act)
    moved = SW.MOVED_TO_ACT_RE.match(fold(act).lower())
    act = act[moved.end():] if moved else act
    if not act or len(act.split()) > 12 or re.search(r"\d", act):
        return head
    return f"{rate.strip()} {act}"


_ITEM_MARK = re.compile(rf"^\s*(?:{ITEM_LABEL})\s*(?:ph[ấa]n\s+đ[ấa]u\s+)?", re.IGNORECASE)


#: a scope longer than this many words keeps its last ones (the words nearest the figure)
SCOPE_WORDS = 24


def trim_scope(scope: str | None) -> str | None:
    """The scope without a list item's mark ("(3) Tỷ lệ …", "c) Phấn đấu …") and at most
    :data:`SCOPE_WORDS` words: a clause that runs over hard-wrapped lines starts far before
    the figure, and its last words say what the figure measures."""
    if not scope:
        return scope
    scope = _ITEM_MARK.sub("", scope, count=1)
    # a bracket opened and left open at its end: "kiểm tra (" before "chậm nhất 10 ngày làm việc sau khi …)" (the
    # session-18 final newcomer's step) — the bracket is the figure's, not the scope's
    scope = re.sub(r"\s*[(\[]\s*$", "", scope)
    words = scope.split()
    return " ".join(words[-SCOPE_WORDS:]) or None


# (real46) A list of administrative procedures prints each procedure as a row: "Stt | Mã hồ sơ | Tên thủ tục hành chính
# | Thời hạn giải quyết | … | Ghi chú" (2815/QĐ-UBND, 2776/QĐ-UBND, 1513/QĐ-UBND, 3565/QĐ-UBND). Column names folded.
_LIMIT_HEAD = re.compile(r"^(?:thoi han|thoi gian)\s+(?:giai quyet|thuc hien|xu ly)")
_PROCEDURE_HEAD = re.compile(r"^ten\s+(?:thu tuc|tthc)")
_NOTE_HEAD = re.compile(r"^ghi chu")
_CELL_SLACK = 2


def _row_at(rows: tuple[tuple[tuple[str, int, int], ...], ...], pos: int) -> tuple[tuple[str, int, int], str] | None:
    """The row of a headed data table whose cell holds ``pos``, and that cell's column name (folded), or None."""
    for row in rows:
        if row and row[0][1] - _CELL_SLACK <= pos < row[-1][2]:
            for head, s, e in row:
                if s - _CELL_SLACK <= pos < e:  # (a figure's span may open on the cell's mark: "*Mười (10) ngày …")
                    return row, " ".join(fold(head).replace("*", " ").split())
    return None


def procedure_limit_scope(o: str, rows: tuple[tuple[tuple[str, int, int], ...], ...], pos: int) -> str | None:
    """The scope of a time limit printed in a procedure list's "Thời hạn giải quyết" cell at ``pos``: the procedure its
    row names ("10 ngày làm việc" under "Thời hạn giải quyết", in the row of "Thay đổi, bổ sung, cấp lại giấy chứng
    nhận đăng ký tổ chức khoa học và công nghệ" → "thời hạn giải quyết: Thay đổi, …"); None elsewhere — the cell's own
    words (a case before its limit, "Trường hợp …: 32 ngày") are read by :func:`figure_scope`."""
    found = _row_at(rows, pos)
    if found is None or not _LIMIT_HEAD.match(found[1]):
        return None
    row, head = found
    name = next((" ".join(o[s:e].replace("*", " ").split()) for h, s, e in row
                 if _PROCEDURE_HEAD.match(" ".join(fold(h).replace("*", " ").split()))), None)
    return f"thời hạn giải quyết: {name}" if name else None


def in_procedure_note(rows: tuple[tuple[tuple[str, int, int], ...], ...], pos: int) -> bool:
    """``pos`` lies in the "Ghi chú" cell of a procedure list that has a time-limit column: the note says what changed
    ("Thay đổi thời gian giải quyết từ 15 ngày xuống còn 10 ngày", 2815/QĐ-UBND), the limit is the row's own cell."""
    found = _row_at(rows, pos)
    if found is None or not _NOTE_HEAD.match(found[1]):
        return False
    return any(_LIMIT_HEAD.match(" ".join(fold(h).replace("*", " ").split())) for h, _, _ in found[0])


def _scope_in_own_cell(scope: str | None, o: str, rows: tuple[tuple[tuple[str, int, int], ...], ...], pos: int) -> bool:
    """``scope`` is read from the words of the cell that holds ``pos`` ("Trường hợp …: 32 ngày": the case the limit is
    of). (real50) A scope read across the cell's edge is the tail of the cell before it — the procedure's name wrapped
    over lines, "… trong lĩnh vực báo chí, xuất⏎bản | 03 ngày làm việc" (2969/QĐ-UBND, as the plain text prints the
    row's cells one after another) gave "xuất bản": not the limit's own words."""
    if not scope:
        return False
    found = _row_at(rows, pos)
    cell = next(((s, e) for _, s, e in found[0] if s - _CELL_SLACK <= pos < e), None) if found else None
    return cell is None or " ".join(scope.split()) in " ".join(o[cell[0]:cell[1]].replace("*", " ").split())


def procedure_rows_read(targets: list, o: str, rows: tuple[tuple[tuple[str, int, int], ...], ...]) -> list:
    """``targets`` read against a procedure list's rows (``Layout.headed_rows``): a figure of a "Ghi chú" cell that
    restates its row's limit is no target (:func:`in_procedure_note`), a time limit of a "Thời hạn giải quyết" cell with
    no scope of its own cell's words (:func:`_scope_in_own_cell`) takes its procedure's (:func:`procedure_limit_scope`)
    — whichever reader found them (the prose grammar, the norm tables)."""
    if not rows:
        return targets
    out = []
    limits = {(r[0][1], t.max) for t in targets if t.span and (found := _row_at(rows, t.span.start))
              and _LIMIT_HEAD.match(found[1]) for r in (found[0],)}
    for t in targets:
        at = t.span.start if t.span else None
        if at is None:
            out.append(t)
        elif in_procedure_note(rows, at) and ((_row_at(rows, at)[0][0][1], t.max) in limits):
            continue  # the note restates its row's limit; a step's own limit in the note ("Trong thời hạn 05 ngày …
            # Sở … kiểm tra tính hợp lệ", 2848/QĐ-UBND, fresh2's labels) stays
        elif not _scope_in_own_cell(t.scope, o, rows, at) and (scope := procedure_limit_scope(o, rows, at)):
            out.append(dataclasses.replace(t, scope=scope))
        else:
            out.append(t)
    return out

"""What reads like a task but is none: closing formulas after the last task, lines that only point to an appendix,
bare calls for attention, lists of names or board posts, statements whose subject is an event or the whole
territory, the recipients list after the signature, and appendices of administrative procedures.

Why: the obligation reader (:mod:`vanban.extract.obligations`) finds a body and its words in all of these; the
labelled documents' convention (``realdocs/labeled/README.md``) counts none of them as an obligation. Kept apart
so that each kind of not-a-task is one small, tested predicate.
"""

from __future__ import annotations

import re

from vanban.extract import assignment_words as W
from vanban.extract.deadlines import first_verb
from vanban.extract.folded import Folded, clean_quote
from vanban.structure import vocab as V
from vanban.structure.lines import upper_ratio
from vanban.text import fold


def after_request(who: str, what: str) -> str:
    """The task of a request whose sentence is read whole as the addressee's task (folded): "Bộ Xây dựng đề nghị Ủy ban
    nhân dân các tỉnh, thành phố trực thuộc Trung ương quan tâm, chỉ đạo thực hiện./." (t24-10's last words) → "quan tâm,
    chỉ đạo thực hiện./.", so that the closing formula is known as one; any other task as it is."""
    fw, fwho = fold(what).strip(), fold(who).strip()
    m = re.match(r"[^.;:]{0,80}?\b(?:de nghi|yeu cau)\s+", fw)
    if m and fwho and fw[m.end():].startswith(fwho):
        return fw[m.end() + len(fwho):].strip()
    return fw


def without_pointers(what: str) -> str:
    """``what`` without its ";"-clauses that only point to an appendix ("…, các chi bộ báo cáo kết quả thực hiện về
    Đảng ủy xã; Nhiệm vụ cụ thể theo Phụ lục kèm theo": the plan's line after its last item); unchanged when nothing
    else is left."""
    parts = re.split(r";\s*", what)
    kept = [p for p in parts if not W.APPENDIX_POINTER.match(fold(p).strip())]
    return "; ".join(kept) if kept and len(kept) < len(parts) else what


def without_closing(what: str) -> str:
    """``what`` without the closing formulas printed after its last task ("…; Báo cáo kết quả về Đảng ủy trước ngày
    10/12. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo về … để xem xét, giải quyết. Yêu cầu các
    đơn vị nghiêm túc thực hiện."): the document's last words on the last item's line; unchanged when nothing else is
    left."""
    parts = re.split(r"(?<=\.)\s+(?=\S)", what.strip())  # sentences: a ";" list of bodies ("…, Giám đốc Sở …; Chủ tịch
    # UBND các xã … chịu trách nhiệm thi hành Quyết định này") is one clause
    n = len(parts)
    while n > 1 and (W.CLOSING_SENTENCE.match(v := fold(parts[n - 1]).strip()) or (
            (c := W.CLOSING.search(v)) and c.start() <= 12)):
        n -= 1
    return " ".join(parts[:n]).rstrip(" ;.") if n < len(parts) else what


def mere_attention(what: str) -> bool:
    """``what`` only urges attention ("quan tâm hơn đối tượng này", "quan tâm đến công tác …"): "hơn" / "đến" and no
    verb after "quan tâm" (W.MERE_ATTENTION), where "quan tâm, hướng dẫn, …" or "quan tâm hỗ trợ …" goes on with the
    acts asked."""
    view = Folded.of(what.strip()).view
    m = W.MERE_ATTENTION.match(view)
    if m is None:
        return False
    rest = view[m.end():].lstrip(" ,")
    v = first_verb(rest)
    return not (v is not None and v.start() == 0)


def names_only(what: str) -> bool:
    """``what`` is only a list of capitalised names ("Tài chính, Nông nghiệp và Môi trường, Xây dựng, Công Thương, Tư
    pháp": the fields of the ministries a recipients line names), each short: no task."""
    parts = [x.strip() for x in re.split(r"[,;]|\svà\s", what.strip(" .;")) if x.strip()]
    if parts and len(parts[0].split()) >= 4 and (v := first_verb(Folded.of(parts[0]).view)) is not None and v.start() == 0:
        return False  # "Tuyên truyền về CCHC trên Báo và Phát thanh, Truyền hình tỉnh": a verb and its object, a task
        # whose object names bodies (a field's name alone, "Xây dựng", is two words and stays a name)
    return len(parts) >= 3 and all(x[:1].isupper() and len(x.split()) <= 6 for x in parts)


#: (ncfix50a) a list of days or times opening the text after a label's colon (folded): "Ngày cuối cùng của năm âm
#: lịch, ngày mùng 01, 02 tết Nguyên đán" (66/2025/NQ-HĐND: the fee-free days of three temples), "Ngày Di sản văn hóa
#: Việt Nam 23/11", "Các ngày lễ, Tết", "Thời gian: …"
_DAYS_OPENING = re.compile(r"[\s*_]*(?:cac\s+)?(?:ngay|thoi gian|thoi diem|dip|thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)(?![a-z])")


def days_only(what: str) -> bool:
    """``what`` only lists days or times, with no verb ("Đối với các di tích đền Bạch Mã …, đình Kim Ngân …: | Ngày
    cuối cùng của năm âm lịch, ngày mùng 01, 02 tết Nguyên đán." under "Thời gian không thu phí"): when a rule applies
    to the bodies the label names, no act asked of them — no body acts, no obligation (the labels count none)."""
    view = Folded.of(what.strip()).view
    return _DAYS_OPENING.match(view) is not None and first_verb(view) is None


def posts_only(what: str) -> bool:
    """``what`` only names the posts that hold a seat of a board ("Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội",
    "Trưởng phòng Kinh tế; Chánh Văn phòng HĐND và UBND xã; …; Trưởng các thôn"): each part after a ";" opens with a
    post's title (:data:`assignment_words.POST_TITLE`), is short and holds no task verb — a composition, no task. A
    school folds like the post ("Trường học (TC5): số trường đạt chuẩn …", a criterion's row, t31-10): no title."""
    # (the post may follow the courtesy word: "- Tổ trưởng: đồng chí Phó Chủ tịch UBND phường phụ trách kinh tế;", a
    # team's leader in a ward's revenue plan, t34-03)
    parts = [re.sub(r"^(?:[Đđ]ồng\s+chí|[Ôô]ng|[Bb]à)\s+(?=[A-ZĐ])", "", x.strip())
             for x in what.strip(" .;").split(";") if x.strip()]
    return bool(parts) and all(W.POST_TITLE.match(fold(x)) and not re.match(r"[\s*]*(?:Trường|TRƯỜNG)\b", x)
                               and len(x.split()) <= 14
                               and first_verb(Folded.of(x).view) is None for x in parts)


def persons_only(what: str) -> bool:
    """``what`` only names members by courtesy title or rank, name and offices, each part after a ";" one person
    (:data:`assignment_words.MEMBER_ONLY`): "2. Phó Trưởng Ban Thường trực: Ông Võ Đức Thắng, Phó Chủ tịch Ủy ban nhân
    dân tỉnh." and "4. Các Ủy viên:" over "- Ông Lê Văn Phúc, Phó Giám đốc Sở …;", "- Đại tá Trương Công Minh, …;" in
    Điều 1 of a Quyết định thành lập Ban Chỉ đạo (a21-04) — who sits in the board, no task (the labels: a roster is a
    composition, not obligations; the board's and the roles' tasks are set in the Điều after it)."""
    parts = [x.strip() for x in what.strip(" .;").split(";") if x.strip()]
    return bool(parts) and all(W.MEMBER_ONLY.match(x) and not W.MEMBER_COMMA_HEAD.match(x) for x in parts)


def seat_only(who: str) -> bool:
    """``who`` closes with the seat its post takes in a team ("Phó Chủ tịch UBND phường phụ trách kinh tế làm Trưởng
    đoàn", the first of a composition "gồm: … làm Trưởng đoàn; … làm Phó Trưởng đoàn; thành viên là …"): who sits
    where, not a body charged with the clauses after it (the labels: a composition is a description, no assignment)."""
    return bool(W.SEAT_WHO.search(fold(who).rstrip(" .:;")))


def working_mode(who: str) -> bool:
    """``who`` closes with how the body works ("Các thành viên Ban Chỉ đạo làm việc theo chế độ kiêm nhiệm", the
    subject the actor reader ran on to the first task verb, "thực hiện nhiệm vụ do Trưởng ban phân công"): a rule of
    the board's make-up, no body charged (W.WORKING_MODE_WHO)."""
    return bool(W.WORKING_MODE_WHO.search(fold(who).rstrip(" .:;,")))


def no_body_statement(clause: str) -> bool:
    """``clause`` opens with an event or the whole territory as its subject, then a verb: "Lễ ra quân cấp tỉnh tổ chức
    …", "Toàn tỉnh ra mắt ít nhất 20 mô hình …" (W.NO_BODY_SUBJECT): a statement no body is charged with."""
    v = Folded.of(re.sub(r"^[\s\-–+•*]+", "", clean_quote(clause))).view
    m = W.NO_BODY_SUBJECT.match(v)
    if not m or not v[m.end():m.end() + 1].isspace():
        return False
    rest = v[m.end():].lstrip()
    verb = first_verb(rest)
    return (verb is not None and verb.start() == 0) or bool(W.MORE_VERBS.match(rest))


def recipients_left(text: str) -> bool:
    """Text after the signature that opens with a recipients list ("- Các Tập đoàn, TCT: EVN, VEC;"
    / "- VPCP: BTCN, …;" / "- Lưu: VT, …"), not with a "Phụ lục" heading."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:6]
    if not lines or V.APPENDIX_RE.match(lines[0]) or any(upper_ratio(ln) > 0.8 for ln in lines[:2]):
        return False  # "PHỤ LỤC …", "KẾ HOẠCH …": a heading opens a real appendix
    ended = [ln for ln in lines if len(ln) < 160 and ln.endswith(";")]
    return (len(ended) >= 2 and any(ln[:1] in "-–+•" for ln in ended)) or bool(re.match(r"[-–+•]?\s*L[ưu]u\s*:", lines[0]))


def describes_procedures(view: str) -> bool:
    """The folded text describes administrative procedures (thủ tục hành chính): three or more of
    their fields (Trình tự thực hiện, Cách thức thực hiện, Thành phần hồ sơ, Thời hạn giải quyết, Cơ
    quan thực hiện, …) open its lines."""
    fields = {re.sub(r"^[\W\d]*(?:[a-zđ]\)\s*)?", "", m.group().strip())[:12] for m in W.PROCEDURE_FIELD.finditer(view)}
    # a regulation's prose also speaks of "cơ quan thực hiện", "thành phần hồ sơ", "phí, lệ phí" (163-2025-QD-CTUBND,
    # 88-2025-QD-UBND): a procedure has its steps, its way of filing, its time limit or its legal basis too
    return len(fields) >= 3 and bool(fields & W.PROCEDURE_CORE)


def no_task_appendix(head: str) -> bool:
    """The folded opening of an appendix (its first ~300 characters) heads rows that assign no task: the internal
    steps of handling administrative procedures ("QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH …", whose rows
    name who handles each step), a list of procedures ("DANH MỤC THỦ TỤC HÀNH CHÍNH …") or spending levels ("NỘI DUNG CHI VÀ MỨC CHI …", whose rows price a board's work)."""
    head = " ".join(head.split())
    return bool(W.PROCEDURE_FLOW_HEADING.search(head) or W.SPENDING_SCALE_HEADING.match(head)
                or W.PROCEDURE_LIST_HEADING.match(head))


def a_right(what: str) -> bool:
    """``what`` grants a right, not a task: its first clause opens, within a few words, with "có quyền" / "được quyền"
    ("có quyền kiến nghị bằng văn bản", "cung cấp dữ liệu có quyền chấm dứt việc kết nối …"; W.RIGHT_OPENING) and says no
    duty before it (the labels of t29-08 and t32-07 list no right as an obligation)."""
    first = re.split(r"[;.:]\s", fold(what).strip(), maxsplit=1)[0] + " "
    m = W.RIGHT_OPENING.match(first)
    return bool(m) and not W.RIGHT_THEN_DUTY.search(first, m.end())  # "được quyền … và phải báo cáo": a duty


def cases_lead(what: str) -> bool:
    """``what``'s first clause is the lead of a list of cases with no duty in it: "… tạm ngừng cung cấp dịch vụ chia
    sẻ dữ liệu cho tất cả các cơ quan … trong trường hợp sau:" (384-QĐ/TW, Điều 15) says when a body may act, not what it
    must do; "… phải thông báo … trong các trường hợp sau:" keeps its duty."""
    first = re.split(r"[;.]\s", fold(what).strip(), maxsplit=1)[0]
    return bool(W.CASES_LEAD_END.search(first)) and not W.ROLE_DUTY.search(first)


def under_cases_lead(view: str, at: int) -> bool:
    """The folded ``view``'s lettered item at ``at`` ("d) Cơ quan, tổ chức khai thác dữ liệu không có nhu cầu …") is a
    case of the lead before it ending "… trong các trường hợp sau:" (only lettered items between): a condition."""
    line = view.rfind("\n", 0, at) + 1
    if not W.CASE_ITEM_AT.match(view, line):
        return False
    pos = line
    for _ in range(40):  # back over the lettered items to the line they hang from
        prev = view.rfind("\n", 0, max(pos - 1, 0)) + 1
        if prev >= pos:
            return False
        # the line before may be the wrapped tail of an item or its lead: walk back to a line that opens an item or
        # ends with the lead's colon
        chunk = view[prev:pos].rstrip()
        if chunk.endswith(":"):
            lead_start = max(view.rfind("\n\n", 0, prev), view.rfind(". ", 0, prev), 0)
            return bool(W.CASES_LEAD_END.search(" ".join(view[lead_start:prev + len(chunk)].split())))
        pos = prev
    return False

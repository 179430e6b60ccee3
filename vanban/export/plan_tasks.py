"""The task sentences of a plan's tasks part that no checklist row covers, as undated rows of a body not named.

Why: a plan's "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM" states most of its tasks with no body and no date ("Đẩy mạnh
cung cấp dịch vụ công trực tuyến; …", "Định kỳ 6 tháng kiểm tra, đánh giá an toàn thông tin …"); the checklist listed
only the sentences with a dated deadline (or a ";"-clause beside one), so half the plan's work had no row to tick
(the demo plan's III.3, III.5, session 28). Read from the outline's parts and the document text
(:class:`vanban.export.plan_places.PlanPlaces`); the obligations the bench scores are left as they are.

Shapes: :func:`plan_task_rows` takes the checklist's rows (``ChecklistItem``), the places and the targets, and
gives the new rows (``ChecklistItem``, who ``"(chưa xác định)"``, offsets into the document text).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from vanban.export.plan_places import ITEM_LABEL_RE, PlanPlaces, heading_end
from vanban.text import fold, fold_flat

__all__ = ["APPENDIX_POINTER_RE", "LABEL_COLON_RE", "LIST_CLOSER_RE", "NOT_TASK_OPENING_RE", "PARAGRAPH_BREAK_RE", "PRINCIPLE_RE", "RANK_RE", "STATE_HEAD_RE", "STATEMENT_RE", "TASKS_LIST_RE", "TASKS_PART_RE", "is_task", "list_items", "plan_task_rows", "task_sentences", "with_task_rows"]

#: the heading of a plan's tasks part (folded, lower case): "Nhiệm vụ, giải pháp", "Nhiệm vụ trọng tâm", "Các nhiệm
#: vụ, giải pháp chủ yếu", "Giải pháp thực hiện"; a Party plan's "Nội dung trọng tâm", "Nội dung thực hiện", "Nội dung"
TASKS_PART_RE = re.compile(r"^(?:(?:cac|nhung)\s+)?(?:nhiem vu|giai phap|noi dung(?:\s+(?:trong tam|chu yeu|thuc hien|cong viec))?$)(?![a-z])")
#: a tasks part that is no tasks part: its heading also names aims, targets, the organisation or results
#: ("Mục tiêu, nhiệm vụ", "Nhiệm vụ và tổ chức thực hiện", "Kết quả thực hiện nhiệm vụ")
NOT_TASKS_RE = re.compile(r"muc (?:tieu|dich)|chi tieu|yeu cau|to chuc thuc hien|ket qua|danh gia|tinh hinh")
#: the heading of a part inside a tasks part that states how things stand, no tasks (folded, lower case): "Hiện
#: trạng", "Thực trạng", "Tình hình …", "Đánh giá thực trạng", "Kết quả đạt được"
STATE_HEAD_RE = re.compile(r"(?:hien trang|thuc trang|tinh hinh|danh gia (?:thuc trang|tinh hinh|ket qua)"
                           r"|ket qua (?:dat duoc|thuc hien))(?![a-z])")
#: the words that announce a part's items as its tasks (folded, lower case): "Các nhiệm vụ
#: trọng tâm bao gồm:", "Các nhiệm vụ cụ thể như sau:", "những nhiệm vụ chủ yếu sau:"
TASKS_LIST_RE = re.compile(r"(?:cac|nhung)\s+nhiem vu(?:\s+(?:trong tam|chu yeu|cu the|uu tien|trong diem))?\s+"
                           r"(?:bao gom|gom(?:\s+co)?|nhu sau|sau day|sau)\s*:")
#: where a part's text parts into sentences: after a full stop before a capital (never at ";": a sentence's clauses
#: stay together, as the checklist's sources keep them)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ỹ\u0110])")
#: a sentence that elaborates the task before it, or names a matter, not a task (folded, lower case)
NOT_TASK_OPENING_RE = re.compile(r"(?:trong do|theo do|viec|dac biet|doi voi|ket qua|hien nay|(?:nguon )?kinh phi|nguon von)(?![a-z])")
#: a sentence stating what a thing is or holds: its verb "là", "bao gồm", "như một" within its first words
STATEMENT_RE = re.compile(r"(?:\S+\s+){1,8}?(?:la|bao gom|gom|nhu mot|duoc (?:do luong|xac dinh|hieu))[\s:]")
#: a sentence that ranks a task, not one to do: its opening phrase "là" what the plan holds it for ("Đẩy mạnh nghiên
#: cứu, phát triển và ứng dụng công nghệ số mới là điều kiện tiên quyết để bứt phá …", "Tăng cường kiểm tra là nhiệm
#: vụ trọng tâm …") — checked after a task verb's opening (folded, lower case)
RANK_RE = re.compile(r"(?:\S+\s+){1,16}?la (?:dieu kien|yeu to|dong luc|nen tang|tien de|khau|"
                     r"nhiem vu|giai phap) (?:tien quyet|then chot|quan trong|trong tam|hang dau|co ban|cot loi|dot pha)")
#: a sentence that states a principle, no act (folded, lower case): a maxim of what cannot be without a thing ("Không
#: có bảo đảm về nguồn lực thì không thể nói đến sự bền vững …") or a bar set on a short subject ("Phát triển số
#: không được đánh đổi môi trường sống …": its first word a task verb, its subject the noun it makes) — 144-KH-UBND
#: V.6, V.7.c; a task's own "không được" follows a comma ("Thực hiện nghiêm, không được chậm trễ") or bounds its
#: time ("… không được trễ hơn tháng 5", "không được để …")
PRINCIPLE_RE = re.compile(r"(?:(?:khong co|thieu|neu khong)\s[^.;,]{1,100}?\s+thi\s+khong(?:\s+the)?\s"
                          r"|(?:[^\s,;:]+\s+){1,4}?khong (?:duoc|the)\s+(?!(?:de|tre|cham|muon|qua|vuot)\b))")
#: a sentence that names a matter and lists what it holds: a few words and a colon ("Kinh phí thực hiện Kế hoạch …:
#: Ngân sách nhà nước; …", "Nguồn kinh phí thường xuyên chi để thực hiện …: Nghiên cứu, …") — a task opens with its
#: verb (checked first), or its colon opens its object's list ("Ưu tiên thử nghiệm giao dịch dữ liệu như: Dữ liệu …")
LABEL_COLON_RE = re.compile(r"[^:;.]{1,120}(?<!\bnhu)(?<!\bgom)(?<!\bla):\s")
#: fewer words than this are no task (a stray line, a caption)
MIN_WORDS = 4
#: a list's closing item, the last clause of its sentence (folded, lower case): "…; các nhiệm vụ khác thuộc Kế hoạch
#: có tính chất chi thường xuyên.", "… và các nguồn kinh phí hợp pháp khác."
LIST_CLOSER_RE = re.compile(r"(?:^|[;,:]\s*)(?:va\s+)?cac\s+[^;,:]*\bkhac\b[^;,:]*$")
#: where a paragraph ends between two sentences: a blank line, or a line opening a bullet or an item's label
PARAGRAPH_BREAK_RE = re.compile(r"\n\s*\n|\n\s*(?:[-+•*]|[a-zđ]\)|\d+(?:\.\d+)*\.)\s")


def _tasks_parts(places: PlanPlaces) -> list[dict]:
    """The plan's tasks parts: its top parts headed as tasks (:data:`TASKS_PART_RE`), and those whose text announces
    the tasks its items list (:data:`TASKS_LIST_RE`: "1.1. Nông nghiệp ⏎ Phát triển nông nghiệp số … Các nhiệm vụ
    trọng tâm bao gồm: ⏎ a) …" under "IV. PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ NGÀNH, LĨNH VỰC", 179-KH-UBND: a plan's
    tasks set out by sector under a heading that names none) — never one headed as aims, organisation or results."""
    def heading(p: dict) -> str:
        return fold_flat(p.get("heading") or "")

    def announces(p: dict) -> bool:
        return bool(TASKS_LIST_RE.search(fold_flat(places.text[p.get("start", 0):p.get("end", 0)])))

    return [p for p in places.parts if not NOT_TASKS_RE.search(heading(p))
            and (TASKS_PART_RE.match(heading(p)) or announces(p))]


def _leaves(part: dict, text: str) -> list[dict]:
    """The parts under ``part`` that hold no part, in order; a part's own text before its first part is a leaf too
    (its heading and opening: "2. Triển khai rà soát … mô hình mới theo Hướng dẫn số 15-HD/BTGDVTU." before the
    paragraph "Dự kiến đầu tháng 10/2025: …" the outline read under it — left out, its tasks had no row)."""
    kids = part.get("children") or []
    if not kids:
        return [part]
    if _lists_its_bullets(text[part.get("start", 0):kids[0].get("start", 0)], kids, text):
        # "b) Xây dựng … các nền tảng …, bao gồm:" / "- Nền tảng …;": one task, its heading the task's opening words
        return [{**part, "children": [], "heading": None}]
    own = [{**part, "end": kids[0].get("start", 0), "children": []}] if kids[0].get("start", 0) > part.get("start", 0) else []
    # "1. Hiện trạng" under "II. NỘI DUNG THỰC HIỆN" (987-KH-UBND): the state of things, its sentences no tasks
    return own + [leaf for k in kids if not STATE_HEAD_RE.match(fold_flat(k.get("heading") or ""))
                  for leaf in _leaves(k, text)]


#: a bullet's label: its members of a list ("- Nền tảng quản lý dược;")
_BULLET_LABEL_RE = re.compile(r"^[-–+•*]$")


def _lists_its_bullets(own: str, kids: list[dict], text: str) -> bool:
    """A part's own text ``own`` opens a list with its colon ("b) Xây dựng, tổ chức triển khai … một số nền tảng quốc gia
    …, bao gồm:") and its children are only the bullets that list it, each a leaf naming a thing, none opening with a
    task verb: the members of its task's object (179-KH-UBND IV.6.b), no tasks of their own — rows "Nền tảng quản lý
    dược" named no act. Bullets that open with their verbs ("3. Phát động Phong trào … trong đó:" / "- Triển khai thực
    hiện công tác dân vận …", the seed plan 13-KH/ĐU) are tasks, a row each."""
    own = own.rstrip(" *\n")
    if not own.endswith(":"):
        return False
    for k in kids:
        if not _BULLET_LABEL_RE.match(k.get("label") or "") or k.get("children"):
            return False
        words = fold_flat(text[k.get("start", 0):k.get("end", 0)]).lstrip("-–+•* ")
        if opens_with_task_verb(words):
            return False
    return True


def task_sentences(places: PlanPlaces) -> list[tuple[int, int, str]]:
    """(start, end, sentence) of each sentence of the tasks parts' items, their headings left out (an item
    "1. Tăng cường sự lãnh đạo …" heading its paragraph is no task of its own, :func:`vanban.export.plan_places.heading_end`); lines joined by
    spaces."""
    from vanban.extract.assignment_words import META_LINE

    out: list[tuple[int, int, str]] = []
    text = places.text
    for part in _tasks_parts(places):
        for leaf in _leaves(part, text):
            a, b = leaf.get("start", 0), leaf.get("end", 0)
            if not leaf.get("children") and META_LINE.match(fold_flat(text[a:b])):
                # "Đơn vị thực hiện: Các Sở, ngành …", "Thời gian thực hiện: Thường xuyên." under a task block: the
                # block's unit or time, read with its task (a row of its own had the unit's names as its task)
                continue
            own = heading_end(text, a, b, leaf["heading"]) if leaf.get("heading") else None
            if own is not None:
                a = own  # the item's (or the part's) heading
            else:
                a += len(m.group(0)) if (m := ITEM_LABEL_RE.match(text, a, b)) else 0  # "1. Tổ chức …": its label
            pos = a
            for m in [*_SENTENCE_END.finditer(text, a, b), None]:
                stop = m.start() if m else b
                raw = text[pos:stop]
                lead = len(raw) - len(raw.lstrip())
                words = " ".join(raw.split())
                if len(words.split()) >= MIN_WORDS:
                    out.append((pos + lead, pos + len(raw.rstrip()), words))
                pos = m.end() if m else b
    return out


def opens_with_task_verb(view: str) -> bool:
    """The folded, lower-case ``view`` opens with a task verb (``patterns.ACTION_VERB_RE`` or
    ``assignment_words.MORE_VERBS``): the one test of a task's opening the export's row readers share."""
    from vanban.extract import assignment_words as W
    from vanban.extract import patterns as P

    return bool(P.ACTION_VERB_RE.match(view) or W.MORE_VERBS.match(view))


def is_task(words: str) -> bool:
    """A sentence that states a task: it opens with a capital, announces no list (no closing ":"), elaborates no task
    before it (:data:`NOT_TASK_OPENING_RE`: "Trong đó, …") and states no fact (:data:`STATEMENT_RE`: "Hạ tầng số …
    bao gồm …") — unless it opens with a task verb or a cycle ("Định kỳ 6 tháng kiểm tra …") and ranks no task
    (:data:`RANK_RE`: "… là điều kiện tiên quyết …"). Not: a sentence's tail cut off by a part's edge ("lực dữ liệu
    trong …"), a list's opening ("Các nhiệm vụ trọng tâm gồm có:"), a label's list (:data:`LABEL_COLON_RE`)."""
    from vanban.extract.due_words import SCHEDULE_OPENING_RE

    if not words[:1].isupper() or words.rstrip().endswith(":"):
        return False
    view = fold_flat(words)
    if PRINCIPLE_RE.match(view):
        return False
    if opens_with_task_verb(view) or SCHEDULE_OPENING_RE.match(view):
        return not RANK_RE.match(view)
    return not (NOT_TASK_OPENING_RE.match(view) or STATEMENT_RE.match(view) or LABEL_COLON_RE.match(view))


#: a sentence that points to the appendix for the tasks, no task of its own (folded, lower case): "Các nhiệm vụ cụ thể
#: tại Phụ lục kèm theo", "Nhiệm vụ, giải pháp chi tiết theo Phụ lục I đính kèm", "(Có Phụ lục kèm theo)"
APPENDIX_POINTER_RE = re.compile(r"^\(?(?:(?:cac|nhung)\s+)?(?:(?:nhiem vu|giai phap|noi dung|cong viec)[\s,]*(?:va\s+)?)*"
                                 r"(?:cu the|chi tiet|trong tam|chu yeu)?\s*(?:co\s+)?(?:tai|theo|o|trong|nhu)?\s*"
                                 r"(?:cac\s+)?phu luc(?![a-z])[^.;:]{0,40}$")


def _points_to_appendix(words: str, s: int, items: Sequence, places: PlanPlaces) -> bool:
    """The sentence points to the appendix for the tasks (:data:`APPENDIX_POINTER_RE`) and the checklist has rows of
    that appendix (its table's or its items', offsets inside an appendix part): the appendix's rows are the tasks, the
    pointer is none (case 19: "I. Nhiệm vụ ⏎ Các nhiệm vụ cụ thể tại Phụ lục kèm theo" was a row of no body)."""
    if not APPENDIX_POINTER_RE.match(fold_flat(words).strip(" .")):
        return False
    spans = [(p.get("start", 0), p.get("end", 0)) for p in places.parts if p.get("kind") == "appendix" and p.get("start", 0) > s]
    return any(it.start is not None and any(a <= it.start < b for a, b in spans) for it in items)


def _key(s: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(s).lower()).split())


#: a row's task covers a sentence whose words hold it this closely (rapidfuzz partial ratio of the folded keys): an
#: archive stored without offsets or sources (an older one) still knows its rows by their task text
TASK_TEXT_RATIO = 90


#: a row whose task opens with the sentence's first words, this many, covers it: the plan's body restates a task its
#: appendix table gives a body and a time ("Triển khai ký số từ xa theo hướng ưu tiên phổ cập …" in III.1.e and in the
#: table's row 5.6 of Sở Khoa học và Công nghệ, 179-KH-UBND: listed twice, once with no body)
SAME_OPENING_WORDS = 8
#: openings every body's task shares, which tell no task apart (folded, lower case)
ROLE_OPENING_RE = re.compile(r"(?:chu tri|phoi hop|tham muu|to chuc thuc hien|trien khai thuc hien|thuc hien)(?![a-z])")


def _same_opening(key: str, what_head: list[str]) -> bool:
    head = key.split()[:SAME_OPENING_WORDS]
    return len(head) == SAME_OPENING_WORDS and not ROLE_OPENING_RE.match(key) and what_head == head


class _KeyedItem(NamedTuple):
    """A checklist row with its folded keys (:func:`_key`), made once per plan: :func:`_covered` compares every task
    sentence with every row, and folding each row's task and source again per sentence was most of the document
    page's time (179-KH-UBND: 229 sentences × 344 rows, 78,000 foldings, ~10 s of a page the server's other requests
    waited behind)."""
    item: object
    what: str
    what_head: list[str]
    source: str
    long_enough: bool


def _keyed_items(items: Sequence) -> list[_KeyedItem]:
    out = []
    for it in items:
        what = _key(it.what or "")
        words = what.split()
        out.append(_KeyedItem(it, what, words[:SAME_OPENING_WORDS], _key(it.source) if it.source else "",
                              len(words) >= MIN_WORDS))
    return out


def _covered(start: int, end: int, words: str, keyed: Sequence[_KeyedItem]) -> bool:
    from rapidfuzz import fuzz

    key = _key(words)
    for k in keyed:
        it = k.item
        if _same_opening(key, k.what_head):
            return True
        if it.start is not None and it.end is not None and it.start < end and start < it.end:
            return True
        if it.source and key and key in k.source:
            return True
    # the fuzzy match last, over every row, once no row covers it plainly (the same answer: any row, any way): it is
    # the costly one, and the cutoff lets rapidfuzz stop early
    return bool(key) and any(k.long_enough and fuzz.partial_ratio(k.what, key, score_cutoff=TASK_TEXT_RATIO)
                             for k in keyed)


def _opens_list(words: str) -> bool:
    """A sentence whose colon opens a list it runs to its end: a label's ("Nguồn kinh phí thường xuyên chi để thực
    hiện …: Nghiên cứu, …") or a task's ("Củng cố, kiện toàn Ban Chỉ đạo …, bao gồm: Trưởng Ban …; thành viên …")."""
    _, colon, rest = words.partition(":")
    return bool(colon and rest.strip())


def _name_run(words: str) -> bool:
    """A sentence that opens with a run of short names, not with a task: its first clause (to ";") at least
    :data:`LIST_RUN_ITEMS` pieces between commas ("và" joins the last), none longer than :data:`LIST_ITEM_WORDS`
    words, and no task verb first ("Sở Tư pháp, Sở Khoa học và Công nghệ, Bộ Chỉ huy Quân sự tỉnh, …")."""
    view = fold_flat(words)
    if opens_with_task_verb(view):
        return False
    pieces = [x for x in re.split(r",|\s+va\s+", view.split(";")[0]) if x.strip()]
    return len(pieces) >= LIST_RUN_ITEMS and all(len(x.split()) <= LIST_ITEM_WORDS for x in pieces)


#: a run of names: this many pieces at least, each this many words at most
LIST_RUN_ITEMS = 3
LIST_ITEM_WORDS = 12


def list_items(places: PlanPlaces, sentences: Sequence[tuple[int, int, str]]) -> dict[int, int]:
    """The sentences of ``sentences`` (by index) that go on with a list a sentence before them opened
    (:func:`_opens_list`) in the same paragraph, each with the index of that sentence: a full stop a typist put
    between a list's items cut it into sentences the checklist read as tasks with no body — 179-KH-UBND's spending
    categories ("Nguồn kinh phí thường xuyên chi …: Nghiên cứu, xây dựng thể chế …. Điều tra, khảo sát, thống kê ….
    Thuê, mua sử dụng …; các nhiệm vụ khác …"), 1026-KH-UBND's members of a Ban Chỉ đạo ("… gồm đại diện lãnh đạo Sở
    Nội vụ, Sở Tài chính. Sở Tư pháp, Sở Khoa học và Công nghệ, …"). The list runs to the sentence that closes it
    with "các … khác" (:data:`LIST_CLOSER_RE`; the paragraph's sentences after it are tasks again: "Khuyến khích, ưu
    tiên sử dụng nguồn chi thường xuyên …"); with no such closer, over the sentences that open with a run of names
    (:func:`_name_run`)."""
    text = places.text
    out: dict[int, int] = {}
    k = 0
    while k < len(sentences):
        if not _opens_list(sentences[k][2]):
            k += 1
            continue
        run = []
        j = k + 1
        while j < len(sentences) and sentences[j - 1][1] <= sentences[j][0] \
                and not PARAGRAPH_BREAK_RE.search(text, sentences[j - 1][1], sentences[j][0] + 1):
            run.append(j)
            j += 1
        closer = next((n for n, i in enumerate(run) if LIST_CLOSER_RE.search(fold_flat(sentences[i][2]).rstrip(" ."))), None)
        if closer is not None:
            run = run[:closer + 1]
        else:
            run = run[:next((n for n, i in enumerate(run) if not _name_run(sentences[i][2])), len(run))]
        out.update((i, k) for i in run)
        k = run[-1] + 1 if run else k + 1
    return out


def _with_lists(places: PlanPlaces, sentences: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``sentences`` with each list's later sentences (:func:`list_items`) joined to the sentence that opened it:
    a task's members are the task's words, a label's categories go with the label (no task)."""
    listed = list_items(places, sentences)
    out: list[tuple[int, int, str]] = []
    at: dict[int, int] = {}
    for n, (s, e, words) in enumerate(sentences):
        if n in listed:
            k = at[listed[n]]
            s0, _, w0 = out[k]
            out[k] = (s0, e, f"{w0} {words}")
            at[n] = k
        else:
            at[n] = len(out)
            out.append((s, e, words))
    return out


def plan_task_rows(items: Sequence, places: PlanPlaces | None, targets: Iterable, today: dt.date | None = None) -> list:
    """A row for each task sentence of the plan's tasks parts (:func:`task_sentences`) that no row of ``items``
    covers (by offsets, or its words inside a row's source); its targets those read within it."""
    from vanban.extract.checklist import sentence_row
    from vanban.models import Span

    if places is None or not places.text:
        return []
    targets = list(targets)
    keyed = _keyed_items(items)
    out = []
    for s, e, words in _with_lists(places, task_sentences(places)):
        if not is_task(words) or _covered(s, e, words, keyed) or _points_to_appendix(words, s, items, places):
            continue
        key = _key(words)
        own = [t for t in targets if t.span and s <= t.span.start < e and _key(t.text) and _key(t.text) in key]
        out.append(sentence_row(words, Span(s, e, words), own, today))
    return out


def with_task_rows(items: list, places: PlanPlaces | None, targets: Iterable, today: dt.date | None = None) -> list:
    """``items`` with the :func:`plan_task_rows` placed after the last row of the body not named (one heading for
    that group in the Markdown, which heads each run of one body), else at the end (undated rows come last)."""
    from vanban.extract.checklist import UNKNOWN_BODY

    new = plan_task_rows(items, places, targets, today)
    if not new:
        return items
    last = max((k for k, it in enumerate(items) if it.who == UNKNOWN_BODY), default=len(items) - 1)
    return items[:last + 1] + new + items[last + 1:]

"""The rows of the phiếu giao việc a clerk would strike, and the clauses of a row he would strike from its task.

Why: the checklist reads a row from any sentence that holds a time or an assignment's shape, and the phiếu listed
what no one is asked to do (session 31, a review of the tuning plans' phiếu): the document's preamble ("Thực hiện
Công văn số … về việc báo cáo …, Ủy ban nhân dân xã báo cáo như sau:"), its closing sentence restating its title and
headings ("Trên đây là Báo cáo sơ kết …; nhiệm vụ, giải pháp 6 tháng cuối năm …"), a heading itself ("NHIỆM VỤ,
GIẢI PHÁP 6 THÁNG CUỐI NĂM 2027"), a report's past results ("Hoàn
thành giao quân … với 32 thanh niên"), a body's role in a quy chế ("Là cơ quan lãnh đạo …"), a condition ("… thì coi
như đồng ý"), an event's particulars ("Thời gian: …", "Địa điểm: …", "Dự họp có …") and a resolution's voting
sentence ("… được thông qua với 31/31 đảng viên tán thành"). A row of these kinds is struck (its targets go to the
plan's targets no task took); a row with a task beside such a clause keeps the task alone.

Shapes: :func:`struck_rows` takes the rows (``ChecklistItem``) and the places, gives (rows kept, targets freed).
The patterns are data here (folded, lower case, :func:`vanban.text.fold_flat`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from vanban.export.plan_tasks import opens_with_task_verb
from vanban.text import fold_flat

__all__ = ["CLOSING_RE", "CONDITION_RE", "PARTICULARS_RE", "PREAMBLE_RE", "RESULTS_PART_RE", "ROLE_RE", "VOTING_RE",
           "STRUCK_KINDS", "left_out_line", "struck_rows", "task_clauses"]

#: the kinds of document a preamble carries out or rests on ("Thực hiện Công văn số …", "Căn cứ Kế hoạch số …")
_DOC_KINDS = (r"cong van|cong dien|ke hoach|quyet dinh|chi thi|nghi quyet|nghi dinh|thong tu|huong dan|thong bao|"
              r"ket luan|chuong trinh|van ban|to trinh|quy che|quy dinh|luat|dieu le|y kien chi dao")
#: a preamble's opening: the document carried out or rested on; a row so opening from a sentence that ends by
#: announcing the body (":") is the preamble, no task
PREAMBLE_RE = re.compile(r"(?:thuc hien|can cu|theo|trien khai)\s+(?:(?:" + _DOC_KINDS + r")\b)")
#: the end of a preamble's sentence, announcing the body ("…, Ủy ban nhân dân xã báo cáo như sau:")
PREAMBLE_END_RE = re.compile(r"(?:nhu sau|sau day)\s*:?\s*$|:\s*$")
#: a document's closing sentence, restating its title ("Trên đây là Báo cáo …", "Trên đây là Kế hoạch …")
CLOSING_RE = re.compile(r"tren day la\b")
#: a report's part of past results ("KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM", "TÌNH HÌNH …", "ĐÁNH GIÁ …") —
#: unless its heading also names what is to come (:data:`_COMING_RE`)
RESULTS_PART_RE = re.compile(r"(?:(?:phan|muc|chuong)\s+[ivxlc0-9]+\s*[.:-]?\s*)?(?:ket qua|tinh hinh|danh gia)\b")
_COMING_RE = re.compile(r"phuong huong|giai phap|ke hoach|\bva\b|;|cuoi nam|nam (?:toi|sau)|thoi gian toi")
#: a body's role, no task: "Là cơ quan lãnh đạo …", "Là cơ quan thường trực của Hội đồng …" (the tasks after it stay)
ROLE_RE = re.compile(r"la\s+(?:co quan|don vi|to chuc|bo phan|nguoi|dau moi|thuong truc)\b")
#: a condition and what follows from it, no task: "Quá thời hạn trên mà không có ý kiến thì coi như đồng ý"
CONDITION_RE = re.compile(r"\bthi (?:coi|xem|duoc coi|duoc xem) (?:nhu|la)\b|\bduoc (?:coi|xem) (?:nhu|la) (?:dong y|thong nhat)")
#: an event's particulars, no task: "Thời gian: …", "Địa điểm: …", "Thành phần: …", "Dự họp có …"
PARTICULARS_RE = re.compile(r"(?:(?:thoi gian|dia diem|thanh phan|thoi luong|hinh thuc)[^:;,.]{0,30}:|"
                            r"(?:du hop|tham du|co mat|du hoi nghi)\s+(?:co|gom)\b)")
#: a resolution's voting sentence: "… được Chi bộ thông qua với 31/31 đảng viên dự họp tán thành"
VOTING_RE = re.compile(r"thong qua voi\b|thong qua\b.*\btan thanh|\d+\s*/\s*\d+\s+\S+(?:\s+\S+)?\s+(?:du hop\s+)?tan thanh")
#: a row's fragment opening with a preposition, no task of its own ("Tại Trạm Y tế xã", "Với 32 thanh niên, …"):
#: at most this many words (read with its marks: "tài liệu …" opens a task)
FRAGMENT_RE = re.compile(r"(?:với|tại|ở|của|cho|từ)\s")
FRAGMENT_WORDS = 10


def _after_role(clause: str) -> str:
    """``clause`` without its opening role ("Là cơ quan thường trực của Hội đồng …, chủ trì, phối hợp …" → "Chủ trì,
    phối hợp …"): the text after the first ", " that opens with a task verb; "" when none does."""
    for m in re.finditer(r",\s+", clause):
        rest = clause[m.end():]
        if opens_with_task_verb(fold_flat(rest)):
            return rest[:1].upper() + rest[1:]
    return ""


def task_clauses(what: str) -> str:
    """``what`` with the clauses (parted at ";") a clerk would strike left out: a role (:data:`ROLE_RE`, the task
    after it kept), a condition (:data:`CONDITION_RE`), an event's particulars (:data:`PARTICULARS_RE`), a voting
    sentence (:data:`VOTING_RE`); "" when no clause is left."""
    kept = []
    for clause in re.split(r";\s*", what):
        view = fold_flat(clause).strip()
        if ROLE_RE.match(view):
            clause = _after_role(clause)
            view = fold_flat(clause)
        if not clause or CONDITION_RE.search(view) or PARTICULARS_RE.match(view) or VOTING_RE.search(view):
            continue
        kept.append(clause)
    out = "; ".join(kept)
    return out[:1].upper() + out[1:] if out and what[:1].isupper() else out


def _clause_of(what: str, source: str) -> str:
    """The clause of ``source`` (parted at ";" and sentence ends) that holds ``what``, else ``what``."""
    low, key = source.lower(), what.lower().strip()
    at = low.find(key) if key else -1
    if at < 0:
        return what
    a = max(low.rfind(";", 0, at), low.rfind(". ", 0, at))
    return source[a + 1:].lstrip() if a >= 0 else source


def _in_results(places, start: int | None) -> bool:
    if places is None or start is None:
        return False
    chain = places.chain(start)
    for k, part in enumerate(chain):
        view = fold_flat(part.get("heading") or "")
        if RESULTS_PART_RE.match(view) and not _COMING_RE.search(view) \
                and not (k + 1 < len(chain) and _duties_below(places, part)):
            return True
    return False


def _duties_below(places, part: dict) -> bool:
    """The results part ends by charging a body with the numbered items under it: its paragraph just before its first
    item is a duty intro ("Để … trong thời gian tới, Ủy ban nhân dân huyện cần tập trung thực hiện các giải pháp sau:",
    :data:`vanban.extract.assignment_words.DUTY_INTRO`). Its items are the tasks the extraction read, not results: a
    Thông báo kết luận's "I. ĐÁNH GIÁ CHUNG" whose last paragraph sets the city's tasks lost them all from the phiếu
    while the obligations table held them (641-TB-VPCP, session 40's newcomer)."""
    from vanban.extract import assignment_words as W

    first = next((c for c in part.get("children") or [] if c.get("kind") == "item"), None)
    if first is None or not places.text:
        return False
    own = places.text[part["start"]:first["start"]]
    lead = " ".join(re.split(r"\n\s*\n", own.strip())[-1].split())
    return bool(W.DUTY_INTRO_END.search(lead) and W.DUTY_INTRO.search(lead))


def _heading(what: str, headings: set[str]) -> bool:
    """A title or heading read as a row: written in capitals ("NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM 2027"), or the
    words of a part's heading ("Nhiệm vụ, giải pháp"; ``headings``: :func:`_heading_keys`)."""
    if _capitals(what):
        return True
    key = fold_flat(what).strip(" .:;")
    return bool(key) and key in headings


def _capitals(what: str) -> bool:
    """Two words or more, every letter a capital: a title or a part's heading line."""
    letters = [c for c in what if c.isalpha()]
    return len(what.split()) >= 2 and bool(letters) and all(c.isupper() for c in letters)


def _heading_keys(places) -> set[str]:
    """The folded headings of every part of the plan, made once per checklist: folding them again for each row was
    seconds of a long plan's page (179-KH-UBND: 316 rows × 300 parts)."""
    if places is None:
        return set()
    return {fold_flat(p.get("heading") or "").strip(" .:;") for p in _all_parts(places.parts)}


def _all_parts(parts: list[dict]) -> list[dict]:
    return [q for p in parts for q in [p, *_all_parts(p.get("children") or [])]]


def _timed_step(it) -> bool:
    """A timetable's step written "Step: time" ("1. Thành lập Ủy ban bầu cử xã: chậm nhất 50 ngày trước ngày bầu cử."),
    its label the row's task and the time after the colon its Thời hạn (:mod:`vanban.extract.timed_steps`): the
    outline reads the label as the item's heading, but it is the task, not a heading to strike."""
    key, src = fold_flat(it.what or "").strip(" .:;"), fold_flat(it.source or "").strip()
    after = src[len(key):].lstrip() if key and src.startswith(key) else ""
    return bool(it.deadline) and after.startswith(":") and fold_flat(it.deadline).strip() in after


#: a task item's title has at least this many words ("Quyết định" alone is a document kind a step names)
TITLE_WORDS = 3


def _titled_task(it) -> bool:
    """A task item titled by its heading, its body in a field below it ("7. Xây dựng Quyết định của Thủ tướng Chính
    phủ ban hành Chương trình quốc gia …" / "- Cơ quan chủ trì: Bộ Công an." / "- Thời hạn ban hành: trước ngày 31
    tháng 12 năm 2026."): the row was read with the body the item charges and its heading opens with a task verb, so
    the heading is the task, not a heading to strike. 2623/QĐ-TTg's phiếu lost four of its tasks (II.1, II.2, II.7,
    II.8) while the archive held them (session 54's newcomer). A part's heading read as a row of no body ("Phương
    hướng, nhiệm vụ quý III"), one written in capitals, or one opening with no task verb ("Các Sở quản lý
    ngành, lĩnh vực" under "Cơ quan thực hiện nhiệm vụ", 84/2025/QĐ-UBND), or a bare word or two ("Quyết định": the
    document kind a step's heading names, 1489/QĐ-UBND) stays struck."""
    from vanban.extract.checklist import UNKNOWN_BODY

    what = it.what or ""
    view = fold_flat(what).strip()
    return (bool(it.who) and it.who != UNKNOWN_BODY and not _capitals(what) and len(view.split()) >= TITLE_WORDS
            and opens_with_task_verb(view))


def _struck(it, places, headings: set[str]) -> str | None:
    """The kind of row no one is asked to do (the module's kinds, read on the whole row; ``headings``:
    :func:`_heading_keys`), a key of :data:`STRUCK_KINDS`; None for a row kept."""
    what, source = it.what or "", it.source or ""
    view, src = fold_flat(what).strip(), fold_flat(source).strip()
    if _heading(what, headings) and not _timed_step(it) and not _titled_task(it):
        return "heading"
    if CLOSING_RE.match(src):
        return "closing"
    if PREAMBLE_RE.match(view) and PREAMBLE_END_RE.search(src):
        return "preamble"
    if PARTICULARS_RE.match(fold_flat(_clause_of(what, source)).strip()) and not opens_with_task_verb(view):
        return "particulars"
    if FRAGMENT_RE.match(unicodedata.normalize("NFC", what.strip().lower())) and len(view.split()) <= FRAGMENT_WORDS and not opens_with_task_verb(view):
        return "fragment"
    return "results" if _in_results(places, it.start) else None


def struck_rows(items: Sequence, places=None, left_out: list[str] | None = None) -> tuple[list, list[str]]:
    """The rows of ``items`` a clerk keeps, their tasks without the clauses he would strike (:func:`task_clauses`),
    and the targets of the rows struck (to be listed with the plan's targets no task took). ``left_out``, when given,
    gets the kind of each row struck (:data:`STRUCK_KINDS`' words), for the phiếu's line saying what it left out
    (:func:`left_out_line`)."""
    from dataclasses import replace

    kept, freed = [], []
    headings = _heading_keys(places)
    for it in items:
        kind = _struck(it, places, headings)
        what = task_clauses(it.what or "") if not kind else ""
        if not what.strip():
            freed += [t for t in (it.targets or "").split("; ") if t]
            if left_out is not None:
                left_out.append(kind or "clause")
            continue
        kept.append(it if what == it.what else replace(it, what=what))
    return kept, freed


#: the kinds of row struck, in the words the phiếu's line gives them (:func:`left_out_line`), in that line's order
STRUCK_KINDS = {"heading": "đề mục", "results": "kết quả đã làm", "preamble": "lời dẫn", "closing": "câu kết",
                "particulars": "dòng thời gian, địa điểm", "fragment": "đoạn câu rời", "clause": "câu không giao việc"}


def left_out_line(kinds: Sequence[str]) -> str | None:
    """The one line the phiếu (the document page, the Word file and the .md download) gives the rows it left out on purpose: how many and of which kinds
    ("Phiếu không liệt kê 2 dòng không phải việc được giao: 2 dòng thời gian, địa điểm."). Why: the archive's
    obligations and the phiếu's rows differ by these rows, and a clerk who counted them thought a task was lost
    (session 54's review); None when none was left out."""
    if not kinds:
        return None
    counts = {k: sum(1 for x in kinds if x == k) for k in STRUCK_KINDS}
    parts = [f"{n} {STRUCK_KINDS[k]}" for k, n in counts.items() if n]
    return f"Phiếu không liệt kê {len(kinds)} dòng không phải việc được giao: {', '.join(parts)}."

"""Which appendices of a document hold its targets, and how firmly they are read.

Why: a Quyết định issues a plan, programme or rules in an appendix ("KẾ HOẠCH …", "CHƯƠNG TRÌNH …"), a plan puts its
task list or a table with a "Chỉ tiêu" column after the signature, and a decision lists administrative procedures or
forms; each is read as targets differently (the document's own, the document's own, time limits read with
``firm_only``). :mod:`vanban.extract` asks these before it runs :func:`targets.find_targets` over each appendix; the
figure grammar of :mod:`.targets` does not need them. Moved out of :mod:`.targets` (session 36, ref36b) unchanged.
Tests: tests/test_norm_tables.py, tests/test_targets*.py (through :func:`vanban.extract.extract`).
"""

from __future__ import annotations

import re

from vanban.extract import target_words as W
from vanban.extract.folded import Folded
from vanban.structure import vocab as V

__all__ = ["plan_appendices", "procedure_appendices", "table_note_spans", "task_list_appendices", "task_table_appendix"]


def plan_appendices(appendices, view: str | None = None) -> list:
    """The appendices that are the plan, programme, scheme or rules (Quy chế, Quy định) a Quyết định issues ("KẾ HOẠCH Xuất khẩu …",
    "CHƯƠNG TRÌNH …"): their targets are the document's. Tables that list or assign the body's
    indicators ("PHỤ LỤC … CÁC CHỈ TIÊU"), procedure lists and forms are left out. ``view``: the document's folded
    text, where a bare "PHỤ LỤC" heading's "(Ban hành kèm theo … mức chi …)" line is read."""
    out, wrapped = [], False
    for a in appendices:
        head = Folded.of(a.heading or "").view
        # "PHU LUCI NOI DUNG CHI …": legacy OCR glues the appendix's number to its label (77/2025/NQ-HĐND)
        if W.PLAN_APPENDIX_RE.match(re.sub(r"(?<=luc)(?=[ivxl]{1,4}\s)", " ", head, count=1)):
            out.append(a)
        elif view is not None and W.BARE_APPENDIX_HEAD_RE.match(head) \
                and W.ATTACHED_NORMS_RE.search(view, a.start, min(a.end, a.start + W.ATTACHED_WINDOW)):
            out.append(a)
            wrapped = True
        elif wrapped and not re.match(r"\W*phu luc", head):
            # the wrapper's parts, each read as an appendix of its own when OCR lost their "Phụ lục I" line
            # ("CHI HỖ TRỢ ĐỐI VỚI BAN TỔ CHỨC, BAN GIÁM KHẢO …", 64/2025/NQ-HĐND scanned)
            out.append(a)
    return out


def task_table_appendix(app) -> bool:
    """``app`` is a plan's task table ("PHỤ LỤC DANH MỤC NHIỆM VỤ CỤ THỂ THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG | TT | Nội dung |
    Đơn vị chủ trì | …", :data:`target_words.TASK_TABLE_APPENDIX_RE`), no procedure list: (session 23) a share a task
    sets there ("Xây dựng, vận hành Trang thông tin điện tử của xã; số hóa 100% hồ sơ thủ tục hành chính còn hiệu lực",
    a Đảng ủy xã's Chương trình hành động, t21-02) is as firm as a bound, where a procedure's bare figures describe it."""
    return bool(W.TASK_TABLE_APPENDIX_RE.match(Folded.of(app.heading or "").view))


def procedure_appendices(appendices) -> list:
    """The appendices that set out administrative procedures (thủ tục hành chính), a task table, a report's outline
    or forms, or (tgt41b) the criteria a plan's model must meet, and are no plan or rules of :func:`plan_appendices`: their time limits and conditions' bounds are read
    with ``firm_only``."""
    plans = {id(a) for a in plan_appendices(appendices)}
    return [a for a in appendices if id(a) not in plans and (W.PROCEDURE_APPENDIX_RE.search(Folded.of(a.heading or "").view)
                                                           or W.TASK_TABLE_APPENDIX_RE.match(Folded.of(a.heading or "").view)
                                                           or W.OUTLINE_APPENDIX_RE.search(Folded.of(a.heading or "").view)
                                                           or W.CRITERIA_APPENDIX_RE.match(Folded.of(a.heading or "").view))]


def task_list_appendices(appendices, tables=()) -> list:
    """The appendices that are a plan's task list put after the signature ("PHỤ LỤC NHIỆM VỤ TRỌNG TÂM NĂM 2027",
    :data:`target_words.TASK_LIST_APPENDIX_RE`) and neither a plan of :func:`plan_appendices` nor a procedure or task
    table of :func:`procedure_appendices`: their targets are the document's (case 19). So is an appendix holding one of
    ``tables`` with a column of targets ("PHỤ LỤC DANH MỤC MÔ HÌNH … | Năm | Tên mô hình | Đơn vị chủ trì | Chỉ tiêu |
    Thời gian hoàn thành": "Mở rộng ít nhất 3 km đường" under "Chỉ tiêu", a Đảng ủy xã's plan, tune19)."""
    other = {id(a) for a in plan_appendices(appendices) + procedure_appendices(appendices)}
    return [a for a in appendices if id(a) not in other and (
        W.TASK_LIST_APPENDIX_RE.match(Folded.of(a.heading or "").view) or _holds_target_column(a, tables))]


def _holds_target_column(app, tables) -> bool:
    """``app`` holds a data table whose targets column follows the column naming the row's work ("Tên mô hình |
    Đơn vị chủ trì | Chỉ tiêu": each row's quota); not an indicator table whose "Chỉ tiêu" names the row itself ("TT |
    Chỉ tiêu | Đơn vị | Kết quả", 2629/QĐ-TTg; "TT | Chỉ tiêu | Chủ trì", 144/KH-UBND: the body's targets, assigned). A
    targets column after the lead body's ("Đơn vị chủ trì | Chỉ tiêu") does too, where OCR misread the work's head."""
    for t in tables:
        if t.role != "data" or not (app.start <= t.start < app.end):
            continue
        heads = [Folded.of(h).view.strip(" *") for h in t.header]
        what = next((i for i, h in enumerate(heads) if V.TASK_WHAT_COL.search(h)), None)
        if what is None:  # (session 23) the work's column misread ("Tân mô hình" for "Tên mô hình", t19-04 legacy):
            what = next((i for i, h in enumerate(heads) if V.TASK_LEAD_COL.search(h)), None)  # after the lead body's
        if what is not None and any(W.TARGET_COLUMN_RE.fullmatch(h) for h in heads[what + 1:]):
            return True
        if _targets_by_row(app, heads):
            return True
    return False


def _targets_by_row(app, heads) -> bool:
    """(tgt39b) An appendix headed as the plan's targets ("PHỤ LỤC ⏎ CHỈ TIÊU XÂY DỰNG PHƯỜNG ĐẠT CHUẨN … | STT | Chỉ
    tiêu | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian", or "BẢNG CHỈ TIÊU … | Nội dung chỉ tiêu | Đơn vị thực hiện"):
    each "Chỉ tiêu" cell states one target in words ("Tổ chức ít nhất 04 hội nghị …", "Tỷ lệ … đạt từ 85% trở lên")
    with the body that carries it out; where the body only points there
    ("Các chỉ tiêu cụ thể … tại Phụ lục"), those rows are the plan's targets. Not a table that assigns the body's own
    indicators ("PHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU …", 144/KH-UBND: its heading names the assigning)."""
    if not W.TARGET_APPENDIX_HEAD_RE.match(Folded.of(app.heading or "").view):
        return False
    goal = next((i for i, h in enumerate(heads) if W.TARGET_ROW_COLUMN_RE.fullmatch(h)), None)
    return goal is not None and any(V.TASK_BODY_COL.search(h) for h in heads[goal + 1:])


# the lead of a note printed under a table ("Ghi chú:", "Lưu ý:", "Chú thích:", "Chú ý:"), on the folded view; a
# mark of emphasis or an opening bracket may come first ("(Ghi chú: …)", "* Lưu ý: …")
_NOTE_LEAD_RE = re.compile(r"[\s*(_]{0,4}(?:ghi\s+chu|luu\s+y|chu\s+thich|chu\s+y)\s*:")


def table_note_spans(appendices, tables, view: str) -> list[tuple[int, int]]:
    """The notes printed right under a table of an appendix that no other reader of targets takes ("| | Cộng | 86 |" /
    "Ghi chú: … không quá 05 đại biểu chỉ định", "… mỗi đợt phát 50%"): the note is prose of the appendix, and a
    numeric goal or bound there is a target as anywhere (the labels' README), but the appendix is read only through its
    table's cells (a quota or supply table). A note runs from its lead to its paragraph's end (a blank line), the next
    table or the appendix's end; only the first paragraph after a table's last row is a note under it, so no cell is
    read twice and the appendix's other prose is left to its own readers."""
    taken = {id(a) for a in plan_appendices(appendices) + procedure_appendices(appendices)
             + task_list_appendices(appendices, tables)}
    out = []
    for app in appendices:
        if id(app) in taken:
            continue
        inside = sorted({(t.start, t.end) for t in tables if app.start <= t.start < app.end})
        for end in sorted({b for _, b in inside}):  # a table read twice (a data and a quota table) ends once
            stop = min([a for a, _ in inside if a >= end] + [app.end])
            m = re.compile(r"[\s|]*").match(view, end)  # a pipe table's closing bar may lie past its end
            lead = _NOTE_LEAD_RE.match(view, m.end())
            if not lead or lead.end() >= stop or any(a <= m.end() < b for a, b in inside):
                continue
            br = re.compile(r"\n[ \t]*\n").search(view, lead.end(), stop)
            span = (m.end(), br.start() if br else stop)
            if span not in out:
                out.append(span)
    return out

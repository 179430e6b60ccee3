"""The cells of a task table (a column Đơn vị chủ trì / thực hiện, one obligation per row): whether a header row names
the task columns, the bodies a lead body's cell names, a body printed at the end of the task cell, the deadlines of
a due cell read alone, a cell that holds only a date, and the gap between a lead-in and a table's first row.

Why: a table's row is read cell by cell, not as prose; these small readers of one cell are what the obligation
reader's table pass (:mod:`vanban.extract.obligations`) needs, and they are tested one by one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from vanban.extract import assignment_words as W
from vanban.extract import patterns as P
from vanban.extract import subjects as S
from vanban.extract.deadlines import find_deadlines, first_verb
from vanban.extract.folded import Folded
from vanban.ingest.md_pipe_tables import delimiter_scrap
from vanban.models import Deadline, TableCell
from vanban.structure import vocab as V
from vanban.structure.person_cells import person_name, persons_column  # noqa: F401  (moved to structure, tgt45t)
from vanban.text import fold


def member_roster(head: Sequence[str], rows: Sequence[Sequence[str]]) -> bool:
    """The table is the roster of a body being set up, not a task table: a column of persons ("Họ và tên",
    :data:`~vanban.structure.vocab.PERSON_COL`) beside a column of each person's place in the body — named so
    (:data:`~vanban.structure.vocab.MEMBER_ROLE_COL`: "Nhiệm vụ trong Tổ", "Chức danh trong Ban") or holding only such
    places ("Tổ trưởng", "Thành viên, Thư ký": :data:`~vanban.structure.vocab.MEMBER_ROLE_CELL`). Why: a Quyết định
    thành lập Tổ công tác / Ban / Hội đồng lists its members in Điều 1 ("STT | Họ và tên | Chức vụ, đơn vị công tác |
    Nhiệm vụ trong Tổ", a47-07); their office ("Chức vụ, đơn vị công tác") reads as a body column and the role as a task,
    but the roster charges nobody — the body's tasks are set in the Điều after it (a47-07's labels: "the members table is
    a composition list, not obligations"; a36-08's "Thành phần | Chức danh trong Tổ", the prose rosters of a21-04,
    a26-09, a44-09 alike). ``head``: the folded header cells; ``rows``: the data rows' cell texts."""
    people = [i for i, h in enumerate(head) if V.PERSON_COL.match(h.strip(" *.:"))]
    if not people:
        return False
    for i, h in enumerate(head):
        if i in people:
            continue
        if V.MEMBER_ROLE_COL.match(h.strip(" *.:")):
            return True
        cells = [fold(r[i]).strip(" *.;") for r in rows if i < len(r) and r[i].strip(" *")]
        if len(cells) >= 2 and all(
                all(V.MEMBER_ROLE_CELL.fullmatch(x.strip()) for x in re.split(r"\s*(?:[,;/]|\bkiem\b)\s*", c) if x.strip())
                for c in cells):
            return True
    return False


def header_lines_only(gap: str) -> bool:
    """``gap``, the text between a lead-in and a table's first data row, holds nothing but the table's header: blank
    lines, and the pipe rows a text table opens with ("| TT | Đơn vị | Báo cáo chưa gửi | Thời hạn gửi mới |" over
    "|---|---|---|---|"), whose cells the table reader keeps as its header without their offsets. (leg51) And the
    delimiter row as legacy OCR misreads it ("o}", "Jb": :func:`md_pipe_tables.delimiter_scrap`), which the table
    readers skip under a header: with it the lead-in of a legacy table was read as a task of its own and took the first
    row's due date (tune48's t48-06 "Các chi bộ còn lại tổ chức đại hội theo lịch sau:")."""
    seen_head = False  # a scrap counts only under a pipe row: "PHỤ LỤC" over a table is no delimiter (dl37's test)
    for line in gap.splitlines():
        if not line.strip():
            continue
        if line.strip().startswith("|"):
            seen_head = True
        elif not (seen_head and delimiter_scrap(line)):
            return False
    return True


#: a body's name that ends on words qualifying it by what it did or had done ("Chi bộ được giám sát", "Ủy ban nhân dân 09
#: xã chưa cập nhật"): the verb after them is part of the name, not the body's task
_QUALIFIED_END = re.compile(r"(?:^|\s)(?:duoc|chua|da|khong|bi|con|se)$")
#: (obl51) a body cell's clause that names the row's lead by its role word after it, the cell's partners in the other
#: clauses (folded clause, searched): "Ủy ban Kiểm tra Đảng ủy chủ trì; mời Ủy ban MTTQ Việt Nam xã tham gia", "Ủy ban
#: Kiểm tra Đảng ủy xã chủ trì, phối hợp Ban Xây dựng Đảng" (a47-08, t47-08: an inspection plan's "Thành phần / đơn vị
#: chủ trì" column), "Công chức Văn hóa - xã hội tham mưu" under "Đơn vị thực hiện" (a49-08): the three sets' labels name
#: the lead alone, its role word cut. Only in the cell's first clause (a second names the adviser of the lead before it:
#: "Chủ tịch UBND xã; công chức Văn hóa - Xã hội tham mưu", t50-10's labels: the Chủ tịch), and only "chủ trì" / "tham
#: mưu" closing the clause or before ", phối hợp" / ", mời"
#: — "Sở KH&CN chủ trì hướng dẫn, tổng hợp" (an act after it) is :func:`cell_bodies`' clause cut before its verb, and a
#: bracketed lead ("Tổ kiểm tra tài chính đảng (Ủy ban Kiểm tra chủ trì, …)", a28-06) names the team, no lead of the row
_LEAD_MARK = re.compile(r"\s+(?:chu tri|tham muu)\s*(?:$|,\s*(?:phoi hop|moi)(?![a-z]))")
#: … and a later clause closing on "tham mưu" names who advises the body before it, no body of the row (folded)
_ADVISER_END = re.compile(r"\S\s+tham muu\s*$")


def cell_bodies(cell: str) -> str:
    """The bodies a lead body's cell names, when the cell runs on into what each does: each ";" clause cut before its
    first verb ("Sở KH&CN chủ trì hướng dẫn, tổng hợp; Các sở, ngành, UBND cấp xã thực hiện công bố dữ liệu mở …" →
    "Sở KH&CN; Các sở, ngành, UBND cấp xã"; "Sở Nội vụ; Sở Khoa học và Công nghệ thúc đẩy, theo dõi, báo cáo chỉ tiêu"
    → "Sở Nội vụ; Sở Khoa học và Công nghệ": a plan's Phụ lục "TT | Chỉ tiêu | Chủ trì", 144-KH-UBND, whose who read
    the whole sentence). A cell of names alone is kept as it is, and so is a name a short verb phrase qualifies ("Chi
    bộ được giám sát": the task, a run of four words or more, is what is cut). A clause naming the lead by its role
    word ("… chủ trì; mời … tham gia", "… tham mưu", :data:`_LEAD_MARK`) gives the lead alone."""
    clauses = [c.strip() for c in cell.split(";") if c.strip()]
    for c in clauses[:1]:  # (the first: "Chủ tịch UBND xã; công chức Văn hóa - Xã hội tham mưu" names its adviser second, t50-10)
        view = fold(c)
        if len(view) == len(c) and (m := _LEAD_MARK.search(view)) is not None and "(" not in c[:m.start()] \
                and re.search(r"[^\W\d_]{2}", c[:m.start()]):
            return c[:m.start()].strip(" ,.-–")  # "Ủy ban Kiểm tra Đảng ủy chủ trì; mời … tham gia": the lead alone
    advisers = [c for c in clauses[1:] if _ADVISER_END.search(fold(c))]
    if advisers and len(advisers) < len(clauses):
        return cell_bodies("; ".join(c for c in clauses if c not in advisers))  # "…; công chức … tham mưu": who advises
    names, cut = [], False
    for c in clauses:
        view = Folded.of(S.guard(c)).view
        m = first_verb(view) if len(view) == len(c) else None
        rest = c[m.start():] if m is not None else ""
        if m is not None and m.start() > 0 and (name := c[:m.start()].strip(" ,.-–")) and re.search(r"[^\W\d_]{2}", name) \
                and len(rest.split()) >= 4 and not _QUALIFIED_END.search(fold(name)):
            names.append(name)
            cut = True
        else:
            names.append(c.strip(" .;"))
    return "; ".join(names) if cut else cell


def due_in_cell(head: str, text: str, ref: dt.date | None, printed: Collection[str] = ()) -> list[Deadline]:
    """Deadlines of a due-column cell read alone (a text table's cell is spread over lines shared
    with other columns); read after its column's name, a bare date ("30/06/2025", "Tháng 12/2025")
    is the due date, but a span of years ("Năm 2025-2030") is the period the task runs. A scan's specks opening the
    cell (".31/10/2027", "-_ Trước ngày …") are no part of it. ``printed``: the ISO days the whole document writes
    (a lead time's bracketed day is checked against them: "Chậm nhất 35 ngày trước ngày bầu cử (ngày 08/02/2027)")."""
    text = re.sub(r"^[\s._\-–—:;,'`]+(?=\S)", "", text)
    found = find_deadlines(Folded.of(text), 0, len(text), ref, [], printed=printed)
    years = re.fullmatch(r"\W*(?:năm\s+)?(20\d\d)\s*[-–]\s*(20\d\d)\W*", text.strip(), re.IGNORECASE)
    if not found and years and V.TASK_COMPLETION_COL.search(fold(head)) and years.group(1) < years.group(2):
        # "2027 - 2028" under "Thời gian hoàn thành" (a16-04): done within those years, by the end of the last
        return [Deadline(text=text.strip(), date=None, earliest=f"{years.group(1)}-01-01", latest=f"{years.group(2)}-12-31")]
    if found or re.search(r"\d{4}\s*[-–]\s*\d{4}", text):
        return found
    probe = f"{head}: {text}"
    cell_at = len(probe) - len(text)
    out = []
    for d in find_deadlines(Folded.of(probe), 0, len(probe), ref, []):
        at = probe.find(d.text)
        quote = probe[max(at, cell_at):at + len(d.text)].strip() if at >= 0 else text.strip()
        # the column's name only helped read the date: it is neither the deadline's words nor its task
        # ("hạn hoàn thành: Năm 2026" / what "Thời" were the header "Thời hạn hoàn thành" cut at the cue)
        out.append(replace(d, text=quote or text.strip(), what=None, who=None))
    return out


#: a due column's name that sets a limit ("Thời hạn", "Thời gian hoàn thành", "Hạn gửi"), not the time a thing is held
_LIMIT_HEAD = re.compile(r"thoi han|hoan thanh|xong|(?<![a-z])han(?![a-z])|truoc|cham nhat")
#: a month named in a cell by its number alone, without its year ("Tháng 3", "tháng 7 (Hành trình Đỏ)", the "11" of
#: "Tháng 3, 7, 11"): each a month of a list, read after "tháng" and its "," / "và"
_LISTED_MONTHS = re.compile(r"thang\s+\d{1,2}(?![\d/.-])(?:\s*\([^)]*\))?"
                            r"(?:\s*(?:,|va)\s*(?:thang\s+)?\d{1,2}(?![\d/.-])(?:\s*\([^)]*\))?)+")


#: one month by its number alone, its year unsaid ("Tháng 6", "tháng 4 (Tuần lễ hồng)")
_LONE_MONTH = re.compile(r"thang\s+\d{1,2}(?![\d/.-])(?:\s*\([^)]*\))?")


def months_of_holding(head: str, text: str, column: Sequence[str] = ()) -> bool:
    """The due cell ``text`` lists several months of one year ("Tháng 3, 7, 11", "Tháng 4 (Tuần lễ hồng), tháng 7
    (Hành trình Đỏ)") under a column naming when things are held ("Thời gian tổ chức", "Thời gian"), not a limit
    (``head``): the months the row's unit holds its events through the year (a quota table's blood drives, one in
    each month named), none of them a date the unit's task is due by; a single month ("Tháng 5/2029") is its date.
    A single month without its year ("Tháng 6") in a ``column`` whose other cells list months is one more unit's
    month of holding, read as its neighbours are: the column says when events are held, not when a task is due."""
    if _LIMIT_HEAD.search(fold(head)):
        return False
    v = fold(text).strip(" .;*")
    if _LISTED_MONTHS.fullmatch(v):
        return True
    return _LONE_MONTH.fullmatch(v) is not None and any(
        _LISTED_MONTHS.fullmatch(fold(c).strip(" .;*")) for c in column)


def row_start(row: Sequence[TableCell], above: Sequence[TableCell] | None) -> int:
    """Where ``row`` opens in the text: its first cell's start, unless that cell is the one of the row above carried
    down (the same span: a month merged over the rows of a Chương trình công tác, :mod:`vanban.structure.period_rows`),
    which opens the row above — then the first cell the row holds alone. Two rows of one month charging one body
    ("Văn phòng Huyện ủy" for the December rows 1 and 2) are two obligations, told apart by where they open."""
    if above is None:
        return row[0].start
    own = [c for k, c in enumerate(row) if not (k < len(above) and (c.start, c.end) == (above[k].start, above[k].end)
                                                 and c.end > c.start)]
    return min((c.start for c in own if c.end > c.start), default=row[0].start)


def date_only(text: str) -> bool:
    """``text`` (a body's cell) holds a date and nothing else: "Trước ngày 28/02/2027", "Tháng 3/2027", "Quý II/2027"."""
    v = fold(text).strip(" .;:*-_")
    return bool(re.fullmatch(r"(?:(?:truoc|trong|cham nhat|tu|den|cuoi|dau|giua)\s+)*(?:ngay|thang|quy)\s+[\divxl/.\s-]+", v))


def body_at_end(what: str) -> tuple[str, str] | None:
    """A body's name at the end of a task cell, the task before it: "Ban hành Kế hoạch tạo nguồn, kết nạp đảng viên
    năm 2027 Ban Xây dựng Đảng Đảng ủy" → ("Ban Xây dựng Đảng Đảng ủy", "Ban hành Kế hoạch …"). The name opens with an
    organisation's head word, capitalised, after a word in lower case or a figure, within the cell's last ten words."""
    words = what.split()
    for i in range(max(1, len(words) - 10), len(words)):
        if not words[i][:1].isupper() or words[i - 1][:1].isupper():
            continue
        tail = " ".join(words[i:]).strip(" .;,")
        tv = Folded.of(tail).view
        if P.ORG_HEAD_RE.match(tv) and not P.NOT_ORG_RE.match(tv) and first_verb(tv) is None:
            return tail, " ".join(words[:i]).rstrip(" ,;")
    return None


def task_header(head: list[str], body_col: int) -> bool:
    """The folded header row names columns (Đơn vị chủ trì | Nội dung | Thời hạn), it is not
    a data row read as a header ("Các cơ quan, bộ, ngành và địa phương | 15/10/2025")."""
    # (a figure column's date is its name's: "Tỷ lệ giải ngân đến 30/6/2027", V.FIGURE_COL)
    if len(head[body_col].split()) > 8 or any(re.search(r"\d{1,2}/\d{1,2}/\d{2,4}", h) and not V.FIGURE_COL.match(h.strip(" *.:"))
                                              for h in head):
        return False
    return any(V.TASK_WHAT_COL.search(h) or V.TASK_DUE_COL.search(h) or V.TASK_WITH_COL.search(h)
               or V.TASK_TARGET_COL.search(h)
               for i, h in enumerate(head) if i != body_col) or len(head) == 1 \
        or taken_task(head[body_col]) is not None  # "Thôn | Tuyến đường | Đơn vị nhận tự quản"


#: "phụ trách" closing a body column's name before an act (folded header cell): "Trường phụ trách điều tra", "Đơn vị
#: phụ trách tuyên truyền" — the unit in charge of that act, as :func:`taken_task` reads it
_IN_CHARGE_OF = re.compile(r"(?<![a-z])phu trach\s+")


def taken_task(head: str) -> tuple[int, int] | None:
    """Where a body column's folded name says the task each row's unit takes on, else None: "Đơn vị nhận tự quản"
    (:data:`~vanban.structure.vocab.TASK_TAKEN_COL`), or the unit in charge of an act named after "phụ trách"
    ("Trường phụ trách điều tra" beside a village's rates: the school charged with that village's survey). Why: such
    a header assigns by itself — the other cells (a village, its figures) say where the task is done, so the grid is
    a task table though no column is named Nội dung or Thời gian (README: "a table row with its Đơn vị chủ trì is one
    obligation"). "phụ trách" with no act after it ("Người phụ trách", "Thành viên Ban Chỉ huy phụ trách") or before
    a field or a place ("Cán bộ phụ trách địa bàn") names who leads, no task of the row."""
    if (m := V.TASK_TAKEN_COL.search(head)) is not None:
        return m.start(), m.end()
    at = _IN_CHARGE_OF.search(head)
    if at is None:
        return None
    rest = head[at.end():].strip(" *.:")
    verb = first_verb(rest)
    if rest and ((verb is not None and verb.start() == 0) or W.MORE_VERBS.match(rest)):
        return at.start(), at.end() + len(head[at.end():].rstrip(" *.:"))
    return None


#: (obl47t) a body column named as the unit in charge, the unit's noun before "chủ trì", an act after it or none:
#: "Đơn vị chủ trì", "Cơ quan chủ trì thu", "Bộ phận chủ trì thực hiện" (folded head, fullmatched); ``act`` "chủ trì"
#: and what follows it. "Người chủ trì (tiếp)" names a person who chairs (a session calendar's, :mod:`.session_rows`)
_LEAD_UNIT_HEAD = re.compile(r"(?:cac\s+)?(?:don vi|co quan|bo phan|to chuc|phong|ban)\s+(?P<act>chu tri(?:\s+[a-z ,]+)?)")
#: a word in a cell (two letters or more): the row's item named in words, not a figure
_WORDS = re.compile(r"[^\W\d_]{2}")


def lead_unit_act(head: Sequence[str], body_col: int, rows: Sequence[Sequence[str]]) -> tuple[int, int] | None:
    """Where "chủ trì …" stands in the body column's folded name, when that column names each row's unit in charge
    (:data:`_LEAD_UNIT_HEAD`) and another column names each row's item in words ("STT | Nguồn thu | Dự toán tỉnh giao |
    Dự toán xã phấn đấu | Tỷ lệ (%) | Đơn vị chủ trì thu" over "1 | Thuế giá trị gia tăng, … | 6.200 | 6.800 | 109,7 |
    Thuế cơ sở 3 Phú Thọ", a xã's revenue plan, t46-04; "Tên công trình | Kinh phí | Đơn vị chủ trì"); else None.
    Why: a budget or works table has no Nội dung, Thời hạn or Chỉ tiêu column, so :func:`task_header` took it for a
    table of figures and its rows charged no one, though the head says who leads each row's item — the labels' rule,
    "a table row with its Đơn vị chủ trì is one obligation" (README). ``rows``: the data rows' cell texts (a total
    row, "Tổng cộng", left out by the caller or counted as one row among many)."""
    if body_col >= len(head) or (m := _LEAD_UNIT_HEAD.fullmatch(head[body_col].strip(" *.:"))) is None:
        return None
    for j in range(len(head)):
        if j == body_col:
            continue
        cells = [r[j] for r in rows if j < len(r) and r[j].strip(" *")]
        if len(cells) >= 2 and 2 * sum(bool(_WORDS.search(c)) for c in cells) > len(cells) \
                and not all(date_only(c) for c in cells):
            return m.start("act"), m.end("act")
    return None

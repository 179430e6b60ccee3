"""A body's block that points to the tasks of another section of the same document takes their due dates.

A plan lists its tasks in one section and hands them out in "Tổ chức thực hiện": "2. Phòng Văn hóa - Xã hội ⏎ Chủ
trì các tiêu chí được phân công tại mục III; …" over a table of criteria with the unit in charge of each and its
completion time (t31-10), "1. Phòng Kinh tế ⏎ … Chủ trì xây dựng phương án ứng phó, tổ chức kiểm tra công trình nêu
tại mục IV.1; …" over "IV.1 Trước mùa mưa bão" whose bullets name no body (t31-08). The labels date such a block by
the earliest deadline of the tasks it points to ("by reference", realdocs/labeled/README.md: "the earliest dated
deadline attached to that assignment"): the rows of that section charged to the same bodies when it has any, else
the section's dates no other body is charged with. A section of another document ("tại mục II Công văn số …") is
not this one's: only a Roman section the document itself has, with no document named after the reference; nor
does a pointer to goals ("bảo đảm đủ chỉ tiêu nêu tại Mục II", t24-07) hand over the section's dates.

(obl48) A team a table lists by name dates an undated block that chairs it alike ("Chủ trì Đoàn kiểm tra số 1" over
an inspection table's row "Đoàn kiểm tra liên ngành số 1 | Từ … đến … | … | Trạm Y tế phường", :func:`dated_by_team_row`).
A dated task no body was given, named again word for word in a body's block ("chủ trì tổ chức diễn tập …" over "đ) Tổ
chức diễn tập … trong tháng 9/…", a46-01; 45-HD-BTCTW's "tiến hành rà soát, bổ sung quy hoạch …") hands the block no
date: tried in session 48, it dated blocks five other documents' labels leave undated (627-TB-VPCP, a35-02, a36-10,
t20-05, t26-01) for the two it mended.
"""

from __future__ import annotations

import re
from dataclasses import replace

from vanban.extract import patterns as P
from vanban.models import Deadline, Obligation, Part, Table
from vanban.place_nouns import ADMIN_LEVELS
from vanban.structure import vocab as V
from vanban.structure.round_tables import line_above
from vanban.text import fold

__all__ = ["CELL_POINTER", "cell_section", "REFERENCE", "SUBJECT_REFERENCE", "ROW_POINTER", "dated_by_row_number", "SCHEDULE_POINTER", "ANNEX_SCHEDULE", "TABLE_SCHEDULE", "dated_by_schedule", "dated_by_reference", "due_end", "dated_if_earlier", "dated_by", "dated_by_event", "FOLLOWING_SCHEDULE", "dated_by_following_table", "TEAM_POINTER", "dated_by_team_row"]

#: the pointer: "(nêu | được phân công | được giao | đã đề ra) tại mục III" / "… tại Mục IV.1" (original text), and the
#: time or the step a block is told to keep: "gửi văn bản góp ý theo thời hạn tại Mục IV" (a review plan's timetable,
#: t34-01), "chuẩn bị báo cáo … đúng thời hạn tại mục III.2" (a HĐND xã's plan, t34-06); not a bare "theo mục III.3"
#: (a step followed, not its time: a33-01's labels leave "xây dựng kế hoạch thực hiện theo mục III.3" undated, t34-06's
#: date "Tổng hợp ý kiến cử tri theo mục III.3"; the sets disagree, the time words decide), nor "theo tiến độ tại Mục
#: III" over a whole section of dated steps, whose earliest is another step's (t34-03: its auction's month is meant);
#: the section's tasks taken over whole, "thực hiện nội dung tại mục III.4" (its bullets name no body: a Ban ATGT's
#: plan, t35-06), and a schedule kept, "bố trí 02 tổ công tác lưu động theo lịch tại mục III.2" (its days: t35-10)
#: (the section's tasks may be named as such, its item by "điểm N" before the section: "Giao Tổ quản lý vận hành … thực hiện
#: nhiệm vụ tại điểm 2 mục III" (a UBND xã's plan on rural water, t37-04); and a table's time cell may send to the rounds
#: a section dates: "Cấp phát hóa chất, tiêu độc … | Trạm … | … | Hai đợt theo mục III.2" (t37-07), the rounds' dates)
#: (obl44b) the time limit may be said set there, and the plan's parts named "Phần": "đăng ký đúng thời hạn quy định
#: tại Phần II" under a heading of units (a42-04's labels: the registration day of Phần II); "thời gian" is not "thời
#: hạn": "đúng thời gian tại mục III.3", "theo thời gian quy định tại mục III" (a30-09, a33-01, t28-08, t33-01: four
#: authors leave the block undated or dated by its own day)
REFERENCE = re.compile(r"(?:(?:nêu|được\s+phân\s+công|được\s+giao|đề\s+ra)\s+(?:ở|tại)"
                       r"|(?:theo|đúng)\s+thời\s+hạn(?:\s+(?:đã\s+)?(?:quy\s+định|nêu|ghi|đề\s+ra))?\s+(?:ở|tại)"
                       r"|(?P<takes>(?:[Tt]hực\s+hiện|[Tt]riển\s+khai)\s+(?:các\s+)?(?:nội\s+dung|nhiệm\s+vụ)\s+(?:ở|tại))"
                       r"|theo\s+lịch\s+(?:ở|tại)|[Đđ]ợt\s+(?:theo|ở|tại))"
                       r"\s+(?:(?:[Đđ]iểm\s+(?P<point>\d{1,2})\s+(?:của\s+)?)?(?:[Mm]ục|[Pp]hần)\s+"
                       r"(?P<sec>[IVXL]{1,4})(?:\.(?P<item>\d{1,2}))?"
                       # a plan numbered in decimals points to its sub-item so: "… tại điểm 3.2 Kế hoạch này"
                       r"|(?:[Đđ]iểm|[Mm]ục|[Tt]iểu\s+mục)\s+(?P<dsec>\d{1,2})\.(?P<ditem>\d{1,2}))(?![\w.]*\w)")
# a document named right after the pointer: the section is that document's ("tại mục II Công văn số 12/…"), or the rows
# ("các nhiệm vụ số 1, 2 tại Kế hoạch số 45/KH-UBND", "… theo Quyết định số …")
_OTHER_DOCUMENT = re.compile(r"\s*(?:(?:của|tại|theo)\s+)?(?:Công văn|Kế hoạch|Quyết định|Nghị quyết|Chỉ thị|Thông tư|Nghị định|Hướng dẫn"
                             r"|Thông báo|văn bản|Điều)\b")
# … but "… tại điểm 3.2 Kế hoạch này" names this document's item; a whole section "tại Mục IV Kế hoạch này" stays
# unread as before (t20-03's labels leave "triển khai các nội dung tại Mục IV Kế hoạch này" undated)
_THIS_DOCUMENT = re.compile(r"\s*(?:(?:của|tại|theo)\s+)?(?:Kế hoạch|Quyết định|Chỉ thị|Hướng dẫn|Thông báo|văn bản)\s+này\b")
# the block directs others to carry the section out, it does not take it over: "chỉ đạo các đơn vị thực hiện các nội
# dung tại mục 2.1" (t17-08's labels: the leader's own report date, not the items')
_DIRECTS_BEFORE = re.compile(r"(?:chỉ\s+đạo|đôn\s+đốc|yêu\s+cầu|hướng\s+dẫn)\s+[^;.:]{0,60}$", re.IGNORECASE)

# the goals the block is to reach, not tasks it takes over: "… bảo đảm đủ chỉ tiêu nêu tại Mục II" (t24-07: the block
# stays undated though Mục II holds dated tasks of its own)
_GOALS_BEFORE = re.compile(r"(?:chỉ\s+tiêu|mục\s+tiêu)[^;,.]{0,20}$")


#: a subject named by the section that lists it: "Các chủ thể có sản phẩm tại Mục III", "Các đơn vị có tên ở mục IV.2"
#: (a heading of "Tổ chức thực hiện" over a table of products, each row naming its chủ thể and a time): the block is
#: the rows' actors addressed as one, so it takes the rows over (one assignment, not one per row beside the block's)
#: and is due by their earliest time, the labels' rule for a block pointing to a section
SUBJECT_REFERENCE = re.compile(r"(?:ở|tại|trong)\s+[Mm]ục\s+(?P<sec>[IVXL]{1,4})(?:\.(?P<item>\d{1,2}))?(?![\w.]*\w)")


def _rhythm(d: Deadline) -> bool:
    """A weekly or daily rule ("thứ Tư hằng tuần"): an office's rhythm, no day a pointer to its section hands over."""
    return bool(d.recurrence and re.match(r"FREQ=(?:WEEKLY|DAILY)", d.recurrence))


def _dated_clause(own: str, m: re.Match, at: int, deadlines: list[Deadline]) -> bool:
    """The clause of ``own`` (the block's text, which starts at ``at`` in the document) that holds the pointer ``m``
    prints a due date of its own: "… tổ chức Hội thi nêu tại mục II.3, hoàn thành trước ngày …" — the pointer says
    which task, the clause says by when; the section's dates (its running period, another step) are not handed over."""
    a = max(own.rfind(";", 0, m.start()), own.rfind(". ", 0, m.start()), own.rfind("\n", 0, m.start())) + 1
    ends = [i for i in (own.find(";", m.end()), own.find(". ", m.end()), own.find("\n", m.end())) if i >= 0]
    b = min(ends) if ends else len(own)
    return any(d.span and at + a <= d.span.start < at + b and not d.past and d.date and not d.recurrence
               for d in deadlines)


def due_end(d: Deadline) -> str:
    """The ISO day a deadline is due by at the latest (its day or its window's end; "9999" when undated): the key by
    which a pointer's dates are compared (here and in :mod:`vanban.extract.progress_refs`)."""
    return d.date or d.latest or "9999"


def dated_if_earlier(ob: Obligation, best: Deadline | None) -> Obligation:
    """``ob`` due by ``best`` (charged to ``ob``'s body) when ``best`` is due before ``ob``'s own deadline."""
    if best is not None and (ob.deadline is None or due_end(best) < due_end(ob.deadline)):
        return replace(ob, deadline=replace(best, who=ob.who))
    return ob


def dated_by(out: list[Obligation], text: str, pick) -> list[Obligation]:
    """``out`` with each block that has a body and a span dated by ``pick(ob, own)`` (``own`` the block's text: the
    Deadline its pointer names, or None) when that is due before the block's own (:func:`dated_if_earlier`): the one
    loop of the pointer readers (rows, a calendar, a section's progress)."""
    return [dated_if_earlier(ob, pick(ob, text[ob.span.start:ob.span.end])) if ob.who and ob.span else ob for ob in out]


#: the word a plan may print before its Roman parts' numerals ("Phần II. NỘI DUNG …", "Mục III"): the part a pointer
#: names by its numeral, with or without the word ("… quy định tại Phần II")
_LEVEL_WORD = re.compile(r"^(?:[Pp]hần|PHẦN|[Mm]ục|MỤC)\s+")


def _section(parts: tuple[Part, ...] | list[Part], sec: str, item: str | None) -> tuple[int, int] | None:
    """The offsets of the body part labelled ``sec`` ("III."), or of its child labelled ``item`` ("1."), up to the
    next part: a table printed under the heading lies between the heading's part and the next one."""
    for i, p in enumerate(parts):
        if _LEVEL_WORD.sub("", (p.label or "").strip(" .*")) == sec:
            end = parts[i + 1].start if i + 1 < len(parts) else p.end
            if item is None:
                return p.start, end
            kids = p.children
            j = next((j for j, c in enumerate(kids) if (c.label or "").strip(" .*)") == item), None)
            if j is None:
                return None
            return kids[j].start, kids[j + 1].start if j + 1 < len(kids) else end
    return None


#: a table's due cell that sends to a section of the document for the time ("Theo Mục IV", "Theo mục III.2 Kế hoạch
#: này", "Thời gian theo Mục IV" under "Thời gian hoàn thành"): the cell is the row's time, set out in that section (a
#: registration's "trước ngày …" under "IV. THỜI GIAN, ĐỊA ĐIỂM"); the whole cell, so a task that names a section
#: ("Thực hiện theo mục III.3") is no such cell
CELL_POINTER = re.compile(r"(?:(?:[Tt]hời\s+(?:gian|hạn)|[Tt]iến\s+độ)\s+)?(?:[Tt]heo|[Nn]êu\s+tại|[Tt]ại)\s+[Mm]ục\s+"
                          r"(?P<sec>[IVXL]{1,4})(?:\.(?P<item>\d{1,2}))?(?:\s+(?:của\s+)?(?:Kế\s+hoạch|văn\s+bản)\s+này)?")


def cell_section(cell: str, body: tuple[Part, ...] | list[Part]) -> tuple[int, int] | None:
    """The offsets of the section a due cell sends to (:data:`CELL_POINTER`), or None: the cell names no section, or
    one the document does not have."""
    m = CELL_POINTER.fullmatch(" ".join(cell.split()).strip(" .;*"))
    return _section(body, m.group("sec"), m.group("item")) if m else None


def _bodies(who: str) -> list[str]:
    """The bodies of a joint subject ("Công an xã, Trạm Y tế xã"; "…; UBND các xã, phường; …"), folded; a one-word
    piece of a list's name ("các sở, ban, ngành" → "ban", "ngành") names no body of its own: "Thủ trưởng các sở, ban,
    ngành; Chủ tịch UBND các xã, phường" over "Tổ chức thực hiện các bước nêu tại mục IV đúng thời hạn" is not the
    "Các sở, ban, ngành; UBND các xã, phường" a row of mục IV charges (a32-03: the heads' block stays undated)."""
    return [x for x in (fold(x).strip() for x in re.split(r"[,;]\s*|\s+và\s+", who)) if len(x.split()) >= 2]


#: a level word closing a body's name (folded, :data:`vanban.place_nouns.ADMIN_LEVELS`): "… cấp nước xã"
_LEVEL_AFTER = re.compile(r"\s+(?:" + "|".join(r"\s+".join(w.split()) for w in ADMIN_LEVELS) + r")$")


def _shared(mine: set[str], theirs: set[str], plural: bool = False) -> bool:
    """One body in both lists, its level word after the name or not: "Tổ quản lý vận hành công trình cấp nước xã" in
    "Tổ chức thực hiện" is the "Tổ quản lý vận hành công trình cấp nước" of the section it points to. With ``plural``,
    a plural inside the name is the same body, each one of it: "Trưởng ban công tác Mặt trận các thôn … theo thời gian
    nêu tại mục II.4" is the "Trưởng ban công tác Mặt trận thôn" of the timeline's rows (a53-09's labels: their
    earliest row, for a block with no date of its own)."""
    def bare(x: str) -> str:
        return _LEVEL_AFTER.sub("", re.sub(r"(?<![a-z])(?:cac|nhung)\s+", "", x) if plural else x)
    return bool({bare(x) for x in mine} & {bare(x) for x in theirs})


def _named_shorter(mine: str, theirs: str) -> bool:
    """Every word of ``mine`` (a body's name, folded) is in ``theirs``, the two of one kind of body (same head word
    after "các"): "Các trường học trên địa bàn" in "Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn xã"."""
    a, b = fold(mine).replace(",", " ").split(), fold(theirs).replace(",", " ").split()
    head = [w for w in a if w not in ("cac", "nhung")][:1]
    return len(a) >= 3 and set(a) <= set(b) and bool(head) and head == [w for w in b if w not in ("cac", "nhung")][:1]


def _in_table(ob: Obligation, tables: tuple[Table, ...] | list[Table]) -> bool:
    """``ob`` was read from a row of a data table (a subject column's row: "Hợp tác xã … | Sản phẩm … | Trước ngày …")."""
    return bool(ob.span) and any(t.role == "data" and t.start <= ob.span.start < t.end for t in tables)


def dated_by_reference(out: list[Obligation], text: str, body: tuple[Part, ...] | list[Part],
                       deadlines: list[Deadline], tables: tuple[Table, ...] | list[Table] = ()) -> list[Obligation]:
    """``out`` with each block that points to a section of the document (:data:`REFERENCE`) dated by the earliest due
    date of that section's tasks when it is earlier than its own (see the module docstring).

    A block whose subject is named by a section (:data:`SUBJECT_REFERENCE`, "Các đơn vị có tên tại Mục II") is dated
    by that section's earliest task and takes over only the rows of a table's subject column inside it (the chủ thể
    of a product table, addressed as one by the block: one assignment, not one per row); a task of its own that a
    named body holds in the section's prose ("1. Công an xã rà soát … trước ngày …") stays that body's assignment —
    the block addresses the bodies, it does not replace their dated tasks."""
    res = list(out)
    taken: set[int] = set()  # the obligations of a section's item a block pointing to it takes over
    for k, ob in enumerate(out):
        if not ob.who or not ob.span:
            continue
        own = text[ob.span.start:ob.span.end]
        best: Deadline | None = None
        m = SUBJECT_REFERENCE.search(ob.who)
        sec = _section(body, m.group("sec"), m.group("item")) if m and not _OTHER_DOCUMENT.match(ob.who, m.end()) else None
        if sec is not None and not sec[0] <= ob.span.start < sec[1] \
                and (ob.deadline is None or any(_in_table(o, tables) for o in out if o.span and sec[0] <= o.span.start < sec[1])):
            # (t53dl) a block naming its bodies by a section of prose blocks and dating its own task: "1. Các cơ quan, đơn
            # vị tại Mục V và Ủy ban nhân dân các xã, thị trấn báo cáo kết quả … định kỳ 6 tháng, trước ngày 10 tháng 6
            # …" (t53-02's labels: 10/6, the report's; Mục V's bodies keep their own blocks and dates)
            inside = [o for o in out if o.span and sec[0] <= o.span.start < sec[1] and o.who and o is not ob]
            taken |= {id(o) for o in inside if _in_table(o, tables)}
            dates = [o.deadline for o in inside if o.deadline and not o.deadline.past and not _rhythm(o.deadline)] or [
                # (rows the reader did not charge, a table whose grid OCR lost: the section's own dates are their times)
                d for d in deadlines if d.span and sec[0] <= d.span.start < sec[1] and not d.past and (d.date or d.latest)
                and not _rhythm(d)]
            for d in dates:
                if best is None or due_end(d) < due_end(best):
                    best = d
        for m in REFERENCE.finditer(own):
            named_item = bool(m.group("item") or m.group("point") or m.group("dsec"))
            if (_OTHER_DOCUMENT.match(own, m.end()) and not (named_item and _THIS_DOCUMENT.match(own, m.end()))) \
                    or _GOALS_BEFORE.search(own[max(0, m.start() - 40):m.start()]):
                continue
            if m.group("takes") and _DIRECTS_BEFORE.search(own[max(0, m.start() - 80):m.start()]):
                continue
            if _dated_clause(own, m, ob.span.start, deadlines):
                continue  # "Tỉnh đoàn chủ trì tổ chức Cuộc thi … nêu tại mục III.4, tổng kết, trao giải xong trước ngày
                # 15/7/…": the pointer names the task, the clause's own date is its due date (no section's date)
            if m.group("dsec"):
                item = m.group("dsec") + "." + m.group("ditem")
                sec = _section(body, m.group("dsec"), item)
            else:
                item = m.group("item") or m.group("point")
                sec = _section(body, m.group("sec"), item)
            if sec is None or sec[0] <= ob.span.start < sec[1]:
                continue
            a, b = sec
            mine = set(_bodies(ob.who))
            inside = [o for o in out if o.span and a <= o.span.start < b and o.who]
            # (a weekly or daily rhythm inside it, "đến tận nhà … vào thứ Tư hằng tuần", is no date a pointer hands over)
            rows = [o.deadline for o in inside if o.deadline and not o.deadline.past and _shared(mine, set(_bodies(o.who)))
                    and not _rhythm(o.deadline)]
            if not rows and ob.deadline is None:
                # (ob55) an undated block naming its body in the plural: that body's own rows, not the section's first
                # row of another body ("Trưởng ban công tác Mặt trận các thôn …" → the rows of "Trưởng ban công tác Mặt
                # trận thôn", a53-09); a block with its own day keeps it ("Các chi bộ được kiểm tra … theo đúng đề cương
                # và thời gian nêu tại Mục III; … báo cáo kết quả khắc phục … trước ngày 31/12/2031", t38-06's labels)
                rows = [o.deadline for o in inside if o.deadline and not o.deadline.past
                        and _shared(mine, set(_bodies(o.who)), plural=True) and not _rhythm(o.deadline)]
            if not rows and m.group("takes") and item:
                # the block names the bodies of the item it takes over more shortly: "5.3. Các trường học trên địa bàn
                # ⏎ Thực hiện các nội dung tại điểm 3.2" over "Các trường mầm non, tiểu học, trung học cơ sở trên địa
                # bàn xã đưa quy định … trước ngày …" — the same bodies' tasks, so their date (the item's own entry stays)
                rows = [o.deadline for o in inside if o.deadline and not o.deadline.past and not _rhythm(o.deadline)
                        and _named_shorter(ob.who, o.who)]
            if m.group("takes") and item:
                # the block takes over the tasks of one numbered item its body acts in: "3. Giao Tổ quản lý vận hành …
                # xã thực hiện nhiệm vụ tại điểm 2 mục III" over "2. Quản lý chất lượng nước ⏎ Tổ quản lý vận hành … lấy
                # mẫu nước xét nghiệm định kỳ hằng quý, trước ngày 20 …" (t37-04's labels: one assignment, "covered by
                # IV.3 which refers back to them, not doubled"), dated by it
                taken |= {id(o) for o in inside if _shared(mine, set(_bodies(o.who)))}
            if not rows and (not inside or item):
                # the section's dates no body inside it holds, when the pointer names one numbered step ("… đúng thời
                # hạn tại mục III.2" over "2. Báo cáo kết quả …: Người được lấy phiếu tín nhiệm gửi báo cáo … trước ngày
                # 20/11/2029. Văn phòng HĐND và UBND xã gửi các báo cáo …", t34-06: the persons' date, which the Văn
                # phòng's undated clause does not take); a whole section's ("các bước nêu tại mục IV") charged to other
                # bodies hands none over (a32-03's labels)
                held = {(o.deadline.span.start, o.deadline.span.end) for o in inside if o.deadline and o.deadline.span}
                rows = [d for d in deadlines if d.span and a <= d.span.start < b and not d.past
                        and (d.date or d.latest) and (d.span.start, d.span.end) not in held and not _rhythm(d)]
            for d in rows:
                if best is None or due_end(d) < due_end(best):
                    best = d
        res[k] = dated_if_earlier(ob, best)
    return [o for o, was in zip(res, out) if id(was) not in taken]


#: a block that takes over numbered rows of the document's own table: "Phòng Văn hóa - Xã hội chủ trì các chỉ tiêu số
#: 6, 7 tại Mục III", "Trung tâm … thực hiện các chỉ tiêu số 2, 3, 4", "… phụ trách nhiệm vụ số 3 - 5" over a table
#: of chỉ tiêu / nhiệm vụ whose STT cells carry those numbers and whose rows name the body in charge and a completion
#: time; "số" marks the numbers as the rows' (a count, "chủ trì 02 nhiệm vụ", names none)
ROW_POINTER = re.compile(r"(?:[Cc]hủ\s+trì|[Tt]hực\s+hiện|[Pp]hụ\s+trách|[Tt]riển\s+khai)\s+(?:các\s+)?"
                         r"(?:chỉ\s+tiêu|tiêu\s+chí|nhiệm\s+vụ|nội\s+dung|hoạt\s+động)\s+số\s+"
                         r"(?P<nums>\d{1,2}(?:\s*(?:,|và|-|–)\s*\d{1,2})*)(?![\d/.]\d)")


def _row_numbers(nums: str) -> set[str]:
    """The row numbers a pointer lists: "6, 7" → {6, 7}; "3 - 5" → {3, 4, 5}."""
    out: set[str] = set()
    for piece in re.split(r"\s*(?:,|và)\s*", nums):
        span = re.fullmatch(r"(\d{1,2})\s*[-–]\s*(\d{1,2})", piece.strip())
        if span and int(span.group(1)) < int(span.group(2)):
            out |= {str(n) for n in range(int(span.group(1)), int(span.group(2)) + 1)}
        elif piece.strip().isdigit():
            out.add(str(int(piece.strip())))
    return out


def dated_by_row_number(out: list[Obligation], text: str, tables: tuple[Table, ...] | list[Table]) -> list[Obligation]:
    """``out`` with each block that points to numbered rows of a table of the document (:data:`ROW_POINTER`) dated by
    the earliest due date of those rows charged to the same body, when earlier than its own: the labels date an
    assignment by "the earliest dated deadline attached to" it, and the rows it names are its tasks with their times
    (the rule :func:`dated_by_reference` applies to a pointer to a section). Rows of another body hand none over."""
    starts = {}
    for t in tables:
        for row in t.rows[1:]:
            if row and row[0].text.strip(" .*").isdigit():
                starts.setdefault(str(int(row[0].text.strip(" .*"))), []).append(row[0].start)
    if not starts:
        return out

    def pick(ob: Obligation, own: str) -> Deadline | None:
        mine = set(_bodies(ob.who))
        best: Deadline | None = None
        for m in ROW_POINTER.finditer(own):
            if _OTHER_DOCUMENT.match(own, m.end()):
                continue  # "thực hiện chỉ tiêu số 3 của Nghị quyết …": another document's row
            at = {a for n in _row_numbers(m.group("nums")) for a in starts.get(n, ())}
            for o in out:
                if o is ob or not o.span or o.span.start not in at or not o.deadline or o.deadline.past:
                    continue
                if _shared(mine, set(_bodies(o.who or ""))) and (best is None or due_end(o.deadline) < due_end(best)):
                    best = o.deadline
        return best
    return dated_by(out, text, pick)


#: a block keeping to the document's calendar with no section named: "Tiến hành kiểm tra theo lịch", "gửi báo cáo …
#: đúng thời hạn theo lịch kiểm tra" (original text); not another body's calendar ("theo lịch của Ban Tổ chức") nor a
#: section's ("theo lịch tại Mục III.2": :data:`REFERENCE`). ``due``: the time words before it ask for the calendar's
#: due dates ("thời hạn", "hạn"), else the times its visits are held
SCHEDULE_POINTER = re.compile(r"(?P<due>(?:thời\s+)?hạn\s+)?theo\s+lịch(?:\s+(?:kiểm\s+tra|làm\s+việc|giám\s+sát|công\s+tác))?"
                              r"(?!\s+(?:của|ở|tại|do)\b)(?=\s*[.;,)\n]|\s*$)")
#: the kind of a calendar (folded): a schedule of visits to units — inspections, supervisions, working sessions —
#: named by its heading ("II. LỊCH KIỂM TRA"), its header ("Thời gian giám sát tại chi bộ") or the document's title
_CALENDAR_KIND = re.compile(r"(?<![a-z])(?:lich|kiem tra|giam sat|lam viec)(?![a-z])")

#: a calendar's column of the units it visits (folded): "Chi bộ được giám sát", "Đảng bộ", "Địa phương", "Xã, thị trấn"
_VISITED_HEAD = re.compile(r"(?<![a-z])(?:chi bo|dang bo|to chuc dang|dia phuong|doi tuong|xa|phuong|thi tran|thon"
                           r"|to dan pho|truong)(?![a-z])")
#: the same pointing to the appendix that holds the calendar: "tổ chức buổi tuyên truyền theo lịch tại Phụ lục kèm
#: theo", "… theo lịch ở Phụ lục 2", "hoàn thiện hồ sơ theo thời gian tại Phụ lục", "… đúng thời gian tại Phụ lục"
#: (original text): the appendix's dates are the block's own, even beside a date its text gives (the labels: a block
#: "theo thời gian tại Phụ lục" takes the earliest of those dates); not "xử lý theo tiến độ tại Phụ lục", the pace a
#: task keeps (a24-08's labels date that block by its own "hằng tháng, trước ngày 25") …
ANNEX_SCHEDULE = re.compile(r"(?:theo|đúng)\s+(?:lịch|thời\s+gian)(?:\s+[\w-]+){0,3}?\s+(?:ở|tại)\s+"
                            r"(?:các\s+)?[Pp]hụ\s+lục\b")
#: … and to a table of the body: "trực tiếp tiêm phòng theo lịch và địa bàn được phân công tại bảng trên" (original
#: text): the table's earliest date dates a block that gives none of its own, as a bare "theo lịch" does
#: (:data:`SCHEDULE_POINTER`); a block with its own date keeps it ("hoàn thành kiểm tra trước ngày 31/10; … hướng dẫn
#: thực tập theo lịch tại bảng trên": the drills are the units' own, the block only helps them)
TABLE_SCHEDULE = re.compile(r"(?:theo|đúng)\s+(?:lịch|thời\s+gian)(?:\s+[\w-]+){0,6}?\s+(?:ở|tại|trong)\s+"
                            r"bảng(?:\s+(?:trên|dưới|sau))?(?=[\s.;,)]|$)")


def _calendar(t: Table, heads: list[str], text: str, title: str, own: str) -> bool:
    """``t`` is a calendar a bare "theo lịch" keeps to: a column of the units or bodies visited beside a time column,
    and a heading, header, caption or title that names a calendar's kind (:data:`_CALENDAR_KIND`), or the block's own
    verb naming a kind its header shares ("kiểm tra theo lịch" over "Đơn vị được kiểm tra | Thời gian"). A plan's
    task table ("Nội dung | Đơn vị thực hiện | Thời gian" under "II. NỘI DUNG") is no calendar: its rows' dates are
    other tasks' deadlines, not the days a "tiếp công dân theo lịch" keeps."""
    if not (any((V.TASK_BODY_COL.search(h) or _VISITED_HEAD.search(h)) and not V.TASK_THING_COL.search(h) for h in heads)
            and any(V.TASK_DUE_COL.search(h) or V.DAY_COL.fullmatch(h) for h in heads)):
        return False
    named = " ".join([*heads, fold(t.caption), fold(line_above(t, text)), fold(title)])
    if _CALENDAR_KIND.search(named):
        return True
    return any(k in " ".join(heads) for k in _CALENDAR_KIND.findall(fold(own)))


def _schedule(tables: tuple[Table, ...] | list[Table],
              deadlines: list[Deadline]) -> list[tuple[Table, list[str], list[tuple[Deadline, bool]]]] | None:
    """The deadlines the document's one table of dated cells holds, each with whether its column is a due column
    (:data:`vocab.DUE_WORD_COL`), with the table and its folded header; None when no table or more than one holds
    dated cells (the pointer names none)."""
    found = []
    for t in tables:
        if t.role != "data" or not t.header:
            continue
        heads = [fold(h) for h in t.header]
        cells = [(c.start, c.end, bool(V.DUE_WORD_COL.search(heads[i]))) for row in t.rows[1:] for i, c in enumerate(row)
                 if i < len(heads)]
        mine = [(d, due) for d in deadlines if d.span and (d.date or d.latest) and not d.past
                for a, b, due in cells if a <= d.span.start < b]
        if mine:
            found.append((t, heads, mine))
    return found[0] if len(found) == 1 else None


def dated_by_schedule(out: list[Obligation], text: str, tables: tuple[Table, ...] | list[Table],
                      deadlines: list[Deadline], title: str = "") -> list[Obligation]:
    """``out`` with each undated block that keeps to the document's calendar (:data:`SCHEDULE_POINTER`: "kiểm tra theo
    lịch", "gửi báo cáo đúng thời hạn theo lịch") dated by the calendar's earliest date of the kind it keeps — a due
    column's for a "thời hạn", the times of the visits otherwise: the labels date an assignment by the earliest dated
    deadline attached to it, and a calendar of visits per unit (an inspection plan's "Chi bộ | Hạn gửi báo cáo | Thời
    gian làm việc") dates the team's visits and the units' reports the blocks point to. The table must be a calendar
    (:func:`_calendar`): a lone task table dates no "tiếp công dân theo lịch" (``title``: the document's trích yếu);
    one the block names as the appendix's calendar (:data:`ANNEX_SCHEDULE`) is one."""
    if not any((SCHEDULE_POINTER.search(text[o.span.start:o.span.end]) or TABLE_SCHEDULE.search(text[o.span.start:o.span.end]))
               for o in out if o.span and o.deadline is None) \
            and not any(ANNEX_SCHEDULE.search(text[o.span.start:o.span.end]) for o in out if o.span):
        return out
    found = _schedule(tables, deadlines)
    if not found:
        return out
    t, heads, cal = found

    def pick(ob: Obligation, own: str) -> Deadline | None:
        if ANNEX_SCHEDULE.search(own):
            # a block that names the appendix's calendar is due by its first visit when that comes before its own
            # dates too (the earliest dated deadline attached to it)
            return min((d for d, _ in cal), key=due_end, default=None)
        if ob.deadline is None and TABLE_SCHEDULE.search(own):
            return min((d for d, _ in cal), key=due_end, default=None)  # "… theo lịch tại bảng trên", no date its own
        if ob.deadline is not None or not _calendar(t, heads, text, title, own):
            return None
        best: Deadline | None = None
        for m in SCHEDULE_POINTER.finditer(own):
            due = bool(m.group("due"))
            for d, in_due in cal:
                if in_due == due and (best is None or due_end(d) < due_end(best)):
                    best = d
        return best
    return dated_by(out, text, pick)


#: the words of a time limit before a day (folded): "trước ngày", "chậm nhất ngày", "hạn", "xong", "hoàn thành" — a due
#: day, no day an event is held on
_DUE_WORDS = re.compile(P.due_words(rf"{P.kw('den')}(?![a-z])", rf"{P.kw('tu')}(?![a-z])"))  # (fixrev45) shared
#: a day named as the day of an event, right before its date (folded): "Lễ ra quân ngày ", "… (", "vào ngày "
_EVENT_DAY = re.compile(r"(?<![a-z])(?:ngay|vao ngay|vao)\s+$|\(\s*$")


def dated_by_event(out: list[Obligation], view: str, deadlines: list[Deadline], hits) -> list[Obligation]:
    """``out`` with each block that names again an event the plan schedules on a day ("Tổ Tổng hợp: chuẩn bị nội dung,
    kịch bản Lễ ra quân ngày 04/10/2034", the lễ ra quân dated in the plan's content part) dated by that day when it
    comes before the block's own. Why: the deadlines list keeps an event once, where it is first dated, so a block that
    prepares for it or takes part in it ("tham gia Lễ ra quân ngày 04/10/2034") read no date there; the labels date
    an assignment by the earliest dated deadline attached to it (tune44's notes: the event is that block's too).
    ``hits``: the whole text's dates (``dates.find_dates`` over ``view``)."""
    events: dict[str, Deadline] = {}
    for d in deadlines:
        if d.date and d.span and not d.past and not d.recurrence and d.earliest in (None, d.date) \
                and not _DUE_WORDS.search(fold(d.text or "")):
            events.setdefault(d.date, d)
    if not events:
        return out
    named = [h for h in hits if h.kind == "exact" and h.year_given and h.date in events
             and _EVENT_DAY.search(view, max(0, h.start - 12), h.start)
             and not _DUE_WORDS.search(view, max(0, h.start - 24), h.start)]
    if not named:
        return out

    def pick(ob: Obligation, own: str) -> Deadline | None:
        best = None
        for h in named:
            d = events[h.date]
            if ob.span.start <= h.start < ob.span.end and not ob.span.start <= d.span.start < ob.span.end \
                    and (best is None or due_end(d) < due_end(best)):
                best = d
        return best
    return dated_by(out, view, pick)


#: a block keeping to the calendar printed right after it: "Các thôn tổ chức diễn tập theo lịch sau; …", "… theo lịch
#: dưới đây:", "… theo lịch như sau:" (original text); and the topics a Hướng dẫn sets by month over a table of them:
#: "Năm 2039, các chi bộ tổ chức sinh hoạt chuyên đề mỗi quý ít nhất 01 lần, theo các chủ đề sau:" over "Quý | Chuyên đề |
#: Nội dung gợi ý | Thời gian tổ chức" with "Trong tháng 3/2039" in its first row (t53-10's labels: the block dated by it)
FOLLOWING_SCHEDULE = re.compile(r"theo\s+(?:lịch|(?:các\s+)?(?:chủ|chuyên)\s+đề)(?:\s+[\w-]+){0,3}?\s+(?:sau(?:\s+đây)?|dưới\s+đây|như\s+sau)(?=\s*[.;,:)\n]|\s*$)")


def dated_by_following_table(out: list[Obligation], text: str, tables: tuple[Table, ...] | list[Table],
                             deadlines: list[Deadline]) -> list[Obligation]:
    """``out`` with each block that keeps to the calendar printed right after it (:data:`FOLLOWING_SCHEDULE`) dated by
    that table's earliest date when it comes before the block's own. Why: the calendar the block announces is its
    own schedule ("Các thôn, buôn tổ chức thực tập phương án … theo lịch sau; buổi thực tập tại chợ … ngày 14/12" over
    "Thôn | … | Ngày thực tập" with a date per row): its first row is the block's first due day (the labels: "the
    earliest dated deadline attached to that assignment"), not a later date the block's text adds."""
    def pick(ob: Obligation, own: str) -> Deadline | None:
        m = FOLLOWING_SCHEDULE.search(own)
        if m is None:
            return None
        at = ob.span.start + m.end()
        t = next((t for t in sorted(tables, key=lambda t: t.start) if t.start >= at), None)
        if t is None or t.start - at > 600 or re.search(r"\n[ \t]*(?:[IVX]+|\d+)\.\s", text[ob.span.end:t.start]):
            return None  # no table right after it (a heading between: the calendar is another part's)
        return min((d for d in deadlines if d.span and t.start <= d.span.start < t.end and (d.date or d.latest)
                    and not d.past), key=due_end, default=None)
    return dated_by(out, text, pick)



#: (obl48) a block that chairs a team or round a table lists by name: "2. Trạm Y tế phường ⏎ Chủ trì Đoàn kiểm tra số
#: 1; bố trí cán bộ …", "Chủ trì Tổ giám sát sau Tết; …" (a46-02), "chủ trì Đoàn số 01 và Đoàn số 04" over an
#: inspection table "Đoàn kiểm tra | Thời gian | Đối tượng | Đơn vị chủ trì" (original text): the words after "chủ
#: trì" up to the clause's end. "tổ" of the verb "tổ chức" is no team (fixrev48: "Chủ trì tổ chức 02 hội nghị" was
#: keyed ("to", "2") and took an unrelated row's date; "Trưởng tổ chức chính trị - xã hội", "chủ trì tổ⏎chức cuộc …")
TEAM_POINTER = re.compile(r"(?:[Cc]hủ\s+trì|[Pp]hụ\s+trách|[Tt]rưởng)\s+(?:các\s+)?"
                          r"(?P<team>(?:[Đđ]oàn|[Tt]ổ(?!\s*chức)|[Đđ]ội|[Nn]hóm|[Đđ]ợt)\b[^;.:\n(]{0,80})")
#: a team's number in its name (folded): "doan kiem tra lien nganh so 1" → ("doan", "1"); "doan so 01 va doan so 04"
_TEAM_NUMBER = re.compile(r"(?<![a-z])(?P<noun>doan|to(?!\s*chuc)|doi|nhom|dot)(?:\s+[a-z-]+){0,4}?\s+(?:so\s+)?0*"
                          r"(?P<num>\d{1,2})(?![\d/])")
#: a team's whole name (folded) keys a row only when it opens with a team noun and names the team's work: "tổ giám sát
#: sau Tết", "đoàn kiểm tra liên ngành"; a row "Tổ chức hội nghị sơ kết" or "Đoàn viên thanh niên" is no team
_TEAM_NAME = re.compile(r"^(?:doan|to(?!\s*chuc)|doi|nhom|dot)\s.*(?<![a-z])(?:kiem tra|giam sat|cong tac|thanh tra)(?![a-z])")
_TEAM_NUMBERS = re.compile(r"(?:,|\s+va)\s*(?:(?:doan|to|doi|nhom|dot)\s+)?(?:so\s+)?0*(?P<num>\d{1,2})(?![\d/])")


def _team_keys(name: str) -> set[tuple[str, str]]:
    """The teams a name or a pointer names (folded): each (noun, number) — "Đoàn số 01 và Đoàn số 04", "Đoàn 01, 04"
    → {("doan", "1"), ("doan", "4")} — else the whole name of a team (:data:`_TEAM_NAME`), ("", "tổ giám sát sau
    tết" folded); else none."""
    v = " ".join(fold(name).split()).strip(" ,;")
    m = _TEAM_NUMBER.match(v)
    if not m:
        return {("", v)} if len(v.split()) >= 2 and _TEAM_NAME.match(v) else set()
    keys = {(m.group("noun"), m.group("num"))}
    at = m.end()
    while (n := _TEAM_NUMBERS.match(v, at)) is not None:
        keys.add((m.group("noun"), n.group("num")))
        at = n.end()
    return keys


def _dated_block(ob: Obligation) -> bool:
    """The block ``ob`` has a due day of its own (its earliest; the checklist splits it into one row per date later),
    which a pointer's date does not replace."""
    return ob.deadline is not None and bool(ob.deadline.date or ob.deadline.latest)


def dated_by_team_row(out: list[Obligation], text: str, tables: tuple[Table, ...] | list[Table]) -> list[Obligation]:
    """``out`` with each undated block that chairs a team a table lists by name (:data:`TEAM_POINTER`) dated by that
    row's time, the row charged to the same body. Why: an inspection plan lists its teams
    in a table ("Đoàn kiểm tra liên ngành số 1 | Từ 15/12/2035 đến 10/01/2036 | … | Trạm Y tế phường") and names each
    lead body again in "Tổ chức thực hiện" ("2. Trạm Y tế phường ⏎ Chủ trì Đoàn kiểm tra số 1; …"): the team's window
    is a task the block takes on, and the labels date an assignment by "the earliest dated deadline attached to" it
    (realdocs/labeled/README.md; a46-02's notes: "the IV.2–IV.4 obligations take the end of the đoàn they chair") —
    the rule :func:`dated_by_row_number` applies to rows pointed at by their STT. A team of another body's row hands
    nothing over; a block that only joins a team ("phối hợp Đoàn số 04", "cử cán bộ tham gia các đoàn") points to none;
    a block with a date of its own keeps it. (a32-08's labels leave two such undated blocks undated without a word on
    it, against a46-02's notes; the README's rule decides.)"""
    rows: dict[tuple[str, str], list[Obligation]] = {}
    for t in tables:
        if t.role != "data":
            continue
        for row in t.rows[1:]:
            if not row:
                continue
            obs = [o for o in out if o.span and row[0].start <= o.span.start < row[-1].end and o.deadline
                   and not o.deadline.past]
            if not obs:
                continue
            for c in row:
                if c.text.strip(" .*").isdigit():
                    continue
                for k in _team_keys(c.text.strip(" *")):
                    if k[0] or len(k[1].split()) <= 6:
                        rows.setdefault(k, []).extend(obs)
                break  # the row's name: its first cell that is not the STT
    if not rows:
        return out

    def pick(ob: Obligation, own: str) -> Deadline | None:
        if _dated_block(ob):
            return None  # a block with a date of its own keeps it (a32-08's Sở Y tế: "… chủ trì Đoàn số 01 …; … trước ngày")
        mine = set(_bodies(ob.who))
        best: Deadline | None = None
        for m in TEAM_POINTER.finditer(own):
            for k in _team_keys(m.group("team")):
                for o in rows.get(k, ()):
                    if o is ob or not _shared(mine, set(_bodies(o.who or ""))):
                        continue
                    if best is None or due_end(o.deadline) < due_end(best):
                        best = o.deadline
        return best
    return [o if any(t.role == "data" and t.start <= (o.span.start if o.span else -1) < t.end for t in tables) else d
            for o, d in zip(out, dated_by(out, text, pick))]


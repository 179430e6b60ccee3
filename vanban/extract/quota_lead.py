"""The units a table of quotas is handed to, named by the line that leads into it.

A plan or a decision hands out its quotas in a table under a line such as "2. Giao chỉ tiêu cụ thể cho 12 thôn như
sau:" (a Quyết định giao chỉ tiêu tuyển quân, t25-06) or "Chỉ tiêu cụ thể giao cho mỗi Hội CCB xã, phường, đặc khu
(hội cơ sở) như sau:" (a Hội CCB tỉnh's Kế hoạch thi đua, t29-06). The labels count the table as one obligation of
those units ("12 thôn", "Hội CCB xã, phường, đặc khu (mỗi hội cơ sở)"), dated by the earliest of its dated cells.
A table whose rows each name one unit and carry that unit's own completion date ("STT | Thôn | Trồng rừng tập trung
(ha) | … | Thời gian hoàn thành" over "1 | Thôn Làng Bát | 32 | … | Trước ngày 30/9/2029") hands each unit its own
task by its own day: one obligation per row, of the unit the row names (:func:`unit_column`), as a task table's rows
are (t34-10); the table with units and figures only (t25-06) stays the one obligation of the lead line's units.
A table in an appendix that the body only points to ("Chỉ tiêu giao cho từng đơn vị tại Phụ lục kèm theo", t22-04,
t23-05) is left alone: the sets disagree on it (t29-09 counts "Các thôn", t22-04 and t23-05 count nothing).
A caption over the table may stand for the lead line ("Bảng 1. Chỉ tiêu … theo thôn", :func:`quota_caption`: the
session-36 newcomer's plan, each thôn's row dated): it names no one to hand the whole table to, so only the rows dated
per unit are read as obligations, and a caption over figures alone gives none (the goals broken down, targets only).
"""

from __future__ import annotations

import re

from vanban.text import fold

__all__ = ["QUOTA_CAPTION", "QUOTA_LEAD", "quota_caption", "quota_units", "unit_column", "unit_name"]

#: the lead line (original text, the last line before the table): the quota handed "cho" / "giao cho" the units, then
#: "như sau" / "theo bảng sau" and a colon
QUOTA_LEAD = re.compile(
    r"(?:^|\n)[ \t*_]*(?:\d{1,2}\.\s*|[a-zđ]\)\s*|[-–+•]\s*)?"
    r"(?:[Gg]iao\s+(?:các\s+)?chỉ\s+tiêu(?:\s+[^\s:;.\n]+){0,8}?\s+cho"
    r"|[Cc]hỉ\s+tiêu(?:\s+[^\s:;.\n]+){0,8}?\s+giao\s+cho)"
    r"\s+(?P<who>[^:;\n]{2,120}?)\s*(?:,\s*)?(?:cụ\s+thể\s+)?(?:như\s+sau|theo\s+bảng\s+sau|tại\s+bảng\s+sau)?"
    r"[ \t*_]*:[ \t*_]*(?=\n|$)")
#: what may stand between the lead line and the table's first data row: blank lines, bars, the header row, rules
_TABLE_LINES = re.compile(r"(?:[ \t]*(?:\|[^\n]*)?\n)*[ \t]*\|?[ \t]*$")
#: the header of the column naming each row's unit (folded, whole cell): a village, a residential group, a commune, a
#: unit or a Party cell ("Thôn", "Tên thôn", "Tổ dân phố", "Xã, phường", "Đơn vị", "Chi bộ")
_UNIT_COL = re.compile(r"(?:ten\s+)?(?:thon|ban|buon|ap|lang|khu dan cu|khu pho|to dan pho|to dan pho, khu pho|xa|phuong"
                       r"|xa, phuong|xa, thi tran|don vi|co quan, don vi|chi bo|dang bo|co so|hoi co so)")
#: a table's caption naming it the quotas by unit (folded): "Bảng 1. Chỉ tiêu … theo thôn", "Chỉ tiêu … giao cho các
#: chi bộ năm 2028", "Biểu 02: Phân bổ chỉ tiêu … cho từng tổ dân phố"
QUOTA_CAPTION = re.compile(
    r"(?:(?:bang|bieu)\s+\w{1,3}\s*[.:]?\s*)?(?:phan bo\s+|phan giao\s+|giao\s+)?chi tieu\b[^:;]{0,120}?\s"
    r"(?:theo|cho|giao cho|cua)\s+(?:cac\s+|tung\s+|moi\s+)?"
    r"(?:thon|ban|buon|ap|khu dan cu|khu pho|to dan pho|xa|phuong|don vi|chi bo|dang bo|co so)"
    r"(?:\s+(?:trong\s+)?nam\s+20\d\d)?\s*:?")
# a year closing the units' name is the quotas' period, not a part of the name ("cho các thôn năm 2027")
_YEAR_TAIL = re.compile(r"\s+(?:trong\s+)?năm\s+20\d\d$")


def quota_units(before: str) -> str | None:
    """The units a quota table is handed to, from ``before`` (the text up to the table's start: its lead line, then
    only the table's own layout lines), as printed with a capital first letter ("12 thôn", "Mỗi Hội CCB xã, phường,
    đặc khu (hội cơ sở)"); None when no such lead line stands right above the table."""
    tail = before[-600:]
    for m in reversed(list(QUOTA_LEAD.finditer(tail))):
        if not _TABLE_LINES.fullmatch(tail[m.end():]):
            return None
        who = _YEAR_TAIL.sub("", m.group("who").strip(" ,*_"))
        return who[:1].upper() + who[1:] if who else None
    return None


def quota_caption(caption: str) -> bool:
    """Whether a table's caption names the table the quotas by unit (:data:`QUOTA_CAPTION`)."""
    return bool(caption) and QUOTA_CAPTION.fullmatch(" ".join(fold(caption).split()).strip(" *.")) is not None


def shares_goals(before: str) -> bool:
    """The lead line :func:`quota_units` reads in ``before`` opens with "Chỉ tiêu …" ("3. Chỉ tiêu giao cho từng chi
    bộ:"), not with the verb "Giao": a noun phrase naming the goals' share. Over a table whose rows are the units
    with their figures (:func:`vanban.extract.figure_rows.figures_only`) it breaks the plan's goals down, the labels
    count targets, no obligation (t31-05, a21-06); over the tasks every unit carries ("Chỉ tiêu cụ thể giao cho mỗi
    Hội CCB … như sau:", t29-06) it still charges them."""
    tail = before[-600:]
    for m in reversed(list(QUOTA_LEAD.finditer(tail))):
        return re.match(r"[\s*_]*(?:\d{1,2}\.\s*|[a-zđ]\)\s*|[-–+•]\s*)?[Cc]hỉ\s+tiêu", m.group(0)) is not None
    return False


def unit_column(head: list[str]) -> int | None:
    """The column of a quota table's header (folded cells) that names each row's unit ("Thôn", "Đơn vị"), the first
    such; None when no column does."""
    return next((i for i, h in enumerate(head) if _UNIT_COL.fullmatch(" ".join(h.strip(" *.:").split()))), None)


def unit_name(head: str, cell: str) -> str:
    """The unit a row's cell names, with its column's kind when the cell gives the proper name alone ("Làng Bát" under
    "Thôn" → "Thôn Làng Bát"); the cell as printed when it already opens with a kind ("Thôn Làng Bát", "Chi bộ 3")."""
    name = " ".join(cell.split()).strip(" *.;")
    kind = re.sub(r"^(?:[Tt]ên\s+)", "", " ".join(head.split()).strip(" *.:"))
    if not name or not kind or "," in kind or re.match(re.escape(fold(kind)) + r"\b", fold(name)) \
            or not name[:1].isupper() or fold(kind) in ("don vi", "co so"):
        return name
    return f"{kind[:1].upper()}{kind[1:]} {name}"

"""A table's due cell that says again a date the prose gave the same task: one deadline, not two.

Why (dl37): a plan often closes with a table that lists again what its prose has set. A Front's fund-raising plan
charges "Ban công tác Mặt trận các thôn" to pay in "chậm nhất ngày 25/11/…" and "Các trường học trên địa bàn xã" to
send their money "trước 20/11/…", then its Phụ lục of quotas prints a "Thời gian nộp về Quỹ" cell for every thôn and
school: "Trước 25/11/…" seven times, "Trước 20/11/…" once more (t36-03). A Đảng ủy's congress plan lists the papers due
"trước ngày 31/3/…" in its timetable, then a table of documents (Tài liệu | Nơi nhận | Thời hạn) prints "Trước 31/3/…"
beside two of them (a35-01); a Hướng dẫn's table of report forms repeats the three report dates of its part IV
(t26-08). A reader's calendar holds each of those dates once: the labels leave the repeated cells out (a28-06, a28-08,
t20-03, t26-08, a35-01, t36-03) and list the row of a unit the prose gave no such date ("Trạm Y tế xã | … | Trước
20/11/…").

A cell is the prose's date again when the prose has a deadline of the same date (interval, recurrence) and the row
 - names no body (a table of papers or report forms: the cell is the prose's task's date), or
 - names one member of the group the prose charged ("Thôn Chánh Thắng" under "… các thôn", "Tổ dân phố 3" under "các
   tổ dân phố"), or the group itself ("Các trường học (03 trường)" for "Các trường học trên địa bàn xã").
The row's body is the deadline's own (the row's obligation gave it), else the unit its unit column names: a Phụ lục of
quotas charges its rows no task (obl37b: ``figure_rows.quota_appendix_rows``), so its due cells reach here with no
body, and the thôn's "Trước 25/11/…" is the prose's date again all the same (t36-03).
A row naming the very body the prose names, in its own words, is left as its own entry: two older authors list a task
table's row beside the prose (a23-03, a26-01), newer ones do not (t20-03); the group and unnamed cases hold on both.
Tests: tests/test_restated_dues.py.
"""

from __future__ import annotations

import re

from vanban.extract import patterns as P
from vanban.extract.folded import group_key, loose_key
from vanban.extract.quota_lead import unit_column, unit_name
from vanban.extract.table_heads import head_keys
from vanban.models import Deadline, Table
from vanban.place_nouns import COMMUNE_LEVELS, RESIDENTIAL_UNITS
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["without_restated_dues", "without_appendix_restated_dues", "in_appendices", "without_run_windows"]

#: the words a group's name takes after its noun that only place it ("Các trường học trên địa bàn xã"), folded
_PLACED_TAIL = re.compile(r"\s+(?:tren|o)\s+dia\s+ban\b.*$")
#: the places a plan's rows are handed to one by one, a member named after its noun ("Thôn Chánh Thắng", "Tổ dân phố
#: 3"), folded; a body of a kind ("Sở Xây dựng" among "các sở, ngành") is no member: the labels list its row (a23-03)
_PLACE_NOUNS = RESIDENTIAL_UNITS + COMMUNE_LEVELS


def _when(d: Deadline) -> tuple:
    return d.date, d.earliest, d.latest, d.recurrence


def _bare(who: str) -> str:
    """``who`` folded, its punctuation a space, without its brackets ("(03 trường)") and the words that only place it."""
    return _PLACED_TAIL.sub("", " ".join(re.sub(r"[^a-z0-9]+", " ", fold(re.sub(r"\([^()]*\)", " ", who))).split()))


def _groups(who: str) -> list[str]:
    """The places a prose body names after "các": "Ban công tác Mặt trận các thôn" → ["thon"], "UBND các xã,
    phường" → ["xa"]."""
    bare = _bare(who)
    return [n for n in _PLACE_NOUNS if re.search(rf"(?<![a-z])cac {n}(?![a-z])", bare)]


def _member(row_who: str, prose_who: str) -> bool:
    """``row_who`` names one member of a group ``prose_who`` charges, or that group itself."""
    row = _bare(row_who)
    if row.startswith("cac "):  # the group as the prose names it, its count or place aside
        return row == _bare(prose_who)
    # a member: the group's noun, then a name printed with a capital or a number ("Thôn Chánh Thắng", "Tổ dân phố 3")
    return any(row.startswith(g + " ") and _proper(row_who, len(g.split())) for g in _groups(prose_who))


def _proper(who: str, noun_words: int) -> bool:
    """The word of ``who`` after its first ``noun_words`` words is a name (a capital) or a number."""
    words = who.split()
    return len(words) > noun_words and (words[noun_words][:1].isupper() or words[noun_words][:1].isdigit())


def without_restated_dues(deadlines: list[Deadline], tables: tuple[Table, ...]) -> list[Deadline]:
    """``deadlines`` without a table cell's date the prose already gave the same task (see the module); ``tables`` the
    document's tables (the data tables are read)."""
    data = [t for t in tables if t.role == "data"]
    prose = [d for d in deadlines if d.span and not any(t.start <= d.span.start < t.end for t in data)]
    out = []
    for d in deadlines:
        table = next((t for t in data if d.span and t.start <= d.span.start < t.end), None)
        if table is not None and not d.past:
            same = [p for p in prose if _when(p) == _when(d) and not _event_day_beside_due(d, p, table)]
            who = d.who or _row_unit(d, table)
            if same and (_member_row(who, same) if who else _no_body_column(table)):
                continue
        out.append(d)
    return out


#: a due word before a date (folded): "trước ngày", "chậm nhất", "hạn", "xong", "hoàn thành"
_DUE_WORD = P.DUE_WORD_RE  # (fixrev45) the shared due words, OCR spellings included


def _event_day_beside_due(d: Deadline, p: Deadline, table: Table) -> bool:
    """The cell ``d`` is a bare day under a column naming the day an event is held ("Ngày thực tập phương án" over
    "30/11/2034"), the prose's ``p`` a time limit of the same day ("báo cáo danh sách … trước ngày 30/11/2034"): two
    things on one day — a unit's drill and another task's due date — not the prose's date said again (tune44's labels
    keep both)."""
    if _DUE_WORD.search(fold(d.text or "")) or not _DUE_WORD.search(fold(p.text or "")):
        return False
    row = next((r for r in table.rows[1:] if any(c.start <= d.span.start < c.end for c in r)), None)
    col = next((i for i, c in enumerate(row or []) if c.start <= d.span.start < c.end), None)
    if col is None or col >= len(table.header):
        return False
    head = fold(table.header[col]).strip(" *.:")
    return head.startswith("ngay ") and not _DUE_WORD.search(head)


def _member_row(who: str, same: list[Deadline]) -> bool:
    """A row's body ``who`` is a member, or the whole, of a group one of the prose's deadlines ``same`` is charged to."""
    return any(p.who and _member(who, p.who) for p in same)


def _row_unit(d: Deadline, table: Table) -> str | None:
    """The unit ``d``'s row names in ``table``'s unit column ("Đơn vị" / "Thôn Chánh Thắng"), None when the table has
    no such column or the cell names nothing."""
    col = unit_column([fold(h) for h in table.header])
    row = next((r for r in table.rows[1:] if any(c.start <= d.span.start < c.end for c in r)), None)
    if col is None or row is None or col >= len(row) or not re.search(r"[^\W\d_]{2}", row[col].text):
        return None
    return unit_name(table.header[col], row[col].text)


def _no_body_column(table: Table) -> bool:
    """``table`` has a header and none of its columns names the body doing a row's task ("Tài liệu | Nơi nhận | Thời
    hạn", "Mẫu số | Tên biểu mẫu | Kỳ báo cáo | Thời hạn gửi"; not "Đơn vị báo cáo", "Đơn vị chủ trì"): its rows'
    dates belong to the prose's tasks. A body column left unread (the row's body lost) keeps its rows' dates."""
    heads = head_keys(table.header)
    return bool(heads) and not any(V.TASK_BODY_COL.search(h) and not V.TASK_THING_COL.match(h)
                                   and not V.TASK_DUE_COL.search(h) and not V.TASK_WITH_COL.search(h) for h in heads)


def in_appendices(span, appendices: tuple[tuple[int, int], ...]) -> bool:
    """``span`` (a :class:`vanban.models.Span` or None) starts inside one of ``appendices`` (start, end offsets): a
    Phụ lục's fact, which may say again what the body set (here for deadlines, ``checklist`` for task rows)."""
    return bool(span) and any(a <= span.start < b for a, b in appendices)


def without_appendix_restated_dues(deadlines: list[Deadline], appendices: tuple[tuple[int, int], ...],
                                   tables: tuple[Table, ...] = ()) -> list[Deadline]:
    """``deadlines`` without an appendix's date that says again one the body gave the same task: a registration form's
    note "Bản đăng ký … gửi về Phòng Văn hóa - Xã hội trước ngày 04/8/…" under the body's "Đăng ký tham gia (theo mẫu
    tại Phụ lục): gửi về Phòng Văn hóa - Xã hội trước ngày 04/8/…" is one deadline (author66B's labels: "repeated in
    the Phụ lục, labelled once"), as a task table's row restating the body is one obligation
    (``checklist._without_appendix_restatements``). The same time, the same task's words (folded, one holding the
    other) and the same body (:func:`folded.group_key`) or none named on either side: the same report sent by another
    group ("Các trường học gửi báo cáo …" in the Phụ lục, "Các thôn gửi báo cáo …" in the body) is a due of its own;
    an appendix's own dates stay, and so do the cells of an appendix's table (a task table's row restating the body is
    its own entry for a27-09's author, none for t20-03's: :func:`without_restated_dues` reads tables)."""
    if not appendices:
        return deadlines

    def in_appendix(d: Deadline) -> bool:
        return in_appendices(d.span, appendices) and not any(t.start <= d.span.start < t.end for t in tables)

    def same_body(a: str | None, b: str | None) -> bool:
        return not a or not b or group_key(a) == group_key(b)

    body = [(_when(d), loose_key(d.what), d.who) for d in deadlines if d.what and not in_appendix(d)]
    return [d for d in deadlines
            if not (in_appendix(d) and d.what
                    and any(w == _when(d) and k and (k in loose_key(d.what) or loose_key(d.what) in k)
                            and same_body(who, d.who) for w, k, who in body))]


#: a window's opening word (folded): "từ ngày 01/10/2034 đến ngày 10/10/2034"
_FROM = re.compile(r"\s*tu\s")
#: the calendar a window hands its days to, right after it (folded): ", theo lịch của từng thôn:", "theo lịch sau:"
#: — its words may wrap onto the next line, no blank line between ("…, theo lịch của từng⏎thôn:", t44-05 as legacy OCR
#: lays it out on the page's measure)
_BY_CALENDAR = re.compile(r"[\s,;]*theo(?:[ \t]+|[ \t]*\n[ \t]*)lich\b(?:[^.\n]|\n(?![ \t]*\n)){0,60}:")


def without_run_windows(deadlines: list[Deadline], tables: tuple[Table, ...], view: str) -> list[Deadline]:
    """``deadlines`` without the window of a round that the text dates otherwise (tune44's labels; README: the running
    period of a campaign is no deadline):

    - a window whose last day a due phrase of the same sentence gives again ("Đợt tiêm bổ sung: từ ngày 01/10 đến
      ngày 10/10/…, tiêm cho …; hoàn thành tiêm bổ sung chậm nhất ngày 10/10/…"): the round runs over the window, the
      due phrase says by when it is done — one deadline, the due one;
    - a window handed to the calendar printed right after it ("từ ngày 05/9 đến hết ngày 17/9/…, theo lịch của từng
      thôn:" over rows dated "05 - 06/9/…", "07 - 08/9/…"): the rows are the units' own days, the window only spans them.
    """
    data = [t for t in tables if t.role == "data"]
    out = []
    for d in deadlines:
        window = d.span is not None and d.date is None and d.earliest and d.latest and d.earliest != d.latest \
            and _FROM.match(fold(d.text or ""))
        if window and any(e is not d and e.span and e.span.sentence == d.span.sentence and e.date == d.latest
                          and _DUE_WORD.search(fold(e.text or "")) for e in deadlines):
            continue
        if window and (m := _BY_CALENDAR.match(view, d.span.end)) is not None:
            t = next((t for t in sorted(data, key=lambda t: t.start) if t.start >= m.end()), None)
            rows = [e for e in deadlines if t is not None and e.span and t.start <= e.span.start < t.end
                    and d.earliest <= (e.earliest or e.date or "") and (e.latest or e.date or "9999") <= d.latest]
            if t is not None and t.start - m.end() < 400 and len(rows) >= 2:
                continue
        out.append(d)
    return out


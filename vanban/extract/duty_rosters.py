"""A duty roster's periods: the days or months someone is on duty are no deadlines.

Why: a Kế hoạch phòng, chống thiên tai of a UBND xã sets its duty ("Trực ban phòng, chống thiên tai từ ngày 01/9/2028
đến ngày 15/12/2028 tại trụ sở UBND xã; … Lịch trực lãnh đạo như sau:") and lays the roster out as a table ("Thời
gian | Lãnh đạo trực chỉ huy | Bộ phận thường trực" / "Tháng 9/2028 | Phó Chủ tịch UBND xã … | Phòng Kinh tế; …").
The duty's span and each roster row's month are when someone is on duty, a running period, nothing to be done by
then (the labels' "running period": t31-08's authors leave the duty period and the roster months out). The deadline
grammar read them as intervals.

Only a period with no due word of its own ("trước", "chậm nhất", "hoàn thành", "hạn", "xong"): "niêm yết lịch trực
… trước 16 giờ 00 ngày 20/01/2027", "gửi lịch trực về Văn phòng … trước ngày 01/02/2027" are due dates of the roster's
making (a17-09, t25-10).
"""

from __future__ import annotations

import re

from vanban.extract import patterns as P
from vanban.extract.folded import Folded, kw
from vanban.models import Deadline

__all__ = ["without_duty_periods"]

#: the duty named right before its span, in the same clause ("Trực ban phòng, chống thiên tai từ ngày …", "trực Tết
#: từ …"; folded)
DUTY_BEFORE = re.compile(rf"(?<![a-z])(?:{kw('truc ban')}|{kw('lich truc')}|{kw('ca truc')})(?![a-z])[^.;:\n]{{0,80}}$")
#: … or a force put on duty on the days named right after it ("bố trí tối thiểu 20 cán bộ, chiến sĩ làm nhiệm vụ trong
#: ngày 08/7 và 09/7/2028", the days of a ceremony its timetable dates already: a31-07, as t31-07's labels leave the
#: Công an's "tại buổi lễ tối 29/4/2028"); folded, right before the day
ON_DUTY_BEFORE = re.compile(rf"(?<![a-z]){kw('lam nhiem vu')}\s+(?:{kw('trong')}|{kw('vao')})\s+(?:{kw('cac')}\s+)?"
                            rf"(?:{kw('ngay')}\s+)?$")
#: … or a force placed to guard on the day named after its place ("bố trí lực lượng bảo vệ tại các điểm bỏ phiếu trong
#: ngày 24/9/2028": the election day, the plan's own item dates it; t32-01's labels date the day once, not the Công an's
#: guard); folded, in the clause before the day (a legacy OCR's blank line inside it, no new item)
FORCE_PLACED_BEFORE = re.compile(rf"(?<![a-z]){kw('bo tri')}\s+{kw('luc luong')}(?![a-z])(?:[^.;:\n]|\n(?![ \t]*[-+•]))"
                                 r"{0,80}?\s"
                                 rf"(?:{kw('trong')}|{kw('vao')})\s+(?:{kw('cac')}\s+)?(?:{kw('ngay')}\s+)?$")
#: … or named right after a span that opens its clause ("Từ ngày 01/9/2028 đến ngày 15/12/2028, Ban Chỉ huy PCTT và
#: TKCN xã tổ chức trực ban 24/24 giờ tại trụ sở UBND xã", a31-08): the span the duty runs over, the time put first
#: (folded; a line break of the layout inside, no blank line nor clause end)
DUTY_AFTER = re.compile(rf"(?:[^.;:\n]|\n(?![ \t]*\n)){{0,100}}?(?<![a-z])(?:{kw('truc ban')}|{kw('lich truc')}|{kw('ca truc')})"
                        r"(?![a-z])")
#: … or a force or a staff put on duty for a span named right after, in the same clause: "bố trí lực lượng trực 100%
#: quân số từ 20 giờ 00 ngày 18/02/2034 đến 06 giờ 00 ngày 19/02/2034" (the night of the Giao thừa, a42-08's labels:
#: a period, no deadline), "cán bộ trực cấp cứu từ ngày … đến ngày …": "trực" the verb (folded; not "trực tuyến",
#: "trực tiếp", "trực thuộc", nor "Thường trực", a body), the span opening with "từ" (:data:`_FROM`); folded "truc" is
#: also kiến "trúc", cấu "trúc", đường "trục": the word is read with its marks too (:data:`_DUTY_WORD`)
ON_DUTY_SPAN_BEFORE = re.compile(r"(?<![a-z])(?<!thuong )truc(?![a-z])(?!\s+(?:tuyen|tiep|thuoc|quan|dien)(?![a-z]))"
                                 r"[^.;:\n]{0,60}$")
#: "trực" as the original writes it: with its marks, or with none (a legacy OCR that lost them); "trúc", "trục" are
#: other words (kiến trúc, đường trục) that fold alike
_DUTY_WORD = re.compile(r"tr[ựu]c", re.IGNORECASE)
#: the span's own opening word, "từ" (folded): only a span put first is read with the duty after it
_FROM = re.compile(rf"{kw('tu')}\s")
#: a roster's header cell: who is on duty ("Lãnh đạo trực chỉ huy", "Người trực", "Cán bộ trực", "Bộ phận thường
#: trực"); the roster's rows follow it up to the next numbered heading (folded, a line of its own)
ROSTER_HEAD = re.compile(rf"(?m)^[ \t|*_]*(?:{kw('lanh dao truc')}|{kw('nguoi truc')}|{kw('can bo truc')}"
                         rf"|{kw('bo phan thuong truc')}|{kw('ca truc')})(?![a-z])")
#: … or any cell of a table's header naming who is on duty, or how ("Thời gian | Chỉ huy trực | Lực lượng trực", a forest
#: plan's roster under "4. Tổ chức trực PCCCR", a50-03; "Thời gian | Cấp độ trực | Trực chỉ huy | Lực lượng trực |
#: Địa điểm", a46-01; "Ngày | Lãnh đạo trực | Cơ quan trực cùng", a50-04): the sets' every table so headed leaves its
#: rows' periods out (three documents, none dated; no labelled real document prints one). A cell of its own between
#: pipes, the role and "trực" its only words (folded)
ROSTER_HEAD_CELL = re.compile(
    rf"(?m)^[ \t]*\|(?:[^|\n]*\|)*?[ \t*_]*(?:(?:{kw('chi huy')}|{kw('luc luong')}|{kw('lanh dao')}|{kw('can bo')}|{kw('nguoi')}"
    rf"|{kw('cap do')}|{kw('co quan')})\s+{kw('truc')}|{kw('truc')}\s+(?:{kw('chi huy')}|{kw('ban')}|{kw('lanh dao')}))"
    r"(?!\s+(?:tuyen|tiep|thuoc)(?![a-z]))(?:\s+[a-z]+)?[ \t*_]*\|")
#: … or a numbered heading naming the roster ("2. Lịch trực lãnh đạo và trực cơ quan", "III. PHÂN CÔNG TRỰC TẾT") over a
#: table of days and the persons on duty ("Ngày | Họ và tên | Chức vụ | Số điện thoại", a Thông báo of the Tết duty):
#: each row's day is a day someone is on duty, nothing due by it (author67B's labels, t42-08); folded
ROSTER_HEADING = re.compile(rf"(?m)^[ \t*_]*(?:\d{{1,2}}(?:\.\d{{1,2}})*|[ivxl]{{1,5}}|[a-zđ])[.)][ \t]+[*_]*"
                            rf"(?:{kw('lich')}\s+(?:{kw('phan cong')}\s+)?|{kw('phan cong')}\s+|{kw('danh sach')}\s+)"
                            rf"(?:{kw('truc')}|{kw('thuong truc')})(?![a-z])")
#: the numbered heading that ends the roster ("3. Khi có thiên tai …", "IV. TỔ CHỨC THỰC HIỆN")
_NEXT_HEADING = re.compile(r"(?m)^[ \t*_]*(?:\d{1,2}(?:\.\d{1,2})*|[IVXL]{1,5}|[a-zđ])[.)][ \t]+\S")
#: the end of a table: the first line of some length (8 characters or more) with no "|" in it — blank lines, a scrap of
#: a ruled line ("[bf") and a cell's wrapped text ("dân quân, 01 công an viên |") are still the table: legacy OCR
#: prints a roster's rows with blank lines between and cells wrapped (a50-03's legacy form)
_TABLE_END = re.compile(r"(?m)^(?![^\n]*\|)(?=[ \t]*\S[^\n]{7,})")
#: a due word in the deadline's own text
_DUE_WORD = P.DUE_WORD_RE


def _on_duty_before(f: Folded, start: int) -> bool:
    """A "trực" of :data:`ON_DUTY_SPAN_BEFORE` in the clause right before ``start``, the word "trực" in the original
    (:data:`_DUTY_WORD`): the folded view alone cannot tell the duty from kiến trúc or đường trục."""
    lo = max(0, start - 80)
    m = ON_DUTY_SPAN_BEFORE.search(f.view, lo, start)
    while m:
        if _DUTY_WORD.fullmatch(f.original, m.start(), m.start() + 4):
            return True
        m = ON_DUTY_SPAN_BEFORE.search(f.view, m.start() + 1, start)
    return False


def without_duty_periods(deadlines: list[Deadline], f: Folded) -> list[Deadline]:
    """``deadlines`` without the duty periods of ``f`` (the document their spans point into): a span named right
    after a duty word or opening the clause of one, and the periods inside a roster block (its header cell, or its own
    heading, to the next numbered heading)."""
    view = f.view
    blocks = []
    for m in (*ROSTER_HEAD.finditer(view), *ROSTER_HEAD_CELL.finditer(view), *ROSTER_HEADING.finditer(view)):
        if view[m.start():m.end()].lstrip(" \t").startswith("|"):
            # a header cell of a table: the roster is that table's rows, up to its first line of text with no "|"
            # (the tasks written after the table are no duty: "Các thôn tổ chức phát dọn đường băng … từ ngày …")
            end = _TABLE_END.search(view, m.end())
            blocks.append((m.start(), end.start() if end else len(view)))
            continue
        nxt = _NEXT_HEADING.search(view, m.end())
        blocks.append((m.start(), nxt.start() if nxt else min(len(view), m.end() + 2000)))
    out = []
    for d in deadlines:
        if d.span and not d.recurrence and not _DUE_WORD.search(view, d.span.start, d.span.end) and (
                any(a <= d.span.start < b for a, b in blocks)
                or DUTY_BEFORE.search(view, max(0, d.span.start - 100), d.span.start)
                or ON_DUTY_BEFORE.search(view, max(0, d.span.start - 40), d.span.start)
                or FORCE_PLACED_BEFORE.search(view, max(0, d.span.start - 120), d.span.start)
                or (_FROM.match(view, d.span.start) and _on_duty_before(f, d.span.start))
                or (d.earliest != d.latest and _FROM.match(view, d.span.start) and DUTY_AFTER.match(view, d.span.end))):
            continue
        out.append(d)
    return out

"""Norms a normative document prints in its tables, or as lead times and durations, whatever its trích yếu
says: consumption norms per unit of work, amounts under a "Mức hỗ trợ (đồng)" lead-in, time limits in a
"Thời gian giải quyết" column, "trước khi trình … 20 ngày", "trong 04 năm (48 tháng) kể từ …".

Why: :mod:`.norm_targets` reads money norms only when the trích yếu says the document sets them ("QUY ĐỊNH
MỨC CHI …"). A Thông tư amending "một số định mức" holds hundreds of consumption norms in tables headed
"Thành phần hao phí | Đơn vị | Định mức" (39/2025/TT-BXD) with no such title; a Quyết định amending a
compensation Quy định prints its support amounts under "Mức hỗ trợ (đồng)" (97/2025/QĐ-UBND Quảng Ninh); a
Quyết định publishing procedures prints bare time limits in its "Thời gian giải quyết" column ("09 ngày làm
việc", 2929/QĐ-UBND Sơn La). The labels README counts such norms, time limits and rules with numbers as
targets. Only a normative kind (:func:`norm_targets.is_norm_document`) is read.

Each function returns (targets, spans read); the caller drops the prose grammar's reading of those spans.
"""

from __future__ import annotations

import re

from vanban.extract import norm_table_words as W
from vanban.extract.folded import Folded, clean_quote
from vanban.extract.numbers import parse_number
from vanban.extract.stacked_cells import rows_of
from vanban.models import Span, Target
from vanban.text import fold

__all__ = ["sentence_start", "table_norms"]

_SCOPE_WORDS = 20
Block = tuple[int, int, str]


def _target(o: str, a, b, unit, s: int, e: int, scope=None, period=None, sentence=None) -> Target:
    text = clean_quote(o[s:e])
    return Target(text=text, min=a, max=b, unit=unit, scope=scope, period=period,
                  span=Span(s, e, sentence if sentence is not None else text))


def consumption_norms(f: Folded, blocks: list[Block]) -> tuple[list[Target], list[tuple[int, int]]]:
    """Each figure of a row "Bậc thợ 3/7 | công | 0,50 | …" under a "Thành phần hao phí" header: min = max =
    the figure, unit the row's unit cell, period the table's "Đơn vị: 10m3"."""
    v, o = f.view, f.original
    heads = [m.start() for m in W.CONSUMPTION_HEADER_RE.finditer(v)]
    if not heads:
        return [], []
    out, spans = [], []
    rows = _rows(v, blocks)
    for i, (bs, be, flat) in enumerate(blocks):
        if i == 0 or not W.UNIT_CELL_RE.match(flat) or flat in W.NOT_UNIT:
            continue
        head = max((h for h in heads if h < bs), default=None)
        if head is None or bs - head > W.CONSUMPTION_WINDOW:
            continue
        name = clean_quote(o[blocks[i - 1][0]:blocks[i - 1][1]])
        wu = None
        for m in W.WORK_UNIT_RE.finditer(v, max(0, head - 600), head):
            wu = clean_quote(o[m.start("u"):m.end("u")]).replace("*", "").strip(" _")  # "10m*3": a lost superscript
        unit = clean_quote(o[bs:be]).strip(" *_").lower()
        first = True
        for k in range(i + 1, len(blocks)):
            ks, ke, kflat = blocks[k]
            if not W.FIGURE_CELL_RE.match(kflat.strip(" *_")) or (rows[k] != rows[k - 1] and not first):
                break  # a new row (after the row's figures: the code row "10 | 20 | 30" closes the table)
            first = False
            a = parse_number(kflat.strip(" *_"))
            if a is None:
                break
            out.append(_target(o, a, a, unit, ks, ke, " ".join(name.split()[-_SCOPE_WORDS:]) or None,
                               f"mỗi {wu}" if wu else None))
            spans.append((ks, ke))
        spans.append((blocks[i - 1][0], be))  # the row's name ("Máy đào 0,4 m3", "Bậc thợ 3/7"): no target
    for h in heads:  # the column heads ("Lòng rãnh ≤ 80cm", "Chiều dày 4 cm") are conditions of the figures
        ends = [t.span.end for t in out if h < t.span.start <= h + W.CONSUMPTION_WINDOW]
        if ends:
            spans.append((h, max(ends)))
    return out, spans


def support_amounts(f: Folded, blocks: list[Block], money_cell) -> tuple[list[Target], list[tuple[int, int]]]:
    """Amount cells after a "Mức hỗ trợ" / "Số tiền hỗ trợ" lead-in: cells "3.000.000 đ" (``money_cell``: the
    match of :data:`norm_words.NORM_CELL_RE`) and, under a column head "Mức hỗ trợ (đồng)", bare grouped
    amounts "400.000.000"; min = max = the amount in đồng."""
    v, o = f.view, f.original
    leads = [m for m in W.AMOUNT_LEAD_RE.finditer(v)]
    if not leads:
        return [], []
    out, spans = [], []
    last = -1  # the end of the last amount read: a long table's rows follow each other, the lead-in stays far back
    for i, (bs, be, flat) in enumerate(blocks):
        lead = max((m for m in leads if m.end() <= bs), key=lambda m: m.start(), default=None)
        if lead is None or bs - max(lead.end(), last) > W.AMOUNT_LEAD_WINDOW:
            continue
        head = W.AMOUNT_HEAD_UNIT_RE.match(v, lead.start())
        a = None
        lo = hi = None
        m = money_cell(flat)
        if m and not m.group("b"):
            a = parse_number(m.group("a"))
            bound = (m.group("bound") or "").strip()
            lo, hi = (None, a) if bound.startswith(("toi d", "khong")) else (a, None) if bound else (a, a)
        elif head and W.GROUPED_AMOUNT_RE.match(flat):
            word = v[head.start("u"):head.end("u")].split()[0]
            a = (parse_number(W.GROUPED_AMOUNT_RE.match(flat).group("a")) or 0) * W.AMOUNT_HEAD_SCALE.get(word, 1)
        if not a:
            continue
        scope = None
        for k in range(i - 1, max(-1, i - 6), -1):
            if not (money_cell(blocks[k][2]) or W.GROUPED_AMOUNT_RE.match(blocks[k][2])):
                scope = " ".join(clean_quote(o[blocks[k][0]:blocks[k][1]]).split()[-_SCOPE_WORDS:]) or None
                break
        per = "mỗi tháng" if "thang" in v[lead.start():lead.end() + 20] else None
        if lo is None and hi is None:
            lo = hi = a
        out.append(_target(o, lo, hi, "đồng", bs, be, scope, per))
        spans.append((bs, be))
        last = be
    for run in _runs(spans, W.AMOUNT_LEAD_WINDOW):
        if len(run) >= 3:  # the table's header cells ("Hộ từ 02 đến 04 người") are conditions of its amounts
            first = run[0][0]
            lead = max((m for m in leads if m.end() <= first), key=lambda m: m.start())
            spans.append((lead.start(), max(e for _, e in run)))
    return out, spans


def _runs(spans: list[tuple[int, int]], gap: int) -> list[list[tuple[int, int]]]:
    """``spans`` (in text order) cut where the next starts more than ``gap`` characters after the last one's end:
    one table's rows each; amounts read under leads of their own far apart (a Nghị định's "Mức chi …" paragraphs
    60,000 characters apart, 308/2025/NĐ-CP copied flat) are no table whose rows the span between would hold."""
    runs: list[list[tuple[int, int]]] = []
    for s in spans:
        if runs and s[0] - runs[-1][-1][1] <= gap:
            runs[-1].append(s)
        else:
            runs.append([s])
    return runs


def _rows(v: str, blocks: list[Block]) -> list[int]:
    """The row number of each block: a new row after 3 or more line breaks (md2plain: cells one blank line
    apart, rows two; an empty cell also leaves 3), or in OCR text (no such gaps) at each row number
    (:func:`stacked_cells.rows_of`)."""
    return rows_of(v, blocks)


def _row_unit(o: str, blocks: list[Block], rows: list[int], i: int) -> str | None:
    """The unit cell of block ``i``'s row ("đồng/người/ngày"), as written, lower case."""
    for k in range(i - 1, -1, -1):
        if rows[k] != rows[i]:
            break
        if W.ROW_UNIT_CELL_RE.match(blocks[k][2]):
            return clean_quote(o[blocks[k][0]:blocks[k][1]]).strip(" *_").lower()
    for k in range(i + 1, min(len(blocks), i + 4)):
        if rows[k] != rows[i]:
            break
        if W.ROW_UNIT_CELL_RE.match(blocks[k][2]):
            return clean_quote(o[blocks[k][0]:blocks[k][1]]).strip(" *_").lower()
    return None


_MONEY_UNITS = ("đồng", "%", "triệu đồng", "tỷ đồng")


def _titled_unit_line(v: str, bs: int, be: int, above: tuple[int, int] | None = None):
    """The "Đơn vị tính: …" match when it is the last line of block ``[bs, be)`` and the lines above it (the
    table's heading) name a norm (:data:`norm_table_words.TITLED_UNIT_NORM_RE`), else None. A unit line that is
    a block by itself looks at the heading blocks just above it (:func:`_heading_above`: OCR put a blank line
    between it and the heading, 78/2025/NQ-HĐND legacy) and at ``above``, the block before, when it is one line
    break or one blank line over it (a flat text's cells parted line by line, :func:`stacked_cells.cells`:
    "TỔNG MỨC CHI …" / "Đơn vị tính: Triệu đồng")."""
    cut = v.rfind("\n", bs, be)
    lo, hi = bs, cut
    if cut < 0:
        lo = _heading_above(v, bs)
        if above is not None and v.count("\n", above[1], bs) <= 2:
            lo = min(lo, above[0])
        hi = cut = bs - 1
    m = W.TABLE_UNIT_LINE_RE.match(v, v.find("(", cut, be) + 1 if v[cut + 1:be].lstrip(" *_").startswith("(") else cut + 1)
    if not m or m.end() > be or v[m.end():be].strip(" *_.)") or not W.TITLED_UNIT_NORM_RE.search(v, lo, hi):
        return None
    return m if not v[cut + 1:m.start()].strip(" *_(") else None


def _heading_above(v: str, bs: int) -> int:
    """Where the heading above a unit line standing alone at ``bs`` starts: the blocks one blank line apart
    before it, at most :data:`norm_table_words.TITLED_HEAD_WINDOW` characters back, up to a row break (two blank
    lines) or a line holding a figure (the row of a table above); ``bs`` when there is none."""
    start = max(0, bs - W.TITLED_HEAD_WINDOW)
    brk = None
    for brk in W.ROW_BREAK_RE.finditer(v, start, bs):
        pass
    if brk:
        start = brk.end()
    for line in W.FIGURE_ROW_LINE_RE.finditer(v, start, bs):
        start = line.end()
    return start


def _row_label(o: str, blocks: list[Block], rows: list[int], i: int) -> str | None:
    """The first cell of block ``i``'s row that is no number ("1.", "A") nor figure: what the row is about."""
    first = i
    while first > 0 and rows[first - 1] == rows[i]:
        first -= 1
    for k in range(first, i):
        flat = blocks[k][2].strip(" *_.")
        if flat and not W.QTY_CELL_RE.match(flat) and not re.fullmatch(r"[a-z]|[ivx]+|\d+(?:\.\d+)*", flat):
            return " ".join(clean_quote(o[blocks[k][0]:blocks[k][1]]).split()[:_SCOPE_WORDS]) or None
    return None


def column_figures(f: Folded, blocks: list[Block]) -> tuple[list[Target], list[tuple[int, int]]]:
    """Bare figures of the rows under a column head naming a quantity ("Mức hỗ trợ (đồng)", "Tỷ lệ hỗ trợ (%)",
    "Mức chi" with a "Đơn vị tính" column): each cell that is not its row's first (the STT) is a norm, in the
    head's unit, else the row's unit cell's ("đồng/người/ngày": đồng, per ngày), else the figure's own ("70%";
    "200.000": đồng)."""
    v, o = f.view, f.original
    rows = _rows(v, blocks)
    out, spans = [], []
    head = None  # (unit or None, factor, head end, period)
    grouped_only = False
    side_by_side = False  # a titled unit line's table: figures side by side are its columns, not a code after a number
    for i, (bs, be, flat) in enumerate(blocks):
        h = W.QTY_HEAD_RE.match(flat)
        bare = None if h else W.BARE_HEAD_CELL_RE.match(flat)
        if (h or bare) and W.QTY_HEAD_NOT_RE.search(flat):
            head = None
            continue
        if h or bare:
            grouped_only = side_by_side = False
        if h:
            if h.group("other"):  # a norm per unit: the unit as written, "m2/người"
                unit, factor = clean_quote(o[bs + h.start("other"):bs + h.end("per" if h.group("per") else "other")]).lower(), 1
                unit, per = " ".join(unit.split()), None
            else:
                unit, factor = W.QTY_HEAD_UNITS.get(h.group("u").split()[0].replace("1.000d", "1.000"), ("đồng", 1))
                per = h.group("per")
            head = (unit, factor, be, f"mỗi {per.split('/')[-1].strip()}" if per else None)
            continue
        if bare:
            lines = list(W.TABLE_UNIT_LINE_RE.finditer(v, max(0, bs - W.TABLE_UNIT_LINE_WINDOW), bs))
            if lines:  # "Đơn vị tính: nghìn đồng" above the table
                unit, factor = W.QTY_HEAD_UNITS.get(lines[-1].group("u").split()[0].replace("1.000d", "1.000"), ("đồng", 1))
                head = (unit, factor, be, None)
            else:
                head = (None, 1, be, None)
            continue
        if W.TABLE_UNIT_LINE_RE.match(flat) and W.NORM_LEAD_UNIT_LINE_RE.search(v, max(0, bs - 120), be):
            head = ("đồng", 1, be, None)  # "… mức thưởng như sau: ⏎ Đơn vị tính: đồng" over the table
            grouped_only = True  # its cells are amounts ("117.000.000"); a bare "1" is a row's number
            continue
        titled = _titled_unit_line(v, bs, be, blocks[i - 1][:2] if i else None)
        if titled:  # "TỔNG MỨC CHI … ⏎ Đơn vị tính: Triệu đồng" closing the heading over the table
            unit, factor = W.QTY_HEAD_UNITS.get(titled.group("u").split()[0].replace("1.000d", "1.000"), ("đồng", 1))
            head = (unit, factor, be, None)
            grouped_only, side_by_side = unit == "đồng" and factor == 1, True
            continue
        if head is None:
            continue
        if bs - head[2] > W.QTY_WINDOW or len(flat) > W.PROSE_CELL_LEN:
            head = None
            continue
        m = W.QTY_CELL_RE.match(flat) or W.QTY_UNIT_CELL_RE.match(flat)
        share = None if m or i == 0 or rows[i - 1] != rows[i] else W.QTY_SHARE_CELL_RE.match(flat)
        if share and head[0] in (None, "%"):
            a = parse_number(share.group("a"))
            bound = (share.group("bound") or "").strip()
            lo, hi = (None, a) if bound.startswith(("toi d", "khong")) else (a, None) if bound.startswith(("toi t", "it")) else (a, a)
            out.append(_target(o, lo, hi, "%", bs, be, _row_label(o, blocks, rows, i)))
            spans.append((bs, be))
            continue
        if not m or i == 0 or rows[i - 1] != rows[i] or W.QTY_CELL_RE.match(blocks[i - 1][2]) and not m.group("bound") \
                and not side_by_side and not (W.GROUPED_AMOUNT_RE.match(flat) and W.GROUPED_AMOUNT_RE.match(blocks[i - 1][2])):
            continue  # a row's first cell (its number), or a second figure after a number (a code)
        if grouped_only and not W.GROUPED_AMOUNT_RE.match(flat):
            continue
        a = parse_number(m.group("a"))
        unit, factor, _, period = head
        if a is None:
            continue
        if "cu" in m.groupdict() and m.group("cu"):  # the cell's own unit ("25 m2/người")
            cu = " ".join(clean_quote(o[bs + m.start("cu"):bs + m.end("cu")]).split()).lower()
            if cu.split("/")[0].strip() in ("đồng", "đ"):
                unit, period = "đồng", f"mỗi {cu.split('/')[-1].strip()}" if "/" in cu else period
            elif unit is None or unit not in _MONEY_UNITS:
                unit = cu
            elif not fold(cu).startswith(("trieu", "ty ", "nghin", "ngan")):
                continue  # "01 Báo cáo" under "Mức chi" in triệu đồng: the row's unit of work, no amount
        elif unit is None:  # the head named no unit: the row's unit cell, or the figure's own
            ru = _row_unit(o, blocks, rows, i)
            if "%" in flat:
                unit = "%"
            elif ru and ru.split("/")[0].strip() in ("đồng", "đ"):
                unit, period = "đồng", f"mỗi {ru.split('/')[-1].strip()}" if "/" in ru else None
            elif ru and ru != "%":
                unit = ru
            elif ru == "%":
                unit = "%"
            elif "." in m.group("a"):
                unit = "đồng"
            else:
                continue
        if unit == "%" and a > 100:
            continue
        a *= factor
        bound = (m.group("bound") or "").strip()
        lo, hi = (None, a) if bound.startswith(("toi d", "khong")) else (a, None) if bound else (a, a)
        scope = None
        for k in range(i - 1, -1, -1):
            if rows[k] != rows[i]:
                break
            if not (W.QTY_CELL_RE.match(blocks[k][2]) or W.ROW_UNIT_CELL_RE.match(blocks[k][2])
                    or W.QTY_UNIT_CELL_RE.match(blocks[k][2])  # "01 Báo cáo"
                    or not W.WORD_CELL_RE.search(blocks[k][2])):  # "* *", "-": an empty cell's marks
                scope = " ".join(clean_quote(o[blocks[k][0]:blocks[k][1]]).split()[-_SCOPE_WORDS:]) or None
                bm = None if bound else W.ROW_BOUND_RE.search(blocks[k][2])
                if bm:  # "Trong đó: chi khác tối thiểu | 2.300.000": the row names a floor (48/2025/NQ-HĐND Hà Nội)
                    lo, hi = (a, None) if bm.group("lo") else (None, a)
                spans.append((blocks[k][0], blocks[k][1]))  # the row's label ("Dưới 30 biên chế"): a band, no target
                break
        out.append(_target(o, lo, hi, unit, bs, be, scope, period))
        spans.append((bs, be))
    return out, spans


def sentence_start(view: str, start: int, at: int) -> int:
    """Where the sentence holding ``at`` opens in ``view``: after the last ". " or blank line before it, never before
    ``start`` (the part read). The one cut of a norm's figure from the sentence it is stated in (its scope, its quote)."""
    return max(view.rfind(". ", start, at) + 2, view.rfind("\n\n", start, at) + 2, start)


def stated_amounts(f: Folded, start: int, end: int) -> tuple[list[Target], list[tuple[int, int]]]:
    """"Mức hỗ trợ tối đa không quá 50 triệu đồng/dự án", "được hỗ trợ 2.000.000 đồng/người/tháng": the
    amount (a bound when "tối đa" / "không quá" / "tối thiểu" says so), in triệu đồng as printed or in đồng."""
    v, o = f.view, f.original
    out, spans = [], []
    for m in W.SUPPORT_AMOUNT_RE.finditer(v, start, end):
        if W.SUPPORT_NOT_MID_RE.search(m.group("mid")) or W.SUPPORT_BUDGET_SOURCE_BEFORE_RE.search(v, max(start, m.start() - 30), m.start()):
            continue
        a = parse_number(m.group("a"))
        if not a:
            continue
        u = " ".join(m.group("u").split())
        unit, a = ("triệu đồng", a) if u.startswith("trieu") else ("tỷ đồng", a) if u.startswith("ty") else \
            ("đồng", a * 1000) if u.startswith("nghin") else ("đồng", a)
        bound = (m.group("bound") or "").strip()
        lo, hi = (None, a) if bound.startswith(("toi d", "khong")) else (a, None) if bound else (a, a)
        b = parse_number(m.group("b")) if m.group("b") else None
        if b:  # "từ 100.000 đồng đến 300.000 đồng": a range in the same unit
            lo, hi = a, b * (a / parse_number(m.group("a")))  # the second figure scaled as the first ("nghìn đồng")
        per = m.group("per")
        period = f"mỗi {clean_quote(o[m.start('per'):m.end('per')]).split('/')[-1].strip()}" if per else None
        s = m.start("bound") if m.group("bound") else m.start("a")
        s0 = sentence_start(v, start, m.start())
        e0 = v.find(". ", m.end(), end)
        out.append(_target(o, lo, hi, unit, s, m.end(), None, period, clean_quote(o[s0:end if e0 < 0 else e0])))
        spans.append((s, m.end()))
    return out, spans


def limit_cells(f: Folded, blocks: list[Block]) -> tuple[list[Target], list[tuple[int, int]]]:
    """A cell that is a time limit alone under a "Thời gian giải quyết" column: max = the limit (and the
    alternative's "hoặc 30 ngày" a second target)."""
    o = f.original
    out, spans = [], []
    head_ok = False
    for bs, be, flat in blocks:
        h = W.LIMIT_HEAD_RE.match(flat)
        if h:
            head_ok = bool(W.LIMIT_HEAD_OK_RE.search(h.group("rest")))
            continue
        m = W.LIMIT_CELL_RE.match(flat)
        if not (m and head_ok):
            continue
        sentence = clean_quote(o[bs:be])
        for q, u in (("q", "u"), ("q2", "u2")):
            if m.group(q):
                unit = " ".join(m.group(u).split())
                unit = {"ngay lam viec": "ngày làm việc", "gio lam viec": "giờ làm việc", "gio": "giờ"}.get(unit, "ngày")
                out.append(_target(o, None, float(m.group(q)), unit, bs, be, None, None, sentence))
        spans.append((bs, be))
    return out, spans


def lead_times(f: Folded, start: int, end: int) -> tuple[list[Target], list[tuple[int, int]]]:
    """"trước khi trình … 20 ngày", "chậm nhất 01 ngày trước …": min = the time ahead; "trong 04 năm (48
    tháng) kể từ": max = the months; "thời gian lưu 05 năm": the retention, min = max; "03 tháng một lần": the
    interval of a rule's frequency, min = max (a bound word before it gives min or max)."""
    v, o = f.view, f.original
    out, spans = [], []

    def add(a, b, unit, s, e):
        s0 = sentence_start(v, start, s)
        s1 = v.find(". ", e, end)
        out.append(_target(o, a, b, unit, s, e, None, None, clean_quote(o[s0:end if s1 < 0 else s1])))
        spans.append((s, e))

    for rx in W.LEAD_TIME_RES:
        for m in rx.finditer(v, start, end):
            unit = " ".join(v[m.start("u"):m.end("u")].split())
            unit = {"ngay lam viec": "ngày làm việc", "gio lam viec": "giờ làm việc", "gio": "giờ"}.get(unit, "ngày")
            add(float(m.group("q")), None, unit, m.start(), m.end())
    for m in W.FREQUENCY_RE.finditer(v, start, end):
        if W.SCHEDULE_BEFORE_RE.search(v, max(start, m.start() - 20), m.start()):
            continue  # "họp định kỳ 06 tháng một lần": a schedule
        n = float(m.group("q"))
        bound = " ".join((m.group("bound") or "").split())
        lo, hi = (None, n) if bound.startswith(("toi d", "khong")) else (n, None) if bound else (n, n)
        add(lo, hi, W.FREQUENCY_UNITS.get(" ".join(v[m.start("u"):m.end("u")].split()), "tháng"), m.start(), m.end())
    for m in W.DURATION_RE.finditer(v, start, end):
        add(None, float(m.group("m")), "tháng", m.start(), m.end())
    for m in W.RETENTION_RE.finditer(v, start, end):
        n = parse_number(m.group("q"))
        if n:
            add(n, n, "năm" if v[m.start("u"):m.end("u")].startswith("n") else "tháng", m.start(), m.end())
    return out, spans


def table_norms(f: Folded, raw: Folded, blocks: list[Block], start: int, end: int, money_cell
                ) -> tuple[list[Target], list[tuple[int, int]]]:
    """All of the above over ``[start, end)``: ``raw`` the unmended text (its blank lines part the cells),
    ``blocks`` its cells, ``money_cell`` the matcher of a money-norm cell."""
    out, spans = [], []
    for part in (consumption_norms(raw, blocks), support_amounts(raw, blocks, money_cell), column_figures(raw, blocks),
                 limit_cells(raw, blocks), lead_times(f, start, end), stated_amounts(f, start, end)):
        out += [t for t in part[0] if not any(t.span.start < e and s < t.span.end for s, e in spans)]
        spans += part[1]
    return out, spans

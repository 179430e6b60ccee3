"""An indicator table's rows: "Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2027", each row one target.

Why: a Nghị quyết of an HĐND on the year's socio-economic plan, or a Kế hoạch, lists its main indicators in a table
"STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2027": "Tốc độ tăng GRDP | % | 8,5 trở lên", "GRDP bình quân đầu người |
Triệu đồng | 112", "Tỷ lệ hộ nghèo … giảm | %/năm | 0,8 - 1", "… | % | Tối thiểu 31", "Số xã đạt chuẩn … | Xã | 08".
The figure stands in its cell alone, its unit in the cell before it: the prose grammar reads a number followed by
its unit and finds none there (a18-07: the nine rows of its Điều 2 missed). Here, in a data table whose header names
an indicator column ("Chỉ tiêu", "Tên chỉ tiêu"), a unit column ("Đơn vị tính", "ĐVT") and a column of the figures
set for a year or a span ("Kế hoạch năm 2027", "Mục tiêu đến năm 2030", "Năm 2027": :data:`vocab.PERIOD_COL`), each
row whose value cell is a figure is a target:

* the value cell's figure with the bound words it holds (:data:`patterns.TARGET_MIN_CUE_RE` / ``MAX`` before it,
  "trở lên" / "trở xuống" after it): "8,5 trở lên" and "Tối thiểu 31" are minimums, "Không quá 5" a maximum, a range
  "0,8 - 1" both bounds, a bare "112" min = max;
* the unit the unit cell's words, lower-cased ("Triệu đồng" → "triệu đồng", "%/năm"); a "%" in the value cell
  stands for an empty unit cell;
* the scope the indicator cell, the period the column's ("năm 2027").

A column of results ("Thực hiện năm 2026", "Ước thực hiện 2026", "Ước TH") is no target: those figures are reached,
not set; (tgt56) nor is the plan of the same year beside it ("Kế hoạch 2039 | Ước thực hiện 2039 | So với KH (%)" in a
Báo cáo's Phụ lục "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2039", a54-05: the measure the results are compared
against, labelled by no author; a plan of a later year beside them, "Kế hoạch 2040", stays the goals'). The prose grammar's reading of the same cells gives way (the caller drops what overlaps the rows read).

The tables are the Structure's, found once by the structure stage: data tables of any input (their columns read by
:func:`vanban.structure.figure_tables.indicator_columns`, the stacked reader's too), and the tables of figures that
plain text and legacy OCR print a cell a line — quota tables by unit (:func:`quota_cells`) and indicator tables by year
(:func:`year_row_cells`), :mod:`vanban.structure.figure_tables`. Here only their cells are read.
Tests: tests/test_targets_session19.py, tests/test_figure_tables.py.
"""

from __future__ import annotations

import re

from vanban.extract import patterns as P
from vanban.extract import target_words as TW
from vanban.extract.base_heads import held_head, latest_year, planned_twin, set_head
from vanban.extract.caption_units import caption_unit
from vanban.extract.dated_twins import present_twins
from vanban.extract.kind_nouns import (bound_head_noun, count_head_noun, counted_noun, duty_verb, kind_noun, made_verb, needed_noun, noun_after_verb,
                                        noun_in_caption)
from vanban.extract.numbers import NUMBER, parse_number
from vanban.extract.table_heads import head_key, headed_tables, under_parts
from vanban.models import Span, Table, Target
from vanban.structure import vocab as V
from vanban.structure.figure_tables import (BY_YEAR, QUOTA, grouped_head, indicator_columns, undated_head, planned_count, quota_head,
                                            quota_kinds)
from vanban.text import fold

__all__ = ["indicator_cells", "own_unit_cell", "quota_cells", "quota_total_cells", "result_cells", "year_row_cells"]

#: the value cell: bound words, the figure or a range, "%", "trở lên" / "trở xuống" (folded)
_VALUE = re.compile(rf"^(?P<pre>[^\d]*?)\s*(?P<a>{NUMBER})(?:\s*(?:-|–|den)\s*(?P<b>{NUMBER}))?\s*(?P<pct>%)?"
                    rf"(?P<post>\s*(?:tro len|tro xuong))?\s*[.;]?$")
_PERIOD = re.compile(r"(?:den\s+)?(?:nam|giai doan)\s*20\d\d(?:\s*[-–]\s*20\d\d)?|20\d\d(?:\s*[-–]\s*20\d\d)?")
_UNIT_CELL_MAX = 4  # words: a unit cell is short ("Triệu đồng", "%/năm", "Người/1.000 dân")
#: (tgt46u) … but a rate per a count of others writes both sides: "Số bé trai/100 bé gái" (t45-04's sex ratio at birth),
#: "Trẻ/1.000 trẻ đẻ sống", "Giường bệnh/10.000 dân" — up to four words a side (folded, the whole cell)
_RATE_UNIT_CELL = re.compile(r"^[a-z\u0111]+(?:\s+[a-z\u0111]+){0,3}\s*/\s*\d[\d.]*\s+[a-z\u0111]+(?:\s+[a-z\u0111]+){0,3}$")
#: (tgt50) … and a share says what it is a share of after its sign: "% chỉ tiêu trên giao" ("Giao quân | % chỉ tiêu trên
#: giao | 100", a Báo cáo's 2037 indicators, a48-02; "% KH", "% so với cùng kỳ" alike) — up to six words after the "%"
#: (folded, the whole cell)
_SHARE_OF_UNIT_CELL = re.compile(r"^%\s*(?:[a-z\u0111]+\s*){1,6}$")


def _columns(t: Table) -> tuple[int, int | None, list[int]] | None:
    """(indicator column, unit column, columns of the figures set) of an indicator table's header
    (:func:`vanban.structure.figure_tables.indicator_columns`, without the results' columns), else None. A header
    with no unit column gives None for it when a column of results stands beside the goals' (:func:`_unitless`)."""
    cols = indicator_columns(t.header) or _unitless(t.header)
    if cols is None:
        return None
    label, unit, figures = cols
    results = [i for i in figures if V.RESULT_COL.match(fold(t.header[i]).strip(" *.:"))]
    done_years = {y for i in results for y in _YEAR.findall(t.header[i])}
    values = [i for i in figures if i not in results and not (done_years and set(_YEAR.findall(t.header[i])) & done_years)]
    # (tgt56) "Kế hoạch 2039" beside "Ước thực hiện 2039": the plan the year's results are measured against, no goal
    return (label, unit, values) if values else None


#: (tgt56) a year a head names: "Kế hoạch 2039", "Ước thực hiện năm 2039"
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _unitless(header: tuple[str, ...]) -> tuple[int, None, list[int]] | None:
    """(indicator column, None, figure columns) of an indicator table printed without a unit column, each figure cell
    writing its own unit ("Tối thiểu 98%", "85 - 90 điểm"), else None.

    Kind (tgt30b): the Kế hoạch a Quyết định issues lists its year's goals beside the last year's results, "TT | Chỉ
    tiêu | Chỉ tiêu năm 2027 | Kết quả năm 2026" (a28-07): the goals' column and a results' column, both named with
    a year (:data:`vocab.PERIOD_COL`, :data:`target_words.STATED_RESULT_COL_RE`). The results' column is what tells
    the table from a task table with a "Chỉ tiêu" column; without one the prose grammar reads the cells, as before."""
    head = [fold(h).strip(" *.:") for h in header]
    label = next((i for i, h in enumerate(head) if V.TASK_TARGET_COL.search(h) and not V.PERIOD_COL.match(h)), None)
    figures = [i for i, h in enumerate(head) if V.PERIOD_COL.match(h) and i != label]
    results = [i for i, h in enumerate(head) if TW.STATED_RESULT_COL_RE.match(h) and i != label]
    if label is None or not figures or not results:
        return None
    return label, None, figures


def result_cells(tables: tuple[Table, ...]) -> list[tuple[int, int]]:
    """The spans of the results' cells of the indicator tables among ``tables`` ("Kết quả năm 2026" | "96,4%",
    "Ước thực hiện 2026" | "8,1"): figures reached, given for reference, which the prose grammar must not read as goals
    (a28-07: eight results read beside their goals)."""
    out: list[tuple[int, int]] = []
    for t in headed_tables(tables):
        if _columns(t) is None:
            continue
        cols = [i for i, h in enumerate(t.header) if V.RESULT_COL.match(fold(h).strip(" *.:"))]
        out += [(row[i].start, row[i].end) for row in t.rows[1:] for i in cols if i < len(row) and row[i].text.strip()]
    return out


#: (qc55) a value cell that opens with "Đạt" and no bound word: "Tuyển chọn, gọi công dân nhập ngũ | % chỉ tiêu huyện
#: giao | Đạt 100" (a Báo cáo's plan-year indicators, t54-05: min = max = 100), as "Đạt 55%" in a goal column (folded pre)
_REACH_PRE = re.compile(r"^dat$")


def _bounds(cell: str) -> tuple[float, float | None, float | None, bool] | None:
    """(figure, min, max, a "%" written) of a value cell, None when it is no figure ("-", "Đạt chuẩn")."""
    m = _VALUE.match(fold(cell).strip())
    if not m:
        return None
    a = parse_number(m.group("a"))
    b = parse_number(m.group("b")) if m.group("b") else None
    if a is None:
        return None
    pre = m.group("pre").strip()
    if pre and _REACH_PRE.match(pre) and not m.group("post") and b is None:
        return a, a, a, bool(m.group("pct"))  # (qc55) "Đạt 100" under "% chỉ tiêu huyện giao": that figure, exactly
    if pre and not (P.TARGET_MIN_CUE_RE.search(pre + " ") or P.TARGET_MAX_CUE_RE.search(pre + " ")):
        return None  # "Giữ vững", words before the figure that bound nothing: not read
    if b is not None:
        return a, a, b, bool(m.group("pct"))
    lo: float | None = a
    hi: float | None = a
    if m.group("post") and "len" in m.group("post") or pre and P.TARGET_MIN_CUE_RE.search(pre + " "):
        hi = None
    elif m.group("post") or pre and P.TARGET_MAX_CUE_RE.search(pre + " "):
        lo = None
    return a, lo, hi, bool(m.group("pct"))


#: (tgt47) the "Số" a rate's unit cell opens with before the noun it counts per a base: "Số bé trai/100 bé gái" (a45-04,
#: t45-04) is the rate "bé trai/100 bé gái", as seven of the eight labels of that rate write its unit (the prose's "112
#: bé trai/100 bé gái" too); a plain count's cell ("Số người", "Số hộ") is left as printed
_RATE_COUNT_LEAD = re.compile(r"^[Ss]ố\s+(?=[^/]+/\s*[\d.]+\s+\S)")


def indicator_cells(tables: tuple[Table, ...]) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the indicator tables among ``tables`` (see the module)."""
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    for t in headed_tables(tables):
        cols = _columns(t)
        if cols is None:
            continue
        label, unit, values = cols
        for vi in values:
            pm = _PERIOD.search(fold(t.header[vi]))
            period = t.header[vi][pm.start():pm.end()].strip() if pm else None
            if period and period[:1].isupper():
                period = period[0].lower() + period[1:]
            for row in t.rows[1:]:
                if max(label, unit or 0, vi) >= len(row):
                    continue
                name, val = row[label], row[vi]
                u = row[unit] if unit is not None else None
                got = _bounds(val.text)
                if got is not None:
                    _, lo, hi, pct = got
                    words = " ".join(u.text.split()) if u else ""
                elif u is None and (own := _unit_cell(val.text)) is not None:
                    lo, hi, words = own  # "85 - 90 điểm": the cell writes its unit
                    pct = False
                else:
                    continue
                if not name.text.strip():
                    continue
                if not words and pct:
                    words = "%"
                if not words and u is None and got is not None:
                    words = _label_unit(name.text)  # (tgt56) "Thu nhập bình quân đầu người (triệu đồng/người/năm)"
                words = _RATE_COUNT_LEAD.sub("", words)  # (tgt47) "Số bé trai/100 bé gái": the noun counted per 100
                if not words or len(words.split()) > _UNIT_CELL_MAX and not _RATE_UNIT_CELL.match(fold(words)) \
                        and not _SHARE_OF_UNIT_CELL.match(fold(words)):
                    continue
                cells = (name, u, val) if u else (name, val)
                text = " | ".join(" ".join(c.text.split()) for c in cells)
                scope = " ".join(name.text.split())
                if scope[:1].isupper() and not scope[1:2].isupper():
                    scope = scope[0].lower() + scope[1:]
                start, end = min(c.start for c in cells), max(c.end for c in cells)
                out.append(Target(text=text, min=lo, max=hi, unit=words.lower(), scope=scope, period=period,
                                  span=Span(start, end, text)))
                read += _around_norm(name, start, end)
    return out, read


def _label_unit(label: str) -> str:
    """(tgt56) The unit an indicator's cell prints in its closing parentheses, where it is a rate or money
    ("Thu nhập bình quân đầu người (triệu đồng/người/năm)" → "triệu đồng/người/năm"), else "".

    Why: a xã's plan of nông thôn mới nâng cao lists its tiêu chí as "TT | Tiêu chí, chỉ tiêu | Hiện trạng năm 2039 |
    Mục tiêu năm 2040 | Cơ quan chủ trì | …", with no unit column: the rates write their "%" in the cell ("Từ 95% trở
    lên"), but the income's goal cell "Từ 78 trở lên" has its unit only in the row's label (a54-02, labelled min 78
    triệu đồng/người/năm). A bracket that is no unit ("(nâng chất)", "(trừ hồ sơ mật)") gives none: only a rate with
    its "/" or a sum of money is taken."""
    m = TW.ROW_UNIT_LABEL_RE.match(" ".join(label.split()))
    if not m:
        return ""
    unit = m.group("unit").strip()
    return unit if "/" in unit or TW.MONEY_UNIT_RE.match(fold(unit)) else ""


#: a bracket of the indicator's name that bounds each item counted: "Nhà nhân ái (giá trị tối thiểu 60 triệu đồng/nhà)"
#: (folded; a firm bound word inside)
_NORM_BRACKET = re.compile(r"\((?=[^()]*\b(?:toi thieu|it nhat|toi da|khong qua|khong duoi|khong it hon)\b)[^()]*\d[^()]*\)")


def _around_norm(name, start: int, end: int) -> list[tuple[int, int]]:
    """The spans a row's reading covers, ``(start, end)`` less a bracket of its indicator's name that sets the norm each
    counted item must meet: "Nhà nhân ái (giá trị tối thiểu 60 triệu đồng/nhà) | Nhà | Ít nhất 40" (a Tỉnh đoàn's plan,
    a28-10, tgt30b) sets 40 houses and, of each, a value of at least 60 triệu đồng — the prose grammar's reading of the
    bracket stays, a target of its own."""
    m = _NORM_BRACKET.search(fold(name.text))
    if not m:
        return [(start, end)]
    a, b = name.start + m.start(), name.start + m.end()
    return [(start, a), (b, end)]


def _head_bound(bound: str | None, cell: str, lo, hi):
    """(min, max) of a cell under a column head's bound ("(ít nhất)"): a bare figure is a minimum (a maximum);
    a cell with its own bound words or a range keeps them."""
    if bound is None or lo != hi or _OWN_BOUND.search(fold(cell)):
        return lo, hi
    return (lo, None) if bound == "min" else (None, hi)


def _caption_bound(caption: str) -> str | None:
    """"min" / "max" when a quota table's caption (or the note over it) says its quotas are floors or caps ("Chỉ tiêu
    dưới đây là chỉ tiêu tối thiểu", :data:`vocab.QUOTA_CAPTION_BOUND_RE`), else None.

    Why (tbl55): a Huyện đoàn's plan prints bare figures per cơ sở Đoàn under a note that makes them all minima (a53-03:
    its labels give every cell and the total a min and no max); read as set exactly, none matched."""
    m = V.QUOTA_CAPTION_BOUND_RE.search(fold(caption or ""))
    return None if m is None else "max" if V.QUOTA_HEAD_MAX_RE.search(m.group(0)) else "min"


_OWN_BOUND = re.compile(r"\b(?:it nhat|toi thieu|toi da|khong qua|khong duoi|tren|duoi|tu|tro len|tro xuong)\b")
_UNIT_VALUE = re.compile(rf"^(?P<pre>[^\d]*?)\s*(?P<a>{NUMBER})(?:\s*(?:-|–|den)\s*(?P<b>{NUMBER}))?"
                         rf"\s+(?P<unit>[a-z\u0111]+(?:\s+[a-z\u0111]+){{0,2}}{V.QUOTA_PER_UNIT})\s*(?P<post>tro len|tro xuong)?\s*[.;]?$")


#: a count out of a whole, its own unit after it: "04/05 trường", "16/16 thôn" (a tiêu chí's goal cell, t31-10: the
#: count to reach, 4 trường of the xã's 5; folded, the whole cell)
_OF_WHOLE = re.compile(rf"^(?P<a>{NUMBER})\s*/\s*(?P<b>{NUMBER})\s+(?P<unit>[a-z\u0111]+(?:\s+[a-z\u0111]+)?)\s*[.;]?$")


def _unit_cell(cell: str) -> tuple[float | None, float | None, str] | None:
    """(min, max, unit) of a quota cell printing its own unit ("06 mô hình", "Mỗi đơn vị từ 01 đến 02 mô hình", "Mỗi
    đơn vị không dưới 20 hội viên"), None for any other line. Before the figure only a share ("Mỗi đơn vị", "mỗi xã")
    and bound words may stand: "Tổ 3 phường Đông" is a name. A count out of a whole ("04/05 trường") is the count,
    exactly (:data:`_OF_WHOLE`)."""
    v = fold(" ".join(cell.split()))
    whole = _OF_WHOLE.match(v)
    if whole and len(v) == len(" ".join(cell.split())):
        a, b = parse_number(whole.group("a")), parse_number(whole.group("b"))
        if a is not None and b is not None and a <= b:
            return a, a, " ".join(cell.split())[whole.start("unit"):whole.end("unit")].lower()
    m = _UNIT_VALUE.match(v)
    if not m or len(v) != len(" ".join(cell.split())):
        return None
    pre = V.QUOTA_SHARE_RE.sub("", m.group("pre")).strip()
    lo_cue = pre and P.TARGET_MIN_CUE_RE.search(pre + " ")
    hi_cue = pre and P.TARGET_MAX_CUE_RE.search(pre + " ")
    if pre and not (lo_cue or hi_cue):
        return None
    a, b = parse_number(m.group("a")), parse_number(m.group("b")) if m.group("b") else None
    if a is None:
        return None
    unit = " ".join(cell.split())[m.start("unit"):m.end("unit")].lower()
    if b is not None:
        return a, b, unit
    if m.group("post") == "tro len" or lo_cue:
        return a, None, unit
    if m.group("post") or hi_cue:
        return None, a, unit
    return a, a, unit


def own_unit_cell(cell: str) -> tuple[float | None, float | None, str] | None:
    """(min, max, unit) of a cell printing its figure with its own unit (:func:`_unit_cell`), a closing remark in
    brackets set aside ("4 sao (nâng hạng)": the grade, the bracket says how it is reached)."""
    return _unit_cell(re.sub(r"\s*\([^()]{1,40}\)\s*$", "", cell))


def _period(caption: str) -> str | None:
    """The period a quota table's caption names ("PHÂN BỔ CHỈ TIÊU … NĂM 2027" → "năm 2027"), lower-cased."""
    folded = fold(caption)
    m = _PERIOD.search(folded)
    return caption[m.start():m.end()].lower() if m and len(folded) == len(caption) else None


def quota_cells(tables: tuple[Table, ...], prose=(), text: str = "", skip=(), sections=()
                ) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the quota tables by unit among ``tables`` (``role`` "quota", built by the structure
    stage: :mod:`vanban.structure.figure_tables`).

    Kind: a "Phụ lục giao chỉ tiêu" — one row per unit charged, one column per kind of target, each column's unit in
    its head's parentheses ("TT | Đơn vị | Công trình, phần việc thanh niên (công trình) | Đơn vị máu (đơn vị) | Kết
    nạp đoàn viên mới (đoàn viên)", then "1 | Đoàn Khối các cơ quan tỉnh | 20 | 600 | 150", and a last row "Các Đoàn
    xã, phường còn lại (mỗi đơn vị) | Ít nhất 03 | Ít nhất 40 | Ít nhất 20"), under a caption of quotas set. Each
    figure cell is a target: the figure with its bound words ("Ít nhất 03" a minimum; a head's bound, "(ít nhất)",
    for a bare figure), the unit its column's (or the cell's own, "06 mô hình", under a head without one;
    or the noun a bare head counts, "Thành lập CĐCS mới" | "15": :func:`.kind_nouns.kind_noun`), the scope
    the row's unit and the column's head, the period the caption's. The total row ("Tổng cộng") sums the units' and
    the remarks' column ("Ghi chú") holds words: neither is read (t23-05's Phụ lục; its author's notes label neither);
    nor is a column of results beside the quotas ("Thu NSNN ước thực hiện năm 2026" before "Thu NSNN năm 2027"), given
    for reference (:data:`vocab.QUOTA_RESULT_COL_RE`). ``prose`` (the targets read so far, from ``text``) names the
    noun of a head that prints only its verb ("Chỉ tiêu kết nạp": :func:`_column_units`).

    (tgt51) None of a table under ``skip`` (the situation / results parts) or below a whole such section (``sections``
    the sections' spans, :func:`.table_heads.under_parts`): "II. ĐẶC ĐIỂM TÌNH HÌNH ⏎ 1. Diện tích rừng trên địa bàn xã ⏎
    Tổng diện tích … phân bố như sau:" over "STT | Thôn, buôn | Rừng tự nhiên (ha) | Rừng trồng (ha) | Tổng (ha)" (t50-03)
    says how things stand, per unit as a quota table's rows do, and sets nothing. The sets leave such tables (a36-06,
    t36-06, a43-01, a47-02, t50-03: no cell labelled); the one labelled (t36-02) is a plan's own figures under a
    "1. Kế hoạch diện tích …" line, which already ends its situation part (:func:`.sections._results_parts`).
    """
    return _quota_rows(tables, totals=False, prose=prose, text=text, skip=skip, sections=sections)


def quota_total_cells(tables: tuple[Table, ...], prose=(), text: str = "", skip=(), sections=()
                      ) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the total rows ("Tổng cộng", "Cộng") of the quota tables among ``tables``: each
    figure cell the sum of its column's quotas, a target of the whole area (tgt32a). The labels count it where the
    body states it nowhere else (a29-09, t30-04, a30-04, a30-08); where the prose set the same figure ("Toàn tỉnh
    thực hiện ít nhất 300 công trình", a22-04; "Chỉ tiêu tuyển quân … 38 công dân", t23-05) they count the prose's:
    the caller drops those (:func:`vanban.extract.quota_totals.without_stated_totals`). None under ``skip`` /
    ``sections``, as :func:`quota_cells`."""
    return _quota_rows(tables, totals=True, prose=prose, text=text, skip=skip, sections=sections)


#: a cell that says "none here" ("-", "–", "x"): an empty cell, no figure (a school of one level has none of the other's)
_EMPTY_MARK = re.compile(r"^[-–—x/]$")


def _figure_columns(t: Table, first: int) -> list[int]:
    """The kind columns of quota table ``t`` from ``first`` on whose cells hold a bare figure (the row's words, "Tổ dân
    phố 1 đến 9" under "Địa bàn tuyển sinh", are none)."""
    return [c for c in range(first, len(t.header))
            if any(c < len(r) and _bounds(r[c].text) is not None for r in t.rows[1:])]


def _column_units(t: Table, first: int, prose, text: str) -> dict[int, str]:
    """The unit of each bare kind column of quota table ``t`` the head alone does not name (:func:`.kind_nouns.kind_noun`
    does that), by the kinds of two-row headers and heads without a noun (tgt32d):

    * every figure column a plain count, "Lớp 1: Số lớp" | "Lớp 1: Số học sinh" | "Lớp 6: Số lớp" | … under "CHỈ TIÊU
      TUYỂN SINH" (a phường's plan of enrolment, t31-04): the table sets nothing else, so the counts are its quotas,
      counted in the noun after "Số" (:func:`.kind_nouns.count_head_noun`). A count beside another kind of target is the
      unit's present ("Số xã, phường", "Tổng số hộ"): not read;
    * a head naming the quota's verb without its noun, "Chỉ tiêu kết nạp" (a Đảng ủy xã's plan, t31-05): the noun the
      prose counts after that verb, "kết nạp 30 đảng viên" (:func:`.kind_nouns.noun_after_verb`);
    * a column "Trong đó: Nữ" (:data:`vocab.QUOTA_SUBSET_GROUP_RE`) splits the count of the kind before it: its unit;
    * (tgt35a) a row-total column ("Tổng") of a table whose caption gives the unit ("3. Diện tích cây vụ Đông phân bổ
      cho các thôn" / "Đơn vị tính: ha", then "TT | Thôn | Ngô | Khoai lang | … | Tổng", t34-04): each unit's whole
      quota, in the caption's unit; the crops' columns beside it break it down and stay unread, their heads naming no
      unit (the labels count the row totals);
    * (tbl38) a bare head naming the quota, "Chỉ tiêu" / "Chỉ tiêu năm 2032", under such a caption: the quota in the
      caption's unit (the unit printed over the table instead of in the head's parentheses)."""
    out: dict[int, str] = {}
    figures = _figure_columns(t, first)
    # (tgt42a) a head's closing period ("… năm 2032") is no part of the noun it counts
    subs = {c: (g, undated_head(h)) for c in range(first, len(t.header)) for g, h in [grouped_head(t.header[c])]}
    # (tgt42a) … but not where one count names what is handed out ("Số hội viên | Số đại biểu được bầu", a Hội's Phụ
    # lục of delegates per chi hội; "Số hộ | Số hộ được hỗ trợ"): the plain count beside it is the base the share is
    # drawn from, what the unit holds, and only the planned one is set
    all_counts = bool(figures) and all(
        V.QUOTA_COUNT_HEAD_RE.match(head_key(subs[c][1])) and count_head_noun(subs[c][1])
        for c in figures) and not any(planned_count(subs[c][1]) or duty_verb(subs[c][1]) for c in figures)
    last = None
    shared = caption_unit(t.caption)  # "… Đơn vị tính: ha" (:mod:`.caption_units`)
    for c in range(first, len(t.header)):
        group, sub = subs[c]
        kind = quota_head(t.header[c])
        unit = kind[1] if kind and kind[0] == "unit" else None
        if kind and kind[0] == "bare" and shared and c in figures and (
                _ROW_TOTAL_HEAD.match(head_key(sub)) or V.QUOTA_NAMED_HEAD_RE.match(head_key(sub))):
            out[c] = shared  # "… Đơn vị tính: ha" over "| Tổng |": each unit's whole;
            continue  # (tbl38) over a lone "| Chỉ tiêu |" the quota's unit
        if kind and kind[0] == "bare":
            unit = kind_noun(sub, text)
            twin = planned_twin(t.header, c, latest_year(t.header))
            if twin and (unit is None or fold(unit).startswith(fold(twin) + " ")):
                unit = twin  # (tgt47) "Trụ đèn hiện có | Trụ đèn lắp mới năm 2036": the noun the base's twin counts
                # (:mod:`.base_heads`), not "trụ đèn lắp"; a noun the head's initials spell out stays ("Điểm SHVHCĐ")
            if unit is None and all_counts and c in figures:
                unit = count_head_noun(sub)
            if unit is None:
                unit = needed_noun(sub)  # (tgt45t) "Số thang dây cần mua thêm": the noun before "cần"
            if unit is None and planned_count(sub):
                unit = counted_noun(sub)  # (tgt33c) "Số nhà xây mới": the houses to build, beside counts of the present
            if unit is None and (verb := made_verb(sub)):
                unit = noun_after_verb(verb, prose, text)
            if unit is None and (verb := duty_verb(sub)):
                # (tgt42a) "Số phải mở mới": the noun the caption's verb takes ("Chỉ tiêu mở tài khoản"), else the prose's
                unit = noun_in_caption(verb, t.caption or "") or noun_after_verb(verb, prose, text)
            if unit is None and group and V.QUOTA_SUBSET_GROUP_RE.match(fold(group).strip()) and last is not None:
                unit = out.get(last)
            if unit is None and c in figures and (V.QUOTA_NAMED_HEAD_RE.match(head_key(sub))
                                                  or _NOUNLESS_COUNT_HEAD.match(head_key(sub))):
                unit = _summed_noun(t, c, prose)  # (tbl54) or a bare "Số lượng" (t52-08: the posts' 40 chỉ tiêu)
            if unit is None and c in figures and kind[2] is not None:
                unit = bound_head_noun(_unbound(sub))  # (tbl54) "Số vận động viên tối thiểu": the floor's noun
            if unit:
                out[c] = unit
        if not (group and V.QUOTA_SUBSET_GROUP_RE.match(fold(group).strip())):
            last = c
    return out


def _unbound(head: str) -> str:
    """``head`` without the bound its lead ends with: "Số vận động viên tối thiểu" → "Số vận động viên".

    Why (tbl54): a xã's sports-day plan hands each thôn its floor of athletes under "4. Chỉ tiêu vận động viên tham gia
    của các thôn" as "STT | Thôn | Số vận động viên tối thiểu | Ghi chú" (a52-04): the bound is read off the head
    (:func:`.figure_tables.quota_head`, each figure a minimum), but the noun counted was sought in the whole head, whose
    last words are the bound, and none was found, so every thôn's floor and the total were dropped. The bound
    is always two words (:data:`vocab.QUOTA_LEAD_BOUND_RE`)."""
    words = " ".join(head.strip(" *.:").split()).split()
    return " ".join(words[:-2]) if V.QUOTA_LEAD_BOUND_RE.search(fold(" ".join(words))) else " ".join(words)


def _summed_noun(t: Table, c: int, prose) -> str | None:
    """The noun of the count the text sets that column ``c`` of quota table ``t`` splits: the units' rows add up to
    the figure of one target read in the prose (``prose``, outside the table), exact, a count of a noun.

    Why (tgt45t): a xã's call-up plan states "Nhập ngũ phục vụ trong Quân đội: 17 công dân; … Công an nhân dân: 02
    công dân" and hands each thôn its share in a Phụ lục whose heads name the quota and its kind but no noun ("Chỉ
    tiêu nhập ngũ Quân đội | Chỉ tiêu tham gia Công an nhân dân", "03 | -"): the column's sum is the text's figure,
    so its cells count what that figure counts. The figures decide, not the head's words; a sum the text does not
    state, or states in two nouns, names none."""
    total = 0
    for r in _unit_rows(t):
        x = r[c].text.strip(" *") if c < len(r) else ""
        if not x or x in "-–—x":
            continue
        if (n := _count_of(x)) is None:
            return None
        total += n
    if total < 2:
        return None
    nouns = {p.unit for p in prose if p.span is not None and not (t.start <= p.span.start < t.end) and p.unit
             and p.min == p.max == total and not _NO_NOUN_UNIT.match(fold(p.unit))}
    return nouns.pop() if len(nouns) == 1 else None


#: units that count no noun: a share, money, a time or a measure (folded)
_NO_NOUN_UNIT = re.compile(r"^(?:%|dong|trieu|ty|nghin|ngay|gio|thang|nam|tuan|phut|ha|m|km|kg|tan|lit)(?![a-z])")


#: (tbl54) a count head naming no noun (folded, whole): "Số lượng" in "STT | Vị trí việc làm | Hạng chức danh nghề nghiệp |
#: Số lượng | Trình độ chuyên môn" (a huyện's Thông báo tuyển dụng, t52-08) — its posts' figures add up to the prose's
#: "Tổng số chỉ tiêu tuyển dụng: 40 chỉ tiêu", which names their noun (:func:`_summed_noun`)
_NOUNLESS_COUNT_HEAD = re.compile(r"^(?:so luong|tong so|so)$")


#: a row-total column's head (folded): "Tổng", "Tổng cộng", "Cộng", "Tổng diện tích"
_ROW_TOTAL_HEAD = re.compile(r"^(?:tong(?:\s+cong|\s+so|\s+dien tich)?|cong)$")


def _quota_rows(tables: tuple[Table, ...], *, totals: bool, prose=(), text: str = "", skip=(), sections=()
                ) -> tuple[list[Target], list[tuple[int, int]]]:
    """The quota cells of the units' rows (``totals`` False) or of the total rows (True): see :func:`quota_cells`.

    Columns that are no kind of target (tgt32a, a Sở Y tế's Phụ lục, a30-04: "Số trẻ dưới 1 tuổi (dự kiến)" | "Chỉ
    tiêu tiêm chủng đầy đủ (trẻ)" | "Tỷ lệ (%)" | "Số phụ nữ có thai được tiêm UV2+ (chỉ tiêu)"): the estimated base the
    quotas are drawn from (:data:`vocab.QUOTA_BASE_HEAD_RE`); a head whose parentheses name its role, "(chỉ tiêu)"
    (:data:`vocab.QUOTA_ROLE_PAREN_RE`), counts the noun its lead names (:func:`.kind_nouns.counted_noun`).

    (tgt41c) A bare rate beside a count quota ("Chỉ tiêu tiêm phòng (con) | Tỷ lệ (%)", the share that quota is of the
    base) was left out, as a30-04's author folded it into the quota's scope; the later authors of such Phụ lục (t40-02's
    rabies quotas, t40-08's certificates per thôn) count it, each unit's rate being a figure it is set to reach, as the
    labels README's "numeric goals" read it: it is read now. Beside the quota, the counts of what each unit holds ("Số
    chó (con)", "Tổng đàn (con)", the base the quota and its rate are drawn from) are no quota
    (:func:`_present_counts`)."""
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    for t in tables:
        if t.role != QUOTA or under_parts(t.start, skip, sections):
            continue  # (tgt51) a situation part's table per unit: how things stand
        period = _period(t.caption)
        all_bound = _caption_bound(t.caption)  # (tbl55) "Chỉ tiêu dưới đây là chỉ tiêu tối thiểu"
        first = quota_kinds(t.header)
        kinds = [quota_head(h) or ("bare", None, None) for h in t.header[first:]]
        units = _column_units(t, first, prose, text)
        sums = _column_sums(t) if totals else {}
        spreads = _column_spreads(t) if totals else {}
        parts = _breakdown_units(t, first, prose) if _breakdown(t) else None
        standing = present_twins(t.header)  # (tgt34b) "Tỷ lệ … đến 30/6/2028 (%)" before "… đến cuối năm 2028 (%)"
        standing |= _present_counts(t.header, first)  # (tgt36b) "… chưa có thẻ căn cước (người)" beside "Chỉ tiêu …"
        standing |= _product_factors(t, first)  # (tgt40b) "Số lao động (người) | Mức đóng (đồng/người) | Số tiền (đồng)"
        standing |= _level_sums(t, first)  # (tgt51) "Số người (dự kiến) | Mức quà (đồng/người) | Thành tiền (đồng)"
        restated = _restated_columns(t, first)  # (tgt42a) "Tỷ lệ phải đạt …" | "95%" on every row: the text's one rate
        before = len(out)
        for row in t.rows[1:]:
            name = row[1].text
            if _whole_row(row) != totals:
                continue  # the total row ("Tổng cộng | 38") sums the units' quotas: read apart
            if totals and V.subtotal_row(name):
                sums = _section_sums(t, row)  # (tgt42a) "Cộng lớp 1" sums the rows since the last total row
            elif totals:
                sums = _column_sums(t)
            for n, ((kind, u, bound), head, cell) in enumerate(zip(kinds, t.header[first:], row[first:])):
                ln = cell.text
                head = grouped_head(head)[1] if grouped_head(head)[0] and not V.QUOTA_SUBSET_GROUP_RE.match(
                    fold(grouped_head(head)[0]).strip()) else head  # "Lớp 1: Số lớp" read by "Số lớp"; "Trong đó: Nữ" whole
                if not ln or V.NOTES_COL.match(fold(head).strip(" *.:")):
                    continue  # the remarks' column ("Ghi chú": "01 chỉ tiêu Công an"): words, no quota
                if first + n in restated:
                    read.append((cell.start, cell.end))  # the text's own figure again: counted once, in the text
                    continue
                if totals and (_amount_of(ln) is None or sums.get(first + n) is None
                               or abs(_amount_of(ln) - sums[first + n]) > 1e-6) \
                        and not (u == "%" and _within(ln, spreads.get(first + n))):
                    continue  # a total that is not its column's sum: a row or a cell lost in OCR, its place unsure
                if V.QUOTA_RESULT_COL_RE.search(fold(head)) or first + n in standing:
                    continue  # a column of results ("… ước thực hiện năm 2026 (triệu đồng)"): for reference, no quota;
                    # (tgt34b) a measure's column at a day before its twin's: where the units stand (dated_twins)
                if V.QUOTA_SPENDING_HEAD_RE.match(head_key(head)):
                    continue  # (tgt33c) the money each unit's quota costs ("Kinh phí hỗ trợ (triệu đồng)"): an allocation
                if V.QUOTA_FORECAST_HEAD_RE.search(V.head_lead(head)):
                    continue  # (tgt45a) the harm each unit is expected to suffer ("Diện tích dự kiến nhiễm (ha)"): a
                    # forecast beside what the table hands out, no quota
                folded_head = head_key(head)
                if V.QUOTA_BASE_HEAD_RE.match(folded_head):
                    continue  # the base estimated ("Số trẻ … (dự kiến)"); (tgt41c) the quota's rate of it, "Tỷ lệ (%)",
                    # is read: the share each unit is set to reach is a goal of its own (t40-02, t40-08; see _quota_rows)
                sub = grouped_head(head)[1]
                if kind == "unit" and (m := V.QUOTA_KIND_HEAD_RE.match(sub)) \
                        and V.QUOTA_ROLE_PAREN_RE.match(fold(m.group("unit")).strip()):
                    u = counted_noun(m.group("lead"))  # "Số phụ nữ có thai được tiêm UV2+ (chỉ tiêu)": phụ nữ có thai
                head = head if kind != "bound" else V.QUOTA_KIND_HEAD_RE.match(sub).group("lead").strip()
                if parts is not None:
                    if first + n not in parts:
                        continue  # a breakdown's column that sums no figure the text sets: the unit's present
                    u = parts[first + n]
                got = _bounds(ln)
                if got is not None:
                    u = u or (units.get(first + n) if kind == "bare" and not got[3] else None)
                    if not u and kind == "bound" and not got[3]:
                        u = bound_head_noun(head)  # (tgt40b) "Số bản sách … (tối thiểu)": the floor's noun, no unit printed
                    if not u:
                        continue  # a figure without its unit under a head naming none ("Số hộ" | "286", "Tỷ lệ …")
                    _, lo, hi, _pct = got
                    if u == "%" and got[0] > 100 and V.QUOTA_SHARE_HEAD_RE.match(folded_head):
                        continue  # (tgt33c) a share over 100% ("832" for 82 under "Tỷ lệ hộ …", a scan): OCR damage
                    if lo == hi == 0 and not totals:
                        continue  # "0" nữ of a chi bộ: no quota handed out, nothing set (the labels leave zeros out)
                    lo, hi = _head_bound(bound or all_bound, ln, lo, hi)
                elif (own := _unit_cell(ln)) is not None:
                    lo, hi, cell_unit = own
                    lo, hi = _head_bound(bound or all_bound, ln, lo, hi)
                    u = u or cell_unit
                else:
                    continue
                out.append(Target(text=ln, min=lo, max=hi, unit=u, scope=f"{name}: {head}" if name else head, period=period,
                                  span=Span(cell.start, cell.end, ln)))
                read.append((cell.start, cell.end))
        if len(out) > before and not totals:  # (tgt36b) the heads name columns ("Công dân từ 14 tuổi …"): no goals
            read += [(c.start, c.end) for c in t.rows[0] if c.text.strip()]
    return out, read


def _restated_columns(t: Table, first: int) -> set[int]:
    """The kind columns of quota table ``t`` (from ``first`` on) whose units' rows all print one same figure that the
    caption over the table (its heading and the paragraph that leads into it) states: the plan-wide goal printed
    again on each row, no unit's own.

    Why (tgt42a): a phường's Công văn sets "phấn đấu ít nhất 95% đối tượng … có tài khoản" and breaks the accounts
    down per tổ dân phố in a table whose last column, "Tỷ lệ phải đạt đến 30/11/2032", prints "95%" on every row: the
    labels count the rate once, in the sentence; each row's own figures (the accounts to open) are the quotas. A
    column whose figures differ from row to row (each unit's rate, t40-10) is each unit's goal and stays read."""
    rows = _unit_rows(t)
    caption = t.caption or ""
    out: set[int] = set()
    for c in range(first, len(t.header)):
        cells = [r[c].text.strip(" *") if c < len(r) else "" for r in rows]
        if len(cells) < 2 or not cells[0] or any(x != cells[0] for x in cells) or _bounds(cells[0]) is None:
            continue
        if _caption_states(caption, cells[0], t.header[c]):
            out.add(c)
    return out


def _caption_states(caption: str, figure: str, head: str) -> bool:
    """Whether ``caption`` states ``figure`` as the column's own measure: the figure carries the cell's "%" or is
    followed by the column head's unit ("mô hình" of "Mô hình dân vận khéo (mô hình)"), and stands in the lead
    paragraph, not as an item number at a line's start ("**1. Chỉ tiêu …**"). Why (fixrev42): a column whose every
    row is "1" vanished when the heading over it was numbered "1." — a bare figure says nothing of what it counts."""
    m_unit = V.QUOTA_KIND_HEAD_RE.match(grouped_head(head)[1].strip(" *"))
    unit = fold(m_unit.group("unit")).strip() if m_unit and m_unit.group("unit") else ""
    for m in re.finditer(rf"(?<![\d.,/]){re.escape(figure)}(?![\d/]|[.,]\d)", caption):
        line_start = caption.rfind("\n", 0, m.start()) + 1
        if re.fullmatch(r"[\s*#_]*", caption[line_start:m.start()]) and re.match(r"[.)]", caption[m.end():m.end() + 1]):
            continue  # "1. Chỉ tiêu xây dựng mô hình": the item's number
        if figure.endswith("%") or (unit and fold(caption[m.end():m.end() + len(unit) + 2]).strip().startswith(unit)):
            return True
    return False


def _product_factors(t: Table, first: int) -> set[int]:
    """The kind columns of quota table ``t`` (from ``first`` on) that are the factors of another column, row by row: a
    count of a noun ("Số lao động thuộc diện đóng (người)") and a level per that noun ("Mức đóng (đồng/người)") whose
    product is a third column's figure ("Số tiền (đồng)"), in the level's numerator unit.

    Why (tgt40b): a xã's plan of a fund's collection hands each thôn the sum it is to collect, printing how it was
    worked out beside it (t39-04): the people liable are the base, the level the rate the prose sets once for all; the
    sum is the quota (the labels count the sum only). Told by the figures, not the words: every units' row multiplies
    out. A cost column ("Kinh phí", "Dự toán": :data:`vocab.QUOTA_SPENDING_HEAD_RE`) is no quota of its own, so a
    product there leaves the factors as they were (a gift table's count of items is the target, :mod:`.gift_quotas`)."""
    units, rows = _kind_units(t, first), _unit_rows(t)
    out: set[int] = set()
    for r, ru in units.items():
        num, _, per = ru.partition("/")
        per = per.partition("/")[0]  # (tgt41a) "đồng/người/năm": a level per person and year, the year's sum per person
        if not per:
            continue
        for n, nu in units.items():
            for c, cu in units.items():
                if len({r, n, c}) < 3 or nu != per or cu != num \
                        or V.QUOTA_SPENDING_HEAD_RE.match(head_key(grouped_head(t.header[c])[1])):
                    continue
                if _multiplies(rows, n, r, c):
                    out |= {n, r}
    return out


#: (tgt51) a cost column's head, the row's count times its level (folded key): "Thành tiền", "Kinh phí", "Tổng tiền"
_COST_HEAD = re.compile(r"^(?:thanh tien|(?:tong\s+)?kinh phi|tong tien)(?![a-z])")


def _kind_units(t: Table, first: int) -> dict[int, str]:
    """The unit in parentheses of each kind column of quota table ``t`` from ``first`` on, folded, spaces dropped
    ("đồng/người")."""
    return {c: fold(m.group("unit")).replace(" ", "") for c in range(first, len(t.header))
            if (m := V.QUOTA_KIND_HEAD_RE.match(grouped_head(t.header[c])[1].strip(" *")))}


def _multiplies(rows, n: int, r: int, c: int) -> bool:
    """Whether, on two units' rows or more of ``rows``, column ``n``'s count times column ``r``'s is column ``c``'s."""
    trios = [tuple(_count_of(row[i].text) if i < len(row) else None for i in (n, r, c)) for row in rows]
    return len(trios) >= 2 and all(None not in x and x[0] * x[1] == x[2] for x in trios)


def _level_sums(t: Table, first: int) -> set[int]:
    """The kind columns of quota table ``t`` (from ``first`` on) that are a level's sum row by row: money ("Thành tiền
    (đồng)") equal, on every units' row, to a level per item ("Mức quà (đồng/người)") times another column's count.

    Why (tgt51): a plan of mừng thọ gifts by age, "STT | Độ tuổi | Số người (dự kiến) | Mức quà (đồng/người) | Thành tiền
    (đồng)" (a49-02), is read as a quota table for its level column (each age's gift, :func:`.figure_tables._set_per_row`);
    its "Thành tiền" is the estimate's cost, count times level, no goal (the labels: a49-02, t34-08, t42-01, a37-01, a43-04,
    t43-10 count no row's sum; :mod:`.gift_quotas`). :func:`_product_factors` drops the factors where the sum is the
    quota; here the sum goes, the level stays. Told by the figures: every row multiplies out."""
    units, rows = _kind_units(t, first), _unit_rows(t)
    out: set[int] = set()
    for r, ru in units.items():
        num, _, per = ru.partition("/")
        per = per.partition("/")[0]  # "đồng/người/năm": per person (and year)
        if not per:
            continue
        for c, cu in units.items():
            if c == r or cu != num or not _COST_HEAD.match(head_key(grouped_head(t.header[c])[1])):
                continue  # (a "Số tiền phải thu (đồng)" is the sum to collect, the quota: a39-04, t39-04)
            # not beside "Số lao động (người)", a count of what the level is per: there the sum is the quota (_product_factors)
            if any(n not in (r, c) and units.get(n) != per and _multiplies(rows, n, r, c) for n in range(first, len(t.header))):
                out.add(c)
    return out


def _present_counts(header: tuple[str, ...], first: int) -> set[int]:
    """The kind columns of a quota table's ``header`` (from ``first`` on) that count the unit's present beside a column
    the header names the quota ("Chỉ tiêu …"): those still to be served ("Công dân từ 14 tuổi chưa có thẻ căn cước
    (người)", :data:`vocab.QUOTA_PRESENT_HEAD_RE`), the base the quota is drawn from, no target.

    Why (tgt36b): a Công an xã's plan hands each ấp a minimum of activations beside its citizens without a card (t35-10);
    both heads print a unit in parentheses, and both columns were read as quotas. Without a head naming the quota,
    every kind column stays a quota, as before.

    (tgt41c) So are the plain counts of what each unit holds, "Số chó (con)", "Số mèo (con)", "Tổng đàn (con)" before
    "Chỉ tiêu tiêm phòng (con)" (a xã's rabies Phụ lục, t40-02: the herd counted, the quota drawn from it;
    :data:`vocab.QUOTA_HELD_COUNT_HEAD_RE`): a count with its unit in parentheses is the base there, as "Số hộ" without
    one is. A count of what the plan makes ("Số nhà xây mới": :func:`planned_count`) or one with its bound ("Số bản sách
    … (tối thiểu)") stays a quota."""
    heads = {c: fold(" ".join(header[c].split())).strip(" *.:") for c in range(first, len(header))}
    named = [c for c, h in heads.items() if V.QUOTA_NAMED_HEAD_RE.match(h)]
    whole = {c for c, h in heads.items() if V.QUOTA_WHOLE_HELD_HEAD_RE.match(h.split("(")[0].strip())
             and not planned_count(header[c].split("(")[0])  # (tgt41c) "Tổng đàn lợn (con)" beside supplies (t40-07)
             and _stock_count(h, set())}  # … a stock, not "Tổng số tiền vận động (đồng)", the amount each unit raises
    whole |= {c for c in heads if held_head(header[c], header[first:])}  # (tgt47) the base
    # dated before the plan or held: "Người nghiện có hồ sơ quản lý đến 31/12/2034 (người)" (a45-01), :mod:`.base_heads`
    if not named:
        return whole
    units = {_paren(heads[n]) for n in named} - {""}
    whole |= {c for c, h in heads.items() if c not in named and _paren(h) in units and not _set_marked(header[c])
              and re.match(rf"(?:(?:tong so|so luong|so)\s+)?{re.escape(_paren(h))}(?![a-z])", V.head_lead(header[c]))
              and _HELD_PERSONS.search(V.head_lead(header[c]))}
    # (tgt47) beside the quota, a count of the very noun its unit names that the head does not name as set and names
    # as held ("Người sau cai được quản lý (người)" beside "Chỉ tiêu số người nghiện được cai năm 2035 (người)",
    # a45-01): the people the rows hold, no second quota; a head naming an act in that unit ("Giới thiệu học lớp bồi
    # dưỡng nhận thức về Đảng (người)" beside "Chỉ tiêu kết nạp đảng viên (người)", a37-08) is a quota of its own, and
    # so (fixrev47) is a count of the noun with no held word, what is to be done to it: "Hộ được hỗ trợ sửa chữa nhà
    # (hộ)" beside "Chỉ tiêu xóa nhà tạm (hộ)", "Liều nhắc lại (liều)", "Hội viên được tập huấn (hội viên)"
    return whole | {c for c, h in heads.items() if c not in named and (
        V.QUOTA_PRESENT_HEAD_RE.search(h.split("(")[0])
        or V.QUOTA_HELD_COUNT_HEAD_RE.match(h.split("(")[0].strip()) and _stock_count(h, {_paren(heads[n]) for n in named})
        and not planned_count(header[c].split("(")[0])
        and not V.QUOTA_DONE_IN_HEAD_RE.search(h.split("(")[0])
        and not V.QUOTA_ROLE_PAREN_RE.match(h.partition("(")[2].rstrip(")").strip())
        and (quota_head(header[c].strip(" *")) or ("",))[0] != "bound")}


#: (tgt47) the words that name a count what the plan makes, adds or needs (folded, the head's lead): "Số nhà xây mới",
#: "Bình cần trang bị thêm", "Số phải mở mới"
_PLANNED_WORDS = V.head_words_re(V.HEAD_ADDED_WORDS, V.HEAD_NEEDED_WORDS)


#: (fixrev47) the words that name a count of persons the unit holds now, not what is to be done to them (folded, the
#: head's lead): :data:`vocab.HEAD_HELD_PERSON_WORDS`, :data:`vocab.HEAD_HELD_NOW_RE`
_HELD_PERSONS = V.head_words_re(V.HEAD_HELD_PERSON_WORDS, more=V.HEAD_HELD_NOW_RE)


def _set_marked(head: str) -> bool:
    """(tgt47) ``head`` names its count as set or planned: a set word (:func:`.base_heads.set_head`), a count of what
    the plan makes (:func:`planned_count`), a bound or a role in its parentheses ("(tối thiểu)", "(chỉ tiêu)"), or what
    is new, added or needed (:data:`_PLANNED_WORDS`)."""
    paren = _paren(fold(" ".join(head.split())))
    return bool(set_head(head) or planned_count(head.split("(")[0]) or _PLANNED_WORDS.search(V.head_lead(head))
                or V.QUOTA_ROLE_PAREN_RE.match(paren) or (quota_head(head.strip(" *")) or ("",))[0] == "bound")


def _paren(head: str) -> str:
    """The words in the parentheses of folded ``head`` ("so cho (con)": "con")."""
    return head.partition("(")[2].rstrip(")").strip()


def _stock_count(head: str, quota_units: set[str]) -> bool:
    """Folded count ``head`` counts a stock the unit holds, the base of the quota beside it: its unit is a quota
    column's, or its noun one of :data:`vocab.QUOTA_STOCK_NOUNS` (fixrev41: "Số lớp bồi dưỡng (lớp)" beside "Chỉ
    tiêu kết nạp đảng viên (người)" is a quota of its own)."""
    if _paren(head) and _paren(head) in quota_units:
        return True
    noun = " ".join(_COUNT_LEAD.sub("", re.sub(r"^tong dan\b", "dan", head.split("(")[0].strip())).replace(",", " ").split())
    return any(noun == n or noun.startswith(n + " ") for n in V.QUOTA_STOCK_NOUNS)


def _unit_rows(t: Table) -> list:
    """The rows of quota table ``t`` under its header but its total rows ("Tổng cộng", "Cộng", "Toàn xã"; a part's
    subtotal, "Cộng lớp 1"): the units' own."""
    return [r for r in t.rows[1:] if not _whole_row(r)]


def _whole_row(row) -> bool:
    """``row`` of a quota table sums others: the whole area's ("Tổng cộng", "Toàn xã") or a part's ("Cộng lớp 1",
    "Cộng THCS"; not a unit named so, "Cộng Hòa", its word after "Cộng" a proper name's)."""
    name = fold(row[1].text).strip(" *:")
    if V.QUOTA_WHOLE_ROW_RE.match(name):
        return True
    return V.subtotal_row(row[1].text)  # "Cộng lớp 1"; not "Công an …", "Cộng Hòa", "Cộng tác viên …"


def _section_sums(t: Table, total) -> dict[int, float]:
    """The sum of each column's amounts over the units' rows of quota table ``t`` between the total row before
    ``total`` (a part's subtotal row) and it: the part it sums ("Cộng lớp 1" under the primary schools' rows)."""
    rows: list = []
    for r in t.rows[1:]:
        if r is total:
            break
        rows = [] if _whole_row(r) else rows + [r]
    return _column_sums(t, rows)


#: the words a count's head opens with before its noun ("Số hộ dự kiến sơ tán": "hộ …"; folded)
_COUNT_LEAD = re.compile(r"^(?:tong so|so luong|so)\s+")


def _breakdown(t: Table) -> bool:
    """Quota table ``t`` breaks a figure of the text down by unit ("chi tiết từng thôn như sau:",
    :data:`vocab.QUOTA_BREAKDOWN_CAPTION_RE`) and neither its caption nor a head names quotas ("Chỉ tiêu …")."""
    caption = fold(t.caption)
    return bool(V.QUOTA_BREAKDOWN_CAPTION_RE.search(caption)) and not V.QUOTA_CAPTION_RE.search(caption) \
        and not any(V.QUOTA_CAPTION_RE.search(fold(h)) for h in t.header)


def _breakdown_units(t: Table, first: int, prose) -> dict[int, str]:
    """The columns of breakdown table ``t`` (:func:`_breakdown`) whose units' figures add up to a figure a target of
    the text outside the table sets in the same noun, each with that target's unit.

    Kind (tgt33b): a xã's plan of phòng, chống thiên tai sets its whole ("lực lượng xung kích … 270 người", "dự kiến sơ
    tán 312 hộ với 1.104 người") and prints each thôn's share under "chi tiết từng thôn như sau:" ("TT | Thôn | Lực
    lượng xung kích (người) | Số hộ dự kiến sơ tán | Điểm sơ tán tập trung", a31-08). No head says "chỉ tiêu": a
    column is the target's parts where its sum is that target's figure and its head counts the target's noun ("(người)";
    "Số hộ …" of "312 hộ"); its cells are each thôn's share, in the target's unit. A column that sums to nothing the text
    sets (a count of what each thôn has) is read as the unit's present, no target.

    A column with cells OCR lost or damaged (a scan's "6>," for 32) cannot add up: it is the parts of a target in its
    noun when what it still holds (two rows at least) adds up to less than that target's figure."""
    rows = _unit_rows(t)
    wholes = [p for p in prose if p.min is not None and p.min == p.max and p.unit
              and not (p.span is not None and t.start <= p.span.start < t.end)]
    out: dict[int, str] = {}
    for c in range(first, len(t.header)):
        vals = [_count_of(r[c].text) if c < len(r) and r[c].text else None for r in rows]
        got = [v for v in vals if v is not None]
        if len(got) < 2:
            continue
        sub = grouped_head(t.header[c])[1]
        kind = quota_head(t.header[c])
        noun = kind[1] if kind and kind[0] == "unit" else _COUNT_LEAD.sub("", head_key(sub))
        for p in wholes:
            unit = fold(p.unit).strip()
            adds_up = p.min == sum(got) if len(got) == len(vals) else sum(got) < p.min
            if adds_up and (fold(noun).strip() + " ").startswith(unit + " "):
                out[c] = p.unit
                break
    return out


_COUNT_CELL = re.compile(r"^\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:\s+[^\d]{1,30})?\s*$")


def _count_of(cell: str) -> int | None:
    """The whole count a quota cell prints ("7.595", "1.830 hộ"), None for a rate, a bound or a range."""
    m = _COUNT_CELL.match(cell.strip(" *"))
    return int(m.group(1).replace(".", "")) if m else None


#: (tgt41c) an amount a quota cell prints, a decimal comma allowed ("468,0", "835,5" triệu đồng)
_AMOUNT_CELL = re.compile(r"^\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s+[^\d]{1,30})?\s*$")


def _amount_of(cell: str) -> float | None:
    """The amount a quota cell prints, a whole count or one with decimals ("7.595", "835,5"), None for a rate, a bound
    or a range."""
    m = _AMOUNT_CELL.match(cell.strip(" *"))
    return float(f"{m.group(1).replace('.', '')}.{m.group(2) or 0}") if m else None


def _column_sums(t: Table, rows: list | None = None) -> dict[int, float]:
    """The sum of each column's amounts over the units' rows of quota table ``t`` (a column with a cell that is none,
    a bound "Ít nhất 01 mô hình/đơn vị", has none): a total row's cell is read only where it is that sum. (tgt41c)
    Amounts with decimals add up too: "468,0 | 367,5" under "Nhân dân đóng góp (triệu đồng)", "Cộng | 835,5" (t40-09).
    ``rows``: the rows summed instead of every unit's (a part's, :func:`_section_sums`)."""
    out: dict[int, float] = {}
    rows = _unit_rows(t) if rows is None else rows
    for c in range(2, len(t.header)):
        vals = [_amount_of(r[c].text) for r in rows if c < len(r) and r[c].text and not _EMPTY_MARK.match(r[c].text)]
        if vals and None not in vals:
            out[c] = round(sum(vals), 6)
    return out


def _column_spreads(t: Table) -> dict[int, tuple[float, float]]:
    """The least and the greatest figure of each column of quota table ``t`` over its units' rows, where every cell of
    it holds a bare figure (:func:`_bounds`)."""
    out: dict[int, tuple[float, float]] = {}
    rows = _unit_rows(t)
    for c in range(2, len(t.header)):
        vals = [_bounds(r[c].text) for r in rows if c < len(r) and r[c].text]
        if len(vals) >= 2 and None not in vals:
            out[c] = (min(v[0] for v in vals), max(v[0] for v in vals))
    return out


def _within(cell: str, spread: tuple[float, float] | None) -> bool:
    """(tgt33c) A total row's rate is the whole area's ("Cộng | 5.970 | 3.105 | 85,6" under "Tỷ lệ hộ phân loại đến
    31/12/2028 (%)", t32-09): no sum of the units' rates but their mean weighted by each unit's base, so it lies
    between the least and the greatest of them; a figure outside is a cell misplaced (OCR), not read."""
    got = _bounds(cell)
    return got is not None and spread is not None and got[1] == got[2] and spread[0] <= got[0] <= spread[1]


def year_row_cells(tables: tuple[Table, ...]) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the indicator tables by year among ``tables`` (``role`` "by_year", built by the
    structure stage: :mod:`vanban.structure.figure_tables`), whose rows name their unit in the indicator's parentheses.

    Kind: a plan's "Chỉ tiêu cụ thể theo từng năm" — "STT | Chỉ tiêu | Năm 2027 | Năm 2028 | Năm 2029 | Năm 2030",
    then "3 | Số hộ sản xuất, kinh doanh có sản phẩm bán trên sàn thương mại điện tử (hộ) | 120 | 180 | 250 | Tối
    thiểu 320" (a20-10). A bare figure cell has no unit for the prose grammar to read; the row's parenthesised words
    are its unit (:data:`target_words.ROW_UNIT_LABEL_RE`), each figure cell a target: the figure with its bound words
    ("Tối thiểu 320" a minimum), the period its column's year ("năm 2027"), the scope the indicator. A row of
    percentages ("82%", "Ít nhất 75%") is the prose grammar's, left to it; a row whose indicator names no unit is
    not read.
    """
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    for t in tables:
        if t.role != BY_YEAR:
            continue
        years = [y.group("y") if (y := V.YEAR_ROWS_YEAR_HEAD_RE.match(fold(h).strip(" *"))) else None
                 for h in t.header[2:]]
        for row in t.rows[1:]:
            unit = TW.ROW_UNIT_LABEL_RE.match(row[1].text)
            if not unit or len(unit.group("unit").split()) > 3:
                continue
            scope = unit.group("lead").strip(" ,")
            if scope[:1].isupper() and not scope[1:2].isupper():
                scope = scope[0].lower() + scope[1:]
            for year, cell in zip(years, row[2:]):
                got = _bounds(cell.text) if cell.text else None
                if got is None or got[3] or year is None:
                    continue
                _, lo, hi, _pct = got
                out.append(Target(text=cell.text, min=lo, max=hi, unit=unit.group("unit").strip().lower(), scope=scope,
                                  period=f"năm {year}", span=Span(cell.start, cell.end, cell.text)))
                read.append((cell.start, cell.end))
    return out, read

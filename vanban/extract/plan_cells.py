"""The planned figures of a table of figures per row (``role`` "plan", :mod:`vanban.structure.plan_tables`): which
columns the plan sets, each cell of them a target in its column's unit.

Why (tgt42c): a plan prints per thôn, per round, per cooperative or per plot what each is to do, reach or be offered,
often beside what each has or did (the base): "Số thành viên (31/12/2032) | Doanh thu năm 2032 (triệu đồng) | Kế
hoạch doanh thu năm 2033 (triệu đồng)", "Diện tích (m²) | … | Giá khởi điểm (đồng/m²/năm)". The labels README counts
numeric goals and leaves past results out; its authors label the planned figures of such a table row by row and
leave the base, the past figures and a total that repeats a figure already stated. Which columns are planned is told
two ways, by the grammar of the heads and by the text around the table, never by the row's words:

* a head that names the figure as set (:data:`SET_HEAD`: "Kế hoạch …", "Chỉ tiêu …", "Dự kiến …", "Phấn đấu …", "… cần …" (with its marks),
  "Mục tiêu …", "… phải …", "… được giao / phân bổ …"; or as a bound: "Giá khởi điểm", "… tối thiểu" a floor, min
  only; "… tối đa" a ceiling, max only; not a sum worked out at the bound, "Tiền thuê theo giá khởi điểm":
  :func:`_bound`). Where a head so names a column, only such columns are the plan's; the others
  (members counted at a day, last year's revenue, the plots' areas) describe the rows. The total row ("Cộng") of a set
  column is read where it sums the column and the text outside the tables does not state its figure;
* where no head names one, a column whose rows add up to a figure the text outside the tables states, with its unit
  after it, is that figure split by row ("Nạo vét 6.500 m kênh mương … với 950 ngày công" over "Kênh mương nạo vét
  (m) | Ngày công": 1.200 + 1.500 + … = 6.500; "Tổng số 64 học viên … Số lượng cụ thể như sau:" over a "Cộng" column
  that sums 64): each cell the row's share, in that figure's unit (the head's parentheses, the head's own noun
  "Ngày công", or for a row-total head, "Cộng", the noun the text counts). The total row repeats the stated figure and
  is not read. Such a column shows the table is the plan split by row: (tgt43a) the columns beside it are the rows'
  shares of the same plan whether or not the text states their sums ("9.850 m, … cụ thể:" over "Chiều dài nạo vét
  (m) | Khối lượng đất (m³) | Ngày công"; "612,4 ha, cụ thể:" over the parts by crop of a "Cộng (ha)"), each read in
  its head's own unit, its total row read where the text gives that sum nowhere (:func:`_sibling_unit`). A column
  whose head names no unit ("Nam | Nữ", a sub-group of the row's people beside its count), a stock the row holds
  ("Số hộ", "Dân số") or money is not read; nor, where no column adds up to a stated figure, is any. A table of rounds
  ("Đợt 1", "Đợt 2" its rows' names) splits the plan's figure by round as one per thôn does by thôn.

A head that dates its figures before the plan (a day in parentheses, "(31/12/2032)"; a year earlier than another
head's; "hiện có", "đã …", "thực hiện", "ước", "kết quả") is the base: never read; nor is the money a row costs
("Kinh phí …", "Dự toán …": :data:`vocab.QUOTA_SPENDING_HEAD_RE`, an allocation, as the quota readers hold it). A table inside a part of past
results or under a caption naming results ("Kết quả giải ngân năm 2026": :data:`vocab.QUOTA_RESULT_RE`), or one
whose cells another reader read, is left alone — but (tgt46t) a column the plan sets by a day to come ("Chỉ tiêu cấp
thêm đến 31/12/2034" beside "Đã cấp đến 31/10/2034", :func:`_due_set`), the quota a Công văn sets after the results.
(tgt47) The heads of the base and of the set, and the plan's twin of a base column ("Camera hiện có | Camera lắp mới
năm 2035": the column counting the base's noun that names what is new or the plan's year), are :mod:`.base_heads`'s,
shared with the quota reader.
Tests: tests/test_plan_tables.py, tests/test_targets_tgt46t.py, tests/test_targets_tgt47.py.
"""

from __future__ import annotations

import re

from vanban.extract.base_heads import BASE_HEAD, DONE_HEAD, SET_HEAD, YEAR, base_head, planned_twin, set_head
from vanban.extract.caption_units import caption_unit
from vanban.extract.kind_nouns import added_verb, count_head_noun, needed_noun, supplied_noun
from vanban.extract.numbers import NUMBER, parse_number
from vanban.extract.target_words import MONEY_UNIT_RE, UNIT_SCALES
from vanban.extract.targets import counted_noun as _counted_noun
from vanban.models import Span, Table, TableCell, Target
from vanban.structure import vocab as V
from vanban.structure.figure_tables import counted_caption, goals_part_at, measure_head, planned_count, quota_head
from vanban.structure.plan_tables import PLAN, charged_table, figure_cell, plan_columns, planned_figures
from vanban.text import fold

__all__ = ["figure_stated", "level_cells", "level_head", "plan_cells", "prose_view"]

#: (tgt44) … by the plan's own act of deploying what it counts ("Máy bơm huy động (cái)", "Lực lượng bố trí (người)",
#: folded): what is to be put in place, as "Máy bơm cần bố trí (máy)" says by need; never a figure reached ("đã huy
#: động" is the base, :data:`DONE_HEAD`), so such a column is the plan's even in a part that reports the situation
#: ("1. Dự báo" under "I. DỰ BÁO TÌNH HÌNH VÀ MỤC TIÊU": the forecast beside the pumps to mobilise per ấp)
_DEPLOY_HEAD = re.compile(r"(?<![a-z])(?:huy dong|bo tri)(?![a-z])")
#: … by need, "cần" read with its marks ("Máy bơm cần bố trí (máy)", "Số hộ cần hỗ trợ"): folded it is "cán" too
#: ("Số cán bộ", a count the row holds)
_NEED_HEAD = re.compile(r"(?<!\w)cần(?!\w)")
#: … as a floor ("Giá khởi điểm", "Mức tối thiểu") or a ceiling ("Mức tối đa", "Giá trần")
_FLOOR_HEAD = re.compile(r"(?<![a-z])(?:khoi diem|gia san|toi thieu|it nhat|khong duoi)(?![a-z])")
_CEILING_HEAD = re.compile(r"(?<![a-z])(?:toi da|khong qua|gia tran)(?![a-z])")
#: the set words a money head may open with ("Kế hoạch vốn năm 2027", "Dự kiến kinh phí"; folded)
_SET_LEAD = re.compile(r"^(?:ke hoach|du kien|chi tieu)\s+")
#: (tgt45a) the row names' head of a table of works (folded, whole lead): "Tên công trình", "Danh mục dự án", "Hạng mục"
_WORKS_HEAD = re.compile(r"^(?:ten\s+|danh muc\s+)?(?:cong trinh|du an|hang muc)(?![a-z])")
#: … and a head of the capital a resolution fixes for each work (folded lead): "Tổng mức đầu tư", "Vốn bố trí năm
#: 2034", "Kế hoạch vốn năm 2027", "Vốn phân bổ", "Mức vốn"
_CAPITAL_HEAD = re.compile(r"^(?:tong muc dau tu|(?:ke hoach\s+)?von\s+(?:bo tri|phan bo|dau tu|ke hoach|giao)|ke hoach von"
                           r"|muc von)(?![a-z])")
#: the number of a part's row in a table's number column: "I", "II", "IV" (its rows below numbered 1, 2, …)
_PART_NUMBER = re.compile(r"^[IVXL]{1,5}$")
_PAREN = re.compile(r"\(([^()]*)\)\s*$")
#: (tgt48) the names' head or a head of a table of revenue: "Nguồn thu", "Khoản thu", "Dự toán thu" — "thu" with its
#: marks (folded it is "thư", "thủ", "thứ" too); a "Dự toán" there is what is to be collected, no money spent
_REVENUE = re.compile(r"(?<!\w)thu(?!\w)")
#: a row-total head: "Cộng", "Tổng", "Tổng số", "Tổng cộng" (folded, whole)
_ROW_TOTAL = re.compile(rf"^(?:{V.QUOTA_TOTAL_ROW_WORDS})$")



def figure_stated(cell_text: str, prose: str) -> bool:
    """The figure of a table cell (``cell_text``, its bold marks aside) is printed in the text outside the tables
    (``prose``), whole — not inside a longer number or a date. Why: a table's sum the plan's text states is the plan's
    own figure, labelled there; the table's row only adds it again (read by the plan-table and gift-table readers). Not
    inside a code either ("73/2021/QH14", "NĐ-CP", a letter before it: tgt46u)."""
    figure = cell_text.strip(" *")
    return bool(figure) and bool(re.search(rf"(?<![\w.,/]){re.escape(figure)}(?![\d/]|[.,]\d)", prose))
    # (tgt46u) nor the end of a code: "Luật … số 73/2021/QH14" states no total 14 (t45-01)

#: (tbl55b) a sum of money in the lead over a table: "6,5 tỷ đồng" (folded)
_MONEY_FIGURE = re.compile(rf"(?<![\d.,])({NUMBER})\s+((?:nghin |ngan |trieu |ty )?dong)(?![a-z])")


def _scaled_in_caption(value: float, unit: str, caption: str) -> bool:
    """(tbl55b) The total ``value`` of a column of money (``unit``: "triệu đồng") is the sum the lead over the table
    (``caption``) states in another scale ("… đạt tối thiểu 6,5 tỷ đồng, phân theo lĩnh vực như sau:" over a "Cộng"
    of 6.500 triệu đồng, t54-09): the lead's figure is the plan's, labelled there; the total row only repeats it (its
    labels leave it), as a total printed in the text is left (:func:`figure_stated`)."""
    scale = UNIT_SCALES.get(fold(unit or "").strip())
    if not scale or scale[0] != "money":
        return False
    for m in _MONEY_FIGURE.finditer(fold(" ".join(caption.split()))):
        said, own = parse_number(m.group(1)), UNIT_SCALES.get(m.group(2))
        if said is not None and own and abs(said * own[1] - value * scale[1]) < 1e-6 * max(1.0, value * scale[1]):
            return True
    return False


def _short_total(row: list[TableCell], k: int, cols: list[int]) -> list[TableCell]:
    """(tbl55b) A total row printed short, its label merged over the number's and the names' columns ("| Tổng cộng |
    119 |" under "TT | Nhóm cơ sở kiểm tra | Đơn vị chủ trì | Số cơ sở kiểm tra | Thời hạn hoàn thành", t54-01 as a scan's
    grid reads it: "Tổng cộng" in the number's column, 119 in the names'; legacy OCR: the label in the names' column,
    119 in the body's): the label put in the names' column, its
    figures under the columns of figures ``cols``, in order, where they are as many; any other row as it is."""
    label = next((c for c, x in enumerate(row) if x.text.strip(" *")), None)
    if not cols or k >= len(row) or label is None or label > k \
            or not V.QUOTA_WHOLE_ROW_RE.match(fold(row[label].text).strip(" *:")):
        return row
    figs = [c for c in range(label + 1, len(row)) if row[c].text.strip(" *")]
    if len(figs) != len(cols) or figs == cols or not all(figure_cell(row[c].text) for c in figs):
        return row
    out = [TableCell("", x.start, x.start) for x in row]
    out[k] = row[label]
    for c, f in zip(cols, figs):
        out[c] = row[f]
    return out


def _unit(head: str) -> str | None:
    """The unit a head prints in its closing parentheses ("(ha)", "(đồng/m²/năm)"), lower-cased; None for none or for
    a day or words with figures ("(31/12/2032)")."""
    m = _PAREN.search(" ".join(head.split()).strip(" *"))
    if not m or re.search(r"\d", m.group(1)) or not m.group(1).strip() or len(m.group(1).split()) > 4:
        return None
    return m.group(1).strip().lower()




def _capital_columns(header: list[str], k: int, caption: str) -> dict[int, str]:
    """(tgt45a) {column: unit} of a table of works' capital: the rows are works (:data:`_WORKS_HEAD`) and a column names
    the capital fixed for each (:data:`_CAPITAL_HEAD`), in its head's unit or the caption's ("Đơn vị tính: triệu
    đồng"), a unit of money.

    Why: a budget Nghị quyết lists the works it funds, "Tên công trình | Tổng mức đầu tư (triệu đồng) | Vốn bố trí năm
    2034 (triệu đồng) | Thời gian thực hiện": each work's total investment and this year's capital are figures the
    resolution decides, exact targets row by row as the figures its Điều 1 fixes are (t24-09's "allocations of
    expenditure … exact"); its "Tổng cộng" row too, where the text does not state that sum. The money a plan's row
    costs ("Kinh phí", "Thành tiền") stays out: an estimate of what it spends, not a figure decided (tgt33c). Both
    authors of session 43 label the works table so (a43-05, t43-05); a29-02's left the rows out as the breakdown of
    the total it states, noting a reader could add them."""
    if k >= len(header) or not _WORKS_HEAD.match(V.head_lead(header[k])):
        return {}
    shared = caption_unit(caption)
    out = {}
    for c, h in enumerate(header):
        if c != k and _CAPITAL_HEAD.match(V.head_lead(h)):
            unit = _unit(h) or shared
            if unit and _money(unit):
                out[c] = unit
    return out


#: (tgt48) a part of the row's figure a name cell states with its own figure: "(trong đó phí chợ … 560 triệu đồng)"
_PART_OF = re.compile(r"(?<![a-z])trong do\s[^()]*\d")


def _set_caption(caption: str) -> bool:
    """(tgt49t) The caption over a table names its figures as the plan's by a set word at its start ("Dự kiến số
    lượng vắc xin năm 2037:" over "Loại vắc xin | Đối tượng tiêm | Thời gian tiêm | Số lượng (liều)", a xã's animal
    vaccination plan, t48-10; "Dự kiến số lượng vôi bột, hóa chất cấp cho các thôn … như sau:" over "Tổng đàn lợn (con)
    | Vôi bột (kg) | Hóa chất (lít)", t40-07), where no head does: the older sets label planned doses and supplies row by
    row (a33-04, a44-05, t33-04, t44-05, t40-07), as :data:`SET_HEAD` heads do."""
    one = " ".join(re.sub(r"[*_]", " ", caption).split())
    return bool(one) and bool(SET_HEAD.match(fold(one)))


def _captioned_count(head: str) -> bool:
    """(tgt49t) A column under a set caption (:func:`_set_caption`) that the plan sets: its unit printed in parentheses
    ("Số lượng (liều)", "Vôi bột (kg)"), no money (what a row costs) and no stock the row holds ("Tổng đàn lợn (con)",
    "Số trâu, bò (con)": :data:`vocab.QUOTA_WHOLE_HELD_HEAD_RE`, :data:`vocab.QUOTA_STOCK_NOUNS`) — the base the
    figures are worked out from."""
    unit = _unit(head)
    if not unit or _money(unit):
        return False
    lead = V.head_lead(head).split("(")[0].strip()
    if V.QUOTA_WHOLE_HELD_HEAD_RE.match(lead) or V.QUOTA_PRESENT_HEAD_RE.search(lead) or BASE_HEAD.search(lead):
        return False
    noun = re.sub(r"^(?:tong so|tong|so)\s+", "", lead) if V.QUOTA_HELD_COUNT_HEAD_RE.match(lead) else None
    return noun is None or not any(noun == n or noun.startswith(n + " ") or noun.startswith(n + ",")
                                   for n in V.QUOTA_STOCK_NOUNS)


def _spending(head: str, names_head: str) -> bool:
    """``head`` names money a row costs or gets (:data:`vocab.QUOTA_SPENDING_HEAD_RE`: "Kinh phí", "Dự toán", "Vốn"),
    an allocation, not a goal — but (tgt48) a "Dự toán" of revenue is what the plan is to collect: a head or a names'
    head (``names_head``) naming revenue (:data:`_REVENUE`: "Nguồn thu | Dự toán xã phấn đấu", a46-04, t46-04)."""
    if not V.QUOTA_SPENDING_HEAD_RE.match(_SET_LEAD.sub("", V.head_lead(head))):
        return False
    return not (V.head_lead(head).startswith("du toan")
                and (_REVENUE.search(head.split("(")[0].lower()) or _REVENUE.search(names_head.split("(")[0].lower())))


def _deployed(head: str) -> bool:
    """``head`` names what the plan deploys or needs (:data:`_DEPLOY_HEAD`, :data:`_NEED_HEAD`), no figure reached."""
    one = " ".join(head.split())
    return bool(_DEPLOY_HEAD.search(V.head_lead(one)) or _NEED_HEAD.search(one.split("(")[0].lower())) \
        and not DONE_HEAD.search(one.split("(")[0].lower()) and not BASE_HEAD.search(V.head_lead(one))


#: (tgt46t) a day a set head's figure is due by: "Chỉ tiêu cấp thêm đến 31/12/2034" (folded)
_DUE_DAY = re.compile(r"(?<![a-z])(?:den|truoc)\s+(?:ngay\s+)?\d{1,2}/\d{1,2}/(?:19|20)\d\d")


def _due_set(head: str) -> bool:
    """(tgt46t) ``head`` names its figure as set (:data:`SET_HEAD`) and due by a day ("Chỉ tiêu cấp thêm đến
    31/12/2034"): what the plan sets each row from now on, even in a table of the situation or under a caption naming
    results ("Kết quả và chỉ tiêu từng địa phương như sau:").

    Why: a huyện's Công văn urging the year's land certificates prints per xã, in its part "1. Tình hình thực hiện",
    "Kế hoạch năm 2034 (GCN) | Đã cấp đến 31/10/2034 | Tỷ lệ (%) | Hồ sơ tồn | Chỉ tiêu cấp thêm đến 31/12/2034"
    (t44-08): the year's plan is the measure the progress is read against, given before (t44-08's author leaves it, as
    the situation's figures), and the last column is the quota the letter sets each xã for the rest of the year, due by
    its day. A set head with no day ("Kế hoạch năm 2034") stays the situation's. Not a bare "Còn phải thu" (t39-10:
    the remainder of a sum, no set word)."""
    one = " ".join(head.split())
    return bool(SET_HEAD.search(V.head_lead(one)) and _DUE_DAY.search(fold(one)))


def _verb_noun(verb: str | None, prose: str, folded: str) -> str | None:
    """(tgt46t) The noun ``prose`` (``folded`` its folded view, offsets equal) counts after ``verb`` and a figure:
    "giao chỉ tiêu cấp 2.400 Giấy chứng nhận lần đầu" → the noun after 2.400, for "Chỉ tiêu cấp thêm" (t44-08,
    :func:`.kind_nouns.added_verb`); None for no verb or no such figure."""
    if not verb:
        return None
    for m in re.finditer(rf"(?<![a-z]){re.escape(fold(verb))}\s+(?:them\s+|moi\s+)?(?:{NUMBER})", folded):
        noun, _, _ = _counted_noun(folded, prose, m.end())
        if noun and not _money(noun):
            return noun
    return None


def _value(cell: str) -> float | None:
    return parse_number(cell.strip(" *")) if figure_cell(cell) else None


def _column_sum(units: list, c: int) -> tuple[float, int]:
    """(sum, decimal places) of column ``c``'s figure cells over the rows ``units``."""
    cells = [r[c].text for r in units if c < len(r) and figure_cell(r[c].text)]
    return (round(sum(v for x in cells if (v := _value(x)) is not None), 6),
            max((len(x.strip(" *").partition(",")[2]) for x in cells), default=0))


def _printed(value: float, decimals: int) -> list[str]:
    """``value`` as a Vietnamese text prints it: "6.500", "330,0" (with ``decimals`` places), "330"."""
    whole = int(round(value))
    forms = []
    if decimals:
        intpart, frac = f"{value:.{decimals}f}".split(".")
        forms.append(f"{int(intpart):,}".replace(",", ".") + "," + frac)
    if abs(value - whole) < 1e-9:
        forms += [f"{whole:,}".replace(",", "."), str(whole)]
    return list(dict.fromkeys(forms))


#: a caption that says its table splits by unit: "… theo thôn, cánh đồng", "phân bổ cho các thôn", "chi tiết từng
#: tổ" (folded)
_SPLIT_CAPTION = re.compile(rf"(?<![a-z])(?:theo|tung|cho cac|chia cho|phan bo(?: cho)?|chi tiet(?: cho)?)\s+(?:cac\s+|tung\s+)?"
                            rf"{V.QUOTA_BODY}(?![a-z])")
#: words of a clause that tell where things stand or stood, before a figure (folded): "hiện có", "đến nay", "đã đạt"
_HELD_BEFORE = re.compile(r"(?<![a-z])(?:hien co|hien nay|hien dang|den nay|tinh den|da co|da dat|dat duoc|da thuc hien"
                          r"|thuc hien duoc|nam truoc|den ngay \d{1,2}/\d{1,2}/\d{4}\s*,)(?![a-z])")


def _clause_start(folded: str, at: int) -> int:
    """The start of the sentence or line holding offset ``at``."""
    return max(folded.rfind(". ", 0, at) + 1, folded.rfind("\n", 0, at) + 1, folded.rfind(";", 0, at) + 1, 0)


def _stated_unit(figs: list[str], head: str, prose: str, folded: str) -> str | None:
    """The unit of the first figure of ``figs`` that ``prose`` (the text, tables blanked; ``folded`` its folded view)
    states with a unit that fits ``head``: the head's parentheses' unit, the head's own noun ("Ngày công"), or for a
    row-total head ("Cộng") the noun counted after the figure."""
    unit = _unit(head)
    lead = V.head_lead(head)
    if V.QUOTA_HELD_COUNT_HEAD_RE.match(lead) and not planned_count(head.split("(")[0]):
        return None  # "Tổng đàn lợn (con)", "Số hộ nuôi": what each row holds, the base, whatever the text says of it
    for fig in figs:
        for m in re.finditer(rf"(?<![\d.,/]){re.escape(fig)}(?![\d/]|[.,]\d)", prose):
            if _HELD_BEFORE.search(folded[_clause_start(folded, m.start()):m.start()]):
                continue  # "Toàn xã hiện có … tổng đàn 9.870 con": where things stand, no figure set
            after = folded[m.end():m.end() + 40].lstrip()
            if unit is not None:
                if re.match(rf"{re.escape(fold(unit))}(?![a-z0-9])", after):
                    return unit
            elif lead and not _ROW_TOTAL.match(lead) and re.match(rf"{re.escape(lead)}(?![a-z])", after):
                return " ".join(head.split()).strip(" *").lower()
            elif _ROW_TOTAL.match(lead):
                noun, _, _ = _counted_noun(folded, prose, m.end())
                if noun:
                    return noun
    return None


#: (tgt44b) a row names' head of the places or units a plan is split by ("Ấp / Cánh đồng", "Thôn", "Đơn vị"; folded)
_UNITS_HEAD = re.compile(rf"(?<![a-z]){V.QUOTA_BODY}(?![a-z])")


def _named_whole(figs: list[str], head: str, prose: str, folded: str, before: int) -> str | None:
    """(tgt44b) The unit of ``head``'s parentheses when ``prose`` states a figure of ``figs`` in that unit with the head's
    own words before it in its clause, before offset ``before`` (the table's start): the text names the column's whole
    first, then splits it (a sum the text works out after a list of works, "Tổng xi măng hỗ trợ 889 tấn, tương đương
    … triệu đồng" under the table, a35-03, is its budget, no split).

    Why: a plan states its whole in its aims ("II. MỤC TIÊU – Tổng diện tích gieo sạ toàn xã là 2.150 ha") and splits it
    in a later part over a table per ấp ("Ấp | Diện tích gieo sạ (ha) | … | Thuốc hỗ trợ (lít)"), its caption no
    "theo thôn" and no figure; the column's name said again with its sum tells the split as a caption does. Read where
    the rows are places or units (:data:`_UNITS_HEAD`): a list of works' dimensions adding up to the plan's length
    ("Công trình | Tường rào (m)") is no split of it."""
    unit, lead = _unit(head), V.head_lead(head)
    if unit is None or len(lead.split()) < 2 or _ROW_TOTAL.match(lead):
        return None
    for fig in figs:
        for m in re.finditer(rf"(?<![\d.,/]){re.escape(fig)}(?![\d/]|[.,]\d)", prose[:before]):
            clause = folded[_clause_start(folded, m.start()):m.start()]
            if re.search(rf"(?<![a-z]){re.escape(lead)}(?![a-z])", clause) and not _HELD_BEFORE.search(clause) \
                    and re.match(rf"\s*{re.escape(fold(unit))}(?![a-z0-9])", folded[m.end():m.end() + 40]):
                return unit
    return None


def _stated_whole(figs: list[str], unit: str, prose: str, folded: str, before: int) -> tuple[int, int, float] | None:
    """(start, end, value) of the figure of ``figs`` that ``prose`` states with ``unit`` after it, the last one before
    offset ``before`` (the table it is split over), else the first after; None where the text states none (or states
    it as where things stand, :data:`_HELD_BEFORE`)."""
    found = []
    for fig in figs:
        for m in re.finditer(rf"(?<![\d.,/]){re.escape(fig)}(?![\d/]|[.,]\d)", prose):
            after = re.match(rf"\s*{re.escape(fold(unit))}(?![a-z0-9])", folded[m.end():m.end() + 60])
            if after and not _HELD_BEFORE.search(folded[_clause_start(folded, m.start()):m.start()]):
                found.append((m.start(), m.end() + after.end(), parse_number(fig)))
    if not found:
        return None
    ahead = [x for x in found if x[0] < before]
    return ahead[-1] if ahead else found[0]


def _whole_target(at: tuple[int, int, float], unit: str, text: str, caption: str) -> Target:
    """The stated whole a table splits by row (:func:`_stated_whole`), one target, min = max, its line up to its unit
    the text (see :func:`plan_cells`)."""
    start, end, value = at
    line = text.rfind("\n", 0, start) + 1
    words = re.sub(r"^(?:[\dIVXivx]+[.)]|[a-zđ]\))\s*", "", " ".join(text[line:end].split()).strip(" *-+•"))
    return Target(text=words, min=value, max=value, unit=unit, scope=" ".join(caption.split()) or words, period=None,
                  span=Span(start, end, text[start:end]))


#: "theo" opening the words a head's figure is worked out by ("Tiền thuê theo giá khởi điểm"; folded)
_BY_RATE = re.compile(r"\s+theo\s+")


def _bound(head: str, words: re.Pattern) -> bool:
    """``head`` names its column's figures a floor or a ceiling (``words``: :data:`_FLOOR_HEAD`, :data:`_CEILING_HEAD`)
    by its own noun's words, not by the rate it is worked out at after "theo".

    Why (tgt43a): an auction plan prints per parcel its starting price and, beside it, the rent that price yields,
    "Giá khởi điểm (đồng/m²/năm) | Tiền thuê theo giá khởi điểm (đồng/năm)": the second is the parcel's area times its
    price, arithmetic on two other columns as a "Thành tiền" is (the labels leave those out: t34-08, a37-01), no floor
    the plan sets; read as one it doubled every parcel's row and added a total no author counts."""
    return bool(words.search(_BY_RATE.split(V.head_lead(head))[0]))


def _money(unit: str) -> bool:
    """``unit`` counts money ("triệu đồng", "đồng/năm"): what a row gets or costs."""
    return bool(MONEY_UNIT_RE.search(fold(unit)))


#: (tgt46u) a head of what each row is to get new, its verb and "mới", no noun (folded, whole lead): "Lắp mới năm
#: 2035", "Lắp đặt mới", "Xây mới", "Trồng mới năm 2030", "Bổ sung mới"
_NEW_HEAD = re.compile(r"^(?:lap(?:\s+dat)?|xay(?:\s+dung)?|trong|lam|mo|trang\s+bi|bo\s+sung)\s+moi"
                       r"(?:\s+(?:trong\s+)?(?:nam\s+)?(?:19|20)\d\d)?$")
#: (tgt46u) … and the head of the same things each row has now: "Camera hiện có", "Số camera hiện có", "Trụ đèn đã có"
_HAVE_HEAD = re.compile(r"^(?:so\s+(?:luong\s+)?)?(?P<noun>\S+(?:\s+\S+){0,2}?)\s+(?:hien\s+co|da\s+co|hien\s+nay)$")


def _new_noun(header: list[str], c: int) -> str | None:
    """(tgt46u) The noun of a head of what each row gets new (:data:`_NEW_HEAD`, "Lắp mới năm 2035"): the noun of the
    head beside it of what the row has now ("Camera hiện có" → "camera"), lower-cased as printed; None for any other
    head or no such neighbour.

    Why: a Công an xã's plan of security cameras prints per thôn "Camera hiện có | Lắp mới năm 2035" (t45-05): the
    new cameras are what the plan sets each thôn, in the noun the present column names; the present column is the base.
    The same layout counts a plan's new street lights or trees ("Trụ đèn hiện có | Lắp mới", "Cây xanh hiện có | Trồng
    mới năm 2030"). A head naming its unit ("Xây mới (nhà)", a32-04) is read by its parentheses before this."""
    if not _NEW_HEAD.match(V.head_lead(header[c])):
        return None
    for h in header:
        one = " ".join(_PAREN.sub("", h).split()).strip(" *")
        m = _HAVE_HEAD.match(fold(one))
        if m and len(fold(one)) == len(one):
            return one[m.start("noun"):m.end("noun")].lower()
    return None


def _sibling_unit(head: str) -> str | None:
    """The unit of a column beside the one that splits a figure the text states, when the column is the row's share
    of the plan's work too: its head names its unit ("Khối lượng đất (m³)", "Diện tích lúa (ha)", "Ngày công"), and it
    counts no money and no stock the row holds ("Số hộ", "Dân số", "… chưa có …").

    Why (tgt43a): a xã's plan states one figure of a season's work ("Khối lượng nạo vét kênh mương: 9.850 m, … cụ
    thể:") over a table per thôn that prints beside each thôn's length the earth it moves and the man-days it gives
    ("… | Chiều dài nạo vét (m) | Khối lượng đất (m³) | Ngày công"), or states the whole area over its parts by crop
    ("… toàn xã: 612,4 ha, cụ thể:" over "Diện tích lúa (ha) | Diện tích màu (ha) | Cộng (ha)"). The column that adds
    up to the stated figure shows the table is the plan split by row; the columns beside it are the same rows' shares
    of the same plan, whether or not the text repeats their sums (a plan that states all three, t41-04, was read in
    full; one that states one, a41-04, lost the others). A head that names no unit ("Nam", "Nữ", "Bí thư chi bộ": a
    sub-group of the row's people) gives none: its cells are parts of the count beside it, not read on their own."""
    one = " ".join(head.split()).strip(" *")
    lead = V.head_lead(one)
    if (V.QUOTA_HELD_COUNT_HEAD_RE.match(lead) or V.QUOTA_COUNT_HEAD_RE.match(lead)) and not planned_count(one.split("(")[0]) \
            or V.QUOTA_PRESENT_HEAD_RE.search(lead) or V.QUOTA_BASE_HEAD_RE.match(fold(one)):
        return None  # (the base and the money heads are out of the columns already: plan_cells)
    kind = quota_head(one)
    unit = kind[1] if kind and kind[0] == "unit" else measure_head(one)
    return None if not unit or _money(unit) else unit


def level_head(head: str, given: tuple[str, ...] = ()) -> bool:
    """(tgt43c) ``head`` names the money each row's item is given, per item: "Mức hỗ trợ (đồng/mộ)", "Mức thưởng
    (đồng/giải)", "Định mức (triệu đồng/nhà)" — a level the plan sets for that row (:data:`vocab.QUOTA_SET_HEAD_RE`), a
    rule with a number, unlike the money a row costs ("Kinh phí", "Thành tiền").

    (ocr43b) … or money per the very thing a count column beside it hands out (``given``, the folded nouns of the
    table's "Số giải", "Số suất" heads): "(đồng/giải)" beside "Số giải" is each prize's worth whatever the head's words,
    as legacy OCR may misread them ("Mác thong (đồng/giải)" for "Mức thưởng"): the unit in brackets says it."""
    unit = _unit(head) or ""
    folded = fold(unit).replace("ngan ", "nghin ", 1)  # ("ngàn đồng", the southern "nghìn")
    money = MONEY_UNIT_RE.match(folded)
    if not money or not folded[money.end():].lstrip().startswith("/"):
        return False
    return bool(V.QUOTA_SET_HEAD_RE.match(V.head_lead(head))) or fold(unit).partition("/")[2].strip() in given


def prose_view(tables: tuple[Table, ...], text: str) -> str:
    """``text`` with its tables' cells blanked (the header and the signature kept): the prose around the tables, where
    a figure the text states is looked for, offsets unchanged."""
    prose = list(text)
    for t in tables:
        if t.role != "header" and t.role != "signature":
            prose[t.start:t.end] = " " * (t.end - t.start)
    return "".join(prose)


def _blanked(text: str, parts) -> str:
    """``text`` with the spans ``parts`` blanked, offsets unchanged."""
    chars = list(text)
    for s, e in parts:
        chars[s:e] = " " * (min(e, len(text)) - s) if s < len(text) else []
    return "".join(chars)[:len(text)]


def level_cells(head: str, units: list, k: int, c: int, folded: str) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of a level column (:func:`level_head`): each row's figure in the head's unit, min = max, but
    a figure the text outside the tables states as money already ("mức quà 80.000 đồng/suất" over a table repeating
    it per thôn): the table says it again, the text's is the one counted."""
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    unit = _unit(head)
    money, _, per = fold(unit).partition("/")
    said = rf"\s*{re.escape(money.strip())}(?:\s*/\s*{re.escape(per.strip())}(?![a-z])|(?!\s*/|[a-z]))"
    name_head = " ".join(_PAREN.sub("", head).split()).strip(" *")
    for r in units:
        if c >= len(r) or not figure_cell(r[c].text):
            continue
        fig = r[c].text.strip(" *")
        v = _value(r[c].text)
        if not v or re.search(rf"(?<![\d.,/]){re.escape(fig)}{said}", folded):
            continue
        name = " ".join(r[k].text.split()).strip(" *")
        row_text = " | ".join(" ".join(x.text.split()) for x in r[k:c + 1])
        out.append(Target(text=row_text, min=v, max=v, unit=unit, scope=f"{name}: {name_head}" if name else name_head,
                          period=None, span=Span(r[c].start, r[c].end, r[c].text)))
        read.append((r[c].start, r[c].end))
    return out, read


def _word_cell_spans(t: Table, k: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(tgt46u) (spans of the cells of ``t``'s columns of words, spans of those the table's reader takes as its own):
    a column is of words when no body cell of it is a bare figure — the name column ``k`` ("Thương binh, bệnh binh có
    tỷ lệ tổn thương cơ thể dưới 81%", t45-03's đối tượng; "Hộ có thu nhập từ 5 triệu đồng/tháng trở lên") or a column
    of each row's status ("Mục tiêu 'Thôn không có ma túy'" | "Xây dựng mới", "Giữ vững", t45-01). The prose grammar's
    reading of a figure in such a cell is part of the row's name or its status, not another table reader's: it does
    not make the table another's. The table's reader takes the name column's cells and the words of its rows of the
    sums ("**Tổng cộng** | … | **05 thôn**": the rows counted again) as read."""
    body = [r for r in t.rows[1:] if k < len(r) and not V.QUOTA_WHOLE_ROW_RE.match(fold(r[k].text).strip(" *:"))]
    words, own = [], []
    for c in range(len(t.header)):
        cells = [r[c] for r in body if c < len(r) and r[c].text.strip(" *-–")]
        if not cells or any(figure_cell(x.text) for x in cells):
            continue
        for r in t.rows[1:]:
            if c < len(r) and r[c].text.strip():
                words.append((r[c].start, r[c].end))
                if c == k or r not in body:
                    own.append((r[c].start, r[c].end))
    return words, own


def _within(span: Span, spans: list[tuple[int, int]]) -> bool:
    return any(s <= span.start and span.end <= e for s, e in spans)


def plan_cells(tables: tuple[Table, ...], text: str, read_so_far, results=()) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the tables of figures per row among ``tables`` (see the module). ``text`` the
    document's; ``read_so_far`` the targets read so far (a table holding one is another reader's); ``results`` the
    spans of the parts of past results."""
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    prose_text = prose_view(tables, text)
    folded = fold(prose_text)
    if len(folded) != len(prose_text):
        return out, read
    # (tgt45a) the prose where a whole the plan sets is looked for: without the parts of the situation or of past
    # results, where a figure is how things stand ("III. TÌNH HÌNH SẢN XUẤT … ⏎ Vụ Hè Thu toàn xã gieo sạ 412,5 ha,
    # cơ cấu giống …"), no figure the plan splits by row, as :data:`_HELD_BEFORE` says within a clause
    aims_text = _blanked(prose_text, results)
    aims_folded = fold(aims_text)
    for t in tables:
        if t.role != PLAN or len(t.rows) < 3:
            continue
        if any(u.role not in (PLAN, "data", "header", "signature") and u.start < t.end and t.start < u.end for u in tables):
            continue  # a quota or by-year table of the same lines: its reader's
        header = list(t.header)
        capital = _capital_columns(header, V.name_col(header), t.caption)  # (tgt45a) "Tên công trình | Tổng mức đầu tư
        # | Vốn bố trí …": the resolution's table, read whatever the prose grammar read in its cells (a name's "04 phòng
        # học", a note's "Điều chỉnh giảm 1.520 triệu đồng": parts of the row, no targets of their own)
        resulted = bool(V.QUOTA_RESULT_RE.search(fold(t.caption)))
        in_words, own_words = _word_cell_spans(t, V.name_col(header))
        if resulted and not any(_due_set(h) for h in header) \
                or (not capital and any(x.span is not None and t.start <= x.span.start < t.end
                                        and not _within(x.span, in_words) for x in read_so_far)):
            continue
        before = len(out)
        if capital:
            read.append((t.start, t.end))
        situation = resulted or any(s <= t.start < e for s, e in results)
        if situation and not any(_deployed(h) or _due_set(h) for h in header):
            continue  # a table of the situation or of past results: no plan's column in it
        rows = [list(r) for r in t.rows[1:]]
        k = V.name_col(header)
        cols = plan_columns(header, [[c.text for c in r] for r in rows])
        rows = [_short_total(r, k, cols) for r in rows]  # (tbl55b) "| Tổng cộng | 119 |" under its column
        years = [int(y) for h in header for y in YEAR.findall(h)]
        latest = max(years) if years else None
        unmarked = fold(" ".join(t.header)) == " ".join(t.header).lower()  # (legacy OCR: no mark in the whole header)
        cols = [c for c in cols if not base_head(header[c], latest, unmarked, header)
                and not V.QUOTA_FORECAST_HEAD_RE.search(V.head_lead(header[c]))
                and (c in capital or not _spending(header[c], header[k]))]
        # "Kinh phí (triệu đồng)": what a row costs, an allocation the quota readers leave too (tgt33c), not a goal set
        # for the row
        given = [c for c in cols if V.QUOTA_GIVEN_COUNT_HEAD_RE.match(V.head_lead(header[c]))]
        nouns = tuple(fold(n) for c in given if (n := count_head_noun(_PAREN.sub("", header[c]).strip(" *"))))
        levels = [c for c in cols if level_head(header[c], nouns)]  # (tgt44b: a gift's worth too, unless the text states it)
        if situation:
            cols = [c for c in cols if _deployed(header[c]) or _due_set(header[c])]  # (tgt44) only what the plan puts
            # in place is set there; (tgt46t) or what it sets by a day to come ("Chỉ tiêu cấp thêm đến 31/12/2034")
        named = [c for c in cols if set_head(header[c]) or _NEED_HEAD.search(header[c].lower())
                 or _deployed(header[c]) or _new_noun(header, c) or planned_twin(header, c, latest)
                 or _bound(header[c], _FLOOR_HEAD) or _bound(header[c], _CEILING_HEAD) or c in given or c in capital
                 or (given and not levels and V.QUOTA_GIVEN_WORTH_HEAD_RE.match(V.head_lead(header[c])))]
        if not named and not situation and _set_caption(t.caption):
            named = [c for c in cols if c not in levels and _captioned_count(header[c])]
        if not named and not situation and not charged_table(header, [[c.text for c in r] for r in rows]):
            named = [c for c in cols if c not in levels and not _money(_unit(header[c]) or "")
                     and counted_caption(t.caption, [header[c]])]
            # (tgt56) "3. Số lượng cơ sở kiểm tra" over "Đợt 1 (cơ sở) | Đợt 2 (cơ sở)": the count the plan makes (a grid
            # or pipe table the quota tables' reader does not take)
            if not named and goals_part_at(text, t.start):
                named = [c for c in cols if c not in levels and _unit(header[c])]
                # (tgt56) "II. MỤC TIÊU, CHỈ TIÊU" over "Dự toán năm 2040 (tỷ đồng)": the goals' part sets them
        # (tgt43c) "Số giải | Tổng giá trị (đồng)": the prizes each event awards and what they are worth, unless a level
        # per prize is printed beside ("Mức thưởng (đồng/giải) | Thành tiền"), which is the worth the plan sets
        if charged_table(header, [[c.text for c in r] for r in rows]):
            named += [c for c in planned_figures(header, text, t.start, cols) if c in cols and c not in named]
            # (tbl55b) "Số cơ sở kiểm tra", or a column with its unit in a part setting quotas ("III. CHỈ TIÊU NĂM 2040")
            if not named:
                continue  # (tgt48) a table of a body in charge: only the columns a head names as set are the plan's
            levels = [c for c in levels if c in named]
        units = [r for r in rows if k < len(r) and not V.QUOTA_WHOLE_ROW_RE.match(fold(r[k].text).strip(" *:"))
                 and not V.subtotal_row(r[k].text) and not (k and _PART_NUMBER.match(r[0].text.strip(" *_.")))]
        # (tgt45a) "**II** | **Dự án khởi công mới** | | **24.000**": a part's row, the sum of the rows under it
        totals = [r for r in rows if k < len(r) and V.QUOTA_WHOLE_ROW_RE.match(fold(r[k].text).strip(" *:"))]
        if named and _UNITS_HEAD.search(fold(header[k])):
            named += [c for c in cols if c not in named and c not in levels and _named_whole(
                _printed(*_column_sum(units, c)), header[c], aims_text, aims_folded, t.start)]
            # (tgt44b) beside a column the heads name as set, one whose sum the text states by its name before the table
            # ("Tổng diện tích gieo sạ … là 2.150 ha" over "Diện tích gieo sạ (ha) | … | Diện tích dự kiến nhiễm (ha)")
        cap_tail = t.caption.strip()[-40:]
        cap_at = text.rfind(cap_tail, 0, t.start + 1) if cap_tail else -1
        told_in_situation = cap_at >= 0 and any(s <= cap_at < e for s, e in results)  # (tgt45a) its caption too
        sums = {}
        for c in dict.fromkeys((named or [c for c in cols if c not in levels]) + levels):
            if c in levels and c not in named:
                out_level, read_level = level_cells(header[c], units, k, c, folded)
                out += out_level
                read += read_level
                continue
            sums[c] = _column_sum(units, c)
        plan = {}  # column → (unit, whether its total row is read)
        by_round = bool(V.ROUND_COL.fullmatch(fold(header[k]).strip(" *_:.")))  # rows named "Đợt 1", "Đợt 2"
        for c, (whole, decimals) in sums.items():
            if named:
                bare = " ".join(_PAREN.sub("", header[c]).split()).strip(" *")
                plan[c] = (capital.get(c) or _unit(header[c]) or caption_unit(t.caption) or needed_noun(bare)
                           or (count_head_noun(bare) if c in given or planned_count(bare) else None)
                           or supplied_noun(bare) or _verb_noun(added_verb(bare), prose_text, folded)
                           or _new_noun(header, c) or planned_twin(header, c, latest), True)  # (tgt46u) "Camera hiện có |
                # Lắp mới năm 2035" → camera; (tgt47) "Camera hiện có | Camera lắp mới năm 2035", the base's twin → camera
                # (tgt43c) a count of what is to be done or handed out, no parentheses, counts its noun: "Số mộ phải di
                # dời" → mộ, "Số giải" → giải (not "Số hộ dự kiến", an estimate of who is reached); (tgt46t) "Số liều
                # vắc xin dự kiến" → liều vắc xin, the doses the plan administers
                continue
            figs = list(dict.fromkeys([x.text.strip(" *") for r in totals for x in r[c:c + 1] if figure_cell(x.text)]
                                      + _printed(whole, decimals)))
            caption = " ".join(t.caption.split())
            unit = _stated_unit(figs, header[c], caption, fold(caption)) if len(fold(caption)) == len(caption) \
                and not told_in_situation else None  # "Tổng số 64 học viên …; cụ thể như sau:" over the table: the whole it splits
            if unit is None and (_SPLIT_CAPTION.search(fold(caption)) or by_round):
                # "… theo thôn": the plan's figure; (tgt43a) a schedule of rounds ("Đợt | Thời gian lấy nước | … |
                # Diện tích phục vụ (ha)") splits it by round as a table per thôn does by thôn
                unit = _stated_unit(figs, header[c], aims_text, aims_folded)
            if unit is None and _UNITS_HEAD.search(fold(header[k])):
                unit = _named_whole(figs, header[c], aims_text, aims_folded, t.start)  # (rows of places or units)
            if unit and _money(unit):
                unit = None  # money a row gets or costs: an allocation (tgt33c's kinh phí), no goal of its own
            plan[c] = (unit, False)
            at = _stated_whole(figs, unit, aims_text, aims_folded, t.start) if unit else None
            if at and at[2] and not any(x.span is not None and x.span.start < at[1] and at[0] < x.span.end
                                        for x in [*read_so_far, *out]):
                # (tgt43e) the whole the table splits, stated in words no goal word opens ("Tổng diện tích gieo cấy …
                # toàn xã: 612,4 ha, cụ thể:"): the plan's figure, as the grammar reads it where a goal word opens it
                out.append(_whole_target(at, unit, text, t.caption))
                read.append((at[0], at[1]))
        if not named and any(u for u, _ in plan.values()):
            for c, (unit, _) in plan.items():
                if unit is None and (own := _sibling_unit(header[c])):
                    plan[c] = (own, True)  # (tgt43a) the split's other columns: each row's share, in its head's unit
        for c, (unit, total_read) in plan.items():
            whole = sums[c][0]
            if not unit:
                continue
            lo_only = _bound(header[c], _FLOOR_HEAD)
            hi_only = _bound(header[c], _CEILING_HEAD)
            ym = YEAR.search(header[c])
            period = f"năm {ym.group()}" if ym and named else None
            picked = [r for r in units if c < len(r) and figure_cell(r[c].text)]
            gift = c in given and bool(V.QUOTA_GIVEN_COUNT_HEAD_RE.match(V.head_lead(header[c])).group("gift"))
            if gift:
                # (tgt43e) a row of gifts the text states already with the column's noun ("Riêng 25 suất quà dành cho
                # …" over its own row of the table): the text's figure is the one counted, as a level's is
                # (:func:`level_cells`); the rows the text leaves unsaid are the table's
                said = [r for r in picked if re.search(rf"(?<![\d.,/]){re.escape(r[c].text.strip(' *'))}\s*"
                                                       rf"{re.escape(fold(unit).split()[0])}(?![a-z])", folded)]
                read += [(r[c].start, r[c].end) for r in said]
                picked = [r for r in picked if r not in said]
            sums_said = gift and any(c < len(r) and figure_cell(r[c].text) and figure_stated(r[c].text, prose_text)
                                     for r in rows if r not in units)  # (a part's "Cộng tại các tổ" the text states: gift_quotas' t42-01)
            if total_read and not sums_said:  # (tgt45a) a gift table's total count too, where the text states no sum
                for r in totals:
                    v = _value(r[c].text) if c < len(r) else None
                    if v is not None and abs(v - whole) < 1e-6 and not figure_stated(r[c].text, prose_text) \
                            and not _scaled_in_caption(v, unit, t.caption):
                        picked.append(r)
            for r in picked:
                v = _value(r[c].text)
                if v is None or v == 0:
                    continue  # "0": nothing set for that row
                cells = [x for x in r[k:c + 1]]
                row_text = " | ".join(" ".join(x.text.split()) for x in cells)
                name = " ".join(r[k].text.split()).strip(" *")
                head = " ".join(_PAREN.sub("", header[c]).split()).strip(" *")
                out.append(Target(text=row_text, min=None if hi_only else v, max=None if lo_only else v, unit=unit,
                                  scope=f"{name}: {head}" if name else head, period=period,
                                  span=Span(r[c].start, r[c].end, r[c].text)))
                read.append((r[c].start, r[c].end))
        if len(out) > before:
            read += [(s, e) for s, e in own_words if not _PART_OF.search(fold(text[s:e]))]
            # (tgt46u) a row's name's "dưới 81%", a sums row's "05 thôn": the table's words; (tgt48) not a part's own
            # figure the name states ("Phí, lệ phí (trong đó phí chợ Đồng Cương 560 triệu đồng)", t46-04: labelled)
    return out, read

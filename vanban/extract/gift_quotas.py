"""A table of the gifts (or allowances) a plan hands out by group: "Đối tượng | Số suất | Mức quà (đồng/suất) | Thành
tiền (đồng)", each row's count of items one target in "suất".

Why (tgt35c): a plan for a holiday's gifts to người có công lists, for each group of recipients, how many gifts it gives,
what each is worth and the row's sum (t34-08). The count is what the plan sets out to give: min = max = the figure,
counted in the head's noun ("suất"), the row's group its scope. The row's sum ("Thành tiền", "Kinh phí") is a product
of count and worth and no target. (tgt45a) The "Tổng cộng" row's count is the plan's whole number of gifts, a target
where the text does not state that figure (a42-01, a43-04, a43-10, t43-10 count it; t34-08 and t42-01 did not, t42-01's
total the one its prose states); its money (the sum of the "Kinh phí" column) is the cost, no target (t34-08, t42-01,
a37-01, a43-04, t43-10; a43-10's author alone counts it and each row's). (tgt44b) The worth of each item ("Mức quà (đồng/suất)") is the level the plan sets for that group, a target a row
in the head's unit, as a level column of any plan table is (:func:`.plan_cells.level_cells`), unless the text outside
the table states that figure as money already ("mức quà 80.000 đồng/suất" over a table repeating it per thôn: the
text's is the one counted). The authors split on it: t34-08's put the worth in the count's scope; t37-01's, a37-01's
and t43-10's label each group's worth, and a42-01's and t42-01's the worth the prose states.

The table code elsewhere reads a "Số …" column as a present count ("Số hộ", "Số xã": how things stand), so the count
column alone does not tell it: the table's kind does. A gift table has, beside its count "Số suất" / "Số suất quà" /
"Số phần quà", a column of each item's worth ("Mức quà", "Mức hỗ trợ", "Giá trị mỗi suất", "… (đồng/suất)") or of the
row's sum ("Thành tiền"). (tgt46u) A count headed as an estimate, "Số suất (dự kiến)" (t45-03), is how many the plan
expects to reach, as "Số người (dự kiến)" is (a37-01, t37-01): the table is a gift table all the same, its worth per
item the level set, its counts and their total no goal. Tests: tests/test_targets_tgt35c.py, tests/test_targets_tgt46u.py.

A table of the gift each group gets, with no count of items ("Độ tuổi | Số người (dự kiến) | Hình thức, mức quà |
Thành tiền (đồng)"): the worth of each row's gift, printed in its cell with its unit ("Giấy mừng thọ + quà trị giá
300.000 đồng"), is the level the plan sets for that group, one target a row, min = max (tgt39a, a37-01; t37-01's
"Mức quà của xã (đồng/người)" column of bare figures is read as a quota table: :mod:`.indicator_cells`). The head
count beside it is an estimate ("dự kiến") and the sum a product: neither is set (the labels count neither).
Tests: tests/test_targets_tgt39a.py.
"""

from __future__ import annotations

import re

from vanban.extract.numbers import NUMBER, parse_number
from vanban.extract.plan_cells import figure_stated, level_cells, level_head, prose_view
from vanban.extract.table_heads import head_column, head_key, head_keys, headed_tables
from vanban.models import Span, Table, Target
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["gift_quota_cells", "gift_worth_cells"]

#: the count's head (folded, whole): "Số suất", "Số suất quà", "Số phần quà", "Số lượng suất quà"; group "noun" its unit
_COUNT_HEAD = re.compile(r"^so\s+(?:luong\s+)?(?P<noun>suat|phan)(?:\s+qua)?(?:\s*\((?:suat|phan)\))?"
                         r"(?P<est>\s*\(?du\s+kien\)?)?$")
#: a head of each item's worth or of the row's sum: the table's kind
_MONEY_HEAD = re.compile(r"^(?:muc\s+(?:qua|ho\s+tro|tang|chi)|gia\s+tri|tri\s+gia|thanh\s+tien)\b|/\s*(?:suat|phan)\)")
#: the recipients' column: "Đối tượng", "Đối tượng được tặng quà", "Nhóm đối tượng"
_WHO_HEAD = re.compile(r"^(?:nhom\s+)?doi\s+tuong\b")
_FIGURE_CELL = re.compile(rf"^\s*(?P<n>{NUMBER})\s*$")
#: the column of each group's gift (folded, whole head): "Mức quà", "Hình thức, mức quà", "Mức quà tặng", "Giá trị quà"
_WORTH_HEAD = re.compile(r"^(?:hinh\s+thuc\s*(?:,|va)\s*)?(?:muc|gia\s+tri|tri\s+gia)\s+(?:qua|tang|ho\s+tro)\b")
#: the groups' column of a gift table by age: "Độ tuổi", "Độ tuổi mừng thọ", "Nhóm tuổi"
_GROUP_HEAD = re.compile(r"^(?:(?:nhom\s+)?doi\s+tuong|do\s+tuoi|nhom\s+tuoi)\b")
#: … and a gift said by one of the two (folded, "worth | group"): "quà" in the worth head ("Mức quà tặng") or an age in
#: the group's ("Độ tuổi"); a bare "Đối tượng | Mức hỗ trợ" is any support policy's table, its rows no gifts
_GIFT_SAID = re.compile(r"(?<![a-z])qua(?![a-z]).*\||\|.*(?<![a-z])tuoi(?![a-z])")
#: a sum of money in a cell of words, its unit printed: "quà trị giá 300.000 đồng", "quà của phường 1,5 triệu đồng"
_MONEY_IN_CELL = re.compile(rf"(?<![\d.,])(?P<n>{NUMBER})\s*(?P<unit>(?:(?:trieu|nghin|ngan)\s+)?dong)\b(?!\s*/)")


def _columns(header: tuple[str, ...]) -> tuple[int, int] | None:
    """(count column, recipients' column) of a gift table's header, else None (see the module)."""
    head = head_keys(header)
    count = head_column(head, _COUNT_HEAD.match)
    who = head_column(head, _WHO_HEAD.match)
    if count is None or who is None or not any(_MONEY_HEAD.search(h) for i, h in enumerate(head) if i != count):
        return None
    return count, who


def gift_quota_cells(tables: tuple[Table, ...], text: str = "") -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the gift tables among ``tables``: each group's count of items and the worth of each item
    the text does not state already (see the module; ``text`` the document's). The spans are the whole rows', so the
    prose reader's figures of the money cells give way too."""
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    prose = prose_view(tables, text)
    folded = fold(prose)
    if len(folded) != len(prose):
        return out, read  # offsets into the text no longer meet the folded view's (as plan_cells skips)
    for t in headed_tables(tables):
        cols = _columns(t.header)
        if cols is None:
            continue
        count, who = cols
        noun = _COUNT_HEAD.match(head_key(t.header[count])).group("noun")
        unit = "suất" if noun == "suat" else "phần"
        worth = next((i for i, h in enumerate(t.header) if i not in (count, who) and level_head(h, (noun,))), None)
        if worth is not None and text:
            groups = [list(r) for r in t.rows[1:] if who < len(r) and " ".join(r[who].text.split()).strip(" *")
                      and not V.QUOTA_TOTAL_ROW_RE.match(fold(" ".join(r[who].text.split()).strip(" *")))]
            out += level_cells(t.header[worth], groups, who, worth, folded)[0]
        estimated = bool(_COUNT_HEAD.match(head_key(t.header[count])).group("est"))
        # (tgt46u) "Số suất (dự kiến)": how many the plan expects to reach, an estimate (t45-03, as a37-01's and
        # t37-01's "Số người (dự kiến)"): the table's worth per item is the level set, its counts and total no goal
        given = 0.0
        sums: list = []  # (the count cell of a row of the sums, the groups' counts above it)
        for row in t.rows[1:]:
            if count >= len(row) or who >= len(row) or not row:
                continue
            cells = [c for c in row if c.text.strip()]
            if cells:
                read.append((min(c.start for c in cells), max(c.end for c in cells)))
            group = " ".join(row[who].text.split()).strip(" *")
            if group and V.QUOTA_TOTAL_ROW_RE.match(fold(group)):
                sums.append((row[count], given))
                continue  # a row of the sums ("Tổng cộng", "Cộng"), not a group
            if not group:
                # (the total's words may stand in the recipients' column's neighbour: "| | **Tổng cộng** | **110** |")
                if any(V.QUOTA_TOTAL_ROW_RE.match(fold(" ".join(c.text.split()).strip(" *"))) for c in row[:count]):
                    sums.append((row[count], given))
                continue
            fig = _FIGURE_CELL.match(fold(row[count].text).strip(" *"))
            n = parse_number(fig.group("n")) if fig else None
            if not n or estimated:
                continue
            cell = row[count]
            given += n
            out.append(Target(text=cell.text, min=n, max=n, unit=unit, scope=group, period=None,
                              span=Span(cell.start, cell.end, cell.text)))
        if sums and not estimated and not any(figure_stated(c.text, prose) for c, _ in sums):
            cell, sofar = sums[-1]
            out += _total_count(cell, sofar, unit)
    return out, read


def _total_count(cell, given: float, unit: str) -> list[Target]:
    """The total row's count of gifts as a target (see the module): the last row of the sums, its figure the sum
    ``given`` of the groups' counts, where the text outside the tables states none of the table's sums (a part's "Cộng
    tại các tổ" said in the text as the plan's own whole, the grand total beside it only adds a row to it: t42-01)."""
    figure = cell.text.strip(" *")
    fig = _FIGURE_CELL.match(fold(figure))
    n = parse_number(fig.group("n")) if fig else None
    if not n or abs(n - given) > 1e-6:
        return []
    return [Target(text=figure, min=n, max=n, unit=unit, scope="tổng cộng", period=None,
                   span=Span(cell.start, cell.end, cell.text))]


def gift_worth_cells(tables: tuple[Table, ...]) -> tuple[list[Target], list[tuple[int, int]]]:
    """(targets, spans read) of the gift tables by group with no count of items: each row's worth of gift, printed with
    its unit in the worth column's cell (see the module). A table with a count of items is :func:`gift_quota_cells`'."""
    out: list[Target] = []
    read: list[tuple[int, int]] = []
    for t in headed_tables(tables):
        head = head_keys(t.header)
        if head_column(head, _COUNT_HEAD.match) is not None:
            continue
        worth = head_column(head, _WORTH_HEAD.match)
        group = head_column(head, _GROUP_HEAD.match, skip=(worth,))
        if worth is None or group is None or not _GIFT_SAID.search(f"{head[worth]} | {head[group]}"):
            continue  # "Đối tượng | Mức hỗ trợ" of a support policy ("Hộ nghèo xây nhà mới"): no gift named
        for row in t.rows[1:]:
            if max(worth, group) >= len(row):
                continue
            name = " ".join(row[group].text.split()).strip(" *")
            if not name or V.QUOTA_TOTAL_ROW_RE.match(fold(name)):
                continue  # a row of the sums ("Cộng"), no group's gift
            cell = row[worth]
            found = [(m, parse_number(m.group("n"))) for m in _MONEY_IN_CELL.finditer(fold(cell.text))]
            found = [(m, n) for m, n in found if n]
            if not found:
                continue
            read.append((cell.start, cell.end))
            text = " ".join(cell.text.split()).strip(" *")
            for m, n in found:
                unit = cell.text[m.start("unit"):m.end("unit")]
                out.append(Target(text=text, min=n, max=n, unit=" ".join(unit.split()), scope=f"mức quà: {name}",
                                  period=None, span=Span(cell.start, cell.end, cell.text)))
    return out, read

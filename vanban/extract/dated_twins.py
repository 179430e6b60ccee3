"""Two columns of one measure at two days: the earlier one is what the units stand at, the later one their quota.

Why (tgt34b): a phường's plan of phân loại rác prints each tổ dân phố's rate twice, "STT | Tổ dân phố | Số hộ | Tỷ lệ
hộ phân loại đến 30/6/2028 (%) | Tỷ lệ hộ phân loại đến cuối năm 2028 (%)" under "Chỉ tiêu theo từng tổ dân phố"
(a32-09): the first column is where each tổ stood at the data's day (its author: past results; the prose beside it says
"đến ngày 30/6/2028 có 2.112 hộ …, đạt 54,8%", the total row's figure), the second the rate set for the year's end.
Both heads name the same measure; only the day after "đến" tells them apart. A measure printed once ("Tỷ lệ … đến
31/12/2028 (%)", t32-09) is the quota's, whatever its day. A column of results the head names so ("ước thực hiện",
"kết quả") is read apart (:data:`vanban.structure.vocab.QUOTA_RESULT_COL_RE`).
Tests: tests/test_targets_tgt34b.py.
"""

from __future__ import annotations

import datetime as dt
import re

from vanban.extract.dates import iso, month_interval, parse_iso
from vanban.extract.table_heads import head_key

__all__ = ["present_twins", "start_twins"]

#: a head "<measure> [tính] đến <day>" with the column's unit after it in parentheses (folded, whole head): the day a
#: full date ("30/6/2028", "ngày 30/6/2028"), a month ("tháng 6/2028"), or a year ("năm 2028", "cuối năm 2028", "2028")
_DATED_HEAD = re.compile(
    r"^(?P<lead>.+?)\s+(?:tinh\s+)?den\s+(?:het\s+|cuoi\s+)?"
    r"(?:(?:ngay\s+)?(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})|thang\s+(?P<mm>\d{1,2})/(?P<my>\d{4})"
    r"|(?:nam\s+)?(?P<yy>\d{4}))\s*(?:\([^()]*\))?$")


def _day(m: re.Match[str]) -> dt.date | None:
    """The last day a dated head's match covers (a month's or a year's last day); None for a day no calendar has
    (:func:`dates.iso`, :func:`dates.month_interval`)."""
    if m.group("d"):
        return parse_iso(iso(int(m.group("y")), int(m.group("m")), int(m.group("d"))))
    if m.group("mm"):
        month = month_interval(int(m.group("my")), int(m.group("mm")))
        return parse_iso(month[1]) if month else None
    return parse_iso(iso(int(m.group("yy")), 12, 31))


#: (tbl56t) a head "<measure> đầu năm [2040] (unit)" / "<measure> cuối năm 2040 (unit)" (folded, whole head): the measure
#: at the start or at the end of the plan's year (or "kỳ", its period)
_EDGE_HEAD = re.compile(r"^(?P<lead>.+?)\s+(?P<edge>dau|cuoi)\s+(?:nam|ky)(?:\s+(?P<y>\d{4}))?\s*(?:\([^()]*\))?$")


def start_twins(header: tuple[str, ...] | list[str]) -> set[int]:
    """The columns of ``header`` whose head names a measure at the start of the year ("đầu năm") when another column
    names the same measure at its end ("cuối năm 2040"), of the same year or with none printed: where the units stand
    as the plan opens, no quota.

    Why (tbl56t): a huyện's Phụ lục of poverty quotas per xã prints "Tỷ lệ hộ nghèo đầu năm (%) | Chỉ tiêu giảm số hộ
    nghèo năm 2040 (hộ) | Tỷ lệ hộ nghèo cuối năm 2040 (%)" (t55-04: its labels count the quota and the year-end rate,
    not the rate the xã starts from), as a plan prints its base "đến 30/6" beside the rate due "đến cuối năm"
    (:func:`present_twins`); here the words "đầu" / "cuối" tell the times apart, not a day."""
    edges = {i: (m.group("lead").strip(), m.group("edge"), m.group("y"))
             for i, h in enumerate(header) if (m := _EDGE_HEAD.match(head_key(h)))}
    return {i for i, (lead, edge, y) in edges.items() if edge == "dau"
            and any(e2 == "cuoi" and l2 == lead and (y is None or y2 is None or y == y2) for l2, e2, y2 in edges.values())}


def present_twins(header: tuple[str, ...] | list[str]) -> set[int]:
    """The columns of ``header`` whose head names a measure at a day when another column names the same measure at a
    later day (see the module): figures the units stand at, no quota; (tbl56t) or at the year's start beside its end
    (:func:`start_twins`)."""
    dated: dict[int, tuple[str, dt.date]] = {}
    for i, h in enumerate(header):
        m = _DATED_HEAD.match(head_key(h))
        if m and (day := _day(m)) is not None:
            dated[i] = (m.group("lead").strip(), day)
    return {i for i, (lead, day) in dated.items()
            if any(o != i and lead2 == lead and day2 > day for o, (lead2, day2) in dated.items())} | start_twins(header)

"""A table column of persons' names: "Người phụ trách" over "Nguyễn Văn Hùng", "Trần Thị Mai".

Why: the obligation readers charge no one with such a column (duties of individual persons are no obligations, labels
README; :mod:`vanban.extract.task_table_rows`), and (tgt45t) the plan-table reader
(:mod:`.plan_tables`) does not take it for a body in charge: a xã's vaccination schedule per thôn, "Thôn | Trâu, bò
(con) | … | Vắc xin LMLM (liều) | … | Thời gian tiêm | Người phụ trách", is a table of figures per row whose planned
doses a person oversees, not a task table of bodies. Moved here from ``vanban.extract.task_table_cells`` so that the
structure stage reads it too (the extractor imports it back).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vanban.family_names import FOLDED
from vanban.structure import vocab as V
from vanban.text import fold

__all__ = ["person_name", "persons_column"]


#: the family names that open most Vietnamese persons' names, folded (:data:`vanban.family_names.FOLDED`, the one
#: list restoration snaps too): a cell "Nguyễn Văn Hùng", "Trần Thị Mai"
_SURNAMES = FOLDED


#: a person's title before the name ("Đ/c", "Đồng chí", "Ông", "Bà")
_PERSON_TITLE_RE = re.compile(r"^\s*(?:[ĐđDd]/[Cc]|[Đđ]ồng chí|[Ôô]ng|[Bb]à)\.?\s+")
#: the middle names of most persons' names (folded): "Nguyễn Văn Hùng", "Trần Thị Mai"
_MIDDLE_NAMES = frozenset({"van", "thi"})


def person_name(cell: str, *, surely: bool = False) -> bool:
    """``cell`` holds a person's name alone ("Nguyễn Văn Hùng", "Đ/c Trần Thị Mai"): two to four capitalised
    syllables, the first a family name, with no office beside it. ``surely`` (fixrev45): the name must say it is a
    person's by more than its first syllable — a title before it, or three syllables or more with "Văn"/"Thị" in the
    middle — as a place is named after a person too ("Lê Chân", "Ngô Quyền": districts)."""
    cell = cell.strip(" *.;,")
    titled = _PERSON_TITLE_RE.match(cell) is not None
    words = _PERSON_TITLE_RE.sub("", cell).split()
    if not (2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words)
            and fold(words[0]) in _SURNAMES):
        return False
    return not surely or titled or (len(words) >= 3 and fold(words[1]) in _MIDDLE_NAMES)


def persons_column(head: str, cells: Sequence[str]) -> bool:
    """Every filled cell of a body column names a person alone (:func:`person_name`): "Thôn | … | Thời gian tiêm |
    Người phụ trách" over "Bình Sơn | … | 05 - 06/9 | Nguyễn Văn Hùng" of a vaccination plan. Why: duties of individual
    persons are no obligations (labels README); the persons' rows are the work of the role a heading charges ("Giao thú
    y viên xã … tiêm phòng theo lịch tại bảng trên"), whose block the table's dates date. (fixrev45) Under a column
    that names persons (``head`` folded: :data:`vocab.PERSON_COL`, "Người phụ trách", "Họ và tên") a family name
    first is enough; under any other ("Đơn vị thực hiện") each name must say it is a person's (``surely``): a unit
    named after a person ("Lê Chân", "Ngô Quyền") is a body charged."""
    surely = V.PERSON_COL.match(head.strip(" *.:")) is None
    filled = [c for c in cells if c.strip(" *-–")]
    return len(filled) >= 2 and all(person_name(c, surely=surely) for c in filled)

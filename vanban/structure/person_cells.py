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

__all__ = ["person_name", "persons_column", "titled_person"]


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


def titled_person(cell: str) -> bool:
    """(tgt46t) ``cell`` holds a person's name after the title of the person's post: "Thú y viên Lê Văn Hùng",
    "Công an viên Trần Văn Nam", "Trưởng thôn Hà Văn Tư" — one to four words of the post (the first capitalised, the
    others lower-case: a post's words, no office's name with its capitals, "Chủ tịch UBND xã …"), then a name
    :func:`person_name` reads whole. Why: a xã's vaccination schedule per thôn names under "Người phụ trách" the
    thú y viên who oversees each thôn by post and name (a44-05), as t44-05 names the person alone."""
    words = cell.strip(" *.;,").split()
    for n in range(1, min(4, len(words) - 2) + 1):
        post = words[:n]
        if post[0][:1].isupper() and post[0].isalpha() and all(w.isalpha() and w.islower() for w in post[1:]) \
                and person_name(" ".join(words[n:])):
            return True
    return False


def persons_column(head: str, cells: Sequence[str], titled: bool = False) -> bool:
    """Every filled cell of a body column names a person alone (:func:`person_name`): "Thôn | … | Thời gian tiêm |
    Người phụ trách" over "Bình Sơn | … | 05 - 06/9 | Nguyễn Văn Hùng" of a vaccination plan. Why: duties of individual
    persons are no obligations (labels README); the persons' rows are the work of the role a heading charges ("Giao thú
    y viên xã … tiêm phòng theo lịch tại bảng trên"), whose block the table's dates date. (fixrev45) Under a column
    that names persons (``head`` folded: :data:`vocab.PERSON_COL`, "Người phụ trách", "Họ và tên") a family name
    first is enough; under any other ("Đơn vị thực hiện") each name must say it is a person's (``surely``): a unit
    named after a person ("Lê Chân", "Ngô Quyền") is a body charged. ``titled`` (tgt46t): under a column that names
    persons, a name after its post ("Thú y viên Lê Văn Hùng", :func:`titled_person`) is a person's too — asked by the
    plan-table reader only: the obligation readers charge such a named post its row (a44-05's labels do)."""
    surely = V.PERSON_COL.match(head.strip(" *.:")) is None
    filled = [c for c in cells if c.strip(" *-–")]
    return len(filled) >= 2 and all(person_name(c, surely=surely) or titled and not surely and titled_person(c)
                                    for c in filled)

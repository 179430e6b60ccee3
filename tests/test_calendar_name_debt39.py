"""A session calendar's name is the structure's line above its table, trimmed to a name (debt39, session 39).

:func:`vanban.extract.session_rows.calendar_name` reads the line through :func:`round_tables.line_above` (one reader of
the line above a table) and only drops its number and heading marks; a rule line ("-----") between the name and the
grid is passed, as the header's own lines are. The texts are written for these tests, not copied from a labelled
document.
"""

from __future__ import annotations

from vanban.extract.session_rows import calendar_name
from vanban.structure import structure_of_text

_GRID = ("| Tháng | Ngày tiếp | Người chủ trì tiếp | Địa điểm |\n|---|---|---|---|\n"
         "| 02 | 14/02/2033 (thứ Hai) | Chủ tịch UBND xã | Trụ sở xã |\n"
         "| 03 | 14/03/2033 (thứ Hai) | Phó Chủ tịch UBND xã | Trụ sở xã |\n")


def _name(above: str) -> str | None:
    text = "KẾ HOẠCH\nTiếp công dân năm 2033\n\n" + above + _GRID + "\nNơi nhận:\n- Lưu: VT.\n"
    tables = [t for t in structure_of_text(text).tables if t.header]
    assert tables, text
    return calendar_name(text, tables[0])


def test_the_numbered_line_above_names_the_calendar():
    assert _name("3. Lịch tiếp công dân định kỳ của lãnh đạo xã năm 2033\n\n") == \
        "Lịch tiếp công dân định kỳ của lãnh đạo xã năm 2033"


def test_a_rule_line_between_the_name_and_the_grid_is_passed():
    assert _name("### III. LỊCH TIẾP CÔNG DÂN\n\n-----\n\n") == "LỊCH TIẾP CÔNG DÂN"

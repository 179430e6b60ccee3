"""One printed table read twice (the page's grid, and a quota table a cell a line for the targets: Table.role) is
listed once in the document page's Bố cục (found by the session-36 newcomer: a plan's table of figures by unit showed
twice with the same start and end)."""

from vanban.web.text_anchors import outline_tables

OUTLINE = {"tables": [
    {"start": 0, "end": 120, "role": "header", "header": [], "rows": 3},
    {"start": 900, "end": 1040, "role": "data", "header": ["STT", "Đơn vị", "Chỉ tiêu"], "rows": 5, "header_rows": 1},
    {"start": 1100, "end": 1300, "role": "data", "header": ["STT", "Nội dung", "Thời gian"], "rows": 4, "header_rows": 1},
    {"start": 900, "end": 1040, "role": "quota", "header": ["Đơn vị", "Chỉ tiêu"], "rows": 4, "header_rows": 1},
]}


def test_a_table_read_twice_is_listed_once():
    got = outline_tables(OUTLINE)
    assert [(t["start"], t["end"]) for t in got] == [(900, 1040), (1100, 1300)]
    assert got[0]["rows"] == 5  # the grid as printed


def test_two_tables_at_their_own_places_both_listed():
    two = {"tables": [dict(OUTLINE["tables"][1]), dict(OUTLINE["tables"][2])]}
    assert len(outline_tables(two)) == 2

"""A task table's empty cell written as an empty line between its pipes ("|" / "" / "|"): in the plain text it is
three blank lines where the page's "| |" gives two, so the row's due cell read one column past the last and the table
ended there — the row lost its "Trước ngày 20/11/2038" and the rows below were lost (vanban.structure.stacked,
``_empty_cell_written_blank``).

The fixture is tune52's t52-03 (a UBND huyện's Kế hoạch for Ngày Pháp luật, spent in session 53) as
``realdocs/md2plain.py`` writes it; the expected obligations are its author's labels.
"""

from __future__ import annotations

import json
import pathlib

from vanban.extract import extract
from vanban.structure import structure_of_text

_DIR = pathlib.Path(__file__).parent / "fixtures" / "t52do"
_TEXT = (_DIR / "kh_ngay_phap_luat.txt").read_text(encoding="utf-8")
_GOLD = json.loads((_DIR / "kh_ngay_phap_luat.labels.json").read_text(encoding="utf-8"))["obligations"]


def _due(o) -> str | None:
    d = o.deadline
    return None if d is None else (d.date or d.latest)


def test_row_after_the_empty_cell_keeps_its_due_cell_and_the_table_goes_on():
    table = next(t for t in structure_of_text(_TEXT).tables if t.header and "Thời gian" in t.header[-1])
    rows = {r[0].text.strip(): r for r in table.rows[1:]}
    assert rows["10"][3].text == ""
    assert rows["10"][4].text == "Trước ngày 20/11/2038"
    assert rows["11"][2].text == "Phòng Tư pháp"
    assert rows["11"][4].text == "Trước ngày 28/11/2038"


def test_the_rows_obligations_as_labelled():
    got = [(o.who, _due(o)) for o in extract(_TEXT).obligations]
    for g in _GOLD[9:11]:  # rows 10 and 11 of the table
        assert (g["who"], g["deadline"]) in got

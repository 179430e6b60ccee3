"""An indicator table by year printed without a number column, read from a scan (session 56, leg56t).

tune55's t55-09-DA-UBND (an Đề án on community tourism) sets its goals in "Chỉ tiêu | Đơn vị tính | Năm 2040 | … |
Năm 2045", three rows and no "TT" column. Its scanned form (``bench/realdocs_scan.py``: vanban's own Tesseract reading
of the rendered page, restored as the conveyor restores it) is copied to ``fixtures/leg56t/t55-09-by-year.scan.txt``:
every cell one blank line apart, the rows parted as the cells are, two cells damaged ("2,Ð" for 5,5, "o1" for 51).
The clean reader took the table for one row and the OCR readers open rows at their numbers only: none of its 18 goals
was read (``stacked._unnumbered_indicator``, ``stacked._damaged_value``).

Expected values are the document's labels; the two damaged cells are no goal (their figures are lost), the others stay
under their years.
"""

from pathlib import Path

from vanban.extract import extract
from vanban.structure import structure_of_text

FIX = Path(__file__).parent / "fixtures" / "leg56t"


def _text() -> str:
    return (FIX / "t55-09-by-year.scan.txt").read_text(encoding="utf-8")


def _table():
    (t,) = [t for t in structure_of_text(_text()).tables if t.role == "data" and t.header and t.header[0] == "Chỉ tiêu"]
    return t


def test_rows_by_their_cells_kinds():
    t = _table()
    assert list(t.header) == ["Chỉ tiêu", "Đơn vị tính", "Năm 2040", "Năm 2041", "Năm 2042", "Năm 2043", "Năm 2044",
                              "Năm 2045"]
    rows = [[c.text for c in r] for r in t.rows[1:]]
    assert [r[:2] for r in rows] == [["Lượt khách du lịch đến xã", "Lượt"], ["Doanh thu từ hoạt động du lịch", "Tỷ đồng"],
                                     ["Số hộ kinh doanh homestay", "Hộ"]]


def test_damaged_cell_holds_its_year():
    rows = [[c.text for c in r] for r in _table().rows[1:]]
    assert rows[1][3:] == ["7,0", "9,0", "11,5", "14,5", "18,0"]  # 2041 … 2045, after the damaged 2040 cell
    assert rows[2][2:6] == ["25", "30", "36", "43"] and rows[2][7] == "60"  # 2045 after the damaged 2044 cell


def test_goals_by_year_are_targets():
    got = {(t.min, t.unit) for t in extract(_text()).targets}
    want = {(8500, "lượt"), (10500, "lượt"), (13000, "lượt"), (16000, "lượt"), (20000, "lượt"), (25000, "lượt"),
            (7.0, "tỷ đồng"), (9.0, "tỷ đồng"), (11.5, "tỷ đồng"), (14.5, "tỷ đồng"), (18.0, "tỷ đồng"),
            (25, "hộ"), (30, "hộ"), (36, "hộ"), (43, "hộ"), (60, "hộ")}
    assert want <= got
    assert not {(u, m) for m, u in got if u in ("đơn vị tính", "2,ð")}  # no damaged cell taken for a unit


def _legacy() -> str:
    """t55-09's legacy form: Tesseract ``-l eng`` of its rendered pages 2 to 4 (``bench/realdocs_ocr.py``'s cache,
    copied raw to ``fixtures/leg56t/t55-09-by-year.eng.txt``), corrected page by page as ingest does."""
    from vanban.ocr.correct import correct_text

    raw = (FIX / "t55-09-by-year.eng.txt").read_text(encoding="utf-8")
    return "\f".join(correct_text(p, "image-ocr").text for p in raw.split("\f"))


def test_legacy_head_and_unit_cells_restored():
    # "Chi tiéu" alone on its line was read "Chỉ từ" (no table head), the unit cell "Lugt" was read "Luật"
    lines = _legacy().splitlines()
    assert "Chỉ tiêu" in lines and "Chỉ từ" not in lines
    assert "Luật" not in lines and any(x.lower() == "lượt" for x in lines)


def test_legacy_goals_by_year_are_targets():
    # blank lines lost or added at random, no number column: the rows read by their cells' kinds
    got = {(t.min, t.unit) for t in extract(_legacy()).targets}
    want = {(8500, "lượt"), (10500, "lượt"), (13000, "lượt"), (16000, "lượt"), (20000, "lượt"), (25000, "lượt"),
            (5.5, "tỷ đồng"), (7.0, "tỷ đồng"), (9.0, "tỷ đồng"), (11.5, "tỷ đồng"), (14.5, "tỷ đồng"),
            (18.0, "tỷ đồng"), (25, "hộ"), (30, "hộ"), (36, "hộ"), (43, "hộ"), (51, "hộ"), (60, "hộ")}
    assert want <= got

"""Per-unit quota tables (tbl54, session 54): a floor column, OCR's damage to a table's rows, a positions table's groups.

* A count column whose head ends with its bound, "Số vận động viên tối thiểu", under "4. Chỉ tiêu vận động viên tham
  gia của các thôn" (a52-04, a xã's sports day): each thôn's floor a minimum in "vận động viên", and the total; the
  noun was sought in the whole head, whose last words are the bound, and nothing was read.
* A scan's row number read as a glyph ("ẻ" for 2) after a row's place ("Nhà văn hóa thôn Nà Khuổi", a52-07): the place
  stays row 1's; read as the next unit's name, it took "ẻ" for a quota and every later row went a column off.
* A figure grouped by thousands whose first digits a scan misread ("o6.000" for 56.000, a52-09): it holds its column
  (its value left unread), so the row's area after it and the next row's number stay in place (no "9" ha).
* A decimal comma a scan read as ";" or a digit as an eth ("2;Ð" for 2,5, t52-09): a damaged figure, holding its
  column, not a line of words that ends the row.
* A Thông báo tuyển dụng's positions table with group rows ("I" / "Cấp học mầm non" / "1" / "Giáo viên mầm non" /
  "Hạng III" / "12", t52-08) under a bare "Số lượng": each post's places in "chỉ tiêu", the noun of the prose's
  "Tổng số chỉ tiêu tuyển dụng: 40 chỉ tiêu" their column adds up to.

Fixtures: tests/fixtures/tbl54 (copies of the spent documents' plain, legacy-OCR and scan texts); the expected values
are the authors' labels.
"""

from __future__ import annotations

import pathlib

import pytest

from vanban.extract import extract

_FIX = pathlib.Path(__file__).parent / "fixtures" / "tbl54"


def _targets(name: str, ocr: bool) -> list[tuple]:
    ex = extract((_FIX / name).read_text(encoding="utf-8"), ocr=ocr)
    return [(t.min, t.max, t.unit) for t in ex.targets]


# a52-04's labels: each thôn's floor of athletes (min only) and the Tổng cộng row
_FLOORS = [45, 40, 52, 36, 32, 30, 27, 24, 286]


@pytest.mark.parametrize("name,ocr", [("a52-04-KH-UBND.txt", False), ("a52-04-KH-UBND.legacy.txt", True)])
def test_a_floor_column_counts_its_noun_before_the_bound(name, ocr):
    got = _targets(name, ocr)
    for f in _FLOORS:
        assert (f, None, "vận động viên") in got, (f, got)
    assert not [t for t in got if t[2] == "vận động viên" and t[1] is not None], got


# a52-07's labels: per thôn, the call-up quota and the new militia quota, in "người"
_A52_07 = [3, 3, 3, 4, 2, 2, 3, 3, 2, 3, 3, 3]


def test_a_scans_damaged_row_number_keeps_the_rows_in_their_columns():
    got = [t for t in _targets("a52-07-KH-UBND.scan.txt", True) if t[2] == "người"]
    assert sorted(t[0] for t in got) == sorted(_A52_07), got


def test_a_damaged_thousands_figure_holds_its_column():
    got = _targets("a52-09-KH-UBND.scan.txt", True)
    assert (35.0, 35.0, "ha") in got and (20.0, 20.0, "ha") in got, got  # Trung Thịnh's and Bình Khê's areas
    assert (32000.0, 32000.0, "cây") in got, got
    assert not [t for t in got if t[2] == "ha" and t[0] == 9], got  # row 9's number no area


def test_a_decimal_comma_read_as_a_glyph_holds_its_column():
    """t52-09 scanned: "2;Ð" for 2,5 and "2ð" for 35,5 in the area column; the next row's number stays a number (no
    "2" or "4" ha), the rows after keep their areas (t52-09's labels)."""
    got = _targets("t52-09-KH-UBND.scan.txt", True)
    areas = sorted(t[0] for t in got if t[2] == "ha" and t[0] == t[1])
    assert 2.0 not in areas and 4.0 not in areas, areas
    for a in (28.0, 18.0, 22.5, 26.0, 19.5, 10.5):
        assert a in areas, (a, areas)


# t52-08's labels: each post's places, in "chỉ tiêu", in the table's order
_POSTS = [12, 9, 3, 2, 3, 2, 2, 2, 1, 1, 2, 1]


@pytest.mark.parametrize("path,ocr", [(_FIX / "t52-08-TB-UBND.txt", False),
                                      (_FIX.parent / "tbl53b" / "t52-08-TB-UBND.legacy.txt", True)])
def test_a_positions_tables_posts_under_group_rows_are_quotas(path, ocr):
    """The legacy form lost the first group's "I" ("Cấp học mầm non" stands between the header and "1") and read
    "III" as "II": the label is still no head and the groups no posts."""
    ex = extract(path.read_text(encoding="utf-8"), ocr=ocr)
    cells = [t for t in ex.targets if t.unit == "chỉ tiêu" and t.text.isdigit()]
    assert [t.min for t in cells] == _POSTS, cells
    assert all(t.min == t.max for t in cells), cells

"""The one recogniser of a table of rounds (structure/round_tables.py) and the line printed above a table, which the
campaign readers of extract share."""

from vanban.models import Table, TableCell
from vanban.structure.round_tables import line_above, round_header
from vanban.text import fold


def test_a_rounds_header_needs_the_round_first_and_a_day_after_it():
    assert round_header(["Lần", "Thời gian tổ chức", "Điểm hiến máu", "Số đơn vị"])
    assert round_header(["**Đợt thứ**", "Ngày", "Nơi tổ chức"])
    assert not round_header(["Ngày tổ chức", "Đợt", "Địa điểm"])  # the round not first
    assert not round_header(["Đợt", "Địa điểm", "Đơn vị phụ trách"])  # no day column
    assert not round_header([])


def _table(text: str, first_row: str, header: tuple[str, ...]) -> Table:
    at = text.index(first_row)
    return Table(at, at + len(first_row), (tuple(TableCell(h, at, at) for h in header),), header)


def test_the_line_above_a_table_passes_over_its_own_header_and_rule_lines():
    text = ("II. TỔ CHỨC THỰC HIỆN\n\n**2. Các đợt cao điểm vận động**\n\n| Đợt | Thời gian | Khu vực |\n|---|---|---|\n"
            "| Đợt 1 | từ ngày 03/5 đến ngày 20/5/2032 | Khu phố 4 |\n")
    t = _table(fold(text), "| dot 1", ("Đợt", "Thời gian", "Khu vực"))
    assert line_above(t, fold(text)) == "2. cac dot cao diem van dong"


def test_a_header_written_a_cell_a_line_is_passed_over_too():
    text = "3. Lịch các lần ra quân\nLần\nNgày\nĐịa bàn\n| Lần 1 | 07/6/2032 | Thôn Bắc |\n"
    t = _table(text, "| Lần 1", ("Lần", "Ngày", "Địa bàn"))
    assert line_above(t, text) == "3. Lịch các lần ra quân"
    assert line_above(t, text, reach=len("Lần\nNgày\nĐịa bàn\n")) == ""  # nothing within reach but the header's cells

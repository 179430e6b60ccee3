"""Tables of figures per row that hand things out (tgt43c, session 43: vanban/structure/plan_tables.py,
vanban/extract/plan_cells.py).

Kinds: a table of places to clear with a "Thời gian thực hiện" column (a time, no body in charge: still a table of
figures per row), its count head without parentheses counting its noun ("Số hộ phải di dời" → hộ) and its level of
support per item ("Mức hỗ trợ (triệu đồng/hộ)") read row by row; a prize table, the count of prizes ("Số lượng giải")
and the money per prize where a level column is printed (the row's "Thành tiền" left), else the prize money of the row
("Giá trị giải thưởng (đồng)") with its total row; a gift table per tổ dân phố, the gifts to hand out read, the
households counted beside them (the base) and the level the text already states left. The documents are written for
these tests; the expected values follow ``../shared/realdocs/labeled/README.md`` (an exact figure → min = max).
"""

from __future__ import annotations

from conftest import make_doc

from vanban.extract import extract
from vanban.structure import structure_of_text
from vanban.structure.plan_tables import PLAN

_DOC = dict(issuer="XÃ TÂN PHƯỚC", number=58, date=(12, 3, 2034),
            title="Thực hiện các nhiệm vụ năm 2034", signer="Lê Thị Hạnh")


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(make_doc(body, **_DOC)).targets]


_MOVES = ("II. NỘI DUNG\n\n1. Các điểm sạt lở phải di dời dân\n\n"
          "| TT | Điểm sạt lở | Thôn | Thời gian thực hiện | Chiều dài bờ sông (m) | Số hộ phải di dời | Mức hỗ trợ (triệu đồng/hộ) |\n"
          "| --- | --- | --- | --- | --- | --- | --- |\n"
          "| 1 | Bến đò cũ | Thôn Phước Lợi | Quý II/2034 | 420 | 18 | 40 |\n"
          "| 2 | Doi cát Gò Me | Thôn Phước Thọ | Quý III/2034 | 650 | 27 | 40 |\n"
          "| 3 | Cồn Dừa | Thôn Phước Hưng | Quý IV/2034 | 380 | 12 | 35 |\n"
          "| | Cộng | | | 1.450 | 57 | |\n\n"
          "2. Hộ tự di dời đến nơi ở mới trước thời hạn được hỗ trợ thêm theo quy định.\n")


def test_a_time_column_makes_no_task_table():
    """"Thời gian thực hiện" names when each row is done, no body in charge: the table is one of figures per row."""
    assert [t.header[5] for t in structure_of_text(make_doc(_MOVES, **_DOC)).tables if t.role == PLAN] == [
        "Số hộ phải di dời"]


def test_households_to_move_and_support_per_household_by_row():
    """The count the row must move, counted in its head's noun, and the support per household the row is given; the
    banks' lengths describe the rows; the total row of the households is read, the text stating it nowhere."""
    got = _t(_MOVES)
    for v in (18, 27, 12, 57):
        assert (v, v, "hộ") in got, got
    assert got.count((40, 40, "triệu đồng/hộ")) == 2 and (35, 35, "triệu đồng/hộ") in got, got
    assert not [t for t in got if t[0] in (420, 650, 380, 1450)], got


_PRIZES = ("III. CƠ CẤU GIẢI THƯỞNG\n\n1. Môn bóng đá thiếu niên\n\n"
           "| Giải | Mức thưởng (đồng/giải) | Số lượng giải | Thành tiền (đồng) |\n| --- | --- | --- | --- |\n"
           "| Giải Nhất | 2.500.000 | 01 | 2.500.000 |\n"
           "| Giải Nhì | 1.800.000 | 01 | 1.800.000 |\n"
           "| Giải Ba | 1.200.000 | 02 | 2.400.000 |\n\n"
           "2. Đội không đạt giải được hỗ trợ 300.000 đồng/đội.\n")


def test_a_prize_table_gives_the_count_and_the_money_per_prize():
    """Each prize row: how many prizes and what each is worth; the row's "Thành tiền" (the count times the level) is
    none, nor is the level the prose gives per team."""
    got = _t(_PRIZES)
    assert got.count((1, 1, "giải")) == 2 and (2, 2, "giải") in got, got
    for v in (2500000, 1800000, 1200000):
        assert (v, v, "đồng/giải") in got, got
    assert not [t for t in got if t[0] == 2400000], got


_EVENTS = ("III. GIẢI THƯỞNG\n\n"
           "| STT | Môn thi | Số giải | Giá trị giải thưởng (đồng) |\n| --- | --- | --- | --- |\n"
           "| 1 | Đua thuyền truyền thống | 05 | 9.000.000 |\n"
           "| 2 | Đẩy gậy | 04 | 3.200.000 |\n"
           "| 3 | Bắn nỏ | 04 | 2.800.000 |\n"
           "| | Cộng | 13 | 15.000.000 |\n")


def test_a_prize_table_without_a_level_gives_the_prize_money_of_each_event():
    """No money per prize printed: each event's prizes and the prize money it awards, and the total row of both."""
    got = _t(_EVENTS)
    for v in (5, 4, 13):
        assert (v, v, "giải") in got, got
    for v in (9000000, 3200000, 2800000, 15000000):
        assert (v, v, "đồng") in got, got


_GIFTS = ("II. NỘI DUNG\n\n1. Tặng quà cho hộ nghèo dịp Tết\n\n"
          "Mỗi tổ dân phố trao quà cho hộ nghèo tại nhà văn hóa, mức quà 250.000 đồng/suất.\n\n"
          "| TT | Tổ dân phố | Số hộ nghèo | Số suất quà | Mức quà (đồng/suất) | Dự toán (đồng) |\n"
          "| --- | --- | --- | --- | --- | --- |\n"
          "| 1 | Tổ dân phố 1 | 31 | 31 | 250.000 | 7.750.000 |\n"
          "| 2 | Tổ dân phố 2 | 26 | 24 | 250.000 | 6.000.000 |\n"
          "| 3 | Tổ dân phố 3 | 19 | 19 | 250.000 | 4.750.000 |\n\n"
          "2. Thời gian trao quà: trước ngày 25/01/2035.\n")


def test_a_gift_table_per_unit_gives_the_gifts_not_the_households():
    """The gifts each tổ hands out are set; the poor households counted beside them are the base; the level the text
    already states per gift is counted once (the text's); the money each tổ costs is none."""
    got = _t(_GIFTS)
    for v in (31, 24, 19):
        assert (v, v, "suất quà") in got, got
    assert not [t for t in got if t[0] == 26], got
    assert got.count((250000, 250000, "đồng/suất")) <= 1, got
    assert not [t for t in got if t[0] in (7750000, 6000000, 4750000)], got

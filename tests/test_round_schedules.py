"""Schedules of rounds (session 38, tune37's kinds).

Kind: a plan that holds a drive in rounds on set days lays them out as a pipe table whose first column names the round
("| Đợt | Ngày tổ chức | Địa điểm | Chỉ tiêu |", "Đợt 2 – … | Chủ Nhật, ngày 08/6/2031 | …"): no task or body column
names it a task table, yet each row's day is the day its round must be held — a dated deadline, the issuer's own (no
row names a holder; vanban/structure/columns.py reads the table, vanban/extract/session_rows.py dates its rows). The
texts are written here in the style of such plans (not copied from any labelled one); the expected values are read
off the text by hand.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text
from vanban.structure.plan_tables import PLAN  # a table of planned figures is also offered, as a second Table, to the target reader (session 42)


def _doc(table: str) -> str:
    return "\n\n".join([
        "UBND XÃ HÒA BÌNH\n\nBAN CHỈ ĐẠO TIÊM CHỦNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc",
        "Số: 03/KH-BCĐ",
        "Hòa Bình, ngày 02 tháng 02 năm 2031",
        "KẾ HOẠCH\n\nTiêm chủng bổ sung vắc xin sởi cho trẻ em năm 2031",
        "1. Lịch các đợt tiêm chủng tại xã",
        table,
        "2. Trạm Y tế xã tổng hợp kết quả, báo cáo Ban Chỉ đạo trước ngày 15/12/2031.",
    ])


ROUNDS = _doc(
    "| Đợt | Ngày tổ chức | Điểm tiêm | Số trẻ dự kiến |\n|---|---|---|---|\n"
    "| Đợt 1 – Tiêm vét đầu năm | Thứ Năm, ngày 20/3/2031 | Trạm Y tế xã | 150 |\n"
    "| Đợt 2 – Tiêm chủng mở rộng | Chủ Nhật, ngày 08/6/2031 | Nhà văn hóa thôn Đông | 180 |\n"
    "| Đợt 3 – Trước năm học mới | Thứ Bảy, ngày 23/8/2031 | Trường Tiểu học Hòa Bình | 200 |")


def test_a_pipe_header_of_rounds_and_their_days_is_a_table():
    (t,) = [t for t in structure_of_text(ROUNDS).tables if t.header and t.role != PLAN]
    assert t.header == ("Đợt", "Ngày tổ chức", "Điểm tiêm", "Số trẻ dự kiến")
    assert len(t.rows) == 4


def test_each_round_day_is_a_dated_deadline_of_no_named_holder():
    ext = extract(ROUNDS)
    rounds = [(d.date, d.recurrence, d.who) for d in ext.deadlines if d.date != "2031-12-15"]
    assert rounds == [("2031-03-20", None, None), ("2031-06-08", None, None), ("2031-08-23", None, None)]
    assert any(d.date == "2031-12-15" for d in ext.deadlines)  # the prose report keeps its own deadline


def test_a_table_whose_first_column_is_no_round_is_not_read_so():
    places = ROUNDS.replace("| Đợt | Ngày tổ chức |", "| Địa bàn | Ngày tổ chức |")
    assert not [t for t in structure_of_text(places).tables if t.header and t.role != PLAN]
    assert [d.date for d in extract(places).deadlines] == ["2031-12-15"]


#: the same schedule as a legacy OCR gives it back: a blank line between rows, the delimiter row read as noise, a long
#: row wrapped before its last cell, the header's last name cut (vanban/structure/pipe_flow.py)
FLOWED = _doc(
    "| Đợt | Ngày tổ chức | Điểm tiêm | Số trẻ dự kiến\n\nJb\n\n"
    "| Đợt 1 — Tiêm vét đầu năm | Thứ Năm, ngày 20/3/2031 | Trạm Y tế xã\n| 150 |\n\n"
    "| Đợt 2 — Tiêm chủng mở rộng | Chủ Nhật, ngày 08/6/2031 | Nhà văn hóa thôn Đông | 180 |\n\n"
    "| Đợt 3 — Trước năm học mới | Thứ Bảy, ngày 23/8/2031 | Trường Tiểu học Hòa Bình | 200 |")


def test_a_flowed_schedule_of_rounds_is_read_row_by_row_at_its_rounds():
    (t,) = [t for t in structure_of_text(FLOWED).tables if t.header and t.role != PLAN]
    assert [r[0].text for r in t.rows[1:]] == ["Đợt 1 — Tiêm vét đầu năm", "Đợt 2 — Tiêm chủng mở rộng",
                                                "Đợt 3 — Trước năm học mới"]
    assert [d.date for d in extract(FLOWED).deadlines] == ["2031-03-20", "2031-06-08", "2031-08-23", "2031-12-15"]

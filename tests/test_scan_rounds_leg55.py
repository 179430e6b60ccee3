"""A schedule of rounds numbered bare, typed as a pipe table and run on by a scan (session 55, leg55).

tune50's t50-05-KH-CAX and authored50's a50-05-KH-CAX ("| Đợt | Thời gian | Địa điểm | Thôn | Số công dân dự kiến |",
"| Đợt | Thôn | Địa điểm thu nhận | Thời gian | Tổ công tác |" over rows "| 1 | 15/9 - 19/9/2037 | …"): their scanned
forms (``bench/realdocs_scan.py``, restored as the conveyor restores them), the section around the table copied to
``fixtures/leg55/*-rounds.scan.txt``. The rounds' column took only "Đợt 2"-style cells as row numbers, so the bare
"1" … "5" opened no row and every dated row was lost (``pipe_flow._number``).

Expected values are the documents' labels (the rows' dates and working groups).
"""

from pathlib import Path

from vanban.extract import extract
from vanban.structure.pipe_flow import read_flowed_pipe_tables

FIX = Path(__file__).parent / "fixtures" / "leg55"


def _text(name: str) -> str:
    return (FIX / name).read_text(encoding="utf-8")


def test_bare_round_numbers_open_rows():
    (t,) = read_flowed_pipe_tables(_text("t50-05-rounds.scan.txt"))
    rows = [[c.text for c in r] for r in t.rows[1:]]
    assert [r[0] for r in rows[:5]] == ["1", "2", "3", "4", "5"]
    assert [r[1] for r in rows[:5]] == ["15/9 - 19/9/2037", "29/9 - 03/10/2037", "13/10 - 17/10/2037",
                                        "27/10 - 31/10/2037", "10/11 - 15/11/2037"]


def test_round_dates_are_deadlines():
    got = {(d.earliest, d.latest) for d in extract(_text("t50-05-rounds.scan.txt")).deadlines}
    assert {("2037-09-15", "2037-09-19"), ("2037-09-29", "2037-10-03"), ("2037-10-13", "2037-10-17"),
            ("2037-10-27", "2037-10-31"), ("2037-11-10", "2037-11-15")} <= {(str(a), str(b)) for a, b in got}


def test_round_groups_are_charged_across_a_page_break():
    # a50-05: the last row wrapped over the page's foot ("… cho ngườih2" / "" / "già yếu, …")
    got = [(o.who, str(o.deadline.latest) if o.deadline else None)
           for o in extract(_text("a50-05-rounds.scan.txt")).obligations]
    for want in [("Tổ công tác số 1", "2037-08-23"), ("Tổ công tác số 2", "2037-08-28"),
                 ("Tổ công tác số 1", "2037-09-13"), ("Tổ công tác số 2", "2037-09-20"),
                 ("Tổ công tác số 1 và số 2", "2037-09-30")]:
        assert want in got


def test_named_rounds_still_read():
    # "Đợt 1" / "Đợt 2" cells (a50-07's blood-drive rounds) stay the rows' numbers; a figure cell opens no row
    text = ("| Đợt | Thời gian | Địa điểm | Chỉ tiêu (đơn vị máu) | Đơn vị vận động chính | |---|---|---|---|---| "
            "| Đợt 1 | Ngày 07/4/2038 | Hội trường UBND xã | 120 | Hội Chữ thập đỏ xã | | Đợt 2 | Ngày 18/7/2038 |"
            "\nNhà văn hóa thôn Yên Thượng | 90 | Đoàn Thanh niên xã | | Đợt 3 | Ngày 26/9/2038 | Hội trường UBND xã |"
            " 100 | Hội Liên hiệp Phụ nữ xã |\n")
    (t,) = read_flowed_pipe_tables(text)
    assert [r[0].text for r in t.rows[1:]] == ["Đợt 1", "Đợt 2", "Đợt 3"]
    assert [r[3].text for r in t.rows[1:]] == ["120", "90", "100"]

"""A task table's first row number a scan damaged is no column name (session 56, leg56t).

tune55's t55-04-KH-UBND (a huyện's plan for poverty reduction) schedules its review of poor households in "TT | Nội
dung công việc | Đơn vị thực hiện | Thời gian", five rows. Its scanned form (``bench/realdocs_scan.py``, vanban's own
Tesseract reading, restored as the conveyor restores it) reads the row numbers 1, 3 and 5 as "ả", "Kì" and "x)"; the
whole text is copied to ``fixtures/leg56t/t55-04.scan.txt``. The header read from the page's rhythm
(``stacked._grid_header``) ran on past "Thời gian" through "ả" into the first row, and every row went out of its
columns: none of the five obligations kept its body and date (``stacked._row_past_head``).

Expected values are the document's labels.
"""

from pathlib import Path

from vanban.extract import extract
from vanban.structure import structure_of_text

FIX = Path(__file__).parent / "fixtures" / "leg56t"


def _text() -> str:
    return (FIX / "t55-04.scan.txt").read_text(encoding="utf-8")


def test_header_stops_at_its_task_columns():
    (t,) = [t for t in structure_of_text(_text()).tables if t.role == "data" and "Nội dung công việc" in t.header]
    assert list(t.header) == ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian"]
    assert [r[3].text for r in t.rows[1:]] == ["Trước ngày 31/8/2040", "Tháng 9/2040",
                                               "Từ ngày 01/10/2040 đến ngày 15/11/2040", "Trước ngày 05/12/2040",
                                               "Trước ngày 15/12/2040"]


def test_rows_are_obligations_with_their_dates():
    got = [(o.who, str(o.deadline.latest) if o.deadline else None) for o in extract(_text()).obligations]
    for want in [("Phòng Nông nghiệp và Môi trường", "2040-08-31"), ("Phòng Nông nghiệp và Môi trường", "2040-09-30"),
                 ("UBND các xã, thị trấn", "2040-11-15"), ("UBND các xã, thị trấn", "2040-12-05"),
                 ("Phòng Nông nghiệp và Môi trường", "2040-12-15")]:
        assert want in got

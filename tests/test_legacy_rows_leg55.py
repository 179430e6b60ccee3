"""A stacked table's last row under legacy OCR when its due column has two columns after it (session 55, leg55).

authored53's a53-08-KH-UBND ("TT | Tổ dân phố | Tình huống giả định | Thời gian | Chủ trì | Hướng dẫn, phối hợp"):
its Tesseract ``eng`` reading restored as ingest restores it (``bench/realdocs_ocr.legacy_form``), the section from
the drills item to "V. KINH PHÍ", copied to ``fixtures/leg55/a53-08-drills.legacy.txt``. The paragraph under the
table ("Ngoài ra, tổ chức 01 cuộc diễn tập … trong tháng 10/2039, …") was read into row 8, whose two last cells were
then taken from the paragraph's end: the row's "Chủ trì" and its date lost (``stacked._closed_after_due``).

Expected values are the document's labels (obligation who and deadline of row 8, its deadline "Chủ nhật,
25/9/2039").
"""

from pathlib import Path

from vanban.extract import extract
from vanban.structure.stacked import _cells_after_due
from vanban.text import fold

FIX = Path(__file__).parent / "fixtures" / "leg55"


def _obligations():
    ex = extract((FIX / "a53-08-drills.legacy.txt").read_text(encoding="utf-8"))
    return [(o.who, o.deadline.latest if o.deadline else None) for o in ex.obligations]


def test_last_row_keeps_its_body_and_date():
    assert ("Tổ trưởng tổ dân phố số 15, số 16", "2039-09-25") in _obligations()


def test_paragraph_under_the_table_is_no_row():
    # the paragraph's month ("trong tháng 10/2039") is no row's deadline: the labels give its coordinating body none
    assert all(d != "2039-10-31" for _, d in _obligations())


def test_every_row_read():
    dated = [d for w, d in _obligations() if w.startswith("Tổ trưởng tổ dân phố số")]
    assert dated == ["2039-06-12", "2039-06-26", "2039-07-10", "2039-07-24",
                     "2039-08-14", "2039-08-28", "2039-09-11", "2039-09-25"]


def test_cells_after_due_column():
    views = ["TT", "Tổ dân phố", "Tình huống giả định", "Thời gian", "Chủ trì", "Hướng dẫn, phối hợp"]
    assert _cells_after_due([fold(v).lower() for v in views]) == 2
    # the due column last or one before last: read by due_last / due_before_last, not here
    assert _cells_after_due(["tt", "noi dung", "don vi chu tri", "thoi gian"]) == 0
    assert _cells_after_due(["tt", "noi dung", "thoi gian", "san pham"]) == 0

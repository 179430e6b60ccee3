"""OCR forms lose what the clean text keeps (ocr39b, tune38's legacy and scan forms).

A scanned next-year plan scored its quarterly report in the plan's year while its text scored it on the first
quarter's end after the signing: the conveyor starts a plan's series in its year for the archive's readers
(``plan_periods.as_planned``), the labels README dates a series from its first occurrence on or after the
document's date; ``extract_document(..., planned=False)`` is the extraction the bench's scan form measures.
"""

from __future__ import annotations

import hashlib

from vanban.conveyor import extract_document
from vanban.models import Page, PageSource, SourceDocument

PLAN = """ỦY BAN NHÂN DÂN
XÃ AN PHÚ
Số: 41/KH-UBND
An Phú, ngày 14 tháng 11 năm 2030

KẾ HOẠCH
Phát triển tủ sách cộng đồng trên địa bàn xã năm 2031

III. TỔ CHỨC THỰC HIỆN
1. Định kỳ hằng quý, các chi hội cựu giáo chức rà soát đầu sách, báo cáo Ủy ban nhân dân xã trước ngày 20 của tháng cuối quý.
"""


def _scanned(text: str, **kw):
    blob = text.encode("utf-8")
    source = SourceDocument(path="kh41.pdf", sha256=hashlib.sha256(blob).hexdigest(), kind="pdf", size=len(blob),
                            pages=(PageSource(number=1, method="pdf-ocr"),))
    pages = (Page(number=1, method="pdf-ocr", raw_text=text, text=text, confidence=90.0),)
    return extract_document(source, pages, **kw)


def _quarterly(doc):
    return next(d for d in doc.extraction.deadlines if d.recurrence and "BYMONTH=3,6,9,12" in d.recurrence)


def test_the_archive_reads_the_series_in_the_plans_year():
    assert _quarterly(_scanned(PLAN)).date == "2031-03-20"


def test_the_extraction_of_a_scan_keeps_the_first_occurrence_after_the_signing():
    d = _quarterly(_scanned(PLAN, planned=False))
    assert (d.date, d.recurrence) == ("2030-12-20", "FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20")

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


# a schedule whose header the page wrapped; legacy OCR put the wrapped names under the last row
SCHEDULE = """III. PHÂN CÔNG

| STT | Việc cần làm | Cơ quan chủ trì

| 1 | Khảo sát nhu cầu đọc của học sinh | Trường Tiểu học xã | Đoàn Thanh niên xã | Trước ngày 15/3/2031 |

| 2 | Bổ sung đầu sách cho tủ sách các ấp | Văn hóa - Xã hội xã | Hội Cựu giáo chức xã | Tháng 8/2031 |

| 3 | Trao đổi sách giữa các ấp | Đoàn Thanh niên xã | Các chi đoàn ấp | Quý III/2031 |

Cơ quan phối hợp | Thời gian hoàn thành |

IV. KINH PHÍ
"""


def test_a_header_tail_read_under_the_rows_names_the_last_columns():
    from vanban.structure.pipe_flow import read_flowed_pipe_tables

    (table,) = read_flowed_pipe_tables(SCHEDULE)
    assert [c.text for c in table.rows[0]][3:] == ["Cơ quan phối hợp", "Thời gian hoàn thành"]
    assert [c.text for c in table.rows[-1]][0] == "3"  # the names are no row


def test_a_bare_month_in_the_named_due_column_is_a_deadline():
    from vanban.extract import extract

    e = extract(SCHEDULE)
    assert any(d.text == "Tháng 8/2031" and d.latest == "2031-08-31" for d in e.deadlines)


def test_a_village_printed_without_its_hatted_o_is_a_village():
    from vanban.ocr.glyphs import legacy_glyphs

    # eng OCR drops the ô of "thôn": no Vietnamese syllable is "thn"
    assert legacy_glyphs("Phan dau 4/9 thn dat chuan") == "Phan dau 4/9 thon dat chuan"
    assert legacy_glyphs("giao cho cac thn, to dan pho") == "giao cho cac thon, to dan pho"


def test_the_head_of_the_villages_printed_trung_is_truong():
    from vanban.ocr.glyphs import legacy_glyphs

    assert legacy_glyphs("3. Trung cac thon van dong nhan dan") == "3. Truong cac thon van dong nhan dan"
    # "Trung" opening a name stays: "Trung tâm", "Trung đoàn"
    assert legacy_glyphs("Trung tam Y te xa phoi hop") == "Trung tam Y te xa phoi hop"

"""A Công văn's "V/v" subject read whole from a text PDF LibreOffice printed from its header table (ux54).

The newcomer of session 53 printed real Công văn of /work/shared/realdocs/docs to PDF (``bench/realdocs_pdf.py``,
form ``office``: the page opened by LibreOffice Writer, saved as DOCX and exported to PDF; the PDFs copied into
tests/fixtures/ux54). The header table has no rules, so the PDF's text runs by height across both cells:

* 11654/VPCP-CN: "V/v cung ứng vật liệu xây dựng phục vụ" / "Hà Nội, ngày 27 tháng 11 năm 2025" / "Dự án tuyến đường
  bộ cao tốc CT.08, đoạn" / "qua Nam Định, Thái Bình" — the trích yếu stopped at the place-date: its first line only;
* 11554/VPCP-V.I and 11414/VPCP-CN: the subject's first line and the place-date on one line, one space between —
  the trích yếu held "Hà Nội, ngày 25 tháng 11 năm 2025" in its middle.

Expected trích yếu: the documents' own "V/v" lines (the .md of realdocs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.conveyor import process_file

FIXTURES = Path(__file__).parent / "fixtures" / "ux54"
SUBJECTS = {
    "11654-VPCP-CN": "cung ứng vật liệu xây dựng phục vụ Dự án tuyến đường bộ cao tốc CT.08, đoạn qua Nam Định, Thái Bình",
    "11554-VPCP-V.I": "nâng cao hiệu quả công tác chống buôn lậu, gian lận thương mại và hàng giả",
    "11414-VPCP-CN": ("đẩy nhanh tiến độ Dự án đường cao tốc Bến Lức - Long Thành và Dự án đường cao tốc Biên Hòa - "
                      "Vũng Tàu giai đoạn 1 thuộc nhiệm vụ của Đoàn kiểm tra số 06"),
}


@pytest.mark.parametrize("stem", sorted(SUBJECTS))
def test_the_subject_is_whole_and_holds_no_place_date(stem):
    md = process_file(FIXTURES / f"{stem}.office.pdf", jobs=1).extraction.metadata
    assert md.title == SUBJECTS[stem]
    assert md.type == "Công văn" and md.date is not None

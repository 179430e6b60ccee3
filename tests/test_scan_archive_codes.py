"""A scanned Công văn's số ký hiệu and its "Lưu:" codes, as Tesseract misreads their separators.

Why: the newcomer's so_cv.tif (a Sở's Công văn rendered at 200 dpi, fixtures/newcomer15b/mkimg.py)
came back with number "87/SNNMT.QLĐĐ" (the hyphen read as a full stop) and recipients
"Lưu: VŨ QLĐĐ" for "Lưu: VT, QLĐĐ" (the T and its comma read as one marked letter); the
tuning scans show the same misreads of the văn thư's code ("Lưu: VE.", "Lưu: VTj ĐTQH").
Expected values are what the page prints.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from vanban.ocr.archive_codes import archive_codes
from vanban.symbols import normalize_symbol

TIF = Path(__file__).resolve().parent / "fixtures" / "newcomer15b" / "so_cv.tif"
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract missing")


@pytest.mark.parametrize("read,printed", [
    ("87/SNNMT.QLĐĐ", "87/SNNMT-QLĐĐ"),
    ("Số: 15/UBND.VX", "15/UBND-VX"),
    ("12/2026/QĐ.UBND", "12/2026/QĐ-UBND"),
    ("11554/VPCP-V.I", "11554/VPCP-V.I"),  # a department's Roman number is printed with its dot
    ("46/VPCP.II", "46/VPCP.II"),
    ("128.2025/OL.WMCLV", "128.2025/OL.WMCLV"),  # a foreign reference cited by a customs notice
])
def test_full_stop_for_the_hyphen_of_a_symbol(read, printed):
    assert normalize_symbol(read) == printed


@pytest.mark.parametrize("read,printed", [
    ("- Lưu: VŨ QLĐĐ.", "- Lưu: VT, QLĐĐ."),
    ("- Lưu: VE.", "- Lưu: VT."),
    ("- Lưu: VTj ĐTQH (Tùng).", "- Lưu: VT; ĐTQH (Tùng)."),
    ("- Lưu: VE, TH.", "- Lưu: VT, TH."),
    # codes as printed, a name after the first code, and "Lưu ý" stay
    ("- Lưu: VT, KGVX.", "- Lưu: VT, KGVX."),
    ("- Lưu: VP, VX.", "- Lưu: VP, VX."),
    ("- Lưu: Văn thư, NN (2) Khôi.", "- Lưu: Văn thư, NN (2) Khôi."),
    ("Lưu ý: Vũ Văn Nam liên hệ trước.", "Lưu ý: Vũ Văn Nam liên hệ trước."),
])
def test_first_code_after_luu(read, printed):
    assert archive_codes(read) == printed


@needs_tesseract
def test_scanned_luu_line_reads_vt():
    """Page 2 of the scan alone (Nơi nhận and the signature)."""
    from vanban.conveyor import process_page
    from vanban.models import Limits, PageSource

    page = process_page(PageSource(2, "image-ocr", path=str(TIF), index=1), Limits())
    assert "Lưu: VT, QLĐĐ" in page.text

"""A scanned plan as session 23's newcomer read it, fixed as kinds (session 23, sc23b).

Inputs: ``fixtures/scan23b/iot_plan.html`` is a plan written for these tests in the style of a UBND tỉnh's
Kế hoạch (IoT in urban management), printed by LibreOffice, rasterised (pdftoppm, grey), scaled to 150 dpi and
degraded (tests/fixtures/render.py's ``degrade``, seed 3), then read by Tesseract ``vie``:
``iot_plan_ocr.txt`` is that reading as Tesseract wrote it; ``motto_header_ocr.txt`` is the same page's header
(its top sixth) scaled to 100 dpi and degraded harder (seed 2, blur 1.0, noise 0.12), read by Tesseract ``vie``. Expected values are what the plan says."""

from __future__ import annotations

from pathlib import Path

from vanban.ocr.acronym_spelling import acronym_spellings
from vanban.ocr.correct import correct_text
from vanban.ocr.restore.protected import mixed_case_code

FIX = Path(__file__).parent / "fixtures" / "scan23b"
OCR = (FIX / "iot_plan_ocr.txt").read_text(encoding="utf-8")


def test_a_token_whose_case_mixes_as_a_code_is_never_a_syllable_to_restore():
    for w in ("IoT", "ToT", "loT", "eKYC"):
        assert mixed_case_code(w), w
    assert not mixed_case_code("Tot") and not mixed_case_code("tot") and not mixed_case_code("TOT")
    text = correct_text("Phát triển nền tảng IoT dùng chung, ứng dụng ToT và mạng 5G.\n", "pdf-ocr").text
    assert "Tốt" not in text and "Iot" not in text and "5G" in text


def test_a_misread_acronym_takes_the_pages_own_spelling():
    assert "IøT" in OCR and "løT" in OCR  # Tesseract's own misreadings of the plan's "IoT"
    fixed = acronym_spellings(OCR)
    assert len(fixed) == len(OCR)  # one character for one: token offsets hold
    assert "IøT" not in fixed and "løT" not in fixed
    assert fixed.count("IoT") == OCR.count("IoT") + OCR.count("IøT") + OCR.count("løT")
    # the page spells the acronym as written, never as a syllable: the syllable form loses
    assert acronym_spellings("nền tảng IoT; ứng dụng ToT và cảm biến IoT") == "nền tảng IoT; ứng dụng IoT và cảm biến IoT"
    # two plain spellings on one page: no evidence which is the acronym, nothing changes
    assert acronym_spellings("mạng LoRa và IoT; thiết bị ToT") == "mạng LoRa và IoT; thiết bị IoT"
    assert acronym_spellings("ứng dụng ToT") == "ứng dụng ToT"


def test_the_restored_page_keeps_the_acronym():
    text = correct_text(OCR, "pdf-ocr").text
    assert "IoT" in text and "Iot" not in text and "lót" not in text.lower()


# --- the motto's misread first line -------------------------------------------------------------------------
def _plan_header(issuer_row: str, second_row: str) -> str:
    """A UBND tỉnh's plan header as a 200 dpi scan's reading sets it, the two columns on one line."""
    return (f"{issuer_row}\n{second_row}\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 512/KH-UBND Quảng Trị, ngày 14 tháng 10 năm 2025\n\nKẾ HOẠCH\n"
            "Triển khai ứng dụng IoT trong quản lý đô thị thông minh năm 2026\n\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n")


def test_a_motto_line_misread_by_a_glyph_is_snapped_before_the_header_is_split():
    from vanban.extract import extract
    from vanban.structure.motto_snap import snapped_view
    from vanban.text import fold

    assert snapped_view("uy ban nhan dan cong hoa xa hot") == "uy ban nhan dan cong hoa xa hoi"
    # Tesseract's own reading of the plan's header at 100 dpi, degraded (seed 2): "CỘNG HÒA XÃ nội"
    ocr = (FIX / "motto_header_ocr.txt").read_text(encoding="utf-8").splitlines()
    assert "CỘNG HÒA XÃ nội" in ocr
    assert snapped_view(fold("CỘNG HÒA XÃ nội")) == "cong hoa xa hoi"
    assert snapped_view("chu ngh1a viet nan") == "chu nghia viet nam"
    assert snapped_view("uy ban nhan dan tinh quang tri") == "uy ban nhan dan tinh quang tri"
    assert snapped_view("cong ty co phan xa hoi") == "cong ty co phan xa hoi"  # no motto line's length
    for first, second in (("CỘNG HÒA XÃ HỘT", "CHỦ NGHĨA VIỆT NAM"),  # the motto's first line on a line of its own
                          ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘT", "TỈNH QUẢNG TRỊ CHỦ NGHĨA VIỆT NAM")):
        text = _plan_header(first, second) if first.startswith("ỦY") else _plan_header(
            "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n" + first, second)
        meta = extract(text).metadata
        assert meta.issuer == "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", first
        assert meta.number == "512/KH-UBND"


# --- a cited document's date with a misread year or a fraction slash -------------------------------------------
_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 512/KH-UBND\nQuảng Trị, ngày 14 tháng 10 năm 2025\n\nKẾ HOẠCH\n"
         "Triển khai ứng dụng IoT trong quản lý đô thị thông minh năm 2026\n\n")


def _cited(sentence: str, head: str = _HEAD):
    from vanban.extract import extract

    return {c.number: c.date for c in extract(head + sentence + "\n").citations}


def test_a_cited_dates_impossible_year_is_repaired_from_evidence_or_dropped():
    # the year the cited number holds
    assert _cited("Căn cứ Quyết định số 45/2025/QĐ-UBND ngày 12/6/2925 của Ủy ban nhân dân tỉnh;")[
        "45/2025/QĐ-UBND"] == "2025-06-12"
    # else the document's other dates ("năm 2025" of the place-date), one digit apart from the printed year
    assert _cited("Căn cứ Kế hoạch số 95/KH-UBND ngày 24/4/2925 của Ủy ban nhân dân tỉnh về chuyển đổi số;")[
        "95/KH-UBND"] == "2025-04-24"
    assert _cited("Căn cứ Quyết định số 1131/QĐ-TTg ngày 12 tháng 6 năm 2625 của Thủ tướng Chính phủ;")[
        "1131/QĐ-TTg"] == "2025-06-12"
    # no year one digit apart anywhere: no date beats a wrong one
    head = _HEAD.replace("năm 2025", "năm 2027").replace("năm 2026", "năm 2028")
    assert _cited("Căn cứ Kế hoạch số 95/KH-UBND ngày 24/4/2925 của Ủy ban nhân dân tỉnh;", head)["95/KH-UBND"] is None


def test_a_cited_date_with_a_fraction_slash_beside_a_slash_is_read():
    got = _cited("Căn cứ Công văn số 310/STTTT-CĐS ngày 01\u2044" "4/\u2044" "2025 của Sở Thông tin và Truyền thông;")
    assert got["310/STTTT-CĐS"] == "2025-04-01"

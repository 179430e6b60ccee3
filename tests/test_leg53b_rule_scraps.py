"""(leg53b) A pipe table's delimiter row read by Tesseract ``eng`` as a scrap ("Jf}", "Jb") under its header, from
the cached real OCR output of spent sets (tests/fixtures/legacy53b); the quarters expected are the documents' own
(bench/gold/tune51/t51-03-KH-UBND.md: the inspection of row 1 "Quý II/2038", of the table under "theo bảng sau:")."""

import pathlib

from vanban.extract import extract
from vanban.ocr.correct import correct_text
from vanban.ocr.rule_scraps import rule_scraps

FIX = pathlib.Path(__file__).parent / "fixtures" / "legacy53b"


def test_t51_03_first_row_keeps_its_quarter():
    page = (FIX / "t51-03-inspections.eng.txt").read_text(encoding="utf-8")
    text = correct_text(page, "image-ocr").text
    assert "|---|---|---|---|" in text
    dues = [(d.text, d.what or "") for d in extract(text, ocr=True).deadlines]
    assert any(t == "Quý II/2038" and w.startswith("Công khai, minh bạch; quản lý, sử dụng tài sản công") for t, w in dues)


def test_a51_08_each_row_keeps_its_quarter():
    page = (FIX / "a51-08-quarters.eng.txt").read_text(encoding="utf-8")
    text = correct_text(page, "image-ocr").text
    assert "\n|---|---|---|---|\n" in text
    assert [d.text for d in extract(text, ocr=True).deadlines] == [
        "Quý II/2038", "Quý II/2038", "Quý III/2038", "Quý IV/2038", "Quý III/2038"]


def test_a_word_a_figure_header_or_a_row_of_other_width_stays():
    for page in ("| STT | Nội dung | Thời gian |\n\nQuý\n\n| 1 | Rà soát | Quý II/2038 |\n",
                 "| STT | Năm 2037 | Năm 2038 |\n\nJb\n\n| 1 | 12 | 14 |\n",
                 "| STT | Nội dung | Thời gian |\n\nJb\n\n| 1 | Rà soát |\n"):
        assert rule_scraps(page) == page


def test_t50_05_schedule_rows_keep_their_dates():
    """The rule hugs its header and first row: left between blank lines, the schedule's rows were lost (the dates of
    bench/gold/tune50/t50-05-KH-CAX.md's "Đợt | Thời gian" table)."""
    page = (FIX / "t50-05-schedule.eng.txt").read_text(encoding="utf-8")
    text = correct_text(page, "image-ocr").text
    assert "|\n|---|---|---|---|---|\n| 1 |" in text
    dues = {d.text for d in extract(text, ocr=True).deadlines}
    assert {"15/9 - 19/9/2037", "29/9 - 03/10/2037", "13/10 - 17/10/2037", "27/10 - 31/10/2037",
            "10/11 - 15/11/2037"} <= dues

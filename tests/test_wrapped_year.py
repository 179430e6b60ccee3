"""A written date whose year wrapped to the line below, read as letters by ``vie``, is read again alone by ``eng``.

Found by session 16's newcomer: a phone photo of a Party Công văn whose narrow place-and-date cell printed
"Nghệ An, ngày 01 tháng 12 năm" / "2026"; Tesseract ``vie`` read the lone bold year as "Hư" (plain
``tesseract -l vie`` on the whole photo reads "xu", confidence 0), so the date was lost and the photo was not
matched to the same document's DOCX. The photo (tests/fixtures/newcomer16/1587-CV-VPTU_photo.jpg) is the
newcomer's own: rendered from their Word file, skewed and photographed-looking by their own script.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from vanban.ocr.date_slots import reread_years, wrapped_years

PHOTO = Path(__file__).parent / "fixtures" / "newcomer16" / "1587-CV-VPTU_photo.jpg"

# vie's words of the photo's header right column (image_to_data boxes as vanban's OCR gave them): the date line,
# then the left column's "nghị" and the wrapped year joined into one Tesseract line
_DATE = [("Nghệ", 739, 366, 64, 29), ("An,", 810, 367, 43, 25), ("ngày", 861, 366, 61, 29), ("01", 929, 367, 26, 21),
         ("tháng", 965, 366, 70, 27), ("12", 1044, 366, 27, 21), ("nắm", 1078, 366, 55, 22)]
_UNDER = [("nghị", 615, 427, 53, 28), ("Hư", 907, 404, 58, 22)]


def _data(under=_UNDER) -> dict:
    rows = [(w, 2) for w in _DATE] + [(w, 3) for w in under]
    return {"text": [w[0] for w, _ in rows], "left": [w[1] for w, _ in rows], "top": [w[2] for w, _ in rows],
            "width": [w[3] for w, _ in rows], "height": [w[4] for w, _ in rows], "conf": [90] * len(rows),
            "block_num": [2] * len(rows), "par_num": [1] * len(rows), "line_num": [n for _, n in rows]}


def test_the_year_under_a_date_line_ending_in_nam_is_found():
    assert wrapped_years(_data()) == [(6, 8)]
    # a year read right, a word outside the date's width, a line of several words under it: nothing to read again
    assert wrapped_years(_data([("nghị", 615, 427, 53, 28), ("2026", 907, 404, 58, 22)])) == []
    assert wrapped_years(_data([("Hội", 400, 404, 58, 22)])) == []
    assert wrapped_years(_data([("Kính", 760, 404, 58, 22), ("gửi", 830, 404, 40, 22)])) == []


def _reread(readings: list[str]) -> str:
    got = iter(readings)
    return reread_years(Image.new("L", (1400, 1800), 255), _data(), lambda im: next(got, ""))["text"][8]


def test_the_year_is_taken_when_the_eng_readings_agree():
    assert _reread(["2026", "2026\n", "", "2O26"]) == "2026"
    for readings in (["2026"], ["2026", "2025"], ["Hu", "xu", "", ""], ["3026", "3026"]):
        assert _reread(readings) == "Hư", readings


def test_the_photo_keeps_its_date():
    from vanban.conveyor import process_file

    meta = process_file(PHOTO, jobs=1).extraction.metadata
    assert (meta.number, meta.date) == ("1587-CV/VPTU", "2026-12-01")

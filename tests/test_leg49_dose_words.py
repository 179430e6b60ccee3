"""A vaccine's dose "liều" written by eng OCR without its marks ("liéu", "lieu", "liu") is restored "liều" where no
other reading stands: before "vắc xin", after a price's "đồng/", alone in parentheses after a column's name (leg49,
:mod:`vanban.ocr.restore.dose_words`). Inputs written here in the style of a xã's vaccination plan as eng OCR prints
it; expected values read from the sentences."""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.report import extraction_to_json
from vanban.ocr.correct import correct_text
from vanban.ocr.restore.dose_words import dose_snaps
from vanban.ocr.restore.tokens import scan


def _restored(raw: str) -> str:
    return correct_text(raw, "image-ocr").text


def test_dose_before_vaccine_and_after_a_price_and_in_parentheses():
    text = _restored("S6 liéu vac xin dy kién tinh cho 80% dan trau, bo.\n"
                     "H6 chan nuéi nop 4.000 déng/lieu (bao gém tién vac xin).\n")
    assert "Số liều vắc xin" in text
    assert "4.000 đồng/liều" in text


def test_column_unit_in_parentheses_reads_the_doses_of_the_quota():
    raw = ("3. Chi tiéu tiém phong theo thén:\n\n"
           "| TT | Thon | Dan chd (con) | Vac xin dai (liu) | Nguoi phu trach |\n\n"
           "| 1 | Thon Bac | 140 | 120 | Thu y vién xa |\n\n"
           "| 2 | Thon Nam | 95 | 80 | Thu y vién xa |\n\n"
           "| | Tong | 235 | 200 | |\n")
    text = _restored(raw)
    assert "(liều) | Người phụ trách |" in text
    doses = sorted(t["min"] for t in extraction_to_json(extract(text))["targets"] if t["unit"] == "liều")
    assert doses == [80, 120, 200]  # the column's doses by thôn and their total


def test_data_and_material_keep_their_lieu():
    # "số liệu" (data) and "tài liệu" with no vaccine after them, no price before them, no parentheses round them
    text = _restored("Tong hgp s6 liéu bdo cdo hang thang; cung cap tai liéu tuyén truyén cho cac thon.\n")
    assert "số liệu" in text.lower() and "tài liệu" in text.lower()


def test_snaps_only_in_the_three_places():
    text = "so lieu thong ke; 3.000 dong/lieu; (lieu); lieu vac xin"
    toks = list(scan(text))
    snaps = dose_snaps(text, toks)
    at = sorted(toks[i].start for i in snaps)
    assert at == [text.index("dong/lieu") + 5, text.index("(lieu)") + 1, text.index("lieu vac")]
    assert all(v == "liều" for v in snaps.values())

"""Two legacy-OCR losses of session 50 (ddl50), restored from general evidence (:mod:`vanban.ocr.restore.total_rows`,
:func:`vanban.ocr.restore.dose_words.shot_snaps`). Inputs written here as eng OCR prints a xã's plans (marks lost or
read as other glyphs); expected values read from the sentences.

1. A table's total row: "| | Cong | 4.326 |" is "Cộng" (the documents never label a row "Công"), never "Công".
2. A vaccine's count of doses "mũi", which eng OCR writes "mii": "mũi" where a vaccination word stands near it; a
   helmet's "mii bảo hiểm" stays "mũ".
"""

from __future__ import annotations

from vanban.ocr.correct import correct_text
from vanban.ocr.restore.dose_words import shot_snaps
from vanban.ocr.restore.tokens import scan
from vanban.ocr.restore.total_rows import total_snaps


def _restored(raw: str) -> str:
    return correct_text(raw, "image-ocr").text


# --- 1. a table's total row ----------------------------------------------------------------------------------

TABLE = ("3. S6 luong vac xin can tiém theo thon:\n\n"
         "| TT | Thon | Trau, bo (con) | Lon (con) |\n\n"
         "| 1 | Thon Dong | 420 | 1.150 |\n\n"
         "| 2 | Thon Tay | 315 | 980 |\n\n")


def test_the_total_rows_label_after_a_blank_number_cell_is_cong():
    text = _restored(TABLE + "| | Cong | 735 | 2.130 |\n")
    assert "| | Cộng | 735 | 2.130 |" in text


def test_the_total_rows_label_in_the_first_cell_is_cong():
    text = _restored(TABLE + "| Cong | | 735 | 2.130 |\n")
    assert "| Cộng | | 735 | 2.130 |" in text


def test_a_cell_with_more_words_or_no_figure_is_left_to_the_model():
    text = "| 3 | Cong an xa | 12 |\n| Cong | chua co |\nCong tac tuyen truyen | 12"
    toks = list(scan(text))
    assert total_snaps(text, toks) == {}


# --- 2. the count of doses ---------------------------------------------------------------------------------------

def test_the_count_of_doses_near_a_vaccination_word_is_mui():
    # (fixrev50) lines written for this test in a vaccination plan's OCR'd style, not a gold set's
    text = _restored("c) Tré dudi 1 tudi duoc tiém day du tir 2 mii vac xin bai liét trd lén dat trén 95%.\n"
                     "| 4 | Tiém vac xin séi - rubella mii 1, mii 2 | Tré tir 18 thang dén 6 tudi |\n")
    assert "từ 2 mũi vắc xin bại liệt trở lên" in text
    assert "mũi 1, mũi 2 |" in text


def test_a_helmet_stays_a_helmet():
    text = "Tiém vac xin cho tré; nguoi di xe may phai doi mii bao hiém."
    toks = list(scan(text))
    assert shot_snaps(text, toks) == {}  # "mii bảo hiểm": a helmet, though "tiêm" stands before it
    assert "mũ bảo hiểm" in _restored("Xu ly nghiém nguoi diéu khién xe mo to khong doi mii bao hiém.\n")


def test_no_vaccination_word_no_dose():
    text = "Hop tac xa Dich vu mii truong Dong Thanh"
    assert shot_snaps(text, list(scan(text))) == {}


# --- 3. a rate's floor sign read "2" ------------------------------------------------------------------------------

def test_a_floor_sign_read_two_before_a_rate_is_at_least():
    from vanban.extract import extract
    from vanban.extract.report import extraction_to_json

    text = _restored("3. Chi tiéu\n\nc) Ty lé tré 18 thang tudi dugc tiém vac xin sdi - rubella (MR) dat 2 95%.\n")
    assert "đạt ≥ 95%" in text
    rates = [(t["min"], t["max"]) for t in extraction_to_json(extract(text))["targets"] if t["unit"] == "%"]
    assert rates == [(95, None)]  # at least 95% (the labels README: ≥ → min only)


def test_a_count_of_two_keeps_its_figure():
    assert "đạt 2 lần" in _restored("Phan dau dat 2 lan so voi nam 2035.\n")

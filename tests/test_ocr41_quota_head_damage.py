"""A quota table's header damaged by OCR still heads its table: a header row the page wrapped between two heads
(:func:`vanban.ocr.wrapped_rows._header_end`, legacy OCR) and a head's closing bracket printed twice
(:func:`vanban.ocr.stray_marks.doubled_closes`, a scan read by Tesseract ``vie``).

Why: a plan of contributions hands each unit an amount under a wide header; read with a head short (the wrapped one)
or a head whose brackets do not close once, every row had a cell more than the header or the header no kind of
target, and the column of amounts was read by no one (authored39's amounts per thôn, legacy and scan). Inputs are
vanban's own wording of the kind: a fund drive's quotas per tổ dân phố; expected values read from the table (the
amount column the targets; the households counted and the level per household are no targets, as on clean text).
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.report import extraction_to_json
from vanban.ocr.stray_marks import doubled_closes
from vanban.ocr.wrapped_rows import wrapped_rows

CAPTION = "3. Chỉ tiêu vận động Quỹ khuyến học giao cho các tổ dân phố\n\n"
AFTER = "\nCác tổ dân phố hoàn thành việc vận động trước ngày 30/9/2033.\n"
AMOUNTS = [10_500_000, 9_200_000, 11_800_000]

#: legacy OCR: the header's last head on a line of its own, the rule read as a scrap, a blank line between rows
LEGACY = CAPTION + (
    "| TT | Tổ dân phố | Số hộ (hộ) | Mức vận động (đồng/hộ) |\n"
    "Tổng số tiền vận động (đồng) |\n\n"
    "pb\n\n"
    "| 1 | Tổ dân phố Bắc Sơn | 210 | 50.000 | 10.500.000 |\n\n"
    "| 2 | Tổ dân phố Nam Sơn | 184 | 50.000 | 9.200.000 |\n\n"
    "| 3 | Tổ dân phố Trung Sơn | 236 | 50.000 | 11.800.000 |\n"
) + AFTER

#: a scan: the rows run on after the wrapped head, a head's ")" drawn twice
SCAN = CAPTION + (
    "| TT | Tổ dân phố | Số hộ (hộ) | Mức vận động (đồng/hộ)) |\n"
    "Tổng số tiền vận động (đồng) | |---|---|---|---| | 1 | Tổ dân phố Bắc Sơn | 210 | 50.000 | 10.500.000 |\n"
    "| 2 | Tổ dân phố Nam Sơn | 184 | 50.000 | 9.200.000 | | 3 | Tổ dân phố Trung Sơn | 236 | 50.000 |\n"
    "11.800.000 |\n"
) + AFTER


def _amounts(text: str) -> list[float]:
    return [t["min"] for t in extraction_to_json(extract(text))["targets"] if t["unit"] == "đồng"]


def test_wrapped_head_joined_to_its_header_row():
    lines = wrapped_rows(LEGACY).split("\n")
    assert lines[2] == "| TT | Tổ dân phố | Số hộ (hộ) | Mức vận động (đồng/hộ) | Tổng số tiền vận động (đồng) |"
    assert len(wrapped_rows(LEGACY)) == len(LEGACY)  # one character for one: offsets hold


def test_legacy_table_with_wrapped_header_gives_its_amounts():
    assert _amounts(wrapped_rows(LEGACY)) == AMOUNTS


def test_a_closed_header_followed_by_prose_stays():
    # the line under a whole header is a sentence, and the rows have the header's cells: nothing to join
    text = ("| TT | Tổ dân phố | Số hộ (hộ) | Mức vận động (đồng/hộ) |\n"
            "Ghi chú: mức vận động tự nguyện |\n\n"
            "| 1 | Tổ dân phố Bắc Sơn | 210 | 50.000 |\n")
    assert wrapped_rows(text) == text


def test_doubled_closing_bracket_written_once():
    assert doubled_closes("| Mức vận động (đồng/hộ)) |") == "| Mức vận động (đồng/hộ)  |"
    assert doubled_closes("theo Phụ lục (Mẫu số 02 (kèm theo))") == "theo Phụ lục (Mẫu số 02 (kèm theo))"


def test_scan_table_with_doubled_bracket_gives_its_amounts():
    assert _amounts(SCAN) == []  # the head no kind of target: the table was lost
    assert _amounts(doubled_closes(SCAN)) == AMOUNTS


def test_rate_per_year_read_with_an_n_is_a_year():
    from vanban.ocr.stray_marks import rate_years

    assert rate_years("| Mức góp (đồng/hộ/năn) |") == "| Mức góp (đồng/hộ/năm) |"
    assert rate_years("kiểm tra 02 lần/năn; năn nỉ") == "kiểm tra 02 lần/năm; năn nỉ"

"""Issue 9: task tables printed without rules whose columns sit closer than a gutter (text PDFs from LibreOffice).

Three real Phụ lục tables (tests/fixtures/pdf52/README.md: excerpts of 179/KH-UBND, 617/KH-UBND, 2597/QĐ-TTg,
a borderless Word table printed to a text PDF): the columns are 3–6 pt apart where a cell's text fills its column,
a header's names 5 pt apart, under the gutter (0.6 em) a borderless table was told by — the table ended at the first
such row, two columns were read as one ("Nhiệm vụ, giải pháp" with "Đơn vị thực hiện"), and a group row written as
a label over its title ("I." / "NÂNG CAO NHẬN THỨC …") ended the table. What tells the columns apart is where their
lines start, row after row. Expected cells are read from the documents' markdown (../shared/realdocs/docs).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.ingest.pdf import read_pages
from vanban.conveyor import process_file
from vanban.ingest.pdf_lines import split_glued
from vanban.models import Limits

FIXTURES = Path(__file__).parent / "fixtures" / "pdf52"
SPACED = Path(__file__).parent / "fixtures" / "fixrev52b" / "letter_spaced.pdf"


def _rows(name: str) -> list[dict[int, str]]:
    """The first table's rows as {column: cell text} (a table continued on the next page goes on)."""
    rows: dict[tuple[int, int, int], dict[int, str]] = {}
    for page in read_pages(FIXTURES / name, Limits()):
        lines = page.text.split("\n")
        for text, g in zip(lines, page.lines):
            if g.table < 0 or g.row < 0 or g.col < 0 or g.column >= 0:  # -1: unset
                continue
            cell = rows.setdefault((page.number, g.table, g.row), {})
            cell[g.col] = (cell.get(g.col, "") + " " + text).strip()
    return [rows[k] for k in sorted(rows)]


def _task(rows: list[dict[int, str]], number: str) -> dict[int, str]:
    return next(r for r in rows if r.get(0) == number)


def test_179_the_task_keeps_its_lead_unit_apart_from_its_text() -> None:
    rows = _rows("179_borderless.pdf")
    head = rows[0]
    assert [head[c] for c in range(6)] == ["STT", "Nhiệm vụ, giải pháp", "Đơn vị thực hiện", "Đơn vị phối hợp",
                                           "Thời gian thực hiện", "Sản phẩm đầu ra"]
    t11 = _task(rows, "1.1")
    assert t11[1].startswith("Rà soát, xây dựng, sửa đổi, bổ sung các quy định pháp luật")
    assert t11[1].endswith("trong mỗi cơ quan, tổ chức, ngành, lĩnh vực")
    assert (t11[2], t11[3], t11[4]) == ("Sở Tư pháp", "Các sở, ban, ngành; UBND các phường, xã", "2026 - 2030")
    assert t11[5] == "Các cơ chế, chính sách; các văn bản quy phạm pháp luật"
    t21 = _task(rows, "2.1")
    assert (t21[2], t21[4]) == ("Sở Khoa học và Công nghệ", "2026 - 2030")
    assert t21[3] == "Các sở, ban, ngành; UBND các phường, xã; Các doanh nghiệp cung cấp dịch vụ bưu chính"
    assert _task(rows, "2.2")[2] == "Sở Xây dựng"


def test_179_group_rows_are_rows_of_the_table() -> None:
    rows = _rows("179_borderless.pdf")
    assert _task(rows, "A")[1] == "PHÁT TRIỂN NỀN MÓNG CHO KINH TẾ SỐ VÀ XÃ HỘI SỐ"
    assert _task(rows, "I")[1] == "Hoàn thiện thể chế"
    assert _task(rows, "II")[1] == "Phát triển hạ tầng"


def test_617_a_label_over_its_title_is_one_row_and_the_tasks_go_on() -> None:
    rows = _rows("617_borderless.pdf")
    assert [rows[0][c] for c in range(5)] == ["STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
                                              "Thời gian hoàn thành"]
    groups = [r[0] for r in rows if r.get(0, "").startswith(("I.", "II."))]
    assert groups == ["I. NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY",
                      "II. HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH HỖ TRỢ CHUYỂN ĐỔI SỐ DOANH NGHIỆP"]
    assert [r[0] for r in rows if r.get(0, "").isdigit()] == ["1", "2", "3", "4", "5", "6"]
    t3 = _task(rows, "3")
    assert (t3[2], t3[3], t3[4]) == ("Sở Nội vụ", "Sở KH&CN; các cơ quan, đơn vị liên quan", "Thường xuyên, hằng năm")
    t5 = _task(rows, "5")
    assert t5[1].startswith("Hỗ trợ cho các doanh nghiệp, nhất là doanh nghiệp nhỏ và vừa")
    assert (t5[2], t5[3], t5[4]) == ("Sở Công Thương", "UBND các xã, phường", "Quí IV-2025")


def test_2597_narrow_columns_of_a_decision_s_task_list() -> None:
    rows = _rows("2597_borderless.pdf")
    assert [rows[0][c] for c in range(6)] == ["STT", "Tên nhiệm vụ/dự án", "Cơ quan chủ trì", "Cơ quan phối hợp",
                                              "Kết quả dự kiến", "Thời gian triển khai"]
    assert _task(rows, "I")[1] == "CƠ CHẾ, CHÍNH SÁCH"
    t1 = _task(rows, "1")
    assert (t1[2], t1[3], t1[5]) == ("Bộ Xây dựng", "Các bộ, ngành liên quan", "2026")
    assert t1[4] == "Các Văn bản quy phạm pháp luật được sửa đổi, bổ sung"
    t3 = _task(rows, "3")
    assert (t3[2], t3[3], t3[5]) == ("Bộ Xây dựng", "Bộ Khoa học và Công nghệ", "2026-2027")


def _char(x0: float, text: str, size: float = 12.0) -> dict:
    return {"x0": x0, "x1": x0 + 6.0, "top": 100.0, "bottom": 112.0, "text": text, "size": size}


@pytest.mark.parametrize(("gap", "parts"), [(2.7, ["tập", "Công"]), (0.2, ["tậpCông"])])
def test_letters_a_column_gap_apart_are_two_words(gap: float, parts: list[str]) -> None:
    """pdfplumber glues letters up to 3 pt apart: "tập" ending a task's line and "Công" opening the lead unit's
    cell 2.7 pt further ("tậpCông", 179/KH-UBND printed from HTML) are two words; kerning's hundredths are not."""
    chars, x = [], 100.0
    for i, ch in enumerate("tậpCông"):
        if i == 3:
            x += gap
        chars.append(_char(x, ch))
        x += 6.0
    word = {"x0": chars[0]["x0"], "x1": chars[-1]["x1"], "top": 100.0, "bottom": 112.0, "text": "tậpCông",
            "chars": chars, "fontname": "Times"}
    assert [w["text"] for w in split_glued(word)] == parts


def test_letters_spaced_out_on_a_number_line_and_a_title_stay_words() -> None:
    """A "Số:" line and a title printed with letter spacing 2 pt (tests/fixtures/fixrev52b/README.md): every gap
    of those words is wide, none wider than the word's own, so no word is cut ("S ố : 5 2 / K H -", "K Ế H O Ạ C H"
    lost the number and the type), and a word is cut only inside a borderless table."""
    pages = read_pages(SPACED, Limits())
    text = "\n".join(p.text for p in pages)
    assert "KẾ HOẠCH" in text.split("\n")
    assert "Số: 52/KH-" in text
    meta = process_file(SPACED, jobs=1).extraction.metadata
    assert (meta.number, meta.type) == ("52/KH-UBND", "Kế hoạch")
    assert meta.title == "Triển khai công tác chuyển đổi số năm 2026"


@pytest.mark.parametrize("gaps", [(2.0, 2.0, 2.1, 2.0, 2.0, 1.9), (0.0, 0.05, 0.0, -0.02, 0.0, 0.0)])
def test_a_word_s_even_letter_gaps_do_not_cut_it(gaps: tuple[float, ...]) -> None:
    """Letter spacing (2 pt every gap) or kerning (hundredths) leaves a word whole."""
    chars, x = [], 100.0
    for i, ch in enumerate("HOẠCHKẾ"):
        chars.append(_char(x, ch))
        x += 6.0 + (gaps[i] if i < len(gaps) else 0.0)
    word = {"x0": chars[0]["x0"], "x1": chars[-1]["x1"], "top": 100.0, "bottom": 112.0, "text": "HOẠCHKẾ",
            "chars": chars, "fontname": "Times"}
    assert [w["text"] for w in split_glued(word)] == ["HOẠCHKẾ"]

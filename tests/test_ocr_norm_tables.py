"""Norm tables (amounts, time limits) hold on the OCR forms of real documents.

Material: Tesseract's own output of real labelled documents (tests/fixtures/ocr_forms/README.md: ``eng``
OCR of the rendered pages — the legacy form — and ``vie`` OCR of their scans), and a ruled norm table
rendered, scanned and read by vanban's whole pipeline (real Tesseract). OCR prints a table's cells on
consecutive lines without the blank lines between them, never two blank lines between rows, and a page
break between two cells of a row. Expected values: the hand-written gold of the same documents
(bench/gold/fresh2: 64/2025/NQ-HĐND Hà Nội, 2848/QĐ-UBND), not vanban's output.
"""

from __future__ import annotations

import sys
from pathlib import Path

from vanban.extract import extract
from vanban.extract.folded import Folded
from vanban.extract.norm_targets import norm_targets
from vanban.extract.stacked_cells import cells, rows_of
from vanban.ocr.correct import correct_text
from vanban.structure.mend import mend_breaks

FORMS = Path(__file__).parent / "fixtures" / "ocr_forms"
TITLE_64 = "Quy định một số nội dung, mức chi trong lĩnh vực văn hóa, nghệ thuật của thành phố Hà Nội"
# the amounts of Phụ lục V ("II. MỨC HỖ TRỢ", Mức chi) and Phụ lục VI (the "Mức thưởng" table), row after row
AMOUNTS_V = [30e6, 60e6, 90e6, 120e6]
AMOUNTS_VI = [117e6, 93e6, 70e6, 47e6, 93e6, 70e6, 47e6, 23e6, 70e6, 47e6, 23e6, 12e6]


def _norms(text: str) -> list[tuple[float | None, str | None]]:
    found, _ = norm_targets(Folded.of(mend_breaks(text)), text, "Nghị quyết", TITLE_64, 0, len(text))
    return [(t.min, t.unit) for t in found if t.min == t.max]


def test_legacy_ocr_table_cells_on_consecutive_lines():
    # "Don vi tinh: dong ⏎ TT ⏎ N6oi dung ⏎ Mic chi": one block; "3 ⏎ Nghé sf wu tu ⏎ 90.000.000": a row in one block;
    # "Cudc thi cap Chau luc ⏎ 93.000.000 ⏎ 70.000.000 ⏎ 47.000.000 ⏎ 23.000.000": four cells in one block
    raw = (FORMS / "64-2025-NQ-HDND.tables.eng.txt").read_text(encoding="utf-8")
    text = correct_text(raw, "image-ocr").text
    assert _norms(text) == [(a, "đồng") for a in AMOUNTS_V + AMOUNTS_VI]


def test_scan_page_break_between_two_cells():
    # the scan's page 8 opens with the last cell of page 7's row: "47.000.000 \f 23.000.000" is two cells
    text = (FORMS / "64-2025-NQ-HDND.tables.scan.txt").read_text(encoding="utf-8")
    assert "\f" in text
    # … and the paragraph after the table: "thì mức thưởng gấp 02 lần quy định tại khoản 1" (a multiple, in the gold too)
    assert _norms(text) == [(a, "đồng") for a in AMOUNTS_VI] + [(2.0, "lần")]


def test_legacy_consumption_norms_unit_lines_and_code_rows():
    # 39/2025/TT-BXD, ITS.01.01–03 (review-targets9 gold): "Kỹ sư bậc 4,0/8 ⏎ cong ⏎⏎ 0,042" — the unit cell on its own
    # line in the row name's block; each table closes with its code row "10" ("10 ⏎ 20"), no norm
    raw = (FORMS / "39-2025-TT-BXD.its.eng.txt").read_text(encoding="utf-8")
    text = correct_text(raw, "image-ocr").text
    found, _ = norm_targets(Folded.of(mend_breaks(text)), text, "Thông tư", "sửa đổi, bổ sung một số định mức", 0, len(text))
    assert [t.min for t in found] == [0.042, 0.023, 0.133, 0.09, 0.04, 0.024, 0.071, 0.071]
    assert all(t.min == t.max and t.period and t.period.startswith("mỗi lần/") for t in found)


def test_rows_start_at_their_numbers_in_ocr_text():
    raw = (FORMS / "64-2025-NQ-HDND.tables.eng.txt").read_text(encoding="utf-8")
    v = Folded.of(raw).view
    blocks = cells(v, 0, len(v))
    rows = rows_of(v, blocks)
    row_of = {flat: rows[k] for k, (_, _, flat) in enumerate(blocks)}
    # each amount shares its row with the row's name and number, and no other row's
    assert row_of["30.000.000"] != row_of["60.000.000"] != row_of["90.000.000"] != row_of["120.000.000"]
    assert row_of["nghe sf wu tu"] == row_of["90.000.000"]
    assert row_of["117.000.000"] != row_of["12.000.000"]


def test_clean_text_rows_still_from_blank_lines():
    # md2plain: cells one blank line apart, rows two; "2" in a row of figures is a cell, not a row number
    text = "STT\n\nNội dung\n\nMức chi\n\n\n1\n\nHọp\n\n2\n\n\n2\n\nHội thảo\n\n3\n"
    v = Folded.of(text).view
    blocks = cells(v, 0, len(v))
    assert [b[2] for b in blocks] == ["stt", "noi dung", "muc chi", "1", "hop", "2", "2", "hoi thao", "3"]
    assert rows_of(v, blocks) == [0, 0, 0, 1, 1, 1, 2, 2, 2]


def test_legacy_procedure_limit_said_again_in_its_row_is_one_target():
    # 2848/QĐ-UBND: each procedure's "Thời hạn giải quyết" cell ("10 ngày làm việc kể từ …") and its "Trong thời
    # hạn 10 ngày làm việc" step are one limit; OCR lost the blank lines that part the rows (and put a page break
    # between the third row's name and its limit cell)
    raw = (FORMS / "2848-QD-UBND.eng.txt").read_text(encoding="utf-8")
    text = "\f".join(correct_text(p, "image-ocr").text for p in raw.split("\f"))
    got = [(t.min, t.max, t.unit) for t in extract(text).targets]
    assert got == [(None, n, "ngày làm việc") for n in (10, 5, 10, 3, 10, 3)]


def test_scanned_ruled_norm_table(tmp_path):
    # a Nghị quyết's "Mức thưởng" table printed with rules, scanned: vanban's OCR gives each cell its lines, one
    # after the other with no blank line; the amounts are the table's norms
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from fixtures.render_tables import render_scan_with_table

    from vanban.conveyor import process_file

    plan = ("HỘI ĐỒNG NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ HÀ NỘI\tĐộc lập - Tự do - Hạnh phúc\n\t\n"
            "Số: 64/2025/NQ-HĐND\tHà Nội, ngày 27 tháng 11 năm 2025\n\n"
            f"NGHỊ QUYẾT\n{TITLE_64}\n\n"
            "1. Mức thưởng bổ sung đối với cá nhân đạt huy chương tại các cuộc thi được hưởng mức thưởng như sau:\n"
            "Đơn vị tính: đồng\n")
    rows = [("TT", "Tên cuộc thi", "Huy chương Vàng", "Huy chương Bạc", "Huy chương Đồng", "Giải Khuyến khích"),
            ("1", "Cuộc thi cấp thế giới", "117.000.000", "93.000.000", "70.000.000", "47.000.000"),
            ("2", "Cuộc thi cấp Châu lục", "93.000.000", "70.000.000", "47.000.000", "23.000.000"),
            ("3", "Cuộc thi cấp khu vực Đông Nam Á", "70.000.000", "47.000.000", "23.000.000", "12.000.000")]
    png = render_scan_with_table(plan, rows, tmp_path / "norms.png", (0.06, 0.3, 0.16, 0.16, 0.16, 0.16), seed=3)
    doc = process_file(png, jobs=1)
    assert [(t.min, t.max, t.unit) for t in doc.extraction.targets] == [(a, a, "đồng") for a in AMOUNTS_VI]


def _legacy_targets(name: str, title: str) -> list[tuple[float | None, float | None, str | None]]:
    text = correct_text((FORMS / name).read_text(encoding="utf-8"), "image-ocr").text
    return [(t.min, t.max, t.unit) for t in extract(f"NGHỊ QUYẾT\n{title}\n\n{text}").targets]


def test_legacy_unit_line_a_blank_line_below_its_heading():
    # "PHU LUCI ⏎ TONG MUC CHI CHO TUNG NHIEM VU … ⏎ 2025 cua ⏎⏎ H6i dong nhan dan thanh pho Ha Noi) ⏎⏎ Don vi tinh:
    # Triéu dong" (78/2025/NQ-HĐND, eng OCR): the unit line is a block of its own; the rows' figures are still
    # its norms. Gold (bench/gold/fresh): 250, 75, 140, 21, 14 | 100, 80, 12 | 50, 40 … triệu đồng (the "-" cells
    # and the row 2 "8" eng OCR did not print)
    got = _legacy_targets("78-2025-NQ-HDND.titled.eng.txt", "Quy định khung định mức chi xây dựng văn bản")
    assert got[:8] == [(a, a, "triệu đồng") for a in (250, 75, 140, 21, 14, 100, 80, 12)]


def test_legacy_unit_cell_wrapped_after_its_slash():
    # "Dong/hoc ⏎ sinh/nam ⏎⏎ 16.500.000 ⏎ 18.000.000" (48/2025/NQ-HĐND, eng OCR): "sinh/năm" is the tail of the
    # unit cell "Đồng/học sinh/năm", no unit of its own. Gold (bench/gold/review-targets10): 16.500.000,
    # 18.000.000 … đồng/học sinh/năm
    got = _legacy_targets("48-2025-NQ-HDND.units.eng.txt", "Quy định định mức phân bổ dự toán chi thường xuyên")
    assert [(lo, unit) for lo, _, unit in got[:2]] == [(16.5e6, "đồng"), (18e6, "đồng")]
    assert all(unit == "đồng" for _, _, unit in got)


def test_row_name_ending_in_a_per_unit_keeps_the_unit_cell_below():
    # "May nén khi 360 m3/h ⏎ Ca ⏎⏎ 0,024 ⏎⏎ 0,036" (39/2025/TT-BXD BDCT.20600, eng OCR): the row's name ends in "m3/h",
    # the unit "ca" below is a cell of its own, no tail of a wrapped unit (gold, bench/gold/review-targets9:
    # 6,9 / 8,55 kg, 0,226 / 0,297 công, 0,024 / 0,036 ca)
    text = correct_text((FORMS / "39-2025-TT-BXD.bdct.eng.txt").read_text(encoding="utf-8"), "image-ocr").text
    got = extract("THÔNG TƯ\nSửa đổi định mức dự toán bảo dưỡng\n\n" + text).targets
    assert [(t.min, t.unit) for t in got if t.unit in ("công", "ca")] == [
        (0.226, "công"), (0.297, "công"), (0.024, "ca"), (0.036, "ca")]


def test_scan_share_cells_on_consecutive_lines():
    # 78/2025/NQ-HĐND Phụ lục II scanned, its head and rows 1–13: from row 7 on Tesseract printed each row's cells on consecutive
    # lines ("Bản đánh giá thủ tục … ⏎ Tối đa 10% tổng mức chi soạn thảo ⏎ 8. ⏎ Lấy ý kiến …"); each bounded share is a
    # cell of its own and a target (bench/gold/fresh: "Tối đa 10% tổng mức chi soạn thảo", max 10, …)
    text = (FORMS / "78-2025-NQ-HDND.shares.scan.txt").read_text(encoding="utf-8")
    found, _ = norm_targets(Folded.of(mend_breaks(text)), text, "Nghị quyết",
                            "Quy định mức chi cho công tác xây dựng văn bản quy phạm pháp luật", 0, len(text))
    assert [(t.min, t.max, t.unit) for t in found] == [(None, m, "%") for m in (10, 30, 60, 10, 10, 20, 10, 10, 5, 5,
                                                                                5, 50, 5)]

"""Figures-by-row tables on the OCR forms (session 56, leg56): vanban.structure.figure_tables, vanban.structure.stacked,
vanban.ocr.restore.units.

Legacy OCR and a scan print a grid's cells one a line, the clean text's blank lines (the page's ``|``) lost or moved:
a quota Phụ lục whose group rows print their subtotals ("I" / "Huyện Trà Giang" / "21.552" / "11.700" / "1" / …, the
"I" lost on the scan), a bare figure under a name whose last word folds like a connector ("… điện tử" / "980"), a sum
row "Cộng" / "6.500" under the last row, a header of plain names ("TT" / "Thôn" / "Số hộ" / "Trường phụ trách điều
tra" / "Số giáo viên tham gia") whose count column's lone digits read as row numbers, an indicator table whose header
kept its blank lines where its rows lost them, a baseline "96,8% (còn 14 nhà chưa đạt)" and a goal "ít nhất 01 sản
phẩm" under their criterion. The fixtures are the real Tesseract readings (tests/fixtures/ocr_tables56/README.md);
the expected values are the gold labels' and the printed tables'.
"""

from __future__ import annotations

import pathlib

from vanban.extract import extract
from vanban.ocr.correct import correct_text
from vanban.structure import structure_of_text
from vanban.structure.figure_tables import QUOTA, read_figure_tables

FIX = pathlib.Path(__file__).parent / "fixtures" / "ocr_tables56"

# t54-09's Phụ lục: "Chỉ tiêu thu nợ năm 2040" of each huyện and xã (triệu đồng), the gold's targets in printed order
_QUOTAS = ["11.700", "5.400", "3.300", "1.900", "1.100", "10.300", "4.700", "2.450", "1.850", "1.300"]
# t54-09's item 5: "Số thu tăng thêm (triệu đồng)" of each field, and the Đội in charge
_FIELD_FIGURES = ["1.750", "2.100", "1.240", "980", "430"]
_FIELD_BODIES = ["Đội Kiểm tra thuế", "Đội Quản lý thuế liên xã Sơn Khê", "Đội Nghiệp vụ - Dự toán - Trước bạ và thu khác",
                 "Đội Quản lý thuế liên xã Trà Giang", "Đội Kiểm tra thuế"]
# t54-07's survey by thôn: the school charged with each thôn (the gold's obligations, bảng III.1 rows 1–6)
_SCHOOLS = ["Trường Tiểu học Phú Lâm", "Trường Tiểu học Phú Lâm", "Trường THCS Phú Lâm", "Trường THCS Phú Lâm",
            "Trường Mầm non Phú Lâm", "Trường Mầm non Phú Lâm"]


def _text(name: str) -> str:
    return (FIX / name).read_text(encoding="utf-8")


def _data_tables(text: str):
    return [t for t in structure_of_text(text).tables if t.role == "data"]


def _quota_column(name: str) -> list[str]:
    tables = [t for t in read_figure_tables(_text(name)) if t.role == QUOTA]
    assert len(tables) == 1
    t = tables[0]
    assert t.header[-1] == "Chỉ tiêu thu nợ năm 2040"
    return [r[-1].text for r in t.rows[1:] if r[-1].text != "22.000"]  # the "Tổng cộng" row's sum is no quota


def test_quota_group_rows_with_subtotals_legacy():
    # "I" / "Huyện Trà Giang" / "21.552" / "11.700" / "1": the group row's subtotals before row 1
    assert _quota_column("t54-09_legacy_appendix.txt") == _QUOTAS


def test_quota_group_row_label_lost_scan():
    # the scan lost the "I": "Huyện Trà Giang" / "21:552" (its dot read as a colon) / "11.700" / "1"
    assert _quota_column("t54-09_scan_appendix.txt") == _QUOTAS


def _field_rows(name: str):
    tables = _data_tables(_text(name))
    assert len(tables) == 1
    rows = [r for r in tables[0].rows[1:] if r[0].text.strip() not in ("Cộng", "Công")]
    return rows, tables[0].rows[-1]


def test_figure_under_connector_lookalike_and_sum_row_legacy():
    rows, last = _field_rows("t54-09_legacy_table.txt")
    assert [r[2].text for r in rows] == _FIELD_FIGURES
    assert [r[3].text for r in rows] == _FIELD_BODIES
    assert "6.500" in [c.text for c in last]  # the sum row, not row 5's cells; "6. 100% hộ kinh doanh …" no row


def test_figure_under_connector_lookalike_and_sum_row_scan():
    rows, last = _field_rows("t54-09_scan_table.txt")
    assert [r[2].text for r in rows] == _FIELD_FIGURES
    assert [r[3].text for r in rows] == _FIELD_BODIES
    assert "6.500" in [c.text for c in last]


def _schools(name: str) -> list[str]:
    tables = _data_tables(_text(name))
    assert len(tables) == 1
    t = tables[0]
    assert [h.split()[0] for h in t.header] == ["TT", "Thôn", "Số", t.header[3].split()[0], "Số"]
    return [r[3].text for r in t.rows[1:] if r[0].text.strip().isdigit()]


def test_plain_header_and_counts_legacy():
    # "4" teachers after row 1's school is no row "4"; row 2's count lost ("5"): its school stays in the school column
    assert _schools("t54-07_legacy_table.txt") == _SCHOOLS


def test_plain_header_and_counts_scan():
    assert _schools("t54-07_scan_table.txt") == _SCHOOLS


def test_school_rows_are_obligations_legacy():
    whos = [o.who for o in extract(_text("t54-07_legacy_table.txt"), ocr=True).obligations]
    for school in set(_SCHOOLS):
        assert whos.count(school) == _SCHOOLS.count(school)


def test_indicator_table_header_kept_blank_lines_legacy():
    tables = _data_tables(_text("t54-05_legacy_indicators.txt"))
    assert len(tables) == 1
    rows = {r[0].text: r for r in tables[0].rows[1:]}
    # t54-05's gold: "2" Diện tích gieo trồng lúa cả năm | ha | 5.800; "6" Tổng thu ngân sách | triệu đồng | 5.400
    assert [c.text for c in rows["2"][2:]] == ["ha", "5.800"]
    assert [c.text for c in rows["6"][2:]] == ["triệu đồng", "5.400"]
    assert rows["7"][3].text == "Dưới 1"
    assert rows["2"][1].text.startswith("Diện tích gieo trồng")
    # "14" / "Tuyển chọn, gọi công dân nhập ngũ" / "% chỉ tiêu huyện giao" / "Đạt 100": a share named after its "%"
    assert [c.text for c in rows["14"][1:]] == ["Tuyển chọn, gọi công dân nhập ngũ", "% chỉ tiêu huyện giao", "Đạt 100"]


def test_unit_cells_after_restoration():
    # eng OCR: "tan" beside "Tw 40.000 tré lén" (Từ 40.000 trở lên), "triéu dong/ngudi/nam" above "84"
    lines = correct_text(_text("t54-05_eng_units.txt"), "image-ocr").text.splitlines()
    assert "tấn" in lines
    assert "triệu đồng/người/năm" in lines


def test_unit_cells_give_targets():
    text = correct_text(_text("t54-05_eng_units.txt"), "image-ocr").text
    head = "TT\n\nChỉ tiêu\n\nĐơn vị tính\n\nKế hoạch năm 2040\n3\n\n"
    got = {(t.min, t.max, t.unit) for t in extract("II. CÁC CHỈ TIÊU CHỦ YẾU NĂM 2040\n" + head + text, ocr=True).targets}
    assert (40000.0, None, "tấn") in got  # gold: "Từ 40.000 trở lên", min 40000 tấn
    assert (84.0, 84.0, "triệu đồng/người/năm") in got


def test_baseline_with_note_and_lower_case_goal_legacy():
    tables = _data_tables(_text("a54-02_legacy_table.txt"))
    assert len(tables) == 1
    rows = {r[0].text: r for r in tables[0].rows[1:]}
    # a54-02's table: row 1 "96,8% (còn 14 nhà chưa đạt)" | "100%" | Ủy ban Mặt trận Tổ quốc Việt Nam xã; row 8 "Chưa
    # có" | "Ít nhất 01 sản phẩm" | Hội Nông dân xã | … | Quý III/2040
    assert rows["1"][3].text == "100%"
    assert rows["1"][4].text == "Ủy ban Mặt trận Tổ quốc Việt Nam xã"
    assert rows["8"][2].text == "Chưa có"
    assert rows["8"][4].text == "Hội Nông dân xã"
    assert rows["8"][6].text == "Quý III/2040"

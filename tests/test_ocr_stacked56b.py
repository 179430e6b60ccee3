"""Stacked tables on the legacy OCR form (session 56, leg56b): vanban.structure.stacked.

Tesseract's reading of a printed grid keeps the cells one after the other but loses or adds the blank lines between
them: a header "STT" / "Lĩnh vực thu" on consecutive lines (a54-09: its revenue table unread, ten targets lost), a
table grouped by xã whose rows carry no number ("Cam Tuyền" / "Trường THCS Cam Tuyền" / …, a54-07: the schools' tasks
lost), a month whose cells ran together (a54-10's July and October: a body glued to its task). The fixtures are the real
Tesseract readings (tests/fixtures/leg56b/README.md); the expected values are the gold labels' and the printed tables'.
"""

from __future__ import annotations

import pathlib

from vanban.ocr.correct import correct_text
from vanban.structure import structure_of_text
from vanban.text import fold

FIX = pathlib.Path(__file__).parent / "fixtures" / "leg56b"

# a54-09's "Dự toán năm 2040 (tỷ đồng)" of each field, and the total (the gold's targets)
_REVENUE = ["18,6", "96,4", "214,5", "47,2", "58,3", "6,8", "205,0", "21,7", "16,5", "685,0"]
# a54-07's schools charged in the xã not yet at level 3 (the gold's obligations, in the table's order)
_SCHOOLS = ["Trường THCS Cam Tuyền", "Trường Tiểu học Cam Tuyền", "Trường TH&THCS Phong Mỹ", "Trường THCS Hải Lâm",
            "Trường Mầm non Hải Lâm"]


def _legacy(name: str) -> str:
    raw = (FIX / name).read_text(encoding="utf-8")
    return "\f".join(correct_text(p, "image-ocr").text for p in raw.split("\f"))


def _data_tables(text: str):
    return [t for t in structure_of_text(text).tables if t.role == "data"]


def test_header_key_then_name_on_consecutive_lines():
    text = _legacy("a54-09_legacy_revenue.txt")
    tables = _data_tables(text)
    assert len(tables) == 1
    t = tables[0]
    assert len(t.header) == 3 and fold(t.header[1]) == "linh vuc thu"
    assert [r[-1].text for r in t.rows[1:]] == _REVENUE
    assert fold(t.rows[-1][1].text) == "tong cong"  # the total row in its name's column, its sum in the figures'


def test_rows_grouped_by_xa_read_at_their_bodies():
    tables = _data_tables(_legacy("a54-07_legacy_schools.txt"))
    assert len(tables) == 1
    t = tables[0]
    assert [fold(r[1].text) for r in t.rows[1:]] == [fold(s) for s in _SCHOOLS]
    # the xã's cell printed once over its schools: Cam Tuyền's second row and Hải Lâm's second row have none
    assert [bool(r[0].text) for r in t.rows[1:]] == [True, False, True, True, False]
    assert fold(t.rows[3][2].text) == "toan bo 06 thon cua x"  # (the "ã" lost at the cell's edge)
    assert fold(t.rows[4][3].text).startswith("hoan thien danh sach hoc sinh tot nghiep thcs")


def test_month_cells_run_together_parted_by_kind():
    t = _data_tables(_legacy("a54-10_legacy_months.txt"))[0]
    rows = [[c.text for c in r] for r in t.rows[1:]]
    july = [r for r in rows if r[0] == "Tháng 07"]
    assert [(r[2], r[3]) for r in july] == [("Ủy ban nhân dân huyện", "Chi cục Thuế khu vực"),
                                            ("Ban Chỉ huy Quân sự huyện", "Ủy ban nhân dân huyện, Công an huyện")]
    assert july[0][1].startswith("Nghe báo cáo kết quả thu ngân sách 6 tháng")
    october = [r for r in rows if r[0] == "Tháng 10"]
    assert [r[2] for r in october] == ["Ủy ban nhân dân huyện", "Ban Tuyên giáo và Dân vận Huyện ủy"]
    assert october[1][1] == "Cho ý kiến về công tác dân tộc, tôn giáo trên địa bàn huyện"
    # the months whose blank lines were kept read as they were: June's two rows, November's three
    assert sum(r[0] == "Tháng 06" for r in rows) == 2 and sum(r[0] == "Tháng 11" for r in rows) == 3

"""Kinds of a flat text (paragraphs one newline apart) the structure stage reads since it owns the flat case,
each on lines written for it in the shape of a tuning-set document, and the norm readers' kinds the flat form
showed (bench/flat_diff.py): a table's cells copied one per line, a heading's unit line parted from it, amounts
under "Mức chi" leads far apart, a sentence opening with a column head's words.

Real excerpts of the same kinds: tests/fixtures/flat/ (78-2025-NQ-HDND, 235-KH-UBND, 617-KH-UBND, 2597-QD-TTg)
through tests/test_flat_text.py.
"""

from __future__ import annotations

import pathlib
import re

import pytest

from vanban.extract.folded import Folded
from vanban.extract.norm_tables import column_figures, support_amounts
from vanban.extract.norm_words import NORM_CELL_RE
from vanban.extract.stacked_cells import cells
from vanban.extract import extract
from vanban.structure import structure_of_text
from vanban.structure.paragraphs import break_kind, cell_gaps, spread
from vanban.structure.spread import Spread

W = 80  # the page's measure


@pytest.mark.parametrize("a, b, want", [
    # a figure alone on its line is a table's cell, after a long line too (78-2025-NQ-HDND's header cell / "1")
    ("Nhiệm vụ tổng hợp, rà soát hồ sơ trình Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh (Văn phòng)", "1", "cell"),
    ("Nghị quyết của Hội đồng nhân dân tỉnh", "250", "cell"),
    ("250", "75", "cell"),
    ("-", "80", "cell"),  # an empty cell's dash before a figure
    ("-", "Sở Tài chính;", None),  # a dash alone, its item's text below
    ("Loại văn bản", "Tổng mức chi", "short"),  # "bản" is no "Ban" a name follows
    ("Thành viên Ban", "Chỉ đạo tỉnh", None),
    ("Nhiệm vụ thẩm định", "Nhiệm vụ tổng hợp, rà soát hồ sơ trình Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân", "cell"),
    ("Vòng hoa tối đa", "1.500.000 đồng", None),  # a bound waits for its amount
    ("viên Ban Thường vụ; Ủy viên Ban chấp hành Đảng bộ tỉnh)", "4.000.000 đồng/người", "cell"),
    ("1.500.000 đồng", "b", "cell"),  # a group's letter
    ("kể từ ngày", "15 tháng 3 năm 2026", None),
    ("theo Thông tư số", "12/2025/TT-BTC", None),
    # the note under the text's closing mark goes with the last paragraph (96/CĐ-BXD); Nơi nhận does not
    ("Ban Chỉ huy Phòng thủ dân sự Bộ (qua email: pttdsbxd@moc.gov.vn)./.", "(Công điện số", None),
    ("Các đơn vị thực hiện nghiêm túc Công điện này./.", "Nơi nhận:", "list"),
])
def test_table_cells_in_flat_text(a, b, want):
    assert break_kind(a, b, W) == want


def test_dash_items_first_line_goes_on():
    """235-KH-UBND's kind: a dash item whose short first line (the page indented it) ends in a verb."""
    assert break_kind("- Lập dự toán kinh phí báo cáo", "Sở Tài chính trình cấp có thẩm quyền phê duyệt.", W, opens=True) is None
    assert break_kind("- Lập dự toán kinh phí;", "Sở Tài chính trình cấp có thẩm quyền phê duyệt.", W, opens=True) == "closed"
    assert break_kind("- Sở Tài chính", "- Sở Nội vụ", W, opens=True) == "label"


def test_enacting_authority_ends_the_title():
    a = "VỀ VIỆC CÔNG BỐ THỦ TỤC HÀNH CHÍNH TRONG LĨNH VỰC XUẤT NHẬP KHẨU CỦA BỘ CÔNG THƯƠNG"
    assert break_kind(a, "BỘ TRƯỞNG BỘ CÔNG THƯƠNG", W, title=True) == "title"
    assert break_kind(a, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", W, title=True) == "title"
    # "… GIỮA" / "CHÍNH PHỦ NƯỚC …": a connector keeps the trích yếu going
    assert break_kind("QUY ĐỊNH VỀ HẠN NGẠCH THUẾ QUAN ĐỂ THỰC HIỆN HIỆP ĐỊNH THƯƠNG MẠI GIỮA",
                      "CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VÀ CHÍNH PHỦ NƯỚC CỘNG HÒA", W, title=True) is None
    assert break_kind(a, "BỘ TRƯỞNG BỘ CÔNG THƯƠNG", W, title=False) is None  # capitals wrapped elsewhere


HEAD = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 305/KH-UBND
Quảng Ngãi, ngày 02 tháng 12 năm 2025
KẾ HOẠCH
Thúc đẩy chuyển đổi số trong doanh nghiệp năm 2026
I. MỤC TIÊU
Hỗ trợ doanh nghiệp chuyển đổi số.
II. NHIỆM VỤ
Các nhiệm vụ cụ thể tại Phụ lục kèm theo.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Hòa
PHỤ LỤC
DANH MỤC NHIỆM VỤ TRỌNG TÂM
"""

# a task table with group rows "I." / their names in capitals (617-KH-UBND), as the page prints it: cells one
# blank line apart, rows two, an empty cell one more
TABLE = """STT

Tên nhiệm vụ

Cơ quan chủ trì

Cơ quan phối hợp

Thời gian hoàn thành


I.
NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY CỦA DOANH NGHIỆP





1

Triển khai nền tảng đào tạo trực tuyến về kỹ năng số
cho người lao động trong doanh nghiệp.

Sở Khoa học và Công nghệ

Các sở, ban, ngành tỉnh

Quý II/2026


2

Biểu dương, khen thưởng doanh nghiệp tiêu biểu trong chuyển đổi số.

Sở Nội vụ

Sở Khoa học và Công nghệ

Quý IV/2026


II.
HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH HỖ TRỢ DOANH NGHIỆP CHUYỂN ĐỔI SỐ





3

Xây dựng chính sách hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số.

Sở Tài chính

Sở Công Thương

Quý III/2026
"""


def _flat(text: str) -> str:
    return re.sub(r"\n\s*\n+", "\n", text)


def _rows(st):
    return [[c.text for c in r] for t in st.tables for r in t.rows]


def test_task_table_written_back_with_its_clean_layout():
    """The flat form's table is read from its row numbers and written with one blank line between its cells,
    two between its rows: the same rows, the same obligations as the page's own layout."""
    clean = HEAD + "\n\n" + TABLE
    flat = _flat(clean)
    assert _rows(structure_of_text(flat)) == _rows(structure_of_text(clean)) and len(_rows(structure_of_text(clean))) == 6
    key = lambda ext: sorted((o.who, o.deadline.latest or o.deadline.date if o.deadline else None)  # noqa: E731
                             for o in ext.obligations)
    assert key(extract(flat)) == key(extract(clean))
    assert ("Sở Tài chính", "2026-09-30") in key(extract(flat))
    wide = spread(flat)
    assert "\n\n\n1\n" in wide.text and "Quý II/2026\n\n\n2\n" in wide.text  # rows two blank lines apart


def test_poorly_read_table_keeps_its_lines():
    """A table whose rows do not follow their numbers ("1.1" / "50": a norm table's figure taken for a row's
    number) is not laid out: its lines stay as they are."""
    from vanban.models import Table, TableCell

    def row(*texts):
        return tuple(TableCell(t, k * 10, k * 10 + len(t)) for k, t in enumerate(texts))
    good = Table(0, 100, (row("STT", "Nội dung", "Đơn vị"), row("1", "a", "b"), row("2", "c", "d")))
    bad = Table(0, 100, (row("STT", "Nội dung", "Đơn vị"), row("1.1", "a", "b"), row("50", "c", "d")))
    assert cell_gaps(good) and cell_gaps(bad) == []


def test_unit_line_parted_from_its_heading():
    """"TỔNG MỨC CHI …" then "Đơn vị tính: Triệu đồng" as a block of its own (a flat text's lines parted): the
    figures under it are in triệu đồng, as with the unit line closing the heading's block."""
    head = "TỔNG MỨC CHI CHO TỪNG NHIỆM VỤ XÂY DỰNG VĂN BẢN\n"
    rows = "\n\nSTT\n\nLoại văn bản\n\nTổng mức chi\n\n\n1\n\nNghị quyết\n\n250\n\n\n2\n\nQuyết định\n\n100\n"
    for text in (head + "Đơn vị tính: Triệu đồng" + rows, head + "\nĐơn vị tính: Triệu đồng" + rows):
        f = Folded.of(text)
        got, _ = column_figures(f, cells(f.view, 0, len(text)))
        assert [(t.min, t.unit) for t in got] == [(250, "triệu đồng"), (100, "triệu đồng")], text[:80]


def test_sentence_opening_with_a_head_is_no_cell():
    """In text without row breaks (OCR, flat), "Mức chi cho các nhiệm vụ tại khoản này," opens a sentence: one
    block with the lines under it, no column head "Mức chi" of a norm table (308/2025/NĐ-CP copied flat)."""
    text = ("Mức chi cho các nhiệm vụ tại khoản này,\ntrừ điểm l và điểm m, áp dụng mức chi thực hiện các nhiệm vụ"
            " khoa học.\n\nMức chi\n\n200.000\n")
    v = Folded.of(text).view
    got = [b[2] for b in cells(v, 0, len(v))]
    assert got[0].startswith("muc chi cho cac nhiem vu tai khoan nay, tru diem l") and "muc chi" in got


def test_amounts_under_leads_far_apart_are_no_table():
    """Three amounts, each under its own "Mức chi" lead 2,000 characters from the last: no conditions span between
    them (it dropped every prose target of 60,000 characters of a Nghị định copied flat, 308/2025/NĐ-CP)."""
    prose = "Các nội dung chi khác thực hiện theo quy định của pháp luật về ngân sách nhà nước. " * 25
    parts = []
    for amount in ("5.000.000", "3.000.000", "1.000.000"):
        parts += [prose, f"i) Chi xây dựng báo cáo, mức chi:\n\n{amount} đồng/báo cáo.\n\n"]
    text = "\n\n".join(parts)
    f = Folded.of(text)
    got, spans = support_amounts(f, cells(f.view, 0, len(text)), NORM_CELL_RE.match)
    assert len(got) == 3 and max(b - a for a, b in spans) < 100
    # amounts of one table, rows close together: the span over its head cells stays
    table = "Mức hỗ trợ như sau:\n\nHộ từ 02 người\n\n3.000.000 đồng\n\nHộ từ 03 người\n\n4.000.000 đồng\n\nHộ từ 04 người\n\n5.000.000 đồng\n"
    f = Folded.of(table)
    got, spans = support_amounts(f, cells(f.view, 0, len(table)), NORM_CELL_RE.match)
    assert len(got) == 3 and (0, spans[-2][1]) in spans


def test_spread_writes_repeated_breaks_and_maps_them_back():
    flat = _flat(HEAD + "\n\n" + TABLE)
    wide = spread(flat)
    assert wide.text.replace("\n", "") == flat.replace("\n", "")
    assert Spread.at(flat, wide.breaks).text == wide.text
    assert all(wide.back(wide.ahead(j)) == j for j in range(0, len(flat), 7))


def test_wrapped_addressee_goes_on_in_flat_text():
    """Case 11 in flat form: "Kính gửi: - Ủy ban nhân dân tỉnh," runs on into the next dash item, and that item
    wraps onto a line of its own ("- Các cơ quan chuyên trách tham mưu, giúp việc" / "Đảng ủy Ủy ban nhân dân
    tỉnh,"): the dash opens its item all the same, its wrapped part goes with it."""
    assert break_kind("- Các cơ quan chuyên trách tham mưu, giúp việc", "Đảng ủy Ủy ban nhân dân tỉnh,", W) is None
    case = pathlib.Path(__file__).parent / "fixtures" / "cases" / "11-party-cv-header-citations" / "input.txt"
    text = re.sub(r"\n\s*\n+", "\n", case.read_text(encoding="utf-8"))
    got = extract(text)
    assert got.metadata.recipients[:3] == ("Ủy ban nhân dân tỉnh",
                                           "Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy Ủy ban nhân dân tỉnh",
                                           "Các chi bộ, đảng bộ cơ sở")

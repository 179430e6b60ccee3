"""(ncfix47a, issue #9) A số ký hiệu its narrow header cell wrapped after a hyphen or a slash.

Kind: the header's left cell is narrower than the symbol, so its line breaks at the symbol's own separator and the
rest of the code goes on the next line of the cell: "Số: 2568/QĐ-" ⏎ "UBND" (a copy of the cell's lines), "Số:" ⏎
"2568/QĐ-" ⏎ "UBND" (a PDF of a Word table whose columns collapsed: session 47's newcomer, 2568/QĐ-UBND, 624/KH-UBND,
641/TB-VPCP), a year's slash ("Số: 12/2025/" ⏎ "QĐ-UBND") and a Party symbol's slash ("Số 38-KH/" ⏎ "ĐU"). The
number is the whole symbol; the trích yếu's capitals or the other column's text on the next line are never its rest.
Texts written in the documents' style (headers of ../shared/realdocs/docs 2568-QD-UBND, 624-KH-UBND); the PDF is the
newcomer's, made by LibreOffice from that document's header.
"""

from pathlib import Path

import pytest

from vanban.models import LineGeometry, Limits, Page
from vanban.structure import build_structure, structure_of_text

FIX = Path(__file__).parent / "fixtures" / "ncfix47a"


@pytest.mark.parametrize("header, number", [
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 2568/QĐ-\nUBND\n\nQUYẾT ĐỊNH\nVề việc công bố danh mục thủ tục hành chính\n",
     "2568/QĐ-UBND"),
    ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố:\n624/KH-\nUBND\n\nKẾ HOẠCH\nTriển khai thực hiện chuyển đổi số\n", "624/KH-UBND"),
    ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\nSố: 12/2025/\nQĐ-UBND\n\nQUYẾT ĐỊNH\nBan hành quy định phân cấp\n",
     "12/2025/QĐ-UBND"),
    ("ĐẢNG BỘ TỈNH HÀ TĨNH\nĐẢNG ỦY XÃ THẠCH HÀ\n*\nSố 38-KH/\nĐU\n\nKẾ HOẠCH\nthực hiện Chỉ thị số 35-CT/TW\n", "38-KH/ĐU"),
    ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 624/KH-UBND   Hà Tĩnh, ngày 20 tháng 11 năm 2025\n\nKẾ HOẠCH\nTriển khai\n",
     "624/KH-UBND"),
])
def test_wrapped_symbol_text(header, number):
    assert structure_of_text(header).header.number == number


def test_capitals_of_the_title_are_no_rest():
    """"Số: 12/QĐ-" with the type line under it (a clerk's unfinished symbol): the title's words stay the title's."""
    s = structure_of_text("UBND TỈNH HÀ TĨNH\nSố: 12/QĐ-\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n")
    assert s.header.number != "12/QĐ-QUYẾTĐỊNH" and "QUY" not in (s.header.number or "")


def test_rest_in_the_other_column_is_no_rest():
    """With geometry, the next line in the other column (the motto's cell) is not the symbol's rest."""
    rows = [("ỦY BAN NHÂN DÂN", LineGeometry(x0=0.11, x1=0.2, table=0, row=0, col=0, column=0)),
            ("Số: 2568/QĐ-", LineGeometry(x0=0.108, x1=0.2, table=0, row=0, col=0, column=0)),
            ("CỘNG", LineGeometry(x0=0.6, x1=0.7, table=0, row=0, col=1, column=1)),
            ("", LineGeometry()), ("QUYẾT ĐỊNH", LineGeometry(x0=0.4, x1=0.6)),
            ("Về việc công bố danh mục", LineGeometry(x0=0.3, x1=0.7))]
    text = "\n".join(t for t, _ in rows)
    s = build_structure([Page(1, "pdf-text", text, text, lines=tuple(g for _, g in rows))])
    assert s.header.number == "2568/QĐ"


def test_real_collapsed_cell_pdf():
    """The newcomer's PDF of 2568/QĐ-UBND whose header cells collapsed to a word a line: "Số:" / "2568/QĐ-" / "UBND"."""
    from vanban.conveyor import extract_document
    from vanban.ingest import load

    source = load(FIX / "2568-QD-UBND-narrow-cell.pdf", Limits())
    pages = tuple(Page(p.number, p.method, p.text, p.text, lines=p.lines) for p in source.pages)
    assert extract_document(source, pages).extraction.metadata.number == "2568/QĐ-UBND"

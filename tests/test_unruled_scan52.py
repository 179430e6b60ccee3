"""Issue 9: borderless tables whose gutters a scan or a tight Word table narrows (word boxes written here).

Three kinds, each from a real document of ../shared/realdocs/docs printed without borders:

* a cell's text wraps at its cell's right edge, so the gutter between two columns comes down to the two cells'
  paddings (0.1 cm a side in a table set tight, ≈ 5 pt): 144/KH-UBND's Phụ lục (TT | Chỉ tiêu | Chủ trì), row 2's
  "dụng dữ liệu cấp tỉnh, ngành và địa phương." ends 5 pt left of "Sở KH&CN …" — the table ended there and its 16
  rows below were read as prose (the text PDF's 3 row obligations of 19);
* a target table's content column is "Chỉ tiêu": with "Chủ trì" the header names two kinds even when a scan reads
  its "TT" as "ý M" (the borderless scan of 144/KH-UBND);
* a list printed one line a row, numbered ("Stt | Tên xã, phường | Ghi chú", its Ghi chú column empty:
  2284/QĐ-UBND's list of xã): a name's last word a word space into the gutter ("Xã Đinh Văn Lâm | Hà") goes on
  the name's cell, and every numbered line is a row (by gaps it was one row: the line pitch is even).

The expected cells are the documents' own (read from the Markdown), not vanban's output.
"""

from __future__ import annotations

import pytest
from fixtures.columns import word_row as _row

from vanban.ingest.layout import Word, table_block
from vanban.ingest.unruled import unruled_tables


def _end(x: float, text: str) -> float:
    """Where ``word_row`` ends ``text`` written from ``x`` (5 pt a letter, 3 pt spaces)."""
    words = text.split()
    return x + sum(5 * len(w) for w in words) + 3 * (len(words) - 1)


def _cells(words: list[Word], width: float = 612) -> dict[int, dict[int, str]]:
    tables = unruled_tables(words)
    assert len(tables) == 1
    rows, box = tables[0]
    block = table_block(rows, box[1], words, width)
    by_row: dict[int, dict[int, str]] = {}
    for text, g in block.lines:
        cell = by_row.setdefault(g.row, {})
        cell[g.col] = (cell.get(g.col, "") + " " + text).strip()
    return by_row


#: 144/KH-UBND's Phụ lục, row 2 as wrapped in a table set tight (its longest line ends 5 pt before the next column)
_WRAPPED = ("Phấn đấu mỗi năm phát triển từ 05 bộ dữ", "liệu mở chất lượng cao phục vụ phát triển",
            "dụng dữ liệu cấp tỉnh, ngành và địa phương.", "và xã hội số được công bố.")
_X = (58, 94, max(_end(94, t) for t in _WRAPPED) + 5)


def _plan_words(tt: str = "TT", gap: float = 5) -> list[Word]:
    x = (_X[0], _X[1], _X[2] - 5 + gap)
    rows = [
        _row(100, (x[0], tt), (x[1], "Chỉ tiêu"), (x[2], "Chủ trì")),
        _row(124, (x[0], "1"), (x[1], "Kinh tế số chiếm 45% GRDP tỉnh."), (x[2], "Sở Tài chính")),
        _row(148, (x[0], "2"), (x[1], _WRAPPED[0]), (x[2], "Sở KH&CN chủ trì hướng")),
        _row(162, (x[1], _WRAPPED[1]), (x[2], "dẫn, tổng hợp;")),
        _row(176, (x[1], _WRAPPED[2])),
        _row(190, (x[1], _WRAPPED[3])),
        _row(214, (x[0], "3"), (x[1], "Tỷ lệ doanh nghiệp vừa và nhỏ địa"), (x[2], "Sở Khoa học và Công")),
        _row(228, (x[1], "phương ứng dụng công nghệ số đạt 60%"), (x[2], "nghệ thúc đẩy")),
    ]
    return [w for r in rows for w in r]


@pytest.mark.parametrize("gap", [5, 4])  # pt: row 2's gap, and row 9's ("… giao thông" | "Sở Y tế") in that render
def test_a_cell_wrapped_to_its_edge_keeps_the_table_open(gap) -> None:
    assert _X[2] - max(_end(94, t) for t in _WRAPPED) == 5  # under the 0.6 word heights a header's gutter opens at
    rows = list(_cells(_plan_words(gap=gap)).values())
    assert [r.get(0) for r in rows] == ["TT", "1", "2", "3"]
    assert rows[2][1] == " ".join(_WRAPPED)
    assert rows[2][2] == "Sở KH&CN chủ trì hướng dẫn, tổng hợp;"
    assert rows[3][2] == "Sở Khoa học và Công nghệ thúc đẩy"


def test_a_chi_tieu_header_opens_the_table_when_its_tt_is_misread() -> None:
    rows = list(_cells(_plan_words(tt="ý M")).values())
    assert len(rows) == 4
    assert rows[1] == {0: "1", 1: "Kinh tế số chiếm 45% GRDP tỉnh.", 2: "Sở Tài chính"}


#: 2284/QĐ-UBND's list (its first rows, in order); read at 300 dpi: letters ~17 px, word spaces ~15 px, words 34 px
_XA = ("Xã Đam Rông 1", "Xã Cát Tiên 3", "Xã Bảo Lâm 5", "Xã Đinh Văn Lâm Hà", "Xã Đạ Huoai 3", "Xã Cát Tiên 2",
       "Xã Phú Sơn Lâm Hà", "Xã Đạ Tẻh")


def _scan_row(top: float, *parts: tuple[float, str]) -> list[Word]:
    return _row(top, *parts, letter=17, space=15, height=34)


def _list_words() -> list[Word]:
    x = (245, 670, 1004)
    header = _scan_row(300, (x[0], "Stt"), (x[1], "Tên xã, phường"), (x[2], "Ghi chú"))
    # the header's name ends at 670 + 17 * 12 + 30 = 904: "Xã Đinh Văn Lâm Hà" runs on past it
    rows = [_scan_row(428 + 128 * k, (x[0], str(k + 1)), (x[1], name)) for k, name in enumerate(_XA)]
    return header + [w for r in rows for w in r]


def test_a_numbered_list_one_line_a_row_keeps_every_row_and_its_names() -> None:
    words = _list_words()
    assert max(w.x1 for w in words if w.text == "Hà") > 904  # a word past the header's name, inside the gutter
    rows = list(_cells(words, 2481).values())
    assert [r.get(0) for r in rows] == ["Stt"] + [str(k + 1) for k in range(len(_XA))]
    assert [r.get(1) for r in rows[1:]] == list(_XA)

"""Issue 9: a borderless task table's group rows ("A | PHÁT TRIỂN …", "II | Phát triển hạ tầng") run over the columns.

179/KH-UBND's Phụ lục (../shared/realdocs/docs/179-KH-UBND.md), printed without rules (the session-51 newcomer's
text PDF): its sections are rows whose title, a merged cell, runs from the task column over the body column
("A | PHÁT TRIỂN NỀN MÓNG CHO KINH TẾ SỐ VÀ XÃ HỘI SỐ"). The title crossed the gutter the task rows keep, so the
table ended at the first such row and every task row below was read as prose, its cells interleaved ("1.1 Rà soát,
xây dựng, sửa Sở Tư pháp Các sở, ban, 2026 -"). Read by hand from the document: the group rows are rows of the
table, and each task row keeps its cells (task | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian).
"""

from __future__ import annotations

from fixtures.columns import word_row as _row

from vanban.ingest.layout import table_block
from vanban.ingest.unruled import unruled_tables

#: column starts (points): STT, Nhiệm vụ, Đơn vị thực hiện, Đơn vị phối hợp, Thời gian
X = (58, 94, 260, 360, 460)


def _words():
    rows = [  # lines of a cell 14 pt apart, rows 24 pt (the cells' paragraph spacing)
        _row(100, (X[0], "STT"), (X[1], "Nhiệm vụ, giải pháp"), (X[2], "Đơn vị thực hiện"), (X[3], "Đơn vị phối hợp"),
             (X[4], "Thời gian")),
        _row(124, (X[0], "A"), (X[1], "PHÁT TRIỂN NỀN MÓNG CHO KINH TẾ SỐ VÀ")),  # runs over the body column
        _row(138, (X[1], "XÃ HỘI SỐ")),
        _row(162, (X[0], "I"), (X[1], "Hoàn thiện thể chế")),
        _row(186, (X[0], "1.1"), (X[1], "Rà soát, sửa đổi các quy"), (X[2], "Sở Tư pháp"), (X[3], "Các sở, ban,"),
             (X[4], "2026 - 2030")),
        _row(200, (X[1], "định pháp luật cho phù"), (X[3], "ngành")),
        _row(214, (X[1], "hợp với sự phát triển")),
        _row(228, (X[1], "kinh tế số")),
        _row(252, (X[0], "II"), (X[1], "Phát triển hạ tầng số trên địa bàn tỉnh")),  # over the body column too
        _row(276, (X[0], "2.1"), (X[1], "Triển khai hạ tầng số"), (X[2], "Sở Khoa học"), (X[3], "UBND các xã"),
             (X[4], "2026 - 2030")),
        _row(290, (X[1], "và hạ tầng bưu chính;"), (X[2], "và Công nghệ")),
        _row(304, (X[1], "chiến lược chuyển đổi")),
        _row(318, (X[1], "số")),
    ]
    return [w for r in rows for w in r]


def _cells():
    words = _words()
    tables = unruled_tables(words)
    assert len(tables) == 1
    rows, box = tables[0]
    block = table_block(rows, box[1], words, 612)
    cells: dict[tuple[int, int], str] = {}
    for text, g in block.lines:
        cells[(g.row, g.col)] = (cells.get((g.row, g.col), "") + " " + text).strip()
    return cells


def test_the_group_rows_stay_in_the_table_and_the_task_rows_keep_their_cells() -> None:
    cells = _cells()
    by_row: dict[int, dict[int, str]] = {}
    for (r, c), t in cells.items():
        by_row.setdefault(r, {})[c] = t
    rows = list(by_row.values())
    task_11 = next(r for r in rows if r.get(0) == "1.1")
    assert task_11[1] == "Rà soát, sửa đổi các quy định pháp luật cho phù hợp với sự phát triển kinh tế số"
    assert (task_11[2], task_11[3], task_11[4]) == ("Sở Tư pháp", "Các sở, ban, ngành", "2026 - 2030")
    task_21 = next(r for r in rows if r.get(0) == "2.1")
    assert task_21[1] == "Triển khai hạ tầng số và hạ tầng bưu chính; chiến lược chuyển đổi số"
    assert (task_21[2], task_21[3], task_21[4]) == ("Sở Khoa học và Công nghệ", "UBND các xã", "2026 - 2030")
    group_a = next(r for r in rows if r.get(0) == "A")
    assert group_a[1] == "PHÁT TRIỂN NỀN MÓNG CHO KINH TẾ SỐ VÀ XÃ HỘI SỐ" and set(group_a) == {0, 1}
    group_ii = next(r for r in rows if r.get(0) == "II")
    assert group_ii[1] == "Phát triển hạ tầng số trên địa bàn tỉnh" and set(group_ii) == {0, 1}

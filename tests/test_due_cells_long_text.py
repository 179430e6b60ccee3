"""A campaign row's due cell is read from its own row, in time that does not grow with the text before the table.

Why (session 45's newcomer, item 4: a very long text's reading took far longer than its estimate): timed on texts of
the real documents of ../shared/realdocs/docs joined, the CPU of ``vanban extract`` went 1 MB → 15 s, 2 MB → 39 s,
and a profile of the 2 MB text put 33 s of 157 in :func:`vanban.extract.due_cells.campaign_cells`, which searched
``view[:cell]`` (the whole text up to each cell) for each due cell of each table. It now searches the row's own span.
The rows are written in the style of a Kế hoạch's task table ("Tổ chức Tháng hành động vì an toàn thực phẩm …" over
its running period, a task's row over its window); the right cells are the ones the row itself calls a campaign.
"""

from __future__ import annotations

import time

from vanban.extract.due_cells import campaign_cells
from vanban.text import fold

PREAMBLE = ("Thực hiện Kế hoạch số 45/KH-UBND ngày 10/01/2027 của UBND tỉnh về Tháng hành động vì an toàn thực phẩm, "
            "hưởng ứng chiến dịch làm cho thế giới sạch hơn và đợt thi đua cao điểm chào mừng ngày lễ lớn.\n")
ROWS = (
    ("3 | Tổ chức Tháng hành động vì an toàn thực phẩm năm 2027 | Sở Y tế | ", "Từ ngày 15/4 đến 15/5/2027"),
    ("4 | Học tập, quán triệt Kế hoạch tại các chi bộ | Các chi bộ trực thuộc | ", "Từ ngày 04/01/2027 đến ngày 22/01/2027"),
)


def _table(before: str) -> tuple[str, list]:
    """The folded text (``before`` and the rows) and the rows' due cells (row start, row end, cell start, cell end, words)."""
    text, cells = before, []
    for lead, due in ROWS:
        start = len(text)
        text += lead
        cell = len(text)
        text += due + "\n"
        cells.append((start, len(text) - 1, cell, cell + len(due), due))
    view = fold(text)
    assert len(view) == len(text)  # offsets keep their places in the folded view
    return view, cells


def test_campaign_row_cell_only() -> None:
    view, cells = _table(PREAMBLE)
    # the campaign's row: its window is the campaign's running period; the task's row keeps its window, though the
    # text above the table names campaigns
    assert campaign_cells(cells, view) == [(cells[0][2], cells[0][3])]


def test_campaign_cells_time_does_not_grow_with_the_text_before() -> None:
    view, cells = _table(PREAMBLE * 12000)  # some 2.4 MB of text before the table, campaign words all through it
    many = cells * 150
    t = time.process_time()
    got = campaign_cells(many, view)
    assert time.process_time() - t < 5.0  # was ~30 s: each cell searched the whole text before it
    assert got == [(cells[0][2], cells[0][3])] * 150

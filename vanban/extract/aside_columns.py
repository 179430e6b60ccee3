"""A table's columns that say whom a task deals with or where its money comes from: their figures set no goal.

Why (tgt48t): a plan's table names, beside each task, the subject it deals with and, beside each works, the source of
its funds. Their cells hold figures that are no aims:

* "Đối tượng" (or "Đối tượng kiểm tra", "Đối tượng, cơ sở kiểm tra") in a Kế hoạch kiểm tra, giám sát: "| 6 | 02 đồng chí
  Đảng ủy viên | Giám sát việc thực hiện chức trách … |" (t47-08), "02 đồng chí Ủy viên Ban Chấp hành Đảng bộ phường",
  "04 đồng chí bí thư chi bộ khu dân cư" (t28-06), "Cơ sở sản xuất giò chả … (khoảng 42 cơ sở)" (t46-02) — who is
  checked, a team's make-up; the labels of t28-06, t46-02 and t47-08 count none (a28-06's alone labels "06 chi bộ
  trực thuộc" and "10 đảng viên …" of such a column: the majority is followed). A gift table's "Đối tượng" cell names
  a class of recipients by its threshold ("Thương binh … có tỷ lệ tổn thương cơ thể từ 81% trở lên", t45-03, a45-03):
  no goal either (the labels count the gift's worth alone).
* "Nguồn vốn" / "Nguồn kinh phí": "| Ngân sách tỉnh hỗ trợ 70%, ngân sách xã 30% |" (t47-02, a works' cost split by
  source), "Ngân sách xã; Nhân dân đóng góp 400" (a45-07) — how a cost is shared, not a share to reach (neither set
  labels them).

:mod:`vanban.extract` drops the prose grammar's targets read in these cells (:func:`aside_cells`, with the spans of the
results' cells). Tests: tests/test_targets_tgt48t.py.
"""

from __future__ import annotations

import re

from vanban.extract.table_heads import head_keys, headed_tables
from vanban.models import Table

__all__ = ["aside_cells"]

#: a head cell naming the subject dealt with or the source of funds (folded key, :func:`table_heads.head_key`); not
#: "Đối tượng BTXH" (a count column of a social-aid table, t40-10) nor "Đối tượng tham gia"
ASIDE_COL = re.compile(
    r"doi tuong(?:\s*,\s*co so)?(?:\s+(?:duoc\s+)?(?:kiem tra|giam sat)(?:\s*(?:,|/|va)\s*(?:kiem tra|giam sat))?)?"
    r"|nguon (?:von|kinh phi)(?:\s+(?:thuc hien|dau tu))?")


def aside_cells(tables: tuple[Table, ...]) -> list[tuple[int, int]]:
    """The spans of the cells under an :data:`ASIDE_COL` head in the data tables among ``tables``."""
    out: list[tuple[int, int]] = []
    for t in headed_tables(tables):
        cols = [i for i, h in enumerate(head_keys(t.header)) if ASIDE_COL.fullmatch(h)]
        out += [(row[i].start, row[i].end) for row in t.rows[1:] for i in cols if i < len(row) and row[i].text.strip()]
    return out

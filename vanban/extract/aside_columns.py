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
  labels them). (tgt50) Of goods alike: "Nguồn vắc xin" in a vaccination plan's dose table, "| Ngân sách tỉnh hỗ trợ 50%
  |", "| Người chăn nuôi tự chi trả |" (a48-10, its labels count no such share), and "Nguồn ngân sách", "Nguồn vật tư",
  "Nguồn hóa chất" of the same kind of table.

:mod:`vanban.extract` drops the prose grammar's targets read in these cells (:func:`aside_cells`, with the spans of the
results' cells). Tests: tests/test_targets_tgt48t.py.
"""

from __future__ import annotations

import re

from vanban.extract.table_heads import head_keys, headed_tables
from vanban.models import Table

__all__ = ["aside_cells"]

#: (tgt50) the source heads (folded key): "Nguồn vốn", "Nguồn kinh phí", "Nguồn vắc xin", "Nguồn ngân sách" …
SOURCE_COL_PATTERN = r"nguon (?:von|kinh phi|vac xin|ngan sach|vat tu|hoa chat)(?:\s+(?:thuc hien|dau tu))?"
#: a head cell naming the subject dealt with or the source of funds (folded key, :func:`table_heads.head_key`); not
#: "Đối tượng BTXH" (a count column of a social-aid table, t40-10) nor "Đối tượng tham gia"
ASIDE_COL = re.compile(
    r"doi tuong(?:\s*,\s*co so)?(?:\s+(?:duoc\s+)?(?:kiem tra|giam sat)(?:\s*(?:,|/|va)\s*(?:kiem tra|giam sat))?)?"
    rf"|{SOURCE_COL_PATTERN}")


#: (tgt50) the source heads alone (folded key): read in a table of planned figures too (role "plan", the structure's
#: reading of a dose table "Loại vắc xin | Đối tượng | Đợt 1 (liều) | Đợt 2 (liều) | Nguồn vắc xin", a48-10), where a
#: "Đối tượng" column names the animals, no subject dealt with
SOURCE_COL = re.compile(SOURCE_COL_PATTERN)


def aside_cells(tables: tuple[Table, ...]) -> list[tuple[int, int]]:
    """The spans of the cells under an :data:`ASIDE_COL` head in the data tables among ``tables``, and under a
    :data:`SOURCE_COL` head in the tables of planned figures."""
    read = [(t, ASIDE_COL) for t in headed_tables(tables)] + [(t, SOURCE_COL) for t in tables if t.role == "plan" and t.header]
    out: list[tuple[int, int]] = []
    for t, col in read:
        cols = [i for i, h in enumerate(head_keys(t.header)) if col.fullmatch(h)]
        out += [(row[i].start, row[i].end) for row in t.rows[1:] for i in cols if i < len(row) and row[i].text.strip()]
    return out

"""Counts a plan lists for what it musters: the items after a labelled count on its line, the parts of a count in the
brackets after it, and a total printed in brackets.

Why (tgt33d, session 33): a Kế hoạch diễn tập (tune32's t32-05) lists the forces and means it sets for the exercise —
"4. Phương tiện: 02 xe ô tô, 15 xe mô tô, 06 thuyền máy, 01 máy xúc", "- Dân quân: 96 đồng chí (trung đội dân quân
cơ động 30 đồng chí; dân quân tại chỗ 66 đồng chí)", "2. Lực lượng thực binh (tổng số 312 người):" — and its authors
label each figure as an exact target, as earlier sets label the first count on a "Label: N unit" line (a line the
targets reader already takes) and the parts of a total ("125 đại biểu, gồm 13 đại biểu …", :mod:`.plan_counts`). The
figures after the first on such a line, the bracketed parts and the bracketed total were lost: nothing marked them.

Every pattern runs on the folded view (``Folded.view``), widened to OCR look-alikes by :func:`kw`; :mod:`.targets`
reads them. Tests: ``tests/test_targets_listed_counts.py``.
"""

from __future__ import annotations

import re

from vanban.extract.folded import kw
from vanban.place_nouns import ADMIN_LEVEL_RE

__all__ = ["label_list_item", "bracketed_part", "total_in_brackets", "whole_area_count", "TOTAL_OPEN_RE", "TOTAL_WITH_BEFORE_RE",
           "VOTES_BEFORE_RE", "ASKED_LABEL_RE"]

# Between two items of a label's list, on one line: the rest of the item's noun, then a comma (or "và") — "02 xe ô tô,
# 15 xe mô tô" (the unit read is "xe"); no figure, bracket or clause end — but a lone "6", legacy OCR's "ô"/"ở" ("02 xe
# 6 tổ, 15 xe mô tả": "ô tô")
_LIST_GAP_RE = re.compile(rf"(?:[^\d,;:.()\n]|(?<= )6(?= ))" + r"{0,30}?" + r"(?:[ \t]*\([^()\n]{0,80}\))?"
                          + rf"[ \t]*(?:,|;|(?<![a-z]){kw('va')}(?![a-z]))[ \t]*(?:\n[ \t]*)?")
# (tgt34a) … and a remark in brackets after an item, "04 xe ô tô (trong đó 01 xe cứu thương của Trạm Y tế), 25 xe mô
# tô, 01 máy xúc" (a32-05): the list goes on after it (the figure inside is a part of the item, none of the list's);
# and across a line the page wrapped after the comma (a32-05's legacy and scanned forms: "25 xe mô tô," ⏎ "01 máy xúc")


def label_list_item(v: str, prev_end: int | None, pos: int) -> bool:
    """The figure at ``pos`` goes on the list a labelled count opened on its line (``prev_end``: the end of the last
    count of that list), only a comma, ";" or "và" between."""
    return prev_end is not None and bool(_LIST_GAP_RE.fullmatch(v, prev_end, pos))


# A part named in the brackets after a count: "96 đồng chí (trung đội dân quân cơ động 30 đồng chí; dân quân tại chỗ
# 66 đồng chí)" — each part a few words, then its figure (no figure, bracket or clause end between)
_PART_NAME_RE = re.compile(r"\s*(?:[;,]\s*)?[^\d();:.]{2,60}")


def bracketed_part(v: str, total: tuple[int, str] | None, pos: int, unit_f: str) -> bool:
    """The figure at ``pos`` is a part of the count read just before (``total``: its unit's end and folded unit),
    named in the brackets opened right after it and counted in its noun (earlier parts may stand before it there)."""
    if total is None or not unit_f:
        return False
    end, total_unit = total
    m = re.compile(r"[ \t]*\(").match(v, end)
    if m is None or ")" in v[m.end():pos] or "\n\n" in v[m.end():pos]:  # a wrapped line goes on, a blank line ends them
        return False
    return unit_f.split()[0] == total_unit.split()[0] and bool(_PART_NAME_RE.fullmatch(v, _part_start(v, m.end(), pos), pos))


def _part_start(v: str, opened: int, pos: int) -> int:
    """Where the part holding the figure at ``pos`` is named: after the last ";" or "," of the brackets, else their
    opening."""
    return max(opened, v.rfind(";", opened, pos) + 1, v.rfind(",", opened, pos) + 1)


# A total in brackets: "Lực lượng thực binh (tổng số 312 người):" — "(tổng số" right before, ")" right after the noun
TOTAL_OPEN_RE = re.compile(rf"\(\s*(?:{kw('tong so')}|{kw('tong cong')}|{kw('tong')})(?:\s+{kw('la')})?\s*$")
#: (tgt36a) … or "với tổng số" in the prose: "Mở 03 lớp xóa mù chữ … tại các thôn …, với tổng số 54 học viên" (t35-02) —
#: the classes' total, "số" no number's label; (tgt39b) so after any verb: "Đến hết năm 2032, toàn phường có tổng số 70 Tổ
#: liên gia …" (a plan's end state, t38-10), "đạt tổng số …" — "tổng số" is a count, never a number's label
TOTAL_WITH_BEFORE_RE = re.compile(rf"(?<![a-z]){kw('tong so')}\s*$")
_CLOSE_RE = re.compile(r"\s*\)")


# (tgt36b) … or the whole area's, after each unit's share: "Mỗi khóm thành lập 01 Đội xung kích (toàn phường 14 đội)"
# (a phường's plan against dengue, a34-09: the 14 teams the phường sets up)
# … or after a clause break: "Mỗi khu phố thành lập 01 Đội xung kích …; toàn phường có 12 đội" (the twin, t34-09)
WHOLE_AREA_OPEN_RE = re.compile(rf"[(;,]\s*{kw('toan')}\s+(?:{ADMIN_LEVEL_RE}|{kw('dia ban')})(?:\s+{kw('co')})?\s*$")  # every level


def total_in_brackets(v: str, pos: int, unit_end: int) -> bool:
    """The figure at ``pos`` is a total printed in brackets after what it counts ("(tổng số 312 người)", "(toàn phường
    14 đội)")."""
    return bool(TOTAL_OPEN_RE.search(v, max(0, pos - 16), pos) and _CLOSE_RE.match(v, unit_end)
                or whole_area_count(v, pos))


def whole_area_count(v: str, pos: int) -> bool:
    """The figure at ``pos`` counts the whole area's, in brackets or after a clause break ("(toàn phường 14 đội)", ";
    toàn phường có 12 đội"): :data:`WHOLE_AREA_OPEN_RE`."""
    return bool(WHOLE_AREA_OPEN_RE.search(v, max(0, pos - 28), pos))


# Not every one of a whole that a plan sets: the votes a resolution was passed with, "Nghị quyết được Chi bộ thông qua
# với 35/35 đồng chí dự họp tán thành" (tune29, authored29: a record, no target) — "với" after the passing verb
VOTES_BEFORE_RE = re.compile(
    rf"(?:{kw('thong qua')}|{kw('bieu quyet')}|{kw('nhat tri')}|{kw('tan thanh')})(?:\s+[a-z]+){{0,3}}\s+{kw('voi')}\s*$")


# … nor what a label says is asked of a higher body: "3. Lực lượng phối hợp (đề nghị cấp trên tăng cường): Đồn Biên phòng
# 01 tổ công tác; Trạm Y tế 01 tổ quân y" — quantities requested, not set (the tune32 authors' notes, and the labels'
# README on "hỗ trợ 20 xe" asked for). Searched from the line's start to its label's colon.
ASKED_LABEL_RE = re.compile(rf"\(\s*(?:{kw('de nghi')}|{kw('kien nghi')}|{kw('xin')})[^()\n]{{0,60}}\)\s*:")

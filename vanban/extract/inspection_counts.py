"""The Party bodies and members a kiểm tra, giám sát programme plans to inspect, counted where its line opens with the
inspecting verb: "a) Số lượng: kiểm tra 04 chi bộ và 03 đảng viên là bí thư chi bộ thôn", "4. Giám sát chuyên đề 01 chi
bộ (Chi bộ thôn Trung Thành) và 02 đảng viên là chi ủy viên …", "- Kiểm tra việc thu, nộp, quản lý đảng phí của 03 chi bộ
(…) trong quý IV/2039" (a Đảng ủy xã's Chương trình kiểm tra, giám sát, t53-06).

Why (session 54, t53tgt): the plan's own quota, exact where no bound is printed. The spent sets label such planned
counts: "- Giám sát 06 tổ chức đảng và 10 đảng viên là cấp ủy viên" (a28-06), "Năm 2031, kiểm tra 06/21 chi bộ" (a38-06),
"Kiểm tra 08/21 chi bộ" (t38-06), "Kiểm tra, giám sát 08 chi bộ trực thuộc" (t40-03), "… đối với 03 chi bộ thôn trong
quý III/2038" (t52-01's phương hướng), t53-06's seven; those left out are a report's past results ("Ủy ban Kiểm tra
Đảng ủy kiểm tra 02 chi bộ, giám sát chuyên đề 03 đảng viên" in t52-01's kết quả, t45-06, t49-10, a45-06: the body
named before the verb, not an opening verb) and a table's cells. :data:`target_words.INSPECT_OPENING_RE` reads the
bare opening ("- Giám sát 06 tổ chức đảng …"); this module the openings it leaves: an item's number or letter, a
"Số lượng:" label, the checked matter before "của", and a bracketed list of names before the second count.
(The planned "Thực hiện 02 cuộc kiểm tra" of a52-01 counts occasions, :func:`plan_counts.occasions_to_finish`.)

Patterns run on the folded view (``Folded.view``), widened to OCR look-alikes by :func:`kw`; :mod:`.targets` reads
:func:`planned_inspection`. Tests: ``tests/test_targets_inspection_counts.py``.
"""

from __future__ import annotations

import re

from vanban.extract.folded import kw

__all__ = ["PLANNED_INSPECTION_BEFORE_RE", "planned_inspection"]

#: the line's mark: a dash, or an item's number or letter ("4.", "a)", "2.1.")
_MARK = r"(?:(?:[-+•]|\(?(?:\d{1,2}\.){0,2}[a-z\u0111\d]{1,2}[.)])[ \t]+)?"
#: a label naming the count ("a) Số lượng: …", "Chỉ tiêu: …", "Đối tượng: …")
_LABEL = rf"(?:(?:{kw('so luong')}|{kw('chi tieu')}|{kw('doi tuong')})[ \t]*:[ \t]*)?"
#: the year the clause opens with ("Năm 2039, kiểm tra …")
_YEAR = rf"(?:{kw('nam')}\s+(?:19|20)\d\d\s*,?\s+)?"
#: the inspecting verb, alone or paired ("Kiểm tra, giám sát"), with its kind ("giám sát chuyên đề")
_VERB = rf"(?:{kw('kiem tra')}|{kw('giam sat')})(?:\s*,\s*{kw('giam sat')})?(?:\s+{kw('chuyen de')})?"
#: the matter checked before "của" ("Kiểm tra việc thu, nộp, quản lý đảng phí của 03 chi bộ"): "việc" and up to 80
#: characters with no figure nor clause mark
_MATTER = rf"(?:\s+{kw('viec')}(?:\s|,)[^;:.\d\n()]{{0,80}}?\s{kw('cua')})?"
#: an earlier count of the same verb, its noun and a bracketed list of names, "và" before this one ("04 chi bộ và",
#: "01 chi bộ (Chi bộ thôn Trung Thành) và")
_EARLIER = r"(?:\s+\d{1,3}\s+[^\d,;:.()\n]{2,24}?(?:\s*\([^()\n]{0,120}\))?\s+(?:va|v[a4]))?"
#: from the line's start to the figure (fullmatch)
PLANNED_INSPECTION_BEFORE_RE = re.compile(rf"[ \t*_|]*{_MARK}{_LABEL}{_YEAR}{_VERB}{_MATTER}{_EARLIER}\s+")
#: the counted Party bodies and members (folded, the unit's head)
_INSPECTED_NOUNS = ("chi bo", "dang vien", "to chuc dang", "to chuc co so dang", "dang uy", "dang bo", "cap uy",
                    "chi uy", "ban chi uy", "cap uy vien", "chi uy vien")


def planned_inspection(v: str, line_start: int, pos: int, folded_unit: str) -> bool:
    """The count at ``pos`` (its folded unit ``folded_unit``) is a Party body or member a line opening with an inspecting
    verb plans to inspect (:data:`PLANNED_INSPECTION_BEFORE_RE` from ``line_start`` in the folded view ``v``)."""
    head = folded_unit.strip()
    if not any(head == n or head.startswith(n + " ") for n in _INSPECTED_NOUNS):
        return False
    return bool(PLANNED_INSPECTION_BEFORE_RE.fullmatch(v, line_start, pos))

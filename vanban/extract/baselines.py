"""Baselines of targets (mốc so sánh): "tăng 10% so với năm 2025", "giảm 5% so với cùng kỳ".

Why: a growth target is a figure against a reference — "thu nhập bình quân đầu người tăng 10%
so với năm 2025" aims at 10% more than 2025's income, in the plan's own period (issue 10:
"so với năm 2025" is a baseline, not the period). The reference is kept beside the target
(``Target.baseline``) so the checklist and the archive show what the figure is measured from.

The grammar reads the folded text (``Folded.view``: lower case, no marks, offsets as the
original) and returns the words as printed. Patterns are data here, apart from the code.
"""

from __future__ import annotations

import dataclasses
import re

from vanban.extract.folded import Folded
from vanban.models import Target

# "so với" (OCR: "so voi", "so vói"), the reference's words up to a clause end; at most ~8 words
_REF = r"so v[oó0]i\s+(?P<b>(?:(?!so voi\b)[^\s,;.:()\[\]\n]+[ \t]*){1,8}?)(?=[ \t]*(?:[,;.:()\n]|$|\b(?:va|de|nham|trong do|dong thoi)\b))"
#: after the figure: its unit and a few words of what grows ("tăng 10% doanh thu so với …"), no other figure
BASELINE_AFTER_RE = re.compile(rf"[^\d,;.:()\n]{{0,40}}?\b{_REF}")
#: before the figure, opening its clause: "So với năm 2025, thu nhập bình quân tăng 10%"
BASELINE_BEFORE_RE = re.compile(rf"(?:^|[\n;:]|\.\s)\s*(?:[-+•]\s*)?{_REF}\s*,[^\d;:\n]{{0,80}}$")

# a provision the reference points into runs on past the word cap and a wrapped line ("so với mức quy định tại
# khoản⏎2 Điều 5 Nghị định số 10/2024/NĐ-CP"): the chain of điểm / khoản / Điều and the instrument's số ký hiệu
_SP = r"(?:[ \t]*\n[ \t]*|[ \t]+)"
_PART = r"(?:diem|khoan|dieu|muc|chuong)"
_PROVISION_OPEN_RE = re.compile(rf"\b(?:tai|theo|{_PART}(?:\s+(?:\d{{1,3}}[a-z]?|[a-z\u0111]))?)$")
_PROVISION_TAIL_RE = re.compile(
    rf"{_SP}(?:{_PART}{_SP})?(?:\d{{1,3}}[a-z]?|[a-z\u0111])(?![\w/])"
    rf"(?:\s*,?{_SP}(?:va{_SP})?{_PART}{_SP}(?:\d{{1,3}}[a-z]?|[a-z\u0111])(?![\w/]))*"
    rf"(?:{_SP}(?:cua{_SP})?(?:luat|bo luat|nghi dinh|quyet dinh|thong tu|nghi quyet|chi thi){_SP}(?:so{_SP})?"
    rf"\d[^\s,;:()]*[0-9a-z\u0111])?")


def baseline_at(f: Folded, start: int, end: int) -> str | None:
    """The baseline of the figure at ``[start, end)`` of ``f`` as printed ("năm 2025",
    "cùng kỳ năm trước"), or None when its sentence names none."""
    v, o = f.view, f.original
    m = BASELINE_AFTER_RE.match(v, end, min(len(v), end + 120))
    if m is None:
        m = BASELINE_BEFORE_RE.search(v, max(0, start - 140), start)
    if m is None:
        return None
    b_end = m.end("b")
    if _PROVISION_OPEN_RE.search(v, m.start("b"), b_end) and (t := _PROVISION_TAIL_RE.match(v, b_end)):
        b_end = t.end()
    return " ".join(o[m.start("b"):b_end].split()) or None


def with_baselines(targets: list[Target], f: Folded) -> list[Target]:
    """``targets`` with ``baseline`` filled where the sentence names one (offsets from ``Target.span``)."""
    out = []
    for t in targets:
        b = baseline_at(f, t.span.start, t.span.end) if t.span else None
        out.append(dataclasses.replace(t, baseline=b) if b else t)
    return out

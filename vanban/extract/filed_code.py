"""A số ký hiệu's unit code confirmed by the Nơi nhận's "Lưu:" line.

Why: a Công văn's symbol ends with the drafting unit's code ("9476/BNNMT-CNTY": the Cục Chăn nuôi và Thú y), and the
Nơi nhận's last item files a copy with that unit ("- Lưu: VT, CNTY."): the same code printed twice. A scan misread one
letter of the symbol's code ("9476/BNNMT-CNTV", session 49's newcomer) where the Lưu line read it right; the page's
second print is the evidence. Only a code of four letters or more, of the same length and one letter apart, with no
code of the Lưu line equal to the symbol's: short codes ("KT", "KH") are too near one another to tell a misreading.
"""

from __future__ import annotations

import re

__all__ = ["filed_code"]

_LUU_RE = re.compile(r"^\W*L[ưu]u\s*:?\s*(?P<codes>.+)$", re.I)
_CODE_RE = re.compile(r"[A-ZĐ][A-ZĐ&]{3,}")
_TAIL_RE = re.compile(r"(?<=-)(?P<code>[A-ZĐ][A-ZĐ&]{3,})$")


def filed_code(number: str | None, recipients: tuple[str, ...] | list[str]) -> str | None:
    """``number`` with its last unit code made the Lưu line's when the two are one letter apart (see the note)."""
    if not number:
        return number
    tail = _TAIL_RE.search(number)
    if tail is None:
        return number
    code = tail.group("code")
    filed = [c for r in recipients if (m := _LUU_RE.match(r)) for c in _CODE_RE.findall(m.group("codes"))]
    if code in filed:
        return number
    near = {c for c in filed if len(c) == len(code) and sum(a != b for a, b in zip(c, code)) == 1}
    if len(near) != 1:
        return number
    return number[:tail.start()] + near.pop()

"""The issuer a preamble names in its closing sentence, for a header whose issuer cell OCR lost.

Why: a Đảng ủy's plan printed as two stacked columns, read by legacy OCR, can come out without its whole left cell —
the page opens with a stray dot before the place-date (" . Bình Định, ngày 29 tháng 8 năm 2025") and "Số 13-KH/ĐU" —
so nothing above the title names the body, and the archive stored no issuer (the seed 13-KH/ĐU, session-36
newcomer). The document still says who issues it where a careful reader looks next: the sentence closing the
preamble, "…, Đảng ủy phường xây dựng Kế hoạch triển khai thực hiện cụ thể như sau:", its level's name being the
place of the place-date ("Bình Định"), the number's code agreeing ("ĐU": a Đảng ủy). The header then reads
"ĐẢNG ỦY PHƯỜNG BÌNH ĐỊNH", in capitals as a header prints it.

Only when the number's issuer code names the kind of body the sentence opens with (:data:`BODIES_BY_CODE`), so a
preamble naming another body ("Ban Chỉ đạo … xây dựng Kế hoạch" under "/UBND") gives nothing; and only a body whose
name the sentence or the place-date gives (a bare "Chi bộ xây dựng …" names no chi bộ). The enacting sentence of a
state document ("Chính phủ ban hành Nghị quyết …") is read by ``header._enacting_sentence_body`` first.
"""

from __future__ import annotations

import re

from vanban.place_nouns import COMMUNE_LEVELS
from vanban.structure.lines import Line
from vanban.text import fold

__all__ = ["BODIES_BY_CODE", "preamble_issuer"]

#: a số ký hiệu's issuer code → the bodies (folded) that issue under it, as a preamble's sentence opens with them
BODIES_BY_CODE = {
    "ĐU": ("dang uy",),
    "CB": ("chi bo",),
    "UBND": ("uy ban nhan dan", "ubnd"),
    "HĐND": ("hoi dong nhan dan", "hdnd"),
}
#: the local levels a body's name follows ("Đảng ủy phường …"), folded: a commune's, and a special zone's
_LEVELS = (*COMMUNE_LEVELS, "dac khu")
#: the acts that close a preamble by naming its issuer: "X xây dựng / ban hành Kế hoạch …", folded
_ACT = r"(?:xay dung|ban hanh)\s+(?:ke hoach|chuong trinh|huong dan|quy che|de an)\b"
#: how many lines under the title a preamble runs at most
_PREAMBLE_LINES = 12


def _codes(number: str | None) -> set[str]:
    """The codes after a số ký hiệu's last slash ("13-KH/ĐU" → {"ĐU"}, "12/KH-UBND" → {"KH", "UBND"})."""
    return set(re.split(r"[-–]", number.rsplit("/", 1)[-1])) if number and "/" in number else set()


def preamble_issuer(lines: list[Line], k: int, number: str | None, place: str | None) -> str | None:
    """The issuing body the preamble under the title (``lines[k:]``) names in its closing sentence, in capitals, when
    the number's code agrees; its level's name from ``place`` when the sentence gives the level alone; else None."""
    bodies = [b for code in _codes(number) for b in BODIES_BY_CODE.get(code, ())]
    if not bodies:
        return None
    text = " ".join(ln.text for ln in lines[k:k + _PREAMBLE_LINES] if not ln.blank)
    sentence = re.compile(
        rf"(?:^|[,;:.]\s+)(?:ban thuong vu\s+)?(?P<body>{'|'.join(bodies)})(?:\s+(?P<level>{'|'.join(_LEVELS)}))?"
        rf"(?P<name>(?:\s+[^\W\d_]+){{0,4}}?)\s+{_ACT}")
    m = sentence.search(fold(text))
    if m is None:
        return None
    name = text[m.start("name"):m.end("name")].split()
    if name and not all(w[:1].isupper() for w in name):
        return None  # "Đảng ủy phường đã xây dựng …"? words of the sentence, not a name
    if not name:
        if not (m["level"] and place):
            return None  # "Chi bộ xây dựng Kế hoạch": which chi bộ, the text does not say
        name = place.split()
    head = text[m.start("body"):m.end("level") if m["level"] else m.end("body")]
    return " ".join([*head.split(), *name]).upper()

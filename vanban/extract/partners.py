"""Đơn vị phối hợp: the units an obligation's lead body (đơn vị chủ trì) works with.

Why: a "phiếu giao việc" has a column for them, and the plans name them in two
ways: in the task's sentence ("Ban Xây dựng Đảng Đảng ủy xã chủ trì, phối hợp
với Văn phòng Đảng ủy tham mưu …", 18-KH/ĐU) or in a column of the task table
("Đơn vị phối hợp", the appendix of a UBND Lào Cai plan, case 19). In a
sentence the units follow "phối hợp (với)" and end at the task's first action
verb (:func:`vanban.extract.deadlines.first_verb`), at a clause break, or at
a lower-case word that belongs to no unit's name; word lists in
:mod:`vanban.extract.assignment_words`.
"""

from __future__ import annotations

import re

from vanban.extract import assignment_words as W
from vanban.extract.deadlines import first_verb
from vanban.extract.folded import Folded

__all__ = ["partners_in"]

_MAX_WORDS = 40  # a list of units, not a paragraph
_WORD = re.compile(r"[^\s,;:()]+|[,;:()]")


def _name_words(keys: list[str], i: int) -> int:
    """How many folded words from ``keys[i]`` make one of the units' lower-case name
    words (:data:`~vanban.extract.assignment_words.PARTNER_NAME_WORDS`), longest first; 0 if none."""
    for n in (3, 2, 1):
        words = " ".join(keys[i:i + n])
        if i + n <= len(keys) and words in W.PARTNER_NOT_NAME_WORDS:
            return 0  # "hệ thống hóa": a verb, though "hệ thống" names the media
        if i + n <= len(keys) and words in W.PARTNER_NAME_WORDS:
            return n
    return 0


def _organisation_words(keys: list[str], i: int) -> int:
    """How many words from ``keys[i]`` (folded) make a mass organisation's whole name
    (:data:`~vanban.extract.assignment_words.MASS_ORGANISATIONS`), "chi" of a branch before it ("Chi hội Phụ nữ"),
    longest first; 0 if none."""
    at = i + 1 if keys[i].lower() == "chi" else i
    for name in W.MASS_ORGANISATIONS:
        n = len(name.split())
        if " ".join(keys[at:at + n]).lower() == name:
            return at - i + n
    return 0


def _task_verb_after(view: str, at: int) -> int | None:
    """Where the task's verb starts after the "được" ending at ``at`` (a participle: "được lựa chọn …", "được phân
    công"): the first verb after the participle's own; None when there is none."""
    v = first_verb(view[at:])
    if v is None:
        return None
    if not view[at:at + v.start()].strip():  # "được | phân công": the participle's verb, the task's comes next
        at += v.end()
        v = first_verb(view[at:])
        if v is None:
            return None
    return at + v.start()


def _names_end(original: str, view: str, verb_at: int) -> int:
    """Where the units that open ``original`` end (an offset); 0 when none open it."""
    words = list(_WORD.finditer(original))
    keys = [view[m.start():m.end()] for m in words]
    prev_capital, end, i = False, 0, 0
    while i < len(words):
        m, w = words[i], words[i].group()
        step = 1
        if w[:1].isupper() and (step := _organisation_words(keys, i) or 1) > 1:
            # "Hội Chữ thập đỏ", "Hội Cựu chiến binh": a mass organisation's name whole, whatever its words
            prev_capital = True
            end = words[i + step - 1].end()
            i += step
            continue
        if m.start() >= verb_at and not w[:1].isupper() and (not prev_capital or m.start() == verb_at):
            # the task's verb ("tham mưu", "tổ chức triển khai"), also right after a capitalised name when the verb
            # starts there ("Ban Xây dựng Đảng | theo dõi, đôn đốc …", not "Ban Xây dựng Đảng theo | dõi")
            break
        if w in ";:(":
            break
        if keys[i] == "duoc" and end and (stop := _task_verb_after(view, m.end())) is not None:
            # "đơn vị được lựa chọn quan trắc môi trường | triển khai …", "các đơn vị được phân công | thực hiện …":
            # a unit described by what it was chosen or charged for; the description runs to the task's verb
            return max(x.end() for x in words[i:] if x.end() <= stop and x.group() not in ",;:(")
        if w in (",", "-", "–"):
            i += 1
            continue
        if w[:1].isupper() or w[:1].isdigit():
            prev_capital = True
        elif prev_capital and not _name_words(keys, i):
            prev_capital = False  # "Xây dựng", "Văn phòng": a capitalised word's second syllable
        else:
            step = _name_words(keys, i)
            if not step:
                break  # "nâng cao", "thẩm định", "để": the units are over
            prev_capital = False
        end = words[i + step - 1].end()
        i += step
    return end


def partners_in(what: str) -> str | None:
    """The cooperating units named at the opening of a task (``Obligation.what``):
    "chủ trì, phối hợp với Văn phòng Đảng ủy tham mưu Ban Thường vụ …" → "Văn phòng
    Đảng ủy"; None when the task names none ("phối hợp tuyên truyền …")."""
    f = Folded.of(what or "")
    m = W.PARTNERS_OPENING.match(f.view)
    if not m:
        return None
    rest, view = f.original[m.end():], f.view[m.end():]
    verb = first_verb(view)
    end = _names_end(rest, view, verb.start() if verb else len(rest))
    units = re.sub(r"\s+(?:và|cùng|với)$", "", rest[:end].strip(" ,;.-–"))  # "cơ quan báo chí và | hệ thống …"
    if not units or len(units.split()) > _MAX_WORDS:
        return None
    if " " not in units and units[:1].islower():
        return None  # a name's lone lower-case word ("cấp", "các"): a word cut off, no body
    return units

"""A unit's code in the document's số ký hiệu read without its Đ, restored from the unit's name the document prints.

Why: a body's own units sign with their initials ("2964/SNNMT-QLĐĐ": the Sở's Phòng Quản lý đất đai). Tesseract's
English model has no Đ and reads D ("QLDD", a28-05 legacy), and a keyboard without đ types D; the number is the
document's key (search, citation links), so the misread code makes it miss. Issue #10 ("Symbol repair"): repair only
where the OCR evidence and the grammar both point one way, never rewrite a valid code into another. The evidence
here is the document's own text: a unit's code is the initials of its name, and the document names the unit. Every
run of words of the text whose initials fold to the code's letters gives one reading of the code (its initials with
their marks: "Quản lý đất đai" → QLĐĐ); the code takes it when all the readings agree and differ from the code only
by Đ for D. A code whose letters spell no run of the text, or runs read both ways ("quản lý đất đai" and "quản lý dân
dụng"), is kept as read; so is a code vanban knows (``ALL_CODES``), and any code without a D.

Input/output: :func:`restored_unit_codes` takes the number as :func:`vanban.extract.symbols.normalize_symbol` left it
and the document text; returns the number (a str), changed in those codes only.
"""

from __future__ import annotations

import re
from collections import Counter

from vanban.symbol_codes import ALL_CODES
from vanban.text import fold

__all__ = ["restored_unit_codes", "spelled_out"]

#: a code worth reading from initials: capitals only, three to eight letters (shorter ones match too many runs)
_CODE_RE = re.compile(r"(?<![^\W\d_])[A-ZĐ]{3,8}(?![^\W\d_])")
#: words of the text, apart by spaces only (a comma or a full stop ends a name)
_RUN_RE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")
#: (ocr43) the "và" inside a name gives no initial to its code: "Nông nghiệp và Phát triển nông thôn" → NNPTNT,
#: "Hội đồng Giáo dục quốc phòng và an ninh" → HĐGDQPAN (a council's plan numbered "…/KH-HDGDQPAN" by legacy OCR kept
#: its D: no run of eight words spelt the code while the "và" stood in the name)
_AND_WORDS = frozenset({"và"})


def _readings(code: str, text: str) -> set[str]:
    """The initials, with their marks, of every run of ``len(code)`` words of ``text`` whose initials fold to
    ``code``'s letters."""
    want = fold(code).upper()
    n = len(code)
    out: set[str] = set()
    for run in _RUN_RE.finditer(text):
        words = [w for w in run.group().split(" ") if w.lower() not in _AND_WORDS]
        heads = "".join(w[0] for w in words)
        folded = fold(heads).upper()
        at = folded.find(want)
        while at >= 0:
            out.add(heads[at:at + n].upper())
            at = folded.find(want, at + 1)
    return out


def restored_unit_codes(number: str, text: str) -> str:
    """``number`` with each unit code read D for Đ restored from the unit's name the text prints (see the module's
    doc); unchanged otherwise."""
    def fix(m: re.Match) -> str:
        code = m.group()
        if "D" not in code or code in ALL_CODES:
            return code
        readings = _readings(code, text)
        if len(readings) != 1:
            return code
        reading = readings.pop()
        return reading if reading != code and "Đ" in reading else code
    return _CODE_RE.sub(fix, number) if number else number


def spelled_out(code: str, text: str) -> str | None:
    """The words ``text`` prints for the initials ``code`` ("CCCC" → "chữa cháy công cộng"), lower case: the one run of
    ``len(code)`` words whose initials fold to its letters, the reading most runs give where one gives more than all the
    others together (an OCR slip, "công công", is outvoted); None where no run reads it, or runs of other words as often.

    Why (tgt39b): a quota table's head shortens the name the plan spells out in its body ("Điểm CCCC xây dựng mới"
    beside "28 Điểm chữa cháy công cộng"), and the labels write a unit in words; the document's own text is the one
    source that knows what an office's ad hoc initials stand for."""
    want = fold(code).upper()
    n = len(code)
    found: Counter[str] = Counter()
    for run in _RUN_RE.finditer(text):
        words = run.group().split(" ")
        folded = fold("".join(w[0] for w in words)).upper()
        at = folded.find(want)
        while at >= 0:
            found[" ".join(words[at:at + n]).lower()] += 1
            at = folded.find(want, at + 1)
    if not found:
        return None
    (best, count), = found.most_common(1)
    return best if count > sum(found.values()) - count else None

"""A quarter's Roman numeral whose last I and the slash after it OCR read as one "L": "quý IL2027" for "quý II/2027".

Why: Tesseract ``vie`` reads the stroke of an I and the slash that follows it as an L on the scanned pages of plans
and notices ("… hoàn thành trong quý" / "IL2027." in a28-03 and a27-10 as bench/realdocs_scan.py reads them; the
"IL" of an I with its stop on the serif, :mod:`.roman_stems`, is the same shape). No reader of dates knows "IL2027",
so the deadline "trong quý II/2027" was lost. After "quý" (a quarter; its numeral may open the next line, the page
wrapped the line there) a run of I's ending in an L right before a year is the numeral with its last I and the slash:
"IL2027" → "II/2027", "IIL2027" → "III/2027", "L2027" → "I/2027". Anything else is left as read (digits, "IV/2027").

The page grows a character per numeral mended, inside one word: :func:`vanban.ocr.correct.correct_text` runs this
with the other passes that change a word's length (:mod:`.short_names`) and carries the tokens' offsets back.
"""

from __future__ import annotations

import re

__all__ = ["quarter_slashes"]

# "quý" as OCR may tone it, blanks (a line's end among them, no page break), then I's and the L, a year after it
_QUARTER_L_RE = re.compile(r"(?<![^\W\d_])(?i:qu[yýỳỷỹỵ])[ \t]*\n?[ \t]*(?P<num>I{0,2})L(?=20\d\d(?!\d))")


def quarter_slashes(text: str) -> str:
    """``text`` with each quarter numeral read with an L for its last I and slash written out (see the module)."""
    if "L2" not in text:
        return text
    return _QUARTER_L_RE.sub(lambda m: m.group(0)[:-1] + "I/", text)

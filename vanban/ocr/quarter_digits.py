"""A quarter's Roman numeral read as a run of the digit 1: "Quý 11/2028" → "Quý II/2028", "Quý 111/2028" → "Quý III/2028".

Why: Tesseract (``eng`` on a legacy page, ``vie`` on a scan) reads each stroke of a printed "II" as the digit it looks
like, with no I left among them (t30-01: "Quý I/2028 … Quý 11/2028 … Quý III/2028" in a plan's task table), so
:mod:`.roman_ones` (a run mixing I's with 1's) leaves it, and the deadline was read as the quarter "11", which no
year has. A quarter is 1 to 4: a run of two or three 1's after "Quý" is its numeral's strokes, one character for
one (offsets hold).

Which numeral is the page's to say, since OCR also merges strokes ("III" read "11" as well): the run is made the
numeral of its length only where the quarters the page names around it allow that numeral — none before it above
it and none after it below it, in the same year (a table of tasks runs by quarter). Where they do not (a "Quý 11"
after "Quý IV" of that year) it stays as read: a numeral the page cannot confirm is no better than the digits.
"""

from __future__ import annotations

import re

__all__ = ["quarter_digits"]

# "Quý" as OCR may tone it, then a quarter's numeral (digits or Roman) and the year after a slash, if any
_QUARTER_RE = re.compile(
    r"(?<![^\W\d_])(?P<lead>(?i:qu[yýỳỷỹỵií])[ \t]+)(?P<num>IV|I{1,3}|[1-4]|1{2,3})(?![\w])(?:/(?P<year>\d{4}))?")
_VALUE = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}


#: (ocr39) the fourth quarter's I read as a T, its serifs taken for a bar: "Trong quý TV/2030" (a36-04 scan: the task's
#: due quarter lost); no "quý" is followed by a word "TV", so the T is the numeral's I (one character for one);
#: (obl48) the numeral wrapped to the next line alike: "hoàn thành trong quý⏎TV/2035;" (a46-07's legacy form: the
#: line broke between the word and its numeral, the quarter lost)
_TV_QUARTER_RE = re.compile(r"(?<![^\W\d_])((?i:qu[yýỳỷỹỵií])(?:[ \t]+|[ \t]*\n[ \t]*))T(?=V(?:/\d{4}|(?![\w/])))")


def _in_row(text: str, at: int) -> bool:
    """(ocr45b) The quarter at ``at`` stands in a table's row (a "|" on its line: a row's wrapped line keeps one too). Why: the order the module's
    docstring reads holds among a table's rows (tasks by quarter) or along the prose, not across the two: a prose
    line after the table ("định kỳ hằng quý, bắt đầu từ quý 11/2034", a43-09's legacy form) starts a series the
    table's last row ("Trong quý IV/2034") does not bound, and the quarter was left "11" and lost."""
    line_end = text.find("\n", at)
    return "|" in text[text.rfind("\n", 0, at) + 1:len(text) if line_end < 0 else line_end]


def quarter_digits(text: str) -> str:
    """``text`` with each quarter read as a run of 1's written as its Roman numeral where the page's other quarters
    allow it (see the module's docstring), and a fourth quarter read "TV" written IV."""
    if "TV" in text:
        text = _TV_QUARTER_RE.sub(lambda m: m.group(1) + "I", text)
    if "11" not in text:
        return text
    quarters = [(m, _VALUE.get(m.group("num"))) for m in _QUARTER_RE.finditer(text)]
    out, last = [], 0
    for k, (m, value) in enumerate(quarters):
        if value is not None:
            continue
        numeral = "I" * len(m.group("num"))
        want, year = len(numeral), m.group("year")
        row = _in_row(text, m.start())
        same = [(j, v) for j, (o, v) in enumerate(quarters)
                if v is not None and o.group("year") == year and _in_row(text, o.start()) == row]
        if any(v > want for j, v in same if j < k) or any(v < want for j, v in same if j > k):
            continue
        start = m.start("num")
        out.append(text[last:start] + numeral)
        last = m.end("num")
    return "".join(out) + text[last:] if out else text

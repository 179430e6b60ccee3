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

__all__ = ["lone_quarter_ones", "quarter_digits"]

# "Quý" as OCR may tone it, then a quarter's numeral (digits or Roman) and the year after a slash, if any
_QUARTER_RE = re.compile(
    r"(?<![^\W\d_])(?P<lead>(?i:qu[yýỳỷỹỵií])[ \t]+)(?P<num>IV|I{1,3}|[1-4]|1{2,3})(?![\w])(?:/(?P<year>\d{4}))?")
_VALUE = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}


#: (ocr39) the fourth quarter's I read as a T, its serifs taken for a bar: "Trong quý TV/2030" (a36-04 scan: the task's
#: due quarter lost); no "quý" is followed by a word "TV", so the T is the numeral's I (one character for one);
#: (obl48) the numeral wrapped to the next line alike: "hoàn thành trong quý⏎TV/2035;" (a46-07's legacy form: the
#: line broke between the word and its numeral, the quarter lost)
#: (leg53b) and past a blank line, a table's cell wrapped there: "| Quỹ⏎⏎TV/2038 |" (a51-08's legacy form: row 4's quarter lost)
_TV_QUARTER_RE = re.compile(
    r"(?<![^\W\d_])((?i:qu[yýỳỷỹỵií])(?:[ \t]+|[ \t]*\n(?:[ \t]*\n)?[ \t]*))T(?=V(?:/\d{4}|(?![\w/])))")

#: (leg53b) a middle stroke of "III" read as a T, its serifs taken for a bar: "trong quy ITI/2039" (t52-07's legacy
#: form: the drill's quarter lost); strokes only (I and T, three of them, a T between I's), one character for one
_ITI_QUARTER_RE = re.compile(r"(?<![^\W\d_])((?i:qu[yýỳỷỹỵií])[ \t]+)ITI(?=/\d{4}|(?![\w/]))")


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
    if "ITI" in text:
        text = _ITI_QUARTER_RE.sub(lambda m: m.group(1) + "III", text)
    if "11" not in text:
        return text
    return _runs(text)


def _runs(text: str) -> str:
    """Each run of 1's made the numeral of its length where the page's quarters allow it."""
    quarters = [(m, _VALUE.get(m.group("num"))) for m in _QUARTER_RE.finditer(text)]
    roman = _roman_rows(quarters, text)
    out, last = [], 0
    for k, (m, value) in enumerate(quarters):
        if value is not None:
            continue
        numeral = "I" * len(m.group("num"))
        want, year = len(numeral), m.group("year")
        row = _in_row(text, m.start())
        same = [(j, v) for j, (o, v) in enumerate(quarters)
                if v is not None and o.group("year") == year and _in_row(text, o.start()) == row
                and not (row and o.group("num") == "1" and roman)]
        if any(v > want for j, v in same if j < k) or any(v < want for j, v in same if j > k):
            continue
        start = m.start("num")
        out.append(text[last:start] + numeral)
        last = m.end("num")
    return "".join(out) + text[last:] if out else text


def _roman_rows(quarters, text: str) -> bool:
    """(leg53b) The table's rows write their quarters in Roman numerals (one at least, no Arabic digit but 1's).
    Why: there a lone digit "1" is no quarter I the page wrote but a numeral's strokes OCR merged or lost ("Quý
    II/2038" read "Quy 1/2038" in a51-08's legacy form, the row under one read "Quy 11/2038"), so it bounds no
    other quarter's numeral: the "11" above it stayed as read and both rows' quarters were lost."""
    nums = [m.group("num") for m, _ in quarters if _in_row(text, m.start())]
    return any(n[0] in "IV" for n in nums) and all(n[0] in "IV" or set(n) == {"1"} for n in nums)


def lone_quarter_ones(text: str) -> str:
    """(leg53b) A lone digit "1" in a table's row whose rows write their quarters in Roman numerals, under a row's
    quarter II or later of the same year and over none earlier than that, written as that quarter's numeral. Why:
    the rows run by quarter (the module's docstring), so a quarter below a "II" is not I; OCR lost or merged a
    stroke of its numeral, and the fewest strokes the order allows is the row above's (a51-08's legacy form:
    "Quy 11/2038" over "Quy 1/2038", both "Quý II/2038"). One character becomes two, so it runs on the restored
    text with the correction's other width changes (:func:`vanban.ocr.correct._parted`)."""
    quarters = [(m, _VALUE.get(m.group("num"))) for m in _QUARTER_RE.finditer(text)]
    if not _roman_rows(quarters, text):
        return text
    out, last = [], 0
    for k, (m, _) in enumerate(quarters):
        if m.group("num") != "1" or not _in_row(text, m.start()):
            continue
        same = [(j, v) for j, (o, v) in enumerate(quarters) if j != k and o.group("num") != "1"
                and o.group("year") == m.group("year") and _in_row(text, o.start())]
        before = [v for j, v in same if j < k]
        after = [v for j, v in same if j > k]
        if not before or before[-1] < 2 or any(v < before[-1] for v in after):
            continue
        start = m.start("num")
        out.append(text[last:start] + "I" * before[-1])
        last = m.end("num")
    return "".join(out) + text[last:] if out else text

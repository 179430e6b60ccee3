"""An item's number whose full stop OCR read as a comma, put back (applied by :func:`vanban.ocr.correct.correct_text`).

Why: Tesseract ``eng`` on a worn or blurred page prints the low dot of an item mark as a comma — "2, Sở Y tế chủ
trì …", "3,1. Tổ chức tập huấn …", "1.2, Rà soát …". Structure reads "2." / "3.1." as an item or a heading; "2,"
is prose, so the item ran into the one before it and its body (the obligation's who) and the heading's number
were lost. Read as an item only where the line goes on as an item does: the mark opens the line and a capitalised
word follows it ("2, Sở …"), never a figure ("2,5% hộ gia đình", "3,1 tỷ đồng": a digit or a unit follows the
comma, or no full stop ends the mark).

It also mends a part's Roman numeral that eng OCR damaged before a heading in capitals — "Vv. TO CHUC THUC
HIEN" (V read twice, a16-04), "Iv. TO CHUC …", "v.TO CHUC …" (realdocs 0124/KH-UBND, 141/KH-UBND): restoration made
"Vv" the word "Vụ", structure took neither "Iv." nor "v." for a numeral, and the part "Tổ chức thực hiện" with
every task under it was read as the part before's. The mark is read as a numeral when its letters are one (l, |
for I, v for V), else when it is one with a letter printed twice; when a part before it on the page is numbered,
only as the numeral that follows. A numeral whose I's all read as the digit 1 ("11. CAC BUOC THUC HIEN" for "II.",
t17-07) is mended only as the numeral that follows a part numbered before it on the page ("I. PHAM VI …"): alone,
"11." is an Arabic item; or as the numeral before the first part numbered below it on the page ("11. CAC CHi TIEU
…" over "III. NHIEM VU …", t20-07). One character for one (a mark that loses a letter is padded with a space), so offsets into
the text hold.
"""

from __future__ import annotations

import re

from vanban.text import fold

#: a line's item mark with a comma for its (last) full stop: "2, Sở", "3,1. Tổ", "1.2, Rà" — the mark's number(s)
#: in ``num`` (a comma between two numbers of a mark followed by a full stop: "3,1." is "3.1."), the comma that
#: ends it in ``end``; a word follows, which :func:`_is_item` wants capitalised
_MARK_RE = re.compile(
    r"^(?P<lead>[ \t]*)"
    r"(?:(?P<num>\d{1,2}(?:[.,]\d{1,2}){0,2})(?P<end>,)[ \t]+"  # "2, Sở", "1.2, Rà", "2,1, Sở"
    r"|(?P<sub>\d{1,2}(?:[.,]\d{1,2}){1,2})\.[ \t]+)"  # "3,1. Tổ", "2,1.3. Sở"
    r"(?=\w)",
    re.MULTILINE,
)
#: the end of a line a number goes on from, so the next line's "12, Ban …" is that number, not an item: a word that
#: waits for its number ("ngày" / "12, Ban Thường vụ …", "Điều" / "5, Khoản"), folded and without marks as legacy
#: OCR prints it, or a figure's comma
_WAITS_NUMBER_RE = re.compile(r"(?:\b(?:ngay|thang|nam|so|khoan|dieu|diem|muc|quy|phu luc|tu|den|va|gom|la)|[\d,])[ \t]*$")


def _fixed(m: re.Match) -> str:
    if m.group("num") is not None:
        num = m.group("num").replace(",", ".")
        rest = m.group(0)[len(m.group("lead")) + len(m.group("num")) + 1:]
        return m.group("lead") + num + "." + rest
    sub = m.group("sub")
    return m.group("lead") + sub.replace(",", ".") + m.group(0)[len(m.group("lead")) + len(sub):]


def _is_item(text: str, m: re.Match) -> bool:
    """The mark opens an item: a capital follows it (any Vietnamese capital, marked or not), and the line above
    does not end where a number goes on ("ngày" / "12, Ban …")."""
    if not text[m.end()].isupper():
        return False  # "2, các đơn vị …": a sentence's number, a list inside a line
    above = text[:m.start()]
    if not above.endswith("\n") or above.endswith("\n\n"):
        return True  # the page's first line, or a blank line above
    above = above[:-1]
    return not _WAITS_NUMBER_RE.search(fold(above[above.rfind("\n") + 1:]))


def item_marks(text: str) -> str:
    """``text`` with each line's item mark read with a comma for its full stop made a full stop again
    ("2, Sở Y tế" → "2. Sở Y tế", "3,1. Tổ chức" → "3.1. Tổ chức"); a figure opening a line ("2,5% …") is kept;
    the parts' damaged Roman numerals mended (:func:`part_marks`) and an item's digit read as a letter put back
    where the items around it number it (:func:`letter_digits`)."""
    text = _context_digits(letter_digits(part_marks(bracket_numerals(text))))
    if "," not in text:
        return text
    return _MARK_RE.sub(lambda m: _fixed(m) if _is_item(text, m) else m.group(0), text)


#: (ncfix51b) a line's bracketed lowercase Roman item mark with an "i" read as the digit 1 or the letter l: "(i1) Bộ
#: Công Thương chỉ đạo …" for "(ii)" (nc51's scan of 653-TB-VPCP, a speck on the second stroke); at least one true
#: numeral letter in it, so "(11)" and "(1)" (Arabic items) are never touched
_BRACKET_NUMERAL_RE = re.compile(r"^(?P<lead>[ \t]*\()(?P<mark>(?=[ivxl1]*[ivx])(?=[ivxl1]*[l1])[ivxl1]{2,4})\)(?=[ \t]+\S)",
                                 re.MULTILINE)


def bracket_numerals(text: str) -> str:
    """``text`` with a bracketed lowercase Roman item mark whose "i" OCR read "1" or "l" ("(i1)", "(l)"…: at least one
    true numeral letter among them) written as the numeral ("(ii)") when the mark so read is one. Why: structure
    reads "(i1)" as no item, so the item ran into the one above: its body in charge (an obligation's who, "Bộ Công
    Thương") and its deadline were lost. One character for one, so offsets hold."""
    if "(" not in text:
        return text

    def mend(m: re.Match) -> str:
        numeral = m.group("mark").replace("1", "i").replace("l", "i")
        if numeral.upper() not in ROMAN:
            return m.group(0)
        return m.group("lead") + numeral + ")"

    return _BRACKET_NUMERAL_RE.sub(mend, text)


#: the Roman numerals of a document's parts, in order
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")
#: a part's heading: a numeral's letters as eng OCR may print them (a digit 1 among them only in a mark of two or
#: more: "1. NỘI DUNG" is an Arabic item), a stop (or the comma a worn stop reads as), then the heading in capitals
#: in ``rest``
_PART_RE = re.compile(r"^(?P<lead>[ \t]*)(?P<mark>[IVXivxl|]{1,5}|(?=[IVXivxl|1]*1)[IVXivxl|1]{2,5})(?P<stop>[.,])"
                      r"(?P<rest>[ \t]*\S[^\n]*)$", re.MULTILINE)
#: letters eng OCR prints for a numeral's I and V
_ROMAN_LOOKS = str.maketrans({"l": "I", "|": "I", "i": "I", "v": "V", "x": "X", "1": "I"})


def _capitals(rest: str) -> bool:
    """A part's heading: letters, nearly all capitals ("TO CHUC THUC HIEN", "KINH PHi THUC HIEN")."""
    letters = [c for c in rest if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _reading(mark: str) -> str | None:
    """The numeral ``mark`` stands for: its letters mapped ("Il" → "II", "Iv" → "IV"), else a letter printed twice
    once ("Vv" → "V"); None when neither is a numeral."""
    shape = mark.translate(_ROMAN_LOOKS)
    for numeral in (shape, re.sub(r"(.)\1+", r"\1", shape)):
        if numeral in ROMAN:
            return numeral
    return None


def _precedes(numeral: str, below: list[re.Match]) -> bool:
    """The first part numbered below on the page is the numeral after ``numeral``: "11. CAC CHi TIEU …" at a page's
    top, "III. NHIEM VU …" under it (t20-07 legacy: "I." on the page before; the part's chỉ tiêu read as items of
    the part above)."""
    nxt = next((m.group("mark") for m in below if m.group("mark") in ROMAN), None)
    return nxt is not None and ROMAN.index(numeral) + 1 < len(ROMAN) and nxt == ROMAN[ROMAN.index(numeral) + 1]


def part_marks(text: str) -> str:
    """``text`` with each part heading's Roman numeral that OCR damaged read again ("Iv. TO CHUC …" → "IV. TO CHUC
    …"; when a part before it on the page is numbered, only as the numeral that follows: "IV." after "III."), and a
    part numeral's comma made a stop ("II, MUC TIEU")."""
    out = []
    pos = 0
    done = 0  # the parts numbered so far on the page (0: none seen, any numeral may come)
    heads = [m for m in _PART_RE.finditer(text) if _capitals(m.group("rest"))]
    for k, m in enumerate(heads):
        mark = m.group("mark")
        if mark in ROMAN:
            done = ROMAN.index(mark) + 1
            if m.group("stop") == ",":
                out.append(text[pos:m.start("stop")] + ".")
                pos = m.end("stop")
            continue
        numeral = _reading(mark)
        if numeral is None or (done and ROMAN.index(numeral) != done) or ("1" in mark and not done
                                                                         and not _precedes(numeral, heads[k + 1:])):
            continue  # (a mark with a digit: only where the parts' order asks for it)
        out.append(text[pos:m.start("mark")] + numeral + "." + " " * (len(mark) - len(numeral)))
        pos = m.end("stop")
        done = ROMAN.index(numeral) + 1
    return "".join(out) + text[pos:] if out else text


#: the letters OCR prints for an item's digit, as seen on real pages: "A." for "4." (eng OCR, a worn 4 with its
#: open top; a32-05 legacy), "S." for "5." (vie OCR of a scan, a30-01); the rest the same shapes' twins
_DIGIT_LOOKS = {"A": 4, "S": 5, "G": 6, "Z": 2, "B": 8, "T": 7, "g": 9, "q": 9}
#: a line opened by one such letter as an item's mark: the letter, its full stop, a word
_LETTER_MARK_RE = re.compile(r"^(?P<lead>[ \t]*)(?P<mark>[" + "".join(_DIGIT_LOOKS) + r"])\.[ \t]+(?=[^\W\d_])",
                             re.MULTILINE)
#: the line marks that tell where a letter's line stands in a list: a one-level Arabic item ("3. ", never "3.1."),
#: a part's Roman numeral ("IV. "), or a one-letter mark ("B. ", a lettered list)
_LIST_MARK_RE = re.compile(r"^[ \t]*(?:(?P<num>\d{1,2})|(?P<part>[IVX]{1,5})|(?P<letter>[A-PR-Z]))\.[ \t]+(?=\S)",
                           re.MULTILINE)


def letter_digits(text: str) -> str:
    """``text`` with an item's number that OCR read as a letter ("A. Tiểu ban Bảo vệ …" for "4.") made the digit
    again — only where the list proves it: the item mark above it on the page is the number before (3.) and the
    next mark below, if any before a new part, the number after (5.), and no other line opens with a one-letter
    mark (a lettered list "A. … B. …" is kept). Why: structure reads "A." as no item, so the item ran into the
    one above and its body (an obligation's who) was lost. One character for one, so offsets hold."""
    if not any(f"{c}." in text for c in _DIGIT_LOOKS):
        return text
    marks = list(_LIST_MARK_RE.finditer(text))
    letters = [m for m in marks if m.group("letter") is not None]
    out = list(text)
    for m in _LETTER_MARK_RE.finditer(text):
        digit = _DIGIT_LOOKS[m.group("mark")]
        if any(x.start() != m.start() for x in letters):
            continue  # another line opens with a letter: a lettered list, or a second misread (unproven)
        above = [x for x in marks if x.start() < m.start() and x.group("letter") is None]
        below = next((x for x in marks if x.start() > m.start() and x.group("letter") is None), None)
        if not above or above[-1].group("num") is None or int(above[-1].group("num")) != digit - 1:
            continue  # (a part's heading right above: the letter would be its first item, not proven)
        if below is not None and below.group("num") is not None and int(below.group("num")) != digit + 1:
            continue
        out[m.start("mark")] = str(digit)
    return "".join(out)


#: (ocr48t) an item's mark a scan read with a letter for its digit that is no digit's look ("o. Trưởng các thôn" for
#: "5.", t47-03 scanned) or with a speck of a letter glued before the right digit ("G6. Trưởng các thôn", t47-05
#: scanned): the letter (with the digit after it, if any), its full stop, a word
_CONTEXT_MARK_RE = re.compile(r"^(?P<lead>[ \t]*)(?P<mark>[oOG](?P<digit>\d)?)\.[ \t]+(?=[^\W\d_])", re.MULTILINE)


def _context_digits(text: str) -> str:
    """``text`` with such a mark made the number its neighbours prove: the one-level Arabic mark right above it on the
    page is n - 1 and the next one below is n + 1 (both needed: the letter's look gives no digit; for a glued digit,
    the digit is n). "o" becomes n when n has one digit; "G6" a space and the digit. Why: structure read neither
    "o." nor "G6." as an item, so the item ran into the one above and its heading — the body in charge, an
    obligation's who ("Trưởng các thôn") — was lost. One character for one, so offsets hold."""
    if not ("o." in text or "O." in text or "G" in text):
        return text
    marks = [m for m in _LIST_MARK_RE.finditer(text) if m.group("num") is not None]
    out = list(text)
    for m in _CONTEXT_MARK_RE.finditer(text):
        above = [x for x in marks if x.start() < m.start()]
        below = next((x for x in marks if x.start() > m.start()), None)
        if not above or below is None:
            continue
        n = int(above[-1].group("num")) + 1
        if int(below.group("num")) != n + 1 or n > 9:
            continue
        if m.group("digit") is None:
            out[m.start("mark")] = str(n)
        elif int(m.group("digit")) == n:
            out[m.start("mark")] = " "
    return "".join(out)

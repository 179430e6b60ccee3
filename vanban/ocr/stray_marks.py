"""Marks legacy OCR (Tesseract ``-l eng``) prints for a glyph its alphabet lacks: "m?" for m², "$6" for Số.

Why: eng OCR has no superscript two and no "Ố": an area's unit "60 m²" comes out "60 m?" and a line's opening
"Số hóa …" as "$6 hóa …". Restoration keeps the "?" and the "$" (neither is a letter), so extraction read "60 m)" with
no unit and dropped the target, and read "6 hóa tối thiểu" as a count of six. Before restoration, a "?" right after a
metric unit that follows a figure is the square's "²" (a unit never takes a question mark), and a "$" glued to the
"6"/"o" legacy OCR prints for "ố", before a word, is the "S" of "Số" / "Sở" (no sum of money is written "$6 hóa").
Each is one character for one, so offsets hold.

The square's "?" is no eng-only mark: Tesseract ``vie`` reading a scanned page has no superscript two either and
prints "20 m? trở lên" too, so :func:`unit_squares` runs on every page read by OCR (:func:`vanban.ocr.correct.prepared`),
not only on a page to restore.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from vanban.due_cues import NGAY, due_words
from vanban.place_nouns import ADMIN_LEVELS_PRINTED
from vanban.text import CAPITAL

__all__ = ["doubled_closes", "due_day_marks", "echoed_rate_units", "floor_signs", "inner_specks", "line_start_specks", "per_mille_signs",
           "rate_years", "stray_marks", "stray_initials", "unit_squares"]

#: a metric unit after a figure, its "²" read "?" ("60 m?)", "1.200 m?,"), before a blank, a stop or a bracket;
#: (ocr43) or the area of a compound unit or of a column head's unit, after "/" or "(": "3.000 con/m? trở lên",
#: "Giá khởi điểm (đồng/m?/năm)", "Diện tích (m?)" (9 on the bench documents' scans and eng OCR, four sets, every one
#: an area: the price column's unit read "đồng/m?/năm" matched no label), before a "/" too
_SQUARE_RE = re.compile(r"(?:(?<=\d[ \t])|(?<=[/(]))((?:k|c|d|h)?m)\?(?=[\s.,;:)\]/]|$)")
#: a "$" for the "S" of a syllable whose "ố"/"ở" eng OCR read "6", "0" or "o", before a word ("$6 hóa", "$6 lượng")
_DOLLAR_S_RE = re.compile(r"(?<![\w$])\$(?=[6o0ô][ \t]+[^\W\d_])")


#: (ocr43b) the per-mille sign as eng OCR prints it, "%o" glued to a figure ("độ mặn từ 0,5%o trở lên" for "0,5‰"),
#: whose "o" restoration then gave a tone as if it were the word "ở" ("0,5%ở trở lên")
_TONED_PER_MILLE_RE = re.compile(r"(?<=\d%)[òóỏõọôồốổỗộơờớởỡợ](?![^\W_])")


def per_mille_signs(text: str) -> str:
    """``text`` (restored) with the "o" of a "%o" glued to a figure kept as printed: restoration read it as the word "ở"
    and wrote "%ở", which the target reader takes for a percentage run into a word, not the per-mille sign "%o" it
    reads as "‰" (:data:`vanban.extract.targets._PER_MILLE`): a salinity threshold "từ 4%o trở lên" was lost on every
    page of legacy OCR. A real "4% ở" keeps its space when printed, so the glued letter is the sign's. One character
    for one, so offsets hold."""
    return _TONED_PER_MILLE_RE.sub("o", text) if "%" in text else text


#: (ddl50) a rate's floor sign "≥" that eng OCR read as the digit "2", between "đạt" (as restored, or its "đất" misreading)
#: and the rate: "rubella (MR) đạt 2 95%" (a48-03's legacy form) for "đạt ≥ 95%"
_FLOOR_READ_TWO_RE = re.compile(r"(?<![^\W\d_])((?:[đĐd][ạấa]t)[ \t]+)2(?=[ \t]+\d{1,3}(?:,\d+)?[ \t]*%)")
#: (tidy51) … read "=" or "=>" (eng OCR draws its lower stroke as a second bar, or the two strokes apart), standing
#: after a word before a rate, a blank or one line break between: "TCMR đạt = 95%." (a48-03, t48-03 legacy), "Có =⏎60%
#: DNNVV", "Có =>⏎30% DNNVV" (617/KH-UBND's eng OCR of "Có ≥⏎60%"). People write "=" after a word only in a sum or an
#: equation ("… x 04 sản phẩm = 60.000.000 đồng", t44-04, a34-07, a34-10; "1 ngày = 8 giờ", 60/2025/NQ-HĐND): the
#: figure after it is no rate, and :func:`floor_signs` leaves a line that reckons (:data:`_RECKONING_RE`) as it is
_FLOOR_READ_EQUALS_RE = re.compile(r"(?<=[^\W\d_][ \t])=>?(?=[ \t]*\n?[ \t]*\d{1,3}(?:,\d+)?[ \t]*%)")
#: … or opening a table's value cell, the figure alone in it: "| % | = 90 |" (a48-02's legacy form of "| % | ≥ 90 |"),
#: "| 3.126 | > 80 | > 93 | = 60 | 250 |" (a37-04's of "≥ 80 | ≥ 93 | ≥ 60"). The figure is a rate's (one to three
#: digits, a decimal comma, a "%" or none): a sum's result in its own cell ("| 12.000.000 x 3 | = 36.000.000 |", a
#: budget table) is no rate, and a row that reckons (:func:`_reckons`) keeps its "=" as any line does (fixrev51)
_FLOOR_READ_EQUALS_CELL_RE = re.compile(r"(?<=\|)([ \t]*)=>?(?=[ \t]*\d{1,3}(?:,\d+)?[ \t]*%?[ \t]*(?:\||$))", re.M)
#: a product or a sum on the line before a "=": a lone "x" / "×" / "*" / "+" before a figure ("15.000.000 đồng/sản
#: phẩm x 04 sản phẩm = 60.000.000 đồng", "45% + 10% + 1% = 56%")
_RECKONING_RE = re.compile(r"(?<![^\W\d_])[x×*+](?=[ \t]*\d)")


def floor_signs(text: str) -> str:
    """``text`` (restored) with the floor sign "≥" eng OCR read as something else written "≥" again: a "2" standing
    alone between "đạt" and a rate (no rate is reached "2 95%", two figures in a row, the first no count of anything),
    a "=" or "=>" after a word before a rate or opening a value cell (:data:`_FLOOR_READ_EQUALS_RE`,
    :data:`_FLOOR_READ_EQUALS_CELL_RE`). Read as printed, the target was an exact 95%, not "at least 95%" (its label's
    min), or, with the sign the target reader once read in every text, a sum's "= 60%" was a floor in a typed document
    too. Here, on a page read by OCR only (a typed document never holds a misread sign), the extraction reads the
    signs people write: "≥", ">=", "từ … trở lên" (:data:`vanban.extract.patterns.TARGET_MIN_CUE_RE`). A lone ">" is a
    sign people write as well ("> 85"): left as printed. The "2" and the "=" are one character for one; a "=>" becomes
    one "≥" (the restored text keeps its tokens' offsets into the page as read, as :mod:`.part_numerals` does)."""
    if "2" in text and "%" in text:
        text = _FLOOR_READ_TWO_RE.sub(r"\1≥", text)
    if "=" not in text:
        return text
    reckons = _reckons(text)
    text = _FLOOR_READ_EQUALS_CELL_RE.sub(lambda m: m.group() if reckons(m.start()) else m.group(1) + "≥", text)
    reckons = _reckons(text)  # the cells' "=>" became one "≥": offsets moved
    return _FLOOR_READ_EQUALS_RE.sub(lambda m: m.group() if reckons(m.start()) else "≥", text)


def _reckons(text: str) -> Callable[[int], bool]:
    """A test of an offset ``at`` (a "="): True when its line before it reckons, a product or a sum of figures
    (:data:`_RECKONING_RE`). The marks are found once for the whole text and each "=" looks up the last one before it
    (a bisection): rescanning the line up to each "=" took 155 s on a 160 KB line holding 20,000 "= 5%"."""
    marks = [m.start() for m in _RECKONING_RE.finditer(text)]
    breaks = [m.start() for m in re.finditer("\n", text)]

    def reckons(at: int) -> bool:
        i = bisect_left(marks, at)
        j = bisect_left(breaks, at)
        return i > 0 and marks[i - 1] > (breaks[j - 1] if j else -1)

    return reckons


def unit_squares(text: str) -> str:
    """``text`` with a unit's "m?" after a figure, a "/" or a "(" written "m²" (any OCR engine's page)."""
    return _SQUARE_RE.sub(r"\1²", text) if "?" in text else text


#: a bracket's words closed twice: "(đồng/hộ))" (the second ")" checked against the line before it, :func:`doubled_closes`)
_DOUBLED_CLOSE_RE = re.compile(r"\([^()\n]{1,40}\)(?=\))")


def doubled_closes(text: str) -> str:
    """``text`` with a closing bracket OCR printed twice after a bracket's words ("Mức góp (đồng/hộ/năm)) |") written
    once, the extra one a space (one character for one: offsets hold), where no bracket opened before it is
    still open (so "(… (x))" keeps both), counted from the paragraph's start: prose wraps, and a bracket opened on the
    line above ("… (theo Mẫu số 02" ⏎ "(kèm theo Kế hoạch))") is still open (fixrev41). A table's row is its own line
    (its cells do not wrap into the next row), so there the count starts at the row.

    Why: a column head's unit in brackets is how a quota table names what its figures count; Tesseract ``vie`` reading
    a scanned header cell drew the thin closing bracket twice, the head's brackets no longer closed once, and the head
    was no kind of target: the whole quota table was no table and its figures were lost (the amounts per thôn of a
    plan of contributions, authored39 scan). Any OCR engine may do so, so this runs on every page read by OCR."""
    if "))" not in text:
        return text
    out = list(text)
    for m in _DOUBLED_CLOSE_RE.finditer(text):
        run = text[_bracket_run_start(text, m.start()):m.start()]
        if run.count("(") == run.count(")"):
            out[m.end()] = " "
    return "".join(out)


def _bracket_run_start(text: str, at: int) -> int:
    """Where the text a bracket at ``at`` may have been opened in starts: its paragraph's start (after a blank line),
    or its table row's, or the line after the last table row above it in the paragraph."""
    blank = max(text.rfind("\n\n", 0, at), text.rfind("\n \n", 0, at))
    start = 0 if blank < 0 else blank + 1
    line = text.rfind("\n", 0, at) + 1
    if text[line:at].lstrip().startswith("|"):
        return line
    rows = [r.end() for r in re.finditer(r"^[ \t]*\|.*$", text[start:line], re.M)]
    return start + rows[-1] + 1 if rows else start


#: a rate's "per year" after a slash, its m read as an n: "đồng/người/năn)", "lần/năn" (the n's twin stroke lost)
_RATE_YEAR_RE = re.compile(r"(?<=[^\W\d_]/)(?:[Nn])ăn(?![^\W\d_])")


def rate_years(text: str) -> str:
    """``text`` with a rate's last unit "năn" after a slash written "năm" (one character for one).

    Why: Tesseract ``vie`` on a scan read the "m" of a level per year ("Mức đóng (đồng/người/năm)") as an "n"; "năn"
    is no unit ("năn nỉ" is a verb's syllable, never after a unit's slash), and the level read "đồng/người/năn" was no
    rate per head and year for the extractor, which then took the table's base counts and levels for targets
    (authored39 scan). Any OCR engine may do so, so this runs on every page read by OCR."""
    if "/" not in text or "ăn" not in text:
        return text
    return _RATE_YEAR_RE.sub(lambda m: m.group(0)[:-1] + "m", text)


#: (ocr44) a rate's unit after its slash with one glyph no Vietnamese word holds in place of a letter: "(đồng/m@)"
_GLYPHED_RATE_UNIT_RE = re.compile(r"(?<=[^\W\d_]/)([^\W\d_]*)[@®©#]([^\W\d_]*)(?![^\W\d_])")
#: the word and slash before such a unit
_RATE_LEAD_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]+/$")


def echoed_rate_units(text: str) -> str:
    """``text`` with a rate's unit whose marked vowel OCR printed as a glyph ("đồng/m@") written as the page prints
    the same rate intact elsewhere ("2.000.000 đồng/mộ"): the word after the same "<unit>/" with the same letters
    around that one, when the page has exactly one such word. One character for one, so offsets hold.

    Why: Tesseract ``vie`` read the "ộ" of a column head's "Mức hỗ trợ (đồng/mộ)" as "@" on two scans of two
    authors (a42-06, t42-06); the head's unit "đồng/m@" matched no label and every row's amount was lost, while the
    prose under the table printed the same rate right. A rate's unit is a word a page repeats; no word of it holds
    an "@"."""
    if not any(g in text for g in "@®©#"):
        return text

    def mend(m: re.Match) -> str:
        head, tail = m.group(1), m.group(2)
        lead = _RATE_LEAD_RE.search(text, max(0, m.start() - 24), m.start())  # "đồng/"
        if lead is None:
            return m.group(0)
        rate = lead.group()
        twin = re.compile(rf"(?<![^\W\d_]){re.escape(rate)}({re.escape(head)}[^\W\d_]{re.escape(tail)})(?![^\W\d_])")
        forms = {t.group(1) for t in twin.finditer(text)}
        return forms.pop() if len(forms) == 1 else m.group(0)

    return _GLYPHED_RATE_UNIT_RE.sub(mend, text)


#: (ncfix45b) a speck read as a stop or a comma between a due word and its "ngày" and day: "trước .⏎ngày 15/11/2027",
#: "chậm nhất , ngày 30/6" (folded). A "." before a lowercase "ngày" ends no sentence; a comma is a speck only with a
#: blank before it (typed Vietnamese puts none), so "như năm trước, ngày 20/11 …" — a clause of its own — stays.
#: The due words are the extractors' own (:data:`vanban.due_cues.DUE_WORDS`, with the look-alikes eng OCR prints:
#: "trudc .⏎ngày"), read from the leaf module below both stages: a stage never imports a later one (tests/test_ocr_serial.py:
#: ``vanban text`` must not load ``vanban.extract``).
_DUE_DAY_MARK_RE = re.compile(rf"{due_words()}[ \t]*?(?:(?<=[ \t])[,;:]|\.)(?=[ \t]*\n?[ \t]*{NGAY}[ \t]+\d)")


def due_day_marks(text: str, folded: str | None = None) -> str:
    """``text`` (a page read by OCR) with a stray "." or " ," between a due word ("trước", "chậm nhất", "hạn" …:
    :data:`vanban.due_cues.DUE_WORDS`) and the "ngày" of its day made a blank, one character for one.

    Why: a scan's speck printed after "trước" at a line's end ("… về Đảng ủy trước .⏎ngày 15/11/2027") ended the
    sentence before its day: the task lost its deadline (the checklist listed it under "chưa xác định")."""
    if "ng" not in text:  # no lowercase "ngày" (below)
        return text
    from vanban.text import fold

    folded = fold(text) if folded is None else folded
    if len(folded) != len(text):
        return text
    # the day's "ngày" as printed must be lowercase: "trước. Ngày 5/3 …" is a sentence's end and the next one's start
    marks = [m.end() - 1 for m in _DUE_DAY_MARK_RE.finditer(folded) if text[m.end():].lstrip()[:1] == "n"]
    if not marks:
        return text
    chars = list(text)
    for at in marks:
        chars[at] = " "
    return "".join(chars)


#: (ncfix45b) a lone lowercase ASCII consonant between two words, the first letter of the word after it: OCR's echo of
#: that letter ("tuyên t truyền", "tổ chức k kiểm tra"). No Vietnamese word is one consonant; a list's letter has its
#: ")" or "." and opens its line, an initial is a capital with its stop, so neither is matched.
_STRAY_INITIAL_RE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t]([bcdghklmnpqrstvx])(?=[ \t]\2[^\W\d_])")
#: words (folded) a letter names a point, item, annex or option after — "điểm c của khoản 2", "Phụ lục b bổ sung",
#: "phương án b bảo đảm": there the letter is the label's, kept
_LETTER_LABELS = frozenset({"diem", "muc", "tiet", "khoan", "luc", "an", "mau", "loai", "nhom", "hang", "phan", "bang",
                            "cot", "dong", "buoc", "vung", "khu", "lo", "o", "so", "ky", "hieu"})


def stray_initials(text: str) -> str:
    """``text`` (a page read by OCR) with a lone consonant echoing the first letter of the next word made a blank, one
    character for one ("tuyên t truyền" → "tuyên   truyền").

    Why: the stray letter split the verb phrase: "Các chi bộ … tuyên t truyền …; báo cáo kết quả …" was read as no
    task at all (its subject ran into "tuyên t", its verb lost)."""
    from vanban.text import fold

    def blank(m: re.Match) -> str:
        return m.group(0) if fold(m.group(1)) in _LETTER_LABELS else f"{m.group(1)}  "

    return _STRAY_INITIAL_RE.sub(blank, text)


#: (ncfix51b) a scan's speck read as a mark glued at a line's start: "-_" before a word or an item's mark ("-_ Nơi nhận:",
#: "-_đ) Bộ Công Thương …", a table cell's "-_ Các sở, ban, ngành" — nc51's scans of 1147-QD-BTGDVTW, 653-TB-VPCP,
#: 179-KH-UBND, where the page prints no dash at all); an underscore alone before a word ("_ người sử dụng.", six
#: wrapped lines of 179-KH-UBND); a single quote before a word in capitals ("'BỘ NỘI VỤ", "'CHỦ NHIỆM",
#: "'PHÓ CHỦ NHIỆM": 11208-BNV-KHTC, 653-TB-VPCP), or between a recipient's dash and its words ("-'TT Nguyễn Thị Hà;"). No line of a document opens with an underscore, and typed
#: Vietnamese quotes with double quotes: a single quote opening a line with no other on it closes nothing.
_LEAD_DASH_SPECK_RE = re.compile(r"^([ \t]*)(-_)(?=[ \t]*[^\W_])", re.M)
_LEAD_UNDERSCORE_RE = re.compile(r"^([ \t]*)(_)(?=[ \t]+([^\W\d_]))", re.M)
_LEAD_QUOTE_RE = re.compile(rf"^([ \t]*-?)(['‘’`])(?=[{CAPITAL}])(?=[^\n'‘’`]*$)", re.M)


def line_start_specks(text: str) -> str:
    """``text`` (a page read by OCR) with a speck read as a mark glued at a line's start ("-_", a lone "_", a single
    quote before capitals: :data:`_LEAD_DASH_SPECK_RE`) made blanks — a lone "_" before a capital a dash — one
    character for one, so offsets hold.

    Why: a real scan carries light specks, and Tesseract ``vie`` prints one at a line's left edge as "-_", "_" or
    "'". Glued there, it hides what opens the line from the structure readers: "-_ Nơi nhận:" was no recipients'
    label (the list lost: recipients []), "-_đ) Bộ Công Thương …" no item (its deadline went to the item above),
    "'CHỦ NHIỆM" no signer's title and "'BỘ NỘI VỤ" an issuer with a quote (nc51, issue #9 on scans). A dash that
    stands alone ("- Như trên;") is the page's own and kept; so is a line of underscores (a rule)."""
    if "_" not in text and not any(q in text for q in "'‘’`"):
        return text

    def blank(m: re.Match) -> str:
        return m.group(1) + " " * len(m.group(2))

    def dash(m: re.Match) -> str:
        return m.group(1) + ("-" if m.group(3).isupper() else " ")

    if "_" in text:
        # a lone "_" before a capital is an item's dash read low ("_ TT HĐND, UBND …" in a Nơi nhận list, the legacy
        # 72-2025-NQ-HĐND page: one more recipient), so it is made "-"; before a small letter (a wrapped line's rest,
        # "_ người sử dụng." on 179-KH-UBND's scan) a blank
        text = _LEAD_UNDERSCORE_RE.sub(dash, _LEAD_DASH_SPECK_RE.sub(blank, text))
    return _LEAD_QUOTE_RE.sub(blank, text)


#: (leg54) a speck read as an underscore glued to a word's edge between two words ("CHỦ _NHIỆM", a signer's title on a
#: scan of session 53's newcomer): one underscore alone, a letter on one side and a blank then a letter on the other.
#: A blank to fill ("ngày __ tháng", "Số: ____/QĐ") is two underscores or more, or stands apart from letters
_INNER_UNDERSCORE_RE = re.compile(r"(?<=[^\W\d_][ \t])_(?=[^\W\d_])|(?<=[^\W\d_])_(?=[ \t][^\W\d_])")
#: (leg54) a speck read as a dash between the two words of a level of local government ("thành - phố", session 53's
#: newcomer's scan): no name puts a dash inside its level (:data:`vanban.place_nouns.ADMIN_LEVELS_PRINTED`)
_SPLIT_LEVEL_RE = re.compile(
    "(?<![^\\W\\d_])(" + "|".join(w.split()[0] for w in ADMIN_LEVELS_PRINTED if " " in w) + ")([ \t]+[-–][ \t]+)("
    + "|".join(w.split()[1] for w in ADMIN_LEVELS_PRINTED if " " in w) + ")(?![^\\W\\d_])", re.I)
_LEVEL_PAIRS = frozenset(tuple(w.split()) for w in ADMIN_LEVELS_PRINTED if " " in w)


def inner_specks(text: str) -> str:
    """``text`` (a page read by OCR) with a speck read inside a line made a blank, one character for one: an underscore
    glued to a word between two words (:data:`_INNER_UNDERSCORE_RE`), a dash between the two words of a level ("thành
    - phố": :data:`_SPLIT_LEVEL_RE`).

    Why: the header's and the signature's fields are copied from their lines as read, and the speck went into them
    ("CHỦ _NHIỆM" as the signer's title, "thành - phố" in a body's name: session 53's newcomer's scans of real
    documents); a reader sees no mark there on the page."""
    if "_" in text:
        text = _INNER_UNDERSCORE_RE.sub(" ", text)

    def level(m: re.Match) -> str:
        if (m.group(1).lower(), m.group(3).lower()) not in _LEVEL_PAIRS:
            return m.group(0)  # "thị - trấn" is one, "thành - xã" none
        return m.group(1) + " " * len(m.group(2)) + m.group(3)

    return _SPLIT_LEVEL_RE.sub(level, text) if "-" in text or "–" in text else text


def stray_marks(text: str) -> str:
    """``text`` (eng OCR, before restoration) with a unit's "m?" written "m²" and a syllable's "$" for "S" as "S"."""
    text = unit_squares(text)
    if "$" in text:
        text = _DOLLAR_S_RE.sub("S", text)
    return text

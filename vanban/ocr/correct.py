"""Per-page text correction for ingest: pick restoration, correction or neither.

Why per page: a document can mix a born-digital text layer with scanned
pages, and legacy .txt files may or may not have lost their marks.

* diacritic-poor text (``diacritic_ratio < POOR_RATIO``): full restoration.
  Real Vietnamese prose scores 0.6–0.8 (about two words in three carry a
  mark or đ); the legacy OCR seeds score ≈0.1–0.2 (only stray "é"/"ê"
  survive) and eng OCR ≈0.1–0.3. 0.35 sits well between the two and still
  catches a half-accented page, where restoration keeps valid accented
  syllables anyway (strong prior on them);
* accented OCR (``method`` in {"pdf-ocr", "image-ocr", "docx-ocr"}): conservative
  post-OCR correction — a valid syllable changes only on a large LM margin,
  or when it is a real-word error one mark away (:mod:`.realword`: "nắm 2026"), or one
  syllable of a known body's or place's name read a mark or two off ("Phỏng Kinh tế",
  "Các tế dân phố", "Đắk Lâk": :func:`.realword.fix_body_names`);
* born-digital text (pdf-text, docx, accented txt): NFC + canonical tones only —
  unless it bears OCR's scars: syllables whose stop final carries huyền, hỏi or ngã
  ("cẩp", "kểt", :func:`vanban.text.misread_tones`), which no typed text holds, at
  least ``SCARS`` of them and one per ``SCAR_WORDS`` words: Tesseract ``vie`` output
  kept as a .txt (case 07: "Tập ưung", "Giải quyet", "các cẩp tiểp") is corrected as
  an OCR page is;

A page longer than ``PIECE_CHARS`` (a whole legacy .txt file is one page, and
may be one line) is restored piece by piece: restoration's memory grows with
the text it decodes at once (about 2 KB per character: 1 MB of unaccented text
took 2 GB), its time does not (about 12 µs of CPU per character either way).
Pieces end at a line break, else after a sentence's full stop, else at a space,
so no token is cut; a page up to ``PIECE_CHARS`` is restored whole, as before.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import Iterator

from vanban.models import Restoration
from vanban.text import WORD_RE, diacritic_ratio, misread_tones, normalize

from .acronym_spelling import acronym_spellings
from .archive_codes import archive_codes
from .clock_digits import clock_digits
from .clock_words import clock_words
from .glyphs import date_digits, far_years, legacy_glyphs, level_slashes, marked_l, one_glyph, school_years, symbol_years
from .item_marks import item_marks
from .level_stops import level_stops
from .part_numerals import part_numerals
from .realword import fix_body_names, fix_real_words
from .restore import restore
from .quarter_digits import lone_quarter_ones, quarter_digits
from .roman_ones import roman_ones
from .rule_scraps import rule_scraps
from .short_names import short_names
from .slashed_g import slashed_g
from .state_acronyms import state_acronyms
from .subject_mark import subject_marks
from .stray_marks import (doubled_closes, due_day_marks, echoed_rate_units, inner_specks, line_start_specks, floor_signs, per_mille_signs, rate_years,
                          stray_initials, unit_squares)
from .wrapped_rows import wrapped_rows

POOR_RATIO = 0.35
SCARS, SCAR_WORDS = 2, 500
MIN_WORDS = 3  # fewer words than this: no evidence either way, only normalise
OCR_METHODS = frozenset({"pdf-ocr", "image-ocr", "docx-ocr"})
PIECE_CHARS = 100_000  # about 30 pages of text; restoring it takes ~0.5 GB
# where a piece may end, best first: a line break, a sentence's end, any space
_PIECE_ENDS = (re.compile(r"\n"), re.compile(r"[.;:!?]\s"), re.compile(r"\s"))


def choose_mode(raw: str, method: str) -> str:
    """'restore', 'correct' or 'normalize' for a page of ``method``."""
    if len(WORD_RE.findall(raw)) < MIN_WORDS:
        return "normalize"
    if diacritic_ratio(raw) < POOR_RATIO:
        return "restore"
    if method in OCR_METHODS:
        return "correct"
    scars, words = misread_tones(raw)
    return "correct" if scars >= SCARS and scars * SCAR_WORDS >= words else "normalize"


def correct_text(raw: str, method: str) -> Restoration:
    """The text ingest should store for a page read by ``method``
    (one letter read as two look-alike glyphs first made one, and letters read for the
    digits of a written date made digits, a dated day's year read far past the page's years one look-alike digit off made that year, a symbol's year parted by a space joined: :mod:`.glyphs`; the "VT" of a "Lưu:" line
    read as "VŨ" put back: :mod:`.archive_codes`; a Roman numeral's 1 read for an I made an I: :mod:`.roman_ones`, a quarter's II read "11" made II where the
    page's quarters allow it: :mod:`.quarter_digits`; a "lúc" read "hic" before a clock time made "luc":
    :mod:`.clock_words`; a g
    read as "ø" made a g: :mod:`.slashed_g`; a "V/v" read "Viv" made "V/v": :mod:`.subject_mark`; a unit's "m?" after a figure
    made "m²": :func:`.stray_marks.unit_squares`; a rate's unit with a glyph for its vowel, "đồng/m@", written as the page
    prints the same rate intact: :func:`.stray_marks.echoed_rate_units`; a speck read as an underscore glued to a word
    inside a line or as a dash inside a level's two words, "CHỦ _NHIỆM", "thành - phố", made a blank:
    :func:`.stray_marks.inner_specks`);
    on a page to restore or correct, an item mark read with a comma made "2." again and a part's damaged Roman
    numeral mended (:mod:`.item_marks`), and a pipe-table row wrapped over lines made one line (:mod:`.wrapped_rows`)
    — all one character for one, so token offsets hold; then a short name whose letters after its "&" OCR misread
    put back ("Sở KH&CŒN" → "Sở KH&CN": :mod:`.short_names`), a state body's acronym read with a glyph before it
    ("ĐUBND" → "UBND": :mod:`.state_acronyms`) and a clock time's minutes read as letters ("9hOS5" → "9h05":
    :mod:`.clock_digits`), the tokens' offsets carried back to the page as read;
    last, a heading word read glued to its numeral written apart ("PHẦNI" → "PHẦN I": :mod:`.part_numerals`) and the
    "o" of a per-mille sign read "%o" kept untoned (:func:`.stray_marks.per_mille_signs`), and a rate's floor sign read
    "2", "=" or "=>" written "≥" ("đạt 2 95%", "đạt = 95%", "| = 90 |": :func:`.stray_marks.floor_signs`), and a
    table row's lone quarter "1" under a row's quarter II written "II" (:func:`.quarter_digits.lone_quarter_ones`).
    A text in "normalize" mode (a typed .txt, .md, DOCX, a text PDF; :func:`prepared`) gets none of these: a .txt
    someone saved from an OCR engine's output reads its "đạt = 95%" as an exact 95, not a floor (no wording of a
    page tells typed text from OCR output reliably enough to repair a sign a person may have typed)."""
    raw, mode = prepared(raw, method)
    if mode == "normalize":
        return Restoration(text=normalize(raw), tokens=())
    if mode != "restore":
        named = clock_digits(state_acronyms(short_names(raw)))
        res = restore_in_pieces(named, mode)
        return _parted(res if named == raw else _tokens_on(res, normalize(named), normalize(raw)))
    glyphed = legacy_glyphs(clock_digits(state_acronyms(short_names(raw))))
    res = restore_in_pieces(glyphed, mode)
    return _parted(res if glyphed == raw else _tokens_on(res, normalize(glyphed), normalize(raw)))


def _parted(res: Restoration) -> Restoration:
    """``res`` with a heading word read glued to its numeral written apart (:mod:`.part_numerals`), a per-mille
    sign's "o" untoned (:func:`.stray_marks.per_mille_signs`) and a rate's floor sign read "2" / "=" written "≥"
    (:func:`.stray_marks.floor_signs`), and a table row's lone quarter "1" under a row's "II" written as that numeral
    (:func:`.quarter_digits.lone_quarter_ones`), and a table's delimiter row read as a scrap under its header written
    back (:mod:`.rule_scraps`), its tokens (offsets into the page as read) kept."""
    text = rule_scraps(lone_quarter_ones(floor_signs(per_mille_signs(part_numerals(res.text)))))
    return res if text == res.text else Restoration(text=text, tokens=res.tokens)


def prepared(raw: str, method: str) -> tuple[str, str]:
    """(page, mode): the page after the one-for-one glyph passes :func:`correct_text` runs before restoring, and the
    mode :func:`choose_mode` picks for it ("normalize", "restore", …); the item-mark and wrapped-row passes only on a
    page to restore or correct, and on it a mixed-case acronym's misread forms spelt as the page spells it."""
    raw = due_day_marks(stray_initials(inner_specks(line_start_specks(marked_l(echoed_rate_units(rate_years(doubled_closes(unit_squares(subject_marks(clock_words(quarter_digits(roman_ones(archive_codes(date_digits(far_years(school_years(symbol_years(slashed_g(level_stops(level_slashes(one_glyph(raw))))))))))))))))))))))
    mode = choose_mode(raw, method)
    return (raw if mode == "normalize" else acronym_spellings(wrapped_rows(item_marks(raw)))), mode


_CHUNK_RE = re.compile(r"\S+")


def _tokens_on(res: Restoration, read: str, raw: str) -> Restoration:
    """``res`` (restored from ``read``, the glyph-ruled page) with its token offsets and sources put back on ``raw``,
    the page as OCR printed it: the glyph rules change letters inside a word only ("tiv" → "tu", "hp" → "hop"), so
    the words of the two texts pair one to one; a token keeps its distances to its word's start and end."""
    a, b = list(_CHUNK_RE.finditer(read)), list(_CHUNK_RE.finditer(raw))
    if len(a) != len(b):
        return res
    starts = [m.start() for m in a]
    out = []
    for t in res.tokens:
        k = max(0, bisect_right(starts, t.start) - 1)
        (ns, ne), (os_, oe) = a[k].span(), b[k].span()
        if (ne - ns) == (oe - os_):
            start, end = t.start - ns + os_, t.end - ns + os_
        else:
            start, end = os_ + min(t.start - ns, oe - os_), max(os_, oe - (ne - min(t.end, ne)))
        out.append(replace(t, start=start, end=max(start, end), source=raw[start:max(start, end)]))
    return Restoration(text=res.text, tokens=tuple(out))


def restore_in_pieces(raw: str, mode: str = "restore") -> Restoration:
    """:func:`.restore.restore` of ``raw`` (any length), piece by piece beyond
    ``PIECE_CHARS`` so memory stays bounded (``vanban restore`` of a 2 MB one-line
    file once took 2.9 GB); token offsets are those of ``raw``."""
    if len(raw) <= PIECE_CHARS:
        return _restore(raw, mode)
    texts: list[str] = []
    tokens: list = []
    for offset, piece in pieces(raw, PIECE_CHARS):
        part = _restore(piece, mode)
        texts.append(part.text)
        tokens += [replace(t, start=t.start + offset, end=t.end + offset) for t in part.tokens]
    return Restoration(text="".join(texts), tokens=tuple(tokens))


def _restore(raw: str, mode: str) -> Restoration:
    res = restore(raw, mode)
    return fix_body_names(fix_real_words(res)) if mode == "correct" else res


def pieces(text: str, size: int) -> Iterator[tuple[int, str]]:
    """``(offset, piece)`` of ``text`` in order, each at most ``size`` characters
    unless no break point falls within them; the pieces join back to ``text``."""
    start = 0
    while len(text) - start > size:
        end = None
        for pattern in _PIECE_ENDS:
            # the last break point in the second half of the window
            found = [m.end() for m in pattern.finditer(text, start + size // 2, start + size)]
            if found:
                end = found[-1]
                break
        if end is None:  # no space at all: the next break point, however far
            m = _PIECE_ENDS[-1].search(text, start + size)
            end = m.end() if m else len(text)
        yield start, text[start:end]
        start = end
    if start < len(text):
        yield start, text[start:]

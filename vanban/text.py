"""Vietnamese text primitives every stage needs: NFC, folding, tone placement.

This is a leaf module (standard library only) so that ingest, OCR correction,
extraction and the archive all agree on what "the same word" means:

* :func:`nfc` — the one normalisation form vanban stores.
* :func:`fold` — case, diacritics *and* đ→d removed, for search keys and for
  matching patterns on OCR text that lost its marks ("Đảng ủy" → "dang uy").
* :func:`normalize_tones` — old/new tone placement ("hoà"/"hòa", "uỷ"/"ủy")
  mapped to one canonical form, so both spellings count as one word.
* :func:`split_syllable` / :func:`compose_syllable` — a syllable as
  (letters without tone, tone) and back, used by restoration.
* :func:`closing_quotes` — a closing quote OCR printed as "™" after a word put back.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = [
    "ROMAN_NUMERALS",
    "nfc",
    "shown_path",
    "fold",
    "fold_char",
    "strip_tone",
    "tone_of",
    "split_syllable",
    "compose_syllable",
    "normalize_tones",
    "normalize",
    "closing_quotes",
    "colon_outside_brackets",
    "without_markup",
    "has_diacritics",
    "diacritic_ratio",
    "vietnamese_ratio",
    "VIETNAMESE_LETTERS",
    "WORD_RE",
    "CAPITAL",
    "is_capital",
]

#: the Roman numerals of a document's parts, I (index 0) to XV, in capitals: each reader slices the range it admits
#: (the structure's part labels, a stacked table's part headings, a run-on line's parts, a campaign's rounds)
ROMAN_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")

# Tone marks as combining characters, in the order vanban numbers them.
# 0 = ngang (none), 1 = sắc, 2 = huyền, 3 = hỏi, 4 = ngã, 5 = nặng.
_TONE_MARKS = {"\u0301": 1, "\u0300": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}
_TONE_COMBINING = {v: k for k, v in _TONE_MARKS.items()}

# Letters of Vietnamese with their vowel-quality marks (not tones).
_BASE_VOWELS = "aăâeêioôơuưy"
_MARKED_VOWELS = set("ăâêôơư")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, the form vanban stores everywhere."""
    return unicodedata.normalize("NFC", text)


#: characters that take no room on the page: soft hyphen, zero-width space, (non-)joiners,
#: word joiner, a byte-order mark inside the text. Web pages and PDF text layers put them
#: inside words and symbols ("Số\u200b 18-KH\u200b/ĐU", "Đả\u00adng"), where every rule
#: and every search would see two words.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def without_invisible(text: str) -> str:
    """``text`` without the characters a reader cannot see (:data:`_INVISIBLE`)."""
    return text.translate(_INVISIBLE)


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x00C0, 0x2000):
        ch = chr(cp)
        if not unicodedata.decomposition(ch):
            continue  # NFD leaves it as it is: nothing to fold (a third of the import's time)
        decomposed = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in decomposed if not unicodedata.combining(c))
        if base != ch and base and base.isascii():
            table[cp] = base.lower()
    table[ord("đ")] = "d"
    table[ord("Đ")] = "d"
    table[ord("Ð")] = "d"  # U+00D0 Icelandic eth, a frequent look-alike of Đ
    table[ord("ð")] = "d"
    return table


_FOLD_TABLE = _build_fold_table()
_COMBINING_RE = re.compile(r"[\u0300-\u036f]")


def fold(text: str) -> str:
    """Fold case, every diacritic and đ/Đ → d: the key search matches on.

    The result has exactly one character for each character of the NFC
    input, so offsets found in the folded text map back to the original
    (what extraction relies on to quote the accented source).
    """
    if text.isascii():
        return text.lower()  # (NFC leaves ASCII as it is and no ASCII letter has a mark to drop)
    out = nfc(text).translate(_FOLD_TABLE)
    if _COMBINING_RE.search(out):
        # stray marks NFC could not absorb (after a space, on "q"): a space each,
        # so the result keeps one character per input character (the extraction
        # view and search snippets map offsets through it)
        out = _COMBINING_RE.sub(" ", out)
    low = out.lower()
    if len(low) != len(out):  # e.g. "İ" lowers to two characters
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in out)
    return low


def fold_flat(text: str) -> str:
    """``fold(text)`` with each run of whitespace (a line break, a cell's padding) as one space and none at either
    end: the key a phrase is compared on whatever the lines it was printed on ("Nhiệm vụ,\n  giải pháp" →
    "nhiem vu, giai phap"). Its length equals the input's when the input's whitespace is already single spaces."""
    return " ".join(fold(text).split())


def fold_char(ch: str) -> str:
    """Fold a single character (see :func:`fold`)."""
    return ch.translate(_FOLD_TABLE).lower()


def has_diacritics(text: str) -> bool:
    """True when ``text`` holds at least one Vietnamese mark or đ."""
    return fold(text) != text.lower()


def diacritic_ratio(text: str) -> float:
    """Share of alphabetic words that carry a diacritic (or đ).

    Real Vietnamese prose scores about 0.6–0.8; legacy OCR that lost its
    marks scores far lower. Ingest uses this to decide whether a page needs
    diacritic restoration.
    """
    words = [w for w in WORD_RE.findall(text) if w.isalpha()]
    if not words:
        return 0.0
    marked = sum(1 for w in words if fold(w) != w.lower())
    return marked / len(words)


# --- syllable anatomy -------------------------------------------------------

# One "word" token: a run of letters (any script) and combining marks.
WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)

VIETNAMESE_LETTERS = set(
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợ"
    "pqrstuùúủũụưừứửữựvwxyỳýỷỹỵz"
)



def _capital_class() -> str:
    """The capitals of Latin-1, Latin Extended-A/B (U+00C0–U+024F) and Latin Extended Additional (U+1E00–U+1EFF),
    Vietnamese's among them, as a character-class body of ranges."""
    latin = [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
    caps = [c for c in map(chr, latin) if c.isupper()]
    runs: list[list[str]] = []
    for c in caps:
        if runs and ord(c) == ord(runs[-1][-1]) + 1:
            runs[-1].append(c)
        else:
            runs.append([c])
    return "A-Z" + "".join(r[0] if len(r) == 1 else r[0] + r[-1] if len(r) == 2 else f"{r[0]}-{r[-1]}" for r in runs)


#: A capital letter, as the body of a regex character class (``rf"[{CAPITAL}]"``, ``rf"[{CAPITAL}0-9]"``): A–Z and the
#: accented capitals, Đ among them. Why not ``À-Ỹ``: that range of code points holds both cases (Latin Extended
#: Additional alternates them: "Ạ ạ Ả ả …"; "Ă ă", "Đ đ", "Ơ ơ", "Ư ư" too), so ``[A-ZĐÀ-Ỹ]`` took "ủy", "ạ", "ở" for
#: capitals — a sentence start, a body's name, a heading in capitals read where a lower-case word stands.
CAPITAL = _capital_class()
_CAPITAL_RE = re.compile(f"[{CAPITAL}]")


def is_capital(ch: str) -> bool:
    """``ch`` is one capital letter (what :data:`CAPITAL` matches)."""
    return bool(_CAPITAL_RE.fullmatch(ch))


def _decompose(ch: str) -> tuple[str, int]:
    """Split one letter into (letter with quality mark only, tone number)."""
    d = unicodedata.normalize("NFD", ch)
    tone = 0
    kept = []
    for c in d:
        if c in _TONE_MARKS:
            tone = _TONE_MARKS[c]
        else:
            kept.append(c)
    return unicodedata.normalize("NFC", "".join(kept)), tone


@functools.lru_cache(maxsize=1 << 16)
def split_syllable(syllable: str) -> tuple[str, int]:
    """Return (syllable without its tone mark, tone number 0–5).

    ``split_syllable("Đảng") == ("Đang", 3)``. If several letters carry a
    tone (malformed OCR), the last one wins.

    Cached: restoration and the real-word check ask for the same words over and over (a
    4-page scan: ~9,500 calls for ~1,000 distinct words; the answer is two immutable values).
    """
    letters = []
    tone = 0
    for ch in nfc(syllable):
        base, t = _decompose(ch)
        if t:
            tone = t
        letters.append(base)
    return "".join(letters), tone


def tone_fits_final(syllable: str) -> bool:
    """False for a syllable whose stop final (-p, -t, -c, -ch) carries a tone
    other than sắc or nặng ("quyet", "cẩp", "kểt"): Vietnamese spells no such
    syllable, so it is a misread (Tesseract vie drops or swaps marks)."""
    toneless, tone = split_syllable(syllable.lower())
    if toneless.endswith(("p", "t", "c", "ch")) and any(v in toneless for v in _BASE_VOWELS):
        return tone in (1, 5)
    return True


def misread_tones(text: str) -> tuple[int, int]:
    """(syllables whose stop final carries huyền, hỏi or ngã, words) of ``text``.

    Why: Vietnamese spells no such syllable ("cẩp", "tiểp", "kểt", "quyểt"), and
    typed text holds practically none (one in 835,000 words of 286 real documents,
    none in 2.7 M words of legal and news prose once glued words are set aside), while
    Tesseract ``vie`` output saved as a text file holds several per hundred words (case
    07 of the shared cases: 4 in 67) — so a text file that has them was read by OCR.
    Only one-syllable words count (two words glued by a lost space are no evidence)."""
    words = WORD_RE.findall(text)
    scars = 0
    for w in words:
        if w[-1] not in "ptchPTCH":  # no stop final (its letters carry no mark): most words end here, cheaply
            continue
        toneless, tone = split_syllable(w.lower())
        if tone in (2, 3, 4) and toneless.endswith(("p", "t", "c", "ch")) \
                and sum(_decompose(c)[1] > 0 for c in w) == 1 and _FOLDED_SYLLABLE_RE.fullmatch(fold(w.lower())):
            scars += 1
    return scars, len(words)


def strip_tone(syllable: str) -> str:
    """The syllable with its tone removed but vowel marks and đ kept."""
    return split_syllable(syllable)[0]


def tone_of(syllable: str) -> int:
    """The tone number (0–5) of a syllable."""
    return split_syllable(syllable)[1]


def _tone_position(toneless: str) -> int | None:
    """Index of the letter that carries the tone, canonical placement.

    Canonical = the traditional placement used in Party and state documents
    ("hòa", "thủy", "Đảng ủy", "khỏe"): a vowel with a quality mark wins;
    otherwise in a closed syllable the last vowel, in an open one the first
    of two vowels or the middle of three. "qu" and "gi" before a vowel
    belong to the initial consonant.
    """
    low = toneless.lower()
    n = len(low)
    # vowel run = the nucleus; take the first run of vowels
    start = None
    for i, c in enumerate(low):
        if c in _BASE_VOWELS:
            start = i
            break
    if start is None:
        return None
    end = start
    while end < n and low[end] in _BASE_VOWELS:
        end += 1
    # initials "qu" and "gi": the u / i is consonantal when a vowel follows
    if start > 0 and low[start - 1] == "q" and low[start] == "u" and end - start > 1:
        start += 1
    elif (
        start > 0
        and low[start - 1] == "g"
        and start == 1
        and low[start] == "i"
        and end - start > 1
    ):
        start += 1
    nucleus = list(range(start, end))
    marked = [i for i in nucleus if low[i] in _MARKED_VOWELS]
    if marked:
        # "ươ": the tone goes on ơ (the last marked vowel)
        return marked[-1]
    closed = end < n  # a final consonant follows the nucleus
    if len(nucleus) == 1:
        return nucleus[0]
    if closed:
        return nucleus[-1]
    if len(nucleus) == 2:
        return nucleus[0]
    return nucleus[1]


def compose_syllable(toneless: str, tone: int) -> str:
    """Place ``tone`` on ``toneless`` at the canonical position (NFC)."""
    toneless = nfc(toneless)
    if tone == 0:
        return toneless
    pos = _tone_position(toneless)
    if pos is None:
        return toneless
    ch = toneless[pos]
    marked = unicodedata.normalize("NFC", ch + _TONE_COMBINING[tone])
    return toneless[:pos] + marked + toneless[pos + 1 :]


def _is_vietnamese_word(word: str) -> bool:
    return all(c.lower() in VIETNAMESE_LETTERS for c in word)


def _normalize_word(match: re.Match[str]) -> str:
    return _normalize_token(match.group(0))


@functools.lru_cache(maxsize=1 << 16)
def _normalize_token(word: str) -> str:
    if not _is_vietnamese_word(word):
        return word
    toned = [ch for ch in word if _decompose(ch)[1]]
    # exactly one tone mark and a well-formed syllable: foreign words such as
    # "résumé" are never touched
    if len(toned) != 1 or not _FOLDED_SYLLABLE_RE.fullmatch(fold(word)):
        return word
    toneless, tone = split_syllable(word)
    return compose_syllable(toneless, tone)


def normalize_tones(text: str) -> str:
    """Put every syllable's tone mark at the canonical place (NFC).

    ``normalize_tones("hoà thuỷ") == "hòa thủy"``; text that is not
    Vietnamese letters is left untouched.
    """
    return _MARKED_WORD_RE.sub(_normalize_word, nfc(text))


#: a :data:`WORD_RE` word with a letter past ASCII (the only words a tone can sit in): an
#: ASCII word normalises to itself, and legacy OCR text is mostly ASCII words, each one a
#: Python call for nothing when every word was matched (same words matched, whole)
_MARKED_WORD_RE = re.compile(r"[^\W\d_]*[^\W\d_\x00-\x7f][^\W\d_]*")


#: a trademark sign OCR prints for a closing quote after a word ("phong trào “Dân vận khéo™"), and how far back its
#: opening quote may stand (characters)
_MARK_AFTER_WORD_RE = re.compile(r"(?<=[^\W\d_])™")
_QUOTE_REACH = 300


def closing_quotes(text: str) -> str:
    """``text`` with each "™" right after a word read as the closing quote "”" it stands for, when the nearest quote
    mark before it (within :data:`_QUOTE_REACH` characters) is an opening "“" left open — one character for one, so
    offsets hold. A "™" with no quote open stays as printed (a real mark; the "T™." of a signature's "TM." is mended
    before this, :mod:`vanban.ocr.glyphs`)."""
    if "™" not in text:
        return text
    out = list(text)
    for m in _MARK_AFTER_WORD_RE.finditer(text):
        before = text[max(0, m.start() - _QUOTE_REACH):m.start()]
        last = max(before.rfind("“"), before.rfind("”"), before.rfind('"'))
        if last >= 0 and before[last] == "“":
            out[m.start()] = "”"
    return "".join(out)


def colon_outside_brackets(text: str) -> int:
    """Where the first colon of ``text`` stands that no parenthesis holds, else -1: "2. Tiểu ban Chuyên môn (Trưởng
    tiểu ban: Trưởng phòng Văn hóa - Xã hội)" over its tasks names who leads the body in its bracket, its colon opens no
    topic's text as "1. Đối với UBND các xã: hướng dẫn …" does (read by the structure's headings and the obligations)."""
    depth = 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == ":" and depth == 0:
            return i
    return -1


#: Markdown's emphasis marks (a run of "*" or "_") where they open or close a word — at a token's edge ("*V/v:",
#: "2025*", ":*") or touching a letter ("nhận**:") — and a table's cell bar "|": a text pasted from a Markdown copy
#: keeps them. A "*" between two signs ("(*)", a footnote mark) and a "_" inside a word stay.
_MARKUP_RE = re.compile(r"(?:(?<=\s)|^)[*_]+|[*_]+(?=\s|$)|(?<=[^\W_])\*+|\*+(?=[^\W_])")


def without_markup(text: str) -> str:
    """A field's words without the Markdown marks a pasted copy left around them (:data:`_MARKUP_RE`), spaces
    folded: a trích yếu or a recipient names a subject or a body, and no mark or table bar is part of its name."""
    if not any(c in text for c in "*_|"):
        return text
    return re.sub(r"\s+", " ", _MARKUP_RE.sub("", text.replace("|", " "))).strip()


def normalize(text: str) -> str:
    """NFC + canonical tone placement: the form vanban stores."""
    return normalize_tones(text)


# A well-formed Vietnamese syllable once folded: onset, 1-3 vowels, coda.
_FOLDED_SYLLABLE_RE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
    r"(?:[aeiouy]{1,3})"
    r"(?:ch|ng|nh|[cmnpt])?"
)


#: a số ký hiệu as a text cites it, with the abbreviation of its type before it if any: "KL 75-KL/TW",
#: "30/2020/NĐ-CP", "QĐ 88/QĐ-UBND" — digits first, then capitals after "/" or "-" (no syllables)
_CODE_SPAN_RE = re.compile(r"(?<![^\W\d_])(?:[A-ZĐ]{2,}\s+)?\d+(?:[./-]\d+)*(?:[/-][A-ZĐ][A-Za-zĐđ0-9]*)+")


def vietnamese_ratio(text: str, skip_codes: bool = False) -> float:
    """Share of alphabetic words that are well-formed Vietnamese syllables.

    A dictionary-free language check: Vietnamese prose (even legacy OCR
    without its marks) scores above 0.85, English about 0.3-0.5, because
    English words end in consonants and clusters Vietnamese never has.
    ``skip_codes`` leaves the số ký hiệu cited out (:data:`_CODE_SPAN_RE`):
    a short pasted sentence citing "KL 75-KL/TW và NQ 25-NQ/TW" is Vietnamese,
    yet half its words are letters of codes (a newcomer's was refused at 57%).
    The language check of a document asks for it; the orientation check does
    not. Only a code's shape (digits, then capitals after "/" or "-") is left
    out, never a capital word alone: OCR of garbled glyphs is capitals too.
    """
    words = WORD_RE.findall(_CODE_SPAN_RE.sub(" ", text) if skip_codes else text)
    if not words:
        return 0.0
    good = sum(1 for w in words if _FOLDED_SYLLABLE_RE.fullmatch(fold(w)))
    return good / len(words)


#: English function words no Vietnamese syllable spells, even without its marks ("the", "by", "than" are left out:
#: "thế", "bý"… read markless; "an", "to", "in", "it", "not", "that" are Vietnamese syllables)
_ENGLISH_FUNCTION_WORDS = frozenset({"of", "and", "is", "are", "with", "for", "this", "from", "was", "were", "should",
                                     "which", "would", "has", "have", "its", "into", "these", "those", "when", "what",
                                     "whether", "because"})


def english_share(text: str) -> tuple[float, int]:
    """(share, count) of the words of ``text`` that are English function words (:data:`_ENGLISH_FUNCTION_WORDS`).

    Why: :func:`vietnamese_ratio` counts syllables, so an English note quoting its Vietnamese examples at length
    ("Expected: number 12-KH/ĐU, issuer ĐẢNG ỦY XÃ …, the deadline of …") scores as Vietnamese as a plan. Its prose
    is judged by the words that glue English together: a plan, a law or a legacy OCR without marks has next to
    none of them (at most 0.6% over the real documents, an English term or two), an English note 2–6%."""
    words = WORD_RE.findall(text)
    n = sum(1 for w in words if w.lower() in _ENGLISH_FUNCTION_WORDS)
    return (n / len(words) if words else 0.0), n


def utf8_name(name: str) -> str:
    """``name`` with each byte that is not UTF-8 written ``\\xNN``: a file name from an old
    zip (cp1258, TCVN3) reaches Python as surrogates, which SQLite and UTF-8 files refuse.
    A name that is UTF-8 comes back as it is."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        import os

        return os.fsencode(name).decode("utf-8", "backslashreplace")
    return name


def shown_path(path) -> str:
    """``path`` for a one-line terminal message: control characters (a newline,
    ESC of a colour sequence) written as escapes, so a hostile file name can
    neither split the line nor recolour the terminal (found by a newcomer); a name's
    bytes that are not UTF-8 as ``\\xNN`` (:func:`utf8_name`), as the archive keys them."""
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in utf8_name(str(path)))

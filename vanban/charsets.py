"""Pre-Unicode Vietnamese charsets: decode them, and tell which one a text uses.

Why: offices typed for twenty years in TCVN3 (ABC, fonts .VnTime /
.VnTimeH), VNI-Windows (VNI-Times), VISCII, VIQR (ASCII with marks typed
after the vowel) and Windows-1258. Read as UTF-8 or Windows-1258 such files
are mojibake ("Coäng hoøa", "§¶ng ñy") that no search finds. Nothing in the
bytes names the charset, so :func:`detect` decodes the whole text with every
table and keeps the one that turns the most words into well-formed
Vietnamese syllables — statistics over the whole file, never a first guess.

Tables and their sources:

* ``cp1258`` — Python's codec (Microsoft's Windows-1258: base letters
  precomposed, tones as combining marks; NFC composes them).
* ``tcvn3`` — glibc iconv ``TCVN5712-1`` (its lower half for the ABC
  lowercase letters, A1–A7 for Ă Â Ê Ô Ơ Ư Đ, B0–B4 combining tones), read
  once per process from the ``iconv`` program. .VnTimeH lines (capitals
  drawn by the font from lowercase codes) are upper-cased by
  :func:`fix_vntimeh_lines`.
* ``viscii`` — glibc iconv ``VISCII`` (RFC 1456), read the same way.
* ``vni`` — written here: no library or iconv ships VNI-Windows. Layout of
  the VNI-Times fonts (base letter + one mark byte, bytes read as
  Windows-1252) as in xvnkb's ``vni.h`` (Lam Dao), checked against the
  independent encoder of ``../shared/cases/02-vni-txt/legacy.py``.
* ``viqr`` — RFC 1456 VIQR: ``( ^ +`` after a vowel for ă â ê ô ơ ư,
  ``' ` ? ~ .`` for the tones, ``dd`` for đ, ``\\`` escapes a literal.

Leaf module: the standard library only (and the ``iconv`` program).
"""

from __future__ import annotations

import codecs
import functools
import re
import shutil
import subprocess
import threading
import unicodedata
from dataclasses import dataclass

__all__ = ["CHARSET_NAMES", "Utf8Damage", "decode_as", "decode_utf8_lenient", "describe_encoding", "detect", "syllable_score", "UnknownCharset"]

#: charset key → human name used in messages and stored as source encoding
CHARSET_NAMES = {
    "utf-8": "UTF-8",
    "cp1258": "Windows-1258",
    "tcvn3": "TCVN3 (ABC, .VnTime)",
    "viscii": "VISCII",
    "vni": "VNI-Windows",
    "viqr": "VIQR",
    "mojibake": "UTF-8 read as Windows-1252 and saved again (repaired)",
}
#: candidates in order of preference when two score the same
CANDIDATES = ("utf-8", "cp1258", "tcvn3", "viscii", "vni", "viqr")
_ICONV_NAMES = {"tcvn3": "TCVN5712-1", "viscii": "VISCII"}

#: a decoding must turn at least this share of the words into Vietnamese
#: syllables to be taken for Vietnamese (legacy OCR without marks ~0.9)
MIN_SCORE = 0.6


def describe_encoding(encoding: str | None) -> str | None:
    """Human name of a SourceDocument's ``encoding``: a codec or charset key,
    or keys joined by "+" with " fonts" for DOCX runs in legacy fonts
    ("tcvn3+vni fonts" → "TCVN3 (ABC, .VnTime) + VNI-Windows fonts")."""
    if not encoding:
        return None
    body, fonts = (encoding[:-6], " fonts") if encoding.endswith(" fonts") else (encoding, "")
    names = [CHARSET_NAMES.get(k, k.upper() if k.startswith("utf") else k) for k in body.split("+")]
    return " + ".join(names) + fonts


class UnknownCharset(ValueError):
    """No table decodes the bytes into Vietnamese; the message names them all."""


# --- single-byte tables from glibc iconv -------------------------------------


@functools.lru_cache(maxsize=None)
def iconv_table(charset: str) -> tuple[str, ...] | None:
    """The 256 characters glibc iconv gives for each byte of ``charset``.

    One ``iconv`` run per charset and process: every byte followed by a
    newline, so a combining tone byte cannot merge with its neighbour.
    None when iconv is missing or does not know the charset.
    """
    exe = shutil.which("iconv")
    if exe is None:
        return None
    codes = [b for b in range(1, 256) if b != 0x0A]
    data = b"".join(bytes([b]) + b"\n" for b in codes)
    try:
        proc = subprocess.run([exe, "-f", charset, "-t", "UTF-8"], input=data,
                              capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    parts = proc.stdout.decode("utf-8", "replace").split("\n")
    if proc.returncode != 0 or len(parts) != len(codes) + 1:
        return None
    table = ["\x00"] * 256
    table[0x0A] = "\n"
    for b, ch in zip(codes, parts):
        table[b] = ch
    return tuple(table)


@functools.lru_cache(maxsize=None)
def _translation(table: tuple[str, ...]) -> dict[int, str]:
    return {i: ch for i, ch in enumerate(table) if ch != chr(i)}


def _decode_table(data: bytes, charset: str) -> str | None:
    table = iconv_table(_ICONV_NAMES[charset])
    if table is None:
        return None
    text = data.decode("latin-1").translate(_translation(table))
    if charset == "tcvn3":
        text = fix_vntimeh_lines(text)
    return text


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _caps_font_word(word: str) -> bool:
    """A word only a capitals font shows as intended: a lowercase Vietnamese
    letter together with an uppercase ASCII letter that is not the initial
    ("đảNG", "HOạCH", "THư"; not "Số", "Xã")."""
    return any(not c.isascii() and c.islower() for c in word) and any(
        c.isascii() and c.isupper() for c in word[1:]
    )


def fix_vntimeh_lines(text: str) -> str:
    """Upper-case lines typed in a TCVN3 capitals font (.VnTimeH).

    .VnTimeH draws the *lowercase* TCVN3 codes as capitals and has no codes
    of its own, so "ĐẢNG ỦY" is stored as the bytes of "đảNG ủY". A line
    with no lowercase ASCII letter and a word that :func:`_caps_font_word`
    flags is such a line; "Số 12-KH/ĐU" is left as it is.
    """
    out = []
    for line in text.split("\n"):
        if not re.search(r"[a-z]", line) and any(_caps_font_word(w) for w in _LETTER_RUN.findall(line)):
            line = line.upper()
        out.append(line)
    return "\n".join(out)


# --- VNI-Windows ---------------------------------------------------------------

_TONES = ("\u0301", "\u0300", "\u0309", "\u0303", "\u0323")  # sắc huyền hỏi ngã nặng
# base letter → (VNI spelling of the toneless letter, mark bytes for the 5 tones
# after the *plain* base: a/e/o stand before the hat/breve+tone byte)
_VNI_ROWS = {
    "a": ("a", "a", "ùøûõï"), "ă": ("aê", "a", "éèúüë"), "â": ("aâ", "a", "áàåãä"),
    "e": ("e", "e", "ùøûõï"), "ê": ("eâ", "e", "áàåãä"),
    "o": ("o", "o", "ùøûõï"), "ô": ("oâ", "o", "áàåãä"), "ơ": ("ô", "ô", "ùøûõï"),
    "u": ("u", "u", "ùøûõï"), "ư": ("ö", "ö", "ùøûõï"),
    "y": ("y", "y", "ùøûõ"),  # ỵ has its own byte
}
_VNI_SINGLE = {"đ": "ñ", "ỵ": "î", "í": "í", "ì": "ì", "ỉ": "æ", "ĩ": "ó", "ị": "ò"}


@functools.lru_cache(maxsize=None)
def vni_table() -> dict[str, str]:
    """VNI-Windows spelling (as Windows-1252 text) → Unicode letter (NFC)."""
    table: dict[str, str] = {}
    for letter, (plain, base, marks) in _VNI_ROWS.items():
        if plain != letter:
            table[plain] = letter
        for tone, mark in zip(_TONES, marks):
            table[base + mark] = unicodedata.normalize("NFC", letter + tone)
    for letter, code in _VNI_SINGLE.items():
        table[code] = letter
    upper: dict[str, str] = {}
    for code, letter in table.items():
        up = letter.upper()
        upper[code.upper()] = up
        if len(code) == 2:  # capital base with a lowercase mark byte ("Aù")
            upper[code[0].upper() + code[1]] = up
    table.update(upper)
    return table


@functools.lru_cache(maxsize=None)
def _vni_re() -> re.Pattern[str]:
    keys = sorted(vni_table(), key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in keys))


def decode_vni(data: bytes) -> str | None:
    """VNI-Windows bytes → Unicode, None when not Windows-1252 bytes."""
    try:
        raw = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    table = vni_table()
    return _vni_re().sub(lambda m: table[m.group(0)], raw)


# --- VIQR ----------------------------------------------------------------------

_VIQR_QUALITY = {"a(": "ă", "a^": "â", "e^": "ê", "o^": "ô", "o+": "ơ", "u+": "ư"}
_VIQR_TONE = {"'": "\u0301", "`": "\u0300", "?": "\u0309", "~": "\u0303", ".": "\u0323"}
_VIQR_RE = re.compile(
    r"\\(.)"  # escaped literal
    r"|([dD][dD])"  # đ
    r"|([aeiouyAEIOUY])([(^+])?(['`?~.])?(?=([A-Za-z])?)",
)
#: sequences only VIQR writes: a quality mark after a vowel, or a tone inside a word
_VIQR_EVIDENCE = re.compile(r"[aeouAEOU][(^+]|[aeiouyAEIOUY][(^+]?['`~?.][a-zA-Z]|[aeiouyAEIOUY][`~]")


def viqr_evidence(text: str) -> float:
    """Share of words showing VIQR-only sequences (0 for ordinary ASCII prose)."""
    words = text.split()
    if not words:
        return 0.0
    return len(_VIQR_EVIDENCE.findall(text)) / len(words)


def decode_viqr(text: str) -> str:
    """VIQR (RFC 1456) → Unicode. A tone symbol ending a word counts as a tone
    unless :func:`_is_punctuation` says it is one."""

    def sub(m: re.Match[str]) -> str:
        if m.group(1) is not None:
            return m.group(1)
        if m.group(2) is not None:
            return "Đ" if m.group(2)[0] == "D" else "đ"
        vowel, quality, tone = m.group(3), m.group(4), m.group(5)
        out = vowel
        if quality:
            key = vowel.lower() + quality
            if key in _VIQR_QUALITY:
                q = _VIQR_QUALITY[key]
                out = q.upper() if vowel.isupper() else q
            else:
                out = vowel + quality
        if tone:
            if tone in "?." and m.group(6) is None and _is_punctuation(m.string, m.end()):
                return out + tone
            out = unicodedata.normalize("NFC", out + _VIQR_TONE[tone])
        return out

    return unicodedata.normalize("NFC", _VIQR_RE.sub(sub, text))


def _is_punctuation(text: str, after: int) -> bool:
    """True when a "." or "?" ending a word is a full stop / question mark.

    RFC 1456 makes such a mark a tone unless escaped ("nha`\\."), since "Bo^.
    Quo^'c" (Bộ Quốc) cannot be told from a sentence end; only at the end of
    a line, where writers seldom escape, is it read as punctuation.
    """
    rest = text[after:after + 2]
    return rest.strip(" \t") == "" or rest[:1] in "\r\n" or rest[1:2] in ("\r", "\n")


# --- scoring -------------------------------------------------------------------

_VIET_LETTERS = set(
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợ"
    "pqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)
_TONED = set("àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
#: vowel nuclei of Vietnamese syllables (toneless), longest first; "qu" and
#: "gi" belong to the onset ("quân" = qu + ân, "giữa" = gi + ưa)
_NUCLEI = sorted(
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ "
    "ưa ưi ươ ưu uy yê iêu oai oao oay oeo uây uôi ươi ươu uya uyê uyu yêu".split(),
    key=len, reverse=True,
)
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"(?:" + "|".join(_NUCLEI) + r")"
    r"(?:ch|ng|nh|[cmnpt])?"
)
_TOKEN_SPLIT = re.compile(r"[\s/\-]+")  # "12-KH/ĐU" → 12, KH, ĐU
_EDGE_PUNCT = "\"'()[]{}<>.,;:!?«»“”‘’-–—…*/\\|"


@functools.lru_cache(maxsize=1 << 16)
def _strip_tones(word: str) -> str:
    d = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))


@functools.lru_cache(maxsize=1 << 16)
def is_syllable(word: str) -> bool:
    """True for one well-formed Vietnamese syllable: NFC, lower, Title or
    UPPER case (not "veỔ"), Vietnamese letters, ≤ 1 tone, a real nucleus."""
    if not (word.islower() or word.isupper() or (word[:1].isupper() and word[1:].islower())):
        return False
    low = word.lower()
    if not low or any(c not in _VIET_LETTERS for c in low):
        return False
    if sum(c in _TONED for c in low) > 1:
        return False
    return _SYLLABLE.fullmatch(_strip_tones(low)) is not None


def syllable_score(text: str) -> tuple[float, int]:
    """(share of words that are Vietnamese syllables, words judged).

    Words are tokens between whitespace, "/" and "-" with edge punctuation
    stripped; tokens with digits or without letters are not judged. A token
    holding a non-letter inside ("§¶ng", "Coäng" is letters but not
    Vietnamese) counts against the decoding.
    """
    good = judged = 0
    for token in _TOKEN_SPLIT.split(unicodedata.normalize("NFC", text)):
        word = token.strip(_EDGE_PUNCT)
        if not word or any(c.isdigit() for c in word):
            continue
        if not any(c.isalpha() for c in word) and word.isascii():
            continue
        judged += 1
        if is_syllable(word):
            good += 1
    return (good / judged if judged else 0.0), judged


# --- detection -----------------------------------------------------------------


def decode_as(data: bytes, charset: str) -> str | None:
    """``data`` decoded with one candidate table (not yet NFC), None if the
    table cannot decode it (undefined bytes, iconv missing)."""
    if charset == "utf-8":
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return None
    if charset == "cp1258":
        try:
            return data.decode("cp1258")
        except UnicodeDecodeError:
            return None
    if charset in _ICONV_NAMES:
        return _decode_table(data, charset)
    if charset == "vni":
        return decode_vni(data)
    if charset == "viqr":
        try:
            text = data.decode("ascii")
        except UnicodeDecodeError:
            return None
        return decode_viqr(text) if viqr_evidence(text) >= 0.05 else None
    raise ValueError(f"unknown charset {charset!r}")


#: a file that is UTF-8 but for at most this share of its bytes (a stray
#: Windows-1252 quote, a Latin-1 no-break space, a character cut at the end)
#: is read as UTF-8 with those bytes replaced — if the rest is Vietnamese
MAX_BAD_UTF8_SHARE = 1 / 1000
#: … and at least this many bad bytes are forgiven in a small file
MIN_BAD_UTF8_ALLOWED = 4


@dataclass(frozen=True)
class Utf8Damage:
    """Where a nearly-UTF-8 file broke: 0-based byte offsets of the bytes that
    are no UTF-8 (each read as U+FFFD), and ``cut`` — the offsets of a
    character cut off by the end of the file (dropped)."""

    bad: tuple[int, ...] = ()
    cut: tuple[int, ...] = ()
    values: bytes = b""  # the bad bytes themselves, in the order of ``bad``

    def describe(self, limit: int = 5) -> str:
        """One line for the user, e.g. "read as UTF-8: 1 byte not UTF-8
        (offset 120 = 0x93) read as U+FFFD"."""
        parts = []
        if self.bad:
            shown = ", ".join(f"{o} = 0x{v:02x}" for o, v in zip(self.bad[:limit], self.values))
            shown += ", …" if len(self.bad) > limit else ""
            parts.append(f"{len(self.bad)} byte{'s' if len(self.bad) > 1 else ''} not UTF-8 "
                         f"(offset{'s' if len(self.bad) > 1 else ''} {shown}) read as U+FFFD")
        if self.cut:
            parts.append(f"a character cut by the end of the file (offset {self.cut[0]}) dropped")
        return "read as UTF-8: " + "; ".join(parts)


_UTF8_ERRORS = threading.local()  # (start, end, cut) of each bad run, per decoding thread


class _TooDamaged(Exception):
    """More bad bytes than a nearly-UTF-8 file may have: stop decoding."""


def _record_utf8_error(exc: UnicodeDecodeError):
    cut = exc.end == len(exc.object) and exc.reason == "unexpected end of data"
    state = _UTF8_ERRORS
    state.found.append((exc.start, exc.end, cut))
    state.count += exc.end - exc.start
    if state.count > state.limit:
        raise _TooDamaged
    return ("" if cut else "\ufffd"), exc.end


codecs.register_error("vanban-utf8-record", _record_utf8_error)


def decode_utf8_lenient(data: bytes) -> tuple[str, Utf8Damage] | None:
    """``data`` as UTF-8 with its few bad bytes replaced, and where they were.

    None when more than :data:`MAX_BAD_UTF8_SHARE` of the bytes (at least
    :data:`MIN_BAD_UTF8_ALLOWED`) are no UTF-8: then the file is in another
    charset. A character cut by the end of the file is dropped, not replaced.
    """
    state = _UTF8_ERRORS
    state.found, state.count = [], 0
    state.limit = max(MIN_BAD_UTF8_ALLOWED, len(data) * MAX_BAD_UTF8_SHARE)
    try:
        text = data.decode("utf-8", "vanban-utf8-record")
    except _TooDamaged:
        return None
    bad = tuple(o for start, end, cut in state.found if not cut for o in range(start, end))
    cut = tuple(o for start, end, c in state.found if c for o in range(start, end))
    return text, Utf8Damage(bad, cut, bytes(data[o] for o in bad))


#: above this many bytes candidates are scored on a sample spread over the file
SAMPLE_BYTES = 1 << 18
_WINDOWS = 64


def spread_sample(data: bytes) -> bytes:
    """``data`` itself, or for a large file :data:`_WINDOWS` windows spread
    evenly over it, each cut at whitespace (never inside a character or a
    VNI letter+mark pair), about :data:`SAMPLE_BYTES` in all."""
    if len(data) <= SAMPLE_BYTES:
        return data
    size = SAMPLE_BYTES // _WINDOWS
    stride = len(data) // _WINDOWS
    parts = []
    for k in range(_WINDOWS):
        window = data[k * stride: k * stride + size]
        first = min((i for i in (window.find(b" "), window.find(b"\n")) if i >= 0), default=-1)
        last = max(window.rfind(b" "), window.rfind(b"\n"))
        if 0 <= first < last:
            parts.append(window[first + 1:last])
    return b"\n".join(parts) or data[:SAMPLE_BYTES]


def _decodable(data: bytes, charset: str) -> bool:
    """Whether every byte of ``data`` has a meaning in ``charset`` (C speed)."""
    codec = {"utf-8": "utf-8", "cp1258": "cp1258", "vni": "cp1252", "viqr": "ascii"}.get(charset)
    if codec is None:
        return iconv_table(_ICONV_NAMES[charset]) is not None
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def detect(data: bytes) -> tuple[str, str, dict[str, float]]:
    """(text in NFC, charset key, score of every candidate that decoded).

    Decodes ``data`` with each table of :data:`CANDIDATES` that can decode
    every byte of it and keeps the one with the highest
    :func:`syllable_score` over the whole file (over a sample spread across
    it, :func:`spread_sample`, beyond :data:`SAMPLE_BYTES`); ties go to the
    earlier candidate (valid UTF-8 first). A pure-ASCII text is UTF-8 unless
    VIQR marks are frequent and score higher. Raises :class:`UnknownCharset`
    (naming every charset tried) when no table decodes the bytes, or when
    the bytes are not UTF-8 and no table gives Vietnamese (best score <
    :data:`MIN_SCORE`). Bytes that are UTF-8 but for a few bad bytes
    (:func:`decode_utf8_lenient`) whose text is Vietnamese are a UTF-8
    candidate that loses ties; its text has the bad bytes as U+FFFD (call
    :func:`decode_utf8_lenient` for where they were). A file that is not
    UTF-8 but whose lines are partly UTF-8 and partly one legacy charset is
    read line by line (:func:`detect_mixed`, key "utf-8+KEY") when that
    scores better than every single table.
    """
    sample = spread_sample(data)
    scores: dict[str, float] = {}
    for charset in CANDIDATES:
        if not _decodable(data, charset):
            continue
        text = decode_as(sample, charset)
        if text is None:
            continue
        scores[charset] = syllable_score(text)[0]
    damaged = None
    if "utf-8" not in scores:  # nearly UTF-8: a few stray bytes, a cut last character
        lenient = decode_utf8_lenient(data)
        if lenient is not None:
            score = syllable_score(sample.decode("utf-8", "replace"))[0]
            if score >= MIN_SCORE:  # and Vietnamese: UTF-8 with those bytes replaced
                damaged, scores["utf-8"] = lenient[0], score
    if "utf-8" not in scores:  # UTF-8 lines and legacy lines in one file (two files joined, a note appended)
        mixed = detect_mixed(data)
        if mixed is not None and mixed[2] >= MIN_SCORE and mixed[2] > max(scores.values(), default=0.0):
            return unicodedata.normalize("NFC", mixed[0]), mixed[1], {**scores, mixed[1]: mixed[2]}
    tried = ", ".join(CHARSET_NAMES[c] for c in CANDIDATES)
    if not scores:
        raise UnknownCharset(f"no Vietnamese charset decodes these bytes (tried {tried})")

    def rank(c: str) -> tuple[float, int]:  # ties to the earlier candidate; damaged UTF-8 last
        return scores[c], (-len(CANDIDATES) if c == "utf-8" and damaged is not None else -CANDIDATES.index(c))

    best = max(scores, key=rank)
    if best == "utf-8" and damaged is not None:
        return unicodedata.normalize("NFC", damaged), best, scores
    if scores[best] < MIN_SCORE and "utf-8" not in scores:
        raise UnknownCharset(
            f"no Vietnamese charset gives Vietnamese text (tried {tried}; best "
            f"{CHARSET_NAMES[best]}: {scores[best]:.0%} Vietnamese syllables)"
        )
    if best == "utf-8" and (repaired := _mojibake_repaired(data.decode("utf-8"), sample, scores["utf-8"])):
        scores["mojibake"] = syllable_score(repaired[1])[0]
        return unicodedata.normalize("NFC", repaired[0]), "mojibake", scores
    if scores[best] < MIN_SCORE:
        best = "utf-8"  # valid UTF-8 that is no Vietnamese: the language check says so
    text = data.decode("utf-8") if best == "utf-8" else decode_as(data, best)
    if text is None:  # VIQR marks too rare in the whole file (the sample had more)
        best, text = "utf-8", data.decode("utf-8")
    return unicodedata.normalize("NFC", text), best, scores


def _mojibake_repaired(text: str, sample: bytes, score: float) -> tuple[str, str] | None:
    """(repaired text, repaired sample) of UTF-8 text whose Vietnamese went through a
    Windows-1252 (or Latin-1) reading and was saved as UTF-8 again ("Káº¾ HOáº CH" for "KẾ
    HOẠCH": an e-mail, a web form or a CSV export that took the bytes for Western text),
    None when it is no such text: ftfy's repair changes nothing, or does not give more
    Vietnamese syllables than the text as it is (``score``) and at least MIN_SCORE.

    Why: read as it is, such a plan is refused as "not Vietnamese text", the language
    blamed for what is an encoding fault; ftfy (a well-kept library for exactly this)
    undoes it and leaves correct text alone."""
    if text.isascii():
        return None
    import ftfy

    fixed_sample = ftfy.fix_encoding(sample.decode("utf-8", "ignore"))
    if fixed_sample == sample.decode("utf-8", "ignore"):
        return None
    fixed_score = syllable_score(fixed_sample)[0]
    if fixed_score < MIN_SCORE or fixed_score <= score:
        return None
    return ftfy.fix_encoding(_A0_AS_SPACE_RE.sub("\\1\xa0", text)), fixed_sample


#: in Vietnamese mojibake, a lead byte read as Windows-1252 and then a plain space: the
#: continuation byte A0 of "à" (C3 A0, "Ã\xa0") or "Ơ" (C6 A0, "Æ\xa0") whose no-break
#: space a later step turned into a space ("HoÃ n" for "Hoàn"). A lead byte is never
#: followed by a space in UTF-8, so the space was the A0. ftfy's own ``restore_byte_a0``
#: reads "Ã " before a letter as the Portuguese/Catalan word "à " ("Hoà n", "ngà y") and does
#: not know C6 ("CÆ  QUAN"); it runs after this, on what is left.
_A0_AS_SPACE_RE = re.compile("([\xc3\xc6]) ")


def detect_mixed(data: bytes) -> tuple[str, str, float] | None:
    """(text, "utf-8+CHARSET", syllable score) of a file whose lines are
    partly UTF-8 and partly in one pre-Unicode charset, None when it is not
    such a file (no valid non-ASCII UTF-8 line, or no invalid one).

    Why: a plan typed in Windows-1258 or TCVN3 with a Unicode note appended
    (or two exports joined by ``cat``) decodes in no single table: as a
    whole it is neither UTF-8 nor legacy text. Each line is read on its
    own: a line that is valid UTF-8 and not ASCII is UTF-8 (legacy bytes
    form valid UTF-8 sequences almost never); the other non-ASCII lines
    are decoded with the candidate that scores best over them all. The
    caller keeps the result only if it scores better than every single
    table.
    """
    lines = data.split(b"\n")
    legacy: list[int] = []
    utf8 = 0
    for i, line in enumerate(lines):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8 += 1
        except UnicodeDecodeError:
            legacy.append(i)
    if not utf8 or not legacy:
        return None
    legacy_bytes = spread_sample(b"\n".join(lines[i] for i in legacy))
    best, best_score = None, -1.0
    for charset in CANDIDATES[1:]:
        text = decode_as(legacy_bytes, charset)
        if text is not None and (score := syllable_score(text)[0]) > best_score:
            best, best_score = charset, score
    if best is None:
        return None
    wanted = set(legacy)
    out = [None if i in wanted else line.decode("utf-8") for i, line in enumerate(lines)]
    for i in legacy:
        text = decode_as(lines[i], best)
        if text is None:
            return None
        out[i] = text
    text = "\n".join(out)
    return text, f"utf-8+{best}", syllable_score(spread_sample(text.encode("utf-8")).decode("utf-8"))[0]

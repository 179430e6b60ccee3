"""Decode a plain-text file (legacy OCR output, exported text) to NFC.

Why: Vietnamese text files come in UTF-8, UTF-16 (Windows "Unicode" with a
BOM) and in the pre-Unicode charsets offices typed in for twenty years:
TCVN3 (.VnTime), VNI-Windows, VISCII, VIQR and Windows-1258 (which spells
tones as *combining* marks, so the text must be NFC-normalised after
decoding or "ả" ≠ "ả"). Which one a file uses is decided by
:func:`vanban.charsets.detect` over the whole file. Binary data that was
given a .txt name must be refused, not turned into mojibake.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from vanban import charsets
from vanban.models import InputError, PageSource
from vanban.text import without_invisible

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: same first two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = set("\t\n\r\f\v\x85")
#: line breaks other than "\n" (a form feed stays: it parts pages): Windows and old Mac
#: ends, Word's soft break (\v) as copied out of Word, NEL, U+2028/U+2029 of text pasted
#: from a web page. Left in, the structure stage's lines (split on "\n") would be the
#: whole document; the geometry readers split the same set (:mod:`vanban.ingest.lines`).
_LINE_BREAKS_RE = re.compile(r"\r\n|[\r\v\x1c-\x1e\x85\u2028\u2029]")
#: C0 controls but \t \n \v \f \r and 0x1A (DOS end-of-file), and DEL
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\v\f\r\x1a") + b"\x7f"
#: share of control characters above which decoded "text" is called binary
_MAX_CONTROL_SHARE = 0.01


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding) for the bytes of a text file; InputError if binary.

    encoding is a codec name (utf-8, utf-16, utf-16-le/-be) or a key of
    :data:`vanban.charsets.CHARSET_NAMES` (cp1258, tcvn3, viscii, vni, viqr),
    or "utf-8+KEY" for a file of UTF-8 lines and lines in one legacy charset.
    A UTF-8 file with a few bad bytes comes back as utf-8 with them replaced
    (:func:`damage_note` says where).
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(enc)), enc.replace("-sig", "")
            except UnicodeDecodeError:
                # Notepad's "UTF-8" (with a BOM) and a stray byte: read as a BOM-less file would be
                found = charsets.decode_utf8_lenient(data[len(bom):]) if enc == "utf-8-sig" else None
                if found is None:
                    raise InputError(f"invalid {enc} text after a byte-order mark") from None
                return _checked(found[0]), "utf-8"
    if b"\x00" in data:
        enc = _bomless_utf16(data)
        if enc is None:
            raise InputError("binary content in a text file (NUL bytes)")
        return _checked(data.decode(enc)), enc
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls / len(data) > _MAX_CONTROL_SHARE:
        raise InputError("binary content in a text file (control characters)")
    try:
        text, charset, _scores = charsets.detect(data)
    except charsets.UnknownCharset as exc:
        raise InputError(str(exc)) from None
    return _checked(text), charset


def damage_note(data: bytes, encoding: str) -> str | None:
    """One line naming the bytes of a file read as UTF-8 that were no UTF-8
    (offsets, values), None when the file was valid (or not read as UTF-8)."""
    if encoding != "utf-8":
        return None
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError:
        found = charsets.decode_utf8_lenient(data)
        return found[1].describe() if found is not None else None


def _bomless_utf16(data: bytes) -> str | None:
    """utf-16-le/-be when NULs sit on one parity (ASCII-heavy UTF-16)."""
    n = len(data) - len(data) % 2
    if n < 4:
        return None
    even = data[0:n:2].count(0)
    odd = data[1:n:2].count(0)
    for enc, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros > n // 2 * 0.3 and other == 0:
            try:
                data[:n].decode(enc)
                return enc
            except UnicodeDecodeError:
                return None
    return None


def _checked(text: str) -> str:
    """NFC text with unified newlines; refuses control-character soup."""
    if text:
        controls = sum(
            1 for c in text if unicodedata.category(c) == "Cc" and c not in _ALLOWED_CONTROLS
        )
        if controls / len(text) > _MAX_CONTROL_SHARE:
            raise InputError("binary content in a text file (control characters)")
    text = without_invisible(_LINE_BREAKS_RE.sub("\n", text))
    return unicodedata.normalize("NFC", text)


def read_pages(data: bytes) -> tuple[tuple[PageSource, ...], str, str | None]:
    """Pages of a text file (split on form feeds), the encoding used, and a
    note for the user when bytes were replaced (:func:`damage_note`)."""
    text, encoding = decode(data)
    note = damage_note(data, encoding)
    if "+" in encoding:  # charsets.detect_mixed: UTF-8 lines and legacy lines
        note = f"lines in two charsets: read line by line as {charsets.describe_encoding(encoding)}"
    elif encoding == "mojibake":
        note = f"{charsets.describe_encoding(encoding)}: the text's own Vietnamese letters restored"
    parts = text.split("\f")
    pages = tuple(
        PageSource(number=i, method="txt", text=part) for i, part in enumerate(parts, 1)
    )
    # drop trailing empty page left by a final form feed
    if len(pages) > 1 and not pages[-1].text.strip():
        pages = pages[:-1]
    return pages, encoding, note

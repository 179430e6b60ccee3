"""DOCX runs typed in pre-Unicode Vietnamese fonts, turned into Unicode.

Why: documents typed in Word 97–2003 with the ABC/TCVN3 fonts (.VnTime,
.VnArial, and their capitals .VnTimeH, .VnArialH) or the VNI fonts
(VNI-Times, VNI-Helve, …) keep, once saved as DOCX, the *Windows-1252
characters* of the legacy bytes ("§¶ng ñy" for "Đảng ủy"): the font alone
draws them as Vietnamese. Real documents mix such runs with Unicode runs
(a header pasted from a newer template), so each run is converted by the
charset of its own font, and Unicode runs are kept as they are.

A run's font is its own ``w:rFonts``, else its character style's, else the
paragraph style's (following ``basedOn``), else the document defaults.
"""

from __future__ import annotations

import unicodedata

from vanban import charsets

__all__ = ["font_charset", "convert_text", "paragraph_text", "document_encoding", "file_encoding", "lost_font_text"]


def font_charset(font: str | None) -> tuple[str, bool] | None:
    """(charset key, capitals font) of a legacy Vietnamese font name, or None.

    ".VnTime" → ("tcvn3", False), ".VnTimeH" → ("tcvn3", True),
    "VNI-Times" → ("vni", False); Unicode fonts (Times New Roman) → None.
    """
    if not font:
        return None
    name = font.strip()
    if name.lower().startswith(".vn"):
        return "tcvn3", name.endswith("H")
    if name.lower().startswith("vni-") or name.lower().startswith("vni "):
        return "vni", False
    return None


def _legacy_bytes(text: str) -> bytes | None:
    """The 8-bit codes a legacy-font run stands for (its Windows-1252 text;
    code points 0x80–0xFF written as they are by some converters). None when
    the run holds characters no 8-bit font has (it is really Unicode)."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) < 256:
                out.append(ord(ch))
            else:
                return None
    return bytes(out)


def convert_text(text: str, charset: str, caps: bool = False) -> str:
    """A run's text in a legacy font → NFC Unicode (unchanged if not 8-bit)."""
    if text.isascii() and not caps:
        return text
    data = _legacy_bytes(text)
    if data is None:
        return text
    if charset == "tcvn3":
        table = charsets.iconv_table("TCVN5712-1")
        if table is None:
            return text
        out = "".join(table[b] for b in data)
    else:
        out = charsets.decode_as(data, charset) or text
    out = unicodedata.normalize("NFC", out)
    return out.upper() if caps else out


# --- which font a run uses ----------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _rfonts_name(rpr) -> str | None:
    """The font of an ``rPr`` element: hAnsi (used for characters 0x80–0xFF,
    where legacy codes live) before ascii."""
    if rpr is None:
        return None
    rfonts = rpr.find(f"{_W}rFonts")
    if rfonts is None:
        return None
    return rfonts.get(f"{_W}hAnsi") or rfonts.get(f"{_W}ascii")


def _style_font(style) -> str | None:
    seen = 0
    while style is not None and seen < 20:  # basedOn chains are short; loops exist in junk
        name = _rfonts_name(style.element.find(f"{_W}rPr"))
        if name:
            return name
        style = style.base_style
        seen += 1
    return None


def _default_font(part) -> str | None:
    try:
        styles = part.styles.element
    except Exception:  # noqa: BLE001 - no styles part
        return None
    return _rfonts_name(styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr"))


def run_font(run, paragraph) -> str | None:
    """The font a run is drawn in (see the module docstring)."""
    name = _rfonts_name(run._r.rPr)
    if name:
        return name
    try:
        if run.style is not None and run.style.style_id != "DefaultParagraphFont":
            name = _style_font(run.style)
            if name:
                return name
        name = _style_font(paragraph.style)
        if name:
            return name
    except Exception:  # noqa: BLE001 - dangling style ids in real files
        pass
    return _default_font(paragraph.part)


def _runs(paragraph):
    """Runs of a paragraph in order, those inside hyperlinks included."""
    from docx.text.hyperlink import Hyperlink

    for item in paragraph.iter_inner_content():
        if isinstance(item, Hyperlink):
            yield from item.runs
        else:
            yield item


_SPECIAL = {f"{_W}softHyphen": "\xad", f"{_W}noBreakHyphen": "-"}


def _legacy_run_text(run) -> str:
    """A run's text with Word's soft-hyphen elements kept as U+00AD.

    Why: byte 0xAD is "ư" in TCVN3 but a soft hyphen in Windows-1252; Word
    and LibreOffice store it as ``<w:softHyphen/>``, which python-docx's
    ``run.text`` drops ("phương" would become "phơng").
    """
    if run._r.find(f"{_W}softHyphen") is None and run._r.find(f"{_W}noBreakHyphen") is None:
        return run.text
    parts = []
    for child in run._r.iterchildren():
        if child.tag in _SPECIAL:
            parts.append(_SPECIAL[child.tag])
        elif child.tag == f"{_W}t":
            parts.append(child.text or "")
        elif child.tag == f"{_W}tab":
            parts.append("\t")
        elif child.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
    return "".join(parts)


def paragraph_text(paragraph, used: set[str] | None = None, runs=None) -> str:
    """The paragraph's text with every legacy-font run converted (NFC).

    ``runs``: the runs to read (default: the paragraph's runs, hyperlinks
    included); the DOCX reader passes its visible runs. Without legacy fonts
    the text is the runs' text as it is. ``used`` (optional) collects the
    charset keys that were converted.
    """
    parts: list[str] = []
    legacy = False
    for run in (_runs(paragraph) if runs is None else runs):
        found = font_charset(run_font(run, paragraph))
        text = run.text if found is None else _legacy_run_text(run)
        if found is not None and text and not (text.isascii() and not found[1]):
            legacy = True
            if used is not None:
                used.add(found[0])
            text = convert_text(text, *found)
        parts.append(text)
    if legacy:
        return unicodedata.normalize("NFC", "".join(parts))
    return "".join(parts) if runs is not None else paragraph.text


def _all_paragraphs(doc):
    yield from doc.paragraphs
    stack = list(doc.tables)
    while stack:
        table = stack.pop()
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs
                stack.extend(cell.tables)


def document_encoding(doc) -> str | None:
    """"tcvn3 fonts", "tcvn3+vni fonts", … for a python-docx Document whose
    runs use legacy fonts; None when every run is Unicode."""
    used: set[str] = set()
    for paragraph in _all_paragraphs(doc):
        paragraph_text(paragraph, used)
    if not used:
        return None
    return "+".join(sorted(used)) + " fonts"


def file_encoding(path) -> str | None:
    """:func:`document_encoding` of a DOCX file (None if it cannot be read:
    the DOCX reader reports why)."""
    import docx

    try:
        return document_encoding(docx.Document(str(path)))
    except Exception:  # noqa: BLE001 - the reader gives the one-line cause
        return None


#: the lines in question must read as Vietnamese (share of syllables) at least
#: this much better in the legacy table than as they stand
LOST_FONT_GAIN = 0.3


def lost_font_text(text: str) -> tuple[str, str | None]:
    """(text, charset key) with the lines of a DOCX that hold TCVN3 or VNI bytes
    under a *Unicode* font name converted; (text, None) when there are none.

    Why (found by a newcomer): a document typed in .VnTime or VNI-Times whose
    font was reset later ("select all → Times New Roman", a copy into a new
    template, a converter that dropped ``w:rFonts``) keeps the legacy bytes
    with no legacy font name to tell; vanban refused it as "not Vietnamese
    text" of a Vietnamese document. The lines in question are those of 8-bit
    characters only, not ASCII, with a letter (:func:`_suspect`; Unicode
    Vietnamese nearly always holds a letter beyond U+00FF: ạ, đ, ư, ơ, ă…).
    Together they decide: a table
    is taken when their reading in it is Vietnamese (at least
    :data:`charsets.MIN_SCORE` of the words) and :data:`LOST_FONT_GAIN`
    better than as they stand. Each line is then converted unless that
    makes it worse, or leaves as good a line written in Unicode's own
    Latin-1 Vietnamese letters (a real "Hà Tâm" stays).
    """
    lines = text.split("\n")
    suspect = [i for i, line in enumerate(lines) if _suspect(line)]
    if not suspect:
        return text, None
    joined = "\n".join(lines[i] for i in suspect)
    before = charsets.syllable_score(joined)[0]
    best = None
    for charset in ("tcvn3", "vni"):
        score = charsets.syllable_score(_converted(joined, charset))[0]
        if score >= charsets.MIN_SCORE and score >= before + LOST_FONT_GAIN and (best is None or score > best[1]):
            best = (charset, score)
    if best is None:
        return text, None
    for i in suspect:
        out = _converted(lines[i], best[0])
        now, then = charsets.syllable_score(lines[i])[0], charsets.syllable_score(out)[0]
        if then > now or (then == now and not set(lines[i]) <= _UNICODE_LATIN1):
            lines[i] = out
    return "\n".join(lines), best[0]


def _suspect(line: str) -> bool:
    """Whether ``line`` may hold legacy bytes: 8-bit characters only, not ASCII, and a
    letter among them. Why (found by a newcomer, 1539-VLO-QLDN3): a Unicode DOCX whose
    paragraphs hold only "…" (or "–", "•", quotes) was called TCVN3 and each "…" became
    "Ặ" (byte 0x85): a line with no letter carries no evidence of a reading, and a line
    typed in TCVN3 or VNI always has one (its ASCII consonants, "ng", "nh", "t")."""
    return not line.isascii() and any(ch.isalpha() for ch in line) and _legacy_bytes(line) is not None


#: ASCII and the Vietnamese letters Unicode writes in Latin-1: a line of these
#: alone ("Hà Tâm") that reads as well as it is stays Unicode
_UNICODE_LATIN1 = frozenset(chr(c) for c in range(128)) | frozenset("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")


def _converted(text: str, charset: str) -> str:
    out = convert_text(text, charset)
    return charsets.fix_vntimeh_lines(out) if charset == "tcvn3" else out

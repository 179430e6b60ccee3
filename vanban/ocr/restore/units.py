"""Units of measure in table cells keep their unit reading after restoration.

Why: a norm table's unit column puts a unit alone on its line, the figure in the
next cell ("Nhựa đường ⏎ kg ⏎ 8,113", "Dầu hỏa ⏎ lit ⏎ 4,774"). With no words
around it the language model reads the bare syllable as its commonest word:
"lit" → "lư", "ca" → "của"/"cà", "tan" → "tận", "lui" (eng OCR of "lưỡi") →
"lưới"; Tesseract ``vie`` itself reads "kg" as "kỹ". Each such line loses the
norm it carries. A line that holds one unit-shaped word (optionally with a
figure before or after it), next to a figure line, is a table cell: its word
takes the unit's spelling from ``lexicon/units.tsv`` when the OCR form, the
chosen form or one of the restorer's alternatives folds to a unit.

A word wrapped onto a line of its own in prose ("kỹ ⏎ thuật") is not next to a
figure line and stays as restored.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from vanban.models import Restoration
from vanban.text import fold, normalize

from . import lexicon

# a figure cell: "8,113", "0,0184", "47,97", "1.000", "10%", "0,0450,033"
FIGURE_LINE_RE = re.compile(r"[\s*_|]*[-+]?\d[\d.,]*\s*%?[\s*_|]*")
# a unit cell line: one word, with a figure before or after it at most ("0,5 kg")
# (a figure ends in a digit: "8. BO" is a heading's number before a wrapped "Bộ Chỉ huy …")
# (or two words, for a unit written in two: "tỷ đồng", "triệu đồng" — only a listed two-word unit is taken)
_CELL_RE = re.compile(r"(?P<pre>[\s*_|]*(?:\d(?:[\d.,]*\d)?\s+)?)(?P<w>[^\W\d_][^\W_]{0,5}(?: [^\W\d_]{2,5})?)(?:\s+\d[\d.,]*)?[\s*_|]*")
# (leg56) a unit per something, "triệu đồng/người/năm", "kg/ha": the unit's head (one word or a listed two) before the
# slashes is the cell's unit, the words after them are read as restored ("trieu dong/nguoi/nam" alone on its line: the
# language model read the head "tiểu đường", and an indicator table's income figure lost its unit, t54-05 legacy)
_PER_CELL_RE = re.compile(r"(?P<pre>[\s*_|]*)(?P<w>[^\W\d_][^\W_]{0,5}(?: [^\W\d_]{2,5})?)(?P<per>(?:/[^\W\d_]{1,6}){1,2})[\s*_|]*")
# (leg56) a figure cell with its bound words, "Từ 40.000 trở lên", "Dưới 1" (as eng OCR prints them: "Tw 40.000 tré
# lén"): the unit cell beside it is a table's as next to a bare figure ("tan" read "tần", t54-05 legacy)
_BOUND_FIGURE_RE = re.compile(r"[\s*_|]*(?:[^\W\d_]+\s+){0,2}\d[\d.,]*\s*%?(?:\s+[^\W\d_]+){0,2}[\s*_|]*")
# row labels that share a unit's letters: a capitalised cell the restorer read so keeps that reading
TABLE_LABELS = frozenset({"cộng"})
# the nearest non-empty line at most this many lines away is looked at for a figure
NEIGHBOUR_LINES = 2


@lru_cache(maxsize=1)
def unit_forms() -> tuple[dict[str, str], dict[str, str]]:
    """(folded key → unit form, misread OCR form → unit form) from ``lexicon/units.tsv``."""
    by_key: dict[str, str] = {}
    misread: dict[str, str] = {}
    for line in (lexicon.LEXICON_DIR / "units.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        form, _, seen = line.partition("\t")
        form = normalize(form.strip())
        by_key.setdefault(fold(form).lower(), form)
        for s in seen.split(","):
            if s.strip():
                misread[normalize(s.strip())] = form
    return by_key, misread


def unit_reading(source: str, chosen: str, alternatives=()) -> str | None:
    """The unit ``source`` (an OCR token) stands for, or None.

    Tried in order: the token is a unit as written (kept: "ca", "kg", "Ca"), an
    engine's misread of one ("kỹ" → "kg"), its letters fold to a unit's ("lit" →
    "lít"), the restorer's choice or one of its alternatives folds to a unit
    ("lui" → chosen "lưới" → "lưỡi"). Case follows the source.
    """
    by_key, misread = unit_forms()
    src = normalize(source)
    low = src.lower()
    if src[:1].isupper() and chosen.lower() in TABLE_LABELS:
        return None  # "Cong ⏎ 1.234": the table's total row, "Cộng", not the unit "công"
    if low in misread:
        return misread[low]
    for f in (src, low):
        if f in by_key.values():
            return src
    for cand in (low, chosen.lower(), *(a.lower() for a, _ in alternatives)):
        unit = by_key.get(fold(cand).lower())
        if unit is not None:
            if src.isupper() and len(src) > 1:
                return unit.upper()
            if unit.islower() and src[:1].isupper():
                return unit[:1].upper() + unit[1:]
            return unit
    return None


def keep_units(text: str, res: Restoration) -> Restoration:
    """``res`` (the restoration of ``text``) with table-cell units back to their unit reading.

    ``text``: the restorer's input; ``res.tokens`` carry offsets into it (after
    NFC with canonical tones, which keeps lengths). Lines correspond one to one
    between input and output (no token holds a line break).
    """
    if not text.isascii():
        text = normalize(text)
    lines = text.split("\n")
    out_lines = res.text.split("\n")
    if len(lines) != len(out_lines):
        return res
    figure = [bool(FIGURE_LINE_RE.fullmatch(ln) or _BOUND_FIGURE_RE.fullmatch(ln)) and any(c.isdigit() for c in ln)
              for ln in lines]
    by_start: dict[int, int] | None = None  # token index by offset, built at the first cell line
    tokens: list | None = None  # (read at the first cell line: most texts have none, and their
    # records may not be made yet — :class:`vanban.models.DeferredRestoration`)
    changed = False
    offset = 0
    for n, line in enumerate(lines):
        start = offset
        offset += len(line) + 1
        m = _CELL_RE.fullmatch(line) or _PER_CELL_RE.fullmatch(line)
        if m is None or not _next_to_figure(lines, figure, n, has_figure=any(c.isdigit() for c in line)):
            continue
        tok_start = start + m.start("w")
        if by_start is None:
            tokens = list(res.tokens)
            by_start = {t.start: k for k, t in enumerate(tokens)}
        k = by_start.get(tok_start)
        source = m.group("w")
        cell = _PER_CELL_RE if m.re is _PER_CELL_RE else _CELL_RE
        if " " in source:  # a two-word cell: a listed unit of two words as its letters spell it, nothing else
            words = _two_word_unit(source, out_lines[n], tokens, by_start, tok_start, cell)
            if words is not None:
                out_lines[n], changed = words[0], True
            continue
        choice = tokens[k] if k is not None else None
        chosen = choice.chosen if choice is not None else source
        unit = unit_reading(source, chosen, choice.alternatives if choice is not None else ())
        if unit is None or unit == chosen:
            continue
        out = out_lines[n]
        om = cell.fullmatch(out)
        if om is None:
            continue
        out_lines[n] = out[: om.start("w")] + unit + out[om.end("w"):]
        if choice is not None:
            tokens[k] = replace(choice, chosen=unit, changed=unit != choice.source)
        changed = True
    if not changed:
        return res
    return Restoration(text="\n".join(out_lines), tokens=tuple(tokens))


def _two_word_unit(source: str, out: str, tokens: list, by_start: dict[int, int], tok_start: int,
                   cell: re.Pattern = _CELL_RE) -> tuple[str] | None:
    """(``out`` with the cell's two words in the unit's spelling,) when ``source``, a cell of two words, folds to a
    unit of two words in ``lexicon/units.tsv`` ("ty dong" → "tỷ đồng": alone on its line, the language model read
    "từ dòng" and the indicator table's figures lost their unit); each word's token takes its word. None: no such
    unit, or the restored line does not hold the cell as two words."""
    by_key, _ = unit_forms()
    unit = by_key.get(fold(source).lower())
    om = cell.fullmatch(out)
    if unit is None or " " not in unit or om is None or len(om.group("w").split()) != 2:
        return None
    if source[:1].isupper():
        unit = unit[:1].upper() + unit[1:]
    for word, offset in zip(unit.split(), (0, source.index(" ") + 1)):
        k = by_start.get(tok_start + offset)
        if k is not None:
            tokens[k] = replace(tokens[k], chosen=word, changed=word != tokens[k].source)
    return (out[: om.start("w")] + unit + out[om.end("w"):],)


def _next_to_figure(lines: list[str], figure: list[bool], n: int, has_figure: bool) -> bool:
    """A figure on the line itself, or on the nearest non-empty line before or after it."""
    if has_figure:
        return True
    for step in (1, -1):
        j = n + step
        seen = 0
        while 0 <= j < len(lines) and seen < NEIGHBOUR_LINES:
            if lines[j].strip():
                if figure[j]:
                    return True
                break
            j += step
            seen += 1
    return False

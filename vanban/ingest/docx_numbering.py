"""Word's automatic numbering: the label ("1.", "a)", "-") a list paragraph shows.

Why: in a .docx the "1." / "a)" / "-" of a numbered part is not in the
paragraph's text; Word draws it from the numbering part
(``word/numbering.xml``). Without it "1. Sở Khoa học và Công nghệ" reads
as a bare "Sở Khoa học và Công nghệ" and the outline of the body is lost.

Model (ECMA-376 §17.9): a paragraph's ``numPr`` (its own, or its style's)
names a ``w:num`` (``numId``) and a level (``ilvl``); the ``w:num`` points to
a ``w:abstractNum`` whose ``w:lvl`` gives the format (``numFmt``), the
pattern (``lvlText``, e.g. "%1.%2.") and the start value. Paragraphs of all
``w:num`` sharing an abstract definition count together, as in Word; a
``w:num`` with a ``startOverride`` restarts the count when first used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from docx.oxml.ns import qn

MAX_LEVELS = 9
_PLACEHOLDER_RE = re.compile(r"%([1-9])")
#: bullet glyphs of symbol fonts (Symbol, Wingdings) live in the private use area
_PUA = range(0xE000, 0xF900)


@dataclass(frozen=True)
class Level:
    fmt: str = "decimal"  # numFmt: decimal, lowerLetter, upperRoman, bullet, none…
    text: str = "%1."  # lvlText
    start: int = 1
    legal: bool = False  # isLgl: every placeholder shown as decimal


@dataclass
class _Counter:
    values: list[int | None] = field(default_factory=lambda: [None] * MAX_LEVELS)


def _int(el, default: int) -> int:
    try:
        return int(el.get(qn("w:val")))
    except (TypeError, ValueError, AttributeError):
        return default


def _roman(n: int) -> str:
    out = []
    for value, sym in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                       (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    # Word repeats the letter: a … z, aa … zz, aaa …
    n = max(n, 1)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """``n`` in Word's ``numFmt`` (unknown formats fall back to decimal)."""
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def bullet_text(text: str) -> str:
    """A bullet's lvlText as a reader sees it (symbol-font glyphs become "•")."""
    text = text.strip()
    if not text:
        return ""
    if any(ord(c) in _PUA for c in text):
        return "•"
    return text


class Numbering:
    """Labels of list paragraphs, in document order (the counters are stateful).

    Build once per document with :meth:`from_document`; call :meth:`label`
    for every paragraph in reading order.
    """

    def __init__(self, abstract: dict[str, dict[int, Level]], nums: dict[str, tuple[str, dict[int, int]]]):
        self._abstract = abstract
        self._nums = nums  # numId → (abstractNumId, {ilvl: startOverride})
        self._counters: dict[str, _Counter] = {}
        self._started: set[str] = set()

    @classmethod
    def from_document(cls, doc) -> Numbering:
        """The numbering part of a python-docx Document (empty when it has none)."""
        try:
            root = doc.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return cls({}, {})
        abstract: dict[str, dict[int, Level]] = {}
        for an in root.findall(qn("w:abstractNum")):
            levels: dict[int, Level] = {}
            for lvl in an.findall(qn("w:lvl")):
                ilvl = _int_attr(lvl, "w:ilvl", 0)
                fmt = lvl.find(qn("w:numFmt"))
                text = lvl.find(qn("w:lvlText"))
                levels[ilvl] = Level(
                    fmt=fmt.get(qn("w:val"), "decimal") if fmt is not None else "decimal",
                    text=text.get(qn("w:val"), "") if text is not None else "",
                    start=_int(lvl.find(qn("w:start")), 1),
                    legal=lvl.find(qn("w:isLgl")) is not None,
                )
            abstract[an.get(qn("w:abstractNumId"))] = levels
        nums: dict[str, tuple[str, dict[int, int]]] = {}
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            overrides: dict[int, int] = {}
            for ov in num.findall(qn("w:lvlOverride")):
                so = ov.find(qn("w:startOverride"))
                if so is not None:
                    overrides[_int_attr(ov, "w:ilvl", 0)] = _int(so, 1)
            if ref is not None:
                nums[num.get(qn("w:numId"))] = (ref.get(qn("w:val")), overrides)
        return cls(abstract, nums)

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the list ``num_id`` at level ``ilvl``; the label Word shows there.

        None when the id is unknown or the level shows no label (numFmt none,
        empty lvlText).
        """
        if num_id not in self._nums or not 0 <= ilvl < MAX_LEVELS:
            return None
        abstract_id, overrides = self._nums[num_id]
        levels = self._abstract.get(abstract_id)
        if levels is None:
            return None
        counter = self._counters.setdefault(abstract_id, _Counter())
        if overrides and num_id not in self._started:
            counter.values = [None] * MAX_LEVELS
        self._started.add(num_id)

        def start(k: int) -> int:
            return overrides.get(k, levels.get(k, Level()).start)

        values = counter.values
        values[ilvl] = start(ilvl) if values[ilvl] is None else values[ilvl] + 1
        for k in range(ilvl + 1, MAX_LEVELS):
            values[k] = None
        level = levels.get(ilvl, Level())
        if level.fmt == "none":
            return None
        if level.fmt == "bullet":
            return bullet_text(level.text) or None

        def fill(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            n = values[k] if values[k] is not None else start(k)
            fmt = levels.get(k, Level()).fmt
            return format_number(n, "decimal" if level.legal and k < ilvl else fmt)

        return _PLACEHOLDER_RE.sub(fill, level.text).strip() or None


def _int_attr(el, name: str, default: int) -> int:
    try:
        return int(el.get(qn(name)))
    except (TypeError, ValueError):
        return default


def num_pr(paragraph) -> tuple[str, int] | None:
    """(numId, ilvl) of a paragraph: its own numPr, else its style chain's."""
    pPr = paragraph._p.pPr
    own = pPr.find(qn("w:numPr")) if pPr is not None else None
    found = _read_num_pr(own)
    if own is not None:
        return found  # an own numPr with numId 0 switches a style's list off
    style = _safe_style(paragraph)
    seen = 0
    while style is not None and seen < 20:
        spPr = style.element.find(qn("w:pPr"))
        el = spPr.find(qn("w:numPr")) if spPr is not None else None
        if el is not None:
            return _read_num_pr(el)
        style = style.base_style
        seen += 1
    return None


def _read_num_pr(el) -> tuple[str, int] | None:
    if el is None:
        return None
    nid = el.find(qn("w:numId"))
    if nid is None or nid.get(qn("w:val")) in (None, "0"):
        return None
    return nid.get(qn("w:val")), _int(el.find(qn("w:ilvl")), 0)


def _safe_style(paragraph):
    try:
        return paragraph.style
    except (KeyError, ValueError, AttributeError):
        return None

"""A regular expression compiled at its first use, not when its module is imported.

Why: a module of OCR repairs (``ocr/glyphs.py``: 51 patterns) is imported by every command that may
correct a page, while one run uses only the patterns of the repairs its pages call for — the legacy-OCR
repairs (:func:`vanban.ocr.glyphs.legacy_glyphs`) never run on a page Tesseract ``vie`` read, yet their
patterns were compiled at each start of ``vanban text scan.pdf`` (about a tenth of vanban's own CPU over
bare Tesseract on a 4-page scan, bench/ocr.py). The pattern object stands in for
``re.compile(pattern, flags)`` wherever it is used through its methods (``.sub``, ``.search`` …); it is
no :class:`re.Pattern`, so it cannot be handed to ``re.sub`` and the like.
"""

from __future__ import annotations

import re

__all__ = ["LazyPattern", "lazy_compile"]

#: what :class:`LazyPattern` takes over from the compiled pattern at the first use: later uses are
#: plain attribute look-ups, as fast as on the compiled pattern
_TAKEN = ("sub", "subn", "search", "match", "fullmatch", "finditer", "findall", "split", "pattern", "flags",
          "groups", "groupindex", "scanner")


class LazyPattern:
    """``re.compile(pattern, flags)``, done the first time an attribute of it is asked for."""

    def __init__(self, pattern: str, flags: int = 0):
        self._source = (pattern, flags)

    def __getattr__(self, name: str):
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for taken in _TAKEN:
            setattr(self, taken, getattr(compiled, taken))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source[0]!r}{', ' + str(self._source[1]) if self._source[1] else ''})"


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile(pattern, flags)`` at its first use (see the module's docstring)."""
    return LazyPattern(pattern, flags)

"""The national motto's lines as a scan misread them, snapped to their spelling before the header is split.

Why: the motto is what ends the issuer's column — a header line :data:`vocab.MOTTO_RE` finds is never the
issuing body's. On a 200 dpi scan of a provincial plan Tesseract read the motto's first line "CỘNG HÒA XÃ
HỘI" as "CỘNG HÒA XÃ HỘT": no pattern found it, the line went on the issuer's name and the issuer read "ỦY
BAN NHÂN DÂN TỈNH … CỘNG HÒA XÃ HỘT". A regex of look-alikes cannot list every glyph a scan swaps; the
motto's lines are few and long, so a run of words that is one of them but for a glyph or two is that line.

Kind: in the header's lines (each column's run apart), a run of whole words whose folded form has the length
of a motto line (:data:`vocab.MOTTO_LINES`) and differs from it by at most two characters (rapidfuzz's
Hamming distance; a line of 15 characters or more) takes the line's folded spelling in the view. The text is
left as read, and the view keeps its length, so every offset holds.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz.distance import Hamming

from . import vocab as V
from .lines import Line

__all__ = ["snap_mottos", "snapped_view"]

#: most characters a misread motto line differs by (one glyph misread, or two)
MAX_GLYPHS = 2
_WORD_RE = re.compile(r"\S+")


def snapped_view(view: str) -> str:
    """``view`` with each run of whole words that is a motto line but for :data:`MAX_GLYPHS` characters spelt as it."""
    if V.MOTTO_RE.sub("", view).strip(" -–—,.*_") == "" or not view.strip():
        return view  # nothing but the motto as spelt
    words = list(_WORD_RE.finditer(view))
    out = view
    for phrase in V.MOTTO_LINES:
        n = len(phrase.split())
        for k in range(len(words) - n + 1):
            a, b = words[k].start(), words[k + n - 1].end()
            piece = out[a:b]
            if len(piece) == len(phrase) and piece != phrase and Hamming.distance(piece, phrase) <= MAX_GLYPHS:
                out = out[:a] + phrase + out[b:]
    return out


def snap_mottos(lines: list[Line], limit: int) -> None:
    """Snap the motto's misread lines among ``lines[:limit]`` (the header's), in place (see the module)."""
    for i in range(min(limit, len(lines))):
        ln = lines[i]
        view = snapped_view(ln.view)
        segs = [replace(sg, view=snapped_view(sg.view)) for sg in ln.segs]
        if view != ln.view or any(s.view != o.view for s, o in zip(segs, ln.segs)):
            lines[i] = replace(ln, view=view, segs=segs)

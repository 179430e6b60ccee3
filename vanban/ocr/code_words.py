"""A số ký hiệu that the page's reading printed with one letter too many, read again word by word.

Why: reading a whole page (``--psm 3``), Tesseract ``vie`` now and then adds a capital to a
code it does not know — "141/TTr-SVHTTT" for 141/TTr-SVHTT, "7074/SNNMT-TCCPB" for
7074/SNNMT-TCCB, "142/2008/QĐ-TTTg" for 142/2008/QĐ-TTg (scanned forms of 1498/QĐ-UBND,
2913/QĐ-UBND, 92/VBHN-BQP, bench/realdocs_scan.py) — and the cited document is lost: its
number matches nothing. The code's letters carry no grammar that tells the extra one (a Sở's
code is any run of capitals), but the page does: cut out alone, the same word reads right
with ``vie`` and with ``eng`` alike.

So each word shaped like a symbol (a number, "/", capitals) holding a code of three letters or
more that :data:`vanban.symbol_codes.ALL_CODES` does not list is cut out with little margin
beside it (a neighbour's glyph misleads the reading) and read alone by ``eng`` (``--psm 7``).
A word whose new reading is the old one without one letter of that unknown code is read once
more by ``vie`` (those words of the page stacked on one strip, ``--psm 6``, one call); when the
second reading spells the code as the first, the word takes the new reading ("141/TIr-SVHTT"
agrees on SVHTT). Nothing else changes: a reading that drops a separator ("151/2025NĐ-CP"),
changes a letter or reads garbage is left.
"""

from __future__ import annotations

import re
from typing import Callable

from vanban.models import InputError, LimitExceeded
from vanban.symbol_codes import ALL_CODES

from .lost_lines import piece_words, stack_pieces, word_conf

#: a word shaped like a số ký hiệu: its number, a "/", codes with capitals; closing punctuation apart
_SYMBOL_RE = re.compile(r"(\(?\d+[\w.]*/[\w.&/-]*[A-ZĐ][\w.&/-]*?)([.,;:)]*)")
_CODE_SPLIT = re.compile(r"[-/]")
MIN_CONF = 30  # the second reading counts from this confidence on (Tesseract's 0–100; "141/TIr-SVHTT": 37)
MIN_LETTERS = 3  # the codes looked at: "SVHTT", "TCCB", "TTg"; two-letter codes are the types (QĐ, KH)
MAX_WORDS = 40  # words read again on one page at most
MARGIN_X = 0.1  # of the text height: the margin cut beside a word (the next word's glyphs stay out)
MARGIN_Y = 0.4  # of the text height: above and below it


def _unknown_codes(core: str) -> list[str]:
    return [c for c in _CODE_SPLIT.split(core)
            if len(c) >= MIN_LETTERS and c.isalpha() and c not in ALL_CODES and c.upper() not in ALL_CODES]


def suspect_words(data: dict) -> list[int]:
    """Indices in ``image_to_data`` of the words shaped like a symbol that hold a code not known."""
    out = []
    for i, t in enumerate(data.get("text", [])):
        m = _SYMBOL_RE.fullmatch((t or "").strip())
        if m and _unknown_codes(m.group(1)):
            out.append(i)
    return out[:MAX_WORDS]


def _fold_d(s: str) -> str:
    return s.replace("Đ", "D").replace("đ", "d")  # eng has no Đ: "142/2008/QD-TTg" for QĐ-TTg


def extra_letter(old: str, new: str) -> int | None:
    """The index in ``old`` of the one letter that is all it has more than ``new`` (Đ and D taken as one),
    when that letter is inside a code of ``old`` that is not known; else None."""
    if len(old) != len(new) + 1:
        return None
    a, b = _fold_d(old), _fold_d(new)
    k = next((j for j, (x, y) in enumerate(zip(a, b)) if x != y), len(b))
    if not a[k].isalpha() or a[:k] + a[k + 1:] != b:
        return None
    while k > 0 and a[k - 1] == a[k]:  # a doubled letter: the first of the run ("TTTg" → "TTg")
        k -= 1
    code = _CODE_SPLIT.split(old)[len(_CODE_SPLIT.findall(old[:k]))]
    return k if code in _unknown_codes(old) else None


def _box(data: dict, i: int, h: float, size: tuple[int, int]) -> tuple[int, int, int, int]:
    mx, my = int(MARGIN_X * h) + 3, int(MARGIN_Y * h) + 4
    x, y, w, hh = (int(data[k][i]) for k in ("left", "top", "width", "height"))
    return max(0, x - mx), max(0, y - my), min(size[0], x + w + mx), min(size[1], y + hh + my)


def reread_codes(gray, data: dict, read_block: Callable, read_line: Callable) -> dict:
    """``data`` with each :func:`suspect_words` word that the page read with one letter too many read as the
    word alone reads (see the module's docstring). ``read_line``: an image → its text read by ``eng`` as one
    line, the word's new reading; ``read_block``: an image → ``image_to_data`` of it read by ``vie`` as a
    block of lines, the second reading, which must agree on the code (all words it is asked for on one
    strip, one call). A failed read leaves the page as it was."""
    suspects = suspect_words(data)
    if not suspects:
        return data
    h = sorted(int(data["height"][i]) for i in suspects)[len(suspects) // 2]
    pad_x, pad_y = h, int(MARGIN_Y * h) + 4
    found = []  # (word, its box, its new reading, the place of the code that lost a letter)
    for i in suspects:
        old = _SYMBOL_RE.fullmatch(data["text"][i].strip())
        box = _box(data, i, h, gray.size)
        try:
            new = _SYMBOL_RE.fullmatch((read_line(stack_pieces(gray, [box], pad_x, 2 * pad_y, 0)[0]) or "").strip())
        except (RuntimeError, OSError, ValueError, InputError, LimitExceeded):
            continue
        if old and new and (k := extra_letter(old.group(1), new.group(1))) is not None:
            code = old.group(1)[:k] + old.group(1)[k + 1:]  # the page's spelling (its Đ) without the letter
            found.append((i, box, code + old.group(2), len(_CODE_SPLIT.findall(code[:k]))))
    if not found:
        return data
    strip, places = stack_pieces(gray, [box for _, box, _, _ in found], pad_x, pad_y, h)
    try:
        got = read_block(strip)
    except (RuntimeError, OSError, ValueError, InputError, LimitExceeded):
        return data
    out = {key: list(v) for key, v in data.items()}
    for (i, _, new, place), where in zip(found, places):
        words = piece_words(got, where, pad_y)
        if len(words) != 1 or word_conf(got["conf"][words[0]]) < MIN_CONF:
            continue
        second = _CODE_SPLIT.split(got["text"][words[0]].strip().rstrip(".,;:)"))
        if len(second) > place and _fold_d(second[place]) == _fold_d(_CODE_SPLIT.split(new.rstrip(".,;:)"))[place]):
            out["text"][i] = new  # the two readings agree on the code
    return out

"""A page scanned sideways or upside down: find its turn, read it upright.

Why: a page fed into the scanner the wrong way round read as noise and the
document was refused ("not Vietnamese text (only 46% of the words are
Vietnamese syllables)", found by a newcomer). Tesseract's orientation and
script detection (``--psm 0``, ``osd.traineddata``) says by how much to turn
the page; it costs about 1.5 s a page, so it runs only when the first
reading looks bad (:func:`looks_unread`), and the turned page's reading is
kept only when it is better.
"""

from __future__ import annotations

import re

from vanban.text import vietnamese_ratio

#: below this share of Vietnamese syllables a page's OCR looks like a page read the wrong way round
#: (upright Vietnamese pages read above 0.85, even with their marks lost: vanban.text.vietnamese_ratio);
#: the conveyor refuses documents under 0.6
UNREAD_RATIO = 0.6
#: turns Tesseract's OSD can answer (degrees clockwise)
TURNS = (90, 180, 270)


def looks_unread(text: str) -> bool:
    """Whether an OCR reading looks like a page the wrong way round: too few Vietnamese syllables."""
    return vietnamese_ratio(text) < UNREAD_RATIO


#: a page image this much wider than tall is an upright page's quarter turn — or a landscape page
#: (a wide task table): Tesseract reads a quarter-turned page word by word, each line backwards
#: ("* BÌNH HÒA ĐẢNG ỦY XÃ"), so its syllables look fine and only the page's shape gives it away
LANDSCAPE = 1.15


def looks_turned(im) -> bool:
    """Whether the page image is landscape: worth asking OSD even when its reading looks fine."""
    return im.width > LANDSCAPE * im.height


def osd_turn(im, *, timeout: float) -> int:
    """Degrees (0, 90, 180, 270) to turn ``im`` clockwise so its text stands upright.

    From ``tesseract - - --psm 0`` (pytesseract ``image_to_osd``); 0 when
    Tesseract cannot say (too few characters, no ``osd.traineddata``, the
    timeout passed): the page is then kept as it was read.
    """
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(im, config="--psm 0", timeout=max(1.0, timeout))
    except (pytesseract.TesseractError, RuntimeError, OSError):
        return 0
    m = re.search(r"^Rotate:\s*(\d+)", osd, re.M)
    turn = int(m.group(1)) % 360 if m else 0
    return turn if turn in TURNS else 0


def upright(im, turn: int):
    """``im`` turned ``turn`` degrees clockwise: a transpose, no resampling or fill."""
    from PIL import Image

    moves = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}
    return im.transpose(moves[turn]) if turn else im


def better(first: str, second: str, *, turned_shape: bool = False) -> bool:
    """Whether reading ``second`` beats ``first``: more of its words are Vietnamese syllables; for a
    landscape page that OSD turned, as many (the backwards lines of a quarter turn hold valid
    syllables too, but in the wrong order)."""
    if turned_shape:
        return vietnamese_ratio(second) >= vietnamese_ratio(first) - 0.02
    return vietnamese_ratio(second) > vietnamese_ratio(first)

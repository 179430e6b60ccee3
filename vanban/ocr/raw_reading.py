"""A page vanban read poorly, read again as plain ``tesseract -l vie`` would: the better reading kept.

Why: vanban's preprocessing (a shadow flattened, specks dropped, deskew, a low-resolution page upscaled) is
measured to help on the pages it was tuned on, but a page unlike them can come out worse than the page as
scanned: the session 18 newcomer's 200 dpi scans sprinkled with dots were upscaled with their dots and read at
confidence 70–78, where ``tesseract F - -l vie`` read them at 88–91 (the number, type and title lost to vanban).
Whatever the preprocessing misses next, vanban should never read a page worse than raw Tesseract: a page read
under :data:`RAW_BELOW` is read again from the image as loaded (gray, nothing else, at its own resolution) and
the reading with the higher mean word confidence is kept. Pages read well (the tuning scans: 89–97) pay nothing.
"""

from __future__ import annotations

from typing import Callable

#: a page read at a mean word confidence under this (Tesseract's 0–100) is poorly read: read again from the
#: unprocessed image here, said in the document's notes (vanban.conveyor.poorly_read) and ranked after the
#: documents read well by search (vanban.archive.ranking). Measured: the scans of the tuning sets read at 89–97 a
#: page (bench/.cache/realdocs-scan, 291 pages); the newcomer's speckled pages as vanban read them 70–78
POORLY_READ = 85.0
RAW_BELOW = POORLY_READ


def needs_raw_reading(confidence: float | None) -> bool:
    """Whether a reading's mean word confidence is low enough to try the unprocessed page."""
    return confidence is not None and confidence < RAW_BELOW


def better_reading(reading: tuple, read_raw: Callable[[], tuple]) -> tuple[bool, tuple]:
    """(raw kept, reading): ``reading`` (text, lines, confidence) when it is read well enough, else the one of
    it and ``read_raw()`` (the unprocessed page's reading) with the higher confidence; ``reading`` when the
    raw one cannot be made (``read_raw`` returns None)."""
    if not needs_raw_reading(reading[2]):
        return False, reading
    raw = read_raw()
    if raw is None or raw[2] is None or raw[2] <= reading[2]:
        return False, reading
    return True, raw

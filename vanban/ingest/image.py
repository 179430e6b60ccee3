"""Pages of an image file: one PageSource per frame, to be OCR'd.

Why check before decoding: a 50 KB PNG can declare 100 000 × 100 000
pixels (a decompression bomb); Pillow reads only the header in
``Image.open``, so the size is compared with ``Limits.max_pixels`` there,
before a single pixel is decoded.
"""

from __future__ import annotations

from pathlib import Path

from vanban.images import check_pixels, open_image
from vanban.models import InputError, LimitExceeded, Limits, PageSource


def open_checked(path: str | Path, limits: Limits):
    """``Image.open`` with vanban's pixel limit; nothing decoded yet."""
    return open_image(path, limits.max_pixels)


def read_pages(path: Path, limits: Limits) -> tuple[PageSource, ...]:
    """One ``image-ocr`` page per frame (multi-page TIFF), all size-checked."""
    im = open_checked(path, limits)
    try:
        n = int(getattr(im, "n_frames", 1) or 1)
        if n > limits.max_pages:
            raise LimitExceeded(f"too many frames: {n} > limit {limits.max_pages}")
        for i in range(1, n):
            try:
                im.seek(i)
            except (EOFError, OSError, ValueError) as exc:
                raise InputError(f"corrupt image (frame {i + 1}: {exc})") from None
            check_pixels(im, limits.max_pixels, frame=i)
        # Decode the first frame's start to catch truncated files early
        # (cheap compared with OCR, and gives a clear error at ingest).
        try:
            im.seek(0)
            im.load()
        except (OSError, SyntaxError, ValueError) as exc:
            raise InputError(f"corrupt image ({' '.join(str(exc).split())[:120]})") from None
    finally:
        im.close()
    return tuple(
        PageSource(i + 1, "image-ocr", path=str(path), index=i) for i in range(n)
    )

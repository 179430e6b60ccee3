"""Pages of an image file: one PageSource per frame, to be OCR'd.

Why check before decoding: a 50 KB PNG can declare 100 000 × 100 000
pixels (a decompression bomb); Pillow reads only the header in
``Image.open``, so the size is compared with ``Limits.max_pixels`` there,
before a single pixel is decoded.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from vanban.models import InputError, LimitExceeded, Limits, PageSource


def open_checked(path: str | Path, limits: Limits):
    """``Image.open`` with vanban's pixel limit; nothing decoded yet."""
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            # vanban applies its own limit (below) with a clearer message;
            # Pillow's default would also fire on legitimate 600 dpi scans.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            old = Image.MAX_IMAGE_PIXELS
            Image.MAX_IMAGE_PIXELS = None  # open() reads the header only; checked below
            try:
                im = Image.open(str(path))
            finally:
                Image.MAX_IMAGE_PIXELS = old
    except Image.DecompressionBombError as exc:
        raise LimitExceeded(f"image too large (decompression bomb guard): {exc}") from None
    except UnidentifiedImageError:
        raise InputError("corrupt image (format not recognised)") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise InputError(f"corrupt image ({' '.join(str(exc).split())[:120]})") from None
    _check_pixels(im, limits, frame=0)
    return im


def _check_pixels(im, limits: Limits, frame: int) -> None:
    w, h = im.size
    if w <= 0 or h <= 0:
        raise InputError("corrupt image (zero width or height)")
    if w * h > limits.max_pixels:
        raise LimitExceeded(
            f"image frame {frame + 1} too large: {w}x{h} = {w * h} px > limit {limits.max_pixels} px"
        )


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
            _check_pixels(im, limits, frame=i)
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

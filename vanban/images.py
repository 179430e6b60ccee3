"""Opening an image file safely: the one guard ingest and OCR both apply.

Why a leaf module: ingest checks a file when it is found, and the OCR worker
checks it again before decoding (a worker must not trust that the file is
unchanged). Both must refuse a decompression bomb the same way: Pillow's
``Image.open`` reads only the header, so the declared size is compared with
the limit before a single pixel is decoded.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from vanban.models import InputError, LimitExceeded


def _cause(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:120]


def check_pixels(im, max_pixels: int, frame: int = 0) -> None:
    """Refuse a frame with no pixels or more than ``max_pixels``."""
    w, h = im.size
    if w <= 0 or h <= 0:
        raise InputError("corrupt image (zero width or height)")
    if w * h > max_pixels:
        raise LimitExceeded(
            f"image frame {frame + 1} too large: {w}x{h} = {w * h} px > limit {max_pixels} px"
        )


def open_image(path: str | Path, max_pixels: int):
    """``Image.open`` with vanban's pixel limit applied; nothing decoded yet."""
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
        raise InputError(f"corrupt image ({_cause(exc)})") from None
    try:
        check_pixels(im, max_pixels)
    except InputError:
        im.close()
        raise
    return im

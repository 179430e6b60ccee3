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
from typing import BinaryIO

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


_configured = False


def configure_pillow() -> None:
    """Hand Pillow's pixel limit to vanban, once per process (idempotent).

    vanban applies its own limit (:func:`check_pixels`, with a clearer
    message) before decoding; Pillow's default would also fire on legitimate
    600 dpi scans. Why once and not around each open: ``Image.MAX_IMAGE_PIXELS``
    is a module global, and toggling it per call races with other threads.
    """
    global _configured
    if _configured:
        return
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = None
    warnings.simplefilter("ignore", Image.DecompressionBombWarning)
    _configured = True


def open_image(path: str | Path | BinaryIO, max_pixels: int, frame: int = 0):
    """``Image.open`` of a file (a path, or a binary file object such as a
    picture read out of a DOCX) positioned on ``frame`` (0-based) and
    size-checked against ``max_pixels``; nothing decoded yet.

    Raises InputError (corrupt file, missing frame) or LimitExceeded.
    """
    from PIL import Image, UnidentifiedImageError

    configure_pillow()
    try:
        im = Image.open(path if hasattr(path, "read") else str(path))  # reads the header only
    except UnidentifiedImageError:
        raise InputError("corrupt image (format not recognised)") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise InputError(f"corrupt image ({_cause(exc)})") from None
    try:
        if frame:
            try:
                im.seek(frame)
            except (EOFError, OSError, ValueError) as exc:
                raise InputError(f"corrupt image (frame {frame + 1}: {_cause(exc)})") from None
        check_pixels(im, max_pixels, frame)
    except InputError:
        im.close()
        raise
    return im

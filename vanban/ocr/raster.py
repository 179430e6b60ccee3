"""Turn a PageSource into a grayscale raster Tesseract can read.

Why pdftoppm to PGM: poppler renders scanned PDFs faithfully at the exact
resolution asked for, and PGM is uncompressed, so writing and reading it
costs nothing next to OCR (PNG's zlib would add seconds per page).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from vanban.images import open_image
from vanban.models import DependencyError, InputError, LimitExceeded, Limits, PageSource

#: resolution PDF pages are rasterised at; Tesseract is trained near 300 dpi
DPI = 300
POPPLER_INSTALL = "sudo apt-get install poppler-utils"


def check_pdftoppm() -> str:
    """Path of pdftoppm, or DependencyError saying how to install it."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise DependencyError(f"pdftoppm (poppler) is not installed; install it with: {POPPLER_INSTALL}")
    return exe


def rasterize_pdf_page(path: str, index: int, out_dir: Path, *, dpi: int = DPI, timeout: float = 300.0) -> Path:
    """Render page ``index`` (0-based) of a PDF to an 8-bit PGM in ``out_dir``."""
    exe = check_pdftoppm()
    prefix = out_dir / "page"
    cmd = [exe, "-r", str(dpi), "-gray", "-f", str(index + 1), "-l", str(index + 1), "-singlefile", path, str(prefix)]
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise LimitExceeded(f"rasterising page {index + 1} took longer than {timeout:.0f}s") from None
    out = prefix.with_suffix(".pgm")
    if proc.returncode != 0 or not out.exists():
        err = " ".join(proc.stderr.decode("utf-8", "replace").split())[:120]
        raise InputError(f"cannot rasterise PDF page {index + 1} ({err or 'pdftoppm failed'})")
    return out


def load_page_image(page: PageSource, limits: Limits, work_dir: Path):
    """The page as a decoded, size-checked Pillow image (any mode; the
    preprocessing turns it to 8-bit gray)."""
    if page.path is None:
        raise InputError(f"page {page.number} has neither text nor a file to OCR")
    if page.method == "pdf-ocr":
        pgm = rasterize_pdf_page(page.path, page.index, work_dir, timeout=limits.ocr_timeout)
        im = open_image(pgm, limits.max_pixels)  # a huge page size makes a huge raster
        im.load()
        return im.convert("L") if im.mode != "L" else im
    im = open_image(page.path, limits.max_pixels, frame=page.index)  # this frame's size checked
    try:
        from PIL import ImageOps

        frame = ImageOps.exif_transpose(im)  # phone photos: EXIF says how to turn
        if frame is im:
            frame = im.copy()
        frame.load()
    except (EOFError, OSError, ValueError, SyntaxError) as exc:
        raise InputError(f"corrupt image (frame {page.index + 1}: {' '.join(str(exc).split())[:100]})") from None
    finally:
        im.close()
    return frame


def image_dpi(im) -> int | None:
    """The resolution an image declares, when it is believable.

    Believable = 70–1200 dpi *and* the page it implies is 3–17 inches wide
    (a phone photo tagged 72 dpi but 3000 px wide is not a 42-inch page;
    Tesseract then estimates the resolution itself).
    """
    dpi = im.info.get("dpi")
    try:
        x = int(round(float(dpi[0])))
    except (TypeError, ValueError, IndexError):
        return None
    if not 70 <= x <= 1200:
        return None
    inches = min(im.width, im.height) / x
    return x if 3.0 <= inches <= 17.0 else None

"""Turn a PageSource into a grayscale raster Tesseract can read.

Why pypdfium2 in-process: PDFium (it comes with pdfplumber) gives a
scanned page's image straight to Pillow — taken as it is when the scan
already has the resolution wanted, else rendered — with no process start
and no PGM file written and read back, where a ``pdftoppm`` subprocess cost
both (bench/ocr.py: whole-command overhead against bare Tesseract). A scanned
page is rendered at the resolution its own image calls for
(:func:`vanban.ingest.pdf.ocr_dpi`): 300 dpi on paper-sized pages, the
image's native resolution on pages declared larger than any paper.
"""

from __future__ import annotations

from pathlib import Path

from vanban.images import open_image
from vanban.models import InputError, LimitExceeded, Limits, PageSource

#: resolution paper-sized PDF pages are rasterised at; Tesseract is trained near 300 dpi
DPI = 300


def render_pdf_page(path: str, index: int, max_pixels: int) -> tuple[object, int]:
    """(8-bit gray Pillow image, dpi) of page ``index`` (0-based) for OCR.

    A scanned page — one upright image covering the page, nothing else but
    an invisible OCR text layer — whose image already has the resolution
    wanted, or less (from :data:`MIN_SCAN_DPI`), is taken as it is (as
    ``pdfimages`` would: the scanner's pixels, nothing resampled) with its
    own resolution as ``dpi``; any other page is rendered by PDFium at
    :func:`vanban.ingest.pdf.ocr_dpi`. Raises InputError when PDFium cannot
    open or render the page, LimitExceeded over ``max_pixels``.

    Why a lower-resolution scan is taken too: PDFium's 300 dpi rendering of
    a 200 dpi scan is a plain resampling, and the 300 dpi it claimed let the
    speck filter take the diacritics' dots for noise (a 200 dpi scan of a
    plan read "Sìng" for "công" and lost the header as an image-only PDF,
    where the same image as a PNG read right): taken at its own pixels, the
    page goes the PNG's way — specks judged at 200 dpi, a bicubic upscale,
    the resolution told to Tesseract.
    """
    import pypdfium2 as pdfium

    from vanban.ingest.pdf import ocr_dpi

    try:
        pdf = pdfium.PdfDocument(path)
    except (pdfium.PdfiumError, OSError) as exc:
        raise InputError(f"cannot rasterise PDF page {index + 1} ({_short(exc)})") from None
    try:
        page = pdf[index]
        width, height = page.get_size()
        images, sole = _page_images(page, width * height)
        dpi = ocr_dpi(width, height, [im[:4] for im in images])
        native = sole[2] / (sole[0] / 72) if sole is not None else 0.0
        if sole is not None and abs(native - dpi) <= 0.01 * dpi:
            w_px, h_px = sole[2], sole[3]
        elif sole is not None and MIN_SCAN_DPI <= native < dpi:
            w_px, h_px, dpi = sole[2], sole[3], round(native)
        else:
            sole = None
            w_px, h_px = round(width / 72 * dpi), round(height / 72 * dpi)
        if w_px * h_px > max_pixels:
            raise LimitExceeded(
                f"page {index + 1} too large to OCR: {w_px}x{h_px} px at {dpi} dpi > limit {max_pixels} px"
            )
        if sole is not None:
            im = sole[4].get_bitmap(render=False).to_pil()
        else:
            im = page.render(scale=dpi / 72, grayscale=True).to_pil()
        return (im if im.mode == "L" else im.convert("L")), dpi
    except (LimitExceeded, InputError):
        raise
    except Exception as exc:  # noqa: BLE001 - PDFium errors on broken content
        raise InputError(f"cannot rasterise PDF page {index + 1} ({_short(exc)})") from None
    finally:
        pdf.close()


#: share of the page a scan's image covers
SCAN_COVER = 0.95
#: a page's sole scan image of less than the rendering resolution is taken at its own pixels from this
#: resolution up (the lowest :func:`image_dpi` believes of an image file)
MIN_SCAN_DPI = 70


def _page_images(page, area: float):
    """The page's images as (width pt, height pt, width px, height px, obj),
    and the one that *is* the page when it is a plain scan (else None)."""
    import pypdfium2.raw as pdfium_c

    images, other = [], False
    for obj in page.get_objects():
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            left, bottom, right, top = obj.get_bounds()
            px_w, px_h = obj.get_px_size()
            images.append((right - left, top - bottom, px_w, px_h, obj))
        elif obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
            if pdfium_c.FPDFTextObj_GetTextRenderMode(obj.raw) != pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE:
                other = True
        else:
            other = True
    sole = None
    if len(images) == 1 and not other and page.get_rotation() == 0 and area > 0:
        w, h, px_w, px_h, obj = images[0]
        m = obj.get_matrix()
        upright = m.a > 0 and m.d > 0 and abs(m.b) < 1e-6 and abs(m.c) < 1e-6
        if upright and w * h >= SCAN_COVER * area and px_w > 0 and px_h > 0:
            sole = images[0]
    return images, sole


def _short(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:120] or type(exc).__name__


def load_page(page: PageSource, limits: Limits) -> tuple[object, int | None]:
    """(image, dpi): :func:`load_page_image` and the resolution it has — a PDF page's rendering or scan
    resolution (:func:`render_pdf_page`), an image file's declared one when believable (:func:`image_dpi`),
    else None. Why one call: a PDF's scan taken at its own pixels has its own resolution, which the
    preprocessing needs as an image file's (speck filter, upscale)."""
    if page.method == "pdf-ocr" and page.path is not None:
        return render_pdf_page(page.path, page.index, limits.max_pixels)
    im = load_page_image(page, limits)
    return im, image_dpi(im)


def load_page_image(page: PageSource, limits: Limits, work_dir: Path | None = None):
    """The page as a decoded, size-checked Pillow image (any mode; the
    preprocessing turns it to 8-bit gray). ``work_dir`` is unused (kept for
    callers that pass one)."""
    if page.path is None:
        raise InputError(f"page {page.number} has neither text nor a file to OCR")
    if page.method == "pdf-ocr":
        return render_pdf_page(page.path, page.index, limits.max_pixels)[0]
    if page.method == "docx-ocr":  # a scan pasted into a Word file (vanban/ingest/docx_media.py)
        from vanban.ingest.docx_media import picture

        im = open_image(picture(page.path, page.index), limits.max_pixels)
    else:
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

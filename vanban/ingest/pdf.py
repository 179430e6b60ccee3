"""Pages of a PDF: the text layer where there is one, else a page to OCR.

Why: born-digital PDFs carry exact text that OCR could only degrade, while
scans carry none (or an invisible OCR layer). Each page is judged on its
own, since mixed files (typed pages + a scanned signed annex) are common.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from vanban.models import InputError, LimitExceeded, Limits, PageSource

#: a text layer with fewer letters/digits than this is treated as absent
MIN_TEXT_CHARS = 25
#: share of "(cid:N)" glyphs (fonts without a Unicode map) that makes a
#: text layer unusable
MAX_CID_SHARE = 0.2
#: a scanned page (one image covering this share of the page) whose hidden
#: text layer has fewer marked words than this is re-OCR'd: copier OCR
#: without Vietnamese support leaves "Dang uy" where the page says "Đảng ủy"
SCAN_COVER = 0.6
MIN_SCAN_DIACRITICS = 0.3
#: resolution the OCR stage rasterises paper-sized pages at (checked
#: against max_pixels here)
OCR_DPI = 300
#: a page whose short side is longer than this (inches) is no paper: tools
#: that place a 300 dpi scan as a 70 dpi image declare 35 × 50 inch pages
MAX_PAPER_INCHES = 17.0

_CID_RE = re.compile(r"\(cid:\d+\)")
_ALNUM_RE = re.compile(r"\w", re.UNICODE)


def _open_reader(path: Path):
    """A pypdf reader, decrypted if only an owner password is set."""
    import pypdf
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(str(path), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:  # noqa: BLE001 - unsupported crypto, bad data
                ok = 0
            if not ok:
                raise InputError("encrypted PDF (a password is needed to open it)")
        n = len(reader.pages)
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise InputError(f"corrupt PDF ({_short(exc)})") from None
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on junk
        raise InputError(f"corrupt PDF ({_short(exc)})") from None
    if n == 0:
        raise InputError("corrupt PDF (no pages)")
    return reader


def _short(exc: BaseException) -> str:
    msg = " ".join(str(exc).split()) or type(exc).__name__
    return msg[:120]


def usable_text(text: str | None) -> bool:
    """True when a page's text layer is real text worth keeping."""
    if not text:
        return False
    cids = len(_CID_RE.findall(text))
    alnum = len(_ALNUM_RE.findall(_CID_RE.sub("", text)))
    if alnum < MIN_TEXT_CHARS:
        return False
    return cids / (cids + alnum) <= MAX_CID_SHARE


def read_pages(path: Path, limits: Limits) -> tuple[PageSource, ...]:
    """One PageSource per page: ``pdf-text`` with text, or ``pdf-ocr``."""
    scans = _image_only_pages(path, limits)
    if scans is not None:
        return scans
    reader = _open_reader(path)
    n = len(reader.pages)
    if n > limits.max_pages:
        raise LimitExceeded(f"too many pages: {n} > limit {limits.max_pages}")

    import pdfplumber

    pages: list[PageSource] = []
    tables = 0  # table indices count across the document's pages
    from vanban.ingest.unruled import Carry

    carry = Carry()  # a borderless table open at a page's foot goes on on the next page
    try:
        with pdfplumber.open(str(path)) as pdf:
            for i, page in enumerate(pdf.pages):
                try:
                    text = page.extract_text() or ""
                except Exception:  # noqa: BLE001 - a broken content stream: OCR it
                    text = ""
                short = not usable_text(text) and _short_typed_page(page, text)
                if (short or usable_text(text)) and not _bad_scan_layer(page, text):
                    text, lines, tables = _text_and_lines(page, text, tables, carry, short)
                    pages.append(PageSource(i + 1, "pdf-text", text=text, lines=lines))
                    continue
                carry.columns = None  # a scanned page between: no table runs over it
                width, height = float(page.width), float(page.height)
                _check_pixels(i, width, height, ocr_dpi(width, height, _images(page)), limits)
                pages.append(PageSource(i + 1, "pdf-ocr", path=str(path), index=i))
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds on junk
        msg = _short(exc)
        if "password" in msg.lower() or "encrypt" in msg.lower():
            raise InputError("encrypted PDF (a password is needed to open it)") from None
        raise InputError(f"corrupt PDF ({msg})") from None
    return tuple(pages)


def _image_only_pages(path: Path, limits: Limits) -> tuple[PageSource, ...] | None:
    """All pages as ``pdf-ocr`` when no page holds a single text object, else None.

    Why: a plain scan (images only) needs none of pdfplumber's text and
    layout machinery, and PDFium, which rasterises the pages anyway, tells
    in milliseconds that there is no text at all (pypdf + pdfplumber cost
    ~0.3 s of imports and parsing per ``vanban text scan.pdf``: bench/ocr.py).
    A page without text objects is exactly a page whose text layer
    pdfplumber finds empty, so the pages come out the same. Any text, and
    any file PDFium cannot open (errors, passwords), goes the general way,
    which also gives the error messages.
    """
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        pdf = pdfium.PdfDocument(str(path))
    except Exception:  # noqa: BLE001 - the general way says what is wrong
        return None
    try:
        n = len(pdf)
        if n == 0 or n > limits.max_pages:
            return None
        pages = []
        for i in range(n):
            page = pdf[i]
            images = []
            for obj in page.get_objects():
                if obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
                    return None
                if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                    left, bottom, right, top = obj.get_bounds()
                    px_w, px_h = obj.get_px_size()
                    images.append((right - left, top - bottom, px_w, px_h))
            width, height = page.get_size()
            _check_pixels(i, width, height, ocr_dpi(width, height, images), limits)
            pages.append(PageSource(i + 1, "pdf-ocr", path=str(path), index=i))
        return tuple(pages)
    except LimitExceeded:
        raise
    except Exception:  # noqa: BLE001 - odd content: the general way judges it
        return None
    finally:
        pdf.close()


def _check_pixels(index: int, width_pt: float, height_pt: float, dpi: int, limits: Limits) -> None:
    """LimitExceeded when page ``index`` (0-based) rasterised at ``dpi`` is over ``limits.max_pixels``."""
    w_px = width_pt / 72 * dpi
    h_px = height_pt / 72 * dpi
    if w_px * h_px > limits.max_pixels:
        raise LimitExceeded(
            f"page {index + 1} too large to OCR: {w_px:.0f}x{h_px:.0f} px at "
            f"{dpi} dpi > limit {limits.max_pixels} px"
        )


def ocr_dpi(width_pt: float, height_pt: float, images) -> int:
    """The resolution to rasterise a page at for OCR (dots per inch).

    ``images`` are the page's images as (width pt, height pt, width px,
    height px). A page of paper size is rasterised at :data:`OCR_DPI`. A page
    declared larger than any paper (short side over
    :data:`MAX_PAPER_INCHES`) is judged by its largest image: rasterised at
    that image's own resolution (never above OCR_DPI), so the raster holds
    the scan's pixels as they are — a 2480 × 3508 px scan placed on a
    35 × 50 inch page gives 2480 × 3508 px, not 10630 × 15030.
    """
    if min(width_pt, height_pt) / 72 <= MAX_PAPER_INCHES:
        return OCR_DPI
    best = max(images, key=lambda im: im[0] * im[1], default=None)
    if best is None or best[0] <= 0 or best[2] <= 0:
        return OCR_DPI
    native = best[2] / (best[0] / 72)
    return max(1, min(OCR_DPI, round(native)))


def _images(page) -> list[tuple[float, float, int, int]]:
    """pdfplumber page images as :func:`ocr_dpi` wants them."""
    out = []
    for im in page.images:
        try:
            px_w, px_h = im["srcsize"]
            out.append((abs(float(im["x1"]) - float(im["x0"])), abs(float(im["bottom"]) - float(im["top"])),
                        int(px_w), int(px_h)))
        except (KeyError, TypeError, ValueError):
            continue
    return out


def _text_and_lines(page, text: str, tables: int, carry=None, short: bool = False):
    """(text, one LineGeometry per line, next table index) of a text-layer page.

    The text is rebuilt from the page's words in reading order (two-column
    regions column after column, ruled tables cell by cell: pdf_lines.py);
    a page whose words cannot be read keeps ``extract_text()`` without geometry.
    ``short``: the page was taken as a short typed page (:func:`_short_typed_page`),
    so a few words rebuilt are enough.
    """
    from vanban.ingest.lines import join_lines
    from vanban.ingest.pdf_lines import page_lines

    try:
        lines, tables = page_lines(page, tables, carry)
    except Exception:  # noqa: BLE001 - pdfminer on odd pages: keep the flat text
        if carry is not None:
            carry.columns = None
        return _clean(text), (), tables
    joined, geometry = join_lines(lines)
    if not (usable_text(joined) or (short and _ALNUM_RE.search(joined))):
        return _clean(text), (), tables
    return joined, geometry, tables


def _short_typed_page(page, text: str) -> bool:
    """A typed page whose text layer is short but real: no picture covers it, so its layer is all it holds.

    Why: a text PDF's last page often carries only what ran over from the page before — the Nơi nhận's
    "- Lưu: VT, XNK (12)." under a page break (61/2025/TT-BCT printed to PDF, session-50 newcomer), a signer's
    name, a closing "./." — fewer letters than :data:`MIN_TEXT_CHARS`. Sent to OCR as an absent layer, the
    line was lost (the rasterised line came back as nothing the structure kept), where the .txt, the DOCX and
    even the scan kept it. A page a scan covers (:data:`SCAN_COVER`) is still OCR'd: a copier's stamp or a
    signing tool's "Ký bởi" on a scanned page is a short layer over an image that holds the real text.
    """
    if not text or _CID_RE.search(text) or not _ALNUM_RE.search(text):
        return False
    cover = _image_cover(page)
    return cover is not None and cover < SCAN_COVER


def _bad_scan_layer(page, text: str) -> bool:
    """True for a scan whose hidden OCR layer lost the Vietnamese marks."""
    from vanban.text import diacritic_ratio

    cover = _image_cover(page)
    return cover is not None and cover >= SCAN_COVER and diacritic_ratio(text) < MIN_SCAN_DIACRITICS


def _image_cover(page) -> float | None:
    """The share of the page its largest image covers (0.0 with none); None when the page's size or its images'
    boxes cannot be read."""
    area = float(page.width) * float(page.height)
    if area <= 0:
        return None
    try:
        cover = max(
            (abs(float(im["x1"]) - float(im["x0"])) * abs(float(im["bottom"]) - float(im["top"])) for im in page.images),
            default=0.0,
        )
    except (KeyError, TypeError, ValueError):
        return None
    return cover / area


def _clean(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFC", _CID_RE.sub("", text))


def ocr_garbled(path: Path, pages: tuple[PageSource, ...], limits: Limits) -> tuple[tuple[PageSource, ...], str | None]:
    """(pages, note): each ``pdf-text`` page whose layer is garbled (:func:`vanban.ingest.garbled.garbled`)
    turned into a ``pdf-ocr`` page, read from its rendering instead; the note says which pages and why,
    None when there are none. Called after legacy-font conversion, which reads TCVN3/VNI layers."""
    from dataclasses import replace

    from vanban.ingest.garbled import garbled

    out, shares = [], []
    for page in pages:
        share = garbled(page.text) if page.method == "pdf-text" else None
        if share is None:
            out.append(page)
            continue
        shares.append((page.number, share))
        out.append(replace(page, method="pdf-ocr", text=None, lines=(), path=str(path), index=page.number - 1))
    if not shares:
        return tuple(pages), None
    numbers = ", ".join(str(n) for n, _ in shares)
    worst = max(s for _, s in shares)
    plural = "s" if len(shares) > 1 else ""
    return tuple(out), (f"text layer unreadable (glyph codes of a broken font: {worst:.0%} of its letters are "
                        f"no Vietnamese letters): page{plural} {numbers} read by OCR")

"""Clean a page raster before OCR: grayscale, despeckle, deskew, upscale low-dpi images.

Measured in bench/ocr.py on 6 rendered scan pages (skew 0.5–1.5°):

* deskew: with Tesseract left to estimate the resolution of PDF rasters,
  pages skewed 0.5–1.5° read the same with or without it (CER 0.24–0.26%),
  but a 2-page plan rendered at 2.5° goes from CER 1.34% to 0.51% and at
  4° from 1.67% to 0.65% (1° : 0.56% → 0.51%), for ~4% of the OCR time —
  kept, since real office scans are often skewed more than 1°;
* Otsu binarisation before Tesseract *raises* CER (0.0026 → 0.0040):
  Tesseract binarises internally and does it better — kept only as an
  option for that measurement, off by default.

The skew is found by a projection profile (the angle at which dark
pixels' row histogram is sharpest) on a downscaled copy.
"""

from __future__ import annotations

import numpy as np

#: search range and final precision of the skew angle, degrees
MAX_SKEW = 5.0
PRECISION = 0.05
#: angles below this are not corrected (rotation blurs glyphs slightly)
MIN_CORRECTION = 0.15
#: resampling filter of the deskew rotation. Nearest is 10x faster than
#: bicubic on a 300 dpi A4 page (0.03 s vs 0.28 s, ~13 % of Tesseract's
#: time) and gave the same CER in bench/ocr.py (0.0024 vs 0.0023).
RESAMPLE = "nearest"
#: images declaring less than MIN_DPI are upscaled to TARGET_DPI
MIN_DPI = 250
TARGET_DPI = 300
#: width the skew is measured at (pixels); enough to resolve text lines
_WORK_WIDTH = 700


def to_gray(im):
    """Mode "L" copy of any Pillow image (alpha flattened onto white)."""
    from PIL import Image

    if im.mode in ("I;16", "I;16L", "I;16B", "I;16N", "I", "F"):
        # 16-bit / float scans: Pillow's convert("L") would clip them to white
        a = np.asarray(im, dtype=np.float64)
        top = 65535.0 if im.mode.startswith("I;16") else max(float(a.max()), 255.0)
        return Image.fromarray(np.clip(np.rint(a * (255.0 / top)), 0, 255).astype(np.uint8))
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        bg = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        im = Image.alpha_composite(bg, rgba)
    return im if im.mode == "L" else im.convert("L")


def _dark_pixels(im) -> tuple[np.ndarray, np.ndarray] | None:
    """Coordinates of ink pixels on a downscaled copy (None if blank)."""
    from PIL import Image

    scale = min(1.0, _WORK_WIDTH / im.width)
    small = im.resize((max(1, int(im.width * scale)), max(1, int(im.height * scale))), Image.Resampling.BOX) if scale < 1 else im
    a = np.asarray(small, dtype=np.uint8)
    thr = min(otsu_threshold(a), 160)
    ys, xs = np.nonzero(a < thr)
    if len(xs) < 200:
        return None
    return xs.astype(np.float64), ys.astype(np.float64)


def _score(xs: np.ndarray, ys: np.ndarray, angle: float) -> float:
    """Sharpness of the row profile after shearing by ``angle`` degrees."""
    t = np.tan(np.radians(angle))
    rows = np.round(ys - xs * t).astype(np.int64)
    rows -= rows.min()
    hist = np.bincount(rows)
    return float(np.dot(hist, hist))


def estimate_skew(im) -> float:
    """Skew of the text lines in degrees, counter-clockwise positive.

    Same convention as ``PIL.Image.rotate``: a page that was rotated by
    ``a`` while scanning gives ``a`` here and is fixed by rotating by ``-a``.

    Coarse-to-fine search of the projection-profile score; 0.0 on blank
    pages or when no angle stands out.
    """
    pts = _dark_pixels(im)
    if pts is None:
        return 0.0
    xs, ys = pts
    best, step, lo, hi = 0.0, 0.5, -MAX_SKEW, MAX_SKEW
    while True:
        angles = np.arange(lo, hi + step / 2, step)
        scores = [_score(xs, ys, a) for a in angles]
        best = float(angles[int(np.argmax(scores))])
        if step <= PRECISION:
            break
        lo, hi, step = best - step, best + step, step / 4
    # shear y' = y - x*tan(a) flattens lines whose y grows by tan(a) per
    # pixel to the right, i.e. lines rotated clockwise by a on screen
    return -best


def deskew(im, angle: float | None = None):
    """``im`` rotated so its text lines are horizontal; (image, skew found)."""
    from PIL import Image

    if angle is None:
        angle = estimate_skew(im)
    if abs(angle) < MIN_CORRECTION:
        return im, 0.0
    out = im.rotate(-angle, resample=getattr(Image.Resampling, RESAMPLE.upper()), expand=False, fillcolor=255)
    return out, angle


def otsu_threshold(a: np.ndarray) -> int:
    """Otsu's global threshold of an 8-bit array."""
    hist = np.bincount(a.ravel(), minlength=256).astype(np.float64)
    total = hist.sum()
    if total == 0:
        return 128
    omega = np.cumsum(hist) / total
    mu = np.cumsum(hist * np.arange(256)) / total
    mu_t = mu[-1]
    denom = omega * (1 - omega)
    with np.errstate(divide="ignore", invalid="ignore"):
        sigma = np.where(denom > 0, (mu_t * omega - mu) ** 2 / denom, 0.0)
    return int(np.argmax(sigma))


def binarize(im):
    """Black/white copy by Otsu's threshold (kept for measurement only)."""
    from PIL import Image

    a = np.asarray(im, dtype=np.uint8)
    t = otsu_threshold(a)
    return Image.fromarray(np.where(a > t, 255, 0).astype(np.uint8))


def upscale(im, dpi: int | None, max_pixels: int, target: int = TARGET_DPI):
    """(image, dpi) brought up to ``target`` dpi when it declares less.

    Why: Tesseract's models are tuned to ~300 dpi text; on 150/200 dpi
    scans a bicubic 2×/1.5× upscale cut CER about threefold (0.0073 →
    0.0024 and 0.0057 → 0.0016 on the rendered Công văn) for ~0.6 s.
    """
    from PIL import Image

    if not dpi or dpi >= MIN_DPI:
        return im, dpi
    f = target / dpi
    w, h = round(im.width * f), round(im.height * f)
    if w * h > max_pixels:
        return im, dpi
    return im.resize((w, h), Image.Resampling.BICUBIC), target


#: a page is speckled (salt-and-pepper noise of a worn scanner or a fax) when at least this share
#: of its ink pixels are isolated dots, and they are at least :data:`SPECKLED_SHARE` of all pixels.
#: Measured: printed text 0.0002–0.003 of its ink (fixtures/scans), clean phone photos and
#: 150 dpi scans 0.02–0.11; speckled scans 0.48–0.69 (the newcomer's 45-poor.jpg, vnoise.png)
SPECKLED_INK = 0.25
SPECKLED_SHARE = 0.002


def speckled(im, dark: np.ndarray | None = None) -> bool:
    """True when isolated dark dots make up much of the page's ink (:data:`SPECKLED_INK`).
    ``dark``: the page's ink mask (:func:`ink`) when the caller has it already."""
    from vanban.ocr import bitmask

    if dark is None:
        dark = ink(im)
    words = bitmask.pack(dark)
    isolated = bitmask.count(words & ~bitmask.at_least_two_neighbours(words))  # no more than one dark neighbour
    total = bitmask.count(words)
    return total > 0 and isolated >= SPECKLED_INK * total and isolated >= SPECKLED_SHARE * dark.size


def ink(im) -> np.ndarray:
    """The page's ink mask: pixels darker than mid-gray (what the speck tests count)."""
    return np.asarray(im, dtype=np.uint8) < 128


def despeckle(im):
    """A 3×3 median of a speckled page (:func:`speckled`), else the page itself.

    Why: on a page of dots Tesseract finds no text line at all ("no text found" on a
    150 dpi speckled scan that it reads once the dots are gone); a median of 3 keeps
    strokes of 10-point text at 150 dpi and removes single dots. Clean pages are
    left alone (a median thins fine strokes)."""
    return despeckle_median(im) if speckled(im) else im


def despeckle_median(im):
    """The 3×3 median :func:`despeckle` applies to a speckled page."""
    from PIL import ImageFilter

    return im.filter(ImageFilter.MedianFilter(3))


#: a page is lightly speckled when its specks (dark dots that fit in 3×3 pixels with paper all
#: around) are at least this share of its pixels. Measured at 300 dpi: printed and scanned pages
#: 0–0.00001 (fixtures/scans, samples), a blurred 150 dpi JPEG 0.0002 (its diacritics' dots);
#: salt-and-pepper of 0.5–2% of the pixels, JPEG'd: 0.002–0.008
SPECK_SHARE = 0.0006
#: resolution below which a speck may be a diacritic's dot (the dấu nặng is ~4 px wide at 300 dpi)
SPECK_MIN_DPI = 250
A4_WIDTH_INCHES = 8.27


def _specks(dark: np.ndarray) -> np.ndarray:
    """The dark pixels of components that fit in a 3×3 box: no dark pixel on the 5×5 ring around them
    (``dark`` packed by :func:`vanban.ocr.bitmask.pack`, and so is the answer)."""
    from vanban.ocr import bitmask

    return dark & ~bitmask.any_on_ring(dark)


def _dots(dark: np.ndarray) -> np.ndarray:
    """The dark pixels with no dark pixel among their eight neighbours: one-pixel dots (packed, as :func:`_specks`)."""
    from vanban.ocr import bitmask

    return dark & ~bitmask.any_neighbour(dark)


def drop_specks(im, dpi: int | None, dark: np.ndarray | None = None):
    """A lightly speckled page (:data:`SPECK_SHARE`) without its specks, else the page itself.

    Why: dots of a worn scanner or a photocopy, too few for :func:`despeckle`'s median, are read
    by Tesseract as "-", ":", "'" between the words of a table's cells ("Các chi bộ trực - thuộc",
    "Văn phòng Đảng -Hãy--"). Only dots with paper all around go, painted the page's paper
    colour, so strokes keep their width (a median would thin them). Below :data:`SPECK_MIN_DPI`, where a
    diacritic's dot is as small as a 3×3 speck, only dots of one pixel go (:func:`_dots`): a 200 dpi page
    sprinkled with them (the newcomer's 19_NQ_scan_light_dots.png, 0.16% of its pixels; a blurred 150 dpi
    JPEG has 0.005%) was upscaled with its dots, which bicubic made into blots, and read "Sối 15/NQ- HĐND. ¬"
    at CER 16% where raw ``tesseract`` read 2%; without them, 0.5%. ``dark``: the page's ink mask (:func:`ink`)
    when the caller has it already."""
    from vanban.ocr import bitmask

    low = (dpi if dpi is not None else im.width / A4_WIDTH_INCHES) < SPECK_MIN_DPI  # (no resolution told: the
    find = _dots if low else _specks  # width of an A4 page's scan says it); below it only one-pixel dots go
    if dark is None:
        dark = ink(im)
    if dark.size == 0:
        return im
    packed = bitmask.pack(dark)
    # measured first on a quarter of the page (bands of 64 rows, 4 rows of paper between them): a clean page pays that only
    bands = [np.pad(packed[y:y + 64], ((0, 4), (0, 0))) for y in range(0, packed.shape[0], 256)]
    sample = np.concatenate(bands) if bands else packed
    if bitmask.count(find(sample)) < SPECK_SHARE * (sample.shape[0] * dark.shape[1]):
        return im
    specks = bitmask.unpack(find(packed), dark.shape[1])
    from PIL import Image

    out = np.asarray(im, dtype=np.uint8).copy()
    out[specks] = 255
    return Image.fromarray(out)


#: the background is sampled at 1/BG_SCALE of the page, closed over BG_KERNEL samples (about 70 px of the page:
#: wider than a text line and a letter's counter, so the closing leaves paper only) and blurred
BG_SCALE = 8
BG_KERNEL = 9
#: a page is unevenly lit when its darkest paper (2nd percentile of the background) is under this share of its
#: brightest (98th). Measured: fixtures/scans, samples and two pages of each tuning scan of bench/.cache:
#: 0.94–1.0 (113 pages, the 150 dpi blurred and speckled ones lowest); the newcomer's phone photo with a
#: shadow on the left 0.57
UNEVEN_BACKGROUND = 0.8


def background(im):
    """The page's paper brightness everywhere (8-bit gray, the page's size): ink closed away at a reduced scale."""
    from PIL import Image, ImageFilter

    small = np.asarray(im.reduce(BG_SCALE) if min(im.size) >= BG_SCALE else im, dtype=np.uint8)
    closed = _window(_window(small, np.maximum), np.minimum)  # Pillow's rank filters took 0.19 s a page
    return Image.fromarray(closed).filter(ImageFilter.GaussianBlur(BG_KERNEL / 2))


def _window(a: np.ndarray, pick) -> np.ndarray:
    """``pick`` (np.maximum / np.minimum) over a BG_KERNEL × BG_KERNEL window, separably, edges repeated."""
    r = BG_KERNEL // 2
    for axis in (0, 1):
        p = np.pad(a, [(r, r) if ax == axis else (0, 0) for ax in (0, 1)], mode="edge")
        n = a.shape[axis]
        out = p.take(range(0, n), axis=axis)
        for d in range(1, 2 * r + 1):
            out = pick(out, p.take(range(d, d + n), axis=axis))
        a = out
    return a


def evenness(bg) -> float:
    """The darkest paper over the brightest of a :func:`background` (1.0 = evenly lit)."""
    a = np.asarray(bg, dtype=np.float64)
    lo, hi = np.percentile(a, [2, 98])
    return float(lo / hi) if hi > 0 else 1.0


def flatten_background(im):
    """An unevenly lit page (:data:`UNEVEN_BACKGROUND`) divided by its :func:`background`, else the page itself.

    Why: a phone photo of a giấy mời with the shadow of the hand or the phone across its left half read
    almost nothing — Tesseract's global threshold made the shadowed half black, or the lit half white,
    and the header (số ký hiệu, date) was lost, raw ``tesseract`` too. Divided by its paper, the page is
    white paper and black ink again and reads whole. An evenly lit scan is left alone (not a pixel changes)."""
    from PIL import Image

    bg = background(im)
    if evenness(bg) >= UNEVEN_BACKGROUND:
        return im
    paper = np.asarray(bg.resize(im.size, Image.Resampling.BILINEAR), dtype=np.float64)
    a = np.asarray(im, dtype=np.float64)
    return Image.fromarray(np.clip(a / np.maximum(paper, 1.0) * 255.0, 0, 255).astype(np.uint8))


def prepare(im, *, do_deskew: bool = True, do_binarize: bool = False, dpi: int | None = None, max_pixels: int = 100_000_000):
    """The preprocessing vanban applies before Tesseract; (image, skew, dpi)."""
    im = flatten_background(to_gray(im))  # a shadow first: the speck tests read ink below 128
    dark = ink(im)  # one ink mask for both speck tests (8.7 million pixels a 300 dpi page)
    if speckled(im, dark):  # despeckle(im), the mask at hand
        im, dark = despeckle_median(im), None
    im = drop_specks(im, dpi, dark)
    angle = 0.0
    if do_deskew:
        im, angle = deskew(im)
    im, dpi = upscale(im, dpi, max_pixels)
    if do_binarize:
        im = binarize(im)
    return im, angle, dpi

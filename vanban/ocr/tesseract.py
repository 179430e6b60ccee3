"""OCR one page with Tesseract: the function worker processes run.

Why these settings (all measured on rendered Party documents, see
bench/ocr.py): ``-l vie`` alone beats ``vie+eng``; ``--psm 3`` (automatic
layout) keeps the two-column header apart; ``OMP_THREAD_LIMIT=1`` because
Tesseract's OpenMP threads make it 5–8× slower when pages already run in
parallel processes; rasters go to a ``tesseract`` process as uncompressed
PGM, or as pixels to an in-process engine (:mod:`vanban.ocr.capi`) when
pages are read serially (:mod:`vanban.ocr.serial`).

``ocr_page`` is a plain module-level function of picklable arguments so a
ProcessPoolExecutor or a Dask worker can run it; :func:`prepare_page` is
its first half (raster + preprocessing), so a reader can prepare the next
page while Tesseract reads this one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vanban.models import DependencyError, InputError, LimitExceeded, LineGeometry, Limits, OcrResult, PageSource

TESSERACT_INSTALL = "sudo apt-get install tesseract-ocr tesseract-ocr-vie"


def language_install(langs: str) -> str:
    """The apt command that installs Tesseract's data for ``langs`` ("vie+eng"):
    Debian names each package ``tesseract-ocr-<code>`` with "_" as "-"."""
    codes = [c for c in langs.split("+") if c]
    return "sudo apt-get install " + " ".join(f"tesseract-ocr-{c.lower().replace('_', '-')}" for c in codes)
PSM = 3
PSM_BLOCK = 6  # one uniform block of text: the strip of lines the page's layout skipped (lost_lines.py)
PSM_LINE = 7  # one line: a date's numbers or a symbol read again by eng (date_slots.py, code_words.py)
SECOND_LANG = "eng"  # the second reader of a date's numbers and of a symbol's code (date_slots.py, code_words.py)


def check_tesseract(lang: str = "vie") -> str:
    """Tesseract's version, or DependencyError with the install command."""
    import pytesseract

    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        raise DependencyError(f"Tesseract OCR is not installed; install it with: {TESSERACT_INSTALL}")
    try:
        version = str(pytesseract.get_tesseract_version())
        have = set(pytesseract.get_languages(config=""))
    except Exception as exc:  # noqa: BLE001 - broken install
        raise DependencyError(
            f"Tesseract OCR does not run ({' '.join(str(exc).split())[:80]}); reinstall it with: {TESSERACT_INSTALL}"
        ) from None
    missing = [part for part in lang.split("+") if part and part not in have]
    if missing:
        raise DependencyError(
            f"Tesseract language data {'+'.join(missing)!r} is missing; install it with: {language_install('+'.join(missing))}"
        )
    return version


def _config(dpi: int | None, psm: int | None = None) -> str:
    cfg = f"--psm {psm or PSM}"
    if dpi:
        cfg += f" --dpi {dpi}"
    return cfg


def data_to_lines(data: dict, width: float, tables: list | tuple = ()) -> tuple[str, tuple[LineGeometry, ...], float | None]:
    """(text, one LineGeometry per line, mean word confidence) from ``image_to_data``.

    Words become rows by their boxes (Tesseract's own lines kept whole);
    a two-column region (header: issuer | motto, số | place and date;
    signature: Nơi nhận | signer) is written column after column with
    ``column`` 0/1 and ``table``/``row``/``col`` as a one-row table; ``x0``/``x1``
    are fractions of ``width`` (the image width in pixels). ``tables`` are
    the page's ruled tables (ocr/rules.py ``find_tables``): their words
    become cell lines, cell after cell, row after row. A blank line
    (no geometry) separates Tesseract's paragraphs and sets off each region.
    Confidence is the mean over words with conf ≥ 0 (Tesseract gives -1
    to layout rows).
    """
    from vanban.ingest.layout import Word, number_tables, tables_and_rows
    from vanban.ingest.lines import join_lines

    words: list[Word] = []
    confs: list[float] = []
    for i, text in enumerate(data.get("text", [])):
        text = (text or "").strip()
        if not text:
            continue
        try:
            conf = float(data["conf"][i])
        except (TypeError, ValueError):
            conf = -1.0
        if conf >= 0:
            confs.append(conf)
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        left, top = float(data["left"][i]), float(data["top"][i])
        words.append(Word(left, left + float(data["width"][i]), top, top + float(data["height"][i]), text, group=key))
    confidence = sum(confs) / len(confs) if confs else None
    if not words:
        return "", (), confidence
    blocks = tables_and_rows(list(tables), words, max(float(width), 1.0))
    lines, _ = number_tables(blocks, 0, _new_paragraph)
    text, geometry = join_lines(lines)
    return text, geometry, confidence


def _new_paragraph(previous, block) -> bool:
    """A blank line where Tesseract starts a paragraph, and around each two-column region. A page body set in two
    columns (``layout.blocks_from_rows``' body region) is a block of no reader's group: it is set off too (the
    group was read off it, and a scanned page with such a region failed with a TypeError: t51-01-KH-LDLD's timetable
    drawn borderless, bench/tt_scan.py)."""
    if previous.tabular or block.tabular or previous.group is None or block.group is None:
        return True
    return previous.group[:2] != block.group[:2]


def ocr_image_lines(im, *, lang: str = "vie", dpi: int | None = 300, timeout: float = 300.0, work_dir: Path | None = None, page_no: int = 1, engine=None) -> tuple[str, tuple[LineGeometry, ...], float | None]:
    """Run Tesseract on a Pillow image; (text, line geometry, confidence).

    The image goes to ``engine`` (an in-process :class:`vanban.ocr.capi.Engine`)
    when one is given, else to a ``tesseract`` process as a PGM file.

    Lines the page's layout left out (a table's cells alone on their lines:
    :mod:`vanban.ocr.lost_lines`) are read again in one more call; a
    written date whose numbers ``vie`` read as letters (:mod:`vanban.ocr.date_slots`)
    and a symbol read with a letter too many (:mod:`vanban.ocr.code_words`) are
    read again (``eng``: a ``tesseract`` process either way); so is a column of item marks read as one
    tall word, with the lines beside it (:mod:`vanban.ocr.mark_columns`).

    The page's ruled tables (ocr/rules.py) are found in a helper thread
    while Tesseract runs: numpy releases the GIL and the Tesseract process
    only makes this one wait, so the search costs no wall time.
    """
    from vanban.ocr.lost_lines import add_lost_lines
    from vanban.ocr.mark_columns import reread_mark_columns
    from vanban.ocr.rules import find_tables

    os.environ["OMP_THREAD_LIMIT"] = "1"
    gray = im if im.mode == "L" else im.convert("L")
    start = time.perf_counter()
    left = lambda: timeout - (time.perf_counter() - start)  # noqa: E731
    if engine is not None:
        tables = _Background(find_tables, gray)
        try:
            data = engine.read(gray, dpi=dpi, timeout=timeout, page_no=page_no)
            read_block = lambda strip: engine.read(  # noqa: E731
                strip, dpi=dpi, timeout=max(left(), 0.001), page_no=page_no, psm=PSM_BLOCK)
            if left() > 0:  # the lines the page's layout skipped, read again (vanban/ocr/lost_lines.py)
                data = add_lost_lines(gray, data, read_block)
            if left() > 0:  # a column of item marks read as one tall word (vanban/ocr/mark_columns.py)
                data = reread_mark_columns(gray, data, read_block)
            data = _read_again(gray, data, dpi, left, read_block)
        finally:
            tables.join()
        data = _read_serials(gray, _read_cells(gray, data, tables.result(), left, read_block), tables.result(), left,
                             read_block)
        return data_to_lines(data, im.size[0], tables.result())
    import pytesseract  # here only: it imports packaging, and pandas where installed

    own = work_dir is None
    tmp = Path(tempfile.mkdtemp(prefix="vanban-ocr-")) if own else work_dir
    try:
        pgm = tmp / "ocr-input.pgm"
        gray.save(pgm)
        tables = _Background(find_tables, gray)
        try:
            data = pytesseract.image_to_data(
                str(pgm), lang=lang, config=_config(dpi), timeout=timeout,
                output_type=pytesseract.Output.DICT,
            )
            read_block = lambda strip: pytesseract.image_to_data(  # noqa: E731
                strip, lang=lang, config=_config(dpi, PSM_BLOCK), timeout=max(left(), 0.001),
                output_type=pytesseract.Output.DICT)
            if left() > 0:  # the lines the page's layout skipped, read again (vanban/ocr/lost_lines.py)
                data = add_lost_lines(gray, data, read_block)
            if left() > 0:  # a column of item marks read as one tall word (vanban/ocr/mark_columns.py)
                data = reread_mark_columns(gray, data, read_block)
            data = _read_again(gray, data, dpi, left, read_block)
            tables.join()
            data = _read_cells(gray, data, tables.result(), left, read_block)
            data = _read_serials(gray, data, tables.result(), left, read_block)
        except RuntimeError as exc:
            if "timeout" in str(exc).lower():
                raise LimitExceeded(f"OCR of page {page_no} took longer than {timeout:.0f}s") from None
            raise
        except pytesseract.TesseractNotFoundError:
            raise DependencyError(f"Tesseract OCR is not installed; install it with: {TESSERACT_INSTALL}") from None
        except pytesseract.TesseractError as exc:
            msg = " ".join(str(exc.message).split())[:120]
            if "Failed loading language" in msg or "traineddata" in msg:
                raise DependencyError(f"Tesseract language data {lang!r} is missing; install it with: {language_install(lang)}") from None
            raise InputError(f"Tesseract failed on page {page_no} ({msg})") from None
        finally:
            tables.join()
        return data_to_lines(data, im.size[0], tables.result())
    finally:
        if own:
            shutil.rmtree(tmp, ignore_errors=True)


def _eng_line(dpi: int | None, left):
    """An image → its text read by ``eng`` as one line (``--psm 7``, a ``tesseract`` process), "" when
    ``eng`` cannot run: the second reader of :mod:`vanban.ocr.date_slots` and :mod:`vanban.ocr.code_words`."""
    import pytesseract

    def read_line(im) -> str:
        try:
            return pytesseract.image_to_string(im, lang=SECOND_LANG, config=_config(dpi, PSM_LINE),
                                               timeout=max(left(), 0.001))
        except (pytesseract.TesseractError, pytesseract.TesseractNotFoundError):
            return ""

    return read_line


def _read_again(gray, data: dict, dpi: int | None, left, read_block) -> dict:
    """``data`` with the Roman numerals read an I short (:mod:`vanban.ocr.roman_stems`, :mod:`vanban.ocr.roman_width`), and the damaged written
    dates and the years wrapped under them (:mod:`vanban.ocr.date_slots`) and the symbols read with a letter too many (:mod:`vanban.ocr.code_words`)
    read again; the page as it was when no time is left.
    ``read_block``: an image → ``image_to_data`` of it read by the page's engine as a block (``--psm 6``)."""
    from vanban.ocr.code_words import reread_codes, suspect_words
    from vanban.ocr.date_slots import damaged_dates, reread_dates, reread_years, wrapped_years
    from vanban.ocr.roman_stems import count_numerals
    from vanban.ocr.roman_width import widen_numerals

    data = count_numerals(gray, data)  # no call: the stems of I-only numerals in the page image
    data = widen_numerals(data)  # no call: the widths of the page's own numerals
    if left() > 0 and damaged_dates(data):
        data = reread_dates(gray, data, _eng_line(dpi, left))
    if left() > 0 and wrapped_years(data):
        data = reread_years(gray, data, _eng_line(dpi, left))
    if left() > 0 and suspect_words(data):
        data = reread_codes(gray, data, read_block, _eng_line(dpi, left))
    return data


def _read_cells(gray, data: dict, tables, left, read_block) -> dict:
    """``data`` with the ruled cells Tesseract read poorly read again alone, their rules wiped
    (:mod:`vanban.ocr.ruled_cells`: a ruled header box's số and date, a ruled task table's cells); as it was
    when no time is left."""
    if not tables or left() <= 0:
        return data
    from vanban.ocr.ruled_cells import reread_cells

    return reread_cells(gray, data, tables, read_block)


def _read_serials(gray, data: dict, tables, left, read_block) -> dict:
    """``data`` with the row numbers of a table's TT column read again alone, ruled or borderless
    (:mod:`vanban.ocr.serial_column`: Tesseract's layout drops or garbles lone digits there); as it was when no
    time is left."""
    if left() <= 0:
        return data
    from vanban.ocr.serial_column import reread_serials

    return reread_serials(gray, data, tables or (), read_block)


class _Background(threading.Thread):
    """``fn(*args)`` in a daemon thread; ``result()`` after ``join()`` re-raises its error."""

    def __init__(self, fn, *args):
        super().__init__(name="vanban-ocr-helper", daemon=True)
        self._call, self._value, self._error = (fn, args), None, None
        self.start()

    def run(self) -> None:
        fn, args = self._call
        try:
            self._value = fn(*args)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller
            self._error = exc

    def result(self):
        if self._error is not None:
            raise self._error
        return self._value


@dataclass(frozen=True)
class PreparedPage:
    """A page raster ready for Tesseract (:func:`prepare_page`).

    ``image`` is 8-bit gray, deskewed and upscaled; ``dpi`` the resolution
    to tell Tesseract (None: let it estimate); ``start`` the
    ``time.perf_counter()`` at which the page's OCR budget began.
    """

    number: int
    image: Any
    dpi: int | None
    start: float


def prepare_page(page: PageSource, limits: Limits = Limits(), *, deskew: bool = True, binarize: bool = False) -> PreparedPage:
    """Rasterise and preprocess a page to OCR (:func:`ocr_page`'s first half).

    Takes a PDF page's scan image, or renders the page, in-process with
    PDFium (:mod:`vanban.ocr.raster`; 300 dpi on paper-sized pages), opens
    image frames with Pillow under the pixel limit, then grayscale + deskew
    (+ upscale of images under 250 dpi). Raises InputError / LimitExceeded.
    """
    from vanban.ocr import preprocess, raster

    start = time.perf_counter()
    im, dpi = raster.load_page(page, limits)
    rendered = page.method == "pdf-ocr" and dpi == raster.DPI
    im, _angle, dpi = preprocess.prepare(
        im, do_deskew=deskew, do_binarize=binarize, dpi=dpi, max_pixels=limits.max_pixels
    )
    # A 300 dpi PDF raster goes without --dpi: Tesseract's own estimate
    # reads it at the same CER about 20% faster (bench/ocr.py: 2.62 s vs
    # 2.08 s a page, CER 0.26% both); images keep their declared or
    # upscaled resolution, which they need (a PDF's lower-resolution scan
    # taken at its own pixels too: raster.render_pdf_page).
    return PreparedPage(page.number, im, None if rendered else dpi, start)


def ocr_page(page: PageSource, limits: Limits = Limits(), lang: str = "vie", *, deskew: bool = True,
             binarize: bool = False, prepared: PreparedPage | None = None, engine=None) -> OcrResult:
    """OCR one page a PageSource points to (``pdf-ocr`` or ``image-ocr``).

    :func:`prepare_page` (unless ``prepared`` already holds its result:
    the serial reader prepares the next page while Tesseract reads this
    one), then Tesseract ``image_to_data --psm 3``, all within
    ``limits.ocr_timeout`` seconds counted from the start of preparation;
    ``engine`` (:class:`vanban.ocr.capi.Engine`) reads in-process instead
    of a ``tesseract`` process.
    A blank page gives ``OcrResult("", None)``; errors are InputError /
    LimitExceeded / DependencyError with one-line messages.
    """
    if page.text is not None:  # nothing to do; keeps callers simple
        return OcrResult(text=page.text, confidence=None, seconds=0.0)
    if prepared is None:
        prepared = prepare_page(page, limits, deskew=deskew, binarize=binarize)
    start = prepared.start
    remaining = limits.ocr_timeout - (time.perf_counter() - start)  # the page's budget, no floor
    if remaining <= 0:
        raise LimitExceeded(f"OCR of page {page.number} took longer than {limits.ocr_timeout:g}s")
    try:
        text, lines, conf = ocr_image_lines(prepared.image, lang=lang, dpi=prepared.dpi, timeout=remaining,
                                            page_no=page.number, engine=engine)
        turn, (text, lines, conf) = _read_upright(prepared, (text, lines, conf), limits, lang, engine, page.number)
        if not turn:  # never worse than raw Tesseract (vanban/ocr/raw_reading.py)
            text, lines, conf = _read_raw_if_poor(page, prepared, (text, lines, conf), limits, lang, engine)
    except LimitExceeded:  # say the limit the user set, not what was left of it
        raise LimitExceeded(f"OCR of page {page.number} took longer than {limits.ocr_timeout:g}s") from None
    from vanban.ocr.folio import drop_page_number

    text, lines = drop_page_number(text, lines)  # the printed page number is no part of the text
    return OcrResult(text=text, confidence=conf, seconds=time.perf_counter() - start, lines=lines, rotation=turn)


def _read_raw_if_poor(page: PageSource, prepared: PreparedPage, reading: tuple, limits: Limits, lang: str, engine):
    """``reading``, or the reading of the page as loaded (gray, not preprocessed, at its own resolution)
    when ``reading`` is poor and that one is more confident (:mod:`vanban.ocr.raw_reading`)."""
    from vanban.ocr import preprocess, raster
    from vanban.ocr.raw_reading import better_reading

    def read_raw():
        left = limits.ocr_timeout - (time.perf_counter() - prepared.start)
        if left <= 0:
            return None
        loaded, dpi = raster.load_page(page, limits)
        if page.method == "pdf-ocr" and dpi == raster.DPI:
            dpi = None
        im = preprocess.to_gray(loaded)
        return ocr_image_lines(im, lang=lang, dpi=dpi, timeout=left, page_no=page.number, engine=engine)

    try:
        return better_reading(reading, read_raw)[1]
    except (InputError, LimitExceeded):  # no time left for it: the first reading stands
        return reading


def _read_upright(prepared: PreparedPage, reading: tuple, limits: Limits, lang: str, engine, page_no: int):
    """(turn, reading): a reading that looks bad (:func:`vanban.ocr.orientation.looks_unread`) is
    done again on the page turned as Tesseract's OSD says, and the better one kept; the normal
    path pays only the syllable count. ``turn`` is the clockwise degrees of the kept reading."""
    from vanban.ocr import orientation

    landscape = orientation.looks_turned(prepared.image)
    if not (orientation.looks_unread(reading[0]) or landscape):
        return 0, reading
    left = lambda: limits.ocr_timeout - (time.perf_counter() - prepared.start)  # noqa: E731
    turn = orientation.osd_turn(prepared.image, timeout=left()) if left() > 0 else 0
    if not turn or left() <= 0:
        return 0, reading
    again = ocr_image_lines(orientation.upright(prepared.image, turn), lang=lang, dpi=prepared.dpi,
                            timeout=left(), page_no=page_no, engine=engine)
    if turn in (90, 270) and landscape and orientation.better(reading[0], again[0], turned_shape=True):
        return turn, again
    return (turn, again) if orientation.better(reading[0], again[0]) else (0, reading)

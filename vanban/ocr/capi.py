"""Tesseract in-process through its C API (``libtesseract.so.5``, the library
the ``tesseract`` command itself runs).

Why: reading a document's pages one after the other (``--jobs 1``), a
``tesseract`` process per page loads the ``vie`` model again for every page
(~0.06 s CPU each) and needs the page written as a PGM file first; one
engine per document loads the model once and takes the gray pixels as they
are. Same library, same settings (``--psm 3``, the resolution hint), same
TSV: bench/ocr.py prints the text of both ways side by side (identical on
its scans). The call releases the GIL (ctypes), so Python work goes on
while Tesseract reads.

Used only where pages are read serially in this process
(:mod:`vanban.ocr.serial`); pool workers keep one ``tesseract`` process per
page, so a crash inside Tesseract costs one page there, not the worker.
"""

from __future__ import annotations

import ctypes
import os
import threading
import time

from vanban.models import InputError, LimitExceeded

#: sonames tried, newest first (Debian 12: libtesseract5 → .so.5)
SONAMES = ("libtesseract.so.5", "libtesseract.so")
PSM_AUTO = 3  # --psm 3: automatic page segmentation, no OSD
TSV_COLUMNS = ("level", "page_num", "block_num", "par_num", "line_num", "word_num",
               "left", "top", "width", "height", "conf", "text")

_lib = None
_lib_lock = threading.Lock()


def _library():
    """The loaded libtesseract with its signatures, or None when it is missing."""
    global _lib
    with _lib_lock:
        if _lib is None:
            # OpenMP reads this once, when the library loads: one thread per Tesseract
            os.environ["OMP_THREAD_LIMIT"] = "1"
            for name in SONAMES:
                try:
                    lib = ctypes.CDLL(name)
                    break
                except OSError:
                    continue
            else:
                _lib = False
                return None
            p, i, s = ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p
            for fn, args, res in (
                ("TessBaseAPICreate", [], p), ("TessBaseAPIDelete", [p], None), ("TessBaseAPIEnd", [p], None),
                ("TessBaseAPIInit3", [p, s, s], i), ("TessBaseAPISetPageSegMode", [p, i], None),
                ("TessBaseAPISetImage", [p, s, i, i, i, i], None), ("TessBaseAPISetSourceResolution", [p, i], None),
                ("TessBaseAPIRecognize", [p, p], i), ("TessBaseAPIGetTsvText", [p, i], p),
                ("TessBaseAPIClear", [p], None), ("TessBaseAPISetVariable", [p, s, s], ctypes.c_bool), ("TessDeleteText", [p], None),
                ("TessMonitorCreate", [], p), ("TessMonitorDelete", [p], None),
                ("TessMonitorSetDeadlineMSecs", [p, i], None),
            ):
                f = getattr(lib, fn)
                f.argtypes, f.restype = args, res
            _lib = lib
        return _lib or None


class Engine:
    """One initialised Tesseract (language ``lang``, ``--psm 3``) for many pages.

    ``Engine.open(lang)`` gives None when libtesseract or the language data
    cannot be loaded (callers then run the ``tesseract`` command, which
    says what is missing). Use as a context manager; one page at a time.
    """

    def __init__(self, lib, handle: int):
        self._lib, self._api = lib, handle

    @classmethod
    def open(cls, lang: str = "vie") -> "Engine | None":
        lib = _library()
        if lib is None:
            return None
        api = lib.TessBaseAPICreate()
        if not api:
            return None
        # Tesseract's notes ("Estimating resolution as 465") go nowhere, as the
        # tesseract command's stderr does under pytesseract
        lib.TessBaseAPISetVariable(api, b"debug_file", os.devnull.encode())
        if lib.TessBaseAPIInit3(api, None, lang.encode()) != 0:
            lib.TessBaseAPIDelete(api)
            return None
        lib.TessBaseAPISetPageSegMode(api, PSM_AUTO)
        return cls(lib, api)

    def read(self, im, *, dpi: int | None, timeout: float, page_no: int = 1, psm: int = PSM_AUTO) -> dict[str, list]:
        """Tesseract's words of an 8-bit gray Pillow image, as pytesseract's
        ``image_to_data(output_type=DICT)`` gives them (every number, conf too, as int).

        Raises LimitExceeded when reading takes longer than ``timeout``
        seconds (Tesseract stops at that deadline), InputError when it fails.
        """
        lib, api = self._lib, self._api
        gray = im if im.mode == "L" else im.convert("L")
        if psm != PSM_AUTO:  # another segmentation for this image only (lost_lines: a strip of single lines)
            lib.TessBaseAPISetPageSegMode(api, psm)
        lib.TessBaseAPISetImage(api, gray.tobytes(), gray.width, gray.height, 1, gray.width)
        if dpi:
            lib.TessBaseAPISetSourceResolution(api, int(dpi))
        monitor = lib.TessMonitorCreate()
        start = time.perf_counter()
        try:
            lib.TessMonitorSetDeadlineMSecs(monitor, max(1, int(timeout * 1000)))
            status = lib.TessBaseAPIRecognize(api, monitor)
            if time.perf_counter() - start >= timeout:
                raise LimitExceeded(f"OCR of page {page_no} took longer than {timeout:.0f}s")
            if status != 0:
                raise InputError(f"Tesseract failed on page {page_no} (status {status})")
            text = lib.TessBaseAPIGetTsvText(api, 0)
            try:
                tsv = ctypes.string_at(text).decode("utf-8", "replace") if text else ""
            finally:
                if text:
                    lib.TessDeleteText(text)
        finally:
            lib.TessMonitorDelete(monitor)
            lib.TessBaseAPIClear(api)
            if psm != PSM_AUTO:
                lib.TessBaseAPISetPageSegMode(api, PSM_AUTO)
        return parse_tsv(tsv)

    def close(self) -> None:
        if self._api:
            self._lib.TessBaseAPIEnd(self._api)
            self._lib.TessBaseAPIDelete(self._api)
            self._api = None

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def parse_tsv(tsv: str) -> dict[str, list]:
    """Columns of Tesseract's TSV (``GetTsvText``: no header row) as lists, like pytesseract's DICT."""
    out: dict[str, list] = {name: [] for name in TSV_COLUMNS}
    for line in tsv.splitlines():
        cells = line.split("\t")
        if len(cells) < len(TSV_COLUMNS) - 1 or not cells[0].lstrip("-").isdigit():
            continue  # the header row of the CLI's file, or a broken line
        cells += [""] * (len(TSV_COLUMNS) - len(cells))
        for name, cell in zip(TSV_COLUMNS, cells):
            # every number truncated to int, conf too, as pytesseract does: the
            # same page gets the same confidence whichever way it was read
            out[name].append(cell if name == "text" else int(float(cell)))
    return out

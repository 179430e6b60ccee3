"""OCR a document's pages one after the other, with the Python work overlapped.

Why: with one job (``vanban text scan.pdf --jobs 1``) only one Tesseract
runs at a time, and every second spent in Python between two Tesseract runs
(rasterising and deskewing the next page, restoring the page just read)
adds to the wall time. Here Tesseract reads page *n* in a background
thread — in-process through its C API (:mod:`vanban.ocr.capi`: the model
loaded once per document, the call releases the GIL), or a ``tesseract``
process per page when the library cannot be loaded — while this thread
prepares page *n + 1* and the caller restores page *n − 1*. Still exactly
one Tesseract at a time, the same per-page work and results as
:func:`vanban.ocr.tesseract.ocr_page`; at most two prepared page images are
held at once. The overlap saves wall time only; the single model load
saves CPU too (bench/ocr.py prints both).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor

from vanban.models import Limits, OcrResult, PageSource


def ocr_in_order(pages: Sequence[PageSource], limits: Limits = Limits(), lang: str = "vie") -> Iterator[OcrResult | None]:
    """One OcrResult per page in ``pages`` order (None for pages that have text).

    DependencyError (with the install command) first when neither the
    library nor the ``tesseract`` command can read ``lang``. A page's error
    (InputError, LimitExceeded) is raised when its turn comes, after the results of the pages before it; pages
    after a failed one are not read. Closing the iterator early waits for
    the Tesseract run in progress, then stops.
    """
    from vanban.ocr.capi import Engine
    from vanban.ocr.tesseract import ocr_page, prepare_page

    todo = [i for i, p in enumerate(pages) if p.needs_ocr]

    def prepared(k: int):
        """Page ``todo[k]`` prepared, or the error preparing it (raised in its turn)."""
        try:
            return prepare_page(pages[todo[k]], limits)
        except Exception as exc:  # noqa: BLE001 - handed over in page order
            return exc

    def read(k: int, ready):
        if isinstance(ready, Exception):
            raise ready
        return ocr_page(pages[todo[k]], limits, lang, prepared=ready, engine=engine)

    engine = Engine.open(lang) if todo else None  # None: a tesseract process per page …
    if todo and engine is None:
        from vanban.ocr.tesseract import check_tesseract

        check_tesseract(lang)  # … which must be there: DependencyError with the install command
    with contextlib.ExitStack() as stack, \
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="vanban-tesseract") as tesseract:
        if engine is not None:
            stack.callback(engine.close)  # after the executor has finished the page it reads
        running = tesseract.submit(read, 0, prepared(0)) if todo else None
        k = 0
        for page in pages:
            if not page.needs_ocr:
                yield None
                continue
            following = prepared(k + 1) if k + 1 < len(todo) else None  # while Tesseract reads page k
            result = running.result()  # page k's error is raised here, in its turn
            if following is not None:
                running = tesseract.submit(read, k + 1, following)  # Tesseract goes on at once …
            k += 1
            yield result  # … while the caller restores page k

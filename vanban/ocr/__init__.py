"""OCR stage: Tesseract on page rasters, then post-OCR correction.

Kept light on purpose: importing ``vanban.ocr`` loads nothing heavy
(Pillow, numpy, pytesseract are imported when a page is OCR'd), so the CLI
starts fast and worker processes pay only for what they use.
"""

from __future__ import annotations

__all__ = ["ocr_page", "check_tesseract"]


def __getattr__(name: str):
    if name in ("ocr_page", "check_tesseract"):
        from vanban.ocr import tesseract

        return getattr(tesseract, name)
    raise AttributeError(f"module 'vanban.ocr' has no attribute {name!r}")

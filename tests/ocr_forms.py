"""The legacy-OCR and scanned forms of real documents as ingest stores them, for the metadata tests.

``legacy_text(raw)``: eng OCR text (pages split by "\\f") restored page by page (``correct_text``);
``scan_pages(path)``: a cached ``NAME.pages.json`` of vanban's own OCR (text, confidence, line geometry
per page) as restored Pages with their geometry, what the structure stage reads from a scan.
"""

from __future__ import annotations

import json
from pathlib import Path

from vanban.models import LineGeometry, Page
from vanban.ocr.correct import correct_text


def legacy_text(raw: str) -> str:
    """The legacy form as ingest stores it: each page restored."""
    return "\f".join(correct_text(p, "image-ocr").text for p in raw.split("\f"))


def scan_pages(path: Path) -> list[Page]:
    """Each page's OCR restored, with its line geometry (dropped when restoration changed the line count)."""
    pages = []
    for n, d in enumerate(json.loads(path.read_text(encoding="utf-8")), 1):
        geo = tuple(LineGeometry(**g) for g in d["lines"])
        text = correct_text(d["text"], "image-ocr").text
        pages.append(Page(n, "image-ocr", d["text"], text, lines=geo if len(text.split("\n")) == len(geo) else ()))
    return pages

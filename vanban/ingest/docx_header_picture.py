"""A DOCX whose header is a picture: the pasted scan of the header, read by OCR.

Why: offices paste the scanned header of a form (issuer | national motto,
số ký hiệu | place and date) into a Word file as one image and type the rest.
vanban read the typed text only: số ký hiệu, issuer and date came back None
with no word said (found by a newcomer, kh77_pichdr.docx). The picture is no
page (too small for :mod:`vanban.ingest.docx_media`), but when the typed text
begins with no header line of its own (:data:`HEADER_LINE_RE`) the pictures
standing before the first typed word, shaped as a header strip
(:data:`MIN_STRIP_RATIO`), become ``docx-ocr`` pages *before* the typed page:
the OCR stage reads them and the structure stage finds the header where the
picture stands.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from vanban.images import open_image
from vanban.ingest.docx_media import EMBED_RE, body_targets, shown_pictures
from vanban.models import InputError, LimitExceeded, Limits, PageSource

#: a header strip is at least this many times as wide as high (3 lines of a two-column header: ~6)
MIN_STRIP_RATIO = 2.0
#: … and holds at least this many pixels (3 lines across 17 cm at 150 dpi: ~1000 × 150)
MIN_STRIP_PIXELS = 100_000
#: the first typed lines looked at for a header of their own
HEAD_LINES = 12
#: a line only a header has: the national motto, "Số: 12/KH-UBND", the place-date line
HEADER_LINE_RE = re.compile(
    r"CỘNG\s+HÒA\s+XÃ\s+HỘI|CỘNG\s+HOÀ\s+XÃ\s+HỘI|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|Độc\s+lập\s*-\s*Tự\s+do"
    r"|^\s*Số\s*:|,\s*ngày\s+\S+\s+tháng\s+\S+\s+năm\s+\d{4}",
    re.IGNORECASE | re.MULTILINE,
)
_TEXT_RE = re.compile(rb"<w:t(?:\s[^>]*)?>([^<]*\S[^<]*)</w:t>")


def has_typed_header(text: str) -> bool:
    """True when the first :data:`HEAD_LINES` non-blank lines of ``text`` hold a header line."""
    head = [line for line in text.splitlines() if line.strip()][:HEAD_LINES]
    return bool(HEADER_LINE_RE.search("\n".join(head)))


def leading_pictures(zf: zipfile.ZipFile) -> list[int]:
    """Indices (in :func:`shown_pictures`) of the pictures the body shows before its first typed word."""
    try:
        body = zf.read("word/document.xml")
    except KeyError:
        return []
    first = _TEXT_RE.search(body)
    end = first.start() if first else len(body)
    names = shown_pictures(zf)
    rels = body_targets(zf)
    out = []
    for m in EMBED_RE.finditer(body, 0, end):
        name = rels.get(m.group(1) or m.group(2))
        if name in names and names.index(name) not in out:
            out.append(names.index(name))
    return out


def with_header_picture(path: Path, typed: tuple[PageSource, ...], limits: Limits = Limits(),
                        source: Path | None = None) -> tuple[tuple[PageSource, ...], str | None]:
    """(pages, note): the ``typed`` pages as they are (note None) when their text has a header
    (:func:`has_typed_header`), when any page is OCR'd already, or when no header strip stands
    before the first typed word; else one ``docx-ocr`` page per such strip, then the typed pages,
    renumbered, and a note saying the header is a picture read by OCR."""
    from dataclasses import replace

    if not typed or any(pg.needs_ocr for pg in typed) or has_typed_header("\n".join(pg.text or "" for pg in typed)):
        return typed, None
    strips = []
    with zipfile.ZipFile(path) as zf:
        names = shown_pictures(zf)
        for index in leading_pictures(zf):
            try:
                im = open_image(io.BytesIO(zf.read(names[index])), limits.max_pixels)
            except LimitExceeded as exc:
                raise LimitExceeded(f"picture {names[index]}: {exc}") from None
            except InputError:
                continue
            with im:
                if im.width * im.height >= MIN_STRIP_PIXELS and im.width >= MIN_STRIP_RATIO * im.height:
                    strips.append(PageSource(0, "docx-ocr", path=str(source or path), index=index))
    if not strips:
        return typed, None
    pages = tuple(replace(pg, number=n) for n, pg in enumerate(strips + list(typed), 1))
    return pages, "the header is a picture: read by OCR"

"""Text of a Word (.docx) file: body paragraphs and tables, in order.

Why tables: Vietnamese administrative documents lay their two-column
header (issuer | national motto, số ký hiệu | place and date) and the
signature block (Nơi nhận | signer) out as borderless tables; skipping
tables would lose the number, date and signer.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from vanban.models import InputError, PageSource


def paragraph_text(paragraph) -> str:
    """A paragraph's text; runs in legacy fonts (.VnTime, VNI-Times) are
    converted to Unicode by :mod:`vanban.ingest.legacy_fonts`."""
    from vanban.ingest.legacy_fonts import paragraph_text as converted

    return converted(paragraph)


def _iter_blocks(doc):
    """Paragraph and table objects of the body in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, doc)
        elif tag == "tbl":
            yield Table(child, doc)


def _table_lines(table) -> list[str]:
    """Rows as lines; cells joined by a tab, merged cells counted once.

    A cell holding several paragraphs (a header column) is split into its
    paragraphs and the columns are zipped line by line, the way they read
    on paper.
    """
    lines: list[str] = []
    for row in table.rows:
        seen: list[int] = []
        columns: list[list[str]] = []
        for cell in row.cells:
            if id(cell._tc) in seen:  # python-docx repeats merged cells
                continue
            seen.append(id(cell._tc))
            paras = [paragraph_text(p).strip() for p in cell.paragraphs]
            for nested in cell.tables:
                paras.extend(_table_lines(nested))
            columns.append([p for p in paras if p])
        depth = max((len(c) for c in columns), default=0)
        for k in range(depth):
            cells = [c[k] if k < len(c) else "" for c in columns]
            line = "\t".join(cells).strip()
            if line:
                lines.append(line)
    return lines


def read_pages(path: Path) -> tuple[PageSource, ...]:
    """The whole document as one ``docx`` page (Word has no fixed pages)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        doc = docx.Document(str(path))
    except PackageNotFoundError:
        raise InputError("corrupt DOCX (not a Word package)") from None
    except Exception as exc:  # noqa: BLE001 - lxml / zipfile errors on junk
        raise InputError(f"corrupt DOCX ({' '.join(str(exc).split())[:120]})") from None
    lines: list[str] = []
    for block in _iter_blocks(doc):
        if hasattr(block, "rows"):
            lines.extend(_table_lines(block))
        else:
            lines.append(paragraph_text(block))
    text = unicodedata.normalize("NFC", "\n".join(lines).strip("\n"))
    return (PageSource(1, "docx", text=text),)

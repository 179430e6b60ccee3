"""A Word file of a plan with one captioned, ruled table, written with python-docx: the tests of a caption over a
table (tests/test_task_table_places.py, tests/test_quota_caption_rows.py) each give their own plan's lines."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH


def _styled(p, centred: bool, bold: bool):
    if centred:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if bold:
        for r in p.runs:
            r.bold = True
    return p


def captioned_docx(path: Path, head: list[str], body: list[tuple[str, bool]], caption: str, rows: list[list[str]],
                   tail: list[str], *, caption_centred: bool = True, caption_bold: bool = True) -> Path:
    """``head`` lines, ``body`` lines (each with whether it is a centred bold title or heading), the caption (centred
    and bold as asked), the table ``rows`` (a grid, "Table Grid"), the ``tail`` lines; saved at ``path``."""
    doc = Document()
    for line in head:
        doc.add_paragraph(line)
    for text, marked in body:
        _styled(doc.add_paragraph(text), marked, marked)
    _styled(doc.add_paragraph(caption), caption_centred, caption_bold)
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    for line in tail:
        doc.add_paragraph(line)
    doc.save(str(path))
    return path

"""The checklist as a "phiếu giao việc": a Word table and a CSV Excel opens intact.

Why these two: the staff who carry out a plan pass its tasks on as a Word
table (STT, nội dung công việc, đơn vị chủ trì, đơn vị phối hợp, thời hạn,
chỉ tiêu, căn cứ/nguồn) under a header naming the plan, or track them in
Excel. Excel on Windows reads a CSV as the ANSI code page unless it starts
with a UTF-8 byte order mark, so the CSV carries one (and CRLF line ends).

The Word file is written with python-docx (A4 landscape, Times New Roman,
the usual face of Vietnamese administrative documents, "Table Grid" style).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

from vanban.extract.recurrence import describe
from vanban.models import Metadata

__all__ = ["COLUMNS", "checklist_rows", "checklist_csv", "checklist_docx", "split_who"]

COLUMNS = (
    "STT",
    "Nội dung công việc",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Thời hạn",
    "Chỉ tiêu",
    "Căn cứ / nguồn",
)

# "Ủy ban nhân dân phường chủ trì, phối hợp với Mặt trận Tổ quốc" → lead, partners
_PARTNERS_RE = re.compile(r"[,;]?\s*(?:chủ trì\s*[,;]?\s*)?phối hợp(?:\s+với)?\s+", re.IGNORECASE)
_LEAD_TAIL_RE = re.compile(r"\s*[,;]?\s*chủ trì\s*[,;]?\s*$", re.IGNORECASE)


def split_who(who: str | None) -> tuple[str, str]:
    """(đơn vị chủ trì, đơn vị phối hợp) from the obligation's "who" as written."""
    if not who:
        return "", ""
    parts = _PARTNERS_RE.split(who, maxsplit=1)
    lead = _LEAD_TAIL_RE.sub("", parts[0]).strip(" ,;")
    partners = parts[1].strip(" ,;.") if len(parts) > 1 else ""
    return lead, partners


def _when(item) -> str:
    """The deadline as written, with the date it resolves to (dd/mm/yyyy)."""
    text = item.deadline or ""
    due = item.date or item.latest
    if due and len(due) == 10:
        d = f"{due[8:10]}/{due[5:7]}/{due[0:4]}"
        if d not in text:
            text = f"{text} ({d})" if text else d
    if item.recurrence:
        text += f" — lặp lại {describe(item.recurrence)}"
    return text.strip()


#: The phiếu's "Căn cứ / nguồn" cell quotes at most this many characters of the source sentence
#: (the CSV keeps it whole): enough to find the passage, not the whole article.
SOURCE_CHARS = 300


def _shortened(text: str, limit: int) -> str:
    """``text`` cut at the last word boundary before ``limit`` characters, with "…"."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + " …"


def checklist_rows(items: Iterable) -> list[list[str]]:
    """One row of :data:`COLUMNS` per checklist item (``ChecklistItem`` shape:
    who, partners, what, deadline, date, latest, recurrence, targets, source)."""
    rows = []
    for i, it in enumerate(items, 1):
        lead, partners = split_who(it.who)
        partners = it.partners or partners
        rows.append([str(i), it.what or "", lead, partners, _when(it), it.targets or "", it.source or ""])
    return rows


def checklist_csv(items: Iterable) -> str:
    """CSV text starting with a BOM, CRLF line ends, header :data:`COLUMNS`."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(checklist_rows(items))
    return "\ufeff" + buf.getvalue()


def _vn_date(iso: str | None) -> str:
    """"ngày 12 tháng 03 năm 2026"; a partial date as its parts ("tháng 04 năm 2026", "năm 2026": the day left blank)."""
    if iso and len(iso) == 10:
        return f"ngày {int(iso[8:10]):02d} tháng {int(iso[5:7]):02d} năm {iso[0:4]}"
    if iso and len(iso) == 7:
        return f"tháng {int(iso[5:7]):02d} năm {iso[0:4]}"
    if iso and len(iso) == 4:
        return f"năm {iso}"
    return ""


def header_lines(meta: Metadata) -> list[str]:
    """The plan the tasks come from: loại, số, ngày, cơ quan ban hành, trích yếu."""
    plan = " ".join(x for x in (meta.type or "Văn bản", f"số {meta.number}" if meta.number else None,
                                _vn_date(meta.date)) if x)
    if meta.issuer:
        plan += f" của {meta.issuer}"
    lines = [f"Thực hiện {plan}"]
    if meta.title:  # "V/v" is a Công văn's own wording: a plan's trích yếu is named as such (a newcomer)
        lines.append(meta.title if meta.title.lower().startswith("v/v") else f"Trích yếu: {meta.title}")
    return lines


def checklist_docx(items: Sequence, meta: Metadata) -> bytes:
    """The "phiếu giao việc" as .docx bytes (python-docx)."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))

    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("PHIẾU GIAO VIỆC")
    run.bold, run.font.size = True, Pt(14)
    for line in header_lines(meta):
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    rows = checklist_rows(items)
    table = doc.add_table(rows=1, cols=len(COLUMNS))
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, COLUMNS):
        cell.text = ""
        cell.paragraphs[0].add_run(name).bold = True
    for row in rows:
        for k, (cell, value) in enumerate(zip(table.add_row().cells, row)):
            cell.text = _shortened(value, SOURCE_CHARS) if k == len(COLUMNS) - 1 else value
    # Word reads the cells' widths, LibreOffice the table grid's: set both, and no autofit (a
    # newcomer's 10-task phiếu ran to 8 pages in LibreOffice with STT as wide as the tasks)
    table.autofit = False
    widths = [Cm(1.2), Cm(7.5), Cm(3.6), Cm(3.6), Cm(3.2), Cm(3.0), Cm(4.6)]
    for column, width in zip(table.columns, widths):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
    if not rows:
        doc.add_paragraph("Không có nhiệm vụ nào được trích xuất.")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()

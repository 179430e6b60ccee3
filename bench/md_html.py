"""A published real document (``realdocs/docs/*.md``) as the HTML page an office prints to a text PDF.

Why: a text PDF is the form an office most often forwards, and it is made by a real tool from a laid-out page —
a browser's "Print to PDF" of the published page, or Word/LibreOffice's export of the document. What such a PDF
holds (the header in two cells side by side, a task table with its cells in columns, the Nơi nhận beside the
signature) is what the pdf reading stage must take apart again; the plain text of the clean form holds none of it.
The blocks are read by :func:`md_layout.parse` (the scanned form's reading of the same Markdown: cells one per line
between ``|`` lines, emphasis marking the printed lines of a cell), then written as a page: the header and the
Nơi nhận | signature as borderless two-cell tables (as every published page and Word template prints them), the
other tables ruled, one cell per column (the Phụ lục's task tables as the site shows them), paragraphs justified.
"""

from __future__ import annotations

import html
import re

from md_layout import _SIGNATURE, _paragraphs, parse

_CSS = (
    "@page{size:A4;margin:20mm 15mm 20mm 30mm}"
    'body{font-family:"Times New Roman","Liberation Serif",serif;font-size:13pt;line-height:1.25}'
    "p{margin:0 0 6pt 0;text-align:justify;text-indent:0}"
    "table{border-collapse:collapse}"
    "td{vertical-align:top;padding:2pt 4pt}"
    "table.grid td{border:1px solid #000;font-size:12pt}"
    "table.head td,table.sign td{border:none;text-align:center}"
    "table.sign td.recv{text-align:left;font-size:11pt}"
    ".title{text-align:center;font-weight:bold}"
)


#: the text width of an A4 page with the margins of :data:`_CSS` (165 mm) in CSS pixels: tables are given it as a
#: number, since LibreOffice's HTML import drops a width in per cent when it saves the DOCX (a header 19% wide)
WIDTH = 620


def _cell(lines: list[str]) -> str:
    """A cell printed line by line (a header's or a signature's lines are the printed lines)."""
    return "<br>".join(html.escape(ln) for ln in lines if ln.strip())


def _flow(lines: list[str]) -> str:
    """A cell whose Markdown lines are the saved page's soft wraps (a task table's cell, the Nơi nhận list): its
    paragraphs, each flowing in the cell's width as the browser or the word processor wraps it."""
    return "<br>".join(html.escape(p) for p in _paragraphs(lines))


def _signature_row(row: list[list[str]]) -> bool:
    return len(row) == 2 and (any("Nơi nhận" in c for c in row[0]) or bool(_SIGNATURE.search(" ".join(row[1]))))


def to_html(md: str) -> str:
    """The page of one published document (see the module doc)."""
    blocks = parse(md)
    out: list[str] = []
    first = True
    title_done = False
    for kind, data in blocks:
        if kind == "text":
            paras = _paragraphs(data)
            if not title_done and paras:
                title: list[str] = []
                while paras and (not title or paras[0].isupper() or paras[0].lower().startswith(("về ", "v/v"))):
                    title.append(paras.pop(0))
                    if len(title) >= 3:
                        break
                out += [f'<p class="title">{html.escape(t)}</p>' for t in title]
                title_done = True
            out += [f"<p>{html.escape(p)}</p>" for p in paras]
            first = False
            continue
        rows = [r for r in data if any(any(ln.strip() for ln in c) for c in r)]
        if not rows:
            continue
        if first:  # the header: issuing body | motto, số | place and date
            out.append(f'<table class="head" width="{WIDTH}">')
            for r in rows:
                cells = r if len(r) >= 2 else r + [[]]
                out.append("<tr>" + "".join(f'<td width="{WIDTH // len(cells)}" align="center">{_cell(c)}</td>' for c in cells)
                           + "</tr>")
            out.append("</table><p></p>")
            first = False
            continue
        if all(_signature_row(r) for r in rows):
            out.append(f'<table class="sign" width="{WIDTH}"><tr>' + "".join(
                f'<td class="recv" width="{WIDTH * 9 // 20}" align="left">{_flow(r[0])}</td><td width="{WIDTH * 11 // 20}" align="center">{_cell(r[1][:-1] + ["", "", ""] + r[1][-1:]) if len(r[1]) >= 2 else _cell(r[1])}</td>'
                for r in rows[:1]) + "</tr></table>")
            continue
        n = max(len(r) for r in rows)
        out.append(f'<table class="grid" width="{WIDTH}" border="1" cellspacing="0">')
        for r in rows:
            tds = []
            for k, c in enumerate(r):
                span = f' colspan="{n - len(r) + 1}"' if k == len(r) - 1 and len(r) < n else ""
                tds.append(f"<td{span}>{_flow(c)}</td>")
            out.append("<tr>" + "".join(tds) + "</tr>")
        out.append("</table><p></p>")
    return ('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>' + _CSS + "</style></head><body>"
            + "\n".join(out) + "</body></html>")


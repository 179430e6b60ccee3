"""A numbered heading with its first paragraph right under it, the blank line between them lost.

Why: legacy OCR (Tesseract on a rendered page) drops the blank line under an item's short heading now and then:
"2. Cấp phiếu lưu động" / "Tổ công tác thành lập 02 nhóm, làm việc theo lịch sau:" / "" / "- Thứ Bảy, ngày …". The
clean text has a blank line there. Read as one paragraph, the heading takes the sentence under it, and the readers
that open a paragraph at a blank line (the body that leads a list of dated items, a body's task) lose its subject:
the body's obligation and its dates are gone. :func:`heading_breaks` gives the offsets where such a paragraph opens;
the structure stage writes a newline there (``Structure.breaks``, :class:`.spread.Spread`), as it does a flat text's
paragraph breaks.

Only a line that opens with a number or a Roman numeral (never a dash: a dash opens a task, not a heading), opens its
item (a blank line or the page's top above it), is short against the page's measure and leaves no sentence open (no
stop, comma or connector at its end: :func:`.paragraphs.break_kind` says "short"), over a line of prose opening with a
capital — not a label, not a name the heading broke (a heading ending in a name, a page-wide line of prose under it:
the two would have fitted on one line, so no wrap parted them). A flat text (next to no blank lines) is spread whole
by :mod:`.paragraphs` and is not read here.
"""

from __future__ import annotations

import re

from vanban.structure.mend import upper_ratio
from vanban.structure.paragraphs import break_kind, goes_on, labelled, page_measure
from vanban.text import fold

__all__ = ["heading_breaks"]

# a numbered heading's label: "2.", "2.1.", "II.", "a)" (no dash, no "+": those open a task or a point)
_NUMBERED = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|[IVXL]{1,5}\.|[a-zđ]\))\s+\S")
# a line of prose under it: a capitalised word, then two words at least
_PROSE = re.compile(r"^[^\W\d_][^\W_]*\s+\S+\s+\S+")


def _name_heading(a: str, b: str, width: int) -> bool:
    """The heading ``a`` names a body and ends in its place's name ("2. Đề nghị Hạt Kiểm lâm khu vực Yên Sơn"), a full
    line of prose under it: a capital ending a line may be a name the line broke (:func:`.paragraphs.break_kind` reads
    it so), but the heading and the next line's first word would have fitted on one line of the page, so the line
    did not wrap there: the heading ends."""
    last = a.split()[-1]
    # (a heading in capitals wrapped: "II. HOÀN" / "THIỆN CƠ CHẾ, CHÍNH SÁCH …" is one name, no prose under it)
    return (last[:1].isupper() and not last.isupper() and upper_ratio(b) < 0.5 and not goes_on(a, fold(a), b)
            and len(b) >= 0.7 * width
            and len(a) + 1 + len(b.split()[0]) < 0.7 * width)


def heading_breaks(text: str) -> tuple[int, ...]:
    """Offsets (ascending) into ``text`` (pages joined with "\\f") of the lines of prose that open a paragraph right
    under a short numbered heading (see the module): a newline written there parts them. A heading at a page's foot
    and its paragraph at the next page's top are read so too. () when there is none."""
    rows: list[tuple[str, int, int]] = []  # (line, offset of its first character, its page's measure)
    base = 0
    for page in text.split("\f"):
        lines = page.split("\n")
        width = page_measure(lines)
        if len(lines) > 1 and not lines[-1]:
            lines = lines[:-1]  # the newline ending the page's last line, no blank line of its own
        pos = base
        for ln in lines:
            rows.append((ln, pos, width))
            pos += len(ln) + 1
        base += len(page) + 1
    out: list[int] = []
    for i in range(len(rows) - 1):
        (ra, _, width), (rb, at, _) = rows[i], rows[i + 1]
        a, b = ra.strip(), rb.strip()
        if not a or not b or (i > 0 and rows[i - 1][0].strip()):
            continue  # a blank line (or the text's top) above the heading, its paragraph right under it
            # (not a numbered line under a closed sentence: a plain text whose author wrote no blank lines puts an
            # item's heading over its paragraph so, and the heading's body is the paragraph's subject, t19-01)
        if not _NUMBERED.match(a) or labelled(b) or not _PROSE.match(b) or not b[:1].isupper():
            continue
        if break_kind(a, b, width, opens=True) == "short" or _name_heading(a, b, width):
            out.append(at + len(rb) - len(rb.lstrip()))
    return tuple(out)


def _wrapped_sentence(line: str, width: int) -> bool:
    """The item's first printed line is the first line of its sentence, not a heading: it closes nothing (no ". : ; !
    ?"), is no title in capitals, and fills the page's measure as the lines of prose do ("3. Thường xuyên rà soát, kịp
    thời tham mưu, trao đổi, đề xuất các bộ, ban, ngành" / "Trung ương và Chính phủ sửa đổi, bổ sung danh mục …",
    1026-KH-UBND scanned: the structure takes the first line for the item's heading, the sentence goes on below). A
    DOCX's or a text PDF's heading is a paragraph of its own, far shorter than the page's long paragraphs."""
    return (not line.rstrip(" *").endswith((".", ":", ";", "!", "?")) and upper_ratio(line) < 0.5
            and len(line) >= 50 and len(line) >= 0.85 * width)


def part_heading_breaks(text: str, parts) -> tuple[int, ...]:
    """Offsets (ascending) into ``text`` of the lines that open a paragraph right under a part's heading line, in a
    document read with its geometry (a DOCX's paragraphs, a text PDF's lines): one newline apart, where a .txt copy
    or the Markdown put a blank line. The structure knows the line is the part's heading (``Part.heading`` is the
    whole line after the label); the paragraph under it opens with a capital. "VII. CHẾ ĐỘ BÁO CÁO" / "Các cơ quan,
    đơn vị được giao nhiệm vụ trong Kế hoạch … có trách nhiệm … Định kỳ gửi báo cáo … trước ngày 15/11 hằng năm"
    (144/KH-UBND as DOCX and text PDF, the session-50 newcomer): read on from the heading, the sentence opened
    "CHẾ ĐỘ BÁO CÁO Các cơ quan, …", its subject was lost and the yearly report had no owner, where the .txt copy's
    blank line gave "Các cơ quan, đơn vị được giao nhiệm vụ …". A line under the heading that is itself labelled
    ("1. …", "a) …", "- …") is a part of its own and needs no break. ``parts``: the body's tree (nested parts
    are walked)."""
    out: list[int] = []
    width = page_measure(text.split("\n"))

    def walk(ps):
        for p in ps:
            walk(p.children)
            if p.kind != "item" or not p.heading or not p.label:
                continue
            eol = text.find("\n", p.start)
            if eol < 0 or eol >= p.end:
                continue
            own = " ".join(text[p.start:eol].split()).strip(" *")
            if not own.startswith(p.label) or own[len(p.label):].strip(" *:.") != " ".join(p.heading.split()):
                continue  # the heading is not the whole of its line (a title run into its text)
            nxt = text[eol + 1:p.end]
            line = nxt.split("\n", 1)[0].strip()
            if not line or not line[:1].isupper() or labelled(line) or not _PROSE.match(line) or _NUMBERED.match(line):
                continue
            if _wrapped_sentence(own, width):
                continue
            out.append(eol + 1 + len(nxt) - len(nxt.lstrip(" \t")))

    walk(parts)
    return tuple(sorted(set(out)))

"""Item labels run into the lines of a paragraph: the line breaks before them, read back.

Why: a scanned page whose OCR lost the line breaks of a list gives its items one after the other inside the lines
of one paragraph: "… ký hợp đồng làm việc với trường có chỉ tiêu tuyển dụng. 7. Tổ chức thực hiện a) Phòng Nội vụ
huyện (cơ quan thường trực …): tiếp nhận …; giải đáp … tuyển dụng. b) Phòng Giáo dục và Đào tạo huyện: phối hợp …
c) Trung tâm Văn hóa, Thông tin và Thể thao huyện: đưa tin …" (a52-08 scan). Read so, the item's body is no
paragraph's subject ("a) Phòng Nội vụ huyện:" opens no line) and its tasks are lost. :func:`inline_item_breaks`
gives the offsets where such an item opens; the structure stage writes a line break there (``Structure.breaks``,
:class:`.spread.Spread`), as it does under a heading whose blank line OCR lost (:mod:`.heading_breaks`).

Only labels that run in sequence ("a)", "b)", "c)" …, from "a)"), each before a word opening with a capital, and
only where two of them at least stand inside a line: a sentence citing "điểm a)" or listing "a) …; b) …" once
stays whole, and a list whose labels open their lines (the clean text's) needs no break.
"""

from __future__ import annotations

import re

from vanban.text import CAPITAL

__all__ = ["inline_item_breaks"]

# a lower-case item label inside a line: after a space, the letter and its bracket, a space, a capitalised word
_LABEL = re.compile(rf"(?:^|(?<=\s))([a-zđ])\)\s+(?=[{CAPITAL}])", re.MULTILINE)
_LETTERS = "abcdđefghiklmn"  # the labels' order (Vietnamese lists run a, b, c, d, đ, e, …)
_GAP = 1200  # characters: the next item's label stands within this far of the one before (an item of a few lines)
_INSIDE = 2  # labels inside a line a run needs at the least


def inline_item_breaks(text: str) -> tuple[int, ...]:
    """Offsets (ascending) into ``text`` before each item label of a run of labels in sequence ("a)", "b)", …) of
    which two at least stand inside a line (see the module): a newline written there opens the item's line.
    () when there is none."""
    out: list[int] = []
    run: list[tuple[int, bool]] = []  # (offset, inside a line) of the labels of the run being read

    def close():
        if len(run) >= 2 and sum(inside for _, inside in run) >= _INSIDE:
            out.extend(k for k, inside in run if inside)
        run.clear()

    for m in _LABEL.finditer(text):
        k, letter = m.start(), m.group(1)
        inside = k > 0 and text[k - 1] not in "\n\f"
        if run and _LETTERS.find(letter) == _LETTERS.find(text[run[-1][0]]) + 1 and k - run[-1][0] <= _GAP \
                and "\n\n" not in text[run[-1][0]:k]:
            run.append((k, inside))
            continue
        close()
        if letter == "a":
            run.append((k, inside))
    close()
    return tuple(out)


def split_lines(lines: list, breaks: tuple[int, ...]) -> list:
    """``lines`` (:func:`.lines.lines_of`) with each line of a page read with its geometry (a scan's OCR line, outside
    any table) parted at the ``breaks`` inside it: the item opens a line of its own, as the structure's tree reads an
    item (a text without geometry has the breaks written into it instead, :func:`vanban.structure.build_structure`).
    Offsets are kept; the lines are counted again."""
    from dataclasses import replace  # noqa: PLC0415

    from vanban.structure.lines import Seg  # noqa: PLC0415
    from vanban.text import fold  # noqa: PLC0415

    if not breaks:
        return lines
    out = []
    for ln in lines:
        cuts = [k for k in breaks if ln.start < k < ln.end] if ln.geo is not None and ln.geo.table < 0 \
            and not ln.piped else []
        if not cuts:
            out.append(replace(ln, index=len(out)))
            continue
        lo = ln.start
        for hi in [*cuts, ln.end]:
            piece = ln.text[lo - ln.start:hi - ln.start]
            a = lo + len(piece) - len(piece.lstrip())
            piece = piece.strip()
            b = a + len(piece)
            out.append(replace(ln, index=len(out), start=a, end=b, text=piece, view=fold(piece), raw=piece,
                               segs=[Seg(a, b, piece, fold(piece), -1)]))
            lo = hi
    return out

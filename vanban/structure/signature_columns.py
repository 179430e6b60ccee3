"""A joint document's signature columns printed side by side, read column by column.

Why: a văn bản liên tịch signs once per body, its signatures in one row of a table. Pasted as plain text (the cells
apart by spaces or a tab) or scanned (one OCR line across both cells), each line holds both columns:

    TM. BAN THƯỜNG TRỰC                 KT. GIÁM ĐỐC
    ỦY BAN MTTQ VIỆT NAM TỈNH           PHÓ GIÁM ĐỐC
    PHÓ CHỦ TỊCH
    Hoàng Thị Thu Trang                 Đặng Quốc Huy

Read line by line, the two blocks merge into one ("KT. GIÁM ĐỐC ỦY BAN MTTQ …", the titles joined, the second signer
lost: session 29's end newcomer). Here the zone's lines are dealt to a left and a right column — by each run's
position on its line (plain text: characters; OCR: the line's centre on the page), or where a scan glued the second
column's level to the first column's run ("… PHÓ GIÁM ĐỐCTM. BAN THƯỜNG TRỰC", a28-04 scanned) — and each column is
read as one signature block (:func:`.signature.read_signature`), the left one first, the right one its co-signer.

Only a zone that shows two signatures side by side is read so: a line with a signing level in each column, or a
second level a block never nests under the first (a "TM." after any level, a marker repeated), and a name in each
column. The usual closing block (Nơi nhận | signature) and a single signature are left to the line reader.
"""

from __future__ import annotations

import re
from dataclasses import replace

from vanban.models import SignatureBlock
from vanban.structure import vocab as V
from vanban.structure.lines import Line, Seg, upper_ratio
from vanban.structure.signature import read_signature, recipients_below
from vanban.text import fold

__all__ = ["read_side_by_side"]

#: lines a signature zone spans at most (levels, titles, the gap left for the seal, the names)
_ZONE_LINES = 16
#: a signing level's marker inside a run, after other text (folded): where a second column's block opens
_MARKER_RE = re.compile(r"(?:(?<=[a-z.,])|(?<=\s))(?P<m>t/m|k/t|t/l|tm|kt|tl|tuq)\.\s*(?=[a-z])")
#: the page's middle (fraction of its width): an OCR line that ends right of it is the right column's
_MIDDLE = 0.5


def _marker(v: str) -> str:
    """A level's marker, folded and without its slash: "t/m" and "tm" are one."""
    m = re.match(r"(t/?m|k/?t|t/?l|tuq|q)\.?", v)
    return m.group(1).replace("/", "") if m else ""


def _second_level_at(sg: Seg) -> int | None:
    """Offset in ``sg`` where a second column's level opens inside a run that opens with a level ("KT. GIÁM ĐỐC SỞ Y
    TẾ PHÓ GIÁM ĐỐCTM. BAN THƯỜNG TRỰC …"): a level no block nests under the first — "TM." (the outermost level of any
    block) or the first's own marker again. "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH" is one block's two levels."""
    v = sg.view
    if not V.SIGN_LEVEL_RE.match(v.strip(" *")) or upper_ratio(sg.text) <= 0.6:
        return None
    first = _marker(v.strip(" *"))
    for m in _MARKER_RE.finditer(v, 3):
        second = _marker(m.group("m"))
        if second == "tm" or second == first:
            return m.start()
    return None


def _is_level(text: str) -> bool:
    return bool(V.SIGN_LEVEL_RE.match(fold(text).strip(" *"))) and upper_ratio(text) > 0.6


def _level_beside_capitals(ps: list[tuple[float | None, Seg]] | None) -> bool:
    """The zone's first line holds a signing level in one column and capitals in the other: a co-signer whose block
    opens with its title or its body's name, no level ("TM. BAN THƯỜNG VỤ" | "GIÁM ĐỐC", "KT. GIÁM ĐỐC" | "NGÂN HÀNG
    CHÍNH SÁCH XÃ HỘI": session 30's newcomer, the two signers mixed and one lost)."""
    if not ps:
        return False
    a, b = ps[0][1].text, ps[-1][1].text
    return (_is_level(a) or _is_level(b)) and all(upper_ratio(t) > 0.6 and sum(c.isalpha() for c in t) >= 4
                                                 for t in (a, b))


def _is_name(text: str) -> bool:
    t = text.strip(" *")
    words = t.split()
    return 2 <= len(words) <= 6 and all(w[:1].isupper() for w in words) and upper_ratio(t) < 0.7 \
        and not any(c.isdigit() for c in t)


def _pieces(ln: Line) -> list[tuple[float | None, Seg]]:
    """The runs of a line with their position: characters from the raw line's start (plain text); for an OCR line (one
    run) its right end as a fraction of the page width — a left cell's line ends before the page's middle, a line
    that runs past it is the right cell's even when a scan's specks in the gap pull its left end left (": - VIỆT NAM
    TỈNH PHÓ CHỦ TỊCH", a28-04 scanned); None for a run cut off a glued line's end (the right cell's)."""
    if ln.geo is not None and ln.geo.x0 is not None and ln.geo.x1 is not None and len(ln.segs) == 1:
        sg = ln.segs[0]
        at = _second_level_at(sg)
        if at is not None:
            return [(ln.geo.x0, _cut(sg, 0, at)), (None, _cut(sg, at, len(sg.text)))]
        return [(ln.geo.x1, sg)]
    if ln.geo is not None:
        return []  # a table's cell or a line of unknown place: read by the line reader
    base = ln.start - ln.indent
    out: list[tuple[float | None, Seg]] = []
    for sg in ln.segs:
        at = _second_level_at(sg)
        if at is not None and len(ln.segs) == 1:
            out += [(sg.start - base, _cut(sg, 0, at)), (None, _cut(sg, at, len(sg.text)))]
        else:
            out.append((sg.start - base, sg))
    return out


def _cut(sg: Seg, a: int, b: int) -> Seg:
    """The part ``a``..``b`` of a run, its spaces trimmed."""
    piece = sg.text[a:b]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    return Seg(sg.start + a + lead, sg.start + a + lead + len(piece), piece, sg.view[a + lead:a + lead + len(piece)], -1)


def _zone(lines: list[Line], start: int, stop: int) -> int:
    """Index after the signature zone from ``start``: up to the Nơi nhận label, a list item, an appendix or the next
    page's motto (at most ``_ZONE_LINES`` lines)."""
    for k in range(start, min(stop, start + _ZONE_LINES)):
        ln = lines[k]
        if ln.blank:
            continue
        v = ln.view.strip(" *")
        if k > start and (V.NOI_NHAN_RE.match(v) or ln.text.lstrip(" *")[:1] in "-–+•" or V.APPENDIX_RE.match(ln.text)
                          or V.MOTTO_RE.search(ln.view)):
            return k
    return min(stop, start + _ZONE_LINES)


#: a scan's specks before a column's run (": - VIỆT NAM TỈNH PHÓ CHỦ TỊCH": the seal's edge read as ":" and "-")
_SPECKS_RE = re.compile(r"^[:;,.\-–_'`‘’\s]+(?=\w)")


def _column_lines(segs: list[Seg]) -> list[Line]:
    """A column's runs as lines of their own (one run each, a scan's specks before it dropped), for the signature
    reader."""
    out = []
    for sg in segs:
        m = _SPECKS_RE.match(sg.text)
        sg = _cut(sg, m.end(), len(sg.text)) if m else replace(sg, col=-1)
        out.append(Line(len(out), sg.start, sg.end, sg.text, sg.view, 0, None, [sg], raw=sg.text))
    return out


def _column_signature(segs: list[Seg]) -> SignatureBlock:
    """One column's signature block; a column that opens with its body's name in place of a level ("NGÂN HÀNG CHÍNH
    SÁCH XÃ HỘI" / "PHÒNG GIAO DỊCH HUYỆN X" / "GIÁM ĐỐC" / name) has that name as its authority, as the stacked
    reader gives it (:func:`.signature.co_signature_body`; t28-04's labels), the line above the name its title."""
    k = next((j for j, sg in enumerate(segs) if _is_name(sg.text)), None)
    if segs and not _is_level(segs[0].text) and k is not None and k >= 2 \
            and all(upper_ratio(sg.text) > 0.6 for sg in segs[:k]):
        body = " ".join(sg.text.strip(" *") for sg in segs[:k - 1])
        sig, _, _ = read_signature(_column_lines(segs[k - 1:]), 0, len(segs) - k + 1)
        return sig if sig.levels else replace(sig, levels=(body,))
    sig, _, _ = read_signature(_column_lines(segs), 0, len(segs))
    return sig


def _levels_in_both_columns(rows) -> bool:
    """(scan50t) A scan whose OCR read each column's lines as lines of their own, the left block's first, then the
    right one's: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" / "TM. BAN THƯỜNG TRỰC" / "CHỦ TỊCH" / "Trần Quốc Bảo" / "Đinh Thị
    Mai Lan" (t49-05, a Quy chế phối hợp of a UBND xã and the Ban Thường trực UBMTTQ, scanned), no line holding both
    columns. Read line by line the two blocks were one, its levels both bodies', the second title and signer lost.
    Each line's place on the page says its column (:func:`_pieces`): a signing level in each, the right one a level no
    block nests under the left one (a "TM.", or the left one's marker again), is two signatures side by side. A
    single signature (its lines all right of the middle) or a stacked co-signer (one column) is left as it was."""
    if not rows or rows[0][0].geo is None or any(len(ps) != 1 or ps[0][0] is None for _, ps in rows):
        return False
    left = [sg.text for _, ps in rows for x, sg in ps if x < _MIDDLE and _is_level(sg.text)]
    right = [sg.text for _, ps in rows for x, sg in ps if x >= _MIDDLE and _is_level(sg.text)]
    if not left or not right:
        return False
    first, second = _marker(fold(left[0]).strip(" *")), _marker(fold(right[0]).strip(" *"))
    return second == "tm" or second == first


def read_side_by_side(lines: list[Line], start: int, stop: int
                      ) -> tuple[SignatureBlock, list, int] | None:
    """(signature with its co-signer, recipient items, index after the block) of two signature columns printed side
    by side from line ``start``; None when the zone shows no two signatures side by side (see the module's doc)."""
    if start >= len(lines) or any(V.NOI_NHAN_RE.match(sg.view.strip(" *")) for sg in lines[start].segs):
        return None
    end = _zone(lines, start, stop)
    rows = [(ln, _pieces(ln)) for ln in lines[start:end] if not ln.blank]
    if not rows or any(not ps for _, ps in rows):
        return None
    pairs = [ps for _, ps in rows if len(ps) >= 2]
    if not any(_is_level(ps[0][1].text) and _is_level(ps[-1][1].text) for ps in pairs) \
            and not _level_beside_capitals(pairs[0] if pairs and rows[0][1] is pairs[0] else None) \
            and not _levels_in_both_columns(rows):
        return None
    known = [(ps[0][0], ps[-1][0]) for ps in pairs if ps[0][0] is not None and ps[-1][0] is not None]
    if rows[0][0].geo is not None:
        middle = _MIDDLE
    elif known:
        middle = (min(a for a, _ in known) + min(b for _, b in known)) / 2
    else:
        return None
    left: list[Seg] = []
    right: list[Seg] = []
    for _, ps in rows:
        if len(ps) >= 2:
            left.append(ps[0][1])
            right.append(ps[-1][1])  # a run between the two (a third column) is no signature's
            continue
        x, sg = ps[0]
        (right if x is None or x >= middle else left).append(sg)
    if not (any(_is_name(s.text) for s in left) and any(_is_name(s.text) for s in right)):
        return None
    first, second = (_column_signature(col) for col in (left, right))
    if first.name is None or second.name is None:
        return None
    sig = replace(first, start=lines[start].start, end=max(first.end, second.end), co_signers=(second,))
    below = recipients_below(lines, end)
    recips, after = below if below is not None else ([], end)
    return sig, recips, after

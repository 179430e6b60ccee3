"""A document's reference to its own table, "bảng" written without marks ("tại bang trên", "theo bang sau"), stays
"bảng": never "bang" (a state) or "băng" (a tape, a band).

Why: Tesseract ``-l eng`` drops the hook of "bảng", the channel keeps "bang" as written, and the language model,
with "tại bang" common in news of foreign states, kept it: t44-05's legacy form read "trực tiếp tiêm phòng theo lịch
và địa bàn được phân công tại bang trên", and the block lost the table's days its task takes (the obligations'
"theo lịch … tại bảng" reading). A place word right after it ("trên", "dưới", "sau") or a number ("bảng số 2",
"bảng 3") makes it the page's table: no state and no tape stands "above" or "below" in the text. The word snaps as
known names do (:func:`.names.snap_names`), in the case written.
"""

from __future__ import annotations

from .tokens import WordIndex

__all__ = ["table_ref_snaps"]

#: the table word as legacy OCR leaves it, folded
_BANG = frozenset({"bang"})
#: a place in the text right after it, folded: "bảng trên", "bảng dưới (đây)", "bảng sau", "bảng kèm theo"
_PLACE = frozenset({"tren", "duoi", "sau", "kem"})


def table_ref_snaps(text: str, toks, words: WordIndex) -> dict[int, str]:
    """Token index → "bảng" for the table word written lower case and without marks ("bang") before a place word
    (:data:`_PLACE`) or the table's number ("bang so 2", "bang 3"), blanks or a line break between."""
    out: dict[int, str] = {}
    for r in words.ranks(_BANG):
        i = words.tok[r]
        if words.low[r] != "bang" or i + 1 >= len(toks) or text[toks[i].end:toks[i + 1].start].strip():
            continue
        nxt = toks[i + 1]
        if nxt.kind == "number" or (nxt.kind == "word" and (words.folded[r + 1] in _PLACE or (
                words.folded[r + 1] == "so" and i + 2 < len(toks) and toks[i + 2].kind == "number"))):
            out[i] = "bảng"
    return out

"""A recipient's note in parentheses on a "Nơi nhận" line: "- Ban TG và DV Tỉnh ủy (báo cáo)", "- Các chi bộ (thực
hiện)", "- Như trên (để biết)": a stock phrase of two syllables saying why the copy is sent.

Why: the parentheses cut the language model's context on both sides, so the two syllables see only each other, and an
OCR that read "báo cáo" as "bdo cdo" was restored "(do đó)" (13-KH/ĐU's legacy OCR; the next line's "(bdo cao)" came
out right). Where a recipients' item (a line opened by "-" or "+") holds a parenthesis of exactly two words whose
candidate readings include a note of :data:`NOTES`, the note's syllables snap as known names do
(:func:`.names.snap_names`; other readings stay as alternatives).
"""

from __future__ import annotations

__all__ = ["NOTES", "note_snaps"]

#: the two-syllable notes a recipients' list puts in parentheses after a recipient
NOTES = (("báo", "cáo"), ("để", "biết"), ("thực", "hiện"), ("chỉ", "đạo"), ("phối", "hợp"), ("theo", "dõi"))


def _forms(word_cands, i) -> set[str]:
    return {c.form.lower() for c in word_cands[i][0]} if i in word_cands else set()


def note_snaps(text: str, toks, word_cands: dict) -> dict[int, str]:
    """Token index → the note's syllable, for "( w1 w2 )" on a recipients' item whose words can read as a note of
    :data:`NOTES` (``word_cands``: token index → (candidates, ids, costs) of its word)."""
    out: dict[int, str] = {}
    for k in range(len(toks) - 3):
        if toks[k].text != "(" or not toks[k + 3].text.startswith(")") or toks[k + 1].kind != "word" or toks[k + 2].kind != "word":
            continue
        line = text[text.rfind("\n", 0, toks[k].start) + 1:toks[k].start].lstrip()
        if not line[:1] in ("-", "+", "–"):
            continue
        first, second = _forms(word_cands, k + 1), _forms(word_cands, k + 2)
        for a, b in NOTES:
            if a in first and b in second:
                out[k + 1], out[k + 2] = a, b
                break
    return out

"""The words that make a date a task's deadline, and the word "ngày" before its day: folded regexes (data only).

Why a leaf: two stages read the same vocabulary. Extraction tells a task's deadline from a plan's period, a campaign's
window or a duty's days by the due word before the date (:mod:`vanban.extract.patterns` re-exports these for its
readers: deadlines, campaign_parts, duty_rosters, plan_periods, session_rows, heading_periods); the OCR stage, before
restoration, blanks a scan's speck between a due word and its "ngày" ("trước .⏎ngày 15/11/2027",
:func:`vanban.ocr.stray_marks.due_day_marks`) so that extraction still reads the day as due. A stage never imports a
later one (tests/test_ocr_serial.py: ``vanban text`` must not load ``vanban.extract``), and two copies drifted: the OCR
stage's own list (session 45's layering fix) lacked the look-alikes eng OCR prints ("trudc", "chém nhật"), which are
the very words a legacy page's speck follows. Kept here, below both stages, they are one list.

Every regex runs on the folded view (:func:`vanban.text.fold`: lower case, no marks, đ → d), the OCR look-alikes
the date grammar reads written in. Standard library only: every stage may import it.
"""

from __future__ import annotations

__all__ = ["CHAM_NHAT", "DUE_WORDS", "NGAY", "TRUOC", "due_words"]

#: "ngày" before a day, "4" for the "a" eng OCR prints
NGAY = r"ng[a4]y"
#: trước, truwdc, trwdc, truwée, trude; eng OCR drops the ơ ("truc ngay 15 thang 11"), which restoration
#: reads as "trực" — before "ngày" and a day it is trước (627/TB-VPCP, legacy form)
#: ("true" before "ngày" and its day: an English OCR's "trước" at a line's end, "trước ngày 10/6 và true⏎ngày 05/12", a18-02)
#: (text before a date ends; "tric ngày 07/9/2028": Tesseract eng reads the "ướ" as one "i", t32-01's legacy form)
TRUOC = r"(?:tr[uwyv]{0,2}[o06de][ocd]?[ce]|tr[uwyi][ce](?=\s+ng[a4]y\s+\d|\s+ng[a4]y\s*$|\s*$))"
#: "chậm nhất" (folded), with the OCR readings of its "ậ": "4"/"d" and Tesseract eng's "é" ("trình Ủy ban nhân dân tỉnh
#: chém nhật ngày 31 tháng 3 năm 2027", t27-09's legacy form; no word "chém nhất" is written)
CHAM_NHAT = r"ch[a4de]m\s+nh[a4d]t"

#: The words that make a date a task's deadline ("hoàn thành trước ngày 30/6/2027", "chậm nhất ngày …", "xong trong
#: quý II", "hạn: …") rather than a plan's running period, a campaign's window, a duty's days or a session's day: one
#: vocabulary for the readers that tell them apart, each taking the words it reads. Folded word → its regex on the view,
#: with the OCR look-alikes the date grammar reads: "trước" as TRUOC ("truc" only before a day, where eng OCR dropped
#: the ơ; elsewhere it is "trực", a duty, no due word), "chậm nhất" as CHAM_NHAT.
DUE_WORDS: dict[str, str] = {
    "truoc": TRUOC, "cham nhat": CHAM_NHAT, "hoan thanh": r"h[o06][a4]n\s+th[a4d]nh", "xong": r"xong(?![a-z])",
    "han": r"h[a4d]n(?![a-z])"}


def due_words(*extra: str) -> str:
    """The due words (:data:`DUE_WORDS`) and the ``extra`` regexes as one alternation, each opening a word: a pattern
    string a reader builds on (a cue up to the date, a wider set of its own). Each word ends as its regex says: "trước"
    and "chậm nhất" take an OCR's extra letters after them ("trudec", eng OCR's "trước"), "xong" and "hạn" end whole."""
    return rf"(?<![a-z])(?:{'|'.join((*DUE_WORDS.values(), *extra))})"

"""Deadlines (thời hạn) on wording the end newcomer of session 15 wrote (expected values read by hand).

Kind: a word that folds like the cue "từ" (from) — "trật tự", "đầu tư" — right before a date was read as the
cue, so the task lost its last word ("báo cáo tình hình an ninh trật | tự vào ngày 28 hằng tháng").
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 3/KH-UBND\nAn Phú, ngày 05 tháng 11 năm 2026\nKẾ HOẠCH\n"
         "Bảo đảm an ninh năm 2027\nII. NHIỆM VỤ\n")


def _whats(body: str):
    return [(d.text, d.what) for d in extract(_HEAD + body).deadlines]


def test_a_word_folding_like_tu_is_no_cue():
    assert _whats("4. Trưởng các thôn báo cáo tình hình an ninh trật tự vào ngày 28 hằng tháng.\n") == [
        ("ngày 28 hằng tháng", "báo cáo tình hình an ninh trật tự")]
    assert _whats("2. Phòng Kinh tế báo cáo tiến độ giải ngân vốn đầu tư trước ngày 15/12/2026.\n") == [
        ("trước ngày 15/12/2026", "báo cáo tiến độ giải ngân vốn đầu tư")]


def test_tu_from_still_opens_a_period():
    got = [(d.earliest, d.latest) for d in extract(_HEAD + "1. Các thôn tổ chức tuần tra từ ngày 01/12/2026 đến "
                                                   "ngày 31/12/2026.\n").deadlines]
    assert got == [("2026-12-01", "2026-12-31")]

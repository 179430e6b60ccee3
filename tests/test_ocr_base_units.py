"""OCR restoration: the mass organisations' base units "Chi đoàn", "Chi hội" read "Chỉ đoàn", "Chỉ hội" (a mark
the scan added) where a body stands are the units, as "Chỉ bộ" is the Chi bộ (session-41 newcomer: a scanned plan's
task went to "Chỉ đoàn thôn"); "không chỉ đoàn kết", "không chỉ hội viên" stay. Sentences written for this test."""

from __future__ import annotations

import pytest

from vanban.ocr.realword import WORD_RE, pair_fixes


def _fixed(text: str) -> str:
    words = [(m.start(), m.group()) for m in WORD_RE.finditer(text)]
    out = list(words)
    for i, form in pair_fixes(words, text).items():
        out[i] = (words[i][0], form)
    return " ".join(w for _, w in out)


@pytest.mark.parametrize("read, meant", [
    ("2. Chỉ đoàn ấp Bình Hòa ra quân dọn kênh", "Chi đoàn ấp Bình Hòa ra quân dọn kênh"),
    ("Mỗi chỉ hội đăng ký một mô hình", "Mỗi chi hội đăng ký một mô hình"),
    ("giao các chỉ đoàn trực thuộc", "giao các chi đoàn trực thuộc"),
])
def test_a_base_unit_read_with_a_mark_added(read, meant):
    assert _fixed(read).endswith(meant)


@pytest.mark.parametrize("text", ["không chỉ đoàn kết trong nội bộ", "không chỉ hội viên mà cả nhân dân"])
def test_the_adverb_stays(text):
    assert _fixed(text) == " ".join(m.group() for m in WORD_RE.finditer(text))

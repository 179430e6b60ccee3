"""A citation whose text prints no date shows the date its row holds on the document page (session-42 newcomer:
"Nghị quyết số 57-NQ/TW của Bộ Chính trị" without the 22/12/2024 stored)."""

from __future__ import annotations

from vanban.web.plugin import unprinted_date


def test_the_stored_date_is_shown_when_the_text_has_none():
    assert unprinted_date("Chỉ thị số 08-CT/TU của Ban Thường vụ Tỉnh ủy", "2023-06-14") == "ngày 14/6/2023"
    assert unprinted_date("Kế hoạch số 12-KH/UBND của Ủy ban nhân dân huyện", "2025-04") == "tháng 4/2025"


def test_a_date_printed_in_the_text_is_not_said_twice():
    assert unprinted_date("Luật Đất đai ngày 18 tháng 01 năm 2024", "2024-01-18") is None
    assert unprinted_date("Nghị quyết số 09-NQ/ĐU", None) is None

"""A body's act after its name is restored as the act (vanban.ocr.restore.body_acts).

The final newcomer of session 17: "Phan dau co tu 03 mo hinh tro len duoc Huyen uy cong nhan." (a Kế hoạch typed
without marks) came out "… được Huyện ủy công nhân" (workers). Sentences written for this test; the noun stays
where the words around it make it one."""

from __future__ import annotations

import pytest

from vanban.ocr.restore import restore
from vanban.ocr.restore.body_acts import act_context


@pytest.mark.parametrize("typed, restored", [
    ("Phan dau co 05 mo hinh duoc Huyen uy cong nhan.", "Phấn đấu có 05 mô hình được Huyện ủy công nhận."),
    ("Cac thon van hoa duoc UBND huyen cong nhan nam 2027.", "Các thôn văn hóa được UBND huyện công nhận năm 2027."),
])
def test_the_act_after_a_body(typed, restored):
    assert restore(typed).text == restored


@pytest.mark.parametrize("typed, noun", [
    ("Cham lo doi song cho cong nhan lao dong.", "công nhân lao động"),
    ("Doi ngu can bo, cong nhan vien chuc cua xa.", "công nhân viên chức"),
])
def test_the_noun_elsewhere(typed, noun):
    assert noun in restore(typed).text


def test_act_context_is_cheap_and_as_written():
    from vanban.ocr.restore.tokens import scan

    assert act_context(scan("duoc Huyen uy cong nhan"))
    assert not act_context(scan("cho cong nhan lao dong"))

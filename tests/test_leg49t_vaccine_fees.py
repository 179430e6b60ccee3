"""A fee per dose after a vaccine's name is the plan's figure, not a request: "xin" in "vắc xin" is no "xin" (to ask),
whether the name is written "vắc-xin" or wrapped at a line's end, "vắc\\nxin", as legacy OCR and a narrow column wrap
it (leg49t; authored44's a44-05 legacy lost "chủ nuôi nộp 15.000 đồng/liều" so, :data:`vanban.extract.per_item_sums.
_ASKED`). Text written here in a xã's vaccination plan's style; expected figures read from it."""

from __future__ import annotations

import pytest

from vanban.extract import extract

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\n\nSố: 12/KH-UBND\n\nAn Phú, ngày 22 tháng 01 năm 2034\n\nKẾ HOẠCH\n"
        "Tiêm phòng vắc xin cho đàn vật nuôi năm 2034\n\nIV. KINH PHÍ\n\n")


def _fees(body: str) -> list[str]:
    return [t.text for t in extract(HEAD + body).targets if "đồng/" in t.text]


@pytest.mark.parametrize("name", ["vắc xin dại chó", "vắc\nxin dại chó", "vắc-xin dại chó", "Vắc\nxin Dại"])
def test_a_fee_per_dose_after_a_vaccine_s_name_is_a_figure(name):
    body = f"2. Vắc xin dịch tả lợn: hộ chăn nuôi nộp 3.000 đồng/liều; {name}: chủ nuôi nộp 15.000 đồng/liều.\n"
    assert _fees(body) == ["3.000 đồng/liều", "15.000 đồng/liều"]


"""An hour of the clock on a dated day is no target of hours (``target_words.CLOCK_DAY_AFTER_RE``).

Found in session 23 by a newcomer: "nghiêm cấm tàu thuyền ra khơi kể từ 12 giờ ngày 27/10/2026 cho đến khi bão tan"
gave the target "từ 12 giờ" (≥ 12 giờ): the start of a ban, a time of the clock. The sentences are written for this
test in a công điện's and a kế hoạch's style; a duration in hours stays a target."""

from __future__ import annotations

import pytest

from vanban.extract import extract

_HEAD = ("UBND TỈNH QUẢNG NGÃI\nBAN CHỈ HUY PHÒNG THỦ DÂN SỰ\nSố: 15/CĐ-BCH\nQuảng Ngãi, ngày 26 tháng 10 năm 2026\n\n"
         "CÔNG ĐIỆN\nVề việc chủ động ứng phó với bão số 12\n\n"
         "Để chủ động ứng phó với bão số 12, Ban Chỉ huy Phòng thủ dân sự tỉnh yêu cầu:\n\n")


def _bounds(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_HEAD + body).targets]


@pytest.mark.parametrize("sentence", [
    "1. Ủy ban nhân dân các xã ven biển nghiêm cấm tàu thuyền ra khơi kể từ 12 giờ ngày 27/10/2026 cho đến khi bão tan.\n",
    "1. Các xã hoàn thành việc sơ tán dân ra khỏi khu vực nguy hiểm trước 17 giờ 30, ngày 27 tháng 10 năm 2026.\n",
    "1. Sở Nông nghiệp và Môi trường báo cáo Ban Chỉ huy trước 16 giờ 00 ngày 27/10/2026.\n",
    "1. Các đơn vị duy trì lực lượng ứng trực từ 8 giờ sáng ngày 27/10/2026 đến khi có thông báo mới.\n",
])
def test_an_hour_of_a_dated_day_is_no_target(sentence):
    assert [b for b in _bounds(sentence) if b[2] == "giờ"] == []


def test_a_duration_in_hours_stays_a_target():
    body = "1. Các xã báo cáo thiệt hại ban đầu trong thời gian không quá 24 giờ kể từ khi bão tan.\n"
    assert (None, 24, "giờ") in _bounds(body)

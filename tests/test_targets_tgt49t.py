"""Targets of the kinds tune48 read wrongly (tgt49t, session 49).

A rate whose bound is printed as a sign ("đạt ≥ 85%", "đạt > 90%") after the things it counts, a time window among them
("Tỷ lệ trẻ sơ sinh được tiêm vắc xin viêm gan B trong 24 giờ đầu sau sinh đạt ≥ 85%", t48-03): the window says which
newborns the rate counts (t23-09 and a30-04 label the rate alone, as t48-03 does), so it is no time limit of its own;
the time limit a task sets after it ("trong vòng 24 giờ sau mỗi buổi tiêm") stays one. Each text is written for these
tests in the style of a phường's plans (other places, figures and wording than the labelled documents); the values
follow ``../shared/realdocs/labeled/README.md`` (relative time limits are targets; ≥ / trên → min only).
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ\nỦY BAN NHÂN DÂN PHƯỜNG AN CỰU\nSố: 41/KH-UBND\n"
         "An Cựu, ngày 08 tháng 01 năm 2036\n\nKẾ HOẠCH\nTiêm chủng mở rộng năm 2036\n\n**II. CHỈ TIÊU**\n\n")
_TAIL = "\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Hòa\n"


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_HEAD + body + _TAIL).targets]


@pytest.mark.parametrize("aim, rate", [
    # t48-03's kind, the window's "đầu" and "sau sinh"
    ("Tỷ lệ trẻ sơ sinh được tiêm vắc xin viêm gan B trong 24 giờ đầu sau sinh đạt ≥ 88%.", 88.0),
    # "trong vòng", the sign without its bar
    ("Tỷ lệ trẻ sơ sinh được tiêm vắc xin viêm gan B trong vòng 24 giờ sau sinh đạt > 80%.", 80.0),
    # a floor among the things counted, before the sign (tgt31c's kind)
    ("Tỷ lệ người cao tuổi được khám sức khỏe định kỳ ít nhất 01 lần/năm đạt ≥ 75%.", 75.0),
    # "không dưới" in words
    ("Tỷ lệ trẻ sơ sinh được tiêm vắc xin viêm gan B trong vòng 24 giờ đầu sau sinh đạt không dưới 82%.", 82.0),
])
def test_a_window_or_floor_among_what_a_rate_counts_is_no_target(aim, rate):
    body = ("1. " + aim + "\n\n2. Cập nhật thông tin đối tượng lên Hệ thống thông tin tiêm chủng quốc gia trong vòng "
            "48 giờ sau mỗi buổi tiêm.\n")
    got = _t(body)
    assert (rate, None, "%") in got
    assert (None, 48.0, "giờ") in got  # the task's own time limit
    assert not [g for g in got if g[2] != "%" and g != (None, 48.0, "giờ")]

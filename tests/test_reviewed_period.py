"""The period a review covers is no due date; a count of times per period holds for each period.

Found by a newcomer on 18-KH/ĐU's kind of sentence: "báo cáo sơ kết 6 tháng đầu năm 2026" gave a deadline window
2026-01-01 … 06-30 (the half-year the sơ kết reviews), and "sinh hoạt chuyên đề ít nhất 01 lần/quý" the target
period "năm 2026" instead of each quarter. A period right after "sơ kết"/"tổng kết" (a few words between, none of
time) is the period reviewed (patterns.REVIEWED_PERIOD_RE); "… lần/quý", "… lần mỗi tháng" set the period "mỗi …"
(target_words.TIMES_PER_AFTER_RE).
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

HEAD = "ĐẢNG ỦY XÃ PHÙ LÃNG\nSố 87-KH/ĐU\nPhù Lãng, ngày 12 tháng 3 năm 2026\nKẾ HOẠCH\ncông tác xây dựng Đảng năm 2026\n\n"


def _due(body: str) -> list[tuple[str, str]]:
    return [(d.earliest, d.latest) for d in extract(HEAD + body + "\n").deadlines]


@pytest.mark.parametrize("body, due", [
    ("1. Các chi bộ trực thuộc gửi về Ban Xây dựng Đảng trước ngày 20/02/2026; báo cáo sơ kết 6 tháng đầu năm 2026"
     " và báo cáo năm trước ngày 25 tháng 11 hằng năm.", [("2026-02-20", "2026-02-20"), ("2026-11-25", "2026-11-25")]),
    ("1. Các chi bộ báo cáo sơ kết 6 tháng đầu năm 2026.", []),
    ("1. Văn phòng Đảng ủy tham mưu tổng kết công tác năm 2026, báo cáo chậm nhất ngày 20/12/2026.",
     [("2026-12-20", "2026-12-20")]),
    ("1. Các chi bộ gửi báo cáo sơ kết quý I/2026 trước ngày 05/4/2026.", [("2026-04-05", "2026-04-05")]),
    # the review's own time stays a due date, and so does a half-year with no review before it
    ("1. Văn phòng tổ chức sơ kết 6 tháng đầu năm trong tháng 7/2026.", [("2026-07-01", "2026-07-31")]),
    ("1. Các chi bộ hoàn thành việc rà soát trong 6 tháng đầu năm 2026.", [("2026-01-01", "2026-06-30")]),
])
def test_a_reviewed_period_is_no_deadline(body, due):
    assert _due(body) == due


@pytest.mark.parametrize("body, text, period", [
    ("4. Các chi bộ tổ chức sinh hoạt chuyên đề ít nhất 01 lần/quý; hoàn thành đánh giá trước ngày 15/12/2026.",
     "ít nhất 01 lần/quý", "mỗi quý"),
    ("2. Ban Tuyên giáo tổ chức giao ban báo chí ít nhất 01 lần mỗi tháng.", "ít nhất 01 lần mỗi tháng", "mỗi tháng"),
])
def test_times_per_period_hold_for_each_period(body, text, period):
    got = [(t.text, t.period) for t in extract(HEAD + body + "\n").targets if t.unit == "lần"]
    assert got == [(text, period)]

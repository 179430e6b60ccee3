"""The deadline modules' one due-word vocabulary (:data:`vanban.extract.patterns.DUE_WORDS`) and the shared helpers
the duty-day and dated-column readers use (``sections.sentence_bounds``, ``dates.iso`` / ``dates.month_interval``).

Inputs written for these tests in a commune's wording; expected values read by hand:

* a due word makes a date a task's time ("hoàn thành trước ngày …", "chậm nhất ngày …", "xong trong quý …", "hạn …",
  eng OCR's "trudec ngày" for "trước ngày"); "trực ban" (a duty), "tài khoản thanh toán" (an account) hold none;
* "kết thúc" is a window's close only for the readers that take :data:`patterns.CLOSING_WORDS`;
* a daily report whose sentence wraps onto a second line after the duty's span is bounded by that span: the sentence
  is the one ``sections.sentence_bounds`` gives (a wrapped line is no sentence end);
* a dated column head's last day: a month's last day, none for a day no calendar has.
"""

from __future__ import annotations

import re

import pytest

from vanban.extract import extract
from vanban.extract import patterns as P
from vanban.extract.dated_twins import present_twins
from vanban.extract.folded import Folded


@pytest.mark.parametrize("text", [
    "Các thôn hoàn thành việc rà soát trước ngày 15/3/2028.",
    "Gửi báo cáo về Văn phòng chậm nhất ngày 20/6/2028.",
    "Sửa chữa nhà văn hóa thôn, xong trong quý II/2028.",
    "Hạn nộp hồ sơ: 30/4/2028.",
    "gui ve Phong Kinh te trudec ngay 10/5/2028",  # eng OCR's "trước", read folded
])
def test_due_word_found(text):
    assert P.DUE_WORD_RE.search(Folded.of(text).view)


@pytest.mark.parametrize("text", [
    "Phân công cán bộ trực ban từ ngày 01/7/2028 đến ngày 30/9/2028.",
    "Mở tài khoản thanh toán cho các hộ kinh doanh trong năm 2028.",
    "Tổ chức hội thi từ ngày 10/5/2028 đến ngày 12/5/2028.",
])
def test_no_due_word(text):
    assert not P.DUE_WORD_RE.search(Folded.of(text).view)


def test_a_windows_close_is_read_only_where_asked():
    view = Folded.of("Đợt ra quân kết thúc ngày 30/8/2028.").view
    assert not P.DUE_WORD_RE.search(view)
    assert P.DUE_OR_CLOSING_RE.search(view)
    assert re.search(P.due_words(*P.CLOSING_WORDS.values()), view)


WRAPPED = """ỦY BAN NHÂN DÂN
XÃ TÂN LẬP
Số: 17/KH-UBND
Tân Lập, ngày 05 tháng 01 năm 2028

KẾ HOẠCH
Phòng, chống hạn hán và xâm nhập mặn năm 2028

1. Ban Chỉ huy xã phân công cán bộ trực ban từ ngày 01/3/2028 đến ngày 31/5/2028, cán bộ trực ban
báo cáo lượng nước các hồ chứa về Ban Chỉ huy trước 16 giờ hằng ngày.

CHỦ TỊCH
Hà Văn Tâm
"""


def test_daily_report_bounded_by_the_span_on_its_sentences_first_line():
    found = [d for d in extract(WRAPPED).deadlines if d.recurrence and "FREQ=DAILY" in d.recurrence]
    assert len(found) == 1, [(d.text, d.recurrence) for d in extract(WRAPPED).deadlines]
    d = found[0]
    assert d.date == "2028-03-01"
    assert "UNTIL=20280531" in d.recurrence


def test_dated_columns_by_their_last_day():
    head = ("STT", "Thôn", "Tỷ lệ hộ dùng nước sạch đến tháng 2/2028 (%)", "Tỷ lệ hộ dùng nước sạch đến năm 2028 (%)")
    assert present_twins(head) == {2}  # 29/02/2028 before 31/12/2028: the first column is where the thôn stand
    assert present_twins(("STT", "Tỷ lệ hộ đến 31/6/2028 (%)", "Tỷ lệ hộ đến 30/9/2028 (%)")) == set()  # no 31/6

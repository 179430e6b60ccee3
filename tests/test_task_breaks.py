"""One home for two jobs the checklist and the extraction did twice (task_text): where an obligation's text breaks
into tasks, and the second date joined to a due date.

Sentences in the style of the realdocs plans (a report "6 tháng và cả năm" due on two days of each year; a line of
items "a) … b) …"); expected values read from the wording.
"""

from __future__ import annotations

from vanban.extract.task_text import FIGURE_DUE_RE, several_tasks, task_without_date, tasks
from vanban.models import Deadline


def test_a_task_breaks_at_a_semicolon_and_at_an_item_label_not_at_every_full_stop():
    assert tasks("Xây dựng kế hoạch; báo cáo kết quả") == ["Xây dựng kế hoạch", " báo cáo kết quả"]
    assert tasks("Xây dựng kế hoạch trong 10 ngày. b) Định kỳ hằng năm báo cáo") == [
        "Xây dựng kế hoạch trong 10 ngày.", "b) Định kỳ hằng năm báo cáo"]
    assert tasks("Phối hợp với UBND TP. Hồ Chí Minh tổ chức hội nghị") == ["Phối hợp với UBND TP. Hồ Chí Minh tổ chức hội nghị"]


def test_several_tasks_are_also_several_sentences():
    assert several_tasks("phải trả tiền bồi thường trong thời hạn 15 ngày. phải thông báo bằng văn bản")
    assert several_tasks("tổng hợp; báo cáo")
    assert not several_tasks("gửi Ủy ban nhân dân tỉnh trong thời hạn 07 ngày kể từ ngày nhận được Kế hoạch này")


def test_the_joined_second_date_is_one_form_in_both_steps():
    # step 1, a due phrase in figures with its second date spaced as typed ("31 / 12")
    assert FIGURE_DUE_RE.sub("", "báo cáo 6 tháng và cả năm, trước ngày 30/6 và 31 / 12 hằng năm") == \
        "báo cáo 6 tháng và cả năm"
    # step 2, the deadline's own words cut, its second date written with a hyphen
    d = Deadline(text="trước ngày 30-6", date="2026-06-30", earliest="2026-06-30", latest="2026-06-30")
    assert task_without_date("báo cáo 6 tháng và cả năm trước ngày 30-6 và 31-12 hằng năm", d) == \
        "báo cáo 6 tháng và cả năm"

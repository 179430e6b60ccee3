"""Two patterns that took seconds on long or blank-led lines (session 51's review, fixrev51): the last sentence of a
campaign table's lead line (due_cells) and a schedule clause's day (patterns.TIMING_CLAUSE_DAY_RE). Each is read in
linear time and reads the forms it read (texts written here, folded as the extractors read them)."""

import time

from vanban.extract import patterns as P
from vanban.extract.due_cells import _last_sentence_start
from vanban.text import fold


def test_the_last_sentence_of_a_lead_line():
    line = fold("Thời gian cao điểm từ ngày 15/9/2037 đến ngày 15/11/2037. Tổ công tác thu nhận hồ sơ theo lịch sau:")
    assert line[_last_sentence_start(line):].strip() == fold("Tổ công tác thu nhận hồ sơ theo lịch sau:")
    assert _last_sentence_start(fold("Chiến dịch được tổ chức 03 đợt, lịch cụ thể như sau:")) == 0


def test_the_last_sentence_of_a_long_line_is_found_in_linear_time():
    line = "chien dich. " * 25_000 + "lich nhu sau:"
    t0 = time.perf_counter()
    assert line[_last_sentence_start(line):].strip() == "lich nhu sau:"
    assert time.perf_counter() - t0 < 1


def test_a_clause_day_after_many_leading_blanks_fails_fast():
    t0 = time.perf_counter()
    assert P.TIMING_CLAUSE_DAY_RE.match(" " * 10_000 + "x") is None
    assert P.TIMING_ITEM_LEAD_RE.match(" " * 10_000 + "x") is None
    assert time.perf_counter() - t0 < 0.5


def test_a_clause_day_is_still_read_after_a_label_and_blanks():
    head = fold("   - Giai đoạn thông qua: thông qua văn kiện, kế hoạch với Bộ Chỉ huy Quân sự tỉnh ngày ")
    m = P.TIMING_CLAUSE_DAY_RE.match(head)
    assert m and m.group("label").strip() == fold("thông qua văn kiện, kế hoạch với Bộ Chỉ huy Quân sự tỉnh")
    m = P.TIMING_ITEM_LEAD_RE.match(fold("  2.   Hội nghị tại các chi bộ: ngày "))
    assert m and m.group("label") == fold("Hội nghị tại các chi bộ")

"""A daily report named without its hour ("báo cáo hằng ngày về …") is the task's time as written, like "hằng quý":
the obligation's ``due_text`` says "hằng ngày" (it was None). Not a day of a month after the cycle ("hằng ngày 15" is
no cycle). Sentences in our own wording."""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.undated_dues import report_cycle

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ AN LẠC\nSố: 61/KH-UBND\nAn Lạc, ngày 09 tháng 3 năm 2027\n\n"
        "KẾ HOẠCH\nPhòng chống dịch bệnh năm 2027\n\n")


def test_a_daily_report_keeps_its_cycle_as_written():
    obs = extract(HEAD + "1. Trạm Y tế xã theo dõi số ca mắc, báo cáo hằng ngày về Ủy ban nhân dân xã.\n").obligations
    assert [(o.who, o.due_text) for o in obs] == [("Trạm Y tế xã", "hằng ngày")]


def test_daily_spellings_and_what_is_no_cycle():
    assert report_cycle("tổng hợp số liệu, báo cáo hàng ngày cho Ban Chỉ đạo") == "hàng ngày"
    assert report_cycle("báo cáo hằng ngày 15") is None

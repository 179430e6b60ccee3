"""The whole text's dates are read once per document, each part (a letter's request, the body, every appendix) taking
those inside it: read again for each part, a 940 KB text pasted on one line (the realdocs one after the other, 17
appendices) spent 48 s CPU in 18 readings of the same dates (``bench/long_text.py --form realline``, session 28)."""

from __future__ import annotations

import datetime as dt

import vanban.extract.deadlines as deadlines_module
from vanban.extract import extract
from vanban.extract.dates import dates_within, find_dates

PLAN = """ỦY BAN NHÂN DÂN XÃ AN BÌNH
Số: 15/KH-UBND
An Bình, ngày 02 tháng 3 năm 2027

KẾ HOẠCH
Phòng, chống dịch bệnh trên gia súc năm 2027

1. Các thôn rà soát đàn gia súc, báo cáo Ủy ban nhân dân xã trước ngày 20/3/2027.
2. Công chức Địa chính - Nông nghiệp tổng hợp, báo cáo kết quả trước ngày 15/12/2027.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Bình

Phụ lục I
DANH MỤC NHIỆM VỤ
Thôn Đông tiêm phòng đợt 1 hoàn thành trước ngày 30/4/2027.

Phụ lục II
LỊCH TIÊM PHÒNG
Thôn Tây tiêm phòng đợt 2 hoàn thành trước ngày 31/10/2027.
"""


def test_a_part_takes_the_dates_inside_it():
    view = "trước ngày 20/3/2027, … trước ngày 15/12/2027 và trong tháng 6/2027"
    hits = find_dates(view, dt.date(2027, 3, 2))
    for lo, hi in [(0, len(view)), (0, 25), (20, len(view)), (30, 40), (len(view), len(view))]:
        assert dates_within(hits, lo, hi) == [h for h in hits if lo <= h.start and h.end <= hi]


def test_the_dates_are_read_once_for_all_parts(monkeypatch):
    calls = []
    real = deadlines_module.find_dates

    def counted(view, ref=None):
        calls.append(len(view))
        return real(view, ref)

    monkeypatch.setattr(deadlines_module, "find_dates", counted)
    ext = extract(PLAN)
    assert calls == []  # find_deadlines takes the extraction's one reading, in every part
    days = sorted(d.date for d in ext.deadlines if d.date)
    assert days == ["2027-03-20", "2027-04-30", "2027-10-31", "2027-12-15"]

"""Targets: OCR's "14" for "là" is read only where "là" fits, never after the bound "ít nhất" (issue 10, session 15).

OCR prints "là" as "14" ("đặc biệt 14 doanh nghiệp", "nhất 14 …" for "nhất là": especially); after the bound "ít nhất"
a "14" is the figure itself ("Đội chiếu phim lưu động … phải thực hiện ít nhất 14 buổi chiếu phim trong 01 tháng", a
circular of the culture ministry). Sentences written for these tests in that style.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 05/2025/TT-BVHTTDL\nHà Nội, ngày 10 tháng 3 năm 2025\n\nTHÔNG TƯ\n"
         "Quy định về hoạt động chiếu phim lưu động\n\n")
_TAIL = "\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTrần Văn Bình\n"


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_HEAD + body + _TAIL).targets]


def test_at_least_fourteen_shows():
    body = ("Điều 4. Định mức buổi chiếu\nĐội chiếu phim lưu động hoạt động ở vùng sâu, vùng xa phải thực hiện ít nhất "
            "14 buổi chiếu phim.\n")
    assert _t(body) == [(14, None, "buổi")]


def test_ocr_la_after_especially_stays_no_count():
    body = ("Điều 5. Hỗ trợ\nNhà nước hỗ trợ các đội chiếu phim, nhất 14 các đội ở vùng đặc biệt khó khăn, được trang bị "
            "phương tiện.\n")
    assert _t(body) == []

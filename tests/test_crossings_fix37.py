"""Where two session-37 readings met (fix37): each rule held alone and lost an item once the other was merged.

- A Phụ lục of quotas (obl37b: its rows charge no task) whose due column says again, for each thôn, the day the prose
  gave "Ban công tác Mặt trận các thôn" (dl37's restated dues): the row's unit is read from the unit column, so the
  thôn's cell is the prose's date again and a unit the prose gave no date keeps its own.
- A forecast's days "từ 25/7 đến 05/8" (dl37: no window, so no deadline masks them) are days, no rate 25/7 (tgt37b):
  the second day of the range may print its leading zero.

Each text below is written for these tests in the style of such documents, not copied from a labelled one.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN MTTQ VIỆT NAM\nXÃ HÒA AN\nBAN THƯỜNG TRỰC\nSố: 21/KH-MTTQ\nHòa An, ngày 06 tháng 10 năm 2031\n\n"
         "KẾ HOẠCH\nVận động ủng hộ Quỹ khuyến học năm 2031\n\n")
_SIGN = "\nTM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\nLê Thị Mai\n\n"


def test_a_quota_appendix_s_due_cells_for_the_places_the_prose_dated_are_listed_once():
    body = ("IV. TỔ CHỨC THỰC HIỆN\n\n**1. Ban công tác Mặt trận các thôn**\n\n"
            "Vận động các hộ ủng hộ; nộp tiền về Quỹ khuyến học xã chậm nhất ngày 30/11/2031.\n\n"
            "**2. Các trường học trên địa bàn xã**\n\nVận động giáo viên ủng hộ; chuyển tiền về Quỹ trước 25/11/2031.\n")
    appendix = ("PHỤ LỤC\n\nCHỈ TIÊU VẬN ĐỘNG QUỸ KHUYẾN HỌC NĂM 2031\n\n"
                "| STT | Đơn vị | Số hộ | Chỉ tiêu vận động (đồng) | Thời gian nộp về Quỹ |\n|---|---|---|---|---|\n"
                "| 1 | Thôn Bình Minh | 420 | 9.000.000 | Trước 30/11/2031 |\n"
                "| 2 | Thôn Hòa Bình | 380 | 8.000.000 | Trước 30/11/2031 |\n"
                "| 3 | Các trường học (02 trường) | | 10.000.000 | Trước 25/11/2031 |\n"
                "| 4 | Trạm Y tế xã | | 3.000.000 | Trước 25/11/2031 |\n"
                "| 5 | Hộ kinh doanh | | 20.000.000 | Trước 30/11/2031 |\n")
    got = sorted(d.date for d in extract(_HEAD + body + _SIGN + appendix).deadlines)
    # the prose's two days, then Trạm Y tế's and the hộ kinh doanh's own rows
    assert got == ["2031-11-25", "2031-11-25", "2031-11-30", "2031-11-30"], got


def test_a_forecast_s_days_with_a_leading_zero_are_no_rate():
    body = ("II. NỘI DUNG\n\n1. Dự báo rầy nâu lứa 5: trưởng thành rộ từ 26/7 đến 04/8, rầy non nở rộ từ 06/8. "
            "Chỉ phun trừ ruộng có mật độ trên 3.000 con/m².\n")
    got = [(t.text, t.min, t.unit) for t in extract(_HEAD + body + _SIGN).targets]
    assert not [g for g in got if g[2] == "tỷ lệ"], got

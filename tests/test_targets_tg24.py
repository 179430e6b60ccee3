"""Targets on the wording of a22's documents (session 24, tg24, authored22 spent): kinds a new document has too.

The sentences are written for these tests in the style of a Đảng ủy phường's plan, a UBND tỉnh's Chỉ thị, a Sở Nội
vụ's công văn on statistics, a Ban Tổ chức's Hướng dẫn on grading, a Thông báo kết luận and a Ban Dân vận's plan.
Expected values are read from the sentences by hand, by the labels' conventions
(``../shared/realdocs/labeled/README.md``): past results and where things stand are no targets, nor the bands a
statistic is broken down by; "chưa đủ" (short of) is a maximum; the threshold of a grading rule is a target (the
tuning labels' majority: a16-06, a18-08, t20-08, a22-08); a frequency kept ("định kỳ 01 kỳ/tháng") is a target.
"""

from __future__ import annotations

from vanban.extract import extract

_PLAN = ("ĐẢNG BỘ TỈNH PHÚ THỌ\nĐẢNG ỦY PHƯỜNG THANH MIẾU\nSố: 61-KH/ĐU\nThanh Miếu, ngày 10 tháng 12 năm 2026\n\n"
         "KẾ HOẠCH\nhọc tập, quán triệt nghị quyết của Đảng\n\n")
_CT = ("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 18/CT-UBND\nĐắk Lắk, ngày 20 tháng 11 năm 2026\n\n"
       "CHỈ THỊ\nVề tăng cường công tác phòng cháy, chữa cháy rừng mùa khô 2026 - 2027\n\n")
_GUIDE = ("TỈNH ỦY BẮC NINH\nBAN TỔ CHỨC\nSố: 09-HD/BTCTU\nBắc Ninh, ngày 25 tháng 11 năm 2026\n\n"
          "HƯỚNG DẪN\nkiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2026\n\n")


def _bounds(text: str):
    return [(t.min, t.max, t.unit) for t in extract(text).targets]


def test_a_sentence_opening_with_the_documents_own_year_and_done_reports_it():
    body = ("1. Năm 2026, Đảng bộ phường đã tổ chức học tập các chuyên đề với 97,5% đảng viên tham gia.\n\n"
            "2. Năm 2026, Đảng bộ phường đã kết nạp 32 đảng viên mới, đạt 106,7% chỉ tiêu.\n\n"
            "3. Phấn đấu 100% đảng viên tham gia học tập.\n")
    assert _bounds(_PLAN + body) == [(100, 100, "%")]


def test_a_sentence_saying_what_the_province_now_has_states_where_things_stand():
    body = ("Tỉnh Đắk Lắk hiện có trên 1,2 triệu ha đất lâm nghiệp, tỷ lệ che phủ rừng năm 2026 đạt 38,4%.\n\n"
            "1. Phấn đấu giảm ít nhất 20% số vụ cháy rừng so với mùa khô trước.\n")
    assert _bounds(_CT + body) == [(20, None, "%")]


def test_the_age_bands_a_statistic_is_broken_down_by_are_no_bounds():
    body = ("d) Thống kê theo trình độ chuyên môn; độ tuổi (dưới 35 tuổi, từ 35 đến 50 tuổi, từ 51 tuổi trở lên);\n"
            "giới tính.\n\n"
            "đ) Không tuyển dụng người dưới 18 tuổi.\n")
    assert _bounds(_CT + body) == [(None, 18, "tuổi")]


def test_short_of_a_span_is_a_maximum_and_a_grading_threshold_is_a_target():
    body = ("- Đảng viên: tất cả đảng viên trong Đảng bộ (trừ đảng viên mới kết nạp chưa đủ 12 tháng tính đến\n"
            "thời điểm kiểm điểm).\n\n"
            "- Chi bộ có trên 30% số đảng viên xếp loại \"Không hoàn thành nhiệm vụ\" thì không được xếp loại \"Hoàn\n"
            "thành nhiệm vụ\" trở lên.\n")
    got = _bounds(_GUIDE + body)
    assert (None, 12, "tháng") in got and (30, None, "%") in got
    assert (12, None, "tháng") not in got


def test_a_frequency_kept():
    head = ("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nVĂN PHÒNG\nSố: 512/TB-VP\nGia Lai, ngày 02 tháng 12 năm 2026\n\n"
            "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh về công tác tuyên truyền\n\n")
    body = "4. Sở Văn hóa mở chuyên mục \"Gương sáng\" định kỳ 02 kỳ/tháng trên Cổng thông tin điện tử tỉnh.\n"
    assert (2, 2, "kỳ/tháng") in _bounds(head + body)

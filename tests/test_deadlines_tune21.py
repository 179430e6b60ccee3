"""Deadlines on real wording, session 21 (dl21b): the kinds tune21 (the blind authored21's twin) showed.

Sentences written for these tests in the style of a Kết luận of a Ban Thường vụ Đảng ủy phường and a Kế hoạch of a
Tỉnh đoàn; the expected values are read from the wording with the labels' conventions (``realdocs/labeled/README.md``)
as the tuning labels apply them: a target stated with its year ("đạt 97% trong năm 2027", an item of a "Chỉ tiêu"
part or of a list led in as targets) is no deadline (t21-01, t21-10: three of three), nor, since session 47, a task
done within the year beside its figure (the older sets' majority, 39 left out to 19 dated; t18-09 and a16-10 were
the minority session 18 followed).
"""

from __future__ import annotations

from vanban.extract import extract

KL = ("ĐẢNG BỘ TỈNH QUẢNG TRỊ\nĐẢNG ỦY PHƯỜNG ĐÔNG HÀ\nSố: 40-KL/ĐU\nĐông Hà, ngày 15 tháng 12 năm 2026\n\n"
      "KẾT LUẬN\nCủa Ban Thường vụ Đảng ủy phường về cải cách hành chính\n\n")
KH = ("TỈNH ĐOÀN HÀ TĨNH\nSố: 51-KH/TĐTN-PT\nHà Tĩnh, ngày 05 tháng 02 năm 2027\n\n"
      "KẾ HOẠCH\nTổ chức Tháng Thanh niên năm 2027\n\n")


def _years(text: str):
    return [(d.earliest, d.latest) for d in extract(text).deadlines if d.earliest and d.earliest.endswith("01-01")]


def test_a_figure_striven_for_within_a_year_is_no_deadline():
    got = _years(KL + "II. PHÂN CÔNG THỰC HIỆN\n\n1. Chi bộ Công an phường\n\nLãnh đạo Công an phường đẩy mạnh cấp "
                 "tài khoản định danh điện tử; phấn đấu tỷ lệ hộ gia đình sử dụng dịch vụ công trực tuyến đạt 90% "
                 "trong năm 2027; phối hợp xử lý các hành vi vi phạm.\n\n2. Chi bộ Ủy ban nhân dân phường\n\n"
                 "Tỷ lệ hồ sơ được số hóa đạt trên 95% trong năm 2027.\n")
    assert got == []


def test_an_item_under_a_targets_heading_is_no_deadline():
    got = _years(KH + "III. CHỈ TIÊU\n\n1. Kết nạp ít nhất 3.000 đoàn viên mới trong năm 2027.\n\n"
                 "2. Giới thiệu ít nhất 800 đoàn viên ưu tú cho Đảng xem xét, kết nạp trong năm 2027.\n\n"
                 "IV. TỔ CHỨC THỰC HIỆN\n\n1. Ban Tổ chức Tỉnh đoàn\n\nHướng dẫn các đơn vị thực hiện Kế hoạch.\n")
    assert got == []


def test_an_item_of_a_list_led_in_as_targets_is_no_deadline():
    got = _years(KL + "II. NHIỆM VỤ TRỌNG TÂM\n\nTrong năm 2027, tập trung thực hiện các nhiệm vụ, chỉ tiêu sau:\n\n"
                 "1. 100% văn bản của Đảng ủy phường được ký số.\n\n2. Mỗi tổ dân phố có ít nhất 01 mô hình dân vận "
                 "khéo được đăng ký và triển khai trong năm 2027.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
                 "Văn phòng Đảng ủy theo dõi, đôn đốc thực hiện.\n")
    assert got == []


def test_a_task_within_a_year_beside_its_figure_is_no_deadline():
    # a task a body does, its figure a place count, under tasks: the year is the target's period (session 47's count)
    got = _years(KL + "II. PHÂN CÔNG THỰC HIỆN\n\n1. Ủy ban Kiểm tra Đảng ủy phường\n\nKiểm tra việc thực hiện "
                 "Kết luận tại ít nhất 04 chi bộ trực thuộc trong năm 2027.\n")
    assert got == []
    # a task list led in as tasks, not targets
    got = _years(KL + "II. NHIỆM VỤ TRỌNG TÂM\n\nCác chi bộ thực hiện các nhiệm vụ sau:\n\n1. Tổ chức sinh hoạt "
                 "chuyên đề về chuyển đổi số tại ít nhất 05 tổ dân phố trong năm 2027.\n")
    assert got == []


# --- a weekly report kept while a campaign runs ----------------------------------------------------------------------

def _weekly(text: str):
    return [(d.date, d.recurrence) for d in extract(text).deadlines if d.recurrence and "WEEKLY" in d.recurrence]


def test_a_weekly_report_during_the_campaign_starts_with_the_campaign():
    # the Kế hoạch is of Friday 05/02/2027; the campaign runs from Monday 01/3/2027: its first Friday is 05/3/2027
    body = ("II. THỜI GIAN\n\n- Thời gian tổ chức: từ ngày 01/3/2027 đến ngày 31/3/2027.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Các cơ sở Đoàn\n\n- Thực hiện báo cáo nhanh (trước 10h00 thứ Sáu hằng tuần) trong thời gian diễn ra "
            "Tháng Thanh niên.\n")
    assert _weekly(KH + body) == [("2027-03-05", "FREQ=WEEKLY;BYDAY=FR")]


def test_a_weekly_report_without_a_campaign_counts_from_the_document():
    body = ("II. THỜI GIAN\n\n- Thời gian tổ chức: từ ngày 01/3/2027 đến ngày 31/3/2027.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Các cơ sở Đoàn\n\n- Báo cáo tiến độ đăng ký công trình thanh niên trước 10h00 thứ Sáu hằng tuần.\n")
    assert _weekly(KH + body) == [("2027-02-05", "FREQ=WEEKLY;BYDAY=FR")]

"""Dates that are no due dates, of the kinds session 53 met (issue #10), with sentences copied from spent sets and
the expected values their authors' labels give:

- an event's running days, its name the subject of "diễn ra" ("Đại hội diễn ra từ ngày 04/9/2038 đến ngày
  12/9/2038", t52-04, a xã's Đại hội Thể dục thể thao; as t36-10's "Chiến dịch diễn ra từ …"), while the dates of
  its preparatory tasks stay due;
- a ceiling measured at a day ("tổng số nợ thuế đến ngày 31/12/2038 không vượt quá 5% tổng thu …", t52-05; t41-06,
  t46-04 and a46-04 leave the same cut-off out), while a report due by a day stays;
- a jubilee's pair of days ("kỷ niệm 80 năm … (28/11/1959 - 28/11/2039)", t52-09).
"""

from vanban.extract import extract

KH_XA = ("ỦY BAN NHÂN DÂN\nXÃ XUÂN HÒA THƯỢNG\n\nSố: 58/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
         "Xuân Hòa Thượng, ngày 05 tháng 8 năm 2038\n\nKẾ HOẠCH\n\nTổ chức Đại hội Thể dục thể thao xã năm 2038\n\n")
CV_HUYEN = ("ỦY BAN NHÂN DÂN\nHUYỆN HÒA LỘC TÂY\n\nSố: 1862/UBND-TCKH\n\nV/v đôn đốc thu ngân sách nhà nước những "
            "tháng cuối năm 2038\n\nHòa Lộc Tây, ngày 14 tháng 10 năm 2038\n\nKính gửi: Chi cục Thuế khu vực\n\n")
KH_HUYEN = ("ỦY BAN NHÂN DÂN\nHUYỆN ĐỒNG LÂM\n\nSố: 215/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            "Đồng Lâm, ngày 30 tháng 11 năm 2038\n\nKẾ HOẠCH\n\nPhát động \"Tết trồng cây đời đời nhớ ơn Bác Hồ\" "
            "Xuân Kỷ Mùi 2039\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n")


def _due(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(d.date, d.earliest, d.latest) for d in extract(text).deadlines if not d.past]


def test_an_event_running_over_days_is_no_deadline_its_tasks_are():
    body = ("II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN\n\n1. Thời gian: Đại hội diễn ra từ ngày 04/9/2038 đến ngày 12/9/2038, "
            "chào mừng kỷ niệm 93 năm Cách mạng tháng Tám.\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\n1. Công chức Văn hóa - Xã hội\n\nHướng dẫn các thôn đăng ký thi đấu; tổ chức bốc "
            "thăm, xếp lịch thi đấu chi tiết, gửi các thôn trước ngày 31/8/2038.\n")
    assert _due(KH_XA + body) == [("2038-08-31", "2038-08-31", "2038-08-31")]


def test_a_ceiling_measured_at_a_day_is_no_deadline_a_report_by_a_day_is():
    body = ("1. Chi cục Thuế khu vực Hòa Lộc Tây - Tân Thạnh\n\n- Tập trung đôn đốc, cưỡng chế thu hồi nợ thuế, bảo đảm\n"
            "tổng số nợ thuế đến ngày 31/12/2038 không vượt quá 5% tổng thu ngân sách nhà nước trên địa bàn;\n"
            "công khai thông tin người nộp thuế chây ỳ theo quy định của Luật Quản lý thuế.\n\n"
            "- Báo cáo kết quả thu ngân sách về UBND huyện trước ngày 20/12/2038.\n")
    assert _due(CV_HUYEN + body) == [("2038-12-20", "2038-12-20", "2038-12-20")]


def test_a_jubilee_pair_of_days_is_no_window():
    body = ("1. Hưởng ứng lời dạy của Chủ tịch Hồ Chí Minh, kỷ niệm 80 năm Ngày Bác Hồ phát động \"Tết trồng cây\" "
            "(28/11/1959 - 28/11/2039); nâng cao nhận thức của cán bộ, đảng viên và Nhân dân.\n\n"
            "2. Các xã, thị trấn báo cáo kết quả về UBND huyện trước ngày 15/3/2039.\n")
    assert _due(KH_HUYEN + body) == [("2039-03-15", "2039-03-15", "2039-03-15")]

""""tự" (by themselves) before a verb belongs to the task, not to the body: "Các xã tự | rà soát …"
(found by a newcomer on a plan we wrote in the style of a district UBND's Kế hoạch)."""

from vanban.extract import extract
from vanban.extract.subjects import clean_who

PLAN = """ỦY BAN NHÂN DÂN
HUYỆN SƠN HÀ
Số: 15/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sơn Hà, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Rà soát thủ tục hành chính năm 2026

1. Các phòng chuyên môn tự kiểm tra, báo cáo kết quả về Văn phòng trước ngày 30 tháng 4 năm 2026.

2. Các xã tự rà soát hồ sơ, gửi về Phòng Nội vụ trước ngày 15 tháng 5 năm 2026.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
"""


def test_tu_before_the_verb_is_not_part_of_the_body():
    got = {(o.who, str(o.deadline.date) if o.deadline else None) for o in extract(PLAN).obligations}
    assert ("Các phòng chuyên môn", "2026-04-30") in got
    assert ("Các xã", "2026-05-15") in got


def test_a_name_ending_in_tu_keeps_it():
    assert clean_who("Phòng Cảnh sát trật tự") == "Phòng Cảnh sát trật tự"
    assert clean_who("Các xã tự") == "Các xã"

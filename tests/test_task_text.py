"""An obligation's task is its verb phrase without its deadline phrase (issue 10, "Obligation texts").

Sentences written in the style of ward and province plans (a reviewer's dl.txt, session 13): the
checklist printed the date twice, in the task and in its Thời hạn column.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.task_text import cut_phrase

PLAN = """UBND XÃ TÂN PHÚ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND
Tân Phú, ngày 05 tháng 01 năm 2026
KẾ HOẠCH
Công tác dân vận năm 2026
II. NHIỆM VỤ
1. Các thôn báo cáo tình hình đúng ngày mồng 3 hằng tháng.
2. Ban Công tác Mặt trận các thôn gửi danh sách hộ nghèo trước ngày 15 tháng 01 năm 2026.
3. Văn phòng Đảng ủy tổng hợp báo cáo trước ngày 20/02/2026 về Ban Thường vụ Đảng ủy.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lò Văn Tâm
"""


def test_the_task_of_a_plan_item_does_not_repeat_its_date():
    tasks = {o.who: (o.what, o.deadline.what if o.deadline else None) for o in extract(PLAN).obligations}
    assert tasks["Các thôn"] == ("báo cáo tình hình", "báo cáo tình hình")
    assert tasks["Ban Công tác Mặt trận các thôn"][0] == "gửi danh sách hộ nghèo"
    assert tasks["Văn phòng Đảng ủy"][0] == "tổng hợp báo cáo về Ban Thường vụ Đảng ủy"


def test_a_date_phrase_leaves_the_task_wherever_it_stands():
    assert cut_phrase("báo cáo định kỳ 6 tháng (trước ngày 05/6) về UBND tỉnh", "trước ngày 05/6") \
        == "báo cáo định kỳ 6 tháng về UBND tỉnh"
    assert cut_phrase("tổ chức hội nghị trước ngày 20/11/2026; báo cáo kết quả", "trước ngày 20/11/2026") \
        == "tổ chức hội nghị; báo cáo kết quả"
    assert cut_phrase("tổ chức hội nghị, hoàn thành trước 20 tháng 11 năm 2026", "trước 20 tháng 11 năm 2026") \
        == "tổ chức hội nghị"
    # nothing but the date: the task stays as written
    assert cut_phrase("trước ngày 05/6", "trước ngày 05/6") is None


def test_a_time_leaves_no_tail_in_its_task():
    # the event a limit runs from goes with it; a verb its cut leaves alone after a comma goes too (session 15)
    assert cut_phrase("xây dựng kế hoạch thực hiện, gửi về Đảng ủy xã trong vòng 15 ngày kể từ ngày ban hành Kế hoạch",
                      "trong vòng 15 ngày kể từ ngày ban hành") == "xây dựng kế hoạch thực hiện, gửi về Đảng ủy xã"
    assert cut_phrase("vận động hội viên cài đặt ứng dụng VNeID, thực hiện trong quý I/2027", "quý I/2027") \
        == "vận động hội viên cài đặt ứng dụng VNeID"
    assert cut_phrase("Sơ tán dân ở vùng nguy hiểm, bảo đảm không quá 2 giờ kể từ khi có lệnh sơ tán",
                      "không quá 2 giờ kể từ khi có lệnh sơ tán") == "Sơ tán dân ở vùng nguy hiểm"
    # words after a date that is no relative limit stay the task's
    assert cut_phrase("tổ chức hội nghị trước ngày 10 tháng sau báo cáo Sở", "trước ngày 10 tháng sau") \
        == "tổ chức hội nghị báo cáo Sở"

"""A body's task done "theo tiến độ tại Mục III" is due by the step of Mục III that names the same task, not by the
section's earliest date, which is another step's (vanban.extract.progress_refs; realdocs/labeled README: "the
earliest dated deadline attached to that assignment"). No step repeating the task: the block stays undated.

The plan is written for this test in the style of a UBND phường's plan.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = """ỦY BAN NHÂN DÂN
PHƯỜNG HÒA BÌNH

Số: 88/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hòa Bình, ngày 02 tháng 9 năm 2029

KẾ HOẠCH
Chỉnh trang đô thị quý IV năm 2029

**I. MỤC ĐÍCH, YÊU CẦU**

Hoàn thành chỉnh trang các tuyến phố chính trước Tết.

**II. NHIỆM VỤ, GIẢI PHÁP**

1. Rà soát hiện trạng vỉa hè, điện chiếu sáng các tuyến phố, hoàn thành trước ngày 20/9/2029.

2. Lát lại vỉa hè tuyến phố Lê Lợi và phố Trần Phú, hoàn thành trong tháng 11/2029.

3. Lắp đặt đèn chiếu sáng trang trí tại quảng trường phường, xong trước ngày 15/12/2029.

**III. TỔ CHỨC THỰC HIỆN**

**1. Ban Quản lý dự án đầu tư xây dựng phường**

Chủ trì lập hồ sơ, tổ chức lát lại vỉa hè tuyến phố theo tiến độ tại Mục II; báo cáo kết quả cho UBND phường.

**2. Phòng Văn hóa - Xã hội**

{culture}
"""


def _obligations(culture: str) -> dict:
    return {o.who: o for o in extract(_HEAD.format(culture=culture)).obligations}


def test_the_step_that_repeats_the_task_dates_the_block():
    obs = _obligations("Tuyên truyền vận động Nhân dân giữ gìn vệ sinh đường phố.")
    ob = obs["Ban Quản lý dự án đầu tư xây dựng phường"]
    # the vỉa hè step's month (II.2), not the survey's 20/9 (II.1)
    assert ob.deadline is not None and (ob.deadline.date or ob.deadline.latest) == "2029-11-30"


def test_a_task_no_step_repeats_stays_undated():
    obs = _obligations("Tổ chức tuyên truyền, vận động Nhân dân theo tiến độ tại Mục II.")
    assert obs["Phòng Văn hóa - Xã hội"].deadline is None

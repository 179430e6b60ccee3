"""The Thông báo's closing formula ends the last task of the intro's block.

Why: a short Thông báo (kết luận) gives its numbered tasks to the body an intro names ("…, tỉnh X cần tập trung thực
hiện các nhiệm vụ sau:" over "1. …", "2. …" with no body of their own) and closes with the issuer's notice ("Văn
phòng Chính phủ xin trân trọng thông báo./."). That paragraph names no body either, so it was read as one more item of
the block: the last obligation's text ended "…; Văn phòng Chính phủ xin trân trọng thông báo" (newcomer findings,
session 40). The notice alone, or "… thông báo để … biết, thực hiện", is the document's own last words.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

_HEAD = ("VĂN PHÒNG BỘ XÂY DỰNG\n\nSố: 77/TB-VP\n\nHà Nội, ngày 14 tháng 5 năm 2026\n\nTHÔNG BÁO\n\n"
         "Kết luận của Thứ trưởng tại buổi kiểm tra tiến độ nhà ở xã hội tỉnh Bắc Nam\n\n"
         "Để hoàn thành mục tiêu nhà ở xã hội năm 2026, tỉnh Bắc Nam cần tập trung thực hiện các nhiệm vụ sau:\n\n"
         "1. Hoàn thiện thủ tục giao đất cho các dự án nhà ở xã hội đã có chủ trương.\n\n"
         "2. Công bố công khai danh sách dự án và điều kiện mua, thuê nhà ở xã hội.\n\n")


@pytest.mark.parametrize("closing", [
    "Văn phòng Bộ Xây dựng xin trân trọng thông báo./.",
    "Văn phòng Bộ xin thông báo.",
    "Văn phòng Bộ Xây dựng thông báo để Ủy ban nhân dân tỉnh Bắc Nam và các cơ quan liên quan biết, thực hiện./.",
])
def test_notice_closing_is_no_task(closing):
    obs = extract(_HEAD + closing + "\n").obligations
    assert [o.who for o in obs] == ["tỉnh Bắc Nam"]
    assert "thông báo" not in obs[0].what.lower().replace("công bố", "")
    assert obs[0].what.rstrip(" .").endswith("điều kiện mua, thuê nhà ở xã hội")


def test_a_task_to_notify_stays_a_task():
    # a numbered task asking a body to notify is no closing formula
    text = _HEAD.replace("2. Công bố công khai", "2. Sở Xây dựng thông báo cho người dân biết") + "Văn phòng Bộ xin trân trọng thông báo./.\n"
    who = {o.who for o in extract(text).obligations}
    assert "Sở Xây dựng" in who

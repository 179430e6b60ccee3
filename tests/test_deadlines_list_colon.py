"""A colon that opens the names of a plural head stays inside the task (newcomer run, session 21).

Material: the real Công điện 232/CĐ-TTg (``realdocs/docs``, as published): "Ủy ban nhân dân các tỉnh: …
khẩn trương gửi Báo cáo về Văn phòng Chính phủ và các Bộ: Tài chính, Nông nghiệp và Môi trường trước 17 giờ
ngày 27/11/2025 …". The task was cut at the last colon and read "Tài chính, Nông nghiệp và Môi trường"; the
expected task is the document's own clause. A lead-in colon ("Dự kiến đầu tháng 10/2025: …") still cuts.
"""

from __future__ import annotations

from vanban.extract import extract

CD = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 232/CĐ-TTg\nHà Nội, ngày 25 tháng 11 năm 2025\n\nCÔNG ĐIỆN\n"
      "Về việc khắc phục hậu quả mưa lũ\n\n"
      "1. Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng chỉ đạo cơ quan chức năng "
      "rà soát, thống kê thiệt hại.\nỦy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia\n"
      "Lai và Lâm Đồng khẩn trương gửi Báo cáo về Văn phòng Chính phủ và các Bộ: Tài chính,\n"
      "Nông nghiệp và Môi trường trước 17 giờ ngày 27/11/2025 để tổng hợp, báo\ncáo Thủ tướng Chính phủ.\n")


def test_the_names_after_a_plural_head_s_colon_stay_in_the_task():
    d = [x for x in extract(CD).deadlines if x.date == "2025-11-27"]
    assert len(d) == 1
    assert d[0].what.startswith("khẩn trương gửi Báo cáo về Văn phòng Chính phủ và các Bộ: Tài chính")

"""A report due at a regular meeting of a month whose name a line wrap cuts (issue #10, facts on the OCR forms): legacy
OCR keeps the page's line breaks, so "báo cáo Chủ tịch UBND tỉnh tại phiên họp thường kỳ tháng 5/2027" comes as "… tại
phiên họp" / "thường kỳ tháng 5/2027 …"; the month is the report's due date as on the clean page, and the obligation of
the body charged carries it (vanban.extract.patterns.REGULAR_MEETING_BEFORE_RE).

The letter is written for this test in the style of a UBND tỉnh's đôn đốc letter.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

_DOC = """ỦY BAN NHÂN DÂN TỈNH THANH HÓA
Số: 2210/UBND-TH
V/v đôn đốc thực hiện nhiệm vụ

Thanh Hóa, ngày 10 tháng 3 năm 2027

Kính gửi: Các sở, ban, ngành tỉnh.

Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:

1. Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc; tổng hợp kết quả thực
hiện các nhiệm vụ, báo cáo Chủ tịch Ủy ban nhân dân tỉnh tại phiên họp
thường kỳ tháng 5/2027; tham mưu đánh giá người đứng đầu cơ quan, đơn vị.

2. Giao Sở Tài chính tổng hợp dự toán bổ sung, trình Ủy ban nhân dân tỉnh trước ngày 15/4/2027.
"""


@pytest.mark.parametrize("text", [_DOC, _DOC.replace("phiên họp\nthường kỳ", "phiên họp thường kỳ")])
def test_the_meeting_month_is_the_reports_due_date(text):
    got = {o.who: (str(o.deadline.latest) if o.deadline else None) for o in extract(text).obligations}
    assert got["Văn phòng Ủy ban nhân dân tỉnh"] == "2027-05-31"

"""An agreement stated in a Thông báo's conclusion, its content read up to a verb inside it ("Các Bộ, cơ quan thống
nhất chỉ có một cơ quan chủ trì", 631/TB-VPCP: the ministries agree there is one lead body) is a conclusion, no
task of the bodies who agree; the task given after it ("; giao … làm đầu mối …") stays. Our own phrasing of the
kind; a newcomer's reading of 631-TB-VPCP (session 26) showed "Các Bộ, cơ quan | chủ trì" as a task."""

from __future__ import annotations

from vanban.extract import extract

DOC = """VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH
Số: 88/TB-VP
Hà Tĩnh, ngày 12 tháng 4 năm 2027

THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về đề án chuyển đổi số

1. Về đầu mối thực hiện đề án: Các sở, ngành thống nhất chỉ có một đơn vị chủ trì thực hiện đề án; giao Sở Khoa học và Công nghệ làm đầu mối, tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/5/2027.
"""


def test_the_agreeing_bodies_get_no_task_and_the_given_task_stays():
    obs = extract(DOC).obligations
    whos = [o.who or "" for o in obs]
    assert not any(w.lower().startswith("các sở, ngành") for w in whos), [(o.who, o.what) for o in obs]
    assert any(w.startswith("Sở Khoa học và Công nghệ") for w in whos), [(o.who, o.what) for o in obs]

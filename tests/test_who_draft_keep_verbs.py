""""dự thảo" with the paper drafted and "quản lý" with its manner are a body's task verbs, not part of its name:
"Chi ủy | dự thảo báo cáo chính trị …", "Các thôn | quản lý chặt chẽ danh sách …" (found by the session-36 newcomer on
plans we wrote in the style of a chi bộ's congress plan and a commune's plan)."""

from vanban.extract import extract

PLAN = """ĐẢNG ỦY XÃ HÒA BÌNH
CHI BỘ THÔN ĐÔNG
Số: 07-KH/CB
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Bình, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Chuẩn bị đại hội chi bộ nhiệm kỳ 2026 - 2028

1. Chi ủy dự thảo kế hoạch tổ chức đại hội, trình chi bộ trước ngày 20 tháng 3 năm 2026.

2. Các tổ đảng quản lý chặt chẽ hồ sơ đảng viên, báo cáo chi ủy trước ngày 10 tháng 4 năm 2026.

T/M CHI BỘ
BÍ THƯ
Trần Văn Bình
"""


def test_draft_and_keep_are_the_task_verbs():
    got = {(o.who, str(o.deadline.date) if o.deadline else None) for o in extract(PLAN).obligations}
    assert ("Chi ủy", "2026-03-20") in got
    assert ("Các tổ đảng", "2026-04-10") in got


def test_a_draft_named_as_a_paper_is_no_verb():
    text = PLAN.replace("1. Chi ủy dự thảo kế hoạch tổ chức đại hội, trình chi bộ", "1. Văn phòng gửi dự thảo kế hoạch tổ chức đại hội đến chi bộ")
    got = {o.who for o in extract(text).obligations}
    assert "Văn phòng" in got


STEERING = PLAN.replace("2. Các tổ đảng quản lý chặt chẽ hồ sơ đảng viên, báo cáo chi ủy trước ngày 10 tháng 4 năm 2026.",
                        "2. Ban Chỉ đạo xây dựng nông thôn mới xã kiểm tra các thôn, báo cáo trước ngày 10 tháng 4 năm 2026.\n\n"
                        "3. Ban Chỉ đạo thực hiện rà soát hộ nghèo, báo cáo trước ngày 25 tháng 4 năm 2026.")


def test_a_steering_committee_is_named_by_the_work_it_steers():
    got = {(o.who, str(o.deadline.date) if o.deadline else None) for o in extract(STEERING).obligations}
    assert ("Ban Chỉ đạo xây dựng nông thôn mới xã", "2026-04-10") in got
    # (no place word before a second verb: the committee's own task)
    assert ("Ban Chỉ đạo", "2026-04-25") in got


def test_keeping_people_or_lists_is_the_task_verb():
    from vanban.extract.subjects import actor
    assert actor("Các tổ dân phố quản lý danh sách người lao động đi làm ăn xa.")[0] == "Các tổ dân phố"
    assert actor("Trường Tiểu học Hòa Bình quản lý học sinh trong thời gian nghỉ Tết.")[0] == "Trường Tiểu học Hòa Bình"
    # (a unit named by what it keeps keeps its name)
    assert actor("Phòng Quản lý học sinh tổ chức họp phụ huynh.")[0] == "Phòng Quản lý học sinh"

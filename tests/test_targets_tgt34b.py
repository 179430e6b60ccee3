"""Targets of a recruitment quota per post with the body's column before it, a rate per unit printed at two days, a
pass mark before the next round, none of a class of incidents, a place named "Đà …" inside a quoted model, a cap's
breach said again as a case, and a training plan's course table with its planned counts (tgt34b).

The documents are written for these tests in the wording of those kinds; the expected values are what a careful
reader takes from them: the quotas and the planned counts as exact targets, the column of an earlier day as where the
units stand (no target), "vòng 2" as the round's number ("trong vòng 24 giờ" still a time limit), "Không để xảy ra …
từ N người mắc trở lên" as none of those incidents (0 vụ), "Đà Nẵng" as no "đã", "trường hợp … từ 02 vị trí trở lên"
after "chỉ được … 01 vị trí" as the cap's breach (no floor), and a table of units' present counts as no plan.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.dated_twins import present_twins

_HEAD = """ỦY BAN NHÂN DÂN TỈNH {place}
{body}
Số: 215/{kind}
{place_title}, ngày 10 tháng 11 năm 2029
{title}

"""


def _targets(text: str) -> list[tuple[float | None, float | None, str | None]]:
    return [(t.min, t.max, t.unit) for t in extract(text).targets]


_RECRUIT = _HEAD.format(place="NGHỆ AN", body="", kind="TB-UBND", place_title="Nghệ An",
                        title="THÔNG BÁO\nTuyển dụng công chức năm 2029") + """I. CHỈ TIÊU TUYỂN DỤNG

Tổng chỉ tiêu tuyển dụng: 17 chỉ tiêu. Chỉ tiêu cụ thể như sau:

STT

Vị trí việc làm

Cơ quan, địa bàn tuyển dụng

Số chỉ tiêu

Trình độ, chuyên ngành


1

Chuyên viên quản lý giáo dục

Sở Giáo dục và Đào tạo

09

Đại học trở lên, chuyên ngành Quản lý giáo dục


2

Chuyên viên về tư pháp

UBND các xã, phường

08

Đại học trở lên, chuyên ngành Luật

II. HÌNH THỨC THI

1. Vòng 1: thi trắc nghiệm trên máy tính. Người dự thi trả lời đúng từ 50% số câu hỏi trở lên thì được thi vòng 2.

2. Vòng 2: thi viết, thời gian 120 phút.
"""


def test_quota_per_post_after_the_body_column():
    got = _targets(_RECRUIT)
    assert (9.0, 9.0, "chỉ tiêu") in got
    assert (8.0, 8.0, "chỉ tiêu") in got


def test_pass_mark_before_the_next_round():
    assert (50.0, None, "%") in _targets(_RECRUIT)


_SORTING = _HEAD.format(place="QUẢNG NAM", body="", kind="KH-UBND", place_title="Hội An",
                        title="KẾ HOẠCH\nPhân loại rác tại nguồn năm 2029") + """I. CHỈ TIÊU

1. Chỉ tiêu theo từng tổ dân phố


STT

Tổ dân phố

Số hộ

Tỷ lệ hộ phân loại đến 31/5/2029 (%)

Tỷ lệ hộ phân loại đến cuối năm 2029 (%)


1

Tổ dân phố 1

240

41,7

75


2

Tổ dân phố 2

310

62,3

85


Cộng

550

53,5

80,6


2. Đề nghị Hội Liên hiệp Phụ nữ phường nhân rộng mô hình "Nói không với túi ni lông - vì Đà Nẵng xanh" ở 100% chi hội.
"""


def test_rate_at_an_earlier_day_is_where_units_stand():
    got = _targets(_SORTING)
    assert (75.0, 75.0, "%") in got and (85.0, 85.0, "%") in got
    assert (41.7, 41.7, "%") not in got and (62.3, 62.3, "%") not in got and (53.5, 53.5, "%") not in got


def test_place_named_da_is_no_past():
    assert (100.0, 100.0, "%") in _targets(_SORTING)


def test_present_twins_by_day():
    head = ("STT", "Thôn", "Tỷ lệ che phủ đến tháng 6/2029 (%)", "Tỷ lệ che phủ đến năm 2030 (%)")
    assert present_twins(head) == {2}
    assert present_twins(("STT", "Thôn", "Tỷ lệ hộ phân loại đến 31/12/2029 (%)")) == set()


def test_no_incident_of_a_class():
    text = _HEAD.format(place="NINH THUẬN", body="BAN CHỈ ĐẠO LIÊN NGÀNH", kind="KH-BCĐ", place_title="Phan Rang",
                        title="KẾ HOẠCH\nBảo đảm an toàn thực phẩm Tết") + """I. CHỈ TIÊU

- Không để xảy ra ngộ độc thực phẩm từ 50 người mắc trở lên tại các lễ hội.
"""
    assert (0.0, 0.0, "vụ") in _targets(text)


def test_within_hours_across_a_line_break_stays_a_limit():
    text = _HEAD.format(place="NINH THUẬN", body="", kind="CĐ-UBND", place_title="Phan Rang",
                        title="CÔNG ĐIỆN\nPhòng, chống dịch cúm gia cầm") + """1. Ủy ban nhân dân các xã tổ chức tiêu hủy gia cầm bệnh trong
vòng 24 giờ kể từ khi phát hiện.
"""
    assert (None, 24.0, "giờ") in _targets(text)


def test_breach_of_a_cap_is_no_floor():
    text = _HEAD.format(place="NGHỆ AN", body="", kind="TB-UBND", place_title="Nghệ An",
                        title="THÔNG BÁO\nTuyển dụng viên chức năm 2029") + """II. ĐĂNG KÝ DỰ TUYỂN

Mỗi thí sinh chỉ được nộp hồ sơ dự tuyển vào 01 vị trí việc làm; trường hợp nộp hồ sơ từ 02 vị trí trở lên sẽ bị
loại khỏi danh sách.
"""
    got = _targets(text)
    assert any(lo is None and hi == 1.0 and (u or "").startswith("vị trí") for lo, hi, u in got)
    assert not any(lo == 2.0 for lo, _, _ in got)


# (count_columns) a task table's column of planned counts: a training plan's "Số lượng học viên" per course
_COURSES = _HEAD.format(place="HÀ TĨNH", body="SỞ NỘI VỤ", kind="KH-SNV", place_title="Hà Tĩnh",
                        title="KẾ HOẠCH\nBồi dưỡng cán bộ, công chức năm 2030") + """I. MỤC ĐÍCH

Nâng cao năng lực của đội ngũ cán bộ, công chức.

II. CÁC LỚP BỒI DƯỠNG

Các lớp do Sở Nội vụ và các sở, ngành mở trong năm 2030:


TT

Nội dung

Đối tượng

Số lượng học viên

Thời gian

Đơn vị chủ trì


1

Bồi dưỡng nghiệp vụ văn thư, lưu trữ

Công chức văn phòng cấp xã

410

Quý I/2030

Sở Nội vụ


2

Bồi dưỡng kỹ năng soạn thảo văn bản

Chuyên viên các sở, ngành

95

Tháng 5/2030

Văn phòng UBND tỉnh


III. TỔ CHỨC THỰC HIỆN

Sở Nội vụ chủ trì, theo dõi việc thực hiện Kế hoạch.
"""


def test_course_table_counts_are_targets():
    got = _targets(_COURSES)
    assert (410.0, 410.0, "học viên") in got
    assert (95.0, 95.0, "học viên") in got


def test_count_column_needs_a_task_table():
    # a table of the units' present counts (no task, body or time column) is no plan
    text = _HEAD.format(place="HÀ TĨNH", body="SỞ NỘI VỤ", kind="BC-SNV", place_title="Hà Tĩnh",
                        title="BÁO CÁO\nSố lượng công chức năm 2029") + """I. SỐ LIỆU

Số liệu như sau:


TT

Đơn vị

Số lượng công chức


1

Sở Tài chính

52


2

Sở Xây dựng

47
"""
    assert (52.0, 52.0, "công chức") not in _targets(text)

"""A Thông báo tuyển dụng (session 34): its quota table names where the posts are, not bodies charged; a board set up
for the year's round keeps the year in its name; the press "đăng tải Thông báo … trên báo in" is a task.

The table "STT | Vị trí việc làm | Cơ quan, địa bàn tuyển dụng | Số chỉ tiêu | …" gave one obligation per row (each Sở,
"UBND các xã, phường" four times), though it only says how many posts each unit fills; "1. Hội đồng xét tuyển viên
chức năm 2029" over its dash tasks was no body because of the year's digits; "Báo … đăng tải Thông báo … trên báo in"
was no task because "đăng tải" counted only before "trên trang / cổng / hệ thống".
"""

from __future__ import annotations

from vanban.extract import extract

DOC = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 15/TB-UBND
Hà Giang, ngày 10 tháng 3 năm 2029
THÔNG BÁO
Tuyển dụng viên chức năm 2029

I. CHỈ TIÊU TUYỂN DỤNG

Tổng chỉ tiêu: 20 chỉ tiêu, cụ thể như sau:

| STT | Vị trí việc làm | Cơ quan, đơn vị tuyển dụng | Số chỉ tiêu | Trình độ |
|---|---|---|---|---|
| 1 | Giáo viên tiểu học | Sở Giáo dục và Đào tạo | 12 | Đại học sư phạm |
| 2 | Điều dưỡng | Sở Y tế | 08 | Cao đẳng trở lên |

II. TỔ CHỨC THỰC HIỆN

1. Hội đồng xét tuyển viên chức năm 2029

- Thành lập các ban giúp việc; tổ chức xét tuyển theo quy chế.

- Niêm yết danh sách thí sinh đủ điều kiện trước ngày 15/4/2029.

2. Ban giám sát kỳ xét tuyển giám sát việc thực hiện quy chế.

3. Báo và Phát thanh, Truyền hình Hà Giang đăng tải Thông báo ít nhất 02 lần trên báo in và báo điện tử.

4. Trung tâm Y tế tỉnh bảo đảm y tế tại điểm thi.

Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
"""


def test_a_recruitment_notice_charges_the_bodies_of_its_closing_part_only():
    got = [(o.who, o.deadline.date if o.deadline else None) for o in extract(DOC).obligations]
    assert got == [
        ("Hội đồng xét tuyển viên chức năm 2029", "2029-04-15"),
        ("Ban giám sát kỳ xét tuyển", None),
        ("Báo và Phát thanh, Truyền hình Hà Giang", None),
        ("Trung tâm Y tế tỉnh", None),
    ]

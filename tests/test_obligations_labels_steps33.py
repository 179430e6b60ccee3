"""Plans whose items name a team or a step before a colon, a drill's day programme, and who takes part (session 33).

"b) Nhóm kiểm tra chuyên đề: Sở Y tế, Sở Công Thương tổ chức kiểm tra … từ ngày … đến ngày …" charged the team (the
label) while the bodies after its colon run it; "Bước 2. Thẩm định phương án từng cơ sở: Sở Tài chính chủ trì, hoàn
thành …" and "Bước 1. Rà soát hồ sơ …: các cơ quan, đơn vị … hoàn thành …" named no body (the facility's "cơ sở:" read as
a list of Sở's; the bodies after the colon in lower case); "UBND xã in và cấp phát phiếu …" and "Các thôn trang trí hội
trường …" were whole sentences as the body; "- Ngày thứ nhất: Đảng ủy họp …; UBND xã triển khai …" of a drill's
scenario and "II. THÀNH PHẦN, LỰC LƯỢNG THAM GIA" were read as assignments; a "3. Hình thức" that says how a review is
held repeated the timetable's bodies; a row's "Người có nghĩa vụ kê khai" (persons) was a body.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = """ỦY BAN NHÂN DÂN
TỈNH BÌNH PHƯỚC
Số: 77/KH-UBND
Bình Phước, ngày 02 tháng 3 năm 2029
KẾ HOẠCH
Kiểm tra chất lượng hàng hóa dịp cuối năm 2029
"""
TAIL = """Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Lâm
"""


def _got(text):
    return [(o.who, (o.deadline.date or o.deadline.latest) if o.deadline else None) for o in extract(text).obligations]


TEAMS = HEAD + """II. NỘI DUNG
1. Kiểm tra
a) Nhóm kiểm tra chuyên đề: Sở Y tế, Sở Công Thương tổ chức kiểm tra các cơ sở theo lĩnh vực quản lý từ ngày 05/4/2029 đến ngày 30/4/2029.

b) Tổ kiểm tra cơ sở: UBND các xã, phường thành lập tổ kiểm tra, hoạt động từ ngày 10/4/2029 đến ngày 20/5/2029.
""" + TAIL


def test_the_bodies_after_a_teams_label_are_charged():
    assert _got(TEAMS) == [
        ("Sở Y tế, Sở Công Thương", "2029-04-30"),
        ("UBND các xã, phường", "2029-05-20"),
    ]


STEPS = HEAD + """III. CÁC BƯỚC THỰC HIỆN
Bước 1. Rà soát hồ sơ pháp lý các kho hàng: các cơ quan, đơn vị đang quản lý kho hàng hoàn thành trước ngày 15/4/2029.

Bước 2. Thẩm định phương án sắp xếp từng cơ sở: Sở Tài chính chủ trì, hoàn thành chậm nhất ngày 30/5/2029.
""" + TAIL


def test_a_steps_bodies_after_its_task_and_colon():
    assert _got(STEPS) == [
        ("các cơ quan, đơn vị đang quản lý kho hàng", "2029-04-15"),
        ("Sở Tài chính", "2029-05-30"),
    ]


VOTE = """ỦY BAN NHÂN DÂN
XÃ AN PHÚ
Số: 40/KH-UBND
An Phú, ngày 10 tháng 7 năm 2029
KẾ HOẠCH
Tổ chức bầu Tổ trưởng tổ dân cư năm 2029
III. CÁC BƯỚC TIẾN HÀNH
1. Chuẩn bị
UBND xã in và cấp phát phiếu bầu, thẻ cử tri cho các tổ dân cư hoàn thành trước ngày 10/8/2029. Các thôn trang trí hội trường, bố trí hòm phiếu xong trước ngày 14/8/2029.

2. Danh sách cử tri
Tổ bầu cử lập và niêm yết danh sách cử tri tại nhà văn hóa chậm nhất ngày 05/8/2029.
""" + TAIL


def test_a_timetables_bodies_end_at_their_verb():
    assert _got(VOTE) == [
        ("UBND xã", "2029-08-10"),
        ("Các thôn", "2029-08-14"),
        ("Tổ bầu cử", "2029-08-05"),
    ]


DRILL = """ĐẢNG BỘ TỈNH LẠNG SƠN
ĐẢNG ỦY XÃ TÂN MINH
Số: 22-KH/ĐU
Tân Minh, ngày 05 tháng 6 năm 2029
KẾ HOẠCH
Diễn tập khu vực phòng thủ xã năm 2029
II. THÀNH PHẦN, LỰC LƯỢNG THAM GIA
1. Lực lượng thực binh (tổng số 120 người):
- Dân quân: 60 đồng chí;
- Công an xã: 10 đồng chí.
2. Lực lượng phối hợp: Đồn Biên phòng 01 tổ công tác.
III. NỘI DUNG
1. Giai đoạn thực hành (ngày 10/9/2029)
- Ngày thứ nhất: Đảng ủy họp ra nghị quyết chuyển địa phương vào trạng thái khẩn cấp; UBND xã triển khai các biện pháp sơ tán dân; Công an xã xử lý tình huống an ninh.
IV. TỔ CHỨC THỰC HIỆN
1. Ban Chỉ huy Quân sự xã
Chủ trì xây dựng văn kiện diễn tập, hoàn thành trước ngày 20/8/2029.
""" + TAIL


def test_a_drills_forces_and_its_days_programme_assign_nothing():
    assert _got(DRILL) == [("Ban Chỉ huy Quân sự xã", "2029-08-20")]


REVIEW = """ĐẢNG BỘ TỈNH HÀ NAM
ĐẢNG ỦY PHƯỜNG LÊ HỒNG PHONG
Số: 30-KH/ĐU
Lê Hồng Phong, ngày 01 tháng 8 năm 2029
KẾ HOẠCH
Sơ kết 3 năm thực hiện Chỉ thị số 12-CT/TU
II. NỘI DUNG, HÌNH THỨC
1. Nội dung: Theo Đề cương kèm theo.
2. Hình thức
- Các chi bộ trực thuộc sơ kết trong kỳ sinh hoạt chi bộ thường kỳ.
III. THỜI GIAN
- Các chi bộ trực thuộc gửi báo cáo sơ kết về Đảng ủy phường trước ngày 15/9/2029.
""" + TAIL


def test_how_a_review_is_held_repeats_no_body():
    assert _got(REVIEW) == [("Các chi bộ trực thuộc", "2029-09-15")]


DECLARE = HEAD.replace("Kiểm tra chất lượng hàng hóa dịp cuối năm 2029", "Kê khai tài sản, thu nhập năm 2029") + """II. NỘI DUNG
| STT | Nội dung | Đơn vị thực hiện | Thời gian |
| 1 | Lập danh sách người phải kê khai | Văn phòng các sở, ngành | Trước ngày 15/11/2029 |
| 2 | Kê khai và nộp bản kê khai cho cơ quan quản lý | Người có nghĩa vụ kê khai | Trước ngày 31/12/2029 |
""" + TAIL


def test_declarants_are_persons_not_bodies():
    assert [w for w, _ in _got(DECLARE)] == ["Văn phòng các sở, ngành"]

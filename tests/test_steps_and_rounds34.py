"""A ward's and a province's plans (session 34): a step opening with its basis in lower case, the first round of a
monthly day, and a column head with its cut-off "đến cuối năm".

"Bước 2. Đề xuất cách xử lý: trên cơ sở danh sách các điểm kèm theo, các cơ quan, đơn vị … đề xuất …" named no
body (the basis clause was read only capitalised and closing on "này / trên / đó"); "… vào Chủ nhật tuần thứ hai của
mỗi tháng …; lần ra quân đầu tiên vào ngày 12/5/2029" gave the first day a second, one-off deadline; "Tỷ lệ hộ tham
gia đến cuối năm 2029 (%)" heading a table's column was read as a due year.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = """ỦY BAN NHÂN DÂN
PHƯỜNG NAM SƠN
Số: 52/KH-UBND
Nam Sơn, ngày 20 tháng 4 năm 2029
KẾ HOẠCH
Giữ gìn vệ sinh môi trường năm 2029
"""
TAIL = """Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Cường
"""

STEPS = HEAD + """II. CÁC BƯỚC THỰC HIỆN

Bước 1. Rà soát: các tổ dân phố rà soát các điểm tập kết rác, gửi UBND phường trước ngày 10/5/2029.

Bước 2. Đề xuất cách xử lý: trên cơ sở danh sách các điểm kèm theo, các cơ quan, đơn vị, địa phương đề xuất
biện pháp cho từng điểm, gửi UBND phường chậm nhất ngày 25/5/2029.

""" + TAIL


def test_a_steps_basis_clause_in_lower_case_leaves_the_body():
    got = [(o.who, o.deadline.date if o.deadline else None) for o in extract(STEPS).obligations]
    assert got == [("các tổ dân phố", "2029-05-10"), ("các cơ quan, đơn vị, địa phương", "2029-05-25")]


ROUND = HEAD + """II. NHIỆM VỤ

1. Hằng tháng: tổ chức "Ngày thứ Bảy sạch" vào thứ Bảy tuần thứ hai của mỗi tháng, ra quân dọn vệ sinh các tuyến
phố; lần ra quân đầu tiên vào ngày 12/5/2029.

""" + TAIL


def test_the_first_round_of_a_monthly_day_is_that_deadline():
    got = [(d.date, d.recurrence) for d in extract(ROUND).deadlines]
    assert got == [("2029-05-12", "FREQ=MONTHLY;BYDAY=2SA")]


COLUMN = HEAD + """I. CHỈ TIÊU

| STT | Tổ dân phố | Số hộ | Tỷ lệ hộ tham gia đến cuối năm 2029 (%) |
|---|---|---|---|
| 1 | Tổ 1 | 210 | 80 |
| 2 | Tổ 2 | 185 | 85 |

""" + TAIL


def test_a_column_heads_cut_off_is_no_due_year():
    assert extract(COLUMN).deadlines == ()


BESIDES = HEAD + """II. NỘI DUNG

1. Mở 02 lớp tập huấn phân loại rác cho tổ trưởng tổ dân phố.

Ngoài các lớp nêu trên, các tổ dân phố tiếp tục tuyên truyền phân loại rác tại các buổi sinh hoạt khu dân cư.

""" + TAIL


def test_a_clause_of_what_the_task_adds_to_leaves_the_body():
    # "Ngoài các lớp nêu trên, …" said first: the body after its comma is charged
    got = [o.who for o in extract(BESIDES).obligations]
    assert got == ["các tổ dân phố"]


RHYTHM = HEAD + """III. NHỊP ĐỘ THỰC HIỆN

1. Hằng tuần: chiều thứ Sáu, các tổ dân phố tổ chức quét dọn ngõ xóm, khơi thông cống rãnh.

""" + TAIL


def test_a_weekly_rhythms_day_opening_the_sentence_leaves_the_body():
    # "Hằng tuần: chiều thứ Sáu, …": the rhythm and its day said first, the body after the comma
    got = [(o.who, o.deadline) for o in extract(RHYTHM).obligations]
    assert got == [("các tổ dân phố", None)]

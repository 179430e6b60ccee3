"""Session 39 (obl39b): obligations of the kinds of tune38 — a product list's "Chủ thể" column, an inspection calendar
and a team's composition, the Mặt trận's block naming one mass organisation, a few more task verbs, a border post, a
closing formula with its manner words, and a board's own officer.

Why: the labels README charges "a table row with its Đơn vị chủ trì"; a column naming the producer that must finish
the row's product is the row's actor as much (both tune38 authors: a row with a chủ thể is one obligation, a table with
no actor column is none). An inspection calendar (checked body, date, team) and the list of a team's members set no
task (the team's duties are its Tổ chức thực hiện block). The documents below are written for these tests.
"""

from __future__ import annotations

from conftest import doc_head, signature

from vanban.extract import extract


def _pairs(text):
    return [(o.who, o.deadline and (o.deadline.date or o.deadline.latest)) for o in extract(text).obligations]


def _whos(text):
    return [o.who for o in extract(text).obligations]


def _head(title: str) -> str:
    return doc_head(issuer="XÃ PHÚ LỘC", number=51, date=(2, 6, 2031), title=title)


_SIGN = signature("Trần Văn Bình", recipients=("Lưu: VT",))

# --- a product list whose "Chủ thể" column names each row's producer ---------------------------------------------------

_PRODUCTS = _head(title="Phát triển sản phẩm đặc sản của xã năm 2031") + """II. SẢN PHẨM ĐĂNG KÝ NĂM 2031

| TT | Chủ thể | Tên sản phẩm | Thôn | Hạng sao đăng ký | Thời hạn nộp hồ sơ |
| --- | --- | --- | --- | --- | --- |
| 1 | Hợp tác xã Rau sạch Đồng Xanh | Rau cải ngọt sấy | Thôn Đông | 3 sao | Trước ngày 20/8/2031 |
| 2 | Cơ sở sản xuất bánh đa Hữu Nghĩa | Bánh đa vừng | Thôn Tây | 3 sao | Trước ngày 10/9/2031 |

III. TỔ CHỨC THỰC HIỆN

1. Phòng Kinh tế

Hướng dẫn các chủ thể hoàn thiện hồ sơ, tổng hợp gửi UBND xã trước ngày 30/9/2031.
""" + _SIGN


def test_a_producer_column_charges_each_row_with_its_own_date():
    pairs = _pairs(_PRODUCTS)
    assert ("Hợp tác xã Rau sạch Đồng Xanh", "2031-08-20") in pairs
    assert ("Cơ sở sản xuất bánh đa Hữu Nghĩa", "2031-09-10") in pairs
    assert ("Phòng Kinh tế", "2031-09-30") in pairs


# --- an inspection calendar and the team's members: no obligation of the teams -----------------------------------------

_CHECKS = """ĐẢNG ỦY XÃ TÂN HÒA
ỦY BAN KIỂM TRA
Số: 07-KH/UBKT
Tân Hòa, ngày 05 tháng 8 năm 2031

KẾ HOẠCH
Kiểm tra việc thu, nộp đảng phí năm 2031

III. THÀNH PHẦN ĐOÀN KIỂM TRA

- Đoàn kiểm tra số 1: đồng chí Nguyễn Văn Hải, Phó Chủ nhiệm, làm Trưởng đoàn; 02 đồng chí ủy viên làm thành viên; phụ trách các chi bộ thôn.

- Đoàn kiểm tra số 2: đồng chí Lê Thị Mai, Ủy viên, làm Trưởng đoàn; phụ trách các chi bộ cơ quan, trường học.

IV. LỊCH KIỂM TRA

| TT | Chi bộ được kiểm tra | Số đảng viên | Ngày kiểm tra | Đoàn kiểm tra |
| --- | --- | --- | --- | --- |
| 1 | Chi bộ thôn Bắc | 25 | 10/9 - 11/9/2031 | Đoàn số 1 |
| 2 | Chi bộ Trường Tiểu học | 14 | 12/9 - 13/9/2031 | Đoàn số 2 |

V. TỔ CHỨC THỰC HIỆN

1. Các Đoàn kiểm tra

Tiến hành kiểm tra theo lịch tại Mục IV; báo cáo kết quả với Ủy ban Kiểm tra trước ngày 30/9/2031.

Nơi nhận:
- Lưu: VT.
T/M ỦY BAN KIỂM TRA
CHỦ NHIỆM
Phạm Văn Long
"""


def test_an_inspection_calendar_and_the_team_list_charge_no_team():
    whos = _whos(_CHECKS)
    assert "Các Đoàn kiểm tra" in whos
    assert not [w for w in whos if w.startswith(("Đoàn số", "Đoàn kiểm tra số"))]


# --- the Mặt trận's block naming one mass organisation with a task of its own ------------------------------------------

_FRONT = _head(title="Phòng, chống dịch bệnh mùa mưa năm 2031") + """IV. TỔ CHỨC THỰC HIỆN

1. Trạm Y tế xã

Giám sát ca bệnh, báo cáo UBND xã trước ngày 15/7/2031.

2. Đề nghị Ủy ban Mặt trận Tổ quốc xã

Chỉ đạo các tổ chức chính trị - xã hội xã vận động hội viên tham gia vệ sinh môi trường; Đoàn Thanh niên xã lập đội thanh niên xung kích phun thuốc tại các thôn có ca bệnh; Hội Cựu chiến binh xã phối hợp tuyên truyền tại khu dân cư.
""" + _SIGN


def test_the_front_s_block_gives_a_named_mass_organisation_its_own_entry():
    whos = _whos(_FRONT)
    assert "Ủy ban Mặt trận Tổ quốc xã" in whos
    assert "Đoàn Thanh niên xã" in whos
    assert "Hội Cựu chiến binh xã" not in whos  # a partner's clause stays the front's


# --- body sections: verbs a school's or unit's measures open with; a lead before the body ------------------------------

_MEASURES = _head(title="Phòng, chống đuối nước trẻ em năm 2031") + """II. NHIỆM VỤ, GIẢI PHÁP

1. Trong trường học

Các trường trên địa bàn xã tích hợp kỹ năng phòng tránh đuối nước vào giờ sinh hoạt lớp, hoàn thành trước ngày 15/10/2031.

2. Tại cơ quan

Thủ trưởng các cơ quan, đơn vị trên địa bàn xã đưa quy định về an toàn khi đi bơi vào nội quy đơn vị.

3. Giám sát

Sau mỗi tháng, Trạm Y tế xã chọn ngẫu nhiên 20 hộ có trẻ nhỏ để kiểm tra việc che đậy bể nước.
""" + _SIGN


def test_measure_verbs_open_the_task_after_the_body():
    pairs = _pairs(_MEASURES)
    assert ("Các trường trên địa bàn xã", "2031-10-15") in pairs
    assert ("Thủ trưởng các cơ quan, đơn vị trên địa bàn xã", None) in pairs
    assert ("Trạm Y tế xã", None) in pairs


# --- a border post's request heading; the closing formula with its manner words ----------------------------------------

_BORDER = _head(title="Phòng, chống buôn lậu qua biên giới năm 2031") + """IV. TỔ CHỨC THỰC HIỆN

1. Công an xã

Chủ trì nắm tình hình, báo cáo UBND xã trước ngày 20/12/2031.

2. Đồn Biên phòng Nậm Cắn (đề nghị)

Phối hợp với Công an xã tuần tra các đường mòn; trao đổi thông tin về đối tượng nghi vấn.

Yêu cầu các cơ quan, đơn vị, bản triển khai thực hiện đầy đủ, kịp thời; quá trình triển khai nếu có khó khăn kịp thời báo cáo UBND xã./.
""" + _SIGN


def test_a_border_post_heading_is_a_body_and_the_closing_formula_none():
    whos = _whos(_BORDER)
    assert "Đồn Biên phòng Nậm Cắn" in whos
    assert not [w for w in whos if w.lower().startswith("các cơ quan")]


# --- a board assigning one of its officers ------------------------------------------------------------------------------

_BOARD = """HỘI LHPN XÃ HÒA AN
Số: 12/KH-HPN
Hòa An, ngày 01 tháng 9 năm 2031

KẾ HOẠCH
Hạn chế túi ni lông năm 2031

IV. TỔ CHỨC THỰC HIỆN

1. Ban Thường vụ Hội LHPN xã

- Phân công đồng chí Phó Chủ tịch Hội theo dõi, đôn đốc các chi hội thực hiện Kế hoạch.

- Tổng hợp, báo cáo Hội LHPN tỉnh trước ngày 10/12/2031.

Nơi nhận:
- Lưu: VT.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Đỗ Thị Hoa
"""


def test_a_board_s_own_officer_is_no_obligation():
    whos = _whos(_BOARD)
    assert "Ban Thường vụ Hội LHPN xã" in whos
    assert not [w for w in whos if "Phó Chủ tịch" in w]

"""Two task tables as legacy OCR prints them, a cell a line (vanban.structure.stacked):

* a plan for surplus premises whose Phụ lục lists "STT | Tên cơ sở | Địa chỉ | Phương án xử lý | Đơn vị thực hiện |
  Thời hạn": Tesseract reads the header's names on consecutive lines, so only the column words hold the header; the
  address and handling columns ("Địa chỉ", "Phương án xử lý") are column words, or the header ends at "Tên cơ sở"
  and every row's body and date are lost;
* an inspection plan's team table "Đoàn | Đơn vị chủ trì | Đơn vị phối hợp | Địa bàn | Thời gian kiểm tra" whose
  rows are one blank line apart as its cells are, and where OCR glued a row's first cells into one paragraph
  ("Đoàn số 02" / "Sở Xây dựng" / "Công an tỉnh, Sở Tài chính"): the row is split back where its lines open a
  cell, so each team's lead body keeps its window's end.

Both documents are written for this test in the style of a provincial UBND's plans (the names and dates invented).
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text

_PREMISES = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số 412/KH-UBND
Hà Tĩnh, ngày 03 tháng 11 năm 2027
KẾ HOẠCH
Sắp xếp lại, xử lý trụ sở dôi dư sau hợp nhất
Các cơ quan, địa phương thực hiện phương án tại Phụ lục kèm theo.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Hải
PHỤ LỤC
DANH MỤC TRỤ SỞ DÔI DƯ
STT
Tên cơ sở
Địa chỉ
Phương án xử lý
Đơn vị thực hiện

Thời hạn

1

Trụ sở cũ Chi cục Kiểm lâm tỉnh
Số 8 đường Hà Huy Tập, phường Thành Sen

Chuyển giao cho Bảo tàng tỉnh làm kho hiện vật

Sở Văn hóa, Thể thao và Du lịch

Quý 1/2028

2

Trụ sở UBND xã Thạch Long cũ

Xã Thạch Hà

Chuyển đổi công năng làm trạm y tế
UBND xã Thạch Hà

Trước 31/3/2028

3

Nhà làm việc Đội quản lý thị trường số 4 cũ
Phường Hồng Lĩnh

Bán đấu giá tài sản trên đất
Sở Tài chính

Tháng 6/2028
"""

_TEAMS = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số 415/KH-UBND
Hà Tĩnh, ngày 10 tháng 11 năm 2027
KẾ HOẠCH
Kiểm tra liên ngành về trật tự xây dựng cuối năm 2027
1. Ủy ban nhân dân tỉnh thành lập các đoàn kiểm tra liên ngành như sau:

Đoàn

Đơn vị chủ trì

Đơn vị phối hợp

Địa bàn, đối tượng

Thời gian kiểm tra

Đoàn số 01

Sở Xây dựng

Công an tỉnh, Sở Tài chính

Công trình nhà ở riêng lẻ tại các phường phía Bắc
tỉnh

Từ ngày 01/12/2027 đến ngày 20/12/2027

Đoàn số 02
Sở Nông nghiệp và Môi trường
Công an tỉnh, Sở Xây dựng

Khu dân cư mới, dự án phân lô tại các xã ven biển của
tỉnh

Từ ngày 05/12/2027 đến ngày 25/12/2027

Đoàn số 03
Thanh tra tỉnh
Sở Xây dựng, Sở Nông nghiệp và Môi trường

Các dự án chậm tiến độ trên địa bàn tỉnh

Từ ngày 10/12/2027 đến ngày 30/12/2027

2. Các đoàn báo cáo kết quả về Sở Xây dựng.
"""


def _duties(doc):
    return {(o.who, str(o.deadline.latest) if o.deadline else None) for o in extract(doc).obligations}


def test_address_and_handling_columns_hold_the_header_on_consecutive_lines():
    (t,) = [t for t in structure_of_text(_PREMISES).tables if t.role == "data"]
    rows = [[c.text for c in r] for r in t.rows]
    assert rows[0] == ["STT", "Tên cơ sở", "Địa chỉ", "Phương án xử lý", "Đơn vị thực hiện", "Thời hạn"]
    assert [r[4] for r in rows[1:]] == ["Sở Văn hóa, Thể thao và Du lịch", "UBND xã Thạch Hà", "Sở Tài chính"]


def test_each_premises_body_keeps_its_date():
    got = _duties(_PREMISES)
    assert ("Sở Văn hóa, Thể thao và Du lịch", "2028-03-31") in got
    assert ("UBND xã Thạch Hà", "2028-03-31") in got
    assert ("Sở Tài chính", "2028-06-30") in got


def test_glued_team_cells_split_back_into_their_columns():
    (t,) = [t for t in structure_of_text(_TEAMS).tables if t.role == "data"]
    rows = [[c.text for c in r] for r in t.rows]
    assert [r[1] for r in rows[1:]] == ["Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "Thanh tra tỉnh"]
    assert [r[2] for r in rows[1:]] == ["Công an tỉnh, Sở Tài chính", "Công an tỉnh, Sở Xây dựng",
                                         "Sở Xây dựng, Sở Nông nghiệp và Môi trường"]


def test_each_team_lead_keeps_its_window_end():
    got = _duties(_TEAMS)
    assert ("Sở Nông nghiệp và Môi trường", "2027-12-25") in got
    assert ("Thanh tra tỉnh", "2027-12-30") in got

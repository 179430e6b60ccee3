"""A legacy table's rows end at the sentence closing its part, the next numbered item under it (ocr37).

Inputs written for these tests in the wording of a ward's or a commune's plan, laid out as Tesseract reads a rendered
page: the last row's cells glued, the header's blank lines lost.
"""

from vanban.extract import extract
from vanban.structure import structure_of_text

_HEAD = "KẾ HOẠCH\nTổ chức lấy ý kiến cử tri năm 2031\n\n"

# a numbered table whose header's blank lines were lost (so its rows are read by the cells' rhythm), the last row's
# task and form glued, then the sentence closing the part and the next numbered item naming a body
_TABLE_THEN_ITEM = _HEAD + """I. NỘI DUNG

1. Các nội dung đưa ra lấy ý kiến

TT
Nội dung lấy ý kiến
Hình thức

Thời gian

1

Phương án nâng cấp tuyến đường liên tổ dân phố 3 và tổ dân phố 4
Họp tổ dân phố, phiếu lấy ý kiến

Từ ngày 10/3 đến ngày 10/4/2031

2

Quy ước của các tổ dân phố sửa đổi, bổ sung năm 2031
Niêm yết công khai, hòm thư góp ý

Trong tháng 5/2031

3

Phương án đặt tên đường, tên công trình công cộng mới
Phát phiếu lấy ý kiến hộ gia đình

Trong tháng 9/2031

Phương án được thông qua khi có trên 50% số hộ gia đình
trong tổ dân phố đồng ý, kết quả được niêm yết công khai tại nhà văn hóa.

2. Tổ giám sát cộng đồng của phường

Tổ giám sát cộng đồng của phường xây dựng

chương trình giám sát năm 2031, trình Ủy ban nhân dân phường thông qua

trước ngày 31/3/2031; giám sát việc lấy ý kiến tại các tổ dân phố.

II. TỔ CHỨC THỰC HIỆN

1. Văn phòng Ủy ban nhân dân phường

Chủ trì theo dõi, tổng hợp kết quả thực hiện Kế hoạch.
"""


def test_table_ends_at_closing_sentence_before_next_item():
    tables = structure_of_text(_TABLE_THEN_ITEM).tables
    assert len(tables) == 1
    rows = tables[0].rows[1:]
    assert [r[0].text for r in rows] == ["1", "2", "3"]
    assert rows[2][2].text == "Phát phiếu lấy ý kiến hộ gia đình"
    assert rows[2][3].text == "Trong tháng 9/2031"


def test_item_after_table_keeps_its_body_and_date():
    got = {(o.who, o.deadline.date if o.deadline else None) for o in extract(_TABLE_THEN_ITEM).obligations}
    assert ("Tổ giám sát cộng đồng của phường", "2031-03-31") in got

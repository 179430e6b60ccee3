"""The bench's printed layout of a published page (bench/md_layout.py) keeps the body out of tables.

Material: the addressee tables of the real Công điện 226/CĐ-TTg and 234/CĐ-TTg
as saved (realdocs/docs, cells between "|" lines). The body follows the last
addressee row's closing bar with no blank line; it was read as one more cell,
so the scanned form printed the whole body, the Nơi nhận list and the
signature as one table row.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import md_layout  # noqa: E402

CD_226 = """**TH****Ủ
TƯỚNG CHÍNH PHỦ điện:**
|
** **
|
- Bộ trưởng
các Bộ:
|
Quốc phòng, Công an, Tài chính,
Nông nghiệp và Môi trường, Y tế.
|
|
** **
|
- Bí thư Tỉnh ủy, Thành ủy, Chủ tịch
Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Quảng Trị,
Huế, Đà Nẵng, Quảng Ngãi, Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng.
|
Trong tháng 11
năm 2025, do mưa, lũ lớn tại khu vực Trung Bộ đã xảy ra tình trạng ngập
lụt sâu trên diện rộng.
"""

CD_234 = """|
** **
|
- Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân
dân các tỉnh, thành phố: Hà Tĩnh, Quảng Trị, Huế;
- Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ.
|
Cuối tháng 10 và tháng 11
vừa qua, tại các địa phương khu vực từ Hà Tĩnh đến Lâm Đồng đã liên tiếp xảy ra
các đợt thiên tai.
"""


def test_body_after_addressee_rows_is_text():
    blocks = md_layout.parse(CD_226)
    kinds = [k for k, _ in blocks]
    assert kinds == ["text", "table", "text"]
    rows = blocks[1][1]
    assert [len(r) for r in rows] == [3, 2]  # "- Bộ trưởng các Bộ:" goes on in its third cell
    assert blocks[2][1][0] == "Trong tháng 11"
    blocks = md_layout.parse(CD_234)
    assert [k for k, _ in blocks] == ["table", "text"]
    assert blocks[1][1][0] == "Cuối tháng 10 và tháng 11"


# The signature table of the tuning document t20-09 (a Quyết định ban hành Quy chế, written by an
# author session blind to vanban) closed by two bars before a blank line: the Quy chế after it was
# read as one more table row, one 5,000-letter paragraph on the rendered page (session 21).
QD_SIGNED = """**Điều 3.** Chánh Văn phòng Sở chịu trách nhiệm thi hành Quyết định này./.

|
**Nơi nhận:**
- Như Điều 3;
- Lưu: VT, VP.
|
**GIÁM ĐỐC**
**Phan Thanh Bình**
|
|

**QUY CHẾ**

LÀM VIỆC CỦA SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG

**Điều 1.** Phạm vi điều chỉnh

1. Quy chế này quy định về nguyên tắc làm việc.
"""


def test_a_stray_bar_after_the_signature_table_closes_it():
    blocks = md_layout.parse(QD_SIGNED)
    assert [k for k, _ in blocks] == ["text", "table", "text"]
    assert [len(r) for r in blocks[1][1]] == [2]
    plan = md_layout.plan_text(QD_SIGNED)
    assert max(len(line) for line in plan.split("\n")) < 120
    assert "\nĐiều 1. Phạm vi điều chỉnh\n" in plan


# t19-03 (a Công điện written by an author session) saves its addressee list as a lone cell after
# "… điện:", without the empty cell beside it: the body after its closing bar was read as a second cell.
CD_LONE = """**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:**
|
- Giám đốc các sở: Nông nghiệp và Môi trường, Y tế;
- Chủ tịch Ủy ban nhân dân các xã, phường.
|
Theo bản tin của Đài Khí tượng Thủy văn tỉnh Lào Cai hồi 10 giờ ngày
07/01/2027, từ đêm 07/01/2027 trên địa bàn tỉnh xảy ra đợt rét đậm.

1. Ủy ban nhân dân các xã, phường kiểm tra, rà soát.
|
**Nơi nhận:**
- Như trên;
|
**CHỦ TỊCH**
|
"""


def test_a_lone_addressee_cell_after_the_dien_line_ends_its_table():
    blocks = md_layout.parse(CD_LONE)
    assert [k for k, _ in blocks][:4] == ["text", "table", "text", "table"]
    assert blocks[2][1][0].startswith("Theo bản tin")

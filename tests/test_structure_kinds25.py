"""Document structure: kinds authored24 showed (session 25) — facts lost before extraction by the shape of the text.

* a Nghị quyết whose Điều 1 sets out its targets and tasks in Roman parts ("I. Chỉ tiêu kinh tế", a table's group
  rows read as prose, or "II. NHIỆM VỤ" headings), then Điều 2 assigns them: the parts belong to Điều 1, and Điều 2
  stands beside it, never under the last Roman part (a24-09: its three bodies were lost under "III. Chỉ tiêu môi
  trường");
* a Quyết định's attached Kế hoạch whose tasks each close with their unit as a sentence of the same paragraph ("…
  trước ngày 30/6/2027. Đơn vị chủ trì: Sở Tư pháp."), not on a line of its own (a24-03).

The documents are written for these tests in the style of a commune HĐND's Nghị quyết and a province's Kế hoạch (after
the kinds of a24-09 and a24-03, not their sentences); the expected bodies and dates are those a careful reader lists
under ``realdocs/labeled/README.md``'s conventions, not vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text

_NQ = """HỘI ĐỒNG NHÂN DÂN
XÃ TÂN HỢP

Số: 31/NQ-HĐND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Tân Hợp, ngày 18 tháng 12 năm 2026

NGHỊ QUYẾT
VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2027

HỘI ĐỒNG NHÂN DÂN XÃ TÂN HỢP
KHÓA I, KỲ HỌP THỨ NĂM

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

Xét Tờ trình số 210/TTr-UBND ngày 08 tháng 12 năm 2026 của Ủy ban nhân dân xã.

QUYẾT NGHỊ:

Điều 1. Kế hoạch phát triển kinh tế - xã hội năm 2027

1. Mục tiêu

Phát triển sản xuất nông nghiệp hàng hóa, giữ vững quốc phòng, an ninh.

2. Các chỉ tiêu chủ yếu


I. Chỉ tiêu kinh tế


Tổng giá trị sản xuất tăng 7% trở lên.


II. Chỉ tiêu xã hội


Tỷ lệ hộ nghèo giảm 2%.

3. Nhiệm vụ, giải pháp

Tập trung chuyển đổi cây trồng, phát triển sản phẩm OCOP.

Điều 2. Tổ chức thực hiện

1. Giao Ủy ban nhân dân xã tổ chức triển khai thực hiện Nghị quyết, ban hành kế hoạch trước ngày 15/01/2027.

2. Giao Thường trực Hội đồng nhân dân xã, các Ban của Hội đồng nhân dân xã giám sát việc thực hiện Nghị quyết.

Điều 3. Hiệu lực thi hành

Nghị quyết này có hiệu lực kể từ ngày thông qua./.

Nơi nhận:
- Thường trực HĐND huyện;
- Lưu: VT.

CHỦ TỊCH

Lò Văn Thành
"""


def test_roman_parts_inside_an_article_leave_the_next_article_at_the_root():
    doc = structure_of_text(_NQ)
    labels = [p.label for p in doc.body if p.kind == "item"]
    assert labels == ["Điều 1.", "Điều 2.", "Điều 3."]
    first = doc.body[[p.label for p in doc.body].index("Điều 1.")]
    assert "I." in [c.label for c in first.children] + [g.label for c in first.children for g in c.children]


def test_the_bodies_the_next_article_assigns_are_read():
    got = [(o.who, (o.deadline.date or o.deadline.latest) if o.deadline else None) for o in extract(_NQ).obligations]
    assert ("Ủy ban nhân dân xã", "2027-01-15") in got
    assert any(w.startswith("Thường trực Hội đồng nhân dân xã") for w, _ in got)


_KH = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
-------
Số: 88/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------

Hà Tĩnh, ngày 20 tháng 12 năm 2026

KẾ HOẠCH
Chuyển đổi số năm 2027

I. MỤC ĐÍCH, YÊU CẦU

Xác định rõ nhiệm vụ, thời hạn và trách nhiệm của từng cơ quan, đơn vị.

II. NHIỆM VỤ TRỌNG TÂM

1. Hạ tầng số

Nâng cấp mạng truyền số liệu chuyên dùng đến 100% xã, phường; hoàn thành trước ngày 31/8/2027. Cơ quan chủ trì:
Sở Khoa học và Công nghệ.

2. Dữ liệu số

Xây dựng cơ sở dữ liệu đất đai dùng chung của tỉnh, kết nối với cơ sở dữ liệu quốc gia. Đơn vị chủ trì: Sở Nông
nghiệp và Môi trường.

III. TỔ CHỨC THỰC HIỆN

Các sở, ngành, địa phương báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ trước ngày 10/12/2027./.

Nơi nhận:
- Các sở, ban, ngành tỉnh;
- UBND các xã, phường;
- Lưu: VT, KGVX.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn Hùng
"""


def test_a_task_paragraph_closing_with_its_unit_as_a_sentence():
    got = [(o.who, (o.deadline.date or o.deadline.latest) if o.deadline else None) for o in extract(_KH).obligations]
    assert ("Sở Khoa học và Công nghệ", "2027-08-31") in got
    assert ("Sở Nông nghiệp và Môi trường", None) in got


_NQ_TABLE = _NQ.replace("""I. Chỉ tiêu kinh tế


Tổng giá trị sản xuất tăng 7% trở lên.


II. Chỉ tiêu xã hội


Tỷ lệ hộ nghèo giảm 2%.
""", "\n".join([
    "TT", "", "Chỉ tiêu kế hoạch năm 2027", "", "Ước thực hiện năm 2026", "", "", "",
    "I. Chỉ tiêu kinh tế", "", "", "",
    "1", "", "Tổng giá trị sản xuất tăng 7% trở lên", "", "6,4%", "", "",
    "2", "", "Thu ngân sách trên địa bàn đạt 9 tỷ đồng", "", "8,2 tỷ đồng", "", "", "",
    "II. Chỉ tiêu xã hội", "", "", "",
    "3", "", "Tỷ lệ hộ nghèo giảm 2%", "", "Giảm 2,5%", "", ""]))


def test_an_indicator_table_whose_cells_state_their_figures_is_read_as_a_table():
    # the page's table copied as text (md2plain: every "|" line blank): "TT | Chỉ tiêu kế hoạch năm 2027 | Ước thực
    # hiện năm 2026", two group rows; a year's figures column ("Ước thực hiện") names no body charged with the row
    st = structure_of_text(_NQ_TABLE)
    data = [t for t in st.tables if t.role == "data"]
    assert len(data) == 1 and len(data[0].rows) == 6  # the header, two group rows, three indicators
    assert [c.text.strip() for c in data[0].rows[0]] == ["TT", "Chỉ tiêu kế hoạch năm 2027", "Ước thực hiện năm 2026"]
    got = [(o.who, (o.deadline.date or o.deadline.latest) if o.deadline else None)
           for o in extract(_NQ_TABLE).obligations]
    assert ("Ủy ban nhân dân xã", "2027-01-15") in got
    assert not any(w and w[:1].isdigit() or (w or "").startswith("Giảm") for w, _ in got)


_KH_OCR = _KH.replace("""III. TỔ CHỨC THỰC HIỆN""", """III. DANH MỤC NHIỆM VỤ

STT
Nhiệm vụ
Cơ quan chủ trì
Thời gian hoàn thành

Sản phẩm
1
Xây dựng kho dữ liệu dùng chung của tỉnh
Sở Khoa học và Công nghệ
Trước ngày 30/6/2027

Kho dữ liệu được vận hành

2

Đo lường mức độ hài lòng của người dân với dịch vụ công trực tuyến
Văn phòng UBND tỉnh

Hằng năm

Báo cáo kết quả đo lường
Cấp chữ ký số cho cán bộ, công chức cấp xã
UBND các xã, phường
Quý IV/2027

Danh sách cán bộ được cấp chữ ký số

IV. TỔ CHỨC THỰC HIỆN""")


def test_a_task_row_whose_number_ocr_lost_under_the_product_cell_of_the_row_before():
    # legacy OCR of a task table "STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành | Sản phẩm": the cells one a
    # line, row 3's number lost, its cells glued under row 2's product ("Báo cáo kết quả đo lường")
    got = [(o.who, (o.deadline.date or o.deadline.latest) if o.deadline else None)
           for o in extract(_KH_OCR).obligations]
    assert ("Văn phòng UBND tỉnh", None) in got
    assert ("UBND các xã, phường", "2027-12-31") in got

"""Obligations lost in legacy OCR and scans only (session 25, the legacy gap of issue #10): tables whose cells OCR laid
one after the other, a sentence parted before its year, a body's heading whose number OCR read as a letter.

Each text is written for this test in the real style and damaged by hand the way the legacy and scanned forms of
authored23, authored22, tune22 and tune24 show it (blank lines lost between a row's cells or between rows, a blank line
put inside a cell or a sentence, "o." for a heading's "5."). Expected values are read from the tables and headings as
printed (one obligation per row naming its body, with the row's due date; one per body heading of the "Tổ chức thực
hiện" part: ``realdocs/labeled/README.md``).
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure.mend import mend_breaks

HEAD = """ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
SỞ TÀI CHÍNH
Số: 41/HD-STC
Hà Tĩnh, ngày 05 tháng 01 năm 2027

HƯỚNG DẪN
Khóa sổ kế toán và lập báo cáo quyết toán ngân sách năm 2026

"""

TAIL = """
Nơi nhận:
- Lưu: VT.

GIÁM ĐỐC
Trần Văn Bình
"""

# the body column before the task column, the header's names and a row's cells on consecutive lines (legacy OCR)
REPORT_CALENDAR = HEAD + """II. THỜI HẠN GỬI BÁO CÁO

STT

Đơn vị lập
Nội dung báo cáo
Nơi nhận

Thời hạn

1

Trường Trung học phổ thông Nguyễn Du

Báo cáo quyết toán năm 2026 và thuyết minh
Phòng Giáo dục và Đào tạo

Trước ngày 10/02/2027

2

Ban Quản lý dự án đầu tư xây dựng tỉnh

Báo cáo quyết toán vốn đầu tư công năm 2026
Sở Tài chính; cơ quan cấp trên của chủ đầu tư

Trước ngày 25/02/2027

3
Bệnh viện Đa khoa tỉnh

Báo cáo quyết toán nguồn thu sự nghiệp năm 2026
Sở Y tế

Trước ngày 15/3/2027
""" + TAIL


def test_the_body_column_before_the_task_column_takes_each_rows_first_cell():
    ext = extract(REPORT_CALENDAR)
    (table,) = [t for t in ext.structure.tables if t.role == "data"]
    rows = [[c.text for c in r] for r in table.rows[1:]]
    assert [r[1] for r in rows] == ["Trường Trung học phổ thông Nguyễn Du", "Ban Quản lý dự án đầu tư xây dựng tỉnh",
                                    "Bệnh viện Đa khoa tỉnh"]
    # "… của chủ đầu tư" ("tư" folds as the preposition "từ") ends its cell: the due cell is a cell of its own
    assert rows[1][3:] == ["Sở Tài chính; cơ quan cấp trên của chủ đầu tư", "Trước ngày 25/02/2027"]
    got = {(o.who, o.deadline.date if o.deadline else None) for o in ext.obligations}
    assert {("Trường Trung học phổ thông Nguyễn Du", "2027-02-10"),
            ("Ban Quản lý dự án đầu tư xây dựng tỉnh", "2027-02-25"), ("Bệnh viện Đa khoa tỉnh", "2027-03-15")} <= got


# a table without a number column, its rows parted by one blank line as its cells are, one row's body glued under the
# due cell above (legacy OCR)
REVIEW_CALENDAR = """ĐẢNG BỘ TỈNH QUẢNG TRỊ
BAN TỔ CHỨC
Số: 12-HD/BTCTU
Quảng Trị, ngày 20 tháng 11 năm 2026

HƯỚNG DẪN
Kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng năm 2026

III. THỜI GIAN THỰC HIỆN

Thời gian cụ thể như sau:

Cấp thực hiện

Nội dung

Thời gian hoàn thành

Chi bộ thôn, khu phố

Kiểm điểm tập thể chi bộ và đảng viên; đề xuất xếp loại

Trước ngày 20/12/2026

Đảng ủy xã, phường

Xếp loại chi bộ trực thuộc và đảng viên

Trước ngày 08/01/2027
Ban Tổ chức Tỉnh ủy

Tổng hợp, thẩm định, tham mưu Ban Thường vụ Tỉnh ủy xếp loại các đảng bộ trực thuộc

Trong tháng 02/2027

IV. TỔ CHỨC THỰC HIỆN

Các đảng ủy trực thuộc triển khai Hướng dẫn này đến các chi bộ.
""" + TAIL.replace("GIÁM ĐỐC\nTrần Văn Bình", "T/L BAN THƯỜNG VỤ\nTRƯỞNG BAN\nLê Thị Hoa")


def test_rows_parted_like_their_cells_are_read_by_their_due_cells():
    ext = extract(REVIEW_CALENDAR)
    (table,) = [t for t in ext.structure.tables if t.role == "data"]
    rows = [[c.text for c in r] for r in table.rows[1:]]
    assert [r[0] for r in rows] == ["Chi bộ thôn, khu phố", "Đảng ủy xã, phường", "Ban Tổ chức Tỉnh ủy"]
    assert [r[2] for r in rows] == ["Trước ngày 20/12/2026", "Trước ngày 08/01/2027", "Trong tháng 02/2027"]
    got = {(o.who, o.deadline.date if o.deadline else None) for o in ext.obligations}
    assert {("Chi bộ thôn, khu phố", "2026-12-20"), ("Đảng ủy xã, phường", "2027-01-08")} <= got


def test_a_date_word_wrapped_alone_goes_on_over_the_blank_line():
    text = ("Sở Y tế tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 15 tháng 12\n"
            "năm\n\n2027.\n\nBảng thống kê\n\nNăm\n\n2027\n")
    mended = mend_breaks(text)
    assert "năm\n\n2027." not in mended and "2027." in mended  # the blank line inside the date is gone
    assert "Năm\n\n2027" in mended  # a table's "Năm" column, its capital kept: no wrapped word


# a task table read cell by cell (blank lines between the cells), a row whose task and lead OCR glued, the next row's
# number lost at the page's top and its task wrapped over a blank line (legacy OCR)
TASK_TABLE = """ỦY BAN NHÂN DÂN XÃ TÂN PHÚ
Số: 09/KH-UBND
Tân Phú, ngày 08 tháng 01 năm 2027

KẾ HOẠCH
Bảo vệ môi trường năm 2027

II. NHIỆM VỤ CỤ THỂ

TT
Nội dung
Đơn vị chủ trì
Đơn vị phối hợp

Thời gian hoàn thành

1

Rà soát các điểm tập kết rác thải sinh hoạt trên địa bàn các ấp
Phòng Kinh tế

Hợp tác xã Dịch vụ môi trường

Tháng 03/2027

2

Xây dựng mô hình "Khu dân cư không rác thải nhựa" tại ấp Phú Thạnh
Phòng Văn hóa - Xã hội

Hội Liên hiệp Phụ nữ xã

Quý II/2027
\fKiểm tra việc thu gom, xử lý chất thải của các hộ chăn nuôi quy mô

vừa

Công an xã

Phòng Kinh tế

Trước ngày 30/9/2027

4

Tuyên truyền phân loại rác tại nguồn trên hệ thống truyền thanh xã

Văn phòng HĐND và UBND xã

Các ấp, khu phố

Trong năm 2027

III. TỔ CHỨC THỰC HIỆN

Các phòng, đơn vị triển khai theo nhiệm vụ được giao.
""" + TAIL.replace("GIÁM ĐỐC\nTrần Văn Bình", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An")


def test_a_row_whose_number_was_lost_after_a_short_rows_due_cell_opens_its_row():
    ext = extract(TASK_TABLE)
    (table,) = [t for t in ext.structure.tables if t.role == "data"]
    rows = [[c.text for c in r] for r in table.rows[1:]]
    assert [r[2] for r in rows] == ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Công an xã", "Văn phòng HĐND và UBND xã"]
    assert rows[2][1].endswith("quy mô vừa")  # the task's word wrapped over a blank line stays in the task
    assert [r[4] for r in rows] == ["Tháng 03/2027", "Quý II/2027", "Trước ngày 30/9/2027", "Trong năm 2027"]
    got = {(o.who, o.deadline.date if o.deadline else None) for o in ext.obligations}
    assert ("Công an xã", "2027-09-30") in got


# a model table read one cell a line: a place name ending in a syllable that folds like a preposition ("Cọ", "có"),
# quoted model names, then the plan's next item "2.3." under the last row (legacy OCR)
MODEL_TABLE = """ĐẢNG BỘ XÃ YÊN BÌNH
Số: 30-KH/ĐU
Yên Bình, ngày 20 tháng 12 năm 2026

KẾ HOẠCH
Thực hiện phong trào thi đua "Dân vận khéo" năm 2027

2.2. Mô hình của các chi bộ năm 2027:

STT
Chi bộ
Mô hình
Chỉ tiêu
1
Chi bộ thôn Khuổi Cọ
"Dân vận khéo trong làm đường giao thông nông thôn"
Hoàn thành 2 km đường bê tông
2
Chi bộ Trường Tiểu học Yên Bình
"Mỗi thầy cô giúp đỡ một học sinh nghèo vượt khó"

100% học sinh nghèo được giúp đỡ

3
Chi bộ Trạm Y tế xã
"Trạm Y tế xanh - sạch - đẹp"

Tỷ lệ người bệnh hài lòng đạt 90% trở lên

2.3. Định kỳ hằng quý, Ban Xây dựng Đảng Đảng ủy xã khảo sát, đánh giá việc thực hiện mô
hình; kịp thời biểu dương các tập thể, cá nhân tiêu biểu.
""" + TAIL.replace("GIÁM ĐỐC\nTrần Văn Bình", "T/M ĐẢNG ỦY\nBÍ THƯ\nHoàng Văn Lâm")


def test_a_model_tables_rows_keep_their_chi_bo_and_end_before_the_next_item():
    ext = extract(MODEL_TABLE)
    (table,) = [t for t in ext.structure.tables if t.role == "data"]
    rows = [[c.text for c in r] for r in table.rows[1:]]
    assert [r[1] for r in rows] == ["Chi bộ thôn Khuổi Cọ", "Chi bộ Trường Tiểu học Yên Bình", "Chi bộ Trạm Y tế xã"]
    assert rows[1][3] == "100% học sinh nghèo được giúp đỡ"
    assert rows[2][3] == "Tỷ lệ người bệnh hài lòng đạt 90% trở lên"  # the item "2.3." is no cell of the last row


# a body's heading "5." read "o." by the scan (Tesseract vie), between "4." and "6."
DAMAGED_HEADING = """ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP
Số: 15/KH-UBND
Đồng Tháp, ngày 12 tháng 01 năm 2027

KẾ HOẠCH
Chuyển đổi số năm 2027

IV. TỔ CHỨC THỰC HIỆN

4. Sở Nội vụ

Hướng dẫn bố trí công chức phụ trách chuyển đổi số cấp xã.

o. Công an tỉnh

Chủ trì làm sạch, đồng bộ dữ liệu dân cư với các cơ sở dữ liệu chuyên ngành.

6. Ủy ban nhân dân các xã, phường

Bố trí nhân lực, kinh phí thực hiện các nhiệm vụ chuyển đổi số trên địa bàn.
""" + TAIL.replace("GIÁM ĐỐC\nTrần Văn Bình", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An")


def test_a_heading_whose_number_ocr_read_as_a_letter_is_the_next_item():
    ext = extract(DAMAGED_HEADING)
    assert [o.who for o in ext.obligations] == ["Sở Nội vụ", "Công an tỉnh", "Ủy ban nhân dân các xã, phường"]


def test_a_lettered_item_is_no_damaged_number():
    text = DAMAGED_HEADING.replace("o. Công an tỉnh", "b. Công an tỉnh")
    assert "Công an tỉnh" not in [o.who for o in extract(text).obligations]


# a row's number with its task and lead glued under it, a damaged number ("fs)" for 5) glued to the next row's task,
# and a task whose date's year went below a blank line (legacy OCR)
YOUTH_MONTH = """TỈNH ĐOÀN LÂM ĐỒNG
Số: 215-KH/TĐTN-PT
Lâm Đồng, ngày 12 tháng 01 năm 2027

KẾ HOẠCH
Tổ chức Tháng Thanh niên năm 2027

PHỤ LỤC
CÁC HOẠT ĐỘNG CẤP TỈNH

TT

Nội dung
Đơn vị chủ trì
Đơn vị phối hợp

Thời gian hoàn thành

1

Ngày hội "Chủ nhật Đỏ" hiến máu tình nguyện cấp tỉnh

Ban Phong trào Tỉnh Đoàn

Hội Chữ thập đỏ tỉnh

Ngày 14/3/2027

2
Lễ kết nạp đoàn viên mới "Lớp đoàn viên 26/3" cấp tỉnh
Ban Tổ chức - Kiểm tra Tỉnh Đoàn

Đoàn các xã, phường, đặc khu

Từ ngày 20/3/2027 đến ngày 26/3/2027

fs)
Hoàn thiện hồ sơ đề nghị khen thưởng các tập thể tiêu biểu của Tháng Thanh niên
năm

2027 cấp tỉnh

Văn phòng Tỉnh Đoàn

Các ban Tỉnh Đoàn

Trong tháng 4/2027
""" + TAIL.replace("GIÁM ĐỐC\nTrần Văn Bình", "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nBÍ THƯ\nNguyễn Thị Mai")


def test_glued_rows_and_a_damaged_number_keep_each_rows_lead_and_due_cell():
    ext = extract(YOUTH_MONTH)
    (table,) = [t for t in ext.structure.tables if t.role == "data"]
    rows = [[c.text for c in r] for r in table.rows[1:]]
    assert [r[2] for r in rows] == ["Ban Phong trào Tỉnh Đoàn", "Ban Tổ chức - Kiểm tra Tỉnh Đoàn",
                                    "Văn phòng Tỉnh Đoàn"]
    assert [r[4] for r in rows] == ["Ngày 14/3/2027", "Từ ngày 20/3/2027 đến ngày 26/3/2027", "Trong tháng 4/2027"]
    assert rows[2][1].endswith("Tháng Thanh niên năm 2027 cấp tỉnh")  # the year below its word stays in the task


# the paragraph closing the table's part, its last line short and ending with a year and a full stop (legacy OCR)
CALENDAR_THEN_PROSE = """ỦY BAN NHÂN DÂN TỈNH GIA LAI
SỞ NỘI VỤ
Số: 2210/SNV-TĐKT
Gia Lai, ngày 08 tháng 12 năm 2026

5. Thời hạn gửi báo cáo, hồ sơ

STT
Nội dung
Mẫu
Đơn vị thực hiện
Thời hạn gửi Sở Nội vụ
1
Báo cáo tổng kết công tác thi đua, khen thưởng năm 2026
Mẫu số 01
Các sở, ban, ngành, đoàn thể tỉnh

Trước ngày 25/12/2026

2

Bản đăng ký thi đua năm 2027

Mẫu số 02

Ủy ban nhân dân các xã, phường

Trước ngày 28/02/2027

Hồ sơ gửi sau thời hạn nêu trên sẽ không được tổng hợp, trình khen thưởng trong đợt tổng
kết năm 2026.

6. Chế độ báo cáo định kỳ năm 2027
""" + TAIL


def test_the_closing_paragraph_under_the_last_row_is_no_cell_of_it():
    ext = extract(CALENDAR_THEN_PROSE)
    (table,) = [t for t in ext.structure.tables if t.role == "data"]
    rows = [[c.text for c in r] for r in table.rows[1:]]
    assert rows[-1] == ["2", "Bản đăng ký thi đua năm 2027", "Mẫu số 02", "Ủy ban nhân dân các xã, phường",
                        "Trước ngày 28/02/2027"]


# a cell opening with a count under the task, no blank line between (legacy OCR): a cell of its own, no wrap
INSPECTIONS = """ĐẢNG BỘ TỈNH NINH BÌNH
ỦY BAN KIỂM TRA
Số: 07-HD/UBKTTU
Ninh Bình, ngày 18 tháng 12 năm 2026

PHỤ LỤC
CÁC CUỘC KIỂM TRA, GIÁM SÁT CHUYÊN ĐỀ NĂM 2027

TT
Nội dung
Đối tượng
Đơn vị chủ trì

Thời gian hoàn thành

1

Kiểm tra việc thực hiện nhiệm vụ kiểm tra của ủy ban kiểm tra cấp dưới
Ủy ban kiểm tra 06 đảng ủy xã, phường

Phòng Kiểm tra, giám sát số 1

Quý II/2027
2

Kiểm tra tài chính đảng, thu, nộp đảng phí
04 đảng ủy trực thuộc Tỉnh ủy

Phòng Kiểm tra, giám sát số 2

Quý III/2027
""" + TAIL.replace("GIÁM ĐỐC\nTrần Văn Bình", "T/M ỦY BAN KIỂM TRA\nCHỦ NHIỆM\nVũ Đức Thành")


def test_a_cell_opening_with_a_count_is_no_wrap_of_the_task():
    ext = extract(INSPECTIONS)
    (table,) = [t for t in ext.structure.tables if t.role == "data"]
    rows = [[c.text for c in r] for r in table.rows[1:]]
    assert rows[1] == ["2", "Kiểm tra tài chính đảng, thu, nộp đảng phí", "04 đảng ủy trực thuộc Tỉnh ủy",
                       "Phòng Kiểm tra, giám sát số 2", "Quý III/2027"]

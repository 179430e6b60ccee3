"""A month-by-month table whose scan printed every cell one blank line apart (session 32, dl32b).

Kind: a Kế hoạch năm học's "Tháng | Nội dung | Người thực hiện" table read back by OCR from a scanned page: the header
and every row's cells one blank line apart, the two blank lines that part the rows of the copied text lost. Counted by
its blank lines the first month fell past the header's last column and the table was taken as ended, so every month's
events and posts were lost (authored30's a30-07 and tune30's t30-07, scan form). A row opens at its month alone in
its cell (vocab.PERIOD_ROW_KEY); a row whose post OCR glued to the events keeps them in the "Nội dung" column; the
next part's heading ends the table. A month OCR ran on under the last cell of the row above ("Giáo viên Thể dục" /
"Tháng 5/2028", no blank line between) opens its own row (a30-07's scan lost its last three months so). The text is written here in that layout (not copied from either document); the
expected values are read off it by hand.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text

SCAN = """\
UBND XÃ HÒA BÌNH
TRƯỜNG THCS HÒA BÌNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 41/KH-THCSHB

Hòa Bình, ngày 25 tháng 8 năm 2027

KẾ HOẠCH
Thực hiện nhiệm vụ năm học 2027 - 2028

III. LỊCH CÔNG TÁC TỪNG THÁNG

Tháng

Nội dung

Người thực hiện

Tháng 9/2027

Khai giảng năm học ngày 05/9/2027; họp cha mẹ học sinh đầu năm; xây dựng kế hoạch
các tổ chuyên môn.

Hiệu trưởng

Tháng 11/2027

Hội giảng chào mừng Ngày Nhà giáo Việt Nam; nộp hồ sơ thi đua trước ngày 25/11/2027.

Phó Hiệu trưởng, tổ trưởng chuyên môn

Tháng 01/2028

Sơ kết học kỳ I; báo cáo Phòng Giáo dục và Đào tạo trước ngày 12/01/2028.Kế toán

Tháng 3/2028

Hội khỏe Phù Đổng cấp trường.

Giáo viên Thể dục
Tháng 5/2028

Kiểm tra cuối học kỳ II; bàn giao học sinh về sinh hoạt hè tại địa phương.

Tổng phụ trách Đội

IV. TỔ CHỨC THỰC HIỆN

1. Hiệu trưởng chỉ đạo chung, báo cáo UBND xã theo quy định.

2. Các tổ chuyên môn xây dựng kế hoạch tổ trong tháng 9/2027.

"""


def test_month_rows_read_from_their_months():
    (t,) = [t for t in structure_of_text(SCAN).tables if t.header]
    assert [c.text for c in t.rows[0]] == ["Tháng", "Nội dung", "Người thực hiện"]
    assert [(r[0].text, r[2].text) for r in t.rows[1:]] == [
        ("Tháng 9/2027", "Hiệu trưởng"), ("Tháng 11/2027", "Phó Hiệu trưởng, tổ trưởng chuyên môn"),
        ("Tháng 01/2028", ""), ("Tháng 3/2028", "Giáo viên Thể dục"), ("Tháng 5/2028", "Tổng phụ trách Đội")]
    assert t.rows[1][1].text.startswith("Khai giảng năm học") and t.rows[1][1].text.endswith("các tổ chuyên môn.")
    assert t.rows[3][1].text.startswith("Sơ kết học kỳ I")  # the post glued to the events stays with them


def test_month_rows_give_their_deadlines_and_posts():
    ext = extract(SCAN)
    got = {(d.date, d.earliest, d.latest) for d in ext.deadlines}
    for month in [("2027-09-01", "2027-09-30"), ("2027-11-01", "2027-11-30"), ("2028-03-01", "2028-03-31"),
                  ("2028-05-01", "2028-05-31")]:
        assert (None, *month) in got
    assert ("2027-09-05", "2027-09-05", "2027-09-05") in got  # the khai giảng's day
    obl = [(o.who, o.deadline and (o.deadline.date or o.deadline.latest)) for o in ext.obligations]
    assert ("Giáo viên Thể dục", "2028-03-31") in obl
    assert ("Tổng phụ trách Đội", "2028-05-31") in obl
    assert any(w.startswith("Phó Hiệu trưởng") and d == "2027-11-25" for w, d in obl)

"""A month-by-month table whose cells legacy OCR printed one after the other (session 32, dl32).

Kind: a Kế hoạch năm học's "Tháng | Nội dung | Người phụ trách" table read by legacy OCR from a rendered page: the blank
lines between cells lost here and doubled there, the column's name and some months misread with a wrong accent
("Thắng", "Thắng 10/2027", "Thẳng 12/2027"), no row numbers. A row opens with its month alone on a line
(vocab.PERIOD_ROW_KEY, read folded so the misread months still count) as a yearly table's row opens with its year;
the first numbered line after the rows ("III. TỔ CHỨC THỰC HIỆN", "1. Hiệu trưởng") ends the table. authored30's a30-07
and tune30's t30-07 lost all their month rows on the legacy form. The text is written here in that layout (not
copied from either); the expected values are read off it by hand.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text

LEGACY = "\n".join([
    "UBND XÃ ĐÔNG SƠN", "TRƯỜNG TIỂU HỌC ĐÔNG SƠN", "",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
    "Số: 27/KH-THĐS", "", "Đông Sơn, ngày 26 tháng 8 năm 2027", "",
    "KẾ HOẠCH", "Thực hiện nhiệm vụ năm học 2027 - 2028", "",
    "II. KẾ HOẠCH TỪNG THÁNG", "",
    "Thắng", "Nội dung", "", "Người phụ trách", "",
    "Tháng 9/2027", "",
    "Tổ chức Lễ khai giảng ngày 06/9/2027; kiện toàn tổ chuyên môn; họp cha mẹ", "học sinh đầu năm.", "",
    "Hiệu trưởng",
    "Thắng 10/2027", "",
    "Dự giờ, thăm lớp đợt 1; thành lập câu lạc bộ Toán tuổi thơ.", "",
    "Phó Hiệu trưởng", "",
    "Thẳng 12/2027", "",
    "Ôn tập, kiểm tra cuối học kỳ I; hoàn thành sổ điểm trước ngày 28/12/2027.", "",
    "Tổ trưởng chuyên môn", "",
    "III. TỔ CHỨC THỰC HIỆN", "",
    "1. Hiệu trưởng", "Chỉ đạo chung, báo cáo kết quả về UBND xã theo quy định.", "",
    "2. Kế toán", "Lập dự toán chi thường xuyên năm 2028.", "",
])


def test_month_rows_read_from_their_months():
    (t,) = [t for t in structure_of_text(LEGACY).tables if t.header]
    assert [(r[0].text, r[2].text) for r in t.rows[1:]] == [
        ("Tháng 9/2027", "Hiệu trưởng"), ("Thắng 10/2027", "Phó Hiệu trưởng"), ("Thẳng 12/2027", "Tổ trưởng chuyên môn")]
    assert t.rows[1][1].text.startswith("Tổ chức Lễ khai giảng") and t.rows[1][1].text.endswith("học sinh đầu năm.")


def test_month_rows_give_their_deadlines_and_posts():
    ext = extract(LEGACY)
    got = {(d.date, d.earliest, d.latest) for d in ext.deadlines}
    for month in [("2027-09-01", "2027-09-30"), ("2027-10-01", "2027-10-31"), ("2027-12-01", "2027-12-31")]:
        assert (None, *month) in got
    assert ("2027-09-06", "2027-09-06", "2027-09-06") in got  # the Lễ khai giảng's day
    obl = [(o.who, o.deadline and (o.deadline.date or o.deadline.latest)) for o in ext.obligations]
    assert ("Phó Hiệu trưởng", "2027-10-31") in obl
    assert ("Tổ trưởng chuyên môn", "2027-12-28") in obl
    assert ("Kế toán", None) in obl  # the prose after the table is no row of it

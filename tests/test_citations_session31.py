"""Citations of session 31 (meta31): unnumbered documents and a joint symbol without its year.

- A Quy chế named only in the title of a cited Thông tư, which the text goes on to apply by its bare type word
  ("đúng quy chế", "vi phạm quy chế"): a cited document of its own (the labels README: "also one named only inside the
  title of another cited document"); named once and never applied so it stays the Thông tư's (the sets' majority).
- Two rules named alike but of two levels ("… cấp quốc gia", "… cấp tỉnh") are two documents, never one's OCR variant.
- A Party body's programme of a year carried out without its author written ("thực hiện Chương trình kiểm tra, giám
  sát năm 2027;"): cited; not one yet to be drafted, nor a Chương trình's own name in its own text.
- "Nghị quyết liên tịch số 102/NQLT/CP-ĐCTUBTWMTTQVN": a joint symbol without a year, its issuers after a slash
  (session 30's newcomer: no number read).

Inputs written for this test in the wording of those kinds; expected values as a careful reader gives them.
"""

from vanban.extract import extract

HEAD = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH AN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 210/KH-SGDĐT
An Giang, ngày 12 tháng 3 năm 2027

KẾ HOẠCH
Tổ chức kỳ thi chọn học sinh giỏi năm học 2026 - 2027

"""

EXAM = HEAD + """Căn cứ Thông tư số 21/2025/TT-BGDĐT ngày 14 tháng 8 năm 2025 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành
Quy chế thi chọn học sinh giỏi cấp quốc gia; Quy chế thi chọn học sinh giỏi cấp tỉnh ban hành kèm theo Quyết định số
15/2025/QĐ-UBND ngày 02 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh;

I. YÊU CẦU
1. Tổ chức kỳ thi an toàn, nghiêm túc, đúng quy chế.
2. Cán bộ coi thi nắm vững Quy chế; thí sinh vi phạm quy chế bị xử lý theo quy định.
"""

NAMED_ONCE = HEAD + """Căn cứ Thông tư số 21/2025/TT-BGDĐT ngày 14 tháng 8 năm 2025 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành
Quy chế thi chọn học sinh giỏi cấp quốc gia;

I. YÊU CẦU
1. Tổ chức kỳ thi an toàn, nghiêm túc, khách quan.
"""


def _cited(text):
    return [(c.number, c.type, c.name if not c.number else None) for c in extract(text).citations]


def test_a_quy_che_the_text_applies_is_cited_beside_the_thong_tu():
    assert _cited(EXAM) == [
        ("21/2025/TT-BGDĐT", "Thông tư", None),
        (None, "Quy chế", "Quy chế thi chọn học sinh giỏi cấp quốc gia"),
        (None, "Quy chế", "Quy chế thi chọn học sinh giỏi cấp tỉnh"),
        ("15/2025/QĐ-UBND", "Quyết định", None),
    ]


def test_a_quy_che_named_once_in_a_title_stays_the_thong_tus():
    assert _cited(NAMED_ONCE) == [("21/2025/TT-BGDĐT", "Thông tư", None)]


PARTY = """ĐẢNG BỘ TỈNH AN GIANG
ĐẢNG ỦY XÃ MỸ HÒA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 15-QĐ/ĐU
Mỹ Hòa, ngày 02 tháng 4 năm 2027

QUYẾT ĐỊNH
Về phân công nhiệm vụ các đồng chí Ủy viên Ban Thường vụ Đảng ủy xã

Điều 1. Phân công nhiệm vụ như sau:
1. Đồng chí Trần Văn Nam - Phó Bí thư Thường trực Đảng ủy:
- Chỉ đạo thực hiện Chương trình kiểm tra, giám sát năm 2027; kiểm tra ít nhất 03 chi bộ.
- Chỉ đạo Ủy ban Kiểm tra xây dựng chương trình kiểm tra, giám sát năm 2028.
"""


def test_a_programme_of_a_year_carried_out_is_cited():
    assert _cited(PARTY) == [(None, "Chương trình", "Chương trình kiểm tra, giám sát năm 2027")]


def test_a_programme_names_itself_in_its_own_text():
    own = PARTY.replace("15-QĐ/ĐU", "15-CTr/ĐU").replace("QUYẾT ĐỊNH", "CHƯƠNG TRÌNH")
    assert _cited(own) == []


JOINT = HEAD + """Căn cứ Nghị quyết liên tịch số 102/NQLT/CP-ĐCTUBTWMTTQVN ngày 19 tháng 12 năm 2005 của Chính phủ và Đoàn
Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam;

I. YÊU CẦU
Phối hợp chặt chẽ.
"""


def test_a_joint_symbol_without_its_year():
    c = extract(JOINT).citations
    assert [(x.number, x.type, x.date) for x in c] == [("102/NQLT/CP-ĐCTUBTWMTTQVN", "Nghị quyết liên tịch", "2005-12-19")]

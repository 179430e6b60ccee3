"""Facts the clean form of a real document gives and its legacy form lost (bench/flat_diff.py --form legacy).

Material: lines of tuning documents as Tesseract ``-l eng`` printed them from their rendered pages
(``tests/fixtures/ocr_forms/README.md``); each goes through what ingest does (``correct_text``:
glyph rules, restoration), then structure and extraction. Expected values: the published text.
"""

from pathlib import Path

from vanban.extract import extract
from vanban.extract.report import extraction_to_json
from vanban.ocr.correct import correct_text

FORMS = Path(__file__).parent / "fixtures" / "ocr_forms"


def _read(name: str) -> str:
    raw = (FORMS / name).read_text(encoding="utf-8")
    return "\f".join(correct_text(p, "image-ocr").text for p in raw.split("\f"))


def test_ha_noi_with_its_vowel_dropped_is_the_place():
    # "Ha Ni, ngay 28" under the symbol: the ộ of "Nội" dropped (221-KL/TW; 11208/BNV-KHTC reads alike)
    assert extraction_to_json(extract(_read("221-KL-TW.header.eng.txt")))["place"] == "Hà Nội"


def test_ministry_code_without_its_b_keeps_its_d():
    # "Quyét dinh s6 206/QD-LDTBXH ngay ⏎⏎ 11/3/2022 cua BO trudng B6 Lao dong - Thuong binh va X4 hdi"
    numbers = [c.number for c in extract(_read("11208-BNV-KHTC.code.eng.txt")).citations]
    assert numbers == ["206/QĐ-LĐTBXH"]


def test_body_list_parted_before_its_bo_is_one_subject():
    # "Cac BO, co quan ngang" / "" / "BO, co quan thudc Chinh phu nghién ctfu …": one list of bodies
    whos = [o.who for o in extract(_read("11298-VPCP-KTTH.bodies.eng.txt")).obligations]
    assert whos == ["Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ"]


def test_plural_body_head_before_a_colon():
    # "- Cac BG: Quéc phong, Cong an, …": the ministries a Công điện is sent to (223/CĐ-TTg)
    assert "Các Bộ: Quốc phòng, Công an" in _read("223-CD-TTg.recipients.eng.txt")


def test_o_printed_as_six_before_a_name():
    # "cac cap uy, t6 chtfc dang 6 Trung wong" (221-KL/TW), "cac s6ng 6 Khanh Hoa" (223/CĐ-TTg): the word "ở"
    assert "các cấp ủy, tổ chức đảng ở Trung ương" in _read("221-KL-TW.o-as-6.eng.txt")
    assert "các sông ở Khánh Hòa, Đắk Lắk và Gia Lai" in _read("223-CD-TTg.o-as-6.eng.txt")


def test_six_after_a_numbering_word_stays_a_number():
    # (written in the style of the eng OCR) an article's clause, a plan's section: the number 6
    text = correct_text("Thuc hién theo quy dinh tai khoan 6 Diéu 5 Nghi dinh s6 12/2025/ND-CP va muc 6 Phan III "
                        "Ké hoach nay.", "image-ocr").text
    assert "khoản 6 Điều 5" in text and "mục 6 Phần III" in text


def test_year_word_printed_nem_in_a_cited_date():
    # "Nghi quyét s6 197/2025/QH15 ngay 17 thang 5 ném 2025 ctia Quéc héi" (659/TB-VPCP): "ném" is "năm"
    dates = {c.number: c.date for c in extract(_read("659-TB-VPCP.year-word.eng.txt")).citations}
    assert dates == {"197/2025/QH15": "2025-05-17"}


def test_so_of_the_stock_list_so_ban_nganh():
    # "cac sd, ban, nganh tinh" (1627/QĐ-UBND), "Cac ban, sd, nganh" (1026/KH-UBND): the departments, not "số"
    assert "sở, ban, ngành tỉnh, Ủy ban nhân dân" in _read("1627-QD-UBND.so-ban-nganh.eng.txt")
    assert "Các ban, sở, ngành, đoàn thể cấp tỉnh" in _read("1026-KH-UBND.so-ban-nganh.eng.txt")


def test_name_after_a_preposition_goes_on_over_a_blank_line():
    # "Can cv chi dao cia Tong" / "" / "Bi thu T6 Lam, … s6 99-TB/TW …": one basis paragraph (234/CĐ-TTg)
    relations = {c.number: c.relation for c in extract(_read("234-CD-TTg.basis.eng.txt")).citations}
    assert relations == {"99-TB/TW": "can_cu", "213-KL/TW": "can_cu", "380/NQ-CP": "can_cu"}


def test_phoi_hop_with_its_vowel_dropped_keeps_the_task():
    # "h) B6 Xay dung phi hgp vdi cac dia phuong, co quan lién quan ra soat …" (627/TB-VPCP): the body coordinates
    # ("phối hợp"); read "phù hợp" the body swallowed the verb (bench/flat_diff.py --form legacy: the task was lost)
    assert "h) Bộ Xây dựng phối hợp với các địa phương, cơ quan" in _read("627-TB-VPCP.phoi-hop.eng.txt")
    assert "Chủ trì, phối hợp Bộ Chỉ huy Quân sự tỉnh" in _read("1026-KH-UBND.phoi-hop.eng.txt")


def test_phu_hop_elsewhere_is_left_to_restoration():
    # "trudng hgp cho phi hgp véi tinh hinh, yéu cau thirc tién" (45-HD/BTCTW): "phù hợp với tình hình"
    assert "phù hợp với tình hình" in _read("45-HD-BTCTW.phu-hop.eng.txt")


def test_chu_of_chu_tich_and_chu_tri_with_its_u_misread():
    # "Cho tich" (223/CĐ-TTg), "Phé Chi tich HDND" (45-HD/BTCTW), "chi tri, phdi" (631/TB-VPCP), "chai tri" (0130/KH-UBND)
    assert "Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân" in _read("223-CD-TTg.chu-tich.eng.txt")
    assert "Phó Chủ tịch HĐND, Phó Chủ tịch UBND" in _read("45-HD-BTCTW.chu-tich.eng.txt")
    assert "Môi trường chủ trì, phối" in _read("631-TB-VPCP.chu-tri.eng.txt")
    assert "Trung tâm Kiểm soát bệnh ⏎tật tỉnh chủ trì".replace(" ⏎", "\n") in _read("0130-KH-UBND.chu-tri.eng.txt")


def test_chi_before_tich_cuc_is_another_word():
    # (written in the OCR's style) "tích cực" after "chỉ": not "Chủ tịch"
    text = correct_text("Cac don vi khong chi tich cuc tham gia ma con phai chu dong.", "image-ocr").text
    assert "chủ tịch" not in text.lower()


def test_cited_date_with_its_month_lost_is_no_deadline():
    # the header, and "Quyét dinh s6 92/2005/QD-TTg ngay 29 thang ⏎⏎ nam 2005 … hang thang" (92/VBHN-BQP): the "4" ending the line
    # was dropped; the date is the cited Quyết định's, not a monthly deadline on the 29th
    ext = extract(_read("92-VBHN-BQP.month-lost.eng.txt"))
    assert [d.text for d in ext.deadlines] == []
    assert "92/2005/QĐ-TTg" in [c.number for c in ext.citations]


def test_hooked_u_inside_a_word_is_read():
    # "Diéu 2. T6 chi?c thuc hién" (2848/QĐ-UBND): the heading "Tổ chức thực hiện", no body called "Tổ chức"
    text = _read("2848-QD-UBND.hook.eng.txt")
    assert "Điều 2. Tổ chức thực hiện" in text
    assert "Tổ chức" not in [o.who for o in extract(text).obligations]


def test_hook_marks_and_iv_inside_a_syllable():
    # lines of the eng OCR of tuning documents (read as one page), with the published wording they stand for
    lines = {
        "a) Can civ? chifc nang va nhiém vu duoc giao": "Căn cứ chức năng",  # 153/KH-UBND
        "Trién khai danh gia mt?c do chuyén déi sé": "mức độ",  # 617/KH-UBND
        "a) Phat huy st?c manh ctia ca hé théng chinh tri": "sức mạnh",  # 0124/KH-UBND
        "Dia diém va cach thi?c thurc hién": "cách thức",  # 1622/QĐ-UBND
        "T6i da 10% t6ng mivc chi soan thao": "Tối đa 10% tổng mức chi soạn thảo",  # 78/2025/NQ-HĐND
        "Nghi dinh cua Chinh pht siva déi, bé sung mét s6 diéu": "sửa đổi, bổ sung",  # 02200/QĐ-UBND
    }
    text = correct_text("\n".join(lines), "image-ocr").text
    for raw, published in lines.items():
        assert published in text, raw


def test_question_mark_in_a_web_address_stays():
    # (written in the style of the eng OCR) a query string keeps its "?"
    text = correct_text("Xem tai https://dichvucong.gov.vn/p/home/dvc-tthc.html?ma_thu_tuc=1.0028 va thuc hién",
                        "image-ocr").text
    assert "html?ma_thu_tuc=1.0028" in text


def test_lan_printed_jan_by_the_english_model():
    # "tap huan nghiép vu it nhat 01 Jan trong nam." (a15-05-HD-BTGDV; a15-08 reads alike): "lần", not the month;
    # restored "01 Lần" it lost the target "ít nhất 01 lần trong năm"
    text = _read("a15-05-HD-BTGDV.lan-as-jan.eng.txt")
    assert "tập huấn nghiệp vụ ít nhất 01 lần trong năm" in text
    targets = [(t.min, t.unit) for t in extract(text).targets]
    assert (1, "lần") in targets
    # "… tai ⏎⏎ Nghi quyét Dai hdi dai biéu toan quéc Jan tht? XIII cla Dang" (982-KH-UBND): the congress's term
    assert "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng" in _read("982-KH-UBND.lan-as-jan.eng.txt")


def test_l_opening_a_syllable_printed_as_a_capital_i():
    # "dgt mua Idn lich stv" (0130-KH-UBND): "đợt mưa lớn lịch sử", not "mưa Lớn"
    assert "đợt mưa lớn lịch sử kéo dài nhiều ngày" in _read("0130-KH-UBND.l-as-i.eng.txt")
    # "1,5 gido vién/Idp" (a15-04-CV-SGDDT): the unit "giáo viên/lớp" as written
    assert "1,5 giáo viên/lớp đối với trường" in _read("a15-04-CV-SGDDT.l-as-i.eng.txt")


def test_phoi_hop_before_the_act_done_with_others():
    # (written in the style of the eng OCR, after a16-06) "phù hợp" governs no act: before "cung cấp", "tham mưu" the
    # dropped ố is "phối hợp", and the body asked keeps its task; a manner before "tổ chức" stays "phù hợp"
    text = correct_text("3. Dé nghi Uy ban Kiém tra Tinh ty phi hgp cung cap théng tin vé két qua kiém tra, gui "
                        "Ban T6 chifc Tinh ty truéc ngay 10/01/2027.", "image-ocr").text
    assert "Ủy ban Kiểm tra Tỉnh ủy phối hợp cung cấp thông tin" in text
    assert [o.who for o in extract(text).obligations] == ["Ủy ban Kiểm tra Tỉnh ủy"]
    assert "phù hợp tổ chức" in correct_text("Lua chon hinh thic phi hgp t6 chitc tuyén truyén.", "image-ocr").text


def test_truoc_with_its_vowels_dropped_before_a_date():
    # (written in the style of the eng OCR, after a16-07 and a16-01) "Truc ngay 30/6/2027" in a due cell, "Hang nam,
    # truc ngay 30/9": the bound "trước", restored "Trực", "tức"; a duty ("trực Tết") is left to restoration
    assert correct_text("Phong Kinh té\nTruc ngay 30/6/2027\n", "image-ocr").text.endswith("Trước ngày 30/6/2027\n")
    assert "Hằng năm, trước ngày 30/9" in correct_text("Hang nam, truc ngay 30/9", "image-ocr").text


def test_truoc_of_accountability_with_its_vowels_dropped():
    # (the line of t20-09's eng OCR, Điều 3 of a Quy chế làm việc) "chiu trach nhiém tréc Uy ban": restored "trách
    # nhiệm ước", the accountability of the Giám đốc read as a task; the direct one ("trực tiếp") stays
    text = correct_text("1. Giam déc So chiu trach nhiém tréc Uy ban nhan dan tinh, Chu tich Uy ban nhan dan tinh.",
                        "image-ocr").text
    assert "chịu trách nhiệm trước Ủy ban nhân dân tỉnh" in text
    assert not extract("QUY CHẾ\nLàm việc\n\n" + text).obligations
    assert "trách nhiệm trực tiếp" in correct_text("Pho Giam doc chiu trach nhiém truc tiép", "image-ocr").text


def test_truoc_with_its_u_read_as_i_or_a_quote_for_its_horn_before_a_date():
    # (lines of the eng OCR of a17-08 and a16-03) "nam tric ngay 10/12" and "tang qua tru’déc ngay 01/02/2027": restored
    # "năm úc ngày 10/12", "tặng quà tru’déc ngày" — the report's and the visits' deadlines were lost; a name
    # holding a quote after one letter keeps it
    text = correct_text("quy; bao cao 6 thang truéc ngay 15/6 va bdo céo nam tric ngay 10/12.", "image-ocr").text
    assert text.endswith("báo cáo năm trước ngày 10/12.")
    text = correct_text("Tét cho cdc déi tugng chinh sach, hoan thanh viéc thim hdi, tang qua tru’déc ngay\n01/02/2027;",
                        "image-ocr").text
    assert "tặng quà trước ngày\n01/02/2027;" in text
    assert [d.date for d in extract(text).deadlines] == ["2027-02-01"]
    assert "H’" in correct_text("dong bao H’Mong", "image-ocr").text


def test_it_nhat_with_its_i_read_as_f():
    # (written in the style of the eng OCR, after a16-04 and a16-06) "ft nhat": the minimum "ít nhất", restored "u nhất"
    text = correct_text("3. S6 Khoa hoc va Cong nghé hang nam dat hang ft nhat 02 nhiém vu cap tinh vé linh vuc nay.",
                        "image-ocr").text
    assert "ít nhất 02 nhiệm vụ" in text
    assert [(t.min, t.unit[:8]) for t in extract(text).targets] == [(2.0, "nhiệm vụ")]


def test_toi_and_cuoi_with_their_vowel_dropped():
    # (written in the style of the eng OCR, after a15-04 and a16-10) "ti da 1,5" is the cap "tối đa", "thang cui quy"
    # the quarter's last month; restored "từ đa", "tháng của quý"
    text = correct_text("cap tiéu hoc bé tri ti da 1,5 gido vién/lớp d6i voi trudng day 2 budi/ngay.", "image-ocr").text
    assert "tối đa 1,5 giáo viên/lớp" in text
    text = correct_text("Bao cao dinh ky hang quy gui truéc ngay 18 cua thang cui quy.", "image-ocr").text
    assert "tháng cuối quý" in text

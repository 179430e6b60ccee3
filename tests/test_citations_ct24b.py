"""Citations on real wording and their scan damage, session 24 second wave (ct24b, authored23's misses).

- A bare "Luật" pointing back to the law just named ("(sau đây gọi tắt là Luật), bảo đảm Luật được thi hành",
  "kể từ ngày Luật có hiệu lực", "văn bản trái với Luật phải được sửa đổi", "tuyên truyền Luật vào chương trình"):
  a verb or preposition after it, no citation (a23-03's labels). "Luật Dược" (capitalised) stays a law.
- A law's name cut at its own comma in a title in capitals ("TRIỂN KHAI THI HÀNH LUẬT CẤP, THOÁT NƯỚC"): the law
  the document cites with its number, one document; "Luật Đầu tư" is no cut "Luật Đầu tư công".
- A document a numbered decision issues or approves, named right after it ("Quyết định số … của Thủ tướng Chính
  phủ phê duyệt Quy hoạch …"): one document, the numbered one (the tuning labels' majority: a21-06, a21-07,
  t18-09, t20-09, t20-10, t21-06, t21-07, t22-07, a20-01). One printed first, then "ban hành kèm theo Quyết định
  số …", stays its own (session 22's convention).
- Scan damage of a code, repaired from the document's own consensus or the known code list, never one valid code
  into another: a letter put into a code cited clean elsewhere in the document ("148/2018/TT-BQBP" beside
  148/2018/TT-BQP, a23-05); a speck read as an apostrophe inside a code ("02/CĐ-T'Tg", a23-04); a letter doubled
  in a code the header's own number holds clean ("4895/UBND-KTT" under "Số: 86/UBND-KT", a23-04); a stray glyph
  in a Party issuer's code that leaves exactly one known body's code ("318-BC/BTGDVTVW" for BTGDVTW, a23-01).

Sentences written for these tests in that style.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.symbols import normalize_symbol

_UBND_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 15/KH-UBND\nQuảng Trị, ngày 10 tháng 01 năm 2027\n\n"
              "KẾ HOẠCH\nTRIỂN KHAI THI HÀNH LUẬT PHÒNG, CHỐNG MA TÚY TRÊN ĐỊA BÀN TỈNH\n\n")
_PLAIN_HEAD = _UBND_HEAD.replace("LUẬT PHÒNG, CHỐNG MA TÚY", "KẾ HOẠCH CÔNG TÁC NĂM 2027")


def _cited(text: str):
    return [(c.number, c.type) for c in extract(text).citations]


def test_a_bare_luat_before_a_verb_is_the_law_just_named():
    text = (_UBND_HEAD + "Căn cứ Luật Phòng, chống ma túy số 73/2021/QH14 ngày 30 tháng 3 năm 2021;\n\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Triển khai kịp thời Luật Phòng, chống ma túy (sau đây gọi tắt là Luật), "
            "bảo đảm Luật được thi hành thống nhất kể từ ngày Luật có hiệu lực thi hành.\n\n"
            "2. Văn bản trái với Luật phải được bãi bỏ trước ngày Luật có hiệu lực.\n\n"
            "3. Đưa nội dung Luật vào chương trình phổ biến, giáo dục pháp luật hằng năm.\n")
    assert _cited(text) == [("73/2021/QH14", "Luật")]


def test_a_capitalised_name_after_luat_stays_a_law():
    text = _UBND_HEAD + "Căn cứ Luật Dược ngày 06 tháng 4 năm 2016;\n"
    assert ("Luật") in [t for _, t in _cited(text)]


def test_a_law_cut_at_its_comma_in_a_capitals_title_is_the_numbered_law():
    text = (_UBND_HEAD + "Căn cứ Luật Phòng, chống ma túy số 73/2021/QH14 ngày 30 tháng 3 năm 2021;\n")
    assert _cited(text) == [("73/2021/QH14", "Luật")]


def test_a_law_whose_name_opens_another_without_its_comma_stays_apart():
    text = (_PLAIN_HEAD + "Căn cứ Luật Đầu tư công số 58/2024/QH15 ngày 29 tháng 11 năm 2024;\n\n"
            "1. Thực hiện đúng quy định của Luật Đầu tư về thủ tục dự án.\n")
    assert sorted(t for _, t in _cited(text)).count("Luật") == 2


def test_a_plan_approved_by_a_numbered_decision_is_that_decision():
    text = (_PLAIN_HEAD + "Thực hiện Quyết định số 509/QĐ-TTg ngày 13/6/2024 của Thủ tướng Chính phủ phê duyệt Quy "
            "hoạch hệ thống du lịch thời kỳ 2021 - 2030, tầm nhìn đến năm 2045;\n")
    assert _cited(text) == [("509/QĐ-TTg", "Quyết định")]


def test_a_letter_put_into_a_code_cited_clean_elsewhere_is_that_document():
    text = (_PLAIN_HEAD + "Căn cứ Thông tư số 148/2018/TT-BQP ngày 04/10/2018 của Bộ trưởng Bộ Quốc phòng;\n\n"
            "1. Thực hiện đúng quy định tại Thông tư số 148/2018/TT-BQBP về tuyển chọn công dân.\n")
    assert _cited(text) == [("148/2018/TT-BQP", "Thông tư")]


def test_a_speck_read_as_an_apostrophe_inside_a_code_is_dropped():
    text = (_PLAIN_HEAD + "Thực hiện Công điện số 02/CĐ-T'Tg ngày 04/01/2027 của Thủ tướng Chính phủ về ứng phó rét "
            "đậm, rét hại;\n")
    assert _cited(text) == [("02/CĐ-TTg", "Công điện")]


def test_a_doubled_letter_of_the_headers_own_code_is_read_back():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 86/UBND-KT\nLào Cai, ngày 05 tháng 01 năm 2027\n\n"
            "V/v ứng phó với rét đậm, rét hại\n\nỦy ban nhân dân tỉnh đã ban hành Công văn số 4895/UBND-KTT ngày "
            "14/12/2026 chỉ đạo ứng phó.\n")
    assert _cited(text) == [("4895/UBND-KT", "Công văn")]


def test_a_code_of_another_office_stays_as_read():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 86/UBND-KT\nLào Cai, ngày 05 tháng 01 năm 2027\n\n"
            "V/v ứng phó với rét đậm, rét hại\n\nThực hiện Công văn số 4895/UBND-VX ngày 14/12/2026.\n")
    assert _cited(text) == [("4895/UBND-VX", "Công văn")]


def test_a_stray_glyph_in_a_party_issuers_code_leaves_the_known_code():
    assert normalize_symbol("318-BC/BTGDVTVW") == "318-BC/BTGDVTW"
    assert normalize_symbol("15-HD/BTGDVTU") == "15-HD/BTGDVTU"
    assert normalize_symbol("01-NQ/BTGDVHU") == "01-NQ/BTGDVHU"

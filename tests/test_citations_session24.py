"""Citations on real wording and their scan damage, session 24 (ct24).

- A Central Committee plenum's resolution named by plenum and term ("Nghị quyết Hội nghị lần thứ năm Ban Chấp hành
  Trung ương Đảng khóa XIV") in a plan that cites the Central Committee's numbered resolution without its term but
  dated within that term ("Nghị quyết số 09-NQ/TW ngày 14/11/2026 của Ban Chấp hành Trung ương Đảng"): one
  document (a22-01's labels). A numbered resolution dated in an earlier term stays a document of its own.
- A charter named in full, then by its short name ("Điều lệ Hội Liên hiệp Phụ nữ Việt Nam" … "Điều lệ Hội"): one
  document (t19-10's labels).
- A charter still to be written or issued ("xây dựng, ban hành Điều lệ các giải thể thao năm 2027"): no citation
  (the labels' future documents, the "ban hành Quy chế" rule).
- A scan's last letter lost from a Ban's code, "245/BC-KTN … của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh"
  (a22-05, t22-05 scanned): the Ban's initials, KTNS; a code equal to the initials or not one letter short of them
  stays as read.
- A scan's 1 for the T of a state symbol's type code, "Chỉ thị số 07/C1-UBND" (t24-01 scanned): 07/CT-UBND, as
  no type code holds a digit and exactly one of T, I, L in its place is a type code; a code with a digit that no
  such letter makes a type code ("C01") stays.

Sentences written for these tests in that style.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.symbols import normalize_symbol

_PARTY_HEAD = ("ĐẢNG BỘ TỈNH PHÚ THỌ\nĐẢNG ỦY PHƯỜNG THANH MIẾU\nSố 61-KH/ĐU\n"
               "Thanh Miếu, ngày 10 tháng 12 năm 2026\n\nKẾ HOẠCH\n")
_HDND_HEAD = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH AN GIANG\nSố: 88/NQ-HĐND\nAn Giang, ngày 10 tháng 12 năm 2026\n\nNGHỊ QUYẾT\n"
              "Về kế hoạch đầu tư công năm 2027\n\n")


def _cited(text: str):
    return [(c.number, c.type) for c in extract(text).citations]


def test_a_plenum_resolution_and_the_central_committees_numbered_one_of_its_term_are_one():
    text = (_PARTY_HEAD + "HỌC TẬP, QUÁN TRIỆT VÀ TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ NĂM BAN CHẤP HÀNH "
            "TRUNG ƯƠNG ĐẢNG KHÓA XIV\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Giúp cán bộ, đảng viên nắm vững nội dung cốt lõi của "
            "Nghị quyết số 09-NQ/TW ngày 14/11/2026 của Ban Chấp hành Trung ương Đảng về phát triển văn hóa.\n")
    assert _cited(text) == [("09-NQ/TW", "Nghị quyết")]


def test_a_numbered_resolution_of_an_earlier_term_is_another_document():
    text = (_PARTY_HEAD + "HỌC TẬP, QUÁN TRIỆT VÀ TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ NĂM BAN CHẤP HÀNH "
            "TRUNG ƯƠNG ĐẢNG KHÓA XIV\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Gắn với việc thực hiện Nghị quyết số 19-NQ/TW ngày "
            "16/6/2022 của Ban Chấp hành Trung ương Đảng về nông nghiệp, nông dân, nông thôn.\n")
    assert set(_cited(text)) == {(None, "Nghị quyết"), ("19-NQ/TW", "Nghị quyết")} and len(_cited(text)) == 2


def test_a_charter_named_again_by_its_short_name_is_one_document():
    text = (_PARTY_HEAD + "TỔNG KẾT CÔNG TÁC HỘI NĂM 2026\n\nCăn cứ Điều lệ Hội Liên hiệp Phụ nữ Việt Nam; Luật Thi đua, "
            "khen thưởng năm 2022;\n\n1. Các chi hội thu, nộp hội phí đạt 100% theo quy định của Điều lệ Hội.\n")
    assert [t for n, t in _cited(text)] == ["Điều lệ", "Luật"]


def test_a_charter_still_to_be_issued_is_no_citation():
    text = (_PARTY_HEAD + "TỔ CHỨC CÁC GIẢI THỂ THAO NĂM 2027\n\n1. Trung tâm Văn hóa - Thể thao phường xây dựng, ban hành "
            "Điều lệ các giải thể thao năm 2027, hoàn thành trước ngày 15/01/2027.\n"
            "2. Trung tâm xây dựng Quy tắc ứng xử tại nhà văn hóa, trình Ủy ban nhân dân phường trong tháng 02/2027.\n")
    assert _cited(text) == []


def test_a_bans_code_one_letter_short_of_its_initials_gets_the_letter_back():
    text = (_HDND_HEAD + "Xét Tờ trình số 120/TTr-UBND ngày 01 tháng 12 năm 2026 của Ủy ban nhân dân tỉnh; Báo cáo thẩm "
            "tra số 245/BC-KTN ngày 05 tháng 12 năm 2026 của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh; Báo cáo "
            "thẩm tra số 246/BC-VHX ngày 05 tháng 12 năm 2026 của Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh;\n")
    assert [n for n, _ in _cited(text)] == ["120/TTr-UBND", "245/BC-KTNS", "246/BC-VHXH"]


def test_a_bans_code_equal_to_or_apart_from_its_initials_stays_as_read():
    text = (_HDND_HEAD + "Xét Báo cáo thẩm tra số 27/BC-KTNS ngày 12 tháng 12 năm 2026 của Ban Kinh tế - Ngân sách Hội "
            "đồng nhân dân tỉnh; Báo cáo số 28/BC-PC ngày 12 tháng 12 năm 2026 của Ban Pháp chế Hội đồng nhân dân tỉnh; "
            "Báo cáo số 29/BC-BDT ngày 12 tháng 12 năm 2026 của Ban Dân tộc Hội đồng nhân dân tỉnh;\n")
    assert [n for n, _ in _cited(text)] == ["27/BC-KTNS", "28/BC-PC", "29/BC-BDT"]


def test_a_type_codes_t_read_as_a_one_is_the_type_code():
    text = (_HDND_HEAD + "Tiếp tục thực hiện Chỉ thị số 07/C1-UBND ngày 22/4/2024 của Chủ tịch Ủy ban nhân dân tỉnh về "
            "tăng cường quản lý đất đai.\n")
    assert _cited(text) == [("07/CT-UBND", "Chỉ thị")]
    assert normalize_symbol("15/C1r-UBND") == "15/CTr-UBND"


def test_a_code_with_a_digit_no_letter_makes_a_type_code_stays():
    assert normalize_symbol("123/C01-UBND") == "123/C01-UBND"
    assert normalize_symbol("07/CT-UBND") == "07/CT-UBND"

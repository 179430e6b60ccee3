"""Issue 9: the title block of a Party central document ("NGHỊ QUYẾT" / "CỦA BỘ CHÍNH TRỊ" / "về …").

The trích yếu is what is printed after the type word (realdocs labels: 221-KL/TW's title is "Của Bộ Chính
trị, Ban Bí thư về tình hình, …"): the issuing body's line and the "về …" subject under it, never the body's
line alone, in sentence case (the labels README; :mod:`vanban.extract.title_case`). The header is the real one of
Nghị quyết 57-NQ/TW (22/12/2024)."""
import pytest

from vanban.extract import extract

HEADER = "BỘ CHÍNH TRỊ\n*\nSố 57-NQ/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 22 tháng 12 năm 2024\n\n"
BODY = ("\n\nI. TÌNH HÌNH VÀ NGUYÊN NHÂN\n\n1. Thời gian qua, Đảng, Nhà nước luôn coi phát triển khoa học "
        "và công nghệ là quốc sách hàng đầu.\n")


@pytest.mark.parametrize("block, doc_type, title", [
    ("NGHỊ QUYẾT\nCỦA BỘ CHÍNH TRỊ\nvề đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
     "Nghị quyết",
     "Của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"),
    ("KẾT LUẬN\nCỦA BỘ CHÍNH TRỊ\nvề tiếp tục thực hiện Nghị quyết số 57-NQ/TW",
     "Kết luận", "Của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 57-NQ/TW"),
    ("CHỈ THỊ\nCỦA BAN BÍ THƯ\nvề nâng cao vai trò lãnh đạo của Đảng trong phòng, chống thiên tai",
     "Chỉ thị", "Của Ban Bí thư về nâng cao vai trò lãnh đạo của Đảng trong phòng, chống thiên tai"),
    # the type and the issuing body on one line: a multi-word type ("Thông báo kết luận", issue 9)
    ("THÔNG BÁO KẾT LUẬN CỦA BỘ CHÍNH TRỊ\nvề Đề án sắp xếp, tinh gọn tổ chức bộ máy",
     "Thông báo kết luận", "Của Bộ Chính trị về Đề án sắp xếp, tinh gọn tổ chức bộ máy"),
    # the type alone, the conclusion's words and its body on the next line (a Thông báo kết luận of the Politburo)
    ("THÔNG BÁO\nKẾT LUẬN CỦA BỘ CHÍNH TRỊ\nvề Đề án sắp xếp, tinh gọn tổ chức bộ máy",
     "Thông báo", "Kết luận của Bộ Chính trị về Đề án sắp xếp, tinh gọn tổ chức bộ máy"),
])
def test_party_central_title_block(block, doc_type, title):
    m = extract(HEADER + block + BODY).metadata
    assert (m.number, m.date, m.type, m.title) == ("57-NQ/TW", "2024-12-22", doc_type, title)


def test_title_in_capitals_still_ends_before_the_body():
    # a title in capitals, then the body in small letters: the body is no part of the trích yếu
    m = extract(HEADER + "NGHỊ QUYẾT\nVỀ PHÁT TRIỂN KHOA HỌC\nCác cấp ủy, tổ chức đảng quán triệt sâu sắc.\n").metadata
    assert m.title == "Về phát triển khoa học"  # in sentence case (vanban.extract.title_case)

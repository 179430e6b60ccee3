"""A committee's programme for its whole term cited by its author, with no number or year: "… và Chương trình công
tác toàn khóa của Ban Chấp hành Đảng bộ xã" (session 46, obl46t; tune45's t45-06 kind, in forms written here)."""

from vanban.extract import extract

HEAD = ("ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY XÃ NGHI PHONG\n\nSố: 31-BC/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
        "Nghi Phong, ngày 05 tháng 7 năm 2035\n\nBÁO CÁO\n\nkết quả 6 tháng đầu năm 2035\n\n")


def _programmes(body: str) -> list:
    return [c for c in extract(HEAD + body).citations if c.type == "Chương trình"]


def test_a_term_programme_after_a_numbered_resolution_is_cited():
    body = ("Thực hiện Nghị quyết số 15-NQ/ĐU ngày 20/12/2034 của Ban Chấp hành Đảng bộ xã về nhiệm vụ năm 2035 và "
            "Chương trình công tác toàn khóa của Ban Chấp hành Đảng bộ xã, Ban Thường vụ Đảng ủy báo cáo như sau:\n\n"
            "I. KẾT QUẢ\n\nCác chỉ tiêu cơ bản đạt kế hoạch.\n")
    (c,) = _programmes(body)
    assert c.number is None


def test_a_working_programme_of_the_term_in_a_basis_clause_is_cited():
    body = ("Căn cứ Chương trình làm việc toàn khóa của Ban Chấp hành Đảng bộ tỉnh khóa XX;\n\n"
            "I. KẾT QUẢ\n\nCác chỉ tiêu cơ bản đạt kế hoạch.\n")
    assert len(_programmes(body)) == 1


def test_a_duty_to_follow_the_term_programme_cites_nothing():
    body = ("I. NHIỆM VỤ\n\nVăn phòng Đảng ủy tham mưu Ban Thường vụ thực hiện Quy chế làm việc, chương trình công tác "
            "toàn khóa và hằng năm.\n\nBan Tuyên giáo xây dựng Chương trình công tác toàn khóa của Ban Chấp hành "
            "trình Ban Thường vụ.\n")
    assert _programmes(body) == []

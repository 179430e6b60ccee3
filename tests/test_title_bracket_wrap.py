"""A trích yếu wrapped inside a bracket: the line that closes it goes on with the title.

Why: a Đảng ủy's plan names the resolution it reviews with its term in brackets, and a scan's line may break inside
them ("… CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG (KHÓA" / "XIII) VỀ …", t32-02's scan). The line "XIII) VỀ …" looks like a
body item numbered "XIII)", so the title stopped at "(KHÓA". A line that opens by closing the bracket the title line
left open is the title's own; a body item right under a closed title still ends it.

Input written for this test in the style of a Đảng ủy phường's Kế hoạch.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = ("ĐẢNG BỘ TỈNH BÌNH DƯƠNG\nĐẢNG ỦY PHƯỜNG TÂN AN\nSố 42-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Tân An, ngày 12 tháng 8 năm 2028\n\nKẾ HOẠCH\n")


def test_a_title_wrapped_inside_its_bracket_goes_on():
    text = (HEAD + "TỔNG KẾT 10 NĂM THỰC HIỆN NGHỊ QUYẾT SỐ 18-NQ/TW CỦA BAN CHẤP HÀNH TRUNG ƯƠNG (KHÓA\n"
            "XII) VỀ ĐỔI MỚI, SẮP XẾP TỔ CHỨC BỘ MÁY\n\nThực hiện Kế hoạch của Ban Thường vụ Thành ủy, Đảng ủy phường "
            "xây dựng Kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Đánh giá đúng kết quả.\n")
    title = extract(text).metadata.title
    assert title.upper().endswith("(KHÓA XII) VỀ ĐỔI MỚI, SẮP XẾP TỔ CHỨC BỘ MÁY")


def test_a_body_item_under_a_closed_title_still_ends_it():
    text = (HEAD + "TỔNG KẾT CÔNG TÁC NĂM 2028 (ĐỢT 1)\n"
            "I) MỤC ĐÍCH, YÊU CẦU\n\n1. Đánh giá đúng kết quả.\n")
    assert extract(text).metadata.title.upper() == "TỔNG KẾT CÔNG TÁC NĂM 2028 (ĐỢT 1)"

"""A short numbered heading with its first paragraph right under it, the blank line between them lost (ocr37).

Inputs written for these tests in the wording of a ward's or a commune's plan, laid out as Tesseract reads a rendered
page: the blank line under a heading lost.
"""

from vanban.extract import extract
from vanban.structure.heading_breaks import heading_breaks

# a short numbered heading with the first sentence of its paragraph right under it (the blank line lost), the
# sentence leading a list of dated stops
_HEADING_GLUED = """KẾ HOẠCH
Cấp phiếu lý lịch tư pháp lưu động năm 2031

II. NỘI DUNG

1. Tuyên truyền

Phổ biến lịch tiếp nhận hồ sơ trên hệ thống loa truyền thanh của xã và các nhóm mạng xã hội
của từng thôn, bảo đảm người dân biết rõ thời gian, địa điểm.

2. Tiếp nhận hồ sơ tại các thôn
Tổ tư pháp xã bố trí 02 nhóm tiếp nhận hồ sơ lưu động, làm việc theo lịch sau:

- Chủ nhật, ngày 09/3/2031: tại Nhà văn hóa thôn Đồng Tâm;

- Chủ nhật, ngày 16/3/2031: tại Nhà văn hóa thôn Tân Tiến.
"""


def test_heading_breaks_part_a_short_heading_from_its_paragraph():
    at = heading_breaks(_HEADING_GLUED)
    assert [_HEADING_GLUED[k:k + 12] for k in at] == ["Tổ tư pháp x"]


def test_heading_breaks_leave_wrapped_lines_and_items_alone():
    text = ("1. Ủy ban nhân dân các xã, phường chỉ đạo các thôn, tổ dân phố tổ chức ra quân\n"
            "Tổng vệ sinh môi trường vào sáng Chủ nhật hằng tuần.\n\n"
            "2. Phòng Văn hóa - Xã hội\n- Chủ trì hướng dẫn các trường học thực hiện.\n\n"
            "3. Trạm Y tế xã phối hợp với\nBan Công an xã kiểm tra.\n")
    assert heading_breaks(text) == ()


def test_body_leading_dated_list_under_a_glued_heading_keeps_its_dates():
    got = [(o.who, o.deadline.date if o.deadline else None) for o in extract(_HEADING_GLUED).obligations]
    assert ("Tổ tư pháp xã", "2031-03-09") in got


# a heading that names a body and ends in its place's name, at a page's foot, its first paragraph (a page-wide line)
# at the next page's top
_NAME_HEADING_OVER_PAGE = """KẾ HOẠCH
Trồng rừng vụ xuân năm 2032

IV. TỔ CHỨC THỰC HIỆN

1. Phòng Kinh tế

Chủ trì hướng dẫn các thôn đăng ký diện tích, tổng hợp nhu cầu cây giống, hoàn thành trước ngày 15/01/2032.

2. Đề nghị Hạt Kiểm lâm khu vực Yên Sơn
\fBố trí kiểm lâm địa bàn hướng dẫn kỹ thuật trồng rừng, kiểm tra nguồn gốc cây giống tại các
vườn ươm; báo cáo kết quả về Ủy ban nhân dân xã trước ngày 30/4/2032.
"""


def test_heading_ending_in_a_name_parted_across_a_page_break():
    at = heading_breaks(_NAME_HEADING_OVER_PAGE)
    assert [_NAME_HEADING_OVER_PAGE[k:k + 14] for k in at] == ["Bố trí kiểm lâ"]


def test_name_heading_keeps_its_body_as_the_task_subject():
    got = {(o.who, o.deadline.date if o.deadline else None) for o in extract(_NAME_HEADING_OVER_PAGE).obligations}
    assert ("Hạt Kiểm lâm khu vực Yên Sơn", "2032-04-30") in got


def test_a_name_wrapped_at_a_full_line_is_no_heading():
    text = ("2. Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Ủy ban nhân dân các huyện Yên\n"
            "Sơn, Hàm Yên tổ chức kiểm tra việc thực hiện tại các địa phương trong tỉnh trước ngày 30/6.\n")
    assert heading_breaks(text) == ()


def test_a_heading_in_capitals_wrapped_is_no_heading_over_prose():
    text = ("II. HOÀN\nTHIỆN CƠ CHẾ, CHÍNH SÁCH HỖ TRỢ CHUYỂN ĐỔI SỐ CHO CÁC HỢP TÁC XÃ VÀ HỘ KINH DOANH TRÊN ĐỊA BÀN\n\n"
            "4\n\nXây dựng bộ tiêu chí.\n")
    assert heading_breaks(text) == ()

"""Targets a normative document sets as norms (issue 10; :mod:`vanban.extract.norm_targets`).

Each input is a piece of a real document of ``../shared/realdocs/docs`` (named beside each test), as
``realdocs/md2plain.py`` writes it (a table's cells one blank line apart, rows two); the expected values
were read from the text by hand (they are those of ``bench/gold/review-rules7``, labelled before vanban
was run on those documents), never taken from vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.folded import Folded
from vanban.extract.norm_targets import norm_targets

_NQ_HEAD = ("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\nSố: 82/2025/NQ-HĐND\n\nHà Nội, ngày 27 tháng 11 năm 2025\n\n"
            "NGHỊ QUYẾT\nVỀ VIỆC QUY ĐỊNH NỘI DUNG CHI, MỨC CHI, THỜI GIAN HỖ TRỢ KINH PHÍ PHỤC VỤ BẦU CỬ\n\n"
            "Điều 1. Phạm vi điều chỉnh\n\nNghị quyết quy định nội dung chi, mức chi phục vụ bầu cử.\n\n")
_KH_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\n\nSố: 12/KH-UBND\n\nAn Bình, ngày 20 tháng 11 năm 2025\n\n"
            "KẾ HOẠCH\nTổ chức hội nghị tổng kết năm 2025\n\nI. NỘI DUNG\n\n")


def _t(text: str):
    return [(t.min, t.max, t.unit) for t in extract(text).targets]


# 82-2025-NQ-HDND, Phụ lục (columns "Mức chi" | "Cấp Thành phố" | "Cấp xã"), rows 3.1 and 4.4
_MONEY_TABLE = (
    "PHỤ LỤC\nNỘI DUNG CHI, MỨC CHI, THỜI GIAN HỖ TRỢ KINH PHÍ PHỤC VỤ BẦU CỬ\n\n"
    "STT\n\nNội dung\n\nMức chi\n\nGhi chú\n\n\nCấp Thành phố\n\nCấp xã\n\n \n\n\n"
    "3.1\n\nCác cuộc họp của Ban chỉ\nđạo, Ủy ban bầu cử, Ban bầu cử\n\n\n\n\n\n"
    "Chủ trì cuộc họp\n\n500.000 đồng/người /buổi\n\n400.000 đồng/người/ buổi\n\n\n\n"
    "Thành viên tham dự\n\n200.000 đồng/người /buổi\n\n160.000 đồng/người/ buổi\n\n\n\n"
    "Chi tham gia ý kiến\nbằng văn bản của Ban chỉ đạo\n\n300.000 đồng/người /lần; tối đa 1.000.000 đồng/người /văn\nbản\n\n"
    "240.000 đồng/người/ lần; tối đa 600.000 đồng/người/ văn bản\n\n\n\n"
)


def test_spending_norm_cells_of_a_mức_chi_table_are_targets():
    got = _t(_NQ_HEAD + "Điều 3. Nội dung và mức chi\n\nChi tiết tại Phụ lục kèm theo.\n\nCHỦ TỊCH\nĐinh Thị Quế\n\n" + _MONEY_TABLE)
    assert got == [(500000, 500000, "đồng"), (400000, 400000, "đồng"), (200000, 200000, "đồng"),
                   (160000, 160000, "đồng"), (300000, 300000, "đồng"), (None, 1000000, "đồng"),
                   (240000, 240000, "đồng"), (None, 600000, "đồng")]
    ex = extract(_NQ_HEAD + "CHỦ TỊCH\nĐinh Thị Quế\n\n" + _MONEY_TABLE)
    first = ex.targets[0]
    assert first.period == "mỗi buổi" and "Chủ trì cuộc họp" in first.scope


def test_the_same_cells_in_a_plan_are_not_norms():
    # precision: a Kế hoạch's cost lines are its means, never norms this module reads
    text = _KH_HEAD + "1. Kinh phí\n\n500.000 đồng/người /buổi\n\n400.000 đồng/người/ buổi\n\n"
    f = Folded.of(text)
    assert norm_targets(f, f, "Kế hoạch", "Tổ chức hội nghị tổng kết năm 2025", 0, len(text)) == ([], [])
    # nor does a Quyết định whose trích yếu sets no norms read money cells (only time limits)
    assert norm_targets(f, f, "Quyết định", "Phê duyệt Kế hoạch tổ chức hội nghị", 0, len(text)) == ([], [])


# 22-2025-NQ-HDND, Phụ lục I and III: amounts in thousands ("Mức chi/ Tiền công (1.000đ)"), one or two columns
_THOUSANDS = (
    "PHỤ LỤC I\nNỘI DUNG CHI VÀ MỨC CHI ĐỂ TỔ CHỨC CÁC KỲ THI CẤP TRUNG HỌC PHỔ THÔNG\n\n"
    "Số TT\n\nTên kỳ thi\n\nNội dung chi\n\nMức chi/ Tiền công (1.000đ)\n\nĐơn vị tính\n\nGhi chú\n\n\n"
    "I\n\nTốt nghiệp trung học\nphổ thông\n\n1. Ban Chỉ đạo thi \n\n\n\n- Trưởng ban\n\n692\n\nngười/ngày\n\n\n\n"
    "- Phó Trưởng ban\n\n623\n\nngười/ngày\n\n\n\n"
    "PHỤ LỤC III\nNỘI DUNG CHI VÀ MỨC CHI ĐỂ TỔ CHỨC CÁC CUỘC THI, HỘI THI CẤP TỈNH\n\n"
    "STT\n\nNội dung chi\n\nMức chi/ Tiền công các cuộc thi, hội thi từ 2 năm trở lên tổ chức 1 lần (1.000đ)\n\n"
    "Mức chi/ Tiền công các cuộc thi, hội thi tổ chức hàng năm (1.000đ)\n\nĐơn vị tính\n\nGhi chú\n\n\n"
    "1\n\nBan Tổ chức\n\n\n\n- Trưởng ban\n\n442\n\n398\n\nngười/ngày\n\n\n\n"
    "5\n\nChi khen thưởng \n\n\n\n5.1\n\nCá nhân:\n\n\n\nGiải nhất\n\n1.840\n\n1.470\n\nGiải\n\n\n\n"
)


def test_bare_amounts_of_a_thousands_table_are_norms_in_dong():
    head = _NQ_HEAD.replace("82/2025", "22/2025").replace(
        "VỀ VIỆC QUY ĐỊNH NỘI DUNG CHI, MỨC CHI, THỜI GIAN HỖ TRỢ KINH PHÍ PHỤC VỤ BẦU CỬ",
        "QUY ĐỊNH NỘI DUNG, MỨC CHI ĐỂ TỔ CHỨC CÁC KỲ THI, CUỘC THI, HỘI THI")
    got = [x for x in _t(head + "CHỦ TỊCH\nCao Văn Vĩnh\n\n" + _THOUSANDS) if x[2] == "đồng"]
    assert got == [(692000, 692000, "đồng"), (623000, 623000, "đồng"), (442000, 442000, "đồng"),
                   (398000, 398000, "đồng"), (1840000, 1840000, "đồng"), (1470000, 1470000, "đồng")]
    # the row numbers "1", "5" and "5.1" are no amounts


def test_set_amounts_and_benefit_coefficients():
    # 63-2025-NQ-HDND Điều 2, 3, 6, 7
    head = _NQ_HEAD.replace("82/2025", "63/2025").replace(
        "VỀ VIỆC QUY ĐỊNH NỘI DUNG CHI, MỨC CHI, THỜI GIAN HỖ TRỢ KINH PHÍ PHỤC VỤ BẦU CỬ",
        "QUY ĐỊNH MỨC CHUẨN TRỢ GIÚP XÃ HỘI VÀ CHÍNH SÁCH TRỢ GIÚP XÃ HỘI CỦA THÀNH PHỐ HÀ NỘI")
    body = ("Điều 2. Mức chuẩn trợ giúp xã hội\n\n1. Mức chuẩn trợ giúp xã hội của thành phố Hà Nội\nlà 650.000 đồng/tháng.\n\n"
            "2. Hệ số trợ cấp xã hội hằng tháng:\n\na) Trẻ em dưới 4 tuổi: 2.5\n\n"
            "b) Trẻ em từ đủ 4 tuổi đến dưới 16 tuổi; người từ đủ\n16 tuổi đến dưới 22 tuổi đang đi học: 1.5\n\n"
            "2. Hệ số để xác định mức trợ cấp nuôi dưỡng hằng\ntháng\n\na) Hệ số 5,0 đối với trẻ em dưới 04 tuổi.\n\n"
            "2. Đối tượng đang hưởng trợ cấp hưu trí xã hội được\nhỗ trợ thêm hằng tháng 150.000 đồng (ngoài chính sách của nhà nước).\n\n")
    got = _t(head + body)
    assert got == [(650000, 650000, "đồng"), (2.5, 2.5, "hệ số"), (1.5, 1.5, "hệ số"), (5.0, 5.0, "hệ số"),
                   (150000, 150000, "đồng")]


def test_relative_time_limits_of_a_quy_che():
    head = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n\nSố: 80/2025/QĐ-UBND\n\nBắc Ninh, ngày 25 tháng 11 năm 2025\n\n"
            "QUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH CUNG CẤP THÔNG TIN, TỔ CHỨC QUẢN LÝ CỔNG THÔNG TIN ĐIỆN TỬ\n\n")
    # 80-2025-QD-UBND_bac-ninh Điều 9.2.a
    body = ("a) Thời gian trả lời trên\nchuyên mục Hỏi - Đáp/ Phản ánh kiến nghị quy định như sau:\n\n"
            "Năm (05) ngày làm việc đối với\ncác ý kiến thuộc thẩm quyền giải quyết; Bảy (07) ngày làm việc đối với các ý kiến\n"
            "cần sự phối hợp liên ngành;\n\n")
    # 163-2025-QD-CTUBND Điều 12.4 and Điều 19
    body += ("4. Trường hợp bảo trì, nâng cấp hệ thống theo kế hoạch, đơn vị quản trị vận hành thông báo cho các bên "
             "liên quan tối thiểu trước 05 ngày làm việc.\n\n"
             "Đối với phản ánh, kiến nghị về giải quyết TTHC của các tổ chức, cá nhân, trong thời gian 10 (mười) ngày "
             "làm việc kể từ ngày tiếp nhận phản ánh kiến nghị, các cơ quan giải quyết TTHC phối hợp xử lý.\n\n")
    assert _t(head + "Điều 9. Trả lời phản ánh\n\n" + body) == [
        (None, 5, "ngày làm việc"), (None, 7, "ngày làm việc"), (5, None, "ngày làm việc"), (None, 10, "ngày làm việc")]


def test_bounded_and_labelled_norm_cells():
    # 55-2025-NQ-HDND, Phụ lục (funeral support norms): a bound, a label or an addition in the cell
    head = _NQ_HEAD.replace("82/2025", "55/2025").replace(
        "VỀ VIỆC QUY ĐỊNH NỘI DUNG CHI, MỨC CHI, THỜI GIAN HỖ TRỢ KINH PHÍ PHỤC VỤ BẦU CỬ",
        "QUY ĐỊNH MỘT SỐ NỘI DUNG CHI VÀ MỨC CHI ĐẶC THÙ THUỘC THẨM QUYỀN CỦA HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI")
    table = ("PHỤ LỤC\nMỨC CHI\n\nSTT\n\nNội dung\n\nMức chi\n\nGhi chú\n\n\n"
             "-\n\nỦy viên Ban Thường vụ, Ủy viên Ban chấp hành Đảng\nbộ thành phố Hà Nội\n\n2.500.000 đồng/người\nvà 01 vòng hoa\n\n"
             "Hỗ trợ thêm\n1.500.000 đồng/người\n\nVòng hoa tối đa\n1.500.000 đồng\n\n\n"
             "-\n\nThăm hỏi ốm đau\n\nTối đa 2.000.000 đồng/người/lần\n\n\n")
    assert _t(head + "CHỦ TỊCH\nĐinh Thị Quế\n\n" + table) == [
        (2500000, 2500000, "đồng"), (1500000, 1500000, "đồng"), (None, 1500000, "đồng"), (None, 2000000, "đồng")]


def test_time_limit_per_case_under_thoi_han_giai_quyet():
    # 2916-QD-UBND, Phụ lục I (columns "Tên thủ tục | Thời hạn giải quyết | Địa điểm thực hiện …"), its one row;
    # Phụ lục II restates the same limits for the same procedure: one target each
    head = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n\nSố: 2916/QĐ-UBND\n\nHà Tĩnh, ngày 24 tháng 11 năm 2025\n\n"
            "QUYẾT ĐỊNH\nPHÊ DUYỆT DANH MỤC VÀ QUY TRÌNH NỘI BỘ THỦ TỤC HÀNH CHÍNH CÔNG NHẬN KẾT QUẢ THĂM DÒ KHOÁNG SẢN\n\n"
            "Điều 1. Phê duyệt kèm theo Quyết định này danh mục thủ tục hành chính.\n\nCHỦ TỊCH\nNguyễn Văn A\n\n")
    row = ("- Trường hợp công nhận kết quả\nthăm dò đối với khoáng sản nhóm I có quy mô phân tán, nhỏ lẻ; khoáng sản nhóm\n"
           "II: 42 ngày làm việc.\n- Trường hợp công nhận kết quả\nthăm dò đối với khoáng sản nhóm III: 32 ngày làm việc.\n\n")
    app = ("PHỤ LỤC I\nDANH MỤC THỦ TỤC HÀNH CHÍNH\n\nSTT\n\nTên thủ tục hành chính\n\nMã số TTHC\n\nThời hạn giải quyết\n\n"
           "Địa điểm thực hiện\n\n\n1\n\nCông nhận kết quả thăm dò\nkhoáng sản thuộc thẩm quyền của UBND tỉnh Hà Tĩnh\n\n\n" + row
           + "PHỤ LỤC II\nNỘI DUNG CỤ THỂ CỦA QUY TRÌNH NỘI BỘ THỦ TỤC HÀNH CHÍNH\n\n2.5\n\nThời hạn giải quyết:\n" + row)
    assert [x for x in _t(head + app) if x[2] == "ngày làm việc"] == [(None, 42, "ngày làm việc"), (None, 32, "ngày làm việc")]


def test_cells_whose_blank_lines_legacy_ocr_lost():
    # Tesseract -l eng on the rendered pages of 82-2025-NQ-HDND and 22-2025-NQ-HDND (bench/realdocs_ocr.py):
    # the cells of a row come on consecutive lines, without diacritics
    head = _NQ_HEAD.replace("82/2025", "22/2025").replace(
        "VỀ VIỆC QUY ĐỊNH NỘI DUNG CHI, MỨC CHI, THỜI GIAN HỖ TRỢ KINH PHÍ PHỤC VỤ BẦU CỬ",
        "QUY ĐỊNH NỘI DUNG, MỨC CHI ĐỂ TỔ CHỨC CÁC KỲ THI, CUỘC THI, HỘI THI")
    rows = ("PHU LUC\n\nChu tri cudc hop\n500.000 dong/ngu¢i /budi\n400.000 d6éng/ngudi/ budi\n\n"
            "Thanh vién tham dw\n200.000 dong/nguwéi /budi\n160.000 dong/nguoi/ budi\n\n")
    table = ("SO TT\n\nTén ky thi\n\nN6Oi dung chi\n\nMic chi/ Tién cong (1.000d)\nDon vi tinh\n\nGhi chu\n\n"
             "1. Ban Chi dao thi\n\n- Truong ban\n692\n\nngudi/ngay\n\n- Pho Truong ban\n623\n\nngudi/ngay\n")
    assert [x for x in _t(head + "CHU TICH\nCao Van Vinh\n\n" + rows + table) if x[2] == "đồng"] == [
        (500000, 500000, "đồng"), (400000, 400000, "đồng"), (200000, 200000, "đồng"), (160000, 160000, "đồng"),
        (692000, 692000, "đồng"), (623000, 623000, "đồng")]

"""Targets on the wording of the review round ``bench/gold/review-targets10`` (issue 10).

Each input is a piece of a real document of ``../shared/realdocs/docs`` (named beside each test), as
``realdocs/md2plain.py`` writes it; the expected values are those of ``bench/gold/review-targets10``, written by
hand from the documents before vanban was run on them, never taken from vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract

_QD_HEAD = ("\nỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n-------\n\nSố: 2842/QĐ-UBND\n\nThành phố Hồ Chí\nMinh, ngày 20 "
            "tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n\nVỀ VIỆC THÔNG QUA PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH\nTHUỘC "
            "PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ\n\n")
_TT_HEAD = ("\nBỘ\nCÔNG THƯƠNG\n-------\n\nSố: 55/2025/TT-BCT\n\nHà Nội, ngày 28\ntháng 11 năm 2025\n\nTHÔNG TƯ\n"
            "SỬA\nĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 07/2019/TT-BCT NGÀY 19 THÁNG 4 NĂM 2019\n\n")
_NQ_HEAD = ("\nHỘI ĐỒNG NHÂN\nDÂN\nTHÀNH PHỐ HÀ NỘI\n-------\n\nSố: 48/2025/NQ-HĐND\n\nHà Nội, ngày\n26 tháng 11 năm "
            "2025\n\n\n\nNGHỊ QUYẾT\n\nVỀ\nĐỊNH MỨC PHÂN BỔ NGÂN SÁCH VÀ TỶ LỆ PHẦN TRĂM (%) ĐỐI VỚI CÁC KHOẢN THU PHÂN\n"
            "CHIA GIỮA CÁC CẤP NGÂN SÁCH THÀNH PHỐ HÀ NỘI\n\n")


def _t(text: str):
    return [(t.min, t.max, t.unit) for t in extract(text).targets]


def test_a_shortened_time_limit_is_the_new_limit_not_the_old_one():
    # 2842/QĐ-UBND (TP. Hồ Chí Minh), Phụ lục I.10, II.3, V.4, V.5: "từ X thành / còn / xuống còn Y" — Y is the
    # new time limit (a maximum), X the rule it replaces (no minimum)
    body = ("Điều 1. Thông qua phương án đơn giản hóa 43\nthủ tục hành chính.\n\n"
            "10.1. Nội dung đề xuất đơn\ngiản hóa\n\nRút ngắn thời gian giải quyết\nTTHC: từ 10 ngày làm việc thành 09 "
            "ngày làm việc\n\n"
            "3.1. Nội dung đề xuất đơn giản\nhóa\n\nRút ngắn thời gian giải quyết\nTTHC: từ 27 ngày thành 14 ngày làm "
            "việc.\n\n"
            "4.1. Nội dung đề xuất đơn giản\nhóa\n\nRút ngắn thời gian giải quyết\nTTHC: từ 20 ngày còn 15 ngày.\n\n"
            "5.1. Nội dung đề xuất đơn giản\nhóa\n\nRút ngắn thời gian giải quyết\nTTHC: từ 60 ngày xuống còn 30 ngày.\n")
    assert _t(_QD_HEAD + body) == [(None, 9, "ngày làm việc"), (None, 14, "ngày làm việc"), (None, 15, "ngày"),
                                   (None, 30, "ngày")]


def test_a_position_in_a_list_is_no_minimum():
    # 55/2025/TT-BCT, Điều 1.4: "số thứ tự 04" — folded, "tự" reads like "từ" (from); no target in the Thông tư
    body = ("Điều 1. Sửa đổi, bổ sung\n\n4. Sửa đổi, bổ sung điểm c khoản 3 Điều 4 như sau:\nHàng dệt may theo hạn "
            "ngạch thuế quan tại số thứ tự\n04 quy định tại Phụ lục I của\nThông tư này đáp ứng quy tắc xuất xứ hàng "
            "hóa quy định tại Hiệp định CPTTP được hưởng thuế suất thuế nhập khẩu của Mê-hi-cô theo\nCPTPP.\n")
    assert _t(_TT_HEAD + body) == []


# 48/2025/NQ-HĐND (Hà Nội), Phụ lục 01 B.II.2.1: an allocation table whose "Trong đó: chi khác tối thiểu" rows
# give floors (an empty unit cell "* *" between the label and the figures)
_EDUCATION_TABLE = (
    "2. Định mức\nphân bổ chi sự nghiệp giáo dục\n\n2.1. Định mức phân bổ theo tiêu chí học\nsinh\n\n\nSTT\n\nNội dung\n\n"
    "Đơn vị tính\n\nĐịnh mức\n\n\nKhu vực đô thị\n\nKhu vực còn lại\n\n\n1\n\nMầm non (MN)\n\nĐồng/học\nsinh/năm\n\n"
    "16.500.000\n\n18.000.000\n\n\n\nTrong đó: chi khác tối\nthiểu\n\n* *\n\n2.300.000\n\n2.300.000\n\n\n2\n\n"
    "Tiểu học (TH)\n\nĐồng/học\nsinh/năm\n\n9.500.000\n\n10.500.000\n\n\n\nTrong đó: chi khác tối thiểu\n\n* *\n\n"
    "1.800.000\n\n1.800.000\n\n\n"
)


def test_a_row_that_names_a_floor_gives_minimums():
    assert _t(_NQ_HEAD + "Điều 1. Phạm vi điều chỉnh\n\n" + _EDUCATION_TABLE) == [
        (16500000, 16500000, "đồng"), (18000000, 18000000, "đồng"), (2300000, None, "đồng"), (2300000, None, "đồng"),
        (9500000, 9500000, "đồng"), (10500000, 10500000, "đồng"), (1800000, None, "đồng"), (1800000, None, "đồng")]


# 48/2025/NQ-HĐND, Phụ lục 01 A: the city's scoring scale for the communes' investment capital (column "Thành phố
# tính cho cấp xã", the forest criterion and section III). The points are the norms; the bands ("Trên 88.000
# người", "Từ trên 10% đến 50%") and a computed start rounded ("làm tròn 44.000 người") are not.
_SCALE = (
    "- Dân số khởi đầu của mỗi xã để tính điểm\nsẽ là: A = (8.857.500x500.000)/ 1.300.081 = 43.719 người (làm tròn\n"
    "44.000 người).\n\n\n"
    "- Tức là đến 44.000 người được 10 điểm\n- Trên 44.000 đến 88.000, cứ tăng thêm\n8.800 người được thêm 2 điểm.\n"
    "- Trên 88.000 người đến 176.000 người,\ncứ 8.800 người tăng thêm được thêm 1 điểm.\n"
    "- Trên 176.000 người, từ 0 đến 176.000\nngười được tính 30 điểm, phần còn lại cứ 8.800 người tăng thêm được "
    "thêm 0,5 điểm.\n* Số liệu tính điểm để tính định mức\nlà số liệu của Thống kê Thành phố cung cấp.\n\n\n"
    "Tính theo trung ương\n- Đến 10% tính là 0,5 điểm\n- Từ trên 10% đến 50% được tính 1 điểm\n"
    "- Trên 50% trở lên được tính 2 điểm\n\n\n"
    "(1) Căn cứ đặc điểm, tính chất của từng\nngành, lĩnh vực để xác định điểm cho mỗi tiêu chí: Mật độ dân số 1 "
    "điểm/1000người/km2;\nSố trường công lập chưa đạt chuẩn 0,1 điểm/trường; Số km đường giao thông 0,1 "
    "điểm/100km;\nCác công trình thủy lợi, đê điều bình quân 0,1 điểm/đơn vị tính; Di tích 0,05 điểm/di\ntích.\n\n"
    "(2) Tiêu chí khu vực chịu tác động của\ncông trình quốc phòng và khu vực quân sự nhóm đặc biệt 05 điểm/xã;\n\n"
    "(3) Tiêu chí về vùng chịu tác động lớn của\nthiên tai, biến đổi khí hậu: 5 điểm/xã thường xuyên ảnh hưởng bão "
    "lụt, sạt lở,...;\ntrong đó riêng Minh Châu cộng thêm 3 điểm so với các xã khác do xã nằm giữa bãi\nsông.\n"
)


def test_a_scoring_scale_gives_its_points_not_its_bands():
    got = [(t.min, t.max, t.unit.replace(" ", "")) for t in extract(_NQ_HEAD + "Điều 1. Phạm vi điều chỉnh\n\n"
                                                                        + _SCALE).targets]
    assert got == [(10, 10, "điểm"), (2, 2, "điểm"), (1, 1, "điểm"), (30, 30, "điểm"), (0.5, 0.5, "điểm"),
                   (0.5, 0.5, "điểm"), (1, 1, "điểm"), (2, 2, "điểm"),
                   (1, 1, "điểm/1000người/km2"), (0.1, 0.1, "điểm/trường"), (0.1, 0.1, "điểm/100km"),
                   (0.1, 0.1, "điểm/đơnvịtính"), (0.05, 0.05, "điểm/ditích"), (5, 5, "điểm/xã"), (5, 5, "điểm/xã"),
                   (3, 3, "điểm")]


def test_a_shortened_limit_restated_in_a_limit_column_is_one_target():
    # 1949/QĐ-UBND (Cao Bằng), Phụ lục I row 1 (text up to the row's end, tests/fixtures/realdocs): the row's
    # "Thời hạn giải quyết" cell gives the limit; its note "Cắt giảm thời gian giải quyết từ 24 ngày xuống 22
    # ngày" says it again (bench/gold/review-targets: one target, 22 ngày làm việc)
    from pathlib import Path
    text = (Path(__file__).parent / "fixtures" / "realdocs" / "1949-QD-UBND.row1.txt").read_text(encoding="utf-8")
    assert _t(text) == [(None, 22, "ngày làm việc")]


def test_a_cited_appendix_at_a_line_start_is_no_appendix_heading():
    # 2842/QĐ-UBND in its legacy-OCR form (Tesseract -l eng, restored): the wrapped citation puts "Phụ lục III.1
    # Nghị định 133/2025/NĐ-CP" at a line's start; it must not open a new appendix, whose time limits (V.2-V.5 of
    # the plan) would then be left unread
    body = (
        "Điều 1. Thông qua phương án đơn giản hóa 43\nthủ tục hành chính.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nMai Văn Sáng\n\n"
        "PHỤ LỤC\n\nPHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH (TTHC)\n\n"
        "1.1. Nội dung đề xuất đơn giản\n\nhóa\n\nRút ngắn thời gian giải quyết\n\nTTHC: từ 20 ngày thành 10 ngày.\n\n"
        "1.2. Kiến nghị thực thi\n\nStva đổi Điều 109 của Nghị định\nsố 65/2023/NĐ-CP ngày 23 tháng 8 năm 2023, Mục I "
        "và các khoản 1, 2, 3 Mục III\nPhụ lục III.1 Nghị định 133/2025/NĐ-CP\n\n"
        "2.1. Nội dung đề xuất đơn giản\n\nhóa\n\nRút ngắn thời gian giải quyết\n\nTTHC: từ 30 ngày xuống còn 20 ngày.\n")
    ex = extract(_QD_HEAD + body)
    assert len(ex.structure.appendices) == 1
    assert [(t.min, t.max, t.unit) for t in ex.targets] == [(None, 10, "ngày"), (None, 20, "ngày")]

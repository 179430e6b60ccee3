"""Target kinds read from the misses of bench/gold/fresh (hand labels; a spent tuning set since session 8).

Inputs are pieces of real documents of ``../shared/realdocs/docs`` (named beside each test); expected values are
those of the hand-written gold, never vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract

_QD_HEAD = ("\nỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\n-------\n\nSố: 2815/QĐ-UBND\n\nĐồng Nai, ngày 20 tháng 11 năm 2025\n\n"
            "QUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính được sửa đổi, bổ sung\n\n")


def test_the_old_figure_of_a_change_is_no_minimum():
    # 2815/QĐ-UBND, Phụ lục: "Thay đổi thời gian giải quyết từ 15 ngày xuống còn 10 ngày." — 15 days is the old limit,
    # not "at least 15 days" (the verb "thay đổi" sits more than 30 characters before "từ")
    got = [(t.min, t.max, t.unit) for t in extract(_QD_HEAD + "Điều 1. Công bố kèm theo Quyết định này.\n\n"
                                                   "Ghi chú: Thay đổi thời gian giải quyết từ 15 ngày xuống còn 10 ngày.\n").targets]
    assert (15, None, "ngày") not in got


def test_a_prize_row_keeps_the_group_row_above_it():
    # 22/2025/NQ-HĐND Vĩnh Long, Phụ lục IV (review-rules7): "+ Giải nhất (vàng) | 400 | Giải" under "- Đơn:", then the same
    # "+ Giải nhất (vàng) | 520" under "- Đôi:" — the amounts differ by the group, which the scope must keep
    text = ("\nHỘI ĐỒNG NHÂN DÂN\nTỈNH VĨNH LONG\n-------\n\nSố: 22/2025/NQ-HĐND\n\nVĩnh Long, ngày 18 tháng 11 năm 2025 *\n\n"
            "NGHỊ QUYẾT\nQUY ĐỊNH NỘI DUNG, MỨC CHI ĐỂ TỔ CHỨC CÁC KỲ THI, CUỘC\nTHI, HỘI THI TRONG LĨNH VỰC GIÁO DỤC VÀ ĐÀO TẠO\n\n"
            "Điều 1. Phạm vi điều chỉnh\n\n"
            "STT\n\nNội dung\n\nMức chi/ Tiền công (1.000đ)\n\nĐơn vị tính\n\nGhi chú\n\n\n\n"
            "4\n\nChi khen thưởng \n\n\n\n\n\n\n4.1\n\n- Đơn:\n\n\n\n\n\n\n+ Giải nhất (vàng)\n\n400\n\nGiải\n\n\n\n\n"
            "+ Giải nhì (bạc)\n\n320\n\nGiải\n\n\n\n\n\n- Đôi:\n\n\n\n\n\n\n4.2\n\n+ Giải nhất (vàng)\n\n520\n\nGiải\n\n\n\n\n\n"
            "+ Giải nhì (bạc)\n\n390\n\nGiải\n\n")
    got = [(t.min, t.scope) for t in extract(text).targets]
    assert got == [(400000, "Đơn: + Giải nhất (vàng)"), (320000, "Đơn: + Giải nhì (bạc)"),
                   (520000, "Đôi: + Giải nhất (vàng)"), (390000, "Đôi: + Giải nhì (bạc)")]


def test_a_rules_frequency_is_its_interval():
    # 79/2025/QĐ-UBND Bắc Ninh, Quy chế Điều 5: "Mật khẩu ở mức quản trị hệ thống phải được thay đổi 03 tháng một lần và
    # mật khẩu tài khoản người dùng được thay đổi 06 tháng một lần" (fresh gold: 3 and 6 tháng, exact); with a bound word,
    # "tối thiểu 06 tháng một lần" (82/2025/QĐ-UBND, review6 gold: min 6)
    head = ("\nỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n-------\n\nSố: 79/2025/QĐ-UBND\n\nBắc Ninh, ngày 21 tháng 11 năm 2025\n\n"
            "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ QUẢN LÝ, SỬ DỤNG HỆ THỐNG THƯ ĐIỆN TỬ CÔNG VỤ\n\n")
    got = [(t.min, t.max, t.unit) for t in extract(head + (
        "Điều 5. Quản lý mật khẩu\n\n2. Mật khẩu ở mức quản trị hệ\nthống phải được thay đổi 03 tháng một lần và mật khẩu "
        "tài khoản người dùng được\nthay đổi 06 tháng một lần.\n\n3. Cán bộ, công chức thực hiện đổi mật khẩu tối thiểu 06 "
        "tháng một lần hoặc ngay sau khi\nphát hiện dấu hiệu lộ lọt thông tin.\n")).targets]
    assert got == [(3, 3, "tháng"), (6, 6, "tháng"), (6, None, "tháng")]


def test_a_periodic_schedule_is_no_frequency_target():
    # 86/2025/QĐ-UBND (review-targets gold leaves it out): "b) Hội đồng họp định kỳ 06 tháng một lần để đánh giá …"
    head = ("\nỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n-------\n\nSố: 86/2025/QĐ-UBND\n\nBắc Ninh, ngày 21 tháng 11 năm 2025\n\n"
            "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG\n\n")
    assert extract(head + "Điều 6. Chế độ làm việc\n\nb) Hội đồng họp định kỳ 06\ntháng một lần để đánh giá công tác của "
                          "Hội đồng.\n").targets == ()

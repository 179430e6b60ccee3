"""Obligation and deadline kinds the spent sets' misses showed in session 29 (obx29), each in its own wording."""

from __future__ import annotations

from vanban.extract import extract

_HD_HEAD = ("ĐẢNG BỘ TỈNH HÀ GIANG\n**BAN TỔ CHỨC TỈNH ỦY**\n\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n\n"
            "Số 12-HD/BTCTU\n\n*Hà Giang, ngày 02 tháng 10 năm 2027*\n\n**HƯỚNG DẪN**\n\n"
            "kiểm điểm, đánh giá tổ chức đảng cuối năm 2027\n\n-----\n\n")
_HD_TAIL = ("\n\n*Nơi nhận:*\n- Các đảng ủy trực thuộc,\n- Lưu BTCTU.\n\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\n"
            "Hoàng Thị Mai\n")


def test_a_level_heading_with_its_bodies_in_brackets_charges_the_bodies():
    text = _HD_HEAD + ("**II. THỨ TỰ THỰC HIỆN**\n\n"
                       "1. Cấp tổ đảng (các tổ đảng thuộc chi bộ thôn, bản): họp tổ góp ý từng đảng viên, xong "
                       "trước ngày 20/11/2027.\n\n"
                       "2. Đảng ủy cơ sở: tổng hợp kết quả, hoàn thành chậm nhất ngày 31/12/2027.") + _HD_TAIL
    got = {o.who: o.deadline.date if o.deadline else None for o in extract(text).obligations}
    assert got.get("Các tổ đảng thuộc chi bộ thôn, bản") == "2027-11-20"
    assert got.get("Đảng ủy cơ sở") == "2027-12-31"
    assert not [w for w in got if w.startswith("Cấp")]

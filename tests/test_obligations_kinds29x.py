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


_KH_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n\nSố: 88/KH-UBND\n\n*Lâm Đồng, ngày 10 tháng 12 năm 2026*\n\n"
            "**KẾ HOẠCH**\n\nphát triển dữ liệu số năm 2027\n\n**II. NHIỆM VỤ CỤ THỂ**\n\n")


def _row_dues(text: str) -> dict[str, tuple | None]:
    return {o.who: (o.deadline.earliest, o.deadline.latest) if o.deadline else None for o in extract(text).obligations}


def test_a_bare_year_in_a_markdown_tables_time_cell_is_that_years_interval_as_when_pasted():
    md = _KH_HEAD + ("| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |\n"
                     "|---|---|---|---|---|\n"
                     "| 1 | Số hóa sổ hộ tịch lưu trữ tại các xã | Sở Tư pháp | UBND các xã | 2027 |\n"
                     "| 2 | Cập nhật bản đồ số quy hoạch đô thị | Sở Xây dựng | UBND các phường | Năm 2028 |\n")
    got = _row_dues(md)
    assert got.get("Sở Tư pháp") == ("2027-01-01", "2027-12-31")
    assert got.get("Sở Xây dựng") == ("2028-01-01", "2028-12-31")
    # the same row pasted as a table whose cells stand one a line between bars gives the same year
    pasted = _KH_HEAD + ("|\nSTT\n|\nNhiệm vụ\n|\nCơ quan chủ trì\n|\nThời gian thực hiện\n|\n|\n1\n|\n"
                         "Số hóa sổ hộ tịch lưu trữ tại các xã\n|\nSở Tư pháp\n|\n2027\n|\n")
    assert [(d.earliest, d.latest) for d in extract(pasted).deadlines] == [("2027-01-01", "2027-12-31")]


def test_a_year_heading_a_target_tables_column_is_no_deadline():
    text = _KH_HEAD + ("| Chỉ tiêu | 2027 | 2028 |\n|---|---|---|\n| Tỷ lệ hồ sơ trực tuyến (%) | 60 | 80 |\n")
    assert not list(extract(text).deadlines)

"""A step's unit line that asks a body outside the issuer's line ("Đơn vị thực hiện: đề nghị …") (obl41b, session 41).

The request cue before the unit's name is no part of the name: the body asked is charged with the step and its time,
as the labels count a request ("Đề nghị …") as an obligation. The text is written for this test, not copied from a
labelled document.
"""

from __future__ import annotations

from vanban.extract import extract

_TEXT = ("ỦY BAN NHÂN DÂN\nXÃ AN THẠNH\nSố: 52/KH-UBND\nAn Thạnh, ngày 03 tháng 6 năm 2031\n\nKẾ HOẠCH\n"
         "Chỉnh lý hồ sơ địa chính năm 2031\n\n"
         "III. CÁC BƯỚC THỰC HIỆN\n\n"
         "Bước 1. Rà soát sổ mục kê\n\nĐối chiếu sổ mục kê với bản đồ địa chính của từng thôn.\n\n"
         "- Đơn vị chủ trì: Phòng Kinh tế.\n\n- Thời hạn hoàn thành: 30/6/2031.\n\n"
         "Bước 2. Đo đạc chỉnh lý biến động\n\n"
         "- Đơn vị thực hiện: đề nghị Văn phòng đăng ký đất đai chi nhánh khu vực Bắc Sơn.\n\n"
         "- Thời gian: xong trước ngày 31/8/2031.\n\n"
         "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Hòa\n")


def test_a_unit_line_asking_a_body_names_that_body():
    got = {(o.who, o.deadline.date if o.deadline else None) for o in extract(_TEXT).obligations}
    assert ("Văn phòng đăng ký đất đai chi nhánh khu vực Bắc Sơn", "2031-08-31") in got, got

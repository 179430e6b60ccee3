"""Stacked-cell tables (clean text: cells one blank line apart, rows two) whose group rows carry no label, and a
schedule whose first column names a unit, no number.

Kinds (vanban/structure/stacked.py, vocab.PERIOD_GROUP_ROW_RE, vocab.ATTEND_COL): a UBND xã's Chương trình công tác
heads each month's rows with a merged cell "THÁNG 02" / "QUÝ III" (no year, no label) and its standing tasks with a
name in capitals; a Đảng ủy's Công văn sets out "Chi bộ | Thời gian hội nghị | Đồng chí … dự, chỉ đạo". The texts are
written here in the style of those documents (not copied from any labelled one); the expected rows, bodies and
dates are read off the text by hand.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text


def _table(rows: list[list[str]]) -> str:
    return "\n\n\n".join("\n\n".join(r) for r in rows)


PROGRAMME = "\n\n".join([
    "ỦY BAN NHÂN DÂN\n\nXÃ BÌNH MINH",
    "CHƯƠNG TRÌNH\n\nCông tác năm 2028 của Ủy ban nhân dân xã",
    "1. Các nội dung trình phiên họp thường kỳ",
    "Ủy ban nhân dân xã họp thường kỳ mỗi tháng một lần; các nội dung cụ thể như sau:",
    "",
    _table([
        ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian trình"],
        ["**THÁNG 02**"],
        ["1", "Kế hoạch tổ chức Lễ hội mùa xuân và bảo đảm an ninh, trật tự trên địa bàn xã", "Phòng Văn hóa - Xã hội",
         "Công an xã; các thôn", "Tháng 02/2028"],
        ["2", "Báo cáo kết quả thu ngân sách tháng 01 năm 2028", "Phòng Kinh tế", "Kho bạc Nhà nước khu vực",
         "Trước ngày 20/02/2028"],
        ["**QUÝ III**"],
        ["3", "Kế hoạch phòng, chống thiên tai mùa mưa bão năm 2028", "Ban Chỉ huy quân sự xã",
         "Phòng Kinh tế; các thôn", "Quý III/2028"],
        ["**CÔNG VIỆC THƯỜNG XUYÊN**"],
        ["4", "Kiểm tra việc chấp hành quy định về trật tự xây dựng", "Phòng Kinh tế", "Công an xã", "Thường xuyên"],
    ]),
    "",
    "2. Tổ chức thực hiện",
    "Văn phòng Ủy ban nhân dân xã theo dõi, đôn đốc việc thực hiện Chương trình này.",
])


def test_month_and_named_group_rows_stay_inside_the_table():
    (t,) = [t for t in structure_of_text(PROGRAMME).tables if t.header]
    assert t.header == ("STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian trình")
    numbered = [(r[0].text, r[2].text, r[4].text) for r in t.rows[1:] if r[0].text[:1].isdigit()]
    assert numbered == [("1", "Phòng Văn hóa - Xã hội", "Tháng 02/2028"),
                        ("2", "Phòng Kinh tế", "Trước ngày 20/02/2028"),
                        ("3", "Ban Chỉ huy quân sự xã", "Quý III/2028"),
                        ("4", "Phòng Kinh tế", "Thường xuyên")]


def test_each_row_charges_its_lead_body_with_its_own_time():
    ex = extract(PROGRAMME)
    got = [(o.who, o.deadline and (o.deadline.date or o.deadline.latest)) for o in ex.obligations]
    for row in [("Phòng Văn hóa - Xã hội", "2028-02-29"), ("Phòng Kinh tế", "2028-02-20"),
                ("Ban Chỉ huy quân sự xã", "2028-09-30"), ("Phòng Kinh tế", None)]:
        assert row in got
    assert not any(w and "Cơ quan chủ trì" in w for w, _ in got)


SCHEDULE = "\n\n".join([
    "ĐẢNG ỦY PHƯỜNG AN LẠC\n*\nSố 52-CV/ĐU\nV/v tổ chức hội nghị sơ kết chi bộ",
    "An Lạc, ngày 02 tháng 3 năm 2028",
    "Kính gửi: Các chi bộ trực thuộc.",
    "Thực hiện Kế hoạch số 12-KH/ĐU ngày 10/01/2028 của Ban Chấp hành Đảng bộ phường, Ban Thường vụ Đảng ủy phường đề"
    "\nnghị các chi bộ trực thuộc thực hiện một số nội dung sau:",
    "1. Chuẩn bị hội nghị sơ kết",
    "Các chi bộ chuẩn bị báo cáo sơ kết, gửi về Văn phòng Đảng ủy phường trước ngày 31/3/2028.",
    "2. Lịch tổ chức hội nghị",
    "Lịch tổ chức hội nghị sơ kết của một số chi bộ như sau:",
    "",
    _table([
        ["**Chi bộ**", "**Thời gian hội nghị**", "**Đồng chí Ủy viên Ban Thường vụ dự, chỉ đạo**"],
        ["Chi bộ khu phố 3", "Ngày 14/4/2028", "Đồng chí Bí thư Đảng ủy phường"],
        ["Chi bộ Trường Tiểu học An Lạc", "Tháng 5/2028", "Đồng chí Phó Bí thư Đảng ủy phường"],
    ]),
    "",
    "3. Tổ chức thực hiện",
    "Văn phòng Đảng ủy phường theo dõi, tổng hợp kết quả, báo cáo Ban Thường vụ trước ngày 30/6/2028.",
])


def test_a_schedule_headed_by_the_unit_and_the_leader_who_attends_is_read():
    (t,) = [t for t in structure_of_text(SCHEDULE).tables if t.header]
    assert [(r[0].text, r[1].text) for r in t.rows[1:]] == [("Chi bộ khu phố 3", "Ngày 14/4/2028"),
                                                              ("Chi bộ Trường Tiểu học An Lạc", "Tháng 5/2028")]


def test_the_schedule_dates_each_row_and_charges_no_unit():
    ex = extract(SCHEDULE)
    dues = {(d.date, d.latest) for d in ex.deadlines}
    assert ("2028-04-14", "2028-04-14") in dues or ("2028-04-14", None) in dues
    assert any(latest == "2028-05-31" for _, latest in dues)
    assert not any(o.who and o.who.startswith("Chi bộ") for o in ex.obligations)
    assert any(o.who == "Văn phòng Đảng ủy phường" for o in ex.obligations)  # the table ends at "3. Tổ chức thực hiện"

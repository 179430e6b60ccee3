"""Schedule tables of year plans and the time lines of congress plans (session 31).

Kinds: a Kế hoạch năm học's month-by-month table ("Tháng | Nội dung | Người phụ trách": vocab.STACKED_PERIOD_COL,
vanban/extract/schedule_rows.py) — each month's row an interval deadline and one obligation of the school's posts in
charge, an event the row dates by its day a deadline of its own, the obligation due on the row's first day; a school's
and a congress's posts and committees as bodies (patterns.ORG_HEADS: "Hiệu trưởng", "Tổng phụ trách Đội", "Tiểu ban
Văn kiện"); a Chương trình công tác's "Từ tháng 5 đến tháng 6/2028" cell and its "(quý II)" after a task; a pilot
unit chosen ("Chọn chi hội … tổ chức đại hội điểm trong tuần đầu tháng 9/2027 (ngày 08/9/2027)"), the bracketed day
its deadline; "Thời gian: 02 ngày, ngày 24 và 25/11/2027", one interval. The texts are written here in the style of
those documents (not copied from any labelled one); the expected values are read off the text by hand.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text


def _table(rows: list[list[str]]) -> str:
    return "\n\n\n".join("\n\n".join(r) for r in rows)


def _doc(*parts: str, place: str = "Kiến Xương", date: str = "ngày 25 tháng 8 năm 2027") -> str:
    return "\n\n".join([
        "UBND XÃ KIẾN XƯƠNG\n\nTRƯỜNG THCS KIẾN XƯƠNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc",
        "Số: 45/KH-THCS",
        f"{place}, {date}",
        *parts,
    ])


SCHOOL_YEAR = _doc(
    "KẾ HOẠCH\n\nThực hiện nhiệm vụ năm học 2027 - 2028",
    "I. KẾ HOẠCH THEO THÁNG",
    _table([
        ["Tháng", "Nội dung", "Người phụ trách"],
        ["Tháng 9/2027", "Tổ chức khai giảng năm học mới ngày 06/9/2027; ổn định nề nếp học sinh; hoàn thành kế hoạch "
                         "giáo dục nhà trường trước ngày 25/9/2027.", "Hiệu trưởng"],
        ["Tháng 10/2027", "Dự giờ, thăm lớp đợt 1; thành lập đội tuyển học sinh giỏi.", "Phó Hiệu trưởng"],
        ["Tháng 01/2028", "Sơ kết học kỳ I trước ngày 17/01/2028; họp cha mẹ học sinh các lớp.",
         "Hiệu trưởng; Phó Hiệu trưởng"],
        ["Tháng 3/2028", "Hội giảng chào mừng Ngày Quốc tế Phụ nữ 8/3; tổ chức Ngày hội đọc sách.", "Tổng phụ trách Đội"],
    ]),
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Hiệu trưởng",
    "Chỉ đạo chung; báo cáo tổng kết năm học về UBND xã trước ngày 10/6/2028.",
    "2. Giáo viên chủ nhiệm",
    "Xây dựng kế hoạch chủ nhiệm lớp; phối hợp với cha mẹ học sinh theo dõi chuyên cần.",
    "3. Kế toán",
    "Lập dự toán ngân sách năm 2028; công khai tài chính theo quy định.",
)


def test_a_table_headed_by_its_month_column_is_read():
    (t,) = [t for t in structure_of_text(SCHOOL_YEAR).tables if t.header]
    assert t.header == ("Tháng", "Nội dung", "Người phụ trách")
    assert [(r[0].text, r[2].text) for r in t.rows[1:]] == [
        ("Tháng 9/2027", "Hiệu trưởng"), ("Tháng 10/2027", "Phó Hiệu trưởng"),
        ("Tháng 01/2028", "Hiệu trưởng; Phó Hiệu trưởng"), ("Tháng 3/2028", "Tổng phụ trách Đội")]


def test_each_month_is_a_deadline_and_the_dated_event_its_own():
    got = {(d.date, d.earliest, d.latest) for d in extract(SCHOOL_YEAR).deadlines}
    for month in [("2027-09-01", "2027-09-30"), ("2027-10-01", "2027-10-31"), ("2028-01-01", "2028-01-31"),
                  ("2028-03-01", "2028-03-31")]:
        assert (None, *month) in got
    assert ("2027-09-06", "2027-09-06", "2027-09-06") in got  # "khai giảng năm học mới ngày 06/9/2027"
    assert ("2027-09-25", "2027-09-25", "2027-09-25") in got
    assert ("2028-01-17", "2028-01-17", "2028-01-17") in got
    assert not any(d.date == "2028-03-08" for d in extract(SCHOOL_YEAR).deadlines)  # a holiday's name, no event day


def test_each_row_charges_its_posts_due_on_the_rows_first_day():
    got = [(o.who, o.deadline and (o.deadline.date or o.deadline.latest)) for o in extract(SCHOOL_YEAR).obligations]
    for row in [("Hiệu trưởng", "2027-09-06"), ("Phó Hiệu trưởng", "2027-10-31"),
                ("Hiệu trưởng; Phó Hiệu trưởng", "2028-01-17"), ("Tổng phụ trách Đội", "2028-03-31")]:
        assert row in got
    assert not any(w and w.startswith("Hội giảng") for w, _ in got)  # an event, no body


def test_a_schools_posts_head_their_blocks():
    got = [(o.who, o.deadline and o.deadline.date) for o in extract(SCHOOL_YEAR).obligations]
    assert ("Hiệu trưởng", "2028-06-10") in got
    assert ("Giáo viên chủ nhiệm", None) in got
    assert ("Kế toán", None) in got


def test_a_school_assigning_its_own_teachers_charges_no_body():
    text = _doc("KẾ HOẠCH\n\nPhòng, chống tai nạn thương tích cho học sinh dịp hè năm 2027",
                "1. Các trường học",
                "a) Phân công giáo viên chủ nhiệm liên hệ với cha mẹ học sinh trong dịp hè; không tổ chức cho học sinh "
                "đi dã ngoại tại khu vực ao, hồ.")
    assert not any(o.who and o.who.lower().startswith("giáo viên") for o in extract(text).obligations)


CONGRESS = _doc(
    "KẾ HOẠCH\n\nTổ chức Đại hội Hội Cựu chiến binh xã nhiệm kỳ 2027 - 2032",
    "I. TIẾN ĐỘ THỰC HIỆN",
    "1. Đại hội chi hội",
    "- Chọn chi hội Đông Hòa tổ chức đại hội điểm trong tuần đầu tháng 10/2027 (ngày 06/10/2027) để rút kinh nghiệm.",
    "- Tiểu ban Văn kiện hoàn thành dự thảo Báo cáo chính trị trước ngày 15/10/2027.",
    "2. Chuẩn bị Đại hội",
    "- Tiểu ban Tổ chức - Phục vụ chuẩn bị hội trường, khánh tiết trước ngày 20/11/2027.",
    "- Khám sức khỏe cho hội viên cao tuổi: 02 ngày, ngày 18 và 19/11/2027 tại Trạm Y tế xã.",
    place="Vũ Thư", date="ngày 20 tháng 8 năm 2027",
)


def test_a_day_in_brackets_narrows_its_week():
    ds = [(d.date, d.earliest, d.latest) for d in extract(CONGRESS).deadlines]
    assert ("2027-10-06", "2027-10-06", "2027-10-06") in ds
    assert (None, "2027-10-01", "2027-10-07") not in ds


def test_a_chosen_pilot_unit_and_the_committees_are_charged():
    got = [(o.who, o.deadline and o.deadline.date) for o in extract(CONGRESS).obligations]
    assert any(w and w.lower() == "chi hội đông hòa" and d == "2027-10-06" for w, d in got)
    assert ("Tiểu ban Văn kiện", "2027-10-15") in got
    assert ("Tiểu ban Tổ chức - Phục vụ", "2027-11-20") in got


def test_two_days_running_are_one_interval():
    ds = [(d.date, d.earliest, d.latest) for d in extract(CONGRESS).deadlines]
    assert (None, "2027-11-18", "2027-11-19") in ds


PROGRAMME = _doc(
    "CHƯƠNG TRÌNH\n\nCông tác năm 2028 của Thường trực Hội đồng nhân dân xã",
    "1. Hoạt động giám sát",
    "Thường trực HĐND xã tổ chức 02 cuộc giám sát chuyên đề: giám sát việc quản lý đất công ích (quý II) và giám sát "
    "công tác bảo vệ môi trường (quý III).",
    "2. Lịch công tác",
    _table([
        ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"],
        ["1", "Chuẩn bị nội dung kỳ họp giữa năm", "Văn phòng HĐND và UBND xã", "Từ tháng 5 đến tháng 6/2028"],
        ["2", "Tổ chức kỳ họp giữa năm", "Thường trực HĐND xã", "Tháng 7/2028"],
    ]),
    place="Tân Lập", date="ngày 20 tháng 12 năm 2027",
)


def test_a_span_of_months_in_words_and_a_bracketed_quarter():
    ex = extract(PROGRAMME)
    ds = [(d.earliest, d.latest) for d in ex.deadlines]
    assert ("2028-05-01", "2028-06-30") in ds
    assert ("2028-04-01", "2028-06-30") in ds and ("2028-07-01", "2028-09-30") in ds
    got = [(o.who, o.deadline and o.deadline.latest) for o in ex.obligations]
    assert ("Văn phòng HĐND và UBND xã", "2028-06-30") in got

"""Review fixes, session 42 (fixrev42): rules of this session that fired wider than their kind.

- Months whose first is already over on the issue date are a reported event's only when the clause reports one
  ("xảy ra", "tái phát", "đã …"); a task's own window that opened earlier in the year keeps its deadline.
- "ngày công" is man-days only where labour marks it (a labour verb before the count, "lao động" or "/người" after,
  or the clause closing on it); "05 ngày công ty …", "03 ngày công dân …" are a time limit in days.
- A task table's "Người phụ trách" column does not outrank its "Đơn vị" column; only a column of units looked at
  ("Cơ quan, đơn vị được thanh tra") gives way to one of those who act ("Tổ thực hiện").
- Folded "nhận trồng" is "nhận trong" too: "tiếp nhận trong ngày" is no planting taken on.

Sentences written for these tests, in no gold document's words.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = "ỦY BAN NHÂN DÂN\nXÃ SƠN LỘC\nSố: 17/KH-UBND\nSơn Lộc, ngày 20 tháng 4 năm 2033"
SIGN = "\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nĐinh Văn Hải\n"


def _doc(body: str, title: str = "Thực hiện nhiệm vụ năm 2033") -> str:
    return f"{HEAD}\n\nKẾ HOẠCH\n{title}\n\n{body}{SIGN}"


def _spans(body: str) -> list:
    return [(d.earliest, d.latest) for d in extract(_doc(body)).deadlines if not d.past]


def _targets(body: str) -> list:
    return [(t.min, t.max, t.unit) for t in extract(_doc(body)).targets]


def test_a_task_window_opened_before_the_issue_date_keeps_its_deadline():
    body = ("II. NHIỆM VỤ\n\n1. Công chức Tư pháp - Hộ tịch số hóa sổ hộ tịch lưu trữ, thực hiện từ tháng 02 đến "
            "tháng 8/2033.\n\n2. Các tổ dân phố ra quân vệ sinh môi trường trong tháng 3 và tháng 4/2033.\n")
    got = _spans(body)
    assert ("2033-02-01", "2033-08-31") in got and ("2033-03-01", "2033-04-30") in got


def test_months_of_a_reported_outbreak_stay_no_deadline():
    body = ("I. TÌNH HÌNH\n\nBệnh lở mồm long móng bùng phát tại hai thôn giáp ranh trong tháng 3 và tháng 4/2033, "
            "Ủy ban nhân dân xã ban hành Kế hoạch như sau:\n\nII. NHIỆM VỤ\n\n1. Trạm Thú y tiêm phòng bổ sung trong "
            "tháng 6 và tháng 7/2033.\n")
    assert _spans(body) == [("2033-06-01", "2033-07-31")]


def test_days_before_a_company_or_a_citizen_are_a_time_limit():
    got = _targets("II. CHỈ TIÊU\n\n1. Trong vòng 07 ngày công ty khai thác đá phải hoàn thành ký quỹ phục hồi "
                   "môi trường.\n")
    assert got and all(u == "ngày" for _, _, u in got) and got[0][1] == 7.0
    got = _targets("II. CHỈ TIÊU\n\n1. Giải quyết đơn thư trong 10 ngày công dân được trả lời bằng văn bản.\n")
    assert got and all(u == "ngày" for _, _, u in got)


def test_labour_marks_man_days():
    assert (400.0, 400.0, "ngày công") in _targets(
        "II. CHỈ TIÊU\n\n1. Khơi thông cống rãnh bằng sức dân với 400 ngày công.\n")
    assert any(u == "ngày công" and lo == 2500.0 for lo, _, u in _targets(
        "II. CHỈ TIÊU\n\n1. Huy động ít nhất 2.500 ngày công lao động để bê tông hóa đường thôn.\n"))


def _who(body: str) -> list:
    return [o.who for o in extract(_doc(body)).obligations]


def test_a_person_in_charge_column_does_not_outrank_the_unit_column():
    body = ("II. NHIỆM VỤ\n\n| STT | Nội dung công việc | Đơn vị | Người phụ trách | Thời gian |\n|---|---|---|---|---|\n"
            "| 1 | Lập danh sách hộ cận nghèo | Công chức Lao động - Thương binh và Xã hội | Phó Chủ tịch UBND xã | "
            "Trước ngày 15/5/2033 |\n"
            "| 2 | Kiểm kê tài sản công | Công chức Tài chính - Kế toán | Chủ tịch UBND xã | Trước ngày 30/6/2033 |\n")
    assert _who(body) == ["Công chức Lao động - Thương binh và Xã hội", "Công chức Tài chính - Kế toán"]


def test_receiving_within_the_day_is_no_planting_taken_on():
    for verb in ("ghi nhận", "xác nhận"):
        body = (f"II. NHIỆM VỤ\n\n1. Tổ tiếp công dân {verb} trong ngày các kiến nghị của cử tri, chuyển cơ quan có "
                "thẩm quyền trước ngày 31/5/2033.\n")
        assert not any(o.who.endswith(("ghi", "xác")) for o in extract(_doc(body)).obligations)


def test_a_column_of_ones_under_a_heading_numbered_one_stays_read():
    body = ("II. CHỈ TIÊU\n\n**1. Giao chỉ tiêu các chi hội năm 2033**\n\nMỗi chi hội thực hiện như sau:\n\n"
            "| TT | Chi hội | Số hội viên | Tổ hợp tác (tổ) | Hội viên kết nạp mới (người) |\n|---|---|---|---|---|\n"
            "| 1 | Chi hội Đồng Chùa | 120 | 1 | 6 |\n| 2 | Chi hội Đồng Gạo | 95 | 1 | 4 |\n")
    got = _targets(body)
    assert len([u for lo, _, u in got if lo == 1.0 and u.startswith("tổ")]) == 2


def test_one_subtotal_row_test_for_structure_and_quotas():
    from vanban.structure.vocab import subtotal_row

    for cell in ("Cộng lớp 2", "Cộng khối THCS", "Tổng cộng cụm 3", "**Cộng cấp mầm non**"):
        assert subtotal_row(cell), cell
    for cell in ("Cộng tác viên dân số", "Cộng sản", "Cộng hưởng từ", "Cộng đồng dân cư", "Cộng Hòa",
                 "Công an xã", "Công ty cổ phần Sông Đà", "Tổng cộng"):
        assert not subtotal_row(cell), cell

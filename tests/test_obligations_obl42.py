"""Obligations and deadlines, session 42 (obl42): kinds read from authored40's misses, checked on tune40 (its twin).

- A schedule that names both the units it is about and the team that acts ("Cơ quan, đơn vị | … | Tổ thực hiện |
  Thời gian") charges each row to the acting column, the unit column being what the row is about.
- A body named by several acts it undergoes ("Các cơ quan, trường học được kiểm tra, đánh giá | chuẩn bị …") keeps them
  in its name; the verb after them is its task.
- "Đề nghị X" in a task table's lead column is a request to X: X's obligation.
- A committee's size after its name ("Ban Kiểm tra khóa mới: 05 đồng chí; …") is no task of that committee.
- Under a section of criteria numbered in decimals ("2. TIÊU CHÍ …" / "2.1. Các khu dân cư đăng ký phải đạt …") the
  sub-item states a condition, no task, though its own label is the nearest number above it.
- A closing formula with its stake ("…; kết quả triển khai là căn cứ xếp loại thi đua …") is no obligation.
- A rate given as a share of a whole counted over a month ("đạt 70% số hồ sơ phát sinh trong tháng 5/2031") sets
  the target's period, no due month.
- Months already under way on the issue date ("dịch bệnh xảy ra … trong tháng 3 và tháng 4/2031" in a plan of
  10/4/2031) report a past span, no due period; months still to come stay dated.
- The first payment term a change applies from ("từ kỳ lương tháng 7/2031") is a start, no due month.

Sentences written for these tests in the style of those documents.
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 52/KH-UBND\nTân Phú, ngày 10 tháng 4 năm 2031"


def _doc(body: str, title: str = "Thực hiện nhiệm vụ trọng tâm quý II năm 2031") -> str:
    return f"{HEAD}\n\nKẾ HOẠCH\n{title}\n\n{body}\n"


def _obl(body: str) -> list:
    return [(o.who, o.deadline.date or o.deadline.latest if o.deadline else None)
            for o in extract(_doc(body)).obligations]


def _due(body: str) -> list:
    return [d.date or (d.earliest, d.latest) for d in extract(_doc(body)).deadlines if not d.past]


def test_a_schedule_charges_the_acting_team_not_the_unit_it_visits():
    body = ("III. LỊCH LÀM VIỆC\n\n"
            "| STT | Cơ quan, đơn vị | Tổ thực hiện | Nội dung | Thời gian làm việc |\n|---|---|---|---|---|\n"
            "| 1 | Trường Mầm non Tân Phú | Tổ công tác số 1 | Giám sát việc công khai tài chính | Ngày 12/5/2031 |\n"
            "| 2 | Trạm Y tế xã | Tổ công tác số 2 | Giám sát việc công khai tài chính | Ngày 19/5/2031 |\n")
    got = _obl(body)
    assert ("Tổ công tác số 1", "2031-05-12") in got and ("Tổ công tác số 2", "2031-05-19") in got
    assert not any(who.startswith(("Trường Mầm non", "Trạm Y tế")) for who, _ in got)


def test_a_body_named_by_the_acts_it_undergoes_keeps_them():
    body = ("IV. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Các cơ quan, trường học được kiểm tra, đánh giá chuẩn bị đầy đủ hồ sơ, tài liệu; báo cáo kết quả khắc "
            "phục về Ủy ban nhân dân xã trước ngày 30/6/2031.\n")
    assert ("Các cơ quan, trường học được kiểm tra, đánh giá", "2031-06-30") in _obl(body)


def test_a_request_in_the_lead_column_charges_the_body_asked():
    body = ("III. NHIỆM VỤ CỤ THỂ\n\n"
            "| TT | Nội dung | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n"
            "| 1 | Lập danh sách hộ đề nghị hỗ trợ | Phòng Kinh tế xã | Trước ngày 20/5/2031 |\n"
            "| 2 | Thẩm định, cấp phép khai thác nước | Đề nghị Sở Nông nghiệp và Môi trường | Trong tháng 6/2031 |\n")
    got = _obl(body)
    assert ("Sở Nông nghiệp và Môi trường", "2031-06-30") in got
    assert not any(who.startswith("Đề nghị") for who, _ in got)


def test_a_closing_formula_with_its_stake_is_no_obligation():
    body = ("IV. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Văn hóa - Xã hội xã hướng dẫn các thôn thực hiện.\n\n"
            "Ủy ban nhân dân xã yêu cầu các cơ quan, đơn vị triển khai nghiêm túc; kết quả triển khai là căn cứ xếp loại "
            "thi đua của tập thể, cá nhân năm 2031./.\n")
    assert [who for who, _ in _obl(body)] == ["Phòng Văn hóa - Xã hội xã"]


def test_a_share_of_a_whole_counted_over_a_month_is_no_due_month():
    body = ("II. NHIỆM VỤ\n\n1. Giao Bộ phận Một cửa xã giải quyết đúng hạn 100% hồ sơ; số hóa kết quả đạt 70% số hồ "
            "sơ phát sinh trong tháng 5/2031.\n\n2. Giao Công an xã hoàn thành làm sạch dữ liệu trong tháng 5/2031.\n")
    assert _due(body) == [("2031-05-01", "2031-05-31")]


def test_the_first_pay_term_a_change_applies_from_is_no_deadline():
    body = ("Để từ kỳ lương tháng 7/2031 thực hiện chi lương qua tài khoản, Ủy ban nhân dân xã đề nghị như sau:\n\n"
            "1. Kế toán các đơn vị lập danh sách, gửi Phòng Tài chính trước ngày 15/5/2031.\n")
    assert _due(body) == ["2031-05-15"]


def test_a_committee_size_after_its_name_is_no_obligation():
    body = ("II. NHÂN SỰ\n\n1. Số lượng\n\na) Ban Kiểm tra khóa mới: 05 đồng chí; Chi hội trưởng: 01 đồng chí mỗi chi "
            "hội.\n\nb) Văn phòng Ủy ban nhân dân xã chuẩn bị hồ sơ nhân sự trước ngày 15/5/2031.\n")
    assert [who for who, _ in _obl(body)] == ["Văn phòng Ủy ban nhân dân xã"]


def test_months_already_under_way_on_the_issue_date_are_no_due_period():
    body = ("I. TÌNH HÌNH\n\nTrước tình hình bệnh cúm gia cầm xảy ra tại một số xã lân cận trong tháng 3 và tháng 4/2031, "
            "Ủy ban nhân dân xã ban hành Kế hoạch như sau:\n\nII. NHIỆM VỤ\n\n1. Giao Phòng Kinh tế xã tổ chức tiêm "
            "phòng trong tháng 5 và tháng 6/2031.\n")
    assert _due(body) == [("2031-05-01", "2031-06-30")]


def test_a_decimal_item_under_a_criteria_section_is_no_obligation():
    body = ("1. MỤC TIÊU\n\nHoàn thành xây dựng hai khu dân cư kiểu mẫu.\n\n2. TIÊU CHÍ LỰA CHỌN\n\n"
            "2.1. Các khu dân cư đăng ký phải đạt đủ 08 tiêu chí theo quy định của tỉnh, cụ thể như sau\n\n"
            "a) Tiêu chí Giao thông: 100% tuyến ngõ được cứng hóa.\n\n3. PHÂN CÔNG\n\n"
            "3.1. Phòng Kinh tế xã hướng dẫn lập hồ sơ trước ngày 30/5/2031.\n")
    assert [who for who, _ in _obl(body)] == ["Phòng Kinh tế xã"]

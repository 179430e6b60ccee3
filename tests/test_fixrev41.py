"""Review41's findings on the session's code (fixrev41): each a kind the new rules read too widely.

- a plan's own goal after a quoted higher goal (another period, or a goal not a rule's text) stays its own target
  (extract/applied_quotes);
- a count column beside a "Chỉ tiêu …" column is its base only when it counts a stock (the quota's unit, or a herd, the
  households): "Số lớp … (lớp)" beside it is a quota of its own (extract/indicator_cells._present_counts);
- "vướng mắc về …" a settling verb takes as its object, anywhere before it in the clause, is the plan's own task, not
  an enquirer's case (target_words.ENQUIRY_SETTLED_RE);
- a total row's figure the paragraph above states is three characters or more, no year, no part of a date or a số ký
  hiệu (structure/figure_tables.states_figure);
- papers received ("tiếp nhận N văn bản …, gửi … trước ngày") are no amount a task gets through by its day
  (CLAUSE_TASK_VERBS);
- a real "))" whose outer bracket a wrapped line above opened stays (ocr/stray_marks.doubled_closes);
- a weekday printed by its number ("ngày thứ 7 trong tháng …") is a routine's day, no due month (deadline_words);
- the usual groups of people keep their printed unit in either order, the CBCCVC triple too (USUAL_PEOPLE_PAIRS);
"""

from __future__ import annotations

from vanban.extract import extract

_KH_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\nSố: 41/KH-UBND\nPhú Lộc, ngày 12 tháng 3 năm 2031\n\nKẾ HOẠCH\n"
            "Triển khai nhiệm vụ năm 2031\n\n")
_CV_HEAD = ("SỞ TÀI CHÍNH\nTỈNH HÀ NAM\nSố: 388/STC-QLG\nV/v mức thu phí đối với hộ kinh doanh\n"
            "Hà Nam, ngày 04 tháng 5 năm 2031\n\nKính gửi: Hợp tác xã Dịch vụ Thanh Liêm\n\n")
_TAIL = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Quang Vinh\n"


def _t(head: str, body: str):
    return [(t.min, t.max, t.unit, t.period) for t in extract(head + body + _TAIL).targets]


def test_a_plans_own_goal_of_another_period_after_a_quoted_goal_stays():
    body = ("I. MỤC TIÊU\n\nChương trình hành động của Tỉnh ủy xác định: “Đến năm 2030, 100% thôn có đường giao thông "
            "được cứng hóa và 100% trường học đạt chuẩn quốc gia”.\n\n"
            "Phấn đấu đến năm 2028, 100% thôn có đường giao thông được cứng hóa.\n")
    got = [g for g in _t(_KH_HEAD, body) if g[:3] == (100.0, 100.0, "%")]
    assert len(got) == 3, got


def test_a_goal_quoted_without_a_rules_lead_then_set_again_stays():
    """"Nghị quyết … đề ra: “…”" quotes a goal, not a rule's text: the plan's own "đến năm …" is a second goal."""
    body = ("I. MỤC TIÊU\n\nNghị quyết Đại hội Đảng bộ xã nêu: “phấn đấu có ít nhất 05 sản phẩm đạt chuẩn OCOP”.\n\n"
            "Trong năm 2031, xã phấn đấu có ít nhất 05 sản phẩm đạt chuẩn OCOP.\n")
    got = [g for g in _t(_KH_HEAD, body) if g[:3] == (5.0, None, "sản phẩm")]
    assert len(got) == 2, got


def test_a_rule_quoted_then_applied_in_a_reply_is_still_one_target():
    body = ("Căn cứ điểm b khoản 3 Điều 4 Thông tư số 85/2029/TT-BTC ngày 02/8/2029 của Bộ Tài chính, quy định:\n\n"
            "“b) Mức thu phí vệ sinh đối với hộ kinh doanh buôn bán nhỏ không quá 3% doanh thu khoán.”\n\n"
            "Hợp tác xã là hộ kinh doanh buôn bán nhỏ thì mức thu phí vệ sinh đối với hộ kinh doanh buôn bán nhỏ "
            "không quá 3% doanh thu khoán.\n")
    got = [g for g in _t(_CV_HEAD, body) if g[:3] == (None, 3.0, "%")]
    assert len(got) == 1, got


_PL_TAIL = "\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Quang Vinh\n"


def _table_targets(head_row: str, rows: str):
    doc = (_KH_HEAD + "I. MỤC ĐÍCH\n\nNâng cao chất lượng hoạt động.\n" + _PL_TAIL
           + "\n**PHỤ LỤC**\n\n**CHỈ TIÊU GIAO CÁC ĐƠN VỊ NĂM 2031**\n\n" + head_row
           + "|" + "---|" * (head_row.count("|") - 1) + "\n" + rows + _PL_TAIL)
    return [(t.min, t.unit) for t in extract(doc).targets]


def test_a_count_of_other_activities_beside_a_named_quota_is_a_quota():
    got = _table_targets("| TT | Đơn vị | Chỉ tiêu phát triển hội viên (người) | Số hội nghị chuyên đề (hội nghị) |\n",
                         "| 1 | Khu phố 1 | 15 | 3 |\n| 2 | Khu phố 2 | 12 | 2 |\n")
    assert (3.0, "hội nghị") in got and (15.0, "người") in got, got


def test_a_stock_count_beside_a_named_quota_stays_its_base():
    got = _table_targets("| TT | Đơn vị | Tổng số hộ (hộ) | Chỉ tiêu hộ lắp đặt nước sạch (hộ) | Số trâu, bò (con) |\n",
                         "| 1 | Khu phố 1 | 420 | 380 | 95 |\n| 2 | Khu phố 2 | 310 | 300 | 40 |\n")
    assert (380.0, "hộ") in got and not [g for g in got if g[0] in (420.0, 95.0)], got


def test_a_settled_difficulty_before_a_count_keeps_the_count():
    body = ("II. NHIỆM VỤ\n\n1. Ban Quản lý dự án giải quyết dứt điểm vướng mắc về bồi thường, vận động 08 hộ bàn "
            "giao mặt bằng trước ngày 15/10/2031.\n")
    got = [g for g in _t(_KH_HEAD, body) if g[0] == 8.0]
    assert got, _t(_KH_HEAD, body)
    body2 = ("II. NHIỆM VỤ\n\n1. Khẩn trương tháo gỡ dứt điểm vướng mắc về giải phóng mặt bằng, vận động 15 hộ dân "
             "nhận tiền bồi thường trong tháng 9/2031.\n")
    assert [g for g in _t(_KH_HEAD, body2) if g[0] == 15.0], _t(_KH_HEAD, body2)


def test_usual_groups_of_people_keep_their_printed_unit_in_any_order():
    cases = {"Cử tối thiểu 15 chiến sĩ, cán bộ tham gia tuần tra.": "chiến sĩ, cán bộ",
             "Bồi dưỡng nghiệp vụ cho ít nhất 120 cán bộ, công chức, viên chức của huyện.": "cán bộ, công chức, viên chức",
             "Huy động tối thiểu 40 cán bộ, đoàn viên tham gia dọn vệ sinh.": "cán bộ, đoàn viên",
             "Huy động ít nhất 25 công chức, dân quân tham gia.": "người"}
    for sent, unit in cases.items():
        got = [g[2] for g in _t(_KH_HEAD, "II. NHIỆM VỤ\n\n1. " + sent + "\n")]
        assert unit in got, (sent, got)


def test_a_total_figure_stated_above_is_no_year_no_short_figure_no_number_part():
    from vanban.structure.figure_tables import states_figure
    para = "Thực hiện Kế hoạch số 240/KH-UBND, năm 2031 xã vận động Nhân dân đóng góp 412,5 triệu đồng, 12 ngày công."
    assert states_figure(para, "412,5")
    assert not states_figure(para, "12")  # two characters recur by chance
    assert not states_figure(para, "2031")  # a year
    assert not states_figure(para, "240")  # the số ký hiệu's number


def test_papers_received_then_passed_on_by_a_day_are_no_target():
    got = _t(_KH_HEAD, "II. NHIỆM VỤ\n\n1. Bộ phận một cửa tiếp nhận 04 công văn của Sở, gửi các thôn "
                       "trước ngày 20/4/2031.\n")
    assert not [g for g in got if g[0] == 4.0], got
    got = _t(_KH_HEAD, "II. NHIỆM VỤ\n\n1. Đội kiểm tra liên ngành kiểm tra 07 cơ sở kinh doanh xăng dầu "
                       "trước ngày 20/4/2031.\n")
    assert [g for g in got if g[0] == 7.0], got


def test_a_closing_pair_whose_outer_bracket_opened_a_line_above_stays():
    from vanban.ocr.stray_marks import doubled_closes
    prose = "Các thôn báo cáo kết quả (theo biểu mẫu số 03\n(ban hành kèm theo Công văn này)) trước ngày 10 hằng tháng."
    assert doubled_closes(prose) == prose
    table = "Danh sách các thôn (chi tiết\n\n| TT | Thôn | Mức hỗ trợ (đồng/hộ)) |\n|---|---|---|\n"
    assert "(đồng/hộ) " in doubled_closes(table)  # a head's doubled close is still one
    rows = "| 1 | Thôn A (xóm Đông |\n| 2 | Thôn B | Mức (đồng/người)) |\n"
    assert "(đồng/người) " in doubled_closes(rows)  # a row above does not open the next row's bracket


def test_a_weekday_by_its_number_before_the_months_is_no_deadline():
    body = "II. NHIỆM VỤ\n\n1. Bộ phận tiếp dân làm việc cả ngày thứ 7 trong tháng 5/2031.\n"
    ext = extract(_KH_HEAD + body + _TAIL)
    assert not [d for d in ext.deadlines if "5/2031" in (d.text or "")], [(d.date, d.text) for d in ext.deadlines]

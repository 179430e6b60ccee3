"""real41 (the newcomer's real documents: a procedure's Thời gian giải quyết cell, a tax office's reply letter, an
HĐND's Nghị quyết): kinds of targets and dates. Inputs written for this test in other offices' wording; a careful
reader finds:

- "trong vòng 24 giờ làm việc" counts office hours: the unit is "giờ làm việc", as "ngày làm việc" is one unit
  (labels README: relative time limits are targets with unit giờ / ngày / ngày làm việc);
- the case a reply restates from the letter it answers ("Công ty … vướng mắc về … khi vay … với lãi suất 0%") is
  the enquirer's fact, no target; an aim set after such words still is one;
- "X không vượt quá 30% của tổng Y": the bound is about X, taken of the total Y (the labels write "X so với Y"), not
  about the total;
- a reply quotes a rule (“… thuế suất là 7%.”) and then applies it to the case in its own words: one target, the
  quoted rule's (a plan's own "100% …" after a quoted goal of "100%" of something else stays its own);
- the reply's closing "<issuer> thông báo đến <asker> (được) biết và thực hiện …" is no obligation (a closing
  formula); "Trưởng các thôn thông báo cho các hộ … biết" in a plan stays a task;
- a Nghị quyết that repeals earlier resolutions cites each of them, and its "có hiệu lực từ ngày …" is an
  effective date, no deadline (labels README: "an effective date … (is) not (a) deadline").
"""

import pytest

from vanban.extract import extract

_QD_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 775/QĐ-UBND\nLạng Sơn, ngày 03 tháng 6 năm 2027\n\nQUYẾT ĐỊNH\n"
            "Về việc công bố thủ tục hành chính lĩnh vực lưu thông hàng hóa\n\n")
_CV_HEAD = ("CỤC THUẾ\nTHUẾ TỈNH HÒA BÌNH\nSố: 2087/HBI-QLDN1\nV/v chính sách thuế đối với khoản vay\n"
            "Hòa Bình, ngày 09 tháng 6 năm 2027\n\nKính gửi: Công ty TNHH Thương mại Minh Phát\n\n")
_NQ_HEAD = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 31/2027/NQ-HĐND\nYên Bái, ngày 10 tháng 7 năm 2027\n\nNGHỊ QUYẾT\n"
            "Quy định mức hỗ trợ tiền ăn trưa cho học sinh\n\n")
_TAIL = "\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Hòa\n"


def _t(head: str, body: str):
    return [(t.min, t.max, t.unit) for t in extract(head + body + _TAIL).targets]


@pytest.mark.parametrize("body, want", [
    ("Điều 2. Thời hạn xử lý hồ sơ: trong vòng 24 giờ làm việc kể từ khi nhận đủ hồ sơ hợp lệ, cơ quan cấp phép "
     "trả kết quả cho thương nhân.\n", (None, 24.0, "giờ làm việc")),
    ("Điều 2. Cơ quan tiếp nhận kiểm tra hồ sơ chậm nhất 04 giờ làm việc sau khi nhận được đề nghị.\n",
     (None, 4.0, "giờ làm việc")),
])
def test_working_hours_are_a_unit_of_their_own(body, want):
    assert want in _t(_QD_HEAD, body)


def test_a_limit_in_clock_hours_keeps_its_unit():
    assert (None, 48.0, "giờ") in _t(_QD_HEAD, "Điều 2. Trong thời hạn 48 giờ kể từ khi nhận hồ sơ, cơ quan cấp phép "
                                               "trả kết quả.\n")


def test_the_enquirers_case_restated_in_a_reply_is_no_target():
    body = ("Công ty TNHH Thương mại Minh Phát vướng mắc về chính sách thuế khi nhận vốn vay của thành viên góp vốn "
            "với lãi suất 0% để mua sắm thiết bị. Thuế tỉnh Hòa Bình có ý kiến như sau:\n")
    assert _t(_CV_HEAD, body) == []


def test_a_limit_after_difficulties_to_settle_is_still_a_target():
    body = ("Điều 2. Sở Xây dựng giúp các phường xử lý vướng mắc về cấp phép xây dựng, thời gian cấp giấy phép không "
            "quá 08 ngày làm việc tính từ khi hồ sơ được tiếp nhận đầy đủ.\n")
    assert (None, 8.0, "ngày làm việc") in _t(_QD_HEAD, body)


def test_an_aim_after_a_difficulty_is_still_a_target():
    body = "Các xã còn vướng mắc về giải phóng mặt bằng phấn đấu hoàn thành 90% khối lượng trong năm 2027.\n"
    assert (90.0, 90.0, "%") in _t(_QD_HEAD, body)


def test_a_cap_taken_of_a_total_is_about_the_words_before_it():
    ext = extract(_CV_HEAD + "Chi phí khuyến mại được trừ khi tính thuế không vượt quá 15% của tổng chi phí "
                  "được trừ trong kỳ tính thuế.\n" + _TAIL)
    (t,) = [t for t in ext.targets if t.max == 15.0]
    assert t.scope.startswith("Chi phí khuyến mại") and "so với tổng chi phí" in t.scope


def test_repealed_resolutions_are_cited_and_the_effective_date_is_no_deadline():
    body = ("Điều 3. Hiệu lực thi hành\n1. Nghị quyết này có hiệu lực kể từ ngày 20 tháng 7 năm 2027.\n"
            "2. Nghị quyết này thay thế và bãi bỏ các Nghị quyết sau:\n"
            "a) Nghị quyết số 08/2023/NQ-HĐND ngày 21 tháng 8 năm 2023 của HĐND tỉnh Yên Bái quy định "
            "mức hỗ trợ tiền ăn trưa;\n"
            "b) Nghị quyết số 15/2024/NQ-HĐND ngày 05 tháng 12 năm 2024 của Hội đồng nhân dân tỉnh Yên Bái sửa đổi "
            "Nghị quyết số 08/2023/NQ-HĐND.\n")
    ext = extract(_NQ_HEAD + body + _TAIL)
    assert {"08/2023/NQ-HĐND", "15/2024/NQ-HĐND"} <= {c.number for c in ext.citations}
    assert not [d for d in ext.deadlines if (d.date or d.latest or "") == "2027-07-20"]
    assert not [o for o in ext.obligations if o.deadline == "2027-07-20"]


def test_a_quoted_rule_applied_to_the_case_is_one_target():
    body = ("1. Về thuế suất\n"
            "Căn cứ khoản 2 Điều 7 Thông tư số 45/2021/TT-BTC ngày 15/6/2021 của Bộ Tài chính, quy định:\n"
            "“2. Thuế suất đối với thu nhập từ cho thuê nhà xưởng áp dụng theo biểu thuế với thuế suất là 7%.”\n"
            "Cá nhân cho thuê nhà xưởng phát sinh thu nhập thì thuế suất đối với thu nhập từ cho thuê nhà xưởng áp "
            "dụng theo biểu thuế với mức thuế suất là 7%.\n"
            "2. Về quản lý thu\nPhấn đấu thu đủ 100% số thuế phát sinh trong năm 2027.\n")
    got = _t(_CV_HEAD, body)
    assert got.count((7.0, 7.0, "%")) == 1
    assert (100.0, 100.0, "%") in got


def test_a_plans_own_goal_after_a_quoted_goal_of_the_same_figure_stays():
    body = ("Nghị quyết đề ra mục tiêu: “đến năm 2030, 100% xã có nhà văn hóa đạt chuẩn theo quy định”.\n"
            "Năm 2027, phấn đấu 100% trường học có nhà vệ sinh đạt chuẩn.\n")
    assert (100.0, 100.0, "%") in _t(_QD_HEAD, body)


def test_a_replys_notice_to_the_asker_is_no_obligation():
    """The closing "<issuer> thông báo đến <asker> (được) biết và thực hiện …" answers the one who asked (labels README:
    closing formulas are no obligations); a body asked above it keeps its task."""
    body = ("Thuế tỉnh Hòa Bình nhận được văn bản số 15/MP ngày 02/6/2027 của Công ty về khoản vay. "
            "Về vấn đề này, Thuế tỉnh Hòa Bình có ý kiến như sau:\n\n"
            "Đề nghị Công ty TNHH Thương mại Minh Phát lập hồ sơ giao dịch liên kết theo quy định.\n\n"
            "Thuế tỉnh Hòa Bình thông báo đến Công ty TNHH Thương mại Minh Phát được biết và thực hiện theo đúng "
            "quy định./.\n")
    whos = [o.who for o in extract(_CV_HEAD + body + _TAIL).obligations]
    assert not any("Thuế tỉnh" in (w or "") for w in whos), whos
    assert any("Minh Phát" in (w or "") for w in whos), whos


def test_a_body_told_to_notify_households_keeps_its_task():
    body = ("Điều 2. Tổ chức thực hiện\n1. Trưởng các tổ dân phố\nThông báo cho các hộ dân trên địa bàn biết lịch "
            "thu gom rác; vận động các hộ phân loại rác tại nguồn.\n")
    whos = [o.who for o in extract(_QD_HEAD + body + _TAIL).obligations]
    assert any("tổ dân phố" in (w or "") for w in whos), whos

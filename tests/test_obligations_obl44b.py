"""Deadlines attached to obligations (session 44, obl44b): the kinds authored42 showed, in other wording.

* a team named by its work, "Đội Tổng hợp", "Đội Kiểm tra": the head holds the work's verb ("tổng hợp", "kiểm tra"),
  which the guard of names joined to one token ("Đội Tổng_hợp") so no body's head was read, and the team's
  reporting paragraph had no obligation, its dated report no body (a42-02);
* a block pointing to the time another part sets, "đăng ký đúng thời hạn quy định tại Phần II": the part's earliest
  due day is the block's (a plan numbering its parts "Phần I, II …"; a42-04);
* a monthly report whose months are put first in its clause, "Từ tháng 12 đến tháng 5 năm sau, báo cáo … hằng tháng,
  trước ngày 25": first due in the first of those months, not on the 25th after the document (a42-05).
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract import subjects as S

HEAD = """CÔNG AN XÃ PHÚ LỘC
Số: 31/KH-CAX
Phú Lộc, ngày 03 tháng 3 năm 2031

KẾ HOẠCH
Tổng kiểm tra, vận động giao nộp pháo nổ

I. MỤC ĐÍCH

Vận động Nhân dân giao nộp pháo nổ, vật liệu nổ.

"""

TEAM = HEAD + """II. CHẾ ĐỘ THÔNG TIN

1. Các tổ công tác gửi kết quả về Đội Kiểm tra vào sáng thứ Hai hằng tuần.

2. Đội Kiểm tra tổng hợp, báo cáo Công an huyện và Ủy ban nhân dân xã trước ngày
20/3/2031; báo cáo kết thúc đợt trước ngày 30/4/2031.
"""


def test_team_named_by_its_work_is_a_body():
    assert S.actor("Đội Tổng hợp lập danh sách các hộ vắng nhà.")[0] == "Đội Tổng hợp"
    assert S.actor("Đội Kiểm tra liên ngành rà soát số liệu với các thôn.")[0] == "Đội Kiểm tra liên ngành"
    # the place name's rule stays: "Trường Tiểu học Tân Lập | tổ chức …"
    assert S.actor("Trường Tiểu học Tân Lập tổ chức ngày hội đọc sách.")[0] == "Trường Tiểu học Tân Lập"


def test_team_report_paragraph_is_its_obligation():
    obs = [(o.who, o.deadline.date if o.deadline else None) for o in extract(TEAM).obligations]
    assert ("Đội Kiểm tra", "2031-03-20") in obs


PARTS = HEAD.replace("Tổng kiểm tra, vận động giao nộp pháo nổ", "Hội thi tuyên truyền pháp luật năm 2031") + """Phần II. NỘI DUNG HỘI THI

1. Thời gian

- Đăng ký đội thi: chậm nhất ngày 20/3/2031.

- Thi chung kết: ngày 15/4/2031, tại Hội trường xã.

Phần III. TỔ CHỨC THỰC HIỆN

1. Các chi hội, tổ dân vận

Thành lập đội thi; đăng ký đúng thời hạn nêu tại Phần II.

2. Trạm Y tế xã

Bố trí cán bộ sơ cứu tại buổi thi.
"""


def test_block_pointing_to_a_part_takes_its_time():
    obs = {o.who: o.deadline.date if o.deadline else None for o in extract(PARTS).obligations}
    assert obs["Các chi hội, tổ dân vận"] == "2031-03-20"
    assert obs["Trạm Y tế xã"] is None


MONTHS = HEAD + """II. NHIỆM VỤ

1. Các tổ dân phòng

- Lập danh sách hộ có nguy cơ cháy, nổ, gửi Công an xã trước ngày 15/4/2031.

- Từ tháng 4 đến tháng 9/2031, báo cáo tình hình phòng cháy hằng tháng, trước ngày 28.
"""


def test_monthly_report_starts_with_the_months_put_first():
    monthly = [d for d in extract(MONTHS).deadlines if d.recurrence]
    assert [d.date for d in monthly] == ["2031-04-28"]
    obs = {o.who: o.deadline.date for o in extract(MONTHS).obligations if o.deadline}
    assert obs["Các tổ dân phòng"] == "2031-04-15"


HALVES = HEAD + """II. TỔ CHỨC THỰC HIỆN

1. Ủy ban Mặt trận Tổ quốc Việt Nam xã

Giám sát việc giao nộp tại các thôn; báo cáo Đảng ủy xã 6 tháng, trước ngày 10/6 và
10/12.

2. Các tổ dân phòng

Báo cáo 6 tháng và báo cáo năm trước ngày 10/6 và 10/12.
"""


def test_half_year_term_before_a_pair_of_days_is_six_monthly():
    """"báo cáo … 6 tháng, trước ngày 10/6 và 10/12": one six-monthly deadline at its first day on or after the
    document's (not a one-off of next June and the December day lost); "6 tháng và báo cáo năm" beside the pair names
    two reports, which this rule leaves alone."""
    got = [(d.date, d.recurrence) for d in extract(HALVES).deadlines if d.who and "Mặt trận" in d.who]
    assert got == [("2031-06-10", "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=10")]
    assert not any(d.recurrence and "INTERVAL=6" in d.recurrence
                   for d in extract(HALVES).deadlines if d.who and "tổ dân phòng" in d.who)


DUTY = HEAD + """II. TỔ CHỨC THỰC HIỆN

1. Công an xã: lập phương án bảo vệ lễ hội; bố trí lực lượng trực tại khu vực lễ hội từ 18 giờ 00 ngày
14/3/2031 đến 22 giờ 00 ngày 15/3/2031.

2. Trạm Y tế xã: chuẩn bị cơ số thuốc, gửi danh sách cán bộ trực về Văn phòng trước ngày 10/3/2031.
"""


def test_force_on_duty_over_a_span_is_no_deadline():
    """The hours a force stands on duty ("bố trí lực lượng trực … từ … đến …") are a running period, as a "trực ban"
    span is (duty_rosters): the block stays undated; a list sent by a day stays due."""
    ex = extract(DUTY)
    assert [d.date for d in ex.deadlines] == ["2031-03-10"]
    obs = {o.who: o.deadline.date if o.deadline else None for o in ex.obligations}
    assert obs["Công an xã"] is None and obs["Trạm Y tế xã"] == "2031-03-10"

"""Structure, deadline and target kinds the end-of-session newcomer found (session 17, helper fixB17).

Each test reads a short text written for it (the newcomer's documents are in ``/work/wt/newcomer17e_in``, not copied):
the expected values are read from the text, not from vanban's output.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from vanban.export import PlanPlaces, checklist_csv
from vanban.export.plan_places import item_number
from vanban.extract import extract
from vanban.extract.checklist import build_checklist
from vanban.outline import outline

#: a commune Party committee's conclusion whose tasks are numbered "2.1."–"2.3." under "2."
DECIMAL_ITEMS = """\
ĐẢNG BỘ HUYỆN HÀM YÊN                     ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ THÁI SƠN
        *                                  Thái Sơn, ngày 03 tháng 3 năm 2027
Số 12-KL/ĐU

KẾT LUẬN
của Ban Thường vụ Đảng ủy xã về công tác quý I năm 2027

Ngày 01/3/2027, Ban Thường vụ Đảng ủy xã họp, kết luận như sau:

1. Đánh giá chung
Các chi bộ cơ bản hoàn thành nhiệm vụ quý I.

2. Nhiệm vụ thời gian tới
2.1. Giao Ủy ban nhân dân xã hoàn thành kế hoạch trồng rừng trước ngày 30/4/2027.
2.2. Giao Đoàn Thanh niên xã tổ chức ra quân làm đường giao thông nông thôn xong trước ngày 26/3/2027.
2.3. Các chi bộ thôn tổ chức sinh hoạt chuyên đề quý II xong trước 30/6/2027.

                                        T/M BAN THƯỜNG VỤ
Nơi nhận:                                  BÍ THƯ
- Ban Thường vụ Huyện ủy (b/c),
- Lưu Văn phòng Đảng ủy.                    Hoàng Văn Sinh
"""


def _rows(text: str, today: dt.date) -> list[list[str]]:
    ext = extract(text)
    items = build_checklist(ext, today=today)
    places = PlanPlaces(outline(ext.structure), text)
    return list(csv.reader(io.StringIO(checklist_csv(items, places, ext.targets).lstrip("\ufeff"))))[1:]


def test_a_decimal_items_tt_is_its_own_printed_number():
    """"2.1." under "2." is item 2.1 on the phiếu (TT and căn cứ "Mục 2.1"), never "2.2.1"."""
    rows = _rows(DECIMAL_ITEMS, dt.date(2027, 3, 5))
    by_lead = {r[2]: r for r in rows}
    assert by_lead["Ủy ban nhân dân xã"][0] == "2.1"
    assert by_lead["Đoàn Thanh niên xã"][0] == "2.2"
    assert by_lead["Các chi bộ thôn"][0] == "2.3"
    assert by_lead["Đoàn Thanh niên xã"][-1].startswith("Mục 2.2 (Nhiệm vụ thời gian tới)")


@pytest.mark.parametrize("labels, number", [
    (["2.", "2.1."], "2.1"),
    (["II.", "2.", "2.1."], "II.2.1"),
    (["1.", "1.2.", "1.2.3."], "1.2.3"),
    (["2.", "a)"], "2.a"),
    (["I.", "1.1."], "I.1.1"),  # "1.1" repeats no "1" above it: appended as before
    (["3.", "2.1."], "3.2.1"),
])
def test_decimal_labels_repeating_their_parent(labels, number):
    assert item_number(labels) == number


#: a ward's plan whose clean-up day is a weekday of every month, in prose and in the task table's due cell
WEEKDAY_OF_MONTH = """\
ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHƯỜNG HƯNG PHÚ                         Độc lập - Tự do - Hạnh phúc
Số: 41/KH-UBND                          Hưng Phú, ngày 10 tháng 02 năm 2027

KẾ HOẠCH
Ra quân làm sạch kênh rạch năm 2027

I. NHIỆM VỤ
1. Giao Hội Cựu chiến binh phường chủ trì vớt rác trên kênh vào ngày thứ Bảy cuối cùng hằng tháng.
2. Giao Đoàn Thanh niên phường tổ chức ra quân dọn dẹp hẻm vào sáng chủ nhật đầu tiên của tháng.
3. Giao Văn phòng Ủy ban nhân dân phường báo cáo kết quả vào thứ Hai tuần thứ 2 hằng tháng.
"""


def _monthly_rows():
    ext = extract(WEEKDAY_OF_MONTH)
    return ext, {i.who: i for i in build_checklist(ext, today=dt.date(2027, 2, 10))}


@pytest.mark.parametrize("who, rule, first, said", [
    # 10/02/2027 is a Wednesday: the last Saturday of February 2027 is the 27th
    ("Hội Cựu chiến binh phường", "FREQ=MONTHLY;BYDAY=-1SA", "2027-02-27", "thứ Bảy cuối cùng hằng tháng"),
    # the first Sunday of February (the 7th) is past: the next is 7/3/2027
    ("Đoàn Thanh niên phường", "FREQ=MONTHLY;BYDAY=1SU", "2027-03-07", "Chủ nhật đầu tiên hằng tháng"),
    # the second Monday of February (the 8th) is before the plan's day: the first is 8/3/2027
    ("Văn phòng Ủy ban nhân dân phường", "FREQ=MONTHLY;BYDAY=2MO", "2027-03-08", "thứ Hai tuần thứ 2 hằng tháng"),
])
def test_a_weekday_of_every_month_is_a_monthly_rule(who, rule, first, said):
    from vanban.extract.recurrence import describe

    _, by_who = _monthly_rows()
    item = by_who[who]
    # the plan's year ends the rule (plan_periods.as_planned, session 35)
    assert item.recurrence == rule.replace(";", ";UNTIL=20271231;", 1) and item.date == first
    assert describe(rule) == said
    assert item.next_due == first  # the phiếu made on the plan's day


def test_a_weekday_of_one_named_month_is_no_rule():
    """"chủ nhật cuối cùng của tháng 3/2027" is one day (or none), never a monthly rule."""
    text = WEEKDAY_OF_MONTH.replace("hằng tháng.", "của tháng 3/2027.", 1)
    ext = extract(text)
    assert not any(d.recurrence and "BYDAY=-1SA" in d.recurrence for d in ext.deadlines)


def test_the_calendar_repeats_on_the_last_sunday():
    """The .ics event of "Ngày chủ nhật cuối cùng hằng tháng" carries RRULE BYDAY=-1SU from its first instance."""
    from icalendar import Calendar

    from vanban.export.checklist_text import render_checklist

    text = WEEKDAY_OF_MONTH.replace("thứ Bảy cuối cùng", "chủ nhật cuối cùng", 1)
    cal = Calendar.from_ical(render_checklist(extract(text), fmt="ics"))
    ev = [e for e in cal.walk("VEVENT") if "Cựu chiến binh" in str(e.get("SUMMARY"))]
    assert len(ev) == 1
    assert ev[0]["RRULE"].to_ical() == b"FREQ=MONTHLY;UNTIL=20271231;BYDAY=-1SU"  # until the plan's year ends
    assert ev[0]["DTSTART"].dt == dt.date(2027, 2, 28)


#: a department's plan signed by its head in his own name: the title one line above "Nơi nhận:", the name beside the
#: list's last item
TITLE_ABOVE_NOI_NHAN = """\
UBND HUYỆN ĐỊNH HÓA                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG VĂN HÓA VÀ THÔNG TIN                Độc lập - Tự do - Hạnh phúc
Số: 07/KH-VHTT                          Định Hóa, ngày 12 tháng 3 năm 2027

KẾ HOẠCH
Kiểm tra hoạt động quảng cáo ngoài trời năm 2027

1. Bộ phận Văn hóa kiểm tra các biển quảng cáo trước ngày 30/6/2027.
2. Bộ phận Thông tin tổng hợp kết quả, báo cáo trước ngày 15/7/2027.

                                             PHÓ TRƯỞNG PHÒNG
Nơi nhận:
- UBND huyện (b/c);
- Lưu: VT.                                    Nông Thị Hạnh
"""


def test_a_title_one_line_above_noi_nhan_is_the_signers():
    ext = extract(TITLE_ABOVE_NOI_NHAN)
    assert ext.metadata.signer_title == "PHÓ TRƯỞNG PHÒNG"
    assert ext.metadata.signer_name == "Nông Thị Hạnh"
    assert list(ext.metadata.recipients) == ["UBND huyện", "Lưu: VT"]


def test_a_heading_above_noi_nhan_with_no_blank_line_is_no_title():
    """The last body line in capitals right under the text (no blank line between) stays the body's."""
    text = TITLE_ABOVE_NOI_NHAN.replace("\n\n                                             PHÓ TRƯỞNG PHÒNG",
                                        "\nTRƯỜNG TIỂU HỌC BẢO CƯỜNG")
    ext = extract(text)
    assert ext.metadata.signer_title != "TRƯỜNG TIỂU HỌC BẢO CƯỜNG"


#: a commune's plan with a rate named by "tỷ lệ" alone, a share over "số …" and a relative time limit
SCOPES = """\
ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ PHÚ LƯƠNG                            Độc lập - Tự do - Hạnh phúc
Số: 22/KH-UBND                          Phú Lương, ngày 06 tháng 01 năm 2027

KẾ HOẠCH
Thực hiện nhiệm vụ an sinh xã hội năm 2027

1. Giao Hội Nông dân xã tuyên truyền, vận động hội viên sử dụng phân bón hữu cơ, phấn đấu đạt tỷ lệ từ 60% trở lên trong năm 2027.
2. Số hộ được công nhận gia đình văn hóa không thấp hơn 90% số được bình xét.
3. Công chức Tư pháp - Hộ tịch gửi văn bản trả lời công dân trong thời hạn 07 ngày làm việc kể từ ngày nhận đủ hồ sơ.
"""


def _targets(text: str) -> dict[float, object]:
    return {(t.min if t.min is not None else t.max): t for t in extract(text).targets}


def test_a_bare_rate_is_the_rate_of_the_act_before_its_comma():
    """"vận động hội viên sử dụng phân bón hữu cơ, phấn đấu đạt tỷ lệ từ 60% trở lên trong năm 2027": the rate of using
    organic fertiliser, not "trong"; the period stays the sentence's year."""
    t = _targets(SCOPES)[60]
    assert t.scope == "tỷ lệ sử dụng phân bón hữu cơ"
    assert t.period == "năm 2027"


def test_a_share_over_so_keeps_the_measure_before_the_bound():
    """"Số hộ được công nhận … không thấp hơn 90% số được bình xét": the scope is the measure named before the bound,
    never the lone "số" after the figure."""
    t = _targets(SCOPES)[90]
    assert t.min == 90 and t.scope == "Số hộ được công nhận gia đình văn hóa"


def test_a_relative_time_limit_measures_its_task_in_no_period():
    """"Công chức Tư pháp - Hộ tịch gửi văn bản trả lời công dân trong thời hạn 07 ngày làm việc kể từ ngày nhận đủ hồ
    sơ": ≤ 7 working days for the task (not the body's name), counted from the papers' receipt: not the title's "năm
    2027"."""
    t = _targets(SCOPES)[7]
    assert t.max == 7 and t.scope == "gửi văn bản trả lời công dân"
    assert t.period is None


#: a ward's plan: two targets in one sentence of its "I. MỤC TIÊU", the second naming a body of the task table
TARGETS_SHARE_A_SENTENCE = """\
ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHƯỜNG QUANG VINH                       Độc lập - Tự do - Hạnh phúc
Số: 88/KH-UBND                          Quang Vinh, ngày 04 tháng 9 năm 2027

KẾ HOẠCH
Xây dựng khu dân cư không ma túy năm 2027-2028

I. MỤC TIÊU
Đến hết năm 2028, ít nhất 60% hộ dân ký cam kết không sử dụng ma túy; 100% khu dân cư có tổ tư vấn cộng đồng.

II. NHIỆM VỤ VÀ PHÂN CÔNG
| TT | Nội dung công việc | Đơn vị chủ trì | Thời gian hoàn thành |
| 1 | Thành lập tổ tư vấn cộng đồng tại các khu dân cư | Các khu dân cư | Trước ngày 31/12/2027 |
| 2 | Tuyên truyền phòng, chống ma túy trong trường học | Đoàn Thanh niên phường | Tháng 10/2027 |
"""


def test_a_target_goes_to_the_row_its_own_clause_names():
    """"100% khu dân cư có tổ tư vấn cộng đồng" is the row of "Các khu dân cư"; "ít nhất 60% hộ dân ký cam kết …", in
    the clause before the ";", names no body of the table: it is the plan's, listed under the phiếu's header, on no row."""
    from vanban.export.checklist_office import plan_targets

    ext = extract(TARGETS_SHARE_A_SENTENCE)
    items = build_checklist(ext, today=dt.date(2027, 9, 4))
    given, left = plan_targets(items, PlanPlaces(outline(ext.structure), TARGETS_SHARE_A_SENTENCE), ext.targets)
    khu = next(k for k, it in enumerate(items) if "khu dân cư" in (it.who or "").lower())
    assert [x.split(" — ")[0] for x in given.get(khu, [])] == ["100%"]
    assert not any(x.startswith("≥ 60%") for row in given.values() for x in row)
    assert [x.split(" — ")[0] for x in left] == ["≥ 60%"]


def test_a_body_that_sets_out_on_a_campaign_day_is_charged():
    """"Hội Chữ thập đỏ phường ra quân dọn dẹp vệ sinh … vào ngày chủ nhật cuối cùng hằng tháng": the Hội is charged, the
    monthly day is its deadline."""
    text = WEEKDAY_OF_MONTH.replace(
        "1. Giao Hội Cựu chiến binh phường chủ trì vớt rác trên kênh vào ngày thứ Bảy cuối cùng hằng tháng.",
        "1. Hội Chữ thập đỏ phường ra quân dọn dẹp vệ sinh các tuyến hẻm vào ngày chủ nhật cuối cùng hằng tháng.")
    item = {i.who: i for i in build_checklist(extract(text), today=dt.date(2027, 2, 10))}["Hội Chữ thập đỏ phường"]
    # the plan's year ends the rule (plan_periods.as_planned, session 35)
    assert item.recurrence == "FREQ=MONTHLY;UNTIL=20271231;BYDAY=-1SU" and item.date == "2027-02-28"


def test_a_completion_verb_before_a_month_leaves_no_dangling_verb():
    """"2. Sở Giáo dục và Đào tạo chỉ đạo các trường học tổ chức vệ sinh môi trường, thực hiện xong trong tháng
    10/2027." (the final newcomer's 33_CV): the task ends at "vệ sinh môi trường", not at ", thực hiện"."""
    from vanban.extract import extract

    text = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 88/UBND-VX\nNghệ An, ngày 02 tháng 9 năm 2027\n\nKính gửi: Các sở.\n\n"
            "2. Sở Giáo dục và Đào tạo chỉ đạo các trường học tổ chức vệ sinh môi trường, thực hiện xong trong tháng "
            "10/2027.\n")
    (ob,) = [o for o in extract(text).obligations if o.who == "Sở Giáo dục và Đào tạo"]
    assert ob.what == "chỉ đạo các trường học tổ chức vệ sinh môi trường"

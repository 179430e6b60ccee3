"""A lead time counted back from an event whose day the plan prints once, elsewhere (vanban.extract.event_days).

The plan is written for this test in a commune's wording for an election (the day fixed in its own part, the steps
after it by their lead); the expected days are 16/3/2031 less the lead, counted by hand: 50 days → 25/01/2031, 40 →
04/02/2031, 20 → 24/02/2031. A step that names no body gets its deadline and its checklist row, no obligation (the
labels README: a clause with no named subject is none); a body's step gets the date. A plan that prints two days for
its event, or none, leaves the leads undated.
"""

from __future__ import annotations

import datetime as dt

from vanban.extract import extract
from vanban.extract.checklist import build_checklist

_PLAN = """ỦY BAN NHÂN DÂN
XÃ TÂN PHÚ
Số: 12/KH-UBND
Tân Phú, ngày 05 tháng 01 năm 2031

KẾ HOẠCH
Tổ chức bầu cử đại biểu Hội đồng nhân dân xã nhiệm kỳ 2031 - 2036

I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm cuộc bầu cử diễn ra dân chủ, đúng pháp luật.

II. THỜI GIAN BẦU CỬ
Ngày bầu cử: Chủ nhật, ngày 16 tháng 3 năm 2031.

III. CÁC BƯỚC THỰC HIỆN
1. Thành lập Ủy ban bầu cử xã: chậm nhất 50 ngày trước ngày bầu cử.
2. Thành lập các Ban bầu cử: chậm nhất 40 ngày trước ngày bầu cử.
3. Ủy ban bầu cử xã công bố danh sách người ứng cử chậm nhất 20 ngày trước ngày bầu cử.

IV. TỔ CHỨC THỰC HIỆN
1. Văn phòng HĐND và UBND xã tham mưu thành lập các tổ bầu cử, hoàn thành trước ngày 20/02/2031.
2. Công an xã bảo đảm an ninh, trật tự trong suốt thời gian bầu cử.

Nơi nhận:
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
"""


def _leads(text: str) -> dict[str, str | None]:
    return {d.text: d.date for d in extract(text).deadlines if "bầu cử" in d.text}


def test_leads_count_back_from_the_day_the_plan_prints():
    assert _leads(_PLAN) == {"chậm nhất 50 ngày trước ngày bầu cử": "2031-01-25",
                             "chậm nhất 40 ngày trước ngày bầu cử": "2031-02-04",
                             "chậm nhất 20 ngày trước ngày bầu cử": "2031-02-24"}


def test_a_body_s_step_is_dated_and_a_step_without_one_is_a_row_only():
    ext = extract(_PLAN)
    got = {o.who: (o.deadline.date if o.deadline else None) for o in ext.obligations}
    assert got == {"Ủy ban bầu cử xã": "2031-02-24", "Văn phòng HĐND và UBND xã": "2031-02-20", "Công an xã": None}
    rows = {it.date for it in build_checklist(ext, dt.date(2031, 1, 6)) if "Thành lập" in it.what}
    assert rows == {"2031-01-25", "2031-02-04"}
    # the leads stay relative limits too (labels README: "≥ 50 ngày")
    assert sorted(t.min for t in ext.targets if t.unit == "ngày") == [20, 40, 50]


def test_the_day_written_in_other_words():
    said = _PLAN.replace("Ngày bầu cử: Chủ nhật, ngày 16 tháng 3 năm 2031.",
                         "Ngày bầu cử đại biểu Hội đồng nhân dân xã nhiệm kỳ 2031 - 2036 là Chủ nhật, ngày 16/3/2031.")
    assert _leads(said)["chậm nhất 50 ngày trước ngày bầu cử"] == "2031-01-25"


def test_no_day_or_two_days_leave_the_leads_undated():
    none = _PLAN.replace("Ngày bầu cử: Chủ nhật, ngày 16 tháng 3 năm 2031.", "Ngày bầu cử: theo Nghị quyết của Quốc hội.")
    assert not _leads(none)
    two = _PLAN.replace("II. THỜI GIAN BẦU CỬ\n", "II. THỜI GIAN BẦU CỬ\nNgày bầu cử thêm: ngày 23/3/2031.\n")
    assert not _leads(two)


def test_a_lead_with_its_own_day_keeps_it():
    own = _PLAN.replace("chậm nhất 40 ngày trước ngày bầu cử.", "chậm nhất 40 ngày trước ngày bầu cử (ngày 04/02/2031).")
    assert _leads(own)["chậm nhất 40 ngày trước ngày bầu cử (ngày 04/02/2031)"] == "2031-02-04"


# A Thường trực HĐND's plan for a session (session-37 newcomer): the lead names the session with no "ngày" before it
# ("… trước kỳ họp"), or its opening ("… trước ngày khai mạc kỳ họp"), and the session's day is printed once with how
# long it lasts or the hour it opens. The leads count back from that day: 07 days before 16/12/2031 → 09/12/2031,
# 04 → 12/12/2031.
_SESSION = """THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN
XÃ MỸ AN
Số: 31/KH-HĐND
Mỹ An, ngày 10 tháng 11 năm 2031

KẾ HOẠCH
Tổ chức kỳ họp thường lệ cuối năm 2031 của Hội đồng nhân dân xã

I. THỜI GIAN
{when}

II. PHÂN CÔNG
1. Ủy ban nhân dân xã gửi hồ sơ các nội dung trình kỳ họp về Văn phòng HĐND xã chậm nhất 07 ngày trước kỳ họp.
2. Ban Kinh tế - Xã hội HĐND xã gửi báo cáo thẩm tra chậm nhất 04 ngày trước ngày khai mạc kỳ họp.

Nơi nhận:
- Lưu: VT.

TM. THƯỜNG TRỰC HĐND
CHỦ TỊCH
Phạm Thị Lan
"""


def _session_leads(when: str) -> dict[str, str | None]:
    return {d.text: d.date for d in extract(_SESSION.format(when=when)).deadlines if "trước" in d.text}


def test_leads_before_a_session_count_back_from_its_printed_day():
    for when in ("Kỳ họp dự kiến tổ chức trong 01 ngày, ngày 16 tháng 12 năm 2031 tại hội trường xã.",
                 "Kỳ họp diễn ra trong 02 ngày, ngày 16/12/2031 và ngày 17/12/2031, tại hội trường xã.",
                 "Kỳ họp dự kiến khai mạc vào ngày 16/12/2031."):
        assert _session_leads(when) == {"chậm nhất 07 ngày trước kỳ họp": "2031-12-09",
                                        "chậm nhất 04 ngày trước ngày khai mạc kỳ họp": "2031-12-12"}, when


def test_a_session_whose_day_is_not_given_leaves_its_leads_undated():
    got = _session_leads("Kỳ họp tổ chức vào cuối tháng 12 năm 2031, theo Quyết định triệu tập.")
    assert not any(got.values())


# An OCR form wraps a lead's event words over a line ("… trước ngày khai ⏎ mạc (ngày …)"): the bracketed day is the
# deadline all the same, as on the one-line form (written for this test: a commune council's session, opening on
# 20/7/2031, its papers due 05 days before, the bracket printing that day).
_WRAPPED = """KẾ HOẠCH
Tổ chức kỳ họp thứ Chín Hội đồng nhân dân xã

I. THỜI GIAN
Kỳ họp dự kiến diễn ra trong 02 ngày, từ ngày 20/7/2031 đến ngày 21/7/2031.

II. CHUẨN BỊ
1. Văn phòng HĐND và UBND xã gửi giấy mời và tài liệu đến các đại biểu chậm nhất 05 ngày trước ngày khai{BR}mạc (ngày 15/7/2031), đồng thời niêm yết tại trụ sở xã.
"""


def test_a_lead_whose_event_words_wrap_keeps_its_bracketed_day():
    for br in (" ", "\n"):
        ex = extract(_WRAPPED.replace("{BR}", br))
        assert [d.date for d in ex.deadlines if d.text.startswith("chậm nhất 05 ngày")] == ["2031-07-15"], br
        assert [(o.who, o.deadline and o.deadline.date) for o in ex.obligations] == [
            ("Văn phòng HĐND và UBND xã", "2031-07-15")], br

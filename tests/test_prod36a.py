"""Kinds a newcomer's own small plans showed in session 36 (prod36a), each in its own wording: a campaign's window
printed under a heading of its own ("II. THỜI GIAN RA QUÂN ⏎ Từ ngày … đến hết ngày …") bounds its daily and weekly
reports as the one-line "Thời gian …: từ ngày …" does; the hour before a task's date and a plan's closing mark "./."
are not left in the task; a lead before a session's opening is dated by the opening's day stated as a verb ("kỳ họp dự
kiến khai mạc ngày …"); a cooperative that "cung ứng" inputs is a body with its task; the parts of a total broken down in
its sentence ("…, trong đó lúa 180 ha, khoai tây 80 ha") are scoped by their part."""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\n**PHƯỜNG ĐÔNG HẢI**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
         "Số: 301/KH-UBND\n\n*Đông Hải, ngày 20 tháng 10 năm 2032*\n\n**KẾ HOẠCH**\n\n{title}\n\n")
_TAIL = ("\n\n*Nơi nhận:*\n- Các tổ dân phố;\n- Lưu: VT.\n\n**TM. ỦY BAN NHÂN DÂN**\n**CHỦ TỊCH**\n\n"
         "**Trần Minh Đức**\n")


def _plan(title: str, body: str) -> str:
    """A ward's Kế hoạch titled ``title`` with ``body`` as its parts."""
    return _HEAD.format(title=title) + body + _TAIL


def _series(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each recurring deadline's words → (its first day, its rule)."""
    return {d.text: (d.date, d.recurrence) for d in extract(text).deadlines if d.recurrence}


_REPORTS = ("**III. CHẾ ĐỘ BÁO CÁO**\n\n"
            "1. Tổ công tác liên ngành báo cáo nhanh kết quả ra quân về Thường trực Ban Chỉ đạo trước 17 giờ hằng ngày.\n\n"
            "2. Công an phường tổng hợp, báo cáo kết quả tuần vào thứ Năm hằng tuần.")


def test_a_campaign_window_under_its_own_heading_bounds_its_daily_and_weekly_reports():
    for heading, days in (("**II. THỜI GIAN RA QUÂN**", "Từ ngày 01/11/2032 đến hết ngày 31/12/2032."),
                          ("II. THỜI GIAN THỰC HIỆN", "- Từ ngày 01/11/2032 đến ngày 31/12/2032."),
                          ("**2. Thời gian cao điểm**", "Từ ngày 01/11/2032 đến hết ngày 31/12/2032")):
        text = _plan("Cao điểm ra quân lập lại trật tự đô thị, vỉa hè năm 2032",
                     f"**I. MỤC ĐÍCH**\n\nLập lại trật tự lòng đường, vỉa hè.\n\n{heading}\n\n{days}\n\n{_REPORTS}")
        got = _series(text)
        assert got["trước 17 giờ hằng ngày"] == ("2032-11-01", "FREQ=DAILY;UNTIL=20321231"), heading
        # the campaign's first Thursday (04/11/2032), not the one after the plan's day (21/10)
        assert got["thứ Năm hằng tuần"] == ("2032-11-04", "FREQ=WEEKLY;UNTIL=20321231;BYDAY=TH"), heading


def test_a_heading_window_reads_as_the_one_line_window_does():
    head = _plan("Cao điểm ra quân lập lại trật tự đô thị, vỉa hè năm 2032",
                 f"**II. THỜI GIAN CAO ĐIỂM**\n\nTừ ngày 01/11/2032 đến hết ngày 31/12/2032.\n\n{_REPORTS}")
    line = _plan("Cao điểm ra quân lập lại trật tự đô thị, vỉa hè năm 2032",
                 f"**II. THỜI GIAN**\n\nThời gian cao điểm: từ ngày 01/11/2032 đến hết ngày 31/12/2032.\n\n{_REPORTS}")
    assert _series(head) == _series(line)


def test_a_heading_with_no_days_under_it_bounds_nothing():
    text = _plan("Cao điểm ra quân lập lại trật tự đô thị, vỉa hè năm 2032",
                 f"**II. THỜI GIAN CAO ĐIỂM**\n\nTheo chỉ đạo của Ủy ban nhân dân thành phố.\n\n{_REPORTS}")
    assert _series(text)["trước 17 giờ hằng ngày"][0] == "2032-10-20"  # the plan's day: no window printed


def _tasks(text: str) -> dict[str, str]:
    return {o.who: o.what for o in extract(text).obligations}


def test_the_hour_written_before_a_tasks_date_goes_with_the_date():
    text = _plan("Tổ chức Lễ kỷ niệm Ngày Quốc khánh 2/9", (
        "**II. TỔ CHỨC THỰC HIỆN**\n\n"
        "1. Công chức Văn hóa - Xã hội chuẩn bị khánh tiết, tổ chức lễ chào cờ tại Quảng trường phường vào 6 giờ 45 "
        "ngày 02/9/2032.\n\n"
        "2. Đoàn Thanh niên phường tổ chức giải chạy việt dã lúc 15h00 ngày 01/9/2032."))
    got = _tasks(text)
    assert got["Công chức Văn hóa - Xã hội"] == ("chuẩn bị khánh tiết, tổ chức lễ chào cờ tại Quảng trường phường")
    assert got["Đoàn Thanh niên phường"] == "tổ chức giải chạy việt dã"
    times = {d.date: d.time for d in extract(text).deadlines}
    assert times == {"2032-09-02": "06:45", "2032-09-01": "15:00"}


def test_a_plans_closing_mark_is_not_left_on_its_last_task():
    text = _plan("Tổ chức Lễ kỷ niệm Ngày Quốc khánh 2/9", (
        "**II. TỔ CHỨC THỰC HIỆN**\n\n"
        "Đề nghị các tổ dân phố triển khai thực hiện, báo cáo kết quả về Ủy ban nhân dân phường trước ngày "
        "10/9/2032./."))
    assert _tasks(text)["các tổ dân phố"] == "triển khai thực hiện, báo cáo kết quả về Ủy ban nhân dân phường"


def test_a_sessions_day_stated_in_a_bracket_as_a_verb_dates_every_lead_before_its_opening():
    text = _plan("Chuẩn bị kỳ họp thứ Tám Hội đồng nhân dân phường", (
        "**II. TỔ CHỨC THỰC HIỆN**\n\n"
        "1. Các Ban của HĐND phường thẩm tra các báo cáo, gửi Thường trực HĐND phường chậm nhất 07 ngày trước ngày "
        "khai mạc kỳ họp.\n\n"
        "2. Văn phòng HĐND và UBND phường gửi tài liệu đến đại biểu chậm nhất 05 ngày trước ngày khai mạc kỳ họp "
        "(kỳ họp dự kiến khai mạc ngày 18/12/2032).\n\n"
        "3. Các tổ đại biểu tiếp xúc cử tri theo lịch của Thường trực HĐND phường."))
    got = {d.text: d.date for d in extract(text).deadlines}
    assert got["chậm nhất 07 ngày trước ngày khai mạc kỳ họp"] == "2032-12-11"
    assert got["chậm nhất 05 ngày trước ngày khai mạc kỳ họp"] == "2032-12-13"
    dues = {o.who: o.deadline.date if o.deadline else None for o in extract(text).obligations}
    assert dues["Văn phòng HĐND và UBND phường"] == "2032-12-13"


def test_a_session_opening_on_a_day_stated_in_its_own_sentence_dates_the_leads():
    text = _plan("Chuẩn bị kỳ họp thứ Tám Hội đồng nhân dân phường", (
        "Kỳ họp thứ Tám HĐND phường khai mạc vào ngày 18/12/2032.\n\n"
        "**I. TỔ CHỨC THỰC HIỆN**\n\n"
        "1. Văn phòng HĐND và UBND phường gửi tài liệu đến đại biểu chậm nhất 05 ngày trước ngày khai mạc kỳ họp."))
    assert {d.text: d.date for d in extract(text).deadlines} == {
        "chậm nhất 05 ngày trước ngày khai mạc kỳ họp": "2032-12-13"}


def test_two_days_stated_for_the_opening_leave_the_lead_undated():
    text = _plan("Chuẩn bị kỳ họp thứ Tám Hội đồng nhân dân phường", (
        "Kỳ họp thứ Tám HĐND phường khai mạc vào ngày 18/12/2032; nếu có thay đổi, kỳ họp khai mạc ngày 22/12/2032.\n\n"
        "**I. TỔ CHỨC THỰC HIỆN**\n\n"
        "1. Văn phòng HĐND và UBND phường gửi tài liệu đến đại biểu chậm nhất 05 ngày trước ngày khai mạc kỳ họp."))
    assert not [d for d in extract(text).deadlines if d.text.startswith("chậm nhất 05 ngày")]


def test_a_cooperative_supplying_inputs_is_a_body_with_its_task():
    text = _plan("Sản xuất vụ Xuân năm 2033", (
        "**II. TỔ CHỨC THỰC HIỆN**\n\n"
        "1. Hợp tác xã dịch vụ nông nghiệp Đông Hải cung ứng đủ giống lúa, vật tư cho các hộ trước ngày 15/01/2033.\n\n"
        "2. Tổ khuyến nông hướng dẫn kỹ thuật làm đất, gieo mạ."))
    got = {o.who: (o.what, o.deadline.date if o.deadline else None) for o in extract(text).obligations}
    assert got["Hợp tác xã dịch vụ nông nghiệp Đông Hải"] == ("cung ứng đủ giống lúa, vật tư cho các hộ", "2033-01-15")


def test_the_supply_chain_named_as_a_noun_is_no_verb():
    text = _plan("Sản xuất vụ Xuân năm 2033", (
        "**II. TỔ CHỨC THỰC HIỆN**\n\n"
        "1. Các doanh nghiệp trong chuỗi cung ứng nông sản phối hợp bao tiêu sản phẩm trước ngày 15/01/2033."))
    assert "Các doanh nghiệp trong chuỗi cung ứng nông sản" in {o.who for o in extract(text).obligations}


def test_each_part_of_a_total_broken_down_in_its_sentence_is_scoped_by_its_part():
    text = _plan("Sản xuất vụ Xuân năm 2033", (
        "**I. MỤC TIÊU**\n\n"
        "Tổng diện tích gieo cấy vụ Xuân đạt 260 ha, trong đó lúa chất lượng cao 180 ha, khoai tây 80 ha."))
    got = {t.text: t.scope for t in extract(text).targets}
    assert got["260 ha"] == "Tổng diện tích gieo cấy vụ Xuân"
    assert got["180 ha"] == "Tổng diện tích gieo cấy vụ Xuân – lúa chất lượng cao"
    assert got["80 ha"] == "Tổng diện tích gieo cấy vụ Xuân – khoai tây"


def test_a_lead_printed_with_its_own_day_in_a_bracket_is_read_once():
    for gap in (" ", "\n"):  # the bracket on the lead's line, or on the next one where a scan broke it
        text = _plan("Tổ chức bầu cử Trưởng tổ dân phố nhiệm kỳ 2033 - 2035", (
            "Ngày bầu cử: Chủ nhật, ngày 20/3/2033.\n\n"
            "**I. TỔ CHỨC THỰC HIỆN**\n\n"
            f"1. Tổ bầu cử niêm yết danh sách cử tri chậm nhất 10 ngày trước ngày bầu cử{gap}(trước ngày 10/3/2033)."))
        # one deadline, on the printed day, and no second one counted back from the election (the same day again)
        assert [d.date for d in extract(text).deadlines if d.date != "2033-03-20"] == ["2033-03-10"], repr(gap)

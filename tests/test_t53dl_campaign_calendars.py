"""Session 54 (t53dl): deadlines and obligations of tune53's kinds, read from the authored documents themselves.

* a campaign plan's calendar by place that names no one ("STT | Thôn | Điểm tiêm | Ngày tiêm | Số trẻ dự kiến" under "3.
  Địa điểm: … theo lịch dưới đây:", t53-07) is the campaign running: its days, the catch-up days noted under it and a
  school's rooms "trong các ngày 30/3 và 31/3/2039" are no deadlines; the dated tasks of its bodies stay
  (extract.campaign_calendars). A plan of no campaign keeps its calendar's days (a44-01's drills by khu phố; t50-05's
  mobile sessions under a team's lead);
* an item's hour, then its weekday, then its day ("- Lễ ra quân cấp huyện: 06 giờ 30 phút, Chủ nhật ngày 27/3/2039",
  t53-03) dates the item (extract.timetable_words.HOURS_BEFORE_DAY);
* a commemorative day's date after "hưởng ứng" ("tổ chức Ngày hội gia đình hưởng ứng Ngày Gia đình Việt Nam (28/6),
  hoàn thành trong tháng 6/2039") and a weather spell's month ("trong đợt nắng nóng đầu tháng 6") are no deadlines
  (t53-05; patterns.HELD_NAMED_DAY_BEFORE_RE, WEATHER_SPELL_BEFORE_RE);
* "đồng chí" and a meeting's step ("Bước 5. Bế mạc: …") name no body (t53-10), nor does the closing formula that names
  the Kế hoạch before the difficulties clause (t53-08); a block naming its bodies by a section of prose blocks keeps
  its own report date (t53-02; extract.section_refs);
* a sports games' opening and closing times inside the run the plan states for it are its programme, no deadlines
  (a52-04; extract.schedule_items.without_programme_days); an opening outside it keeps its day (t33-07).

Input: the documents' plain text (tests/fixtures/t53dl, md2plain of bench/gold/tune53 and of authored44's a44-01,
tune50's t50-05, authored52's a52-04, tune33's t33-07); expected values from their hand labels (the .labels.json
beside each .md).
"""
from pathlib import Path

import pytest

from vanban.extract import extract

FIX = Path(__file__).parent / "fixtures" / "t53dl"


@pytest.fixture(scope="module")
def read():
    cache = {}

    def _read(stem):
        if stem not in cache:
            cache[stem] = extract((FIX / f"{stem}.txt").read_text(encoding="utf-8"))
        return cache[stem]
    return _read


def _days(e):
    return sorted((d.date or d.latest) for d in e.deadlines if not d.recurrence and not d.past)


def _due(o):
    return (o.deadline.date or o.deadline.latest) if o.deadline else None


def test_campaign_calendar_by_place_is_the_campaign_running(read):
    days = _days(read("t53-07-KH-UBND"))
    # the labels' one-off deadlines, the dated tasks of section V
    assert days == ["2039-03-08", "2039-03-11", "2039-03-12", "2039-03-15", "2039-03-16", "2039-04-12", "2039-04-15"]


def test_calendar_of_a_plan_of_no_campaign_keeps_its_days(read):
    days = _days(read("a44-01-KH-UBND"))
    for d in ("2034-10-19", "2034-10-26", "2034-11-02", "2034-11-09", "2034-11-16", "2034-11-23", "2034-11-30"):
        assert d in days  # "Khu phố 1 | … | 19/10/2034": each khu phố's drill (a44-01's labels)
    days = _days(read("t50-05-KH-CAX"))
    for d in ("2037-09-19", "2037-10-03", "2037-10-17", "2037-10-31", "2037-11-15"):
        assert d in days  # "1 | 15/9 - 19/9/2037 | Nhà văn hóa thôn Gò Da | …": the team's round (t50-05's labels)


def test_item_hour_weekday_and_day_dates_the_item(read):
    e = read("t53-03-KH-HDTN")
    assert any(d.date == "2039-03-27" and not d.recurrence and "27/3/2039" in d.text for d in e.deadlines)


def test_occasion_after_huong_ung_and_weather_spell_are_no_deadlines(read):
    e = read("t53-05-TB-UBND")
    assert "2039-06-28" not in _days(e)
    assert not any("đầu tháng 6" in d.text for d in e.deadlines)
    whos = {o.who: _due(o) for o in e.obligations}
    assert whos["Phòng Văn hóa và Thông tin"] == "2039-06-30"


def test_address_word_and_meeting_step_name_no_body(read):
    whos = [o.who for o in read("t53-10-HD-BTGHU").obligations]
    assert "đồng chí" not in whos and "Bế mạc" not in whos
    assert "Các đảng ủy cơ sở" in whos and "Các chi bộ" in whos


def test_closing_formula_naming_the_plan_is_no_obligation(read):
    whos = [o.who for o in read("t53-08-KH-UBND").obligations]
    assert "các đơn vị, tổ dân phố" not in whos
    assert "Công an phường" in whos


def test_block_named_by_a_prose_section_keeps_its_own_report_date(read):
    whos = {o.who: _due(o) for o in read("t53-02-KH-UBND").obligations}
    assert whos["Các cơ quan, đơn vị tại Mục V và Ủy ban nhân dân các xã, thị trấn"] == "2039-06-10"


def test_games_programme_times_inside_its_run_are_no_deadlines(read):
    # "- Đại hội diễn ra từ ngày 16/8/2038 đến ngày 30/8/2038." / "- Lễ khai mạc: 07 giờ 30 phút, Chủ nhật ngày 22/8/2038
    # …" / "- Lễ bế mạc, trao giải: 19 giờ 30 phút, ngày 30/8/2038 …" (a52-04's labels: event times, no deadlines)
    days = _days(read("a52-04-KH-UBND"))
    assert "2038-08-22" not in days and "2038-08-30" not in days
    assert {"2038-07-28", "2038-08-05", "2038-08-08", "2038-09-10"} <= set(days)  # the dated tasks of section III
    # outside the competitions' run the opening keeps its day ("Lễ khai mạc … vào 7 giờ 30 phút ngày 19/5/2029", t33-07)
    assert "2029-05-19" in _days(read("t33-07-KH-UBND"))


def test_a_plans_phase_is_no_games_run():
    # (revfix54) "giai đoạn" folds to "giai" as "giải" (a games' tournament) does: a plan's phase that "diễn ra từ …
    # đến …" is no event whose programme items are its own times, so a meeting's hour item inside it keeps its day
    text = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\n\nSố: 15/KH-UBND\n\nAn Phú, ngày 20 tháng 02 năm 2026\n\nKẾ HOẠCH\n"
            "Triển khai thực hiện chuyển đổi số năm 2026\n\n"
            "I. THỜI GIAN THỰC HIỆN\n\n- Giai đoạn 1 diễn ra từ ngày 01/3/2026 đến ngày 30/4/2026.\n\n"
            "- Hội nghị triển khai: 08 giờ 00 ngày 05/3/2026 tại Hội trường Ủy ban nhân dân xã.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n\nVăn phòng HĐND và UBND xã chuẩn bị nội dung Hội nghị.\n")
    assert "2026-03-05" in _days(extract(text))

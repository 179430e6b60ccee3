"""Review fixes of session 43 (fixrev43): a village unit "Bản …" stays a body while a verb with its object that folds
like "Ban" does not; reception opening "từ <giờ>, ngày …" is no event's hours; days listed under one report verb are
each a due; an appendix restates a body's due only for the same group of bodies."""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\n**XÃ TÂN MINH**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
         "Số: 17/KH-UBND\n\n*Tân Minh, ngày 12 tháng 3 năm 2031*\n\n**KẾ HOẠCH**\n\n{title}\n\n")


def _doc(title: str, body: str) -> str:
    return _HEAD.format(title=title) + body


def test_a_village_named_ban_is_a_body_and_a_sell_or_hand_over_step_is_not():
    text = _doc("Phòng, chống sạt lở đất mùa mưa năm 2031", (
        "**I. NHIỆM VỤ**\n\n"
        "1. Bản Huổi Lóng: di chuyển 08 hộ dân khỏi khu vực nguy hiểm trước ngày 15/6/2031.\n\n"
        "2. Bản Co Muông: rà soát các điểm có nguy cơ, báo cáo UBND xã trước ngày 20/6/2031.\n\n"
        "**II. CÁC BƯỚC ĐẤU GIÁ**\n\n"
        "1. Bán hồ sơ mời tham gia đấu giá: từ ngày 02/7/2031 đến ngày 12/7/2031.\n\n"
        "2. Bàn giao tài sản trúng đấu giá cho người mua: trước ngày 30/7/2031.\n"))
    whos = [o.who for o in extract(text).obligations]
    assert "Bản Huổi Lóng" in whos and "Bản Co Muông" in whos
    assert not [w for w in whos if w and w.split()[0] in ("Bán", "Bàn")]


def _dates(body: str) -> list[str]:
    return [str(d.date) for d in extract(_doc("Tuyển sinh và phòng, chống bão năm 2031", body)).deadlines]


def test_a_lone_clock_after_a_reception_task_is_its_opening_not_an_event_day():
    # the office opens reception at that hour: a start, no due
    assert _dates("**I. THỜI GIAN**\n\n1. Bộ phận Một cửa nhận đơn đăng ký từ 8 giờ 00, ngày 14/8/2031.\n") == []
    # the same clock as a label's value, or with its end, is the event's day
    assert _dates("**I. THỜI GIAN**\n\n- Lễ khai giảng: từ 7 giờ 15, ngày 05/9/2031.\n") == ["2031-09-05"]
    assert _dates("**I. THỜI GIAN**\n\n1. Hội diễn văn nghệ từ 19 giờ 00 đến 21 giờ 30, ngày 02/9/2031.\n") \
        == ["2031-09-02"]


def test_a_report_of_the_situation_up_to_a_part_of_the_day_sets_no_due():
    # "tình hình … đến chiều ngày …": the day the figures run to, the report's content, not its due
    assert _dates("**I. NHIỆM VỤ**\n\n1. Các tổ dân phố báo cáo tình hình ngập úng đến chiều ngày 18/9/2031 "
                  "về Ban Chỉ huy xã.\n") == []


def test_days_listed_after_a_due_word_with_cac_or_under_a_report_verb_are_no_one_interval():
    from vanban.extract.dates import find_dates
    from vanban.text import fold

    def spans(s: str) -> list[tuple[str | None, str | None]]:
        return [(h.earliest, h.latest) for h in find_dates(fold(s)) if h.kind == "week"]

    assert spans("Các xã nộp số liệu tiêm chủng trước các ngày 10, 20 và 30/10/2031.") == []
    assert spans("Ban Chỉ đạo xã báo cáo tiến độ thu thuế về Chi cục Thuế vào các ngày 08, 18 và 28/10/2031.") == []
    # the nights of one event stay one time
    assert spans("Công an xã bảo đảm an ninh các đêm biểu diễn: 11, 12 và 14/10/2031.") == [("2031-10-11", "2031-10-14")]


def test_an_appendix_due_of_another_group_is_its_own_deadline():
    body = ("**I. NHIỆM VỤ**\n\n- Các tổ dân phố nộp bảng tổng hợp về Văn phòng UBND phường trước ngày 12/10/2031.\n\n"
            "*Nơi nhận:*\n- Các tổ dân phố;\n- Lưu: VT.\n\n**TM. ỦY BAN NHÂN DÂN**\n**CHỦ TỊCH**\n\n**Lê Minh Hải**\n\n"
            "**PHỤ LỤC**\n\n**MẪU BẢNG TỔNG HỢP**\n\n"
            "Ghi chú: Các cơ sở giáo dục nộp bảng tổng hợp về Văn phòng UBND phường trước ngày 12/10/2031.\n")
    e = extract(_doc("Tổng hợp số liệu dân cư năm 2031", body))
    assert [str(d.date) for d in e.deadlines] == ["2031-10-12", "2031-10-12"]


def test_group_key_and_the_appendix_test_are_shared():
    from vanban.extract import checklist
    from vanban.extract.folded import group_key
    from vanban.extract.restated_dues import in_appendices
    from vanban.models import Span

    assert checklist.group_key is group_key
    assert group_key("UBND các xã") == group_key("Ủy ban nhân dân các xã")
    assert in_appendices(Span(120, 130, ""), ((100, 200),)) and not in_appendices(Span(20, 30, ""), ((100, 200),))
    assert not in_appendices(None, ((100, 200),))


def test_a_heading_of_form_and_figures_is_skipped_only_without_another_part_joined():
    from vanban.extract import assignment_words as W
    from vanban.extract.folded import Folded

    def skipped(heading: str) -> bool:
        return bool(W.SKIP_HEAD.match(Folded.of(heading).view))

    assert skipped("HÌNH THỨC VÀ CHỈ TIÊU VẬN ĐỘNG") and skipped("Hình thức, chỉ tiêu")
    assert not skipped("HÌNH THỨC, CHỈ TIÊU VÀ TRÁCH NHIỆM CÁC ĐƠN VỊ")


def test_plan_cells_money_level_and_done_heads():
    import importlib

    C = importlib.import_module("vanban.extract.plan_cells")
    from vanban.structure.figure_tables import __all__ as figure_names

    assert C._money("nghìn đồng") and C._money("USD") and not C._money("ha")
    assert C.level_head("Mức hỗ trợ (ngàn đồng/hộ)") and C.level_head("Định mức (triệu đồng/công trình)")
    assert not C.level_head("Kinh phí (triệu đồng)")
    # a header with no marks (legacy OCR) still tells the figures already held; the stone stays a count
    from vanban.extract.base_heads import base_head

    assert base_head("Da co (km)", None, unmarked=True) and not base_head("Da hoc (m3)", None, unmarked=True)
    assert base_head("Đã có (km)", None) and not base_head("Đá hộc (m³)", None)
    assert "measure_head" in figure_names


def test_one_reader_of_a_weekly_rule_s_weekday():
    import importlib

    from vanban.extract.standing_meetings import weekday_code

    holder_rows = importlib.import_module("vanban.extract.holder_rows")

    assert weekday_code("FREQ=WEEKLY;BYDAY=TH") == "TH" and weekday_code("FREQ=WEEKLY;BYDAY=MO,FR") == "MO"
    assert weekday_code("FREQ=MONTHLY;BYMONTHDAY=5") is None
    assert holder_rows.weekday_code is weekday_code

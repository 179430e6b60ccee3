"""Obligation kinds tune34's documents showed in session 35 (obl35c), each in its own wording: a quota table whose
rows each name a village and its own completion date; a Party body or a commune's committee whose verb ran into its
name ("phổ biến đến", "thông báo bằng văn bản", "lấy ý kiến", "chọn 02 …"); a mass organisation named with more words
than the class heading over it."""

from __future__ import annotations

from conftest import doc_head, signature

from vanban.extract import extract

_KH_HEAD = doc_head(issuer="XÃ PHÚC SƠN", number=77, date=(2, 6, 2031),
                    title="Làm đường giao thông nông thôn năm 2031", markdown=True)
_KH_TAIL = signature("Lục Văn Thắng", recipients=("Các thôn", "Lưu: VT"), markdown=True)


def _plan(title: str, body: str) -> str:
    """A commune's Kế hoạch titled ``title`` with ``body`` as its parts."""
    return _KH_HEAD.replace("Làm đường giao thông nông thôn", title) + body + _KH_TAIL


def _dues(text: str) -> dict[str, list[str | None]]:
    got: dict[str, list[str | None]] = {}
    for o in extract(text).obligations:
        got.setdefault(o.who, []).append((o.deadline.date or o.deadline.latest) if o.deadline else None)
    return got


def _roads(lead: str, head: str, rows: list[tuple[str, str, str]], after: str) -> str:
    """A plan whose quota table, under ``lead``, gives each village (``rows``: name, km, due cell) its length."""
    table = "".join(f"| {i} | {name} | {km} | {due} |\n" for i, (name, km, due) in enumerate(rows, 1))
    return _KH_HEAD + (f"**I. CHỈ TIÊU**\n\n**{lead}**\n\n| {head} |\n|---|---|---|---|\n{table}\n"
                       f"**II. TỔ CHỨC THỰC HIỆN**\n\n{after}") + _KH_TAIL


def test_a_quota_table_whose_rows_each_carry_a_village_and_its_date_charges_each_village():
    text = _roads("Chỉ tiêu giao cho các thôn:", "STT | Thôn | Đường bê tông (km) | Hoàn thành",
                  [("Thôn Nà Pục", "3,0", "Trước ngày 31/8/2031"), ("Thôn Khuổi Tát", "2,5", "Trước ngày 15/9/2031"),
                   ("Thôn Bản Chang", "4,0", "Trước ngày 30/9/2031"), ("Cộng", "9,5", "")],
                  "**1. Công chức Địa chính - Xây dựng**\n\nHướng dẫn kỹ thuật, nghiệm thu từng tuyến đường.")
    got = _dues(text)
    assert got.get("Thôn Nà Pục") == ["2031-08-31"]
    assert got.get("Thôn Khuổi Tát") == ["2031-09-15"]
    assert got.get("Thôn Bản Chang") == ["2031-09-30"]
    assert "Các thôn" not in got and "Cộng" not in got


def test_a_village_named_by_its_proper_name_alone_takes_its_columns_kind():
    text = _roads("Giao chỉ tiêu cho các thôn như sau:", "TT | Thôn | Đường bê tông (km) | Thời gian hoàn thành",
                  [("Nà Pục", "3,0", "Trước ngày 31/8/2031"), ("Thống Nhất", "2,5", "Trước ngày 15/9/2031")],
                  "Các thôn họp dân, thống nhất phương án góp công.")
    got = _dues(text)
    assert got.get("Thôn Nà Pục") == ["2031-08-31"]
    assert got.get("Thôn Thống Nhất") == ["2031-09-15"]


def test_a_quota_table_of_villages_without_dates_stays_one_obligation_of_the_lead_lines_units():
    text = _KH_HEAD + (
        "**I. CHỈ TIÊU**\n\n**Giao chỉ tiêu cụ thể cho 3 thôn như sau:**\n\n"
        "| STT | Thôn | Đường bê tông (km) | Rãnh thoát nước (m) |\n|---|---|---|---|\n"
        "| 1 | Thôn Nà Pục | 3,0 | 400 |\n| 2 | Thôn Khuổi Tát | 2,5 | 350 |\n| 3 | Thôn Bản Chang | 4,0 | 500 |\n\n"
        "**II. TỔ CHỨC THỰC HIỆN**\n\nCông chức Địa chính - Xây dựng hướng dẫn kỹ thuật.") + _KH_TAIL
    got = _dues(text)
    assert "3 thôn" in got
    assert not [w for w in got if w.startswith("Thôn ")]


_DU_HEAD = ("ĐẢNG BỘ XÃ THANH LÂM\n**CHI BỘ TRƯỜNG TIỂU HỌC**\n\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n\n"
            "Số 09-KH/CB\n\n*Thanh Lâm, ngày 20 tháng 11 năm 2031*\n\n**KẾ HOẠCH**\n\n"
            "tổ chức sinh hoạt chuyên đề quý IV năm 2031\n\n-----\n\n")
_DU_TAIL = ("\n\n*Nơi nhận:*\n- Đảng ủy xã (b/c),\n- Lưu chi bộ.\n\n**T/M CHI BỘ**\n**BÍ THƯ**\n\n"
            "**Đào Thị Nhung**\n")


def test_a_party_body_whose_verb_is_passing_down_telling_or_hearing_views_is_named_without_it():
    text = _DU_HEAD + (
        "**I. CÁC BƯỚC TIẾN HÀNH**\n\n**Bước 1. Chuẩn bị**\n\n"
        "Chi ủy phổ biến đến từng đảng viên nội dung chuyên đề, hoàn thành trước ngày 25/11/2031. "
        "Tổ công đoàn lấy ý kiến của giáo viên về dự thảo chuyên đề.\n\n"
        "**Bước 2. Sinh hoạt**\n\n"
        "Chi ủy thông báo bằng văn bản thời gian sinh hoạt đến đảng viên chậm nhất ngày 01/12/2031.") + _DU_TAIL
    got = _dues(text)
    assert sorted(d for d in got.get("Chi ủy", []) if d) == ["2031-11-25", "2031-12-01"]
    assert "Tổ công đoàn" in got
    assert not [w for w in got if "phổ biến" in w or "thông báo" in w or "lấy ý kiến" in w]


def test_a_standing_committee_picking_a_count_of_sites_is_named_without_its_verb():
    body = ("**I. NỘI DUNG**\n\n- Ban Chỉ đạo chọn 03 thôn tổ chức điểm, hoàn thành trước ngày 20/6/2031.\n\n"
            "- Các thôn còn lại tổ chức theo điều kiện thực tế.")
    assert _dues(_plan("Tổ chức Ngày hội văn hóa các dân tộc", body)).get("Ban Chỉ đạo") == ["2031-06-20"]


def test_a_mass_organisation_named_at_length_under_the_class_heading_is_charged_on_its_own():
    text = _plan("Tổ chức Tết trồng cây", (
        "**I. TỔ CHỨC THỰC HIỆN**\n\n1. Công chức Văn hóa - Xã hội\n\nTham mưu tổ chức lễ phát động.\n\n"
        "2. Các tổ chức chính trị - xã hội xã\n\n"
        "- Hội Liên hiệp Phụ nữ xã vận động hội viên trồng cây tại gia đình.\n\n"
        "- Đoàn Thanh niên Cộng sản Hồ Chí Minh xã ra quân trồng cây trên tuyến đường liên thôn.\n\n"
        "- Hội Người cao tuổi và Hội Cựu chiến binh xã vận động hội viên chăm sóc cây đã trồng."))
    got = _dues(text)
    assert "Hội Liên hiệp Phụ nữ xã" in got
    assert "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã" in got
    assert "Hội Người cao tuổi và Hội Cựu chiến binh xã" in got
    assert "Các tổ chức chính trị - xã hội xã" not in got


_CA_HEAD = ("CÔNG AN TỈNH LẠNG SƠN\n**CÔNG AN XÃ HỮU LŨNG**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
            "Số: 41/KH-CAX\n\n*Hữu Lũng, ngày 03 tháng 3 năm 2031*\n\n**KẾ HOẠCH**\n\n"
            "Cao điểm bảo đảm trật tự, an toàn giao thông mùa lễ hội Xuân năm 2031\n\n")
_CA_TAIL = ("\n\n*Nơi nhận:*\n- Công an tỉnh (b/c);\n- Lưu: HS.\n\n**TRƯỞNG CÔNG AN XÃ**\n\n**Nông Văn Hải**\n")


def test_a_campaigns_daily_and_weekly_reports_fall_due_from_its_first_day_not_the_plans():
    text = _CA_HEAD + (
        "**I. THỜI GIAN**\n\n- Thời gian cao điểm: từ ngày 10/3/2031 đến hết ngày 10/4/2031.\n\n"
        "**II. CHẾ ĐỘ BÁO CÁO**\n\n"
        "1. Tổ tuần tra báo cáo kết quả trong ngày về Trực ban trước 17 giờ hằng ngày.\n\n"
        "2. Bộ phận Tham mưu tổng hợp, báo cáo Công an tỉnh trước 10 giờ thứ Hai hằng tuần.\n\n"
        "3. Các vụ việc phức tạp phải báo cáo ngay Trưởng Công an xã.") + _CA_TAIL
    got = _dues(text)
    assert got.get("Tổ tuần tra") == ["2031-03-10"]  # the campaign's first day, not 04/3
    assert got.get("Bộ phận Tham mưu") == ["2031-03-10"]  # its first Monday (10/3/2031), not 03/3
    assert not [w for w in got if w.lower().startswith("các vụ việc")]


def test_a_daily_report_keeps_the_documents_day_when_no_campaign_window_is_printed():
    text = _CA_HEAD + (
        "**I. CHẾ ĐỘ BÁO CÁO**\n\n"
        "1. Tổ tuần tra báo cáo kết quả trong ngày về Trực ban trước 17 giờ hằng ngày.") + _CA_TAIL
    assert _dues(text).get("Tổ tuần tra") == ["2031-03-03"]


def test_a_team_named_by_its_kind_is_a_body_that_acts():
    text = _plan("Chiến dịch vệ sinh môi trường", (
        "**I. NỘI DUNG**\n\n1. Ra quân\n\n"
        "Đội xung kích ra quân thu gom rác thải tại các tuyến đường liên thôn, hoàn thành trước ngày 30/6/2031.\n\n"
        "2. Tuần tra\n\nĐội Cảnh sát giao thông tổ chức tuần tra khu vực chợ vào ban đêm."))
    got = _dues(text)
    assert got.get("Đội xung kích") == ["2031-06-30"]
    assert "Đội Cảnh sát giao thông" in got


def test_a_plans_last_words_asking_bodies_to_carry_out_the_plan_are_a_closing_formula():
    for last in ("Ủy ban nhân dân xã yêu cầu các cơ quan, thôn nghiêm túc triển khai thực hiện Kế hoạch./.",
                 "Ủy ban nhân dân xã đề nghị các hội, đoàn thể và các thôn nghiêm túc thực hiện Kế hoạch này./.",
                 "Ủy ban nhân dân xã đề nghị các chi bộ, chính quyền các thôn quan tâm lãnh đạo, phối hợp thực hiện./."):
        text = _KH_HEAD + (
            "**I. TỔ CHỨC THỰC HIỆN**\n\n1. Công chức Địa chính - Xây dựng\n\n"
            "Hướng dẫn kỹ thuật, nghiệm thu từng tuyến đường trước ngày 30/9/2031.\n\n" + last) + _KH_TAIL
        got = _dues(text)
        assert got == {"Công chức Địa chính - Xây dựng": ["2031-09-30"]}, last


_HD_HEAD = ("HỘI ĐỒNG NHÂN DÂN\n**XÃ TIÊN PHONG**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
            "Số: 12/KH-HĐND\n\n*Tiên Phong, ngày 01 tháng 10 năm 2031*\n\n**KẾ HOẠCH**\n\n"
            "Tổ chức kỳ họp chuyên đề của Hội đồng nhân dân xã\n\n")
_HD_TAIL = ("\n\n*Nơi nhận:*\n- Thường trực HĐND tỉnh;\n- Lưu: VT.\n\n**TM. THƯỜNG TRỰC HĐND**\n**CHỦ TỊCH**\n\n"
            "**Mã Văn Lực**\n")


def test_a_block_pointing_to_the_step_whose_time_it_keeps_takes_that_steps_date():
    text = _HD_HEAD + (
        "**I. TRÌNH TỰ**\n\n"
        "1. Chuẩn bị tài liệu: người trình dự thảo gửi hồ sơ đến Thường trực HĐND xã trước ngày 15/10/2031. "
        "Văn phòng HĐND và UBND xã gửi tài liệu đến đại biểu.\n\n"
        "2. Lấy ý kiến cử tri: Ủy ban Mặt trận Tổ quốc Việt Nam xã thu thập kiến nghị của cử tri, chuyển Thường trực "
        "HĐND xã trước ngày 20/10/2031.\n\n"
        "**II. TỔ CHỨC THỰC HIỆN**\n\n"
        "1. Ủy ban nhân dân xã\n\nChỉ đạo các bộ phận chuyên môn chuẩn bị dự thảo đúng thời hạn tại mục I.1.\n\n"
        "2. Ủy ban Mặt trận Tổ quốc Việt Nam xã\n\nTập hợp kiến nghị của cử tri, chuyển đến đúng thời hạn ở mục I.2; cử đại diện dự "
        "kỳ họp.")
    got = _dues(text + _HD_TAIL)
    assert got.get("Ủy ban nhân dân xã") == ["2031-10-15"]  # the step's date that the Văn phòng's clause does not hold
    assert got.get("Ủy ban Mặt trận Tổ quốc Việt Nam xã") == ["2031-10-20", "2031-10-20"]


def test_a_teams_leader_named_by_courtesy_and_post_is_its_composition_not_a_task():
    text = _plan("Chống thất thu phí chợ năm 2031", (
        "**I. NHIỆM VỤ**\n\n1. Thành lập Tổ kiểm tra thu phí chợ, gồm:\n\n"
        "- Tổ trưởng: đồng chí Phó Chủ tịch Ủy ban nhân dân xã;\n\n"
        "- Tổ phó: ông Trưởng Ban quản lý chợ;\n\n"
        "Tổ kiểm tra rà soát các hộ kinh doanh tại chợ, hoàn thành trước ngày 31/7/2031."))
    got = _dues(text)
    assert got.get("Tổ kiểm tra") == ["2031-07-31"]
    assert "Tổ trưởng" not in got and "Tổ phó" not in got

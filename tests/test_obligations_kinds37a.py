"""Obligation and deadline kinds (session 37, obl37a): a village whose name ends in a unit's head word ("thôn Hòa
Phong | tổ chức …"), the size bands of a Party cell congress plan ("Chi bộ có từ … đảng viên: bầu …"), one member of a
plural heading's group charged alone in a ";"-clause, and two printed days six months apart joined by "và" (one
six-monthly deadline after "định kỳ 6 tháng"; bare, two one-off days since session 49)."""

from __future__ import annotations

from test_obligations_kinds30t import _dues  # each body and its earliest date

from vanban.extract import extract
from vanban.extract.deadlines import first_verb
from vanban.extract.folded import Folded


_DU_HEAD = ("ĐẢNG BỘ HUYỆN LẠC SƠN\n**ĐẢNG ỦY XÃ MỸ HÒA**\n\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n\n"
            "Số 12-KH/ĐU\n\n*Mỹ Hòa, ngày 02 tháng 3 năm 2030*\n\n**KẾ HOẠCH**\n\n"
            "Tổ chức đại hội chi bộ trực thuộc nhiệm kỳ 2030 - 2032\n\n")
_UB_HEAD = ("ỦY BAN NHÂN DÂN\n**PHƯỜNG AN BÌNH**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
            "Số: 41/KH-UBND\n\n*An Bình, ngày 20 tháng 2 năm 2030*\n\n**KẾ HOẠCH**\n\n"
            "Thực hiện công tác hè năm 2030\n\n")
_TAIL = ("\n\n*Nơi nhận:*\n- Như trên;\n- Lưu: VT.\n\n**T/M BAN THƯỜNG VỤ**\n**BÍ THƯ**\n\n**Lê Văn Hòa**\n")


def test_a_village_whose_name_ends_in_a_head_word_is_the_name_not_a_department():
    # folded, "Phong" is "Phòng" and "Phòng Tổ chức" a department; after "thôn Hòa" it ends the village's name
    verb = first_verb(Folded.of("chi bo thon hoa phong to chuc dai hoi diem vao ngay 05/4/2030").view)
    assert verb is not None and verb.group("v") == "to chuc"
    text = _DU_HEAD + (
        "**I. THỜI GIAN**\n\n"
        "- Chi bộ thôn Hòa Phong tổ chức đại hội điểm vào ngày 05/4/2030.\n\n"
        "- Ủy ban nhân dân xã Ba Sở tổ chức hội nghị tiếp xúc cử tri trước ngày 20/4/2030.\n\n"
        "- Ban Tổ chức Đảng ủy hướng dẫn nhân sự trước ngày 25/3/2030.") + _TAIL
    got = _dues(text)
    assert got.get("Chi bộ thôn Hòa Phong") == "2030-04-05", got
    assert got.get("Ủy ban nhân dân xã Ba Sở") == "2030-04-20", got
    assert got.get("Ban Tổ chức Đảng ủy") == "2030-03-25", got


def test_size_bands_of_a_congress_plan_are_rules_not_bodies():
    text = _DU_HEAD + (
        "**I. SỐ LƯỢNG CẤP ỦY**\n\n"
        "- Chi bộ có dưới 12 đảng viên chính thức: bầu bí thư, không bầu chi ủy.\n\n"
        "- Chi bộ có từ 12 đến dưới 40 đảng viên chính thức: bầu 03 chi ủy viên.\n\n"
        "- Chi bộ có trên 40 đảng viên chính thức: bầu không quá 05 chi ủy viên.\n\n"
        "**II. TỔ CHỨC THỰC HIỆN**\n\n"
        "**1. Các chi bộ trực thuộc**\n\n"
        "Xây dựng báo cáo chính trị, đề án nhân sự, gửi Đảng ủy trước ngày 25/3/2030.") + _TAIL
    got = _dues(text)
    assert got == {"Các chi bộ trực thuộc": "2030-03-25"}, got


def test_a_member_of_a_plural_heading_named_in_its_own_clause_gets_its_own_entry():
    text = _UB_HEAD + (
        "**III. TỔ CHỨC THỰC HIỆN**\n\n"
        "**1. Các trường Tiểu học, Trung học cơ sở trên địa bàn**\n\n"
        "Tổ chức sinh hoạt hè cho học sinh; gửi danh sách học sinh tham gia về từng khu phố trước ngày 29/5/2030; "
        "Trường Trung học cơ sở An Bình bố trí sân bóng, giáo viên hướng dẫn các đội bóng thiếu nhi.\n\n"
        "**2. Trạm Y tế phường**\n\n"
        "Tổ chức khám sức khỏe cho trẻ em, hoàn thành trong tháng 6/2030.") + _TAIL
    got = _dues(text)
    assert got.get("Các trường Tiểu học, Trung học cơ sở trên địa bàn") == "2030-05-29", got
    assert "Trường Trung học cơ sở An Bình" in got and got["Trường Trung học cơ sở An Bình"] is None, got
    # … but a member that only takes part stays in the group's entry
    text = text.replace("Trường Trung học cơ sở An Bình bố trí", "Trường Trung học cơ sở An Bình phối hợp bố trí")
    assert "Trường Trung học cơ sở An Bình" not in _dues(text)


def _dl(text: str) -> list[tuple[str | None, str | None]]:
    return [(d.date, d.recurrence) for d in extract(text).deadlines]


def test_two_printed_days_six_months_apart_are_one_six_monthly_deadline():
    # with the cycle's words ("định kỳ 6 tháng", t29-04's and t38-07's labels); bare, two one-off days of the year
    # (session 49: t48-05's labels; the labels README counts a deadline recurring by "hằng năm" or "định kỳ …")
    text = _UB_HEAD + (
        "**III. TỔ CHỨC THỰC HIỆN**\n\n"
        "**1. Tổ trưởng tổ dân phố**\n\n"
        "Tổ chức họp tổ dân phố; gửi báo cáo kết quả về Ủy ban nhân dân phường định kỳ 6 tháng, trước ngày 05/6/2030 "
        "và trước ngày 05/12/2030.") + _TAIL
    got = _dl(text)
    assert len(got) == 1 and got[0][0] == "2030-06-05" and "INTERVAL=6" in (got[0][1] or ""), got
    bare = text.replace("định kỳ 6 tháng, ", "")
    assert _dl(bare) == [("2030-06-05", None), ("2030-12-05", None)], _dl(bare)


def test_two_rounds_or_days_five_months_apart_stay_two_deadlines():
    for pair in ("trước ngày 05/6/2030 và trước ngày 05/11/2030",
                 "trước ngày 05/5/2030 (đợt 1) và trước ngày 05/11/2030",
                 "từng đợt chậm nhất ngày 05/5/2030 và ngày 05/11/2030"):
        text = _UB_HEAD + (
            "**III. TỔ CHỨC THỰC HIỆN**\n\n"
            "**1. Tổ trưởng tổ dân phố**\n\n"
            f"Gửi báo cáo kết quả về Ủy ban nhân dân phường {pair}.") + _TAIL
        got = _dl(text)
        assert len(got) == 2 and not any(r for _, r in got), (pair, got)


def test_a_schedule_cell_with_the_days_name_before_its_date_is_that_days_deadline():
    text = _UB_HEAD + (
        "**II. NỘI DUNG**\n\n"
        "**1. Tiêm chủng lưu động**\n\n"
        "Trạm Y tế phường bố trí tổ tiêm chủng lưu động tại các điểm sau:\n\n"
        "| TT | Thời gian | Địa điểm |\n|---|---|---|\n"
        "| 1 | Thứ Bảy, ngày 06/4/2030 | Nhà văn hóa khu phố 1 |\n"
        "| 2 | Chủ nhật, ngày 07/4/2030 | Trường Tiểu học An Bình |\n"
        "| 3 | Thứ Bảy, ngày 13/4/2030 | Trạm Y tế phường |\n") + _TAIL
    got = sorted(d for d, _ in _dl(text))
    assert got == ["2030-04-06", "2030-04-07", "2030-04-13"], got


def test_one_body_in_two_bullets_of_a_timetable_of_milestones_is_one_assignment():
    text = _DU_HEAD + (
        "**II. THỜI GIAN**\n\n"
        "**2. Các mốc thời gian**\n\n"
        "- Trước ngày 15/3/2030: các chi bộ xây dựng kế hoạch đại hội, phân công người chuẩn bị văn kiện, nhân sự.\n\n"
        "- Các chi bộ gửi dự thảo báo cáo chính trị về Đảng ủy trước ngày 25/3/2030.\n\n"
        "- Văn phòng Đảng ủy xây dựng lịch đại hội các chi bộ trước ngày 20/3/2030.\n\n"
        "**III. TỔ CHỨC THỰC HIỆN**\n\n"
        "**1. Các chi bộ trực thuộc**\n\n"
        "Tổ chức đại hội đúng quy trình; báo cáo kịp thời những vấn đề phát sinh.") + _TAIL
    obs = [(o.who, o.deadline.date if o.deadline else None) for o in extract(text).obligations]
    cells = [x for x in obs if x[0].lower() == "các chi bộ"]
    assert cells == [(cells[0][0], "2030-03-15")], obs
    assert ("Văn phòng Đảng ủy", "2030-03-20") in obs and ("Các chi bộ trực thuộc", None) in obs, obs


def test_partners_swallowed_with_a_visits_destination_are_no_body():
    text = _UB_HEAD + (
        "**II. NỘI DUNG**\n\n"
        "**3. Thu hồi nợ**\n\n"
        "Đối với các hộ có nợ quá hạn: cử cán bộ Hội phối hợp với tổ trưởng, trưởng khu phố đến từng hộ đôn đốc "
        "trả nợ; cố gắng thu hồi tối thiểu 40% số nợ trước ngày 30/9/2030.\n\n"
        "**4. Rà soát**\n\n"
        "Tổ công tác đến từng hộ có đơn đề nghị để xác minh, hoàn thành trước ngày 15/8/2030.") + _TAIL
    got = _dues(text)
    assert not any("đến từng" in w for w in got), got
    assert got.get("Tổ công tác") == "2030-08-15", got

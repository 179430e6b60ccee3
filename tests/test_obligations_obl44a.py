"""Obligation bodies of session 44 (obl44a, authored42's kinds): a figures table whose body column names the act each
row's unit is in charge of ("Đơn vị phụ trách vận động"), a bullet under a heading of the Mặt trận and the đoàn thể
whose body "chủ trì, phối hợp với …" (it leads: no partner's clause), a list of bodies closed by a distributive "mỗi
đơn vị" before its task, and a joint heading of two posts whose paragraph charges each in its own clause."""

from __future__ import annotations

from test_obligations_kinds30t import _dues  # each body and its earliest date

from conftest import doc_head, signature

from vanban.extract import extract
from vanban.extract import subjects as S

_HEAD = doc_head(issuer="XÃ TÂN LẬP", number=52, date=(14, 7, 2034),
                 title="Vận động người dân tham gia bảo hiểm y tế năm 2034", markdown=True)
_TAIL = signature("Hà Văn Lợi", recipients=("UBND tỉnh (b/c)", "Lưu: VT"), markdown=True)
_PARTY_HEAD = doc_head(issuer="ĐẢNG ỦY XÃ TÂN LẬP", party=True, number=31, date=(14, 7, 2034),
                       title="Lấy ý kiến Nhân dân về dự thảo quy hoạch khu dân cư", markdown=True)
_PARTY_TAIL = signature("Đinh Thị Mai", party=True, recipients=("Ban Thường vụ Huyện ủy (b/c)", "Lưu VP"), markdown=True)


def test_a_column_naming_the_act_its_unit_is_in_charge_of_charges_each_row():
    text = _HEAD + (
        "**I. CHỈ TIÊU THEO THÔN**\n\n"
        "| STT | Thôn | Đơn vị phụ trách vận động | Số hộ | Tỷ lệ tham gia (%) |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Thôn Đồng Tâm | Chi hội Phụ nữ thôn Đồng Tâm | 210 | 95 |\n"
        "| 2 | Thôn Hòa Bình | Chi đoàn thôn Hòa Bình | 185 | 93 |\n"
        "| | **Cả xã** | | **395** | **94** |\n\n"
        "**II. TỔ CHỨC THỰC HIỆN**\n\n"
        "**1. Trạm Y tế xã**\n\n"
        "Tổng hợp danh sách người chưa có thẻ bảo hiểm y tế, gửi các thôn trước ngày 30/7/2034.\n") + _TAIL
    got = _dues(text)
    assert "Chi hội Phụ nữ thôn Đồng Tâm" in got and "Chi đoàn thôn Hòa Bình" in got
    ob = next(o for o in extract(text).obligations if o.who == "Chi đoàn thôn Hòa Bình")
    assert "vận động" in ob.what and "Hòa Bình" in ob.what
    # "phụ trách" with no act after it, or before a place, names who leads: no task of the row
    for head in ("Cán bộ phụ trách", "Cán bộ phụ trách địa bàn"):
        leads = _HEAD + (
            "**I. CHỈ TIÊU THEO THÔN**\n\n"
            f"| STT | Thôn | {head} | Số hộ | Tỷ lệ tham gia (%) |\n|---|---|---|---|---|\n"
            "| 1 | Thôn Đồng Tâm | Công chức Văn hóa - Xã hội | 210 | 95 |\n"
            "| 2 | Thôn Hòa Bình | Công chức Tư pháp - Hộ tịch | 185 | 93 |\n") + _TAIL
        assert not [w for w in _dues(leads) if w.startswith("Công chức")], head


def test_a_list_closed_by_each_unit_is_the_subject_of_its_task():
    assert S.actor("Hội Nông dân, Hội Cựu chiến binh, Đoàn Thanh niên xã mỗi đơn vị cử 05 hội viên dự hội nghị") == (
        "Hội Nông dân, Hội Cựu chiến binh, Đoàn Thanh niên xã", "mỗi đơn vị cử 05 hội viên dự hội nghị")
    # (a verb inside the words before "mỗi" is no list of bodies: the subject is read as before)
    assert S.actor("Ủy ban nhân dân xã chỉ đạo các thôn, mỗi đơn vị cử 02 người")[0] == "Ủy ban nhân dân xã"


def test_bullets_under_the_front_and_the_mass_organisations_each_name_their_own_body():
    text = _PARTY_HEAD + (
        "**I. TỔ CHỨC THỰC HIỆN**\n\n"
        "**1. Văn phòng Đảng ủy**\n\n"
        "Chuẩn bị tài liệu, địa điểm các buổi lấy ý kiến; tổng hợp kết quả trước ngày 20/8/2034.\n\n"
        "**2. Ủy ban Mặt trận Tổ quốc xã Tân Lập và các đoàn thể**\n\n"
        "- Ủy ban Mặt trận Tổ quốc xã chủ trì, phối hợp với Ban công tác Mặt trận các thôn tổ chức các buổi lấy ý kiến; "
        "tổng hợp ý kiến gửi Văn phòng Đảng ủy trước ngày 10/8/2034.\n\n"
        "- Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên xã mỗi đơn vị vận động ít nhất 30 hội viên, đoàn viên "
        "tham gia góp ý.\n") + _PARTY_TAIL
    got = _dues(text)
    assert got.get("Ủy ban Mặt trận Tổ quốc xã") == "2034-08-10"
    assert "Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên xã" in got
    assert got["Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên xã"] is None
    # the heading's bodies keep no entry of their own: each bullet named its body
    assert not [w for w in got if w.endswith("các đoàn thể")]


def test_a_joint_heading_of_two_posts_charges_each_in_its_own_clause():
    # (the plain text a Word file gives, as the bench reads it: headings with no bold marks)
    text = doc_head(issuer="XÃ TÂN LẬP", number=52, date=(14, 7, 2034), title="Cấp thẻ bảo hiểm y tế năm 2034") + (
        "I. PHÂN CÔNG NHIỆM VỤ\n\n"
        "1. Trưởng ban, Phó Trưởng ban\n\n"
        "Trưởng ban chỉ đạo chung; Phó Trưởng ban (Trưởng Trạm Y tế xã) trực tiếp theo dõi việc cấp thẻ "
        "bảo hiểm y tế tại các thôn.\n\n"
        "2. Công chức Văn hóa - Xã hội\n\n"
        "Tổng hợp số liệu người tham gia bảo hiểm y tế, báo cáo Ban Chỉ đạo trước ngày 15/9/2034.\n") + signature(
        "Hà Văn Lợi", recipients=("UBND tỉnh (b/c)", "Lưu: VT"))
    got = _dues(text)
    assert "Trưởng ban, Phó Trưởng ban" in got  # the heading's entry: the Trưởng ban's clause
    assert [w for w in got if w.startswith("Phó Trưởng ban")] == ["Phó Trưởng ban (Trưởng Trạm Y tế xã)"]
    assert got["Công chức Văn hóa - Xã hội"] == "2034-09-15"


def test_a_list_of_departments_whose_names_hold_commas_is_one_subject():
    # (a department's name with a comma, "Phòng Kinh tế, Hạ tầng và Đô thị", inside a list of four bodies; a name
    # closed by its level, "Công an xã", takes no field word after it: "xây dựng" opens the task)
    who, what = S.actor("Trung tâm Phục vụ hành chính công xã, Phòng Văn hóa - Xã hội, Phòng Kinh tế, Hạ tầng và Đô "
                        "thị, Trạm Y tế xã xây dựng báo cáo theo mẫu kèm theo, gửi Thường trực Hội đồng nhân dân xã")
    assert who == "Trung tâm Phục vụ hành chính công xã, Phòng Văn hóa - Xã hội, Phòng Kinh tế, Hạ tầng và Đô thị, " \
                  "Trạm Y tế xã"
    assert what.startswith("xây dựng báo cáo")
    assert S.actor("Công an xã xây dựng kế hoạch tuần tra")[0] == "Công an xã"
    # ("môi trường" folds like "mỗi": no distributive there)
    assert S.actor("Công chức Nông nghiệp - Môi trường tổng hợp số liệu")[0] == "Công chức Nông nghiệp - Môi trường"


def test_a_body_after_an_event_and_a_time_limit_opening_the_sentence_is_its_subject():
    for sent in ("Sau mỗi cuộc tiếp xúc cử tri, trong 05 ngày làm việc Văn phòng HĐND xã tổng hợp ý kiến cử tri",
                 "Sau tiếp xúc cử tri, Văn phòng HĐND xã tổng hợp ý kiến cử tri",
                 "Trong 05 ngày làm việc, Văn phòng HĐND xã tổng hợp ý kiến cử tri"):
        assert S.actor(sent) == ("Văn phòng HĐND xã", "tổng hợp ý kiến cử tri"), sent

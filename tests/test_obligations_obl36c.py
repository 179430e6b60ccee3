"""Obligations and deadlines of session 36 (obl36c, tune35's kinds): a table column naming the task each unit takes on
("Đơn vị nhận tự quản"), a schedule printed as lines that open with their day, a block dated by a pointer to a
section's tasks or schedule, posts named by their field ("Cán bộ phụ trách …", "Thôn đội trưởng"), a body's staff
deployed by "Phân công cán bộ …" (no body of its own)."""

from __future__ import annotations

from test_obligations_kinds30t import _dues  # each body and its earliest date

from conftest import doc_head, signature

from vanban.extract import extract
from vanban.extract import subjects as S

_HEAD = doc_head(issuer="XÃ HÒA BÌNH", number=17, date=(6, 3, 2031),
                 title="Giữ gìn vệ sinh môi trường các tuyến kênh năm 2031", markdown=True)
_TAIL = signature("Lê Văn Tâm", recipients=("UBND huyện (b/c)", "Lưu: VT"), markdown=True)


def test_a_column_naming_what_each_unit_takes_on_charges_each_row():
    text = _HEAD + (
        "**I. NỘI DUNG**\n\n"
        "Mỗi ấp chọn một đoạn kênh giao cho đoàn thể của ấp nhận chăm sóc theo bảng sau:\n\n"
        "| TT | Ấp | Đoạn kênh | Chiều dài (m) | Đơn vị nhận tự quản |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Ấp Bắc | Kênh Tư từ cống số 1 đến cầu Đình | 800 | Chi hội Nông dân ấp Bắc |\n"
        "| 2 | Ấp Nam | Kênh Xáng đoạn qua chợ | 650 | Chi đoàn ấp Nam |\n"
        "| | **Cộng** | | **1.450** | |\n") + _TAIL
    got = _dues(text)
    assert "Chi hội Nông dân ấp Bắc" in got and "Chi đoàn ấp Nam" in got
    ob = next(o for o in extract(text).obligations if o.who == "Chi đoàn ấp Nam")
    assert "nhận tự quản" in ob.what and "Kênh Xáng" in ob.what
    # (a unit receiving a thing takes on no task: "Đơn vị nhận quà" is a list of gifts)
    gifts = _HEAD + (
        "**I. NỘI DUNG**\n\n"
        "| TT | Đơn vị nhận quà | Số suất |\n|---|---|---|\n| 1 | Hội Người cao tuổi ấp Bắc | 20 |\n"
        "| 2 | Hội Người cao tuổi ấp Nam | 15 |\n") + _TAIL
    assert not [w for w in _dues(gifts) if w.startswith("Hội Người cao tuổi")]


def test_a_schedule_of_lines_opening_with_their_day_dates_each_session():
    text = _HEAD + (
        "**I. NỘI DUNG**\n\n"
        "**1. Thu gom rác thải dọc kênh**\n\n"
        "Đoàn Thanh niên xã ra quân thu gom rác thải dọc các tuyến kênh theo lịch sau:\n\n"
        "- Chủ nhật, ngày 23/3/2031: tại bến đò ấp Bắc;\n\n"
        "- Thứ Bảy, ngày 05/4/2031: tại cầu Đình ấp Nam (phục vụ các hộ\nven kênh Xáng);\n\n"  # a page's wrapped line
        "- Ngày 19/4/2031: tại chợ xã.\n\n"
        "**II. XỬ LÝ LẤN CHIẾM**\n\n"
        "Rà soát các công trình lấn chiếm hành lang kênh, hoàn thành trong tháng 5/2031.\n\n"
        "**III. TỔ CHỨC THỰC HIỆN**\n\n"
        "**1. Đoàn Thanh niên xã**\n\n"
        "Huy động đoàn viên ra quân theo lịch tại mục I.1; báo cáo kết quả trước ngày 30/6/2031.\n\n"
        "**2. Công chức Địa chính - Xây dựng**\n\n"
        "Thực hiện nội dung tại mục II; đề xuất nạo vét các đoạn kênh bị bồi lắng.\n") + _TAIL
    days = sorted(d.date for d in extract(text).deadlines if d.date and d.date < "2031-05-01")
    assert days == ["2031-03-23", "2031-04-05", "2031-04-19"]
    got = _dues(text)
    assert got["Đoàn Thanh niên xã"] == "2031-03-23"  # the block keeps the schedule it points to
    assert got["Công chức Địa chính - Xây dựng"] == "2031-05-31"  # the section's tasks, taken over whole


def test_a_single_dated_line_or_one_without_a_list_lead_stays_prose():
    text = _HEAD + (
        "**I. TÌNH HÌNH**\n\n"
        "Năm 2030, xã đã tổ chức nhiều đợt ra quân.\n"
        "Thứ Bảy, ngày 15/3/2031: tại bến đò ấp Bắc\n"
        "Chủ nhật, ngày 16/3/2031: tại cầu Đình ấp Nam\n") + _TAIL
    assert not [d for d in extract(text).deadlines if d.date in ("2031-03-15", "2031-03-16")]


def test_posts_named_by_their_field_are_bodies_but_staff_a_body_deploys_are_not():
    assert S.body_name("Cán bộ phụ trách công tác dân số (Phó Chủ tịch Hội Phụ nữ xã)") == "Cán bộ phụ trách công tác dân số"
    assert S.body_name("Thôn đội trưởng các thôn") == "Thôn đội trưởng các thôn"
    assert S.actor("Xã đội trưởng lập danh sách dân quân diện huấn luyện.")[0] == "Xã đội trưởng"
    assert S.actor("Ban CHQS xã lập dự trù vật chất huấn luyện, tiếp nhận trước ngày 25/02/2031.")[0] == "Ban CHQS xã"
    text = _HEAD + (
        "**I. TỔ CHỨC THỰC HIỆN**\n\n"
        "**1. Văn phòng HĐND và UBND xã**\n\n"
        "a) Tổng hợp kết quả thực hiện Kế hoạch.\n\n"
        "b) Phân công cán bộ phụ trách hệ thống truyền thanh phát tin về lịch ra quân.\n") + _TAIL
    assert not [w for w in _dues(text) if w.lower().startswith("cán bộ")]

"""Reviewer's findings on session 39's code (fixrev39), each a kind over-reached by a rule of that session.

- "Phân công đồng chí <title>" is a board sharing out its own officer only when the title names no body after it (or
  the issuer's own "Hội"): "Phân công đồng chí Chủ tịch UBND xã chỉ đạo …" charges the Chủ tịch of another body.
- A unit's head folded into a heading's block only under "các <kind>" of residential units, no shared word ("Chủ tịch
  xã" under "Phòng Văn hóa - Xã hội xã").
- An aimed-grade column needs a grade noun (sao, hạng): "Mức phấn đấu năm 2031" is a strive column, period and all.
- The Mặt trận named by its initials ("Ban Thường trực UBMTTQ xã") is the front heading its class of mass organisations.
- A table of "Đối tượng | Mức hỗ trợ" is a support policy; a gift table says "quà" or an age in its heads.
- "chỉ phục vụ từ … giờ đến … giờ" bounds a business's hours only with a business subject (cơ sở, quán ăn,
  karaoke …), not an office's service hours.
- A quota head's common initials (BHYT, PCCC: abbreviations.ABBREVIATIONS) stay as printed; only the document's own are spelled out.

Inputs are the reviewer's, in the style of those documents.
"""

from __future__ import annotations

from vanban.extract import extract

PARTY = "ĐẢNG BỘ TỈNH YÊN BÁI\nĐẢNG ỦY XÃ TÂN LẬP\nSố: 52-KH/ĐU\nTân Lập, ngày 12 tháng 8 năm 2030"


def _doc(body: str, title: str = "thực hiện công tác dân vận năm 2031", head: str = PARTY) -> str:
    return f"{head}\n\nKẾ HOẠCH\n{title}\n\n{body}\n"


def _obs(text: str) -> list[tuple[str, str | None]]:
    return [(o.who, (o.deadline.date or o.deadline.latest) if o.deadline else None) for o in extract(text).obligations]


def test_an_officer_of_another_body_is_charged():
    body = ("III. TỔ CHỨC THỰC HIỆN\n- Phân công đồng chí Chủ tịch UBND xã chỉ đạo các ngành triển khai thực hiện, "
            "hoàn thành trước ngày 30/4/2031.\n- Phân công đồng chí Trưởng ban Tuyên giáo Đảng ủy hướng dẫn các chi bộ "
            "quán triệt, báo cáo trước ngày 15/5/2031.")
    assert [d for _, d in _obs(_doc(body))] == ["2031-04-30", "2031-05-15"]


def test_a_boards_own_officer_is_no_body():
    body = ("III. TỔ CHỨC THỰC HIỆN\n1. Ban Thường vụ Hội Nông dân xã\n- Phân công đồng chí Phó Chủ tịch Hội theo dõi, "
            "đôn đốc các chi hội thực hiện.\n- Phân công đồng chí Chủ tịch trực tiếp chỉ đạo hội nghị sơ kết.")
    assert all("Phó Chủ tịch" not in w and not w.startswith("đồng chí") for w, _ in _obs(_doc(body)))


def test_a_unit_head_needs_the_kind_of_units_in_the_heading():
    from vanban.extract.task_bodies import unit_head
    assert not unit_head("Chủ tịch xã", "1. Phòng Văn hóa - Xã hội xã")
    assert not unit_head("Giám đốc trung tâm", "2. Trung tâm Y tế và các trạm y tế")
    assert unit_head("Trưởng khu phố", "5. Các khu phố")
    assert unit_head("Trưởng thôn", "4. Các thôn, bản")


def test_a_strive_column_of_any_figure_is_no_aimed_grade():
    from vanban.extract.strive_columns import _AIMED_LEVEL_HEAD
    assert not _AIMED_LEVEL_HEAD.match("muc phan dau nam 2031")
    assert _AIMED_LEVEL_HEAD.match("so sao phan dau")
    assert _AIMED_LEVEL_HEAD.match("hang sao du kien dat")
    body = ("II. CHỈ TIÊU\n\n| STT | Chỉ tiêu | Mức phấn đấu năm 2031 | Đơn vị chủ trì |\n|---|---|---|---|\n"
            "| 1 | Tổ chức hội nghị tuyên truyền pháp luật | Ít nhất 10 hội nghị | Công chức Tư pháp |\n"
            "| 2 | Điểm đánh giá chỉ số cải cách hành chính | Từ 85 điểm trở lên | Văn phòng UBND xã |\n")
    targets = extract(_doc(body)).targets
    points = [t for t in targets if t.unit and "điểm" in t.unit]
    assert points and all(t.period and "2031" in t.period and "trở lên" not in t.unit for t in points)


def test_the_front_by_its_initials():
    from vanban.extract.assignment_words import FRONT_BODY
    for name in ("ban thuong truc ubmttq xa", "ubmttq phuong", "uy ban mat tran to quoc viet nam xa",
                 "ban thuong truc uy ban mat tran to quoc xa", "mttq xa"):
        assert FRONT_BODY.match(name), name
    assert not FRONT_BODY.match("ban thuong vu dang uy")


def test_common_initials_stay_as_printed():
    from vanban.extract.kind_nouns import kind_noun
    doc = ("Phấn đấu cấp mới thẻ bảo hiểm y tế cho hộ cận nghèo; cấp sổ bảo hiểm xã hội cho lao động tự do. "
           "Lắp đặt 12 điểm chữa cháy công cộng tại các thôn.")
    assert kind_noun("Thẻ BHYT cấp mới", doc).startswith("thẻ BHYT")
    assert kind_noun("Tổ PCCC thành lập mới", doc + " Thành lập tổ phòng cháy chữa cháy ở mỗi thôn.") == "tổ PCCC"
    assert kind_noun("Điểm CCCC lắp đặt mới", doc) == "điểm chữa cháy công cộng"


def test_a_support_policy_table_is_no_gift():
    policy = ("II. CHÍNH SÁCH\n\n| STT | Đối tượng | Mức hỗ trợ |\n|---|---|---|\n"
              "| 1 | Hộ nghèo xây nhà mới | Hỗ trợ 40 triệu đồng |\n| 2 | Hộ cận nghèo sửa nhà | Hỗ trợ 20 triệu đồng |\n")
    gifts = ("II. QUÀ TẶNG\n\n| STT | Đối tượng | Mức quà tặng |\n|---|---|---|\n"
             "| 1 | Gia đình chính sách | Quà trị giá 500.000 đồng |\n| 2 | Người cao tuổi | Quà trị giá 300.000 đồng |\n")
    assert not [t for t in extract(_doc(policy)).targets if t.min in (40, 20, 40_000_000, 20_000_000)]
    assert [t.min for t in extract(_doc(gifts)).targets if t.min in (500, 500_000)]


def test_an_offices_service_hours_are_no_bound():
    office = "II. NỘI DUNG\n\n1. Bộ phận Một cửa phường chỉ phục vụ từ 07 giờ 30 đến 11 giờ 30 các ngày thứ Bảy.\n"
    assert not [t for t in extract(_doc(office.replace("Bộ phận Một cửa phường", "Cơ quan Bảo hiểm xã hội"))).targets
                if t.unit == "giờ (giờ trong ngày)"]
    shop = "II. NỘI DUNG\n\n1. Các quán ăn đêm trên địa bàn chỉ được phục vụ từ 06 giờ đến 23 giờ hằng ngày.\n"
    assert not [t for t in extract(_doc(office)).targets if t.unit == "giờ (giờ trong ngày)"]
    assert [(t.min, t.max) for t in extract(_doc(shop)).targets if t.unit == "giờ (giờ trong ngày)"] == [(6, 23)]

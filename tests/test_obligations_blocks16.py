"""Obligations: who carries a block's tasks and which date is theirs (session 16, kinds of the authored15 plans).

The sentences are written for these tests in the style of the 2026 plans, conclusions and directives of communes and
wards (``bench/gold/authored15`` showed the kinds); the expected bodies and dates are those a careful reader lists
under ``realdocs/labeled/README.md``'s conventions (one entry per body per assignment block, the deadline the
earliest of that body's own dated tasks), not vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract

_UBND = ("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
         "Số: 57/KH-UBND\n\nHòa Bình, ngày 18 tháng 11 năm 2026\n\nKẾ HOẠCH\n"
         "Phòng, chống thiên tai năm 2027\n\n")
_UBND_TAIL = "\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn An\n"

_DU = ("ĐẢNG BỘ TỈNH THANH HÓA\nĐẢNG ỦY XÃ HÒA BÌNH\n*\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
       "Số 11-NQ/ĐU\n\nHòa Bình, ngày 12 tháng 11 năm 2026\n\nNGHỊ QUYẾT\n"
       "về phát triển du lịch cộng đồng giai đoạn 2026 - 2030\n\n")
_DU_TAIL = "\nNơi nhận:\n- Ban Thường vụ Tỉnh ủy,\n- Lưu Văn phòng Đảng ủy.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nLê Văn Bình\n"


def _obs(text: str) -> dict[str, str | None]:
    out = {}
    for o in extract(text).obligations:
        d = o.deadline
        out[o.who] = (d.date or d.latest) if d else None
    return out


def test_other_body_in_a_headed_block_gets_its_own_date():
    """"3. Giao Ban Tổ chức Đảng ủy xã" / "Hướng dẫn … Các chi bộ gửi báo cáo … trước ngày 15/12/2026; Ban Tổ chức
    tổng hợp … trước ngày 10/01/2027": the chi bộ's clause is its own assignment, and its date is not the Ban's."""
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Văn phòng Đảng ủy xã\n\nTheo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả.\n\n"
            "2. Giao Ban Tổ chức Đảng ủy xã\n\n"
            "Hướng dẫn các chi bộ trực thuộc tổ chức kiểm điểm, đánh giá chất lượng đảng viên năm 2026. "
            "Các chi bộ gửi báo cáo kiểm điểm trước ngày 15/12/2026; Ban Tổ chức tổng hợp, báo cáo Ban "
            "Thường vụ trước ngày 10/01/2027.\n")
    obs = _obs(_UBND + body + _UBND_TAIL)
    assert obs["Ban Tổ chức Đảng ủy xã"] == "2027-01-10"
    assert obs["Các chi bộ"] == "2026-12-15"


def test_paragraph_after_the_last_bodys_points_is_not_its_task():
    """The closing paragraph after the last body's lettered points ("Các bộ phận chuyên môn và các thôn báo cáo …
    trước ngày 25 của tháng cuối quý. Giao Công an xã tổng hợp … trước ngày 05/12/2027") charges its own bodies; the
    last body keeps no date of theirs."""
    body = ("IV. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Công an xã\n\na) Chủ trì kiểm tra an toàn phòng cháy tại các cơ sở kinh doanh trước ngày 31/12/2026.\n\n"
            "b) Tổ chức diễn tập phương án chữa cháy tại khu dân cư.\n\n"
            "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã\n\n"
            "a) Tuyên truyền, vận động hội viên và Nhân dân chấp hành quy định về phòng cháy.\n\n"
            "b) Tham gia giám sát việc thực hiện tại khu dân cư.\n\n"
            "Các bộ phận chuyên môn và các thôn báo cáo kết quả thực hiện về UBND xã định kỳ hằng quý, trước ngày "
            "25 của tháng cuối quý. Giao Công an xã tổng hợp, báo cáo UBND xã kết quả năm 2027 trước ngày "
            "05/12/2027.\n")
    obs = _obs(_UBND + body + _UBND_TAIL)
    front = "Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã"
    assert obs[front] is None
    assert obs["Các bộ phận chuyên môn và các thôn"] == "2026-12-25"
    assert "2027-12-05" in [v for k, v in obs.items() if k == "Công an xã"] or any(
        o.who == "Công an xã" and o.deadline and o.deadline.date == "2027-12-05"
        for o in extract(_UBND + body + _UBND_TAIL).obligations)


def test_heading_listing_bodies_keeps_its_tasks_when_a_point_charges_one_of_them():
    """"1. Các cơ quan, đơn vị cấp xã; các thôn" over a), b) and "c) Các thôn rà soát …": the heading's bodies carry
    a) and b) (with b's date), the thôn carry c) as their own entry."""
    body = ("II. NHIỆM VỤ\n\n"
            "1. Các cơ quan, đơn vị cấp xã; các thôn\n\n"
            "a) Quán triệt công tác phòng, chống thiên tai là nhiệm vụ thường xuyên.\n\n"
            "b) Tự kiểm tra phương án ứng phó tại trụ sở; hoàn thành trước ngày 20/12/2026.\n\n"
            "c) Các thôn rà soát danh sách hộ dân sống ở vùng có nguy cơ sạt lở, lũ quét.\n\n"
            "2. Công an xã\n\nChủ trì bảo đảm an ninh, trật tự trong mùa mưa bão.\n")
    obs = _obs(_UBND + body + _UBND_TAIL)
    assert obs["Các cơ quan, đơn vị cấp xã; các thôn"] == "2026-12-20"
    assert "Các thôn" in obs and obs["Các thôn"] is None
    assert "Công an xã" in obs


def test_capitalised_short_verb_under_a_body_heading_is_the_task():
    """"5. Đài Truyền thanh xã" / (blank line) / "Mở chuyên mục …": the paragraph's first word is the task's verb, not
    more of the body's name."""
    body = ("II. NHIỆM VỤ\n\n"
            "1. Công an xã\n\nChủ trì bảo đảm an ninh, trật tự trong mùa mưa bão.\n\n"
            "2. Đài Truyền thanh xã\n\n"
            "Mở chuyên mục hướng dẫn kỹ năng phòng, tránh thiên tai; phát bản tin cảnh báo khi có bão, lũ.\n")
    obs = _obs(_UBND + body + _UBND_TAIL)
    assert "Đài Truyền thanh xã" in obs


def test_party_committee_leading_a_body_charges_the_body_led():
    """A Nghị quyết of the Đảng ủy xã: "3. Đảng ủy lãnh đạo Ủy ban nhân dân xã" over its tasks: the Đảng ủy (the
    issuer) leads, the Ủy ban nhân dân xã carries them out."""
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Các chi bộ trực thuộc\n\nTổ chức quán triệt Nghị quyết đến đảng viên trước ngày 10/12/2026.\n\n"
            "2. Đảng ủy lãnh đạo Ủy ban nhân dân xã\n\n"
            "- Xây dựng Kế hoạch thực hiện Nghị quyết, trình Ban Thường vụ Đảng ủy trước ngày 31/12/2026.\n\n"
            "- Bố trí nguồn lực phát triển hạ tầng du lịch.\n")
    obs = _obs(_DU + body + _DU_TAIL)
    assert obs.get("Ủy ban nhân dân xã") == "2026-12-31"
    assert "Đảng ủy" not in obs


def test_bodies_before_verbs_of_party_and_meeting_work():
    """Verbs the shared list did not know after a body: "đưa nội dung … vào", "dự họp giao ban", "họp dân",
    "tuần tra"; a name ending in "trực thuộc Sở" before its verb; a time opening before a plural body ("Hằng năm,
    trong quý I, …", "Từ năm 2027, …")."""
    body = ("II. NHIỆM VỤ\n\n"
            "1. Cấp ủy, chi bộ đưa nội dung phòng, chống thiên tai vào chương trình công tác năm 2027.\n\n"
            "2. Các công chức chuyên môn dự họp giao ban 7 giờ 30 sáng thứ Hai hằng tuần tại UBND xã.\n\n"
            "3. Trưởng các thôn họp dân vào tuần đầu tiên hằng tháng để phổ biến kế hoạch.\n\n"
            "4. Các đơn vị trực thuộc Sở báo cáo tình hình thực hiện về Sở trước ngày 10/12/2026.\n\n"
            "5. Hằng năm, trong quý I, các chi bộ trực thuộc rà soát, kiện toàn tổ xung kích.\n\n"
            "6. Từ năm 2027, các thôn cập nhật danh sách hộ dân vùng trũng trước ngày 15/5 hằng năm.\n")
    obs = _obs(_UBND + body + _UBND_TAIL)
    assert "Cấp ủy, chi bộ" in obs
    assert "Các công chức chuyên môn" in obs
    assert "Trưởng các thôn" in obs
    assert obs.get("Các đơn vị trực thuộc Sở") == "2026-12-10"
    assert any(k.lower() == "các chi bộ trực thuộc" for k in obs)
    assert any(k.lower() == "các thôn" for k in obs)


def test_task_on_its_own_line_with_its_lead_is_not_the_body_before():
    """"Các thôn báo cáo kết quả …" then, on its own line, "Tổ chức họp giao ban … do Phó Chủ tịch UBND xã chủ trì.":
    the second task names its lead; it is not more of the thôn's report."""
    body = ("III. TỔ CHỨC THỰC HIỆN\n"
            "Các thôn báo cáo kết quả thực hiện về UBND xã trước ngày 20 của tháng cuối quý.\n"
            "Tổ chức họp giao ban phòng, chống thiên tai 8 giờ sáng thứ Hai hằng tuần do Phó Chủ tịch UBND xã chủ trì.\n")
    obs = {o.who: o.what for o in extract(_UBND + body + _UBND_TAIL).obligations}
    assert "họp giao ban" not in obs["Các thôn"]
    assert "họp giao ban" in obs["Phó Chủ tịch UBND xã"]


def test_paragraph_after_points_naming_the_same_heads_stays_in_the_block():
    """"1. Chủ tịch Ủy ban nhân dân các xã, phường" over its points, then "Chủ tịch Ủy ban nhân dân cấp xã chịu trách
    nhiệm toàn diện trước Chủ tịch UBND tỉnh về …": the same heads named another way, answering for their work; no
    entry of its own (234/CĐ-TTg's closing paragraph after its first item has this form)."""
    body = ("1. Chủ tịch Ủy ban nhân dân các xã, phường\n\n"
            "a) Rà soát, thống kê thiệt hại do mưa lũ, báo cáo UBND tỉnh trước ngày 05/12/2026.\n\n"
            "b) Bố trí nơi ở tạm cho các hộ dân bị mất nhà.\n\n"
            "Chủ tịch Ủy ban nhân dân cấp xã chịu trách nhiệm toàn diện trước Chủ tịch Ủy ban nhân dân tỉnh về tính "
            "chính xác của số liệu báo cáo; đồng thời sử dụng nguồn hỗ trợ đúng mục đích, đúng đối tượng.\n\n"
            "2. Công an xã\n\nBảo đảm an ninh, trật tự tại các khu vực bị ngập.\n")
    whos = [o.who for o in extract(_UBND + body + _UBND_TAIL).obligations]
    assert whos == ["Chủ tịch Ủy ban nhân dân các xã, phường", "Công an xã"]

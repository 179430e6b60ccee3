"""Obligations: kinds read on tune28's misses (session 29), each phrased here in my own words.

The documents below are invented for the test (a province plan with a task table, a women's union plan whose
organisation part names its boards under one heading, a decision's waste-collection plan); the expected bodies are
those a careful reader lists under ``realdocs/labeled/README.md``'s conventions, not vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract

#: a province plan's header and title, then the body a test writes, then its closing
_PLAN_HEAD = "\n".join(("ỦY BAN NHÂN DÂN", "TỈNH HÀ NAM NINH", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc", "", "Số: 415/KH-UBND", "", "Hà Nam Ninh, ngày 05 tháng 01 năm 2027",
                        "", "KẾ HOẠCH", "Phát triển văn hóa đọc năm 2027", "", ""))
_PLAN_TAIL = "\n".join(("", "Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT.", "", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
                        "PHÓ CHỦ TỊCH", "Trần Văn Bình", ""))


def _bodies(body: str, head: str = _PLAN_HEAD, tail: str = _PLAN_TAIL) -> list[str]:
    """The bodies charged, in text order, by the document ``head`` + ``body`` + ``tail``."""
    return [o.who for o in extract(f"{head}{body}{tail}").obligations]


def test_task_cell_whose_object_names_bodies_is_a_task():
    """A task table's row whose task is a verb and an object that happens to name several capitalised bodies
    ("Tuyên truyền sách hay trên Báo, Đài Phát thanh và Truyền hình tỉnh") is still the lead
    body's task: only a bare run of names ("Tài chính, Xây dựng, Tư pháp") lists recipients."""
    table = (
        "I. NHIỆM VỤ\n\nCác nhiệm vụ cụ thể tại bảng sau:\n\n"
        "| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Tuyên truyền sách hay trên Báo, Đài Phát thanh và Truyền hình tỉnh | "
        "Thư viện tỉnh | Sở Văn hóa và Thể thao | Năm 2027 |\n"
        "| 2 | Tổ chức Ngày Sách và Văn hóa đọc Việt Nam | Sở Văn hóa và Thể thao | Các xã, phường | Tháng 4/2027 |\n"
    )
    obs = extract(f"{_PLAN_HEAD}{table}{_PLAN_TAIL}").obligations
    library = [o for o in obs if o.who == "Thư viện tỉnh"]
    assert len(library) == 1
    assert library[0].deadline is not None and str(library[0].deadline.latest) == "2027-12-31"


def test_group_heading_over_items_naming_one_member_each():
    """"1. Các phòng, Văn phòng Sở" over items that each open with one board by its own name ("Phòng Quản lý
    văn hóa chủ trì …", "Phòng Kế hoạch - Tài chính chủ trì …"): each board is charged with its own item, the
    group heading itself with nothing."""
    body = (
        "II. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Các phòng, Văn phòng Sở\n\n"
        "- Phòng Quản lý văn hóa chủ trì hướng dẫn các thư viện cơ sở xây dựng tủ sách cộng đồng; tổ chức tập huấn "
        "cho cán bộ thư viện xã trong quý II/2027.\n\n"
        "- Phòng Kế hoạch - Tài chính chủ trì tham mưu bố trí kinh phí mua sách cho các tủ sách cộng đồng.\n\n"
        "- Văn phòng Sở tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 15/12/2027.\n\n"
        "2. Ủy ban nhân dân các xã, phường\n\n"
        "Bố trí địa điểm đặt tủ sách cộng đồng, báo cáo kết quả trước ngày 30/11/2027.\n"
    )
    head = _PLAN_HEAD.replace("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM NINH", "UBND TỈNH HÀ NAM NINH\nSỞ VĂN HÓA VÀ THỂ THAO")
    who = _bodies(body, head)
    assert "Phòng Quản lý văn hóa" in who
    assert "Phòng Kế hoạch - Tài chính" in who
    assert not any(w.startswith("Các phòng") for w in who)


def test_kind_of_member_under_group_heading_stays_the_groups():
    """Under "3. Các chi bộ trực thuộc", an item about a kind of member ("- Chi bộ được kiểm tra chuẩn bị hồ sơ …")
    names no member: it is one more task of the group heading, not an entry of its own."""
    body = (
        "II. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Ủy ban Kiểm tra Đảng ủy xã\n\n"
        "Theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo trước ngày 10/12/2027.\n\n"
        "2. Các chi bộ trực thuộc\n\n"
        "- Xây dựng kế hoạch tự kiểm tra của chi bộ, gửi Ủy ban Kiểm tra trước ngày 20/02/2027.\n\n"
        "- Chi bộ được kiểm tra chuẩn bị hồ sơ, tài liệu theo đề cương; tiếp thu kết luận kiểm tra.\n"
    )
    head = ("ĐẢNG BỘ TỈNH HÀ NAM NINH\nĐẢNG ỦY XÃ AN LẠC\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 12-KH/ĐU\n\n"
            "An Lạc, ngày 08 tháng 01 năm 2027\n\nKẾ HOẠCH\nkiểm tra năm 2027\n\n")
    who = _bodies(body, head, "\nNơi nhận:\n- Các chi bộ;\n- Lưu VP.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nLê Văn An\n")
    assert "Các chi bộ trực thuộc" in who
    assert not any(w.startswith("Chi bộ được") for w in who)


def test_collecting_verb_at_a_clause_end_is_no_list_of_members():
    """"thu gom" (to collect) folds to the same letters as "gồm" (made up of): a task clause ending in "… tuyến thu
    gom" is a task, while a clause ending in "gồm:" / "bao gồm" announces the members listed after it."""
    from vanban.extract import assignment_words as W
    from vanban.text import fold

    assert W.COMPOSITION_WHAT.search(fold("điều chỉnh tần suất, tuyến thu gom")) is None
    assert W.COMPOSITION_WHAT.search(fold("sắp xếp lại giờ thu gom.")) is None
    assert W.COMPOSITION_WHAT.search(fold("thành lập Tổ công tác, gồm:")) is not None
    assert W.COMPOSITION_WHAT.search(fold("thành phần bao gồm")) is not None


def test_one_tier_of_a_body_at_all_tiers_is_the_same_assignment():
    """"Đoàn Thanh niên các cấp tổ chức …; mỗi Đoàn Thanh niên cấp xã tổ chức ít nhất …": the clause after ";" says the
    all-tier body's task of one of its tiers, one assignment (the labels list the block once), not a new body."""
    body = (
        "II. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Kiểm tra, giám sát\n\n"
        "Đoàn Thanh niên các cấp tổ chức kiểm tra việc thực hiện Kế hoạch; mỗi Đoàn Thanh niên cấp xã kiểm tra ít nhất "
        "02 chi đoàn trong năm. Sở Nội vụ tổng hợp kết quả, báo cáo trước ngày 15/12/2027.\n"
    )
    who = _bodies(body)
    assert "Đoàn Thanh niên các cấp" in who
    assert not any("cấp xã" in w for w in who)


def test_attention_urged_without_an_act_is_no_task():
    """"Đề nghị các đơn vị quan tâm hơn đến nhóm này …" urges attention and asks no act (no verb after "quan tâm");
    "quan tâm chỉ đạo …" or "quan tâm, hướng dẫn …" go on with the acts asked and stay tasks."""
    body = (
        "II. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Năm 2026, tỷ lệ khen thưởng cho công nhân, nông dân còn thấp. Đề nghị các đơn vị quan tâm hơn đến nhóm "
        "này trong đợt bình xét cuối năm.\n\n"
        "2. Đề nghị Liên đoàn Lao động tỉnh quan tâm chỉ đạo công đoàn cơ sở giới thiệu công nhân tiêu biểu.\n"
    )
    who = _bodies(body)
    assert "Liên đoàn Lao động tỉnh" in who
    assert not any(w.lower() == "các đơn vị" for w in who)

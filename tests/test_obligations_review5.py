"""Obligations: kinds of wording found on real documents labelled before vanban's output was read.

Each input is the real wording of the named document of ``realdocs/docs`` (branch oblig5's
review, ``bench/gold/review-oblig5``, batches check5 and review5), cut to the part that shows
the kind; the expected bodies are those a careful reader lists (``realdocs/labeled/README.md``
conventions), not vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"


def _qd(issuer: str, number: str, body: str) -> str:
    return (f"{issuer}\n\n{_MOTTO}Số: {number}\n\nHà Nội, ngày 20 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n"
            "Về việc phân cấp thẩm quyền\n\nQUYẾT ĐỊNH:\n\n" + body +
            "\n\nNơi nhận:\n- Như Điều 4;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n")


def _obs(text: str):
    return extract(text).obligations


def test_powers_granted_under_a_phan_cap_heading_are_no_tasks():
    """032-2025-QD-UBND: under "Phân cấp thẩm quyền ban hành tiêu chuẩn …" each body "ban hành" a
    standard by a power granted, it is not assigned a task; the executing article is no obligation."""
    text = _qd("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK", "032/2025/QĐ-UBND", (
        "Điều 3. Phân cấp thẩm\nquyền ban hành tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng\n\n"
        "1. Phân cấp thẩm quyền\nban hành tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng tại cơ\n"
        "quan, tổ chức, đơn vị (trừ lĩnh vực y tế, giáo dục và đào tạo)\n\n"
        "a) Các sở, ban, ngành ban\nhành tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng của các cơ\n"
        "quan, tổ chức, đơn vị thuộc phạm vi quản lý.\n\n"
        "c) Ủy ban nhân dân cấp xã\nban hành tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng của các cơ\n"
        "quan, tổ chức, đơn vị thuộc phạm vi quản lý của Ủy ban nhân dân cấp xã.\n\n"
        "2. Phân cấp thẩm quyền\nban hành tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng thuộc lĩnh\nvực y tế\n\n"
        "Sở Y tế ban hành tiêu\nchuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng thuộc lĩnh vực y tế.\n\n"
        "Điều 4. Hiệu lực thi\nhành\n\nQuyết định này có hiệu lực kể từ ngày ký.\n\n"
        "Điều 5. Tổ chức thực\nhiện\n\nChánh Văn phòng Ủy ban\nnhân dân tỉnh; Thủ trưởng các sở, ban, ngành; Chủ tịch "
        "Ủy ban nhân dân các xã,\nphường và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành\n"
        "Quyết định này./."))
    assert list(_obs(text)) == []


def test_bodies_named_by_their_power_in_an_intro_are_charged():
    """218-2025-QD-UBND: "Các cơ quan, đơn vị, cá nhân có thẩm quyền quyết định được phân cấp tại Quyết định
    này có trách nhiệm:" — "có thẩm quyền quyết định" describes the bodies; items 1–4 are their tasks."""
    text = _qd("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG", "218/2025/QĐ-UBND", (
        "Điều 6.\nTrách nhiệm tổ chức thực hiện\n\n"
        "Các cơ quan, đơn vị, cá nhân\ncó thẩm quyền quyết định được phân cấp tại Quyết định này có trách nhiệm:\n\n"
        "1. Quyết định các nội dung về\ntiêu chuẩn, định mức sử dụng tài sản công theo Quyết định này và các quy định\n"
        "hiện hành;\n\n"
        "2. Công khai các Quyết định\nvề tiêu chuẩn, định mức sử dụng tài sản công theo thẩm quyền trên Trang thông\n"
        "tin điện tử của cơ quan, đơn vị mình;\n\n"
        "3. Chỉ đạo công tác quản lý,\nsử dụng tài sản công tại các cơ quan, đơn vị thuộc phạm vi quản lý;\n\n"
        "4. Tổ chức triển khai thực\nhiện nội dung được phân cấp công khai, minh bạch, hiệu quả."))
    obs = _obs(text)
    assert [o.who for o in obs] == ["Các cơ quan, đơn vị, cá nhân có thẩm quyền quyết định được phân cấp tại Quyết định này"]
    assert "Công khai" in obs[0].what


def test_can_cu_quyet_dinh_thi_hanh_is_the_executing_article():
    """471-QD-UBND: "Điều 3. Thủ trưởng các cơ quan: …; Chủ tịch UBND các xã, phường và các tổ chức, cá nhân
    liên quan căn cứ Quyết định thi hành./." closes the decision; Điều 2 charges Sở Công Thương."""
    text = _qd("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH", "471/QĐ-UBND", (
        "Điều 1. Phê duyệt Danh mục địa điểm tổ chức hội chợ, triển lãm thương mại năm 2026.\n\n"
        "Điều 2. Sở Công Thương có trách nhiệm chủ trì, phối hợp với các cơ quan, UBND các xã, phường,\n"
        "đơn vị liên quan thực hiện quản lý hoạt động, xác nhận và hướng dẫn các doanh nghiệp, thương nhân tổ chức\n"
        "hội chợ, triển lãm thương mại thực hiện theo đúng quy định.\n\n"
        "Điều 3. Thủ trưởng các cơ quan: Văn phòng UBND tỉnh, Sở Công Thương, Sở Văn hóa, Thể thao và Du lịch,\n"
        "Ban Quản lý các khu công nghiệp tỉnh; Chủ tịch UBND các xã, phường và các tổ chức, cá nhân liên quan\n"
        "căn cứ Quyết định thi hành./."))
    assert [o.who for o in _obs(text)] == ["Sở Công Thương"]


def test_time_limit_counted_from_issue_date_and_joint_subject():
    """1505-QD-UBND (issued Thursday 20/11/2025): "Thời hạn hoàn thành không quá 05 ngày làm việc kể từ ngày
    ban hành Quyết định" counts five working days from the document's own date: 27/11/2025; item 2's joint
    subject "Sở …; UBND các xã, phường" is a second obligation."""
    text = _qd("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH", "1505/QĐ-UBND", (
        "Điều 1. Công bố kèm theo Quyết định này danh mục 01 thủ tục hành chính (TTHC) sửa đổi, bổ sung.\n\n"
        "Điều 2. Giao các cơ quan, đơn vị:\n\n"
        "1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính\n"
        "công): Rà soát, phối hợp với các cơ quan, đơn vị có liên quan xây dựng quy trình nội bộ, quy trình điện tử\n"
        "trong giải quyết TTHC theo nội dung công bố tại Quyết định này. Thời hạn hoàn thành không quá 05 ngày làm\n"
        "việc kể từ ngày ban hành Quyết định.\n\n"
        "2. Sở Nông nghiệp và Môi trường; UBND các xã, phường niêm yết công khai nội dung TTHC tại Trung tâm Phục vụ\n"
        "hành chính công và thực hiện giải quyết TTHC theo Quyết định này.\n\n"
        "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký."))
    obs = _obs(text)
    assert obs[0].who == "Sở Nông nghiệp và Môi trường" and obs[0].deadline.date == "2025-11-27"
    assert len(obs) == 2 and "UBND các xã, phường" in obs[1].who


def test_partners_listed_up_to_a_semicolon_are_no_new_body():
    """2682-QD-UBND: "c) Phối hợp với Chánh Văn phòng Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban nhân dân các xã,
    phường tổ chức niêm yết …" names partners of Giám đốc Công an tỉnh's task, not a new body."""
    text = _qd("ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG", "2682/QĐ-UBND", (
        "Điều 3. Giao Giám đốc Công an tỉnh thực hiện các nhiệm vụ sau:\n\n"
        "a) Cập nhật công khai đầy đủ danh mục, nội dung cụ thể của thủ tục hành chính được công bố trên Cơ sở dữ\n"
        "liệu quốc gia về thủ tục hành chính.\n\n"
        "b) Cấu hình quy trình điện tử tiếp nhận, giải quyết thủ tục hành chính trên Hệ thống thông tin giải quyết\n"
        "thủ tục hành chính tỉnh.\n\n"
        "c) Phối hợp với Chánh Văn phòng Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường tổ chức\n"
        "niêm yết công khai đầy đủ danh mục tại Trung tâm Phục vụ hành chính công tỉnh.\n\n"
        "Điều 4. Quyết định này có hiệu lực thi hành kể từ ngày ký./."))
    assert [o.who for o in _obs(text)] == ["Giám đốc Công an tỉnh"]


def test_a_condition_inside_a_list_intro_is_no_body():
    """66-2025-NQ-HDND (appendix): "Các đối tượng được hưởng chính sách ưu đãi hưởng thụ văn hóa (Trường hợp
    khó xác định thì chỉ cần có giấy xác nhận của UBND xã …), cụ thể:" states who benefits, under a condition."""
    text = _qd("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI", "66/2025/QĐ-UBND", (
        "Điều 1. Đối tượng được giảm phí.\n\n"
        "Các đối tượng được hưởng chính sách ưu đãi hưởng thụ\nvăn hóa (Trường hợp khó xác định thì chỉ cần có giấy "
        "xác nhận của UBND xã, phường,\nthị trấn nơi người đó cư trú), cụ thể:\n\n"
        "Nhân dân ở các xã đặc biệt khó khăn miền núi.\n\n"
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký./."))
    assert list(_obs(text)) == []


def test_executing_article_with_a_parenthesis_in_its_names():
    """98-2025-QD-UBND_quang-ninh: "Thủ trưởng các cơ quan chuyên môn, đơn vị sự nghiệp công lập (trừ đơn vị sự
    nghiệp công lập tự đảm bảo chi thường xuyên và chi đầu tư), tổ chức hành chính khác … chịu trách nhiệm thi
    hành Quyết định này." closes the decision: "đảm bảo" in the parenthesis and the noun "tổ chức" are names."""
    text = _qd("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH", "98/2025/QĐ-UBND", (
        "Điều 5. Hiệu lực thi hành\n\nQuyết định này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2025.\n\n"
        "Điều 6. Tổ chức thực hiện\n\n"
        "1. Thủ trưởng các cơ quan chuyên môn, đơn vị sự nghiệp công lập (trừ đơn vị sự nghiệp công lập tự đảm bảo\n"
        "chi thường xuyên và chi đầu tư), tổ chức hành chính khác thuộc Ủy ban nhân dân tỉnh và Ủy ban nhân dân cấp\n"
        "xã và Thủ trưởng các cơ quan, tổ chức, cá nhân khác có liên quan chịu trách nhiệm thi hành Quyết định này."))
    assert list(_obs(text)) == []


def test_duty_titles_whose_article_word_split_give_their_body_to_the_items_after():
    """144-2025-QD-CTUBND (Quy chế after the signature): "Điều⏎14. Trách nhiệm của Sở Khoa học và Công nghệ⏎⏎
    1. Quản lý, hướng dẫn …" — the "Điều" split from its number leaves the tasks as siblings of the title;
    each title opens the block of its body; "Trách nhiệm của thuê bao" (persons) charges no body; the closing
    article's own body ends the blocks (its conditional sentence is no task of the last titled body)."""
    text = _qd("CHỦ TỊCH ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP", "144/2025/QĐ-CTUBND", (
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế về quản lý, sử dụng chữ ký số chuyên dùng công vụ.\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 12 năm 2025.")) + (
        "\nQUY CHẾ\nVề quản lý, sử dụng chữ ký số chuyên dùng công vụ\n\n"
        "Chương\nIII\n\nTRÁCH NHIỆM CỦA\nCÁC CƠ QUAN, TỔ CHỨC, CÁ NHÂN\n\n"
        "Điều\n14. Trách nhiệm của Sở Khoa học và Công nghệ\n\n"
        "1. Quản lý, hướng dẫn, kiểm\ntra các thuê bao trong quá trình triển khai, quản lý, sử dụng chữ ký số.\n\n"
        "2. Chủ trì hoặc phối hợp với\ncác cơ quan, đơn vị liên quan tổ chức tập huấn triển khai, sử dụng chữ ký số.\n\n"
        "Điều\n15. Trách nhiệm của cơ quan, tổ chức quản lý trực tiếp\n\n"
        "1. Tổ chức triển khai sử dụng\ncó hiệu quả chữ ký số chuyên dùng công vụ đã cấp cho cơ quan, cá nhân.\n\n"
        "2. Phối hợp với Sở Khoa học và Công nghệ trong công tác thanh tra, kiểm tra việc quản lý chữ ký số.\n\n"
        "Điều\n16. Trách nhiệm của thuê bao\n\nThuê bao có trách nhiệm thực hiện các nhiệm vụ được quy định tại "
        "Điều 39 Nghị định số 68/2024/NĐ-CP.\n\n"
        "Điều\n17. Trách nhiệm của Văn thư cơ quan\n\n"
        "1. Tiếp nhận, quản lý và sử dụng chữ ký số chuyên dùng công vụ cơ quan, tổ chức khi được phân công.\n\n"
        "2. Trực tiếp thực hiện ký số bằng chứng thư số chuyên dùng công vụ của cơ quan, tổ chức.\n\n"
        "Điều\n19. Điều khoản thi hành\n\nSở Khoa học và Công nghệ có trách nhiệm theo dõi, đôn đốc, kiểm tra, giám "
        "sát việc thực hiện Quy chế này.\n\nTrong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc, các cơ "
        "quan, đơn vị, cá nhân kịp thời phản ánh về Sở Khoa học và Công nghệ để tổng hợp./.\n")
    whos = [o.who for o in _obs(text)]
    assert whos == ["Sở Khoa học và Công nghệ", "Cơ quan, tổ chức quản lý trực tiếp", "Văn thư cơ quan",
                    "Sở Khoa học và Công nghệ"]


def test_duty_title_of_persons_charges_no_body():
    """79-2025-QD-UBND_bac-ninh: "Điều⏎14. Trách nhiệm của các cá nhân có liên quan" are duties of persons under
    a rule, and they end the block of the titled body before them (a title naming organisations with the persons,
    "… của các tổ chức, cá nhân sử dụng điện", charges that group: tests/test_obligations_time_limit.py)."""
    text = _qd("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH", "79/2025/QĐ-UBND", (
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý hệ thống thư điện tử công vụ.")) + (
        "\nQUY CHẾ\n\nĐiều\n13. Trách nhiệm của Sở Khoa học và Công nghệ\n\n"
        "1. Quản lý, vận hành Hệ thống thư điện tử công vụ tỉnh.\n\n2. Hướng dẫn các cơ quan sử dụng hộp thư.\n\n"
        "Điều\n14. Trách nhiệm của các cá nhân có liên quan\n\n"
        "1. Có trách nhiệm quản lý, sử\ndụng hộp thư điện tử công vụ được cấp đảm bảo tuân thủ các quy định trong Quy\n"
        "chế này.\n\n2. Thay đổi mật khẩu hộp thư định kỳ.\n")
    assert [o.who for o in _obs(text)] == ["Sở Khoa học và Công nghệ"]


def test_a_quy_che_article_split_from_its_number_gives_its_title_body_the_duties():
    """Published Quy chế pages print "**Điều⏎17. Trách nhiệm của Văn thư cơ quan**" (144-2025-QD-CTUBND):
    the structure joins "Điều" and its number, and the article's title names the body of the items
    below, a body named as the title has it ("Văn thư cơ quan"), tasks joined without ".;"."""
    text = ("QUY CHẾ\nQuản lý chữ ký số chuyên dùng công vụ\n\n"
            "Điều\n17. Trách nhiệm của Văn thư cơ quan\n\n"
            "1. Tiếp nhận, quản lý và sử\ndụng chữ ký số chuyên dùng công vụ cơ quan, tổ chức, thiết bị lưu khóa bí mật\n"
            "khi được phân công.\n\n"
            "2. Trực tiếp thực hiện ký số\nbằng chứng thư số chuyên dùng công vụ của cơ quan, tổ chức.\n\n"
            "Điều\n18. Trách nhiệm của thuê bao\n\nThuê bao có trách nhiệm thực\nhiện các nhiệm vụ được quy định.\n")
    obs = extract(text).obligations
    assert [o.who for o in obs] == ["Văn thư cơ quan"]
    assert ".;" not in obs[0].what and obs[0].what.startswith("Tiếp nhận, quản lý và sử dụng chữ ký số")

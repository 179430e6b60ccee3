"""Obligations: kinds of wording found by reading unlabelled real documents next to vanban's checklist.

Each input is the real wording of the named document of ``realdocs/docs`` (branch oblig4's
review, ``bench/gold/review-oblig4``), cut to the part that shows the kind; the expected
bodies are those a careful reader lists (``realdocs/labeled/README.md`` conventions), not
vanban's output.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract
from vanban.extract import subjects as S

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"


def _qd(issuer: str, number: str, body: str, tail: str = "") -> str:
    return (f"{issuer}\n\n{_MOTTO}Số: {number}\n\nHà Nội, ngày 20 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n"
            "Về việc công bố thủ tục hành chính\n\nQUYẾT ĐỊNH:\n\n" + body +
            "\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n" + tail)


def _letter(issuer: str, number: str, body: str) -> str:
    return (f"{issuer}\n\n{_MOTTO}Số: {number}\nV/v triển khai thực hiện\n\nHà Nội, ngày 20 tháng 11 năm 2025\n\n"
            + body + "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\nNguyễn Văn A\n")


def _whos(text: str) -> list[str]:
    return [o.who for o in extract(text).obligations]


def test_closing_request_to_bodies_already_charged_is_a_formula():
    """5095-SGDDT-CTTTHSSV: the letter's tasks go to "UBND các xã, phường; các đơn vị, cơ sở giáo dục
    trực thuộc"; its last line "Sở Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị nghiêm túc thực
    hiện./." asks them again, with no task of its own."""
    text = _letter("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "5095/SGDĐT-CTTTHSSV", (
        "Kính gửi:\n- UBND các xã, phường;\n- Các đơn vị, cơ sở giáo dục trực thuộc.\n\n"
        "Nhằm đảm bảo sức khỏe cho học sinh, sinh viên, Sở Giáo dục và Đào tạo đề nghị UBND các xã, phường; "
        "các đơn vị, cơ sở giáo dục\ntrực thuộc thực hiện nghiêm túc theo văn bản chỉ đạo của UBND Thành phố, "
        "chủ\nđộng điều chỉnh lịch học tập và sinh hoạt ngoài trời. Cụ thể:\n\n"
        "- Thường xuyên cập nhật thông\ntin về chất lượng không khí, theo dõi chỉ số VN_AQI.\n\n"
        "- Hạn\nchế các hoạt động ngoài trời cho học sinh trong các khung giờ có chất lượng không khí ở mức “Xấu”.\n\n"
        "Sở\nGiáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị nghiêm túc thực hiện./.\n* *"))
    whos = _whos(text)
    assert any(w.startswith("UBND các xã, phường") for w in whos)
    assert "Thủ trưởng các đơn vị" not in whos


def test_guidance_closing_and_a_quoted_scope_clause_are_no_tasks():
    """3257-TNI-QLDN1: a Nghị định quoted in a tax reply ("Các tổng công ty, tập đoàn kinh tế thực hiện quy
    trình khép kín mới bán ra cũng thuộc đối tượng giảm thuế …") states a scope; "Đề nghị Công ty căn cứ
    vào tình hình thực tế …, đối chiếu với các quy định … để thực hiện đúng quy định." is the closing advice.
    5253-CT-CS: "Đề nghị Thuế tỉnh Đắk Lắk căn cứ hồ sơ … để rà soát và xử lý" asks for work."""
    text = _letter("THUẾ TỈNH TÂY NINH", "3257/TNI-QLDN1", (
        "Kính gửi: Công ty TNHH A.\n\n"
        "Các tổng công ty, tập\ntoàn kinh tế thực hiện quy trình khép kín mới bán ra cũng thuộc đối tượng giảm\n"
        "thuế giá trị gia tăng đối với mặt hàng than khai thác bán ra.\n\n"
        "Đề nghị Công ty căn cứ\nvào tình hình thực tế của đơn vị, đối chiếu với các quy định tại văn bản pháp\n"
        "luật nêu trên để thực hiện đúng quy định.\n\n"
        "Thuế tỉnh Tây Ninh trả\nlời cho Công ty được biết và thực hiện theo đúng quy định./."))
    assert _whos(text) == []
    reply = _letter("CỤC THUẾ", "5253/CT-CS", (
        "Kính gửi: Thuế tỉnh Đắk Lắk.\n\n"
        "Đề nghị Thuế tỉnh Đắk Lắk căn cứ hồ sơ thuê đất của\ndoanh nghiệp, quy định pháp luật về đất đai để rà "
        "soát và xử lý, đảm bảo đúng quy định của pháp luật.\n\nCục Thuế trả lời để Thuế tỉnh Đắk Lắk biết và thực\nhiện./."))
    assert _whos(reply) == ["Thuế tỉnh Đắk Lắk"]


def test_administrative_procedures_assign_nothing():
    """1489-QD-UBND: Điều 2 assigns the Sở and the UBND (whose name ends before "niêm yết"); the appendix
    describes procedures ("- Nơi tiếp nhận và trả kết quả: + Trung tâm Phục vụ hành chính công tỉnh; địa
    chỉ: …", "- Cơ quan thực hiện: Sở …") and assigns nothing."""
    body = ("Điều 1. Công bố kèm theo\nQuyết định này danh mục 03 thủ tục hành chính (TTHC).\n\n"
            "Điều 2. Giao các cơ\nquan, đơn vị:\n\n"
            "1. Sở Khoa học và Công nghệ chủ\ntrì, phối hợp với Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công):\n"
            "Xây dựng quy trình nội bộ, quy\ntrình điện tử trong giải quyết TTHC theo nội dung công bố tại Quyết định này.\n\n"
            "2. Sở Khoa học và Công nghệ,\nUBND các xã, phường niêm yết công khai nội dung TTHC tại Trung tâm Phục vụ hành\n"
            "chính công, Điểm tiếp nhận và Trả kết quả và thực hiện giải quyết TTHC theo Quyết\nđịnh này.\n\n"
            "Điều 3. Chánh Văn phòng\nUBND tỉnh; Giám đốc Sở Khoa học và Công nghệ; UBND các xã, phường chịu trách "
            "nhiệm thi hành Quyết định này./.")
    appendix = ("\nPHỤ LỤC\nNỘI DUNG CỤ THỂ CỦA THỦ TỤC HÀNH CHÍNH\n\n1. Thủ tục xác nhận hàng hóa sử dụng trực tiếp\n\n"
                "- Trình tự thực hiện:\nBước 1: Tổ chức nộp hồ sơ.\n\n"
                "- Cách thức thực hiện: Nộp trực tiếp hoặc trực tuyến.\n\n"
                "- Nơi tiếp nhận và trả kết quả:\n+ Trung tâm Phục vụ hành\nchính công tỉnh; địa chỉ: Tầng 1 và tầng 2 "
                "Khu liên cơ\nquan, phường Bắc Giang, tỉnh Bắc Ninh;\n+ Trung tâm Phục vụ hành\nchính công cấp xã (trong "
                "trường hợp thực hiện nộp hồ sơ không phụ thuộc vào địa\ngiới hành chính).\n\n"
                "- Cơ quan thực hiện: Sở Khoa\nhọc và Công nghệ.\n\n- Thời hạn giải quyết: 10 ngày làm việc.\n")
    whos = _whos(_qd("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH", "1489/QĐ-UBND", body, appendix))
    assert whos == ["Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ, UBND các xã, phường"]


def test_and_an_organisation_assigned_is_a_name():
    """3361-QD-BCT (its list of procedures): "Cục Xuất nhập khẩu (Bộ Công Thương) và Tổ chức được Ủy ban
    nhân dân cấp tỉnh giao nhiệm vụ" names two bodies; "Tổ chức" is no verb there."""
    who, _ = S.actor("Cục Xuất nhập khẩu (Bộ Công Thương) và Tổ chức được Ủy ban nhân dân cấp tỉnh giao nhiệm vụ")
    assert who is None or who.endswith("giao nhiệm vụ") or "Tổ chức" in who


def test_chu_tri_before_chiu_trach_nhiem_ends_the_body():
    """2500-QD-TTg: "Bộ trưởng Bộ Nội vụ chủ trì, phối hợp với Bộ trưởng Bộ Công an chịu trách nhiệm hướng
    dẫn, kiểm tra việc thi hành Quyết định này." assigns the Bộ trưởng Bộ Nội vụ; "tập thể lãnh đạo …
    có trách nhiệm" (45-HD-BTCTW) keeps its noun."""
    who, what = S.actor("Bộ trưởng Bộ Nội vụ chủ trì, phối hợp với Bộ trưởng Bộ Công an chịu trách nhiệm "
                        "hướng dẫn, kiểm tra việc thi hành Quyết định này.")
    assert who == "Bộ trưởng Bộ Nội vụ" and what.startswith("chủ trì")
    who, _ = S.actor("Ban thường vụ cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị có trách nhiệm "
                     "lãnh đạo, chỉ đạo việc rà soát")
    assert who == "Ban thường vụ cấp ủy, tổ chức đảng, tập thể lãnh đạo cơ quan, đơn vị"


def _nq(number: str, body: str) -> str:
    return (f"CHÍNH PHỦ\n\n{_MOTTO}Số: {number}\n\nHà Nội, ngày 28 tháng 11 năm 2025\n\nNGHỊ QUYẾT\n"
            "Phiên họp chuyên đề\n\nQUYẾT NGHỊ:\n\n" + body +
            "\n\nNơi nhận:\n- Các Bộ;\n- Lưu: VT.\n\nTM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNguyễn Văn A\n")


def test_the_same_body_twice_in_one_article_is_one_obligation():
    """386-NQ-CP Điều 2: "Bộ trưởng Bộ Tài chính tiếp thu, giải trình … Trên cơ sở đó, giao Bộ trưởng Bộ Tài
    chính thừa ủy quyền Thủ tướng Chính phủ, thay mặt Chính phủ ký Báo cáo …": one block, one obligation,
    whose body ends before the mandate."""
    text = _nq("386/NQ-CP", (
        "Điều 1. Thông\nqua Báo cáo tiếp thu, giải trình ý kiến của các Đại biểu Quốc hội. Bộ Tài chính chịu "
        "trách nhiệm về nội dung giải trình, tiếp thu.\n\n"
        "Điều 2. Bộ\ntrưởng Bộ Tài chính tiếp thu, giải trình đầy đủ ý kiến Thành viên Chính phủ,\nhoàn thiện hồ sơ "
        "dự án Luật theo quy định. Trên cơ sở đó, giao Bộ trưởng Bộ Tài\nchính thừa ủy quyền Thủ tướng Chính phủ, "
        "thay mặt Chính phủ ký Báo cáo tiếp\nthu, giải trình gửi Quốc hội; chủ động\nbáo cáo, giải trình với Quốc hội "
        "theo quy định.\n\nĐiều 3. Nghị\nquyết này có hiệu lực thi hành kể từ ngày ký ban hành."))
    assert _whos(text) == ["Bộ Tài chính", "Bộ trưởng Bộ Tài chính"]


def test_executing_article_listing_ministries_after_a_colon():
    """385-NQ-CP: "Điều 4. Bộ Ngoại giao hoàn tất các thủ tục đối ngoại …" assigns; "Điều 5. Bộ trưởng các Bộ:
    Xây dựng, Ngoại giao, Tư pháp, … chịu trách nhiệm thi hành Nghị quyết này./" is the executing article."""
    text = _nq("385/NQ-CP", (
        "Điều 3. Bộ Xây dựng chịu\ntrách nhiệm toàn diện về nội dung Hiệp định và Nghị định thư 1 của Hiệp định.\n\n"
        "Điều 4. Bộ Ngoại giao hoàn\ntất các thủ tục đối ngoại theo quy định.\n\n"
        "Điều 5. Bộ trưởng các Bộ:\nXây dựng, Ngoại giao, Tư pháp, Quốc phòng, Công an, Tài chính, Công Thương và\n"
        "Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Nghị quyết\nnày./"))
    assert _whos(text) == ["Bộ Xây dựng", "Bộ Ngoại giao"]


def test_a_list_of_bodies_cut_by_semicolons_after_a_cue():
    """179-KH-UBND's closing: "Yêu cầu các sở, ban, ngành, đoàn thể tỉnh; UBND các phường, xã; các đơn vị liên
    quan căn cứ nhiệm vụ được phân công triển khai thực hiện tốt Kế hoạch này. Định kỳ 06 tháng …" names one
    list of bodies; item 21 names its before "mở thêm"."""
    body = ("IV. TỔ CHỨC THỰC HIỆN\n\n"
            "21. Các cơ sở đào tạo đại học ở các lĩnh vực ngành, nghề mở\nthêm chuyên ngành đào tạo về chuyển đổi số, "
            "kinh tế số, xã hội số.\n\n"
            "Yêu cầu các sở, ban, ngành, đoàn thể tỉnh; UBND các\nphường, xã; các đơn vị liên quan căn cứ nhiệm vụ được "
            "phân công triển khai thực\nhiện tốt Kế hoạch này. Định kỳ 06 tháng các cơ quan có liên quan báo cáo kết quả\n"
            "thực hiện gửi về Sở Khoa học Công nghệ để tổng hợp báo cáo UBND tỉnh.\n")
    text = ("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\n\n" + _MOTTO + "Số: 179/KH-UBND\n\nĐồng Nai, ngày 20 tháng 11 năm 2025\n\n"
            "KẾ HOẠCH\nPhát triển kinh tế số và xã hội số\n\n" + body +
            "\nNơi nhận:\n- Các sở, ngành;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n")
    whos = _whos(text)
    assert "Các cơ sở đào tạo đại học ở các lĩnh vực ngành, nghề" in whos
    assert any(w.startswith("các sở, ban, ngành, đoàn thể tỉnh; UBND các phường, xã") for w in whos)


def test_data_fields_and_systems_are_no_bodies():
    """384-QD-TW: "Các trường thông tin chia sẻ do các cơ quan chủ quản dữ liệu quyết định" (data fields) and
    "Các hệ thống thông tin, cơ sở dữ liệu … phải bảo đảm khả năng kết nối" (systems) name no body."""
    assert S.thing_subject("Các trường", "thông tin chia sẻ do các cơ quan chủ quản dữ liệu quyết định")
    assert S.thing_subject("Các hệ thống thông tin, cơ sở dữ liệu được xây dựng hoặc nâng cấp trong các cơ quan đảng",
                           "phải bảo đảm khả năng kết nối, chia sẻ dữ liệu")
    assert not S.thing_subject("Các cơ quan chủ quản dữ liệu", "có trách nhiệm phân loại dữ liệu")


def test_the_central_bank_governor_and_a_rule_addressee():
    """388-NQ-CP: "Điều 2. Thống đốc Ngân hàng Nhà nước Việt Nam tiếp thu, giải trình đầy đủ các ý kiến …"
    assigns the Governor; 1539-VLO-QLDN3 quotes a rule: "Tổ chức, cá nhân trả thu nhập từ đầu tư vốn … có
    trách nhiệm khấu trừ thuế" binds whoever pays income, no body."""
    text = _nq("388/NQ-CP", (
        "Điều 2. Thống\nđốc Ngân hàng Nhà nước Việt Nam tiếp thu, giải trình đầy đủ các ý kiến Thành\nviên Chính phủ, "
        "hoàn thiện hồ sơ trình, dự thảo Luật Bảo hiểm tiền gửi\n(sửa đổi).\n\n"
        "Điều 3. Tổ chức, cá nhân trả thu nhập từ đầu tư vốn theo hướng dẫn tại khoản 3, Điều 2 Thông tư này có "
        "trách nhiệm khấu\ntrừ thuế thu nhập cá nhân trước khi trả thu nhập."))
    assert _whos(text) == ["Thống đốc Ngân hàng Nhà nước Việt Nam"]


def test_a_place_name_is_no_verb_and_a_regulation_is_no_procedure():
    """471-QD-UBND lists "Tổ dân phố Chùa, phường Tiền Phong, tỉnh Bắc Ninh" ("Tiền Phong" folds like the verb
    "tiên phong"); "Các cơ quan, tổ chức chủ trì soạn thảo chương trình, đề án … có trách nhiệm báo cáo …"
    (81-2025-QD-UBND_bac-ninh) keeps its relative clause."""
    assert S.actor("Tổ dân phố Chùa, phường Tiền Phong, tỉnh Bắc Ninh")[0] is None
    who, _ = S.actor("Các cơ quan, tổ chức chủ trì soạn thảo chương trình, đề án, quy hoạch có trách nhiệm báo cáo "
                     "việc tiếp thu ý kiến phản biện")
    assert who == "Các cơ quan, tổ chức chủ trì soạn thảo chương trình, đề án, quy hoạch"


def test_a_first_line_cut_by_the_wrap_is_no_heading():
    """2776-QD-UBND: "Điều 3. Sở⏎Khoa học và Công nghệ và các cơ quan, đơn vị có liên quan có trách nhiệm …" then
    "Văn phòng Ủy ban nhân dân tỉnh có trách nhiệm …" then the Sở again (one block: one entry for it);
    2833-QD-UBND: "2. Giao Trung tâm Chuyển đổi số⏎Thành phố cấu hình thủ tục hành chính …"; 1973-QD-UBND's
    appendix gives an address ("- Trung tâm Phục vụ hành⏎chính công tỉnh Hưng Yên:⏎+ Trụ sở chính: Số 2, đường …")."""
    body = ("Điều 2. Quyết\nđịnh này có hiệu lực thi hành kể từ ngày ký.\n\n"
            "Điều 3. Sở\nKhoa học và Công nghệ và các cơ quan, đơn vị có liên quan có trách nhiệm tổ chức\n"
            "niêm yết, công khai trên Trang thông tin điện tử của đơn vị.\n\n"
            "Văn phòng Ủy ban nhân dân tỉnh\ncó trách nhiệm chủ trì, phối hợp với Sở Khoa học và Công nghệ cập nhật nội dung\n"
            "các thủ tục hành chính đã được công bố lên Cơ sở dữ liệu quốc gia.\n\n"
            "Sở Khoa học và Công nghệ và các\ncơ quan, đơn vị có liên quan thực hiện cấu hình, cập nhật các nội dung, quy\n"
            "trình thực hiện thủ tục hành chính được công bố.\n\n"
            "Điều 4. Tổ chức thực hiện\n1. Giao Sở Nông nghiệp và Môi trường\nrà soát, đánh giá tiêu chí để cung cấp dịch "
            "vụ công trực tuyến.\n2. Giao Trung tâm Chuyển đổi số\nThành phố cấu hình thủ tục hành chính trên Hệ thống "
            "Thông tin giải quyết thủ\ntục hành chính Thành phố.\n")
    appendix = ("\nPHỤ LỤC\nDANH MỤC THỦ TỤC HÀNH CHÍNH\n\n1. Cấp lại giấy đăng ký hoạt động giám định\n\n"
                "- Trung tâm Phục vụ hành\nchính công tỉnh Hưng Yên:\n+ Trụ sở chính: Số 2, đường\nChùa Chuông, phường "
                "Phố Hiến, tỉnh Hưng Yên;\n+ Cơ sở 2: Nhà triển lãm\nthông tin, phường Thái Bình, tỉnh Hưng Yên.\n")
    whos = _whos(_qd("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI", "2776/QĐ-UBND", body, appendix))
    assert whos == ["Sở Khoa học và Công nghệ và các cơ quan, đơn vị có liên quan", "Văn phòng Ủy ban nhân dân tỉnh",
                    "Sở Nông nghiệp và Môi trường", "Trung tâm Chuyển đổi số Thành phố"]



def test_a_heading_whose_name_goes_on_after_a_blank_line_stays_a_heading():
    """153-KH-UBND as legacy OCR reads it: "5. SỞ⏎⏎Văn hóa, Thể thao và Du lịch⏎⏎ả) Chỉ đạo …" is a heading body
    with its tasks below; "Điều 3. Sở⏎Khoa học và Công nghệ … có trách nhiệm …" (2776-QD-UBND) is a sentence."""
    from vanban.extract.obligations import _Reader
    raw = "SỞ\n\nVăn hóa, Thể thao và Du lịch\n\nả) Chỉ đạo hệ thống thông\n\ntin cơ sở thông tin, tuyên truyền."
    assert not _Reader.wrapped_head("SỞ", "SỞ Văn hóa, Thể thao và Du lịch ả) Chỉ đạo hệ thống thông tin cơ sở", raw)
    raw = "Sở\nKhoa học và Công nghệ và các cơ quan, đơn vị có liên quan có trách nhiệm tổ chức\nniêm yết."
    assert _Reader.wrapped_head("Sở", raw.replace("\n", " "), raw)


def test_name_tails_a_colon_and_a_verb_leave_out():
    """375-NQ-CP: "Điều 2. Giao Bộ trưởng Bộ Tài chính: (i) Thừa ủy quyền Thủ tướng Chính phủ …" names the
    Bộ trưởng (no ": (i)"); 55-2025-NQ-HDND: "Ủy ban Mặt trận Tổ quốc các cấp thành phố⏎Hà Nội tham gia giám
    sát …" ends its name before "tham gia"."""
    text = _nq("375/NQ-CP", (
        "Điều 2. Giao Bộ trưởng Bộ Tài chính: (i) Thừa ủy quyền Thủ tướng\nChính phủ, thay mặt Chính phủ ký Tờ trình "
        "của Chính phủ về dự thảo Nghị quyết của Quốc hội; (ii) hoàn thiện hồ sơ dự thảo Nghị quyết.\n\n"
        "Điều 3. Ủy ban Mặt trận Tổ quốc các cấp thành phố\nHà Nội tham gia giám sát việc thực hiện Nghị quyết."))
    assert _whos(text) == ["Bộ trưởng Bộ Tài chính", "Ủy ban Mặt trận Tổ quốc các cấp thành phố Hà Nội"]


def test_rule_duties_after_an_adverbial_and_a_headed_body_carrying_out_the_decision():
    """137-2025-QD-UBND (read before vanban's output): "3. Trong một số trường hợp để điều tiết hoạt động kinh
    doanh xăng dầu …, Sở Công Thương có trách nhiệm tham mưu …"; "b) Sở Công Thương tiếp nhận văn bản thông báo
    …, có trách nhiệm xem xét …"; "3. Các doanh nghiệp có cửa hàng bán lẻ xăng dầu⏎Thực hiện nghiêm túc các nội
    dung tại Quyết định này …" is that body's item in Tổ chức thực hiện, not the document's closing."""
    body = ("Điều 3. Thời gian bán hàng\n3. Trong một số trường hợp để điều tiết hoạt động\nkinh doanh xăng dầu nhằm "
            "ổn định thị trường, Sở Công Thương có trách nhiệm tham\nmưu Ủy ban nhân dân tỉnh xem xét, điều chỉnh giờ bán hàng.\n"
            "Điều 5. Quy trình thông báo\nb) Sở Công Thương tiếp nhận văn bản thông báo về việc\ndừng bán hàng tại cửa hàng "
            "bán lẻ xăng dầu của doanh nghiệp, có trách nhiệm xem\nxét, kiểm tra thông tin, lý do dừng bán hàng.\n"
            "Điều 6. Tổ chức thực hiện\n1. Sở Công Thương\na) Chủ trì, phối hợp với các cơ quan, đơn vị có\nliên quan tổ "
            "chức triển khai thực hiện nội dung Quyết định này.\n2. Ủy ban nhân dân các xã, phường\na) Phối hợp với Sở "
            "Công Thương tổ chức triển khai, kiểm tra, giám sát.\n3. Các doanh nghiệp có cửa hàng bán lẻ xăng dầu\n"
            "Thực hiện nghiêm túc các nội dung tại Quyết định\nnày và các quy định pháp luật khác có liên quan.\n"
            "Điều 7. Hiệu lực thi hành\nQuyết định này có hiệu lực thi hành kể từ ngày 01 tháng\n12 năm 2025.")
    whos = _whos(_qd("ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH", "137/2025/QĐ-UBND", body))
    assert whos == ["Sở Công Thương", "Sở Công Thương", "Sở Công Thương", "Ủy ban nhân dân các xã, phường",
                    "Các doanh nghiệp có cửa hàng bán lẻ xăng dầu"]


# 2830-QD-UBND (read before vanban's output): "2. Trong thời gian Quyết định này có hiệu lực thi hành, nếu các quy
# định … khác với các văn bản … thì Giám⏎đốc Sở Y tế có trách nhiệm chủ trì …": a duty after "nếu … thì" without a
# comma. 3769-QD-UBND (read before vanban's output): "1. Giao Văn phòng Ủy ban nhân dân tỉnh chủ trì …" assigns; "3.
# Các cơ quan, đơn vị, địa phương căn cứ nội dung Quyết định để triển khai thực hiện nghiêm túc, đầy đủ, …" closes.
_ARTICLES = [
    ("2830/QĐ-UBND",
     "Điều 3. Hiệu lực thi hành\n1. Quyết định này có hiệu lực\nthi hành kể từ ngày ký.\n2. Trong thời gian Quyết "
     "định\nnày có hiệu lực thi hành, nếu các quy định về nội dung, thẩm quyền, trách nhiệm\nquản lý nhà nước trong "
     "các văn bản quy phạm pháp luật tại\nĐiều 1 Quyết định này khác với các văn bản quy phạm pháp luật của cơ quan "
     "cấp\ntrên ban hành thì Giám\nđốc Sở Y tế có trách nhiệm chủ trì, phối hợp các cơ quan liên quan tham mưu Ủy\n"
     "ban nhân dân tỉnh sửa đổi, bổ sung, bãi bỏ hoặc thay thế cho phù hợp theo quy\nđịnh.",
     ["Giám đốc Sở Y tế"]),
    ("3769/QĐ-UBND",
     "Điều 3. Tổ chức thực hiện\n1. Giao Văn phòng Ủy ban nhân dân\ntỉnh chủ trì, phối hợp với các cơ quan, đơn vị "
     "có liên quan tổ chức triển khai,\nhướng dẫn, đôn đốc, kiểm tra, giám sát việc thực hiện Quyết định này.\n"
     "3. Các cơ quan, đơn vị, địa phương\ncăn cứ nội dung Quyết định để triển khai thực hiện nghiêm túc, đầy đủ, "
     "đảm bảo\nquyền lợi của người dân, doanh nghiệp trong tiếp cận dịch vụ công.\n"
     "Điều 4. Hiệu lực và trách nhiệm thi\nhành\nQuyết định này có hiệu lực thi hành\nkể từ ngày ký.",
     ["Văn phòng Ủy ban nhân dân tỉnh"]),
]


@pytest.mark.parametrize("number,body,expected", _ARTICLES)
def test_conditional_duties_and_closing_articles(number, body, expected):
    assert _whos(_qd("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN", number, body)) == expected


def test_a_heading_naming_the_body_charged_with_its_content():
    """26-2025-QD-UBND (a Quy chế phối hợp, read before vanban's output): "Điều 6. Nội⏎dung Công an tỉnh có trách
    nhiệm chủ trì⏎⏎Nắm tình hình, tham mưu …" and "Điều 8. Nội⏎dung Sở Nông nghiệp và Môi trường có trách nhiệm
    chủ trì" name one body each; "Điều 4. Nội⏎dung phối hợp chung" names none."""
    body = ("Chương II\n\nNỘI DUNG PHỐI HỢP\n\nĐiều 4. Nội\ndung phối hợp chung\n\n1. Xây dựng, ban hành, đánh giá\nviệc "
            "thực hiện chính sách về tín ngưỡng, tôn giáo.\n\n"
            "Điều 6. Nội\ndung Công an tỉnh có trách nhiệm chủ trì\n\nNắm tình hình, tham mưu giải\nquyết các vấn đề liên "
            "quan đến tín ngưỡng, tôn giáo trên địa bàn ngay từ cơ sở.\n\n"
            "Điều 8. Nội\ndung Sở Nông nghiệp và Môi trường có trách nhiệm chủ trì\n\n1. Tham mưu chỉ đạo, hướng dẫn,\nđánh "
            "giá tình hình, giải quyết nhu cầu sử dụng đất của tổ chức tôn giáo.\n\n2. Giải quyết vấn đề cụ thể về\nđất đai "
            "liên quan đến tín ngưỡng, tôn giáo theo thẩm quyền.\n")
    whos = _whos(_qd("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN", "26/2025/QĐ-UBND", body))
    assert whos == ["Công an tỉnh", "Sở Nông nghiệp và Môi trường"]

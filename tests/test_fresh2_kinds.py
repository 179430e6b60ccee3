"""Targets and obligations: kinds of wording that the fresh2 set's first look showed vanban missing (issue 10).

Each input is the real wording of the named document of ``realdocs/docs``, cut to the part that shows the kind
(``bench/gold/fresh2``, labelled by hand before any run); the expected values are those labels, read from the
text by a person, never vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
_NQ64 = ("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\n" + _MOTTO + "Số: 64/2025/NQ-HĐND\n\nHà Nội, ngày 27 tháng 11 năm 2025\n\n"
         "NGHỊ QUYẾT\nQuy định một số nội dung mức chi trong lĩnh vực văn hóa, nghệ thuật của thành phố Hà Nội\n\n"
         "Điều 1. Mức chi\n\n1. Chi hỗ trợ luyện tập, hỗ trợ biểu diễn (chi tiết tại Phụ lục I).\n\n"
         "Điều 2. Tổ chức thực hiện\n\n1. Giao Ủy ban nhân dân Thành phố chỉ đạo và tổ chức\nthực hiện Nghị quyết "
         "đảm bảo kịp thời, đúng đối tượng, công khai, minh bạch\nđúng quy định.\n\n"
         "Nơi nhận:\n- Chính phủ;\n- Lưu: VT.\n\nCHỦ TỊCH\nĐinh Thị Quế\n\n* *\n\n")
# 64/2025/NQ-HĐND: a bare "PHỤ LỤC" heading whose "(Ban hành kèm theo … mức chi …)" line names the norms
_APPENDIX = ("PHỤ\nLỤC\n\n(Ban hành kèm theo\nNghị quyết số 64/2025/NQ-HĐND quy định một số nội dung mức chi trong lĩnh vực\n"
             "văn hóa, nghệ thuật của thành phố Hà Nội)\n\n")


def _targets(text: str) -> list[tuple]:
    return [(t.min, t.max, t.unit) for t in extract(text).targets]


def test_mức_items_of_a_support_scale_are_norms_and_no_obligations():
    """64/2025/NQ-HĐND Phụ lục III: "1. Ban Tổ chức (không quá 06 người)" over "a) Mức 400.000 đồng/người/buổi
    áp dụng đối với Trưởng ban." — each level and the headcount cap are targets; the board is not assigned a task."""
    text = _NQ64 + _APPENDIX + (
        "Phụ\nlục III\n\nCHI HỖ TRỢ ĐỐI VỚI BAN TỔ CHỨC, BAN GIÁM KHẢO, THƯ\nKÝ, NGƯỜI PHỤC VỤ CÁC CUỘC THI VĂN HÓA\n\n"
        "II. MỨC HỖ TRỢ\n\n"
        "1. Ban Tổ chức (không quá 06 người)\n\n"
        "a) Mức 400.000 đồng/người/buổi áp dụng đối với Trưởng\nban.\n\n"
        "b) Mức 350.000 đồng/người/buổi áp dụng đối với Phó\nTrưởng ban.\n\n"
        "4. Mức chi hỗ trợ các thành phần tham gia tổ chức cuộc\nthi cấp xã không quá 70% mức chi hỗ trợ cấp Thành phố.\n\n"
        "5. Mức chi hỗ trợ đối với Trưởng Ban Giám khảo,\nPhó Trưởng Ban Giám khảo của các đơn vị tỉnh, thành\n"
        "khác do Thành phố mời được tính bằng 1,5 lần so với mức chi Ban Giám khảo cùng\ncấp trong thành phố Hà Nội.\n\n")
    ex = extract(text)
    got = [(t.min, t.max, t.unit) for t in ex.targets]
    for want in [(None, 6, "người"), (400000, 400000, "đồng"), (350000, 350000, "đồng"), (None, 70, "%"),
                 (1.5, 1.5, "lần")]:
        assert want in got
    levels = [t for t in ex.targets if t.unit == "đồng"]
    assert "Trưởng" in levels[0].scope and levels[0].period == "mỗi buổi"
    assert [o.who for o in ex.obligations] == ["Ủy ban nhân dân Thành phố"]


def test_a_prize_table_under_a_unit_line_and_a_stated_level():
    """64/2025/NQ-HĐND Phụ lục IV and VI: "Mức hỗ trợ: 60.000.000 đồng/người." and the prize table announced by
    "… được hưởng mức thưởng như sau: ⏎ Đơn vị tính: đồng", whose cells are bare amounts; "gấp 02 lần"."""
    text = _NQ64 + _APPENDIX + (
        "Phụ\nlục IV\n\nCHI HỖ TRỢ ĐÀO TẠO\n\nII. MỨC HỖ TRỢ\n\nMức hỗ trợ: 60.000.000 đồng/người.\n\n"
        "Phụ\nlục VI\n\nCHI THƯỞNG BỔ SUNG\n\nII. MỨC THƯỞNG\n\n"
        "1. Cá nhân đoạt giải thưởng được hưởng mức thưởng như\nsau:\n\nĐơn vị tính: đồng\n\n\n"
        "TT\n\nThành tích\n \n \nTên cuộc thi\n\nHuy chương Vàng\n\nHuy chương Bạc\n\n\n"
        "1\n\nCuộc thi cấp thế giới\n\n117.000.000\n\n93.000.000\n\n\n"
        "2\n\nCuộc thi cấp Châu lục\n\n93.000.000\n\n70.000.000\n\n\n"
        "2. Tập thể đoạt giải thì mức thưởng\ngấp 02 lần quy định tại khoản 1 của mục này.\n\n")
    got = _targets(text)
    for want in [(60000000, 60000000, "đồng"), (117000000, 117000000, "đồng"), (2, 2, "lần")]:
        assert want in got
    assert got.count((93000000, 93000000, "đồng")) == 2 and (70000000, 70000000, "đồng") in got


def test_a_list_of_abolished_procedures_assigns_no_task():
    """4014/QĐ-BTC: the Phụ lục "DANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ …" names the "Cơ quan thực hiện" of each
    procedure ("Cục Quản lý, giám ⏎ sát kế toán, kiểm toán"): no obligation (the label lists none)."""
    text = ("BỘ TÀI CHÍNH\n\n" + _MOTTO + "Số: 4014/QĐ-BTC\n\nHà Nội, ngày 01 tháng 12 năm 2025\n\n"
            "QUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính bị bãi bỏ trong lĩnh vực kế toán, kiểm toán\n\n"
            "QUYẾT ĐỊNH:\nĐiều 1. Công bố kèm theo Quyết\nđịnh này thủ tục hành chính bị bãi bỏ.\n"
            "Điều 2. Chánh Văn phòng Bộ,\nCục trưởng Cục Quản lý, giám sát kế toán, kiểm toán, Thủ trưởng các đơn vị "
            "thuộc Bộ chịu trách nhiệm thi hành Quyết định này./.\n\n"
            "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn A\n\n"
            "PHỤ LỤC\nDANH MỤC THỦ TỤC HÀNH CHÍNH BỊ BÃI BỎ TRONG LĨNH VỰC KẾ\nTOÁN, KIỂM TOÁN\n"
            "(Kèm theo Quyết định số 4014/QĐ-BTC ngày 01 tháng 12 năm 2025 của Bộ Tài\nchính)\n\n"
            "STT\n\nMã hồ sơ\n\nTên thủ tục hành chính\n\nLĩnh vực\n\nCơ quan thực hiện\n\n\n"
            "1\n\n1.007473\n\nThủ tục Đăng ký sửa\nđổi chế độ Kế toán\n\nKế toán\n\nCục Quản lý, giám\nsát kế toán, kiểm toán\n\n")
    assert [o.who for o in extract(text).obligations] == []


_QC165 = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n\n" + _MOTTO + "Số: 165/2025/QĐ-UBND\n\nNinh Bình, ngày 27 tháng 11 năm 2025\n\n"
          "QUYẾT ĐỊNH\nBan hành Quy chế quản lý, sử dụng chữ ký số chuyên dùng công vụ\n\n"
          "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế quản lý, sử dụng chữ ký số.\n\n"
          "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n\n"
          "QUY CHẾ\n\nQuản lý, sử dụng chữ ký số chuyên dùng công vụ\n\n")


def test_duties_after_a_case_clause():
    """165/2025/QĐ-UBND, Quy chế Điều 11: "5. Trường hợp cá nhân nghỉ hưu, …, cơ quan, tổ chức quản lý trực tiếp có
    trách nhiệm …", "6. … thì được tiếp tục sử dụng chữ ký số; cơ quan, tổ chức nơi đến có trách nhiệm …"; a contact
    list ("1. Cục Chứng thực số và Bảo ⏎ mật thông tin thuộc Ban Cơ yếu Chính phủ.") and the closing "… có trách
    nhiệm thực hiện nghiêm túc Quy chế này" are none. ("2. Văn thư cơ quan có trách nhiệm …" is left to the
    conventions: fresh2 counts the clerk, review-oblig4/5 do not.)"""
    text = _QC165 + (
        "Điều 4.\nTổ chức cung cấp dịch vụ chứng thực chữ ký số chuyên dùng công vụ\n\nThông tin liên hệ\n\n"
        "1. Cục Chứng thực số và Bảo\nmật thông tin thuộc Ban Cơ yếu Chính phủ.\n\n"
        "2. Địa chỉ: Số Lô CN27A, Khu\ncông nghệ cao Hòa Lạc, Thạch Thất, Hà Nội.\n\n"
        "Điều\n11. Quản lý thiết bị lưu khóa bí mật\n\n"
        "2. Văn thư cơ quan có trách\nnhiệm bảo quản an toàn thiết bị lưu khoá bí mật của cơ quan, tổ chức tại trụ sở\n"
        "cơ quan, tổ chức mình.\n\n"
        "5. Trường hợp cá nhân nghỉ\nhưu, nghỉ thôi việc hoặc chuyển công tác tới cơ quan, đơn vị ngoài khu vực Nhà\n"
        "nước, cơ quan, tổ chức quản lý trực tiếp có trách nhiệm thực hiện thủ tục thu hồi\nChứng thư chữ ký số.\n\n"
        "6. Trường hợp cá nhân chuyển\ncông tác tới cơ quan, tổ chức khác thuộc khu vực Nhà nước thì được tiếp tục sử\n"
        "dụng chữ ký số; cơ quan, tổ chức nơi đến có trách nhiệm thực hiện thay đổi\nthông tin Chứng thư chữ ký số "
        "cho cá nhân.\n\n"
        "Điều 21. Tổ chức thực hiện\n\n1. Thủ trưởng các Cơ quan, tổ\nchức và các cán bộ, công chức, viên chức, người "
        "lao động liên quan có trách nhiệm\nthực hiện nghiêm túc Quy chế này.\n")
    whos = [o.who.lower() for o in extract(text).obligations]
    assert any(w.startswith("cơ quan, tổ chức quản lý") for w in whos)
    assert "cơ quan, tổ chức nơi đến" in whos
    assert not any(w.startswith(("cục chứng thực", "thủ trưởng các cơ quan")) for w in whos)


def test_nơi_nhận_unit_with_its_own_ministry():
    """64/2025/NQ-HĐND: "- Các Bộ: VHTT và DL, Tư pháp, Tài chính; Cục KTVB&QLXLVPHC - Bộ Tư pháp;" is two
    recipients (the Cục names its own Bộ)."""
    text = ("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\n" + _MOTTO + "Số: 64/2025/NQ-HĐND\n\nHà Nội, ngày 27 tháng 11 năm 2025\n\n"
            "NGHỊ QUYẾT\nQuy định một số nội dung mức chi\n\nĐiều 1. Mức chi theo Phụ lục.\n\n"
            "Nơi nhận:\n- Chính phủ;\n- Các Bộ: VHTT và DL, Tư pháp, Tài chính; Cục KTVB&QLXLVPHC - Bộ Tư pháp;\n"
            "- VP TU; các Ban Đảng TU;\n- Lưu: VT, VP10, 11.\n\nCHỦ TỊCH\nĐinh Thị Quế\n")
    assert list(extract(text).metadata.recipients) == [
        "Chính phủ", "Các Bộ: VHTT và DL, Tư pháp, Tài chính", "Cục KTVB&QLXLVPHC - Bộ Tư pháp", "VP TU",
        "các Ban Đảng TU", "Lưu: VT, VP10, 11"]


def test_a_procedure_time_limit_said_twice_in_its_row_is_one_target():
    """2848/QĐ-UBND (HCM), Danh mục: each row's "Thời hạn giải quyết" cell "10 ngày làm việc kể từ ngày nhận được
    hồ sơ hợp lệ." and its "Trình tự thực hiện" step "Trong thời hạn 10 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp
    lệ có kết quả giải quyết" are one target per procedure; the next row's identical limit is its own."""
    def row(n: int, check: str) -> str:
        return (f"{n}\n\nThay đổi, bổ sung, cấp lại giấy chứng nhận số {n}\n\n"
                "10 ngày làm việc kể từ ngày nhận được hồ sơ hợp\nlệ.\n\n- Bộ phận Một cửa tại Sở Khoa học và Công nghệ\n\n"
                "Không\n\n- Nghị định số 262/2025/NĐ-CP ngày 14 tháng 10\nnăm 2025 của Chính phủ.\n\n"
                "1. Trình tự thực hiện TTHC\n- Tổ chức gửi hồ sơ đến Sở Khoa học và Công nghệ.\n"
                f"- Trong thời hạn {check} ngày làm việc, kể từ ngày nhận\nđược hồ sơ Sở Khoa học và Công nghệ kiểm tra "
                "tính hợp lệ của hồ sơ.\n- Trong thời hạn 10 ngày làm việc, kể từ ngày\nnhận đủ hồ sơ hợp lệ có kết quả "
                "giải quyết.\n2. Cơ quan thực hiện TTHC:\nSở Khoa học và Công nghệ.\n\n\n")
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n\n" + _MOTTO + "Số: 2848/QĐ-UBND\n\n"
            "Thành phố Hồ Chí Minh, ngày 21 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\nVề việc công bố Danh mục thủ tục hành chính "
            "được sửa đổi, bổ sung lĩnh vực Hoạt động khoa học và công nghệ\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Công bố kèm theo Quyết định này Danh mục 03 thủ tục hành chính.\n\n"
            "Nơi nhận:\n- Như Điều 4;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n\n"
            "DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG\n(Ban hành kèm theo Quyết định số 2848/QĐ-UBND ngày 21 "
            "tháng 11 năm 2025 của\nChủ tịch Ủy ban nhân dân Thành phố)\n\n"
            "TT\n\nTên thủ tục\nhành chính\n\nThời hạn giải\nquyết\n\nĐịa điểm thực\nhiện\n\nPhí, lệ phí\n\nCăn cứ pháp lý"
            "\n\nGhi chú\n\n\n" + row(1, "05") + row(2, "03") + row(3, "03"))
    got = _targets(text)
    assert got.count((None, 10, "ngày làm việc")) == 3
    assert got.count((None, 3, "ngày làm việc")) == 2 and (None, 5, "ngày làm việc") in got


def test_an_item_charging_other_bodies_under_a_duty_title():
    """165/2025/QĐ-UBND, Quy chế Điều 17: under "Trách nhiệm của Cơ quan quản lý trực tiếp", item 2 "Các cơ quan,
    đơn vị nhận văn bản điện tử được ký số phải thực hiện đầy đủ …" is those bodies' own obligation."""
    text = _QC165 + (
        "Điều\n17. Trách nhiệm của Cơ quan quản lý trực tiếp\n\n"
        "1. Thực hiện trách nhiệm của\ncơ quan, tổ chức quản lý trực tiếp được quy định tại Điều 37\nNghị định "
        "68/2024/NĐ-CP.\n\n"
        "2. Các cơ quan, đơn vị nhận\nvăn bản điện tử được ký số phải thực hiện đầy đủ các nội dung trong văn bản đã\n"
        "ký số như văn bản giấy (bao gồm cả các cơ quan, đơn vị chưa cấp Chứng thư chữ\nký số)\n\n"
        "3. Tổ chức đào tạo, tập huấn,\ntriển khai sử dụng có hiệu quả Chứng thư chữ ký số của cơ quan, tổ chức.\n\n"
        "Điều\n18. Trách nhiệm của văn thư cơ quan\n\n1. Tiếp nhận, quản lý và sử dụng chữ ký số chuyên dùng công vụ.\n")
    whos = [o.who for o in extract(text).obligations]
    assert whos[:2] == ["Cơ quan quản lý trực tiếp", "Các cơ quan, đơn vị nhận văn bản điện tử được ký số"]


def test_bodies_named_by_a_case_clause_and_charged_after_it():
    """165/2025/QĐ-UBND, Quy chế Điều 8.1: "Trường hợp các cơ quan nhà nước đang sử dụng chữ ký số công cộng thì
    được tiếp tục sử dụng nhưng phải chuyển sang sử dụng chữ ký số chuyên dùng công vụ trước ngày 31 tháng 12 năm
    2025." — those bodies' obligation, due 2025-12-31."""
    text = _QC165 + (
        "Điều 8. Sử dụng chữ ký số\n\n1. Các loại hình giao dịch\nđiện tử của cơ quan nhà nước nếu áp dụng chữ ký số thì "
        "sử dụng chữ ký số chuyên\ndùng công vụ. Trường hợp các cơ quan nhà nước đang sử dụng chữ ký số công cộng\n"
        "thì được tiếp tục sử dụng nhưng phải chuyển sang sử dụng chữ ký số chuyên dùng\ncông vụ trước ngày 31 tháng "
        "12 năm 2025.\n\n")
    obs = extract(text).obligations
    assert [o.who for o in obs] == ["Các cơ quan nhà nước đang sử dụng chữ ký số công cộng"]
    assert obs[0].deadline is not None and str(obs[0].deadline.date) == "2025-12-31"


def test_a_form_code_is_no_citation():
    """5387/CT-CS: "việc ký xác nhận … tại Mẫu số 01/TK-SDDPNN- Tờ khai thuế sử dụng đất phi nông nghiệp" and
    "(Mẫu ⏎ số 01/TK-SDDPNN)" name a form of a cited document (the label lists no such citation)."""
    text = ("BỘ TÀI CHÍNH\nCỤC THUẾ\n\n" + _MOTTO + "Số: 5387/CT-CS\nV/v chính sách thuế\n\n"
            "Hà Nội, ngày 20 tháng 11 năm 2025\n\nKính gửi: Ông Hoàng Văn Trung.\n\n"
            "Đồng thời, việc ký xác nhận của công chức địa chính tại Mẫu số 01/TK-SDDPNN- Tờ\nkhai thuế sử dụng đất "
            "phi nông nghiệp không còn phù hợp. Nghị định số 126/2020/NĐ-CP ngày 19/10/2020 của Chính\nphủ có sửa đổi "
            "phần xác nhận tại tờ khai thuế sử dụng đất phi nông nghiệp (Mẫu\nsố 01/TK-SDDPNN).\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT, CS.\n\nTL. CỤC TRƯỞNG\nNguyễn Thị Vân\n")
    assert [c.number for c in extract(text).citations] == ["126/2020/NĐ-CP"]

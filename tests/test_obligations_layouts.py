"""Obligations: kinds of layout and wording met in real documents (bench/gold/tune).

Each input is the real wording of a real document (Quyết định 1627/QĐ-UBND Quảng Ngãi,
Nghị quyết 70/2025/NQ-HĐND and 72/2025/NQ-HĐND Hà Nội, Công điện 96/CĐ-BXD, Kế hoạch
597/KH-UBND Đồng Tháp, Thông báo 623/TB-VPCP), cut to the part that shows the kind; the
expected values are those of the hand-written gold (``bench/gold/tune``), written by reading
the documents, not by running vanban.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.text import fold


def _ubnd(kind: str, number: str, title: str) -> str:
    return ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            f"Số: {number}\n\nQuảng Ngãi, ngày 21 tháng 11 năm 2025\n\n{kind}\n{title}\n\n")


def _hdnd(number: str) -> str:
    return ("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            f"Số: {number}/2025/NQ-HĐND\n\nHà Nội, ngày 27 tháng 11 năm 2025\n\nNGHỊ QUYẾT\n"
            "Quy định một số nội dung thực hiện\n\nHỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI\n\n"
            "Căn cứ Luật Thủ đô số 39/2024/QH15;\n\nQUYẾT NGHỊ:\n\n")


def _obs(text: str) -> list[tuple[str, str | None]]:
    out = []
    for o in extract(text).obligations:
        d = o.deadline
        out.append((o.who, (d.date or d.latest) if d else None))
    return out


def test_bare_dash_bullets_and_duty_headings_in_lower_case():
    """1627-QD-UBND: bullets printed as "-" alone with the task on the next line, each followed
    by its "Thời gian hoàn thành" line; "1.5. Trách nhiệm của đối tượng thực hiện kiểm kê:"
    names a body in lower case; "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo" is the Sở."""
    text = _ubnd("KẾ HOẠCH", "1627/QĐ-UBND", "Tổng kiểm kê tài sản công") + (
        "IV. NHIỆM VỤ CỤ THỂ\n\n1.\nNhiệm vụ của thành viên Ban Chỉ đạo\n\n"
        "1.2.\nSở Tài chính - Cơ quan thường trực Ban Chỉ đạo\n\n"
        "-\nTuyên truyền, phổ biến, quán triệt các cơ quan, tổ chức, đơn vị thực hiện nghiêm túc các quy định\n"
        "về quản lý, sử dụng tài sản công.\n\n"
        "- Tổng\nhợp kết quả kiểm kê, báo cáo kết quả kiểm kê gửi Bộ Tài chính. Thời gian hoàn\n"
        "thành: Trước ngày 31/5/2026.\n\n"
        "1.4.\nỦy ban nhân dân các phường, xã, đặc khu\n\n"
        "-\nThành lập Ban Chỉ đạo tổng kiểm kê tài sản cấp xã để chỉ đạo, đôn đốc, kiểm tra\n"
        "các cơ quan, tổ chức, đơn vị trong việc thực hiện kiểm kê tài sản.\n\n"
        "Thời\ngian hoàn thành: Trước ngày 15/11/2025.\n\n"
        "-\nHướng dẫn, tập huấn cho các đối tượng kiểm kê là cơ quan, tổ chức, đơn vị.\n\n"
        "1.5.\nTrách nhiệm của đối tượng thực hiện kiểm kê:\n\n"
        "-\nThành lập Tổ kiểm kê do Thủ trưởng đối tượng thực hiện kiểm kê quyết định cụ thể.\n\n"
        "Thời\nhạn hoàn thành: Trước ngày 30/11/2025.\n\n"
        "- Chuẩn\nbị các điều kiện cần thiết về hồ sơ, thông tin tài sản.\n\n"
        "Thời\nhạn hoàn thành: Trước ngày 31/12/2025.\n")
    got = _obs(text)
    assert ("Sở Tài chính", "2026-05-31") in got, got
    assert ("Ủy ban nhân dân các phường, xã, đặc khu", "2025-11-15") in got, got
    assert ("Đối tượng thực hiện kiểm kê", "2025-11-30") in got, got
    assert len(got) == 3, got


def test_resolution_duties_after_a_time_opening_and_giao_thuong_truc():
    """70-2025-NQ-HDND / 72-2025-NQ-HDND: "Định kỳ (trước ngày 30 tháng 6 hằng năm), Ủy ban nhân
    dân cấp xã có trách nhiệm:" over a) b); "Sau khi …, Sở Tài chính tham mưu …"; "Quỹ … có trách
    nhiệm:" with its duties on the next line; "Giao Thường trực Hội đồng nhân dân … giám sát …"
    (not "giao thương"); "làm chủ đầu tư" designates a role, it assigns no task."""
    text = _hdnd("70") + (
        "Điều 5. Thực hiện ủy thác vốn\n\n"
        "3. Quỹ đầu tư phát triển Thành phố có trách nhiệm:\n"
        "Hạch toán, theo dõi riêng nguồn vốn ủy thác này. Định kỳ hàng năm\n"
        "(trước ngày 30 tháng 10) và khi kết thúc dự án, Quỹ đầu tư phát triển Thành phố\n"
        "có trách nhiệm báo cáo Ủy ban nhân dân và Hội đồng nhân dân Thành phố kết quả sử dụng vốn.\n\n"
        "Điều 7. Đề xuất dự án đầu tư\n\n"
        "1. Định kỳ (trước ngày 30 tháng 6 hằng năm), Ủy ban\nnhân dân cấp xã có trách nhiệm:\n\n"
        "a) Rà soát, lập danh mục các dự án xây dựng các\ncông trình hạ tầng trên địa bàn do mình quản lý.\n\n"
        "b) Có văn bản đề xuất chủ trương giao chủ đầu tư dự\nán, gửi Sở Tài chính.\n\n"
        "2. Ủy ban nhân dân cấp xã (nơi có dự án) làm chủ đầu\ntư dự án đầu tư xây dựng các công trình hạ tầng.\n\n"
        "3. Sau khi nhận được đề nghị của Ủy ban nhân dân cấp\nxã quy định tại khoản 1 Điều này, Sở Tài chính "
        "tham mưu báo cáo Ủy ban nhân dân\nThành phố chấp thuận về chủ trương dự kiến giao chủ đầu tư.\n\n"
        "Điều 8. Trách nhiệm tổ chức thực hiện\n\n"
        "1. Giao Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Nghị quyết.\n\n"
        "2. Giao Thường trực Hội đồng nhân dân, các Ban của\nHội đồng nhân dân, các Tổ đại biểu và các đại "
        "biểu Hội đồng nhân dân Thành phố\ngiám sát việc thực hiện Nghị quyết.\n")
    got = _obs(text)
    assert ("Quỹ đầu tư phát triển Thành phố", "2026-10-30") in got, got
    assert ("Ủy ban nhân dân cấp xã", "2026-06-30") in got, got
    assert ("Sở Tài chính", None) in got, got
    assert ("Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và các đại "
            "biểu Hội đồng nhân dân Thành phố", None) in got, got
    assert not any("chủ đầu tư" in (w or "") for w, _ in got), got
    assert len(got) == 5, got


def test_dispatch_addressees_and_a_body_named_as_above():
    """96-CD-BXD: the addressees follow "BỘ XÂY DỰNG điện:"; item 4 "Các Sở Xây dựng nêu trên"
    is the addressed "Sở Xây dựng các tỉnh, thành phố: Gia Lai, …"; item 1 (no subject) belongs
    to the bodies the lead-in asks ("Bộ Xây dựng yêu cầu các cơ quan, đơn vị:")."""
    text = ("BỘ XÂY DỰNG\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 96/CĐ-BXD\n\nHà Nội, ngày 22 tháng 11 năm 2025\n\nCÔNG ĐIỆN\nVỀ VIỆC TẬP TRUNG\n"
            "ỨNG PHÓ VÀ KỊP THỜI KHẮC PHỤC HẬU QUẢ MƯA LŨ ĐẶC BIỆT LỚN TẠI KHU VỰC TRUNG BỘ\n"
            "BỘ XÂY DỰNG điện:\n"
            "- Các Cục: Đường bộ Việt Nam, Đường sắt Việt Nam, Hàng\nhải và Đường thủy Việt Nam;\n"
            "- Ban Quản lý Dự án 85;\n"
            "- Sở Xây dựng các tỉnh, thành phố: Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng.\n"
            "Triển khai chỉ đạo của Thủ tướng Chính phủ tại Công\nđiện số 225/CĐ-TTg ngày 20/11/2025, "
            "Bộ Xây dựng yêu cầu các cơ quan, đơn\nvị:\n"
            "1. Quán triệt, tổ chức thực hiện nghiêm chỉ đạo của\nThủ tướng Chính phủ tại Công điện số 225/CĐ-TTg.\n"
            "2. Cục Đường bộ Việt Nam chỉ đạo các Khu Quản lý đường bộ III và IV tổ chức trực, phân luồng từ xa.\n"
            "3. Các Sở Xây dựng nêu trên\n"
            "- Chủ động phối hợp với các đơn vị quản lý đường bộ\nkhu vực trong việc khắc phục sự cố do mưa, lũ gây ra.\n"
            "- Chỉ đạo các đơn vị có liên quan kiểm tra, rà soát\ncác vị trí có nguy cơ ngập úng.\n")
    st = extract(text)
    whos = [o.who for o in st.obligations]
    assert whos == ["các cơ quan, đơn vị", "Cục Đường bộ Việt Nam",
                    "Các Sở Xây dựng các tỉnh, thành phố: Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng"], whos
    assert "Ban Quản lý Dự án 85" in st.metadata.recipients


def test_heading_body_with_fields_and_a_closing_paragraph_with_a_report_date():
    """597-KH-UBND: "7. Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, …" is one
    body (fields are nouns); the closing paragraph under it ("Trên đây là Kế hoạch … Đề nghị các
    cơ quan, đơn vị … Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo …") is another
    obligation, and its date is not the enterprises' deadline."""
    text = _ubnd("KẾ HOẠCH", "597/KH-UBND", "Chuyển đổi số trong hoạt động xây dựng") + (
        "IV. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Sở Xây dựng\n\n- Chủ trì xây dựng, quản lý hệ thống thông tin dữ liệu về quy hoạch xây dựng.\n\n"
        "7. Các doanh nghiệp hoạt động\ntrong lĩnh vực xây dựng, giao thông, vận tải, logistics và công nghệ thông tin\n"
        "trên địa bàn Tỉnh\n\n"
        "- Chủ động phối hợp triển khai các giải pháp, nền tảng\nsố phục vụ quản lý hạ tầng giao thông.\n\n"
        "- Đề xuất sáng kiến, giải pháp công nghệ phù hợp thực\ntiễn.\n\n"
        "Trên đây là Kế hoạch Chuyển đổi số trong hoạt động\nxây dựng. Đề\n"
        "nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện. Định kỳ hằng năm (trước\n"
        "ngày 30 tháng 11) báo cáo kết quả thực hiện về Sở Xây dựng.\n")
    got = _obs(text)
    firms = [(w, d) for w, d in got if fold(w).startswith("cac doanh nghiep")]
    assert firms == [("Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải, logistics và "
                      "công nghệ thông tin trên địa bàn Tỉnh", None)], got
    assert any(fold(w) == "cac co quan, don vi" and d == "2025-11-30" for w, d in got), got


def test_task_list_whose_bullets_ocr_lost():
    """1627-QD-UBND as Tesseract read it (``tesseract -l eng`` on the rendered pages, restored as
    ingest does): the bare "-" bullets are gone, so the tasks are paragraphs after the item
    "1.4. ⏎Ủy ban nhân dân các phường, xã, đặc khu", each with its "Thời ⏎gian hoàn thành:"
    line; the body keeps its tasks and its deadline (gold: 2025-11-15)."""
    text = _ubnd("KẾ HOẠCH", "1627/QĐ-UBND", "Tổng kiểm kê tài sản công") + (
        "IV. NHIỆM VỤ CỤ THỂ\n\n1.\nNhiệm vụ của thành viên Ban Chỉ đạo\n\n"
        "1.4. \nỦy ban nhân dân các phường, xã, đặc khu\n\n"
        "Tuyên truyền, phổ biến, quán triệt các cơ’ quan, tổ chức, đơn vị thuộc phạm vi\n"
        "quản lý thực hiện nghiêm túc quy định về quản lý, su? dụng tài sản công, quy định\n"
        "về chế độ tính khấu hao, hao mòn tài sản cố định.\n\n"
        "Thời \ngian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê.\n\n"
        "Thành lập Ban Chỉ đạo tổng kiểm kê tài sản cấp xã để chỉ đạo, đôn đốc, kiểm tra \n"
        "các cơ quan, tổ chức, đơn vị, doanh nghiệp và đối tượng khác thuộc phạm vi quản\n"
        "lý trong việc thực hiện kiểm kê tài sản.\nThời \ngian hoàn thành: Trước ngày 15/11/2025.\n\n"
        "- Xây \ndựng, ban hành kế hoạch kiểm kê, trong đó xác định cụ thể nhiệm vụ, thời hạn thực\n"
        "hiện của tính đối tượng kiểm kê.\n\n"
        "Thời \ngian hoàn thành: Trước ngày 15/11/2025.\n\n"
        "1.5.\nTrách nhiệm của đối tượng thực hiện kiểm kê:\n\n"
        "Thành lập Tổ kiểm kê do Thủ trưởng đối tượng thực hiện kiểm kê quyết định cụ thể.\n\n"
        "Thời \nhạn hoàn thành: Trước ngày 30/11/2025.\n")
    got = _obs(text)
    assert got == [("Ủy ban nhân dân các phường, xã, đặc khu", "2025-11-15"),
                   ("Đối tượng thực hiện kiểm kê", "2025-11-30")], got


def _tb() -> str:
    return ("VĂN PHÒNG CHÍNH PHỦ\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 641/TB-VPCP\n\nHà Nội, ngày 25 tháng 11 năm 2025\n\nTHÔNG BÁO\n"
            "Kết luận của Phó Thủ tướng Chính phủ tại buổi làm việc với thành phố Đà Nẵng\n\n")


def test_answers_to_a_province_requests_and_inserts_after_the_body():
    """641-TB-VPCP / 653-TB-VPCP: "1. Về đề nghị các bộ, ngành … của địa phương: Ủy ban nhân dân
    thành phố Đà Nẵng cần …" — the request before the colon assigns nothing, the answer does;
    "Các bộ, ngành trên cơ sở nhiệm vụ được giao tại các văn bản nêu trên, hoàn thiện …" and
    "(iv) Chủ đầu tư, trong phạm vi, trách nhiệm của mình, nỗ lực, …": the insert ends the body."""
    text = _tb() + (
        "II. VỀ CÁC ĐỀ XUẤT, KIẾN NGHỊ CỦA\nTHÀNH PHỐ\n\n"
        "1. Về đề nghị các bộ, ngành quan tâm sớm rà soát, kịp\nthời ban hành các văn bản hướng dẫn chi tiết về "
        "chuyên môn, nghiệp vụ, chuyên\nngành, bảo đảm thống nhất, đồng bộ, tránh chồng chéo về thẩm quyền; hoàn thiện\n"
        "quy trình pháp lý về đất đai, tài sản công để cắt giảm quy trình, đẩy nhanh tiến\n"
        "độ, tạo sự linh hoạt trong việc bố trí, xử lý trụ sở, cơ sở nhà đất dôi dư của\n"
        "địa phương: Ủy ban nhân dân thành phố Đà Nẵng cần tiếp tục rà soát các nội dung\n"
        "về phân cấp, phân quyền, ủy quyền, phân định thẩm quyền giữa các cấp chính quyền.\n\n"
        "3. Về đề nghị Bộ Khoa học và Công nghệ phối hợp với\ncác bộ, ngành rà soát, hoàn thiện đưa vào khai thác "
        "hiệu quả cơ sở dữ liệu quốc\ngia: Về vấn đề này, Chính phủ đã ban hành Nghị quyết số 214/NQ-CP ngày 23\n"
        "tháng 7 năm 2025. Các bộ, ngành trên cơ sở nhiệm vụ được giao tại\n"
        "các văn bản nêu trên, hoàn thiện cơ sở dữ liệu quốc gia trong ngành, lĩnh vực\nthuộc phạm vi quản lý.\n\n"
        "4. Về Dự án Nhà máy điện Hiệp Phước giai đoạn 1\n\n"
        "(iv) Chủ đầu tư, trong phạm vi, trách nhiệm của\nmình, nỗ lực, đẩy nhanh tiến độ thực hiện, hoàn thành "
        "đưa dự án vào vận hành\ntrong năm 2027.\n")
    got = _obs(text)
    assert [w for w, _ in got] == ["Ủy ban nhân dân thành phố Đà Nẵng", "Các bộ, ngành", "Chủ đầu tư"], got
    assert got[2][1] == "2027-12-31", got


def test_heading_body_with_a_qualifier():
    """234-CD-TTg: "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong
    đó trọng tâm là các tỉnh: Đắk Lắk, …:" over a) b) c) is one body, the Chủ tịch; its c) item
    ("Chủ tịch Ủy ban nhân dân cấp tỉnh chịu trách nhiệm …") is the same body's task."""
    text = ("THỦ TƯỚNG CHÍNH PHỦ\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 234/CĐ-TTg\n\nHà Nội, ngày 30 tháng 11 năm 2025\n\nCÔNG ĐIỆN\n"
            "Về việc phát động Chiến dịch Quang Trung\n\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n\n"
            "- Bộ trưởng các Bộ: Quốc phòng, Công an, Xây dựng.\n\n"
            "Để khẩn trương khắc phục hậu quả mưa lũ, Thủ tướng Chính phủ yêu cầu:\n\n"
            "1. Chủ tịch Ủy ban nhân\ndân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là các tỉnh:\n"
            "Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng:\n"
            "a) Tổ chức xây dựng kế hoạch\ncụ thể, phát động và triển khai ngay \"Chiến dịch Quang Trung\".\n"
            "b) Báo cáo kế hoạch thực hiện cụ thể gửi Văn phòng Chính phủ và Bộ Tài chính trước ngày 03/12/2025.\n"
            "Chủ tịch Ủy ban nhân dân\ncấp tỉnh chịu trách nhiệm toàn diện trước Thủ tướng Chính phủ về tính trung thực "
            "của thông tin, số liệu báo cáo.\n"
            "2. Bộ trưởng Bộ Xây dựng\nchỉ đạo Sở Xây dựng các địa phương khẩn trương nghiên cứu thiết kế mẫu nhà ở.\n")
    got = _obs(text)
    assert got == [("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng", "2025-12-03"),
                   ("Bộ trưởng Bộ Xây dựng", None)], got


def test_duty_heading_over_the_bodies_own_items():
    """1622-QD-UBND (unlabelled, same kind as 1627): "Điều 2. Trách nhiệm của các cơ quan, đơn vị"
    heads items that each name their body ("1. Sở Tài chính" over a) b), "2. Sở Khoa học và Công
    nghệ chủ trì …"): two obligations, not one for "các cơ quan, đơn vị"; the closing "… chịu
    trách nhiệm thi hành Quyết định này" is none."""
    text = _ubnd("QUYẾT ĐỊNH", "1622/QĐ-UBND", "Về việc công bố thủ tục hành chính") + (
        "QUYẾT ĐỊNH:\n\n"
        "Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính.\n"
        "Điều 2. Trách nhiệm của các cơ quan, đơn vị\n"
        "1. Sở Tài chính\n"
        "a) Đăng tải công khai đầy đủ Danh mục, nội dung cụ\nthể của TTHC sửa đổi, bổ sung trên Trang thông tin điện tử.\n"
        "b) Thực hiện đăng nhập TTHC được công bố sửa đổi,\nbổ sung vào Cơ sở dữ liệu quốc gia về TTHC.\n"
        "2. Sở Khoa học và Công nghệ chủ trì, phối hợp với\nSở Tài chính và cơ quan, đơn vị liên quan cập nhật, "
        "đồng bộ nội dung TTHC trên\nHệ thống thông tin giải quyết TTHC tỉnh theo quy định.\n"
        "Điều 3. Quyết định này có hiệu lực thi hành\nkể từ ngày ký.\n"
        "Điều 4. Chánh Văn phòng Ủy ban nhân dân\ntỉnh; Giám đốc các Sở: Tài chính, Khoa học và Công nghệ; "
        "các cơ quan, đơn vị,\ntổ chức và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.\n")
    assert [w for w, _ in _obs(text)] == ["Sở Tài chính", "Sở Khoa học và Công nghệ"]


def test_supervision_by_the_council_with_its_scope():
    """33-2025-NQ-HDND (unlabelled, same kind as 70/72): "Giao Thường trực Hội đồng nhân dân, … và đại
    biểu Hội đồng nhân dân thành phố trong phạm vi, nhiệm vụ, quyền hạn giám sát …": the scope is
    not part of the bodies' name."""
    text = _hdnd("33") + (
        "Điều 3. Tổ chức thực hiện\n\n"
        "1. Giao Ủy ban nhân dân thành phố tổ chức thực hiện Nghị quyết.\n\n"
        "2. Giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân và "
        "đại biểu Hội đồng nhân dân thành phố trong phạm vi, nhiệm vụ, quyền hạn giám sát việc triển khai "
        "thực hiện Nghị quyết.\n")
    assert [w for w, _ in _obs(text)] == [
        "Ủy ban nhân dân thành phố",
        "Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân và đại biểu "
        "Hội đồng nhân dân thành phố"]


def test_notice_items_addressed_to_places_each_and_accountability():
    """627-TB-VPCP: "b) Thành phố Hà Nội và các tỉnh Bắc Ninh, Gia Lai đẩy nhanh …" names its body;
    "Yêu cầu từng bộ, ngành, địa phương, từng cán bộ, … tích cực đổi mới …" addresses each of them;
    "Các bộ, cơ quan liên quan chịu trách nhiệm trước Đảng, Chính phủ … về tiến độ …" states
    accountability, not a task (gold: no obligation)."""
    text = ("VĂN PHÒNG CHÍNH PHỦ\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 627/TB-VPCP\n\nHà Nội, ngày 18 tháng 11 năm 2025\n\nTHÔNG BÁO\n"
            "Kết luận của Thủ tướng Chính phủ tại Phiên họp lần thứ 21 của Ban Chỉ đạo\n\n"
            "III. NHIỆM VỤ TRỌNG TÂM\n\n"
            "1. Hoàn thành các thủ tục đầu tư\n\n"
            "a) Yêu cầu từng bộ, ngành, địa phương, từng cán bộ, công chức, người lao\nđộng, công nhân, các chủ đầu tư, "
            "nhà thầu thi công, các đơn vị tư vấn tích cực\nđổi mới tư duy, cách nghĩ cách làm, khắc phục các khó khăn.\n\n"
            "b) Thành phố Hà Nội và các tỉnh Bắc Ninh, Gia Lai đẩy\nnhanh tiến độ lập, phê duyệt Báo cáo nghiên cứu khả thi "
            "dự án đường nối sân bay\nGia Bình, dự án Quy Nhơn - Pleiku.\n\n"
            "c) Thành phố Hồ Chí Minh, tỉnh Lâm Đồng đẩy nhanh\nviệc lựa chọn nhà đầu tư, nhà thầu và các thủ tục liên quan.\n\n"
            "Các bộ, cơ quan liên quan chịu trách nhiệm trước Đảng,\nChính phủ, Thủ tướng Chính phủ và Nhân dân về tiến độ "
            "triển khai Dự án; lưu ý\nphải bảo đảm tính đồng bộ.\n")
    assert [w for w, _ in _obs(text)] == [
        "từng bộ, ngành, địa phương, từng cán bộ, công chức, người lao động, công nhân, các chủ đầu tư, "
        "nhà thầu thi công, các đơn vị tư vấn",
        "Thành phố Hà Nội và các tỉnh Bắc Ninh, Gia Lai", "Thành phố Hồ Chí Minh, tỉnh Lâm Đồng"]


def test_blank_line_inside_brackets_is_mended():
    """627-TB-VPCP as Tesseract read it: "Yêu cầu Nhà đầu tư (Tập đoàn⏎Đèo⏎⏎Cả) rà soát …" — the
    blank line OCR put inside the bracketed name is no paragraph break; the investor is found."""
    from vanban.structure.mend import mend_breaks

    raw = ("b) Giao Bộ Xây dựng kiểm tra các dự án. Yêu cầu Nhà đầu tư (Tập đoàn\nĐèo\n\n"
           "Cả) rà soát, điều chỉnh lại kế hoạch, biện pháp tổ chức thi công bảo đảm thông \nxe kỹ thuật.\n")
    mended = mend_breaks(raw)
    assert len(mended) == len(raw) and "Đèo\n \nCả)" not in mended and "\n\n" not in mended
    text = ("VĂN PHÒNG CHÍNH PHỦ\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 627/TB-VPCP\n\nHà Nội, ngày 18 tháng 11 năm 2025\n\nTHÔNG BÁO\nKết luận của Thủ tướng Chính phủ\n\n"
            "1. Hoàn thành mục tiêu\n\n" + raw)
    assert "Nhà đầu tư (Tập đoàn Đèo Cả)" in [" ".join(w.split()) for w, _ in _obs(text)]


def test_body_head_word_alone_before_a_blank_line_is_mended():
    """1627-QD-UBND as Tesseract read it: "+Sở⏎⏎Xây dựng: hướng dẫn …" — the head word of the body's
    name ("Sở", "Bộ", "Cục" …) ends its line before the blank line OCR put in: one line."""
    from vanban.structure.mend import mend_breaks

    raw = "Trong đó:\n\n+Sở\n\nXây dựng: hướng dẫn các cơ quan, tổ chức.\n\n+ Sở\n\nVăn hóa, Thể thao và Du lịch: hướng dẫn.\n"
    got = mend_breaks(raw)
    assert len(got) == len(raw)
    assert "+Sở \nXây dựng:" in got and "+ Sở \nVăn hóa" in got and got.startswith("Trong đó:\n\n")


def test_closing_request_of_the_last_paragraph_is_a_formula():
    """11208-BNV-KHTC (gold: one obligation, the closing request "is treated as a closing formula"):
    the letter's last paragraph "Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh, thành phố triển khai thực
    hiện theo đúng quy định, …./." adds no obligation; the request in its body does."""
    text = ("BỘ NỘI VỤ\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 11208/BNV-KHTC\nV/v chi phí quản lý\n\nHà Nội, ngày 26 tháng 11 năm 2025\n\n"
            "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.\n\n"
            "Bộ Nội vụ có ý kiến như sau:\n\n"
            "2. Về chi phí quản lý: Vì vậy, đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc\n"
            "trung ương căn cứ mức chi phí quản lý đã được xác định để trình Hội đồng nhân dân cấp tỉnh quy\n"
            "định tỷ lệ chi phí quản lý.\n"
            "Bộ Nội vụ đề nghị Ủy ban\nnhân dân các tỉnh, thành phố triển khai thực hiện theo đúng quy định, đảm bảo\n"
            "thực hiện nhiệm vụ được giao, thực hành tiết kiệm. Trong quá trình thực hiện, nếu phát sinh vướng mắc\n"
            "đề nghị phản ánh kịp thời về Bộ Nội vụ để nghiên\ncứu, hướng dẫn giải quyết./.\n"
            "|\nNơi nhận:\n- Như trên;\n- Lưu: VT, KHTC.\n|\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn A\n")
    assert [w for w, _ in _obs(text)] == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]


def test_recipients_left_after_the_signature_are_no_appendix():
    """627-TB-VPCP as Tesseract read it: the Nơi nhận list goes on past the signature block
    ("Giang, Cà Mau;" / "- Các Tập đoàn, TCT: EVN, VEC, ACV, VATM;" / "- VPCP: …;"): those lines
    are recipients, not an appendix whose items charge "Các Tập đoàn, TCT"."""
    from vanban.extract.not_tasks import recipients_left

    assert recipients_left("Khánh Hòa, Đắk Lắk, Lâm Đồng, An\n\nGiang, Cà Mau;\n\n- Các Tập đoàn, TCT: EVN, VEC, "
                            "ACV, VATM;\n\n- VPCP: BTCN, các PCN, Trợ lý, Thư ký TTg, các\nVụ, Cục;\n- Lưu: VT, CN (2).\n")
    assert not recipients_left("PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n- Sở Tài chính: tổng hợp;\n- Sở Nội vụ: báo cáo;\n")
    assert not recipients_left("KẾ HOẠCH\nTổng kiểm kê tài sản công\n- Tuyên truyền;\n- Hướng dẫn;\n")


def test_duties_of_persons_under_a_rule_are_no_obligations():
    """162-2025-QD-UBND (unlabelled Quy chế; the labelled set's rule: duties of individual persons
    are not obligations): "Cá nhân sử dụng Hệ thống thư điện tử công vụ có trách nhiệm:" states a
    user's duty; the bodies of the same article are obligations."""
    text = _ubnd("QUY CHẾ", "162/2025/QĐ-UBND", "Quản lý, sử dụng Hệ thống thư điện tử công vụ") + (
        "Điều 9. Trách nhiệm của cơ quan, đơn vị và cá nhân\n\n"
        "1. Sở Khoa học và Công nghệ có trách nhiệm:\n\na) Quản lý, vận hành Hệ thống thư điện tử công vụ.\n\n"
        "2. Cá nhân sử dụng Hệ thống thư điện tử công vụ có trách nhiệm:\n\n"
        "a) Quản lý, bảo mật mật khẩu hộp thư điện tử được cấp.\n")
    assert [w for w, _ in _obs(text)] == ["Sở Khoa học và Công nghệ"]

"""Obligations: kinds of wording found on real documents labelled before vanban's obligations were read.

Each input is the real wording of the named document of ``realdocs/docs`` (branch oblig8's review,
``bench/gold/review-oblig8``), cut to the part that shows the kind; the expected bodies are those a
careful reader lists (``realdocs/labeled/README.md`` conventions), not vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"

# 2022/QĐ-UBND (Cao Bằng): Điều 2 assigns Sở Y tế; Phụ lục 2 sets out the internal steps of the procedures
_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n\n" + _MOTTO + "Số: 2022/QĐ-UBND\n\nCao Bằng, ngày 27 tháng 11 năm 2025\n\n"
         "QUYẾT ĐỊNH\nVề việc công bố danh mục thủ tục hành chính và phê duyệt quy trình nội bộ giải quyết thủ tục hành chính "
         "thực hiện không phụ thuộc vào địa giới hành chính\n\nQUYẾT ĐỊNH:\n\n"
         "Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính và quy trình nội bộ giải quyết thủ tục hành chính.\n\n"
         "Điều 2. Trách nhiệm thực hiện\n\n1. Sở Y tế\n\n"
         "a) Công khai danh mục thủ tục hành chính thực hiện\nkhông phụ thuộc vào địa giới hành chính tại Trung tâm "
         "Phục vụ hành chính công tỉnh.\n\n"
         "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n\n"
         "Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế và các tổ chức, cá nhân có liên quan chịu "
         "trách nhiệm thi hành Quyết định này./.\n\n"
         "Nơi nhận:\n- Như Điều 4;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n\n")

_FLOW = ("PHỤ LỤC 2\nQUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TRONG\n"
         "LĨNH VỰC BẢO TRỢ XÃ HỘI, LĨNH VỰC TRẺ EM VÀ LĨNH VỰC PHÒNG, CHỐNG TỆ NẠN XÃ HỘI\n"
         "(Kèm theo Quyết định số 2022/QĐ-UBND ngày 27 tháng 11 năm 2025 của Chủ tịch Ủy\nban nhân dân tỉnh Cao Bằng)\n\n"
         "II. QUY\nTRÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH CẤP TỈNH, XÃ\n\n"
         "|\nThứ tự công việc\n|\nNội dung công việc\n|\nTrách nhiệm thực hiện\n|\nThời gian thực hiện\n|\n|\n"
         "Bước 1\n|\nXem xét, chỉ đạo thực hiện\nđánh giá mức độ\n|\nChủ tịch Ủy ban nhân dân cấp\n"
         "xã nơi xảy ra vụ việc chỉ đạo người làm công tác bảo vệ trẻ em cấp xã tiến\n"
         "hành việc đánh giá nguy cơ ban đầu, mức độ tổn hại của trẻ em.\n|\n2 giờ\n|\n|\n"
         "Bước 3\n|\nThụ lý giải quyết\n|\nSở Y tế, cơ quan Công\n"
         "an các cấp, Ủy ban nhân dân cấp xã nơi xảy ra vụ việc hoặc nơi trẻ em cư trú\n"
         "thực hiện việc kiểm tra tính xác thực về hành vi xâm hại, tình trạng mất an\n"
         "toàn, mức độ nguy cơ gây tổn hại đối với trẻ em. Cơ quan, tổ chức, cá nhân có\n"
         "nhiệm vụ bảo vệ, chăm sóc, giáo dục trẻ em có trách nhiệm cung cấp thông tin\n"
         "và phối hợp thực hiện khi được yêu cầu.\n|\n4 giờ\n|\n")


def test_steps_of_an_internal_procedure_appendix_assign_no_task():
    """2022-QD-UBND: the rows of "QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH" name who handles each step of
    a procedure ("Sở Y tế, cơ quan Công an các cấp … thực hiện việc kiểm tra …"), like a procedure's "Cơ quan
    thực hiện": no obligation. Điều 2's Sở Y tế stays; Điều 4 is the executing article."""
    whos = [o.who for o in extract(_HEAD + _FLOW).obligations]
    assert whos == ["Sở Y tế"]


def test_rows_of_a_spending_level_appendix_assign_no_task():
    """22-2025-NQ-HDND: "PHỤ LỤC I NỘI DUNG CHI VÀ MỨC CHI …" prices the work of each board ("1. Ban Chỉ đạo
    thi | - Trưởng ban | 692 | người/ngày"): spending levels, no board is assigned a task there. Điều 3's
    "Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết" stays."""
    text = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH VĨNH LONG\n\n" + _MOTTO + "Số: 22/2025/NQ-HĐND\n\nVĩnh Long, ngày 18 tháng 11 năm 2025\n\n"
            "NGHỊ QUYẾT\nQuy định nội dung chi, mức chi để tổ chức các kỳ thi, cuộc thi, hội thi trong lĩnh vực giáo dục\n\n"
            "QUYẾT NGHỊ:\n\nĐiều 1. Phạm vi điều chỉnh và đối tượng áp dụng\n\nNghị quyết này quy định nội dung chi, mức chi.\n\n"
            "Điều 2. Quy định cụ thể nội dung chi và mức chi\n\nChi tiết tại các Phụ lục kèm theo Nghị quyết này.\n\n"
            "Điều 3. Tổ chức thực hiện\n\n1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết.\n\n"
            "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nCHỦ TỊCH\nCao Văn Vĩnh\n\n"
            "PHỤ LỤC I\nNỘI DUNG CHI VÀ MỨC CHI\nĐỂ TỔ CHỨC CÁC KỲ THI CẤP TRUNG HỌC PHỔ THÔNG: THI TỐT NGHIỆP TRUNG HỌC PHỔ\n"
            "THÔNG\n(Ban hành kèm theo Nghị quyết số\n22/2025/NQ-HĐND ngày 18 tháng 11 năm 2025 của Hội đồng nhân dân tỉnh Vĩnh Long)\n"
            "|\nSố TT\n|\nTên kỳ thi\n|\nNội dung chi\n|\nMức chi/ Tiền công (1.000đ)\n|\nĐơn vị tính\n|\nGhi chú\n|\n|\n"
            "I\n|\nTốt nghiệp trung học\nphổ thông\n|\n1. Ban Chỉ đạo thi \n|\n|\n|\n- Trưởng ban\n|\n692\n|\nngười/ngày\n|\n|\n|\n"
            "- Phó Trưởng ban\n|\n623\n|\nngười/ngày\n|\n|\n|\n2. Hội đồng thi\n|\n|\n|\n- Chủ tịch Hội đồng\n|\n692\n|\n"
            "người/ngày\n|\n|\n|\n- Ủy viên\n|\n554\n|\nngười/ngày\n|\n")
    assert [o.who for o in extract(text).obligations] == ["Ủy ban nhân dân tỉnh"]


def test_a_reply_naming_its_addressee_before_biet_closes_the_letter():
    """39712-CHQ-GSQL: "Đề nghị Công ty nghiên cứu các văn bản dẫn trên để thực hiện đúng quy định. … Cục Hải quan
    trả lời để Công ty biết./." — advice to apply the rules and the reply's closing line, with the addressee
    between "để" and "biết": a closing formula, no obligation."""
    text = ("BỘ TÀI CHÍNH\nCỤC HẢI QUAN\n\n" + _MOTTO + "Số: 39712/CHQ-GSQL\nV/v thực hiện quyền xuất khẩu\n\n"
            "Hà Nội, ngày 03 tháng 12 năm 2025\n\nKính gửi: Chi nhánh Công ty TNHH KGL Việt Nam tại TP. HCM.\n\n"
            "Trả lời công văn số 01/KGL\nngày 20/11/2025 của Chi nhánh Công ty TNHH KGL\nViệt Nam tại TP. HCM về thực hiện "
            "quyền xuất khẩu, quyền nhập khẩu, Cục Hải quan có ý kiến như\nsau:\n"
            "- Quyền xuất khẩu, quyền nhập\nkhẩu của tổ chức kinh tế có vốn đầu tư nước ngoài tại Việt Nam được quy định tại\n"
            "Điều 3, Điều 7 Nghị định số 09/2018/NĐ-CP ngày 15/01/2018 của Chính phủ;\n"
            "Đề nghị Công ty nghiên cứu\ncác văn bản dẫn trên để thực hiện đúng quy định. Trong quá trình thực hiện nếu\n"
            "phát sinh vướng mắc thì liên hệ đơn vị hải quan nơi Công ty làm thủ tục xuất khẩu\n"
            "để được hướng dẫn theo thẩm quyền.\nCục Hải quan trả lời để Công\nty biết./.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT, GSQL.\n\nTL. CỤC TRƯỞNG\nPHÓ TRƯỞNG BAN\nHoàng Văn Đạt\n")
    assert extract(text).obligations == ()


def test_what_a_body_may_do_is_no_task():
    """56-2025-TT-BCT: "Đoàn kiểm tra có thể thực hiện công bố quyết định kiểm tra bằng hình thức trực tiếp hoặc
    trực tuyến." — a permission (competence), not an assignment; the Trưởng Đoàn's duty in the same article stays."""
    text = ("BỘ CÔNG THƯƠNG\n\n" + _MOTTO + "Số: 56/2025/TT-BCT\n\nHà Nội, ngày 20 tháng 11 năm 2025\n\nTHÔNG TƯ\n"
            "Quy định về kiểm tra chuyên ngành\n\n"
            "Điều 5. Công bố quyết định kiểm tra\n\n1. Việc công bố quyết định kiểm tra chuyên ngành thực\n"
            "hiện theo quy định tại khoản 1 Điều 15 Nghị định số\n217/2025/NĐ-CP. Đoàn kiểm tra có thể thực hiện công bố "
            "quyết định kiểm tra\nbằng hình thức trực tiếp hoặc trực tuyến.\n\n"
            "2. Trưởng Đoàn kiểm tra có trách nhiệm tổng hợp, báo cáo người ra quyết định kiểm tra về kết quả kiểm tra "
            "của Đoàn kiểm tra.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nBỘ TRƯỞNG\nNguyễn Văn A\n")
    whos = [o.who for o in extract(text).obligations]
    assert "Trưởng Đoàn kiểm tra" in whos and not any("có thể" in w or w.startswith("Đoàn kiểm tra") for w in whos)


def test_items_under_a_criteria_heading_are_no_tasks():
    """33-2025-TT-BKHCN: "2. Tiêu chí về nghiên cứu khoa học, …, doanh nghiệp phải đáp ứng đồng thời hai nội dung
    sau: a) Doanh nghiệp phải có bộ phận … với tối thiểu 10 nhân lực … b) Doanh nghiệp phải có tổng chi …" — an
    evaluation-criteria list (labeled README: not obligations); Điều 4's assignment stays."""
    text = ("BỘ KHOA HỌC VÀ CÔNG NGHỆ\n\n" + _MOTTO + "Số: 33/2025/TT-BKHCN\n\nHà Nội, ngày 20 tháng 11 năm 2025\n\n"
            "THÔNG TƯ\nQuy định tiêu chí xác định dự án sản xuất thiết bị điện tử\n\n"
            "Điều 3. Tiêu chí xác định dự án\n\n"
            "2. Tiêu chí về nghiên cứu khoa học, phát triển công\n"
            "nghệ và đổi mới sáng tạo, doanh nghiệp phải đáp ứng đồng thời hai nội dung sau:\n"
            "a) Doanh nghiệp phải có bộ phận nghiên cứu khoa học,\n"
            "phát triển công nghệ và đổi mới sáng tạo với tối thiểu 10 nhân lực có trình độ\n"
            "từ đại học trở lên. Trong đó có ít nhất 50% số nhân lực của bộ phận nghiên cứu\n"
            "khoa học, phát triển công nghệ và đổi mới sáng tạo là công dân Việt Nam.\n"
            "b) Doanh nghiệp phải có tổng chi cho hoạt động\nnghiên cứu khoa học, phát triển công nghệ và đổi mới sáng "
            "tạo của doanh nghiệp đạt tối thiểu 2% doanh thu thuần.\n\n"
            "Điều 4. Tổ chức thực hiện\n\n1. Giao Vụ Pháp chế chủ trì hướng dẫn, kiểm tra việc thực hiện Thông tư này.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nBỘ TRƯỞNG\nNguyễn Văn A\n")
    whos = [o.who for o in extract(text).obligations]
    assert not any(w.startswith("Doanh nghiệp") for w in whos) and "Vụ Pháp chế" in whos

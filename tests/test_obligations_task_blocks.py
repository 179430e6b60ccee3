"""Obligations of plans and decisions whose tasks stand in task tables, in per-task blocks
("Cơ quan chủ trì / Cơ quan phối hợp / Thời hạn" lines) or in multi-body paragraphs.

Each input is the real wording of the named document of ``realdocs/docs`` (the former held-out set,
now ``bench/gold/spent``), in its plain-text form (``realdocs/md2plain.py``: a table's cells one
after the other, a blank line for each ``|``), cut to the part that shows the kind; the expected
bodies and deadlines are those the hand labels give (``realdocs/labeled/README.md`` conventions:
a table row with its Đơn vị chủ trì is one obligation, "Đơn vị phối hợp" units are not).
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.structure import structure_of_text
from vanban.text import fold

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
_SIGN = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Văn Đạt\n"


def _plan(issuer: str, number: str, body: str, after: str = "") -> str:
    return (f"{issuer}\n\n{_MOTTO}Số: {number}\n\nĐồng Tháp, ngày 01 tháng 12 năm 2025\n\nKẾ HOẠCH\n"
            "Chuyển đổi số cho các doanh nghiệp\n\n" + body + _SIGN + after)


def _obs(text: str):
    return extract(text).obligations


def _due(ob) -> str | None:
    d = ob.deadline
    return (d.latest or d.date) if d else None


# 617-KH-UBND's appendix as md2plain prints it: group rows ("I." / "NÂNG CAO …", "II. HOÀN" / "THIỆN …")
# whose name wraps below their label, each spanning the five columns
_TABLE_617 = """PHỤ LỤC

DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM

(Kèm theo Kế hoạch số 617/KH-UBND ngày 01/12/2025 của Ủy ban nhân dân tỉnh)


STT

Tên nhiệm vụ

Cơ quan chủ trì

Cơ quan phối hợp

Thời gian hoàn thành


I.
NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY


1

Triển khai nền tảng đào tạo
trực tuyến mở đại trà, cung cấp kiến thức, kỹ năng số, công nghệ số cơ bản
cho người dân, doanh nghiệp.

Sở KH&CN

Các sở, ban, ngành tỉnh; UBND các xã, phường

Thường xuyên


3

Biểu dương, tôn vinh, khen
thưởng, khích lệ, động viên kịp thời bằng nhiều hình thức đa dạng cho các
doanh nghiệp, tổ chức, cá nhân có thành tích trong chuyển đổi số.

Sở Nội vụ

Sở KH&CN; các cơ quan, đơn vị liên quan

Thường xuyên, hằng năm


II. HOÀN
THIỆN CƠ CHẾ, CHÍNH SÁCH HỖ TRỢ CHUYỂN ĐỔI SỐ DOANH NGHIỆP


4

Xây dựng Bộ tiêu chí đánh
giá mức độ chuyển đổi số doanh nghiệp.

Sở KH&CN

Các sở, ban, ngành tỉnh

Quí IV-2025


5

Hỗ trợ cho các doanh nghiệp,
nhất là doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh phát triển, kinh
doanh trên môi trường số.

Sở Công Thương

UBND các xã, phường

Quí IV-2025

"""


def test_task_table_rows_after_group_rows_whose_name_wraps():
    """617-KH-UBND: the appendix table goes on past its group rows; each row with its Cơ quan chủ trì is one
    obligation, "Quí IV-2025" its deadline (end of the quarter), the Cơ quan phối hợp no obligation."""
    text = _plan("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP", "617/KH-UBND",
                 "I. MỤC\nĐÍCH, YÊU CẦU\n\n1. Mục đích\n\na) Thúc đẩy mạnh mẽ chuyển đổi\nsố toàn diện trong hoạt động "
                 "sản xuất kinh doanh của các doanh nghiệp.", _TABLE_617)
    st = structure_of_text(text)
    table = next(t for t in st.tables if t.header and t.header[0] == "STT")
    assert [r[0].text for r in table.rows[1:]] == ["I. NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY", "1", "3",
                                                    "II. HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH HỖ TRỢ CHUYỂN ĐỔI SỐ DOANH NGHIỆP",
                                                    "4", "5"]
    rows = [(o.who, _due(o)) for o in _obs(text)]
    assert rows == [("Sở KH&CN", None), ("Sở Nội vụ", None), ("Sở KH&CN", "2025-12-31"), ("Sở Công Thương", "2025-12-31")]


def test_de_nghi_colon_heading_names_associations():
    """617-KH-UBND: "6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã Tỉnh"
    over its tasks a)–c) is one request to the three associations."""
    text = _plan("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP", "617/KH-UBND", (
        "IV. TỔ CHỨC\nTHỰC HIỆN\n\n"
        "6. Đề nghị: Hiệp hội\nDoanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã Tỉnh\n\n"
        "a) Tuyên truyền, vận động hội\nviên tích cực tham gia các hoạt động chuyển đổi số; phối hợp giới thiệu mô hình\n"
        "tiêu biểu, hỗ trợ chia sẻ kinh nghiệm giữa các đơn vị.\n\n"
        "b) Phối hợp với Sở Khoa học\nvà Công nghệ thực hiện đánh giá hiện trạng, nhu cầu về ứng dụng công nghệ thông\n"
        "tin, thương mại điện tử, chuyển đổi số trong các doanh nghiệp trên địa bàn Tỉnh."))
    obs = _obs(text)
    assert [o.who for o in obs] == ["Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã Tỉnh"]
    assert "Tuyên truyền" in obs[0].what


def test_heading_of_joint_bodies_whose_paragraph_names_them_again_is_one_block():
    """617-KH-UBND: "7. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường" / its paragraph giving each of
    them its part: one obligation for the heading's bodies, its deadline the first report date (01/6 hằng năm,
    next on 2026-06-01)."""
    text = _plan("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP", "617/KH-UBND", (
        "IV. TỔ CHỨC\nTHỰC HIỆN\n\n"
        "5. Ủy ban nhân dân các\nxã, phường\n\nXây dựng kế hoạch cụ thể triển\nkhai tại địa phương.\n\n"
        "7. Các sở, ban, ngành tỉnh,\nỦy ban nhân dân các xã, phường\n\n"
        "Trên cơ sở Kế hoạch này, các\nsở, ban, ngành Tỉnh tổ chức thực hiện nhiệm vụ được giao gắn với nhiệm vụ của\n"
        "cơ quan, đơn vị; Ủy ban nhân dân các xã, phường căn cứ nhiệm vụ được giao, xây\n"
        "dựng kế hoạch, chương trình cụ thể để triển khai thực hiện; định kỳ trước\n"
        "ngày 01/6 và 15/11 hằng năm (hoặc đột xuất khi có yêu cầu) báo cáo kết\n"
        "quả thực hiện về Sở Khoa học và Công nghệ để tổng hợp, báo cáo Ủy ban nhân dân\nTỉnh."))
    obs = _obs(text)
    assert [o.who for o in obs] == ["Ủy ban nhân dân các xã, phường",
                                    "Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường"]
    assert _due(obs[1]) == "2026-06-01"


def _qd_ttg(body: str) -> str:
    return ("THỦ TƯỚNG CHÍNH PHỦ\n-------\n\n" + _MOTTO + "Số: 2623/QĐ-TTg\n\nHà Nội, ngày 01 tháng 12 năm 2025\n\n"
            "QUYẾT ĐỊNH\nBan hành Kế hoạch triển khai thi hành Luật Bảo vệ dữ liệu cá nhân\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1.\nBan hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Bảo vệ dữ liệu\ncá nhân.\n\n"
            "Điều 2. Quyết\nđịnh này có hiệu lực thi hành từ ngày ký ban hành.\n\n"
            "Nơi nhận:\n- Các bộ, cơ quan ngang bộ;\n- Lưu: VT, KSTT (2b).\n\nTHỦ TƯỚNG\nPhan Văn Nam\n\n"
            "KẾ HOẠCH\n\nTRIỂN KHAI THI HÀNH LUẬT BẢO VỆ DỮ LIỆU CÁ NHÂN\n\n"
            "(Kèm theo Quyết định số /QĐ-TTg ngày\ntháng năm 2025 của Thủ tướng Chính phủ)\n\n" + body)


def test_co_quan_chu_tri_bullets_make_each_task_block_one_obligation():
    """2623-QD-TTg: each task of the appended Kế hoạch carries "- Cơ quan chủ trì/thực hiện: Bộ Công an." (a
    bullet), its "Cơ quan phối hợp" no obligation; item 5 holds two tasks, each with its own "+ Cơ quan chủ trì"
    line; the "Thời hạn ban hành: trước ngày …" line dates its task. A khoản list wrapped before "Điều 6;" is a
    citation, not an article that would cut item 5 in two."""
    text = _qd_ttg(
        "II. NỘI\nDUNG\n\n"
        "2. Tổ chức tập huấn chuyên\nsâu, bồi dưỡng kiến thức pháp luật, nghiệp vụ bảo vệ dữ liệu cá nhân\n\n"
        "- Cơ quan chủ trì: Bộ Công\nan.\n\n"
        "- Cơ quan phối hợp: các bộ,\ncơ quan ngang bộ, cơ quan thuộc Chính phủ và Ủy ban nhân dân các tỉnh, thành phố\n"
        "trực thuộc trung ương.\n\n"
        "- Thời gian thực hiện: năm\n2025 và các năm tiếp theo.\n\n"
        "5. Xây dựng Nghị định của\nChính phủ\n\n"
        "- Nghị định quy định chi tiết\nmột số điều Luật Bảo vệ dữ liệu cá nhân\n\n"
        "+ Nội dung: quy định chi tiết\nmột số điều Luật Bảo vệ dữ liệu cá nhân quy\n"
        "định chi tiết: khoản 2, khoản 3 Điều 2; khoản 5 Điều 4; khoản 3\n"
        "Điều 6; khoản 5 Điều 9; khoản 3 Điều 17 Luật Bảo vệ dữ liệu cá\nnhân.\n\n"
        "+ Cơ quan chủ trì: Bộ Công\nan.\n\n"
        "+ Cơ quan phối hợp: Văn\nphòng Chính phủ, Bộ Tư pháp và các cơ quan có liên quan.\n\n"
        "+ Thời hạn ban hành: trước\nngày 01 tháng 01 năm 2026.\n\n"
        "- Nghị định xử phạt vi phạm\nhành chính trong lĩnh vực an ninh mạng và bảo vệ dữ liệu cá nhân.\n\n"
        "+ Cơ quan chủ trì: Bộ Công\nan.\n\n"
        "+ Cơ quan phối hợp: Văn\nphòng Chính phủ, Bộ Tư pháp và các cơ quan có liên quan.\n\n"
        "+ Thời hạn ban hành: Theo tiến\nđộ được giao của Luật An ninh mạng 2025.\n")
    assert not any(p.label and p.label.startswith("Điều 6") for a in structure_of_text(text).appendices
                   for p in a.children)
    obs = _obs(text)
    assert [(o.who, _due(o)) for o in obs] == [("Bộ Công an", None), ("Bộ Công an", "2026-01-01"), ("Bộ Công an", None)]
    assert obs[0].what.startswith("Tổ chức tập huấn")


def test_co_quan_thuc_hien_line_that_assigns_in_sentences():
    """2623-QD-TTg item II.4: "- Cơ quan thực hiện: Bộ Công an tiến hành rà soát …; các bộ, … rà soát …" with
    "+" bullets giving each body its date: one obligation per body, each with its own deadline."""
    text = _qd_ttg(
        "II. NỘI\nDUNG\n\n"
        "4. Rà soát văn bản quy phạm\npháp luật\n\n"
        "- Nội dung: rà soát các văn\nbản quy phạm pháp luật có liên quan đến Luật.\n\n"
        "- Cơ quan thực hiện: Bộ Công\nan tiến hành rà soát các văn bản quy phạm pháp luật có liên quan đến Luật thuộc\n"
        "thẩm quyền quản lý nhà nước; các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh,\n"
        "thành phố trực thuộc trung ương rà soát văn bản quy phạm pháp luật có liên quan\n"
        "đến Luật thuộc phạm vi, lĩnh vực, địa bàn quản lý nhà nước được phân công.\n\n"
        "- Thời gian thực hiện:\n\n"
        "+ Các bộ, cơ quan ngang bộ, Ủy\nban nhân dân các tỉnh, thành phố trực thuộc trung ương gửi kết quả rà soát về Bộ\n"
        "Công an trước ngày 15 tháng 12 năm 2025.\n\n"
        "+ Bộ Công an tổng hợp kết quả\nrà soát, báo cáo Thủ tướng Chính phủ trước ngày 31 tháng 12 năm 2025.\n")
    assert [(o.who, _due(o)) for o in _obs(text)] == [
        ("Bộ Công an", "2025-12-31"),
        ("Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "2025-12-15")]


def test_procedure_field_bullets_are_no_task_units():
    """A procedure described in a Quyết định công bố TTHC prints "- Cơ quan thực hiện: Sở Tư pháp." beside
    "- Trình tự thực hiện:" and "- Thời hạn giải quyết:": it names who handles the procedure, nobody is assigned."""
    text = _plan("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP", "617/KH-UBND", (
        "I. THỦ TỤC\n\n1. Thủ tục cấp phiếu lý lịch tư pháp\n\n"
        "- Trình tự thực hiện: nộp hồ sơ tại Trung tâm Phục vụ hành chính công.\n\n"
        "- Thời hạn giải quyết: 10 ngày làm việc.\n\n"
        "- Cơ quan thực hiện: Sở Tư pháp.\n"))
    assert list(_obs(text)) == []


def test_funding_and_closing_paragraphs_of_a_government_plan():
    """2623-QD-TTg sections III–IV: "Đối với các nhiệm vụ …, các bộ, cơ quan, đơn vị, địa phương chủ động bố trí …"
    assigns after its opening; item IV.2 makes the heads answer for the plan ("… chịu trách nhiệm thực hiện Kế
    hoạch này.") and the paragraph after it sets out the tasks of the bodies they lead: one block, the heads its
    assignee; "nếu có khó khăn, vướng mắc, đề nghị … phản ánh về Bộ Công an" is a closing formula."""
    text = _qd_ttg(
        "III. KINH\nPHÍ THỰC HIỆN\n\n"
        "2. Đối với các nhiệm vụ triển\nkhai trong năm 2025, các bộ, cơ quan, đơn vị, địa phương chủ động bố trí trong\n"
        "nguồn ngân sách nhà nước được giao năm 2025 để triển khai thực hiện.\n\n"
        "5. Ủy ban nhân dân các tỉnh,\nthành phố trực thuộc trung ương tổng hợp, trình Hội đồng nhân dân cùng cấp bố\n"
        "trí kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân sách nhà nước.\n\n"
        "IV. TỔ CHỨC\nTHỰC HIỆN\n\n"
        "2. Bộ trưởng, Thủ trưởng cơ\nquan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh,\n"
        "thành phố trực thuộc trung ương chịu trách nhiệm thực hiện Kế hoạch này.\n\n"
        "Căn cứ nội dung Kế hoạch này\nvà tình hình thực tiễn, các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và Ủy\n"
        "ban nhân dân các tỉnh, thành phố trực thuộc trung ương xây dựng kế hoạch chi tiết\n"
        "triển khai thi hành Luật trong phạm vi quản lý của bộ, ngành và địa phương\nmình.\n\n"
        "3. Trong quá trình thực hiện\nKế hoạch này, nếu có khó khăn, vướng mắc, đề nghị các bộ, ngành và địa phương kịp\n"
        "thời phản ánh về Bộ Công an để tổng hợp, hướng dẫn, giải quyết theo thẩm quyền\n"
        "hoặc trình cấp có thẩm quyền xem xét, quyết định.\n")
    obs = _obs(text)
    assert [o.who for o in obs] == [
        "các bộ, cơ quan, đơn vị, địa phương", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
        "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố "
        "trực thuộc trung ương"]
    assert "xây dựng kế hoạch chi tiết" in obs[2].what


def test_body_under_its_heads_title_in_the_same_item_is_one_assignee():
    """232-CD-TTg item 1: "Chủ tịch Ủy ban nhân dân các tỉnh: … chỉ đạo … rà soát …" and, in a sub-item, "Ủy ban
    nhân dân các tỉnh: … khẩn trương gửi Báo cáo … trước 17 giờ ngày 27/11/2025": one block, one obligation."""
    text = ("THỦ TƯỚNG CHÍNH PHỦ\n-------\n\n" + _MOTTO + "Số: 232/CĐ-TTg\n\nHà Nội, ngày 27 tháng 11 năm 2025\n\n"
            "CÔNG ĐIỆN\nV/V KHẨN TRƯƠNG THỐNG KÊ THIỆT HẠI VỀ NHÀ Ở\n"
            "THỦ TƯỚNG CHÍNH PHỦ điện:\n- Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk;\n- Bộ trưởng Bộ Tài chính.\n"
            "Thủ tướng Chính phủ yêu cầu:\n"
            "1. Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk,\nKhánh Hòa, Gia Lai và Lâm Đồng chỉ đạo cơ quan chức năng "
            "và chính quyền cơ sở\nkhẩn trương rà soát, thống kê, tổng hợp báo cáo cụ thể về một số nội dung sau:\n"
            "(1) Số hộ dân có nhà bị sập, đổ, trôi cần phải xây\ndựng lại.\n"
            "(2) Số hộ dân có nhà bị hư hỏng nặng cần phải sửa\nchữa.\n"
            "Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia\nLai và Lâm Đồng khẩn trương gửi Báo cáo về Văn phòng "
            "Chính phủ trước 17 giờ ngày 27/11/2025 để tổng hợp, báo\ncáo Thủ tướng Chính phủ.\n"
            "2. Bộ trưởng Bộ Tài chính tổng hợp, chủ động đề xuất\nsử dụng nguồn lực từ ngân sách trung ương.\n"
            "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTHỦ TƯỚNG\nPhạm Minh Chính\n")
    obs = _obs(text)
    assert [o.who for o in obs] == ["Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng",
                                    "Bộ trưởng Bộ Tài chính"]
    assert _due(obs[0]) == "2025-11-27"


def test_body_after_a_verb_that_ends_a_wrapped_first_line_is_its_object():
    """235-KH-UBND: "- Lập dự toán kinh phí báo cáo" / "Sở Nông nghiệp và Môi trường trình cấp có thẩm quyền …":
    the Sở is whom the Chi cục reports to, the bullet a task of item 1's body, not a new obligation."""
    text = _plan("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK", "235/KH-UBND", (
        "IV. TỔ CHỨC\nTHỰC HIỆN\n\n"
        "1. Sở Nông nghiệp và Môi trường\nchỉ đạo Chi cục Biển đảo và Thủy sản thực hiện các nội dung sau:\n\n"
        "- Lập dự toán kinh phí báo cáo\nSở Nông nghiệp và Môi trường trình cấp có thẩm quyền xem xét, phê duyệt.\n\n"
        "- Tổ chức đánh giá kết quả thực\nhiện; báo cáo UBND tỉnh trước ngày 15/12/2026.\n\n"
        "2. Sở Tài chính: Căn cứ khả\nnăng cân đối ngân sách, trình cấp có thẩm quyền phê duyệt kinh phí thực hiện kế\n"
        "hoạch trong dự toán đầu năm 2026."))
    assert [o.who for o in _obs(text)] == ["Sở Nông nghiệp và Môi trường", "Sở Tài chính"]


def test_scope_adverbial_without_commas_closes_the_subject():
    """624-KH-UBND item 8: "Các sở, cơ quan trực thuộc Sở và các cơ quan liên quan trong phạm vi chức năng,
    nhiệm vụ của mình tổ chức triển khai thực hiện Kế hoạch." names its bodies before the adverbial."""
    text = _plan("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP", "624/KH-UBND", (
        "V. TỔ CHỨC\nTHỰC HIỆN\n\n"
        "7. Sở Nông nghiệp và Môi\ntrường: Tăng cường công tác quy hoạch, bố trí quỹ đất để xây dựng phát triển trường, "
        "lớp mầm non theo quy định.\n\n"
        "8. Các sở, cơ\nquan trực thuộc Sở và các cơ quan liên quan trong phạm vi chức năng, nhiệm vụ của\n"
        "mình tổ chức triển khai thực hiện Kế hoạch."))
    assert [o.who for o in _obs(text)] == ["Sở Nông nghiệp và Môi trường",
                                           "Các sở, cơ quan trực thuộc Sở và các cơ quan liên quan"]


def test_intro_announcing_the_items_below_assigns_nothing_itself():
    """637-TB-VPCP: "… yêu cầu Bộ Y tế, Ban Quản lý dự án, các nhà thầu và các bộ, cơ quan liên quan … hoàn thành
    các công việc, nhiệm vụ còn lại …, trong đó lưu ý một số nội dung trọng tâm như sau:" over items (1)–(3) that
    each name their body: the items are the obligations."""
    text = ("VĂN PHÒNG CHÍNH PHỦ\n-------\n\n" + _MOTTO + "Số: 637/TB-VPCP\n\nHà Nội, ngày 22 tháng 11 năm 2025\n\n"
            "THÔNG BÁO\nKết luận của Phó Thủ tướng Chính phủ\n\n"
            "2. Để đảm bảo chất lượng, tiến độ hoàn thành 02\ncông trình dự án, yêu cầu Bộ Y tế, Ban Quản lý dự\n"
            "án, các nhà thầu và các bộ, cơ quan liên quan theo chức năng, nhiệm vụ, thẩm\n"
            "quyền tiếp tục quyết tâm, nỗ lực, chủ động hơn nữa để thực hiện đồng bộ, quyết\n"
            "liệt, hiệu quả các giải pháp đã đề ra và hoàn thành các công việc, nhiệm vụ còn\n"
            "lại tại 02 công trình dự án, trong đó lưu ý một số nội dung trọng tâm như sau:\n"
            "(1) Bộ Y tế chỉ đạo Ban Quản lý dự án hoàn thiện hồ\nsơ thiết kế phòng cháy, chữa cháy, "
            "hoàn thành việc xây dựng trước ngày 30 tháng 11 năm 2025.\n"
            "(2) Bộ Công an tiếp tục chủ động phối hợp, hướng dẫn\nBộ Y tế, Ban Quản lý dự án và các nhà thầu.\n"
            "(3) Bộ Xây dựng chỉ đạo các cơ quan liên quan tiếp\ntục phối hợp, hướng dẫn Bộ Y tế.\n"
            "\nNơi nhận:\n- Bộ Y tế;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nNguyễn Văn A\n")
    obs = _obs(text)
    assert [o.who for o in obs] == ["Bộ Y tế", "Bộ Công an", "Bộ Xây dựng"]
    assert _due(obs[0]) == "2025-11-30"


def test_businesses_and_the_public_addressed_in_an_assignment_list():
    """0129-KH-UBND item 14: "Doanh nghiệp, cộng đồng, tổ chức, cá nhân: Quan tâm, đăng ký hỗ trợ …" — the
    assignment list addresses them as one body, before its colon."""
    text = _plan("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK", "0129/KH-UBND", (
        "IV.\nPHÂN CÔNG NHIỆM VỤ\n\n"
        "12. Đề nghị Công ty Điện lực Đắk Lắk: Khẩn trương kiểm tra,\nkhắc phục sự cố lưới điện tại khu vực bị ảnh hưởng.\n\n"
        "14.\nDoanh nghiệp, cộng đồng, tổ chức, cá nhân: Quan tâm, đăng ký hỗ\n"
        "trợ nhu yếu phẩm cho nhân dân bị ảnh hưởng mưa lũ trên địa bàn tỉnh thông qua đầu\n"
        "mối Ủy ban MTTQ Việt Nam tỉnh hoặc Sở Công Thương."))
    assert [o.who for o in _obs(text)] == ["Công ty Điện lực Đắk Lắk", "Doanh nghiệp, cộng đồng, tổ chức, cá nhân"]


# 617-KH-UBND's appendix as the bench's legacy form reads it (rendered page, real ``tesseract -l eng``
# output, restored as ingest does): header cells on consecutive lines, the group row's name on its own line
_LEGACY_617 = """PHỤ LỤC
DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM

(Kèm theo Kế hoạch số 617/KH-UBND ngày 01/12/2025 của Ủy ban nhân dân
tỉnh)

STT
Tên nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
I

NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TU DUY

1

Triển khai nền tảng đào tạo
trực tuyến mở đại trà, cung cấp kiến thức, k¥ năng số, công nghệ số cơ bản
cho người dân, doanh nghiệp.

Sở KH&CN
Các sở, ban, ngành tỉnh; UBND các xã, phương

Thường xuyên
3

Biểu dương, tôn vinh, khen
thùng, khích lệ, động viên kịp thời bằng nhiều hình thức đa dạng cho các
doanh nghiệp, tổ chức, cá nhân có thành tích trong chuyển đổi số.

SỞ Nội vụ
Số KH&CN; các cơ quan, đơn vị liên quan
Thường xuyên, hằng năm
II. HOÀN
THIỆN CƠ CHẾ, CHÍNH SÁCH HỖ TRG CHUYỂN ĐỔI SỐ DOANH NGHIỆP
4

Xây dựng Bộ tiêu chí đánh
giá mức độ chuyển đổi số doanh nghiệp.

SỞ KH&CN
Các sở, ban, ngành tỉnh

Quí IV-2025
"""


def test_task_table_in_legacy_ocr_goes_on_past_a_group_row():
    """The loose reader (legacy OCR: blank lines lost) keeps reading after "I" / "NÂNG CAO NHẬN THỨC …": the
    capitals are the group's name, not a heading that ends the table."""
    text = _plan("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP", "617/KH-UBND",
                 "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\na) Thúc đẩy mạnh mẽ chuyển đổi số.", _LEGACY_617)
    # OCR's "SỞ" stays as read or is restored: the body is the same whatever the case
    assert [(o.who.lower(), _due(o)) for o in _obs(text)] == [("sở kh&cn", None), ("sở nội vụ", None),
                                                              ("sở kh&cn", "2025-12-31")]


def test_task_table_of_a_scan_whose_cells_stand_one_blank_line_apart():
    """617-KH-UBND scanned (the bench's scan form: OCR lines with their x positions, outside any table): every
    cell one blank line from the next, rows too; OCR read the row numbers 2 and 3 as "Ÿj" and "&" and glued
    "I." to its group's name. Each row is still one obligation of its Cơ quan chủ trì."""
    from vanban.models import LineGeometry, Page  # noqa: PLC0415
    from vanban.structure import build_structure  # noqa: PLC0415

    head = ("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 617/KH-UBND\n\nĐồng Tháp, ngày 01 tháng 12 năm 2025\n\nKẾ HOẠCH\nChuyển đổi số cho các doanh nghiệp\n\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\na) Thúc đẩy mạnh mẽ chuyển đổi số.\n\n"
            "Nơi nhận:\n- Lưu: VT, KGVX. Thg.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Văn Đạt\n\n"
            "PHỤ LỤC\nDANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM\n"
            "STT\nTên nhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\n\nThời gian hoàn thành\n\n"
            "I.NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY\n\n1\n\n"
            "Triển khai nền tảng đào tạo trực tuyến mở đại trà, cung cấp kiến thức,\n"
            "công nghệ số cơ bản cho người dân, doanh nghiệp.\n\nSở KH&CN\n\n"
            "Các sở, ban, ngành tỉnh; UBND các xã, phường\n\nThường xuyên\n\nŸj\n\n"
            "Triển khai đánh giá mức độ chuyển đổi số trong các doanh nghiệp trên địa bàn\nTỉnh.\n\nSở KH&CN\n\n"
            "Các sở, ban, ngành tỉnh; UBND các xã, phường\n\nThường xuyên\n\n&\n\n"
            "Biểu dương, tôn vinh, khen thưởng, khích lệ, động viên kịp thời bằng nhiều hình\n"
            "thức đa dạng cho các doanh nghiệp, tổ chức, cá nhân có thành tích trong chuyển đổi số.\n\nSở Nội vụ\n\n"
            "Sở KH&CN; các cơ quan, đơn vị liên quan\n\nThường xuyên, hằng năm\n\n"
            "II. HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH HỖ TRỢ CHUYỂN ĐỔI SỐ DOANH\n\nNGHIỆP\n\n4\n\n"
            "Xây dựng Bộ tiêu chí đánh giá mức độ chuyển đổi số doanh nghiệp.\n\nSở KH&CN\n\n"
            "Các sở, ban, ngành tỉnh\n\nQuí IV-2025\n")
    geos = tuple(LineGeometry(x0=0.19, x1=0.8) if ln else LineGeometry() for ln in head.split("\n"))
    page = Page(number=1, method="pdf-ocr", raw_text=head, text=head, confidence=90.0, lines=geos)
    obs = extract(head, structure=build_structure([page])).obligations
    assert [(o.who, _due(o)) for o in obs] == [("Sở KH&CN", None), ("Sở KH&CN", None), ("Sở Nội vụ", None),
                                               ("Sở KH&CN", "2025-12-31")]


def test_name_list_cut_by_a_legacy_blank_line_goes_on():
    """11654-VPCP-CN in its legacy-OCR form (a blank line after every printed line): "Ủy ban nhân dân các tỉnh:
    Ninh" / "" / "Bình, Bắc Ninh, Phú Thọ, Tuyên Quang đẩy nhanh …" is one body with its task."""
    text = ("VĂN\nPHÒNG CHÍNH PHỦ\n\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 11654/VPCP-CN\nV/v cung ứng vật liệu xây dựng phục vụ Dự án\n"
            "tuyến đường bộ cao tốc CT.08, đoạn qua Nam Định, Thái Bình\n\nHà Nội, ngày 27\ntháng 11 năm 2025\n\n"
            "Kính gửi:\n\nChủ tịch Ủy ban nhân dân các tỉnh: Hưng Yên, Ninh\nBình, Bắc Ninh, Phú Thọ, Tuyên Quang.\n\n"
            "Xét báo cáo và đề xuất, kiến nghị của Ủy ban nhân\n\ndân tỉnh Hưng Yên (văn bản số 84/BC-UBND ngày 19 "
            "tháng 11 năm 2025) về tình\n\nhình cung ứng vật liệu xây dựng phục vụ Dự án tuyến đường bộ cao tốc Ninh "
            "Bình\n\n- Hải Phòng, đoạn qua Nam Định và Thái Bình theo phương thức đối tác công tư\n\n(Dự án), Phó Thủ "
            "tướng Chính phủ Trần Văn Xuân có ý kiến như sau:\n\nChủ tịch Ủy ban nhân dân tỉnh Hưng Yên khẩn trương\n\n"
            "làm việc với các địa phương có liên quan theo chỉ đạo của Thủ tướng Chính phủ\n\ntại Thông báo số "
            "627/TB-VPCP ngày 18 tháng 11 năm 2025 của Văn phòng Chính\nphủ\n\nđể đảm bảo nguồn cung vật liệu xy dùng "
            "phục vụ Dự án; báo cáo Thủ tướng\nChính\n\nphủ kết quả trước ngày 03 tháng 12 năm 2025. Ủy ban nhân dân "
            "các tỉnh: Ninh\n\nBình, Bắc Ninh, Phú Thọ, Tuyên Quang đẩy nhanh các thủ tục theo quy định của\n\npháp "
            "luật để hỗ trợ tỉnh Hưng Yên đảm bảo nguồn cung vật liệu xây dựng phục vụ\n\nthi công đáp ứng tiến độ "
            "thực hiện, hoàn thành Dự án theo đúng quy định.\n\nVăn phòng Chính phủ thông báo để các địa phương, "
            "cơ\n\nquan, đơn vị có liên quan biết, thực hiện./.\n\n"
            "Nơi nhận:\n\n- Như trên;\n\n- Lưu: VT, CN.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nNguyễn Văn A\n")
    assert [(o.who, _due(o)) for o in _obs(text)] == [
        ("Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên", "2025-12-03"),
        ("Ủy ban nhân dân các tỉnh: Ninh Bình, Bắc Ninh, Phú Thọ, Tuyên Quang", None)]


# 179-KH-UBND's appendix as md2plain prints it: each group row is followed by the header row printed
# again, and a sub-group row ("5.1" / "Thương mại") is written with empty cells, one more than the columns
_TABLE_179 = ("STT\n\nNội dung\n\nĐơn vị thực hiện\n\nĐơn vị phối hợp\n\nThời gian thực hiện\n\nSản phẩm đầu ra\n\n\n"
              "III\n\nPhát triển kinh tế số,\nxã hội số trong giáo dục và đào tạo\n\n\n"
              "Nội dung\n\nĐơn vị thực hiện\n\nĐơn vị phối hợp\n\nThời gian thực hiện\n\nSản phẩm đầu ra\n\n\n"
              "3.3\n\nTriển khai đào tạo chuyên ngành về giáo dục và\nđào tạo số tại các trường đại học, cao đẳng, "
              "trung cấp trên địa bàn tỉnh\n\nCác trường: Đại học, Cao đẳng, Trung cấp trên địa\nbàn tỉnh\n\n"
              "Các sở, ban, ngành; UBND các phường, xã\n\n2026 - 2030\n\nKế hoạch\n\n\n"
              "IV\n\nPhát triển kinh tế số,\nxã hội số trong lĩnh vực lao động, việc làm và an sinh xã hội\n\n\n"
              "Nội dung\n\nĐơn vị thực hiện\n\nĐơn vị phối hợp\n\nThời gian thực hiện\n\nSản phẩm đầu ra\n\n\n"
              "4.1\n\nXây dựng và tổ chức triển khai kế hoạch phát triển\nkinh tế số và xã hội số trong lĩnh vực lao "
              "động, việc làm.\n\nSở Nội vụ\n\nCác sở, ban, ngành; UBND các phường, xã\n\n2026 - 2030\n\nKế hoạch\n\n\n"
              "IV\n\nPhát triển kinh tế số\nthương mại, công nghiệp và năng lượng\n\n\n"
              "Nội dung\n\nĐơn vị thực hiện\n\nĐơn vị phối hợp\n\nThời gian thực hiện\n\nSản phẩm đầu ra\n\n\n"
              "5.1\n\n \n\nThương mại\n\n \n\n \n\n \n\n \n\n\n"
              "5.1.1\n\nTriển khai Kế hoạch phát triển thương mại điện tử\ntỉnh Đồng Nai giai đoạn 2026 - 2030\n\n"
              "Sở Công Thương\n\nCác sở, ban, ngành; UBND các phường, xã\n\n2026 - 2030\n\nKế hoạch\n")


def test_task_table_whose_header_is_printed_again_under_each_group_row():
    """179-KH-UBND: the repeated header row and the sub-group row "5.1 | Thương mại" are no task rows and do not
    end the table: the rows of the Trường, Sở Nội vụ and Sở Công Thương are each one obligation."""
    text = _plan("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI", "179/KH-UBND",
                 "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\na) Phát triển kinh tế số.",
                 "PHỤ LỤC\n\nNHIỆM VỤ PHÁT TRIỂN KINH TẾ SỐ\n\n" + _TABLE_179)
    assert [o.who for o in _obs(text)] == ["Các trường: Đại học, Cao đẳng, Trung cấp trên địa bàn tỉnh", "Sở Nội vụ",
                                           "Sở Công Thương"]


# 637-TB-VPCP's item 2 as the bench's legacy form reads it: a blank line after every printed line, the page's
# number read as "J" before the page break
_LEGACY_637 = (
    "2. Để đảm bảo chất lượng, tiến độ hoàn thành 02\n"
    "\n"
    "công trình dự án, phấn đấu hoàn thành xây dựng trước ngày 30 tháng 11 năm 2025\n"
    "\n"
    "theo đúng chỉ đạo của Đồng chí Tổng Bí thư Tô Lâm, Chính phủ, Thủ tướng Chính\n"
    "\n"
    "phủ[1] và phấn đấu tổ chức khánh\n"
    "\n"
    "thành 02 công trình cùng dịp với Lễ khánh thành, khởi công các dự án, công\n"
    "\n"
    "trình quy mô lớn, ý nghĩa nhân dịp kỷ niệm 79 năm ngày toàn quốc kháng chiến và\n"
    "\n"
    "chào mừng Đại hội đại biểu toàn quốc Lần thứ? XIV của Đảng nhiệm kỳ\n"
    "2025-2030[2], yêu cầu BỘ Y tế, Ban Quản lý dự\n"
    "\n"
    "án, các nhà thầu và các bộ, cơ quan liên quan theo chức năng, nhiệm vụ, thẩm\n"
    "\n"
    "quyền tiếp tục quyết tâm, nô lệ, chủ động hơn nữa để thực hiện đồng bộ, quyết\n"
    "\n"
    "liệt, hiệu quả các giải pháp đã đề ra và hoàn thành các công việc, nhiệm vụ còn\n"
    "\n"
    "lại tại 02 công trình dự án, trong đó lưu ý một số nội dung trọng tâm như sau:\n"
    "\n"
    "(1) BỘ Y tế chỉ đạo Ban Quản lý dự án, các đơn vị\n"
    "\n"
    "liên quan phối hợp chặt chẽ với các cơ quan liên quan thuộc Bộ X4ay dựng, Bộ\n"
    "Quốc\n"
    "\n"
    "phòng chỉ đạo các nhà thầu tập trung tối đa nguồn lực, khẩn trương hoàn thiện hồ\n"
    "\n"
    "sơ thiết kế phòng cháy, chỉ¥a chạy theo đúng hướng dẫn của Bộ Công an; tập trung\n"
    "\n"
    "thực hiện các hạng mục cụ thể, các dự án thành phần của 02 công trình dự án,\n"
    "\n"
    "hoàn thành việc xây dựng trước ngày 30 tháng 11 năm 2025 và tổ chức nghiệm thu\n"
    "\n"
    "bàn giao, hướng dẫn vận hành theo quy định.\n"
    "\n"
    "(2) Đồng chí Bộ trưởng Bộ Y tế, Thi? trưởng Bộ Y tế\n"
    "\n"
    "phụ trách lĩnh vực tiếp tục bám sát tình hình thực tế; trực tiếp chỉ đạo rà\n"
    "\n"
    "J\n"
    "\f(3) BỘ Công an tiếp tục chủ động phối hợp, hướng dẫn\n"
    "\n"
    "Bộ Y tế, Ban Quản lý dự án và các nhà thầu để thực hiện hiệu quả các phương án,\n"
    "giải pháp đã được các cơ quan thống nhất và giải quyết dứt điểm các vướng mắc,\n"
    "phát sinh trong công tác phòng cháy, chữa cháy; chỉ đạo các đơn vị liên quan\n"
    "\n"
    "xem xét thẩm định thiết kế, phê duyệt nghiệm thu phòng cháy, chữa cháy theo\n"
    "đúng quy định để đảm bảo điều kiện vận hành 02 bệnh viện sau khi hoàn thành 02\n"
    "công trình dự án.\n"
    "\n")


def test_announcing_intro_in_legacy_ocr_with_a_stray_page_number():
    """637-TB-VPCP (legacy OCR): the stray "J" before the page break is no item: items (1)–(3) each name their
    body, so the intro that announces them assigns nothing itself."""
    text = ("VĂN PHÒNG CHÍNH PHỦ\n-------\n\n" + _MOTTO + "Số: 637/TB-VPCP\n\nHà Nội, ngày 22 tháng 11 năm 2025\n\n"
            "THÔNG BÁO\nKết luận của Phó Thủ tướng Chính phủ\n\n" + _LEGACY_637 +
            "\nNơi nhận:\n- Bộ Y tế;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nNguyễn Văn A\n")
    assert [fold(o.who)[:12] for o in _obs(text)] == ["bo y te", "bo truong bo", "bo cong an"]

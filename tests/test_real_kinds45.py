"""Kinds the session-44 newcomer read wrong in real published documents, each in other words than theirs.

- a Markdown page prints an article's word and its number on two lines ("**Điều" / "2. **…"): one heading;
- a body "có trách nhiệm phối hợp X …": X is its partner (Đơn vị phối hợp);
- a numbered sub-task closed by "; báo cáo <body> trước ngày …": the date is the sub-task's, its task kept;
- a "Thời hạn …" line under a task and a "vào ngày" before a lifted date leave no stub in the task;
- a trích yếu in capitals is given in the document's sentence case;
- a law named in the description of a Căn cứ document is no căn cứ;
- "Nghị quyết Đại hội lần thứ I của Đảng bộ xã" is the commune's congress, not the Party's first;
- a số ký hiệu found by search is marked whole; the document page's notes are in Vietnamese.
"""

from vanban.archive.snippet import make_snippet
from vanban.conveyor import process_file
from vanban.extract import extract
from vanban.extract.partners import partners_in
from vanban.web.refusals import warning_in_vietnamese

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
         "Độc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 77/QĐ-UBND\n\nLạng Sơn, ngày 03 tháng 3 năm 2026\n\n")


def test_article_word_alone_on_its_markdown_line_joins_its_number(tmp_path):
    md = tmp_path / "qd.md"
    md.write_text(
        "|\n**ỦY BAN NHÂN DÂN**\nTỈNH LẠNG SƠN\n-------\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 77/QĐ-UBND\n|\n*Lạng Sơn, ngày 03 tháng 3 năm 2026*\n|\n"
        "**QUYẾT ĐỊNH**\nVề việc giao nhiệm vụ rà soát hồ sơ lưu trữ\n**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH**\n"
        "**QUYẾT ĐỊNH:**\n**Điều\n1. **Giao nhiệm vụ rà soát hồ sơ lưu trữ năm 2025.\n"
        "**Điều\n2. **Sở Nội vụ có trách nhiệm\nrà soát hồ sơ lưu trữ của các sở, ngành.\n"
        "**Điều\n3. **Quyết định có hiệu lực từ ngày ký.\n", encoding="utf-8")
    obs = process_file(md).extraction.obligations
    assert [o.who for o in obs] == ["Sở Nội vụ"]
    assert not obs[0].what.rstrip().endswith("Điều")


def test_partner_after_the_duty_words():
    assert partners_in("có trách nhiệm phối hợp Sở Tư pháp đăng tải văn bản trên trang thông tin") == "Sở Tư pháp"


def test_report_clause_keeps_the_sub_task_it_closes():
    text = (_HEAD + "QUYẾT ĐỊNH\nVề việc giao nhiệm vụ năm 2026\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Giám đốc Sở Xây dựng chỉ đạo các phòng thực hiện các nhiệm vụ sau:\n"
            "1.1. Kiểm tra toàn bộ các công trình nhà ở xã hội đang thi công; báo cáo Chủ tịch Ủy ban nhân dân tỉnh "
            "trước ngày 20 tháng 4 năm 2026.\n"
            "1.2. Rà soát quy hoạch các khu dân cư mới; báo cáo Chủ tịch Ủy ban nhân dân tỉnh kết quả trước ngày "
            "15 tháng 5 năm 2026.\n\n"
            "Điều 2. Quyết định có hiệu lực từ ngày ký.\n")
    dues = {d.date: d.what for d in extract(text).deadlines}
    assert "Kiểm tra toàn bộ các công trình nhà ở xã hội" in dues["2026-04-20"]
    assert dues["2026-04-20"].endswith("báo cáo Chủ tịch Ủy ban nhân dân tỉnh")
    assert "Rà soát quy hoạch các khu dân cư mới" in dues["2026-05-15"]


def test_time_label_line_leaves_no_stub_and_gives_its_task():
    text = (_HEAD + "QUYẾT ĐỊNH\nVề việc công khai danh mục hồ sơ\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Sở Nội vụ có trách nhiệm đăng tải danh mục hồ sơ trên Cổng Thông tin điện tử tỉnh.\n"
            "Thời hạn thực hiện chậm nhất ngày 30 tháng 3 năm 2026.\n\n"
            "Điều 2. Quyết định có hiệu lực từ ngày ký.\n")
    ext = extract(text)
    ob = next(o for o in ext.obligations if o.who == "Sở Nội vụ")
    assert ob.what.endswith("Cổng Thông tin điện tử tỉnh")
    assert ob.deadline is not None and ob.deadline.date == "2026-03-30"
    assert all(d.what.startswith("có trách nhiệm đăng tải") for d in ext.deadlines if d.date == "2026-03-30")


def test_day_noun_before_a_lifted_date_leaves_the_task():
    text = (_HEAD + "KẾ HOẠCH\nTổ chức hội nghị tổng kết năm 2026\n\n"
            "1. Văn phòng Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết vào ngày 18/12/2026.\n")
    ob = next(o for o in extract(text).obligations if o.who.startswith("Văn phòng"))
    assert ob.what == "tổ chức hội nghị tổng kết"


def test_title_in_capitals_in_the_documents_own_sentence_case():
    text = (_HEAD + "QUYẾT ĐỊNH\nVỀ VIỆC GIAO CHỈ TIÊU TUYỂN QUÂN CHO ỦY BAN NHÂN DÂN CÁC XÃ THUỘC HUYỆN "
            "CAO LỘC VÀ BAN CHỈ HUY QUÂN SỰ TỈNH\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Giao chỉ tiêu tuyển quân năm 2026 cho Ủy ban nhân dân các xã thuộc huyện Cao Lộc.\n"
            "Điều 2. Giao Ban Chỉ huy Quân sự tỉnh hướng dẫn các xã thực hiện.\n")
    assert extract(text).metadata.title == ("Về việc giao chỉ tiêu tuyển quân cho Ủy ban nhân dân các xã thuộc "
                                            "huyện Cao Lộc và Ban Chỉ huy Quân sự tỉnh")


def test_law_in_the_description_of_a_basis_is_no_basis():
    text = ("BỘ Y TẾ\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 12/2026/TT-BYT\n\nHà Nội, ngày 05 tháng 3 năm 2026\n\nTHÔNG TƯ\nHướng dẫn quản lý hồ sơ khám bệnh\n\n"
            "Căn cứ Nghị định số 40/2026/NĐ-CP ngày 10 tháng 2 năm 2026 của Chính phủ hướng dẫn thi hành "
            "Luật Khám bệnh, chữa bệnh; Nghị định số 41/2026/NĐ-CP ngày 11 tháng 2 năm 2026 của Chính phủ về "
            "quản lý dược;\n\nBộ trưởng Bộ Y tế ban hành Thông tư hướng dẫn quản lý hồ sơ khám bệnh.\n\n"
            "Điều 1. Thông tư này có hiệu lực từ ngày ký.\n")
    rel = {c.number or c.name: c.relation for c in extract(text).citations}
    assert rel["40/2026/NĐ-CP"] == rel["41/2026/NĐ-CP"] == "can_cu"
    assert rel["Luật Khám bệnh, chữa bệnh"] == "mentions"


def test_amendment_of_a_basis_is_a_basis_too():
    text = ("BỘ Y TẾ\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 13/2026/TT-BYT\n\nHà Nội, ngày 06 tháng 3 năm 2026\n\nTHÔNG TƯ\nHướng dẫn cấp phép hành nghề\n\n"
            "Căn cứ Nghị định số 50/2025/NĐ-CP của Chính phủ (đã được sửa đổi, bổ sung tại Nghị định số "
            "52/2026/NĐ-CP) về cấp phép hành nghề;\n\nBộ trưởng Bộ Y tế ban hành Thông tư hướng dẫn cấp phép.\n\n"
            "Điều 1. Thông tư này có hiệu lực từ ngày ký.\n")
    rel = {c.number: c.relation for c in extract(text).citations if c.number}
    assert rel["50/2025/NĐ-CP"] == rel["52/2026/NĐ-CP"] == "can_cu"


def test_first_congress_of_a_commune_party_is_its_own():
    text = ("ĐẢNG BỘ TỈNH LẠNG SƠN\nĐẢNG ỦY XÃ HOÀNG ĐỒNG\n*\nSố 08-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Hoàng Đồng, ngày 02 tháng 3 năm 2026\n\nKẾ HOẠCH\nthi đua năm 2026\n\n"
            "1. Các chi bộ thi đua thực hiện Nghị quyết Đại hội lần thứ I của Đảng bộ xã và Nghị quyết Đại hội "
            "lần thứ XIV của Đảng.\n")
    names = [c.name for c in extract(text).citations if c.name]
    assert "Nghị quyết Đại hội lần thứ I của Đảng bộ xã" in names
    assert "Nghị quyết Đại hội lần thứ XIV của Đảng" in names


def test_symbol_found_by_search_is_marked_whole():
    got = make_snippet("… thực hiện Chỉ thị số 07-CT/TU của Ban Thường vụ Tỉnh ủy …", ["07", "ct", "tu"])
    assert "[07-CT/TU]" in got


def test_document_note_in_vietnamese():
    said = warning_in_vietnamese("OCR did not read the date and the issuer: check the header against the scan")
    assert said.startswith("nhận dạng ký tự (OCR) không đọc được ngày và cơ quan ban hành")
    assert warning_in_vietnamese("OCR did not read the issuer: check the header against the scan").endswith(
        "cơ quan ban hành: đối chiếu phần đầu với bản quét")
    assert warning_in_vietnamese("a note of another kind") == "a note of another kind"


def test_time_limit_of_a_task_put_without_a_doer_has_the_task_as_scope():
    text = ("CHÍNH PHỦ\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 31/2026/NQ-CP\n\nHà Nội, ngày 09 tháng 3 năm 2026\n\nNGHỊ QUYẾT\nVề thí điểm mở đường bay quốc tế\n\n"
            "Điều 1. Thí điểm cho phép hãng hàng không khai thác đường bay quốc tế tại cảng hàng không Phù Cát "
            "trong thời hạn 03 năm kể từ ngày Nghị quyết này có hiệu lực.\n")
    limits = [t for t in extract(text).targets if t.unit == "năm"]
    assert limits and limits[0].max == 3
    assert limits[0].scope.startswith("Thí điểm cho phép hãng hàng không khai thác đường bay quốc tế")

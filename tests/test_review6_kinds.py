"""Kinds of wording found on the review6 documents (``bench/gold/review6``), labelled by hand before
vanban was run on them: Quyết định of a UBND issuing a Quy chế, Nghị quyết of an HĐND, Công văn of the
Cục Thuế and the Cục Hải quan, a Thông báo of the Cục Hải quan.

Each input is the real wording of the named document of ``realdocs/docs`` (its plain-text form), cut
to the part that shows the kind; the expected values are those of the hand labels, not vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.report import extraction_to_json

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\n"


def _cong_van(number: str, vv: str, body: str, tail: str) -> str:
    """A Cục's letter as the plain text prints it: header cells, then body, Nơi nhận and signature."""
    return (f"BỘ TÀI CHÍNH\nCỤC HẢI QUAN\n--------\n\n{_MOTTO}Số: {number}\nV/v {vv}\n\n"
            f"Hà Nội, ngày 03 tháng 12 năm 2025\n\n{body}\n\n{tail}")


# --- citations ------------------------------------------------------------------------------------

def test_a_firms_letter_with_a_year_in_its_number_and_a_dotted_code_is_cited():
    """39992/CHQ-GSQL answers "công văn số 128.2025/OL.WMCLV" of a company: a typed citation with its date."""
    text = ("Trả lời công văn số\n128.2025/OL.WMCLV ngày 24/11/2025 của Công ty TNHH Wilmar Marketing CLV về việc\n"
            "hàng hóa gửi kho ngoại quan, Cục Hải quan có ý kiến như sau:")
    got = [(c["number"], c["type"], c["date"]) for c in extraction_to_json(extract(text))["citations"]]
    assert got == [("128.2025/OL.WMCLV", "Công văn", "2025-11-24")]


# --- metadata ---------------------------------------------------------------------------------------

_TL_SPLIT_TAIL = ("Nơi nhận:\n- Như trên;\n- Lưu: VT, GSQL (2b).\n\n"
                  "TL.\nCỤC TRƯỞNG\nKT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ\nPHÓ TRƯỞNG BAN\nDương Văn Lộc\n")


def test_a_tl_level_broken_after_its_marker_keeps_its_body_and_the_signers_title():
    """39992/CHQ-GSQL prints "TL." alone, "CỤC TRƯỞNG" on the next line, then the KT. level and the title."""
    text = _cong_van("39992/CHQ-GSQL", "hàng hóa gửi\nkho ngoại quan", (
        "Kính gửi: Công ty TNHH Wilmar Marketing CLV.\n\nCục Hải quan trả lời để\n"
        "Công ty TNHH Wilmar Marketing CLV biết, thực hiện./."), _TL_SPLIT_TAIL)
    meta = extract(text).metadata
    assert meta.signer_authority == "TL. CỤC TRƯỞNG"
    assert meta.signer_delegation == "KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ VỀ HQ"
    assert meta.signer_title == "PHÓ TRƯỞNG BAN"
    assert meta.signer_name == "Dương Văn Lộc"


def test_the_enacting_authority_under_a_notices_title_is_no_part_of_it():
    """39693/TB-CHQ: "VỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ" / "CỤC TRƯỞNG CỤC" / "HẢI QUAN" / "Căn" / "cứ Luật …"."""
    text = ("BỘ TÀI CHÍNH\nCỤC HẢI QUAN\n-------\n\n" + _MOTTO + "Số: 39693/TB-CHQ\n\nHà Nội, ngày\n"
            "02 tháng 12 năm 2025\n\nTHÔNG BÁO\nVỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ\nCỤC TRƯỞNG CỤC\nHẢI QUAN\n"
            "Căn\ncứ Luật Hải quan ngày 23/6/2014;\nCăn\ncứ Thông tư số 31/2022/TT-BTC ngày\n08/6/2022 của Bộ trưởng "
            "Bộ Tài chính về việc\nban hành Danh mục hàng hóa xuất khẩu,\nnhập khẩu Việt Nam;\n"
            "Cục\nHải quan thông báo kết quả xác định\ntrước mã số như sau:\n\n"
            "Thông báo này có hiệu lực từ ngày ký.\n")
    assert extract(text).metadata.title == "Về kết quả xác định trước mã số"  # in sentence case (title_case)


def test_a_title_in_capitals_wrapped_before_thuc_hien_goes_on():
    """33/2025/NQ-HĐND: the fourth line of the trích yếu opens with "THỰC HIỆN", as a preamble's basis would."""
    text = ("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HUẾ\n-------\n\n" + _MOTTO + "Số:\n33/2025/NQ-HĐND\n\n"
            "Thành phố Huế,\nngày 18 tháng 11 năm 2025\n\nNGHỊ QUYẾT\n\n"
            "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH KÈM THEO NGHỊ QUYẾT\n"
            "SỐ 09/2022/NQ-HĐND NGÀY 14 THÁNG 7 NĂM 2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH THỪA\n"
            "THIÊN HUẾ QUY ĐỊNH NGUYÊN TẮC, TIÊU CHÍ, ĐỊNH MỨC PHÂN BỔ VỐN NGÂN SÁCH NHÀ NƯỚC\n"
            "THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG GIAI ĐOẠN 2021 -\n"
            "2025 TRÊN ĐỊA BÀN TỈNH THỪA THIÊN HUẾ (NAY LÀ THÀNH PHỐ HUẾ)\n\n"
            "Căn cứ Luật Tổ chức chính\nquyền địa phương số 72/2025/QH15;\n\n"
            "Điều 1. Nghị quyết này có hiệu lực từ ngày 28 tháng 11 năm 2025.\n")
    title = extract(text).metadata.title  # in sentence case (vanban.extract.title_case)
    assert title.startswith("Sửa đổi, bổ sung một số điều của quy định kèm theo Nghị quyết số 09/2022/NQ-HĐND")
    assert title.endswith("trên địa bàn tỉnh Thừa Thiên Huế (nay là thành phố Huế)")


def test_nhu_dieu_3_in_noi_nhan_points_back_and_is_no_recipient():
    """211/2025/QĐ-UBND: "- Như Điều 3;" heads the Nơi nhận, like "Như trên"."""
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\n-------\n\n" + _MOTTO + "Số: 211/2025/QĐ-UBND\n\n"
            "Hải Phòng, ngày\n18 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n\nBAN HÀNH QUY CHẾ QUẢN LÝ CƠ SỞ DỮ LIỆU CÔNG CHỨNG\n\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế.\n\n"
            "Điều 3. Chánh Văn phòng Ủy\nban nhân dân thành phố, Thủ trưởng các sở, ban, ngành thành phố chịu trách "
            "nhiệm thi hành\nQuyết định này./.\n\n"
            "Nơi nhận:\n- Như Điều 3;\n- VP Chính phủ, Bộ Tư pháp;\n- TAND TP, VKSND TP; THA TP;\n- Lưu: VT, NC, N.T.Dung.\n\n"
            "TM. ỦY BAN NHÂN\nDÂN\nCHỦ TỊCH\nPhan Văn Nam\n")
    assert list(extract(text).metadata.recipients) == [
        "VP Chính phủ, Bộ Tư pháp", "TAND TP, VKSND TP", "THA TP", "Lưu: VT, NC, N.T.Dung"]


def _quy_che(article: str) -> str:
    """78/2025/QĐ-UBND of Bắc Ninh, cut: the decision, its signature, then the Quy chế it issues."""
    return ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n--------\n\n" + _MOTTO + "Số: 78/2025/QĐ-UBND\n\n"
            "Bắc Ninh, ngày 21 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n\nBAN HÀNH QUY CHẾ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH KIẾN NGHỊ\n"
            "TRÊN ỨNG DỤNG PHẢN ÁNH, KIẾN NGHỊ TỈNH BẮC NINH\n\n"
            "Điều 1. Ban\nhành kèm theo Quyết định này Quy chế tiếp nhận, xử lý phản ánh kiến nghị trên ứng\n"
            "dụng Phản ánh kiến nghị tỉnh Bắc Ninh.\n\n"
            "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, KGVX.\n\nTM. ỦY BAN\nNHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nPhan Văn Nam\n\n"
            "QUY CHẾ\n\nTIẾP NHẬN, XỬ LÝ PHẢN ÁNH KIẾN NGHỊ TRÊN ỨNG DỤNG\nPHẢN ÁNH KIẾN NGHỊ TỈNH BẮC NINH\n\n"
            "Chương\nII\n\nNHỮNG QUY ĐỊNH\nCỤ THỂ\n\n" + article)


def test_an_office_with_plus_sub_items_a_group_of_coded_members_and_copy_counts():
    """78/2025/QĐ-UBND: "- VP UBND tỉnh:" / "+ LĐVP, KGVX;" / "+ TTTT: 01 bản giấy, 01 bản điện tử (đăng Công báo);"
    — the office takes its first sub-item (as "VPUB: + CVP, các PCVP" of tune/1627-QD-UBND), the copy count is
    dropped; 33/2025/NQ-HĐND: "- Các Bộ: TC; NN&MT;" is one entry, its ";" between the ministries' codes kept."""
    text = _quy_che("").replace(
        "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, KGVX.",
        "Nơi nhận:\n- Như Điều 3;\n- Các Bộ: TC; NN&MT;\n- VP ĐĐBQH và HĐND tỉnh; các Ban của HĐND tỉnh;\n"
        "- VP UBND tỉnh:\n+ LĐVP, KGVX;\n+ TTTT: 01 bản giấy, 01 bản điện tử (đăng Công báo);\n- Lưu: VT, KGVX.")
    assert list(extract(text).metadata.recipients) == [
        "Các Bộ: TC; NN&MT", "VP ĐĐBQH và HĐND tỉnh", "các Ban của HĐND tỉnh", "VP UBND tỉnh: LĐVP, KGVX", "TTTT",
        "Lưu: VT, KGVX"]


# --- targets -----------------------------------------------------------------------------------------

def test_a_processing_time_counted_from_receipt_is_a_time_limit():
    """78/2025/QĐ-UBND (Bắc Ninh), Quy chế Điều 7: "là 07 ngày kể từ ngày tiếp nhận" — at most 07 ngày
    ("phản ánh kiến nghị" before it is a citizen's report, not a request)."""
    text = _quy_che("Điều 7.\nThời gian xử lý và trả lời phản ánh kiến nghị\n\nThời gian xử lý và trả lời\n"
                    "phản ánh kiến nghị là 07 ngày kể từ ngày tiếp nhận trên Ứng dụng, đồng thời, ưu\n"
                    "tiên xử lý trước với các phản ánh kiến nghị khẩn cấp trên Ứng dụng.\n")
    got = [(t.min, t.max, t.unit) for t in extract(text).targets]
    assert got == [(None, 7.0, "ngày")]


def test_a_plans_span_is_no_time_limit():
    """The limit needs its "kể từ …": a span of work stated with "thời gian thực hiện là" is not one."""
    text = _quy_che("Điều 7. Thời gian thực hiện\n\nThời gian thực hiện là 12 tháng, Sở Tài chính chủ trì triển khai.\n")
    assert [t for t in extract(text).targets if t.unit == "tháng" and t.max == 12.0 and t.min is None] == []


def test_a_rate_per_session_is_no_bound_on_the_next_cell():
    """82/2025/NQ-HĐND's spending table: "100.000 đồng/người /buổi" ⏎ "80.000 đồng/người/ buổi" — "buổi" folds like
    "dưới" (below) under OCR's b/d confusion, but after "/" it is the rate's unit, no bound on the next figure;
    "tối đa 1.000.000 đồng/người /văn bản" in the same table is one; a row naming a team's head is no task."""
    text = ("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n-------\n\n" + _MOTTO + "Số: 82/2025/NQ-HĐND\n\n"
            "Hà Nội, ngày 27\ntháng 11 năm 2025\n\nNGHỊ QUYẾT\nVỀ\nVIỆC QUY ĐỊNH NỘI DUNG CHI, MỨC CHI PHỤC VỤ BẦU CỬ\n\n"
            "Điều 3. Nội dung và mức chi\nNội dung chi, mức chi phục vụ bầu cử (Chi tiết tại Phụ lục kèm theo).\n\n"
            "Nơi nhận:\n- Chính phủ;\n- Lưu: VT.\n\nCHỦ TỊCH\nĐinh Thị Quế\n\n"
            "PHỤ LỤC\nNỘI DUNG CHI, MỨC CHI, THỜI GIAN HỖ TRỢ KINH PHÍ PHỤC VỤ BẦU CỬ\n\n"
            "STT\n\nNội dung\n\nMức chi\n\nGhi chú\n\nCấp Thành phố\n\nCấp xã\n\n"
            "1.1\n\nChi bồi dưỡng Đại biểu\ndự hội nghị: Hội nghị triển khai công tác bầu cử\n\n"
            "100.000 đồng/người /buổi\n\n80.000 đồng/người/ buổi\n\n\n\n"
            "Chi tham gia ý kiến\nbằng văn bản đối với báo cáo tổng hợp kết quả kiểm tra, giám sát\n\n"
            "300.000 đồng/người /lần; tối đa 1.000.000 đồng/người /văn\nbản\n\n"
            "4.1\n\nTrưởng đoàn kiểm tra,\ngiám sát\n\n300.000 đồng/người /buổi\n\n240.000 đồng/người/ buổi\n")
    ex = extract(text)
    got = [(t.min, t.max) for t in ex.targets]
    assert (None, 80000.0) not in got
    assert (None, 1000000.0) in got
    # "Trưởng đoàn kiểm tra, giám sát" names the head of an inspection team (a row of the table), no task
    assert [o.who for o in ex.obligations] == []


def test_a_customs_classification_notice_has_no_targets():
    """39693/TB-CHQ: the spec table of the goods ("Trọng lượng/lá | 1.8-2.0 gram") describes a product."""
    text = ("BỘ TÀI CHÍNH\nCỤC HẢI QUAN\n-------\n\n" + _MOTTO + "Số: 39693/TB-CHQ\n\nHà Nội, ngày\n"
            "02 tháng 12 năm 2025\n\nTHÔNG BÁO\nVỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ\nCỤC TRƯỞNG CỤC\nHẢI QUAN\n"
            "Căn\ncứ Luật Hải quan ngày 23/6/2014;\n\nCục\nHải quan thông báo kết quả xác định\ntrước mã số như sau:\n\n"
            "Thông số kỹ thuật:\n\nHạng mục\n\nThông số\n\nKích thước thẻ trò chơi\n\n63mm x 88mm\n\n"
            "Trọng lượng/lá\n\n1.8-2.0 gram\n\nĐộ dày\n\n~0.3mm\n\nĐịnh lượng giấy\n\n300-330gsm\n\n"
            "Thông báo này có hiệu lực từ ngày ký.\n")
    assert extract(text).targets == ()


# --- obligations -------------------------------------------------------------------------------------

def _whos(text: str) -> list[str]:
    return [o.who for o in extract(text).obligations]


def test_a_request_after_a_fronted_topic_names_the_provincial_tax_office():
    """5348/CT-CS: "Về việc …, đề nghị Thuế tỉnh Quảng Trị trao đổi với …" — the tax office as named since
    2025 is the body, and "trao đổi" ends its name."""
    text = ("Kính gửi: Thuế tỉnh Quảng Trị.\n\nVề việc góp vốn điều lệ của Công ty đã được góp đủ\n"
            "hay chưa, đề nghị Thuế tỉnh Quảng Trị trao đổi với cơ quan Nhà nước có thẩm quyền\n"
            "trên địa bàn để xác định chi phí mà Công ty mẹ chi hộ cho Công ty con có phải\n"
            "là việc góp vốn điều lệ hay không.\n")
    obs = extract(text).obligations
    assert [o.who for o in obs] == ["Thuế tỉnh Quảng Trị"]
    assert obs[0].what.startswith("trao đổi với cơ quan Nhà nước")


def test_advice_to_a_firm_to_apply_a_list_of_provisions_is_no_obligation():
    """39992/CHQ-GSQL: "Đề nghị Công ty căn cứ quy định tại Điều 61, Điều 63 Luật Hải quan …; Điều 83 Nghị
    định …; … để thực hiện. Trường hợp vướng mắc, đề nghị liên hệ … để được hướng dẫn." is advice."""
    text = _cong_van("39992/CHQ-GSQL", "hàng hóa gửi\nkho ngoại quan", (
        "Kính gửi: Công ty TNHH Wilmar Marketing CLV.\n\nTrả lời công văn số\n128.2025/OL.WMCLV ngày 24/11/2025 "
        "của Công ty TNHH Wilmar Marketing CLV về việc\nhàng hóa gửi kho ngoại quan, Cục Hải quan có ý kiến như sau:\n"
        "Đề nghị Công ty căn cứ\nquy định tại Điều 61, Điều 63 Luật Hải quan số 54/2014/QH13 ngày 23/6/2014; Điều\n"
        "83 Nghị định 08/2015/NĐ-CP ngày 21/1/2015 của Chính phủ; Mục 2 Chương II, Điều\n"
        "91 Thông tư số 38/2015/TT- BTC ngày 25/3/2015 được sửa đổi, bổ sung tại Thông\n"
        "tư số 39/2018/TT-BTC ngày 20/4/2018 của Bộ trưởng Bộ Tài chính và thực tế hoạt\n"
        "động thương mại của Công ty để thực hiện. Trường hợp vướng mắc, đề nghị liên hệ\n"
        "với Hải quan nơi dự kiến làm thủ tục để được hướng dẫn.\n"
        "Cục Hải quan trả lời để\nCông ty TNHH Wilmar Marketing CLV biết, thực hiện./."), _TL_SPLIT_TAIL)
    assert _whos(text) == []


def test_rights_inabilities_reports_and_answering_for_data_are_no_duties():
    """82/2025/QĐ-UBND and 78/2025/QĐ-UBND (Quy chế), in their order: "Thủ trưởng … chịu trách nhiệm toàn diện
    về tính chính xác …" (accountability), "… các cơ quan, tổ chức, đơn vị không thể thực hiện thao tác …" (an
    inability), "Sở Tài chính được quyền khai thác …" (a right), "Các phản ánh được thống kê … được công khai …"
    (citizens' reports)."""
    text = _quy_che(
        "Điều 4. Nhập dữ liệu, kiểm tra và đối chiếu thông tin tài sản trong Phần mềm\n\n"
        "a) Cơ quan, tổ chức, đơn vị\ntrực tiếp quản lý, sử dụng tài sản công có trách nhiệm cập nhật đầy đủ, chính\n"
        "xác, kịp thời các thông tin tài sản (bao gồm phát sinh, tăng, giảm) vào Phần mềm;\n"
        "bảo đảm tính thống nhất và bảo mật dữ liệu.\n\n"
        "Thủ trưởng cơ quan, tổ chức,\nđơn vị chịu trách nhiệm toàn diện về tính chính xác, đầy đủ, kịp thời của dữ\n"
        "liệu tài sản được giao quản lý, sử dụng.\n\n"
        "Điều 6. Khóa sổ tài sản trong phần mềm\n\n"
        "Sau khi khóa sổ, các cơ\nquan, tổ chức, đơn vị không thể thực hiện thao tác thêm mới, sửa, xóa hoặc\n"
        "điều chỉnh dữ liệu của các năm trước.\n\n"
        "Điều 7. Khai thác, sử dụng thông tin tài sản trong Phần mềm\n\n"
        "1. Sở Tài chính được quyền\nkhai thác, sử dụng thông tin về tài sản công của tất cả các cơ quan, tổ chức,\n"
        "đơn vị thuộc phạm vi quản lý của tỉnh.\n\n"
        "Điều 11. Chế độ thông tin, lưu trữ\n\n"
        "Các phản ánh được thống kê\ntheo lĩnh vực, tình trạng giải quyết, đơn vị hành chính và kết quả tiếp nhận, xử\n"
        "lý trên Ứng dụng được công khai để cá nhân, tổ chức có thể theo dõi, giám sát.\n")
    # a singular generic body before "có trách nhiệm" is one ("Cơ quan, tổ chức, đơn vị … có trách nhiệm cập nhật")
    assert _whos(text) == ["Cơ quan, tổ chức, đơn vị trực tiếp quản lý, sử dụng tài sản công"]


def test_a_role_defined_by_an_event_is_no_generic_body():
    """26-2025-QD-UBND (review-oblig4): "Cơ quan phát hiện vấn đề phát sinh có trách nhiệm …" names whoever
    finds the problem, not a body; "Cơ quan quản lý cấp trên" would be one."""
    text = ("1. Tổ chức các cuộc họp; trao đổi\nthông tin, tài liệu bằng văn bản. Cơ quan\n"
            "phát hiện vấn đề phát sinh có trách nhiệm kịp thời báo cáo, thông tin, trao đổi\n"
            "với các cơ quan liên quan để thống nhất biện pháp xử lý cho phù hợp.\n")
    assert _whos(text) == []


def test_bodies_closed_by_a_colon_before_their_task():
    """86-2025-QD-UBND (review-facts), Quy định: "d) Thuế tỉnh, Bảo hiểm xã hội tỉnh: Xác nhận việc thực hiện nghĩa
    vụ …" — the tax office as named since 2025 is a body, and the colon ends the bodies ("Xác nhận" opens the task)."""
    text = _quy_che("Điều 15. Trách nhiệm cung cấp thông tin\n\n"
                    "a) Công an tỉnh: Tổng hợp\ndanh sách các cơ quan, đơn vị, địa phương có người mắc các tệ nạn xã hội;\n\n"
                    "d) Thuế tỉnh, Bảo hiểm xã hội\ntỉnh: Xác nhận việc thực hiện nghĩa vụ nộp ngân sách nhà nước; chính sách bảo\n"
                    "hiểm xã hội cho công nhân, người lao động đối với các trường hợp đề nghị khen\nthưởng;\n\n"
                    # 2581-QD-TTg (review-oblig4): a colon that opens a list of provinces closes no body, and the
                    # sentence is accountability, no task
                    "Điều 16. Bộ Nông nghiệp và Môi trường, Bộ Công Thương và Ủy\nban nhân dân các tỉnh: Lào Cai, Đồng Nai "
                    "và Thái Nguyên chịu trách nhiệm\ntoàn diện trước Thủ tướng Chính phủ về tính chính xác của thông tin, số "
                    "liệu báo\ncáo.\n")
    obs = extract(text).obligations
    assert [o.who for o in obs] == ["Công an tỉnh", "Thuế tỉnh, Bảo hiểm xã hội tỉnh"]
    assert obs[1].what.startswith("Xác nhận việc thực hiện nghĩa vụ")


def test_a_goods_notice_charges_no_body_and_a_powers_intro_is_no_task():
    """37689/TB-CHQ (review-targets): in a notice of advance classification "Dây hàn: 97,8%" is a part of the
    goods, not a body; 5662/CT-CS quotes a law: "Người ra quyết định thanh tra thuế có các nhiệm vụ, quyền hạn sau
    đây:" lists powers (a statement of competence), no assignment."""
    notice = ("BỘ TÀI CHÍNH\nCỤC HẢI QUAN\n-------\n\n" + _MOTTO + "Số: 37689/TB-CHQ\n\nHà Nội, ngày\n"
              "02 tháng 12 năm 2025\n\nTHÔNG BÁO\nVỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ\nCỤC TRƯỞNG CỤC\nHẢI QUAN\n"
              "Căn\ncứ Luật Hải quan ngày 23/6/2014;\n\nCục\nHải quan thông báo kết quả xác định\ntrước mã số như sau:\n\n"
              "- Thành phần, cấu tạo, công thức hóa học:\nChất trợ dung: 2,2%.\n\n"
              "Dây hàn: 97,8%. Trong đó thành phần của dây gồm: Thiếc: 96.5%; Bạc: 3.0%, Đồng: 0.5%\n\n"
              "Thông báo này có hiệu lực từ ngày ký.\n")
    assert _whos(notice) == []
    quoted = _cong_van("5662/CT-CS", "chính sách thuế", (
        "Kính gửi: Thuế thành phố Hải Phòng.\n"
        "- Tại điểm đ khoản 1 Điều\n116 Luật Quản lý thuế số 38/2019/QH14 ngày 13/6/2019 quy định:\n"
        "Điều 116. Nhiệm vụ, quyền\nhạn của người ra quyết định thanh tra thuế\n"
        "1. Người ra quyết định thanh tra thuế có\ncác nhiệm vụ, quyền hạn sau đây:\n…\n"
        "đ) Quyết định xử lý theo thẩm quyền\nhoặc kiến nghị người có thẩm quyền xử lý kết quả thanh tra, đôn đốc\n"
        "việc thực hiện quyết định xử lý về thanh tra thuế;\n"
        "Cục Thuế trả lời để Thuế thành phố Hải\nPhòng được biết./."),
        _TL_SPLIT_TAIL)
    assert "Người ra quyết định thanh tra thuế" not in _whos(quoted)

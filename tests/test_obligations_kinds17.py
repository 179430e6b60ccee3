"""Obligations: where a body's name ends and its task begins, and what is no task (session 17, kinds a newcomer found
in commune and ward plans, and authored16's misses).

The sentences are written for these tests in the style of 2026 plans of a Đảng ủy xã and an UBND xã; the expected
bodies, tasks and dates are those a careful reader lists under ``realdocs/labeled/README.md``'s conventions (the body
that acts is the one charged, "giúp X" belongs to its task; closing formulas are no tasks), not vanban's output.
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

_DU = ("ĐẢNG BỘ HUYỆN THANH SƠN\nĐẢNG ỦY XÃ HƯƠNG CẦN\n*\nSố 45-KH/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
       "Hương Cần, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\nthực hiện chuyển đổi số trong các chi bộ năm 2026\n\n"
       "Thực hiện Kế hoạch số 12-KH/HU ngày 05/01/2026 của Ban Thường vụ Huyện ủy, Ban Thường vụ Đảng ủy xã xây dựng "
       "kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Nâng cao nhận thức của cán bộ, đảng viên về chuyển đổi số.\n\n"
       "II. NHIỆM VỤ, GIẢI PHÁP\n\n1. Tăng cường tuyên truyền về chuyển đổi số trên các phương tiện thông tin.\n\n")
_DU_TAIL = ("\nNơi nhận:\n- Ban Thường vụ Huyện ủy (b/c),\n- Các chi bộ trực thuộc,\n- Lưu Văn phòng Đảng ủy.\n\n"
            "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn An\n")


def _obs(text: str) -> list[tuple[str, str, str | None]]:
    out = []
    for o in extract(text).obligations:
        d = o.deadline
        out.append((o.who, o.what, (d.date or d.latest) if d else None))
    return out


def _by_who(text: str) -> dict[str, tuple[str, str | None]]:
    """who → (what, deadline) of each obligation."""
    return {w: (t, d) for w, t, d in _obs(text)}


def test_body_ends_before_its_verb():
    """"Các chi bộ xây dựng chương trình …" (the ministry is "Bộ Xây dựng", a chi bộ builds), "Phòng Tài chính - Kế
    hoạch cân đối nguồn kinh phí …" (the " - " inside the name kept), "Các chi bộ, đảng bộ cơ sở hoàn thành …" (a16-06:
    "cơ sở" is no Sở), "Thường trực Hội đồng nhân dân, các Ban …, các Tổ đại biểu và đại biểu Hội đồng nhân dân xã giám
    sát …" (a16-09: 25 words, one list the council charges): the body ends before the verb."""
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Các chi bộ xây dựng chương trình hành động cụ thể, hoàn thành trước ngày 30/4/2026.\n\n"
            "2. Phòng Tài chính - Kế hoạch cân đối nguồn kinh phí thực hiện kế hoạch, báo cáo UBND xã trước ngày "
            "15/5/2026.\n\n"
            "3. Đảng bộ Quân sự xã xây dựng kế hoạch bảo vệ an ninh mạng.\n\n"
            "4. Các chi bộ, đảng bộ cơ sở hoàn thành việc kiểm điểm tập thể, cá nhân trước ngày 31/12/2026.\n\n"
            "5. Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và đại biểu Hội đồng nhân "
            "dân xã giám sát việc thực hiện Kế hoạch.\n")
    obs = _by_who(_DU + body + _DU_TAIL)
    assert obs["Các chi bộ"][1] == "2026-04-30" and obs["Các chi bộ"][0].startswith("xây dựng chương trình")
    assert obs["Phòng Tài chính - Kế hoạch"][1] == "2026-05-15"
    assert obs["Phòng Tài chính - Kế hoạch"][0].startswith("cân đối nguồn kinh phí")
    assert "Đảng bộ Quân sự xã" in obs
    assert obs["Các chi bộ, đảng bộ cơ sở"][1] == "2026-12-31"
    assert obs["Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và đại biểu Hội đồng "
               "nhân dân xã"][0].startswith("giám sát")


def test_ministry_of_construction_stays_whole():
    """"Bộ Xây dựng chủ trì …" and "Đảng bộ Bộ Xây dựng …": the ministry's name is no verb."""
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n1. Bộ Xây dựng chủ trì hướng dẫn các địa phương rà soát quy hoạch.\n\n"
            "2. Đảng bộ Bộ Xây dựng lãnh đạo triển khai Kế hoạch trong ngành.\n")
    assert set(_by_who(_DU + body + _DU_TAIL)) == {"Bộ Xây dựng", "Đảng bộ Bộ Xây dựng"}


def test_unit_that_helps_is_charged():
    """"Văn phòng Đảng ủy giúp Ban Thường vụ theo dõi, đôn đốc …": the Văn phòng is charged, helping the Ban Thường
    vụ is its task (review-oblig10's "Sở … | chủ trì tham mưu, giúp Ủy ban nhân dân tỉnh …"); a "Tổ giúp việc" keeps
    its name."""
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Văn phòng Đảng ủy giúp Ban Thường vụ theo dõi, đôn đốc việc thực hiện kế hoạch, báo cáo trước ngày "
            "15/12/2026.\n\n"
            "2. Tổ giúp việc Ban Chỉ đạo chuyển đổi số xã tổng hợp kết quả hằng quý.\n")
    obs = _by_who(_DU + body + _DU_TAIL)
    assert obs["Văn phòng Đảng ủy"][1] == "2026-12-15"
    assert obs["Văn phòng Đảng ủy"][0].startswith("giúp Ban Thường vụ theo dõi")
    assert not any(w.startswith("Ban Thường vụ") for w in obs)
    assert any(w.startswith("Tổ giúp việc Ban Chỉ đạo") for w in obs)


def test_closing_formulas_on_the_last_tasks_line_are_no_task():
    """The plan's closing words printed under the last body's last point ("Trong quá trình thực hiện, nếu có khó
    khăn, vướng mắc, báo cáo về … để xem xét, giải quyết. Yêu cầu các đơn vị nghiêm túc thực hiện.") do not lengthen
    its task, and charge nobody."""
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n1. Văn phòng Đảng ủy\n"
            "a) Tham mưu Ban Thường vụ tổ chức hội nghị quán triệt kế hoạch.\n"
            "b) Theo dõi, đôn đốc các chi bộ thực hiện, báo cáo trước ngày 15/12/2026.\n"
            "2. Các chi bộ trực thuộc\n"
            "a) Xây dựng chương trình hành động cụ thể.\n"
            "b) Báo cáo kết quả thực hiện về Đảng ủy trước ngày 10/12/2026.\n"
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo về Ban Thường vụ Đảng ủy (qua Văn phòng "
            "Đảng ủy) để xem xét, giải quyết.\nYêu cầu các đơn vị nghiêm túc thực hiện.\n")
    obs = _obs(_DU + body + _DU_TAIL)
    assert [w for w, _, _ in obs] == ["Văn phòng Đảng ủy", "Các chi bộ trực thuộc"]
    what = obs[1][1]
    assert "Báo cáo kết quả thực hiện" in what
    assert "khó khăn" not in what and "nghiêm túc" not in what


def test_appendix_title_in_capitals_names_no_body():
    """"PHÂN CÔNG NHIỆM VỤ THỰC HIỆN CHỈ THỊ SỐ 09-CT/TU" over an appendix's task table (a16-01): its cue word opens a
    title, not an assignment of "NHIỆM VỤ"."""
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n1. Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Kế hoạch.\n\n"
            "Các nhiệm vụ cụ thể được phân công tại Phụ lục kèm theo Kế hoạch này.\n")
    appendix = ("\nPHỤ LỤC\n\nPHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH SỐ 45-KH/ĐU\n\n"
                "(Kèm theo Kế hoạch số 45-KH/ĐU ngày 10/3/2026 của Ban Thường vụ Đảng ủy xã)\n\n"
                "| TT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
                "| 1 | Tổ chức hội nghị quán triệt Kế hoạch | Ban Xây dựng Đảng Đảng ủy xã | Tháng 4/2026 |\n"
                "| 2 | Số hóa hồ sơ đảng viên | Văn phòng Đảng ủy | Quý III/2026 |\n")
    obs = _by_who(_DU + body + _DU_TAIL + appendix)
    assert not any("nhiệm vụ" in w.lower() for w in obs)
    assert obs["Ban Xây dựng Đảng Đảng ủy xã"][1] == "2026-04-30"


_BC = ("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
       "Số: 215/BC-UBND\n\nTân Lập, ngày 20 tháng 11 năm 2026\n\nBÁO CÁO\n"
       "Kết quả thực hiện công tác phòng, chống thiên tai năm 2026 và phương hướng nhiệm vụ năm 2027\n\n"
       "Thực hiện Công văn số 1520/SNNMT-TL ngày 05/11/2026 của Sở Nông nghiệp và Môi trường, UBND xã Tân Lập báo cáo "
       "kết quả như sau:\n\nI. KẾT QUẢ THỰC HIỆN\n\nBan Chỉ huy phòng, chống thiên tai xã đã kiện toàn lực lượng xung "
       "kích tại 12 thôn.\n\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027\n\n"
       "1. Tiếp tục kiện toàn Ban Chỉ huy phòng, chống thiên tai xã.\n\n"
       "2. Công an xã phối hợp với các thôn tổ chức diễn tập phương án sơ tán dân trước ngày 30/6/2027.\n\n")
_BC_TAIL = ("\nTrên đây là báo cáo kết quả công tác phòng, chống thiên tai năm 2026 của UBND xã Tân Lập./.\n\n"
            "Nơi nhận:\n- Sở Nông nghiệp và Môi trường;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Bình\n")
_REQUESTS = ("1. Đề nghị UBND tỉnh hỗ trợ kinh phí nạo vét kênh mương nội đồng trước mùa mưa bão năm 2027.\n"
             "2. Đề nghị Sở Nông nghiệp và Môi trường hướng dẫn xã xây dựng phương án ứng phó với lũ quét, sạt lở đất.\n"
             "3. Kiến nghị Công ty Điện lực tỉnh kiểm tra, gia cố hệ thống lưới điện tại các thôn vùng trũng.\n")


@pytest.mark.parametrize("lead", ["III. ĐỀ XUẤT, KIẾN NGHỊ\n", "IV. KIẾN NGHỊ, ĐỀ XUẤT VỚI CẤP TRÊN\n",
                                  "3. Đề xuất, kiến nghị\n", "Đề xuất, kiến nghị:\n"])
def test_a_reports_requests_upward_are_obligations_of_the_bodies_asked(lead):
    """A Báo cáo's "Đề nghị UBND tỉnh hỗ trợ …", "Kiến nghị Công ty Điện lực tỉnh …" are listed as the bodies' obligations
    ("(kiến nghị)", "(đề nghị)" entries), however the part is headed: the convention of every tuning label of a Báo cáo
    with such a part (t18-10: Ban Tổ chức Tỉnh ủy, Trường Chính trị tỉnh, Ủy ban nhân dân tỉnh; a18-10: UBND tỉnh, Sở
    Tài chính, Sở Xây dựng — session 19 counted 2 documents, 6 entries, none left out; session 17's "no obligation" read
    review-oblig5's 2813-QD-UBND, a Quyết định's phương án, no Báo cáo). Its own tasks for next year stay; the figures
    it asks for are no targets (the labels list none)."""
    obs = _by_who(_BC + lead + _REQUESTS + _BC_TAIL)
    assert set(obs) == {"Công an xã", "UBND tỉnh", "Sở Nông nghiệp và Môi trường", "Công ty Điện lực tỉnh"}
    assert obs["Công an xã"] == ("phối hợp với các thôn tổ chức diễn tập phương án sơ tán dân", "2027-06-30")
    assert obs["Công ty Điện lực tỉnh"][0].startswith("kiểm tra, gia cố hệ thống lưới điện")


def test_a_plans_request_to_a_body_beside_it_stays():
    """In a plan (not a report) "Đề nghị Ủy ban Mặt trận Tổ quốc xã …" asks a body outside the issuer's line: an
    obligation, as the labels' "(đề nghị)" entries are."""
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã vận động Nhân dân tham gia "
            "chuyển đổi số.\n")
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam xã" in _by_who(_DU + body + _DU_TAIL)


_CT = ("TỈNH ỦY QUẢNG BÌNH\n*\nSố 21-CT/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nĐồng Hới, ngày 20 tháng 12 năm 2026\n\n"
       "CHỈ THỊ\nCủa Ban Thường vụ Tỉnh ủy về tổ chức Tết Đinh Mùi năm 2027\n\n"
       "Để Nhân dân trong tỉnh đón Tết vui tươi, an toàn, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, "
       "chính quyền và các đoàn thể các cấp thực hiện tốt các nội dung sau:\n\n"
       "1. Đẩy mạnh tuyên truyền, tổ chức các hoạt động mừng Đảng, mừng Xuân.\n\n"
       "2. Tổ chức thăm hỏi, tặng quà gia đình chính sách. Các cơ quan, đơn vị, doanh nghiệp thanh toán đầy đủ tiền "
       "lương, tiền thưởng cho người lao động trước ngày 25/01/2027.\n\n"
       "3. Giữ vững an ninh chính trị, trật tự an toàn xã hội.\n\n"
       "4. Sau Tết, các cơ quan, đơn vị khẩn trương ổn định tổ chức, bắt tay ngay vào công việc.\n\n"
       "5. Tổ chức thực hiện\n\n"
       "- Ban Tuyên giáo và Dân vận Tỉnh ủy định hướng các cơ quan báo chí tuyên truyền về Chỉ thị này.\n\n"
       "- Văn phòng Tỉnh ủy theo dõi, đôn đốc, tổng hợp kết quả thực hiện Chỉ thị.\n\n")
_CT_TAIL = "Nơi nhận:\n- Ban Bí thư (để b/c),\n- Lưu Văn phòng Tỉnh ủy.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nTrần Văn Hải\n"


def test_intro_items_around_another_bodys_sentence_stay_one_assignment():
    """"… yêu cầu các cấp ủy, … thực hiện tốt các nội dung sau:" over items 1–4, item 2 naming "Các cơ quan, đơn vị,
    doanh nghiệp" (they pay wages by 25/01/2027) and item 4 "Sau Tết, các cơ quan, đơn vị …": the intro's body is one
    entry, undated; the bodies named inside the items get their own; "định hướng" ends the Ban's name."""
    obs = _obs(_CT + _CT_TAIL)
    intro = [(w, d) for w, _, d in obs if w.startswith("các cấp ủy")]
    assert intro == [("các cấp ủy, tổ chức đảng, chính quyền và các đoàn thể các cấp", None)]
    who = {w: d for w, _, d in obs}
    assert who["Các cơ quan, đơn vị, doanh nghiệp"] == "2027-01-25"
    assert "các cơ quan, đơn vị" in who
    assert "Ban Tuyên giáo và Dân vận Tỉnh ủy" in who and "Văn phòng Tỉnh ủy" in who


def test_task_under_a_bodys_heading_opening_with_thu():
    """"3. Văn phòng HĐND và UBND xã" / "" / "Thu, nộp Quỹ đối với cán bộ …" (a16-02), "… / Xúc tiến …" (a16-04): the
    verb opens the task, not the name; the issuer's warning "UBND xã sẽ kiểm điểm trách nhiệm … đối với Trưởng thôn … không hoàn thành" is none."""
    text = ("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 512/UBND-KT\n\nTân Lập, ngày 24 tháng 11 năm 2026\n\nV/v đôn đốc thu, nộp Quỹ phòng, chống thiên "
            "tai năm 2026\n\nKính gửi:\n- Phòng Kinh tế;\n- Văn phòng HĐND và UBND xã.\n\n"
            "Để hoàn thành kế hoạch thu Quỹ phòng, chống thiên tai năm 2026, Chủ tịch UBND xã yêu cầu:\n\n"
            "1. Phòng Kinh tế\n\n"
            "Tổng hợp kết quả thu, báo cáo Chủ tịch UBND xã trước ngày 15/12/2026.\n\n"
            "2. Văn phòng HĐND và UBND xã\n\n"
            "Thu, nộp Quỹ đối với cán bộ, công chức, người lao động làm việc tại cơ quan xã.\n\n"
            "3. Hợp tác xã Nông nghiệp Tân Lập\n\n"
            "Xúc tiến tiêu thụ nông sản, vận động xã viên đóng góp Quỹ.\n\n"
            "UBND xã sẽ kiểm điểm trách nhiệm tại cuộc họp giao ban tháng 12/2026 đối với Trưởng thôn, thủ trưởng đơn "
            "vị không hoàn thành.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn Bình\n")
    obs = _by_who(text)
    assert set(obs) == {"Phòng Kinh tế", "Văn phòng HĐND và UBND xã", "Hợp tác xã Nông nghiệp Tân Lập"}
    assert obs["Văn phòng HĐND và UBND xã"][0].startswith("Thu, nộp Quỹ")
    assert obs["Hợp tác xã Nông nghiệp Tân Lập"][0].startswith("Xúc tiến tiêu thụ")


_SNV = ("UBND TỈNH LÂM ĐỒNG\nSỞ NỘI VỤ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 2290/SNV-CCVC\n\nĐà Lạt, ngày 20 tháng 11 năm 2026\n\nV/v triển khai một số nhiệm vụ về công chức cấp xã\n\n"
        "Kính gửi: Ủy ban nhân dân các xã, phường, đặc khu trên địa bàn tỉnh.\n\n"
        "Sở Nội vụ đề nghị Ủy ban nhân dân các xã, phường, đặc khu (sau đây gọi chung là UBND cấp xã) quan tâm chỉ đạo "
        "thực hiện một số nội dung sau:\n\n"
        "1. Về cập nhật cơ sở dữ liệu\n\n"
        "Chỉ đạo bộ phận tham mưu rà soát, cập nhật thông tin công chức lên Cơ sở dữ liệu quốc gia, hoàn thành trước "
        "ngày 15/12/2026. Bộ phận một cửa cập nhật biến động trong thời hạn 05 ngày làm việc.\n\n"
        "2. Về quản lý hồ sơ công chức\n\n"
        "Tiếp nhận đầy đủ hồ sơ gốc của công chức, số hóa và quản lý hồ sơ điện tử, hoàn thành trước ngày 31/3/2027. "
        "Phòng Công chức, viên chức hướng dẫn nghiệp vụ số hóa hồ sơ.\n\n"
        "3. Về giao ban công tác nội vụ\n\n"
        "Phòng Công chức, viên chức tổ chức giao ban trực tuyến với UBND cấp xã hằng quý. Đề nghị Chủ tịch UBND cấp xã "
        "cử lãnh đạo phụ trách tham dự đầy đủ.\n\n"
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị UBND cấp xã phản ánh về Sở Nội vụ (qua Phòng "
        "Công chức, viên chức) để được hướng dẫn.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, CCVC.\n\nGIÁM ĐỐC\n\nPhạm Văn Lâm\n")


def test_a_letters_topic_items_charge_the_body_its_intro_names_by_its_short_name():
    """"… đề nghị Ủy ban nhân dân các xã, phường, đặc khu (sau đây gọi chung là UBND cấp xã) … thực hiện một số nội
    dung sau:" over "1. Về …", "2. Về …" whose first tasks name no body (a16-10): each topic is an entry of "UBND cấp
    xã" with its own date, even when a later sentence names another body; the Chủ tịch asked to send a leader ("cử")
    is charged; the closing feedback formula is none."""
    obs = _obs(_SNV)
    assert [(w, d) for w, _, d in obs if w == "UBND cấp xã"] == [("UBND cấp xã", "2026-12-15"),
                                                                   ("UBND cấp xã", "2027-03-31")]
    who = [w for w, _, _ in obs]
    assert "Chủ tịch UBND cấp xã" in who and "Phòng Công chức, viên chức" in who
    assert {t for w, t, _ in obs if w == "Chủ tịch UBND cấp xã"} == {"cử lãnh đạo phụ trách tham dự đầy đủ"}
    assert len(who) == 6  # UBND cấp xã ×2, Bộ phận một cửa, Phòng Công chức, viên chức ×2 (guidance, meeting), Chủ tịch


def test_a_span_of_years_under_the_completion_column_is_the_rows_deadline():
    """"2027 - 2028" under "Thời gian hoàn thành" (a16-04): the task is due by the end of 2028; under "Thời gian thực
    hiện" the same span is the period it runs (no date)."""
    table = ("III. TỔ CHỨC THỰC HIỆN\n\nCác nhiệm vụ cụ thể theo bảng sau:\n\n"
             "| TT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
             "| 1 | Xây dựng tuyến du lịch trải nghiệm nông nghiệp | Văn phòng Đảng ủy | 2027 - 2028 |\n"
             "| 2 | Số hóa hồ sơ đảng viên | Ban Xây dựng Đảng | Quý III/2026 |\n")
    obs = _by_who(_DU + table + _DU_TAIL)
    assert obs["Văn phòng Đảng ủy"][1] == "2028-12-31"
    running = _by_who(_DU + table.replace("Thời gian hoàn thành", "Thời gian thực hiện") + _DU_TAIL)
    assert running["Văn phòng Đảng ủy"][1] is None
    # "Thời hạn" says by when as well: the obligations read the due columns as the deadlines do (one rule)
    term = _by_who(_DU + table.replace("Thời gian hoàn thành", "Thời hạn") + _DU_TAIL)
    assert term["Văn phòng Đảng ủy"][1] == "2028-12-31"

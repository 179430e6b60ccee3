"""Citations and deadlines on more kinds of real wording (issue 10, tuning set ``bench/gold/tune``).

Every input is a sentence of a real document (``../shared/realdocs/docs``, named
beside each test; personal names already invented there); the expected values
were read from the text by hand (they agree with the hand-written tuning gold
where it labels the document), never taken from vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract
from vanban.extract.citations import find_citations
from vanban.extract.folded import Folded
from vanban.extract.sections import layout_from
from vanban.structure import structure_of_text

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 12/KH-UBND\nAn Bình, ngày 20 tháng 11 năm 2025\n\n"
         "KẾ HOẠCH\nThực hiện công tác năm 2026\n\n")
_SIGNED = ("\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n\n")


def _cites(text: str):
    f = Folded.of(text)
    return find_citations(f, layout_from(f, structure_of_text(text)), 0, len(text), None)[0]


def _due(body: str):
    return [(d.date, d.earliest, d.latest, d.recurrence) for d in extract(_HEAD + body).deadlines]


# --- deadlines -------------------------------------------------------------------------------


def test_cue_and_date_split_by_a_line_break():
    # 234-CD-TTg (tune gold: 2025-12-01 and 2026-01-31): the cue ends one line, the date opens the next
    body = ("1. Chủ tịch Ủy ban nhân dân các tỉnh:\na) Tổ chức xây dựng kế hoạch\ncụ thể, phát động và triển khai "
            "ngay \"Chiến dịch Quang Trung\" vào\nngày 01/12/2025 để huy động tổng lực, thần tốc xây dựng lại nhà ở.\n"
            "b) Huy động lực lượng hỗ trợ sửa chữa nhà, hoàn thành chậm nhất trước ngày 31/12/2025; xây dựng lại\n"
            "nhà, tái định cư cho tất cả các gia đình có nhà bị đổ, sập, trôi chậm nhất trước\nngày 31/01/2026.\n")
    assert [d[0] for d in _due(body)] == ["2025-12-01", "2025-12-31", "2026-01-31"]


def test_a_line_break_before_a_new_item_still_separates():
    # the break before a list label is no space: "… trong\n2. Năm 2026 …" is no cue for the next item
    body = "1. Các sở thực hiện nhiệm vụ được giao\n- 15/12/2025 là ngày tổng kết của ngành.\n"
    assert _due(body) == []


def test_a_span_of_months_with_its_year():
    # 1627-QD-UBND (tune gold: 2025-11-01..2025-12-31, twice)
    body = ("1.1. Sở Tài chính tham mưu triển khai kế hoạch kiểm kê.\nThời gian hoàn thành: Tháng 11 - 12/2025.\n"
            "1.2. Các cơ quan, đơn vị rà soát tài sản.\nThời gian thực hiện: tháng 11-12 năm 2025.\n")
    assert _due(body) == [(None, "2025-11-01", "2025-12-31", None)] * 2


def test_months_of_a_year_are_no_yearly_schedule_and_a_measured_period_is_no_deadline():
    # 623-TB-VPCP: "10 tháng năm 2025" holds the letters of "hằng năm"; "Quý III đạt 6,26%" is a statistic's period
    body = ("Trong 10 tháng năm 2025, việc thực hiện nhiệm vụ của tỉnh đã đạt được nhiều kết quả\ntích cực. "
            "Theo đó, kinh tế duy trì đà tăng trưởng, tăng trưởng tổng sản phẩm quốc\nnội (GRDP) trên địa bàn tỉnh "
            "Quý III đạt 6,26%, 9 tháng năm 2025 tăng 6,9%.\n")
    assert _due(body) == []
    # the schedule word itself still repeats a deadline (153-KH-UBND, tune gold: yearly 15/12)
    assert _due("Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo kết quả về Công an tỉnh.\n")[0][3] == \
        "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15"


def test_a_date_scoping_what_arose_before_it_is_no_deadline():
    # 110-2025-TT-BTC: a transitional rule, not a due date
    body = ("3. Đối với các hồ sơ đề nghị cấp Giấy phép kinh doanh dịch vụ karaoke phát sinh trước\n"
            "ngày 01/01/2026 thì việc thu, nộp phí thực hiện theo quy định tại Thông tư số 01/2021/TT-BTC.\n"
            "4. Các sở báo cáo kết quả trước ngày 15/12/2025.\n")
    assert [d[0] for d in _due(body)] == ["2025-12-15"]
    assert _due("Hồ sơ được cấp trước ngày 01/7/2026 tiếp tục sử dụng đến hết thời hạn.\n") == []


# --- citations -------------------------------------------------------------------------------


def test_citations_in_a_footnote_after_the_signature():
    # 226-CD-TTg (tune gold: six Công điện with their dates), the footnote printed after the signature
    text = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 226/CĐ-TTg\nHà Nội, ngày 21 tháng 11 năm 2025\n\nCÔNG ĐIỆN\n"
            "Về việc xuất cấp hàng dự trữ quốc gia\n\nThủ tướng Chính phủ đã ban hành nhiều văn bản, công điện[1] "
            "chỉ đạo tập trung ứng phó, khắc phục hậu quả mưa lũ.\n1. Bộ Tài chính chỉ đạo xuất cấp kịp thời.\n"
            + _SIGNED.replace("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "THỦ TƯỚNG") +
            "[1] Các công điện: số 217/CĐ-TTg ngày 16/11/2025; số 218/CĐ-TTg ngày\n16/11/2025; số 219/CĐ-TTg ngày "
            "17/11/2025; số 222/CĐ-TTg ngày 19/11/2025; số\n223/CĐ-TTg ngày 20/11/2025, số 225/CĐ-TTg ngày 20/11/2025.\n")
    got = [(c.number, c.type, c.date) for c in extract(text).citations]
    assert got == [("217/CĐ-TTg", "Công điện", "2025-11-16"), ("218/CĐ-TTg", "Công điện", "2025-11-16"),
                   ("219/CĐ-TTg", "Công điện", "2025-11-17"), ("222/CĐ-TTg", "Công điện", "2025-11-19"),
                   ("223/CĐ-TTg", "Công điện", "2025-11-20"), ("225/CĐ-TTg", "Công điện", "2025-11-20")]


def test_an_appended_plan_cites_laws_and_names_its_host():
    # 1627-QD-UBND (tune gold: Luật Kế toán, Luật Quản lý, sử dụng tài sản công in the appended plan) and
    # 102-2025-QD-UBND: the plan's "kèm theo Quyết định số …" line names its host (here misprinted), no citation
    text = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 102/2025/QĐ-UBND\nAn Bình, ngày 18 tháng 11 năm 2025\n\n"
            "QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch kiểm kê tài sản công\n\nĐiều 1. Ban hành kèm theo Quyết định "
            "này Kế hoạch kiểm kê tài sản công.\nĐiều 2. Quyết định có hiệu lực từ ngày ký." + _SIGNED +
            "KẾ HOẠCH\nKiểm kê tài sản công\n(Ban hành kèm theo Quyết định số 102 /2025 /QĐ-CTUBND)\n\n"
            "1. Lưu trữ hồ sơ theo quy định tại Điều 40 Luật Kế toán năm 2015.\n"
            "2. Tài sản theo quy định tại Luật Quản lý, sử dụng tài sản công: Cơ quan nhà nước, đơn vị sự nghiệp.\n")
    got = [(c.name, c.number, c.type) for c in extract(text).citations]
    assert got == [("Luật Kế toán", None, "Luật"), ("Luật Quản lý, sử dụng tài sản công", None, "Luật")]


def test_an_amending_law_broken_over_a_line():
    # 02200-QD-UBND (an appendix's legal-basis cell)
    text = ("- Luật Giám định tư pháp ngày 20/6/2012; Luật sửa\nđổi, bổ sung một số điều của Luật Giám định tư "
            "pháp ngày 10/6/2020;\n")
    got = [(c.name, c.date) for c in _cites(text)]
    assert got == [("Luật Giám định tư pháp", "2012-06-20"),
                   ("Luật sửa đổi, bổ sung một số điều của Luật Giám định tư pháp", "2020-06-10")]


def test_words_ending_in_luat_that_name_no_law():
    # 27-2025-QD-UBND ("KHEN THƯỞNG, KỶ⏎LUẬT VÀ TỔ CHỨC THỰC HIỆN") and 2629-QD-TTg (a table:
    # "Trình Quốc hội dự⏎thảo Luật | Tháng 12/2025")
    assert _cites("**KHEN THƯỞNG, KỶ\nLUẬT VÀ TỔ CHỨC THỰC HIỆN**\n") == []
    assert _cites("|\nTrình Quốc hội dự\nthảo Luật\n|\nTháng 12/2025\n|\n") == []
    assert _cites("Người được Trường Đại học Luật Hà Nội quyết định cử đi đào tạo.\n") == []  # 23-2025-TT-BTP
    assert [c.name for c in _cites("Thực hiện theo Luật Đất đai.\n")] == ["Luật Đất đai"]


def test_named_plans_are_cited_kinds_of_plans_are_not():
    # 70-2025-NQ-HDND, 653-TB-VPCP, 623-TB-VPCP (tune gold: one unnumbered "Quy hoạch" each), 0134-KH-UBND
    def plans(text):
        return [c.name for c in _cites(text) if c.type == "Quy hoạch"]

    assert plans("các ô đất quy hoạch độc lập nằm phía ngoài đường Vành đai 4 theo Quy hoạch chung Thủ đô đã được "
                 "cấp có thẩm quyền phê duyệt;\n") == ["Quy hoạch chung Thủ đô"]
    assert plans("bảo đảm mục tiêu đã đề ra trong Điều chỉnh Quy hoạch điện VIII, đề nghị:\n") == ["Quy hoạch điện VIII"]
    assert plans("khẩn trương điều chỉnh Quy hoạch mạng lưới đường bộ thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 đã "
                 "được Thủ tướng Chính phủ phê duyệt.\n") == [
        "Quy hoạch mạng lưới đường bộ thời kỳ 2021 - 2030, tầm nhìn đến năm 2050"]
    assert plans("theo Quy hoạch tỉnh Phú Yên và Quy hoạch tỉnh Đắk Lắk đã được phê duyệt.\n") == [
        "Quy hoạch tỉnh Phú Yên", "Quy hoạch tỉnh Đắk Lắk"]
    assert plans("phù hợp Quy hoạch tỉnh Bà Rịa - Vũng Tàu thời kỳ 2021 - 2030 đã được phê duyệt.\n") == [  # 2820-QD-UBND
        "Quy hoạch tỉnh Bà Rịa - Vũng Tàu thời kỳ 2021 - 2030"]
    # kinds of plans, a law, a body, a heading: no cited plan (71-2025-NQ-HDND, 72-2025-QD-UBND_bac-ninh)
    assert plans("5. Quy hoạch phân khu khu vực TOD được lập theo Quy hoạch tỉnh và Luật Quy hoạch đô thị và nông thôn; "
                 "Sở Quy hoạch - Kiến trúc hướng dẫn.\nIII. QUY HOẠCH KHU VỰC TOD ĐỐI VỚI ĐƯỜNG SẮT QUỐC GIA\n") == []


def test_the_constitution_by_its_title_not_the_generic_phrase():
    # 72-2025-NQ-HDND (tune gold: "Hiến pháp", unnumbered), and the generic "Hiến pháp và pháp luật"
    text = ("Căn cứ Nghị quyết số 203/2025/QH15 sửa đổi, bổ sung một số điều của Hiến pháp nước Cộng hòa xã hội\n"
            "chủ nghĩa Việt Nam;\nHoạt động theo Hiến pháp và pháp luật.\n")
    assert [(c.type, c.name) for c in _cites(text) if c.number is None] == [
        ("Hiến pháp", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam")]


def test_a_time_of_day_between_the_cue_and_the_date():
    # a Công điện's report hour ("trước 15 giờ ngày …"); "đến 12 giờ ngày …" dates a report, it is no due date
    assert [d[0] for d in _due("Sở Y tế báo cáo kết quả về UBND tỉnh trước 15 giờ ngày 20/12/2025.\n")] == ["2025-12-20"]
    assert [d[0] for d in _due("Các xã báo cáo trước 15 giờ 30 phút, ngày 20/12/2025.\n")] == ["2025-12-20"]
    assert _due("Tình hình mưa lũ đến 12 giờ ngày 21/11/2025 gây thiệt hại lớn.\n") == []


def test_fractions_scales_and_report_periods_are_no_deadlines():
    # 308-2025-ND-CP ("tỉ lệ 2/3", a map "tỉ lệ 1/2.000") and 84-2025-QD-UBND_bac-ninh (the period a report covers)
    body = ("c) Các phiên họp của Hội đồng chỉ tiến hành khi có ít nhất 2/3 tổng số thành viên dự họp (tỉ lệ 2/3 được "
            "tính bao gồm các thành viên có ý kiến bằng văn bản gửi Hội đồng trước phiên họp).\n"
            "e) Bản đồ tổng thể vị trí các khu vực khảo cổ, tỉ lệ 1/2.000 hoặc 1/5.000.\n"
            "Đối với báo cáo 6 tháng, 9 tháng và cả năm, thực hiện báo cáo tương ứng Quý II và 6 tháng, Quý III và 9 "
            "tháng, Quý IV và cả năm.\n")
    assert _due(body) == []
    # a quarter opening a schedule line is still one
    assert _due("Quý I/2026: Sở Nội vụ tổ chức hội nghị sơ kết.\n") == [(None, "2026-01-01", "2026-03-31", None)]


def test_a_formula_month_and_another_body_adopting_are_no_deadlines():
    # 58-2025-TT-BCT ("trong tháng 12 năm (j-1)") and 5615-CT-CS ("khi Luật … được thông qua vào tháng 12/2025")
    body = ("Chỉ số CPI năm (j-1) do Cơ quan Thống kê quốc gia ban hành trong tháng 12 năm (j-1) nhưng không vượt quá 4%.\n"
            "Cục Thuế hướng dẫn thi hành Luật Quản lý thuế khi Luật Quản lý thuế được thông qua vào tháng 12/2025.\n")
    assert _due(body) == []
    assert _due("Sở Tài chính báo cáo trong tháng 01 năm sau.\n") == [(None, "2026-01-01", "2026-01-31", None)]


def test_a_law_named_first_then_with_its_number_is_one_numbered_citation():
    # 308-2025-ND-CP: the title names the law, the preamble gives its number; 386-NQ-CP: one name, two laws
    text = ("NGHỊ ĐỊNH\nQuy định chi tiết một số điều của Luật Di sản văn hóa\n\nCăn cứ Luật Di sản văn hóa số "
            "45/2024/QH15;\n")
    assert [(c.number, c.type) for c in _cites(text)] == [("45/2024/QH15", "Luật")]
    text = ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 2 năm 2015; Luật Ban hành văn bản quy phạm "
            "pháp luật số 64/2025/QH15 ngày 19 tháng 2 năm 2025;\n")
    assert [(c.number, c.date) for c in _cites(text)] == [(None, "2015-02-19"), ("64/2025/QH15", "2025-02-19")]


def test_short_symbols_after_a_type_and_five_digit_party_numbers():
    # 5721-QD-UBND, 44-2025-QD-TTg, 39712-CHQ-GSQL, 55-2025-NQ-HDND
    text = ("Căn cứ Nghị định số 74/CP ngày 25/10/1993 của Chính phủ; Quyết định số 769/TTg ngày 18 tháng 9 năm 1997; "
            "trả lời công văn số 01/KGL ngày 20/11/2025; Văn bản số 14612-CV/VPTW ngày 29/4/2025; đạt 1/3 số xã.\n")
    assert [(c.number, c.type, c.date) for c in _cites(text)] == [
        ("74/CP", "Nghị định", "1993-10-25"), ("769/TTg", "Quyết định", "1997-09-18"),
        ("01/KGL", "Công văn", "2025-11-20"), ("14612-CV/VPTW", "Công văn", "2025-04-29")]


def test_a_quarter_with_its_year_after_a_hyphen():
    # 617-KH-UBND, a task table's "Thời gian hoàn thành" cell: "Quí IV-2025"
    assert _due("Quí IV-2025: Sở KH&CN triển khai nền tảng đào tạo trực tuyến.\n") == [
        (None, "2025-10-01", "2025-12-31", None)]
    assert _due("Sở Nội vụ hoàn thành trong Quý I - 2027.\n") == [(None, "2027-01-01", "2027-03-31", None)]


def test_completion_in_a_year_and_projects_already_scheduled():
    # 627-TB-VPCP (tune gold: the heading III.1 and "bảo đảm thông xe kỹ thuật năm 2025" are 2025 intervals; the
    # projects "có kế hoạch hoàn thành năm 2025" are described, not given a due date)
    year = (None, "2025-01-01", "2025-12-31", None)
    assert _due("1. Hoàn thành mục tiêu đưa vào\nkhai thác trên 3.000 km đường bộ cao tốc và khoảng trên 1.700km "
                "đường bộ ven biển\ntrong năm 2025\n") == [year]
    assert _due("Bộ Xây dựng chỉ đạo tháo gỡ vướng mắc của dự án Đồng Đăng - Trà Lĩnh, bảo đảm thông xe kỹ thuật năm "
                "2025.\n") == [year]
    assert _due("Bộ Quốc phòng hỗ trợ xe máy, thiết bị nhằm đẩy nhanh tiến độ thi công các dự án cao tốc có kế hoạch "
                "hoàn thành năm 2025.\n") == []


def test_deadline_labels_and_weeks_of_a_month():
    # a call for dossiers' "Hạn cuối …:" label (hour between) and a conference "vào tuần thứ 2 của tháng 12"
    assert [d[0] for d in _due("Hạn cuối nhận hồ sơ: 17 giờ 00, ngày 30/12/2025.\n")] == ["2025-12-30"]
    assert [d[0] for d in _due("Thời hạn gửi báo cáo về Sở Nội vụ: ngày 15/12/2025.\n")] == ["2025-12-15"]
    assert _due("Tổ chức Hội nghị tổng kết vào tuần thứ 2 của tháng 12 năm 2025.\n") == [
        (None, "2025-12-08", "2025-12-14", None)]


def test_an_amending_law_named_by_a_count_of_laws_is_none():
    # 624-TB-VPCP (a task table: laws to be drafted); the laws it lists are named ones
    text = "4. Xây dựng Luật sửa đổi, bổ sung 07 Luật (Luật Đấu thầu; Luật Hải quan).\n"
    assert [c.name for c in _cites(text)] == ["Luật Đấu thầu", "Luật Hải quan"]


def test_month_cells_under_a_due_column_of_a_task_table():
    # 2629-QD-TTg: the task table's "Thời gian thực hiện" column, one cell per line between "|" separators
    body = ("|\n**Nhiệm vụ, giải\npháp**\n|\n**Cơ quan chủ trì**\n|\n**Kết quả**\n|\n**Thời gian thực\nhiện**\n|\n|\n1\n|\n"
            "Xây dựng Luật Chuyển đổi số\n|\nBộ Khoa học và Công\nnghệ\n|\nTrình Quốc hội dự\nthảo Luật\n|\n"
            "Tháng 12/2025\n|\n|\n2\n|\nBan hành hướng dẫn kỹ thuật\n|\nBộ Công an\n|\nHướng dẫn kỹ thuật\n"
            "được ban hành\n|\nTháng 6/2026\n|\n")
    assert _due(body) == [(None, "2025-12-01", "2025-12-31", None), (None, "2026-06-01", "2026-06-30", None)]
    # a month alone on a line with no due column above it is no deadline
    assert _due("Kết quả thu ngân sách\n|\nTháng 10/2025\n|\n1.250 tỷ đồng\n|\n") == []


def test_year_cells_under_a_due_column():
    # 2597-QD-TTg ("Thời gian triển khai" column, cells "2026") and 179-KH-UBND ("2025")
    body = ("|\n**Nhiệm vụ**\n|\n**Cơ quan chủ trì**\n|\n**Thời gian triển\nkhai**\n|\n|\n1\n|\nRà soát toàn diện các "
            "luật, nghị định có liên quan\n|\nBộ Xây dựng\n|\n2026\n|\n")
    assert _due(body) == [(None, "2026-01-01", "2026-12-31", None)]
    assert _due("Dân số trung bình\n|\n2025\n|\n1.250 nghìn người\n|\n") == []  # a statistics table's year


def test_one_resolution_named_by_its_issuer_and_topic():
    # 623-TB-VPCP (tune gold: an unnumbered Nghị quyết of the Bộ Chính trị); 982-KH-UBND's plural is generic
    assert [(c.type, c.name) for c in _cites(
        "Bộ Tài chính hoàn thành sơ kết 03 năm thực hiện Nghị quyết của Bộ Chính trị về các vùng kinh tế - xã hội để "
        "có cơ sở báo cáo.\n")] == [("Nghị quyết", "Nghị quyết của Bộ Chính trị về các vùng kinh tế - xã hội")]
    assert _cites("gắn với thực hiện các Nghị quyết của Trung ương về cải cách hành chính, xây dựng Nhà nước.\n") == []
    assert _cites("đề nghị Bộ Chính trị ban hành Nghị quyết của Bộ Chính trị về phát triển vùng.\n") == []


def test_cyrillic_look_alike_letters_inside_symbols():
    # 1609-QD-TTPVHCC: "NĐ-CР", "TT-BTС", "TT-BKHĐТ" carry Cyrillic Р, С, Т; the gold writes them in Latin
    text = ("- Nghị định số\n23/2024/NĐ-CР ngày 27/02/2024 của Chính phủ; - Thông tư số 105/2025/TT-BTС ngày "
            "31/10/2025; Thông tư số\n02/2024/TT-BKHĐТ ngày 06/3/2024.\n")
    assert [(c.number, c.type) for c in _cites(text)] == [
        ("23/2024/NĐ-CP", "Nghị định"), ("105/2025/TT-BTC", "Thông tư"), ("02/2024/TT-BKHĐT", "Thông tư")]


def test_a_form_attached_to_another_decree_is_cited_in_an_appendix():
    # 2022-QD-UBND's appended procedure: "(theo Mẫu số 01 ban hành kèm theo Nghị định số 56/2017/NĐ-CP)"
    text = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 2022/QĐ-UBND\nAn Bình, ngày 18 tháng 11 năm 2025\n\n"
            "QUYẾT ĐỊNH\nCông bố thủ tục hành chính\n\nĐiều 1. Công bố kèm theo Quyết định này thủ tục hành chính."
            + _SIGNED + "PHỤ LỤC\n(Kèm theo Quyết định số 2022/QĐ-UBND)\n\n1. Tờ khai đề nghị hỗ trợ (theo Mẫu số "
            "01 ban hành kèm theo Nghị định\nsố 56/2017/NĐ-CP).\n")
    assert [(c.number, c.type) for c in extract(text).citations] == [("56/2017/NĐ-CP", "Nghị định")]

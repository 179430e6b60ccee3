"""Targets, deadlines and citations on the kinds of wording the spent gold showed (issue 10, ``bench/gold/spent``).

Every input is a sentence of a real document of ``../shared/realdocs/docs`` (named beside each
test); the expected values were read from the text by hand and agree with the hand-written gold
``bench/gold/spent/<stem>.labels.json`` (written by another annotator without running vanban),
never taken from vanban's output.
"""

from __future__ import annotations

import datetime as dt

from vanban.extract import extract
from vanban.extract.recurrence import next_due
from vanban.ocr.stray_marks import floor_signs

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 12/KH-UBND\nAn Bình, ngày {date}\n\n"
         "KẾ HOẠCH\nThực hiện công tác năm 2026\n\nII. NỘI DUNG\n")


def _doc(body: str, date: str = "21 tháng 11 năm 2025"):
    return extract(_HEAD.format(date=date) + body)


def _targets(body: str):
    return [(t.min, t.max, t.unit) for t in _doc(body).targets]


def _due(body: str, date: str = "21 tháng 11 năm 2025"):
    return [(d.date, d.earliest, d.latest, d.recurrence) for d in _doc(body, date).deadlines if not d.past]


# --- targets -------------------------------------------------------------------------------


def test_signs_of_bounds_are_bounds():
    # 617-KH-UBND II.2 (gold: min 30, max null): "≥ x%" is a minimum, not an exact figure
    body = ("2. Mục tiêu cụ thể\na) Đến hết năm 2025: Có ≥ 30% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng "
            "công nghệ số.\nb) Đến hết năm 2030: Có ≥ 60% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số.\n")
    assert _targets(body) == [(30, None, "%"), (60, None, "%")]
    assert _targets("a) Tỷ lệ hộ nghèo đến năm 2030 ≤ 1,5%.\n") == [(None, 1.5, "%")]


def test_a_planned_quantity_named_by_its_noun():
    # 235-KH-UBND III.1.1.a (gold: 240 and 30 mẫu/năm, exact): a technical plan's planned samples
    body = ("+ Các thông số: Độ mặn, pH, oxy\nhòa tan (DO), Vibrio tổng số (Vibrio sp)\nquan trắc với tần suất "
            "2 lần/tháng; thời gian quan trắc từ tháng 3 đến tháng 10\nnăm 2026; số lượng mẫu quan trắc 240 mẫu/năm.\n\n"
            "+ Các thông số: Thuốc bảo vệ thực\nvật và kim loại nặng (Cd, Hg, Pb, As) quan trắc với tần suất 02 lần/năm; "
            "thời\ngian quan trắc vào tháng 4 và tháng 8 năm 2026; số lượng mẫu quan trắc 30 mẫu/năm.\n")
    assert _targets(body) == [(240, 240, "mẫu/năm"), (30, 30, "mẫu/năm")]
    # … and the sampling months are when samples are taken, no due date (gold: the only deadline is the report's)
    assert _due(body, "18 tháng 11 năm 2025") == []
    # a count after "số lượng" of another noun is not named by it (a procedure's "Số lượng hồ sơ | 2 | bộ")
    assert _targets("Tổ chức 02 hội nghị với số lượng đại biểu khoảng 200 người.\n") == []


def test_a_time_limit_after_a_word_of_support():
    # 0129-KH-UBND II (gold: max 24 giờ): "hỗ trợ trong 24 giờ đầu" is a time limit, not a requested quantity
    body = ("- Đảm bảo người già neo\nđơn, trẻ em, phụ nữ mang thai, hộ nghèo, người khuyết tật tại khu vực bị ảnh "
            "hưởng\nđược tiếp cận hỗ trợ trong 24 giờ đầu kể từ khi lực lượng đến được hiện trường.\n")
    assert _targets(body) == [(None, 24, "giờ")]
    # case: a requested quantity stays none
    assert _targets("- Đề nghị Trung ương hỗ trợ 20 xe ô tô cứu thương.\n") == []


def test_digit_counts_and_quoted_titles_are_no_targets():
    # 229-CD-TTg (gold: only "trên 8%"): "tăng trưởng 2 con số" is double-digit growth
    body = ("phấn đấu tăng trưởng cả nước năm 2025 trên 8%, tạo nền tảng vững chắc\ncho tăng trưởng 2 con số "
            "trong những năm tiếp theo.\n")
    assert _targets(body) == [(8, None, "%")]
    # 624-KH-UBND V.3.b (gold: not a target): the figure is in the title of the Đề án of Quyết định 338/QĐ-TTg
    body = ("b) Chủ trì, phối hợp với các\nsở, ngành liên quan triển khai thực hiện Quyết định số 338/QĐ-TTg ngày 03 "
            "tháng 4\nnăm 2023 của Thủ tướng Chính phủ phê duyệt Đề án “Đầu tư xây dựng ít nhất 01\ntriệu căn hộ nhà "
            "ở xã hội cho đối tượng thu nhập thấp, công nhân khu công nghiệp\ngiai đoạn 2021 - 2030” đối với nhiệm "
            "vụ đầu tư xây dựng các thiết chế công đoàn.\n")
    assert _targets(body) == []


# --- deadlines -------------------------------------------------------------------------------


def test_weekly_report_days():
    # 229-CD-TTg item 4, issued Wednesday 26/11/2025 (gold: Friday 28/11 and Sunday 30/11/2025, weekly)
    body = ("4. Văn phòng Chính phủ hướng dẫn các văn phòng bộ,\nngành, địa phương mẫu báo cáo hàng tuần trước "
            "15:00 ngày thứ Sáu hàng tuần và\ntheo dõi, đôn đốc việc thực hiện Công điện này theo chức năng, nhiệm "
            "vụ được\ngiao; kịp thời báo cáo Thủ tướng Chính phủ vào 15:00 ngày Chủ nhật hàng tuần để\nkịp thời chỉ "
            "đạo xử lý các vấn đề đột xuất phát sinh./.\n")
    got = _due(body, "26 tháng 11 năm 2025")
    assert got == [("2025-11-28", "2025-11-28", "2025-11-28", "FREQ=WEEKLY;BYDAY=FR"),
                   ("2025-11-30", "2025-11-30", "2025-11-30", "FREQ=WEEKLY;BYDAY=SU")]
    d = _doc(body, "26 tháng 11 năm 2025").deadlines[0]
    assert next_due(d, dt.date(2025, 12, 1)) == dt.date(2025, 12, 5)  # the next Friday, never dropped
    # 637-TB-VPCP (gold: no deadline): "hằng tuần" without a weekday gives no date
    assert _due("Bộ Y tế báo cáo Thủ tướng Chính phủ hằng tuần về tiến độ thực hiện.\n") == []
    # a weekly meeting's time recurs too (issue 10, a newcomer's ward plan: the checklist and the calendar need the
    # meeting every Monday), but as a standing meeting, no deadline (session 32: no labelled document lists a weekly
    # meeting among its deadlines): from Wednesday 26/11/2025, weekly — in a plan for 2026, from its first Monday,
    # 05/01/2026 (session 34, plan_periods.meetings_in_plan; this test had Monday 1/12/2025)
    assert _due("- Tổ chức họp giao ban vào sáng thứ Hai hằng tuần.\n", "26 tháng 11 năm 2025") == []
    [g] = _doc("- Tổ chức họp giao ban vào sáng thứ Hai hằng tuần.\n", "26 tháng 11 năm 2025").meetings
    assert (g.first, g.recurrence, g.weekday, g.part_of_day) == ("2026-01-05", "FREQ=WEEKLY;BYDAY=MO", "thứ Hai", "sáng")


def test_daily_report_times():
    # 0129-KH-UBND IV.1 and IV.14, issued 21/11/2025 (gold: 2025-11-21, daily, one entry each)
    body = ("1. Sở Công Thương:\n- Tổng hợp nhu cầu từ cơ sở, báo cáo UBND\ntỉnh trước 19h00’ hằng ngày và đột "
            "xuất khi cần thiết.\n\n14. UBND các xã, phường:\n- Huy động nguồn lực xã hội\nhóa tại chỗ; báo cáo 02 "
            "lần/ngày (trước 9h00’ và 16h00’) về tình hình tiếp\nnhận, cấp phát gửi UBND tỉnh (qua Sở Công Thương).\n")
    # daily from the document's day; the plan's title ("… năm 2026") ends the rule (plan_periods.within_period);
    # "02 lần/ngày (trước 9h00’ và 16h00’)" names its two hours in the rule (two timed dues a day, session 34)
    assert _due(body) == [("2025-11-21", "2025-11-21", "2025-11-21", "FREQ=DAILY;UNTIL=20261231"),
                          ("2025-11-21", "2025-11-21", "2025-11-21", "FREQ=DAILY;UNTIL=20261231;BYMINUTE=0;BYHOUR=9,16")]
    # an everyday task without a due time sets none
    assert _due("- Cập nhật hằng ngày tình hình mưa lũ trên địa bàn.\n") == []
    assert _due("- Duy trì giao ban lúc 7h30 hằng ngày.\n") == []  # a daily meeting's time


# --- citations -------------------------------------------------------------------------------


def test_law_pointed_back_to_is_no_named_law():
    # 2623-QD-TTg (gold: five named laws; "Luật" alone points back to the Luật Bảo vệ dữ liệu cá nhân)
    body = ("Xác định trách nhiệm và cơ chế phối hợp giữa các bộ trong việc tiến hành các hoạt động triển khai "
            "thi hành Luật trên phạm vi cả nước.\nNội dung: rà soát các văn bản quy phạm pháp luật có liên quan đến "
            "Luật thuộc thẩm quyền quản lý nhà nước được phân công.\nKinh phí theo quy định của Luật Ngân sách nhà "
            "nước, Luật Đầu tư công và pháp luật có liên quan.\n")
    assert [c.name for c in _doc(body).citations] == ["Luật Ngân sách nhà nước", "Luật Đầu tư công"]


def test_bound_signs_as_ocr_reads_them():
    # 617-KH-UBND II.1 read by Tesseract eng ("Có =>⏎30%") and by vie ("Có > 60%"): still minimums
    body = ("a) Đến hết năm 2025: Có =>\n30% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số.\n"
            "b) Đến hết năm 2030: Có > 60% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số.\n")
    # the eng reading's "=>" is written "≥" again by the OCR stage (tidy51), the vie reading's ">" read as printed
    assert _targets(floor_signs(body)) == [(30, None, "%"), (60, None, "%")]


def test_report_times_as_ocr_reads_them():
    # 0129-KH-UBND read by vanban's scan pipeline: "19h00”", a page break inside the bracket
    body = ("- Tổng hợp nhu cầu từ\ncơ sở, báo cáo UBND tỉnh trước 19h00” hằng ngày và đột xuất khi cần thiết.\n\n"
            "- Huy động nguồn lực xã hội hóa tại chỗ; báo cáo 02 lần/ngày (trước 9h00” và\n16h00”) về tình hình "
            "tiếp nhận, cấp phát gửi UBND tỉnh.\n")
    # daily from the document's day; the plan's title ("… năm 2026") ends the rule (plan_periods.within_period);
    # "02 lần/ngày (trước 9h00’ và 16h00’)" names its two hours in the rule (two timed dues a day, session 34)
    assert _due(body) == [("2025-11-21", "2025-11-21", "2025-11-21", "FREQ=DAILY;UNTIL=20261231"),
                          ("2025-11-21", "2025-11-21", "2025-11-21", "FREQ=DAILY;UNTIL=20261231;BYMINUTE=0;BYHOUR=9,16")]
    # 229-CD-TTg read by Tesseract eng: "ngày thi? Sáu hàng tuần"
    body = "4. Văn phòng Chính phủ hướng dẫn mẫu báo cáo hàng tuần trước 15:00 ngày thi? Sáu hàng tuần.\n"
    assert _due(body, "26 tháng 11 năm 2025") == [("2025-11-28", "2025-11-28", "2025-11-28", "FREQ=WEEKLY;BYDAY=FR")]


def test_a_conclusion_notice_named_by_its_author():
    # 637-TB-VPCP footnote [1] (gold: an unnumbered Thông báo, issuer and date null); the notice's own title is none
    text = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 637/TB-VPCP\nHà Nội, ngày 24 tháng 11 năm 2025\n\nTHÔNG BÁO\n"
            "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ LÊ THÀNH LONG\n\n1. Bộ Y tế hoàn thành xây dựng theo đúng chỉ đạo "
            "của Thủ tướng Chính phủ[1].\n\n[1] Thông báo kết luận của đồng chí Tổng Bí\nthư Tô Lâm, Trưởng Ban Chỉ "
            "đạo tại cuộc họp Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực "
            "(cuộc họp ngày 29 tháng 9 năm\n2025); Nghị quyết số 46/NQ-CP của Chính phủ ngày 08 tháng 3 năm 2025.\n")
    got = [(c.type, c.number) for c in extract(text).citations]
    assert got == [("Thông báo", None), ("Nghị quyết", "46/NQ-CP")]
    # a plural names no one notice (624-TB-VPCP)
    text = "Các bộ thực hiện các nhiệm vụ được giao tại các Thông báo kết luận của Thủ tướng Chính phủ.\n"
    assert [c.type for c in _doc(text).citations] == []


def test_ocr_words_read_as_counts_are_no_targets():
    # 235-KH-UBND I.1 read by Tesseract eng (gold: the Mục tiêu chung has no figure): "ném 2026 nhằm cung cấp"
    # ("năm 2026", then a purpose) and "nguy cơ 6 nhiém" ("ô nhiễm")
    body = ("I. MỤC TIÊU\n1. Mục tiêu chung\n\nQuan trắc, cảnh báo môi trường\n\nnuôi trồng thủy sản ném 2026 nhằm "
            "cung cấp thông tin kịp thời phục vụ công tác\nchỉ đạo sản xuất, cảnh báo sớm môi trường có nguy cơ 6 "
            "nhiém, giảm thiểu thiệt\nhại cho người nuôi trồng thủy sản.\n")
    assert _targets(body) == []


def test_party_congress_resolution_as_ocr_reads_it():
    # 229-CD-TTg read by Tesseract eng (gold: the unnumbered Nghị quyết Đại hội lần thứ XIII của Đảng)
    body = ("vụ năm 2025 và Nghị quyết Đại hội lần thứ? XIII của Đảng đã đề ra, Thủ tướng\nChính phủ yêu cầu Bộ "
            "trưởng thực hiện.\n")
    assert [(c.type, c.number) for c in _doc(body).citations] == [("Nghị quyết", None)]


def test_a_report_named_in_the_basis_list():
    # 0129-KH-UBND preamble (gold: the unnumbered "Báo cáo nhanh …", date null: 21/11 is its data's cut-off)
    text = ("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 0129/KH-UBND\nĐắk Lắk, ngày 21 tháng 11 năm 2025\n\nKẾ HOẠCH\n"
            "Cứu trợ khẩn cấp\n\nCăn cứ Công điện số\n223/CĐ-TTg ngày 20/11/2025 của Thủ tướng Chính phủ về tập trung "
            "ứng phó lũ đặc\nbiệt lớn; Các Công điện: số 007/CĐ-UBND ngày\n17/11/2025, số 010/CĐ-UBND\nngày 20/11/2025 "
            "của UBND tỉnh về khẩn trương tập trung ứng phó;\nBáo cáo nhanh tình hình thiệt hại mưa lũ trên địa bàn "
            "tỉnh đến sáng ngày\n21/11/2025;\n\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n")
    got = [(c.type, c.number, c.date) for c in extract(text).citations]
    assert got == [("Công điện", "223/CĐ-TTg", "2025-11-20"), ("Công điện", "007/CĐ-UBND", "2025-11-17"),
                   ("Công điện", "010/CĐ-UBND", "2025-11-20"), ("Báo cáo", None, None)]
    assert not extract(text).deadlines  # the report's cut-off is no due date


def test_a_known_law_as_ocr_reads_it_is_one_law():
    # 2623-QD-TTg read by Tesseract eng (gold: one Luật Bảo vệ dữ liệu cá nhân): "đi liều" / "đi liệu" for "dữ liệu"
    text = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 2623/QĐ-TTg\nHà Nội, ngày 29 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch "
            "triển khai thi hành Luật Bảo vệ dữ liệu cá nhân\n\nCăn cứ Luật Bảo vệ dữ liệu cá nhân ngày 26 tháng 6 "
            "năm 2025;\n\n1. Triển khai Luật Bảo vệ đi liều cá nhân với việc xây dựng thể chế.\n2. Các văn bản quy "
            "định chi tiết Luật Bảo vệ đi liệu cá nhân quy định chi tiết các nội dung được giao.\n")
    laws = [c for c in extract(text).citations if c.type == "Luật"]
    assert [(c.number, c.date) for c in laws] == [(None, "2025-06-26")]


def test_a_plan_named_by_title_year_and_author():
    # 0129-KH-UBND III.2 (gold: the unnumbered "Kế hoạch dự trữ hàng hóa phòng, chống thiên tai năm 2025 của Sở
    # Công Thương")
    body = ("- Theo Kế hoạch dự trữ\nhàng hóa phòng, chống thiên tai năm 2025 của Sở Công Thương. Nguồn hỗ trợ từ\n"
            "các đơn vị lực lượng vũ trang.\n")
    assert [(c.type, c.number) for c in _doc(body).citations] == [("Kế hoạch", None)]
    # a plan in general, or one to be drafted, is none
    assert _doc("- Các xã thực hiện theo kế hoạch phòng, chống thiên tai năm 2025 của Sở Công Thương.\n").citations == ()
    assert _doc("- Sở Công Thương xây dựng Kế hoạch dự trữ hàng hóa năm 2026 của Sở Công Thương.\n").citations == ()


def test_a_list_of_one_type_shares_its_date_and_closing_issuer():
    # 0129-KH-UBND preamble (gold: 008 and 009 share 19/11/2025; the closing "của UBND tỉnh" is each one's issuer)
    body = ("Căn cứ các Công điện: số 007/CĐ-UBND ngày\n17/11/2025, số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025; "
            "số 010/CĐ-UBND\nngày 20/11/2025 của UBND tỉnh về khẩn trương tập trung ứng phó;\n")
    got = [(c.number, c.date, c.issuer) for c in _doc(body).citations]
    assert got == [("007/CĐ-UBND", "2025-11-17", "UBND tỉnh"), ("008/CĐ-UBND", "2025-11-19", "UBND tỉnh"),
                   ("009/CĐ-UBND", "2025-11-19", "UBND tỉnh"), ("010/CĐ-UBND", "2025-11-20", "UBND tỉnh")]
    # a type word written again starts another document: the closing issuer is the last one's only
    body = "Căn cứ Quyết định số 100/QĐ-UBND ngày 02/01/2025, Quyết định số 200/QĐ-UBND ngày 03/02/2025 của UBND tỉnh;\n"
    assert [c.issuer for c in _doc(body).citations] == [None, "UBND tỉnh"]
    # 223-CD-TTg (labelled gold: 219/CĐ-TTg date null): a list whose only date closes it gives it to the last one only
    body = ("tiếp theo các Công điện số 217/CĐ-TTg,\n218/CĐ-TTg, 219/CĐ-TTg và 222/CĐ-TTg ngày 19/11/2025, Thủ tướng "
            "Chính phủ yêu\ncầu:\n")
    assert [c.date for c in _doc(body).citations] == [None, None, None, "2025-11-19"]


def test_plan_and_joint_rules_codes_give_their_types():
    # 0129-KH-UBND preamble (gold: Phương án 02600/PA-UBND, Quy chế 49/QCPH-UBND-UBMT-HCTĐ): Nghị định 30/2020's codes
    body = ("Căn cứ Phương án 02600/PA-UBND ngày 18/8/2025 của UBND tỉnh Đắk Lắk về ứng phó thiên tai năm 2025;\n\n"
            "Căn cứ Quy chế phối hợp số\n49/QCPH-UBND-UBMT-HCTĐ ngày 24/01/2025 về thực hiện công tác vận động;\n")
    assert [(c.number, c.type) for c in _doc(body).citations] == [("02600/PA-UBND", "Phương án"),
                                                                  ("49/QCPH-UBND-UBMT-HCTĐ", "Quy chế")]


def test_issuer_ends_before_other_documents_and_stands_before_a_bracket():
    # 229-CD-TTg (gold: 380/NQ-CP issuer "Chính phủ"): "và các Công điện …" are other documents
    body = ("theo các Nghị quyết số 347/NQ-CP ngày 24 tháng 10 năm 2025,\nsố 380/NQ-CP ngày 25 tháng 11 năm 2025 của "
            "Chính phủ và các Công điện, văn bản chỉ\nđạo điều hành của Thủ tướng Chính phủ.\n")
    assert [c.issuer for c in _doc(body).citations] == ["Chính phủ", "Chính phủ"]
    # 11654-VPCP-CN (gold: 84/BC-UBND issuer "Ủy ban nhân dân tỉnh Hưng Yên"): the author before the bracket
    body = ("Xét báo cáo và đề xuất, kiến nghị của Ủy ban nhân\ndân tỉnh Hưng Yên (văn bản số 84/BC-UBND ngày 19 tháng "
            "11 năm 2025) về tình\nhình cung ứng vật liệu xây dựng.\n")
    assert [c.issuer for c in _doc(body).citations] == ["Ủy ban nhân dân tỉnh Hưng Yên"]
    # 221-KL-TW: "của bộ máy …" before the bracket is what the report is about, not its author (the symbol's code is)
    body = ("sau khi nghe Báo cáo về tình hình, kết quả hoạt động của\nbộ máy hệ thống chính trị tháng 11/2025 (Báo\ncáo "
            "số 565-BC/BTCTW, ngày 27/11/2025), Bộ Chính trị kết luận.\n")
    assert [c.issuer for c in _doc(body).citations] == ["Ban Tổ chức Trung ương"]

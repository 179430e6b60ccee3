"""Targets on kinds of real wording met while reviewing unlabelled real documents (issue 10).

Every input is a sentence of a real document in ``../shared/realdocs/docs`` (named beside each
test) that is in no gold set; the expected values were read from the text by hand
(``bench/gold/review-targets`` holds the labels of the whole documents), never taken from vanban.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 12/KH-UBND\nAn Bình, ngày 20 tháng 11 năm 2025\n\n"
         "KẾ HOẠCH\nThực hiện công tác năm 2026\n\nII. NỘI DUNG\n")


def _targets(body: str):
    out = []
    for t in extract(_HEAD + body + "\n").targets:
        unit = "%/" + t.period.split()[1] if t.unit == "%" and t.period in ("mỗi năm", "mỗi tháng") else t.unit
        out.append((t.min, t.max, unit))
    return out


def test_measures_apart_from_their_number_and_spelled_out_counts():
    # 162/2025/QĐ-UBND (Quy chế thư điện tử), Điều 9
    assert _targets("- Quy định dung lượng cấp cho mỗi hộp thư điện tử, bảo đảm tối thiểu 02 GB/hộp thư điện\n"
                    "tử cơ quan, đơn vị và cá nhân; kích cỡ các tệp gửi kèm tối đa 30 MB/hộp thư điện\ntử.") \
        == [(2, None, "GB"), (None, 30, "MB")]
    assert _targets("- Mật khẩu hộp thư\nđiện tử phải có độ dài tối thiểu 09 (chín) ký tự trở lên, bao gồm chữ hoa, chữ\nthường.") \
        == [(9, None, "ký tự")]


def test_round_the_clock_duty_by_the_week():
    # 162/2025/QĐ-UBND: "24/7" after a word of continuous duty; "trước 24/7" is a date
    assert _targets("a) Bảo đảm Hệ thống\nthư điện tử công vụ tỉnh hoạt động thông suốt, liên tục 24/7;") == [(24, 24, "giờ/ngày")]
    assert _targets("- Báo cáo kết quả trước 24/7.") == []


def test_a_group_of_leaders_is_a_rank():
    # 2629/QĐ-TTg I.2.3: "thuộc nhóm 4 nước dẫn đầu" → top 4
    assert _targets("- Việt Nam thuộc nhóm 4 nước dẫn đầu Hiệp\nhội các quốc gia Đông Nam Á (ASEAN) và nhóm 60 nước "
                    "dẫn đầu thế giới vào năm\n2028 theo đánh giá của Liên hợp quốc.") == [(None, 4, "thứ hạng"), (None, 60, "thứ hạng")]


def test_a_past_act_in_an_earlier_clause_leaves_the_rule():
    # 79/2025/NQ-HĐND Điều 3.1
    assert _targets("1. Người đứng đầu cơ sở thực hiện việc di chuyển theo kế hoạch đã được phê duyệt; thời\ngian "
                    "thực hiện không quá 24 tháng kể từ ngày Nghị quyết này có hiệu lực thi\nhành.") == [(None, 24, "tháng")]


def test_make_up_of_goods_and_owner_shares_are_no_targets():
    # 37689/TB-CHQ: a customs classification describes the product
    assert _targets("- Thành phần, cấu tạo, công thức hóa học, hàm lượng tính\ntrên trọng lượng: Dây hàn có lõi là chất "
                    "trợ dung. Thành phần:\n+ Chất trợ dung 2,2%.\n+ Dây hàn: 97,8%. Trong đó thành phần của dây gồm: "
                    "Thiếc:\n96.5%; Bạc: 3.0%, Đồng: 0.5%.") == []
    # 87/2025/QĐ-UBND (Bắc Ninh): the share names the kind of enterprise; the experience rule is a target
    assert _targets("1. Người đại diện tại doanh nghiệp do Nhà nước nắm trên 50% vốn điều lệ hoặc tổng số cổ phần có "
                    "quyền biểu quyết phải có kinh nghiệm ít nhất 03 năm làm công tác quản lý.") == [(3, None, "năm")]


def test_a_change_keeps_the_new_figure_only():
    # 2553/QĐ-TTg: the old rate after "từ" and the monthly equivalents in brackets are no targets
    assert _targets("1. Đối với cho vay hộ nghèo, điều chỉnh giảm từ 9,0%/năm (0,75%/tháng) xuống 7,8%/năm (0,65%/tháng).") \
        == [(7.8, 7.8, "%/năm")]


def test_rules_a_decision_issues_in_its_appendix():
    # 86/2025/QĐ-UBND: the Quy định after the signature states the criteria
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 86/2025/QĐ-UBND\nBắc Ninh, ngày 20 tháng 11 năm 2025\n\n"
            "QUYẾT ĐỊNH\nBan hành Quy định về công tác thi đua, khen thưởng\n\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy định về công tác thi đua, khen thưởng.\n\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2025.\n\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n\n"
            "QUY ĐỊNH\nVỀ CÔNG TÁC THI ĐUA, KHEN THƯỞNG TỈNH BẮC NINH\n\n"
            "Điều 5. Danh hiệu Tập thể lao động xuất sắc\n\n"
            "a) Có 100% cá nhân trong tập thể hoàn thành nhiệm vụ được giao, trong đó có ít nhất là 70% cá nhân "
            "đạt danh hiệu “Lao động tiên tiến”;\n")
    assert [(t.min, t.max, t.unit) for t in extract(text).targets] == [(100, 100, "%"), (70, None, "%")]


def test_counts_spelled_again_and_bounds_through_a_list_of_places():
    # 72/2025/QĐ-UBND (Bắc Ninh), Quy định hạ tầng viễn thông: the count again in words or in digits
    assert _targets("c) Bảo đảm khả năng dùng chung hạ tầng kỹ thuật viễn thông thụ động cho tối thiểu hai (02) "
                    "doanh nghiệp viễn thông tham gia cung cấp dịch vụ.") == [(2, None, "doanh nghiệp")]
    assert _targets("- Doanh nghiệp phải bảo đảm khôi phục liên lạc trong thời hạn 24 (hai mươi tư) giờ kể từ thời điểm "
                    "xảy ra sự cố.") == [(None, 24, "giờ")]
    assert _targets("- Đơn vị chủ trì thi công phải thông báo tối thiểu 05 (năm) ngày làm việc cho doanh nghiệp viễn "
                    "thông có liên quan.") == [(5, None, "ngày làm việc")]
    # "tối thiểu cho 02 doanh nghiệp": the bound before "cho"
    assert _targets("- Trạm BTS khi xây dựng mới phải bảo đảm khả năng dùng chung tối thiểu\ncho 02 doanh nghiệp viễn "
                    "thông trở lên.") == [(2, None, "doanh nghiệp")]
    # the bound runs on to the next place's figure
    assert _targets("a) Khác mạng: tối thiểu 120 m trong khu vực đô thị, 250 m ngoài khu vực đô thị; Riêng cột ăng "
                    "ten nhỏ (chiều cao không quá 03 m) không quy định khoảng cách.") \
        == [(120, None, "m"), (250, None, "m"), (None, 3, "m")]


def test_a_time_limit_after_a_case_is_the_rule():
    # 72/2025/QĐ-UBND (Bắc Ninh): the case says when, the limit after its comma is the rule
    assert _targets("Trường hợp khắc phục bằng\nphương án ngầm hóa, trong thời hạn 10 (mười) ngày kể từ ngày xảy ra sự "
                    "cố,\ndoanh nghiệp viễn thông phải lập phương án hạ ngầm.") == [(None, 10, "ngày")]
    # a condition's own figure stays out (issue 10: "thấp dưới 30%" inside an if-clause)
    assert _targets("- Nếu tỷ lệ giải ngân thấp dưới 30% thì phải báo cáo.") == []


def test_ranges_with_bound_words_part_day_duty_and_table_cells():
    # 44/2025/QĐ-UBND: one range, bounded at both ends
    assert _targets("- Điều chỉnh mức giá máy móc, thiết bị cao hơn từ trên 15% đến không quá 30% so với mức giá "
                    "quy định.") == [(15, 30, "%")]
    # 213/2025/QĐ-UBND (Hải Phòng): duty for part of the day; the hours in brackets are times of day
    assert _targets("- Lực lượng canh phòng phải thường xuyên trên chòi canh lửa, đảm bảo trực 12/24 giờ (từ 9 giờ\n"
                    "đến 21 giờ trong ngày) nhất là các giờ cao điểm.") == [(12, 12, "giờ/ngày")]
    # 213/2025/QĐ-UBND: a table's next cell is no counted noun
    assert _targets("Cấp cháy\n\nW% (Ẩm độ vật\nliệu cháy)\n\nI\n\n35-45\n\nÍt có khả\nnăng cháy rừng\n") == []


def test_an_aim_among_results_is_a_target():
    # 0204/KH-UBND (Cà Mau) I: results of the year, then what is still aimed at
    body = ("I. KẾT QUẢ THỰC HIỆN NĂM 2025\n\na) Chi đầu tư phát triển: Ước thực hiện cả năm 5.817,196 tỷ đồng/5.937,440 tỷ "
            "đồng, đạt 97,97% kế hoạch; cụ thể:\n\n- Chi đầu tư từ nguồn vốn xây dựng cơ bản tập trung phấn đấu đạt 100% "
            "kế hoạch.\n")
    assert _targets(body) == [(100, 100, "%")]


def test_lines_of_a_budget_section_are_means_not_goals():
    # 0134/KH-UBND (Cà Mau): the lines under "DỰ TOÁN KINH PHÍ" are costs; a quantity of the plan above stays.
    # (tgt32c) The estimate on its label's line is an amount set aside, as the labelled sets read every such line
    # (a29-02, t24-09, t29-02, t31-07, t31-10); a cost per year ("đồng/năm") stays out
    body = ("- Số lượng: 02 hội nghị/năm × 50 đại\nbiểu/hội nghị.\n\nIII. DỰ TOÁN KINH PHÍ THỰC HIỆN:\n\n"
            "1. Dự toán kinh phí Quan trắc, cảnh\nbáo môi trường các vùng nuôi trồng thủy sản 01 năm: 1.500.000.000 đồng. "
            "Trong\nđó:\n\n- Thu và phân tích mẫu:\n1.364.329.243 đồng/năm.\n\n- Thuê dịch vụ tin nhắn: 50.000.000\n"
            "đồng/năm.\n")
    assert _targets(body) == [(2, 2, "hội nghị"), (1500000000, 1500000000, "đồng")]


def _decision_with_appendix(heading: str, appendix: str, kind: str = "QUYẾT ĐỊNH") -> str:
    return ("BỘ NỘI VỤ\nSố: 1378/QĐ-BNV\nHà Nội, ngày 25 tháng 11 năm 2025\n\n"
            f"{kind}\nCông bố thủ tục hành chính nội bộ\n\n"
            "Điều 1. Công bố kèm theo Quyết định này các thủ tục hành chính.\n\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
            "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nTạ Văn Toại\n\n" + heading + "\n\n" + appendix + "\n")


def test_a_procedure_appendix_gives_its_time_limits_and_bounds_only():
    # 1378/QĐ-BNV (round 2, check2 batch): the appendix of procedures; "01 bộ" describes the dossier
    text = _decision_with_appendix(
        "THỦ TỤC HÀNH CHÍNH NỘI BỘ GIỮA CÁC CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC LĨNH VỰC TỔ CHỨC - BIÊN CHẾ",
        "1. Thủ tục thẩm định thành lập đơn vị sự nghiệp công lập\n\n"
        "c) Thành phần và số lượng hồ sơ\n\n- Số lượng hồ sơ: 01 bộ.\n\n"
        "d) Thời hạn giải quyết: Trong 10 (mười) ngày, kể từ ngày nhận đủ hồ sơ.\n\n"
        "k) Yêu cầu điều kiện thực hiện thủ tục hành chính\n\n"
        "- Đảm bảo số lượng người làm việc tối thiểu là 15\nviên chức (trừ các đơn vị sự nghiệp công lập cung ứng dịch vụ "
        "sự nghiệp công cơ\nbản).")
    assert [(t.min, t.max, t.unit) for t in extract(text).targets] == [(None, 10, "ngày"), (15, None, "viên chức")]


def test_an_appendix_of_spending_rules_and_the_bands_of_its_cases():
    # 77/2025/NQ-HĐND (round 2, check2 batch), Phụ lục II: the levels are maxima; the experience bands of the
    # lettered cases under "… thuộc một trong các trường hợp sau đây:" and "áp dụng đối với … từ 06 ngày trở lên" are no targets
    text = _decision_with_appendix(
        "PHỤ LỤC II\nNỘI DUNG CHI, MỨC CHI THUÊ CHUYÊN GIA TƯ VẤN CHUYỂN ĐỔI\nSỐ, TÁI CẤU TRÚC QUY TRÌNH DỊCH VỤ CÔNG SỐ",
        "I. Hỗ trợ 100% chi phí chuyển trả kết quả, hồ\nsơ thủ tục hành chính cho tổ chức, cá nhân.\n\n"
        "1. Mức 1, không quá 40.000.000 đồng/tháng áp dụng đối\nvới chuyên gia tư vấn thuộc một trong các trường hợp sau đây:\n\n"
        "a) Chuyên gia tư vấn có bằng Tiến sĩ trở lên đúng\nchuyên ngành tư vấn có từ 08 năm kinh\nnghiệm trở lên trong "
        "lĩnh vực Chuyển đổi số;\n\nb) Chuyên gia tư vấn có bằng thạc sĩ và kinh nghiệm\ntừ 05 năm đến dưới 08 năm kinh "
        "nghiệm trong lĩnh vực Chuyển đổi số.\n\n"
        "1. Mức chi theo tuần áp dụng đối với chuyên gia tư\nvấn làm việc từ 06 ngày trở lên nhưng không đủ một tháng.",
        kind="NGHỊ QUYẾT")
    assert [(t.min, t.max, t.unit) for t in extract(text).targets] == [(100, 100, "%"), (None, 40000000, "đồng")]


def test_a_count_word_after_tu_with_tro_len_and_media_after_tren():
    # 72/2025/QĐ-UBND Bắc Ninh: "từ hai doanh nghiệp trở lên" is a minimum; 179/KH-UBND: "trên 04 loại hình báo chí" is "on"
    assert _targets("2. Thiết kế công trình hạ tầng\nkỹ thuật viễn thông thụ động phải bảo đảm khả năng dùng chung cho từ "
                    "hai doanh nghiệp\ntrở lên và giữa các ngành.") == [(2, None, "doanh nghiệp")]
    assert _targets("Sản xuất các tin, bài,\nphóng sự, câu chuyện, phim tài liệu về kinh tế số, xã hội số trên 04 loại hình\n"
                    "báo chí; tìm kiếm, phổ biến kinh nghiệm.") == []


def test_time_limits_of_a_pilot_and_of_party_archive_rules():
    # 08/2025/NQ-CP and 383-QĐ/TW (round 2, check2 batch: read right before any change)
    assert _targets("2. Thí điểm cho phép người Việt Nam đủ điều kiện\nvào chơi casino tại dự án casino Hồ Tràm trong thời hạn\n"
                    "05 năm kể từ ngày Nghị quyết này có hiệu lực thi hành.") == [(None, 5, "năm")]
    assert _targets("1. Thời hạn nộp hồ sơ, tài liệu vào lưu trữ hiện\nhành tối đa là 1 năm, tính từ năm kết thúc công việc.") \
        == [(None, 1, "năm")]


def test_legacy_ocr_forms_of_percentages():
    # 11208/BNV-KHTC as Tesseract -l eng reads it (bench/.cache legacy form): "(tỷ lệ %)" became "(ty 1@ %)" — a word
    # read as a digit, no target; a space before "%" keeps the figure (seen in OCR of percentages)
    assert _targets("trung wong can ci? mifc chi phi quan ly (ty 1@ %) da dugc xac dinh theo huéng dan.") == []
    assert _targets("- Phan dau dat 100 % hd so duoc giai quyet dung han.") == [(100, 100, "%")]


def test_a_forecast_premise_and_a_speed_that_describes():
    # 0204/KH-UBND III: a forecast of growth is a premise; its section II indicators stay targets (review2 batch)
    assert _targets("- Dự báo tình hình kinh tế Việt\nNam giai đoạn 2026 - 2030 tiếp tục tăng trưởng tích cực, dự báo tốc độ "
                    "tăng trưởng GRDP của tỉnh giai đoạn 2026 -\n2030 khoảng từ 10 - 10,5%/năm.") == []
    assert _targets("- Tổng vốn đầu tư xã hội đạt\nkhoảng 270.000 tỷ đồng.") == [(270000, 270000, "tỷ đồng")]
    # 144/KH-UBND II.2: the speed says what is counted, the target is the 100%
    assert _targets("- Tỷ lệ người sử dụng có khả\nnăng truy cập băng rộng cố định với tốc độ 01 Gb/s đạt 100%.") == [(100, 100, "%")]


def test_a_task_table_gives_a_new_bound_not_a_restated_one():
    # 179/KH-UBND: the body's "(9) Tỷ lệ nhà máy … đạt tối thiểu 50%" is said again in the task table, which also
    # holds a new bound of its own ("… chiếm tối thiểu 50% tổng số hoạt động")
    text = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 179/KH-UBND\nAn Bình, ngày 20 tháng 11 năm 2025\n\n"
            "KẾ HOẠCH\nPhát triển kinh tế số\n\nI. MỤC TIÊU\n\n"
            "(9) Tỷ lệ nhà máy sử dụng nền tảng số phục vụ sản\nxuất (MES) đạt tối thiểu 50%.\n\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n\n"
            "PHỤ LỤC\nDANH MỤC CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỰC HIỆN\n\n"
            "1.1\n\nRà soát, xây dựng các quy định; xây dựng các chính sách để bảo đảm tỷ lệ hoạt động trực tuyến\n"
            "chiếm tối thiểu 50% tổng số hoạt động trong mỗi cơ quan, tổ chức, ngành, lĩnh\nvực\n\n"
            "1.2\n\nTỷ lệ nhà máy sử dụng nền tảng số phục vụ sản\nxuất (MES) đạt tối thiểu 50%.\n")
    assert [(t.min, t.max, t.unit) for t in extract(text).targets] == [(50, None, "%"), (50, None, "%")]


def test_a_time_limit_in_the_main_clause_after_a_case():
    # 384-QĐ/TW Điều 16.5 (review2 batch): the case says when, the limit after its comma is the rule;
    # a figure inside the if-clause itself stays a condition
    assert _targets("5. Trường hợp được quy định tại Khoản 2 Điều này,\nchủ quản dữ liệu trong các cơ quan đảng thông báo "
                    "cho cơ quan, tổ chức khai\nthác dữ liệu trong thời gian chậm nhất 1 ngày kể từ thời điểm xác định vi "
                    "phạm\nnhững nội dung sau:") == [(None, 1, "ngày")]
    assert _targets("- Nếu tỷ lệ giải ngân thấp dưới 30%, đơn vị phải báo cáo rõ nguyên nhân.") == []


def test_a_procedure_table_its_time_limit_column_bands_and_changes():
    # 1949/QĐ-UBND (round 2, check3 batch: labelled before running vanban): the cells of the "Thời hạn giải quyết"
    # column are time limits, "từ 24 ngày xuống 22 ngày" keeps only the new figure, a class of works ("quy mô dưới
    # 5.000 m3/ngày đêm", "lưu lượng từ 200 m3 đến dưới 500 m3/ngày đêm") is no target
    text = _decision_with_appendix(
        "PHỤ LỤC I\nDANH\nMỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC CHUẨN HÓA TRONG LĨNH VỰC TÀI NGUYÊN NƯỚC",
        "TT\n\nTên thủ tục hành chính\n\nThời hạn giải quyết\n\nĐịa điểm thực hiện\n\n"
        "1\n\nCấp giấy phép hành nghề khoan\nnước dưới đất (1.004122)\n\nTrong thời hạn 22 ngày làm việc,\nkể từ ngày nhận đủ hồ sơ.\n\n"
        "Cắt giảm thời gian giải quyết\ntừ 24 ngày xuống 22 ngày\n\n"
        "2\n\nCấp giấy phép thăm dò nước dưới\nđất đối với công trình có quy mô dưới 5.000 m3/ngày đêm (1.004232)\n\n"
        "14 ngày; Riêng đối với trường\nhợp công trình khai thác nước là hồ chứa, đập dâng thời hạn giải quyết là 28\nngày\n\n"
        "Trung tâm Phục vụ hành chính công\ntỉnh Cao Bằng\n\n"
        "3.2\n\nĐề án, báo cáo thăm dò đánh giá\ntrữ lượng, khai thác, sử dụng nước dưới đất lưu lượng từ 200 m3 đến\n"
        "dưới 500 m3/ngày đêm.")
    assert [(t.min, t.max, t.unit) for t in extract(text).targets] == [
        (None, 22, "ngày làm việc"), (None, 14, "ngày"), (None, 28, "ngày")]


def test_a_time_limit_after_the_words_of_a_proposal():
    # 1490/QĐ-UBND (check3 batch): "… hồ sơ đề xuất dự án: Không quá 28 ngày" is no request
    assert _targets("- Tiếp nhận, giao xem\nxét hồ sơ; thẩm định, xem xét sự phù hợp hồ sơ đề xuất dự án: Không quá 28\n"
                    "ngày kể từ ngày tiếp nhận hồ sơ") == [(None, 28, "ngày")]


def test_office_hours_fee_scales_and_shares_in_a_procedure_appendix():
    # 01779/QĐ-UBND and 1505/QĐ-UBND (round 2, check4 batch: labelled before running vanban): office hours, the tiers
    # and terms of a fee scale and a body's share of the time ("- Tại Sở …:⏎43 ngày.") are no targets; the heading
    # "DANH MỤC THỦ TỤC HÀNH SỬA ĐỔI" (without "chính") still opens a procedure appendix
    text = _decision_with_appendix(
        "PHỤ LỤC\nDANH\nMỤC THỦ TỤC HÀNH SỬA ĐỔI, BỔ SUNG TRONG LĨNH VỰC LĨNH VỰC ĐỊA CHẤT VÀ KHOÁNG\nSẢN",
        "TT\n\nTên TTHC\n\nThời hạn giải quyết\n\nPhí, lệ phí\n\n"
        "+ Buổi sáng: Từ 07 giờ 00 phút\nđến 11 giờ 00 phút.\n\n"
        "a) Thời gian giải quyết: Trong\nthời hạn tối đa là 48 ngày (cắt giảm 12/60 ngày, tỷ lệ 20%) kể từ ngày\n"
        "nhận đủ hồ sơ hợp lệ, trong đó:\n\n- Tại Sở Nông nghiệp và Môi trường:\n43 ngày.\n\n"
        "- Trên 01 đến 10 tỷ đồng mức\nthu phí là 10 triệu đồng + (0,5% x phần tổng chi phí trên 1 tỷ đồng).")
    assert [(t.min, t.max, t.unit) for t in extract(text).targets] == [(None, 48, "ngày")]


def test_a_count_spelled_again_as_legacy_ocr_reads_it():
    # 1378/QĐ-BNV's legacy form (Tesseract -l eng on its rendered pages, bench/.cache): "(mười lăm)" read as "(mui lam)"
    assert _targets("d) Thoi han giai quyét: Trong 15 (mui lam) ngay, ké tir ngay nhan du ho so.") == [(None, 15, "ngày")]
    assert _targets("d) Théi han giai quyét: Trong 10 (mui) ngay, ké tir ngay nhan du ho so.") == [(None, 10, "ngày")]


def test_bound_words_as_legacy_ocr_reads_them():
    # legacy forms in bench/.cache (Tesseract -l eng): "tối đa là" read "tdi da 1a" (4831/QĐ-BNNMT), "t6i da 1a"
    # (383-QĐ/TW); "da" after "tdi"/"téi" is "đa", not the past "đã"
    assert _targets("- Thoi han tham dinh, cong nhan\nkét qua tham do khodng san déi vdi khodng san nhom III téi da 1a 45 ngay ké tiv\n"
                    "ngay nhan du hé so dé nghi céng nhan két qua tham do khoang san hop 1é.") == [(None, 45, "ngày")]
    assert _targets("1. Thoi han ndp hé so, tai liéu vao luu trit hién\nhanh t6i da 1a 1 nam, tinh tiv nam két thiic cong viéc.") \
        == [(None, 1, "năm")]
    assert _targets("- Đến nay, đã đạt 100% kế hoạch.") == []


def test_legacy_ocr_of_a_range_end_and_of_an_appendix_label():
    # 218/2025/QĐ-UBND's legacy form: "từ trên 15% đến không quá 30%" read "tir trén 15% dén khong qué 30%" is one range
    assert _targets("2. Diéu chinh mifc gia may moc, thiét bi cua co quan, don vi minh cao hon tir\n"
                    "trén 15% dén khong qué 30% so vi mifc gia quy dinh tai Muc A Phu\nluc II.") == [(15, 30, "%")]
    # 77/2025/NQ-HĐND's legacy form: "PHU LUCI" (the number glued to its label) still heads a spending-rules appendix
    text = _decision_with_appendix("PHU LUCI\nNOI DUNG CHI, MUC CHI HO TRG TO CHUC, CA NHAN THUC HIEN DICH\nVU CONG TRUC TUYEN",
                                   "I. H6 tro 100% chi phi chuyén tra két qua, hd\nso thi tuc hanh chinh cho t6 chic, ca nhan.",
                                   kind="NGHỊ QUYẾT")
    assert [(t.min, t.max, t.unit) for t in extract(text).targets] == [(100, 100, "%")]


def test_indicator_list_scopes_keep_the_indicator_without_its_item_mark():
    """Real indicator lists (179-KH-UBND, 144-KH-UBND) number each line "(9) Tỷ lệ …" and
    wrap it over lines: the scope is the indicator's name, without its mark."""
    text = ("KẾ HOẠCH\nPhát triển kinh tế số năm 2026\n\nII. CHỈ TIÊU\n"
            "(9) Tỷ lệ nhà máy sử dụng nền tảng số phục vụ sản\nxuất (MES) đạt trên 50%.\n"
            "c) Phấn đấu tỷ trọng đào tạo các ngành STEM trong các\ncơ sở giáo dục đại học đạt trên 30%.\n")
    scopes = [t.scope for t in extract(text).targets]
    assert scopes == ["Tỷ lệ nhà máy sử dụng nền tảng số phục vụ sản xuất (MES)",
                      "tỷ trọng đào tạo các ngành STEM trong các cơ sở giáo dục đại học"]

"""Targets, session 22 (authored20 spent): sentences of review and descriptions that set nothing.

Documents written for these tests in the style of the kinds authored20 showed (other places, figures and years than
its a20-01 … a20-08). The expected values are read from the wording with the labels' convention
(``realdocs/labeled/README.md``, authored20's notes): results already reached, estimated or reported by a day are no
targets; a figure that says which things or whom a rule is for sets nothing; the aims stay.
"""

from __future__ import annotations

from vanban.extract import extract

NQ = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 41/NQ-HĐND\nHà Tĩnh, ngày 09 tháng 12 năm 2026\n\nNGHỊ QUYẾT\n"
      "Về kế hoạch phát triển kinh tế - xã hội năm 2027\n\nHỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH\n\nQUYẾT NGHỊ:\n\n"
      "Điều 1. Đánh giá tình hình năm 2026 và chỉ tiêu chủ yếu năm 2027\n\n"
      "1. Kinh tế của tỉnh tiếp tục phục hồi: tốc độ tăng trưởng tổng sản phẩm trên địa bàn ước đạt 7,45%; tổng thu "
      "ngân sách nhà nước trên địa bàn ước đạt 9.830 tỷ đồng, vượt 6,2% dự toán; tỷ lệ hộ nghèo giảm còn 2,91%.\n\n"
      "2. Chỉ tiêu chủ yếu năm 2027: tốc độ tăng trưởng tổng sản phẩm trên địa bàn đạt từ 8% trở lên; tỷ lệ hộ "
      "nghèo giảm còn dưới 2,5%.\n\n"
      "Điều 2. Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\n")


def _figures(text):
    return [(t.min, t.max, t.unit) for t in extract(text).targets]


def test_every_clause_of_a_sentence_reporting_an_estimate_is_a_result():
    # "ước đạt" opens the review; "vượt 6,2% dự toán" and "giảm còn 2,91%" report in its later ";" clauses
    assert _figures(NQ) == [(8.0, None, "%"), (None, 2.5, "%")]


CT = ("TỈNH ỦY QUẢNG TRỊ\nSố: 12-CT/TU\nQuảng Trị, ngày 18 tháng 12 năm 2026\n\nCHỈ THỊ\n"
      "Về đẩy mạnh chuyển đổi số trong hệ thống chính trị của tỉnh\n\n"
      "Thời gian qua, hạ tầng số của tỉnh được quan tâm đầu tư, đến cuối tháng 10/2026 đã có 97% thôn được phủ sóng "
      "di động 4G; tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt 61,7%. Tuy nhiên, kinh tế "
      "số mới chiếm khoảng 8,4% GRDP của tỉnh, thấp hơn bình quân của vùng.\n\n"
      "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nhiệm vụ sau:\n\n"
      "1. Phấn đấu đến hết năm 2027, tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt ít nhất "
      "80%.\n")


def test_a_preambles_figures_reached_by_a_day_or_so_far_are_results():
    # "đến cuối tháng 10/2026 đã có" and "mới chiếm khoảng": where things stand; the aim under "Phấn đấu" stays
    assert _figures(CT) == [(80.0, None, "%")]


KH = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 77/KH-BNNMT\nHà Nội, ngày 04 tháng 12 năm 2026\n\nKẾ HOẠCH\n"
      "Kiểm soát tàu cá năm 2027\n\n1. Chỉ tiêu\n\n"
      "Kết quả triển khai thời gian qua cho thấy nhiều chuyển biến: đến tháng 10/2026, 96,4% tàu cá có chiều dài từ "
      "12 m trở lên đã được cấp giấy phép khai thác; cả nước có 58 cảng cá được công bố đủ điều kiện. Trên cơ sở đó, "
      "phấn đấu trong năm 2027:\n\n"
      "- 100% tàu cá có tổng công suất từ 90 CV trở lên được kiểm tra trước khi xuất bến;\n"
      "- Số doanh nghiệp chế biến thủy sản thành lập mới đạt ít nhất 25 doanh nghiệp.\n")


def test_a_sentence_telling_of_the_time_past_and_the_vessels_measure_set_nothing():
    # the review's 96,4%, its "từ 12 m" and "58 cảng cá"; the aim's "từ 90 CV" says which vessels the 100% counts;
    # "thành lập mới đạt" is "new", no "only reached"
    assert _figures(KH) == [(100.0, 100.0, "%"), (25.0, None, "doanh nghiệp")]


CV = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSở TÀI CHÍNH\nSố: 310/STC-ĐT\nV/v đẩy nhanh giải ngân vốn đầu tư công\n"
      "Bình Định, ngày 08 tháng 01 năm 2027\n\nKính gửi: Các chủ đầu tư.\n\n"
      "Sở Tài chính đề nghị các chủ đầu tư:\n\n"
      "1. Giải ngân ít nhất 45% kế hoạch vốn năm 2027 trước ngày 30/6/2027.\n\n"
      "2. Tổ chức kiểm điểm đối với tập thể, cá nhân có tỷ lệ giải ngân vốn năm 2026 dưới 60% (nếu có).\n\n"
      "3. Bảo đảm vận hành thông suốt chính quyền địa phương 02 cấp trong lĩnh vực đầu tư công.\n")


def test_whom_an_act_is_for_and_the_two_tier_governments_name_set_nothing():
    assert _figures(CV) == [(45.0, None, "%")]


HD = ("BAN TUYÊN GIÁO VÀ DÂN VẬN\nTỈNH ỦY AN GIANG\nSố: 09-HD/BTGDVTU\nAn Giang, ngày 12 tháng 01 năm 2027\n\n"
      "HƯỚNG DẪN\nHọc tập, quán triệt Nghị quyết Hội nghị Trung ương\n\n"
      "1. Năm 2026, việc học tập các nghị quyết của Đảng được tổ chức nghiêm túc, có 97,1% cán bộ, đảng viên tham gia.\n\n"
      "2. Tỷ lệ cán bộ, đảng viên tham gia học tập đạt ít nhất 95%.\n")


def test_a_year_before_the_documents_own_is_past_where_the_title_names_none():
    assert _figures(HD) == [(95.0, None, "%")]


KH_XA = ("ĐẢNG BỘ TỈNH THANH HÓA\nĐẢNG ỦY XÃ NGA SƠN\nSố: 31-KH/ĐU\nNga Sơn, ngày 20 tháng 12 năm 2026\n\nKẾ HOẠCH\n"
         "Thực hiện chuyển đổi số giai đoạn 2027 - 2029\n\nII. CHỈ TIÊU\n\nChỉ tiêu cụ thể theo từng năm\n\n\n"
         "STT\n\nChỉ tiêu\n\nNăm 2027\n\nNăm 2028\n\nNăm 2029\n\n\n"
         "1\n\nTỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến\n\n78%\n\n85%\n\nÍt nhất 92%\n\n\n"
         "2\n\nSố hợp tác xã có sản phẩm bán trên sàn thương mại điện tử (hợp tác xã)\n\n15\n\n22\n\nTối thiểu 30\n\n\n\n"
         "III. NHIỆM VỤ, GIẢI PHÁP\n\nCác chi bộ quán triệt Kế hoạch này.\n")


def test_a_by_year_tables_bare_figures_take_the_unit_their_indicator_names():
    got = [(t.min, t.max, t.unit, t.period) for t in extract(KH_XA).targets if t.unit != "%"]
    assert got == [(15.0, 15.0, "hợp tác xã", "năm 2027"), (22.0, 22.0, "hợp tác xã", "năm 2028"),
                   (30.0, None, "hợp tác xã", "năm 2029")]
    assert [(t.min, t.max) for t in extract(KH_XA).targets if t.unit == "%"] == [(78.0, 78.0), (85.0, 85.0), (92.0, None)]


TB = ("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 205/TB-UBND\nLai Châu, ngày 14 tháng 12 năm 2026\n\nTHÔNG BÁO\n"
      "Kết luận của Phó Chủ tịch UBND tỉnh về xây dựng trường nội trú\n\n"
      "Đến nay đã có 04/09 trường hoàn thành; 05 trường còn lại đạt từ 40% đến 65% khối lượng.\n\n"
      "Giao Sở Giáo dục và Đào tạo bảo đảm 100% trường còn lại hoàn thành trong năm 2027.\n")


def test_the_later_clauses_of_a_sentence_opening_so_far_report_too():
    assert [(t.min, t.max) for t in extract(TB).targets] == [(100.0, 100.0)]

"""Norms printed in tables, lead times and durations, whatever the trích yếu says (issue 10;
:mod:`vanban.extract.norm_tables`).

Each input is a piece of a real document of ``../shared/realdocs/docs`` (named beside each test), as
``realdocs/md2plain.py`` writes it (a table's cells one blank line apart, rows two); the expected values
are those of ``bench/gold/review-targets9`` (written by hand before vanban was run on those documents)
or of an earlier hand-labelled set (review6), never taken from vanban's output.
"""

from __future__ import annotations

from vanban.extract import extract

_TT_HEAD = ("\nBỘ XÂY DỰNG\n-------\n\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "---------------\n\n\nSố: 39/2025/TT-BXD\n\nHà Nội, ngày 25\ntháng 11 năm 2025\n\n\n\nTHÔNG TƯ\n\n"
            "Căn cứ Luật Đường\nbộ số 35/2024/QH15;\n\n"
            "Điều 1. Sửa đổi, bổ sung một số định mức bảo dưỡng thường xuyên đường bộ.\n\n"
            "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNgô Văn Khánh\n\n")
_QD_HEAD = ("\nỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\n-------\n\nSố:\n97/2025/QĐ-UBND\n\nQuảng Ninh, ngày\n20 tháng 11 năm 2025\n\n"
            "QUYẾT ĐỊNH\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH VỀ BỒI THƯỜNG, HỖ\nTRỢ VÀ TÁI ĐỊNH CƯ KHI NHÀ NƯỚC THU HỒI ĐẤT\n\n"
            "Điều 1. Sửa đổi, bổ sung một số điều của Quy định\n\n")


def _t(text: str):
    return [(t.min, t.max, t.unit) for t in extract(text).targets]


# 39/2025/TT-BXD, Phụ lục I (the Thông tư prints no trích yếu): two norm tables, one of them with empty cells
_CONSUMPTION = (
    "BDD.202200 Hót sụt nhỏ bằng máy\n\nThành phần công việc:\n\nChuẩn bị dụng cụ, phương tiện, phạm vi 30 m; Đảm bảo\n"
    "an toàn giao thông; Đào xúc lên phương tiện vận chuyển; Sửa lại nền, lề đường,\nrãnh thoát nước.\n\nĐơn vị: 10m*3\n\n\n"
    "Mã hiệu\n\nCông tác bảo dưỡng\n\nThành phần hao\nphí\n\nĐơn vị\n\nĐịnh mức\n\n\nBDD.2022\n\nHót sụt nhỏ bằng máy\n\n"
    "Nhân công\n\n\n\n\nBậc thợ 3/7\n\ncông\n\n0,50\n\n\nMáy thi công\n\n\n\n\nMáy đào 0,4 m3\n\nca\n\n0,108\n\n\n\n10\n\n\n\n"
    "BDD.24600 Bảo dưỡng thay thế đinh phản quang\n\nĐơn vị: 01 đinh\n\n\nMã hiệu\n\nCông tác bảo\ndưỡng\n\nThành phần hao\nphí\n\n"
    "Đơn vị\n\nĐịnh mức\n\n\nMặt bê tông nhựa\n\nMặt bê tông\nxi măng\n\n\nBDD.246\n\nBảo dưỡng thay thế\nđinh phản quang\n\n"
    "Vật liệu\n\n\n\n\n\nĐinh phản quang\n\nviên\n\n1\n\n1\n\n\nKeo Bituminous\n\nkg\n\n\n0,1\n\n\nKeo Megapoxy\n\nkg\n\n0,1\n\n\n\n"
    "Vật liệu khác\n\n%\n\n1\n\n1\n\n\nNhân công\n\n\n\n\n\nBậc thợ 3,5/7\n\ncông\n\n0,055\n\n0,058\n\n\nMáy thi công\n\n\n\n\n\n"
    "Lò nung keo\n\nca\n\n0,004\n\n0,004\n\n\n\n10\n\n20\n\n\n \n\n"
)


def test_consumption_norms_of_a_định_mức_table_are_targets():
    ex = extract(_TT_HEAD + _CONSUMPTION)
    got = [(t.min, t.max, t.unit) for t in ex.targets]
    assert got == [(0.5, 0.5, "công"), (0.108, 0.108, "ca"),
                   (1, 1, "viên"), (1, 1, "viên"), (0.1, 0.1, "kg"), (0.1, 0.1, "kg"), (1, 1, "%"), (1, 1, "%"),
                   (0.055, 0.055, "công"), (0.058, 0.058, "công"), (0.004, 0.004, "ca"), (0.004, 0.004, "ca")]
    # the worker grade ("Bậc thợ 3/7"), the machine ("Máy đào 0,4 m3") and the code row ("10 | 20") are no norms
    assert ex.targets[0].period == "mỗi 10m3" and "Bậc thợ 3/7" in ex.targets[0].scope


# 97/2025/QĐ-UBND Quảng Ninh, Điều 1 khoản 2 and 3: a decision amending a compensation Quy định, whose
# trích yếu names no amount, prints the support amounts in two tables
_SUPPORT = (
    "2. Sửa đổi\nkhoản 1 Điều 13 như sau:\n“1. Số tiền hỗ trợ:\n\nKhu vực hành chính\n\nMức hỗ trợ (đồng)\n\n\n"
    "Các phường: Tuần Châu, Việt\nHưng, Bãi Cháy, Hà Tu, Hà Lầm, Cao Xanh, Hồng Gai, Hạ Long, Hoành Bồ.\n\n400.000.000\n\n\n"
    "Các xã: Hải Hòa, Hải Ninh, Hải\nSơn, Vĩnh Thực.\n\n250.000.000\n\n"
    "3. Sửa đổi\nđiểm a khoản 3 Điều 14 như sau:\n“a) Mức hỗ trợ 01 tháng cho 01\nhộ chính chủ là:\n\nKhu vực hành chính\n\n"
    "Hộ độc thân\n(01 người)\n\nHộ từ 02 đến 04 người\n\nHộ từ 05 người trở lên\n\n\nCác phường: Tuần Châu, Việt\n"
    "Hưng, Bãi Cháy, Hà Tu, Hà Lầm, Cao Xanh, Hồng Gai, Hạ Long, Hoành Bồ\n\n3.000.000 đ\n\n5.000.000 đ\n\n6.000.000 đ\n\n"
    "4. Bổ sung Điều\n14a vào sau Điều 14 như sau:\n"
)


def test_support_amounts_of_a_table_are_targets_whatever_the_trích_yếu():
    ex = extract(_QD_HEAD + _SUPPORT)
    assert [(t.min, t.max, t.unit) for t in ex.targets] == [
        (400000000, 400000000, "đồng"), (250000000, 250000000, "đồng"),
        (3000000, 3000000, "đồng"), (5000000, 5000000, "đồng"), (6000000, 6000000, "đồng")]
    # the household-size bands of the head ("Hộ từ 02 đến 04 người") are conditions, not targets; a cell's scope is its row
    assert "Tuần Châu" in ex.targets[0].scope and "Hải Hòa" in ex.targets[1].scope


def test_an_allocation_ratio_table_is_no_norm():
    # 33/2025/NQ-HĐND (review6): "Tỷ lệ vốn đối ứng ngân sách địa phương (%)" — its gold counts no target there
    text = (_QD_HEAD + "a) Tỷ lệ vốn đối ứng của ngân\nsách địa phương (thành phố, xã) theo Bảng sau:\n\n\nTT\n\nĐịa phương\n\n"
            "Tỷ lệ vốn đối ứng ngân sách địa phương (%)\n\nGhi chú\n\n\nThành phố\n\nXã\n\n\n\n1\n\nXã A Lưới 1\n\n80\n\n20\n\n"
            "Áp dụng trên địa bàn các xã.\n\n\n2\n\nXã A Lưới 2\n\n80\n\n20\n\nÁp dụng trên địa bàn các xã.\n\n")
    assert _t(text) == []


_QD_TTHC = ("\nỦY BAN NHÂN DÂN\nTỈNH SƠN LA\n-------\n\nSố: 2929/QĐ-UBND\n\nSơn La, ngày 18\ntháng 11 năm 2025\n\n \n"
            "QUYẾT ĐỊNH\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH\n\n"
            "Điều 1. Công bố kèm theo Quyết định này 06 danh mục thủ tục hành chính.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nVũ Văn Duy\n\n")


def test_bare_time_limits_of_a_thời_gian_giải_quyết_column():
    # 2929/QĐ-UBND Sơn La, Phụ lục I: "01 ngày", "10 ngày hoặc 30 ngày (…)" in the "Thời gian giải quyết" column
    text = (_QD_TTHC + "PHỤ LỤC I\nDANH MỤC THỦ TỤC HÀNH CHÍNH\n\n\nSTT\n\nTên thủ tục hành chính\n\nThời gian giải quyết\n\n"
            "Địa điểm thực hiện\n\n\n3\n\nThủ tục giải quyết chế độ miễn\nhọc phí.\nMã TTHC: 2.002765\n\n01 ngày\n\n"
            "Đại đội, tiểu đoàn hoặc tương\nđương\n\n\n4\n\nThủ tục xác minh, kết luận.\nMã TTHC: 2.002760\n\n10 ngày hoặc 30 ngày (đối\n"
            "với trường hợp chưa đủ căn cứ xác nhận) kể từ ngày nhận được đơn đề nghị\n\nBộ CHQS tỉnh\n\n\n5\n\n"
            "Thủ tục xác nhận cán bộ Quân\nđội nghỉ hưu mắc bệnh hiểm nghèo.\nMã TTHC: 2.002761\n\n09 ngày làm việc\n\nBan CHQS cấp xã\n\n")
    assert _t(text) == [(None, 1, "ngày"), (None, 10, "ngày"), (None, 30, "ngày"), (None, 9, "ngày làm việc")]


def test_step_allotments_under_a_bare_thời_gian_column_are_not_counted():
    # 2916/QĐ-UBND Hà Tĩnh, Phụ lục II, Quy trình xử lý công việc ("0,5 ngày", "03 ngày" per step: 01779/QĐ-UBND's gold)
    text = (_QD_TTHC + "TT\n\nTrình tự\n\nTrách nhiệm\n\nThời gian\n\nBiểu mẫu/Kết quả\n\n\nB2\n\nChuyển hồ sơ về Sở Nông nghiệp\n"
            "và Môi trường.\n\nCông chức TN&TKQ; Văn thư\n\n0,5 ngày\n\nMẫu 01, 05 và Hồ sơ kèm theo\n\n\nB3\n\nKiểm tra hồ sơ.\n\n"
            "Chuyên viên được giao xử lý hồ sơ\n\n03 ngày\n\nMẫu 05\n\n")
    assert _t(text) == []


def test_lead_times_retention_and_a_duration_in_years_with_months():
    # 81/2025/QĐ-UBND Bắc Ninh (Quy định, Điều 8.2); 2916/QĐ-UBND Hà Tĩnh (Phụ lục II); 59/2025/NQ-HĐND Hà Nội (Điều 3.3.c)
    lead = (_QD_TTHC + "2. Cơ quan chủ trì soạn thảo\ncung cấp dự thảo quy hoạch, chương trình, đề án và các tài liệu liên quan, gửi\n"
            "về Liên hiệp các hội Khoa học và Kỹ thuật tỉnh trước khi trình Uỷ ban nhân dân\ntỉnh 20 ngày, để tổ chức tư vấn, "
            "phản biện và giám định xã hội.\n\n")
    assert _t(lead) == [(20, None, "ngày")]
    apology = (_QD_TTHC + "Trường hợp hồ sơ quá hạn\nxử lý, trong thời gian chậm nhất 01 ngày trước ngày hết hạn xử lý, cơ quan giải\n"
               "quyết TTHC ban hành phiếu xin lỗi và hẹn lại ngày trả kết quả.\n\nHồ sơ được lưu tại phòng\nKhoáng sản, thời gian "
               "lưu 05 năm. Sau khi hết hạn, chuyển hồ sơ xuống bộ phận\nlưu trữ của Sở.\n\n")
    assert _t(apology) == [(1, None, "ngày"), (5, 5, "năm")]
    nq = ("\nHỘI ĐỒNG NHÂN\nDÂN\nTHÀNH PHỐ HÀ NỘI\n-------\n\nSố: 59/2025/NQ-HĐND\n\nHà Nội, ngày 27\ntháng 11 năm 2025\n\n\n"
          "NGHỊ QUYẾT\n\nQUY\nĐỊNH CƠ CHẾ TÀI CHÍNH ÁP DỤNG ĐỐI VỚI CƠ SỞ GIÁO DỤC CÔNG LẬP CHẤT LƯỢNG CAO\n\n"
          "Điều 3. Cơ chế tài chính\n\nCơ sở giáo dục công lập (trừ đơn vị tự bảo đảm chi\nthường xuyên) khi chuyển sang cơ sở "
          "giáo dục công lập chất lượng cao được\nngân sách cấp kinh phí trong 04 năm (48 tháng) kể từ khi được công nhận theo lộ\n"
          "trình giảm dần, cụ thể:\n\nNăm thứ nhất (12 tháng đầu kể từ khi được công nhận)\ncấp kinh phí chi thường xuyên.\n\n")
    assert _t(nq) == [(None, 48, "tháng")]


def test_an_appendix_that_sets_norms_is_read_like_a_plan():
    # 39/2025/TT-BXD: "Phụ lục I. Định mức quản lý, bảo dưỡng thường xuyên quốc lộ" (its heading opens with the norms);
    # 60/2025/NQ-HĐND (review-targets): "DANH MỤC CÁC KHOẢN THU VÀ MỨC THU …" is a tariff (its gold counts nothing)
    from vanban.extract.target_appendices import plan_appendices
    norms = extract(_TT_HEAD + "Phụ lục I. Định mức\nquản lý, bảo dưỡng thường xuyên quốc lộ\n\n" + _CONSUMPTION)
    assert any("Định mức" in a.heading for a in plan_appendices(norms.structure.appendices))
    tariff = extract(_QD_TTHC + "PHỤ LỤC\n\nDANH MỤC CÁC KHOẢN THU VÀ MỨC THU DỊCH VỤ PHỤC VỤ, HỖ TRỢ HOẠT ĐỘNG GIÁO DỤC\n\n"
                     "STT\n\nNội dung\n\nMức trần\n\n\n1\n\nDịch vụ bán trú\n\n235.000\n\n")
    assert tariff.structure.appendices and plan_appendices(tariff.structure.appendices) == []


def test_a_unit_line_alone_makes_no_norm_table():
    # 20/2025/NQ-HĐND Vĩnh Long (review-targets): the tuition table under "Đơn vị tính: Nghìn đồng/người học/tháng" is a
    # price list (its gold counts the 75% rule only); no "Mức chi" / "Mức hỗ trợ" head names its figures as norms
    text = ("\nHỘI ĐỒNG NHÂN\nDÂN\nTỈNH VĨNH LONG\n-------\n\nSố: 20/2025/NQ-HĐND\n\nVĩnh Long, ngày\n18 tháng 11 năm 2025\n\n"
            "NGHỊ QUYẾT\nQUY\nĐỊNH MỨC HỌC PHÍ ĐỐI VỚI CƠ SỞ GIÁO DỤC CÔNG LẬP\n\nĐiều 2. Mức học phí\n\n"
            "1. Mức học phí đối với cơ sở giáo dục mầm non, giáo\ndục phổ thông công lập chưa tự bảo đảm chi thường xuyên như sau:\n"
            "Đơn vị tính: Nghìn\nđồng/người học/tháng.\n\nSTT\n\nCấp học\n\nKhu vực nông\nthôn (xã)\n\nKhu vực thành\nthị (phường)\n\n\n"
            "1\n\nGiáo dục mầm non\n\n80\n\n120\n\n\n2\n\nGiáo dục phổ thông\n\n\n\n\n\nTiểu học\n\n80\n\n120\n\n\n\n"
            "Trung học phổ thông\n\n130\n\n200\n\n")
    assert _t(text) == []


# 78/2025/NQ-HĐND Hà Nội (bench/gold/fresh, hand labels): three appendix tables of spending norms after the signature
_NQ78_HEAD = ("\nHỘI ĐỒNG NHÂN\nDÂN \nTHÀNH PHỐ HÀ NỘI\n-------\n\nSố: 78/2025/NQ-HĐND\n\nHà Nội, ngày 27\ntháng 11 năm 2025 *\n\n"
              "NGHỊ QUYẾT\nQUY\nĐỊNH NỘI DUNG CHI, MỨC CHI ĐỐI VỚI CÔNG TÁC XÂY DỰNG, HOÀN THIỆN CHÍNH SÁCH,\nPHÁP LUẬT\n"
              "Điều 1. Phạm vi điều chỉnh\n\nCHỦ TỊCH\nĐinh Thị Quế\n\n")
_NQ78_ANNEX_I = (
    "PHỤ LỤC I\nTỔNG MỨC CHI CHO TỪNG NHIỆM VỤ ĐỐI VỚI XÂY DỰNG MỚI, THAY\nTHẾ VĂN BẢN QUY PHẠM PHÁP LUẬT TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI\n"
    "(Ban hành kèm theo Nghị quyết số 78/2025/NQ-HĐND ngày 27 tháng 11 năm 2025 của\nHội đồng nhân dân thành phố Hà Nội)\n"
    "Đơn vị tính: Triệu đồng\n\nSTT\n\nLoại văn bản\n\nTổng mức chi\n\nNhiệm vụ thẩm tra, thông qua\n\nNhiệm vụ soạn thảo\n\n"
    "Nhiệm vụ thẩm định\n\nNhiệm vụ tổng hợp, rà soát hồ sơ trình Ủy ban nhân dân,\nChủ tịch Ủy ban nhân dân (Văn phòng Ủy ban nhân dân "
    "Thành phố; Văn phòng Hội\nđồng nhân dân và Ủy ban nhân dân cấp xã là đơn vị dự toán)\n\n\n"
    "1\n\nNghị quyết của Hội đồng\nnhân dân Thành phố\n\n250\n\n75\n\n140\n\n21\n\n14\n\n\n"
    "2\n\nQuyết định của Ủy ban\nnhân dân Thành phố\n\n100\n\n-\n\n80\n\n12\n\n8\n\n\n"
    "4\n\nNghị quyết của Hội đồng\nnhân dân cấp xã\n\n30\n\n9\n\n16,8\n\n2,5\n\n1,7\n\n")
_NQ78_ANNEX_II = (
    "PHỤ LỤC II\nDANH MỤC HOẠT ĐỘNG, SẢN PHẨM VÀ KHUNG ĐỊNH MỨC CHI TRONG\nCÔNG TÁC SOẠN THẢO; THẨM ĐỊNH\n"
    "(Ban hành kèm theo Nghị quyết số 78/2025/NQ-HĐND ngày 27 tháng 11 năm 2025 của\nHội đồng nhân dân thành phố Hà Nội)\n\n"
    "STT\n\nHoạt động\n\nSản phẩm\n\nMức chi\n\n\nA\n\nNhiệm vụ soạn thảo \n\n\n1.\n\nTruyền thông chính sách\n\n"
    "- Ấn phẩm truyền thông\ndạng in (sản phẩm báo chí được xuất bản; bài viết, bản tin khác, báo cáo tọa\nđàm, áp phích...)\n\n"
    "Tối đa 10% tổng mức chi soạn thảo\n\n\n2.\n\nXây dựng Tờ trình\n\nTờ trình\n\nTối đa 30% tổng mức chi soạn thảo\n\n\n"
    "B\n\nNhiệm vụ thẩm định\n\n\n12.\n\nTổ chức họp thẩm định\nhoặc cuộc họp\n\nBiên bản họp\n\nTối đa 50% tổng mức chi thẩm định\n\n")
_NQ78_ANNEX_III = (
    "PHỤ LỤC III\nNỘI DUNG CHI, MỨC CHI PHỤC VỤ HOẠT ĐỘNG BAN CHỈ ĐẠO, TỔ\nGIÚP VIỆC XÂY DỰNG, HOÀN THIỆN THỂ CHẾ\n"
    "(Ban hành kèm theo Nghị quyết số 78/2025/NQ-HĐND ngày 27 tháng 11 năm 2025 của\nHội đồng nhân dân thành phố Hà Nội)\n"
    "Đơn vị tính: Triệu đồng\n\nSTT\n\nNội dung chi\n\nĐơn vị tính\n\nMức chi\n\nGhi chú\n\n\n"
    "1\n\nBáo cáo rà soát, đề\nxuất, kiến nghị hoàn thiện thể chế\n\n \n\n \n\n \n\n\n"
    "1.1\n\nBáo cáo của Ban Chỉ đạo\n\n01 Báo cáo\n\n50\n\n\n\n1.4\n\nBáo cáo của Hội đồng\nnhân dân, Ủy ban nhân dân cấp xã và các "
    "đơn vị khác.\n\n01 Báo cáo\n\n1\n\n\n\n3.1\n\nLãnh đạo Ban chỉ đạo\n\nNgười/tháng\n\n10\n\n")


def test_a_unit_line_closing_a_heading_that_names_norms_makes_every_column_a_norm():
    # Phụ lục I: "Đơn vị tính: Triệu đồng" under "TỔNG MỨC CHI …", five money columns side by side; "-" is no figure
    ex = extract(_NQ78_HEAD + _NQ78_ANNEX_I)
    assert [(t.min, t.max, t.unit) for t in ex.targets] == [
        (v, v, "triệu đồng") for v in (250, 75, 140, 21, 14, 100, 80, 12, 8, 30, 9, 16.8, 2.5, 1.7)]
    assert ex.targets[6].scope == "Quyết định của Ủy ban nhân dân Thành phố"  # after the "-" cell


def test_a_share_of_a_named_base_under_a_mức_chi_head_is_a_bound():
    # Phụ lục II: "Tối đa 10% tổng mức chi soạn thảo" — a maximum in %, about the row's activity
    ex = extract(_NQ78_HEAD + _NQ78_ANNEX_II)
    assert [(t.min, t.max, t.unit) for t in ex.targets] == [(None, 10, "%"), (None, 30, "%"), (None, 50, "%")]
    assert ex.targets[0].scope == "Truyền thông chính sách" and ex.targets[2].scope.startswith("Tổ chức họp thẩm định")


def test_the_unit_of_work_cell_under_a_money_head_is_no_amount():
    # Phụ lục III: "01 Báo cáo" (the Đơn vị tính column) beside the "Mức chi" figure in triệu đồng
    assert _t(_NQ78_HEAD + _NQ78_ANNEX_III) == [(50, 50, "triệu đồng"), (1, 1, "triệu đồng"), (10, 10, "triệu đồng")]

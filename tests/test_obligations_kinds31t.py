"""Obligation kinds tune31's documents showed in session 32 (obl32b), each in its own wording."""

from __future__ import annotations

from test_obligations_kinds30t import _dues  # {who: earliest due date} of a text's obligations

from vanban.extract import extract
from vanban.extract.figure_rows import amount_only, figures_only
from vanban.models import Table, TableCell

_KH_HEAD = ("ĐẢNG BỘ TỈNH YÊN BÌNH\n**ĐẢNG ỦY XÃ HỒNG PHONG**\n\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n\n"
            "Số 07-KH/ĐU\n\n*Hồng Phong, ngày 12 tháng 02 năm 2028*\n\n**KẾ HOẠCH**\n\n"
            "PHÁT TRIỂN ĐẢNG VIÊN NĂM 2028\n\n")
_UB_HEAD = ("ỦY BAN NHÂN DÂN\n**XÃ VĨNH HÒA**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
            "Số: 31/KH-UBND\n\n*Vĩnh Hòa, ngày 20 tháng 02 năm 2028*\n\n**KẾ HOẠCH**\n\n"
            "Xây dựng xã nông thôn mới nâng cao năm 2028\n\n")
_TAIL = "\n\n*Nơi nhận:*\n- Lưu: VT.\n\n**TM. ỦY BAN NHÂN DÂN**\n**CHỦ TỊCH**\n\n**Lò Văn Hải**\n"

_QUOTA_TABLE = ("| TT | Chi bộ | Chỉ tiêu kết nạp | Trong đó: Nữ |\n|---|---|---|---|\n"
                "| 1 | Chi bộ thôn Khe Lụa | 2 | 1 |\n| 2 | Chi bộ thôn Bản Mỏ | 3 | 1 |\n"
                "| 3 | Chi bộ Trường Tiểu học Hồng Phong | 1 | 1 |\n| | **Tổng cộng** | **6** | **3** |\n\n")


def test_a_table_of_each_party_cells_figures_under_a_goals_line_charges_no_cell():
    text = _KH_HEAD + (
        "**I. CHỈ TIÊU**\n\n1. Toàn Đảng bộ phấn đấu kết nạp 6 đảng viên trong năm 2028.\n\n"
        "2. Chỉ tiêu giao cho từng chi bộ:\n\n" + _QUOTA_TABLE +
        "**II. TỔ CHỨC THỰC HIỆN**\n\n**1. Ban Xây dựng Đảng**\n\n"
        "Hướng dẫn các chi bộ xây dựng kế hoạch tạo nguồn, hoàn thành trước ngày 15/3/2028.") + _TAIL
    got = _dues(text)
    assert got.get("Ban Xây dựng Đảng") == "2028-03-15"
    assert not any("Chi bộ thôn" in w or "chi bộ" in w.lower() or "Tổng" in w for w in got if w != "Ban Xây dựng Đảng")


def test_a_figure_table_handed_out_by_the_verb_giao_stays_one_obligation_of_the_units():
    text = _KH_HEAD + (
        "**I. CHỈ TIÊU**\n\n1. Toàn Đảng bộ phấn đấu kết nạp 6 đảng viên trong năm 2028.\n\n"
        "2. Giao chỉ tiêu cụ thể cho 03 chi bộ như sau:\n\n" + _QUOTA_TABLE +
        "**II. TỔ CHỨC THỰC HIỆN**\n\n**1. Ban Xây dựng Đảng**\n\n"
        "Hướng dẫn các chi bộ xây dựng kế hoạch tạo nguồn, hoàn thành trước ngày 15/3/2028.") + _TAIL
    got = _dues(text)
    assert "03 chi bộ" in got
    assert not any(w.startswith("Chi bộ thôn") for w in got)


def test_a_chi_bo_table_whose_rows_say_a_task_in_words_charges_each_row():
    text = _KH_HEAD + (
        "**I. NHIỆM VỤ CỦA CÁC CHI BỘ**\n\n"
        "| STT | Chi bộ | Mô hình dân vận khéo | Chỉ tiêu |\n|---|---|---|---|\n"
        "| 1 | Chi bộ thôn Khe Lụa | Xây dựng mô hình \"Đường hoa thôn em\" | 01 mô hình |\n"
        "| 2 | Chi bộ thôn Bản Mỏ | Xây dựng mô hình \"Nhà sạch, vườn đẹp\" | 01 mô hình |\n\n"
        "**II. TỔ CHỨC THỰC HIỆN**\n\n**1. Ban Xây dựng Đảng**\n\nTheo dõi, đôn đốc các chi bộ thực hiện.") + _TAIL
    got = _dues(text)
    assert "Chi bộ thôn Khe Lụa" in got and "Chi bộ thôn Bản Mỏ" in got


def test_a_mass_organisation_putting_members_forward_opens_its_own_sentence():
    text = _KH_HEAD + (
        "**I. CÁC BƯỚC THỰC HIỆN**\n\n**Bước 1. Tạo nguồn**\n\n"
        "Các chi bộ lập danh sách quần chúng ưu tú, gửi về Đảng ủy chậm nhất ngày 15/3/2028. Hội Nông dân xã, "
        "Hội Cựu chiến binh xã giới thiệu hội viên ưu tú cho chi bộ trước ngày 01/3/2028.\n\n"
        "**Bước 2. Bồi dưỡng**\n\nBan Xây dựng Đảng mở lớp bồi dưỡng nhận thức về Đảng trong tháng 5/2028.") + _TAIL
    got = _dues(text)
    assert got.get("Các chi bộ") == "2028-03-15"
    assert got.get("Hội Nông dân xã, Hội Cựu chiến binh xã") == "2028-03-01"


_CRITERIA = (
    "**II. CHỈ TIÊU VÀ PHÂN CÔNG PHỤ TRÁCH**\n\n"
    "| TT | Tiêu chí / chỉ tiêu | Bộ phận phụ trách | Thời gian hoàn thành |\n|---|---|---|---|\n"
    "| 1 | Trường học (TC5): 03/04 trường đạt chuẩn quốc gia | Phòng Văn hóa - Xã hội | Trước 30/11/2028 |\n"
    "| 2 | Giao thông (TC2): 100% đường ngõ xóm được cứng hóa | Phòng Kinh tế | Quý III/2028 |\n"
    "| 3 | Văn hóa (TC6): 100% thôn có nhà văn hóa đạt chuẩn | Phòng Văn hóa - Xã hội | Tháng 10/2028 |\n"
    "| 4 | Y tế (TC15): từ 96% người dân có thẻ bảo hiểm y tế | Trạm Y tế xã | Trước 31/8/2028 |\n\n")


def test_a_criterion_row_named_by_the_schools_is_no_post_of_a_board():
    got = [(o.who, o.what) for o in extract(_UB_HEAD + _CRITERIA + _TAIL).obligations]
    assert any(w == "Phòng Văn hóa - Xã hội" and "Trường học" in t for w, t in got)


def test_a_block_that_takes_over_the_rows_given_it_in_another_section_is_dated_by_them():
    text = _UB_HEAD + "**I. MỤC TIÊU**\n\nXã đạt chuẩn nông thôn mới nâng cao.\n\n" + _CRITERIA + (
        "**III. TỔ CHỨC THỰC HIỆN**\n\n**1. Phòng Văn hóa - Xã hội**\n\n"
        "Chủ trì các tiêu chí được phân công tại mục II; rà soát hộ nghèo theo hướng dẫn của tỉnh.\n\n"
        "**2. Trạm Y tế xã, Phòng Kinh tế**\n\nThực hiện các tiêu chí được phân công tại mục II.\n\n"
        "**3. Văn phòng HĐND và UBND xã**\n\nBảo đảm kinh phí thực hiện các chỉ tiêu nêu tại mục II.") + _TAIL
    got = _dues(text)
    assert got.get("Phòng Văn hóa - Xã hội") == "2028-10-31"  # its rows 1 and 3 (30/11, tháng 10), not row 4
    assert got.get("Trạm Y tế xã, Phòng Kinh tế") == "2028-08-31"
    assert got.get("Văn phòng HĐND và UBND xã") is None  # goals pointed to, no task taken over


def test_a_block_that_carries_out_the_undated_tasks_of_a_section_is_dated_by_them():
    text = _UB_HEAD + (
        "**I. NHIỆM VỤ**\n\n**1. Trước mùa mưa lũ**\n\n"
        "- Rà soát phương án sơ tán dân vùng trũng, trình Chủ tịch UBND xã phê duyệt trước ngày 20/5/2028.\n\n"
        "- Nạo vét kênh mương nội đồng, hoàn thành trong tháng 6/2028.\n\n"
        "**2. Trong mùa mưa lũ**\n\n- Tổ chức trực ban theo quy định.\n\n"
        "**II. PHÂN CÔNG NHIỆM VỤ**\n\n**1. Phòng Kinh tế**\n\n"
        "Chủ trì thực hiện các nhiệm vụ nêu tại mục I.1; tổng hợp báo cáo Ban Chỉ huy trước ngày 30/6/2028.\n\n"
        "**2. Công an xã**\n\nBảo đảm an ninh trật tự tại các điểm sơ tán.") + _TAIL
    got = _dues(text)
    assert got.get("Phòng Kinh tế") == "2028-05-20"
    assert got.get("Công an xã") is None


def test_a_funding_line_names_a_source_and_its_amount_no_task():
    assert amount_only("3.000 triệu đồng")
    assert amount_only("12,5%")
    assert not amount_only("huy động 3.000 triệu đồng")
    text = _UB_HEAD + (
        "**I. NGUỒN VỐN**\n\nTổng nguồn vốn năm 2028: 9.000 triệu đồng, gồm:\n\n"
        "- Ngân sách tỉnh: 6.000 triệu đồng;\n- Doanh nghiệp và cộng đồng dân cư đóng góp: 3.000 triệu đồng.\n\n"
        "**II. TỔ CHỨC THỰC HIỆN**\n\n**1. Phòng Kinh tế**\n\nQuản lý vốn đầu tư, giải ngân đúng tiến độ.") + _TAIL
    got = _dues(text)
    assert "Phòng Kinh tế" in got
    assert not any("đóng góp" in w for w in got)


def test_a_request_to_the_forest_rangers_office_names_its_body():
    text = ("ỦY BAN NHÂN DÂN\n**XÃ VĨNH HÒA**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
            "Số: 14/QĐ-UBND\n\n*Vĩnh Hòa, ngày 20 tháng 01 năm 2028*\n\n**QUYẾT ĐỊNH**\n\n"
            "Về việc giao kế hoạch trồng rừng năm 2028\n\n**QUYẾT ĐỊNH:**\n\n"
            "**Điều 1.** Giao kế hoạch trồng rừng năm 2028 cho các thôn.\n\n"
            "**Điều 2.** Tổ chức thực hiện\n\n1. Phòng Kinh tế\n\nHướng dẫn kỹ thuật trồng rừng cho các hộ.\n\n"
            "2. Đề nghị Hạt Kiểm lâm khu vực Văn Yên\n\n"
            "Cử kiểm lâm địa bàn hướng dẫn, kiểm tra việc trồng rừng; phòng cháy rừng trong mùa khô.\n\n"
            "**Điều 3.** Quyết định này có hiệu lực kể từ ngày ký.") + _TAIL
    assert "Hạt Kiểm lâm khu vực Văn Yên" in _dues(text)


def test_the_councils_own_list_written_out_at_a_communes_level_is_one_subject():
    text = ("HỘI ĐỒNG NHÂN DÂN\n**XÃ VĨNH HÒA**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
            "Số: 09/NQ-HĐND\n\n*Vĩnh Hòa, ngày 25 tháng 6 năm 2028*\n\n**NGHỊ QUYẾT**\n\n"
            "Về nhiệm vụ 6 tháng cuối năm 2028\n\n**QUYẾT NGHỊ:**\n\n"
            "**Điều 1.** Thông qua nhiệm vụ 6 tháng cuối năm 2028.\n\n**Điều 2. Tổ chức thực hiện**\n\n"
            "1. Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết này.\n\n"
            "2. Thường trực Hội đồng nhân dân xã, các Ban của Hội đồng nhân dân xã, các Tổ đại biểu Hội đồng nhân dân "
            "xã và đại biểu Hội đồng nhân dân xã giám sát việc thực hiện Nghị quyết.") + _TAIL
    whos = list(_dues(text))
    assert any(w.startswith("Thường trực Hội đồng nhân dân xã, các Ban") and w.endswith("đại biểu Hội đồng nhân dân xã")
               for w in whos)


def _grid(*rows: tuple[str, ...]) -> Table:
    cells = tuple(tuple(TableCell(x, 0, 0) for x in r) for r in rows)
    return Table(start=0, end=0, rows=cells, header=tuple(rows[0]), role="data")


def test_a_figure_table_stays_one_through_a_few_cells_the_ocr_shifted_but_not_with_a_column_of_words_or_dates():
    head = ("TT", "Xã, phường", "Chỉ tiêu (người)", "Tỷ lệ (%)")
    assert figures_only(_grid(head, ("1", "Xã Tân Sơn", "420", "95,0"), ("2", "Xã Mỹ Lộc 310", "Xã Đông Hà 1/3", "95,0"),
                              ("3", "Xã Phú Thọ", "280", "93,0"), ("4", "Xã An Lạc", "300", "96,0"),
                              ("", "Tổng cộng", "1.310", "")), 1)
    assert not figures_only(_grid(("TT", "Chi bộ", "Mô hình", "Chỉ tiêu"), ("1", "Chi bộ thôn Đông", "Đường hoa", "01"),
                                  ("2", "Chi bộ thôn Tây", "Vườn mẫu", "01")), 1)
    assert not figures_only(_grid(("TT", "Đơn vị", "Số báo cáo", "Thời hạn"), ("1", "Phòng Kinh tế", "2", "15/3/2028"),
                                  ("2", "Phòng Nội vụ", "1", "20/3/2028")), 1)

"""Targets of tune29's kinds (session 30, issue 10): a report's review division, a quota table per unit printed as a
pipe table.

Documents written for these tests (other bodies, places, figures and years than tune29's). The expected values are read
from the wording with the labels' convention (``realdocs/labeled/README.md``): past results are not targets; each
filled quota cell of a unit is one target, a column counting what the unit holds and the total row are not.
"""

from __future__ import annotations

from vanban.extract import extract


def _figures(text):
    return [(t.min, t.max, t.unit) for t in extract(text).targets]


REPORT = ("ĐẢNG BỘ HUYỆN ĐÔNG ANH\nĐẢNG ỦY XÃ MAI LÂM\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố: 88-BC/ĐU\n\n"
          "Mai Lâm, ngày 12 tháng 12 năm 2028\n\nBÁO CÁO\n\nTổng kết công tác năm 2028, phương hướng nhiệm vụ năm 2029"
          "\n\n{first}\n\n{first_title}\n\nI. CÔNG TÁC XÂY DỰNG ĐẢNG\n\n"
          "Kết nạp 24 đảng viên mới, đạt 120% kế hoạch; 94,2% đảng viên hoàn thành tốt nhiệm vụ trở lên.\n\n"
          "II. PHÁT TRIỂN KINH TẾ - XÃ HỘI\n\n"
          "- Thu ngân sách trên địa bàn đạt 61,3 tỷ đồng, tăng 7,4% so với năm 2027.\n\n"
          "- Tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,1%.\n\n"
          "Phần thứ hai\n\nPHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2029\n\nI. CHỈ TIÊU CHỦ YẾU\n\n"
          "1. Thu ngân sách trên địa bàn đạt ít nhất 65 tỷ đồng.\n\n"
          "2. Tỷ lệ người dân tham gia bảo hiểm y tế đạt từ 95% trở lên.\n\n"
          "II. NHIỆM VỤ\n\nCác chi bộ trực thuộc tổ chức sinh hoạt chuyên đề.\n\n"
          "T/M ĐẢNG ỦY\nBÍ THƯ\nLê Văn Tâm\n")


def test_a_report_division_of_the_years_results_holds_no_targets():
    got = _figures(REPORT.format(first="Phần thứ nhất", first_title="KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2028"))
    assert got == [(65.0, None, "tỷ đồng"), (95.0, None, "%")]


def test_a_division_titled_on_its_own_line_or_after_a_roman_number():
    got = _figures(REPORT.format(first="PHẦN I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2028", first_title=""))
    assert got == [(65.0, None, "tỷ đồng"), (95.0, None, "%")]


def test_a_division_that_sets_aims_too_is_left_to_its_parts():
    # "… VÀ PHƯƠNG HƯỚNG …" names the aims: its parts are read by their own headings, as before
    got = _figures(REPORT.format(first="Phần thứ nhất", first_title="CÔNG TÁC NĂM 2028 VÀ NHIỆM VỤ NĂM 2029"))
    assert (65.0, None, "tỷ đồng") in got and (95.0, None, "%") in got and (61.3, 61.3, "tỷ đồng") in got


PLAN = ("ỦY BAN NHÂN DÂN\nXÃ YÊN MỸ\n\nSố: 42/KH-UBND\n\nYên Mỹ, ngày 10 tháng 3 năm 2028\n\nKẾ HOẠCH\n\n"
        "Phòng, chống dịch bệnh trên đàn gia súc năm 2028\n\nI. NHIỆM VỤ\n\n"
        "Phòng Kinh tế hướng dẫn các xóm tổ chức tiêm phòng.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nĐỗ Minh Châu\n\n"
        "PHỤ LỤC\n\n{caption}\n\n"
        "| STT | Xóm | Tổng đàn trâu, bò | Số con được tiêm phòng | Số đợt phun khử trùng |{notes_head}\n"
        "|---|---|---|---|---|{notes_delim}\n"
        "| 1 | Xóm Bến | 620 | 590 con | 04 đợt |{notes_a}\n"
        "| 2 | Xóm Chùa | 410 | Ít nhất 380 con | 03 đợt |{notes_b}\n"
        "| | Tổng cộng | 1.030 | 970 con | 07 đợt |{notes_c}\n")


def _plan(caption="CHỈ TIÊU TIÊM PHÒNG GIAO CHO CÁC XÓM NĂM 2028", notes=False):
    extra = dict(notes_head=" Ghi chú |", notes_delim="---|", notes_a=" Xóm ven sông |", notes_b=" |",
                 notes_c=" |") if notes else dict(notes_head="", notes_delim="", notes_a="", notes_b="", notes_c="")
    return PLAN.format(caption=caption, **extra)


def test_a_pipe_quota_table_gives_each_units_filled_cell_as_a_target():
    got = _figures(_plan())
    # (tgt32a) the total row where it is its column's sum ("07 đợt"; not "970 con", its column holding a bound)
    assert got == [(590.0, 590.0, "con"), (4.0, 4.0, "đợt"), (380.0, None, "con"), (3.0, 3.0, "đợt"), (7.0, 7.0, "đợt")]


def test_a_pipe_quota_tables_texts_and_periods():
    ts = extract(_plan()).targets
    assert [t.text for t in ts] == ["590 con", "04 đợt", "Ít nhất 380 con", "03 đợt", "07 đợt"]
    assert {t.period for t in ts} == {"năm 2028"}


def test_a_remarks_column_after_the_kinds_holds_no_target():
    assert _figures(_plan(notes=True)) == [(590.0, 590.0, "con"), (4.0, 4.0, "đợt"), (380.0, None, "con"),
                                           (3.0, 3.0, "đợt"), (7.0, 7.0, "đợt")]  # (tgt32a) the checked total


def test_a_pipe_table_of_results_by_unit_is_no_quota_table():
    assert _figures(_plan(caption="KẾT QUẢ TIÊM PHÒNG CỦA CÁC XÓM NĂM 2027")) == []


PROGRAMME = ("HỘI LIÊN HIỆP PHỤ NỮ TỈNH NINH BÌNH\n\nSố: 07/CTrPH-HLHPN-SYT\n\nNinh Bình, ngày 02 tháng 4 năm 2028\n\n"
             "CHƯƠNG TRÌNH PHỐI HỢP\n\nVề chăm sóc sức khỏe bà mẹ, trẻ em giai đoạn 2028 - 2029\n\n"
             "I. NỘI DUNG PHỐI HỢP\n\n1. Truyền thông\n\n"
             "Mỗi năm xây dựng ít nhất 15 mô hình câu lạc bộ dinh dưỡng tại các xã vùng cao.\n\n"
             "II. TỔ CHỨC THỰC HIỆN\n\nHai bên giao ban vào tháng 12 hằng năm.\n\n"
             "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nPhạm Thu Hà\n\n"
             "PHỤ LỤC\n\n{heading}\n\n"
             "| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |\n"
             "|---|---|---|---|---|\n"
             "| 1 | Mở 08 lớp tập huấn nuôi con bằng sữa mẹ | Trung tâm Kiểm soát bệnh tật | Hội Phụ nữ các xã | Quý III/2028 |\n"
             "| 2 | Xây dựng 15 mô hình câu lạc bộ dinh dưỡng | Ban Gia đình - Xã hội | Trạm y tế xã | Tháng 10/2028 |\n")


def test_the_joint_tasks_of_a_programme_in_its_appendix_are_its_targets():
    got = _figures(PROGRAMME.format(heading="NỘI DUNG PHỐI HỢP NĂM 2028"))
    # the body's floor per year, then the appendix row of 2028 (its own quantity for the year, not the floor restated)
    assert got == [(15.0, None, "mô hình"), (8.0, 8.0, "lớp"), (15.0, 15.0, "mô hình")]


def test_an_appendix_listing_other_things_is_no_task_list():
    got = _figures(PROGRAMME.format(heading="DANH SÁCH CÁC XÃ VÙNG CAO THAM GIA"))
    assert got == [(15.0, None, "mô hình")]


def test_a_works_count_opening_a_pipe_rows_task_cell_is_a_target():
    plan = ("ỦY BAN NHÂN DÂN\nXÃ YÊN MỸ\n\nSố: 42/KH-UBND\n\nYên Mỹ, ngày 10 tháng 3 năm 2028\n\nKẾ HOẠCH\n\n"
            "Khuyến nông năm 2028\n\nI. NHIỆM VỤ CỤ THỂ\n\n"
            "| TT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Tổ chức 12 lớp tập huấn kỹ thuật nuôi ong | Trạm Khuyến nông | Quý II/2028 |\n"
            "| 2 | Xây dựng 04 mô hình trồng nấm rơm | Hội Nông dân xã | Tháng 9/2028 |\n\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nĐỗ Minh Châu\n")
    assert _figures(plan) == [(12.0, 12.0, "lớp"), (4.0, 4.0, "mô hình")]


RESOLUTION = ("ĐẢNG BỘ XÃ TIÊN DU\nCHI BỘ THÔN ĐÔNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố: 21-NQ/CB\n\n"
              "Tiên Du, ngày 04 tháng 5 năm 2028\n\nNGHỊ QUYẾT\n\nVề nhiệm vụ tháng 5 năm 2028\n\n"
              "I. NHIỆM VỤ\n\n- Phấn đấu tỷ lệ đảng viên dự sinh hoạt đạt ít nhất 92%.\n\n"
              "II. TỔ CHỨC THỰC HIỆN\n\nChi ủy triển khai Nghị quyết.\n\n"
              "Nghị quyết được Chi bộ thông qua với 28/28 đồng chí dự họp tán thành (đạt 100%)./.\n\n"
              "T/M CHI BỘ\nBÍ THƯ\nNgô Văn Hải\n")


def test_the_vote_a_resolution_closes_with_is_no_target():
    assert _figures(RESOLUTION) == [(92.0, None, "%")]


LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nVĂN PHÒNG\n\nSố: 1402/VP-TH\nV/v báo cáo sơ kết\n\n"
          "Gia Lai, ngày 03 tháng 6 năm 2028\n\nKính gửi: Các sở, ban, ngành tỉnh.\n\n"
          "Đề nghị các cơ quan gửi báo cáo sơ kết 6 tháng về Văn phòng trước ngày 20/6/2028. "
          "Báo cáo phải có số liệu so sánh cùng kỳ năm 2027, dung lượng không quá 06 trang.\n\n"
          "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nLê Minh Tú\n")


def test_a_comparison_period_asked_for_opens_no_review_of_that_year():
    assert _figures(LETTER) == [(None, 6.0, "trang")]


def test_the_review_division_ends_where_the_roman_parts_start_again_its_next_heading_lost():
    # a legacy OCR's restoration read "Phần thứ hai" as a name: the aims' "I." still ends the review
    text = REPORT.format(first="Phần thứ nhất", first_title="KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2028")
    got = _figures(text.replace("Phần thứ hai\n", "Phan thị hải\n"))
    assert got == [(65.0, None, "tỷ đồng"), (95.0, None, "%")]


def test_a_quota_table_whose_pipe_rows_ocr_ran_on_is_read_from_its_grid():
    # a scan of the pipe table: its OCR reads the header and the first rows as one line (the flowed pipe reader's
    # data table), the quota reader reads its cells from that grid
    text = _plan()
    at = text.index("| STT")
    rows = text[at:].rstrip("\n").split("\n")
    flowed = text[:at] + " ".join(rows[:4]) + "\n" + "\n".join(rows[4:]) + "\n"
    assert _figures(flowed)[:3] == [(590.0, 590.0, "con"), (4.0, 4.0, "đợt"), (380.0, None, "con")]

"""Targets on real wording, session 19: the kinds tune19 (the blind authored19's twin) showed (tu19t; beside test_targets_session19.py, authored18's kinds).

Sentences written for these tests in the style of a Đảng ủy's Chương trình hành động and a Sở's Kế hoạch; the
expected values are read from the wording with the labels' conventions (``realdocs/labeled/README.md``: a figure
of the plan's aims is a target, a past figure is a result, a bound gives min or max).
"""

from __future__ import annotations

from vanban.extract import extract

CTR = ("ĐẢNG BỘ TỈNH NINH BÌNH\nĐẢNG ỦY PHƯỜNG NAM HOA LƯ\nSố: 19-CTr/ĐU\nNam Hoa Lư, ngày 10 tháng 12 năm 2026\n\n"
       "CHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện Nghị quyết về phát triển du lịch\n\n")


def _targets(text: str):
    return [(t.min, t.max, t.unit) for t in extract(text).targets]


# --- a results heading that names the aims too -------------------------------------------------------------------

JOINT = ("I. TÌNH HÌNH VÀ MỤC TIÊU\n"
         "1. Tình hình\n"
         "Năm 2026, toàn phường đón 215.000 lượt khách, đạt 104% kế hoạch; có 46 cơ sở lưu trú.\n"
         "2. Mục tiêu đến năm 2030\n"
         "- Lượng khách du lịch tăng bình quân từ 8% đến 10%/năm.\n"
         "- Có ít nhất 60 cơ sở lưu trú đạt chuẩn.\n"
         "II. NHIỆM VỤ, GIẢI PHÁP\n"
         "Tổ chức ít nhất 02 lễ hội du lịch mỗi năm.\n")


def test_the_aims_under_a_heading_of_results_and_aims_are_targets():
    got = _targets(CTR + JOINT)
    assert (8.0, 10.0, "%") in got
    assert any(x[:2] == (60.0, None) and x[2].startswith("cơ sở") for x in got)


def test_the_results_under_that_heading_stay_results():
    got = _targets(CTR + JOINT)
    assert all(x not in got for x in ((104.0, 104.0, "%"), (46.0, 46.0, "cơ sở lưu trú"), (215000.0, 215000.0, "lượt")))


def test_a_results_heading_alone_still_masks_its_numbered_parts():
    # "KẾT QUẢ THỰC HIỆN" names no aims: a "2. Chỉ tiêu …" line under it reports the past (a Báo cáo's part)
    text = CTR + ("I. KẾT QUẢ THỰC HIỆN NĂM 2026\n1. Công tác tuyên truyền\nĐã tổ chức 12 hội nghị.\n"
                  "2. Chỉ tiêu chủ yếu\n- Có 48 cơ sở lưu trú đạt chuẩn, vượt 6% so với kế hoạch.\n"
                  "II. NHIỆM VỤ NĂM 2027\nPhấn đấu có ít nhất 52 cơ sở lưu trú đạt chuẩn.\n")
    assert [x[:2] for x in _targets(text)] == [(52.0, None)]


# --- support the plan aims to give ---------------------------------------------------------------------------------

KH = ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 77/KH-SNNMT\n"
      "Ninh Bình, ngày 05 tháng 01 năm 2027\n\nKẾ HOẠCH\nPhát triển hợp tác xã năm 2027\n\nI. CHỈ TIÊU\n")


def test_support_with_a_bound_is_a_target():
    assert _targets(KH + "1. Hỗ trợ ít nhất 25 hợp tác xã ứng dụng công nghệ số trong quản lý.\n") \
        == [(25.0, None, "hợp tác xã")]


def test_support_over_a_range_is_a_target():
    assert _targets(KH + "2. Hằng năm hỗ trợ thành lập mới từ 5 đến 7 hợp tác xã nông nghiệp.\n") \
        == [(5.0, 7.0, "hợp tác xã")]


def test_support_asked_of_a_superior_stays_a_request():
    text = KH + ("1. Có ít nhất 30 hợp tác xã hoạt động hiệu quả.\nII. KIẾN NGHỊ\n"
                 "Đề nghị Ủy ban nhân dân tỉnh hỗ trợ ít nhất 10 máy sấy nông sản cho các hợp tác xã.\n")
    assert _targets(text) == [(30.0, None, "hợp tác xã")]


def test_a_bound_runs_on_through_a_list_of_kinds_of_one_thing():
    # "không ít hơn 15 mô hình thuộc …, 12 mô hình thuộc …": the labels read the bound as governing both (tune19's notes)
    text = CTR + ("II. MỤC TIÊU\nĐến năm 2030, toàn phường có ít nhất 60 mô hình, trong đó có không ít hơn 15 mô hình "
                  "thuộc lĩnh vực văn hóa, 12 mô hình thuộc lĩnh vực bảo vệ môi trường.\n")
    assert _targets(text) == [(60.0, None, "mô hình"), (15.0, None, "mô hình"), (12.0, None, "mô hình")]


# --- an appendix table with a column of targets -------------------------------------------------------------------

PLAN_WITH_APPENDIX = (
    "ĐẢNG BỘ TỈNH HÀ TĨNH\nĐẢNG ỦY XÃ THẠCH HÀ\nSố: 31-KH/ĐU\nThạch Hà, ngày 08 tháng 01 năm 2027\n\n"
    "KẾ HOẠCH\nThực hiện phong trào thi đua “Dân vận khéo” năm 2027 - 2028\n\n"
    "I. NHIỆM VỤ\nCác chi bộ đăng ký mô hình với Đảng ủy xã trước ngày 20/02/2027.\n"
    "II. TỔ CHỨC THỰC HIỆN\nCác đơn vị chủ trì thực hiện các mô hình tại Phụ lục kèm theo.\n\n"
    "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nLê Văn An\n\n"
    "PHỤ LỤC\nDANH MỤC MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2027 - 2028\n"
    "(Kèm theo Kế hoạch số 31-KH/ĐU ngày 08/01/2027 của Ban Thường vụ Đảng ủy xã)\n\n"
    "Năm\n\nTên mô hình\n\nĐơn vị chủ trì\n\nChỉ tiêu\n\nThời gian hoàn thành\n\n\n"
    "2027\n\n“Nhà sạch, vườn đẹp”\n\nChi hội phụ nữ thôn Trung\n\nÍt nhất 40 hộ đăng ký\n\nQuý IV/2027\n\n\n"
    "2028\n\n“Đường hoa thanh niên”\n\nĐoàn Thanh niên xã\n\nTrồng ít nhất 2 km đường hoa\n\nNăm 2028\n")


def test_the_targets_under_an_appendix_tables_target_column_are_read():
    got = _targets(PLAN_WITH_APPENDIX)
    assert (40.0, None, "hộ") in got and (2.0, None, "km") in got


# --- a cold-spell Công điện: the temperatures its rules apply at, the bulletin's forecast ------------------------------

CD = ("ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 02/CĐ-UBND\nCao Bằng, ngày 05 tháng 01 năm 2027\n\nCÔNG ĐIỆN\n"
      "Về việc chủ động ứng phó với rét đậm, rét hại\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n\n"
      "- Giám đốc các sở, ngành;\n- Chủ tịch Ủy ban nhân dân các xã, phường.\n\n")


def test_the_temperature_a_rule_applies_at_is_a_bound():
    text = CD + ("Để chủ động ứng phó với đợt rét đậm, rét hại, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
                 "1. Sở Giáo dục và Đào tạo chỉ đạo cho học sinh mầm non nghỉ học khi nhiệt độ ngoài trời xuống dưới 9°C.\n"
                 "2. Ủy ban nhân dân các xã hướng dẫn Nhân dân không chăn thả trâu, bò khi nhiệt độ dưới 11°C.\n")
    assert _targets(text) == [(None, 9.0, "°C"), (None, 11.0, "°C")]


def test_a_bulletins_forecast_gives_no_target():
    text = CD + ("Theo bản tin của Đài Khí tượng Thủy văn tỉnh, từ ngày 06/01/2027 trên địa bàn tỉnh xảy ra rét hại, "
                 "khả năng kéo dài từ 05 đến 07 ngày, nhiệt độ thấp nhất phổ biến từ 2 đến 4°C.\n"
                 "1. Các sở, ngành theo dõi sát diễn biến thời tiết.\n")
    assert _targets(text) == []


# --- the score bands of a xếp loại guidance ------------------------------------------------------------------------

HD = ("HỘI NÔNG DÂN VIỆT NAM\nHỘI NÔNG DÂN TỈNH ĐIỆN BIÊN\nSố: 09/HD-HND\nĐiện Biên, ngày 02 tháng 12 năm 2026\n\n"
      "HƯỚNG DẪN\nĐánh giá, xếp loại cơ sở Hội năm 2026\n\nII. XẾP LOẠI\n")


def test_a_band_a_grade_requires_the_score_to_reach_is_a_target():
    text = HD + ("- Hoàn thành xuất sắc nhiệm vụ: đạt từ 92 điểm trở lên;\n"
                 "- Hoàn thành tốt nhiệm vụ: đạt từ 80 đến dưới 92 điểm;\n"
                 "- Không hoàn thành nhiệm vụ: dưới 55 điểm.\n")
    assert _targets(text) == [(92.0, None, "điểm"), (80.0, 92.0, "điểm"), (None, 55.0, "điểm")]


def test_a_band_naming_a_class_of_cases_stays_no_target():
    text = HD + "Đối với hội viên tham gia sinh hoạt từ 02 năm đến dưới 05 năm: tặng Giấy khen.\n"
    assert _targets(text) == []


def test_the_figure_naming_which_things_a_share_counts_is_no_target():
    # "Không quá 7% số xã có tỷ lệ … dưới 85%": the 85% says which xã the share counts (as 624/KH-UBND's "nhóm trẻ
    # dưới 24 tháng tuổi" in the labels)
    text = KH + ("1. Không quá 7% số xã, phường có tỷ lệ hợp tác xã hoạt động hiệu quả dưới 85%.\n"
                 "2. Ít nhất 90% hợp tác xã có kế hoạch sản xuất, kinh doanh hằng năm.\n")
    assert _targets(text) == [(None, 7.0, "%"), (90.0, None, "%")]


def test_an_appendix_indicator_table_is_not_read_as_quotas():
    # "TT | Chỉ tiêu | Chủ trì": the "Chỉ tiêu" column names the row's indicator (the body's target, assigned in the
    # appendix: 144/KH-UBND in the review labels), not a quota beside a named work
    text = PLAN_WITH_APPENDIX.split("PHỤ LỤC")[0] + (
        "PHỤ LỤC\nPHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU\n\nTT\n\nChỉ tiêu\n\nChủ trì\n\n\n"
        "1\n\nTỷ lệ hộ gia đình văn hóa đạt tối thiểu 92%\n\nBan Tuyên giáo và Dân vận\n\n\n"
        "2\n\nTỷ lệ chi bộ đăng ký mô hình đạt 100%\n\nVăn phòng Đảng ủy\n")
    assert _targets(text) == []

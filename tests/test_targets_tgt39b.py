"""Targets of the kinds of tune38's documents (tgt39b, session 39).

A plan whose targets stand in an appendix after the signature, one per row of a "Chỉ tiêu" column beside the body in
charge; a quota table whose head shortens the name the body spells out ("Điểm SHVHCĐ"); a group's kind counted in a
total ("tổng số 40 Tổ …"); an equipment list under one floor, an item sized "loại 9 lít"; a column of the grade each
row strives for ("Hạng sao phấn đấu"); a count out of its whole of chi bộ ("06/18 chi bộ"); "giỏ" (a basket) is no
"giờ"; and, as no target, the whole a share counts named in brackets after a long noun. Each text below is written for
these tests in the style of such documents, not copied from a labelled one; the expected values follow
``../shared/realdocs/labeled/README.md`` (từ / tối thiểu / trên → min only; dưới / không quá → max only; an exact
figure → min = max).
"""

from __future__ import annotations

from conftest import make_doc

from vanban.extract import extract


# the header and signature the bodies below are wrapped in (conftest.make_doc)
_DOC = dict(issuer="PHƯỜNG HÒA BÌNH", number=77, date=(10, 2, 2031), signer="Trần Quốc Bảo")


def _x(body: str, appendix: str = ""):
    return extract(make_doc(body, appendix=appendix, **_DOC))


def _t(body: str, appendix: str = ""):
    return [(t.min, t.max, t.unit) for t in _x(body, appendix).targets]


_POINTS_TO_APPENDIX = ("I. MỤC TIÊU\n\nPhường giữ vững danh hiệu phường văn minh đô thị năm 2031; mỗi đơn vị thực hiện "
                       "các chỉ tiêu ghi ở bảng Phụ lục.\n\n"
                       "II. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị thực hiện chỉ tiêu được giao, báo cáo kết quả về UBND phường."
                       "\n")
_TARGETS_APPENDIX = ("\nPHỤ LỤC\n\nCHỈ TIÊU XÂY DỰNG PHƯỜNG VĂN MINH ĐÔ THỊ NĂM 2031\n\n"
                     "(Kèm theo Kế hoạch số 77/KH-UBND ngày 10/02/2031 của UBND phường Hòa Bình)\n\n"
                     "| TT | Chỉ tiêu | Cơ quan chủ trì | Phối hợp | Hạn |\n| :-: | :-- | :-- | :-- | :-- |\n"
                     "| 1 | Ra quân tổng vệ sinh ít nhất 06 đợt trong năm | Ban điều hành các khu phố | Đoàn Thanh niên "
                     "phường | Hằng quý |\n"
                     "| 2 | Tỷ lệ hộ gia đình phân loại rác tại nguồn đạt từ 70% trở lên | Phòng Kinh tế | Các khu phố "
                     "| Tháng 11/2031 |\n"
                     "| 3 | 100% tuyến phố chính có đèn chiếu sáng công cộng | Phòng Kinh tế | Các khu phố | "
                     "Thường xuyên |\n")


def test_an_appendix_headed_as_the_targets_is_read_row_by_row():
    got = _t(_POINTS_TO_APPENDIX, _TARGETS_APPENDIX)
    assert (6.0, None, "đợt") in got
    assert (70.0, None, "%") in got
    assert (100.0, 100.0, "%") in got


_CLUB_POINTS = ("I. CHỈ TIÊU\n\nĐến hết năm 2031, toàn xã có 26 Điểm sinh hoạt văn hóa cộng đồng (xây dựng mới 05 "
                "điểm); chỉ tiêu của từng thôn tại Phụ lục kèm theo.\n")
_CLUB_APPENDIX = ("\nPHỤ LỤC\n\nCHỈ TIÊU XÂY DỰNG ĐIỂM SINH HOẠT VĂN HÓA CỘNG ĐỒNG NĂM 2031\n\n"
                  "(Kèm theo Kế hoạch số 77/KH-UBND ngày 10/02/2031 của UBND phường Hòa Bình)\n\n"
                  "| TT | Thôn | Số hộ | Điểm SHVHCĐ hiện có | Điểm SHVHCĐ xây dựng mới | Hạn hoàn thành |\n"
                  "| :-: | :-- | --: | --: | --: | :-- |\n"
                  "| 1 | Thôn Đồng Lạc | 320 | 4 | 2 | Trước 30/6/2031 |\n"
                  "| 2 | Thôn Bến Gỗ | 275 | 3 | 1 | Trước 30/6/2031 |\n"
                  "| 3 | Thôn Cây Đa | 410 | 5 | 2 | Trước 30/9/2031 |\n")


def test_a_quota_head_s_initials_are_spelled_out_from_the_body():
    units = {t.unit for t in _x(_CLUB_POINTS, _CLUB_APPENDIX).targets if t.min in (1.0, 2.0)}
    assert units == {"điểm sinh hoạt văn hóa cộng đồng"}


def test_initials_the_text_reads_two_ways_are_left_as_printed():
    from vanban.extract.unit_initials import spelled_out

    assert spelled_out("CCCC", "các cụm chữa cháy công cộng và cụm cứu chữa cây cảnh") is None
    assert spelled_out("ANTT", "bảo đảm an ninh trật tự tại khu dân cư") == "an ninh trật tự"


_TOTAL_GROUPS = ("II. CHỈ TIÊU\n\n1. Đến hết năm 2031, toàn xã có tổng số 40 Tổ tự quản an ninh (thành lập mới 09 tổ) "
                 "và 12 Điểm tập kết rác (bố trí mới 04 điểm).\n")


def test_a_group_s_kind_counted_in_a_total_is_a_count_not_a_name():
    got = _t(_TOTAL_GROUPS)
    assert (40.0, 40.0, "tổ") in got
    assert (12.0, 12.0, "điểm") in got


_EQUIPMENT = ("II. CHỈ TIÊU\n\n1. Mỗi chốt phòng cháy khu dân cư được trang bị tối thiểu 03 bình chữa cháy bọt loại 9 "
              "lít, 01 bình khí CO2, 02 cuộn vòi và mặt nạ phòng độc.\n")


def test_a_floor_runs_on_through_an_equipment_list_past_an_item_s_size():
    got = _t(_EQUIPMENT)
    assert (3.0, None, "bình chữa cháy") in got
    assert (1.0, None, "bình") in got
    assert (2.0, None, "cuộn") in got


_STARS = ("III. DANH MỤC SẢN PHẨM THAM GIA ĐÁNH GIÁ NĂM 2031\n\n"
          "| TT | Cơ sở sản xuất | Sản phẩm | Hạng sao phấn đấu | Hạn nộp hồ sơ |\n| :-: | :-- | :-- | :-: | :-- |\n"
          "| 1 | Hợp tác xã Rau an toàn Phú Mỹ | Rau mầm hữu cơ | 4 sao | Trước ngày 30/7/2031 |\n"
          "| 2 | Cơ sở Bánh tráng Bà Năm | Bánh tráng phơi sương | 5 sao (nâng hạng) | Trước ngày 31/8/2031 |\n")


def test_a_column_of_the_grade_each_row_strives_for():
    got = _t(_STARS)
    assert (4.0, 4.0, "sao") in got
    assert (5.0, 5.0, "sao") in got


def test_a_count_of_chi_bo_out_of_its_whole_is_no_date():
    got = _t("II. NỘI DUNG\n\n1. Đối tượng giám sát\n\nGiám sát 06/18 chi bộ trực thuộc về thu, nộp đảng phí năm 2031.\n")
    assert (6.0, 6.0, "chi bộ") in got


def test_a_basket_is_no_hour():
    got = _t("II. CHỈ TIÊU\n\nVận động hội viên tham gia, phấn đấu trao ít nhất 300 giỏ rau sạch cho hộ khó khăn.\n")
    assert all(u != "giờ" for _, _, u in got)
    assert any(lo == 300.0 and (u or "").startswith("giỏ") for lo, _, u in got)


def test_the_whole_a_share_counts_after_a_long_noun_is_no_target():
    got = _t("II. CHỈ TIÊU\n\n1. 100% cơ sở giáo dục mầm non ngoài công lập đang hoạt động trên địa bàn phường (09 cơ sở) "
             "được kiểm tra về điều kiện an toàn.\n")
    assert (100.0, 100.0, "%") in got
    assert not any(lo == 9.0 for lo, _, _ in got)


def test_a_floor_opening_a_list_with_gom_bounds_each_item():
    got = _t("II. CHỈ TIÊU\n\nMỗi chốt được trang bị tối thiểu gồm: 04 bình bột xách tay, 01 thang nhôm gấp, "
             "02 đèn pin chiếu sáng.\n")
    firsts = {(lo, hi, (u or "").split()[0]) for lo, hi, u in got}
    assert {(4.0, None, "bình"), (1.0, None, "thang"), (2.0, None, "đèn")} <= firsts


_TABLE_OF_TARGETS = ("\nPHỤ LỤC\n\nBẢNG CHỈ TIÊU XÂY DỰNG KHU DÂN CƯ KIỂU MẪU NĂM 2031\n\n"
                     "| TT | Nội dung chỉ tiêu | Bộ phận thực hiện | Hạn |\n| :-: | :-- | :-- | :-- |\n"
                     "| 1 | Mở ít nhất 02 lớp dạy nghề ngắn hạn cho lao động nông thôn | Công chức Văn hóa | Quý III |\n"
                     "| 2 | Tỷ lệ người tham gia bảo hiểm y tế đạt từ 95% trở lên | Bảo hiểm xã hội | Năm 2031 |\n")


def test_a_table_of_targets_named_otherwise_beside_the_body_carrying_them_out():
    got = _t(_POINTS_TO_APPENDIX, _TABLE_OF_TARGETS)
    assert (2.0, None, "lớp") in got
    assert (95.0, None, "%") in got


def test_a_planned_grade_column():
    got = _t("III. DANH MỤC SẢN PHẨM\n\n| TT | Chủ thể | Tên sản phẩm | Hạng sao dự kiến | Ghi chú |\n"
             "| :-: | :-- | :-- | :-: | :-- |\n| 1 | Tổ hợp tác Nấm sạch | Nấm rơm sấy | 3 sao | Mới |\n"
             "| 2 | Cơ sở Tương Đồng Mỹ | Tương nếp | 4 sao | Nâng hạng |\n")
    assert (3.0, 3.0, "sao") in got

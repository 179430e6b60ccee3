"""Targets in prose of the kinds of authored39's documents (tgt41b, session 41).

The bounds of the criteria a plan's model must meet, put in an appendix ("PHỤ LỤC II ⏎ TIÊU CHUẨN …"); people of
several kinds counted together ("người") where no usual pair names one body; the staff or pupils a plan assigns
("phân công 01 …", "chọn 02 …"); a contribution in days of pay or work per head and year; a group named by its
children's age ("cho phụ huynh có con dưới 5 tuổi"); a disinfectant's strength ("bằng Cloramin B 2%"). Each text
below is written for these tests in the style of such documents, not copied from a labelled one; the expected values
follow ``../shared/realdocs/labeled/README.md`` (từ / tối thiểu / ít nhất → min only; không quá → max only; an exact
figure → min = max).
"""

from __future__ import annotations

from conftest import make_doc

from vanban.extract import extract


# the header and signature the bodies below are wrapped in (conftest.make_doc)
_DOC = dict(issuer="XÃ TÂN HÒA", number=27, date=(9, 2, 2033), signer="Đỗ Minh Khang")


def _t(body: str, appendix: str = ""):
    return [(t.min, t.max, t.unit) for t in extract(make_doc(body, appendix=appendix, **_DOC)).targets]


def test_criteria_appendix_bounds_are_targets():
    body = ("I. MỤC TIÊU\n\n1. Xây dựng 12 điểm dừng chân đạt tiêu chuẩn theo Phụ lục kèm theo Kế hoạch này.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n\nPhòng Văn hóa - Xã hội hướng dẫn các thôn thực hiện.\n")
    appendix = ("\nPHỤ LỤC\n\nTIÊU CHUẨN ĐIỂM DỪNG CHÂN DU LỊCH\n\n(Kèm theo Kế hoạch số 27/KH-UBND)\n\n"
                "1. Mặt bằng rộng tối thiểu 300 m2, có chỗ đỗ xe.\n\n"
                "2. Khu vệ sinh cách khu ăn uống ít nhất 15 m.\n\n"
                "3. Có bảng giới thiệu sản phẩm của địa phương.\n")
    got = _t(body, appendix)
    assert (300, None, "m2") in got
    assert (15, None, "m") in got


def test_scoring_appendix_stays_unread():
    body = ("I. MỤC TIÊU\n\n1. Các thôn thi đua theo tiêu chí tại Phụ lục.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n\nVăn phòng tổng hợp kết quả.\n")
    appendix = ("\nPHỤ LỤC\n\nTIÊU CHÍ CHẤM ĐIỂM THI ĐUA\n\n"
                "1. Thôn đạt từ 90 điểm trở lên được xếp loại xuất sắc.\n")
    assert not [t for t in _t(body, appendix) if t[2] == "điểm"]


def test_people_of_several_kinds_are_counted_as_people():
    got = _t("1. Huy động ít nhất 40 dân quân, đoàn viên, hội viên phụ nữ tham gia dọn vệ sinh.\n\n"
             "2. Bố trí tối thiểu 03 công chức, cộng tác viên dân số trực tại điểm tiêm.\n")
    assert (40, None, "người") in got


def test_usual_pair_of_kinds_keeps_the_pair():
    got = _t("1. Bố trí ít nhất 06 cán bộ, chiến sĩ trực bảo vệ lễ hội.\n")
    assert (6, None, "cán bộ, chiến sĩ") in got


def test_staff_and_pupils_a_plan_assigns():
    got = _t("1. Trạm Y tế phân công 01 nhân viên theo dõi sổ tiêm chủng.\n\n"
             "2. Liên đội lựa chọn 03 học sinh xuất sắc tham gia hội thi cấp huyện.\n")
    assert (1, 1, "nhân viên") in got
    assert (3, 3, "học sinh") in got


def test_days_of_pay_or_work_per_head_and_year():
    got = _t("1. Mức đóng góp\n\na) Người hưởng lương từ ngân sách: nộp 01 ngày lương cơ bản/người/năm.\n\n"
             "b) Lao động trong độ tuổi ở các thôn: góp 03 ngày công/người/năm để tu sửa kênh mương.\n")
    assert (1, 1, "ngày lương/người/năm") in got
    assert (3, 3, "ngày công/người/năm") in got


def test_group_named_by_childrens_age_is_no_bound():
    got = _t("1. Phát tài liệu hướng dẫn phòng bệnh cho các bà mẹ có con dưới 24 tháng tuổi tại các thôn.\n")
    assert not [t for t in got if t[2] in ("tuổi", "tháng tuổi")]


def test_disinfectant_strength_is_no_target():
    got = _t("1. Khi phát hiện ổ dịch, hướng dẫn hộ gia đình khử trùng chuồng trại bằng dung dịch Iodine 5%.\n")
    assert not [t for t in got if t[2] == "%"]


def test_size_of_each_class_a_plan_opens():
    got = _t("1. Mở 03 lớp bồi dưỡng nghiệp vụ (mỗi lớp 45 học viên) cho cán bộ thôn.\n")
    assert (45, 45, "học viên") in got


def test_total_of_gifts_after_their_level():
    got = _t("1. Tặng quà các gia đình chính sách có hoàn cảnh khó khăn, mức 500.000 đồng/hộ, tổng số 80 suất.\n")
    assert (80, 80, "suất") in got


def test_watch_kept_over_a_span_is_exact():
    got = _t("1. Giám sát sức khỏe người về từ vùng có dịch trong 21 ngày.\n\n"
             "2. Kiểm tra, xử lý ổ dịch trong 48 giờ.\n")
    assert (21, 21, "ngày") in got
    assert (None, 48, "giờ") in got


def test_firm_bound_in_the_main_clause_after_a_condition():
    got = _t("1. Khi phát hiện trường hợp mắc sởi, Trạm Y tế hướng dẫn gia đình cho trẻ nghỉ học ít nhất 04 ngày.\n\n"
             "2. Nếu tỷ lệ tiêm chủng của thôn dưới 90%, Trạm Y tế tổ chức tiêm bù.\n")
    assert (4, None, "ngày") in got
    assert not [t for t in got if t[2] == "%"]


def test_a_unit_put_up_for_an_award_is_no_pick():
    got = _t("1. Lựa chọn 01 tổ dân phố tiêu biểu để đề nghị Ủy ban nhân dân tỉnh tặng Bằng khen.\n")
    assert not [t for t in got if t[2] == "tổ dân phố"]


def test_session_length_and_print_run():
    got = _t("1. Phát trên loa truyền thanh 02 buổi/tuần, mỗi buổi 15 phút.\n\n"
             "2. Phát tờ gấp về phòng chống đuối nước cho các hộ (in 3.500 tờ).\n")
    assert (15, 15, "phút") in got
    assert (3500, 3500, "tờ") in got


def test_classes_a_plan_holds():
    got = _t("1. Hội Nông dân xã phối hợp Trạm Khuyến nông tổ chức 03 lớp tập huấn nuôi ong lấy mật.\n")
    assert (3, 3, "lớp") in got

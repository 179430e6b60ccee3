"""Targets in running text of authored33 / tune33's kinds, documents 06–10 (tgt35b, session 35).

Villages of the uplands ("bản") counted in an aim, no copies; a bracket opening with an earlier year tells how things
stood (its counts no targets, whatever its verb); the prizes a games lays out per rank; the units a label lists as
taking part ("Đơn vị tham gia: …"); those a land recovery affects, listed after their labels; the places a body is set
up in when each body's size follows ("Thành lập Tổ … tại N thôn, mỗi tổ …"); the volunteers a body posts; the
threshold of a rule whose plural subject opens its clause ("các cơ quan có dưới N cán bộ được ghép …"); a floor inside
the things a share counts. Each text below is written for these tests in the style of such documents, not copied from
a labelled one; the expected values follow ``../shared/realdocs/labeled/README.md`` (an exact figure → min = max;
dưới → max only).
"""

from __future__ import annotations

from conftest import make_doc

from vanban.extract import extract

# the header and signature the bodies below are wrapped in (conftest.make_doc)
_DOC = dict(issuer="XÃ NẬM MƯỜI", number=41, date=(8, 3, 2030),
            title="Thực hiện nhiệm vụ trọng tâm năm 2030", signer="Lò Văn Khánh")


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(make_doc(body, **_DOC)).targets]


def test_villages_recognised_in_an_aim_are_a_count_to_reach():
    got = _t("II. CHỈ TIÊU\n\n1. Phấn đấu trong năm 2030 có thêm 02 bản được công nhận đạt chuẩn văn hóa.\n")
    assert (2, 2, "bản") in got, got


def test_copies_of_a_paper_stay_no_target():
    got = _t("II. CHỈ TIÊU\n\n1. Phấn đấu trong năm 2030 có thêm 02 bản được công nhận đạt chuẩn; mỗi thôn nhận 03 "
             "bản.\n")
    assert (2, 2, "bản") in got and (3, 3, "bản") not in got, got


def test_a_bracket_opening_with_an_earlier_year_gives_the_baseline():
    got = _t("II. CHỈ TIÊU\n\n1. Giảm ít nhất 15% số vụ vi phạm so với năm 2029 (năm 2029 toàn xã có 26 vụ vi phạm, "
             "trong đó 09 vụ do người ngoài địa bàn).\n")
    assert (15, None, "%") in got, got
    assert not any(lo in (26, 9) for lo, _, _ in got), got


def test_prizes_per_rank_are_no_targets():
    got = _t("IV. GIẢI THƯỞNG\n\n1. Mỗi nội dung trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba (cờ vua, cờ tướng: "
             "01 giải Khuyến khích).\n")
    assert not any(u and u.startswith("giải") for _, _, u in got), got


def test_units_taking_part_are_described_not_set():
    got = _t("II. ĐƠN VỊ THAM GIA\n\n3. Đơn vị tham gia: 14 thôn, 04 trường học và các cơ quan đóng trên địa bàn xã.\n")
    assert not any(lo in (14, 4) for lo, _, _ in got), got


def test_those_a_land_recovery_affects_are_described_not_set():
    got = _t("II. PHẠM VI THU HỒI ĐẤT\n\n- Số thửa đất bị ảnh hưởng: 96 thửa, thuộc bản Phiêng Lằn.\n\n- Số hộ gia "
             "đình có đất bị thu hồi: 58 hộ; số hộ phải di chuyển chỗ ở: 07 hộ.\n")
    assert not any(lo in (96, 58, 7) for lo, _, _ in got), got


def test_teams_set_up_per_village_count_each_team_not_the_villages():
    got = _t("III. NỘI DUNG\n\n1. Thành lập Tổ công tác tại 09 bản, mỗi tổ không quá 04 thành viên.\n")
    assert (None, 4, "thành viên") in got, got
    assert not any(lo == 9 for lo, _, _ in got), got


def test_volunteers_a_body_posts_are_a_count():
    got = _t("V. TỔ CHỨC THỰC HIỆN\n\n3. Đoàn Thanh niên xã bố trí 25 tình nguyện viên hướng dẫn khách tham quan.\n")
    assert (25, 25, "tình nguyện viên") in got, got


def test_threshold_of_a_rule_whose_plural_subject_opens_the_clause():
    got = _t("III. THỂ LỆ\n\n2. Mỗi thôn là một đơn vị dự thi; các cơ quan có dưới 20 người lao động được ghép với thôn "
             "nơi đóng trụ sở.\n")
    assert any(lo is None and hi == 20 and u.startswith("người") for lo, hi, u in got), got


def test_a_floor_inside_the_things_a_share_counts():
    got = _t("I. MỤC ĐÍCH, YÊU CẦU\n\n2. Phấn đấu 100% thôn có đội văn nghệ biểu diễn từ 04 tiết mục trở lên."
             "\n")
    assert (100, 100, "%") in got, got
    assert not any(lo == 4 for lo, _, _ in got), got


# tune34's kinds, documents 06–10


def test_a_budget_granting_a_sum_per_item_is_a_level_set():
    got = _t("III. NỘI DUNG\n\n2. Trồng cây phân tán: ngân sách xã hỗ trợ thêm 2.500 đồng/cây giống bản địa.\n")
    assert (2500, 2500, "đồng/cây") in got, got


def test_occasions_within_a_crop_season_are_a_quota():
    got = _t("III. NỘI DUNG\n\n4. Chăm sóc vườn cây năm đầu 02 lần trong vụ Đông Xuân; nghiệm thu trong tháng 5/2030.\n")
    assert (2, 2, "lần") in got, got


def test_a_paragraph_labelled_as_the_situation_reports_figures():
    got = _t("Tình hình: từ đầu năm đến nay, trên địa bàn xã ghi nhận 36 ca bệnh tay chân miệng, với 04 ổ dịch tại 3/9 "
             "thôn.\n\nỦy ban nhân dân xã ban hành Kế hoạch như sau:\n\nI. CHỈ TIÊU\n\n- Ít nhất 95% hộ gia đình được "
             "hướng dẫn vệ sinh phòng bệnh.\n")
    assert (95, None, "%") in got, got
    assert not any(lo in (36, 4, 3) for lo, _, _ in got), got


def test_the_volume_of_work_under_its_own_heading_is_described():
    got = _t("II. KHỐI LƯỢNG, CHỈ TIÊU\n\n1. Khối lượng công việc\n\n- Hồ sơ địa chính chưa số hóa: 3.400 hồ sơ.\n\n"
             "2. Chỉ tiêu\n\n- 100% hồ sơ địa chính 3.400 hồ sơ được số hóa, cập nhật vào cơ sở dữ liệu.\n")
    assert (100, 100, "%") in got, got
    assert not any(lo == 3400 for lo, _, _ in got), got

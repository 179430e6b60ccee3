"""Prose targets of session 42's tgt42d: kinds read wrong in tune41 (the twin of the blind authored41).

- A plan divided by "Phần I. … Phần IV." with its numbered items right below (no roman parts): each division is a
  section, so "Phần II. CHỈ TIÊU" holds the plan's targets (:func:`vanban.extract.sections._division_as_section`).
- A crop season's year ("vụ Hè Thu 2031") names the season, no count.
- "ngày công" (man-days) is an amount of labour, no stretch of time.
- A share of people followed by "được …" ("ít nhất 90% học sinh được kiểm tra …") is the target, no tier's key.
- Occasions laid out round by round after their count ("03 đợt …: đợt 1 …") are the task's quota.
- A label's count given as a total ("Số lượng, cơ cấu: Tổng số 45 đại biểu") is the count the label sets.
- A place's size in brackets after its name ("thôn Bắc Sơn (186 hộ)") is no target of an aims part.
- A task naming a goal's floor again as its exact count is the goal restated, counted once.

The texts are written for these tests, not copied from a labelled document.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 21/KH-UBND\nHòa Bình, ngày 10 tháng 3 năm 2031\n\nKẾ HOẠCH\n"
         "{title}\n\n")
_SIGN = "\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Tâm\n"


def _targets(title: str, body: str):
    return extract(_HEAD.format(title=title) + body + _SIGN).targets


def _values(ts):
    return {(t.min, t.max, t.unit) for t in ts}


_DIVIDED = (
    "**Phần I. MỤC ĐÍCH**\n\n- Bảo đảm đủ nước tưới cho sản xuất vụ Hè Thu 2031.\n\n"
    "**Phần II. CHỈ TIÊU**\n\n"
    "1. Diện tích gieo trồng vụ Hè Thu 2031 của xã: 412,5 ha.\n\n"
    "2. Khơi thông 3.200 m mương tiêu bằng thủ công, huy động 640 ngày công của nhân dân các thôn.\n\n"
    "**Phần III. PHÂN CÔNG NHIỆM VỤ**\n\n"
    "1. Giao Hợp tác xã nông nghiệp\n\nXây dựng lịch bơm nước cho từng cánh đồng.\n"
)


def test_a_division_holding_numbered_items_is_a_section_of_targets():
    got = _values(_targets("Phục vụ sản xuất vụ Hè Thu năm 2031", _DIVIDED))
    assert (412.5, 412.5, "ha") in got, got
    assert (640.0, 640.0, "ngày công") in got, got


def test_a_crop_seasons_year_counts_nothing():
    body = "II. CHỈ TIÊU\n\n1. Diện tích lúa vụ Hè Thu 2031 cả xã: 412,5 ha.\n"
    got = _targets("Phục vụ sản xuất vụ Hè Thu năm 2031", body)
    assert (412.5, 412.5, "ha") in _values(got), _values(got)
    assert not [t for t in got if t.min == 2031 or t.max == 2031], [(t.text, t.min) for t in got]


def test_man_days_under_a_floor_keep_their_unit():
    body = ("II. CHỈ TIÊU\n\n- Đoàn Thanh niên xã huy động tối thiểu 250 ngày công lao động giúp các hộ khó khăn "
            "dựng lại chuồng trại.\n")
    got = _values(_targets("Hỗ trợ hộ khó khăn năm 2031", body))
    assert (250.0, None, "ngày công") in got, got


def test_a_share_of_people_then_duoc_is_the_target():
    body = ("II. CHỈ TIÊU\n\n- 100% trẻ em dưới 5 tuổi được lập sổ theo dõi; ít nhất 85% trẻ em được cân đo định kỳ "
            "tối thiểu 02 lần/năm.\n\n- Ít nhất 70% học sinh được tẩy giun định kỳ 02 lần/năm.\n")
    got = _values(_targets("Chăm sóc sức khỏe trẻ em năm 2031", body))
    assert (85.0, None, "%") in got and (70.0, None, "%") in got, got


def test_rounds_laid_out_after_their_count_are_the_quota():
    body = ("III. NHIỆM VỤ\n\n1. Vệ sinh môi trường nông thôn: tổ chức 03 đợt ra quân thu gom rác thải, phát quang "
            "bụi rậm và khơi thông cống rãnh dọc các tuyến đường liên thôn, ngõ xóm: đợt 1 trong tháng 4/2031, "
            "đợt 2 trong tháng 8/2031, đợt 3 trong tháng 12/2031.\n")
    got = _values(_targets("Vệ sinh môi trường năm 2031", body))
    assert (3.0, 3.0, "đợt") in got, got


def test_a_labels_total_is_the_count_it_sets():
    body = ("II. NỘI DUNG\n\n**2. Số lượng, cơ cấu:** Tổng số 45 đại biểu, gồm trưởng các thôn, bí thư chi bộ "
            "và đại diện các hội, đoàn thể của xã.\n")
    got = _values(_targets("Tổ chức hội nghị tập huấn năm 2031", body))
    assert (45.0, 45.0, "đại biểu") in got, got


def test_a_named_places_size_in_brackets_is_no_target_of_its_aims_part():
    body = ("**Phần I. MỤC TIÊU VÀ ĐỊA BÀN**\n\n1. Mục tiêu: 100% hộ gia đình của hai thôn được dùng nước sạch.\n\n"
            "2. Địa bàn: chọn thôn Bắc Sơn (186 hộ) và thôn Nam Hà (143 hộ), nơi đường giao thông đã được cứng hóa.\n\n"
            "**Phần II. TỔ CHỨC THỰC HIỆN**\n\n1. Giao Phòng Kinh tế xã\n\nTheo dõi, đôn đốc thực hiện.\n")
    got = _targets("Xây dựng thôn kiểu mẫu năm 2031", body)
    assert (100.0, 100.0, "%") in _values(got), _values(got)
    assert not [t for t in got if t.min in (186, 143)], [(t.text, t.min) for t in got]


def test_a_goals_floor_named_again_as_a_tasks_count_is_counted_once():
    body = ("II. CHỈ TIÊU\n\na) Xây dựng mới ít nhất 03 nhà văn hóa thôn đạt chuẩn.\n\n"
            "III. NHIỆM VỤ\n\n1. Huy động nguồn lực của nhân dân, hoàn thành việc xây dựng 03 nhà văn hóa thôn mới "
            "trong quý IV/2031.\n")
    got = [t for t in _targets("Xây dựng thiết chế văn hóa năm 2031", body) if t.min == 3]
    assert len(got) == 1 and got[0].max is None, [(t.text, t.min, t.max) for t in got]

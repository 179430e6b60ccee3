"""Targets of the kinds tune48 read wrongly (tgt49t, session 49).

A rate whose bound is printed as a sign ("đạt ≥ 85%", "đạt > 90%") after the things it counts, a time window among them
("Tỷ lệ trẻ sơ sinh được tiêm vắc xin viêm gan B trong 24 giờ đầu sau sinh đạt ≥ 85%", t48-03): the window says which
newborns the rate counts (t23-09 and a30-04 label the rate alone, as t48-03 does), so it is no time limit of its own;
the time limit a task sets after it ("trong vòng 24 giờ sau mỗi buổi tiêm") stays one. Each text is written for these
tests in the style of a phường's plans (other places, figures and wording than the labelled documents); the values
follow ``../shared/realdocs/labeled/README.md`` (relative time limits are targets; ≥ / trên → min only).
"""

from __future__ import annotations

import pytest

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ\nỦY BAN NHÂN DÂN PHƯỜNG AN CỰU\nSố: 41/KH-UBND\n"
         "An Cựu, ngày 08 tháng 01 năm 2036\n\nKẾ HOẠCH\nTiêm chủng mở rộng năm 2036\n\n**II. CHỈ TIÊU**\n\n")
_TAIL = "\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Hòa\n"


def _t(body: str, head: str = _HEAD):
    return [(t.min, t.max, t.unit) for t in extract(head + body + _TAIL).targets]


@pytest.mark.parametrize("aim, rate", [
    # t48-03's kind, the window's "đầu" and "sau sinh"
    ("Tỷ lệ trẻ sơ sinh được tiêm vắc xin viêm gan B trong 24 giờ đầu sau sinh đạt ≥ 88%.", 88.0),
    # "trong vòng", the sign without its bar
    ("Tỷ lệ trẻ sơ sinh được tiêm vắc xin viêm gan B trong vòng 24 giờ sau sinh đạt > 80%.", 80.0),
    # a floor among the things counted, before the sign (tgt31c's kind)
    ("Tỷ lệ người cao tuổi được khám sức khỏe định kỳ ít nhất 01 lần/năm đạt ≥ 75%.", 75.0),
    # "không dưới" in words
    ("Tỷ lệ trẻ sơ sinh được tiêm vắc xin viêm gan B trong vòng 24 giờ đầu sau sinh đạt không dưới 82%.", 82.0),
])
def test_a_window_or_floor_among_what_a_rate_counts_is_no_target(aim, rate):
    body = ("1. " + aim + "\n\n2. Cập nhật thông tin đối tượng lên Hệ thống thông tin tiêm chủng quốc gia trong vòng "
            "48 giờ sau mỗi buổi tiêm.\n")
    got = _t(body)
    assert (rate, None, "%") in got
    assert (None, 48.0, "giờ") in got  # the task's own time limit
    assert not [g for g in got if g[2] != "%" and g != (None, 48.0, "giờ")]


# --- clearing works a task opens with (t48-05's kind) ---------------------------------------------------------------

_WORKS_HEAD = ("ỦY BAN NHÂN DÂN HUYỆN KIẾN XƯƠNG\nỦY BAN NHÂN DÂN XÃ BÌNH NGUYÊN\nSố: 19/KH-UBND\n"
               "Bình Nguyên, ngày 20 tháng 12 năm 2035\n\nKẾ HOẠCH\nChỉnh trang đô thị, bảo vệ môi trường năm 2036\n\n"
               "**III. NHIỆM VỤ VÀ GIẢI PHÁP**\n\n")


@pytest.mark.parametrize("task, want", [
    ("1. Xóa bỏ 07 điểm tập kết rác tự phát ven kênh Vũ Đông, hoàn thành trước ngày 30/6/2036.", (7.0, 7.0, "điểm")),
    ("2. Giải tỏa 12 điểm lấn chiếm hành lang an toàn giao thông trên tuyến đường trục xã.", (12.0, 12.0, "điểm")),
    ("- Tháo dỡ 09 biển quảng cáo, pa nô trái phép trên các tuyến đường liên thôn.", (9.0, 9.0, "biển quảng cáo")),
    ("c) Xóa 15 nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo trong năm 2036.", (15.0, 15.0, "nhà tạm")),
])
def test_a_count_a_clearing_task_opens_with_is_exact(task, want):
    got = _t(task, _WORKS_HEAD)
    assert want in got


def test_clearing_done_is_a_result_not_a_target():
    # a report's result, no task line's opening (t20-05, a24-09 label none)
    body = ("**I. KẾT QUẢ NĂM 2035**\n\nNăm 2035, xã đã hoàn thành xóa 46 nhà tạm, nhà dột nát cho hộ nghèo.\n")
    assert [t for t in extract(_WORKS_HEAD.replace("**III. NHIỆM VỤ VÀ GIẢI PHÁP**\n\n", "") + body + _TAIL).targets
            if t.min == 46.0] == []


# --- a floor in the word "một" after a share: how the share's people are reached (t48-01, a22-07, a46-10) --------

@pytest.mark.parametrize("aim, share", [
    ("Phấn đấu ít nhất 90% hộ gia đình trên địa bàn được tiếp cận, phổ biến pháp luật bằng ít nhất một hình thức.", 90.0),
    ("Phấn đấu 95% hộ gia đình được tuyên truyền, vận động tham gia ít nhất một mô hình tự quản ở khu dân cư.", 95.0),
    ("100% người cao tuổi cô đơn được tiếp cận ít nhất một trong các dịch vụ chăm sóc tại cộng đồng.", 100.0),
])
def test_a_floor_in_words_after_a_share_is_the_shares_means(aim, share):
    got = _t("1. " + aim + "\n")
    assert got == [(share, None if "ít nhất 9" in aim else share, "%")]


def test_a_floor_in_digits_after_a_share_or_a_floor_alone_stays_a_target():
    got = _t("1. 100% người dân được khám sức khỏe ít nhất 01 lần/năm.\n\n2. Mỗi tổ dân phố xây dựng ít nhất một mô hình "
             "tự quản về môi trường.\n")
    assert (1.0, None, "lần") in got or any(g[0] == 1.0 and g[2].startswith("lần") for g in got)
    assert (1.0, None, "mô hình") in got


# --- a table under a caption naming its figures as planned (t48-10, t40-07) ------------------------------------------

_TASKS_HEAD = ("ỦY BAN NHÂN DÂN HUYỆN KIẾN XƯƠNG\nỦY BAN NHÂN DÂN XÃ BÌNH NGUYÊN\nSố: 23/KH-UBND\n"
               "Bình Nguyên, ngày 20 tháng 12 năm 2035\n\nKẾ HOẠCH\nPhòng, chống dịch bệnh gia súc, gia cầm năm 2036\n\n"
               "**III. NHIỆM VỤ VÀ GIẢI PHÁP**\n\n")


def test_the_counted_column_of_a_table_under_a_planned_caption():
    body = ("**1. Tiêm phòng vắc xin**\n\nTiêm phòng cho đàn vật nuôi theo hai đợt trong năm.\n\nDự kiến số lượng vắc xin năm 2036:\n\n"
            "| STT | Loại vắc xin | Đối tượng tiêm | Thời gian tiêm | Số lượng (liều) |\n|---|---|---|---|---|\n"
            "| 1 | Lở mồm long móng | Trâu, bò | Đợt 1 (tháng 4) | 1.800 |\n"
            "| 2 | Dịch tả lợn châu Phi | Lợn | Đợt 1 (tháng 4); đợt 2 (tháng 10) | 3.200 |\n"
            "| 3 | Dại | Chó | Tháng 3 - 4 | 950 |\n"
            "|   | **Tổng cộng** |   |   | **5.950** |\n\n**2. Vệ sinh, khử trùng**\n\nPhun khử trùng chuồng trại.\n")
    got = _t(body, _TASKS_HEAD)
    for n in (1800.0, 3200.0, 950.0, 5950.0):
        assert (n, n, "liều") in got


def test_a_stock_column_under_a_planned_caption_is_the_base():
    body = ("**2. Vệ sinh, khử trùng**\n\nDự kiến số lượng vôi bột cấp cho các thôn như sau:\n\n"
            "| TT | Thôn | Số hộ nuôi | Tổng đàn lợn (con) | Vôi bột (kg) |\n|---|---|---|---|---|\n"
            "| 1 | Phú Xuân | 64 | 820 | 640 |\n| 2 | Phú Lương | 51 | 705 | 510 |\n| 3 | Phú Hậu | 38 | 466 | 380 |\n\n"
            "**3. Giám sát dịch bệnh**\n\nThú y viên theo dõi đàn vật nuôi.\n")
    got = _t(body, _TASKS_HEAD)
    assert {(640.0, 640.0, "kg"), (510.0, 510.0, "kg"), (380.0, 380.0, "kg")} <= set(got)
    assert not [g for g in got if g[2] == "con"]


# --- ages that name a group: in brackets after its name (t48-06, a22-10), in a pipe table's cell (t48-03) -----------

_PARTY_HEAD = ("ĐẢNG BỘ XÃ VĨNH THẠNH\nCHI BỘ ẤP PHÚ AN\n*\nSố 12-KH/CB\nĐẢNG CỘNG SẢN VIỆT NAM\n"
               "Vĩnh Thạnh, ngày 04 tháng 01 năm 2037\n\nKẾ HOẠCH\nTổ chức đại hội chi bộ nhiệm kỳ 2037 - 2039\n\n"
               "**II. YÊU CẦU**\n\n")


def test_an_age_in_brackets_after_a_groups_name_is_no_bound():
    got = _t("1. Tỷ lệ chi ủy viên trẻ (dưới 35 tuổi) đạt từ 20% trở lên; tuổi tham gia chi ủy lần đầu không quá "
             "50 tuổi.\n", _PARTY_HEAD)
    assert (20.0, None, "%") in got
    assert (None, 50.0, "tuổi") in got  # the rule's own age bound stays
    assert (None, 35.0, "tuổi") not in got


def test_an_age_in_a_pipe_tables_cell_names_the_rows_group():
    body = ("1. Lịch tiêm chủng theo khu vực:\n\n| Khu vực | Tổ dân phố | Ngày tiêm | Địa điểm | Đối tượng |\n"
            "|---|---|---|---|---|\n| Khu vực 1 | Tổ 1 đến 6 | Ngày 10 hằng tháng | Trạm Y tế | Trẻ dưới 2 tuổi, phụ nữ "
            "có thai |\n| Khu vực 2 | Tổ 7 đến 12 | Ngày 11 hằng tháng | Nhà văn hóa tổ 9 | Trẻ dưới 2 tuổi |\n\n"
            "2. 100% trẻ được tiêm chủng được theo dõi sau tiêm ít nhất 30 phút.\n")
    got = _t(body)
    assert not [g for g in got if g[2] == "tuổi"]
    assert (30.0, None, "phút") in got


# --- the places a share's things are at, counted in its location phrase (t48-01, a28-07; a38-09 read so already) ----

@pytest.mark.parametrize("aim, share", [
    ("Duy trì 100% tủ sách pháp luật tại Trụ sở UBND phường và 12 nhà văn hóa tổ dân phố.", 100.0),
    ("100% công chức làm việc tại Bộ phận Một cửa của 23 xã, phường được bồi dưỡng kỹ năng số.", 100.0),
    ("Ít nhất 85% hộ gia đình tại 06 thôn ven biển được hướng dẫn kỹ năng phòng, tránh bão.", 85.0),
])
def test_a_count_of_places_in_a_shares_location_is_no_target(aim, share):
    got = _t("1. " + aim + "\n")
    assert [g[0] for g in got] == [share]


def test_a_count_of_places_a_task_after_the_share_sets_stays():
    assert (4.0, 4.0, "nhà văn hóa") in _t("1. 100% hộ dân được cấp nước sạch; xây dựng mới 04 nhà văn hóa thôn.\n")

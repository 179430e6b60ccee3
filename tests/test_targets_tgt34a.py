"""Targets of a xã's plans: a drill's forces and means, a housing-support plan's funding, an election's thresholds and
a posting period (session 34, tgt34a).

Kinds: a list of means on its label's line that goes on after a remark in brackets ("04 xe ô tô (trong đó 01 xe …),
25 xe mô tô"); a part of a total counted in a unit of its own with its size in the total's noun in brackets ("gồm 01
trung đội … (30 người)"); an approximate count on its label's line ("Label: khoảng 250 lượt người"); a funding total
written as a sentence whose lines follow its "gồm:" with no "dự kiến"/"là" and with "hỗ trợ" before the figure; "đạt
quá N%" / "vượt quá" as a floor; "huy động đủ N" as a floor; a posting period ("Thời gian niêm yết là N ngày") exact;
a lead time printed with its calendar date in brackets is no target (the date is the deadline). Every input is
written here in the kind's wording; the expected values are what a careful reader gives them.
"""

from __future__ import annotations

from vanban.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 58/KH-UBND\nHòa Bình, ngày 12 tháng 7 năm 2028\n\n"
         "KẾ HOẠCH\nTổ chức thực hiện nhiệm vụ năm 2028\n\n")


def _targets(body: str):
    return [(t.min, t.max, t.unit) for t in extract(_HEAD + body).targets]


def test_a_list_of_means_goes_on_after_a_bracketed_remark():
    body = ("3. Lực lượng, phương tiện\n\n- Phương tiện: 03 xe ô tô (trong đó 01 xe chở thương của Trạm Y tế), 20 xe "
            "mô tô, 02 xuồng máy; trang bị do Ban Chỉ huy quân sự xã bảo đảm.\n")
    got = _targets(body)
    assert [(lo, hi) for lo, hi, _ in got] == [(3, 3), (20, 20), (2, 2)]
    assert [u.split()[0] for _, _, u in got] == ["xe", "xe", "xuồng"]


def test_a_part_counted_by_its_unit_takes_the_people_in_brackets():
    body = "- Dân quân: 110 người, gồm 01 trung đội dân quân cơ động (30 người) và dân quân tại chỗ 80 người của 07 thôn.\n"
    assert _targets(body) == [(110, 110, "người"), (30, 30, "người"), (80, 80, "người")]


def test_an_approximate_count_on_its_labels_line():
    (t,) = extract(_HEAD + "- Nhân dân tham gia sơ tán: khoảng 250 lượt người.\n").targets
    assert (t.min, t.max) == (250, 250) and t.unit.startswith("lượt")


def test_a_funding_total_with_ho_tro_and_its_lines():
    body = ("IV. KINH PHÍ\n\nTổng kinh phí hỗ trợ 960 triệu đồng, gồm:\n\n- Ngân sách tỉnh: 600 triệu đồng;\n\n"
            "- Ngân sách xã: 360 triệu đồng.\n")
    assert _targets(body) == [(600, 600, "triệu đồng"), (360, 360, "triệu đồng")]  # (tgt49) the total: the means


def test_a_share_over_half_is_a_floor_and_not_over_a_ceiling():
    assert _targets("- Trưởng thôn được công nhận khi có số phiếu đồng ý đạt quá 50% tổng số hộ gia đình.\n") == [(50, None, "%")]
    assert _targets("- Số thành viên vắng mặt không vượt quá 30% tổng số thành viên.\n") == [(None, 30, "%")]


def test_a_sum_to_raise_in_full_is_a_floor():
    body = "- Ủy ban MTTQ xã vận động các nhà hảo tâm, phấn đấu huy động đủ 250 triệu đồng trước ngày 30/10/2028.\n"
    assert _targets(body) == [(250, None, "triệu đồng")]


def test_a_posting_period_is_exact_and_its_floor_stays_a_floor():
    assert _targets("1. Thời gian niêm yết là 10 ngày liên tục tại trụ sở UBND xã.\n") == [(10, 10, "ngày")]
    assert _targets("1. Thời gian niêm yết tối thiểu là 10 ngày liên tục.\n") == [(10, None, "ngày")]


def test_a_lead_time_printed_with_its_date_is_no_target():
    body = ("- Tổ bầu cử niêm yết danh sách cử tri chậm nhất 15 ngày trước ngày bầu cử (trước ngày 20/9/2028).\n")
    assert _targets(body) == []
    # without the date the lead time is the bound the plan sets
    assert _targets("- Tổ bầu cử niêm yết danh sách cử tri chậm nhất 15 ngày trước ngày bầu cử.\n") == [(15, None, "ngày")]


def test_the_level_for_each_of_two_kinds_is_a_norm():
    body = ("III. KINH PHÍ\n\nKinh phí do ngân sách phường bảo đảm. Mức chi cho mỗi khu phố, tổ dân phố là 3 triệu "
            "đồng để tổ chức tuyên truyền, họp dân.\n")
    assert _targets(body) == [(3, 3, "triệu đồng")]


def test_levels_listed_after_a_muc_label():
    body = "1. Mức hỗ trợ: xây mới 50 triệu đồng/nhà; sửa chữa 25 triệu đồng/nhà.\n"
    assert _targets(body) == [(50, 50, "triệu đồng/nhà"), (25, 25, "triệu đồng/nhà")]


def test_support_to_complete_is_no_request():
    body = ("I. MỤC ĐÍCH, YÊU CẦU, MỤC TIÊU\n\n3. Mục tiêu: hoàn thành hỗ trợ 24 nhà cho hộ nghèo trước ngày "
            "31/12/2028.\n")
    assert _targets(body) == [(24, 24, "nhà")]
    # a request stays none
    assert _targets("- Đề nghị tỉnh hỗ trợ 24 nhà cho hộ nghèo.\n") == []


def test_a_ceiling_runs_on_past_a_bracket_naming_the_item():
    body = "3. Mỗi đoàn thể giới thiệu tối đa 02 tập thể (chi hội, tổ hội) và 04 cá nhân.\n"
    assert _targets(body) == [(None, 2, "tập thể"), (None, 4, "cá nhân")]


def test_a_list_of_means_goes_on_across_a_wrapped_line():
    body = "- Phương tiện: 03 xe ô tô, 20 xe mô tô,\n02 xuồng máy, 01 máy phát điện; trang bị do xã bảo đảm.\n"
    assert [(lo, hi) for lo, hi, _ in _targets(body)] == [(3, 3), (20, 20), (2, 2), (1, 1)]


def test_households_a_body_takes_on_to_help():
    body = ("III. TỔ CHỨC THỰC HIỆN\n\n4. Hội Nông dân xã\n\nVận động hội viên đóng góp ngày công; nhận đỡ đầu, giúp đỡ 04 "
            "hộ hội viên có hoàn cảnh khó khăn.\n")
    assert [(lo, hi, u.split()[0]) for lo, hi, u in _targets(body)] == [(4, 4, "hộ")]

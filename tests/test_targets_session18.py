"""Targets on real wording, session 18 (issue 10): grades beside the figure and occasions counted per period, the
kinds tune18 (the blind authored18's twin) showed.

Sentences written for these tests in the style of commune plans and Nghị quyết; the expected values are read from
the wording with the labels' conventions: a grade ("3 sao") is no target (authored16's notes), the figure whose
things it grades is; an occasion counted per period is "kỳ/quý" as "03 lần mỗi tuần" is "lần/tuần".
"""

from __future__ import annotations

from vanban.extract import extract

HEAD = ("ỦY BAN NHÂN DÂN\nXÃ TÂN HỘI\nSố: 61/KH-UBND\nTân Hội, ngày 04 tháng 12 năm 2026\n\n"
        "KẾ HOẠCH\nPhát triển nông nghiệp năm 2027\n\nI. MỤC TIÊU\n")


def _targets(body: str):
    return [(t.min, t.max, t.unit) for t in extract(HEAD + body + "\n").targets]


def test_a_grade_after_the_count_it_qualifies_leaves_the_count():
    # "được công nhận … 3 sao": the "được" is no tier granting the 3; the 02 is the target
    assert _targets("c) Toàn xã có ít nhất 03 sản phẩm được công nhận OCOP 4 sao trở lên.") == [(3.0, None, "sản phẩm")]


def test_a_grade_before_the_figure_is_no_target():
    assert _targets("a) Số sản phẩm OCOP được công nhận từ 3 sao trở lên tăng bình quân 5 - 7%/năm.") \
        == [(5.0, 7.0, "%")]


def test_an_occasion_counted_per_period_is_occasions_per_period():
    ext = extract(HEAD + "b) Mỗi chi hội tổ chức ít nhất 01 buổi sinh hoạt chuyên đề mỗi quý.\n")
    assert [(t.min, t.max, t.unit, t.period) for t in ext.targets] == [(1.0, None, "buổi/quý", "mỗi quý")]
    ext = extract(HEAD + "b) Mỗi tổ hòa giải tổ chức ít nhất 02 đợt tuyên truyền pháp luật hằng năm.\n")
    assert [(t.min, t.unit, t.period) for t in ext.targets] == [(2.0, "đợt/năm", "mỗi năm")]


def test_an_occasion_without_a_period_keeps_its_noun():
    # no "mỗi/hằng" period closing the clause: the unit is the noun as read
    units = [u for _, _, u in _targets("b) Tổ chức ít nhất 02 đợt ra quân làm sạch đồng ruộng trong năm 2027.")]
    assert units and all("/" not in u for u in units)


# --- the amount of works a task opens with ---------------------------------------------------------------------------

NQ = ("HỘI ĐỒNG NHÂN DÂN\nXÃ PHƯỚC AN\nSố: 52/NQ-HĐND\nPhước An, ngày 10 tháng 12 năm 2026\n\n"
      "NGHỊ QUYẾT\nVề kế hoạch đầu tư công năm 2027\n\nĐiều 1. Thông qua danh mục nhiệm vụ năm 2027:\n")


def _nq_targets(body: str):
    return [(t.min, t.max, t.unit) for t in extract(NQ + body + "\n").targets]


def test_a_task_opening_with_its_amount_of_works_is_an_exact_target():
    assert _nq_targets("a) Bê tông hóa 3,5 km đường trục thôn; hoàn thành trong quý III/2027.") == [(3.5, 3.5, "km")]
    assert _nq_targets("b) Nạo vét, gia cố 9 tuyến kênh mương nội đồng, xong trong quý II/2027.") == [(9.0, 9.0, "tuyến")]


def test_a_count_elsewhere_in_a_task_or_of_one_thing_is_no_target():
    # the amount must follow the opening verb; "01 hội nghị" is one event, no amount to reach
    assert _nq_targets("a) Tổ chức 01 hội nghị sơ kết việc thực hiện Nghị quyết.") == []
    assert _nq_targets("b) Ban hành 03 văn bản hướng dẫn thực hiện.") == []
    assert _nq_targets("c) Đường giao thông nội đồng tại thôn 4 được duy tu thường xuyên.") == []

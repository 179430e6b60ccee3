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

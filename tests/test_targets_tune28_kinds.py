"""Targets: kinds read from tune28's misses after it was spent (issue 10, session 29, tq29).

Each sentence below is written for these tests in the style of a province's plans and guidance, not copied from the
labelled documents; the expected values follow ``../shared/realdocs/labeled/README.md`` (bounds: "ít nhất" → min,
"không quá" → max; a count that only names which things a figure holds on is no target).
"""

from __future__ import annotations

from conftest import make_doc

from vanban.extract import extract

# the header and signature the bodies below are wrapped in (conftest.make_doc)
_DOC = dict(issuer="TỈNH NINH BÌNH", number=77, date=(5, 2, 2027), zero_month=True, signer="Phạm Thị Hoa")


def _t(body: str):
    return [(t.min, t.max, t.unit) for t in extract(make_doc(body, **_DOC)).targets]


def test_flags_are_counted_though_the_syllable_folds_like_co():
    # "cờ" (a flag) folds like "có" (to have): printed with its mark it is the noun the quota counts
    body = ("II. KHEN THƯỞNG\nMỗi cụm thi đua được đề nghị tặng tối đa 03 cờ; tổng số cờ thi đua của tỉnh trong năm "
            "không quá 20 cờ.\n")
    assert _t(body) == [(None, 3, "cờ"), (None, 20, "cờ")]


def test_all_of_a_set_after_ca_is_no_count():
    # "trên cả 4 chỉ số": the four measures the yearly fall applies to, named before; the 3% is the target
    body = ("I. CHỈ TIÊU\n- Giảm tai nạn lao động ít nhất 3%/năm trên cả 4 chỉ số (số vụ, số người chết, số người bị "
            "thương, thiệt hại).\n")
    assert _t(body) == [(3, None, "%")]


def test_a_bound_on_what_must_not_exist_is_the_opposite_bound():
    # none of the groups above 3% → at most 3%; no school below 85 points → at least 85 points
    body = ("I. CHỈ TIÊU\n- Tỷ lệ nợ xấu toàn tỉnh không quá 1,5%; không có hợp tác xã nào có nợ xấu trên 3%.\n"
            "- Phấn đấu không để trường học nào đạt dưới 85 điểm khi đánh giá chuyển đổi số.\n")
    assert _t(body) == [(None, 1.5, "%"), (None, 3, "%"), (85, None, "điểm")]


def test_an_incident_to_avoid_and_a_condition_keep_their_reading():
    # the kind of incident ("trên 50 người") is no bound (a21-09's reading); a case under "khi" keeps its own bound
    body = ("I. MỤC TIÊU\n- Phấn đấu không để xảy ra ngộ độc thực phẩm tập thể trên 50 người.\n"
            "II. NHIỆM VỤ\n- Không để học sinh ra đồng khi nhiệt độ dưới 10°C.\n")
    assert _t(body) == [(None, 10, "°C")]

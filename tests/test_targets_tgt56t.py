"""Targets of the kinds the spent tune55 read wrongly in its prose (tgt56t, session 56).

Each document is a spent gold document's plain form (``realdocs/md2plain.py`` of ``bench/gold/<set>/<stem>.md``) copied
into ``tests/fixtures/tgt56t/`` with its labels; an expected target is the labelled one, found by its text, and matched
as ``bench/realdocs_eval.py`` scores it:

1. the project outputs of a poverty plan's part "III. NỘI DUNG THỰC HIỆN CÁC DỰ ÁN" (t55-04): a part headed "nội dung
   thực hiện" sets the plan's tasks, a count opening a clause there is the task's amount ("Đầu tư 09 công trình"),
   "Triển khai 14 dự án", the people the works reach ("với khoảng 420 hộ tham gia"), a second amount with its own works
   verb ("Hỗ trợ xây mới 65 nhà và sửa chữa 20 nhà ở");
2. a Nghị quyết's task "…, hình thành 03 vùng sản xuất tập trung" (t55-06);
3. a value per hectare, "trên 1 ha đất canh tác đạt 450 triệu đồng/năm trở lên" → "triệu đồng/ha/năm" (t55-06, a19-07);
4. not targets: a score an earlier paper published ("… công bố Chỉ số CCHC năm 2039 …, huyện … đạt 84,37 điểm",
   t55-01), a sum a recommendation asks to disburse ("giải ngân dứt điểm 1.660 triệu đồng", t55-05), and a band that
   says which chi ủy a rule is for across a wrapped line ("chi ủy có từ 03 đồng chí trở lên⏎có ít nhất 01 chi ủy viên
   nữ", t55-08)."""

from __future__ import annotations


import pytest

from realdocs_match import _target_match
from fixture_extracts import FixtureTexts

_FIX = FixtureTexts("tgt56t")
_got, _gold, _labelled = _FIX.as_json, _FIX.gold, _FIX.labelled


@pytest.mark.parametrize("stem, text", [
    ("t55-04-KH-UBND", "Đầu tư 09 công trình hạ tầng thiết yếu"),
    ("t55-04-KH-UBND", "Triển khai 14 dự án hỗ trợ phát triển sản xuất"),
    ("t55-04-KH-UBND", "khoảng 420 hộ tham gia"),
    ("t55-04-KH-UBND", "Hỗ trợ xây mới 65 nhà"),
    ("t55-04-KH-UBND", "sửa chữa 20 nhà ở"),
    ("t55-06-NQ-DU", "hình thành 03 vùng sản xuất tập trung"),
    ("t55-06-NQ-DU", "Giá trị sản xuất bình quân trên 1 ha đất canh tác đạt 450 triệu đồng/năm trở lên"),
    ("a19-07-NQ-DU", "Giá trị sản xuất bình quân trên 1 ha đất canh tác đạt trên 250 triệu đồng/năm"),
    ("t55-08-KH-DU", "có ít nhất 01 chi ủy viên nữ"),
])
def test_a_labelled_target_is_read(stem, text):
    label = _labelled(stem, "targets", text)
    got = _got(stem)["targets"]
    assert any(_target_match(label, x) for x in got), (label, got)


def test_the_value_per_hectare_keeps_its_hectare_in_the_unit():
    got = [x for x in _got("t55-06-NQ-DU")["targets"] if x["min"] == 450.0]
    assert [x["unit"] for x in got] == ["triệu đồng/ha/năm"], got


@pytest.mark.parametrize("stem, lo, hi, unit", [
    ("t55-01-KH-UBND", 84.37, 84.37, "điểm"),            # the province's published score of 2039, a past result
    ("t55-05-BC-KTXH", 1660.0, 1660.0, "triệu đồng"),    # the sum the findings left undisbursed, the request's object
    ("t55-08-KH-DU", 3.0, None, "đồng chí"),             # "chi ủy có từ 03 đồng chí trở lên": which chi ủy, no floor
])
def test_a_figure_no_label_counts_is_not_read(stem, lo, hi, unit):
    got = [x for x in _got(stem)["targets"] if (x["min"], x["max"], x["unit"]) == (lo, hi, unit)]
    assert got == [], got

"""Targets of the kinds the spent authored53 read wrongly (tgt55, session 55).

Each document is a spent gold document's plain form (``realdocs/md2plain.py`` of ``bench/gold/<set>/<stem>.md``) copied
into ``tests/fixtures/tgt55/`` with its labels; an expected target is the labelled one, found by its text,
and matched as ``bench/realdocs_eval.py`` scores it:

1. a sub-count in brackets, "04 đảng viên (trong đó có 02 đảng viên là cấp ủy viên)" (a53-06), whose count the
   document prints twice more with a floor ("ít nhất 02 đảng viên") — floors are no printing of a set's name
   (:func:`vanban.extract.described_counts._named_set`);
2. a drill's count, "tổ chức 01 cuộc diễn tập …" (a53-08, t36-06), as an inspection's is;
3. a goal counting a thing named in quotes, said again in the tasks and a body's duties: counted once (a53-08);
4. the days a daily broadcast runs before each event, "ít nhất 03 lần/ngày trong 05 ngày trước mỗi đợt" (a50-07:
   exactly 5 days, no "at most")."""

from __future__ import annotations


import pytest

from realdocs_match import _target_match
from fixture_extracts import FixtureTexts

_FIX = FixtureTexts("tgt55")
_got, _gold, _labelled = _FIX.as_json, _FIX.gold, _FIX.labelled


@pytest.mark.parametrize("stem, text", [
    ("a53-06-CTr-DU", "trong đó có 02 đảng viên là cấp ủy viên"),
    ("a53-06-CTr-DU", "04 đảng viên (trong đó có 02 đảng viên là cấp ủy viên)"),
    ("a53-06-CTr-DU", "mỗi chi bộ kiểm tra ít nhất 02 đảng viên"),
    ("a53-08-KH-UBND", "tổ chức 01 cuộc diễn tập phương án chữa cháy và CNCH cấp phường"),
    ("t36-06-KH-UBND", "01 cuộc diễn tập chữa cháy rừng cấp xã"),
    ("a53-08-KH-UBND", 'Lắp đặt mới 06 "Điểm chữa cháy công cộng"'),
    ("a50-07-KH-BCD", "trong 05 ngày trước mỗi đợt hiến máu"),
    ("a50-07-KH-BCD", "ít nhất 03 lần/ngày"),
])
def test_a_labelled_target_is_read(stem, text):
    label = _labelled(stem, "targets", text)
    got = _got(stem)["targets"]
    assert any(_target_match(label, x) for x in got), (label, got)


def test_a_quoted_goal_said_again_is_counted_once():
    # "Lắp đặt mới 06 "Điểm chữa cháy công cộng" …" under "III. CHỈ TIÊU NĂM 2039", again in task IV.6 and in the
    # duties of the công chức Địa chính (a53-08: labelled once)
    got = [x for x in _got("a53-08-KH-UBND")["targets"] if x["min"] == 6.0 and (x["unit"] or "").startswith("điểm")]
    assert len(got) == 1, got


def test_the_broadcast_days_are_no_time_limit():
    got = [x for x in _got("a50-07-KH-BCD")["targets"] if x["unit"] == "ngày" and 5.0 in (x["min"], x["max"])]
    assert [(x["min"], x["max"]) for x in got] == [(5.0, 5.0)], got

"""Targets and deadlines of the kinds the spent authored53 read wrongly (tgt55, session 55).

Each document is a spent gold document's plain form (``realdocs/md2plain.py`` of ``bench/gold/<set>/<stem>.md``) copied
into ``tests/fixtures/tgt55/`` with its labels; an expected target or deadline is the labelled one, found by its text,
and matched as ``bench/realdocs_eval.py`` scores it:

1. a sub-count in brackets, "04 đảng viên (trong đó có 02 đảng viên là cấp ủy viên)" (a53-06), whose count the
   document prints twice more with a floor ("ít nhất 02 đảng viên") — floors are no printing of a set's name
   (:func:`vanban.extract.described_counts._named_set`);
2. a drill's count, "tổ chức 01 cuộc diễn tập …" (a53-08, t36-06), as an inspection's is;
3. a goal counting a thing named in quotes, said again in the tasks and a body's duties: counted once (a53-08);
4. the days a daily broadcast runs before each event, "ít nhất 03 lần/ngày trong 05 ngày trước mỗi đợt" (a50-07:
   exactly 5 days, no "at most");
5. a task dated in the plan's time frame and again where it is handed out: one deadline (a53-07, a49-04); two tasks
   due on one day stay two (a50-04)."""

from __future__ import annotations

import json
import pathlib

import pytest

from realdocs_match import _dl_match, _target_match
from vanban.extract import extract
from vanban.extract.report import extraction_to_json

_DIR = pathlib.Path(__file__).parent / "fixtures" / "tgt55"
_CACHE: dict[str, dict] = {}


def _got(stem: str) -> dict:
    if stem not in _CACHE:
        _CACHE[stem] = extraction_to_json(extract((_DIR / f"{stem}.txt").read_text(encoding="utf-8")))
    return _CACHE[stem]


def _gold(stem: str) -> dict:
    return json.loads((_DIR / f"{stem}.labels.json").read_text(encoding="utf-8"))


def _labelled(stem: str, field: str, text: str) -> dict:
    (label,) = [t for t in _gold(stem)[field] if t["text"] == text]
    return label


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


@pytest.mark.parametrize("stem, day", [
    ("a53-07-KH-UBND", "2039-04-20"),  # "tiêm vét … hoàn thành trước ngày 20/4/2039" in III.2 and IV.4
    ("a49-04-KH-UBND", "2037-05-15"),  # "hoàn thành hệ thống văn kiện diễn tập trước ngày 15/5/2037", twice
])
def test_a_task_dated_twice_is_one_deadline(stem, day):
    got = [d for d in _got(stem)["deadlines"] if d["date"] == day]
    assert len(got) == 1, got
    for label in _gold(stem)["deadlines"]:
        assert any(_dl_match(label, d) for d in _got(stem)["deadlines"]), label


def test_two_tasks_due_on_one_day_stay_two():
    # a50-04: "trang trí cổ động trực quan …, hoàn thành trước ngày 05/02/2038" and "Các cơ quan, đơn vị gửi lịch trực
    # Tết … trước ngày 05/02/2038"; "hoàn thành đợt kiểm tra trước ngày 10/02/2038" and "thăm hỏi, chúc Tết …, hoàn
    # thành trước ngày 10/02/2038" — four labelled deadlines
    got = _got("a50-04-CT-UBND")["deadlines"]
    for day in ("2038-02-05", "2038-02-10"):
        assert len([d for d in got if d["date"] == day]) == 2, (day, got)


def test_obligations_keep_their_due_days():
    # the deadline said again is dropped after the obligations were read: the Ban Chỉ huy Quân sự xã's block, whose
    # "hoàn thành trước ngày 15/5/2037" is the one dropped, keeps it as its due day (a49-04's label)
    got = {(o["who"], (o["deadline"] or {}).get("date")) for o in _got("a49-04-KH-UBND")["obligations"]}
    for label in _gold("a49-04-KH-UBND")["obligations"]:
        assert (label["who"], label["deadline"]) in got, (label, got)

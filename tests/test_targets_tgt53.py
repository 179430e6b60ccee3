"""Targets in prose sentences (tgt53, session 53; authored51's, tune51's and tune52's misses).

Each document is a spent gold document's plain form (``realdocs/md2plain.py`` of ``bench/gold/<set>/<stem>.md``) copied
into ``tests/fixtures/tgt53/`` with its labels; the expected target is the labelled one, found by its text, and matched
as ``bench/realdocs_eval.py`` scores it (min and max equal, the unit equal or one a prefix of the other):

1. a platoon of the militia, "tổ chức 01 trung đội dân quân cơ động" (t52-07): "trung" folds like "truong", once read
   as "trường" (a school);
2. houses named by their scheme, "Hỗ trợ xây dựng mới 02 "Mái ấm Công đoàn"", "Hỗ trợ xây mới 03 Mái ấm Công đoàn"
   (a51-01, t51-01: unit "nhà" in both twins);
3. the inspections a task holds, "Thanh tra huyện tiến hành 06 cuộc thanh tra hành chính, trong đó có 02 cuộc thanh
   tra trách nhiệm" (a51-03); a done one, "đã tiến hành 04 cuộc giám sát chuyên đề đối với 03 tổ chức đảng" (t28-06),
   is no target;
4. the bodies an inspection covers, "kiểm tra … đối với 03 chi bộ thôn trong quý III/2038" (t52-01);
5. a crop class's area, "Tổng diện tích gieo trồng cây hằng năm 1.540 ha" (t52-02: "năm" there names no year);
6. a recruitment quota, "Tổng số chỉ tiêu tuyển dụng: 40 chỉ tiêu" (t52-08);
7. a team's size, "mỗi đội gồm 10 người" (t52-04)."""

from __future__ import annotations

import json
import pathlib

import pytest

from realdocs_match import _target_match
from vanban.extract import extract
from vanban.extract.report import extraction_to_json

_DIR = pathlib.Path(__file__).parent / "fixtures" / "tgt53"


def _targets(stem: str) -> list[dict]:
    return extraction_to_json(extract((_DIR / f"{stem}.txt").read_text(encoding="utf-8")))["targets"]


def _labelled(stem: str, text: str) -> dict:
    gold = json.loads((_DIR / f"{stem}.labels.json").read_text(encoding="utf-8"))
    (label,) = [t for t in gold["targets"] if t["text"] == text]
    return label


@pytest.mark.parametrize("stem, text", [
    ("t52-07-KH-UBND", "01 trung đội dân quân cơ động"),
    ("a51-01-KH-LDLD", 'Hỗ trợ xây dựng mới 02 "Mái ấm Công đoàn"'),
    ("t51-01-KH-LDLD", "Hỗ trợ xây mới 03 Mái ấm Công đoàn"),
    ("a51-03-KH-UBND", "Thanh tra huyện tiến hành 06 cuộc thanh tra hành chính"),
    ("a51-03-KH-UBND", "02 cuộc thanh tra trách nhiệm"),
    ("t52-01-BC-DU", "đối với 03 chi bộ thôn trong quý III/2038"),
    ("t52-02-NQ-HDND", "Tổng diện tích gieo trồng cây hằng năm 1.540 ha"),
    ("t52-08-TB-UBND", "Tổng số chỉ tiêu tuyển dụng: 40 chỉ tiêu"),
    ("t52-04-KH-UBND", "mỗi đội gồm 10 người"),
])
def test_a_labelled_target_is_read(stem, text):
    label = _labelled(stem, text)
    got = _targets(stem)
    assert any(_target_match(label, x) for x in got), (label, got)


def test_a_platoon_is_no_school():
    assert not [t for t in _targets("t52-07-KH-UBND") if t["unit"] == "trường"]


def test_inspections_done_are_no_target():
    # "Năm 2026, Ban Thường vụ Đảng ủy đã tiến hành 04 cuộc giám sát chuyên đề đối với 03 tổ chức đảng và 05 đảng viên"
    got = {(t["min"], t["max"], t["unit"]) for t in _targets("t28-06-KH-BTV")}
    assert (4.0, 4.0, "cuộc") not in got
    assert (3.0, 3.0, "tổ chức đảng") not in got

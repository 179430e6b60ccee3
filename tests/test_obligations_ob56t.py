"""Obligations and deadlines of session 56's tune55 follow-up (ob56t), from tune55's documents and their authors' labels.

The fixtures are the documents as ``realdocs/md2plain.py`` writes them (the form ``bench/realdocs_eval.py`` reads).

- A Báo cáo's kiến nghị asks, it reports nothing: "bảo đảm giải ngân đạt 100% trước ngày 31/10/2040" there is a
  deadline (t55-05), though a results part's "đạt 100%" tells of a done act.
- Some of a heading's bodies picked out by name in a bullet of their own ("- UBND các xã Gia Lạc, Thượng Hòa, Lạc Vân
  phối hợp …" under "4. Đối với UBND các xã, thị trấn") are an entry of their own (t55-05).
- "Làm chủ đầu tư …; khởi công … trước ngày 30/6/2040 …" under a body's heading is its assignment, not a role alone
  (t55-04); a lone "… làm chủ đầu tư dự án …" stays a role (tests/test_obligations_layouts.py, 70-2025-NQ-HDND).
- "Vụ Đông Xuân", "Vụ Hè Thu" are crop seasons, not a ministry's Vụ (t55-03).
- "Đảng bộ không đăng ký mô hình … không được xét khen thưởng …" withholds a reward, no task (t55-07).
- "Hằng năm, tháng Giêng âm lịch", a yearly festival's lunar month, is no deadline (t55-09).
"""

from __future__ import annotations

import pathlib

from vanban.extract import assignment_words as W
from vanban.extract import extract
from vanban.extract.subjects import body_name
from vanban.extract.task_bodies import named_subset

_DIR = pathlib.Path(__file__).parent / "fixtures" / "ob56t"


def _extract(name: str):
    return extract((_DIR / name).read_text(encoding="utf-8"))


def _obligations(name: str) -> list[tuple[str | None, str | None]]:
    return [(o.who, o.deadline.date if o.deadline else None) for o in _extract(name).obligations]


def test_a_kien_nghi_figure_to_reach_by_a_day_is_a_deadline():
    # t55-05's label: {"text": "trước ngày 31/10/2040", "date": "2040-10-31", …} (III.1.b, a kiến nghị to UBND huyện)
    got = [(d.text, d.date) for d in _extract("t55-05-BC-KTXH.txt").deadlines]
    assert ("trước ngày 31/10/2040", "2040-10-31") in got, got


def test_bodies_named_out_of_the_heading_level_are_an_entry_of_their_own():
    # t55-05's labels: "UBND các xã, thị trấn" (III.4) and "UBND các xã Gia Lạc, Thượng Hòa, Lạc Vân" (III.4)
    got = _obligations("t55-05-BC-KTXH.txt")
    assert ("UBND các xã Gia Lạc, Thượng Hòa, Lạc Vân", None) in got, got
    assert ("UBND các xã, thị trấn", None) in got, got


def test_named_subset_needs_the_heading_level_and_a_name():
    assert named_subset("UBND các xã Gia Lạc, Thượng Hòa, Lạc Vân", "UBND các xã, thị trấn")
    assert not named_subset("UBND các xã, thị trấn", "UBND các xã, thị trấn")
    assert not named_subset("Phòng Tư pháp", "UBND các xã, thị trấn")
    assert not named_subset("Phòng Kinh tế hạ tầng", "Phòng Kinh tế")


def test_a_role_with_its_own_tasks_is_the_bodys_assignment():
    # t55-04's label: {"who": "Ban Quản lý dự án đầu tư xây dựng huyện", "deadline": "2040-06-30"} (VI.6)
    assert ("Ban Quản lý dự án đầu tư xây dựng huyện", "2040-06-30") in _obligations("t55-04-KH-UBND.txt")


def test_a_crop_season_is_no_body():
    # t55-03's labels: no obligation of "Vụ Đông Xuân" / "Vụ Hè Thu" (V. LỊCH THỜI VỤ names no actor)
    got = _obligations("t55-03-KH-UBND.txt")
    assert not any((who or "").startswith("Vụ ") for who, _ in got), got
    assert ("Trưởng các thôn", "2040-01-16") in got, got


def test_a_ministry_department_stays_a_body():
    for name in ("Vụ Đông Nam Á", "Vụ Chính sách thương mại đa biên", "Vụ Pháp chế"):
        assert body_name(name) == name, name
    for season in ("vu dong xuan", "vu he thu nam 2040", "vu mua"):
        assert W.NOT_BODY.match(season), season


def test_a_reward_withheld_is_no_task():
    # t55-07's labels: no obligation of "Đảng bộ" for "… không được xét khen thưởng phong trào năm 2040" (III)
    got = _obligations("t55-07-KH-BDVHU.txt")
    assert not any((who or "").startswith("Đảng bộ") for who, _ in got), got
    assert ("Ban Dân vận Huyện ủy", "2040-03-15") in got, got


def test_a_yearly_festivals_lunar_month_is_no_deadline():
    # t55-09's notes: "Not dated: 'Hằng năm, tháng Giêng âm lịch' (a lunar month with no calendar date printed)"
    ex = _extract("t55-09-DA-UBND.txt")
    assert not any("Giêng" in d.text for d in ex.deadlines), [d.text for d in ex.deadlines]
    festival = [o for o in ex.obligations if "lễ hội" in o.what]
    assert festival and festival[0].who == "Phòng Văn hóa - Xã hội" and festival[0].deadline is None, festival

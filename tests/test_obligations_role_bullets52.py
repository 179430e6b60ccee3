"""A board's heading whose bullets each open with a different post (issue #10, obligations): "1. Ban Giám hiệu" over
"- Hiệu trưởng chịu trách nhiệm chung …" and "- Phó Hiệu trưởng giúp Hiệu trưởng theo dõi, đôn đốc …" (t52-06, a
school's Kế hoạch thực hiện Quy chế dân chủ, copied into tests/fixtures/t52do3) gives one entry per post, as its labels
do ("where one numbered item addresses several bodies separately, each gets its own entry"); bullets naming no post stay
the board's one entry (vanban.extract.block_bodies.BlockBodies.role_bullets, assignment_words.LEADER_POST).
"""

from __future__ import annotations

from pathlib import Path

from vanban.conveyor import process_file

_PATH = Path(__file__).parent / "fixtures" / "t52do3" / "t52-06-KH-THCS.md"
_DOC = _PATH.read_text(encoding="utf-8")


def _obligations(text: str, tmp_path: Path) -> list:
    path = tmp_path / _PATH.name
    path.write_text(text, encoding="utf-8")
    return process_file(path, jobs=1).extraction.obligations


def _section_v1(obls: list) -> list[str]:
    """The entries read from "V. TỔ CHỨC THỰC HIỆN" / "1. Ban Giám hiệu" (undated, after the timetable)."""
    return [o.who for o in obls if o.who in ("Ban Giám hiệu", "Hiệu trưởng", "Phó Hiệu trưởng") and o.deadline is None]


def test_each_post_of_the_board_its_own_entry(tmp_path: Path) -> None:
    obls = _obligations(_DOC, tmp_path)
    assert _section_v1(obls) == ["Hiệu trưởng", "Phó Hiệu trưởng"]
    deputy = next(o for o in obls if o.who == "Phó Hiệu trưởng")
    assert "theo dõi, đôn đốc các bộ phận thực hiện Kế hoạch" in deputy.what
    head = next(o for o in obls if o.who == "Hiệu trưởng" and o.deadline is None)
    assert "Hội nghị viên chức" in head.what


def test_bullets_naming_no_post_stay_the_boards(tmp_path: Path) -> None:
    text = _DOC.replace("- Hiệu trưởng chịu trách nhiệm chung", "- Chịu trách nhiệm chung") \
        .replace("- Phó Hiệu trưởng giúp Hiệu trưởng theo dõi", "- Theo dõi")
    assert _section_v1(_obligations(text, tmp_path)) == ["Ban Giám hiệu"]


def test_one_post_among_unnamed_bullets_keeps_the_board(tmp_path: Path) -> None:
    text = _DOC.replace("- Phó Hiệu trưởng giúp Hiệu trưởng theo dõi", "- Theo dõi")
    assert "Phó Hiệu trưởng" not in _section_v1(_obligations(text, tmp_path))

"""Two members of a group named after the group's own task and a ";" — their own entry, not the group's task.

Kind (session 56, pdf56): "c) Các trường trung học cơ sở, trường tiểu học và trung học cơ sở: điều tra, cập nhật số
liệu …; Trường THCS Đông Giang và Trường TH&THCS Tân Hiệp chủ trì mở lớp xóa mù chữ tại địa phương." (a54-07-KH-PGDDT,
authored54, spent): the labels give the two schools their own obligation. The same list opening the group's item is
the group itself, enumerated: "4. Các trường học trên địa bàn xã" / "- Trường Mầm non, Trường Tiểu học, Trường THCS
Đại Phong tổ chức sinh hoạt chuyên đề … xong trước ngày 31/12/2034." is "Các trường học trên địa bàn xã"'s entry
(t44-02-KH-BATGT, tune44). Expected values are the two documents' labels (bench/gold/authored54/a54-07-KH-PGDDT.labels.json,
bench/gold/tune44/t44-02-KH-BATGT.labels.json), copied here.
"""

from __future__ import annotations

from pathlib import Path

from test_merged_group_rows56 import _plain
from vanban.extract import extract

FIX = Path(__file__).parent / "fixtures"


def _obligations(path: Path) -> list[tuple[str, str | None]]:
    ext = extract(_plain(path.read_text(encoding="utf-8")))
    return [(o.who, o.deadline and o.deadline.latest) for o in ext.obligations]


def test_two_members_after_the_groups_task():
    got = _obligations(FIX / "span56" / "a54-07-KH-PGDDT.md")
    assert ("Trường THCS Đông Giang và Trường TH&THCS Tân Hiệp", None) in got
    assert ("Các trường trung học cơ sở, trường tiểu học và trung học cơ sở", None) in got


def test_members_listed_at_the_items_head_are_the_group():
    got = _obligations(FIX / "pdf56" / "t44-02-KH-BATGT.md")
    assert ("Các trường học trên địa bàn xã", "2034-12-31") in got
    assert not [w for w, _ in got if w.startswith("Trường Mầm non, Trường Tiểu học")]

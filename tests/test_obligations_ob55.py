"""Obligations of session 55's follow-up on the spent authored53 / tune53 (ob55), from those documents and their labels.

- A roman part titled by one body's oversight work ("IV. CHƯƠNG TRÌNH KIỂM TRA, GIÁM SÁT CỦA ỦY BAN KIỂM TRA ĐẢNG ỦY")
  charges that body with its items, one block dated by their earliest time (a53-06: 2039-08-31, "tháng 8/2039"; t53-06:
  2039-03-31, "trong tháng 3/2039"); the part whose schedule table names each row's body ("Chủ thể") is the rows'.
- "Thông qua …, Ban Thường vụ Đảng ủy giám sát thường xuyên …": the body after the means clause (a53-06, undated).
- "Năm 2039, các chi bộ tổ chức sinh hoạt chuyên đề …, theo các chủ đề sau:" over a table of topics by month: the
  bodies after the year, dated by the table's first month (t53-10: 2039-03-31).
- A paragraph after a joint item that charges one of its bodies with an undated share goes on with the item (t53-02).
- An undated "Trưởng ban công tác Mặt trận các thôn … theo thời gian nêu tại mục II.4": the rows of "Trưởng ban công tác
  Mặt trận thôn" in that timeline, their earliest (a53-09: 2039-06-18), not the section's first row of another body; a
  block with its own day keeps it (t38-06).

The fixtures are the documents as ``realdocs/md2plain.py`` writes them; the expected values are the labels'.
"""

from __future__ import annotations

import pathlib
from functools import lru_cache

from vanban.extract import extract
from vanban.extract.subjects import actor
from vanban.extract.task_bodies import joint_member

_DIR = pathlib.Path(__file__).parent / "fixtures" / "ob55"


@lru_cache(maxsize=None)
def _blocks(name: str) -> tuple[tuple[str, str | None], ...]:
    """(who, earliest due day) of each assignment block, as the labels count them (one per block)."""
    obs = extract((_DIR / name).read_text(encoding="utf-8")).obligations
    out: dict[int, list] = {}
    for i, o in enumerate(obs):
        key = o.block if o.block is not None else -1 - i
        due = (o.deadline.date or o.deadline.latest) if o.deadline else None
        row = out.setdefault(key, [o.who, None])
        if due and (row[1] is None or due < row[1]):
            row[1] = due
    return tuple((w, d) for w, d in out.values())


def test_oversight_programme_part_charges_its_body():
    assert ("Ủy ban Kiểm tra Đảng ủy", "2039-08-31") in _blocks("a53-06-CTr-DU.txt")
    assert ("Ủy ban Kiểm tra Đảng ủy", "2039-03-31") in _blocks("t53-06-CTr-DU.txt")


def test_oversight_part_with_a_body_column_table_is_its_rows():
    for name in ("a53-06-CTr-DU.txt", "t53-06-CTr-DU.txt"):
        assert not any((w or "").startswith("Ban Chấp hành") for w, _ in _blocks(name))


def test_body_after_a_means_clause():
    assert ("Ban Thường vụ Đảng ủy", None) in _blocks("a53-06-CTr-DU.txt")
    who, what = actor("Thông qua dự sinh hoạt chi bộ, theo dõi hoạt động của chi bộ và đảng viên, tiếp nhận phản ánh "
                      "của Mặt trận Tổ quốc, các đoàn thể và Nhân dân, Ban Thường vụ Đảng ủy giám sát thường xuyên.")
    assert who == "Ban Thường vụ Đảng ủy" and what.startswith("giám sát")


def test_means_clause_naming_no_body_stays_whole():
    # t52-04's aim (I. MỤC ĐÍCH): no obligation
    assert actor("Thông qua Đại hội, phát hiện, tuyển chọn vận động viên có thành tích tốt.")[0] is None


def test_bodies_after_the_year_dated_by_the_topics_table():
    assert any((w or "").lower() == "các chi bộ" and d == "2039-03-31" for w, d in _blocks("t53-10-HD-BTGHU.txt"))


def test_a_years_results_after_the_year_name_no_body():
    # t25-04's results paragraph: no obligation of "các cấp Hội"
    assert actor("Năm 2026, các cấp Hội đã vận động hội viên giúp đỡ 37 hộ phụ nữ thoát nghèo.")[0] is None


def test_paragraph_after_a_joint_item_goes_on_with_it():
    blocks = _blocks("t53-02-KH-UBND.txt")
    joint = "Các cơ quan, đơn vị tại Mục V và Ủy ban nhân dân các xã, thị trấn"
    assert (joint, "2039-06-10") in blocks
    # the labels' V.10 block of UBND các xã, thị trấn is its only entry: the quick reports make none of their own
    assert [d for w, d in blocks if w == "Ủy ban nhân dân các xã, thị trấn"] == ["2039-03-31"]


def test_joint_member_by_whole_name_only():
    joint = "Các cơ quan, đơn vị tại Mục V và Ủy ban nhân dân các xã, thị trấn"
    assert joint_member(joint, "Ủy ban nhân dân các xã, thị trấn")
    assert not joint_member(joint, "Ủy ban nhân dân huyện")
    assert not joint_member("Ủy ban nhân dân các xã, thị trấn", "Ủy ban nhân dân các xã, thị trấn")


def test_plural_block_dated_by_its_own_rows_of_the_timeline():
    assert ("Trưởng ban công tác Mặt trận các thôn", "2039-06-18") in _blocks("a53-09-KH-UBND.txt")


def test_closing_step_as_restoration_spells_it_is_no_body():
    # t53-10's legacy form: "Bước 5. Bỏ mặc: thông qua biên bản …" (printed "Bế mạc"); the labels: no obligation
    text = (_DIR / "t53-10-HD-BTGHU.legacy.txt").read_text(encoding="utf-8")
    assert "Bỏ mặc:" in text
    assert not any((o.who or "").lower().startswith("bỏ") for o in extract(text, ocr=True).obligations)


def test_plural_block_with_its_own_day_keeps_it():
    # t38-06's labels: "Các chi bộ được kiểm tra … theo đúng đề cương và thời gian nêu tại Mục III; … trước ngày
    # 31/12/2031" is dated by its own day, not by the "Chi bộ được kiểm tra" step of Mục III (08/9/2031)
    blocks = _blocks("t38-06-KH-UBKTDU.txt")
    assert ("Các chi bộ được kiểm tra", "2031-12-31") in blocks
    assert ("Các chi bộ được kiểm tra", "2031-09-08") not in blocks

"""The phiếu giao việc of a commune Party committee's plan with a Phụ lục table (session 17, helper nc17b).

``tests/fixtures/newcomer17b/dan_van_kheo.txt`` is the newcomer's plan: body tasks III.1–III.3 for three chi bộ, a
"II. CHỈ TIÊU" section, and a Phụ lục table whose rows 1 and 2 restate III.1 and III.2 (same chi bộ, same day).
Expected values are read from the plan's text.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from vanban.export import PlanPlaces, checklist_csv
from vanban.extract import extract
from vanban.extract.checklist import build_checklist, target_text
from vanban.outline import outline

PLAN = Path(__file__).parent / "fixtures" / "newcomer17b" / "dan_van_kheo.txt"


@pytest.fixture(scope="module")
def plan():
    text = PLAN.read_text(encoding="utf-8")
    return extract(text), text


@pytest.fixture(scope="module")
def rows(plan):
    ext, text = plan
    items = build_checklist(ext, today=dt.date(2027, 3, 15))
    places = PlanPlaces(outline(ext.structure), text)
    return list(csv.reader(io.StringIO(checklist_csv(items, places, ext.targets).lstrip("\ufeff"))))[1:]


def test_phu_luc_rows_carry_the_tables_own_numbers(rows):
    """The Phụ lục's row "| 3 | Dân vận khéo trong xử lý rác thải | Chi hội Phụ nữ thôn Bãi Sậy | 30/9/2027 |" (a
    pipe table of a plain text file) is row 3 of its table, cited so, not the 10th row of the phiếu; its TT names the
    Phụ lục ("PL.3"), as the body's rows are numbered 1, 2, 3 too (the session-18 end newcomer)."""
    pl = [r for r in rows if r[2] == "Chi hội Phụ nữ thôn Bãi Sậy"]
    assert [r[0] for r in pl] == ["PL.3"]
    assert pl[0][-1].startswith("Bảng, dòng 3")


def test_a_phu_luc_row_restating_a_body_task_is_one_task(rows):
    """Phụ lục rows 1 and 2 (Chi bộ thôn Đồng Xuân 30/6/2027, Chi bộ thôn Gò Mít 31/8/2027) restate III.1 and III.2."""
    for body, day in (("Chi bộ thôn Đồng Xuân", "2027-06-30"), ("Chi bộ thôn Gò Mít", "2027-08-31")):
        mine = [r for r in rows if r[2] == body and r[5] == day]
        assert [r[0] for r in mine] == [("III.1" if "Xuân" in body else "III.2")]
    assert not [r for r in rows if r[0] in ("1", "2")]


def test_a_mobilised_gift_is_a_target(plan):
    """"- Vận động nhân dân hiến 1.500 m2 đất làm đường": the campaign's amount, exactly 1.500 m2 of land."""
    t = [x for x in plan[0].targets if x.min == 1500]
    assert len(t) == 1 and t[0].max == 1500 and t[0].unit == "m2" and t[0].scope == "đất làm đường"


def test_an_aims_words_are_no_scope(plan):
    """"Phấn đấu có từ 03 mô hình trở lên được Huyện ủy công nhận": what is counted, not "Phấn đấu có"."""
    t = [x for x in plan[0].targets if x.min == 3 and x.unit == "mô hình"]
    assert len(t) == 1 and t[0].scope == "mô hình được Huyện ủy công nhận"


def test_tren_is_strictly_more(plan):
    """"… đạt trên 92%": "> 92%" on the phiếu; "ít nhất 02 buổi" stays "≥ 2"."""
    said = {target_text(t).split(" — ")[0] for t in plan[0].targets}
    assert "> 92%" in said and "≥ 92%" not in said
    assert "≥ 2 buổi" in said


def test_a_tasks_quarter_is_its_targets_period(plan):
    """"Tổ chức ít nhất 02 buổi tuyên truyền … trong Quý II/2027": period Quý II/2027, not the title's year."""
    t = [x for x in plan[0].targets if x.unit == "buổi"]
    assert len(t) == 1 and t[0].period == "Quý II/2027"


@pytest.mark.parametrize("text, lo, hi, said", [
    ("dưới 1,5%", None, 1.5, "< 1,5%"),
    ("không quá 1,5%", None, 1.5, "≤ 1,5%"),
    ("không dưới 90%", 90, None, "≥ 90%"),
    ("hơn 200 hộ", 200, None, "> 200 hộ"),
])
def test_a_bound_word_says_whether_the_figure_is_in(text, lo, hi, said):
    from vanban.models import Target
    unit = "%" if "%" in text else "hộ"
    assert target_text(Target(text=text, min=lo, max=hi, unit=unit)) == said

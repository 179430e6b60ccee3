"""Obligations of session 54's tune53 follow-up (t53ob), from spent sets' documents and their authors' labels.

- A funding part's clause in which a unit pays its own way ("Kinh phí … được bố trí trong dự toán ngân sách phường …;
  các cơ sở tự bảo đảm kinh phí cho hoạt động PCCC của cơ sở mình", t53-08) states the source of money, no task: none
  of the spent sets labels such a clause (a39-02, t40-01, a30-06, a19-09). Its twin, a body charged with a task after
  the same funding statement ("…; các cơ quan, đơn vị lập dự toán cùng dự toán ngân sách năm …", a19-05), still is
  one (the labels' "Các cơ quan, đơn vị"). The fixtures are each document's header and its funding part as md2plain
  writes them.
"""

from __future__ import annotations

import pathlib

from vanban.extract import extract

_DIR = pathlib.Path(__file__).parent / "fixtures" / "t53ob"


def _bodies(name: str) -> list[str]:
    text = (_DIR / name).read_text(encoding="utf-8")
    return [o.who for o in extract(text).obligations]


def test_a_unit_paying_its_own_way_is_no_obligation():
    # t53-08's labels have no obligation of "các cơ sở" (IV. KINH PHÍ)
    assert not any("cơ sở" in (who or "") for who in _bodies("kh_pccc_kinh_phi.txt"))


def test_a_unit_charged_after_the_funding_statement_still_is():
    # a19-05's label: {"who": "Các cơ quan, đơn vị", …} (IV. KINH PHÍ THỰC HIỆN)
    assert any((who or "").lower() == "các cơ quan, đơn vị" for who in _bodies("kh_cds_kinh_phi.txt"))

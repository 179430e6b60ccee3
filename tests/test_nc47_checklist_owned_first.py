"""A plan's checklist lists the rows a body owns before the rows no body is named for, on the page and in Word alike.

Found by the session-47 newcomer: 624-KH-UBND (UBND tỉnh Hà Tĩnh, giáo dục mầm non ở địa bàn đô thị, khu công
nghiệp) listed its part III's tasks — no body named, "(chưa xác định)" — before the rows of part V "Tổ chức thực
hiện" that charge Sở Giáo dục và Đào tạo, Sở Nội vụ, Sở Y tế …, so the tasks staff follow up stood below a screenful
of ownerless rows. One ordering (:func:`vanban.export.checklist_office.ordered`) serves the document page and the
Word phiếu. The plan is ../shared/realdocs/docs/624-KH-UBND.md, copied; the expected rows are read from it (part V,
item 1 "Sở Giáo dục và Đào tạo" a) … đ); part III, item 1 a) "Rà soát, kịp thời quy định chi tiết văn bản …").
Real parts: the conveyor, archive.db, Datasette's test client, python-docx.
"""

from __future__ import annotations

import pytest
from conftest import ROOT
from site_client import page_and_word_rows

from vanban.extract.checklist import UNKNOWN_BODY

PLAN = ROOT / "tests/fixtures/realdocs47/624-KH-UBND.md"


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    return page_and_word_rows(PLAN, tmp_path_factory.mktemp("nc47-owned") / "archive.db")


def _owned_then_unowned(whos):
    first_unowned = whos.index(UNKNOWN_BODY)
    assert first_unowned > 0
    assert all(w == UNKNOWN_BODY for w in whos[first_unowned:]), whos


def test_the_page_lists_owned_rows_first(rows):
    shown, _ = rows
    _owned_then_unowned([who for _, who in shown])
    assert shown[0] == ("V.1.a", "Sở Giáo dục và Đào tạo")
    assert ("V.2.a", "Sở Nội vụ") in shown and ("V.3", "Sở Y tế") in shown
    assert ("III.1.a", UNKNOWN_BODY) in shown  # part III's tasks still listed, after, with their own TT


def test_the_word_phieu_lists_them_in_the_same_order(rows):
    shown, word = rows
    tts = [r.cells[0].text for r in word]
    assert tts == [tt for tt, _ in shown]
    assert word[0].cells[2].text.startswith("Sở Giáo dục và Đào tạo")
    assert word[[i for i, t in enumerate(tts) if t == "III.1.a"][0]].cells[1].text.startswith("Rà soát, kịp thời quy định chi tiết")

"""A query that starts with a type name favours documents of that type (:func:`vanban.archive.ranking.named_type`).

Found in use: "bao cao ket qua nam 2026" put the Công văn asking the units to "báo cáo kết quả
… năm 2026" (its text says it four times) above the Báo cáo itself. The archive is the one of
test_search_spelling, built by the real conveyor: a ward's Báo cáo 112/BC-UBND and Công văn
820/UBND-VP written in the real style."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from site_client import get_json
from test_search_spelling import db, site  # noqa: F401 — the same archive

from vanban.archive.ranking import named_type
from vanban.archive.search import search


@pytest.mark.parametrize("query", ["bao cao ket qua nam 2026", "Báo cáo kết quả năm 2026", "bao cao ket qua"])
def test_a_query_starting_with_a_type_puts_that_type_first(db, site, query):  # noqa: F811
    assert [h.number for h in search(db, query)][:1] == ["112/BC-UBND"]
    rows = get_json(site, f"/archive/tim_kiem.json?q={quote(query)}&_shape=array")
    assert [r["number"] for r in rows][:1] == ["112/BC-UBND"]


def test_the_type_is_only_read_before_more_words():
    assert named_type("bao cao ket qua nam 2026") == "bao cao"
    assert named_type("ke hoach chuyen doi so") == "ke hoach"
    assert named_type("bao cao") is None  # the type alone
    assert named_type("ke hoach 12") is None  # a type and number: its document is named already
    assert named_type("ket qua bao cao") is None  # not first
    assert named_type("chuong trinh hanh dong chuyen doi so") == "chuong trinh hanh dong"

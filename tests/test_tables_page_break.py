"""A task table printed over several pages is read as one table (vanban/structure/continued.py).

A PDF text layer gives each page's part of a ruled table as a grid of its own. The newcomer's
plans lost rows that way: the part on page 2 had no header row, so its rows were read run
together ("13 Đánh giá … Văn phòng HĐND và UBND xã Các thôn") or not at all, and a row the page
break cut ("Xây dựng cơ" / "sở dữ liệu hộ nghèo …", its date "Trước ngày" / "16/07/2026") gave two
halves. The plans are python-docx files printed to PDF by LibreOffice
(tests/fixtures/long_tables/make_plans.py, which also gives the rows expected here).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
FIX = HERE / "fixtures" / "long_tables"
sys.path.insert(0, str(FIX))

from make_plans import task_rows  # noqa: E402

from vanban.conveyor import process_file  # noqa: E402
from vanban.text import fold  # noqa: E402


def _iso(due: str) -> str:
    d, m, y = re.search(r"(\d{1,2})/(\d{1,2})/(\d{4})", due).groups()
    return f"{y}-{int(m):02d}-{int(d):02d}"


def _norm(s: str) -> str:
    return " ".join(fold(s).split())


@pytest.fixture(scope="module", params=[("continued_no_header", False), ("repeated_header", False),
                                        ("cut_rows", True)], ids=lambda p: p[0])
def plan(request):
    name, long_rows = request.param
    return process_file(FIX / f"{name}.libreoffice.pdf").extraction, task_rows(long_rows)[1:]


def test_every_row_is_one_obligation_with_its_deadline(plan) -> None:
    ext, rows = plan
    for stt, task, owner, partners, due in rows:
        found = [o for o in ext.obligations if _norm(o.what) == _norm(task)]
        assert len(found) == 1, (stt, task, [o.what for o in ext.obligations])
        ob = found[0]
        assert _norm(ob.who) == _norm(owner), (stt, ob.who)
        assert ob.deadline is not None and _iso(due) in (ob.deadline.date, ob.deadline.latest), (stt, ob.deadline)
        assert _norm(ob.partners or "") == _norm(partners), (stt, ob.partners)


def test_no_obligation_from_half_a_row_or_a_repeated_header(plan) -> None:
    ext, rows = plan
    tasks = {_norm(r[1]) for r in rows}
    stray = [o.what for o in ext.obligations if o.deadline and _norm(o.what) not in tasks]
    assert stray == []
    assert not any(_norm(o.what).startswith(("stt", "noi dung")) for o in ext.obligations)


def test_the_table_is_one_table_with_every_row() -> None:
    ext = process_file(FIX / "continued_no_header.libreoffice.pdf").extraction
    data = [t for t in ext.structure.tables if t.role == "data"]
    assert len(data) == 1
    assert [r[0].text for r in data[0].rows[1:]] == [str(i) for i in range(1, 25)]
    assert data[0].rows[7][1].text == "Xây dựng cơ sở dữ liệu hộ nghèo, hộ cận nghèo của xã"
    assert data[0].rows[7][4].text == "Trước ngày 16/07/2026"


def test_a_phieu_giao_viec_row_cut_after_its_last_word_but_one() -> None:
    """"… về Ban Xây dựng" / "Đảng" on page 2 (its chủ trì cell goes on "trận, các tổ chức …")."""
    ext = process_file(FIX / "phieu_giao_viec_cut_row.libreoffice.pdf").extraction
    whats = [o.what for o in ext.obligations]
    assert any(w.endswith("về Ban Xây dựng Đảng") for w in whats), whats
    assert "Đảng" not in whats

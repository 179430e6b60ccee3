"""A text file whose lines end in another line break than "\\n" (found by a newcomer):
text pasted from a web page (U+2028, U+2029), copied out of Word (its soft break "\\v"),
or converted through Latin-1 (NEL, U+0085). vanban read 18-KH/ĐU written so with the
number and date right but the issuer "ĐẢNG BỘ TỈNH BẮC NINH", no signer and no deadline,
target or obligation at all: every "\\n"-line rule saw the document as one line.

Real parts: the conveyor (``process_file``) on the demo plan's text (tests/fixtures/plans),
the file's line breaks replaced; expected values from the same file with "\\n" (and the
hand-checked demo: tests/test_checklist_columns.py).
"""

from __future__ import annotations

import pytest
from conftest import ROOT

from vanban.conveyor import process_file

PLAN_18 = ROOT / "tests/fixtures/plans/kh_dang_uy_xa_chuyen_doi_so_2026.txt"


def summary(doc):
    m = doc.extraction.metadata
    e = doc.extraction
    return (m.number, m.type, m.issuer, m.date, m.signer_name, len(e.citations), len(e.deadlines),
            len(e.targets), len(e.obligations))


@pytest.fixture(scope="module")
def expected():
    got = summary(process_file(PLAN_18))
    assert got[:5] == ("18-KH/ĐU", "Kế hoạch", "ĐẢNG ỦY XÃ HÒA BÌNH", "2026-01-12", "Nguyễn Văn Thành")
    return got


@pytest.mark.parametrize("brk", ["\u2028", "\u2029", "\v", "\x85", "\r"],
                         ids=["line-separator", "paragraph-separator", "word-soft-break", "nel", "old-mac"])
def test_other_line_breaks_read_as_lines(tmp_path, expected, brk):
    text = PLAN_18.read_text(encoding="utf-8").replace("\n", brk)
    path = tmp_path / "18-KH-DU.txt"
    path.write_bytes(text.encode("utf-8"))
    doc = process_file(path)
    assert summary(doc) == expected
    assert all(ch not in doc.text for ch in "\u2028\u2029\v\x85\r")

"""An item's first line that opens an assignment is no heading, and an article heading with a stray dash before it
is still an article (65/2025/NQ-HĐND of Hà Nội, the text PDF and the text read from its scan, copied into
tests/fixtures/nq65; expected values read from the Nghị quyết).

Found by the newcomer of session 53: Điều 7's "1. Giao Ủy ban nhân dân Thành phố tổ chức thực hiện" / "Nghị quyết
này, bảo đảm …" is one sentence the page wrapped; the short line was read as the item's heading and the task came out
"tổ chức thực hiện; Nghị quyết này, …". On the scan, "- Điều 8. Hiệu lực thi hành" (a speck read as a dash) was no
article, and item 3's task ran on to the end of the text."""

from __future__ import annotations

import pytest
from conftest import ROOT

from vanban.conveyor import process_file

NQ65 = ROOT / "tests/fixtures/nq65"


def _obligations(name):
    return process_file(NQ65 / name, jobs=1).extraction.obligations


@pytest.fixture(scope="module")
def text_pdf():
    return _obligations("65-2025-NQ-HDND.pdf")


@pytest.fixture(scope="module")
def scan():
    return _obligations("65-2025-NQ-HDND_scan.txt")


def _of(obligations, who):
    found = [ob for ob in obligations if (ob.who or "").startswith(who)]
    assert len(found) == 1, [(ob.who, ob.what[:60]) for ob in obligations]
    return found[0]


def test_the_wrapped_assignment_is_one_task(text_pdf):
    what = _of(text_pdf, "Ủy ban nhân dân Thành phố").what
    assert what.startswith("tổ chức thực hiện Nghị quyết này, bảo đảm đúng đối tượng"), what


def test_a_dashed_article_heading_ends_the_item_before_it(scan):
    what = _of(scan, "Ủy ban Mặt trận Tổ quốc Việt Nam").what
    assert what.rstrip(" .").endswith("tham gia giám sát việc thực hiện Nghị quyết"), what
    assert "Điều 8" not in what and "Hiệu lực" not in what

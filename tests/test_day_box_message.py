"""A date box the deadline pages cannot read is said on the page, with the value and the forms (session-35 newcomer).

``han_sap_toi?tu_ngay=32/12/2026`` gave the default range (today to 90 days on) with no word: the clerk took it for
the range typed. The page now keeps its default range and says, above it, which box held what and how a day is
written. Read through Datasette's own test client on a small archive of this file's own; expected values by hand.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from archive_samples import one_deadline_archive
from site_client import get

from vanban.web.day_boxes import bad_day_note
from vanban.web.server import datasette_app


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return datasette_app(one_deadline_archive(tmp_path_factory.mktemp("day_boxes") / "archive.db"))


@pytest.mark.parametrize("page", ["han_sap_toi", "lich_han"])
def test_a_day_the_page_cannot_read_is_named_with_the_forms(site, page):  # a day the calendar lacks: test_day_faults
    html = get(site, f"/archive/{page}?tu_ngay={quote('31/12/26')}&den_ngay=2026-12-31").text
    assert "Không đọc được ngày ở Từ ngày (tu_ngay) “31/12/26”: viết ngày theo dạng 20/11/2026 hoặc 2026-11-20" in html
    assert "Đến ngày (den_ngay)" not in html.split("Không đọc được", 1)[1].split("</p>", 1)[0]


def test_both_boxes_wrong_are_named_in_one_message():
    said = bad_day_note({"tu_ngay": "ngày mai", "den_ngay": "2026/12/31"})
    assert said.count("Không đọc được") == 1
    assert "Từ ngày (tu_ngay) “ngày mai”" in said and "Đến ngày (den_ngay) “2026/12/31”" in said


@pytest.mark.parametrize("query", ["tu_ngay=01/11/2026&den_ngay=31/12/2026", "tu_ngay=&den_ngay=", ""])
def test_readable_or_empty_boxes_say_nothing(site, query):
    html = get(site, f"/archive/han_sap_toi?{query}").text
    assert "Không đọc được ngày" not in html
    # the Hạn cell reads as the boxes do, dd/mm/yyyy (session 55: it showed 2026-11-30 beside boxes taking 30/11/2026)
    assert '<td class="col-han">30/11/2026</td>' in html or not query.startswith("tu_ngay=01")


def test_the_deadlines_page_shows_its_boxes_and_list_before_any_sql(site):
    """The session-53 newcomer opened han_sap_toi and saw a screen of SQL before the deadlines: the page shows its two
    day boxes by their Vietnamese names and the list first, the SQL one click away (as tim_kiem does)."""
    html = get(site, "/archive/han_sap_toi?tu_ngay=01/11/2026&den_ngay=31/12/2026").text
    assert '<label for="qp1">Từ ngày</label>' in html and '<label for="qp2">Đến ngày</label>' in html
    assert "<textarea" not in html and "xem câu lệnh SQL" in html
    head = html.split("<thead>", 1)[1].split("</thead>", 1)[0]
    assert ">Thời hạn</th>" in head and ">Số ký hiệu</th>" in head and ">so_ky_hieu<" not in head
    assert html.index('<td class="col-han">30/11/2026</td>') < html.index("vb-query-help")

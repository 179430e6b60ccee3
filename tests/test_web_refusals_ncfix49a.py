"""A web address the site cannot serve is said in Vietnamese (the session-49 newcomer).

``/-/vanban/checklist/abc.docx`` gave Datasette's English "Not found" where ``/-/vanban/checklist/9999.docx`` gives
"Không có văn bản này."; ``lich_han.ics?tu_ngay=xx`` gave the default range's feed with no word (a feed carries no
message: it is refused, 400, with the words the deadline pages use). Read through Datasette's own test client on a
small archive of this file's own; expected values by hand.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from archive_samples import one_deadline_archive
from site_client import get

from vanban.web.server import datasette_app


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return datasette_app(one_deadline_archive(tmp_path_factory.mktemp("refusals") / "archive.db"))


@pytest.mark.parametrize("url", ["/-/vanban/checklist/abc.docx", "/-/vanban/checklist/9999.docx",
                                 "/-/vanban/checklist/.csv", "/-/vanban/checklist/12a.md"])
def test_no_such_document_is_one_vietnamese_404(site, url):
    r = get(site, url)
    assert r.status_code == 404 and r.text == "Không có văn bản này."


def test_an_unknown_format_is_named(site):
    r = get(site, "/-/vanban/checklist/1.pdf")
    assert r.status_code == 404
    assert "“pdf”" in r.text and "docx" in r.text and "ics" in r.text


@pytest.mark.parametrize("query", ["tu_ngay=xx", f"den_ngay={quote('31/02/2027')}", f"tu_ngay={quote('ngày mai')}"])
def test_the_calendar_feed_refuses_a_day_it_cannot_read(site, query):
    r = get(site, f"/archive/lich_han.ics?{query}")
    assert r.status_code == 400
    assert r.text.startswith("Không đọc được ngày ở ") and "Không tạo lịch" in r.text
    assert "BEGIN:VCALENDAR" not in r.text


def test_the_feed_with_readable_days_is_served(site):
    r = get(site, "/archive/lich_han.ics?tu_ngay=01/11/2026&den_ngay=31/12/2026")
    assert r.status_code == 200 and "BEGIN:VCALENDAR" in r.text and "20261130" in r.text

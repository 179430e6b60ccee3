"""A refused day is told for what it is, and a range typed back to front is read the right way round (session-36
newcomer).

"2027-02-30" is written in the very form the command line and the date boxes ask for, yet both answered "write
YYYY-MM-DD": the clerk was told to write what was written. Both now call :func:`vanban.typed_day.day_fault`, which
says the day does not exist ("February 2027 has 28 days" / "tháng 2/2027 chỉ có 28 ngày") and keeps the forms for a
text in none of them. A deadline page whose Từ ngày falls after its Đến ngày gave an empty page with no word: it now
shows the range between the two days and says they were swapped (why swap, not refuse: :mod:`vanban.web.day_boxes`).
The calendars' facts by hand; the pages through Datasette's test client on a small archive of this file's own.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from archive_samples import make_doc, store_samples
from click.testing import CliRunner
from site_client import get, get_json

from vanban.cli import cli
from vanban.models import Deadline, Metadata
from vanban.typed_day import day_fault
from vanban.web.day_boxes import bad_day_note, range_from, range_to, swapped_range_note
from vanban.web.server import datasette_app


@pytest.mark.parametrize("typed, en, vi", [
    ("2027-02-30", "February 2027 has 28 days", "tháng 2/2027 chỉ có 28 ngày"),
    ("30/02/2027", "February 2027 has 28 days", "tháng 2/2027 chỉ có 28 ngày"),
    ("29.02.2026", "February 2026 has 28 days", "tháng 2/2026 chỉ có 28 ngày"),
    ("31/4/2027", "April 2027 has 30 days", "tháng 4/2027 chỉ có 30 ngày"),
    ("2027-13-01", "there is no month 13", "không có tháng 13"),
    ("00/05/2027", "there is no day 0", "không có ngày 0"),
])
def test_a_day_the_calendar_lacks_is_told_so(typed, en, vi):
    fault = day_fault(typed)
    assert (fault.kind, fault.en, fault.vi) == ("calendar", en, vi)


@pytest.mark.parametrize("typed", ["2027/02/28", "28/02/27", "mai", "28-02.2027"])
def test_a_text_in_no_form_is_told_the_forms(typed):
    fault = day_fault(typed)
    assert fault.kind == "form" and "YYYY-MM-DD" in fault.en and "20/11/2026" in fault.vi


@pytest.mark.parametrize("typed", ["2028-02-29", "29/02/2028", " 1/3/2027 "])
def test_a_real_day_has_no_fault(typed):
    assert day_fault(typed) is None


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    docs = [make_doc(f"kh-{n}.txt", [f"KẾ HOẠCH số {n}/KH-UBND\nHoàn thành trước ngày {day}."],
                     Metadata(number=f"{n}/KH-UBND", type="Kế hoạch", date="2027-01-04", title="Kế hoạch thử"),
                     deadlines=(Deadline(text=f"trước ngày {day}", date=day, earliest=None, latest=None,
                                         what="Hoàn thành"),))
            for n, day in [(21, "2027-03-10"), (22, "2027-03-25"), (23, "2027-05-02")]]
    path = tmp_path_factory.mktemp("faults") / "archive.db"
    store_samples(path, docs)
    return path


def test_the_command_line_says_the_day_does_not_exist(archive):
    done = CliRunner().invoke(cli, ["search", "ke hoach", "--db", str(archive), "--from", "2027-02-30"])
    assert done.exit_code == 2
    assert "'2027-02-30' is no day: February 2027 has 28 days." in done.output
    assert "YYYY-MM-DD" not in done.output


@pytest.fixture(scope="module")
def site(archive):
    return datasette_app(archive)


def test_the_date_box_says_the_day_does_not_exist(site):
    html = get(site, f"/archive/han_sap_toi?tu_ngay=2027-02-30&den_ngay={quote('31/03/2027')}").text
    assert "Từ ngày (tu_ngay) “2027-02-30”: tháng 2/2027 chỉ có 28 ngày" in html
    assert "viết ngày theo dạng" not in html


def test_both_boxes_are_named_each_with_its_reason():
    said = bad_day_note({"tu_ngay": "31/06/2027", "den_ngay": "cuối tháng"})
    assert said.count("Không đọc được") == 1
    assert "Từ ngày (tu_ngay) “31/06/2027”: tháng 6/2027 chỉ có 30 ngày" in said
    assert "Đến ngày (den_ngay) “cuối tháng”: viết ngày theo dạng 20/11/2026" in said


def _due(site, page, tu, den):
    return [r.get("han") or r.get("event_dtstart") for r in
            get_json(site, f"/archive/{page}.json?_shape=array&tu_ngay={quote(tu)}&den_ngay={quote(den)}")]


@pytest.mark.parametrize("page", ["han_sap_toi", "lich_han"])
def test_a_range_typed_back_to_front_gives_the_days_between(site, page):
    assert _due(site, page, "31/03/2027", "01/03/2027") == _due(site, page, "01/03/2027", "31/03/2027") \
        == ["2027-03-10", "2027-03-25"]


def test_the_page_says_the_two_days_were_swapped(site):
    html = get(site, f"/archive/han_sap_toi?tu_ngay={quote('31/03/2027')}&den_ngay=2027-03-01").text
    assert "Từ ngày “31/03/2027” sau Đến ngày “2027-03-01”: trang hiện khoảng từ 01/03/2027 đến 31/03/2027" in html
    assert "2027-03-10" in html and "2027-05-02" not in html


@pytest.mark.parametrize("args", [{"tu_ngay": "01/03/2027", "den_ngay": "31/03/2027"},
                                  {"tu_ngay": "31/03/2027", "den_ngay": "31/03/2027"},
                                  {"tu_ngay": "31/03/2027"}, {"tu_ngay": "31/03/2027", "den_ngay": "hôm qua"}, {}])
def test_a_range_in_order_or_one_day_or_one_box_is_not_swapped(args):
    assert swapped_range_note(args) is None
    assert range_from(args.get("tu_ngay"), args.get("den_ngay")) == (
        "2027-03-01" if args.get("tu_ngay") == "01/03/2027" else "2027-03-31" if args.get("tu_ngay") else None)

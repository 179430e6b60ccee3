"""A typed day reads the same on the command line and in the web pages' date boxes.

Why (found by newcomers, twice): ``vanban search --from/--to`` and the ``tu_ngay``/``den_ngay``
boxes of the deadline pages each had a reader of their own and drifted apart. The boxes read
only SQLite's ``date()`` (2026-11-20): "01/11/2025" — the order every Vietnamese document and
clerk writes — silently gave the default range; then the command line refused "20/11/2026"
which the boxes took, and took "2026-11- 5" which they refused. Both now call
:func:`vanban.typed_day.typed_day`, and the one table below runs through the real command
(click's CliRunner) and the real page (Datasette's test client, the canned query
``han_sap_toi``), so they can never drift again.

Expected values are the calendar's, written by hand: "05/03/2025" is 5 March (day first), a day
that does not exist or a two-digit year is no day. The archive holds one document dated on
each expected day (and decoys on the days a month-first or a ``dateutil`` reading would give),
each with one deadline on its own date.
"""

from __future__ import annotations

import datetime as dt
import json
from urllib.parse import quote

import pytest
from archive_samples import make_doc, store_samples
from click.testing import CliRunner
from site_client import get_json
from test_datasette import ds  # noqa: F401 - the served sample archive

from vanban.cli import cli
from vanban.models import Deadline, Metadata
from vanban.typed_day import typed_day
from vanban.web.server import datasette_app

#: typed → ISO day, or None: refused (the command: a usage error; a date box: its default range)
TABLE = [
    ("2026-11-20", "2026-11-20"),
    ("2026-1-5", "2026-01-05"),  # dateutil with dayfirst reads 1 May
    ("2026-11- 5", "2026-11-05"),  # the command line took it, the boxes refused it
    ("20/11/2026", "2026-11-20"),
    ("05/03/2025", "2025-03-05"),  # day first: 5 March, not 3 May
    ("5/1/2026", "2026-01-05"),
    ("20-11-2026", "2026-11-20"),
    ("20.11.2026", "2026-11-20"),
    (" 20/11/2026 ", "2026-11-20"),  # the boxes took these, the command line refused them
    ("20 / 11 / 2026", "2026-11-20"),
    ("29/02/2024", "2024-02-29"),
    ("29/02/2025", None),
    ("31/02/2026", None),
    ("2026-13-45", None),
    ("20/11-2026", None),  # two different separators
    ("20/11/26", None),  # 1926 or 2026?
    ("2026/11/20", None),
    ("20112026", None),
    ("ngày 5 tháng 3 năm 2025", None),  # neither reader took a written-out day
    ("abc", None),
    ("", None),
]
#: the rows above written in an accepted form, naming a day the calendar lacks
NO_SUCH_DAY = {"29/02/2025", "31/02/2026", "2026-13-45"}
#: the days a wrong reading would give: month first ("05/03/2025" → 3 May), dateutil's "2026-1-5" → 1 May
DECOYS = ["2025-05-03", "2026-05-01"]
SOON = (dt.datetime.now(dt.timezone.utc).date() + dt.timedelta(days=10)).isoformat()  # in the boxes' default range


def _number(iso: str) -> str:
    return f"{iso.replace('-', '')}/KH-UBND"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    days = sorted({iso for _, iso in TABLE if iso} | set(DECOYS) | {SOON})
    docs = [make_doc(f"kh-{iso}.txt", [f"KẾ HOẠCH số {_number(iso)}\nHoàn thành trước ngày {iso}."],
                     Metadata(number=_number(iso), type="Kế hoạch", date=iso, title="Kế hoạch thực hiện"),
                     deadlines=(Deadline(text=f"trước ngày {iso}", date=iso, earliest=None, latest=None,
                                         what="Hoàn thành"),))
            for iso in days]
    path = tmp_path_factory.mktemp("days") / "archive.db"
    store_samples(path, docs)
    return path


@pytest.mark.parametrize("typed, iso", TABLE)
def test_the_command_line_reads_the_table(archive, typed, iso):
    done = CliRunner().invoke(cli, ["search", "ke hoach", "--db", str(archive), "--from", typed, "--to", typed,
                                    "--format", "json"])
    if iso is None:
        assert done.exit_code == 2
        assert "Invalid value for '--from'" in done.output
        # the wrong form names the forms; a day the calendar lacks says so (tests/test_day_faults.py)
        assert ("YYYY-MM-DD or DD/MM/YYYY" in done.output) == (typed not in NO_SUCH_DAY)
    else:
        assert done.exit_code == 0, done.output
        assert [h["number"] for h in json.loads(done.output)] == [_number(iso)]


@pytest.fixture(scope="module")
def site(archive):
    return datasette_app(archive)


def _due(site, tu: str, den: str) -> list[str]:
    return [r["han"] for r in get_json(site, f"/archive/han_sap_toi.json?_shape=array&tu_ngay={quote(tu)}"
                                             f"&den_ngay={quote(den)}")]


@pytest.mark.parametrize("typed, iso", TABLE)
def test_the_date_boxes_read_the_table(site, typed, iso):
    if iso is None:  # a box that holds no day gives the page's default range: today to 90 days on
        today = dt.datetime.now(dt.timezone.utc).date()
        default = _due(site, today.isoformat(), (today + dt.timedelta(days=90)).isoformat())
        assert SOON in default and _due(site, typed, typed) == default
    else:
        assert _due(site, typed, typed) == [iso]
    assert typed_day(typed) == iso


@pytest.mark.parametrize("tu, den", [
    ("01/11/2025", "31/12/2025"), ("1/11/2025", "31-12-2025"), ("01.11.2025", " 31/12/2025 "),
])
def test_day_first_dates_give_the_range_the_iso_dates_give(ds, tu, den):  # noqa: F811
    iso = get_json(ds, "/archive/han_sap_toi.json?_shape=array&tu_ngay=2025-11-01&den_ngay=2025-12-31")
    typed = get_json(ds, f"/archive/han_sap_toi.json?_shape=array&tu_ngay={tu}&den_ngay={den}")
    assert [r["han"] for r in typed] == [r["han"] for r in iso] == ["2025-11-30", "2025-12-15"]
    ics = get_json(ds, f"/archive/lich_han.json?_shape=array&tu_ngay={tu}&den_ngay={den}")
    assert ics == get_json(ds, "/archive/lich_han.json?_shape=array&tu_ngay=2025-11-01&den_ngay=2025-12-31")


def test_non_text_is_no_day():
    assert typed_day(None) is None and typed_day(20261120) is None

"""The date boxes of the deadline pages take a day as Vietnamese staff write it.

Why (found by a newcomer): ``han_sap_toi`` and ``lich_han`` read their
``tu_ngay``/``den_ngay`` boxes with SQLite's ``date()``, which knows only
2026-11-20; "01/11/2025" — the order every Vietnamese document and clerk
writes — was taken for no date and the page silently showed the default
range (today + 90 days) under the range the user asked for. The archive is
the suite's sample archive (tests/archive_samples.py), whose deadlines of
2025-11-30 and 2025-12-15 tests/test_datasette.py lists by ISO dates.
"""

from __future__ import annotations

import pytest
from site_client import get_json
from test_datasette import ds  # noqa: F401 - the served sample archive

from vanban.web.plugin import typed_date


@pytest.mark.parametrize("tu, den", [
    ("01/11/2025", "31/12/2025"), ("1/11/2025", "31-12-2025"), ("01.11.2025", " 31/12/2025 "),
])
def test_day_first_dates_give_the_range_the_iso_dates_give(ds, tu, den):  # noqa: F811
    iso = get_json(ds, "/archive/han_sap_toi.json?_shape=array&tu_ngay=2025-11-01&den_ngay=2025-12-31")
    typed = get_json(ds, f"/archive/han_sap_toi.json?_shape=array&tu_ngay={tu}&den_ngay={den}")
    assert [r["han"] for r in typed] == [r["han"] for r in iso] == ["2025-11-30", "2025-12-15"]
    ics = get_json(ds, f"/archive/lich_han.json?_shape=array&tu_ngay={tu}&den_ngay={den}")
    assert ics == get_json(ds, "/archive/lich_han.json?_shape=array&tu_ngay=2025-11-01&den_ngay=2025-12-31")


@pytest.mark.parametrize("typed, iso", [
    ("2026-11-20", "2026-11-20"), ("20/11/2026", "2026-11-20"), ("5/1/2026", "2026-01-05"),
    ("31/02/2026", None), ("20/11-2026", None), ("2026-13-45", None), ("abc", None), ("", None), (None, None),
])
def test_typed_date(typed, iso):
    assert typed_date(typed) == iso

"""The search page shows each hit's snippet with the words matched marked, as ``vanban search`` does (session-35
newcomer: "hoi chu thap do" listed plans with no word of why).

The archive is this file's own: a plan of a Hội Chữ thập đỏ with "chủ trì" elsewhere in it (a word of the query
standing alone, not matched as the phrase) and a "<" in its text (escaped, never HTML). Read through Datasette's own
test client; the expected marks are read from the text by hand.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from archive_samples import make_doc, store_samples
from site_client import get, get_json

from vanban.archive.search import search
from vanban.models import Metadata
from vanban.web.hit_marks import MARKS
from vanban.web.server import datasette_app

TEXT = ("KẾ HOẠCH số 31/KH-UBND\nỦy ban nhân dân xã giao Văn phòng chủ trì tổng hợp. Hội Chữ thập đỏ xã vận động "
        "hiến máu tình nguyện, đạt chỉ tiêu <120 đơn vị> máu trong năm 2027.")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    doc = make_doc("kh-31.txt", [TEXT], Metadata(number="31/KH-UBND", type="Kế hoạch", date="2027-01-10",
                                                 title="Kế hoạch hiến máu tình nguyện năm 2027"))
    path = tmp_path_factory.mktemp("marks") / "archive.db"
    store_samples(path, [doc])
    return path


@pytest.mark.parametrize("typed", ["hoi chu thap do", "Hội Chữ thập đỏ"])
def test_the_page_marks_the_phrase_typed_in_the_text(archive, typed):
    page = get(datasette_app(archive), "/archive/tim_kiem?q=" + quote(typed)).text
    assert "<mark>Hội</mark> <mark>Chữ</mark> <mark>thập</mark> <mark>đỏ</mark> xã vận động" in page
    assert "Văn phòng chủ trì" in page  # "chủ" of "chủ trì" is no part of the phrase: not marked
    assert "&lt;120 đơn vị&gt;" in page and "<120" not in page
    assert "Trích đoạn" in page


def test_the_json_carries_the_marks_and_agrees_with_the_command_line(archive):
    (row,) = get_json(datasette_app(archive), "/archive/tim_kiem.json?_shape=array&q=" + quote("hoi chu thap do"))
    left, right = MARKS
    assert f"{left}Hội{right} {left}Chữ{right} {left}thập{right} {left}đỏ{right}" in row["trich_doan"]
    (hit,) = search(archive, "hoi chu thap do", mark=MARKS)
    assert hit.snippet == row["trich_doan"]

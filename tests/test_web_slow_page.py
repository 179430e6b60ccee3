"""A long plan's document page or checklist download does not hold the site's other requests.

Found in session 45: Datasette serves every request on one asyncio loop, and the document page built its checklist
(the rows matched to the plan's parts) and the download wrote its Word file on that loop — a 136 KB plan's page took
11 s and "/-/login" asked meanwhile waited 8 s behind it. The Python work now runs in a worker thread.

Real parts: a plan stored by :class:`Archive`, the page and the download through Datasette's own test client. Not
timed: the heavy request's Python work is held at its start (a gate) until the light request has been answered, so
the test is fast and says plainly which finished first; had the work run on the loop, the gate would hold the loop
and the light request could only finish after it."""

from __future__ import annotations

import asyncio
import threading

import pytest

import vanban.web.downloads as downloads
from archive_samples import make_doc
from vanban.archive import Archive
from vanban.models import Metadata, Obligation, Span
from vanban.web.server import datasette_app

GATE_S = 5  # the longest a held work waits for the light request (only reached when the work blocks the loop)


def _plan(path):
    lines = ["KẾ HOẠCH", "Chuyển đổi số trong các cơ quan huyện năm 2027", "II. NHIỆM VỤ"]
    lines += [f"{k}. Phòng Văn hóa và Thông tin số hóa hồ sơ lưu trữ đợt {k} trước ngày 30/{k}/2027." for k in range(1, 7)]
    text = "\n".join(lines)
    obligations, at = [], len("\n".join(lines[:3])) + 1
    for line in lines[3:]:
        obligations.append(Obligation(who="Phòng Văn hóa và Thông tin", what="số hóa hồ sơ lưu trữ",
                                      span=Span(at, at + len(line), line)))
        at += len(line) + 1
    with Archive(path) as a:
        return a.store(make_doc("/kho/12-KH-UBND.txt", [text], Metadata(
            number="12/KH-UBND", type="Kế hoạch", issuer="ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN", date="2027-01-05"),
            obligations=tuple(obligations)))


def _held(monkeypatch, name):
    """``downloads.<name>`` held at its start until the light request is answered; returns (released, entered,
    waits): ``waits`` gets True when the hold ended by the light request's answer, False when it timed out (the
    work held the loop, so the light request could not be answered)."""
    work = getattr(downloads, name)
    released, entered, waits = threading.Event(), threading.Event(), []

    def held(*args, **kwargs):
        entered.set()
        waits.append(released.wait(GATE_S))
        return work(*args, **kwargs)

    monkeypatch.setattr(downloads, name, held)
    return released, entered, waits


@pytest.mark.parametrize("url, work", [("/archive/documents/{id}", "page_checklist"),
                                       ("/-/vanban/checklist/{id}.docx", "render")])
def test_a_slow_page_in_flight_does_not_delay_the_login_page(tmp_path, monkeypatch, url, work):
    db = tmp_path / "archive.db"
    doc_id = _plan(db) or 1
    ds = datasette_app(db)
    released, entered, waits = _held(monkeypatch, work)

    async def go():
        await ds.client.get("/-/login")  # the site started, its connections made
        order = []

        async def fetch(path, name):
            r = await ds.client.get(path)
            order.append(name)
            return r

        heavy = asyncio.create_task(fetch(url.format(id=doc_id), "heavy"))
        while not entered.is_set() and not heavy.done():  # the heavy request reached its Python work
            await asyncio.sleep(0.01)
        light = await fetch("/-/login", "light")
        released.set()
        return order, light, await heavy

    order, light, heavy = asyncio.run(go())
    assert light.status_code == 200 and heavy.status_code == 200
    assert waits == [True]  # the light request was answered while the heavy one's work was held
    assert order == ["light", "heavy"]


def test_the_page_still_shows_the_plans_checklist(tmp_path):
    db = tmp_path / "archive.db"
    doc_id = _plan(db) or 1
    ds = datasette_app(db)

    async def go():
        return await ds.client.get(f"/archive/documents/{doc_id}")

    page = asyncio.run(go()).text
    assert "số hóa hồ sơ lưu trữ" in page and "Phòng Văn hóa và Thông tin" in page

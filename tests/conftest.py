"""Shared fixtures: the samples' archive, built once per test session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
ARTIFACTS = ROOT / "artifacts"

os.environ.setdefault("OMP_THREAD_LIMIT", "1")


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    assert SAMPLES.is_dir() and any(SAMPLES.iterdir()), "samples/ is empty"
    return SAMPLES


@pytest.fixture(scope="session")
def samples_archive(tmp_path_factory, samples_dir) -> Path:
    """archive.db built from samples/ exactly as `make demo` builds it."""
    from vanban.conveyor import ingest

    db = tmp_path_factory.mktemp("demo") / "archive.db"
    report = ingest([samples_dir], db, jobs=2, progress=False)
    assert report.failed == 0, report.errors
    assert report.stored >= 5
    return db


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def have(cmd: str) -> bool:
    return shutil.which(cmd) is not None


@pytest.fixture(scope="module")
def browser():
    from browsing import CHROMIUM_ARGS, chromium_path

    exe = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


#: the viewports the browser tests read the pages at: a phone, a desktop
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def open_vi(browser):
    """Open ``url`` in a new page of the headless Chromium at ``viewport``, in Vietnamese (``vi-VN``), once loaded;
    with ``shot``, its full-page screenshot saved as ``artifacts/<shot>.png`` (what a reader of a failed run looks at).
    Returns the page; every page it opened is closed after the test. One set-up for the browser tests of sessions
    54 and 55, which each repeated it (new page, locale, go, wait for load, artifacts folder, screenshot, close)."""
    from browsing import open_page

    pages = []

    def go(url: str, viewport: dict = PHONE, shot: str | None = None):
        page, _ = open_page(browser, viewport=viewport, locale="vi-VN")
        pages.append(page)
        page.goto(url, wait_until="load")
        if shot:
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / f"{shot}.png"), full_page=True)
        return page

    yield go
    for page in pages:
        page.close()


@pytest.fixture(scope="module")
def samples_site(tmp_path_factory):
    """The hand-made samples' archive (``archive_samples.store_samples``) served by ``vanban serve``: (base URL,
    {sha256: document id})."""
    from archive_samples import store_samples
    from browsing import running_datasette

    path = tmp_path_factory.mktemp("samples_site") / "archive.db"
    ids = store_samples(path)
    with running_datasette(path) as base:
        yield base, ids


# --- a document around a body: the header and signature the extraction tests wrap their wording in ---------------

#: the document kinds a test wraps its body in, by the abbreviation its số ký hiệu carries
KIND_NAMES = {"KH": "KẾ HOẠCH", "QĐ": "QUYẾT ĐỊNH", "HD": "HƯỚNG DẪN", "BC": "BÁO CÁO", "TB": "THÔNG BÁO",
              "CT": "CHỈ THỊ", "NQ": "NGHỊ QUYẾT"}
_LEVELS = ("ĐẢNG ỦY", "XÃ", "PHƯỜNG", "THỊ TRẤN", "HUYỆN", "QUẬN", "THỊ XÃ", "THÀNH PHỐ", "TỈNH")


def _place(issuer: str) -> str:
    """The place on the date line: the issuer's name without its level words ("PHƯỜNG AN PHÚ" → "An Phú")."""
    name = issuer
    for level in _LEVELS:
        if name.startswith(level + " "):
            name = name[len(level) + 1:]
    return name.title()


def doc_head(*, kind: str = "KH", issuer: str = "XÃ AN PHÚ", parent: str | None = None, party: bool = False,
             number: int | str = 77, date: tuple[int, int, int] = (10, 3, 2033), title: str | None = None,
             zero_month: bool = False, markdown: bool = False) -> str:
    """The header a test document opens with, up to its trích yếu and a blank line.

    Why here: the extraction tests each wrapped their body in a header of their own (a commune's
    Ủy ban or a Party committee, số ký hiệu, place and date, kind, trích yếu), the same lines again
    and again with other names. ``issuer`` is the issuing body's own line under ``parent`` (the
    Ủy ban, or for ``party`` the Đảng bộ above the Đảng ủy); ``markdown``: the layout of a Word file
    converted to Markdown (bold names, the national motto, the date line in italics); ``zero_month``:
    the month in two digits ("tháng 01", as Nghị định 30 writes January and February).
    """
    day, month, year = date
    if party:
        symbol, parent = f"{number}-{kind}/ĐU", parent or "ĐẢNG BỘ HUYỆN AN BÌNH"
    else:
        symbol, parent = f"{number}/{kind}-UBND", parent or "ỦY BAN NHÂN DÂN"
    dated = f"{_place(issuer)}, ngày {day:02d} tháng {month:02d} năm {year}" if zero_month else \
        f"{_place(issuer)}, ngày {day:02d} tháng {month} năm {year}"
    title = f"Thực hiện nhiệm vụ năm {year}" if title is None else title
    if markdown:
        return (f"{parent}\n**{issuer}**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
                f"Số: {symbol}\n\n*{dated}*\n\n**{KIND_NAMES[kind]}**\n\n{title}\n\n")
    return f"{parent}\n{issuer}\nSố: {symbol}\n{dated}\n\n{KIND_NAMES[kind]}\n{title}\n\n"


def signature(signer: str = "Trần Văn Bình", *, party: bool = False, markdown: bool = False,
              recipients: tuple[str, ...] = ()) -> str:
    """The end of a test document from a blank line on: the nơi nhận when ``recipients`` are
    given, then the signing authority, the signer's title and name."""
    on_behalf, post = ("T/M BAN THƯỜNG VỤ", "BÍ THƯ") if party else ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    listed = ";\n".join(f"- {r}" for r in recipients)
    if markdown:
        sent = f"\n*Nơi nhận:*\n{listed}.\n" if recipients else ""
        return f"\n{sent}\n**{on_behalf}**\n**{post}**\n\n**{signer}**\n"
    sent = f"Nơi nhận:\n{listed}.\n" if recipients else ""
    return f"\n{sent}{on_behalf}\n{post}\n{signer}\n"


def carry_out(numeral: str, unit: str = "Văn phòng HĐND và UBND xã") -> str:
    """A plan's closing part, numbered ``numeral``: "Tổ chức thực hiện", the ``unit`` that follows the plan up — a
    body the obligation readers charge, which tests reading a plan's items count with or leave out."""
    return f"\n{numeral}. TỔ CHỨC THỰC HIỆN\n\n{unit} theo dõi, đôn đốc thực hiện Kế hoạch này.\n"


def make_doc(body: str, *, signer: str = "Trần Văn Bình", appendix: str = "", tail: str = "",
             recipients: tuple[str, ...] = (), **head) -> str:
    """``body`` as a whole document: :func:`doc_head` (``head``: its keywords), the body, ``tail`` (the parts
    after the body a test reads too, such as a "Tổ chức thực hiện" part naming the unit that follows the plan up),
    :func:`signature`, then ``appendix`` (a Phụ lục after the signature)."""
    layout = {k: head[k] for k in ("party", "markdown") if k in head}
    return doc_head(**head) + body + tail + signature(signer, recipients=recipients, **layout) + appendix

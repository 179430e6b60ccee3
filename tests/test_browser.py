"""A person's path through the published archive, in real headless Chromium.

Starts ``datasette`` exactly as ``vanban serve`` does (``datasette_command``)
on a free 127.0.0.1 port, then drives Debian's Chromium (/usr/bin/chromium,
never a downloaded browser) with Playwright: type an unaccented query into
the search box, see the accented document, open it, read its obligations.
A screenshot of each step is saved in ``artifacts/``.

Part of the default run on purpose: if Chromium is missing this FAILS with
the command that installs it — a skipped browser test proves nothing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from archive_samples import ALL, DANVAN, HOSTILE

from vanban.archive import Archive
from vanban.archive.serve import datasette_command

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]


def chromium_path() -> str:
    for candidate in (os.environ.get("VANBAN_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and os.path.exists(candidate):
            return candidate
    pytest.fail(
        "Chromium not found: install it with `apt-get install -y chromium` "
        "(or set VANBAN_CHROMIUM to its path); the browser test does not skip."
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_datasette(path: Path):
    """Serve ``path`` as `vanban serve` does, on a free port; yield the base URL."""
    port = free_port()
    log = open(path.with_suffix(".log"), "w+")
    proc = subprocess.Popen(datasette_command(path, port=port), stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/-/versions.json", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                pytest.fail(f"datasette did not start (exit {proc.poll()}):\n{log.read()[-2000:]}")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("browser") / "archive.db"
    with Archive(path) as a:
        ids = {d.source.sha256: a.store(d) for d in ALL}
    with running_datasette(path) as base:
        yield base, ids


@pytest.fixture(scope="module")
def browser():
    exe = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


def test_unaccented_search_then_document_and_obligations(server, browser):
    base, ids = server
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    page.goto(base + "/archive/documents", wait_until="load")
    box = page.locator('input[name="_search"]')
    box.fill("dan van kheo")
    box.press("Enter")
    page.wait_for_url("**_search=dan*", timeout=15000)
    page.screenshot(path=str(ARTIFACTS / "browser-search.png"), full_page=True)
    table = page.locator("table.rows-and-columns")
    assert "Tiếp tục đẩy mạnh thực hiện Phong trào thi đua “Dân vận khéo”" in table.inner_text()
    assert "24-KH/ĐU" in table.inner_text()
    assert table.locator("tbody tr").count() == 1

    doc_id = ids[DANVAN.source.sha256]
    page.locator(f'table.rows-and-columns a[href$="/archive/documents/{doc_id}"]').first.click()
    page.wait_for_url(f"**/archive/documents/{doc_id}", timeout=15000)
    assert "Kế hoạch số 24-KH/ĐU" in page.locator("h1").inner_text()
    obligations = page.locator("li.obligation")
    assert obligations.count() == 3
    texts = obligations.all_inner_texts()
    assert any("Ủy ban nhân dân phường" in t and "30/11/2025" in t for t in texts)
    assert page.locator("pre.vb-raw").is_visible() and page.locator("pre.vb-text").is_visible()
    page.screenshot(path=str(ARTIFACTS / "browser-document.png"), full_page=True)

    # a document whose text holds <script> shows it as text and runs nothing
    page.goto(f"{base}/archive/documents/{ids[HOSTILE.source.sha256]}", wait_until="load")
    assert "<script>alert('xss')</script>" in page.locator("pre.vb-text").inner_text()
    assert dialogs == []
    page.close()


def test_accented_query_with_d_stroke_in_browser(server, browser):
    base, ids = server
    page = browser.new_page()
    page.goto(base + "/archive/documents", wait_until="load")
    page.locator('input[name="_search"]').fill("Đảng ủy phường")
    page.locator('input[name="_search"]').press("Enter")
    page.wait_for_url("**_search=*", timeout=15000)
    rows = page.locator("table.rows-and-columns tbody tr")
    assert rows.count() == 1 and "24-KH/ĐU" in rows.first.inner_text()
    page.close()

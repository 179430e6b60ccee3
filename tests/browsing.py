"""Helpers of the browser tests: Debian's Chromium, a served archive.

Chromium is the system package (/usr/bin/chromium), never a downloaded
browser; if it is missing the tests FAIL with the install command — a
skipped browser test proves nothing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest


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


def serve_command(path: Path, port: int, *extra: str) -> list[str]:
    """The argv of `vanban serve` for ``path`` on ``port`` (this checkout's vanban)."""
    return [sys.executable, "-m", "vanban.cli", "serve", "--db", str(path), "--port", str(port), *extra]


@contextlib.contextmanager
def running_datasette(path: Path, *extra: str):
    """Run `vanban serve` on ``path`` on a free port; yield the base URL."""
    port = free_port()
    log = open(path.with_suffix(".log"), "w+")
    root = str(Path(__file__).resolve().parents[1])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([root, os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.Popen(serve_command(path, port, *extra), stdout=log, stderr=subprocess.STDOUT,
                            env=env, cwd=root)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 150  # a loaded 2-core machine (8 workers beside the suite) took over 60 s
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




def open_page(browser, **options):
    """A new page and the list of every dialog (alert…) it raises, dismissed:
    a script injected into a document would show up there."""
    page = browser.new_page(**options)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    return page, dialogs


def search_documents(page, base: str, query: str) -> None:
    """Type ``query`` into the documents table's search box, as a person does."""
    page.goto(base + "/archive/documents", wait_until="load")
    box = page.locator('input[name="_search"]')
    box.fill(query)
    box.press("Enter")
    page.wait_for_url("**_search=*", timeout=15000)

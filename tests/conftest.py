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

"""Packaging: building vanban prints no deprecation warning about its metadata.

setuptools >= 77 deprecates ``license = { text = … }`` (a TOML table) with a
warning on every install; the SPDX string form (PEP 639) is the current one.
The build runs the environment's setuptools (no network: no build isolation).
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tree_build import tree_copy

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_builds_without_license_warning(tmp_path):
    src = tree_copy(ROOT, tmp_path / "src")  # a private tree: its build/ folder shared with no other build
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-v", str(src), "-w", str(tmp_path)],
        capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-2000:]
    log = build.stdout + build.stderr
    assert "project.license" not in log and "License classifiers are deprecated" not in log
    (wheel,) = tmp_path.glob("vanban-*.whl")
    with zipfile.ZipFile(wheel) as z:
        metadata = z.read(next(n for n in z.namelist() if n.endswith("METADATA"))).decode()
    assert "License-Expression: MIT" in metadata.splitlines()

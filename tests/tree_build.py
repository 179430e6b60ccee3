"""A private copy of the project's tree to build from (tests that run ``pip wheel`` / ``pip install`` on vanban).

setuptools builds in the source tree's own ``build/`` and ``*.egg-info`` folders: a build of the checkout itself shares
them with whatever else builds it (a developer's ``pip install -e .``, the other packaging test under pytest-xdist, a
stale ``build/`` left by an earlier run), and one such build failed with "[Errno 17] File exists:
'build/bdist.linux-x86_64/wheel/vanban-0.1.0.dist-info'" in a session-37 suite run. Building a copy (OCRmyPDF's rule:
copy the input into a private work folder first) leaves nothing shared.
"""

from __future__ import annotations

import shutil
from pathlib import Path

#: what a build never needs: version control, environments, caches, earlier builds, the benches' gold
_LEFT_OUT = shutil.ignore_patterns(".git", ".venv", "venv", "build", "dist", "*.egg-info", "__pycache__", ".cache",
                                   ".pytest_cache", "bench", "tests", "archive.db", "*.db")


def tree_copy(root: Path, dest: Path) -> Path:
    """Copy ``root`` (the checkout) to ``dest`` without the folders in :data:`_LEFT_OUT`; return ``dest``."""
    shutil.copytree(root, dest, ignore=_LEFT_OUT, symlinks=True)
    return dest
